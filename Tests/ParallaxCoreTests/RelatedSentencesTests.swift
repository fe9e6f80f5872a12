import Testing

@testable import ParallaxCore

/// The sentences of a happening given with each of its facts as related: the closest few, so
/// that a report stays in proportion to the story.
@Suite struct RelatedSentencesTests {
    /// Of more sentences than a fact may list, the ones linked closest to it, in their order,
    /// the earlier first on a tie; fewer are all kept.
    @Test func theClosestAreKeptInTheirOrder() {
        let others = Array(0..<40)
        let fact = [100]
        let localIndex = Array(0...100)
        let links: [FactClusters.Pair: Double] = [
            FactClusters.Pair(35, 100): 0.9, FactClusters.Pair(100, 38): 0.8,
        ]
        let neighbours = StoryComparison.neighbours(links, count: 101)
        let kept = StoryComparison.closest(
            others, to: fact, neighbours: neighbours, localIndex: localIndex)
        #expect(kept == Array(0..<28) + [35, 38])
        let few = Array(0..<StoryComparison.relatedPerFact)
        #expect(
            StoryComparison.closest(few, to: fact, neighbours: neighbours, localIndex: localIndex)
                == few)
    }

    /// Two pages of alike lines, one happening of a hundred sentences: no fact lists more
    /// than its share of them.
    @Test func aLargeHappeningListsAFewRelatedSentencesAFact() {
        var generator = SplitMix(seed: 7)
        let names = ["Anna Kovic", "Boris Marsen", "Carla Selova", "David Torini", "Elena Branski"]
        func page(_ source: String) -> Article {
            let lines = (0..<60).map { _ in
                let (a, b) = (
                    names.randomElement(using: &generator)!, names.randomElement(using: &generator)!
                )
                return "\(a) met \(b) in the capital on Monday to discuss the harbour tariffs."
            }
            return Article(plainText: lines.joined(separator: "\n"), source: source)
        }
        let report = StoryComparison().compare([page("Harbor Gazette"), page("Coast Daily")])
        let counts = report.agreed.map { $0.related?.count ?? 0 }
        #expect(!counts.isEmpty)
        #expect(counts.allSatisfy { $0 <= StoryComparison.relatedPerFact }, "\(counts)")
        #expect(counts.contains(StoryComparison.relatedPerFact), "\(counts)")
    }
}
