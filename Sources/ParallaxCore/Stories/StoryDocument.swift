import Foundation

/// An article as story grouping sees it: an id, its text, and what dates and names it.
public struct StoryDocument: Sendable, Hashable {
    /// The caller's id for the article.
    public var id: String
    /// The article's text, a paragraph a line.
    public var text: String
    public var title: String?
    /// When it was published, if known.
    public var published: Date?
    public var url: String?
    /// The outlet, if known.
    public var source: String?

    public init(
        id: String, text: String, title: String? = nil, published: Date? = nil, url: String? = nil,
        source: String? = nil
    ) {
        self.id = id
        self.text = text
        self.title = title
        self.published = published
        self.url = url
        self.source = source
    }
}
