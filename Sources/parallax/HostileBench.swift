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
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var line: [String] = []
        line.reserveCapacity(count)
        for _ in 0..<count {
            // A linear congruential draw: reproducible, and no pattern the readers could follow.
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            line.append(vocabulary[Int((state >> 33) % UInt64(vocabulary.count))])
        }
        return line.joined(separator: " ")
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
