/// What happened to the things a figure counts, read from the words beside it: "killed 10
/// people" and "10 people were injured" both count people, but not the same people, and "at a
/// depth of 10 kilometres" and "55 kilometres from the town" are not the same distance.
///
/// Two figures of one unit are compared as rival counts only when their roles agree or one is
/// unknown.
enum QuantityRole: String, Sendable {
    case killed, injured, missing, displaced, arrested, depth, distance

    /// The role of each of `quantities` (offsets in UTF-8 bytes of the sentence) among
    /// `tokens` (offsets in Unicode scalars, through `scalarOffset`): the nearest role word
    /// within four words before or after it, in its clause.
    static func roles(
        of quantities: [Quantity], in tokens: ArraySlice<Token>, scalarOffset: (Int) -> Int
    ) -> [QuantityRole?] {
        quantities.map { quantity in
            // An age belongs to a person, whatever befell them: "a 36-year-old man was killed".
            guard quantity.unit != "age" else { return nil }
            let start = scalarOffset(quantity.utf8Offset)
            let end = scalarOffset(quantity.utf8Offset + quantity.utf8Length)
            guard let first = tokens.firstIndex(where: { $0.offset >= start }) else {
                return nil
            }
            let after = tokens[first...].firstIndex { $0.offset >= end } ?? tokens.endIndex
            for distance in 1...4 {
                for index in [first - distance, after + distance - 1] {
                    guard tokens.indices.contains(index) else { continue }
                    // The clause ends at these; a role word beyond one describes another figure.
                    let between =
                        index < first ? tokens[(index + 1)..<first] : tokens[after..<index]
                    guard !between.contains(where: { Self.clauseEnds.contains($0.text) }) else {
                        continue
                    }
                    if let role = role(of: tokens[index].lowercased) { return role }
                }
            }
            return nil
        }
    }

    static let clauseEnds: Set<String> = [",", ";", ":", ".", "and", "while", "but"]

    /// Where each of `quantities` was counted, where the words right after it say ("10 houses
    /// were damaged in Takengon"): the first word of the capitalised name after "in", "at" or
    /// "near", lowercased, within six words and its clause. Figures counted in different
    /// places are not rival counts.
    static func places(
        of quantities: [Quantity], in tokens: ArraySlice<Token>, scalarOffset: (Int) -> Int
    ) -> [String?] {
        quantities.map { quantity in
            let end = scalarOffset(quantity.utf8Offset + quantity.utf8Length)
            guard let after = tokens.firstIndex(where: { $0.offset >= end }) else { return nil }
            for index in after..<min(tokens.endIndex - 1, after + 6) {
                if clauseEnds.contains(tokens[index].text) { return nil }
                if ["in", "at", "near"].contains(tokens[index].text),
                    tokens[index + 1].isCapitalized
                {
                    return tokens[index + 1].lowercased
                }
            }
            return nil
        }
    }

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
