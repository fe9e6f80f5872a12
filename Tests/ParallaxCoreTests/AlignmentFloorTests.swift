import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// A floor on agreed facts against the ECB+ same-event sentence pairs, without sentence
/// vectors (`parallax eval alignment --no-vectors` prints the same figures).
@Suite(.enabled(if: TestPaths.hasShared, "needs ../shared/data/alignment"))
struct AlignmentFloorTests {
    @Test func agreedFactsFindTheSameEventPairs() throws {
        let folder = TestPaths.shared.appendingPathComponent("data/alignment")
        let cases = try JSONDecoder().decode(
            [AlignmentCase].self,
            from: Data(contentsOf: folder.appendingPathComponent("cases.json")))
        let reader = ArticleFileReader()
        var score = AlignmentScore()
        for item in cases {
            let articles = try item.files.map {
                try reader.read(path: folder.appendingPathComponent($0).path)
            }
            score.add(item, agreed: StoryComparison().compare(articles).agreed)
        }
        print("alignment without vectors: P \(score.precision) R \(score.recall) F1 \(score.f1)")
        // 0.49 when written, 0.51 since sources that share no matched fact may still be grouped
        // (the model was trained on these cases; 0.48 on topics held out), 0.52 since headlines
        // join their happenings (0.49 held out). Before the same-event model, agreed facts
        // reached 0.20.
        #expect(score.f1 >= 0.51)
        #expect(score.precision >= 0.4)
    }
}
