import Foundation
import ParallaxFetch
import ParallaxIngest
import ParallaxStore
import ParallaxTestSupport
import Testing

@Suite struct FeedWatcherTests {
    static func watcher(_ storePath: String, timeout: Duration = .seconds(8)) throws -> FeedWatcher
    {
        var policy = FetchPolicy()
        // Short of the slow feed's 12 s by default.
        policy.timeout = timeout
        policy.hostDelay = .zero
        return FeedWatcher(
            fetcher: Fetcher(policy: policy),
            ingester: Ingester(store: try SQLiteStore(path: storePath)))
    }

    static func temporaryStore() -> String {
        TemporaryFolder.file("parallax-watch", pathExtension: "sqlite").path
    }

    @Test(.timeLimit(.minutes(3)))
    func pollsASubscriptionListThenAsksOnlyForWhatChanged() async throws {
        // Fetches on threads of their own: under the whole suite's load, tests computing on
        // the shared concurrency pool held them back past their timeouts.
        try await OwnThreads.run {
            let site = try await NewsSite()
            let storePath = Self.temporaryStore()
            let watcher = try Self.watcher(storePath)
            let first = try await watcher.poll([site.url("/feeds.opml")])
            func outcome(_ path: String) -> FeedWatcher.FeedOutcome? {
                first.feeds.first { $0.url == site.url(path) }
            }
            // RSS with full text (2), Atom summaries whose pages are fetched (2), the JSON Feed
            // a page links to (1).
            #expect(first.report.totals.stored == 5, "\(first.feeds) \(first.report.rejected)")
            #expect(
                outcome("/atom.xml")?.status == "3 items, 2 pages fetched, 1 failed",
                "\(first.feeds)")
            #expect(outcome("/slow.xml")?.status.contains("within 8 s") == true)
            #expect(outcome("/notafeed.html")?.status.contains("an HTML page, not a feed") == true)
            #expect(outcome("/site/")?.status.contains("links to its feed") == true)
            let reasons = first.report.rejected.map(\.description)
            #expect(
                reasons.contains {
                    $0.contains("Inspection") == false && $0.contains("robots.txt forbids")
                })
            #expect(!site.server.requests.contains { $0.path.hasPrefix("/private/") })

            let store = try SQLiteStore(path: storePath)
            let stored = try await store.articles(matching: ArticleQuery())
            #expect(
                Set(stored.compactMap(\.url)).isSuperset(of: [
                    site.url("/news/1.html"), site.url("/story/11"),
                ]))
            #expect(stored.contains { $0.source == "Harbour Wire" && $0.title == "Inspection 1" })
            #expect(try await store.feedState(url: site.url("/rss.xml"))?.etag == "\"r1\"")

            // The second round: the feeds answer 304, and no page is fetched again. What is
            // tested here is the validators, not timeouts: under the whole suite's load the
            // subscription list once took longer than 8 s to come, and no feed was asked for.
            let pagesBefore = site.server.requests.filter { $0.path.hasPrefix("/news/") }.count
            let patient = try Self.watcher(storePath, timeout: .seconds(40))
            let second = try await patient.poll([site.url("/feeds.opml")])
            #expect(
                second.feeds.first { $0.url == site.url("/rss.xml") }?.status == "not modified",
                "\(second.feeds)")
            #expect(
                second.feeds.first { $0.url == site.url("/atom.xml") }?.status == "not modified",
                "\(second.feeds)")
            #expect(second.report.totals.stored == 0)
            #expect(
                site.server.requests.filter { $0.path.hasPrefix("/news/") }.count == pagesBefore)
            #expect(try await store.count() == 5)
            try await watcher.fetcher.shutdown()
            try await patient.fetcher.shutdown()
            try await site.server.stop()
        }
    }

    /// On its own, with a timeout no hop reaches: what is tested here is that the loop is named,
    /// not how fast.
    @Test(.timeLimit(.minutes(2)))
    func namesARedirectLoop() async throws {
        try await OwnThreads.run {
            let site = try await NewsSite()
            let result = try await Self.watcher(Self.temporaryStore(), timeout: .seconds(60)).poll([
                site.url("/loop")
            ])
            let status = result.feeds.first { $0.url == site.url("/loop") }?.status
            #expect(
                status?.contains("redirected more than 5 times") == true,
                "\(status ?? "no outcome")")
        }
    }

    @Test func ingestsAPageAddressAsAnArticle() async throws {
        try await OwnThreads.run {
            let site = try await NewsSite()
            var watcher = try Self.watcher(Self.temporaryStore())
            watcher.conditional = false
            let round = try await watcher.poll([site.url("/news/7.html")], asFeeds: false)
            #expect(round.report.totals.stored == 1)
            let article = try await watcher.ingester.store.articles(matching: ArticleQuery()).first
            #expect(article?.cleanedText.contains("inspection number 7") == true)
            #expect(article?.cleanedText.contains("Home") == false)
            try await watcher.fetcher.shutdown()
            try await site.server.stop()
        }
    }
}
