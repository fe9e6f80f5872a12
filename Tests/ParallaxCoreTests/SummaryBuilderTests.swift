import Testing

@testable import ParallaxCore

@Suite struct SummaryBuilderTests {
    static func ref(_ source: Int, _ index: Int) -> SentenceRef {
        SentenceRef(source: source, index: index)
    }

    /// A fact three sources report, in sentences 1.1, 2.1 and 3.1.
    static let fact = AgreedFact(
        id: "A1", match: .event, fact: "The ferry ran aground.", sources: [1, 2, 3],
        evidence: [1, 2, 3].map {
            Evidence(source: $0, sentence: ref($0, 1), text: "Sentence of source \($0).")
        },
        related: nil, similarity: 0.4, conflicts: nil)

    @Test func aLineCitesOnlyTheSourcesBackingItsWording() {
        // Only 2.1 backs 1.1; 3.1 reports the happening in words that back neither.
        let backed: Set<[SentenceRef]> = [[Self.ref(1, 1), Self.ref(2, 1)]]
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [Self.fact], conflicts: [], unique: [], sentences: [:],
            backs: { backed.contains([$0, $1]) || backed.contains([$1, $0]) })
        #expect(summary.count == 1)
        #expect(summary.first?.sources == [1, 2])
        #expect(summary.first?.evidence == [Self.ref(1, 1), Self.ref(2, 1)])
    }

    @Test func aFactNoSecondSourceBacksIsLeftOut() {
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [Self.fact], conflicts: [], unique: [], sentences: [:],
            backs: { _, _ in false })
        #expect(summary.isEmpty)
    }
}
