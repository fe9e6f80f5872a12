import ArgumentParser
import Foundation
import ParallaxHTML
import ParallaxIngest

/// `parallax extract PATH…`: the article body and metadata of HTML pages.
struct ExtractCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extract",
        abstract: "Extract the article body and metadata from HTML pages.",
        discussion: """
            Reads .html and .html.gz files, folders of them, and '-' (standard input). A page \
            that cannot be read is named on standard error and the rest are still extracted.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json
    }

    @Argument(help: "Pages, folders of pages, or '-' for standard input.")
    var paths: [String]

    @Option(help: "Output format: text, markdown or json.")
    var format: Format = .text

    @Option(help: "The page's address, for dates written in it (one page only).")
    var url: String?

    @Flag(help: "Print the best candidate containers for the body on standard error.")
    var explain = false

    @Flag(help: "Print this process's peak memory on standard error when done.")
    var peakMemory = false

    func run() async throws {
        let reader = PageFileReader()
        let parser = try HTMLParser()
        var failures = 0
        var pages: [(String, ExtractedPage)] = []
        for file in try reader.expand(paths) {
            do {
                let bytes = try reader.read(file)
                let page = try PageExtractor().extract(bytes, url: url, parser: parser)
                if explain {
                    printError("\(file): body from \(page.bodySource)")
                    for line in page.candidates { printError("  \(line)") }
                }
                if page.blocks.isEmpty {
                    printError("parallax: \(file): the page has no article text")
                }
                pages.append((file, page))
            } catch {
                failures += 1
                printError("parallax: \(file): \(error)")
            }
        }
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            struct Entry: Encodable {
                var file: String
                var page: ExtractedPage
            }
            let entries = pages.map { Entry(file: $0.0, page: $0.1) }
            print(String(decoding: try encoder.encode(entries), as: UTF8.self))
        case .text:
            for (file, page) in pages {
                if pages.count > 1 { print("==> \(file) <==") }
                print(page.text)
            }
        case .markdown:
            for (_, page) in pages { print(page.markdown()) }
        }
        if peakMemory {
            printError(String(format: "peak memory: %.1f MB", CompareBench.peakMemoryMB()))
        }
        if pages.isEmpty && failures > 0 { throw ExitCode.failure }
    }
}
