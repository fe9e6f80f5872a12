import ArgumentParser
import Foundation
import ParallaxIngest
import ParallaxStore

/// `parallax bench ingest`: JSON lines into a fresh SQLite store.
struct IngestBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ingest",
        abstract: "Articles per second ingesting plain-text JSON lines into SQLite.",
        discussion: """
            Writes a dump of distinct articles (news-style paragraphs built from the sentences of \
            --corpus, or of built-in text) to a temporary file, ingests it into a fresh store, \
            and prints the rate.
            """)

    @Option(help: "How many articles.")
    var articles = 50_000

    @Option(help: "A file of sentences, one a line, to build articles from.")
    var corpus: String?

    func run() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-bench-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let sentences =
            try corpus.map {
                try String(contentsOfFile: $0, encoding: .utf8).split(separator: "\n").map(
                    String.init)
            } ?? Self.sentences
        let dump = folder.appendingPathComponent("dump.jsonl")
        _ = FileManager.default.createFile(atPath: dump.path, contents: nil)
        let handle = try FileHandle(forWritingTo: dump)
        var bytes = 0
        for index in 0..<articles {
            let paragraphs = (0..<6).map { offset in
                sentences[(index * 7 + offset * 13) % sentences.count]
                    + " Report \(index), part \(offset)."
            }
            let object: [String: Any] = [
                "title": "Report \(index)", "maintext": paragraphs.joined(separator: "\n"),
                "url": "https://bench.example/\(index)", "source_domain": "bench.example",
                "date_publish": "2026-03-14 08:10:00",
            ]
            var line = try JSONSerialization.data(withJSONObject: object)
            line.append(0x0A)
            bytes += line.count
            handle.write(line)
        }
        try handle.close()
        print("articles:     \(articles) (\(bytes >> 20) MB of JSON lines)")
        for grouping in [false, true] {
            let store = try SQLiteStore(
                path: folder.appendingPathComponent("store-\(grouping).sqlite").path)
            var ingester = Ingester(store: store)
            ingester.groupsStories = grouping
            let report = try await ingester.ingest(paths: [dump.path])
            print(
                grouping
                    ? "with stories grouped as they are stored:" : "storing alone (--no-stories):")
            print("  stored:       \(report.totals.stored)")
            print(String(format: "  seconds:      %.2f", report.seconds))
            print(
                String(format: "  rate:         %.0f articles/s", Double(articles) / report.seconds)
            )
            print(String(format: "  peak memory:  %.1f MB", CompareBench.peakMemoryMB()))
        }
    }

    static let sentences = [
        "The ferry ran aground in thick fog on Friday evening, the coastguard said.",
        "Lifeboats from two stations and a helicopter took part in the rescue.",
        "All 104 passengers and 13 of the 14 crew were brought ashore by midnight.",
        "The operator said it was cooperating fully with the authorities.",
        "An inquiry into the grounding will open next week, the board said.",
        "Witnesses described a jolt, then darkness, then a grinding noise under the deck.",
        "The captain, 52, has worked on the route for more than 20 years.",
        "Nine people were taken to hospital, three of them with serious injuries.",
        "The missing crew member was found alive on the northern shore on Saturday.",
        "Sailings to the island were suspended until further notice.",
        "The mayor said the town would look after every person who came off the boat.",
        "Divers found a tear about 4.5 metres long below the waterline.",
        "Officials said the weather had been the worst in years for the crossing.",
    ]
}
