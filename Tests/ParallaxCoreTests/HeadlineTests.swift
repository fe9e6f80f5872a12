import ParallaxCore
import Testing

/// The headline is read as sentence 0 of its article: it joins the happening other sources
/// tell in their bodies, and the body keeps its numbers.
struct HeadlineTests {
    static func analyzed(_ text: String) -> ArticleAnalysis {
        ArticleAnalyzer.analyze(Article(plainText: text, source: "Harbor Gazette"), number: 1)
    }

    @Test func theHeadlineIsSentenceZeroAndTheBodyKeepsItsNumbers() throws {
        let analysis = Self.analyzed(
            """
            Ferry runs aground off Skerrow Island

            The Skerrow ferry ran aground in thick fog on Friday night. Dozens of passengers were \
            taken ashore by lifeboat.
            """)
        let refs = analysis.sentences.map(\.ref.description)
        #expect(refs == ["1.0", "1.1", "1.2"])
        let headline = try #require(analysis.sentences.first)
        #expect(headline.isHeadline && headline.isCompared && !headline.makesClaims)
        #expect(headline.text == "Ferry runs aground off Skerrow Island")
        #expect(analysis.sentences.dropFirst().allSatisfy { !$0.isHeadline })
    }

    @Test func aBodyThatOpensWithTheHeadlineHasItOnce() {
        let analysis = ArticleAnalyzer.analyze(
            Article(
                plainText: "The Skerrow ferry ran aground in thick fog on Friday night.",
                source: "Harbor Gazette",
                title: "The Skerrow ferry ran aground in thick fog on Friday night."),
            number: 1)
        #expect(analysis.sentences.map(\.ref.description) == ["1.1"])
    }

    @Test func aHeadlineInTitleCaseNamesNobody() throws {
        let analysis = Self.analyzed(
            """
            Riots Erupt Following Death Of Harbour Worker

            Police said riots broke out in Skerrow on Friday after a harbour worker died.
            """)
        let headline = try #require(analysis.sentences.first)
        #expect(headline.isHeadline)
        #expect(headline.entities.isEmpty)
    }

    @Test func aHeadlineSentenceNamesWhomItNames() throws {
        let analysis = Self.analyzed(
            """
            Captain Ilse Marrow fired after Skerrow ferry grounding

            The operator said on Monday that the captain had been dismissed.
            """)
        let headline = try #require(analysis.sentences.first)
        #expect(headline.entities.contains { $0.kind == .person && $0.text.contains("Marrow") })
    }

    @Test func quotationsComeFromTheBody() {
        let analysis = Self.analyzed(
            """
            "I'm the guy they used to call Deep Throat," says Mark Felt, dead at 95

            Mark Felt, the FBI official who was Deep Throat, died on Thursday. "He was a great \
            man," his grandson Nick Jones said.
            """)
        #expect(analysis.quotes.map(\.text) == ["He was a great man"])
    }

    @Test func aHeadlineJoinsTheHappeningNotAFact() {
        let report = compareTwoReports(
            """
            Ferry carrying 120 passengers runs aground off Skerrow Island

            The Skerrow ferry struck a ledge in thick fog on Friday night, the coastguard said. \
            Lifeboats took the passengers ashore before midnight.
            """,
            """
            Fog blamed as Skerrow ferry hits ledge

            A ferry carrying 120 passengers ran aground off Skerrow Island on Friday night. The \
            ferry struck a ledge in thick fog, the coastguard said, and lifeboats took the \
            passengers ashore.
            """)
        // The headline is among the happening's related sentences, in no fact's evidence.
        let related = Set(
            report.agreed.flatMap { ($0.related ?? []).map(\.sentence.description) })
        let evidence = Set(report.agreed.flatMap { $0.evidence.map(\.sentence.description) })
        #expect(related.contains("1.0") && related.contains("2.0"), "related: \(related)")
        #expect(!evidence.contains("1.0") && !evidence.contains("2.0"), "evidence: \(evidence)")
    }
}
