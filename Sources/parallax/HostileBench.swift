import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest

/// `parallax bench hostile`: how the time to compare grows with the size of hostile input.
struct HostileBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile",
        abstract: "Time `compare` on hostile articles of growing size.",
        discussion: """
            Compares two generated articles at each size: one line of N words with no sentence \
            end, dense with quotation marks, verbs of speech, names, figures and "Mr." (one \
            sentence of N words with hundreds of quotations), and N/8 one-line headlines. \
            Each doubling of N should about double the time; four times is a quadratic step. \
            Build with -c release for figures worth quoting.
            """)

    @Option(help: "Words in the long line of the smallest size.")
    var words = 30_000

    @Option(help: "How many sizes, each twice the one before.")
    var sizes = 3

    @OptionGroup var vectors: VectorOptions

    func validate() throws {
        guard words >= 100 else { throw ValidationError("--words \(words): give 100 or more") }
        guard (1...6).contains(sizes) else {
            throw ValidationError("--sizes \(sizes): give 1 to 6")
        }
    }

    /// The long line's words, drawn in a fixed order so that every run compares the same text.
    static let vocabulary = [
        "Antonov", "said", "after", "before", "the", "envoy", "Mr.", "in", "2014", ",", "who",
        "\"", "was",
    ]

    /// One line of `count` words, without a sentence end.
    static func oneLine(_ count: Int) -> String {
        // Seeded: reproducible, and no pattern the readers could follow.
        var generator = SplitMix(seed: 1)
        return (0..<count).map { _ in vocabulary.randomElement(using: &generator)! }
            .joined(separator: " ")
    }

    func run() async throws {
        let reader = ArticleFileReader()
        let comparison = StoryComparison(embedder: vectors.embedder())
        print("words     headlines  seconds  growth")
        var previous: Double?
        for step in 0..<sizes {
            let count = words << step
            let headlines = (0..<(count / 8)).map { "Headline number \($0) about the envoy" }
            let articles = try [
                reader.article(
                    from: Data(Self.oneLine(count).utf8), name: "one-line.txt", source: "line"),
                reader.article(
                    from: Data(headlines.joined(separator: "\n").utf8), name: "many-lines.txt",
                    source: "lines"),
            ]
            let start = ContinuousClock.now
            _ = comparison.compare(articles)
            let seconds = (ContinuousClock.now - start).seconds
            let growth = previous.map { String(format: "x%.2f", seconds / $0) } ?? ""
            print(String(format: "%-9d %-10d %7.2f  ", count, headlines.count, seconds) + growth)
            previous = seconds
        }
    }
}
