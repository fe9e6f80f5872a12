import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// The fictional example corpus shipped in `Examples/corpus/`: four outlets' reports of one
/// ferry grounding, with the noise and disagreements its README lists.
@Suite struct ExampleCorpusTests {
    let report: ComparisonReport

    init() throws {
        report = StoryComparison().compare(try Self.articles())
    }

    /// The corpus's four articles, read as `compare` reads files.
    static func articles() throws -> [Article] {
        let reader = ArticleFileReader()
        return try TestPaths.exampleCorpus.map { try reader.read(path: $0.path) }
    }

    func source(_ name: String) -> Int {
        report.sources.first { $0.name == name }!.number
    }

    @Test func readsHeaders() {
        #expect(
            report.sources.map(\.name) == [
                "Avelline Courier", "Meridian Wire Service", "Northmere Daily Post",
                "The Lanterne Observer",
            ])
        #expect(
            report.sources.allSatisfy { $0.published != nil && $0.title != nil && $0.url != nil })
    }

    @Test func removesEveryKindOfNoise() {
        let removed = report.sources.flatMap(\.removed)
        let reasons = Set(removed.map(\.reason))
        #expect(reasons == [.chrome, .unrelatedHeadline, .foreignTeaser, .dateline])
        // The wire copy's dateline, not its first sentence.
        #expect(
            removed.filter { $0.reason == .dateline }.map(\.text) == [
                "PORT AVELLINE, March 13 (MWS) \u{2013}"
            ])
        #expect(
            removed.contains {
                $0.text == "Avelline Rovers sign Danish striker on loan until end of season"
            })
        #expect(
            removed.contains { $0.text == "Pop singer Lira Vance announces farewell tour dates" })
        #expect(removed.filter { $0.reason == .foreignTeaser }.count == 4)
        let kept = report.sources.flatMap(\.sentences).map(\.text)
        #expect(
            !kept.contains {
                $0.contains("Subscribe") || $0.contains("Share this")
                    || $0.contains("Advertisement")
            })
        #expect(
            kept.contains {
                $0.hasPrefix("The ferry left Port Avelline at 6:50 p.m. on Mar. 13, bound for")
            })
        #expect(kept.contains { $0.contains("led by Dr. Sunniva Hale, the medical director") })
    }

    @Test func everyOutletSharesFactsWithAnother() {
        for number in 1...4 {
            #expect(report.agreed.contains { $0.sources.contains(number) }, "source \(number)")
        }
        #expect(
            report.agreed.contains {
                $0.sources.count == 4 && $0.evidence.contains { $0.text.contains("Greyling Ledge") }
            })
    }

    /// Matches chain (A matches B, B matches C); a fact still holds at most two sentences of
    /// a source, so that the grounding and the rescue are two facts, not one.
    @Test func aFactHoldsAtMostTwoSentencesOfASource() {
        for fact in report.agreed {
            let counts = Dictionary(grouping: fact.evidence, by: \.source).mapValues(\.count)
            #expect(counts.values.allSatisfy { $0 <= 2 }, "\(fact.id): \(counts)")
        }
    }

    @Test func findsTheOrderOfEventsConflict() {
        let order = report.conflicts.filter { $0.aspect == .order }
        #expect(!order.isEmpty)
        #expect(
            order.allSatisfy { conflict in
                conflict.sides.contains {
                    $0.source == source("The Lanterne Observer")
                        && $0.text.contains("several minutes before it struck")
                }
            })
        // Two values, one a direction, in the words of the first source to state it: the
        // Post's "striking" sides with the wire's "struck".
        #expect(order.allSatisfy { Set($0.sides.map(\.value)).count == 2 })
    }

    /// A fact holds the sentences more likely than not to tell it, the rest of its happening
    /// being related; and a summary line cites a source only where that source reports it,
    /// never through a sentence on the other side of a dispute.
    @Test func factsAndSummaryLinesHoldOnlySourcesReportingThem() throws {
        let reception = try #require(
            report.agreed.first {
                $0.evidence.contains { $0.text.contains("taken to a reception centre") }
            })
        // The Courier's "two other passengers who spoke to the Courier at the harbour office"
        // is about the night, not about where the passengers were taken.
        #expect(!reception.sources.contains(source("Avelline Courier")))
        #expect(!reception.evidence.contains { $0.text.contains("Her account was echoed") })
        // Claims sharing a word ("reach") that the model judges no one happening are no fact.
        #expect(
            !report.agreed.contains {
                $0.evidence.contains { $0.text.contains("could not be reached for comment") }
            })
        var sides: [SentenceRef: Set<String>] = [:]
        // Figures and orders of events; a name's sides are its spellings, where "Aldous J.
        // Ferrin" sides with "Aldous Ferrin".
        for conflict in report.conflicts
        where conflict.kind == .contradiction && conflict.aspect != .name {
            for side in conflict.sides {
                sides[side.sentence, default: []].insert(
                    conflict.id + "|" + side.value.lowercased())
            }
        }
        for line in report.summary where line.disputed == nil {
            for a in line.evidence {
                for b in line.evidence where a < b {
                    let (first, second) = (sides[a] ?? [], sides[b] ?? [])
                    let opposed = first.contains { mine in
                        let id = mine.split(separator: "|")[0]
                        return second.contains { $0.hasPrefix(id + "|") && $0 != mine }
                    }
                    #expect(!opposed, "\(line.text) cites \(a) and \(b), opposing sides")
                }
            }
        }
    }

    @Test func findsTheHospitalCountConflict() throws {
        let count = try #require(report.conflicts.first { $0.aspect == .number })
        #expect(count.kind == .contradiction)
        #expect(count.sides.map(\.source) == [1, 2, 3, 4])
        #expect(
            Set(count.sides.map { $0.value.lowercased() }) == [
                "14 people", "nine people", "11 people",
            ])
        #expect(report.summary.contains { $0.disputed == true && $0.text.contains("14 people") })
    }

    @Test func findsTheCaptainsNameSpelledTwoWays() throws {
        let name = try #require(report.conflicts.first { $0.aspect == .name })
        #expect(
            Set(name.sides.map(\.value)) == ["Aldous Ferran", "Aldous Ferrin", "Aldous J. Ferrin"])
        // Every outlet's spelling, so that the reader sees which one stands alone.
        #expect(name.sides.map(\.source) == [1, 2, 3, 4])
        #expect(name.description.hasSuffix("Aldous Ferran (1) against Aldous Ferrin (2, 3, 4)."))
    }

    @Test func findsTheInquiryUpdate() throws {
        let update = try #require(
            report.conflicts.first {
                $0.kind == .update && $0.sides.contains { $0.text.contains("opened its inquiry") }
            })
        #expect(update.later == source("The Lanterne Observer"))
    }

    @Test func attributesQuotesAcrossOutlets() throws {
        let marrow = try #require(
            report.quotes.first { $0.text.contains("Conditions were about as bad as they get") })
        #expect(marrow.speaker == "Ilse Marrow")
        #expect(marrow.sources.count == 3)
        #expect(marrow.variants.contains { $0.differences != nil })
        let pell = try #require(report.quotes.first { $0.text.contains("There was a jolt") })
        #expect(pell.speaker == "Jonah Pell")
        #expect(pell.sources.count == 2)
        let witness = try #require(
            report.quotes.first { $0.text.contains("You couldn't see the end of the pier") })
        #expect(witness.speaker == "Rufus Delane")
    }
}
