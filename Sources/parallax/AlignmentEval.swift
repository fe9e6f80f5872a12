import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest

/// `parallax eval alignment --data DIR`: agreed facts against ECB+ same-event sentence pairs.
struct AlignmentEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alignment",
        abstract: "Score agreed facts on article pairs with gold same-event sentence pairs.",
        discussion: """
            DIR holds cases.json and the articles it names (../shared/data/alignment). Compares \
            each pair as `parallax compare` does and scores the sentence pairs its agreed facts \
            assert, as ../shared/bench/score_alignment.py does.
            """)

    @Option(help: "The alignment folder.")
    var data: String

    @Option(help: "The least mean probability to group sentences as one happening.")
    var eventThreshold: Double = StoryComparison().eventThreshold

    @Option(help: "Score only the cases of odd or even topics.")
    var topics: TopicHalf?

    @OptionGroup var vectors: VectorOptions

    func run() async throws {
        let set = try AlignmentSet(folder: data)
        var comparison = StoryComparison(eventThreshold: eventThreshold)
        comparison.embedder = vectors.embedder()
        var score = AlignmentScore()
        let cases = set.cases.filter { topics?.contains($0.topic) ?? true }
        for item in cases {
            score.add(item, agreed: comparison.compare(try set.articles(item)).agreed)
        }
        print(
            "cases:     \(cases.count)\(comparison.embedder == nil ? " (without sentence vectors)" : "")"
        )
        print(String(format: "precision: %.4f", score.precision))
        print(String(format: "recall:    %.4f", score.recall))
        print(String(format: "f1:        %.4f", score.f1))
    }
}

/// Odd or even topic numbers, to tune on one half and test on the other.
enum TopicHalf: String, ExpressibleByArgument, CaseIterable {
    case odd, even

    func contains(_ topic: Int) -> Bool { (topic % 2 == 1) == (self == .odd) }
}

/// The cases of an alignment folder, with their articles read as `compare` reads files.
struct AlignmentSet {
    let folder: URL
    let cases: [AlignmentCase]

    init(folder path: String) throws {
        folder = URL(fileURLWithPath: path)
        let file = folder.appendingPathComponent("cases.json")
        do {
            cases = try JSONDecoder().decode([AlignmentCase].self, from: Data(contentsOf: file))
        } catch {
            throw ValidationError("\(file.path): cannot read the cases: \(error)")
        }
    }

    func articles(_ item: AlignmentCase) throws -> [Article] {
        let reader = ArticleFileReader()
        return try item.files.map { name in
            do {
                return try reader.read(path: folder.appendingPathComponent(name).path)
            } catch {
                throw ValidationError("\(error)")
            }
        }
    }
}
