import Foundation
import ParallaxCore
import Testing

/// Stories the window closes stay within reach of the articles it cannot place: undated ones
/// and late arrivals.
@Suite struct StoryArchiveTests {
    typealias Reports = StoryEngineTests

    static let quakeBOther = """
        Five people were hurt when a magnitude 5.8 earthquake hit the sea off Irsen Island, \
        officials in Port Kessel said on Friday.
        Governor Mina Hollis visited the damaged harbour at Port Kessel.
        Ferries to Irsen Island will not run until the harbour is checked.
        """

    /// An engine with a window of three days and `change` made to its other settings.
    static func engine(_ change: (inout StorySettings) -> Void = { _ in }) -> StoryEngine {
        var settings = StorySettings()
        settings.windowDays = 3
        change(&settings)
        return StoryEngine(settings: settings)
    }

    /// An engine holding a story of `quakeA` from day 0 that a report dated day 30 has closed.
    static func engineWithClosedQuake(
        archivedStories: Int = StorySettings().archivedStories, followingUp: Bool = true,
        pairedNames: Int = StorySettings().pairedNames
    ) -> (StoryEngine, StoryAssignment) {
        let engine = engine {
            $0.archivedStories = archivedStories
            $0.pairedNames = pairedNames
            if !followingUp { $0.followUpThreshold = nil }
        }
        let first = engine.add(
            StoryDocument(id: "a1", text: Reports.quakeA, published: Reports.day(0)))
        engine.add(StoryDocument(id: "b1", text: Reports.quakeB, published: Reports.day(30)))
        return (engine, first)
    }

    @Test func anUndatedReportJoinsAStoryTheWindowClosed() {
        let (engine, first) = Self.engineWithClosedQuake()
        #expect(engine.activeStories == 1)
        #expect(engine.archivedStories == 1)
        let undated = engine.add(StoryDocument(id: "a2", text: Reports.quakeAOther))
        #expect(undated.story == first.story, "\(undated.explanation)")
        #expect(!undated.isNew)
    }

    @Test func withoutAnArchiveTheUndatedReportStartsAStory() {
        let (engine, first) = Self.engineWithClosedQuake(archivedStories: 0)
        #expect(engine.archivedStories == 0)
        let undated = engine.add(StoryDocument(id: "a2", text: Reports.quakeAOther))
        #expect(undated.story != first.story)
        #expect(undated.isNew)
    }

    @Test func aLateArrivalJoinsTheStoryOfItsDays() {
        let (engine, first) = Self.engineWithClosedQuake()
        // Dated the day after the first report, but arriving after day 30.
        let late = engine.add(
            StoryDocument(id: "a2", text: Reports.quakeAOther, published: Reports.day(1)))
        #expect(late.story == first.story, "\(late.explanation)")
    }

    @Test func theArchiveKeepsTheMostRecentlyClosedStories() {
        let engine = Self.engine { $0.archivedStories = 1 }
        let quakeA = engine.add(
            StoryDocument(id: "a1", text: Reports.quakeA, published: Reports.day(0)))
        let quakeB = engine.add(
            StoryDocument(id: "b1", text: Reports.quakeB, published: Reports.day(10)))
        // Closes the story of quake B, which pushes quake A's out of the archive.
        engine.add(
            StoryDocument(
                id: "c1", text: "Parliament in Castellan passed the budget on Monday.",
                published: Reports.day(20)))
        #expect(engine.archivedStories == 1)
        let otherA = engine.add(StoryDocument(id: "a2", text: Reports.quakeAOther))
        let otherB = engine.add(StoryDocument(id: "b2", text: Self.quakeBOther))
        #expect(otherA.story != quakeA.story)
        #expect(otherB.story == quakeB.story, "\(otherB.explanation)")
    }

    @Test func anArchivedStoryThatTakesInAnOpenOneIsOpenAgain() {
        let engine = Self.engine {
            $0.mergeThreshold = 0.3
            $0.followUpThreshold = nil
        }
        let archived = engine.add(
            StoryDocument(id: "a1", text: Reports.quakeA, published: Reports.day(0)))
        // The same event reported a month later starts a story and closes the first.
        let open = engine.add(
            StoryDocument(id: "a2", text: Reports.quakeAOther, published: Reports.day(30)))
        #expect(open.story != archived.story)
        #expect(engine.archivedStories == 1)
        // An undated report close to both bridges them; the older id stays.
        let bridge = engine.add(
            StoryDocument(id: "x", text: Reports.quakeA + "\n" + Reports.quakeAOther))
        #expect(engine.merges.count == 1, "\(bridge.explanation)")
        #expect(engine.story(of: "a2") == archived.story)
        #expect(engine.archivedStories == 0)
        #expect(engine.activeStories == 1)
        // Reopened, the merged story takes dated reports of the open one's days.
        let next = engine.add(
            StoryDocument(
                id: "a3",
                text: """
                    Aftershocks shook Velmora again on Thursday. Prime Minister Aldo Ferrant                     said the Castellan Red Cross would stay in Velmora.
                    """,
                published: Reports.day(31)))
        #expect(next.story == archived.story, "\(next.explanation)")
    }

    /// Months after quake A: the same people and bodies, new words.
    static let quakeARebuilt = """
        Three months after the magnitude 6.1 earthquake in Velmora, Prime Minister Aldo Ferrant \
        opened the first rebuilt homes, paid for by the Castellan Red Cross.
        The Interior Ministry said 400 families in Velmora were still in tents.
        """

    @Test func aLaterDevelopmentJoinsTheStoryTheWindowClosed() {
        let (engine, first) = Self.engineWithClosedQuake()
        let later = engine.add(
            StoryDocument(id: "a2", text: Self.quakeARebuilt, published: Reports.day(90)))
        #expect(later.story == first.story, "\(later.explanation)")
        #expect(later.isFollowUp)
        #expect(later.explanation.hasPrefix("follow-up of a closed story"))
        // Followed up, the story is open again (and quake B's, quiet since day 30, is closed):
        // the next day's report joins it in the window.
        #expect(engine.activeStories == 1)
        #expect(engine.archivedStories == 1)
        let next = engine.add(
            StoryDocument(id: "a3", text: Reports.quakeAOther, published: Reports.day(91)))
        #expect(next.story == first.story, "\(next.explanation)")
        #expect(!next.isFollowUp)
    }

    /// Dated articles in order search the archive only to follow a story up.
    @Test func withoutFollowUpsALaterDevelopmentStartsAStory() {
        let (engine, first) = Self.engineWithClosedQuake(followingUp: false)
        let later = engine.add(
            StoryDocument(id: "a2", text: Self.quakeARebuilt, published: Reports.day(90)))
        #expect(later.story != first.story)
        #expect(later.isNew)
    }

    @Test func aFollowUpSharesTwoWordNamesNotJustAPlace() {
        // Another quake in the same town: its places are the first quake's, and one body.
        let another = """
            A magnitude 4.9 earthquake shook Velmora in northern Castellan on Monday, \
            the interior ministry said.
            The Red Cross checked homes in Velmora, where schools closed for the day.
            """
        let (engine, first) = Self.engineWithClosedQuake()
        let later = engine.add(
            StoryDocument(id: "c1", text: another, published: Reports.day(90)))
        #expect(later.story != first.story, "\(later.explanation)")
        #expect(later.isNew)
        // Asked for one two-word name, the similarity would have joined them.
        let (lenient, quake) = Self.engineWithClosedQuake(pairedNames: 1)
        let joined = lenient.add(
            StoryDocument(id: "c1", text: another, published: Reports.day(90)))
        #expect(joined.story == quake.story, "\(joined.explanation)")
    }
}
