import Foundation
import ParallaxCore
import ParallaxStore

/// What the story list template reads.
struct StoryListPage {
    struct Item {
        var href: String
        var headline: String
        var span: String
        var counts: String
        var contest: String
        var contested: Bool
    }

    var stories: [Item]
    var q: String
    var source: String
    var since: String
    var until: String
    var previous: String?
    var next: String?
    var empty: Bool

    init(_ stories: [(StoredStory, Contest?)], filters: StoryFilters, hasMore: Bool) {
        self.stories = stories.map { story, contest in
            Item(
                href: "/stories/\(story.id)", headline: story.headline,
                span: story.span,
                counts:
                    "\(story.articles) article\(story.articles == 1 ? "" : "s"), \(story.sources) source\(story.sources == 1 ? "" : "s")"
                    + (story.copies > 0
                        ? ", \(story.copies) cop\(story.copies == 1 ? "y" : "ies")" : ""),
                contest: contest?.words ?? "not compared (one original article)",
                contested: (contest?.contradictions ?? 0) > 0)
        }
        q = filters.text ?? ""
        source = filters.source ?? ""
        since = filters.sinceText ?? ""
        until = filters.untilText ?? ""
        previous =
            filters.offset > 0
            ? filters.link(path: "/", offset: max(filters.offset - filters.limit, 0)) : nil
        next = hasMore ? filters.link(path: "/", offset: filters.offset + filters.limit) : nil
        empty = stories.isEmpty
    }
}

/// What the article template reads: the cleaned text beside what was removed and why.
struct ArticlePage {
    struct Removed {
        var line: Int
        var reason: String
        var text: String
        var explanation: String
    }

    var id: String
    var source: String
    var title: String
    /// The article's address, shown as a link only when it is http or https.
    var url: String?
    var link: Bool
    var published: String
    var ingested: String
    var revision: Int
    var storyHref: String?
    var story: String?
    var paragraphs: [String]
    var removed: [Removed]
    var original: String

    init(_ record: ArticleRecord) {
        let article = record.article
        id = article.id
        source = article.source
        title = article.title ?? article.id
        url = article.url
        let scheme = article.url.flatMap { URLComponents(string: $0)?.scheme?.lowercased() }
        link = scheme == "http" || scheme == "https"
        published = article.publishedDate?.text ?? "undated"
        ingested = article.ingested.formatted(.iso8601)
        revision = article.revision
        storyHref = record.membership.map { "/stories/\($0.story)" }
        story = record.membership.map {
            "story \($0.story)" + ($0.copyOf == nil ? "" : ", a copy of \($0.copyOf!)")
        }
        paragraphs = article.cleanedText.split(separator: "\n").map(String.init)
        removed = record.removed.map {
            Removed(
                line: $0.line, reason: $0.reason.rawValue, text: $0.text,
                explanation: $0.explanation)
        }
        original = record.originalText
    }
}

/// The filters and page of a story listing, read from a request's query and written back into
/// links.
struct StoryFilters: Sendable {
    var text: String?
    var source: String?
    var sinceText: String?
    var untilText: String?
    var since: Date?
    var until: Date?
    var limit: Int
    var offset: Int

    /// Reads `q`, `source`, `since`, `until`, `limit` and `offset`; a bad value is a 400 that
    /// names it.
    init(_ query: [String: String], settings: ServerSettings) throws {
        func nonEmpty(_ key: String) -> String? {
            guard let value = query[key]?.trimmingCharacters(in: .whitespaces), !value.isEmpty
            else { return nil }
            return value
        }
        text = nonEmpty("q")
        source = nonEmpty("source")
        sinceText = nonEmpty("since")
        untilText = nonEmpty("until")
        func date(_ key: String, _ text: String?) throws -> Date? {
            guard let text else { return nil }
            guard let date = PlainTextArticle.parseDate(text) else {
                throw ServerError.badRequest(
                    "\(key)=\(text) is not a date; write it as 2026-03-14 or in ISO 8601")
            }
            return date
        }
        since = try date("since", sinceText)
        until = try date("until", untilText)
        func number(_ key: String, _ fallback: Int, _ range: ClosedRange<Int>) throws -> Int {
            guard let text = nonEmpty(key) else { return fallback }
            guard let value = Int(text), range.contains(value) else {
                throw ServerError.badRequest(
                    "\(key)=\(text) is not a whole number from \(range.lowerBound) to \(range.upperBound)"
                )
            }
            return value
        }
        limit = try number("limit", settings.pageSize, 1...settings.maxPageSize)
        offset = try number("offset", 0, 0...1_000_000_000)
    }

    /// The store query, asking one story more than the page holds to know if there is more.
    var query: StoryQuery {
        StoryQuery(
            since: since, until: until, text: text, source: source, limit: limit + 1,
            offset: offset)
    }

    /// A link to the same listing at `offset`.
    func link(path: String, offset: Int) -> String {
        // Only unreserved characters stay as they are, so a value holding & = + # cannot
        // change the query's shape.
        let unreserved = CharacterSet(
            charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")
        var items: [String] = []
        for (key, value) in [
            ("q", text), ("source", source), ("since", sinceText), ("until", untilText),
            ("limit", String(limit)), ("offset", String(offset)),
        ] {
            guard let value else { continue }
            items.append(
                key + "=" + (value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""))
        }
        return path + "?" + items.joined(separator: "&")
    }
}
