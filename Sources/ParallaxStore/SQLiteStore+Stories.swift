import Foundation
import GRDB
import ParallaxCore

extension SQLiteStore {
    public func createStories(headlines: [String]) async throws -> [Int64] {
        let now = Date().timeIntervalSince1970
        return try await pool.write { db in
            try headlines.map { headline in
                try db.execute(
                    sql: "INSERT INTO story(headline, created) VALUES (?, ?)",
                    arguments: [headline, now])
                return db.lastInsertedRowID
            }
        }
    }

    public func saveMemberships(_ memberships: [StoryMembership]) async throws {
        guard !memberships.isEmpty else { return }
        try await pool.write { db in
            for membership in memberships {
                try db.execute(
                    sql: """
                        INSERT INTO membership(article, story, similarity, why, copy_of) VALUES (?, ?, ?, ?, ?)
                        ON CONFLICT(article) DO UPDATE SET story = excluded.story,
                            similarity = excluded.similarity, why = excluded.why, copy_of = excluded.copy_of
                        """,
                    arguments: [
                        membership.article, membership.story, membership.similarity, membership.why,
                        membership.copyOf,
                    ])
            }
        }
    }

    public func mergeStory(_ absorbed: Int64, into target: Int64) async throws {
        guard absorbed != target else { return }
        try await pool.write { db in
            try db.execute(
                sql: "UPDATE membership SET story = ? WHERE story = ?",
                arguments: [target, absorbed])
            try db.execute(
                sql: "UPDATE story SET merged_into = ? WHERE id = ?", arguments: [target, absorbed])
            // Stories merged into the absorbed one follow it.
            try db.execute(
                sql: "UPDATE story SET merged_into = ? WHERE merged_into = ?",
                arguments: [target, absorbed])
        }
    }

    static func story(_ row: Row) -> StoredStory {
        StoredStory(
            id: row[0], headline: row[1],
            first: (row[2] as Double?).map(Date.init(timeIntervalSince1970:)),
            last: (row[3] as Double?).map(Date.init(timeIntervalSince1970:)), articles: row[4],
            sources: row[5], copies: row[6], mergedInto: row[7])
    }

    public func stories(matching query: StoryQuery) async throws -> [StoredStory] {
        try await StoryListing.page(
            query,
            walk: { offset, count in
                // Headline and source filters narrow the walk itself, so that a listing few
                // stories pass does not aggregate every story on the way.
                var conditions: [String] = []
                var arguments: StatementArguments = []
                if let text = query.text {
                    conditions.append("story.headline LIKE ? ESCAPE '\\'")
                    arguments += [ArticleQuery.likePattern(containing: text)]
                }
                if let source = query.source {
                    conditions.append(StorySQL.storiesFromSource)
                    arguments += [source]
                }
                arguments += [count, offset]
                let (sql, bound) = (StorySQL.activityWalk(conditions), arguments)
                return try await pool.read { db in
                    try Row.fetchAll(db, sql: sql, arguments: bound).map { ($0[0], $0[1]) }
                }
            },
            aggregate: { ids in
                try await pool.read { db in
                    let conditions = [
                        "story.merged_into IS NULL",
                        "story.id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))",
                    ]
                    // The walk passed only stories the headline and source filters let through.
                    var arguments = StatementArguments(ids)
                    var having = ["COUNT(article.id) >= ?"]
                    arguments += [query.minimumArticles]
                    if let since = query.since {
                        having.append("MAX(article.published) >= ?")
                        arguments += [since.timeIntervalSince1970]
                    }
                    if let until = query.until {
                        having.append("MIN(article.published) < ?")
                        arguments += [until.timeIntervalSince1970]
                    }
                    // Only placeholders are spliced into this text; every value is bound.
                    return try Row.fetchAll(
                        db,
                        sql: """
                            \(StorySQL.storyColumns) WHERE \(conditions.joined(separator: " AND "))
                            GROUP BY story.id HAVING \(having.joined(separator: " AND "))
                            """, arguments: arguments
                    ).map(Self.story)
                }
            })
    }

    public func story(_ id: Int64) async throws -> StoredStory? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "\(StorySQL.storyColumns) WHERE story.id = ? GROUP BY story.id",
                arguments: [id]
            ).map(Self.story)
        }
    }

    public func article(_ id: String) async throws -> ArticleRecord? {
        try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: StorySQL.articleRecord, arguments: [id])
            else { return nil }
            let story: Int64? = row[10]
            return ArticleRecord(
                article: Self.article(row), originalText: row[8],
                removed: try JSONDecoder().decode(
                    [Removal].self, from: Data((row[9] as String).utf8)),
                membership: story.map {
                    StoryMembership(
                        article: id, story: $0, similarity: row[11], why: row[12], copyOf: row[13])
                })
        }
    }

    static func storyArticle(_ row: Row) -> StoryArticle {
        let id: String = row[0]
        return StoryArticle(
            article: StoredArticle(
                id: id, source: row[1], url: row[2], title: row[3],
                published: (row[4] as Double?).map(Date.init(timeIntervalSince1970:)),
                revision: row[5], cleanedText: row[6], ingested: Date(timeIntervalSince1970: row[7])
            ),
            membership: StoryMembership(
                article: id, story: row[8], similarity: row[9], why: row[10], copyOf: row[11]),
            originalText: row[12])
    }

    public func storyArticles(_ id: Int64) async throws -> [StoryArticle] {
        try await pool.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    \(StorySQL.storyArticleColumns) WHERE membership.story = ?
                    ORDER BY COALESCE(article.published, article.ingested), article.id
                    """, arguments: [id]
            ).map(Self.storyArticle)
        }
    }

    public func recentStoryArticles(since date: Date, limit: Int) async throws -> [StoryArticle] {
        try await pool.read { db in
            let time = date.timeIntervalSince1970
            return try Row.fetchAll(
                db,
                sql: """
                    \(StorySQL.storyArticleColumns)
                    WHERE article.published >= ? OR (article.published IS NULL AND article.ingested >= ?)
                    ORDER BY COALESCE(article.published, article.ingested) DESC LIMIT ?
                    """, arguments: [time, time, limit]
            ).map(Self.storyArticle).reversed()
        }
    }

    public func unplacedArticles(limit: Int) async throws -> [StoredArticle] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: StorySQL.unplaced(limit: "?"), arguments: [limit])
                .map(Self.article)
        }
    }
}
