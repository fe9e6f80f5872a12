/// What happened to the things a figure counts, read from the words beside it: "killed 10
/// people" and "10 people were injured" both count people, but not the same people, and "at a
/// depth of 10 kilometres" and "55 kilometres from the town" are not the same distance.
///
/// Two figures of one unit are compared as rival counts only when their roles agree or one is
/// unknown.
enum QuantityRole: String, Sendable {
    case killed, injured, missing, displaced, arrested, depth, distance
    /// None of the others: the figure's own verb says what its things did ("over 14,000
    /// people taking shelter", "350 people were taking shelter"). No rival of a toll, where
    /// a figure of no known role is.
    case other

    /// The role and the place of each of `quantities` (offsets in UTF-8 bytes of the
    /// sentence) among `tokens` (offsets in Unicode scalars, through `scalarOffset`). Both
    /// read the words around the same tokens, which are found once.
    ///
    /// - The role: the nearest role word within four words before or after the quantity, in
    ///   its clause. An age takes none.
    /// - The place, where the words right after it say ("10 houses were damaged in
    ///   Takengon"): the first word of the capitalised name after "in", "at" or "near",
    ///   lowercased, within six words and its clause. Figures counted in different places are
    ///   not rival counts.
    static func context(
        of quantities: [Quantity], in tokens: ArraySlice<Token>, scalarOffset: (Int) -> Int
    ) -> (roles: [QuantityRole?], places: [String?]) {
        var roles: [QuantityRole?] = []
        var places: [String?] = []
        roles.reserveCapacity(quantities.count)
        places.reserveCapacity(quantities.count)
        for quantity in quantities {
            let start = scalarOffset(quantity.utf8Offset)
            let end = scalarOffset(quantity.utf8Offset + quantity.utf8Length)
            // The quantity's first token, and the first token after it; none of either when
            // the quantity lies past the claim's tokens.
            let first = tokens.firstIndex(startingAtOrAfter: start)
            let after = first.flatMap { tokens[$0...].firstIndex(startingAtOrAfter: end) }
            // A length measured from a place: "13 miles east of Cloverdale", "135 kilometers
            // from the main city of Manokwari". The place it is measured from is its place.
            if lengths.contains(quantity.unit), let after,
                let origin = origin(after: after, in: tokens)
            {
                let stated = first.flatMap {
                    role(around: $0, after: after, in: tokens)
                }
                roles.append(stated ?? .distance)
                places.append(origin)
                continue
            }
            // An age belongs to a person, whatever befell them: "a 36-year-old man was killed".
            roles.append(
                quantity.unit == "age"
                    ? nil
                    : first.flatMap {
                        role(around: $0, after: after ?? tokens.endIndex, in: tokens)
                    } ?? after.flatMap { predicate(after: $0, in: tokens) })
            places.append(after.flatMap { place(after: $0, in: tokens) })
        }
        return (roles, places)
    }

    /// The nearest role word to the tokens `first..<after`, within four words either side
    /// and not past the end of their clause.
    static func role(around first: Int, after: Int, in tokens: ArraySlice<Token>)
        -> QuantityRole?
    {
        for distance in 1...4 {
            // Before, then after, at each distance.
            for side in 0..<2 {
                let index = side == 0 ? first - distance : after + distance - 1
                guard tokens.indices.contains(index) else { continue }
                // The clause ends at these; a role word beyond one describes another figure.
                let between = index < first ? tokens[(index + 1)..<first] : tokens[after..<index]
                guard !between.contains(where: { clauseEnds.contains($0.text) }) else { continue }
                if let role = role(of: tokens[index].lowercased) { return role }
            }
        }
        return nil
    }

    /// The role a figure's own verb gives it, the verb right after it, past auxiliaries: a
    /// role word further on through a verb of belief ("one person is believed to have been
    /// arrested"), or ``other`` for a verb of no role ("350 people were taking shelter").
    /// Nil where no verb follows. Counted things only: a measure has no verb of its own.
    static func predicate(after: Int, in tokens: ArraySlice<Token>) -> QuantityRole? {
        var index = after
        func skip(_ words: Set<String>) {
            while index < tokens.endIndex, words.contains(tokens[index].lowercased) { index += 1 }
        }
        skip(auxiliaries)
        guard index < tokens.endIndex, tokens[index].isWord, !tokens[index].isCapitalized else {
            return nil
        }
        let word = tokens[index].lowercased
        if beliefs.contains(word) {
            index += 1
            skip(["to", "have", "be", "been", "being", "had"])
            return index < tokens.endIndex ? role(of: tokens[index].lowercased) : nil
        }
        guard !notVerbs.contains(word),
            word.hasSuffix("ing") && word.count > 4 || EventOrder.isVerbForm(word)
        else { return nil }
        // "Five Israeli soldiers lost their lives".
        if ["lost", "losing", "lose"].contains(word),
            tokens[(index + 1)..<min(tokens.endIndex, index + 3)].contains(where: {
                ["lives", "life"].contains($0.lowercased)
            })
        {
            return .killed
        }
        return role(of: word) ?? .other
    }

    static let auxiliaries: Set<String> = [
        "were", "was", "are", "is", "had", "have", "has", "been", "being", "be", "will", "would",
        "reportedly", "also", "still", "all",
    ]

    /// Verbs through which a figure's role is told: "believed to have been arrested".
    static let beliefs: Set<String> = [
        "believed", "thought", "feared", "reported", "said", "estimated", "expected", "known",
        "confirmed", "presumed", "understood",
    ]

    /// Words of a verb's shape that are not its verb: "10 people, including three children",
    /// "four children aged 5 to 10".
    static let notVerbs: Set<String> = [
        "including", "according", "regarding", "concerning", "following", "excluding",
        "during", "compared", "aged", "based", "related", "combined", "something", "nothing",
        "anything", "everything", "morning", "evening", "building", "ceiling", "spring",
        "string", "bring", "hundred", "speed",
    ]

    /// The place named after the token `after`, within six words and its clause.
    static func place(after: Int, in tokens: ArraySlice<Token>) -> String? {
        for index in after..<min(tokens.endIndex - 1, after + 6) {
            if clauseEnds.contains(tokens[index].text) { return nil }
            if placePrepositions.contains(tokens[index].text), tokens[index + 1].isCapitalized {
                return tokens[index + 1].lowercased
            }
        }
        return nil
    }

    /// The place a length right before `after` is measured from, lowercased: the first
    /// capitalised word (not a possessive: "Papua's main city of Manokwari") after "from", or
    /// after "of" following a compass word ("13 miles east southeast of Cloverdale"), within
    /// six words and the clause; the length in other units may stand between, in brackets.
    static func origin(after: Int, in tokens: ArraySlice<Token>) -> String? {
        var index = after
        // Past the same length in other units: "75 kilometers (50 miles) west of".
        if index < tokens.endIndex, tokens[index].text == "(",
            let close = tokens[index..<min(tokens.endIndex, index + 6)].firstIndex(where: {
                $0.text == ")"
            })
        {
            index = close + 1
        }
        var bearing = false
        while index < tokens.endIndex,
            tokens[index].text == ")" || Lexicon.compassWords.contains(tokens[index].lowercased)
                || tokens[index].lowercased.split(separator: "-").allSatisfy({
                    Lexicon.compassWords.contains(String($0))
                })
        {
            bearing = bearing || tokens[index].text != ")"
            index += 1
        }
        guard index < tokens.endIndex,
            tokens[index].lowercased == "from" || (bearing && tokens[index].lowercased == "of")
        else { return nil }
        for next in (index + 1)..<min(tokens.endIndex, index + 7) {
            let token = tokens[next]
            if clauseEnds.contains(token.text) { return nil }
            if token.isWord, token.isCapitalized, !token.text.hasSuffix("'s") {
                return token.lowercased
            }
        }
        return nil
    }

    static let clauseEnds: Set<String> = [",", ";", ":", ".", "and", "while", "but"]
    static let placePrepositions: Set<String> = ["in", "at", "near"]

    /// Whether the role can be that of a figure of `unit`: a depth or distance is a length,
    /// and the killed, injured, missing, displaced and arrested are counted, not measured.
    /// Read from the words beside a figure, a role can belong to another ("20 people from the
    /// town" is no distance).
    func fits(_ unit: String) -> Bool {
        switch self {
        case .other: false
        case .depth, .distance: Self.lengths.contains(unit)
        default: !QuantityExtractor.measures.contains(unit)
        }
    }

    static let lengths: Set<String> = [
        "kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch", "yard",
    ]

    /// The role a word gives the figure beside it, if any.
    static func role(of word: String) -> QuantityRole? {
        if let role = words[word] { return role }
        for (prefix, role) in prefixes where word.hasPrefix(prefix) { return role }
        return nil
    }

    static let words: [String: QuantityRole] = [
        "dead": .killed, "die": .killed, "died": .killed, "dies": .killed, "dying": .killed,
        "bodies": .killed, "hurt": .injured, "missing": .missing, "homeless": .displaced,
        "depth": .depth, "deep": .depth, "from": .distance, "away": .distance,
        "distance": .distance,
    ]

    static let prefixes: [(String, QuantityRole)] = [
        ("kill", .killed), ("death", .killed), ("fatalit", .killed), ("injur", .injured),
        ("wound", .injured), ("evacuat", .displaced), ("displac", .displaced),
        ("arrest", .arrested), ("detain", .arrested),
    ]
}
