import Foundation
import ParallaxCore
import PostgresNIO

extension PostgresStore {
    public func createStories(headlines: [String]) async throws -> [Int64] {
        let now = Date().timeIntervalSince1970
        var ids: [Int64] = []
        for headline in headlines {
            for try await id in try await client.query(
                "INSERT INTO story(headline, created) VALUES (\(headline), \(now)) RETURNING id",
                logger: logger
            ).decode(Int64.self) {
                ids.append(id)
            }
        }
        return ids
    }

    public func saveMemberships(_ memberships: [StoryMembership]) async throws {
        guard !memberships.isEmpty else { return }
        try await client.withTransaction(logger: logger) { connection in
            for membership in memberships {
                try await connection.query(
                    """
                    INSERT INTO membership(article, story, similarity, why, copy_of)
                    VALUES (\(membership.article), \(membership.story), \(membership.similarity), \(membership.why), \(membership.copyOf))
                    ON CONFLICT (article) DO UPDATE SET story = EXCLUDED.story, similarity = EXCLUDED.similarity,
                        why = EXCLUDED.why, copy_of = EXCLUDED.copy_of
                    """, logger: logger)
            }
        }
    }

    public func mergeStory(_ absorbed: Int64, into target: Int64) async throws {
        guard absorbed != target else { return }
        try await client.withTransaction(logger: logger) { connection in
            try await connection.query(
                "UPDATE membership SET story = \(target) WHERE story = \(absorbed)", logger: logger)
            try await connection.query(
                "UPDATE story SET merged_into = \(target) WHERE id = \(absorbed) OR merged_into = \(absorbed)",
                logger: logger)
        }
    }

    private func fetchStories(_ sql: String, _ bindings: PostgresBindings) async throws
        -> [StoredStory]
    {
        var result: [StoredStory] = []
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        for try await (id, headline, first, last, articles, sources, copies, merged) in rows.decode(
            (Int64, String, Double?, Double?, Int, Int, Int, Int64?).self)
        {
            result.append(
                StoredStory(
                    id: id, headline: headline, first: first.map(Date.init(timeIntervalSince1970:)),
                    last: last.map(Date.init(timeIntervalSince1970:)), articles: articles,
                    sources: sources, copies: copies, mergedInto: merged))
        }
        return result
    }

    public func stories(matching query: StoryQuery) async throws -> [StoredStory] {
        // Only placeholders are spliced into the SQL; every value is bound.
        try await StoryListing.page(
            query,
            walk: { offset, count in
                let (sql, values) = StorySQL.walk(
                    query, like: "ILIKE", count: count, offset: offset)
                var bindings = PostgresBindings()
                for value in values { Self.bind(value, to: &bindings) }
                var steps: [StoryListing.Step] = []
                let rows = try await client.query(
                    PostgresQuery(unsafeSQL: StorySQL.numbered(sql), binds: bindings),
                    logger: logger)
                for try await (story, activity) in rows.decode((Int64, Double).self) {
                    steps.append((story, activity))
                }
                return steps
            },
            aggregate: { ids in
                let (sql, values) = StorySQL.page(query, ids: "story.id = ANY(?)")
                var bindings = PostgresBindings()
                bindings.append(ids)
                for value in values { Self.bind(value, to: &bindings) }
                return try await fetchStories(StorySQL.numbered(sql), bindings)
            })
    }

    static func bind(_ value: StorySQL.Value, to bindings: inout PostgresBindings) {
        switch value {
        case .text(let text): bindings.append(text)
        case .integer(let integer): bindings.append(integer)
        case .real(let real): bindings.append(real)
        }
    }

    public func story(_ id: Int64) async throws -> StoredStory? {
        var bindings = PostgresBindings()
        bindings.append(id)
        return try await fetchStories(
            "\(StorySQL.storyColumns) WHERE story.id = $1 GROUP BY story.id", bindings
        )
        .first
    }

    public func article(_ id: String) async throws -> ArticleRecord? {
        var bindings = PostgresBindings()
        bindings.append(id)
        let rows = try await client.query(
            PostgresQuery(
                unsafeSQL: StorySQL.articleRecord.replacingOccurrences(of: "?", with: "$1"),
                binds: bindings), logger: logger)
        for try await (
            id, source, url, title, published, revision, text, ingested, original, removals, story,
            similarity, why, copy, dayOnly
        )
            in rows.decode(
                (
                    String, String, String?, String?, Double?, Int, String, Double, String, String,
                    Int64?, Double?, String?, String?, Bool
                ).self)
        {
            return ArticleRecord(
                article: StoredArticle(
                    id: id, source: source, url: url, title: title,
                    published: published.map(Date.init(timeIntervalSince1970:)),
                    revision: revision, cleanedText: text,
                    ingested: Date(timeIntervalSince1970: ingested), publishedDayOnly: dayOnly),
                originalText: original,
                removed: try JSONDecoder().decode([Removal].self, from: Data(removals.utf8)),
                membership: story.map {
                    StoryMembership(
                        article: id, story: $0, similarity: similarity ?? 0, why: why ?? "",
                        copyOf: copy)
                })
        }
        return nil
    }

    private func fetchStoryArticles(_ sql: String, _ bindings: PostgresBindings) async throws
        -> [StoryArticle]
    {
        var result: [StoryArticle] = []
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        for try await (
            id, source, url, title, published, revision, text, ingested, story, similarity, why,
            copy, original, dayOnly
        )
            in rows.decode(
                (
                    String, String, String?, String?, Double?, Int, String, Double, Int64, Double,
                    String, String?, String, Bool
                ).self)
        {
            result.append(
                StoryArticle(
                    article: StoredArticle(
                        id: id, source: source, url: url, title: title,
                        published: published.map(Date.init(timeIntervalSince1970:)),
                        revision: revision,
                        cleanedText: text, ingested: Date(timeIntervalSince1970: ingested),
                        publishedDayOnly: dayOnly),
                    membership: StoryMembership(
                        article: id, story: story, similarity: similarity, why: why, copyOf: copy),
                    originalText: original))
        }
        return result
    }

    public func storyArticles(_ id: Int64) async throws -> [StoryArticle] {
        var bindings = PostgresBindings()
        bindings.append(id)
        return try await fetchStoryArticles(
            """
            \(StorySQL.storyArticleColumns) WHERE membership.story = $1
            ORDER BY \(StorySQL.activity), article.id
            """, bindings)
    }

    public func recentStoryArticles(since date: Date, before end: Date?, limit: Int) async throws
        -> [StoryArticle]
    {
        var bindings = PostgresBindings()
        bindings.append(date.timeIntervalSince1970)
        bindings.append(StorySQL.bound(end))
        bindings.append(limit)
        return try await fetchStoryArticles(
            """
            \(StorySQL.storyArticleColumns)
            WHERE \(StorySQL.activity) >= $1 AND \(StorySQL.activity) < $2
            ORDER BY \(StorySQL.activity) DESC LIMIT $3
            """, bindings
        ).reversed()
    }

    public func unplacedArticles(limit: Int) async throws -> [StoredArticle] {
        var bindings = PostgresBindings()
        bindings.append(limit)
        return try await fetchArticles(StorySQL.unplaced(limit: "$1"), bindings)
    }
}
