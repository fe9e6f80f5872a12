import Foundation
import ParallaxIngest
import ParallaxStore
import ParallaxTestSupport
import Testing

/// Ingestion places articles in stories, and a later run goes on from the stories stored.
@Suite struct StoryIngestTests {
    static let followUp = """
        Source: Harbour Gazette
        Published: 2026-03-16T10:00:00Z
        Title: Tessaly Wren inquiry: Skerrow Line to refloat ferry from Greyling Ledge

        Salvage crews will try to refloat the MV Tessaly Wren from the Greyling Ledge off Port \
        Avelline this week, Skerrow Line said on Monday, as the inquiry into the grounding heard \
        from the Coastal Rescue Service.
        The ferry ran aground in fog on March 13 with 118 people on board; the deckhand Tomas \
        Reyne was found alive on Skerrow the next day.
        Skerrow Line said sailings from Port Avelline to Skerrow would resume with a chartered vessel.
        """

    @Test func ingestionGroupsStoriesAndGoesOnWhereItStopped() async throws {
        let corpus = TestPaths.exampleCorpus.map(\.path)
        try #require(corpus.count == 4, "the example corpus is missing")
        let folder = try TemporaryFolder.make("parallax-stories")
        let storePath = folder.appendingPathComponent("store.sqlite").path
        let first = try await Ingester(store: try SQLiteStore(path: storePath)).ingest(
            paths: corpus)
        #expect(first.totals.stored == 4)
        let store = try SQLiteStore(path: storePath)
        let stories = try await store.stories(matching: StoryQuery())
        #expect(stories.count == 1, "\(stories.map(\.headline))")
        let ferry = try #require(stories.first)
        #expect(ferry.articles == 4)
        #expect(ferry.sources == 4)
        let members = try await store.storyArticles(ferry.id)
        #expect(members.filter { $0.membership.why.hasPrefix("similarity") }.count == 3)

        // A later run, in a new process as far as the store knows: the follow-up joins the
        // stored story.
        let file = folder.appendingPathComponent("follow-up.txt")
        try Data(Self.followUp.utf8).write(to: file)
        _ = try await Ingester(store: try SQLiteStore(path: storePath)).ingest(paths: [file.path])
        let after = try await store.stories(matching: StoryQuery())
        #expect(after.count == 1, "\(after.map(\.headline))")
        #expect(after.first?.articles == 5)
        #expect(after.first?.id == ferry.id)
    }
}
