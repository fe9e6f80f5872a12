import Foundation
import ParallaxTestSupport
import Testing

@testable import ParallaxCore

@Suite struct SameFactFeatureTests {
    func features(_ a: String, _ b: String) -> [String: Double] {
        let values = SameFactFeatures.features(SameFactSide(text: a), SameFactSide(text: b))
        return Dictionary(uniqueKeysWithValues: zip(SameFactFeatures.names, values))
    }

    @Test func figuresWrittenDifferentlyAreOneValue() {
        let same = features(
            "The 69-year-old envoy returned to Moscow.", "The envoy, aged 69, returned to Moscow.")
        #expect(same["numbers-equal"] == 1)
        #expect(same["numbers-differ"] == 0)
        let other = features(
            "The 69-year-old envoy returned to Moscow.", "The envoy, aged 71, returned to Moscow.")
        #expect(other["numbers-equal"] == 0)
        #expect(other["numbers-differ"] == 1)
        #expect(features("Two people died.", "2 people died.")["numbers-equal"] == 1)
    }

    @Test func negationAndNamesAreRead() {
        let pair = features(
            "Antonov did not return to Moscow.", "Antonov returned to Moscow on Sunday.")
        #expect(pair["negation-differs"] == 1)
        #expect(pair["names-jaccard"]! > 0.3)
        #expect(features("He left.", "She left.")["negation-differs"] == 0)
    }

    @Test func overlapAndOrderAreMeasured() {
        let identical = features(
            "The fire destroyed the warehouse.", "The fire destroyed the warehouse.")
        #expect(identical["term-jaccard"] == 1)
        #expect(identical["common-order"] == 1)
        let reordered = features("The warehouse burned in a fire.", "A fire burned the warehouse.")
        #expect(reordered["term-jaccard"]! > 0.9)
        #expect(reordered["common-order"]! < 1)
        // Without vectors, the vector features are 0.
        #expect(identical["cosine"] == 0)
    }
}

@Suite struct LeftOverWordsTests {
    func leftOver(_ a: String, _ b: String) -> (LeftOverWords, LeftOverWords) {
        let (first, second) = (SameFactSide(text: a), SameFactSide(text: b))
        return (LeftOverWords(first, against: second), LeftOverWords(second, against: first))
    }

    @Test func anAddedClauseIsLeftOverAtTheEnd() {
        let (short, long) = leftOver(
            "Though slower spending made 2003 look better, many expenditures will occur in 2004.",
            "Though slower spending made 2003 look better, many expenditures will occur in 2004, "
                + "making that year's shortfall worse.")
        #expect(short.counts == [0, 0, 0, 0, 0, 0] && short.coveredContent == 1)
        // "making that year's shortfall worse": four content words and "that".
        #expect(long.content == 4 && long.tail == 5 && long.longestRun == 5 && long.head == 0)
        #expect(long.coveredContent < 0.75)
    }

    @Test func figuresNamesAndInflectionsAreReadByKind() {
        let (first, second) = leftOver(
            "The parade passes west along Eastern Parkway, police said on Tuesday.",
            "The parade passed west along Eastern Parkway past the 300 spectators in Brooklyn.")
        // "passes" and "passed" share a stem; "police said on Tuesday" is left over.
        #expect(first.numbers == 0 && first.names == 1 && first.content == 1)
        #expect(first.tail == 4 && first.longestRun == 4 && first.head == 0)
        #expect(second.numbers == 1 && second.names == 1 && second.content == 2)
        // "past the 300 spectators in Brooklyn": "the" is matched but, a function word, ends
        // no run.
        #expect(second.longestRun == 5 && second.tail == 5)
        let spelled = leftOver("Three people died.", "3 people died.")
        #expect(spelled.0.numbers == 0 && spelled.1.numbers == 0)
    }

    @Test func anAddedLeadIsLeftOverAtTheStart() {
        let (first, second) = leftOver(
            "Microsoft issued a patch for the flaw, which affects Windows XP.",
            "The flaw affects Windows XP.")
        // "Microsoft issued a patch for", up to "flaw" ("the" is matched).
        #expect(first.head == 5 && first.tail == 0)
        #expect(second.head == 0 && second.content == 0 && second.names == 0)
        let features = SameFactFeatures.features(
            SameFactSide(text: "The flaw affects Windows XP."),
            SameFactSide(text: "Microsoft issued a patch for the flaw, which affects Windows XP."))
        let named = Dictionary(uniqueKeysWithValues: zip(SameFactFeatures.names, features))
        #expect(named["left-head-max"] == 5 && named["left-head-min"] == 0)
        #expect(named["log-left-head-max"] == log1p(5))
    }
}

@Suite struct LogisticModelTests {
    @Test func learnsASeparatingDirection() {
        // The label is whether x0 - x1 > 0; x2 is noise.
        var samples: [[Double]] = []
        var labels: [Bool] = []
        var seed: UInt64 = 7
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53) * 2 - 1
        }
        for _ in 0..<400 {
            let x = [next(), next(), next()]
            samples.append(x)
            labels.append(x[0] - x[1] > 0)
        }
        let model = LogisticModel.train(samples, labels: labels, penalty: 0.1)
        #expect(model.weights[0] > 1)
        #expect(model.weights[1] < -1)
        #expect(abs(model.weights[2]) < abs(model.weights[0]) / 5)
        let correct = zip(samples, labels).filter { (model.probability($0) >= 0.5) == $1 }.count
        #expect(correct >= 380)
    }

    @Test func solvesLinearSystems() throws {
        let x = try #require(LogisticModel.solve([[2, 1], [1, 3]], [3, 5]))
        #expect(abs(x[0] - 0.8) < 1e-12 && abs(x[1] - 1.4) < 1e-12)
        #expect(LogisticModel.solve([[1, 2], [2, 4]], [1, 2]) == nil)
    }

    @Test func aPairScorerIsWeighedOnlyWhereItsModelWasTrained() {
        // Two features carry a little of the label and a pair score carries most of it; the
        // second feature is the one that uses vectors.
        var seed: UInt64 = 11
        func next() -> Double {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Double(seed >> 11) / Double(1 << 53) * 2 - 1
        }
        var rows: [[Double]] = []
        var scores: [Double] = []
        var labels: [Bool] = []
        for _ in 0..<600 {
            let label = next() > 0
            let sign = label ? 1.0 : -1.0
            rows.append([0.3 * sign + next(), 0.3 * sign + next()])
            scores.append(3 * sign + 2 * next())
            labels.append(label)
        }
        func accuracy(_ decide: (Int) -> Bool) -> Double {
            Double(labels.indices.filter { decide($0) == labels[$0] }.count) / 600
        }
        let plain = PairClassifier.train(rows, labels: labels, vectorFeatures: 1)
        #expect(!plain.weighsPairScores && plain.thresholds.count == 2)
        // Without a model for it, a pair score changes nothing.
        #expect(
            plain.probability(rows[0], vectors: true, pairScore: 5)
                == plain.probability(rows[0], vectors: true))
        let stacked = PairClassifier.train(
            rows, labels: labels, vectorFeatures: 1, pairScores: scores)
        #expect(stacked.weighsPairScores && stacked.thresholds.count == 3)
        let withScores = accuracy {
            stacked.decide(rows[$0], vectors: true, pairScore: scores[$0]).match
        }
        let withoutScores = accuracy { stacked.decide(rows[$0], vectors: true).match }
        #expect(withScores > 0.9)
        #expect(withScores > withoutScores + 0.1)
        // Without vectors the pair score is not used: its model was trained beside them.
        #expect(
            stacked.probability(rows[0], vectors: false, pairScore: 5)
                == stacked.probability(rows[0], vectors: false))
        let source = stacked.swiftSource(
            name: "example", summary: "An example.", features: ["a", "b"], command: "test")
        #expect(source.contains("withPairScores: LogisticModel("))
        #expect(
            !plain.swiftSource(name: "example", summary: "", features: [], command: "")
                .contains("withPairScores"))
    }

    @Test func thresholdMaximisesAccuracy() {
        let threshold = PairClassifier.bestThreshold(
            [0.1, 0.2, 0.3, 0.6, 0.7, 0.9], [false, false, true, false, true, true])
        // Cutting between 0.2 and 0.3 gets 5 of 6 right, as does between 0.6 and 0.7; the first
        // best is kept.
        #expect(threshold > 0.2 && threshold < 0.3)
    }

    @Test func pairScoreModelIsCutForTheF1OfMatches() {
        // Taking the top two (0.9, 0.7) finds 2 of 3 matches, F1 4/5; the top four find all 3,
        // F1 6/7, the best; every row matches below 0.2, F1 6/9. The cut is half of 6/7.
        let scores = [0.1, 0.2, 0.3, 0.6, 0.7, 0.9]
        let labels = [false, false, true, false, true, true]
        #expect(abs(PairClassifier.f1Threshold(scores, labels) - 3.0 / 7) < 1e-12)
        // With no match to find, no cut helps: the probability's midpoint.
        #expect(PairClassifier.f1Threshold([0.3, 0.8], [false, false]) == 0.5)
    }
}

@Suite struct FactClustersTests {
    typealias Pair = FactClusters.Pair

    @Test func averageLinkageDoesNotChain() {
        // 0 (source 1) links strongly to 1 (source 2), 1 to 2 (source 3), but 0 and 2 never.
        let clusters = FactClusters(
            sources: [1, 2, 3], links: [Pair(0, 1): 0.9, Pair(1, 2): 0.6], seeds: [],
            threshold: 0.5)
        #expect(clusters.groups == [[0, 1], [2]])
    }

    @Test func pairsFromOneSourceDoNotDiluteTheMean() {
        // Two sentences of source 1 both match one sentence of source 2: one group, as the
        // pair within source 1 is never judged.
        let clusters = FactClusters(
            sources: [1, 1, 2], links: [Pair(0, 2): 0.8, Pair(1, 2): 0.7], seeds: [],
            threshold: 0.5)
        #expect(clusters.groups == [[0, 1, 2]])
    }

    @Test func seedsStartJoined() {
        let clusters = FactClusters(
            sources: [1, 2, 1, 2], links: [Pair(2, 3): 0.9], seeds: [[0, 1]], threshold: 0.5)
        #expect(clusters.groups == [[0, 1], [2, 3]])
    }
}

@Suite struct ParaphrasePairTests {
    @Test func readsMSRPAndReportsBadLines() {
        let text = """
            Quality\t#1 ID\t#2 ID\t#1 String\t#2 String
            1\t10\t11\tThe envoy returned.\tThe ambassador came back.
            0\t12\t13\tIt rained.
            2\t14\t15\tA.\tB.
            0\t16\t17\t"Quoted," he said.\tHe said nothing.

            """
        let (pairs, skipped) = ParaphrasePair.read(tsv: text)
        #expect(pairs.count == 2)
        #expect(pairs[0].isSame && pairs[0].firstID == "10")
        #expect(pairs[1].first == "\"Quoted,\" he said." && !pairs[1].isSame)
        #expect(skipped.map(\.line) == [3, 4])
        #expect(skipped[0].description.contains("5 tab-separated fields"))
    }
}

@Suite struct AlignmentScoreTests {
    @Test func scoresAssertedPairsAsTheBenchmarkDoes() {
        let item = AlignmentCase(
            event: "13ecbplus", files: ["a.txt", "b.txt"],
            annotated: [
                [
                    "A fire destroyed the old warehouse on Tuesday.",
                    "Firefighters arrived at dawn.",
                ],
                ["The historic warehouse was destroyed by a fire.", "A seminar was held in May."],
            ],
            gold: [
                [
                    "A fire destroyed the old warehouse on Tuesday.",
                    "The historic warehouse was destroyed by a fire.",
                ]
            ])
        let evidence = { (source: Int, text: String) in
            Evidence(source: source, sentence: SentenceRef(source: source, index: 1), text: text)
        }
        let right = AgreedFact(
            id: "A1", match: .event, fact: "A fire destroyed the old warehouse on Tuesday.",
            sources: [1, 2],
            evidence: [
                evidence(1, "A fire destroyed the old warehouse on Tuesday."),
                evidence(2, "The historic warehouse was destroyed by a fire."),
            ], related: nil, similarity: 0.8, conflicts: nil)
        let wrong = AgreedFact(
            id: "A2", match: .event, fact: "Firefighters arrived at dawn.", sources: [1, 2],
            evidence: [
                evidence(1, "Firefighters arrived at dawn."),
                evidence(2, "A seminar was held in May, officials said."),
            ], related: nil, similarity: 0.3, conflicts: nil)
        var score = AlignmentScore()
        score.add(item, agreed: [right, wrong])
        #expect(score.truePositives == 1 && score.falsePositives == 1 && score.falseNegatives == 0)
        #expect(abs(score.f1 - 2.0 / 3.0) < 1e-9)
        #expect(
            AlignmentScore.match("Completely different words here.", in: item.annotated[0]) == nil)
        #expect(item.topic == 13)
    }
}

/// The shipped same-fact model is what training on the MSRP pairs gives: checked on the model
/// without vectors, whose features need no encoder (`parallax train same-fact` regenerates
/// both).
@Suite(.enabled(if: TestPaths.hasShared, "needs ../shared/data/paraphrase"))
struct ShippedSameFactModelTests {
    @Test func trainingRegeneratesTheShippedModelAndKeepsItsFloor() throws {
        let file = TestPaths.shared.appendingPathComponent("data/paraphrase/msrp-train.tsv")
        let (pairs, _) = ParaphrasePair.read(tsv: try String(contentsOf: file, encoding: .utf8))
        let plain = SameFactFeatures.names.count - SameFactFeatures.vectorFeatures
        let rows = pairs.map {
            Array(
                SameFactFeatures.features(
                    SameFactSide(text: $0.first), SameFactSide(text: $0.second)
                )
                .prefix(plain))
        }
        let model = LogisticModel.train(rows, labels: pairs.map(\.isSame))
        let shipped = PairClassifier.sameFact.withoutVectors
        for (trained, kept) in zip(model.weights + [model.bias], shipped.weights + [shipped.bias]) {
            #expect(abs(trained - kept) < 1e-6, "retrain with parallax train same-fact")
        }
        // Accuracy on the pairs it was trained on, without vectors: 0.783 when written (0.753
        // before the left-over words).
        let threshold = PairClassifier.sameFact.thresholds[1]
        let correct = zip(rows, pairs).filter { (model.probability($0) >= threshold) == $1.isSame }
        #expect(Double(correct.count) / Double(pairs.count) >= 0.77)
    }

    /// The cross-encoder's held-out scores that the shipped model was stacked on line up with
    /// the MSRP pairs and keep their floor; the shipped model weighs them.
    @Test func heldOutPairScoresLineUpAndKeepTheirFloor() throws {
        let file = TestPaths.shared.appendingPathComponent("data/paraphrase/msrp-train.tsv")
        let (pairs, _) = ParaphrasePair.read(tsv: try String(contentsOf: file, encoding: .utf8))
        let scores = TestPaths.repository.appendingPathComponent(
            "Models/msrp-train-pair-scores.tsv")
        let logOdds = try ParaphrasePair.scores(
            tsv: try String(contentsOf: scores, encoding: .utf8), for: pairs)
        let correct = zip(logOdds, pairs).filter { ($0 > 0) == $1.isSame }.count
        // Held-out accuracy of the cross-encoder alone: 0.787 when written (5 folds).
        #expect(Double(correct) / Double(pairs.count) >= 0.77)
        #expect(PairClassifier.sameFact.weighsPairScores)
    }
}

@Suite struct StanceScoreTests {
    @Test func weighsAsFNC1() {
        var score = StanceScore()
        score.add(predicted: .unrelated, gold: .unrelated)  // 0.25 of 0.25
        score.add(predicted: .discuss, gold: .agree)  // 0.25 of 1
        score.add(predicted: .agree, gold: .agree)  // 1 of 1
        score.add(predicted: .unrelated, gold: .disagree)  // 0 of 1
        #expect(abs(score.relative - 1.5 / 3.25) < 1e-12)
        #expect(score.f1(.agree) == 2.0 / 3.0)
        #expect(score.f1(.disagree) == 0)
    }
}

@Suite struct ClaimGridTests {
    @Test func contradictingSourcesAreMarkedAndRowsRanked() {
        let ref = { (source: Int, index: Int) in SentenceRef(source: source, index: index) }
        let evidence = { (source: Int, index: Int) in
            Evidence(source: source, sentence: ref(source, index), text: "sentence \(index)")
        }
        let toll = AgreedFact(
            id: "A1", match: .fact, fact: "The quake killed 12.", sources: [1, 2, 3],
            evidence: [evidence(1, 1), evidence(2, 1), evidence(3, 2)], related: nil,
            similarity: 0.9, conflicts: ["C1"])
        let rescue = AgreedFact(
            id: "A2", match: .event, fact: "Rescuers worked overnight.", sources: [1, 2],
            evidence: [evidence(1, 2), evidence(2, 3)], related: nil, similarity: 0.5,
            conflicts: nil)
        let conflict = Conflict(
            id: "C1", kind: .contradiction, aspect: .number, description: "12 against 14",
            sides: [
                .init(source: 1, sentence: ref(1, 1), text: "", value: "12"),
                .init(source: 2, sentence: ref(2, 1), text: "", value: "12"),
                .init(source: 3, sentence: ref(3, 2), text: "", value: "14"),
            ], later: nil)
        let unique = UniqueFact(
            id: "U1", kind: .claim, source: 3, fact: "The mayor resigned.",
            evidence: [evidence(3, 4)])
        let rows = ClaimGrid.rows(
            sources: [1, 2, 3], agreed: [rescue, toll], unique: [unique], conflicts: [conflict])
        #expect(rows.map(\.fact) == ["A1", "A2", "U1"])
        #expect(rows[0].cells.map(\.stance) == [.reports, .reports, .contradicts])
        #expect(rows[1].cells.map(\.stance) == [.reports, .reports, .silent])
        #expect(rows[2].cells.map(\.stance) == [.silent, .silent, .reports])
        #expect(rows[2].cells[2].sentences == [ref(3, 4)])
    }

    /// A source whose sentences in a fact do not state its claim tells of the same happening:
    /// it is related, not reporting, and a fact it is related to ranks after one as many
    /// sources report.
    @Test func sourcesNotStatingTheClaimAreRelated() {
        let evidence = { (source: Int, index: Int) in
            Evidence(
                source: source, sentence: SentenceRef(source: source, index: index),
                text: "sentence \(source).\(index)")
        }
        let arrest = AgreedFact(
            id: "A1", match: .event, fact: "She was charged with two counts of murder.",
            sources: [1, 2, 3], evidence: [evidence(1, 1), evidence(2, 1), evidence(3, 1)],
            related: nil, similarity: 0.3, conflicts: nil)
        let closure = AgreedFact(
            id: "A2", match: .fact, fact: "The plant was closed.", sources: [1, 2, 3],
            evidence: [evidence(1, 2), evidence(2, 2), evidence(3, 2)], related: nil,
            similarity: 0.8, conflicts: nil)
        let rows = ClaimGrid.rows(
            sources: [1, 2, 3], agreed: [arrest, closure], unique: [], conflicts: [],
            stating: [[1, 3], [1, 2, 3]])
        #expect(rows.map(\.fact) == ["A2", "A1"])
        #expect(rows[1].cells.map(\.stance) == [.reports, .related, .reports])
        #expect(rows[1].cells[1].sentences == [SentenceRef(source: 2, index: 1)])
    }

    /// Where as many sources give each value, those giving the value of the fact's own
    /// sentence report it, whichever source comes first.
    @Test func aTiedDisputeIsHeldByTheFactsOwnSentence() {
        let ref = { (source: Int) in SentenceRef(source: source, index: 1) }
        let own = "He had married two weeks before the shooting."
        let wedding = AgreedFact(
            id: "A1", match: .fact, fact: own, sources: [1, 2],
            evidence: [
                Evidence(source: 1, sentence: ref(1), text: "She married him three weeks before."),
                Evidence(source: 2, sentence: ref(2), text: own),
            ], related: nil, similarity: 0.6, conflicts: ["C1"])
        let conflict = Conflict(
            id: "C1", kind: .contradiction, aspect: .number, description: "three against two",
            sides: [
                .init(
                    source: 1, sentence: ref(1), text: "She married him three weeks before.",
                    value: "three weeks"),
                .init(source: 2, sentence: ref(2), text: own, value: "two weeks"),
            ], later: nil)
        let rows = ClaimGrid.rows(
            sources: [1, 2], agreed: [wedding], unique: [], conflicts: [conflict])
        #expect(rows[0].cells.map(\.stance) == [.contradicts, .reports])
    }
}
