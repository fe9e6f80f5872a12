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
            Compares two generated articles at each size. The line shape: one line of N words \
            with no sentence end, dense with quotation marks, verbs of speech, names, figures \
            and "Mr." (one sentence of N words with hundreds of quotations), and N/8 one-line \
            headlines. The quotations shape: two articles of N/16 lines, each a quotation of \
            eight words drawn from 26 and attributed to one of 50 people, so that every \
            quotation shares words with nearly every other. The names shape: two articles of \
            N/16 lines, each one person of 5,000 meeting another and later speaking, all one \
            happening. Each doubling of N should about double the time; four times is a \
            quadratic step. The JSON report's size is given too, written after the time is \
            taken. Build with -c release for figures worth quoting.
            """)

    /// The kinds of hostile article to compare.
    enum Shape: String, ExpressibleByArgument, CaseIterable {
        case line, quotations, names

        /// The heading of the column counting what each size holds.
        var counted: String {
            switch self {
            case .line: "headlines"
            case .quotations: "quotations"
            case .names: "lines"
            }
        }
    }

    @Option(help: "The hostile articles: line, quotations or names.")
    var shape = Shape.line

    @Option(help: "Words in the long line (or in each article of quotations) of the smallest size.")
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

    /// Words of the quotations, and the people they are attributed to.
    static let quotationWords = [
        "council", "vote", "budget", "plan", "city", "water", "school", "road", "tax", "park",
        "police", "bridge", "housing", "rent", "bus", "fire", "court", "hospital", "market",
        "power", "trade", "union", "strike", "farm", "bank", "port",
    ]
    static let speakers = ["Anna", "Boris", "Carla", "David", "Elena"].flatMap { first in
        [
            "Antonov", "Baker", "Chen", "Diaz", "Evans", "Fischer", "Garcia", "Hughes", "Ito",
            "Jones",
        ]
        .map { "\(first) \($0)" }
    }

    /// `count` lines, each a quotation of eight words attributed to a person, drawn from `seed`.
    static func quotations(_ count: Int, seed: UInt64) -> String {
        var generator = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let words = (0..<8).map { _ in quotationWords.randomElement(using: &generator)! }
            let speaker = speakers.randomElement(using: &generator)!
            return "\"The \(words.joined(separator: " ")) today,\" said \(speaker)."
        }.joined(separator: "\n")
    }

    /// `count` lines, each one person meeting another and later speaking to reporters, drawn
    /// from `seed`: 50 first names and 100 surnames, the lines alike but for the names.
    static func meetings(_ count: Int, seed: UInt64) -> String {
        let first = [
            "Anna", "Boris", "Carla", "David", "Elena", "Frank", "Greta", "Hugo", "Irene", "Jonas",
        ]
        .flatMap { name in ["", "a", "o", "i", "e"].map { name + $0 } }
        let last = ["Kov", "Mar", "Sel", "Tor", "Bran", "Hal", "Vin", "Dor", "Pel", "Rus"].flatMap {
            stem in
            ["ic", "sen", "ova", "ini", "ski", "ez", "man", "ard", "ley", "ton"].map { stem + $0 }
        }
        var generator = SplitMix(seed: seed)
        return (0..<count).map { _ in
            let surname = last.randomElement(using: &generator)!
            let someone = first.randomElement(using: &generator)! + " " + surname
            let other =
                first.randomElement(using: &generator)! + " " + last.randomElement(
                    using: &generator)!
            return
                "\(someone) met \(other) in the capital on Monday, and \(surname) later spoke to reporters."
        }.joined(separator: "\n")
    }

    /// The two articles of the shape at `count` words.
    func articles(_ count: Int) throws -> (articles: [Article], label: String) {
        let reader = ArticleFileReader()
        switch shape {
        case .line:
            let headlines = (0..<(count / 8)).map { "Headline number \($0) about the envoy" }
            let articles = try [
                reader.article(
                    from: Data(Self.oneLine(count).utf8), name: "one-line.txt", source: "line"),
                reader.article(
                    from: Data(headlines.joined(separator: "\n").utf8), name: "many-lines.txt",
                    source: "lines"),
            ]
            return (articles, "\(headlines.count)")
        case .quotations, .names:
            let lines = count / 16
            let articles = try (1...2).map { number in
                let text =
                    shape == .names
                    ? Self.meetings(lines, seed: UInt64(number))
                    : Self.quotations(lines, seed: UInt64(number))
                return try reader.article(
                    from: Data(text.utf8), name: "\(shape.rawValue)-\(number).txt",
                    source: "outlet \(number)")
            }
            return (articles, "\(lines) x 2")
        }
    }

    func run() async throws {
        let comparison = StoryComparison(embedder: vectors.embedder())
        print(
            "words     "
                + shape.counted.padding(toLength: 11, withPad: " ", startingAt: 0)
                + "seconds  growth  report")
        var previous: Double?
        for step in 0..<sizes {
            let count = words << step
            let (articles, label) = try articles(count)
            let start = ContinuousClock.now
            let report = comparison.compare(articles)
            let seconds = (ContinuousClock.now - start).seconds
            let growth = previous.map { String(format: "x%.2f", seconds / $0) } ?? ""
            let megabytes = Double(try report.json().utf8.count) / 1_000_000
            print(
                "\(count)".padding(toLength: 10, withPad: " ", startingAt: 0)
                    + label.padding(toLength: 11, withPad: " ", startingAt: 0)
                    + String(format: "%7.2f  ", seconds)
                    + growth.padding(toLength: 8, withPad: " ", startingAt: 0)
                    + String(format: "%.1f MB", megabytes))
            previous = seconds
        }
    }
}
