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

    /// Two pages of alike lines: one happening of a hundred sentences.
    static func alikePages() -> [Article] {
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
        return [page("Harbor Gazette"), page("Coast Daily")]
    }

    /// No fact of a large happening lists more than its share of the happening's sentences.
    @Test func aLargeHappeningListsAFewRelatedSentencesAFact() {
        let report = StoryComparison().compare(Self.alikePages())
        let counts = report.agreed.map { $0.related?.count ?? 0 }
        #expect(!counts.isEmpty)
        #expect(counts.allSatisfy { $0 <= StoryComparison.relatedPerFact }, "\(counts)")
        #expect(counts.contains(StoryComparison.relatedPerFact), "\(counts)")
    }

    /// The facts of one happening name it, and the Markdown lists its other sentences under
    /// the first of them only, though each fact's closest differ.
    @Test func theFactsOfALargeHappeningNameIt() throws {
        let report = StoryComparison().compare(Self.alikePages())
        try #require(report.agreed.count > 1)
        #expect(report.agreed.map(\.happening) == report.agreed.map { _ in "H1" })
        #expect(Set(report.agreed.compactMap(\.related)).count > 1)
        let markdown = report.markdown().split(separator: "\n")
        #expect(markdown.filter { $0.contains("also about this happening") }.count == 1)
        #expect(
            markdown.filter { $0.contains("same happening as A1") }.count
                == report.agreed.count - 1)
    }
}
