import Foundation
import ParallaxCore
import ParallaxStore
import Testing

@Suite struct SQLiteStoreTests {
    func store() throws -> (SQLiteStore, String) {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-store-\(UUID().uuidString).sqlite"
        ).path
        return (try SQLiteStore(path: path), path)
    }

    func article(_ text: String, source: String = "Gazette", url: String? = nil, day: Int = 14)
        -> Article
    {
        Article(
            plainText: text, source: source, url: url, title: "Title of \(source)",
            published: Date(timeIntervalSince1970: 1_773_446_400 + Double(day - 14) * 86_400))
    }

    @Test func savesOnceAndKeepsRevisions() async throws {
        let (store, _) = try store()
        let first = article("The ferry ran aground in fog.", url: "https://g.example/a")
        #expect(try await store.save([first], run: nil) == [.stored])
        #expect(try await store.save([first], run: nil) == [.duplicate])
        let second = article(
            "The ferry ran aground in thick fog; all were rescued.", url: "https://g.example/a")
        #expect(try await store.save([second], run: nil) == [.revision])
        #expect(try await store.count() == 2)
        let revisions = try await store.articles(matching: ArticleQuery()).map(\.revision).sorted()
        #expect(revisions == [1, 2])
    }

    @Test func filtersBySourceDateAndText() async throws {
        let (store, _) = try store()
        _ = try await store.save(
            [
                article("Ferry aground at the point.", source: "Gazette", day: 13),
                article("Quotas set for the fleet, with 50% cuts.", source: "Observer", day: 15),
                article("Ferry inquiry opens.", source: "Observer", day: 16),
            ], run: nil)
        #expect(try await store.articles(matching: ArticleQuery(source: "Observer")).count == 2)
        let since = Date(timeIntervalSince1970: 1_773_446_400)
        #expect(try await store.articles(matching: ArticleQuery(since: since)).count == 2)
        #expect(try await store.articles(matching: ArticleQuery(text: "ferry")).count == 2)
        // LIKE wildcards in the query are matched literally, and the query is bound, not spliced.
        #expect(try await store.articles(matching: ArticleQuery(text: "50%")).count == 1)
        #expect(
            try await store.articles(matching: ArticleQuery(text: "'; DROP TABLE article; --"))
                .isEmpty)
        #expect(try await store.count() == 3)
    }

    @Test func recordsRunsAndRejections() async throws {
        let (store, path) = try store()
        let run = try await store.beginRun(inputs: ["a.jsonl"])
        try await store.reject([(origin: "a.jsonl:3", reason: "not a JSON object")], run: run)
        var totals = IngestTotals()
        totals.rejected = 1
        try await store.finishRun(run, totals: totals)
        #expect(try await store.rejections().map(\.origin) == ["a.jsonl:3"])
        #expect(try await store.integrityCheck())
        // Reopening migrates nothing twice and keeps what was stored.
        let reopened = try SQLiteStore(path: path)
        #expect(try await reopened.rejections().count == 1)
    }

    @Test func refusesAFileThatIsNotAStore() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent(
            "not-a-store-\(UUID().uuidString).sqlite"
        ).path
        try Data("this is not sqlite".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try SQLiteStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "this is not sqlite")
    }
}
