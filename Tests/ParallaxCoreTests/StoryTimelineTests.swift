import Foundation
import Testing

@testable import ParallaxCore

@Suite struct StoryTimelineTests {
    static func row(_ fact: String, _ stances: [ClaimRow.Stance]) -> ClaimRow {
        ClaimRow(
            fact: fact, claim: "claim \(fact)",
            cells: stances.enumerated().map { index, stance in
                ClaimRow.Cell(
                    source: index + 1, stance: stance,
                    sentences: stance == .silent ? [] : [SentenceRef(source: index + 1, index: 1)])
            })
    }

    static let day = 86_400.0
    static let start = Date(timeIntervalSince1970: 1_773_000_000)
    /// 8 March 2026, 00:00 UTC.
    static let midnight = Date(timeIntervalSince1970: 1_772_928_000)

    @Test func ordersSourcesAndCreditsWhatEachAddedFirst() {
        // Source 2 published first, then 1; 3 is undated.
        let timeline = StoryTimeline(
            published: [1: Self.start.addingTimeInterval(Self.day), 2: Self.start],
            sources: [1, 2, 3],
            grid: [
                Self.row("A1", [.reports, .reports, .reports]),
                Self.row("A2", [.reports, .silent, .reports]),
                Self.row("U1", [.silent, .silent, .reports]),
                Self.row("A3", [.contradicts, .reports, .silent]),
            ])
        #expect(timeline.entries.map(\.source) == [2, 1, 3])
        #expect(timeline.entries.map(\.first) == [true, false, false])
        // Undated source 3 is first for nothing it shares, but U1 is its alone.
        #expect(timeline.entries.map(\.added) == [["A1", "A3"], ["A2"], ["U1"]])
        // Facts in the order they appeared; the one only an undated source reports, last.
        #expect(timeline.facts.map(\.fact) == ["A1", "A3", "A2", "U1"])
        #expect(timeline.facts.first?.sources == [2, 1, 3])
        #expect(timeline.facts.last?.first == nil)
        #expect(timeline.facts.last?.firstSources == [3])
        // A contradiction is not a report: source 1 did not report A3.
        #expect(timeline.facts[1].sources == [2])
    }

    @Test func sourcesPublishedTogetherAreBothFirst() {
        let timeline = StoryTimeline(
            published: [1: Self.start, 2: Self.start], sources: [1, 2],
            grid: [Self.row("A1", [.reports, .reports])])
        #expect(timeline.entries.map(\.first) == [true, true])
        #expect(timeline.facts.first?.firstSources == [1, 2])
        #expect(timeline.entries.map(\.added) == [["A1"], ["A1"]])
    }

    @Test func aSourceDatedByTheDayAloneMayHaveBeenFirstThatDay() {
        // 1 at 15:00 and 3 at 09:00 on one day; 2 gave that day without a time.
        let day = PublishedDate(Self.midnight.addingTimeInterval(12 * 3600), isDayOnly: true)
        let timeline = StoryTimeline(
            dates: [
                1: PublishedDate(Self.midnight.addingTimeInterval(15 * 3600)), 2: day,
                3: PublishedDate(Self.midnight.addingTimeInterval(9 * 3600)),
            ],
            sources: [1, 2, 3],
            grid: [
                Self.row("A1", [.reports, .reports, .reports]),
                Self.row("A2", [.reports, .reports, .silent]),
                Self.row("A3", [.reports, .silent, .reports]),
            ])
        #expect(timeline.entries.map(\.source) == [2, 3, 1])
        #expect(timeline.entries.map(\.first) == [true, true, false])
        #expect(
            timeline.entries.map(\.published) == [
                "2026-03-08", "2026-03-08T09:00:00Z", "2026-03-08T15:00:00Z",
            ])
        // Whether 2 had A2 before or after 1's afternoon report is unknown: both are first.
        #expect(timeline.facts.map(\.firstSources) == [[2, 3], [2, 1], [3]])
        #expect(
            timeline.facts.map(\.first) == ["2026-03-08", "2026-03-08", "2026-03-08T09:00:00Z"])
        #expect(timeline.entries.map(\.added) == [["A1", "A2"], ["A1", "A3"], ["A2"]])
    }

    @Test func aDayAloneIsNotFirstAfterAnEarlierDay() {
        let timeline = StoryTimeline(
            dates: [
                1: PublishedDate(
                    Self.midnight.addingTimeInterval(Self.day + 12 * 3600), isDayOnly: true),
                2: PublishedDate(Self.midnight.addingTimeInterval(23 * 3600)),
            ],
            sources: [1, 2], grid: [Self.row("A1", [.reports, .reports])])
        #expect(timeline.entries.map(\.source) == [2, 1])
        #expect(timeline.entries.map(\.first) == [true, false])
        #expect(timeline.facts.first?.firstSources == [2])
    }

    @Test func undatedStoryHasNoFirstButCreditsWhatOneSourceAloneReports() {
        let timeline = StoryTimeline(
            published: [:], sources: [1, 2],
            grid: [
                Self.row("A1", [.reports, .reports]),
                Self.row("U1", [.silent, .reports]),
            ])
        #expect(timeline.entries.allSatisfy { !$0.first })
        // Who had A1 first is unknown; U1 is source 2's alone.
        #expect(timeline.entries.map(\.added) == [[], ["U1"]])
        #expect(timeline.facts.map(\.firstSources) == [[], [2]])
        #expect(timeline.facts.allSatisfy { $0.first == nil })
    }

    @Test func exampleCorpusTimelineFollowsPublication() throws {
        let report = StoryComparison().compare(
            try ExampleCorpusTests.articles())
        let names = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.number, $0.name) })
        // Meridian's wire report of Friday night came first, the Lanterne's on Sunday last.
        #expect(
            report.timeline.entries.map { names[$0.source]! } == [
                "Meridian Wire Service", "Northmere Daily Post", "Avelline Courier",
                "The Lanterne Observer",
            ])
        #expect(report.timeline.entries.first?.first == true)
        // Every claim of the grid appears once in the order of appearance.
        #expect(Set(report.timeline.facts.map(\.fact)) == Set(report.grid.map(\.fact)))
        #expect(report.timeline.facts.count == report.grid.count)
        #expect(report.markdown().contains("## Timeline"))
    }
}
