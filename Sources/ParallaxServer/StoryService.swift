import Foundation
import NIOCore
import ParallaxCore
import ParallaxIngest
import ParallaxStore

/// What the server knows how to do, apart from HTTP: list, compare and render stories over a
/// store, read articles, compare ad hoc articles, and ingest new ones.
public final class StoryService: Sendable {
    let store: any ArticleStore
    let comparison: StoryComparison
    let pages: PageRenderer
    let settings: ServerSettings
    private let cache: StoryCache
    private let listings = ListingCache<StoryQuery, [StoredStory]>()
    private let ingestion = IngestQueue()
    private let keptAssigner = KeptAssigner()

    /// A service over `store` that compares stories with `comparison`.
    public init(store: any ArticleStore, comparison: StoryComparison, settings: ServerSettings)
        throws
    {
        self.store = store
        self.comparison = comparison
        self.settings = settings
        pages = try PageRenderer()
        cache = StoryCache(capacity: settings.cachedStories)
        if settings.ingestToken != nil {
            // Read the story window back now, so that the first article sent is placed at once.
            let (kept, queue) = (keptAssigner, ingestion)
            Task(executorPreference: Task.currentExecutorPreference) {
                _ = try? await queue.run {
                    if kept.assigner == nil {
                        kept.assigner = try await StoryAssigner.resume(
                            store: store, settings: Ingester(store: store).storySettings)
                    }
                }
            }
        }
    }

    /// Story `id` compared and rendered, or nil if there is none.
    ///
    /// A merged story is answered with the story it was merged into, whose id differs.
    func story(_ id: Int64) async throws -> RenderedStory? {
        if let kept = await cache.fresh(id) { return kept }
        return try await withTimeLimit(settings.requestTimeout) { try await self.check(id) }
    }

    /// Story `id` after checking its articles against the store.
    private func check(_ id: Int64) async throws -> RenderedStory? {
        guard let story = try await store.story(id) else { return nil }
        if let target = story.mergedInto, target != id { return try await check(target) }
        let members = try await store.storyArticles(id)
        let fingerprint =
            ([story.headline] + members.map { "\($0.article.id)<\($0.membership.copyOf ?? "")" })
            .joined(separator: "\n")
        let comparison = comparison
        let pages = pages
        return try await cache.story(id, fingerprint: fingerprint) {
            try await offPool {
                let view = StoryView(story: story, members: members, comparison: comparison)
                return RenderedStory(
                    fingerprint: fingerprint, view: view, json: try JSONBody.buffer(view),
                    page: ByteBuffer(string: try pages.story(view)))
            }
        }
    }

    /// The page of stories `filters` asks for, each with how contested it is, and whether more
    /// follow.
    func page(_ filters: StoryFilters) async throws -> (
        stories: [(StoredStory, Contest?)], more: Bool
    ) {
        let (store, query) = (store, filters.query)
        let found = try await listings.value(query) {
            try await store.stories(matching: query)
        }
        // The query asks one story more than the page, only to tell whether more follow.
        let stories = Array(found.prefix(filters.limit))
        // Compared on all cores; each comparison is kept for the story pages too.
        return try await withThrowingTaskGroup(of: (Int, Contest?).self) { group in
            var results = stories.map { ($0, Contest?.none) }
            var next = 0
            let width = ProcessInfo.processInfo.activeProcessorCount
            func start() {
                guard next < stories.count else { return }
                let index = next
                next += 1
                group.addTask { (index, try await self.story(stories[index].id)?.view.contest) }
            }
            for _ in 0..<width { start() }
            while let (index, contest) = try await group.next() {
                results[index].1 = contest
                start()
            }
            return (results, found.count > filters.limit)
        }
    }

    /// Article `id` in full, or nil if there is none.
    func article(_ id: String) async throws -> ArticleRecord? {
        try await store.article(id)
    }

    /// Compares articles sent by a client, in the order given.
    func compare(_ articles: [ArticleInput]) async throws -> ComparisonReport {
        let comparison = comparison
        return try await withTimeLimit(settings.requestTimeout) {
            try await offPool { comparison.compare(articles.map(\.article)) }
        }
    }

    /// Stores articles sent by a client and places them in stories, one request at a time.
    func ingest(_ articles: [ArticleInput]) async throws -> IngestOutcome {
        let store = store
        let kept = keptAssigner
        let outcome = try await ingestion.run {
            let ingester = Ingester(store: store)
            // The story window is read back once, then kept: reading it again for every
            // request cost 1.5-1.9 s on a store of 100,000 articles.
            let assigner: StoryAssigner
            if let known = kept.assigner {
                assigner = known
            } else {
                assigner = try await StoryAssigner.resume(
                    store: store, settings: ingester.storySettings)
            }
            kept.assigner = nil
            let session = try await ingester.begin(
                inputs: ["POST /api/v1/ingest"], stories: assigner)
            try await session.add(
                articles.enumerated().map { $1.document(origin: "article \($0 + 1)") },
                input: "POST /api/v1/ingest")
            let report = try await session.finish()
            // Kept only after a run that finished: a failed one may have left it behind the
            // store.
            kept.assigner = assigner
            var ids: [IngestOutcome.Item] = []
            for (index, input) in articles.enumerated() {
                let id = input.article.id.rawValue
                let record = try await store.article(id)
                ids.append(
                    IngestOutcome.Item(
                        index: index + 1, id: record == nil ? nil : id,
                        story: record?.membership?.story))
            }
            return IngestOutcome(
                stored: report.totals.stored, duplicates: report.totals.duplicates,
                revisions: report.totals.revisions,
                rejected: report.rejected.map { "\($0.origin): \($0.reason)" }, articles: ids)
        }
        await cache.removeAll()
        await listings.removeAll()
        return outcome
    }
}

/// Runs CPU-heavy `work` (a comparison: milliseconds to seconds) on a thread of Dispatch's
/// global pool, so that it never holds one of the few threads Swift concurrency and the
/// server's requests share. A task that prefers an executor of its own (a server run on
/// threads of its own) runs `work` there, where it already is.
func offPool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws
    -> Value
{
    if Task.currentExecutorPreference != nil { return try work() }
    return try await withCheckedThrowingContinuation { continuation in
        DispatchQueue.global().async { continuation.resume(with: Result(catching: work)) }
    }
}

/// What `POST /api/v1/ingest` did.
struct IngestOutcome: Sendable, Encodable {
    struct Item: Sendable, Encodable {
        /// The article's place in the request, from 1.
        var index: Int
        /// Its id in the store; nil if it was rejected.
        var id: String?
        /// The story it was placed in.
        var story: Int64?
    }
    var stored: Int
    var duplicates: Int
    var revisions: Int
    var rejected: [String]
    var articles: [Item]
}

/// The story assigner ingestion keeps between requests.
///
/// Unchecked: only ingestion work reads or writes it, and ``IngestQueue`` runs that work one
/// request at a time, each after the previous one ended.
final class KeptAssigner: @unchecked Sendable {
    var assigner: StoryAssigner?
}

/// Runs ingestions one after another: two requests never group stories at the same time.
actor IngestQueue {
    private var last: Task<Void, Never>?

    func run<Result: Sendable>(_ work: @escaping @Sendable () async throws -> Result)
        async throws -> Result
    {
        let previous = last
        let preference = Task.currentExecutorPreference
        let task = Task(executorPreference: preference) {
            await previous?.value
            return try await work()
        }
        last = Task(executorPreference: preference) { _ = try? await task.value }
        return try await task.value
    }
}
