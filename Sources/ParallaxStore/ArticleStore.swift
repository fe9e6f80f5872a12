import Foundation
import ParallaxCore

/// Where articles are kept, whatever the database behind it.
///
/// Saving is idempotent: an article is identified by its content hash, so saving the same
/// article twice stores it once; a different text at an address already stored is kept as a
/// new revision of that address.
public protocol ArticleStore: Sendable {
    /// Saves `articles` in one transaction and says what became of each.
    func save(_ articles: [Article], run: Int64?) async throws -> [SaveOutcome]

    /// Records inputs that could not be read, with their reasons.
    func reject(_ rejections: [(origin: String, reason: String)], run: Int64?) async throws

    /// Starts an ingestion run and returns its number.
    func beginRun(inputs: [String]) async throws -> Int64

    /// Closes run `run` with its totals.
    func finishRun(_ run: Int64, totals: IngestTotals) async throws

    /// The stored articles that match `query`, newest first.
    func articles(matching query: ArticleQuery) async throws -> [StoredArticle]

    /// Article `id` in full (original text, cleaned text, removals, story), or nil if there is
    /// none.
    func article(_ id: String) async throws -> ArticleRecord?

    /// How many articles are stored.
    func count() async throws -> Int

    /// What the store remembers of the feed at `url`, if it was ever polled.
    func feedState(url: String) async throws -> FeedState?

    /// Remembers `state` for its feed, replacing what was remembered.
    func saveFeedState(_ state: FeedState) async throws

    /// Those of `urls` that are already the address of a stored article.
    func storedURLs(among urls: [String]) async throws -> Set<String>

    /// Creates stories with these headlines and returns their new ids, in order.
    func createStories(headlines: [String]) async throws -> [Int64]

    /// Places articles in stories (replacing an article's earlier place).
    func saveMemberships(_ memberships: [StoryMembership]) async throws

    /// Merges story `absorbed` into `target`: its articles move, and it records where they went.
    func mergeStory(_ absorbed: Int64, into target: Int64) async throws

    /// The stories that match `query`, most recent first; merged stories are left out.
    func stories(matching query: StoryQuery) async throws -> [StoredStory]

    /// Story `id` (merged or not), or nil if there is none.
    func story(_ id: Int64) async throws -> StoredStory?

    /// The articles of story `id`, earliest first.
    func storyArticles(_ id: Int64) async throws -> [StoryArticle]

    /// The articles placed in stories that were published at or after `date` (and before
    /// `end`, if given), or ingested then when undated, the most recent `limit` of them in
    /// publication order: what a new ingestion needs to go on grouping where the last one
    /// stopped.
    func recentStoryArticles(since date: Date, before end: Date?, limit: Int) async throws
        -> [StoryArticle]

    /// Stored articles in no story (stored by a run that stopped before placing them), oldest
    /// first.
    func unplacedArticles(limit: Int) async throws -> [StoredArticle]
}

/// What a store remembers of a watched feed between polls: the validators for a conditional
/// GET and how the last poll went.
public struct FeedState: Sendable, Hashable, Codable {
    /// The feed's address as subscribed.
    public var url: String
    /// The `ETag` of the last full answer.
    public var etag: String?
    /// The `Last-Modified` of the last full answer.
    public var lastModified: String?
    /// When the feed was last polled.
    public var checked: Date
    /// How the last poll went: "ok 12 items", "not modified", or the error.
    public var status: String

    public init(
        url: String, etag: String? = nil, lastModified: String? = nil, checked: Date,
        status: String
    ) {
        self.url = url
        self.etag = etag
        self.lastModified = lastModified
        self.checked = checked
        self.status = status
    }
}

/// What saving an article did.
public enum SaveOutcome: String, Sendable, Hashable {
    /// A new article.
    case stored
    /// The same text was already stored.
    case duplicate
    /// A new text at an address already stored: kept as its next revision.
    case revision
}

/// The counts of one ingestion run.
public struct IngestTotals: Sendable, Hashable {
    public var stored = 0
    public var duplicates = 0
    public var revisions = 0
    public var rejected = 0

    public init() {}
}

/// A filter over stored articles.
public struct ArticleQuery: Sendable, Hashable {
    /// Only this source (outlet), if set.
    public var source: String?
    /// Only articles published at or after this time, if set.
    public var since: Date?
    /// Only articles published before this time, if set.
    public var until: Date?
    /// Only articles whose title or text contains this, if set (case-insensitive).
    public var text: String?
    /// At most this many.
    public var limit = 100

    public init(
        source: String? = nil, since: Date? = nil, until: Date? = nil, text: String? = nil,
        limit: Int = 100
    ) {
        self.source = source
        self.since = since
        self.until = until
        self.text = text
        self.limit = limit
    }
}

extension ArticleStore {
    /// The articles placed in stories published (or, undated, ingested) at or after `date`,
    /// the most recent `limit` of them in publication order.
    public func recentStoryArticles(since date: Date, limit: Int) async throws -> [StoryArticle] {
        try await recentStoryArticles(since: date, before: nil, limit: limit)
    }
}

extension ArticleQuery {
    /// A LIKE pattern matching text that contains `text`, its `%`, `_` and `\` escaped so
    /// they match themselves (with `ESCAPE '\'`).
    static func likePattern(containing text: String) -> String {
        let escaped = text.replacingOccurrences(of: "\\", with: "\\\\")
            .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
        return "%" + escaped + "%"
    }
}

/// An article as the store keeps it.
public struct StoredArticle: Sendable, Hashable, Codable {
    public var id: String
    public var source: String
    public var url: String?
    public var title: String?
    public var published: Date?
    /// Which revision of its address this is, from 1.
    public var revision: Int
    public var cleanedText: String
    public var ingested: Date
    /// Whether the source gave only the day of ``published`` (``PublishedDate/isDayOnly``).
    public var publishedDayOnly = false

    /// ``published`` as precisely as the source gave it.
    public var publishedDate: PublishedDate? {
        published.map { PublishedDate($0, isDayOnly: publishedDayOnly) }
    }
}
