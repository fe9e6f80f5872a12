import Foundation
import ParallaxCore
import Testing

@Suite struct StoryEngineTests {
    static func day(_ number: Int, hour: Int = 9) -> Date {
        Date(timeIntervalSince1970: 1_773_446_400 + Double(number) * 86_400 + Double(hour) * 3600)
    }

    static let quakeA = """
        A magnitude 6.1 earthquake struck near the town of Velmora in northern Castellan on \
        Tuesday, killing at least 12 people, the interior ministry said.
        Rescuers from the Castellan Red Cross searched collapsed homes in Velmora through the night.
        Prime Minister Aldo Ferrant said the army would send tents and field kitchens.
        """

    static let quakeAOther = """
        At least 12 people died when an earthquake of magnitude 6.1 hit Velmora, a mountain town \
        in the north of Castellan, officials said.
        Prime Minister Aldo Ferrant flew to Velmora, where the Red Cross had set up shelters.
        Aftershocks shook the region on Wednesday morning.
        """

    static let quakeB = """
        A magnitude 5.8 earthquake struck off the coast of Irsen Island on Friday, injuring five \
        people and damaging the harbour at Port Kessel, the coastguard said.
        Governor Mina Hollis said the ferry service to Port Kessel was suspended.
        Residents of Irsen Island spent the night outdoors.
        """

    @Test func reportsOfOneEventJoinAndTwoEventsOfOneKindStayApart() {
        let engine = StoryEngine()
        let first = engine.add(StoryDocument(id: "a1", text: Self.quakeA, published: Self.day(0)))
        let second = engine.add(
            StoryDocument(id: "a2", text: Self.quakeAOther, published: Self.day(0, hour: 12)))
        let other = engine.add(StoryDocument(id: "b1", text: Self.quakeB, published: Self.day(1)))
        #expect(first.isNew)
        #expect(second.story == first.story, "\(second.explanation)")
        #expect(!second.isNew)
        #expect(other.story != first.story, "\(other.explanation)")
        #expect(other.isNew)
        // The assignment explains itself with the names that decided it.
        #expect(second.sharedNames.contains("Velmora"))
        #expect(second.explanation.contains("Velmora"))
        #expect(second.similarity >= engine.settings.threshold)
    }

    /// The similarity of undated `quakeAOther` to a story of undated `quakeA` and `copies`
    /// copies of it, with no margin for small stories.
    static func similarityToQuakeA(copies: Int) -> Double {
        var settings = StorySettings()
        settings.smallStoryMargin = 0
        let engine = StoryEngine(settings: settings)
        engine.add(StoryDocument(id: "a1", text: Self.quakeA))
        for copy in 0..<copies {
            engine.add(StoryDocument(id: "copy\(copy)", text: Self.quakeA))
        }
        return engine.add(StoryDocument(id: "a2", text: Self.quakeAOther)).similarity
    }

    @Test func anUndatedStoryOfOneArticleAsksForMoreSimilarityThanALargerOne() {
        let alone = Self.similarityToQuakeA(copies: 0)
        let withCopy = Self.similarityToQuakeA(copies: 1)
        // Settings under which the report passes against two articles (margin / 2) but not
        // against one (the whole margin).
        var settings = StorySettings()
        settings.smallStoryMargin = max(0.1, 2 * (alone - withCopy) + 0.05)
        settings.threshold = withCopy - settings.smallStoryMargin / 2 - 0.005
        settings.pairedThreshold = settings.threshold
        #expect(settings.threshold > 0)
        #expect(alone < settings.threshold + settings.smallStoryMargin)

        let single = StoryEngine(settings: settings)
        let first = single.add(StoryDocument(id: "a1", text: Self.quakeA))
        let refused = single.add(StoryDocument(id: "a2", text: Self.quakeAOther))
        #expect(refused.isNew, "\(refused.explanation)")
        #expect(refused.story != first.story)

        let pair = StoryEngine(settings: settings)
        let origin = pair.add(StoryDocument(id: "a1", text: Self.quakeA))
        pair.add(StoryDocument(id: "copy0", text: Self.quakeA))
        let joined = pair.add(StoryDocument(id: "a2", text: Self.quakeAOther))
        #expect(joined.story == origin.story, "\(joined.explanation)")

        // Dated within the window, the same two reports need no margin.
        let dated = StoryEngine(settings: settings)
        let morning = dated.add(
            StoryDocument(id: "a1", text: Self.quakeA, published: Self.day(0)))
        let noon = dated.add(
            StoryDocument(id: "a2", text: Self.quakeAOther, published: Self.day(0, hour: 12)))
        #expect(noon.story == morning.story, "\(noon.explanation)")
    }

    @Test func namesSeenOnlyOnceDoNotHideTheStoryFromALongArticle() {
        // A later report that also lists two dozen places no other article names: each is
        // its heaviest term, and none can lead to a story.
        let villages = (1...24).map { "Village\(Character(UnicodeScalar(96 + $0)!))ton" }
        let long =
            Self.quakeAOther + "\nAid reached " + villages.joined(separator: ", ")
            + " by Thursday."
        var settings = StorySettings()
        settings.threshold = 0.05
        settings.pairedThreshold = 0.05
        let engine = StoryEngine(settings: settings)
        let first = engine.add(StoryDocument(id: "a1", text: Self.quakeA, published: Self.day(0)))
        let later = engine.add(
            StoryDocument(id: "a2", text: long, published: Self.day(0, hour: 12)))
        #expect(later.similarity > 0, "\(later.explanation)")
        #expect(later.story == first.story, "\(later.explanation)")
    }

    @Test func copiesJoinTheirOriginsStoryAndNameTheOrigin() {
        let engine = StoryEngine()
        let wire = StoryDocument(id: "wire", text: Self.quakeA, published: Self.day(0, hour: 10))
        // The same wire text, a line added and a word changed, published earlier by a partner.
        let rewrite = StoryDocument(
            id: "partner",
            text: Self.quakeA.replacingOccurrences(of: "through the night", with: "all night")
                + "\nMore to follow.",
            published: Self.day(0, hour: 8))
        engine.add(StoryDocument(id: "b1", text: Self.quakeB, published: Self.day(0, hour: 7)))
        let first = engine.add(rewrite)
        let copy = engine.add(wire)
        #expect(copy.copyOf == "partner")
        #expect((copy.copySimilarity ?? 0) >= engine.settings.copyThreshold)
        #expect(copy.story == first.story)
        #expect(copy.explanation.hasPrefix("copy of partner"))
        let groups = engine.copyGroups
        #expect(groups.count == 1)
        #expect(groups.first?.origin == "partner")
        #expect(Set(groups.first?.members ?? []) == ["wire", "partner"])
    }

    @Test func theFullestCopyIsTheOriginWhenDatesTie() {
        let engine = StoryEngine()
        let short = StoryDocument(id: "short", text: Self.quakeA, published: Self.day(0))
        let full = StoryDocument(
            id: "full", text: Self.quakeA + "\nThe ministry said 40 people were taken to hospital.",
            published: Self.day(0))
        engine.add(short)
        engine.add(full)
        #expect(engine.copyGroups.first?.origin == "full")
    }

    @Test func storiesCloseAfterTheWindowAndIdsNeverChange() {
        var settings = StorySettings()
        settings.windowDays = 3
        settings.followUpThreshold = nil
        let engine = StoryEngine(settings: settings)
        let first = engine.add(StoryDocument(id: "a1", text: Self.quakeA, published: Self.day(0)))
        // Weeks later, a report of the same kind with the same names starts a new story (unless
        // followed up: StoryArchiveTests).
        let later = engine.add(
            StoryDocument(id: "a9", text: Self.quakeAOther, published: Self.day(30)))
        #expect(later.isNew)
        #expect(later.story != first.story)
        #expect(engine.story(of: "a1") == first.story)
        #expect(engine.activeStories == 1)
    }

    @Test func aBridgingArticleMergesStoriesAndTheMergeIsRecorded() {
        var settings = StorySettings()
        settings.mergeThreshold = 0.3
        settings.threshold = 0.3
        let engine = StoryEngine(settings: settings)
        let left = engine.add(
            StoryDocument(
                id: "l", text: "Velmora earthquake: Aldo Ferrant visits Velmora shelters.",
                published: Self.day(0)))
        let right = engine.add(
            StoryDocument(
                id: "r", text: "Castellan Red Cross appeals for blankets for Castellan families.",
                published: Self.day(0)))
        #expect(left.story != right.story)
        let bridge = engine.add(
            StoryDocument(
                id: "x",
                text:
                    "Aldo Ferrant thanked the Castellan Red Cross in Velmora after the earthquake in Castellan.",
                published: Self.day(0)))
        if bridge.merged.isEmpty {
            Issue.record("no merge: \(bridge.explanation)")
            return
        }
        #expect(engine.merges.count == 1)
        #expect(engine.merges.first?.into == min(left.story, right.story))
        #expect(engine.story(of: "l") == engine.story(of: "r"))
        #expect(engine.story(of: "x") == min(left.story, right.story))
    }

    /// Settings under which the undated bulletin of event A is too unlike `quakeA` to take
    /// it into its story of one article (0.42 against 0.2 + 0.3), but alike enough to join a
    /// story of two on a second look (0.42 against 0.2 + 0.3 / 2).
    static func secondLookSettings() -> StorySettings {
        var settings = StorySettings()
        settings.smallStoryMargin = 0.3
        return settings
    }

    /// A short undated bulletin of event A, an undated report of event B, then two dated
    /// reports of event A that join each other.
    static let lateGrowth = [
        StoryDocument(
            id: "first",
            text:
                "Earthquake in Velmora: the Red Cross says 12 people are dead in northern Castellan."
        ),
        StoryDocument(id: "other", text: quakeB),
        StoryDocument(id: "a1", text: quakeA, published: day(0)),
        StoryDocument(
            id: "a2",
            text: """
                Rescue teams in Velmora pulled two survivors from a collapsed school on \
                Wednesday, a day after the magnitude 6.1 earthquake that killed 12 people in \
                northern Castellan.
                Prime Minister Aldo Ferrant visited the Red Cross shelters in Velmora.
                """, published: day(0, hour: 12)),
    ]

    @Test func aFirstReportStillAloneJoinsTheStoryThatGrewOnASecondLook() async {
        let engine = StoryEngine(settings: Self.secondLookSettings())
        let assignments = await engine.add(Self.lateGrowth)
        let (first, other, later) = (assignments[0], assignments[1], assignments[2])
        // As they arrived, event A's second report did not join the first's story.
        #expect(first.isNew)
        #expect(later.isNew, "\(later.explanation)")
        // On the second look, the first report's story took in the grown one, keeping the
        // older id; the unrelated report stayed alone.
        #expect(engine.story(of: "a1") == first.story)
        #expect(engine.story(of: "a2") == first.story)
        #expect(engine.story(of: "other") == other.story)
        let merge = engine.merges.first { $0.isSecondLook }
        #expect(merge?.article == "first")
        #expect(merge?.into == first.story)
        #expect(merge?.absorbed == later.story)
        #expect(first.joinedLater == merge)
        #expect(first.explanation.contains("second look"), "\(first.explanation)")
        #expect(other.joinedLater == nil)
        #expect(later.joinedLater == nil)
    }

    @Test func withoutASecondLookTheFirstReportStaysAlone() async {
        var settings = Self.secondLookSettings()
        settings.secondLook = false
        let engine = StoryEngine(settings: settings)
        let assignments = await engine.add(Self.lateGrowth)
        #expect(engine.story(of: "first") == assignments[0].story)
        #expect(engine.story(of: "a1") != assignments[0].story)
        #expect(engine.merges.isEmpty)
    }

    @Test func settlingOneArticleAtATimeGivesTheSameSecondLook() {
        let engine = StoryEngine(settings: Self.secondLookSettings())
        let added = Self.lateGrowth.map { engine.add($0) }
        #expect(engine.story(of: "a1") != added[0].story)
        let merges = engine.settle()
        #expect(merges.count == 1)
        #expect(merges.first?.isSecondLook == true)
        #expect(engine.story(of: "a1") == added[0].story)
        // Each article gets one second look: settling again changes nothing.
        #expect(engine.settle().isEmpty)
    }

    /// Two undated bulletins of event A that take each other, an undated report of event B,
    /// then two dated reports of event A, each telling half of what the bulletins tell: the
    /// first of them is 0.11 like the bulletins' story, the two together 0.25.
    static let twoHalves = [
        StoryDocument(
            id: "bulletin",
            text:
                "Earthquake in Velmora: the Red Cross says 12 people are dead in northern Castellan."
        ),
        StoryDocument(
            id: "bulletin2",
            text: """
                Red Cross says 12 dead after earthquake hits Velmora in northern Castellan; \
                rescuers search the town.
                """),
        StoryDocument(id: "other", text: quakeB),
        StoryDocument(
            id: "visit",
            text: """
                Prime Minister Aldo Ferrant flew to Velmora in northern Castellan after the \
                earthquake and promised tents and field kitchens.
                Aftershocks shook the region on Wednesday.
                """, published: day(0)),
        StoryDocument(
            id: "thanks",
            text: """
                Prime Minister Aldo Ferrant thanked the Red Cross, whose rescuers found 12 \
                people dead in the rubble.
                """, published: day(0, hour: 12)),
    ]

    /// Settings under which a story of two takes another at 0.2: between the 0.11 of one
    /// report and the 0.25 of two.
    static func halvesSettings(secondLookSize: Int) -> StorySettings {
        var settings = StorySettings()
        settings.threshold = 0.15
        settings.pairedThreshold = 0.15
        settings.smallStoryMargin = 0.1
        settings.secondLookSize = secondLookSize
        return settings
    }

    @Test func aSmallStoryJoinsOneThatTellsTheRestOnASecondLook() async {
        let engine = StoryEngine(settings: Self.halvesSettings(secondLookSize: 3))
        let assignments = await engine.add(Self.twoHalves)
        let bulletin = assignments[0]
        // As it arrived, the visit started a story of its own, and the thanks joined it.
        #expect(assignments[3].isNew, "\(assignments[3].explanation)")
        #expect(assignments[4].story == assignments[3].story)
        // On the second look, the bulletins' story of two took the other in, keeping its id.
        for id in ["bulletin2", "visit", "thanks"] {
            #expect(engine.story(of: id) == bulletin.story, "\(id)")
        }
        #expect(engine.story(of: "other") == assignments[2].story)
        let merge = engine.merges.first
        #expect(engine.merges.count == 1)
        #expect(merge?.isSecondLook == true)
        #expect(merge?.article == "bulletin")
        #expect(merge?.absorbed == assignments[3].story)
        #expect(bulletin.explanation.contains("second look"), "\(bulletin.explanation)")

        // Looking at lone articles only, the two stories stay apart.
        let lonesOnly = StoryEngine(settings: Self.halvesSettings(secondLookSize: 1))
        let apart = await lonesOnly.add(Self.twoHalves)
        #expect(lonesOnly.story(of: "visit") == apart[3].story)
        #expect(lonesOnly.story(of: "bulletin") == apart[0].story)
        #expect(lonesOnly.merges.isEmpty)
    }

    @Test func storiesReadBackFromAStoreGetNoSecondLook() {
        // The two stories above, as a run that grouped them apart left them in its store.
        let engine = StoryEngine(settings: Self.halvesSettings(secondLookSize: 3))
        let prepared = StoryEngine.prepare(Self.twoHalves)
        var placed: [String: Int] = [:]
        for (document, features) in zip(Self.twoHalves, prepared) {
            let group = ["bulletin2": "bulletin", "thanks": "visit"][document.id] ?? document.id
            placed[group] = engine.restore(document, prepared: features, joining: placed[group])
        }
        #expect(placed["bulletin"] != placed["visit"])
        #expect(engine.settle().isEmpty)
        #expect(engine.story(of: "thanks") == placed["visit"])
    }

    /// Reports of three events over ten days, with copies, one sentence varied per report.
    static func stream() -> [StoryDocument] {
        let texts = [quakeA, quakeAOther, quakeB]
        return (0..<36).map { number in
            let base = texts[number % 3]
            let text =
                number % 4 == 0
                ? base
                : base + "\nUpdate \(number / 3): officials gave new figures on day \(number / 3)."
            return StoryDocument(
                id: "d\(number)", text: text, published: day(number / 4, hour: number % 12))
        }
    }

    @Test func chunkedAssignmentMatchesOneArticleAtATime() async {
        let documents = Self.stream()
        let single = StoryEngine()
        let expected = documents.map { single.add($0) }
        let chunked = StoryEngine()
        var start = 0
        var got: [StoryAssignment] = []
        await chunked.add(
            chunks: {
                guard start < documents.count else { return nil }
                defer { start += 5 }
                return Array(documents[start..<min(documents.count, start + 5)])
            },
            { _, assignment in got.append(assignment) })
        #expect(got == expected)
        #expect(chunked.copyGroups == single.copyGroups)
        #expect(!single.copyGroups.isEmpty)
        // The batch entry point orders by date first and answers in the order given.
        let batch = await StoryEngine().add(documents.reversed())
        #expect(batch.map(\.article) == documents.reversed().map(\.id))
    }

    @Test func featuresAreTheSameWithAWarmTermCache() {
        var cache = TermCache()
        for document in Self.stream() {
            let cold = StoryFeatures(document)
            let warm = StoryFeatures(document, cache: &cache)
            #expect(warm.names == cold.names)
            #expect(warm.words == cold.words)
            #expect(warm.namePairs == cold.namePairs)
        }
    }

    @Test func featuresOfTypographicVariantsAreTheSame() {
        // Curly quotes, dashes, no-break spaces and an ellipsis read as their plain forms.
        let curly = StoryDocument(
            id: "a",
            text:
                "The mayor of Zürich, Ana Müller, said\u{00A0}the bridge’s repair…\nWork starts today.",
            title: "Zürich’s mayor — “we will rebuild”")
        let plain = StoryDocument(
            id: "b",
            text:
                "The mayor of Zürich, Ana Müller, said the bridge's repair...\nWork starts today.",
            title: "Zürich's mayor - \"we will rebuild\"")
        let first = StoryFeatures(curly)
        let second = StoryFeatures(plain)
        #expect(first.names == second.names)
        #expect(first.words == second.words)
        #expect(first.namePairs == second.namePairs)
        #expect(first.length == second.length)
        #expect(first.names.contains { $0.label == "Müller" })
        #expect(first.names.contains { $0.label == "Ana Müller" })
        // The title counts double.
        #expect(first.names.first { $0.label == "Zürich's" }?.count == 3)
    }

    @Test func aLargeBatchIsPreparedInRangesAndAnsweredInOrder() async {
        // Several of the preparer's ranges, taken by different threads.
        var documents: [StoryDocument] = []
        for round in 0..<30 {
            for (index, document) in Self.stream().enumerated() {
                var copy = document
                copy.id = "\(round)-\(index)"
                copy.published = document.published.map { $0.addingTimeInterval(Double(round)) }
                documents.append(copy)
            }
        }
        #expect(documents.count > 4 * 32)
        let single = StoryEngine()
        let expected = StoryEngine.publicationOrder(documents).map { single.add(documents[$0]) }
        let batch = await StoryEngine().add(documents)
        #expect(
            Dictionary(uniqueKeysWithValues: batch.map { ($0.article, $0) })
                == Dictionary(uniqueKeysWithValues: expected.map { ($0.article, $0) }))
    }

    @Test func clusterScoreAgreesWithTheReferenceScorer() {
        // Worked by hand: gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
        let gold = ["a": "1", "b": "1", "c": "1", "d": "2", "e": "2"]
        let predicted = ["a": "x", "b": "x", "c": "y", "d": "y", "e": "y"]
        let score = ClusterScore(gold: gold, predicted: predicted)
        // Pairs together: ab, de = 2; predicted pairs: 1 + 3 = 4; gold pairs: 3 + 1 = 4.
        #expect(abs(score.pairwisePrecision - 0.5) < 1e-9)
        #expect(abs(score.pairwiseRecall - 0.5) < 1e-9)
        // B-cubed precision: (1 + 1 + 1/3 + 2/3 + 2/3) / 5; recall: (2/3 + 2/3 + 1/3 + 1 + 1) / 5.
        #expect(abs(score.bcubedPrecision - (11.0 / 3) / 5) < 1e-9)
        #expect(abs(score.bcubedRecall - (11.0 / 3) / 5) < 1e-9)
        // ARI: expected = 4 * 4 / 10 = 1.6; (2 - 1.6) / (4 - 1.6).
        #expect(abs(score.adjustedRand - 0.4 / 2.4) < 1e-9)
        // Missing predictions count as singletons.
        #expect(ClusterScore(gold: gold, predicted: [:]).pairwisePrecision == 1)
    }
}
