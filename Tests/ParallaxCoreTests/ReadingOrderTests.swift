import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// The same articles given in another order make the same findings: only the sources'
/// numbers follow the order given.
@Suite struct ReadingOrderTests {
    /// What a report finds, with every source number replaced by the article it numbers, so
    /// that reports of the articles in different orders compare equal when they find the same.
    struct Findings: Equatable, CustomStringConvertible {
        var agreed: [String]
        var unique: [String]
        var conflicts: [String]
        var summary: [String]
        var quotes: [String]

        init(_ report: ComparisonReport, articles: [Article]) {
            func name(_ number: Int) -> String { articles[number - 1].id.rawValue }
            func names(_ numbers: [Int]) -> String {
                numbers.map(name).sorted().joined(separator: ",")
            }
            func sentence(_ ref: SentenceRef) -> String { "\(name(ref.source)).\(ref.index)" }
            agreed = report.agreed.map { fact in
                "\(fact.match) \(fact.fact) [\(names(fact.sources))] "
                    + fact.evidence.map { sentence($0.sentence) }.sorted().joined(separator: " ")
            }
            unique = report.unique.map { "\($0.kind) \(name($0.source)): \($0.fact)" }.sorted()
            conflicts = report.conflicts.map { conflict in
                "\(conflict.kind) \(conflict.aspect): "
                    + conflict.sides.map { "\(sentence($0.sentence))=\($0.value)" }.sorted()
                    .joined(separator: " ")
            }.sorted()
            // A disputed line names its sources by number in its words: it is compared by
            // the sentences on its sides.
            summary = report.summary.map { line in
                (line.disputed == true ? "disputed" : line.text) + " [\(names(line.sources))] "
                    + line.evidence.map(sentence).sorted().joined(separator: " ")
            }
            quotes = report.quotes.map { quote in
                "\(quote.speaker ?? "-"): \(quote.text) "
                    + quote.variants.map { "\(name($0.source)): \($0.text)" }.sorted()
                    .joined(separator: " | ")
            }.sorted()
        }

        var description: String {
            (agreed + unique + conflicts + summary + quotes).joined(separator: "\n")
        }

        /// The lines of each that the other lacks.
        func difference(_ other: Findings) -> String {
            let (mine, theirs) = (
                description.split(separator: "\n"), other.description.split(separator: "\n")
            )
            return "only in the first:\n"
                + mine.filter { !theirs.contains($0) }.joined(separator: "\n")
                + "\nonly in the second:\n"
                + theirs.filter { !mine.contains($0) }.joined(separator: "\n")
        }
    }

    /// The findings of `articles` in the order given and in `order`.
    func findings(_ articles: [Article], reordered order: [Int]) -> (Findings, Findings) {
        let comparison = StoryComparison()
        let reordered = order.map { articles[$0] }
        return (
            Findings(comparison.compare(articles), articles: articles),
            Findings(comparison.compare(reordered), articles: reordered)
        )
    }

    @Test func exampleCorpusInAnyOrder() throws {
        let articles = try ExampleCorpusTests.articles()
        // The dated articles are read by date; all undated, they are read by content.
        let undated = articles.map { article in
            var article = article
            article.published = nil
            return article
        }
        for set in [articles, undated] {
            for order in [[3, 2, 1, 0], [1, 3, 0, 2], [2, 0, 3, 1]] {
                let (given, reordered) = findings(set, reordered: order)
                #expect(!given.agreed.isEmpty && !given.summary.isEmpty)
                #expect(given == reordered, "order \(order): \(given.difference(reordered))")
            }
        }
    }

    @Test(.enabled(if: TestPaths.hasShared, "needs ../shared/seeds beside the repository"))
    func seedsInEitherOrder() throws {
        let reader = ArticleFileReader()
        let articles = try TestPaths.seeds.map { try reader.read(path: $0.path) }
        let (given, reversed) = findings(articles, reordered: [1, 0])
        #expect(given.agreed.count >= 4)
        #expect(given == reversed, "\(given.difference(reversed))")
    }

    @Test func readingOrderIsByDateThenContent() {
        func article(_ text: String, day: Double?) -> Article {
            Article(
                plainText: text, source: "outlet",
                published: day.map { Date(timeIntervalSince1970: $0 * 86_400) })
        }
        let articles = [
            article("An undated report of the fire.", day: nil),
            article("The later report of the fire.", day: 2),
            article("Another undated report.", day: nil),
            article("The first report of the fire.", day: 1),
        ]
        let analyses = articles.enumerated().map {
            ArticleAnalyzer.analyze($1, number: $0 + 1)
        }
        let order = StoryComparison.readingOrder(analyses).map(\.number)
        #expect(Array(order.prefix(2)) == [4, 2])
        // The undated last, by content id whatever their numbers.
        let undated = [articles[0], articles[2]].sorted { $0.id < $1.id }
        #expect(
            order.suffix(2).map { analyses[$0 - 1].article.id } == undated.map(\.id))
        #expect(
            StoryComparison.readingOrder(analyses.reversed()).map(\.number) == order)
    }
}
