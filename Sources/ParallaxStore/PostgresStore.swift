import Foundation
import Logging
import ParallaxCore
import PostgresNIO

/// A store in PostgreSQL, for several processes or machines sharing one corpus.
///
/// Articles are keyed by their content hash and inserted with `ON CONFLICT DO NOTHING`, so
/// processes ingesting overlapping inputs at once still store each article once. Values are
/// always bound, never spliced into SQL.
public final class PostgresStore: ArticleStore {
    let client: PostgresClient
    private let runner: Task<Void, Never>
    let logger = Logger(label: "parallax.store.postgres")

    /// Connects to the database at `url` (`postgres://user[:password]@host[:port]/database`) and
    /// creates the tables if they are missing.
    ///
    /// - Parameters:
    ///   - url: The database's address.
    ///   - executor: Where the connection pool runs; by default Swift's shared concurrency
    ///     pool. A caller that keeps that pool busy with long synchronous work passes an
    ///     executor of its own, so that connections are not held back past their deadlines.
    /// - Throws: when the address is malformed or the database cannot be reached.
    public init(url: String, executor: (any TaskExecutor)? = nil) async throws {
        guard let components = URLComponents(string: url), let host = components.host,
            ["postgres", "postgresql"].contains(components.scheme ?? "")
        else {
            throw StoreError(
                "\(url): not a PostgreSQL address; write postgres://user@host:port/database")
        }
        let database = String(components.path.drop { $0 == "/" })
        var configuration = PostgresClient.Configuration(
            host: host, port: components.port ?? 5432, username: components.user ?? "postgres",
            password: components.password, database: database.isEmpty ? nil : database,
            tls: .disable)
        configuration.options.connectTimeout = .seconds(5)
        let client = PostgresClient(configuration: configuration)
        self.client = client
        runner = Task(executorPreference: executor) { await client.run() }
        do {
            // The pool retries a refused connection for long; a store that cannot be reached
            // should say so soon.
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await self.migrate() }
                group.addTask {
                    try await Task.sleep(for: Self.connectionDeadline)
                    throw StoreError("no answer within \(Self.connectionDeadline)")
                }
                try await group.next()
                group.cancelAll()
            }
        } catch {
            runner.cancel()
            throw StoreError(
                "\(url): cannot be used as a Parallax store (\(String(reflecting: error)))")
        }
    }

    /// How long opening the store may wait for the database.
    static let connectionDeadline: Duration = .seconds(30)

    deinit { runner.cancel() }

    /// Stops the connection pool.
    public func close() { runner.cancel() }

    private func migrate() async throws {
        try await client.withTransaction(logger: logger) { connection in
            // One migrating process at a time.
            try await connection.query("SELECT pg_advisory_xact_lock(7134713)", logger: logger)
            for statement in [
                "CREATE TABLE IF NOT EXISTS source (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE)",
                """
                CREATE TABLE IF NOT EXISTS run (id BIGSERIAL PRIMARY KEY, started DOUBLE PRECISION NOT NULL,
                    finished DOUBLE PRECISION, inputs TEXT NOT NULL, stored BIGINT, duplicates BIGINT,
                    revisions BIGINT, rejected BIGINT)
                """,
                """
                CREATE TABLE IF NOT EXISTS article (id TEXT PRIMARY KEY, source BIGINT NOT NULL REFERENCES source(id),
                    url TEXT, revision INTEGER NOT NULL DEFAULT 1, title TEXT, published DOUBLE PRECISION,
                    modified DOUBLE PRECISION, original_text TEXT NOT NULL, cleaned_text TEXT NOT NULL,
                    removals TEXT NOT NULL, ingested DOUBLE PRECISION NOT NULL, run BIGINT REFERENCES run(id))
                """,
                // Articles stored before it read as timed: whether their source gave a time is
                // not known.
                """
                ALTER TABLE article ADD COLUMN IF NOT EXISTS published_day_only BOOLEAN NOT NULL
                    DEFAULT FALSE
                """,
                "CREATE INDEX IF NOT EXISTS article_url ON article(url)",
                "CREATE INDEX IF NOT EXISTS article_published ON article(published)",
                """
                CREATE TABLE IF NOT EXISTS feed (url TEXT PRIMARY KEY, etag TEXT, last_modified TEXT,
                    checked DOUBLE PRECISION NOT NULL, status TEXT NOT NULL)
                """,
                """
                CREATE TABLE IF NOT EXISTS story (id BIGSERIAL PRIMARY KEY, headline TEXT NOT NULL,
                    created DOUBLE PRECISION NOT NULL, merged_into BIGINT REFERENCES story(id))
                """,
                """
                CREATE TABLE IF NOT EXISTS membership (article TEXT PRIMARY KEY REFERENCES article(id),
                    story BIGINT NOT NULL REFERENCES story(id), similarity DOUBLE PRECISION NOT NULL,
                    why TEXT NOT NULL, copy_of TEXT)
                """,
                "CREATE INDEX IF NOT EXISTS membership_story ON membership(story)",
                "CREATE INDEX IF NOT EXISTS article_ingested ON article(ingested)",
                "CREATE INDEX IF NOT EXISTS article_activity ON article((COALESCE(published, ingested)), id)",
                """
                CREATE TABLE IF NOT EXISTS rejected (id BIGSERIAL PRIMARY KEY, run BIGINT REFERENCES run(id),
                    origin TEXT NOT NULL, reason TEXT NOT NULL, at DOUBLE PRECISION NOT NULL)
                """,
            ] {
                try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
            }
        }
    }

    public func save(_ articles: [Article], run: Int64?) async throws -> [SaveOutcome] {
        let now = Date().timeIntervalSince1970
        let encoder = JSONEncoder()
        let rows = try articles.map { article in
            (article, String(decoding: try encoder.encode(article.cleaned.removals), as: UTF8.self))
        }
        // Writers ingesting overlapping inputs can deadlock on each other's new rows; PostgreSQL
        // then aborts one transaction, which is simply run again.
        var attempt = 0
        while true {
            do {
                return try await saveOnce(rows, now: now, run: run)
            } catch let error as PSQLError
                where ["40P01", "40001"].contains(error.serverInfo?[.sqlState] ?? "") && attempt < 8
            {
                attempt += 1
                try await Task.sleep(for: .milliseconds(20 * attempt + Int.random(in: 0...40)))
            }
        }
    }

    private func saveOnce(_ rows: [(Article, String)], now: Double, run: Int64?) async throws
        -> [SaveOutcome]
    {
        try await client.withTransaction(logger: logger) { connection in
            var outcomes: [SaveOutcome] = []
            for (article, removals) in rows {
                let name = article.source
                try await connection.query(
                    "INSERT INTO source(name) VALUES (\(name)) ON CONFLICT (name) DO NOTHING",
                    logger: logger)
                var source: Int64 = 0
                for try await id in try await connection.query(
                    "SELECT id FROM source WHERE name = \(name)", logger: logger
                ).decode(Int64.self) {
                    source = id
                }
                var revision = 1
                if let url = article.url {
                    for try await latest in try await connection.query(
                        "SELECT COALESCE(MAX(revision), 0) FROM article WHERE url = \(url)",
                        logger: logger
                    ).decode(Int.self) {
                        revision = latest + 1
                    }
                }
                let id = article.id.rawValue
                let published = article.published?.timeIntervalSince1970
                let modified = article.modified?.timeIntervalSince1970
                var inserted = false
                for try await _ in try await connection.query(
                    """
                    INSERT INTO article(id, source, url, revision, title, published, published_day_only,
                        modified, original_text, cleaned_text, removals, ingested, run)
                    VALUES (\(id), \(source), \(article.url), \(revision), \(article.title), \(published),
                        \(article.publishedDayOnly), \(modified), \(article.originalText), \(article.cleanedText), \(removals), \(now), \(run))
                    ON CONFLICT (id) DO NOTHING RETURNING id
                    """, logger: logger
                ).decode(String.self) {
                    inserted = true
                }
                outcomes.append(!inserted ? .duplicate : revision > 1 ? .revision : .stored)
            }
            return outcomes
        }
    }

    public func reject(_ rejections: [(origin: String, reason: String)], run: Int64?) async throws {
        let now = Date().timeIntervalSince1970
        for rejection in rejections {
            try await client.query(
                "INSERT INTO rejected(run, origin, reason, at) VALUES (\(run), \(rejection.origin), \(rejection.reason), \(now))",
                logger: logger)
        }
    }

    public func beginRun(inputs: [String]) async throws -> Int64 {
        let started = Date().timeIntervalSince1970
        let joined = inputs.joined(separator: "\n")
        for try await id in try await client.query(
            "INSERT INTO run(started, inputs) VALUES (\(started), \(joined)) RETURNING id",
            logger: logger
        ).decode(Int64.self) {
            return id
        }
        throw StoreError("the database did not number the run")
    }

    public func finishRun(_ run: Int64, totals: IngestTotals) async throws {
        let finished = Date().timeIntervalSince1970
        try await client.query(
            """
            UPDATE run SET finished = \(finished), stored = \(totals.stored), duplicates = \(totals.duplicates),
                revisions = \(totals.revisions), rejected = \(totals.rejected) WHERE id = \(run)
            """, logger: logger)
    }

    public func articles(matching query: ArticleQuery) async throws -> [StoredArticle] {
        var conditions: [String] = []
        var bindings = PostgresBindings()
        func bind(_ value: some PostgresNonThrowingEncodable & Sendable) -> String {
            bindings.append(value)
            return "$\(bindings.count)"
        }
        if let source = query.source { conditions.append("source.name = \(bind(source))") }
        if let since = query.since {
            conditions.append("article.published >= \(bind(since.timeIntervalSince1970))")
        }
        if let until = query.until {
            conditions.append("article.published < \(bind(until.timeIntervalSince1970))")
        }
        if let text = query.text {
            let pattern = ArticleQuery.likePattern(containing: text)
            let placeholder = bind(pattern)
            conditions.append(
                "(article.title ILIKE \(placeholder) ESCAPE '\\' OR article.cleaned_text ILIKE \(placeholder) ESCAPE '\\')"
            )
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let limit = bind(query.limit)
        // Only placeholders are spliced into this text; every value is bound.
        let sql = """
            SELECT article.id, source.name, article.url, article.title, article.published, article.revision,
                article.cleaned_text, article.ingested, article.published_day_only
            FROM article JOIN source ON source.id = article.source \(filter)
            ORDER BY article.published DESC NULLS LAST, article.ingested DESC LIMIT \(limit)
            """
        return try await fetchArticles(sql, bindings)
    }

    /// The articles a query of the nine article columns (id, source name, url, title,
    /// published, revision, cleaned text, ingested, published_day_only) returns.
    func fetchArticles(_ sql: String, _ bindings: PostgresBindings) async throws -> [StoredArticle]
    {
        var result: [StoredArticle] = []
        let rows = try await client.query(
            PostgresQuery(unsafeSQL: sql, binds: bindings), logger: logger)
        for try await (id, source, url, title, published, revision, text, ingested, dayOnly)
            in rows.decode(
                (String, String, String?, String?, Double?, Int, String, Double, Bool).self)
        {
            result.append(
                StoredArticle(
                    id: id, source: source, url: url, title: title,
                    published: published.map(Date.init(timeIntervalSince1970:)), revision: revision,
                    cleanedText: text, ingested: Date(timeIntervalSince1970: ingested),
                    publishedDayOnly: dayOnly))
        }
        return result
    }

    public func count() async throws -> Int {
        for try await count in try await client.query(
            "SELECT COUNT(*) FROM article", logger: logger
        ).decode(Int.self) {
            return count
        }
        return 0
    }

    public func feedState(url: String) async throws -> FeedState? {
        for try await (etag, lastModified, checked, status) in try await client.query(
            "SELECT etag, last_modified, checked, status FROM feed WHERE url = \(url)",
            logger: logger
        ).decode((String?, String?, Double, String).self) {
            return FeedState(
                url: url, etag: etag, lastModified: lastModified,
                checked: Date(timeIntervalSince1970: checked), status: status)
        }
        return nil
    }

    public func saveFeedState(_ state: FeedState) async throws {
        let checked = state.checked.timeIntervalSince1970
        try await client.query(
            """
            INSERT INTO feed(url, etag, last_modified, checked, status)
            VALUES (\(state.url), \(state.etag), \(state.lastModified), \(checked), \(state.status))
            ON CONFLICT (url) DO UPDATE SET etag = EXCLUDED.etag, last_modified = EXCLUDED.last_modified,
                checked = EXCLUDED.checked, status = EXCLUDED.status
            """, logger: logger)
    }

    public func storedURLs(among urls: [String]) async throws -> Set<String> {
        guard !urls.isEmpty else { return [] }
        let unique = Array(Set(urls))
        var found: Set<String> = []
        for try await url in try await client.query(
            "SELECT DISTINCT url FROM article WHERE url = ANY(\(unique))", logger: logger
        ).decode(String.self) {
            found.insert(url)
        }
        return found
    }

    /// Empties every table: for tests that share one database.
    public func removeEverything() async throws {
        try await client.query(
            "TRUNCATE membership, story, article, rejected, run, source, feed RESTART IDENTITY CASCADE",
            logger: logger
        )
    }
}

/// A store that cannot be opened or used, with what to do.
public struct StoreError: Error, CustomStringConvertible {
    public var description: String
    init(_ description: String) { self.description = description }
}
