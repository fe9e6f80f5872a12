/// A single statement of fact: a sentence, or a clause of one that says something of its own
/// ("Antonov, who was born in Siberia, …" holds two).
struct Claim {
    /// Index of the claim in the story's list.
    var id: Int
    var sentence: SentenceRef
    /// The claim's words; the whole sentence for a main clause.
    var text: String
    /// Whether the claim is the sentence's main clause rather than a clause taken out of it.
    var isMain: Bool
    var tokens: ArraySlice<Token>
    /// The term of each token (nil for function words and punctuation), in token order.
    var tokenTerms: [String?]
    var terms: [String]
    var termSet: Set<String>
    /// How often each term occurs.
    var termCounts: [String: Int]
    /// Terms that come from names, which alone do not make two claims the same fact.
    var nameTerms: Set<String>
    var entities: [Entity]
    var dates: [DateMention]
    var quantities: [Quantity]
    /// What happened to what each quantity counts ("killed", "injured"), where the words
    /// beside it say.
    var quantityRoles: [QuantityRole?]
    /// Where each quantity was counted ("in Takengon"), where the words after it say.
    var quantityPlaces: [String?]
    /// Whose figure each quantity is, where the sentence names the person (``FigureOwner``):
    /// the name, lowercased.
    var quantityOwners: [String?]
    /// Whether each quantity without a role is a whole that a part is counted against ("28 of
    /// 41 passes", "10 of the Saints' 16 games"): a total, no rival of another count.
    var quantityTotals: [Bool]
    /// Whether each quantity is a part a sentence singles out of a larger count ("31 pieces of
    /// apparatus responded, including three ladder trucks"): a rival only of another part.
    var quantityParts: [Bool]
    /// For each quantity hyphenated to its unit before a noun ("an 86-yard touchdown run",
    /// "two three-point plays", "the 13-inch model"), the terms of the words it describes;
    /// empty for any other, and for ages and magnitudes, which read alike either way.
    var quantityHeads: [Set<String>]
    /// Whether each date tells when something was said or reported ("ITAR-TASS reported
    /// September 26", "the ministry said on Monday") rather than when it happened.
    var dateIsReport: [Bool]
    /// For each date that stands between an article and a noun ("the June 20, 2005
    /// attempted murder", "the Oct. 5 election"), the terms of the words it names the time
    /// of; empty for any other date.
    var dateHeads: [Set<String>]
    /// Every number the whole sentence gives, in any clause, with its unit (empty for none)
    /// and its role where the words beside it say: a figure the sentence states elsewhere is
    /// no rival of another source's (``states(_:unit:role:)``).
    var sentenceFigures: [SentenceFigure]

    /// A number of the claim's sentence: its value, unit (empty for none) and role.
    typealias SentenceFigure = (value: Double, unit: String, role: QuantityRole?)

    /// Whether the claim's sentence gives `value` as a figure that may count what `unit` and
    /// `role` do: in that unit or none, and in that role or none ("… and 12 arrested" does not
    /// give 12 injured people; "10 games, but had to sit out four straight" gives four games).
    func states(_ value: Double, unit: String, role: QuantityRole?) -> Bool {
        sentenceFigures.contains { figure in
            figure.value == value && (figure.unit == unit || figure.unit.isEmpty)
                && (figure.role == nil || role == nil || figure.role == role)
        }
    }
    /// For a relative clause taken out of its sentence, the name it follows ("Antonov, who
    /// was born in Siberia"): what the clause is about.
    var antecedent: Entity? = nil
}

/// Splits sentences into claims at non-restrictive relative clauses (", who …,") and at
/// coordinated predicates ("… and was subject to …").
enum ClaimSplitter {
    static let auxiliaries: Set<String> = [
        "was", "is", "were", "are", "has", "had", "have", "will", "would", "later", "then",
        "also", "did", "could", "can",
    ]

    /// The claims of `sentence`, main clause first.
    static func claims(of sentence: AnalyzedSentence, startingAt id: Int) -> [Claim] {
        let tokens = sentence.tokens
        var pieces: [Range<Int>] = []
        var main: [Range<Int>] = []
        var cursor = 0
        var index = 0
        // A quotation is one speaker's words: a clause is not taken out of it ("“We are
        // cooperating fully and will support the investigation,” the company said").
        var quoted = false
        while index < tokens.count {
            let word = tokens[index].lowercased
            if tokens[index].text == "\"" { quoted.toggle() }
            if quoted {
                index += 1
                continue
            }
            if tokens[index].text == ",", index + 1 < tokens.count,
                ["who", "which"].contains(tokens[index + 1].lowercased)
            {
                // A relative clause runs to the next comma, within a bounded reach.
                var end = index + 2
                while end < tokens.count, end - index < 40, tokens[end].text != "," { end += 1 }
                if end - index >= 5, end < tokens.count, tokens[end].text == ",", cursor <= index {
                    main.append(cursor..<index)
                    pieces.append(index + 2..<end)
                    cursor = min(end + 1, tokens.count)
                    index = end
                    continue
                }
            }
            if word == "and", index >= 5, cursor <= index, index + 1 < tokens.count,
                auxiliaries.contains(tokens[index + 1].lowercased), tokens.count - index >= 5
            {
                main.append(cursor..<index)
                pieces.append(index + 1..<tokens.count)
                cursor = tokens.count
                break
            }
            if word == ";", index >= 4, cursor <= index, tokens.count - index >= 5 {
                main.append(cursor..<index)
                pieces.append(index + 1..<tokens.count)
                cursor = tokens.count
                break
            }
            index += 1
        }
        if cursor < tokens.count { main.append(cursor..<tokens.count) }
        var claims: [Claim] = []
        // A sentence that is one claim has the analysis' content terms already.
        let tokenTerms = sentence.tokenTerms
        // Read once for all the sentence's claims.
        let places = SentencePlaces(sentence)
        let figures = sentenceFigures(sentence, scalarOffset: places.scalarOffset)
        if pieces.isEmpty {
            claims.append(
                make(
                    sentence, tokens: tokens[...], runs: [tokens.indices], places: places,
                    tokenTerms: tokenTerms, terms: sentence.terms, text: sentence.text,
                    isMain: true, id: id, sentenceFigures: figures))
            return claims
        }
        let mainTokens = main.flatMap { Array(tokens[$0]) }
        claims.append(
            make(
                sentence, tokens: mainTokens[...], runs: main, places: places,
                tokenTerms: main.flatMap { tokenTerms[$0] }, terms: nil, text: nil, isMain: true,
                id: id, sentenceFigures: figures))
        for piece in pieces where piece.count >= 3 {
            var claim = make(
                sentence, tokens: tokens[piece], runs: [piece], places: places,
                tokenTerms: Array(tokenTerms[piece]), terms: nil, text: nil, isMain: false,
                id: id + claims.count, sentenceFigures: figures)
            // "Antonov, who was born in Siberia": the clause is about the name before it.
            if piece.lowerBound >= 2,
                ["who", "which"].contains(tokens[piece.lowerBound - 1].lowercased),
                let antecedent = sentence.entities.last(where: {
                    $0.tokenIndex + $0.tokenCount == piece.lowerBound - 2
                })
            {
                claim.text = antecedent.text + " " + claim.text
                claim.antecedent = antecedent
            }
            claims.append(claim)
        }
        return claims
    }

    /// The claim of `tokens` of `sentence`, whose terms are `tokenTerms`, one per token; its
    /// content terms are built from those unless given. No word is stemmed again: the
    /// analysis has each token's term. `runs` are where `tokens` stand in the sentence's, in
    /// order: one run, or several for a main clause with clauses taken out; the claim has the
    /// names, figures and dates that start in them. `places` and `sentenceFigures` are the whole
    /// sentence's (``sentenceFigures(_:scalarOffset:)``).
    static func make(
        _ sentence: AnalyzedSentence, tokens: ArraySlice<Token>, runs: [Range<Int>],
        places sentencePlaces: SentencePlaces, tokenTerms: [String?], terms: [String]?,
        text: String?, isMain: Bool, id: Int, sentenceFigures: [Claim.SentenceFigure]
    ) -> Claim {
        let terms = terms ?? Terms.content(of: Array(tokens), tokenTerms: tokenTerms)
        let runs = runs.filter { !$0.isEmpty }
        // Each run's scalar offsets: from its first token's start to its last token's end.
        let spans = runs.map { run in
            let last = sentence.tokens[run.upperBound - 1]
            let end = last.offset + last.text.unicodeScalars.count
            return sentence.tokens[run.lowerBound].offset..<end
        }
        let entities = runs.flatMap { sentencePlaces.entities(in: $0) }.map {
            sentence.entities[$0]
        }
        var nameTerms: Set<String> = []
        for entity in entities {
            let span =
                entity
                .tokenIndex..<min(sentence.tokens.count, entity.tokenIndex + entity.tokenCount)
            nameTerms.formUnion(
                Terms.content(
                    of: Array(sentence.tokens[span]), tokenTerms: Array(sentence.tokenTerms[span])))
        }
        let scalarOffsets = sentencePlaces.scalarOffset
        let quantities = spans.flatMap { sentencePlaces.quantities(in: $0) }.map {
            sentence.quantities[$0]
        }
        let (roles, places) = QuantityRole.context(
            of: quantities, in: tokens, scalarOffset: scalarOffsets)
        let starts = quantities.map { quantity in
            let start = scalarOffsets(quantity.utf8Offset)
            return tokens.firstIndex(startingAtOrAfter: start)
        }
        let owners = zip(quantities, zip(starts, roles)).map { quantity, place -> String? in
            guard let first = place.0 else { return nil }
            return FigureOwner.owner(of: quantity, at: first, in: sentence, role: place.1)
        }
        // A toll stays one however it is divided: "three of the 10 killed were children".
        let totals = zip(starts, roles).map { first, role in
            (role == nil || role == .other)
                && first.map { ConflictDetector.isTotal(at: $0, in: tokens) } == true
        }
        let dates = spans.flatMap { sentencePlaces.dates(in: $0) }.map { sentence.dates[$0] }
        // A date right after a verb of saying, "on" between or not.
        let dateIsReport = dates.map { date in
            let start = scalarOffsets(date.utf8Offset)
            guard var index = tokens.firstIndex(startingAtOrAfter: start) else {
                return false
            }
            index -= 1
            if index >= tokens.startIndex, tokens[index].lowercased == "on" { index -= 1 }
            return index >= tokens.startIndex
                && Lexicon.speechVerbs.contains(tokens[index].lowercased)
        }
        // A figure singled out of a count: after "including", or "among them".
        let parts = starts.map { first -> Bool in
            guard let first, first > tokens.startIndex else { return false }
            let previous = tokens[first - 1].lowercased
            return partMarkers.contains(previous)
                || (["them", "whom"].contains(previous) && first - 1 > tokens.startIndex
                    && tokens[first - 2].lowercased == "among")
        }
        // The noun a figure or a date stands before: the terms of up to two words after the
        // scalar offset `end`, to a mark ("86-yard touchdown run", "the June 20 attempted
        // murder").
        func nounAfter(_ end: Int) -> Set<String> {
            guard let after = tokens.firstIndex(startingAtOrAfter: end) else { return [] }
            var words: Set<String> = []
            for index in after..<min(after + 2, tokens.endIndex) {
                if tokens[index].kind == .punctuation { break }
                if let term = tokenTerms[index - tokens.startIndex] { words.insert(term) }
            }
            return words
        }
        // A figure hyphenated to its unit, in one token ("86-yard", "three-point") or three
        // ("86 - yard"); not an age or a magnitude.
        let heads = zip(quantities, starts).map { quantity, first -> Set<String> in
            let text = quantity.text
            guard first != nil, quantity.unit != "age", quantity.unit != "magnitude",
                let dash = text.lastIndex(of: "-"),
                text[text.index(after: dash)...].allSatisfy(\.isLetter)
            else { return [] }
            return nounAfter(scalarOffsets(quantity.utf8Offset + quantity.utf8Length))
        }
        // A date between an article or a possessive and a noun.
        let dateHeads = dates.map { date -> Set<String> in
            let start = scalarOffsets(date.utf8Offset)
            guard let first = tokens.firstIndex(startingAtOrAfter: start),
                first > tokens.startIndex,
                ["the", "a", "an", "its", "his", "her", "their"].contains(
                    tokens[first - 1].lowercased)
            else { return [] }
            return nounAfter(scalarOffsets(date.utf8Offset + date.utf8Length))
        }
        return Claim(
            id: id, sentence: sentence.ref,
            text: text ?? QuoteExtractor.join(tokens).trimmingWhitespace(), isMain: isMain,
            tokens: tokens, tokenTerms: tokenTerms, terms: terms,
            termSet: Set(terms),
            termCounts: terms.reduce(into: [:]) { $0[$1, default: 0] += 1 }, nameTerms: nameTerms,
            entities: entities,
            dates: dates,
            quantities: quantities, quantityRoles: roles, quantityPlaces: places,
            quantityOwners: owners, quantityTotals: totals, quantityParts: parts,
            quantityHeads: heads, dateIsReport: dateIsReport, dateHeads: dateHeads,
            sentenceFigures: sentenceFigures)
    }

    /// Every number of `sentence` with its unit and role, for ``Claim/sentenceFigures``;
    /// `scalarOffset` is the sentence's (``SentencePlaces/scalarOffset``), made once for both.
    static func sentenceFigures(
        _ sentence: AnalyzedSentence, scalarOffset: (Int) -> Int
    ) -> [Claim.SentenceFigure] {
        guard !sentence.quantities.isEmpty else { return [] }
        let tokens = sentence.tokens
        let roles = QuantityRole.context(
            of: sentence.quantities, in: tokens[...], scalarOffset: scalarOffset
        ).roles
        return zip(sentence.quantities, roles).compactMap { quantity, role in
            // A part of the count before it gives no count of its own: "Five bombs were
            // dropped, of which four exploded" does not say four were dropped.
            let start = scalarOffset(quantity.utf8Offset)
            if let first = tokens.firstIndex(startingAtOrAfter: start), first >= 2,
                tokens[first - 2].lowercased == "of",
                ["which", "whom", "them"].contains(tokens[first - 1].lowercased)
            {
                return nil
            }
            return (quantity.value, quantity.unit, role)
        }
    }

    /// Words after which a figure is a part of a count given before: "including three ladder
    /// trucks".
    static let partMarkers: Set<String> = ["including", "includes", "include", "included"]

    /// A function from a UTF-8 offset in `text` to the Unicode-scalar offset tokens use.
    static func scalarToUTF8(_ text: String) -> (Int) -> Int {
        if text.utf8.count == text.unicodeScalars.count { return { $0 } }
        var table: [Int] = []
        table.reserveCapacity(text.utf8.count + 1)
        var scalarIndex = 0
        for scalar in text.unicodeScalars {
            for _ in 0..<UTF8.width(scalar) { table.append(scalarIndex) }
            scalarIndex += 1
        }
        table.append(scalarIndex)
        return { offset in table[max(0, min(offset, table.count - 1))] }
    }
}
