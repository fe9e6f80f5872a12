/// Words attributed to a speaker: a direct quotation or reported speech.
public struct Quote: Hashable, Sendable, Codable {
    /// How the words are given.
    public enum Kind: String, Hashable, Sendable, Codable {
        /// Quoted verbatim, inside quotation marks.
        case direct
        /// Reported: "X said that …", "…, according to X".
        case indirect
    }

    /// The words, without the quotation marks.
    public var text: String
    /// Who said them, as resolved (pronouns to the person meant), if known.
    public var speaker: String?
    /// What kind of speaker: a person, an organisation, or another description.
    public var speakerKind: Entity.Kind?
    /// Whether the words are quoted or reported.
    public var kind: Kind
    /// The sentences the quotation spans.
    public var sentences: [SentenceRef]
}
