import ArgumentParser
import Foundation
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

/// `parallax ingest PATH…`: reads articles into the store.
struct IngestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Read articles into the store: text, HTML, JSON lines, feeds and WARC archives.",
        discussion: """
            Reads files and folders of .txt, .html(.gz), .jsonl(.gz) (news-please or Parallax \
            fields), RSS/Atom/JSON Feed files and .warc(.gz) archives. The same article ingested \
            twice is stored once; a new text at a stored address is kept as a revision. Inputs \
            that cannot be read are recorded as rejected, with why, and the rest goes on.
            """)

    @Argument(help: "Files or folders to ingest.")
    var paths: [String]

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"

    func run() async throws {
        let ingester = Ingester(store: try await openStore(store))
        let terminal = isatty(STDERR_FILENO) == 1
        let start = Date()
        let report = try await ingester.ingest(paths: paths) { progress in
            let rate = Double(progress.handled) / max(0.001, Date().timeIntervalSince(start))
            if terminal {
                printError(
                    String(
                        format: "\r\u{1B}[K%d articles, %.0f/s, reading %@", progress.handled, rate,
                        progress.input), newline: false)
            } else {
                printError(
                    String(
                        format: "ingest: %d articles, %.0f/s (%@)", progress.handled, rate,
                        progress.input))
            }
        }
        if terminal { printError("") }
        let totals = report.totals
        print(
            String(
                format: "stored %d, duplicates %d, revisions %d, rejected %d in %.1f s",
                totals.stored, totals.duplicates, totals.revisions, totals.rejected, report.seconds)
        )
        for rejection in report.rejected.prefix(20) { print("rejected: \(rejection)") }
        if report.rejected.count > 20 {
            print("rejected: … and \(report.rejected.count - 20) more")
        }
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
        guard store.hasPrefix("postgres") || FileManager.default.fileExists(atPath: store) else {
            throw ValidationError("\(store): no store here; ingest something first")
        }
        func date(_ text: String?, _ name: String) throws -> Date? {
            guard let text else { return nil }
            guard let date = PlainTextDate.parse(text) else {
                throw ValidationError(
                    "--\(name) \(text): not a date; write it as 2026-03-14 or in ISO 8601")
            }
            return date
        }
        let articles = try await openStore(store).articles(
            matching: ArticleQuery(
                source: source, since: try date(since, "since"), until: try date(until, "until"),
                text: query, limit: limit))
        if json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            encoder.dateEncodingStrategy = .iso8601
            print(String(decoding: try encoder.encode(articles), as: UTF8.self))
            return
        }
        for article in articles {
            let date = article.published.map { $0.formatted(.iso8601) } ?? "undated"
            print(
                "\(article.id)  \(date)  \(article.source)  \(article.title ?? String(article.cleanedText.prefix(60)))"
            )
        }
    }
}
