/// Finds who is quoted saying what in an article, in the forms news uses:
/// `"…," he said`, `"…," said X`, `X said: "…"`, `X …, saying, "…"`, `X said that …`,
/// `…, according to X`, and `…, X said.`
public enum QuoteExtractor {
    /// The fewest words a quotation needs to count as a statement rather than a quoted term
    /// ("special military operation") when no verb of speech frames it.
    static let minimumUnframedWords = 6
    /// The most tokens a speaker's description may run to.
    static let maximumSpeakerTokens = 10
    /// The most tokens after the last comma of "…, X said." or "…, said X." naming the
    /// speaker.
    static let maximumTailSpeakerTokens = 8
    /// The most tokens after the verb of "…, X said …" at a sentence's end: who was told and
    /// when ("told the Herald on Sunday").
    static let maximumWordsAfterVerb = 5

    /// Returns the quotations in an article's sentences, in order.
    ///
    /// - Complexity: O(*n*) in the total number of tokens.
    public static func quotes(in sentences: [AnalyzedSentence]) -> [Quote] {
        var quotes: [Quote] = []
        var context = SpeakerContext()
        var index = 0
        // Marks of the sentence at `index` already read: those closing a quotation that
        // opened in an earlier paragraph.
        var markedFrom = 0
        // The closing mark and speaker of that quotation, for the sentence's later ones.
        var carried: (close: Int, speaker: Speaker)?
        // The token ranges inside quotation marks of the sentences read or to be read.
        var quoted: [Int: [Range<Int>]] = [:]
        while index < sentences.count {
            let sentence = sentences[index]
            let marks = quotationMarks(in: sentence.tokens, from: markedFrom)
            let carriedOn = markedFrom > 0
            markedFrom = 0
            var consumedTo = index
            if !marks.isEmpty {
                var pairs: [(Int, Int, Int)] = []  // open mark, close sentence, close mark
                var markIndex = 0
                while markIndex < marks.count {
                    let open = marks[markIndex]
                    if markIndex + 1 < marks.count {
                        pairs.append((open, index, marks[markIndex + 1]))
                        markIndex += 2
                        continue
                    }
                    // A sentence's only mark, closing what an earlier sentence opened ("…
                    // systems," Su said) where no open quotation reached it: the quotation
                    // runs from the sentence's start (-1, the mark before its first token).
                    if marks.count == 1, !carriedOn,
                        isClosingMark(at: open, in: sentence.tokens)
                            || isSpacedMark(at: open, in: sentence.tokens)
                                && closingPunctuation.contains(sentence.tokens[open - 1].text)
                                && speakerAfter(sentence, from: open + 1, context: context) != nil
                    {
                        pairs.append((-1, index, open))
                        markIndex += 1
                        continue
                    }
                    // An unclosed quotation runs on into the paragraph's next sentences, and
                    // on into the next paragraphs where one of them closes it.
                    var end = index
                    var closing = sentence.tokens.count
                    var closed = false
                    while end + 1 < sentences.count,
                        sentences[end + 1].paragraph == sentence.paragraph
                    {
                        end += 1
                        if let mark = quotationMarks(in: sentences[end].tokens, inside: true).first
                        {
                            closing = mark
                            closed = true
                            break
                        }
                        closing = sentences[end].tokens.count
                    }
                    if !closed,
                        let (sentenceIndex, mark) = closingMark(
                            in: sentences, after: end, context: context)
                    {
                        (end, closing) = (sentenceIndex, mark)
                        closed = true
                    }
                    pairs.append((open, end, closing))
                    consumedTo = end
                    markIndex += 1
                    // The closing sentence's own later quotations are read in their turn.
                    if end > index, closed, closing + 1 < sentences[end].tokens.count,
                        !quotationMarks(in: sentences[end].tokens, from: closing + 1).isEmpty
                    {
                        consumedTo = end - 1
                        markedFrom = closing + 1
                    }
                }
                // A nickname between a first name and a surname quotes no one: Anthony "Fat
                // Tony" Salerno.
                pairs.removeAll { open, endSentence, close in
                    endSentence == index
                        && isNickname(in: sentence.tokens, open: open, close: close)
                }
                for (open, endSentence, close) in pairs {
                    for other in index...endSentence {
                        let start = other == index ? open + 1 : 0
                        let end = other == endSentence ? close : sentences[other].tokens.count
                        if start < end { quoted[other, default: []].append(start..<end) }
                    }
                }
                // `"A" because of its "B" and because it "C," Olli Rehn said.`: the speaker
                // after the sentence's last quotation speaks its earlier ones that name none.
                let closer =
                    pairs.count > 1 && pairs.last!.1 == index
                    ? speakerAfter(sentence, from: pairs.last!.2 + 1, context: context) : nil
                // `"A," Hansbrough said of the bucket, "but B."`: a quotation after another's
                // speaker and verb of speech in the sentence, with nobody else named between,
                // is that speaker's too; not a title ("told CNN's "Larry King Live"").
                var earlier = carriedOn ? carried : nil
                carried = nil
                for (open, endSentence, close) in pairs {
                    let continued = earlier.flatMap { earlier -> Speaker? in
                        let between = earlier.close..<open
                        let tokens = sentence.tokens
                        let othersNamed = sentence.entities.contains { entity in
                            between.contains(entity.tokenIndex)
                                && entity.kind != .place
                                && !earlier.speaker.name.contains(entity.text)
                        }
                        let quoted = tokens[
                            (open + 1)..<(endSentence == index ? close : tokens.count)]
                        return between.contains { isSpeechVerb(at: $0, in: tokens) } && !othersNamed
                            && !isTitle(quoted) ? earlier.speaker : nil
                    }
                    if let quote = direct(
                        sentences: sentences, start: index, open: open, end: endSentence,
                        close: close, closer: (endSentence == index ? closer : nil) ?? continued,
                        context: &context)
                    {
                        quotes.append(quote)
                        earlier = nil
                        if let name = quote.speaker, let kind = quote.speakerKind {
                            if endSentence == index {
                                earlier = (close, Speaker(name: name, kind: kind))
                            } else if markedFrom > 0 {
                                carried = (close, Speaker(name: name, kind: kind))
                            }
                        }
                    }
                }
            } else if !carriedOn, let quote = indirect(sentence, context: &context) {
                if let name = quote.speaker, let kind = quote.speakerKind {
                    context.quoted(Speaker(name: name, kind: kind), paragraph: sentence.paragraph)
                }
                quotes.append(quote)
            } else if !carriedOn, let speaker = describedSpeaker(of: sentence, context: context) {
                // "Yesterday a neighbour recalled seeing the suspect …" quotes nothing, but the
                // "he" of "'I was coming back home at 3am …, ' he said" that follows is that
                // neighbour, not the last person named.
                context.quoted(speaker, paragraph: sentence.paragraph)
            }
            for other in index...consumedTo {
                context.observe(sentences[other], quoted: quoted.removeValue(forKey: other) ?? [])
            }
            index = consumedTo + 1
        }
        return quotes
    }

    /// The most paragraphs a quotation left open at the end of its own runs on through in search
    /// of its closing mark: text kept one sentence a line (as many archives keep it) breaks a
    /// quotation of a few sentences into as many paragraphs.
    static let openQuotationParagraphs = 6

    /// The sentence and token of the mark that closes a quotation left open at the end of the
    /// paragraph holding sentence `end`: the first mark of a later paragraph, within
    /// ``openQuotationParagraphs`` and with no mark in the paragraphs between, where that
    /// paragraph does not hold an even number of them (its first would open a quotation of
    /// its own). Where it opens with a mark, the quotation goes on in a new paragraph and opens
    /// again: it ends with the paragraphs before (the sentence and its token count), if any
    /// came between and none of them reports speech. Nil where no paragraph closes it, or a
    /// heading comes first.
    static func closingMark(
        in sentences: [AnalyzedSentence], after end: Int, context: SpeakerContext
    ) -> (Int, Int)? {
        let paragraph = sentences[end].paragraph
        var index = end + 1
        // Whether a paragraph without a mark reports someone's words: narrative, not the
        // quotation going on ("However, Hartog said there will be no move …").
        var reportsSpeech = false
        while index < sentences.count, !sentences[index].isHeading,
            sentences[index].paragraph - paragraph <= openQuotationParagraphs
        {
            let first = sentences[index]
            let next =
                sentences[index...].firstIndex { $0.paragraph != first.paragraph }
                ?? sentences.endIndex
            var inside = true
            let marks = sentences[index..<next].map { sentence in
                let marks = quotationMarks(in: sentence.tokens, inside: inside)
                if marks.count % 2 == 1 { inside.toggle() }
                return marks
            }
            guard let at = marks.firstIndex(where: { !$0.isEmpty }) else {
                reportsSpeech =
                    reportsSpeech
                    || sentences[index..<next].contains { sentence in
                        var reading = context
                        return indirect(sentence, context: &reading) != nil
                    }
                index = next
                continue
            }
            // A paragraph opening with a mark after paragraphs with none: the quotation went
            // on through them and opens again there, as text kept a sentence a line shows a
            // quotation of several paragraphs (`Another neighbour added: "She went down to
            // Wales …` ¶ `Katie got into Cardiff University …` ¶ `"When Alice came home, …`).
            if at == 0, marks[0][0] == 0 {
                let previous = index - 1
                return previous > end && !reportsSpeech
                    ? (previous, sentences[previous].tokens.count) : nil
            }
            let count = marks.reduce(0) { $0 + $1.count }
            guard count % 2 == 1 else { return nil }
            // Not a mark that a colon or a verb of speech opens: `A spokeswoman said: "We …`,
            // `he said, "We …` (where `say," Arians said` closes).
            let tokens = sentences[index + at].tokens
            let mark = marks[at][0]
            if mark > 0,
                tokens[mark - 1].text == ":"
                    || isIntroduced(at: mark, in: tokens) && !touchesPrevious(at: mark, in: tokens)
                        && touchesNext(at: mark, in: tokens)
            {
                return nil
            }
            return (index + at, mark)
        }
        return nil
    }

    /// The quotation marks of `tokens` from token `start` on, reading from outside a quotation
    /// or, with `inside`, from within one: every `"`, but not an inch sign, a mark written
    /// against the number before it where no quotation is open to close ("the 17" MacBook
    /// Pro", against "signs reading "Phil Ford 2,290" on one side") or where the tokens hold
    /// an odd number of marks ("the "world's thinnest 17" notebook,"").
    static func quotationMarks(in tokens: [Token], from start: Int = 0, inside: Bool = false)
        -> [Int]
    {
        var marks: [Int] = []
        var inside = inside
        let odd = tokens.reduce(0) { $0 + ($1.text == "\"" ? 1 : 0) } % 2 == 1
        for index in tokens.indices.dropFirst(start) where tokens[index].text == "\"" {
            if !inside || odd, touchesPrevious(at: index, in: tokens),
                tokens[index - 1].kind == .number
            {
                continue
            }
            marks.append(index)
            inside.toggle()
        }
        return marks
    }

    /// Whether the mark at `index` of `tokens` closes a quotation: written against the word or
    /// punctuation before it and apart from what follows ("…systems," Su said).
    static func isClosingMark(at index: Int, in tokens: [Token]) -> Bool {
        guard index > 0, touchesPrevious(at: index, in: tokens), !touchesNext(at: index, in: tokens)
        else { return false }
        let before = tokens[index - 1]
        return before.isWord || closingPunctuation.contains(before.text)
    }

    /// Whether the words before the mark at `open` are a short lead-in set off by a comma,
    /// with no other mark, verb of speech or name: "Later in the afternoon, "…"". Names come
    /// in reading order, so the first one tells.
    static func isLeadIn(before open: Int, in sentence: AnalyzedSentence) -> Bool {
        let tokens = sentence.tokens
        guard open > 1, open <= 8, tokens[open - 1].text == ",",
            (sentence.entities.first?.tokenIndex ?? .max) >= open
        else { return false }
        return !tokens[..<(open - 1)].contains { $0.kind == .punctuation || isSpeechVerb($0) }
    }

    /// Marks a closing quotation mark follows: `…," he said`, `…?" she asked`.
    static let closingPunctuation: Set<String> = [",", ".", "?", "!"]

    /// Whether the mark at `index` of `tokens` is opened by a verb of speech and a comma or
    /// colon before it: `he said, "We …`, `she told reporters: "…`.
    static func isIntroduced(at index: Int, in tokens: [Token]) -> Bool {
        index >= 2 && [",", ":"].contains(tokens[index - 1].text) && isSpeechVerb(tokens[index - 2])
    }

    /// Whether the mark at `index` of `tokens` stands apart from the tokens on both sides, as
    /// some archives space every mark (`experience, " Gaskin told`).
    static func isSpacedMark(at index: Int, in tokens: [Token]) -> Bool {
        index > 0 && !touchesPrevious(at: index, in: tokens) && !touchesNext(at: index, in: tokens)
    }

    /// Whether token `index` is written against the token before it.
    static func touchesPrevious(at index: Int, in tokens: [Token]) -> Bool {
        index > 0
            && tokens[index - 1].offset + tokens[index - 1].text.unicodeScalars.count
                == tokens[index].offset
    }

    /// Whether the token after `index` is written against it (a mark of one character).
    static func touchesNext(at index: Int, in tokens: [Token]) -> Bool {
        index + 1 < tokens.count && tokens[index + 1].offset == tokens[index].offset + 1
    }

    /// Whether the marks at `open` and `close` of `tokens` enclose a nickname: a few
    /// capitalised words between two names (Anthony "Fat Tony" Salerno).
    static func isNickname(in tokens: [Token], open: Int, close: Int) -> Bool {
        guard open > 0, close + 1 < tokens.count, close - open - 1 <= 3,
            tokens[open - 1].isWord, tokens[open - 1].isCapitalized,
            tokens[close + 1].isWord, tokens[close + 1].isCapitalized
        else { return false }
        let words = tokens[(open + 1)..<close]
        return !words.isEmpty && words.allSatisfy { $0.isWord && $0.isCapitalized }
    }

    /// Whether quoted `tokens` read as a name rather than speech: every word capitalised but
    /// small ones ("Larry King Live", "A G-Man's Life: The FBI, 'Deep Throat' and the Struggle
    /// for Honor in Washington"), two of them in capitals and small letters at least; a chant
    /// in capitals throughout is speech ("ONE MORE YEAR!").
    static func isTitle(_ tokens: ArraySlice<Token>) -> Bool {
        var titled = 0
        for token in tokens where token.isWord && !Stopwords.contains(token.lowercased) {
            guard token.isCapitalized else { return false }
            if !token.isAllCaps { titled += 1 }
        }
        return titled >= 2
    }

    /// The quotation from the mark at `open` of sentence `start` to the one at `close` of
    /// sentence `end`, with its speaker: named after it, before it, by the sentence before or,
    /// failing those, `closer`, who speaks the last quotation of its sentence.
    static func direct(
        sentences: [AnalyzedSentence], start: Int, open: Int, end: Int, close: Int,
        closer: Speaker? = nil, context: inout SpeakerContext
    ) -> Quote? {
        var words: [String] = []
        for sentenceIndex in start...end {
            let tokens = sentences[sentenceIndex].tokens
            var lower = sentenceIndex == start ? open + 1 : 0
            // A quotation read back from its closing mark starts past any single mark.
            while open < 0, sentenceIndex == start, lower < tokens.count,
                singleQuotationMarks.contains(tokens[lower].text)
            {
                lower += 1
            }
            let upper = sentenceIndex == end ? min(close, tokens.count) : tokens.count
            guard lower < upper else { continue }
            words.append(Self.join(tokens[lower..<upper]))
        }
        var text = words.joined(separator: " ").trimmingWhitespace()
        while let last = text.last, last == "," || last == " " { text.removeLast() }
        guard TextShape.wordCount(text) >= 2 else { return nil }
        let first = sentences[start]
        let last = sentences[end]
        // A name in capitals is no one's words, whoever is named beside it: a work's or an
        // award's ("Take Me Out to the Ball Game", Woodward wrote in "Secret Man: The Story of
        // Watergate's Deep Throat").
        if start == end, isTitle(first.tokens[(open + 1)..<min(close, first.tokens.count)]) {
            return nil
        }
        // A quotation a verb of speech introduces ("When the driver yelled, "Don't move!" it
        // clicked that they were cops, she said") is that verb's speaker's, before any named
        // after it.
        let introduced = isIntroduced(at: open, in: first.tokens)
        var speaker = introduced ? speakerBefore(first, upTo: open, context: context) : nil
        if speaker == nil { speaker = speakerAfter(last, from: close + 1, context: context) }
        // `"Would we have done it without him?" ¶ Colts interim coach Bruce Arians asked.`: a
        // quotation that is its sentences, and a short sentence after it naming a speaker (not
        // one ending in a colon, which introduces what follows).
        if speaker == nil, open <= 0, close + 2 >= last.tokens.count, end + 1 < sentences.count {
            let next = sentences[end + 1]
            if next.paragraph - last.paragraph <= 1, !next.quotesSomeone,
                next.tokens.count <= maximumSpeakerTokens, !next.isHeading,
                next.tokens.last?.text != ":"
            {
                speaker = speakerAfter(next, from: 0, context: context)
            }
        }
        if speaker == nil, !introduced {
            speaker = speakerBefore(first, upTo: open, context: context)
        }
        if speaker == nil { speaker = closer }
        if speaker == nil, open <= 0, start > 0 {
            speaker = speakerIntroducing(sentences[start - 1], quotation: first, context: context)
        }
        // A quotation that fills its paragraph continues the last speaker's words, after a
        // short lead-in naming no one too ("Later in the afternoon, "I went back …"").
        if speaker == nil, open <= 0 || isLeadIn(before: open, in: first),
            close >= last.tokens.count - 2,
            let previous = context.lastSpeaker,
            context.lastQuoteParagraph.map({ first.paragraph - $0 <= 1 }) ?? false
        {
            speaker = previous
        }
        if speaker == nil, TextShape.wordCount(text) < minimumUnframedWords { return nil }
        // Words before a lone closing mark are a quotation only where someone speaks them: the
        // mark may be a stray apostrophe ("a shot on Drake" s end").
        if speaker == nil, open < 0 { return nil }
        if let speaker { context.quoted(speaker, paragraph: last.paragraph) }
        return Quote(
            text: text, speaker: speaker?.name, speakerKind: speaker?.kind, kind: .direct,
            sentences: (start...end).map { sentences[$0].ref })
    }

    /// `X said in a report: ¶ "…"`, `…, said Yeager: ¶ "…"` or `Smith issued the following
    /// statement: ¶ "…"`: the speaker of a quotation that opens its sentence, named by the
    /// sentence before it when that ends in a colon: with a verb of speech (the last, nearest
    /// the colon), the name right after it or the words before it back to the clause's start;
    /// else the name right before the colon; else, in a short sentence, the name it opens with
    /// (past a possessive: "The UN's Mr Gunness disagreed with the minister:").
    static func speakerIntroducing(
        _ previous: AnalyzedSentence, quotation: AnalyzedSentence, context: SpeakerContext
    ) -> Speaker? {
        let tokens = previous.tokens
        let colon = tokens.count - 1
        guard colon > 0, tokens[colon].text == ":", quotation.paragraph - previous.paragraph <= 1
        else { return nil }
        let names = previous.entities.filter { $0.kind != .place }
        // A name the recogniser could not type introduces someone speaking: a person.
        func speaker(_ name: Entity) -> Speaker {
            Speaker(name: name.text, kind: name.kind == .other ? .person : name.kind)
        }
        if let verb = tokens.indices.last(where: { isSpeechVerb(at: $0, in: tokens) }) {
            if let name = names.first(where: {
                $0.tokenIndex == verb + 1 && $0.tokenIndex + $0.tokenCount == colon
            }) {
                return Speaker(name: name.text, kind: name.kind)
            }
            let start = speakerStart(before: verb, in: tokens) {
                [",", "\"", ";", "and", "but"].contains($0.lowercased)
            }
            if let speaker = context.resolve(start..<verb, in: previous) { return speaker }
        }
        // "… experts, such as the prophetic Dr Azm Al Homoud:".
        if let name = names.last, name.tokenIndex + name.tokenCount == colon {
            return speaker(name)
        }
        // "Pensioner Bayram-aga, a voter in Ashgabat, said:", "Smith issued the following
        // statement on Jackson's arrest:".
        guard tokens.count <= 2 * maximumSpeakerTokens,
            let name = names.first(where: {
                !Tokenizer.isPossessive(tokens[$0.tokenIndex + $0.tokenCount - 1].text)
            }), name.tokenIndex <= 4
        else { return nil }
        return speaker(name)
    }

    /// Marks that close a quotation in single quotation marks: the straight one that
    /// ``Typography`` makes of every kind, and the curly one in text it has not read.
    static let singleQuotationMarks: Set<String> = ["'", "\u{2019}"]

    /// Verbs that attribute a written text after a quotation from it: `"…," the letter read`.
    static let readingVerbs: Set<String> = ["read", "reads"]

    /// `"…," he said` or `"…," said X`: the speaker after the closing mark.
    static func speakerAfter(_ sentence: AnalyzedSentence, from index: Int, context: SpeakerContext)
        -> Speaker?
    {
        let tokens = sentence.tokens
        var cursor = index
        // Past the closing mark, single quotation marks included ("… to shut up, ' said the
        // neighbour").
        while cursor < tokens.count,
            [",", "\"", "-"].contains(tokens[cursor].text)
                || singleQuotationMarks.contains(tokens[cursor].text)
        {
            cursor += 1
        }
        guard cursor < tokens.count else { return nil }
        if isSpeechVerb(tokens[cursor]) {
            let phrase = cursor + 1..<boundary(in: tokens, from: cursor + 1)
            return context.resolve(phrase, in: sentence)
        }
        // `"…" according to the Associated Press`.
        if let phrase = accordingTo(at: cursor, in: tokens) {
            return context.resolve(phrase, in: sentence)
        }
        // Words count toward the limit, marks do not: "U. S. District Judge Jack B. Weinstein
        // said", "Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying".
        var limit = cursor
        var words = 0
        while limit < tokens.count, words < maximumSpeakerTokens {
            if tokens[limit].kind != .punctuation { words += 1 }
            limit += 1
        }
        for verb in cursor..<limit
        where isSpeechVerb(tokens[verb]) || readingVerbs.contains(tokens[verb].text)
            || tokens[verb].text == "quoted"
        {
            // "…," Qeshm governor Mehdi Irannejad was quoted as saying.
            if tokens[verb].text == "quoted" {
                guard verb > cursor + 1, verb + 2 < tokens.count, tokens[verb + 1].text == "as",
                    tokens[verb + 2].text == "saying",
                    ["was", "is", "were"].contains(tokens[verb - 1].text)
                else { continue }
                return context.resolve(cursor..<(verb - 1), in: sentence)
            }
            // `"… until we reach Khartoum," the Sudanese capital, said one of the rebel
            // leaders, Abdel Aziz al-Hilu`: a description set off by commas right after the
            // quotation explains its last word, and the speaker follows the verb, where a name
            // or a description of someone does ("said one of …", "said a witness"), not a time
            // or a place ("said Tuesday", "said in a statement").
            if tokens[verb - 1].text == ",",
                ["the", "a", "an"].contains(tokens[cursor].lowercased),
                verb + 1 < tokens.count,
                tokens[verb + 1].isCapitalized
                    || ["one", "a", "an", "the", "another"].contains(tokens[verb + 1].text)
            {
                let end = boundary(in: tokens, from: verb + 1)
                if end + 1 < tokens.count, tokens[end].text == ",",
                    let name = sentence.entities.first(where: {
                        $0.tokenIndex == end + 1 && $0.kind == .person
                    })
                {
                    return Speaker(name: name.text, kind: .person)
                }
                if let after = context.resolve(verb + 1..<end, in: sentence) { return after }
            }
            return context.resolve(cursor..<verb, in: sentence)
        }
        // A name with a long description set off by commas: "Bensu Elianita, a 22-year-old
        // resident of Bukit Sama village in Central Aceh district, said …".
        // "Harold L. Child Jr., legal attache …, told": the period of "Jr." comes first. The
        // name may follow its title and place: "New York City Councilman Jumaane D. Williams,
        // who represents the area, said".
        // The name starts within the capitalised words after the quotation (looking through
        // all of a long sentence's names for each of its quotations made it quadratic).
        if case let capitalised = tokens[cursor...].firstIndex(where: {
            !$0.isCapitalized && $0.text != "."
        }) ?? tokens.count,
            let name = sentence.entities(startingAtOrAfter: cursor)
                .prefix(while: { $0.tokenIndex <= capitalised })
                .first(where: { $0.kind == .person || $0.kind == .organisation }),
            case let after = name.tokenIndex + name.tokenCount
                + (Self.closesWithSuffix(name, in: tokens) ? 1 : 0),
            after < tokens.count, tokens[after].text == ",",
            // The description may be of several parts: "Ema Suryani, a doctor at a health
            // clinic in Lampahan city, Bener Meriah district, told AFP".
            let verb = tokens.indices.dropFirst(after + 1).prefix(2 * maximumSpeakerTokens + 3)
                .first(where: { isSpeechVerb(at: $0, in: tokens) }),
            let comma = tokens.indices[(after + 1)..<verb].last(where: { tokens[$0].text == "," }),
            verb - comma <= 3,
            !tokens[(after + 1)..<verb].contains(where: {
                $0.kind == .punctuation && ![",", "."].contains($0.text)
            }),
            !tokens[(comma + 1)..<verb].contains(where: { $0.kind == .punctuation })
        {
            return Speaker(name: name.text, kind: name.kind)
        }
        // A long description then the name, set off by commas or not: "the head of the
        // provincial natural disaster service, Massoud Dalman, told the television",
        // "California Department of Alcohol and Drug Program deputy director Millicent Tidwell
        // told The Post".
        if let verb = tokens.indices.dropFirst(cursor).prefix(2 * maximumSpeakerTokens).first(
            where: { isSpeechVerb(at: $0, in: tokens) }),
            !tokens[cursor..<verb].contains(where: { $0.kind == .punctuation && $0.text != "," }),
            let name = sentence.entities.first(where: {
                $0.kind == .person && $0.tokenIndex > cursor
                    && [verb, verb - 1].contains($0.tokenIndex + $0.tokenCount)
            })
        {
            return Speaker(name: name.text, kind: name.kind)
        }
        return nil
    }

    /// Whether the period after `name` closes a suffix of it: "Harold L. Child Jr.".
    static func closesWithSuffix(_ name: Entity, in tokens: [Token]) -> Bool {
        let end = name.tokenIndex + name.tokenCount
        return end < tokens.count && tokens[end].text == "."
            && ["jr", "sr"].contains(tokens[end - 1].lowercased)
    }

    /// `X said: "…"`, `X said, "…"` or `X …, saying, "…"`: the speaker before the opening mark.
    static func speakerBefore(_ sentence: AnalyzedSentence, upTo open: Int, context: SpeakerContext)
        -> Speaker?
    {
        let tokens = sentence.tokens
        guard open > 0 else { return nil }
        var verb = open - 1
        while verb >= 0, [",", ":", "-"].contains(tokens[verb].text) { verb -= 1 }
        guard verb >= 0 else { return nil }
        // A transcript's speaker: `Forstall: "Who is taller, Lebron or Kobe?"`.
        if tokens[open - 1].text == ":", let named = sentence.entities.first,
            named.tokenIndex == 0, named.tokenIndex + named.tokenCount == open - 1,
            named.kind != .place
        {
            return Speaker(name: named.text, kind: named.kind)
        }
        let word = tokens[verb].lowercased
        if word == "saying" || word == "adding" || word == "writing" || word == "telling" {
            return context.subject(of: sentence)
        }
        // "According to the church's minister, "…"".
        if tokens[verb + 1].text == ",", verb >= 2, tokens[0].lowercased == "according",
            tokens[1].lowercased == "to",
            !tokens[2...verb].contains(where: { $0.kind == .punctuation && $0.text != "." })
        {
            return context.resolve(2..<(verb + 1), in: sentence)
        }
        if word == "that", verb > 0, isSpeechVerb(tokens[verb - 1]) {
            verb -= 1
        } else if !isSpeechVerb(tokens[verb]),
            let speaker = nearerSpeaker(in: sentence, upTo: open, context: context)
        {
            return speaker
        } else if !isSpeechVerb(tokens[verb]) {
            // "Mayor Corinna Halloway said the town would look after "…"": the speaker
            // introduces the sentence that ends in the quotation.
            guard let introducing = (0..<open).first(where: { isSpeechVerb(at: $0, in: tokens) })
            else {
                // The subject of "saying" after a comma or "by": "Greek President Carolos
                // Papoulias condemned the violence, saying the country had "reached the edge
                // of the abyss"", "broke his silence by saying he was "deeply concerned"".
                // "There is an old saying that "…"" is no one's.
                if let saying = (1..<open).first(where: {
                    tokens[$0].lowercased == "saying" && [",", "by"].contains(tokens[$0 - 1].text)
                }),
                    !tokens[..<saying].contains(where: { $0.text == "\"" })
                {
                    return context.subject(of: sentence, before: saying)
                }
                return nil
            }
            guard introducing > 0, introducing <= 2 * maximumSpeakerTokens,
                !tokens[..<introducing].contains(where: { $0.text == "\"" })
            else { return nil }
            // Further in, a name set off by commas right before the verb: "The vice president
            // of the civil servants' union, Elias Vrettakos, told Sky News: "…"". Or a subject
            // after a comma: a person the sentence opens with, described after their name
            // ("Peter Guest, Assistant Chief Fire Officer at Surrey Fire and Rescue Service
            // says the building is "…""), or one after a lead-in ("Asked whether there were
            // militants in the area at the time, Ging said it was the scene of clashes "so …"").
            if introducing > maximumSpeakerTokens {
                if let named = namedBeforeDescription(in: sentence, verb: introducing) {
                    return named
                }
                guard
                    let comma = (0..<introducing).last(where: { tokens[$0].text == "," }),
                    introducing - comma - 1 <= maximumSpeakerTokens
                else { return nil }
                if let named = sentence.entities.first(where: { entity in
                    entity.kind == .person && entity.tokenIndex + entity.tokenCount == comma
                        && tokens[..<entity.tokenIndex].allSatisfy {
                            $0.isCapitalized || $0.text == "."
                        }
                }) {
                    return Speaker(name: named.text, kind: .person)
                }
                return context.resolve(comma + 1..<introducing, in: sentence)
            }
            verb = introducing
        }
        let start = speakerStart(before: verb, in: tokens) { $0.text == "," || $0.text == "\"" }
        if start == verb, let named = namedBeforeDescription(in: sentence, verb: verb) {
            return named
        }
        return context.resolve(start..<verb, in: sentence)
    }

    /// "Aleem Siddique, a U.N. spokesman in South Sudan, said: "…"": the person or
    /// organisation named before a description set off by commas that ends right before the
    /// verb of speech at `verb`.
    static func namedBeforeDescription(in sentence: AnalyzedSentence, verb: Int) -> Speaker? {
        let tokens = sentence.tokens
        guard verb > 0, tokens[verb - 1].text == "," else { return nil }
        let closing = verb - 1
        // "The vice president of the civil servants' union, Elias Vrettakos, told Sky News:",
        // "Lamas' son, actor Lorenzo Lamas, tweeted": a person's name set off by commas right
        // before the verb, after at most a role in lower case.
        if let name = sentence.entities.last(where: {
            $0.kind == .person && $0.tokenIndex + $0.tokenCount == closing
        }) {
            var before = name.tokenIndex
            while before > 0, name.tokenIndex - before < 3, tokens[before - 1].isWord,
                !tokens[before - 1].isCapitalized
            {
                before -= 1
            }
            if before > 0, tokens[before - 1].text == "," {
                return Speaker(name: name.text, kind: .person)
            }
        }
        let named = sentence.entities.filter { entity in
            let end = entity.tokenIndex + entity.tokenCount
            return (entity.kind == .person || entity.kind == .organisation) && end < closing
                && tokens[end].text == "," && closing - end <= 2 * maximumSpeakerTokens
        }
        // The name opens its clause, past its titles: "Miss Rachel Bates, court clerk, said".
        func opensClause(_ name: Entity) -> Bool {
            var before = name.tokenIndex
            while before > 0,
                tokens[before - 1].text == "." || EntityRecognizer.isTitle(tokens[before - 1])
            {
                before -= 1
            }
            // "But Richard Ben-Veniste, a key lawyer …, said": a conjunction may open it.
            return before == 0 || [",", "\"", ";", ":"].contains(tokens[before - 1].text)
                || tokens[..<before].allSatisfy {
                    SpeakerContext.clauseOpeners.contains($0.lowercased)
                }
        }
        func description(after name: Entity) -> ArraySlice<Token> {
            tokens[(name.tokenIndex + name.tokenCount + 1)..<closing]
        }
        // The description holds no clause break of its own: only initials' periods.
        if let name = named.last, !description(after: name).isEmpty,
            !description(after: name).contains(where: {
                $0.kind == .punctuation && $0.text != "."
            })
        {
            return opensClause(name) ? Speaker(name: name.text, kind: name.kind) : nil
        }
        // A person opening the sentence, then a description in lower case that goes on past
        // commas: "John Ging, director of operations in Gaza for UNRWA, the United Nations
        // Relief and Works Agency, said".
        guard let person = named.first, person.kind == .person, opensClause(person),
            !tokens[..<person.tokenIndex].contains(where: { $0.kind == .punctuation })
        else { return nil }
        let words = description(after: person)
        guard let first = words.first, first.isWord, !first.isCapitalized,
            !words.contains(where: { $0.kind == .punctuation && ![",", "."].contains($0.text) })
        else { return nil }
        return Speaker(name: person.text, kind: .person)
    }

    /// Where the words naming the speaker of the verb of speech at `verb` start: back from it,
    /// at most ``maximumSpeakerTokens``, to the first token that `ends` the clause before.
    static func speakerStart(before verb: Int, in tokens: [Token], ends: (Token) -> Bool) -> Int {
        var start = verb
        while start > 0, verb - start < maximumSpeakerTokens, !ends(tokens[start - 1]) {
            start -= 1
        }
        return start
    }

    /// "Prosecutor Terry White told The Post — where Lohan's lawyer Mark Heller said she was
    /// "ensconced in the bosom" of the clinic — …": the speaker of a verb of speech nearer the
    /// quotation opening at `open` than the sentence's first, named in its own clause; nil
    /// when the sentence has one such verb before the quotation, or the nearer names no one.
    static func nearerSpeaker(
        in sentence: AnalyzedSentence, upTo open: Int, context: SpeakerContext
    ) -> Speaker? {
        let tokens = sentence.tokens
        // Back from the quotation, to the nearest verb with no quotation mark after it, then
        // to an earlier verb: each walk stops at what it looks for, so a long sentence of
        // many quotations is not read again from its start for each.
        var nearest = open - 1
        while nearest >= 0, !isSpeechVerb(tokens[nearest]) {
            if tokens[nearest].text == "\"" { return nil }
            nearest -= 1
        }
        guard nearest > 0,
            (0..<nearest).reversed().contains(where: { isSpeechVerb(at: $0, in: tokens) })
        else { return nil }
        // Only a verb right after the name of a person or an organisation: "chips will be
        // added to the system "towards the end of this year"" is no one's words, and who "she
        // told them" means is for the sentence's own speaker to say.
        let before = nearest - 1
        guard
            sentence.entities.contains(where: { entity in
                (entity.kind == .person || entity.kind == .organisation)
                    && (entity.tokenIndex..<(entity.tokenIndex + entity.tokenCount)).contains(
                        before)
            })
        else { return nil }
        return clauseSpeaker(before: nearest, in: sentence, context: context)
    }

    /// Marks that end the clause a speaker is named in, walking back from its verb.
    static let clauseBreaks: Set<String> = [",", "\"", "\u{2014}", "\u{2013}", "(", ";", ":"]

    /// The speaker named right before the verb of speech at `verb`, back to the start of its
    /// clause or another verb of speech; nil when that names no one.
    static func clauseSpeaker(
        before verb: Int, in sentence: AnalyzedSentence, context: SpeakerContext
    ) -> Speaker? {
        let start = speakerStart(before: verb, in: sentence.tokens) {
            clauseBreaks.contains($0.text) || isSpeechVerb($0)
        }
        return context.resolve(start..<verb, in: sentence)
    }

    /// Reported speech without quotation marks.
    static func indirect(_ sentence: AnalyzedSentence, context: inout SpeakerContext) -> Quote? {
        let tokens = sentence.tokens
        guard tokens.count >= 6 else { return nil }
        let lowered = tokens.map(\.lowercased)
        // "According to X, …" and "…, according to X."
        if let according = lowered.firstIndex(of: "according"),
            let phrase = accordingTo(at: according, in: tokens)
        {
            guard let speaker = context.resolve(phrase, in: sentence), !phrase.isEmpty else {
                return nil
            }
            let clause =
                according == 0
                ? join(tokens[min(phrase.upperBound + 1, tokens.count)...])
                : join(tokens[..<according])
            return reported(clause, speaker, sentence)
        }
        // "…, X said." and "…, said X."
        var end = tokens.count
        while end > 0, tokens[end - 1].kind == .punctuation { end -= 1 }
        if let comma = tokens[..<end].lastIndex(where: { $0.text == "," }), comma >= 4 {
            // Past a closing single quotation mark: "'It sounded like …, ' said the neighbour."
            var start = comma + 1
            while start < end, singleQuotationMarks.contains(tokens[start].text) { start += 1 }
            let tail = start..<end
            // At most eight words name the speaker, and a few more may follow the verb: "…,
            // Helicopter Line pilot Jim Campbell told the Herald on Sunday."
            if let verb = tail.first(where: { isSpeechVerb(at: $0, in: tokens) }),
                end - comma - 1 <= maximumTailSpeakerTokens
                    || (verb > tail.lowerBound && verb - comma - 1 <= maximumTailSpeakerTokens
                        && end - verb - 1 <= maximumWordsAfterVerb)
            {
                if verb == tail.lowerBound, ["told", "tells"].contains(lowered[verb]) {
                    // "…, Fauzi, an official from the agency, told AFP.": who was told is no
                    // speaker; the speaker is the name before the description.
                    guard let second = tokens[..<comma].lastIndex(where: { $0.text == "," }),
                        let first = tokens[..<second].lastIndex(where: { $0.text == "," }),
                        first >= 3,
                        let speaker = context.resolve(first + 1..<second, in: sentence)
                    else { return nil }
                    return reported(join(tokens[..<first]), speaker, sentence)
                }
                // "John D. O'Connor, a family friend who …, says he died Thursday": a pronoun
                // after the verb opens what was said, and the speaker opens the sentence.
                let saysAClause =
                    verb == tail.lowerBound && verb + 1 < end
                    && ["he", "she", "it", "they", "we", "i", "you"].contains(lowered[verb + 1])
                if saysAClause, let subject = SpeakerContext.subjectWithApposition(of: sentence) {
                    return reported(
                        join(tokens[(verb + 1)..<end]), Speaker(name: subject.text, kind: .person),
                        sentence)
                }
                let phrase = verb == tail.lowerBound ? verb + 1..<end : tail.lowerBound..<verb
                // "Williams, a critic of NYPD policy, said before Kelly appeared": a clause
                // after the verb names no speaker.
                let clause = phrase.contains {
                    SpeakerContext.notInDescriptions.contains(lowered[$0])
                }
                if !clause, !saysAClause, let speaker = context.resolve(phrase, in: sentence) {
                    return reported(join(tokens[..<comma]), speaker, sentence)
                }
            }
        }
        // "X said (in a statement) that …"
        if let that = lowered.prefix(3 * maximumSpeakerTokens).firstIndex(of: "that"),
            let verb = (0..<that).last(where: { isSpeechVerb(at: $0, in: tokens) }),
            saysThat(tokens, verb: verb, that: that),
            verb > maximumSpeakerTokens,
            !lowered[..<that].contains(where: denials.contains),
            let speaker = namedBeforeDescription(in: sentence, verb: verb)
        {
            // Further in, a name and a long description between commas: "John Ging, director
            // of operations in Gaza for UNRWA, the United Nations Relief and Works Agency, said
            // that …".
            return reported(join(tokens[(that + 1)...]), speaker, sentence)
        }
        if let that = lowered.prefix(16 + 5).firstIndex(of: "that"),
            let verb = (0..<that).last(where: { isSpeechVerb(at: $0, in: tokens) }),
            saysThat(tokens, verb: verb, that: that),
            verb > 0, verb <= maximumSpeakerTokens
        {
            // "The UN has disputed claims that Hamas militants fired mortars from the school":
            // what a speaker denies is no statement of theirs, and the denial is told whole.
            if let denial = lowered[..<that].firstIndex(where: denials.contains) {
                guard denial > 0, let speaker = context.resolve(0..<denial, in: sentence) else {
                    return nil
                }
                return reported(join(tokens[denial...]), speaker, sentence)
            }
            // "…, she said, adding that …": a statement before the comma is not the speaker;
            // a name is ("Smith, the mayor, said that …").
            var speaker = context.resolve(0..<verb, in: sentence)
            let said = (0..<verb).first { isSpeechVerb(at: $0, in: tokens) } ?? verb
            if speaker.map({ $0.kind != .person && $0.kind != .organisation }) ?? true,
                let comma = (0..<said).last(where: { tokens[$0].text == "," }), comma + 1 < said,
                let nearer = context.resolve(comma + 1..<said, in: sentence)
            {
                speaker = nearer
            }
            if let speaker {
                return reported(join(tokens[(that + 1)...]), speaker, sentence)
            }
        }
        // "Any acquisition raises the issue of employment stability, said Warren, but AMD
        // would be wise …": a name and "said" set off by commas inside the sentence, after
        // what was said.
        let saying: Set<String> = ["said", "says"]
        for comma in tokens.indices.dropFirst(4).dropLast(3) where tokens[comma].text == "," {
            let saidFirst = saying.contains(lowered[comma + 1])
            let start = saidFirst ? comma + 2 : comma + 1
            guard let name = sentence.entities(startingAtOrAfter: start).first,
                name.tokenIndex == start, name.kind == .person || name.kind == .organisation
            else { continue }
            var after = name.tokenIndex + name.tokenCount
            if !saidFirst {
                guard after < tokens.count, saying.contains(lowered[after]) else {
                    continue
                }
                after += 1
            }
            guard after < tokens.count, tokens[after].text == "," else { continue }
            // What was said goes on past the name where the words before it lead in ("After
            // a quick survey of the scene, Owen said, McNutt's main concern was …"), break
            // off at a conjunction ("… and, McDermott said, appeared …"), or the words after
            // it go on ("…, said Warren, but AMD would …"); else what follows describes the
            // speaker ("…, said Hasim Rumatiga, a local health official").
            let rest = after + 1
            let brokenOff = ["and", "but", "or"].contains(lowered[comma - 1])
            let goesOn =
                rest < tokens.count
                && (Self.leadIns.contains(lowered[0]) || brokenOff
                    || Self.goingOn.contains(lowered[rest]))
            let clause =
                goesOn
                ? join(tokens[..<comma]) + (brokenOff ? " " : ", ") + join(tokens[rest...])
                : join(tokens[..<comma])
            return reported(clause, Speaker(name: name.text, kind: name.kind), sentence)
        }
        return reportedWithoutThat(sentence, context: context)
    }

    /// "X said CLAUSE" with no "that": "Local official Miabek Lang said at least 12 people had
    /// been killed", "The company said Tuesday it would close the plant". The verb is "said"
    /// or "says" early in the sentence, after a speaker set off by nothing but commas, and
    /// what follows opens a clause of a few words: not "said in a statement", "said goodbye".
    /// Further in only after a person who opens the sentence and a long description between
    /// commas: "William Hurlbut, MD, a consulting professor … and a former member of …'s
    /// Council on Bioethics, said the idea … is ridiculous".
    static func reportedWithoutThat(_ sentence: AnalyzedSentence, context: SpeakerContext)
        -> Quote?
    {
        let tokens = sentence.tokens
        guard tokens.count > 5 else { return nil }
        let early = (1..<min(maximumSpeakerTokens + 1, tokens.count)).first {
            isSpeechVerb(at: $0, in: tokens)
        }
        // Further in, only after a person who opens the sentence, described between commas:
        // no part of the description opens with a verb, which would make it the sentence's
        // own clause ("Ortiz, a gang enforcement officer, was searching for …, said Capt. …").
        let described = early == nil ? SpeakerContext.subjectWithApposition(of: sentence) : nil
        let far = described.flatMap { subject -> Int? in
            // From the comma after the name (a name may be long: never a reversed range).
            let after = subject.tokenIndex + subject.tokenCount
            let reach = after..<max(after, min(3 * maximumSpeakerTokens, tokens.count))
            guard let verb = reach.first(where: { isSpeechVerb(at: $0, in: tokens) }),
                tokens[verb - 1].text == ","
            else { return nil }
            let description = reach.lowerBound..<(verb - 1)
            return description.contains(where: {
                tokens[$0].text == "," && clauseOpeners.contains(tokens[$0 + 1].lowercased)
            }) ? nil : verb
        }
        guard let verb = early ?? far,
            ["said", "says"].contains(tokens[verb].text),
            // Commas, and the periods of initials and titles ("J. James Rohack").
            !tokens.indices[..<verb].contains(where: { index in
                tokens[index].kind == .punctuation && tokens[index].text != ","
                    && !(tokens[index].text == "." && index > 0
                        && EntityRecognizer.abbreviatesName(tokens[index - 1].text))
            })
        else { return nil }
        // Not the inverted "…, said Eddie Chan, an analyst", nor a clause before the verb:
        // "Cooley unfurled a list that Baca said contained …". A sentence opening with a name
        // and words set off by commas is no inversion: "AMA President J. James Rohack, MD,
        // said Dr. Benjamin has …".
        if tokens[verb - 1].text == ",", tokens[verb + 1].isCapitalized,
            SpeakerContext.subjectWithApposition(of: sentence) == nil
        {
            return nil
        }
        if early != nil,
            tokens[..<verb].contains(where: {
                SpeakerContext.notInDescriptions.contains($0.lowercased)
            })
        {
            return nil
        }
        var start = verb + 1
        while start < tokens.count,
            whenWords.contains(tokens[start].lowercased)
                || DateExtractor.weekdays[tokens[start].lowercased] != nil
        {
            start += 1
        }
        guard start < tokens.count, tokens[start].isWord,
            !notOpeningAClause.contains(tokens[start].lowercased),
            TextShape.wordCount(join(tokens[start...])) >= 4,
            var speaker = described.map({ Speaker(name: $0.text, kind: .person) })
                ?? context.resolve(0..<verb, in: sentence)
        else { return nil }
        // "Following Gigante's conviction, prosecutors said …": what stands before a comma
        // describes no one when what follows it is a speaker.
        if speaker.kind != .person, speaker.kind != .organisation,
            let comma = (0..<verb).last(where: { tokens[$0].text == "," }), comma + 1 < verb,
            let nearer = context.resolve(comma + 1..<verb, in: sentence)
        {
            speaker = nearer
        }
        return reported(join(tokens[start...]), speaker, sentence)
    }

    /// Whether the verb of speech at `verb` reports the clause after the "that" at `that`:
    /// close to it ("said in a statement that", "told reporters that"), or further on past a
    /// phrase of where or when it was said, unbroken by punctuation ("said in the White House
    /// Rose Garden announcement that", "said around 7 a. m. that").
    static func saysThat(_ tokens: [Token], verb: Int, that: Int) -> Bool {
        if that - verb <= 5 { return true }
        return that - verb <= 10
            && Self.whereOrWhen.contains(tokens[verb + 1].lowercased)
            && !tokens[(verb + 1)..<that].contains { $0.kind == .punctuation && $0.text != "." }
    }

    /// Words that open a phrase of where or when something was said.
    static let whereOrWhen: Set<String> = [
        "in", "at", "during", "on", "around", "about", "early", "late", "shortly", "earlier",
        "later", "last", "this", "yesterday", "today", "before", "after",
    ]

    /// Words that, after a comma, open a clause rather than go on describing someone: a
    /// description may go on with "who", "which" or "and".
    static let clauseOpeners = SpeakerContext.notInDescriptions.subtracting([
        "who", "which", "and",
    ])

    /// Words that open a sentence's lead-in: "After a quick survey of the scene, …".
    static let leadIns = SpeakerContext.subordinators.union([
        "by", "in", "on", "at", "during", "with", "for", "from", "despite",
    ])

    /// Words after a speaker set off by commas that go on with what was said: "…, said
    /// Warren, but AMD would be wise …", "It's that fan base, McDermott said, that figured …".
    static let goingOn: Set<String> = ["but", "and", "that", "because", "so", "while"]

    /// Words of time between "said" and what was said, besides a weekday ("said Tuesday it
    /// would").
    static let whenWords: Set<String> = [
        "yesterday", "today", "tonight", "earlier", "later", "again", "also", "repeatedly",
    ]

    /// Words after "said" that open no reported clause: a phrase about the saying ("said in a
    /// statement", "said on Twitter", "said of the show") or a plain object ("said goodbye",
    /// "said nothing").
    static let notOpeningAClause: Set<String> = [
        "in", "on", "at", "during", "after", "before", "from", "to", "by", "with", "of", "for",
        "about", "as", "through", "via", "while", "when", "if", "so", "yes", "no", "nothing",
        "something", "anything", "little", "much", "more", "goodbye", "hello", "thanks",
        "sorry", "what", "how", "why", "whether", "who", "and", "but", "or", "then", "last",
        "this", "next", "recently", "previously", "once", "twice",
    ]

    static func reported(_ clause: String, _ speaker: Speaker, _ sentence: AnalyzedSentence)
        -> Quote?
    {
        var text = clause.trimmingWhitespace()
        while let last = text.last, ",.;: '".contains(last) { text.removeLast() }
        while let first = text.first, "' ".contains(first) { text.removeFirst() }
        guard TextShape.wordCount(text) >= 3 else { return nil }
        return Quote(
            text: text, speaker: speaker.name, speakerKind: speaker.kind, kind: .indirect,
            sentences: [sentence.ref])
    }

    /// The words naming a source after "according to" at `index` ("according to the
    /// Associated Press", up to a comma or the end), or `nil` where `index` opens no such
    /// phrase.
    static func accordingTo(at index: Int, in tokens: [Token]) -> Range<Int>? {
        guard index + 1 < tokens.count, tokens[index].lowercased == "according",
            tokens[index + 1].lowercased == "to"
        else { return nil }
        return index + 2..<boundary(in: tokens, from: index + 2)
    }

    /// Where a speaker's description ends: at a comma, a period or the end. The period of a
    /// title or an initial before a name is no end: "OSP Lt. Gregg Hastings".
    static func boundary(in tokens: [Token], from start: Int) -> Int {
        var end = start
        while end < tokens.count, end - start < maximumSpeakerTokens {
            let mark = tokens[end].text
            if mark == ".", end > start, end + 1 < tokens.count, tokens[end + 1].isCapitalized,
                EntityRecognizer.abbreviatesName(tokens[end - 1].text)
            {
                end += 1
                continue
            }
            if [",", ".", ";", ":", "\"", "(", "!", "?"].contains(mark) { break }
            end += 1
        }
        return end
    }

    /// Whether token `index` of `tokens` is a verb of speech, in its place: not one of
    /// ``nounsOfSpeech`` used as a noun.
    static func isSpeechVerb(at index: Int, in tokens: [Token]) -> Bool {
        guard isSpeechVerb(tokens[index]) else { return false }
        guard nounsOfSpeech.contains(tokens[index].text), index + 1 < tokens.count else {
            return true
        }
        return !["from", "of", "by"].contains(tokens[index + 1].lowercased)
    }

    /// Verbs that deny what follows them: "denied that …", "disputed claims that …".
    static let denials: Set<String> = [
        "denied", "denies", "deny", "disputed", "disputes", "rejected", "rejects", "dismissed",
        "dismisses", "refuted", "refutes", "contested", "contests", "rebutted", "rebuts",
    ]

    /// Verbs of speech that are also nouns, which "from", "of" or "by" after them shows to
    /// be: "lawyers presented reports from psychiatrists that he was unfit" names no speaker.
    static let nounsOfSpeech: Set<String> = ["reports", "claims", "notes", "states"]

    static func isSpeechVerb(_ token: Token) -> Bool {
        token.isWord && !token.isCapitalized && Lexicon.speechVerbs.contains(token.text)
    }

    /// The one person `sentence` describes, unnamed, as the subject of a verb of speech near
    /// its start, after any lead-in: "Yesterday a neighbour recalled seeing …", "On Sunday, a
    /// witness described …". Nil where a name, a group ("neighbours", "police") or anything
    /// but a description speaks.
    static func describedSpeaker(of sentence: AnalyzedSentence, context: SpeakerContext)
        -> Speaker?
    {
        let tokens = sentence.tokens
        guard
            let verb = tokens.indices.prefix(maximumSpeakerTokens + 2).first(where: {
                isSpeechVerb(at: $0, in: tokens)
            }), verb > 0
        else { return nil }
        let lead = speakerStart(before: verb, in: tokens) { $0.text == "," }
        var start = lead
        while start < verb, SpeakerContext.isAdverb(tokens[start]) { start += 1 }
        guard lead == 0 || tokens[lead - 1].text == ",",
            !sentence.entities.contains(where: { (start..<verb).contains($0.tokenIndex) }),
            let speaker = context.resolve(start..<verb, in: sentence), speaker.kind == .other,
            let noun = speaker.name.split(separator: " ").last?.lowercased(),
            !noun.hasSuffix("s"), !SpeakerContext.peopleWords.contains(noun)
        else { return nil }
        return speaker
    }

    /// Rebuilds text from tokens, with no space before closing punctuation.
    static func join(_ tokens: ArraySlice<Token>) -> String {
        var text = ""
        for token in tokens {
            let attached = [",", ".", ";", ":", "!", "?", ")", "%"].contains(token.text)
            if !text.isEmpty, !attached, !text.hasSuffix("(") && !text.hasSuffix("$") {
                text += " "
            }
            text += token.text
        }
        return text
    }
}
