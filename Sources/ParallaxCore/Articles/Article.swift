import Foundation

/// One outlet's report: where it came from, its original text, and its cleaned body.
public struct Article: Hashable, Sendable, Codable, Identifiable {
    /// The content-hash id of the original text.
    public var id: ArticleID
    /// The outlet's name, or the file the article was read from when the outlet is unknown.
    public var source: String
    /// The article's address, when known.
    public var url: String?
    /// The headline, when known.
    public var title: String?
    /// When the article was first published, when known.
    public var published: Date?
    /// When the article was last modified, when known.
    public var modified: Date?
    /// The text as it arrived, for display and audit.
    public var originalText: String
    /// The body after cleaning, with what was removed and why.
    public var cleaned: CleanedText

    /// The cleaned body as one string, a paragraph a line.
    public var cleanedText: String { cleaned.text }

    /// Creates an article from a body already cleaned.
    public init(
        id: ArticleID? = nil, source: String, url: String? = nil, title: String? = nil,
        published: Date? = nil, modified: Date? = nil, originalText: String, cleaned: CleanedText
    ) {
        self.id = id ?? ArticleID(content: originalText)
        self.source = source
        self.url = url
        self.title = title ?? cleaned.title
        self.published = published
        self.modified = modified
        self.originalText = originalText
        self.cleaned = cleaned
    }

    /// Creates an article from scraped plain text, cleaning it.
    ///
    /// - Parameters:
    ///   - text: The body as scraped, one paragraph or fragment a line.
    ///   - source: The outlet or file name.
    ///   - url: The address, if known.
    ///   - title: The headline, if known; otherwise a headline-shaped first line is taken.
    ///   - published: The publication time, if known.
    ///   - cleaner: The cleaner to use.
    public init(
        plainText text: String, source: String, url: String? = nil, title: String? = nil,
        published: Date? = nil, cleaner: TextCleaner = TextCleaner()
    ) {
        let cleaned = cleaner.clean(text, detectTitle: title == nil)
        self.init(
            source: source, url: url, title: title, published: published, originalText: text,
            cleaned: cleaned)
    }
}
