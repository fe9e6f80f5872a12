/// A person, organisation or place named in a sentence.
public struct Entity: Hashable, Sendable, Codable {
    /// What an entity names.
    public enum Kind: String, Hashable, Sendable, Codable {
        case person, organisation, place, other
    }

    /// The name as written, without a leading title.
    public var text: String
    /// What the name refers to.
    public var kind: Kind
    /// A title or role written before the name ("President", "Gen."), if any.
    public var title: String?
    /// Index of the name's first token in the sentence's tokens.
    public var tokenIndex: Int
    /// How many tokens the name spans.
    public var tokenCount: Int

    /// A key for matching mentions: places by their canonical name, others in lower case.
    public var key: String {
        let lower = text.lowercased()
        if kind == .place, let place = Lexicon.placeKey(lower) { return place }
        return lower
    }

    /// The last word of the name, which later mentions of a person use ("Antonov").
    public var surname: String {
        String(text.split(separator: " ").last ?? Substring(text))
    }
}
