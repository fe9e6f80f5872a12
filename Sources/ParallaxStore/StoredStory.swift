import Foundation
import ParallaxCore

/// A story as the store keeps it: its id, headline and what its articles add up to.
public struct StoredStory: Sendable, Hashable, Codable {
    /// The story's id, given once and never changed.
    public var id: Int64
    /// The headline of its first article.
    public var headline: String
    /// The first and last publication dates of its articles, if dated.
    public var first: Date?
    public var last: Date?
    public var articles: Int
    /// The number of distinct outlets.
    public var sources: Int
    /// Articles that copy another of the story.
    public var copies: Int
    /// The story it was merged into, if it was.
    public var mergedInto: Int64?
}

extension StoredStory {
    /// The days its articles were published, as "2026-03-13 to 2026-03-15" (one date when they
    /// are the same), or "undated".
    public var span: String {
        guard let first, let last else { return "undated" }
        let format = Date.ISO8601FormatStyle().year().month().day()
        let start = first.formatted(format)
        let end = last.formatted(format)
        return start == end ? start : "\(start) to \(end)"
    }
}

/// An article's place in a story, and why it is there.
public struct StoryMembership: Sendable, Hashable, Codable {
    public var article: String
    public var story: Int64
    /// The similarity that decided it.
    public var similarity: Double
    /// Why, in words: the shared names and terms, or the article copied.
    public var why: String
    /// The article it copies, if it is a copy.
    public var copyOf: String?

    public init(article: String, story: Int64, similarity: Double, why: String, copyOf: String?) {
        self.article = article
        self.story = story
        self.similarity = similarity
        self.why = why
        self.copyOf = copyOf
    }
}

/// A stored article with its place in its story.
public struct StoryArticle: Sendable, Hashable, Codable {
    public var article: StoredArticle
    public var membership: StoryMembership
    /// The text as it arrived, for comparing the story's articles again.
    public var originalText: String
}

/// A filter over stories.
public struct StoryQuery: Sendable, Hashable {
    /// Only stories with an article published at or after this time.
    public var since: Date?
    /// Only stories with an article published before this time.
    public var until: Date?
    /// Only stories whose headline contains this (case-insensitive).
    public var text: String?
    /// Only stories with an article from this source (outlet).
    public var source: String?
    /// Only stories with at least this many articles.
    public var minimumArticles = 1
    public var limit = 50
    /// How many matching stories to skip first, for paging.
    public var offset = 0

    public init(
        since: Date? = nil, until: Date? = nil, text: String? = nil, source: String? = nil,
        minimumArticles: Int = 1, limit: Int = 50, offset: Int = 0
    ) {
        self.since = since
        self.until = until
        self.text = text
        self.source = source
        self.minimumArticles = minimumArticles
        self.limit = limit
        self.offset = offset
    }
}

/// One stored article in full: as it arrived, as cleaned, what cleaning removed and why, and
/// its place in a story if it has one.
public struct ArticleRecord: Sendable, Hashable, Codable {
    public var article: StoredArticle
    /// The text as it arrived.
    public var originalText: String
    /// What cleaning removed from it, with the reasons.
    public var removed: [Removal]
    /// Its place in a story, if it was placed.
    public var membership: StoryMembership?
}

/// The SQL both stores read stories and articles with: the same text runs on SQLite and
/// PostgreSQL.
enum StorySQL {
    /// When an article happened for grouping: its publication date, or when undated, when it
    /// was ingested. Both stores index this expression (`article_activity`).
    static let activity = "COALESCE(article.published, article.ingested)"

    /// The end of a range of `activity`: none is after every date.
    static func bound(_ end: Date?) -> Double {
        end?.timeIntervalSince1970 ?? .greatestFiniteMagnitude
    }

    /// A story with what its articles add up to; add `WHERE …` and `GROUP BY story.id`.
    static let storyColumns = """
        SELECT story.id, story.headline, MIN(article.published), MAX(article.published),
            COUNT(article.id), COUNT(DISTINCT article.source), COUNT(membership.copy_of), story.merged_into
        FROM story LEFT JOIN membership ON membership.story = story.id
            LEFT JOIN article ON article.id = membership.article
        """

    /// An article with its place in its story and its original text; add `WHERE …`.
    static let storyArticleColumns = """
        SELECT article.id, source.name, article.url, article.title, article.published, article.revision,
            article.cleaned_text, article.ingested, membership.story, membership.similarity,
            membership.why, membership.copy_of, article.original_text, article.published_day_only
        FROM membership JOIN article ON article.id = membership.article
            JOIN source ON source.id = article.source
        """

    /// The stories of the articles, most recently active first: the walk of ``StoryListing``,
    /// through the stories that pass `conditions` (on `story`; each `?` bound in order), then
    /// the limit and the offset. The index `article_activity` keeps it from sorting, and the
    /// id makes the order total, so that batches neither skip nor repeat tied articles.
    static func activityWalk(_ conditions: [String]) -> String {
        """
        SELECT membership.story, \(activity)
        FROM article JOIN membership ON membership.article = article.id
            JOIN story ON story.id = membership.story
        WHERE \((["story.merged_into IS NULL"] + conditions).joined(separator: " AND "))
        ORDER BY \(activity) DESC, article.id DESC
        LIMIT ? OFFSET ?
        """
    }

    /// A value for one `?` of the listing's SQL, which each store binds its own way.
    enum Value: Sendable {
        case text(String)
        case integer(Int)
        case real(Double)
    }

    /// The walk of a listing: its SQL, then the values of its `?`s in order (the filters', then
    /// `count` and `offset`). `like` is the store's case-insensitive LIKE.
    static func walk(_ query: StoryQuery, like: String, count: Int, offset: Int) -> (
        sql: String, values: [Value]
    ) {
        // Headline and source filters narrow the walk itself, so that a listing few stories
        // pass does not aggregate every story on the way.
        var conditions: [String] = []
        var values: [Value] = []
        if let text = query.text {
            conditions.append("story.headline \(like) ? ESCAPE '\\'")
            values.append(.text(ArticleQuery.likePattern(containing: text)))
        }
        if let source = query.source {
            conditions.append(storiesFromSource)
            values.append(.text(source))
        }
        return (activityWalk(conditions), values + [.integer(count), .integer(offset)])
    }

    /// The stories of one walk's batch, aggregated and kept when they pass the listing's other
    /// filters: the SQL, with `ids` (a condition on `story.id` whose placeholders come first),
    /// then the values of the other `?`s in order. The walk already applied the headline and
    /// source filters.
    static func page(_ query: StoryQuery, ids: String) -> (sql: String, values: [Value]) {
        var having = ["COUNT(article.id) >= ?"]
        var values: [Value] = [.integer(query.minimumArticles)]
        if let since = query.since {
            having.append("MAX(article.published) >= ?")
            values.append(.real(since.timeIntervalSince1970))
        }
        if let until = query.until {
            having.append("MIN(article.published) < ?")
            values.append(.real(until.timeIntervalSince1970))
        }
        return (
            """
            \(storyColumns) WHERE story.merged_into IS NULL AND \(ids)
            GROUP BY story.id HAVING \(having.joined(separator: " AND "))
            """, values
        )
    }

    /// `sql` with its `?` placeholders numbered `$1`, `$2`… in order, for PostgreSQL.
    static func numbered(_ sql: String) -> String {
        var result = ""
        var count = 0
        for character in sql {
            if character == "?" {
                count += 1
                result += "$\(count)"
            } else {
                result.append(character)
            }
        }
        return result
    }

    /// The stories with an article from a source; bind the source's name.
    static let storiesFromSource = """
        story.id IN (SELECT membership.story FROM membership
            JOIN article ON article.id = membership.article JOIN source ON source.id = article.source
            WHERE source.name = ?)
        """

    /// One article in full with its place in a story; bind the article's id.
    static let articleRecord = """
        SELECT article.id, source.name, article.url, article.title, article.published, article.revision,
            article.cleaned_text, article.ingested, article.original_text, article.removals,
            membership.story, membership.similarity, membership.why, membership.copy_of,
            article.published_day_only
        FROM article JOIN source ON source.id = article.source
            LEFT JOIN membership ON membership.article = article.id
        WHERE article.id = ?
        """

    /// The articles in no story, oldest first; bind the limit.
    static func unplaced(limit: String) -> String {
        """
        SELECT article.id, source.name, article.url, article.title, article.published, article.revision,
            article.cleaned_text, article.ingested, article.published_day_only
        FROM article JOIN source ON source.id = article.source
            LEFT JOIN membership ON membership.article = article.id
        WHERE membership.article IS NULL
        ORDER BY \(activity), article.id LIMIT \(limit)
        """
    }
}

extension StoryArticle {
    /// The article rebuilt for comparison: its original text cleaned again, a leading header
    /// block read as one (not as body), with the metadata the store kept.
    public var comparable: Article {
        var rebuilt = PlainTextArticle.parse(
            originalText, defaultSource: article.source, title: article.title)
        rebuilt.source = article.source
        rebuilt.url = article.url ?? rebuilt.url
        if let published = article.publishedDate { rebuilt.publishedDate = published }
        return rebuilt
    }
}
