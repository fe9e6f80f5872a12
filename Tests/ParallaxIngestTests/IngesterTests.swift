import Foundation
import ParallaxIngest
import ParallaxStore
import ParallaxTestSupport
import Testing

@Suite struct IngesterTests {
    @Test func ingestsEveryKindOnceAndRecordsRejections() async throws {
        let folder = try TemporaryFolder.make("parallax-ingest")
        func write(_ name: String, _ text: String) throws {
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
        try write(
            "a.jsonl",
            """
            {"title": "One", "maintext": "The first article of the dump, about the ferry.", "url": "https://d.example/1", "source_domain": "d.example"}
            {"title": "Two", "maintext": "The second article of the dump, about the quay.", "url": "https://d.example/2", "source_domain": "d.example"}
            broken line
            """)
        try write(
            "b.rss",
            """
            <rss version="2.0"><channel><title>Gazette</title><item><title>Three</title><link>https://g.example/3</link>
            <description>&lt;p&gt;The third article, from a feed, about the harbour.&lt;/p&gt;</description></item></channel></rss>
            """)
        try write(
            "c.html",
            "<html><head><title>Four</title></head><body><article><p>The fourth article is a page about the lifeboats and the crew.</p></article></body></html>"
        )
        try write(
            "d.txt",
            "Source: Wire\nTitle: Five\n\nThe fifth article is plain text about the inquiry.")
        try write(
            "e.warc", "WARC/1.0\r\nWARC-Type: response\r\nContent-Length: 500\r\n\r\ncut short")
        try write(
            "f.opml",
            "<opml version=\"2.0\"><body><outline xmlUrl=\"https://g.example/feed\"/></body></opml>"
        )
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        let first = try await Ingester(store: store).ingest(paths: [folder.path])
        #expect(first.totals.stored == 5)
        #expect(first.rejected.contains { $0.origin.hasSuffix("a.jsonl:3") })
        #expect(
            first.rejected.contains {
                $0.origin.contains("e.warc") && $0.reason.contains("truncated")
            })
        #expect(first.rejected.contains { $0.reason.contains("parallax watch") })
        let again = try await Ingester(store: store).ingest(paths: [folder.path])
        #expect(again.totals.stored == 0)
        #expect(again.totals.duplicates == 5)
        #expect(try await store.count() == 5)
        let sources = Set(try await store.articles(matching: ArticleQuery()).map(\.source))
        #expect(sources == ["d.example", "Gazette", "c.html", "Wire"])
        // A text file's header block is its metadata, not part of its body.
        let text = try #require(
            try await store.articles(matching: ArticleQuery(source: "Wire")).first)
        #expect(text.title == "Five")
        #expect(text.cleanedText == "The fifth article is plain text about the inquiry.")
    }

    /// Batches are cleaned while the one before is saved: every batch is still saved, once, and
    /// a story started in one batch takes the reports of later ones.
    @Test func everyBatchIsSavedAndPlacedWhileTheNextIsCleaned() async throws {
        let folder = try TemporaryFolder.make("parallax-batches")
        let ferry = [
            "The ferry MV Tessaly Wren ran aground off Port Avelline in fog on Friday.",
            "Skerrow Line said all 118 people on board the Tessaly Wren were safe.",
            "The Coastal Rescue Service sent lifeboats from Port Avelline to the Greyling Ledge.",
            "Salvage crews will try to refloat the Tessaly Wren from the Greyling Ledge.",
        ]
        let quake = [
            "A magnitude 6.1 earthquake struck the valley town of Velmora before dawn.",
            "Rescuers in Velmora searched collapsed houses for survivors of the earthquake.",
            "The quake cut power to Velmora and the villages of the Ardent valley.",
            "Seismologists said the Velmora earthquake was felt two hundred kilometres away.",
        ]
        var lines: [String] = []
        for report in 0..<14 {
            let sentences = report % 2 == 0 ? ferry : quake
            // Each report a different selection of its event's sentences, and its own words.
            let body = (0..<3).map { sentences[(report / 2 + $0) % sentences.count] }
                .joined(separator: " ")
            let date = String(format: "2026-03-%02dT%02d:00:00Z", 13 + report / 6, report % 24)
            lines.append(
                #"{"text": "\#(body) Report \#(report) of the day.", "date": "\#(date)", "source": "outlet\#(report)"}"#
            )
        }
        let path = folder.appendingPathComponent("reports.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: path)
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        var ingester = Ingester(store: store)
        ingester.batchSize = 3
        let report = try await ingester.ingest(paths: [path.path])
        #expect(report.totals.stored == 14)
        #expect(try await store.count() == 14)
        let stories = try await store.stories(matching: StoryQuery())
        #expect(stories.map(\.articles).sorted() == [7, 7], "\(stories.map(\.headline))")
        let again = try await ingester.ingest(paths: [path.path])
        #expect(again.totals.duplicates == 14)
        #expect(try await store.count() == 14)
    }

    /// An article whose date cannot be read is stored undated, and the run says so.
    @Test func anUnreadableDateIsStoredUndatedAndReported() async throws {
        let folder = try TemporaryFolder.make("parallax-notices")
        let path = folder.appendingPathComponent("dump.jsonl")
        try Data(
            """
            {"text": "The ferry ran aground off Port Avelline.", "date": "2026-03-13"}
            {"text": "Rescuers reached the Greyling Ledge at dawn.", "date": "the 13th"}
            """.utf8
        ).write(to: path)
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        let report = try await Ingester(store: store).ingest(paths: [path.path])
        #expect(report.totals.stored == 2)
        #expect(
            report.notices == [
                InputProblem(
                    origin: "\(path.path):2",
                    reason: #"date "the 13th" cannot be read; stored as undated"#)
            ])
        #expect(report.noticeCount == 1)
        let undated = try await store.articles(matching: ArticleQuery(text: "Greyling"))
        #expect(undated.map(\.published) == [nil])
    }

    /// A text file's header date that cannot be read is noted like any input's.
    @Test func aTextFilesUnreadableHeaderDateIsNoted() async throws {
        let folder = try TemporaryFolder.make("parallax-header-notice")
        let path = folder.appendingPathComponent("report.txt")
        try Data("Source: Wire\nDate: the 13th\n\nThe ferry ran aground.".utf8).write(to: path)
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        let report = try await Ingester(store: store).ingest(paths: [path.path])
        #expect(report.totals.stored == 1)
        #expect(
            report.notices == [
                InputProblem(
                    origin: path.path, reason: #"date "the 13th" cannot be read; stored as undated"#
                )
            ])
        let stored = try await store.articles(matching: ArticleQuery())
        #expect(stored.map(\.published) == [nil])
    }

    /// A text file without a header gives its headline line as the title, and the body does
    /// not repeat it, as `compare` reads the same file.
    @Test func aTextFilesHeadlineIsTheTitleAndNotTheBody() async throws {
        let folder = try TemporaryFolder.make("parallax-headline")
        let path = folder.appendingPathComponent("report.txt")
        try Data(
            """
            Ferry runs aground off Kestrel Point in fog
            The ferry Kestrel ran aground off Port Avelline on Friday night with 118 people aboard.
            Rescuers reached the ship at dawn and took everyone off by noon.
            """.utf8
        ).write(to: path)
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        _ = try await Ingester(store: store).ingest(paths: [path.path])
        let stored = try #require(try await store.articles(matching: ArticleQuery()).first)
        #expect(stored.title == "Ferry runs aground off Kestrel Point in fog")
        #expect(
            stored.cleanedText.hasPrefix("The ferry Kestrel ran aground"), "\(stored.cleanedText)")
        #expect(stored.source == "report.txt")
    }

    /// A text file's header date is read as pages print it, not only in ISO 8601.
    @Test func aTextFilesHeaderDateIsReadAsPrinted() async throws {
        let folder = try TemporaryFolder.make("parallax-header-date")
        let path = folder.appendingPathComponent("report.txt")
        try Data(
            "Source: Wire\nPublished: Fri., March 13, 2026 8:10 AM\n\nThe ferry ran aground.".utf8
        ).write(to: path)
        let store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        _ = try await Ingester(store: store).ingest(paths: [path.path])
        let stored = try await store.articles(matching: ArticleQuery())
        #expect(stored.map(\.published) == [Date(timeIntervalSince1970: 1_773_403_200)])
    }
}
