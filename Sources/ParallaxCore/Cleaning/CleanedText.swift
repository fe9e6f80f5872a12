/// An article body after cleaning: its paragraphs, its title if the text began with one, and
/// every removal with its reason.
public struct CleanedText: Hashable, Sendable, Codable {
    /// A paragraph of the cleaned body.
    public struct Paragraph: Hashable, Sendable, Codable {
        /// The paragraph's text in its original typography, broken lines rejoined.
        public var text: String
        /// The 1-based input line it starts on.
        public var line: Int
        /// Whether the paragraph is a subheading of the article rather than prose.
        public var isHeading: Bool

        /// Creates a paragraph.
        public init(text: String, line: Int, isHeading: Bool = false) {
            self.text = text
            self.line = line
            self.isHeading = isHeading
        }
    }

    /// The headline the text opened with, if it did.
    public var title: String?
    /// The kept paragraphs, in order.
    public var paragraphs: [Paragraph]
    /// What was removed, in input order.
    public var removals: [Removal]

    /// The kept paragraphs joined by newlines.
    public var text: String { paragraphs.map(\.text).joined(separator: "\n") }
}
