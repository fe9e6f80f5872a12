import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// Story grouping on real reports of real events: ECB+ (../shared/data/events), where every
/// topic holds two events of one kind. The settings were tuned on the odd topics; the even
/// topics check that they hold on events they were not tuned on.
@Suite(.enabled(if: TestPaths.hasShared, "needs ../shared/data/events beside the repository"))
struct StoryEventsTests {
    static func score(odd: Bool) async throws -> ClusterScore {
        let path = TestPaths.shared.appendingPathComponent("data/events/ecbplus-dev.jsonl").path
        let (lines, issues) = try StoryLinesReader().read(path: path)
        // The set has lines without text; they are reported, and nothing else is skipped.
        #expect(issues.filter(\.skipped).allSatisfy { $0.problem.hasPrefix("no text") })
        let half = lines.filter { ($0.topic ?? 0) % 2 == (odd ? 1 : 0) && $0.event != nil }
        let engine = StoryEngine()
        _ = await engine.add(half.map(\.document))
        let predicted = Dictionary(
            uniqueKeysWithValues: engine.finalStories.map { ($0.article, String($0.story)) })
        let gold = Dictionary(uniqueKeysWithValues: half.map { ($0.document.id, $0.event!) })
        let score = ClusterScore(gold: gold, predicted: predicted)
        print(
            String(
                format: "ECB+ %@ topics: pairwise P %.3f R %.3f F1 %.3f, B-cubed F1 %.3f, ARI %.3f",
                odd ? "odd" : "even", score.pairwisePrecision, score.pairwiseRecall,
                score.pairwiseF1,
                score.bcubedF1, score.adjustedRand))
        return score
    }

    @Test func tunedHalfKeepsItsFloor() async throws {
        let score = try await Self.score(odd: true)
        // Measured 0.936 and 0.934 (0.928 and 0.929 before closed stories were followed up,
        // 0.919 and 0.921 before they were archived).
        #expect(score.pairwiseF1 >= 0.92)
        #expect(score.bcubedF1 >= 0.92)
    }

    @Test func unseenHalfKeepsItsFloor() async throws {
        let score = try await Self.score(odd: false)
        // Measured 0.916 and 0.932 (0.904 and 0.924 before closed stories were followed up,
        // 0.887 and 0.909 before they were archived).
        #expect(score.pairwiseF1 >= 0.90)
        #expect(score.bcubedF1 >= 0.91)
    }
}
