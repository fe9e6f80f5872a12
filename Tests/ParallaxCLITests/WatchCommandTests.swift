import Foundation
import ParallaxStore
import ParallaxTestSupport
import Testing

@Suite struct WatchCommandTests {
    @Test(.timeLimit(.minutes(2)))
    func watchOncePollsASubscriptionListFile() async throws {
        let site = try await NewsSite()
        let list = try temporaryFile(
            "feeds.opml",
            Data(
                """
                <?xml version="1.0"?><opml version="2.0"><body>
                <outline text="Courier" xmlUrl="\(site.url("/rss.xml"))"/>
                <outline text="Wire" xmlUrl="\(site.url("/atom.xml"))"/>
                <outline text="Loop" xmlUrl="\(site.url("/loop"))"/>
                </body></opml>
                """.utf8))
        let storePath = URL(fileURLWithPath: list).deletingLastPathComponent()
            .appendingPathComponent("s.sqlite").path
        let arguments = [
            "watch", list, "--once", "--delay", "0", "--timeout", "30", "--store", storePath,
        ]
        let first = try await runParallax(arguments)
        #expect(first.status == 0, "\(first.error)")
        #expect(
            first.output.contains("\(site.url("/atom.xml")): 3 items, 2 pages fetched, 1 failed"))
        #expect(first.output.contains("redirected more than 5 times"))
        #expect(first.output.contains("round 1: 3 feeds (1 failed), stored 4"), "\(first.output)")
        let second = try await runParallax(arguments)
        #expect(second.output.contains("\(site.url("/rss.xml")): not modified"), "\(second.output)")
        #expect(second.output.contains("stored 0"))
        #expect(try await SQLiteStore(path: storePath).count() == 4)
        try await site.server.stop()
    }

    @Test(.timeLimit(.minutes(2)))
    func ingestTakesAddressesAndSubscriptionLists() async throws {
        let site = try await NewsSite()
        let text = try temporaryFile("local.txt", Data(NewsSite.paragraphs(50).utf8))
        let storePath = URL(fileURLWithPath: text).deletingLastPathComponent()
            .appendingPathComponent("s.sqlite").path
        let result = try await runParallax([
            "ingest", text, site.url("/news/5.html"), site.url("/rss.xml"), site.url("/missing"),
            "--delay", "0", "--store", storePath,
        ])
        #expect(result.status == 0, "\(result.error)")
        // The local file, the page, and the feed's two articles.
        #expect(
            result.output.contains("stored 4, duplicates 0, revisions 0, rejected 1"),
            "\(result.output)")
        #expect(result.output.contains("\(site.url("/missing")): the server answered HTTP 404"))
        try await site.server.stop()
    }

    @Test func watchRefusesWhatIsNotAFeedList() async throws {
        let text = try temporaryFile("notes.txt", Data("Just some notes.".utf8))
        let result = try await runParallax(["watch", text, "--once"])
        #expect(result.status != 0)
        #expect(result.error.contains("notes.txt"))
        #expect(result.error.contains("OPML"))
        let interval = try await runParallax([
            "watch", "http://127.0.0.1:9/feed", "--interval", "soon",
        ])
        #expect(interval.error.contains("--interval soon"))
    }
}
