import Foundation
import ParallaxCore
import ParallaxStore

/// Groups newly stored articles into stories as ingestion goes, going on from the stories the
/// store already holds: the articles of the last window are read back into the engine first,
/// and those of the ``StorySettings/resumeDays`` before it, whose stories the window has
/// closed, into its archive.
///
/// Story ids are the store's; the engine's own numbers are mapped to them. Two processes
/// ingesting into one PostgreSQL store at once each group what they store, and do not see the
/// stories the other starts meanwhile.
///
/// Reading the window back costs seconds on a large store, so a process that ingests again and
/// again (the server) keeps one assigner and hands it to ``Ingester/begin(inputs:stories:progress:)``.
/// An assigner is used by one ingestion at a time.
public final class StoryAssigner {
    let store: any ArticleStore
    let engine: StoryEngine
    private var storeID: [Int: Int64] = [:]
    private var engineIndex: [Int64: Int] = [:]

    private init(store: any ArticleStore, settings: StorySettings) {
        self.store = store
        engine = StoryEngine(settings: settings)
    }

    /// An assigner for `store`, with the stories of its latest window read back (at most
    /// `limit` articles, the most recent first), and the archive refilled with those of the
    /// ``StorySettings/resumeDays`` before it (at most `archiveLimit` more articles, the most
    /// recent first: a story closed long ago is known by its latest reports).
    public static func resume(
        store: any ArticleStore, settings: StorySettings, limit: Int = 200_000,
        archiveLimit: Int = 20_000
    ) async throws -> StoryAssigner {
        let assigner = StoryAssigner(store: store, settings: settings)
        let latest = try await store.stories(matching: StoryQuery(limit: 1)).first?.last ?? Date()
        let window = latest.addingTimeInterval(-settings.windowDays * 86_400)
        var recent = try await store.recentStoryArticles(since: window, limit: limit)
        if settings.archivedStories > 0, settings.resumeDays > 0, archiveLimit > 0 {
            let older = try await store.recentStoryArticles(
                since: window.addingTimeInterval(-settings.resumeDays * 86_400), before: window,
                limit: archiveLimit)
            recent = older + recent
        }
        // Read back in publication order, the engine closes (archives) the older stories as
        // the later articles come.
        let documents = recent.map {
            Self.document($0.article)
        }
        let prepared = StoryEngine.prepare(documents)
        for (item, (document, features)) in zip(recent, zip(documents, prepared)) {
            let story = item.membership.story
            let index = assigner.engine.restore(
                document, prepared: features, joining: assigner.engineIndex[story])
            assigner.engineIndex[story] = index
            assigner.storeID[index] = story
        }
        // Articles a stopped run stored but did not place.
        let unplaced = try await store.unplacedArticles(limit: limit)
        try await assigner.assign(unplaced.map(Self.document))
        return assigner
    }

    static func document(_ article: StoredArticle) -> StoryDocument {
        StoryDocument(
            id: article.id, text: article.cleanedText, title: article.title,
            published: article.published,
            url: article.url,
            source: article.source)
    }

    /// Places `articles` (just stored) in stories, in publication order, and saves where they
    /// went, the new stories and the merges.
    func assign(_ articles: [Article]) async throws {
        try await assign(
            articles.map { article in
                StoryDocument(
                    id: article.id.rawValue, text: article.cleanedText, title: article.title,
                    published: article.published, url: article.url, source: article.source)
            })
    }

    /// Places `documents` (stored articles, in the order they were read) in stories, in
    /// publication order, an undated one keeping its place after the dated one before it, as
    /// `cluster` places them (``StoryEngine/publicationOrder(_:)``).
    ///
    /// Undated articles were once placed after every dated one of the batch: each came when
    /// the stories of its event's dated reports had grown, and joined them whatever the event
    /// it reported, where the order they were read in keeps them beside the reports they came
    /// with. Ingesting the ECB+ events file grouped them at B-cubed F1 0.84 against `cluster`'s
    /// 0.95.
    func assign(_ documents: [StoryDocument]) async throws {
        guard !documents.isEmpty else { return }
        let mergedBefore = engine.merges.count
        let assignments = await engine.add(documents)
        // New stories are created together, in one transaction.
        // A story is headed by the article that started it, the earliest: the documents are
        // in the order read.
        var fresh: [Int] = []
        var headlines: [String] = []
        for (document, assignment) in zip(documents, assignments)
        where assignment.isNew && storeID[assignment.story] == nil {
            fresh.append(assignment.story)
            headlines.append(
                document.title ?? String(document.text.prefix { $0 != "\n" }.prefix(120)))
        }
        if !fresh.isEmpty {
            for (story, id) in zip(fresh, try await store.createStories(headlines: headlines)) {
                storeID[story] = id
                engineIndex[id] = story
            }
        }
        // The engine's merges as it made them (the older id stays), those of second looks too.
        for merge in engine.merges[mergedBefore...] {
            guard let gone = storeID[merge.absorbed], let target = storeID[merge.into] else {
                continue
            }
            try await store.mergeStory(gone, into: target)
        }
        try await store.saveMemberships(
            zip(documents, assignments).map { document, assignment in
                StoryMembership(
                    article: document.id, story: storeID[engine.currentStory(assignment.story)]!,
                    similarity: assignment.similarity, why: assignment.explanation,
                    copyOf: assignment.copyOf)
            })
    }
}
