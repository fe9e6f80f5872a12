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
    /// Whether the source gave only the day of ``published``, whose time of day (noon UTC) then
    /// stands in for one not given (``PublishedDate``).
    public var publishedDayOnly: Bool
    /// When the article was last modified, when known.
    public var modified: Date?
    /// The text as it arrived, for display and audit.
    public var originalText: String
    /// The body after cleaning, with what was removed and why.
    public var cleaned: CleanedText

    /// The cleaned body as one string, a paragraph a line.
    public var cleanedText: String { cleaned.text }

    /// ``published`` as precisely as the source gave it.
    public var publishedDate: PublishedDate? {
        get { published.map { PublishedDate($0, isDayOnly: publishedDayOnly) } }
        set {
            published = newValue?.date
            publishedDayOnly = newValue?.isDayOnly ?? false
        }
    }

    /// `title` where it can be a headline, without the spaces around it ("… Facilities news\t"):
    /// not where it is empty or page furniture, such as a date stamp ("9 / 10 / 2010 @ 1:
    /// 19PM") that a scraper took for the title.
    static func headline(_ title: String?) -> String? {
        guard let title = title?.trimmingCharacters(in: .whitespacesAndNewlines), !title.isEmpty,
            ChromeDetector.reason(for: title) == nil
        else { return nil }
        return title
    }

    /// Creates an article from a body already cleaned.
    public init(
        id: ArticleID? = nil, source: String, url: String? = nil, title: String? = nil,
        published: Date? = nil, publishedDayOnly: Bool = false, modified: Date? = nil,
        originalText: String, cleaned: CleanedText
    ) {
        self.id = id ?? ArticleID(content: originalText)
        self.source = source
        self.url = url
        let headline = Self.headline(title)
        self.title = headline ?? cleaned.title
        self.published = published
        self.publishedDayOnly = published != nil && publishedDayOnly
        self.modified = modified
        self.originalText = originalText
        self.cleaned = cleaned
        // A page scraped without its date often printed it: the day its stamp gives.
        if published == nil {
            let stamped = PublishedDate.stamped(
                in: cleaned, furniture: headline == nil ? title : nil)
            publishedDate = stamped.published
            if modified == nil { self.modified = stamped.modified?.date }
        }
    }

    /// Creates an article from scraped plain text, cleaning it.
    ///
    /// - Parameters:
    ///   - text: The body as scraped, one paragraph or fragment a line.
    ///   - source: The outlet or file name.
    ///   - url: The address, if known.
    ///   - title: The headline, if known (a date stamp or other page furniture is none);
    ///     otherwise a headline-shaped first line is taken.
    ///   - published: The publication time, if known; else the day of a date stamp that
    ///     cleaning removes from near the top of `text`, if any.
    ///   - publishedDayOnly: Whether `published` gives only the day.
    ///   - cleaner: The cleaner to use.
    public init(
        plainText text: String, source: String, url: String? = nil, title: String? = nil,
        published: Date? = nil, publishedDayOnly: Bool = false,
        cleaner: TextCleaner = TextCleaner()
    ) {
        let cleaned = cleaner.clean(text, detectTitle: Self.headline(title) == nil)
        self.init(
            source: source, url: url, title: title, published: published,
            publishedDayOnly: publishedDayOnly, originalText: text, cleaned: cleaned)
    }

    /// Decodes an article, one encoded before ``publishedDayOnly`` was kept reading as timed.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        id = try container.decode(ArticleID.self, forKey: .id)
        source = try container.decode(String.self, forKey: .source)
        url = try container.decodeIfPresent(String.self, forKey: .url)
        title = try container.decodeIfPresent(String.self, forKey: .title)
        published = try container.decodeIfPresent(Date.self, forKey: .published)
        publishedDayOnly =
            try container.decodeIfPresent(Bool.self, forKey: .publishedDayOnly) ?? false
        modified = try container.decodeIfPresent(Date.self, forKey: .modified)
        originalText = try container.decode(String.self, forKey: .originalText)
        cleaned = try container.decode(CleanedText.self, forKey: .cleaned)
    }
}
