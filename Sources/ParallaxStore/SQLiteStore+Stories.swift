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
        // Only placeholders are spliced into the SQL; every value is bound.
        try await StoryListing.page(
            query,
            walk: { offset, count in
                let (sql, values) = StorySQL.walk(query, like: "LIKE", count: count, offset: offset)
                return try await pool.read { db in
                    try Row.fetchAll(db, sql: sql, arguments: Self.arguments(values)).map {
                        ($0[0], $0[1])
                    }
                }
            },
            aggregate: { ids in
                let (sql, values) = StorySQL.page(
                    query,
                    ids:
                        "story.id IN (\(Array(repeating: "?", count: ids.count).joined(separator: ", ")))"
                )
                var arguments = StatementArguments(ids)
                arguments += Self.arguments(values)
                return try await pool.read { [arguments] db in
                    try Row.fetchAll(db, sql: sql, arguments: arguments).map(Self.story)
                }
            })
    }

    static func arguments(_ values: [StorySQL.Value]) -> StatementArguments {
        StatementArguments(
            values.map { value -> any DatabaseValueConvertible in
                switch value {
                case .text(let text): text
                case .integer(let integer): integer
                case .real(let real): real
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
            article: article(row),
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
                    ORDER BY \(StorySQL.activity), article.id
                    """, arguments: [id]
            ).map(Self.storyArticle)
        }
    }

    public func recentStoryArticles(since date: Date, before end: Date?, limit: Int) async throws
        -> [StoryArticle]
    {
        try await pool.read { db in
            let (time, bound) = (date.timeIntervalSince1970, StorySQL.bound(end))
            return try Row.fetchAll(
                db,
                sql: """
                    \(StorySQL.storyArticleColumns)
                    WHERE \(StorySQL.activity) >= ? AND \(StorySQL.activity) < ?
                    ORDER BY \(StorySQL.activity) DESC LIMIT ?
                    """, arguments: [time, bound, limit]
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
