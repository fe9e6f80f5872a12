import Foundation
import GRDB
import ParallaxCore

/// The default store: one SQLite file through GRDB, in WAL mode, with migrations.
///
/// Every batch is one transaction, so a process killed mid-run leaves whole batches behind and
/// a rerun stores the rest: each article ends up stored exactly once.
public struct SQLiteStore: ArticleStore {
    let pool: DatabasePool

    /// Opens, or creates, the store at `path`.
    ///
    /// - Throws: when the file cannot be opened or is not a Parallax store.
    public init(path: String) throws {
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        pool = try DatabasePool(path: path, configuration: configuration)
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE source (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE);
                    CREATE TABLE run (
                        id INTEGER PRIMARY KEY, started REAL NOT NULL, finished REAL, inputs TEXT NOT NULL,
                        stored INTEGER, duplicates INTEGER, revisions INTEGER, rejected INTEGER);
                    CREATE TABLE article (
                        id TEXT PRIMARY KEY, source INTEGER NOT NULL REFERENCES source(id), url TEXT,
                        revision INTEGER NOT NULL DEFAULT 1, title TEXT, published REAL, modified REAL,
                        original_text TEXT NOT NULL, cleaned_text TEXT NOT NULL, removals TEXT NOT NULL,
                        ingested REAL NOT NULL, run INTEGER REFERENCES run(id));
                    CREATE INDEX article_url ON article(url);
                    CREATE INDEX article_published ON article(published);
                    CREATE INDEX article_source ON article(source);
                    CREATE TABLE rejected (
                        id INTEGER PRIMARY KEY, run INTEGER REFERENCES run(id), origin TEXT NOT NULL,
                        reason TEXT NOT NULL, at REAL NOT NULL);
                    """)
        }
        migrator.registerMigration("v2 feeds") { db in
            try db.execute(
                sql: """
                    CREATE TABLE feed (
                        url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT, checked REAL NOT NULL,
                        status TEXT NOT NULL);
                    """)
        }
        migrator.registerMigration("v3 stories") { db in
            try db.execute(
                sql: """
                    CREATE TABLE story (
                        id INTEGER PRIMARY KEY, headline TEXT NOT NULL, created REAL NOT NULL,
                        merged_into INTEGER REFERENCES story(id));
                    CREATE TABLE membership (
                        article TEXT PRIMARY KEY REFERENCES article(id),
                        story INTEGER NOT NULL REFERENCES story(id), similarity REAL NOT NULL,
                        why TEXT NOT NULL, copy_of TEXT);
                    CREATE INDEX membership_story ON membership(story);
                    CREATE INDEX article_ingested ON article(ingested);
                    """)
        }
        migrator.registerMigration("v4 story activity") { db in
            try db.execute(
                sql:
                    "CREATE INDEX article_activity ON article(COALESCE(published, ingested), id)")
        }
        migrator.registerMigration("v5 dates by the day") { db in
            // Articles stored before it read as timed: whether their source gave a time is
            // not known.
            try db.execute(
                sql:
                    "ALTER TABLE article ADD COLUMN published_day_only INTEGER NOT NULL DEFAULT 0")
        }
        return migrator
    }

    public func save(_ articles: [Article], run: Int64?) async throws -> [SaveOutcome] {
        let now = Date().timeIntervalSince1970
        let encoder = JSONEncoder()
        let rows = try articles.map { article in
            (article, String(decoding: try encoder.encode(article.cleaned.removals), as: UTF8.self))
        }
        return try await pool.write { db in
            var outcomes: [SaveOutcome] = []
            var sources: [String: Int64] = [:]
            for (article, removals) in rows {
                if try Bool.fetchOne(
                    db, sql: "SELECT 1 FROM article WHERE id = ?", arguments: [article.id.rawValue])
                    == true
                {
                    outcomes.append(.duplicate)
                    continue
                }
                let source: Int64
                if let known = sources[article.source] {
                    source = known
                } else {
                    try db.execute(
                        sql: "INSERT OR IGNORE INTO source(name) VALUES (?)",
                        arguments: [article.source])
                    source = try Int64.fetchOne(
                        db, sql: "SELECT id FROM source WHERE name = ?", arguments: [article.source]
                    )!
                    sources[article.source] = source
                }
                var revision = 1
                if let url = article.url {
                    revision =
                        (try Int.fetchOne(
                            db, sql: "SELECT MAX(revision) FROM article WHERE url = ?",
                            arguments: [url]) ?? 0) + 1
                }
                try db.execute(
                    sql: """
                        INSERT INTO article(id, source, url, revision, title, published, published_day_only,
                            modified, original_text, cleaned_text, removals, ingested, run)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                        """,
                    arguments: [
                        article.id.rawValue, source, article.url, revision, article.title,
                        article.published?.timeIntervalSince1970, article.publishedDayOnly,
                        article.modified?.timeIntervalSince1970,
                        article.originalText, article.cleanedText, removals, now, run,
                    ])
                outcomes.append(revision > 1 ? .revision : .stored)
            }
            return outcomes
        }
    }

    public func reject(_ rejections: [(origin: String, reason: String)], run: Int64?) async throws {
        guard !rejections.isEmpty else { return }
        let now = Date().timeIntervalSince1970
        try await pool.write { db in
            for rejection in rejections {
                try db.execute(
                    sql: "INSERT INTO rejected(run, origin, reason, at) VALUES (?, ?, ?, ?)",
                    arguments: [run, rejection.origin, rejection.reason, now])
            }
        }
    }

    public func beginRun(inputs: [String]) async throws -> Int64 {
        try await pool.write { db in
            try db.execute(
                sql: "INSERT INTO run(started, inputs) VALUES (?, ?)",
                arguments: [Date().timeIntervalSince1970, inputs.joined(separator: "\n")])
            return db.lastInsertedRowID
        }
    }

    public func finishRun(_ run: Int64, totals: IngestTotals) async throws {
        try await pool.write { db in
            try db.execute(
                sql:
                    "UPDATE run SET finished = ?, stored = ?, duplicates = ?, revisions = ?, rejected = ? WHERE id = ?",
                arguments: [
                    Date().timeIntervalSince1970, totals.stored, totals.duplicates,
                    totals.revisions,
                    totals.rejected, run,
                ])
        }
    }

    public func articles(matching query: ArticleQuery) async throws -> [StoredArticle] {
        try await pool.read { db in
            var conditions: [String] = []
            var arguments: StatementArguments = []
            if let source = query.source {
                conditions.append("source.name = ?")
                arguments += [source]
            }
            if let since = query.since {
                conditions.append("article.published >= ?")
                arguments += [since.timeIntervalSince1970]
            }
            if let until = query.until {
                conditions.append("article.published < ?")
                arguments += [until.timeIntervalSince1970]
            }
            if let text = query.text {
                conditions.append(
                    "(article.title LIKE ? ESCAPE '\\' OR article.cleaned_text LIKE ? ESCAPE '\\')")
                let pattern = ArticleQuery.likePattern(containing: text)
                arguments += [pattern, pattern]
            }
            let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
            arguments += [query.limit]
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT article.id, source.name, article.url, article.title, article.published,
                        article.revision, article.cleaned_text, article.ingested,
                        article.published_day_only
                    FROM article JOIN source ON source.id = article.source \(filter)
                    ORDER BY article.published DESC, article.ingested DESC LIMIT ?
                    """,
                arguments: arguments)
            return rows.map(Self.article)
        }
    }

    /// An article of a row whose first eight columns are id, source name, url, title,
    /// published, revision, cleaned text and ingested, with a `published_day_only` column.
    static func article(_ row: Row) -> StoredArticle {
        StoredArticle(
            id: row[0], source: row[1], url: row[2], title: row[3],
            published: (row[4] as Double?).map(Date.init(timeIntervalSince1970:)), revision: row[5],
            cleanedText: row[6], ingested: Date(timeIntervalSince1970: row[7]),
            publishedDayOnly: row["published_day_only"])
    }

    public func count() async throws -> Int {
        try await pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0 }
    }

    /// Whether SQLite finds the file sound.
    public func feedState(url: String) async throws -> FeedState? {
        try await pool.read { db in
            try Row.fetchOne(
                db, sql: "SELECT etag, last_modified, checked, status FROM feed WHERE url = ?",
                arguments: [url]
            ).map { row in
                FeedState(
                    url: url, etag: row[0], lastModified: row[1],
                    checked: Date(timeIntervalSince1970: row[2]), status: row[3])
            }
        }
    }

    public func saveFeedState(_ state: FeedState) async throws {
        try await pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO feed(url, etag, last_modified, checked, status) VALUES (?, ?, ?, ?, ?)
                    ON CONFLICT(url) DO UPDATE SET etag = excluded.etag,
                        last_modified = excluded.last_modified, checked = excluded.checked,
                        status = excluded.status
                    """,
                arguments: [
                    state.url, state.etag, state.lastModified, state.checked.timeIntervalSince1970,
                    state.status,
                ])
        }
    }

    public func storedURLs(among urls: [String]) async throws -> Set<String> {
        guard !urls.isEmpty else { return [] }
        return try await pool.read { db in
            var found: Set<String> = []
            for url in Set(urls)
            where try Bool.fetchOne(
                db, sql: "SELECT 1 FROM article WHERE url = ? LIMIT 1", arguments: [url]) == true
            {
                found.insert(url)
            }
            return found
        }
    }

    public func integrityCheck() async throws -> Bool {
        try await pool.read { db in try String.fetchOne(db, sql: "PRAGMA integrity_check") == "ok" }
    }

    /// The rejections recorded, oldest first.
    public func rejections() async throws -> [(origin: String, reason: String)] {
        try await pool.read { db in
            try Row.fetchAll(db, sql: "SELECT origin, reason FROM rejected ORDER BY id").map {
                ($0[0], $0[1])
            }
        }
    }
}
