import Foundation

/// What extraction found in a page: the article body as blocks, and the page's metadata.
public struct ExtractedPage: Hashable, Sendable, Codable {
    /// A block of the article body.
    public struct Block: Hashable, Sendable, Codable {
        /// What kind of block it is.
        public enum Kind: String, Hashable, Sendable, Codable {
            case paragraph, heading, listItem = "list-item", quote, caption, preformatted
        }

        public var kind: Kind
        public var text: String

        public init(kind: Kind, text: String) {
            self.kind = kind
            self.text = text
        }
    }

    /// The body, in reading order.
    public var blocks: [Block] = []
    /// Where the body came from: "json-ld" (the page's own `articleBody`) or "dom".
    public var bodySource: String = "dom"
    /// The page's metadata.
    public var metadata = PageMetadata()
    /// The best candidate containers for the body, described, when asked for.
    public var candidates: [String] = []

    /// The article's text, a block a line: its prose, headings, lists and quotations, without
    /// figure captions, which stay among the ``blocks``.
    public var text: String {
        blocks.filter { $0.kind != .caption }.map(\.text).joined(separator: "\n")
    }
}

/// A page's metadata, normalised.
public struct PageMetadata: Hashable, Sendable, Codable {
    public var title: String?
    public var authors: [String] = []
    /// ISO 8601, with the zone when the page gives one.
    public var published: String?
    public var modified: String?
    public var siteName: String?
    public var canonicalURL: String?
    public var language: String?
    public var description: String?

    public init() {}
}
