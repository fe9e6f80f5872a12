import Foundation
import ParallaxCore
import ParallaxStore
import Testing

/// What every store must do, checked against each back end.
enum StoreContract {
    static func article(
        _ text: String, source: String = "Gazette", url: String? = nil, day: Int = 14
    )
        -> Article
    {
        Article(
            plainText: text, source: source, url: url, title: "Title of \(source)",
            published: Date(timeIntervalSince1970: 1_773_446_400 + Double(day - 14) * 86_400))
    }

    static func savesOnceAndKeepsRevisions(_ store: any ArticleStore) async throws {
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

    static func filtersBySourceDateAndText(_ store: any ArticleStore) async throws {
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

    static func keepsDatesGivenByTheDayAlone(_ store: any ArticleStore) async throws {
        // The Gazette gave a time; the Observer only the day, held as noon UTC.
        let timed = article("The ferry ran aground in fog.", source: "Gazette")
        var dayOnly = article("Ferry aground off the point.", source: "Observer")
        dayOnly.publishedDate = PublishedDate(year: 2026, month: 3, day: 14)
        var unplaced = article("Quotas set for the fleet.", source: "Observer")
        unplaced.publishedDate = PublishedDate(year: 2026, month: 3, day: 15)
        _ = try await store.save([timed, dayOnly, unplaced], run: nil)
        let listed = try await store.articles(matching: ArticleQuery())
        let byID = Dictionary(uniqueKeysWithValues: listed.map { ($0.id, $0) })
        #expect(byID[timed.id.rawValue]?.publishedDate == timed.publishedDate)
        #expect(byID[dayOnly.id.rawValue]?.publishedDate?.text == "2026-03-14")
        #expect(
            try await store.article(dayOnly.id.rawValue)?.article.publishedDate
                == dayOnly.publishedDate)
        let ids = try await store.createStories(headlines: ["Ferry aground"])
        try await store.saveMemberships(
            [timed, dayOnly].map {
                StoryMembership(
                    article: $0.id.rawValue, story: ids[0], similarity: 0, why: "new story",
                    copyOf: nil)
            })
        // Read back for comparison, each keeps what its source gave.
        let members = try await store.storyArticles(ids[0])
        #expect(
            Set(members.map { $0.comparable.publishedDate?.isDayOnly })
                == [false, true])
        #expect(
            try await store.unplacedArticles(limit: 10).map(\.publishedDayOnly) == [true])
    }

    static func recordsRuns(_ store: any ArticleStore) async throws {
        let run = try await store.beginRun(inputs: ["a.jsonl"])
        try await store.reject([(origin: "a.jsonl:3", reason: "not a JSON object")], run: run)
        var totals = IngestTotals()
        totals.rejected = 1
        try await store.finishRun(run, totals: totals)
        let saved = try await store.save([article("Stored during a run.")], run: run)
        #expect(saved == [.stored])
    }

    static func remembersFeedsAndStoredAddresses(_ store: any ArticleStore) async throws {
        let feed = "https://g.example/feed.xml"
        #expect(try await store.feedState(url: feed) == nil)
        let checked = Date(timeIntervalSince1970: 1_773_446_400)
        try await store.saveFeedState(
            FeedState(
                url: feed, etag: "\"v1\"", lastModified: "Sat, 14 Mar 2026 00:00:00 GMT",
                checked: checked, status: "ok 3 items"))
        try await store.saveFeedState(
            FeedState(url: feed, etag: "\"v2\"", checked: checked, status: "ok 4 items"))
        let state = try await store.feedState(url: feed)
        #expect(state?.etag == "\"v2\"")
        #expect(state?.lastModified == nil)
        #expect(state?.status == "ok 4 items")
        _ = try await store.save(
            [article("The ferry ran aground in fog.", url: "https://g.example/a")], run: nil)
        let known = try await store.storedURLs(among: [
            "https://g.example/a", "https://g.example/b", "https://g.example/a",
        ])
        #expect(known == ["https://g.example/a"])
    }

    static func keepsStoriesAndMerges(_ store: any ArticleStore) async throws {
        let articles = [
            article(
                "The ferry ran aground in fog.", source: "Gazette", url: "https://g.example/1",
                day: 13),
            article("Ferry aground; crew member missing.", source: "Observer", day: 14),
            article("Quotas set for the fleet.", source: "Observer", day: 15),
        ]
        _ = try await store.save(articles, run: nil)
        let ids = try await store.createStories(headlines: ["Ferry aground", "Quotas"])
        #expect(ids.count == 2 && ids[0] != ids[1])
        try await store.saveMemberships([
            StoryMembership(
                article: articles[0].id.rawValue, story: ids[0], similarity: 0, why: "new story",
                copyOf: nil),
            StoryMembership(
                article: articles[1].id.rawValue, story: ids[0], similarity: 0.4,
                why: "names: Ferry",
                copyOf: articles[0].id.rawValue),
            StoryMembership(
                article: articles[2].id.rawValue, story: ids[1], similarity: 0, why: "new story",
                copyOf: nil),
        ])
        let listed = try await store.stories(matching: StoryQuery())
        #expect(listed.map(\.id) == [ids[1], ids[0]])
        let ferry = try #require(try await store.story(ids[0]))
        #expect(ferry.articles == 2)
        #expect(ferry.sources == 2)
        #expect(ferry.copies == 1)
        #expect(ferry.first == articles[0].published)
        #expect(try await store.stories(matching: StoryQuery(text: "quota")).map(\.id) == [ids[1]])
        #expect(
            try await store.stories(matching: StoryQuery(minimumArticles: 2)).map(\.id) == [ids[0]])
        let members = try await store.storyArticles(ids[0])
        #expect(members.map(\.article.id) == [articles[0].id.rawValue, articles[1].id.rawValue])
        #expect(members.last?.membership.why == "names: Ferry")
        #expect(members.first?.originalText == articles[0].originalText)

        try await store.mergeStory(ids[1], into: ids[0])
        #expect(try await store.story(ids[1])?.mergedInto == ids[0])
        #expect(try await store.story(ids[0])?.articles == 3)
        #expect(try await store.stories(matching: StoryQuery()).map(\.id) == [ids[0]])
        let recent = try await store.recentStoryArticles(
            since: articles[1].published!, limit: 10)
        #expect(recent.map(\.article.id) == [articles[1].id.rawValue, articles[2].id.rawValue])
        // Bounded above: the articles before the second, the most recent first to go.
        let earlier = try await store.recentStoryArticles(
            since: articles[0].published!, before: articles[2].published!, limit: 10)
        #expect(earlier.map(\.article.id) == [articles[0].id.rawValue, articles[1].id.rawValue])
        let latestEarlier = try await store.recentStoryArticles(
            since: articles[0].published!, before: articles[2].published!, limit: 1)
        #expect(latestEarlier.map(\.article.id) == [articles[1].id.rawValue])
        #expect(try await store.unplacedArticles(limit: 10).isEmpty)
        _ = try await store.save([article("An unplaced report.", day: 16)], run: nil)
        #expect(try await store.unplacedArticles(limit: 10).count == 1)
    }

    /// Story listings: most recently active first (ties by id, newest first), paged, filtered,
    /// the same as aggregating every story would give, over more stories than one walk reads.
    static func listsStoriesByActivityAndPages(_ store: any ArticleStore) async throws {
        let count = 1_300
        let ids = try await store.createStories(headlines: (0..<count).map { "Story \($0)" })
        var articles: [Article] = []
        var memberships: [StoryMembership] = []
        var reference: [(id: Int64, activity: Double, size: Int, outlets: Set<String>)] = []
        for (index, story) in ids.enumerated() {
            // Days repeat, so many stories tie on their latest article.
            let size = index % 3 == 0 ? 2 : 1
            var latest = -Double.infinity
            var outlets: Set<String> = []
            for part in 0..<size {
                let source = index % 5 == 0 ? "Rare Post" : "Gazette"
                let article = article(
                    "Report \(index)-\(part) on story number \(index).", source: source,
                    day: 14 + (index * 7 + part * 3) % 40)
                latest = max(latest, article.published!.timeIntervalSince1970)
                outlets.insert(source)
                articles.append(article)
                memberships.append(
                    StoryMembership(
                        article: article.id.rawValue, story: story, similarity: 0, why: "test",
                        copyOf: nil))
            }
            reference.append((story, latest, size, outlets))
        }
        _ = try await store.save(articles, run: nil)
        try await store.saveMemberships(memberships)
        reference.sort { ($0.activity, $0.id) > ($1.activity, $1.id) }
        func expect(
            _ query: StoryQuery,
            _ keep: ((id: Int64, activity: Double, size: Int, outlets: Set<String>)) -> Bool
        ) async throws {
            let expected = reference.filter(keep).dropFirst(query.offset).prefix(query.limit)
                .map(\.id)
            let listed = try await store.stories(matching: query).map(\.id)
            #expect(listed == expected, "\(query)")
        }
        try await expect(StoryQuery(limit: 50)) { _ in true }
        try await expect(StoryQuery(limit: 30, offset: 700)) { _ in true }
        try await expect(StoryQuery(limit: 2_000)) { _ in true }
        try await expect(StoryQuery(minimumArticles: 2, limit: 40, offset: 10)) { $0.size >= 2 }
        try await expect(StoryQuery(source: "Rare Post", limit: 25)) {
            $0.outlets.contains("Rare Post")
        }
        let since = Date(timeIntervalSince1970: 1_773_446_400 + 30 * 86_400)
        try await expect(StoryQuery(since: since, limit: 1_000)) {
            $0.activity >= since.timeIntervalSince1970
        }
        try await expect(StoryQuery(text: "Story 12", limit: 100)) { item in
            "Story \(ids.firstIndex(of: item.id)!)".contains("Story 12")
        }
        // One article in full: its original text and what cleaning removed.
        let record = try #require(try await store.article(articles[0].id.rawValue))
        #expect(record.originalText == articles[0].originalText)
        #expect(record.removed == articles[0].cleaned.removals)
        #expect(record.membership?.story == ids[0])
        #expect(try await store.article("0000000000000000") == nil)
    }

    /// Two writers saving overlapping batches at once store each article once.
    static func concurrentWritersStoreOnce(_ first: any ArticleStore, _ second: any ArticleStore)
        async throws
    {
        let articles = (0..<200).map {
            article("Article number \($0) about the harbour and the ferry.")
        }
        async let a = first.save(Array(articles[0..<150]), run: nil)
        async let b = second.save(Array(articles[50..<200]), run: nil)
        let (outcomesA, outcomesB) = try await (a, b)
        let stored = (outcomesA + outcomesB).filter { $0 == .stored }.count
        #expect(stored == 200)
        #expect(try await first.count() == 200)
    }
}
