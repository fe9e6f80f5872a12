/// A piece of the input that cleaning removed, and why.
public struct Removal: Hashable, Sendable, Codable {
    /// Why a piece of the input was removed.
    public enum Reason: String, Hashable, Sendable, Codable, CaseIterable {
        /// Site furniture: navigation, share and subscribe prompts, cookie and ad notices.
        case chrome
        /// The headline of another story, dropped into the body.
        case unrelatedHeadline = "unrelated-headline"
        /// Another article's teaser at the end: its headline and its truncated opening.
        case foreignTeaser = "foreign-teaser"
        /// A line that repeats one already kept.
        case duplicate
        /// The dateline opening the story ("LONDON (Reuters) -"): where it was filed, not
        /// part of its first sentence.
        case dateline
    }

    /// The removed text as it stood in the input.
    public var text: String
    /// Why it was removed.
    public var reason: Reason
    /// The 1-based line of the input it stood on.
    public var line: Int
    /// What the decision rested on, for a person auditing it.
    public var explanation: String

    /// Creates a record of a removal.
    public init(text: String, reason: Reason, line: Int, explanation: String) {
        self.text = text
        self.reason = reason
        self.line = line
        self.explanation = explanation
    }
}
