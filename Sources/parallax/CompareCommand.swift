import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest

/// `parallax compare FILE…`: reads two or more reports of one story and compares them.
struct CompareCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare two or more reports of one story.",
        discussion: """
            Reads each FILE as one outlet's article (plain text, optionally with a header block of \
            Source:, URL:, Published: and Title: lines, then a blank line, or an HTML page; '-' \
            reads standard input), or as several: every line of JSON lines (.jsonl, .ndjson), \
            every HTML response of a WARC archive and every item of an RSS, Atom or JSON feed. \
            It cleans away page furniture, and reports what the sources agree on, what only \
            one reports, where they conflict, who is quoted, and a merged summary. Every \
            statement cites its sentences as [source.sentence].
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case markdown, json
    }

    @Argument(help: "The articles to compare, two or more, in one file or several.")
    var files: [String] = []

    @Option(
        help: "Output format: markdown or json. Default: markdown on a terminal, json otherwise.")
    var format: Format?

    @Option(help: "How similar two claims must be to count as one fact, from 0 to 1.")
    var threshold: Double = 0.3

    @Option(
        help: "How sure a match must be for sentences to be grouped as one happening, from 0 to 1.")
    var eventThreshold: Double = StoryComparison().eventThreshold

    @Option(help: "The largest input file accepted, in bytes.")
    var maxBytes: Int = 8 << 20

    @OptionGroup var vectors: VectorOptions

    func validate() throws {
        guard !files.isEmpty else {
            throw ValidationError("compare needs two or more articles; name their files")
        }
        guard (0...1).contains(threshold) else {
            throw ValidationError("--threshold must be between 0 and 1; got \(threshold)")
        }
        guard (0...1).contains(eventThreshold) else {
            throw ValidationError(
                "--event-threshold must be between 0 and 1; got \(eventThreshold)")
        }
        guard maxBytes > 0 else { throw ValidationError("--max-bytes must be positive") }
    }

    func run() async throws {
        let reader = ArticleFileReader(maximumBytes: maxBytes)
        // Files are read and cleaned on all cores; their errors are reported in order.
        let files = files
        let results = ParallelMap.map(each: files.count) { index in
            var notices: [InputProblem] = []
            let result = Result {
                try reader.articles(path: files[index]) { notices.append($0) }
            }
            return (result, notices)
        }
        var articles: [Article] = []
        var failures = 0
        for (file, (result, notices)) in zip(files, results) {
            for notice in notices { printError("parallax: \(notice)") }
            do {
                let read = try result.get()
                if read.count == 1, let article = read.first, article.published == nil,
                    let date = PlainTextArticle.headerDate(article.originalText)
                {
                    printError(
                        "parallax: note: \(file): date \"\(date)\" cannot be read; compared as undated"
                    )
                }
                articles += read
            } catch let error as ArticleInputError {
                failures += 1
                printError("parallax: \(error)")
            }
        }
        if files.count == 1, articles.count == 1 {
            printError(
                "parallax: compare needs two or more articles; got only \(files[0]) "
                    + "(JSON lines, a WARC archive or a feed may hold several)")
            throw ExitCode.validationFailure
        }
        guard articles.count >= 2 else {
            printError(
                "parallax: nothing to compare: \(articles.count) of \(files.count) inputs could be read, and a comparison needs two"
            )
            throw ExitCode.failure
        }
        if failures > 0 {
            printError("parallax: comparing the \(articles.count) inputs that could be read")
        }
        let report = StoryComparison(
            threshold: threshold, eventThreshold: eventThreshold, embedder: vectors.embedder()
        ).compare(articles)
        let chosen = format ?? (isatty(STDOUT_FILENO) == 1 ? .markdown : .json)
        switch chosen {
        case .markdown: print(report.markdown(), terminator: "")
        case .json: print(try report.json())
        }
    }
}

/// Writes a line to standard error.
func printError(_ message: String, newline: Bool = true) {
    FileHandle.standardError.write(Data((message + (newline ? "\n" : "")).utf8))
}

/// Dates given on the command line.
enum PlainTextDate {
    static func parse(_ text: String) -> Date? { PlainTextArticle.parseDate(text) }
}
