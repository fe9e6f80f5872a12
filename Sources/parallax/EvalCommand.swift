import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxHTML
import ParallaxIngest

/// `parallax eval`: scores Parallax on evaluation data.
struct EvalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Score Parallax against labelled data.",
        subcommands: [
            ExtractionEval.self, EventsEval.self, ParaphraseEval.self, AlignmentEval.self,
            StanceEval.self,
        ])
}

/// `parallax eval extraction --data DIR`: main-content extraction against true bodies.
struct ExtractionEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Score article-body extraction on a folder of pages with truth.json.",
        discussion: """
            DIR holds html/ (ID.html or ID.html.gz) and truth.json ({ID: {"url", "articleBody"}}). \
            Prints precision, recall and F1 of 4-token shingles, averaged over pages.
            """)

    @Option(help: "The folder of pages and truth.json.")
    var data: String

    @Option(help: "Write the predictions here as {ID: {\"articleBody\": …}}.")
    var predictions: String?

    func run() async throws {
        let set = try ExtractionDataSet(folder: data)
        let parser = try HTMLParser()
        let extractor = PageExtractor()
        var bodies: [String: String] = [:]
        var failures: [String] = []
        for page in set.pages {
            do {
                bodies[page.id] = try extractor.extract(page.bytes, url: page.url, parser: parser)
                    .text
            } catch {
                failures.append("\(page.id): \(error)")
                bodies[page.id] = ""
            }
        }
        for failure in failures { printError("parallax: \(failure)") }
        let score = ExtractionScore(truth: set.truth, predictions: bodies)
        print(String(format: "pages:     %d", score.pages))
        print(String(format: "precision: %.4f", score.precision))
        print(String(format: "recall:    %.4f", score.recall))
        print(String(format: "f1:        %.4f", score.f1))
        if let predictions {
            let object = bodies.mapValues { ["articleBody": $0] }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            try encoder.encode(object).write(to: URL(fileURLWithPath: predictions))
        }
    }
}
