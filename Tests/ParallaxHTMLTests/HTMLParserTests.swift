import ParallaxHTML
import Testing

@Suite struct HTMLParserTests {
    func parse(_ html: String) throws -> HTMLTree {
        try HTMLParser().parse(Array(html.utf8), encoding: .utf8)
    }

    @Test func buildsTreeWithTextAndAttributes() throws {
        let tree = try parse(
            "<html><body><p class=\"lead\">Caf&eacute; &amp; bar</p><p>Two</p></body></html>")
        let paragraphs = tree.elements(.p)
        #expect(paragraphs.count == 2)
        #expect(tree.attribute("class", of: paragraphs[0]) == "lead")
        #expect(tree.text(of: paragraphs[0]) == "Café & bar")
        #expect(tree.text(of: paragraphs[1]) == "Two")
        #expect(tree.nodes[paragraphs[0]].nextSibling == Int32(paragraphs[1]))
    }

    @Test func survivesDeepNesting() throws {
        let html =
            String(repeating: "<div>", count: 100_000) + "deep"
            + String(repeating: "</div>", count: 100_000)
        let tree = try parse(html)
        #expect(tree.nodes.contains { $0.tag == .text })
    }

    @Test func recoversFromUnclosedTags() throws {
        let tree = try parse("<p>One<p>Two<div><span>Three")
        #expect(tree.elements(.p).count == 2)
        #expect(tree.text(of: 0).contains("Three"))
    }
}
