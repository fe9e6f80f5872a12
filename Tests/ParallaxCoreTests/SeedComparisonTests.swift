import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// The foundation issue's promise, on the two real reports in `../shared/seeds/`.
@Suite(.enabled(if: TestPaths.hasShared, "needs ../shared/seeds beside the repository"))
struct SeedComparisonTests {
    let report: ComparisonReport

    init() throws {
        let reader = ArticleFileReader()
        let articles = try TestPaths.seeds.map { try reader.read(path: $0.path) }
        report = StoryComparison().compare(articles)
    }

    func sentences(_ fact: AgreedFact, from source: Int) -> [String] {
        fact.evidence.filter { $0.source == source }.map(\.text)
    }

    /// The agreed facts whose evidence in each source contains the words given for it.
    func agreed(_ first: [String], _ second: [String]) -> [AgreedFact] {
        report.agreed.filter { fact in
            sentences(fact, from: 1).contains { text in first.allSatisfy(text.contains) }
                && sentences(fact, from: 2).contains { text in second.allSatisfy(text.contains) }
        }
    }

    func unique(to source: Int, _ words: [String]) -> Bool {
        report.unique.contains { fact in
            fact.source == source
                && (fact.evidence.contains { evidence in words.allSatisfy(evidence.text.contains) }
                    || words.allSatisfy(fact.fact.contains))
        }
    }

    @Test func removesNoiseAndRejoinsBrokenSentence() throws {
        let first = report.sources[0]
        #expect(
            first.removed.contains {
                $0.reason == .chrome && $0.text.contains("More topics for you")
            })
        #expect(
            first.removed.contains { $0.reason == .unrelatedHeadline && $0.text.contains("Trump") })
        let second = report.sources[1]
        let tail = second.removed.filter { $0.reason == .foreignTeaser }
        #expect(tail.contains { $0.text.hasPrefix("Ukraine scrambles for resources") })
        #expect(tail.contains { $0.text.hasPrefix("Kyiv's efforts") })
        #expect(
            second.sentences.contains {
                $0.text.contains("returned to Moscow on Oct. 5 as his term")
            })
        let kept = (first.sentences + second.sentences).map(\.text)
        #expect(!kept.contains { $0.contains("Trump") || $0.contains("stockpiles") })
        #expect(
            second.title
                == "Russia's envoy to US concludes his term amid heightened bilateral tensions.")
    }

    @Test func findsAgreedFacts() {
        // The 69-year-old envoy's post since 2017.
        #expect(!agreed(["since 2017"], ["69-year-old", "since 2017"]).isEmpty)
        // His 2014 deputy defence minister role at the annexation of Crimea.
        #expect(
            !agreed(["2014", "Crimea"], ["deputy defense minister", "Crimea in 2014"]).isEmpty)
        // His arms-control negotiating record.
        #expect(!agreed(["arms control"], ["arms control negotiator"]).isEmpty)
        // TASS as the channel of the announcement.
        #expect(!agreed(["TASS"], ["TASS"]).isEmpty)
    }

    @Test func findsUniqueFacts() {
        #expect(unique(to: 1, ["Telegram"]))
        #expect(unique(to: 1, ["Vuhledar"]))
        #expect(unique(to: 1, ["born in Siberia"]))
        #expect(unique(to: 1, ["Moscow State Institute of International Relations", "1978"]))
        #expect(!unique(to: 2, ["Telegram"]))
        #expect(unique(to: 2, ["August interview"]))
        #expect(unique(to: 2, ["piece of paper"]))
        #expect(unique(to: 2, ["Reuters"]))
    }

    @Test func findsConflicts() throws {
        let order = try #require(report.conflicts.first { $0.aspect == .order })
        #expect(order.kind == .contradiction)
        #expect(order.sides.map(\.source) == [1, 2])
        #expect(order.sides.contains { $0.text.contains("sanctions") })
        #expect(order.sides.contains { $0.text.contains("2017") || $0.text.contains("appointed") })

        let update = try #require(report.conflicts.first { $0.kind == .update })
        #expect(update.later == 2)
        // Told in the ledes' words, not in those of the ministry's statement further down
        // ("concluding" becomes "concluded"), whichever source is read first.
        #expect(update.description.contains("\"returning\" becomes \"returned\""))
        #expect(update.sides.first { $0.source == 1 }?.text.contains("is returning") == true)
        #expect(
            update.sides.first { $0.source == 2 }?.text.contains("returned to Moscow on Oct. 5")
                == true)
    }

    @Test func attributesQuotes() {
        let telegram = report.quotes.first { $0.text.contains("the enemy will be defeated") }
        #expect(telegram?.speaker == "Anatoly Antonov")
        #expect(telegram?.sources == [1])
        let paper = report.quotes.first { $0.text.contains("piece of paper") }
        #expect(paper?.speaker == "Anatoly Antonov")
        #expect(paper?.sources == [2])
        let ministry = report.quotes.first {
            $0.text.contains("concluding his Washington assignment")
        }
        #expect(ministry?.speaker?.lowercased().contains("foreign ministry") == true)
        #expect(ministry?.speakerKind == .organisation)
    }

    @Test func summaryCitesItsSources() {
        #expect(report.summary.count >= 3)
        let refs = Set(report.sources.flatMap { $0.sentences.map(\.id) })
        for sentence in report.summary {
            #expect(!sentence.sources.isEmpty)
            #expect(sentence.evidence.allSatisfy(refs.contains))
        }
        #expect(report.summary.contains { $0.disputed == true })
    }

    /// The later report's date is not put in the earlier one's mouth: the line telling the
    /// return on Oct. 5 cites the first report only as backing it without the date.
    @Test func aLineCitesInFullOnlySourcesGivingItsDate() throws {
        let line = try #require(report.summary.first { $0.text.contains("Oct. 5") })
        #expect(line.sources == [2])
        #expect(line.partial?.map(\.sources) == [[1]])
        #expect(line.partial?.first?.missing == ["Oct. 5"])
        // Both state the age and the year of the appointment, in one sentence or two.
        let age = try #require(report.summary.first { $0.text.contains("69-year-old") })
        #expect(age.sources == [1, 2] && age.partial == nil)
    }

    @Test func everyStatementIsTraceable() {
        let texts = Dictionary(
            uniqueKeysWithValues: report.sources.flatMap { $0.sentences.map { ($0.id, $0.text) } })
        for fact in report.agreed {
            #expect(Set(fact.evidence.map(\.source)).count >= 2)
            for evidence in fact.evidence { #expect(texts[evidence.sentence] == evidence.text) }
        }
        for fact in report.unique {
            #expect(fact.evidence.allSatisfy { texts[$0.sentence] == $0.text })
        }
        for conflict in report.conflicts {
            #expect(conflict.sides.allSatisfy { texts[$0.sentence] == $0.text })
        }
    }

    @Test func isDeterministic() throws {
        let reader = ArticleFileReader()
        let articles = try TestPaths.seeds.map { try reader.read(path: $0.path) }
        #expect(try StoryComparison().compare(articles).json() == report.json())
    }
}
