import Testing

@testable import ParallaxCore

@Suite struct EventOrderTests {
    /// Years set against an order make a conflict only where a connective states the order
    /// ("shot … after the family sold the field"); "Later, …" orders every event of the
    /// sentence before it, too loosely to be set against years alone.
    @Test(arguments: [false, true])
    func yearsContradictOnlyAnOrderStatedByAConnective(opened: Bool) throws {
        let sentences = ArticleAnalyzer.analyze(
            Article(
                plainText:
                    "LaRue shot his father in a hunting accident in 1957.\nThe family sold the oil field in 1967.",
                source: "Dated", title: "LaRue"), number: 2
        ).sentences
        let years = EventOrder.years(in: sentences, anchors: ["shot", "sold"])
        #expect(years["shot"]?.earliest == 1957)
        #expect(years["sold"]?.earliest == 1967)
        let stated = EventOrder.Relation(
            before: "sold", after: "shot", beforeWord: "sold", afterWord: "shot",
            sentence: SentenceRef(source: 1, index: 2), evidence: "…", isOpened: opened)
        let found = EventOrder.contradictions([[stated], []], years: [[:], years])
        #expect(found.count == (opened ? 0 : 1))
    }
}
