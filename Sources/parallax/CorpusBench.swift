import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax bench corpus`: writes the generated benchmark stream as JSON lines, for filling a
/// store to benchmark against (`scripts/bench-serve`).
struct CorpusBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "corpus",
        abstract: "Write the generated news stream (StoryCorpus.swift) as JSON lines.",
        discussion: """
            Each line holds text, title, date, url and source, as `parallax ingest` reads them. \
            The stream is the one `parallax bench stories` groups: real sentences, planted \
            events of ten articles, every tenth article a wire copy.
            """)

    @Option(help: "How many articles.")
    var articles = 100_000

    @Option(help: "News text to take sentences from (JSON lines with \"text\", or plain lines).")
    var sentences = "../shared/data/events/ecbplus-dev.jsonl"

    @Option(help: "The file to write.")
    var output: String

    func run() async throws {
        guard articles > 0 else { throw ValidationError("--articles \(articles): give 1 or more") }
        let corpus = StoryCorpus(sentenceFile: sentences)
        guard FileManager.default.createFile(atPath: output, contents: nil),
            let handle = FileHandle(forWritingAtPath: output)
        else {
            throw ValidationError("\(output): cannot be written; check the folder exists")
        }
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        struct Line: Encodable {
            var text: String
            var title: String?
            var date: String?
            var url: String?
            var source: String?
        }
        var buffer = Data()
        for index in 0..<articles {
            let document = corpus.article(index)
            buffer += try encoder.encode(
                Line(
                    text: document.text, title: document.title,
                    date: document.published.map { $0.formatted(.iso8601) }, url: document.url,
                    source: document.source))
            buffer.append(0x0A)
            if buffer.count > 1 << 20 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
    }
}
