import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxFetch
import ParallaxIngest
import ParallaxStore

/// Opens the store a `--store` option names: a SQLite file, or a `postgres://` address.
func openStore(_ location: String) async throws -> any ArticleStore {
    if location.hasPrefix("postgres://") || location.hasPrefix("postgresql://") {
        do {
            return try await PostgresStore(url: location)
        } catch {
            throw ValidationError("\(error)")
        }
    }
    do {
        return try SQLiteStore(path: location)
    } catch {
        throw ValidationError("\(location): cannot be opened as a Parallax store (\(error))")
    }
}

/// `parallax ingest PATH|URL…`: reads articles into the store.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract:
            "Read articles into the store: text, HTML, JSON lines, feeds, subscription lists, WARC archives and web addresses.",
        discussion: """
            Reads files and folders of .txt, .html(.gz), .jsonl(.gz) (news-please or Parallax \
            fields), RSS/Atom/JSON Feed files and .warc(.gz) archives; OPML subscription lists, \
            whose feeds are fetched once; and http(s) addresses of pages, feeds or lists. Items \
            of a feed that carry only a summary have their page fetched. The same article \
            ingested twice is stored once; a new text at a stored address is kept as a revision. \
            Inputs that cannot be read are recorded as rejected, with why, and the rest goes on.
            """)

    @Argument(help: "Files, folders or web addresses to ingest.")
    var paths: [String]

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"

    @Flag(
        help:
            "Store without placing articles in stories (faster); the next ingest that groups places them."
    )
    var noStories = false

    @OptionGroup(title: "Fetching from the web")
    var fetch: FetchOptions

    func run() async throws {
        var ingester = Ingester(store: try await openStore(store))
        ingester.groupsStories = !noStories
        let line = ProgressLine()
        var files: [String] = []
        var feeds: [String] = []
        var addresses: [String] = []
        for path in paths {
            if isWebAddress(path) {
                addresses.append(path)
            } else if let listed = Self.subscriptions(path) {
                feeds += listed
            } else {
                files.append(path)
            }
        }
        let session = try await ingester.begin(inputs: paths, progress: line.show)
        try await ingester.read(files, into: session)
        var outcomes: [FeedWatcher.FeedOutcome] = []
        if !addresses.isEmpty || !feeds.isEmpty {
            let fetcher = Fetcher(policy: fetch.policy)
            var watcher = FeedWatcher(fetcher: fetcher, ingester: ingester)
            watcher.conditional = false
            do {
                outcomes += try await watcher.poll(addresses, asFeeds: false, into: session)
                outcomes += try await watcher.poll(feeds, asFeeds: true, into: session)
            } catch {
                try? await fetcher.shutdown()
                throw error
            }
            try await fetcher.shutdown()
        }
        let report = try await session.finish()
        line.finish()
        for outcome in outcomes { print("fetched \(outcome)") }
        let totals = report.totals
        print(
            String(
                format: "stored %d, duplicates %d, revisions %d, rejected %d in %.1f s",
                totals.stored, totals.duplicates, totals.revisions, totals.rejected, report.seconds)
        )
        Self.printProblems("rejected", report.rejected, count: report.rejected.count)
        Self.printProblems("note", report.notices, count: report.noticeCount)
    }

    /// The first 20 of `count` problems, a line each after `label`, and how many more.
    static func printProblems(_ label: String, _ problems: [InputProblem], count: Int) {
        for problem in problems.prefix(20) { print("\(label): \(problem)") }
        if count > 20 { print("\(label): … and \(count - 20) more") }
    }

    /// The feeds of the OPML subscription list at `path`, or nil when it is not one (it is
    /// then read like any file, and refused there if it cannot be).
    static func subscriptions(_ path: String) -> [String]? {
        guard path.lowercased().hasSuffix(".opml") else { return nil }
        return try? subscribedFeeds(path)
    }
}

/// `parallax articles`: lists stored articles.
struct ArticlesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "articles", abstract: "List and filter the articles in the store.")

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"
    @Option(help: "Only this source.")
    var source: String?
    @Option(help: "Only articles published on or after this date (ISO 8601).")
    var since: String?
    @Option(help: "Only articles published before this date (ISO 8601).")
    var until: String?
    @Option(help: "Only articles whose title or text contains this.")
    var query: String?
    @Option(help: "At most this many.")
    var limit = 50
    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let articles = try await openExistingStore(store).articles(
            matching: ArticleQuery(
                source: source, since: try dateOption(since, "since"),
                until: try dateOption(until, "until"),
                text: query, limit: limit))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(articles), as: UTF8.self))
            return
        }
        for article in articles {
            let date = article.publishedDate?.text ?? "undated"
            print(
                "\(article.id)  \(date)  \(article.source)  \(article.title ?? String(article.cleanedText.prefix(60)))"
            )
        }
    }
}
