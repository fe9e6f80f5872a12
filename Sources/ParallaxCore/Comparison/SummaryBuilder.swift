/// Writes the merged summary: the most widely reported facts first, each once, each sentence
/// citing its sources, then the disputed points stated as disputed. The news comes before its
/// background: in a dated story, facts told of earlier years follow the rest.
struct SummaryBuilder {
    var length: Int
    /// The year of the story's latest dated report, if any is dated.
    var year: Int? = nil
    /// The order the comparison reads its sources in: of two sentences that tell a fact
    /// equally well, that of the source read first is told.
    var order = ReadingOrder()

    /// Whether `fact` is background to a story of `year`: most of its sentences give a year,
    /// and every year they give is earlier ("a tsunami in 2004 killed 170,000 people", in
    /// reports of 2013).
    func isBackground(_ fact: AgreedFact, sentences: [SentenceRef: AnalyzedSentence]) -> Bool {
        guard let year else { return false }
        var dated = 0
        for evidence in fact.evidence {
            let years = (sentences[evidence.sentence]?.dates ?? []).compactMap { mention in
                mention.isYearInferred ? nil : mention.year
            }
            guard !years.contains(where: { $0 >= year }) else { return false }
            if !years.isEmpty { dated += 1 }
        }
        return dated * 2 >= fact.evidence.count && dated > 0
    }

    /// The summary of a story's facts.
    ///
    /// - Parameters:
    ///   - quoted: The sentences that are part of a direct quotation, which the summary does
    ///     not state as facts.
    ///   - backs: Whether one sentence backs another's wording (the same fact, or likely the
    ///     same happening): a line cites only the sources whose sentence backs the one it is
    ///     told in, and a fact no second source backs that way is left out.
    func summary(
        agreed: [AgreedFact], conflicts: [Conflict], unique: [UniqueFact],
        sentences: [SentenceRef: AnalyzedSentence], quoted: Set<SentenceRef> = [],
        backs: (SentenceRef, SentenceRef) -> Bool = { _, _ in true }
    ) -> [SummarySentence] {
        var result: [SummarySentence] = []
        var isBackgroundLine: [Bool] = []
        var used: Set<SentenceRef> = []
        let updatesByLater = conflicts.filter { $0.kind == .update }
        // The news before its background; facts the sources state alike before happenings
        // they tell differently; then facts most sources report; among equals, those reported
        // earliest in articles.
        let background = Set(agreed.filter { isBackground($0, sentences: sentences) }.map(\.id))
        let ranked = agreed.sorted { a, b in
            let positionA = a.evidence.map(\.sentence.index).min() ?? 0
            let positionB = b.evidence.map(\.sentence.index).min() ?? 0
            return (
                background.contains(a.id) ? 1 : 0, a.match == .fact ? 0 : 1, -a.sources.count,
                positionA, a.id
            )
                < (
                    background.contains(b.id) ? 1 : 0, b.match == .fact ? 0 : 1, -b.sources.count,
                    positionB, b.id
                )
        }
        let contradicted = Set(conflicts.filter { $0.kind == .contradiction }.map(\.id))
        let opposing = Opposition(conflicts)
        let disputedSentences = opposing.sentences
        let contradictionBudget = conflicts.filter { $0.kind == .contradiction }.count
        let factBudget = max(3, length - min(contradictionBudget, length / 3))
        for fact in ranked where result.count < factBudget {
            // Tell each fact once: skip a fact whose sentences the summary already used.
            guard !fact.evidence.contains(where: { used.contains($0.sentence) }) else { continue }
            // Where sources contradict each other on a point of a fact, the point is told as
            // disputed, below; the fact itself only in the words of sentences that take no
            // side, backed by two sources or more. Eleven reports of a climber's death that
            // differ on his age still agree that he died.
            var told = fact
            if (fact.conflicts ?? []).contains(where: contradicted.contains) {
                told.evidence.removeAll { disputedSentences.contains($0.sentence) }
            }
            guard !told.evidence.isEmpty else { continue }
            // The sentences of other sources backing each candidate wording; a sentence on
            // the other side of a dispute backs nothing of it ("the ferry lost power shortly
            // after striking the ledge" against "… lost engine power several minutes before
            // it struck the ledge").
            func backing(_ candidate: Evidence) -> [Evidence] {
                told.evidence.filter {
                    $0.source != candidate.source && backs(candidate.sentence, $0.sentence)
                        && !opposing.opposes(candidate.sentence, $0.sentence)
                }
            }
            // Nor is a sentence that takes a side of a dispute found across the story told as
            // fact, whichever fact it is grouped in ("the ferry lost power shortly after
            // striking the ledge", in an order dispute); it may still back another's words.
            var chosen = representative(
                of: told, sentences: sentences, avoiding: disputedSentences,
                backers: {
                    disputedSentences.contains($0.sentence)
                        ? 0 : Set(backing($0).map(\.source)).count
                })
            let backers = backing(chosen)
            guard !backers.isEmpty, !disputedSentences.contains(chosen.sentence) else { continue }
            // A line must stand alone: one that opens by pointing back ("Her account was
            // echoed by two other passengers", "But he missed 10 games") or in the first person
            // ("We take these issues very seriously", a statement's words without their marks)
            // needs the sentences around it, which the summary does not give.
            guard !Self.needsContext(chosen.sentence, sentences: sentences) else { continue }
            // Quotations have their own section; the summary states facts. A sentence ending a
            // quotation begun before it ("The rest have only light injuries.\u{201D}") is one,
            // and so is one inside a quotation of several sentences, with no mark of its own
            // ("Mo bleeds 76ers." of "\u{201C}Mo is family. Mo bleeds 76ers. He bleeds
            // Philadelphia,\u{201D} King said.").
            guard
                !quoted.contains(chosen.sentence),
                !chosen.text.unicodeScalars.contains(where: {
                    "\"\u{201C}\u{201D}".unicodeScalars.contains($0)
                })
            else { continue }
            // Where the wording chosen states what a later report advanced, tell the later
            // state, once: two facts may hold sides of one update.
            let current = chosen.sentence
            if let update = updatesByLater.first(where: { conflict in
                conflict.sides.contains { $0.sentence == current && $0.source != conflict.later }
            }), let later = update.sides.last(where: { $0.source == update.later }) {
                chosen = Evidence(source: later.source, sentence: later.sentence, text: later.text)
                guard !used.contains(chosen.sentence) else { continue }
            }
            // Nor twice in two facts the grouping kept apart: a line with the figures of one
            // told and most of its words ("three young men died when the Israelis bombed
            // another UN school", "three Gazans were killed when Israeli forces attacked
            // another UN school").
            guard
                !result.contains(where: { told in
                    Self.repeats(chosen.sentence, told.evidence, sentences: sentences)
                })
            else { continue }
            // A source is cited for the line only where its sentences state every figure and
            // date the line gives: one reporting "AMD will acquire SeaMicro for $334 million"
            // backs "AMD will pay $334 million, including $281 million in cash" in part.
            let support = Self.support(of: chosen, by: backers, sentences: sentences)
            used.formUnion(fact.evidence.map(\.sentence))
            used.insert(chosen.sentence)
            result.append(
                SummarySentence(
                    text: chosen.text, sources: support.sources, evidence: support.evidence,
                    partial: support.partial.isEmpty ? nil : support.partial))
            isBackgroundLine.append(background.contains(fact.id))
        }
        // The news leads: where the first line opens no source's article, the first line of
        // news that does (a headline or first sentence cites it), reported by half as many
        // sources or more, goes first. "The three bank workers … were killed", the opening of five
        // outlets' reports, leads the bailout four tell in their twentieth sentence; of 58
        // ECB+ events, 11 changed their lead so, 10 to their news ("Voters in Turkmenistan
        // cast ballots Sunday" for "Almost all of the 288 candidates …").
        func reach(_ line: SummarySentence) -> Int {
            Set(line.sources + (line.partial ?? []).flatMap(\.sources)).count
        }
        func opensAnArticle(_ line: SummarySentence) -> Bool {
            (line.evidence + (line.partial ?? []).flatMap(\.evidence)).contains { $0.index <= 1 }
        }
        if let first = result.first, !opensAnArticle(first),
            let lede = result.indices.first(where: {
                !isBackgroundLine[$0] && opensAnArticle(result[$0])
                    && 2 * reach(result[$0]) >= reach(first)
            })
        {
            result.insert(result.remove(at: lede), at: 0)
        }
        for conflict in conflicts where conflict.kind == .contradiction && result.count < length {
            result.append(
                SummarySentence(
                    text: "Disputed: " + conflict.description,
                    sources: Array(Set(conflict.sides.map(\.source))).sorted(),
                    evidence: conflict.sides.map(\.sentence), disputed: true))
        }
        return result
    }

    /// The sources that back `line` in full, with their sentences and the line's own, and
    /// those that back its wording without some of its figures or dates, grouped by what they
    /// lack. A source's sentences among `backers` count together: "AMD will pay $334 million"
    /// and "$281 million of it in cash" state both figures of a line that gives them.
    static func support(
        of line: Evidence, by backers: [Evidence], sentences: [SentenceRef: AnalyzedSentence]
    ) -> (sources: [Int], evidence: [SentenceRef], partial: [SummarySentence.PartialSupport]) {
        let details = sentences[line.sentence].map(Details.init) ?? Details()
        var sources: Set<Int> = [line.source]
        var evidence: Set<SentenceRef> = [line.sentence]
        var partial: [[String]: (sources: Set<Int>, evidence: Set<SentenceRef>)] = [:]
        let bySource = Dictionary(grouping: backers.filter { $0.source != line.source }) {
            $0.source
        }
        for (source, own) in bySource {
            var stated = Set<String>()
            for backer in own {
                if let sentence = sentences[backer.sentence] {
                    stated.formUnion(Details(sentence).stated)
                }
            }
            let missing = details.required.filter { !stated.contains($0.key) }.map(\.text)
            if missing.isEmpty {
                sources.insert(source)
                evidence.formUnion(own.map(\.sentence))
            } else {
                partial[missing, default: ([], [])].sources.insert(source)
                partial[missing, default: ([], [])].evidence.formUnion(own.map(\.sentence))
            }
        }
        let groups = partial.map { missing, group in
            SummarySentence.PartialSupport(
                sources: group.sources.sorted(), evidence: group.evidence.sorted(),
                missing: missing)
        }
        return (
            sources.sorted(), evidence.sorted(),
            groups.sorted {
                $0.sources.count != $1.sources.count
                    ? $0.sources.count > $1.sources.count
                    : $0.sources.lexicographicallyPrecedes($1.sources)
            }
        )
    }

    /// Whether `candidate` tells again what one of `told` did: the same figures (one at
    /// least) and half the terms of the shorter or more; or, with no figures on either side,
    /// every term of the shorter, three at least ("The MacBook Pros are shipping today" and
    /// "The new MacBook Pro starts shipping TODAY").
    static func repeats(
        _ candidate: SentenceRef, _ told: [SentenceRef],
        sentences: [SentenceRef: AnalyzedSentence]
    ) -> Bool {
        guard let new = sentences[candidate] else { return false }
        let values = Set(new.quantities.map(\.value))
        let terms = Set(new.terms)
        return told.contains { ref in
            guard let old = sentences[ref], Set(old.quantities.map(\.value)) == values else {
                return false
            }
            let oldTerms = Set(old.terms)
            let shared = terms.intersection(oldTerms).count
            let fewer = min(terms.count, oldTerms.count)
            return values.isEmpty ? fewer >= 3 && shared == fewer : 2 * shared >= fewer
        }
    }

    /// Words that, opening a sentence, point back to the sentences before it or speak in the
    /// first person.
    static let pointingBack: Set<String> = [
        "this", "these", "that", "those", "he", "she", "it", "they", "his", "her", "its", "their",
        "there", "such", "both", "him", "them", "i", "we", "my", "our", "us", "but", "and", "so",
        "yet", "however",
    ]

    /// Words that after "if" and before a comma make a condition on the sentence before: "If
    /// so,", "If true,".
    static let conditionsOnWhatWentBefore: Set<String> = [
        "so", "not", "true", "confirmed", "correct", "accurate", "this", "that", "yes", "no",
    ]

    /// Words that lead into a sentence and tie it to the one before ("Also, he said…",
    /// "Still, it was…"): the word after them tells whether the sentence points back.
    static let leadIns: Set<String> = [
        "also", "still", "overall", "meanwhile", "instead", "moreover", "besides", "indeed",
        "again", "now", "then", "plus", "anyway", "nevertheless", "nonetheless", "otherwise",
        "likewise", "therefore", "thus", "hence", "regardless", "furthermore", "additionally",
    ]

    /// Words in the first person: outside quotation marks, a sentence that has one speaks for
    /// someone the line does not name ("The Chargers have been … contributors to our
    /// community"). "I" counts before a word in lower case, so that "World War I" does not.
    static let firstPerson: Set<String> = ["we", "our", "ours", "us", "my", "me", "mine"]

    /// Whether the sentence `ref` cannot stand alone as a line: it opens in lower case, or with
    /// a word that points back or speaks in the first person, after any lead-in ("Also, he…",
    /// "Obviously, we're…"), or with a condition on the sentence before ("If so,"), speaks in
    /// the first person outside quotation marks, ends in a colon, introducing what follows
    /// ("The results were disastrous:"), in a question mark, stating no fact, or without a
    /// sentence's mark, only says who spoke, is a headline in capitals ("FIRED IN PHILLY!!"),
    /// or has no verb ("Best decision ever.", a press release's heading "About EYP Mission
    /// Critical Facilities, Inc.").
    static func needsContext(_ ref: SentenceRef, sentences: [SentenceRef: AnalyzedSentence])
        -> Bool
    {
        guard let tokens = sentences[ref]?.tokens,
            var first = tokens.firstIndex(where: \.isWord)
        else { return false }
        // A line that opens in lower case is the end of one cut off before it ("win in the
        // playoffs!"); a word with a capital inside is a name ("eBay", "iPhone").
        let opening = tokens[first].text
        if opening.first?.isLowercase == true, !opening.contains(where: \.isUppercase) {
            return true
        }
        // A lead-in, or an adverb set off by a comma ("Obviously,"), is passed over.
        let lead = tokens[first].lowercased
        if leadIns.contains(lead)
            || (lead.hasSuffix("ly") && first + 1 < tokens.count && tokens[first + 1].text == ","),
            let next = tokens[(first + 1)...].firstIndex(where: \.isWord),
            tokens[next].lowercased != "that"  // "Now that Lohan is back…" names its subject
        {
            first = next
        }
        // A condition on what was said before points back: "If so, that blows …".
        if tokens[first].lowercased == "if",
            let next = tokens[(first + 1)...].firstIndex(where: \.isWord),
            conditionsOnWhatWentBefore.contains(tokens[next].lowercased),
            next + 1 < tokens.count, tokens[next + 1].text == ","
        {
            return true
        }
        // A contraction points back as its first word does: "She's", "They’re".
        let opener = stem(tokens[first].lowercased)
        let words = tokens.filter { $0.isWord && $0.text.count >= 2 }
        // A headline or a cry ("Esther Williams, swimming star, dies at 91", "Go Colts") ends
        // without a sentence's mark.
        let end = tokens.lastMark
        // A question states no fact ("Did any Patch readers feel the earthquake, or perhaps
        // wake up shortly after 2 a.m. because of it?").
        return pointingBack.contains(opener) || end == ":" || end == "?" || isAttribution(tokens)
            || !(end ?? "").contains(where: { ".!?\u{2026}".contains($0) })
            || (words.count >= 2 && words.allSatisfy(\.isAllCaps))
            || speaksInFirstPerson(tokens) || !mayHoldAVerb(tokens)
    }

    /// Whether `tokens` hold a word in lower case that may be a verb: an auxiliary, a verb of
    /// speech, a past form, or a word ending in "s" or "ing". Without a tagger this lets
    /// through many a noun ("aftershocks"), but no fragment of adjectives and nouns in the
    /// singular, and no heading of names.
    static func mayHoldAVerb(_ tokens: [Token]) -> Bool {
        tokens.contains { token in
            guard token.isWord, !token.isCapitalized else { return false }
            let word = token.lowercased
            return auxiliaries.contains(word) || Lexicon.speechVerbs.contains(word)
                || EventOrder.isVerbForm(word) || (word.hasSuffix("s") && word.count > 2)
                || (word.hasSuffix("ing") && word.count > 4)
        }
    }

    static let auxiliaries: Set<String> = [
        "is", "are", "was", "were", "be", "been", "being", "am", "has", "have", "had", "will",
        "would", "can", "could", "may", "might", "must", "should", "shall", "do", "does", "did",
        "won't", "can't", "isn't", "wasn't", "didn't", "doesn't",
    ]

    /// Whether `tokens` only say who spoke, the words spoken having been split off into the
    /// sentence before: a name and a verb of speech with nothing after it and no clause of its
    /// own ("Colts interim coach Bruce Arians asked.", after `"Would we have done it without
    /// him?"`); not "The ferry ran aground, the captain said."
    static func isAttribution(_ tokens: [Token]) -> Bool {
        // The verb right after its speaker: a name or a pronoun, not "have not been reported".
        guard let verb = closingSpeechVerb(tokens),
            tokens[verb - 1].text.first?.isUppercase == true
                || ["he", "she", "they", "we", "i"].contains(tokens[verb - 1].lowercased)
        else { return false }
        return !tokens[..<verb].contains { [",", ":", ";", "that"].contains($0.lowercased) }
    }

    /// Whether `tokens` end by giving their words to a pronoun: "…, she said.", "…, he added."
    static func quotesAPronoun(_ tokens: [Token]) -> Bool {
        guard let verb = closingSpeechVerb(tokens), verb >= 2 else { return false }
        return ["he", "she", "they"].contains(tokens[verb - 1].lowercased)
            && tokens[verb - 2].text == ","
    }

    /// Where `tokens` end on a verb of speech after another word ("… Bruce Arians asked."),
    /// that verb's index.
    static func closingSpeechVerb(_ tokens: [Token]) -> Int? {
        guard let last = tokens.lastIndex(where: \.isWord), last > 0,
            Lexicon.speechVerbs.contains(tokens[last].lowercased)
        else { return nil }
        return last
    }

    /// A word without the contraction it ends with: "she" of "she's", "we" of "we’re".
    static func stem(_ word: String) -> String {
        word.split(whereSeparator: { $0 == "'" || $0 == "\u{2019}" }).first.map(String.init)
            ?? word
    }

    /// Whether `tokens` have a word in the first person outside quotation marks.
    static func speaksInFirstPerson(_ tokens: [Token]) -> Bool {
        var quoted = false
        for (index, token) in tokens.enumerated() {
            switch token.text {
            case "\"": quoted.toggle()
            case "\u{201C}": quoted = true
            case "\u{201D}": quoted = false
            default:
                guard !quoted, token.isWord else { continue }
                let stem = Self.stem(token.text)
                // "US" is a country and "Us Weekly" a magazine: only "us" is the pronoun.
                let lower = stem.lowercased()
                if firstPerson.contains(lower), lower != "us" || stem == "us" { return true }
                if stem == "I" {
                    if token.text != "I" { return true }  // "I'm", "I’ve"
                    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                    if let next, next.isWord, next.text.first?.isLowercase == true { return true }
                }
            }
        }
        return false
    }

    /// The sentence that tells a fact best: plain statement rather than quotation, and closest
    /// in its terms to the other sources' sentences of the fact (the sum of the cosines of their
    /// term sets): the sentence they all share most of, not the longest, which shares most
    /// terms only by having most.
    func representative(
        of fact: AgreedFact, sentences: [SentenceRef: AnalyzedSentence],
        avoiding disputed: Set<SentenceRef>, backers: (Evidence) -> Int = { _ in 1 }
    ) -> Evidence {
        // Closeness in one pass over the terms rather than over every pair of sentences (a
        // large fact has hundreds): the cosine of two term sets is the sum, over the terms they
        // share, of 1 / sqrt(|A| |B|), so each term carries the sum of 1 / sqrt(|B|) over the
        // sentences that have it, all of them and each source's own. Terms in sorted order, so
        // that sums come out the same in every run.
        let termLists = fact.evidence.map {
            Array(Set(sentences[$0.sentence]?.terms ?? [])).sorted()
        }
        var weight: [String: Double] = [:]
        var ownWeight: [Int: [String: Double]] = [:]
        for (evidence, terms) in zip(fact.evidence, termLists) where !terms.isEmpty {
            let share = 1 / Double(terms.count).squareRoot()
            for term in terms {
                weight[term, default: 0] += share
                ownWeight[evidence.source, default: [:]][term, default: 0] += share
            }
        }
        func score(_ index: Int) -> (Int, Int, Int, Int, Double, Int) {
            let evidence = fact.evidence[index]
            guard let sentence = sentences[evidence.sentence] else { return (0, 0, 0, 0, 0, 0) }
            // A sentence that states a disputed point as fact is a poor summary of another.
            let undisputed = disputed.contains(evidence.sentence) ? 0 : 1
            let quoted = sentence.matchText.contains("\"") ? 0 : 1
            // A sentence that opens by pointing back ("These are…", "He was…") needs its
            // neighbours; one that names its subject stands alone.
            let standsAlone = Self.needsContext(evidence.sentence, sentences: sentences) ? 0 : 1
            // "…, she said" leaves the reader asking who: a wording naming its speaker is better.
            let namesSpeaker = Self.quotesAPronoun(sentence.tokens) ? 0 : 1
            let terms = termLists[index]
            var closeness = 0.0
            if !terms.isEmpty {
                let own = ownWeight[evidence.source] ?? [:]
                for term in terms { closeness += weight[term]! - own[term]! }
                closeness /= Double(terms.count).squareRoot()
            }
            // Rounded, so that two sentences equally close, each summed in its own order,
            // tie.
            closeness = (closeness * 1e9).rounded() / 1e9
            return (quoted, undisputed, standsAlone, namesSpeaker, closeness, -sentence.terms.count)
        }
        let scores = fact.evidence.indices.map(score)
        let ranked = fact.evidence.indices.sorted { a, b in
            scores[a] != scores[b]
                ? scores[a] > scores[b]
                : order.key(fact.evidence[a].sentence) < order.key(fact.evidence[b].sentence)
        }
        // Backed by at least one other source first: a line must be an agreed one. Asked in
        // rank order, so that only the best few are asked.
        let best = ranked.first { backers(fact.evidence[$0]) > 0 } ?? ranked[0]
        return fact.evidence[best]
    }
}

extension SummaryBuilder {
    /// Which sentences take different sides of a contradiction.
    struct Opposition {
        /// For each sentence on a side, each contradiction it is in with the value it gives,
        /// as the conflict's description groups values: figures and dates by their words in
        /// lower case, names by their spelling ("Aldous J. Ferrin" sides with "Aldous Ferrin").
        private var stands: [SentenceRef: [(conflict: Int, value: String)]] = [:]

        init(_ conflicts: [Conflict]) {
            for (index, conflict) in conflicts.enumerated() where conflict.kind == .contradiction {
                for side in conflict.sides {
                    let value =
                        conflict.aspect == .name
                        ? NameVariants.spelling(side.value) ?? side.value : side.value.lowercased()
                    stands[side.sentence, default: []].append((index, value))
                }
            }
        }

        /// The sentences on a side of some contradiction.
        var sentences: Set<SentenceRef> { Set(stands.keys) }

        /// Whether `a` and `b` give different values in one contradiction.
        func opposes(_ a: SentenceRef, _ b: SentenceRef) -> Bool {
            guard let first = stands[a], let second = stands[b] else { return false }
            return first.contains { mine in
                second.contains { $0.conflict == mine.conflict && $0.value != mine.value }
            }
        }
    }
}

extension SummaryBuilder {
    /// The figures and dates of a sentence that a source must state to be cited for it as a
    /// summary line: numbers other than 0 and 1 (by value, so "$334 million" and "334 million
    /// dollars" agree; not a measure in brackets converting the one before it) and dates
    /// pinned to a day, a month of a year, a year or a decade ("Oct. 5" and "October 5th"
    /// agree; "on Wednesday" and "last week" are not required, each outlet writing the time
    /// from its own day).
    struct Details {
        /// What the sentence gives, by key, with its words.
        var required: [(key: String, text: String)] = []
        /// What the sentence states, by key: a day with its year written states the year and
        /// the month of that year too.
        var stated: Set<String> = []

        init() {}

        /// Whether `quantity` is `previous` in other units, in brackets right after it.
        static func converts(_ quantity: Quantity, _ previous: Quantity, in text: [UInt8]) -> Bool {
            let (end, start) = (previous.utf8Offset + previous.utf8Length, quantity.utf8Offset)
            guard end <= start, start <= text.count, previous.unit != quantity.unit,
                QuantityExtractor.measures.contains(previous.unit),
                QuantityExtractor.measures.contains(quantity.unit)
            else { return false }
            return text[end..<start].filter { $0 != UInt8(ascii: " ") } == [UInt8(ascii: "(")]
        }

        init(_ sentence: AnalyzedSentence) {
            var seen = Set<String>()
            func require(_ key: String, _ text: String) {
                if seen.insert(key).inserted { required.append((key, text)) }
            }
            // A measure in brackets right after one in another unit converts it, "10
            // kilometres (six miles)": stated, but not required of others ("36-3 (24 KO)" is
            // no conversion).
            let text = sentence.quantities.count > 1 ? Array(sentence.matchText.utf8) : []
            var previous: Quantity?
            for quantity in sentence.quantities {
                defer { previous = quantity }
                guard quantity.value != 0 && quantity.value != 1 else { continue }
                let key = "n:" + Quantity.format(quantity.value)
                stated.insert(key)
                if let previous, Self.converts(quantity, previous, in: text) { continue }
                require(key, quantity.text)
            }
            for date in sentence.dates {
                let writtenYear = date.isYearInferred ? nil : date.year
                switch date.kind {
                case .absolute:
                    guard let month = date.month, let day = date.day else { continue }
                    require("d:\(month)-\(day)", date.text)
                    stated.insert("d:\(month)-\(day)")
                    if let year = writtenYear {
                        stated.formUnion(["y:\(year)", "ym:\(year)-\(month)"])
                    }
                case .monthYear:
                    guard let month = date.month, let year = writtenYear else { continue }
                    require("ym:\(year)-\(month)", date.text)
                    stated.formUnion(["y:\(year)", "ym:\(year)-\(month)"])
                case .year:
                    guard let year = writtenYear else { continue }
                    require("y:\(year)", date.text)
                    stated.insert("y:\(year)")
                case .decade:
                    guard let year = date.year else { continue }
                    require("dec:\(year)", date.text)
                    stated.insert("dec:\(year)")
                case .month, .weekday, .relative:
                    continue
                }
            }
        }
    }
}
