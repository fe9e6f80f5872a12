import Testing

@testable import ParallaxCore

@Suite struct ComparisonMarkdownTests {
    static func evidence(_ source: Int, _ index: Int) -> Evidence {
        Evidence(
            source: source, sentence: SentenceRef(source: source, index: index),
            text: "Sentence \(index) of source \(source).")
    }

    static func fact(_ id: String, _ evidence: [Evidence], related: [Evidence]?) -> AgreedFact {
        AgreedFact(
            id: id, match: .event, fact: evidence[0].text, sources: [1, 2], evidence: evidence,
            related: related, similarity: 0.5, conflicts: nil)
    }

    /// The Markdown lines of the agreed section of a report of `agreed` alone.
    static func agreedSection(_ agreed: [AgreedFact]) throws -> ArraySlice<String> {
        let report = ComparisonReport(
            sources: [], agreed: agreed, unique: [], conflicts: [], quotes: [], summary: [],
            grid: [], timeline: StoryTimeline(published: [:], sources: [1, 2], grid: []))
        let lines = report.markdown().split(separator: "\n").map(String.init)
        let start = try #require(lines.firstIndex { $0.hasPrefix("## Agreed") })
        return lines[start...].prefix { !$0.hasPrefix("## Unique") }
    }

    @Test func factsOfOneHappeningListItsOtherSentencesOnce() throws {
        // A1 and A2 are facts of one happening of sentences 1.1-1.3 and 2.1-2.2; A3 is the
        // only fact of another, 1.5 with 2.4 and 2.5.
        let happening =
            [Self.evidence(1, 1), Self.evidence(1, 2), Self.evidence(1, 3)]
            + [Self.evidence(2, 1), Self.evidence(2, 2)]
        let agreed = [
            Self.fact(
                "A1", [happening[0], happening[3]],
                related: [happening[1], happening[2], happening[4]]),
            Self.fact(
                "A2", [happening[1], happening[4]],
                related: [happening[0], happening[2], happening[3]]),
            Self.fact(
                "A3", [Self.evidence(1, 5), Self.evidence(2, 4)], related: [Self.evidence(2, 5)]),
        ]
        let section = try Self.agreedSection(agreed)
        #expect(
            section.filter { $0.contains("also about this happening") } == [
                "  - also about this happening: [1.2] [1.3] [2.2]",
                "  - also about this happening: [2.5]",
            ])
        #expect(section.filter { $0.contains("same happening as") } == ["  - same happening as A1"])
        // Each fact still lists its own sentences.
        #expect(section.contains("  - [1.2] Sentence 2 of source 1."))
        #expect(section.contains("  - [2.2] Sentence 2 of source 2."))
    }

    @Test func factsOfOneNamedHappeningListTheFirstFactsOtherSentencesOnly() throws {
        // A happening larger than a fact's list of related sentences: each fact lists the
        // sentences closest to it, so A1's and A2's lists differ, and A3 is of another
        // happening whose list is A1's.
        let sentences = (1...4).map { Self.evidence(1, $0) } + (1...4).map { Self.evidence(2, $0) }
        var agreed = [
            Self.fact("A1", [sentences[0], sentences[4]], related: [sentences[1], sentences[5]]),
            Self.fact("A2", [sentences[2], sentences[6]], related: [sentences[3], sentences[7]]),
            Self.fact("A3", [sentences[1], sentences[5]], related: [sentences[0], sentences[4]]),
        ]
        for (index, happening) in ["H1", "H1", "H2"].enumerated() {
            agreed[index].happening = happening
        }
        let section = try Self.agreedSection(agreed)
        #expect(
            section.filter { $0.contains("also about this happening") } == [
                "  - also about this happening: [1.2] [2.2]",
                "  - also about this happening: [1.1] [2.1]",
            ])
        #expect(section.filter { $0.contains("same happening as") } == ["  - same happening as A1"])
    }

    /// A fact's heading lists the sources that state it, then those only related to it.
    @Test func aFactsHeadingListsRelatedSourcesApart() throws {
        var fact = Self.fact(
            "A1", [Self.evidence(1, 1), Self.evidence(2, 1), Self.evidence(3, 1)], related: nil)
        fact.sources = [1, 2, 3]
        let stances: [ClaimRow.Stance] = [.reports, .related, .reports]
        let row = ClaimRow(
            fact: "A1", claim: fact.fact,
            cells: stances.enumerated().map { index, stance in
                ClaimRow.Cell(
                    source: index + 1, stance: stance,
                    sentences: [SentenceRef(source: index + 1, index: 1)])
            })
        let report = ComparisonReport(
            sources: [], agreed: [fact], unique: [], conflicts: [], quotes: [], summary: [],
            grid: [row], timeline: StoryTimeline(published: [:], sources: [1, 2, 3], grid: [row]))
        let lines = report.markdown().split(separator: "\n").map(String.init)
        #expect(lines.contains("- **A1** [1][3], related [2], similarity 0.5"), "\(lines)")
        #expect(lines.contains("| A1 Sentence 1 of source 1. | reports | _related_ | reports |"))
    }

    @Test func timelineSaysWhatAnUndatedSourceAloneReports() {
        // Source 1 is dated and adds nothing; undated 2 reports U1 alone, undated 3 nothing.
        let grid = [
            StoryTimelineTests.row("A1", [.reports, .reports, .reports]),
            StoryTimelineTests.row("U1", [.silent, .reports, .silent]),
        ]
        let timeline = StoryTimeline(
            published: [1: StoryTimelineTests.start], sources: [1, 2, 3], grid: grid)
        let report = ComparisonReport(
            sources: [], agreed: [], unique: [], conflicts: [], quotes: [], summary: [],
            grid: [], timeline: timeline)
        let lines = report.markdown().split(separator: "\n").filter { $0.hasPrefix("- ") }
        #expect(lines.contains { $0.hasSuffix("[1] , first: added A1") })
        #expect(lines.contains { $0.hasSuffix("undated [2] : added U1") })
        #expect(lines.contains { $0.hasSuffix("undated [3] : added nothing only it reports") })
    }

    @Test func aSummaryLineNamesWhatPartlyBackingSourcesLack() {
        let line = SummarySentence(
            text: "AMD will pay $334 million, including $281 million in cash.", sources: [1, 2],
            evidence: [SentenceRef(source: 1, index: 1), SentenceRef(source: 2, index: 3)],
            partial: [
                .init(
                    sources: [3, 4],
                    evidence: [SentenceRef(source: 3, index: 1), SentenceRef(source: 4, index: 2)],
                    missing: ["$281 million"]),
                .init(
                    sources: [5], evidence: [SentenceRef(source: 5, index: 1)],
                    missing: ["$334 million", "*cash*"]),
            ])
        let report = ComparisonReport(
            sources: [], agreed: [], unique: [], conflicts: [], quotes: [], summary: [line],
            grid: [], timeline: StoryTimeline(published: [:], sources: [1, 2], grid: []))
        let lines = report.markdown().split(separator: "\n").map(String.init)
        #expect(
            lines.contains(
                "- AMD will pay $334 million, including $281 million in cash. [1][2]"
                    + "; without \u{201C}$281 million\u{201D}: [3][4]"
                    + "; without \u{201C}$334 million\u{201D}, \u{201C}\\*cash\\*\u{201D}: [5]"),
            "\(lines)")
    }
}
