import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest

/// `parallax bench`: benchmarks that print figures.
struct BenchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench",
        abstract: "Measure how fast Parallax runs.",
        subcommands: [
            CompareBench.self, ExtractionBench.self, IngestBench.self, WARCBench.self,
            StoryBench.self, CorpusBench.self, HostileBench.self,
        ])
}

/// `parallax bench compare FILE…`: times reading, cleaning and comparing a story.
struct CompareBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Time `compare` on the given articles, read into memory first.",
        discussion: """
            Build with -c release for figures worth quoting. With --events, compares the first \
            N articles of a JSON-lines file of labelled reports (id, text, title, topic), \
            largest topics first: a large story of many outlets, as ingest would group it.
            """)

    @Argument(help: "The articles of one story, two or more.")
    var files: [String] = []

    @Option(help: "Compare articles from this JSON-lines file instead of FILEs.")
    var events: String?

    @Option(help: "How many articles to take from --events.")
    var articles = 200

    @Option(help: "How many times to run the comparison.")
    var runs: Int = 50

    @Option(
        help: ArgumentHelp(
            "Write the last run's report as JSON to this file.",
            discussion: "Two builds that should differ only in speed must write the same bytes.",
            valueName: "file"))
    var report: String?

    @OptionGroup var vectors: VectorOptions

    func validate() throws {
        guard files.count >= 2 || (events != nil && articles >= 2) else {
            throw ValidationError("bench compare needs two or more articles")
        }
        guard runs > 0 else { throw ValidationError("--runs must be positive") }
    }

    func run() async throws {
        let reader = ArticleFileReader()
        let texts =
            try events.map { try articleTexts(events: $0) }
            ?? files.map { path in
                (path, try String(contentsOf: URL(fileURLWithPath: path), encoding: .utf8))
            }
        let comparison = StoryComparison(embedder: vectors.embedder())
        var times: [Double] = []
        var last: ComparisonReport?
        for _ in 0..<runs {
            let start = ContinuousClock.now
            // Read on all cores, as `compare` reads its files.
            let articles = try ParallelMap.map(each: texts.count) { index in
                let (path, text) = texts[index]
                return Result {
                    try reader.article(
                        from: Data(text.utf8), name: path,
                        source: URL(fileURLWithPath: path).lastPathComponent)
                }
            }.map { try $0.get() }
            last = comparison.compare(articles)
            times.append((ContinuousClock.now - start).seconds * 1000)
        }
        if let report, let last {
            try Data(last.json().utf8).write(to: URL(fileURLWithPath: report))
        }
        times.sort()
        let bytes = texts.reduce(0) { $0 + $1.1.utf8.count }
        let sentences = last?.sources.reduce(0) { $0 + $1.sentences.count } ?? 0
        print("articles:        \(texts.count) (\(bytes / 1024) KB, \(sentences) sentences)")
        print(
            "runs:            \(runs)\(comparison.embedder == nil ? "" : ", with sentence vectors")"
        )
        print(String(format: "median:          %.2f ms per comparison", times[times.count / 2]))
        print(String(format: "fastest:         %.2f ms", times[0]))
        print(String(format: "slowest:         %.2f ms", times[times.count - 1]))
        print(String(format: "peak memory:     %.1f MB", Self.peakMemoryMB()))
    }

    /// The first `articles` reports with text in `events`, largest topics first, each as a
    /// plain-text article with a header block.
    func articleTexts(events: String) throws -> [(String, String)] {
        let (lines, _) = try readStoryLines(events)
        let withText = lines.filter { !$0.document.text.isEmpty }
        let sizes = Dictionary(grouping: withText, by: { $0.topic ?? 0 }).mapValues(\.count)
        let ordered = withText.sorted {
            (sizes[$0.topic ?? 0]!, -($0.topic ?? 0), -$0.number)
                > (sizes[$1.topic ?? 0]!, -($1.topic ?? 0), -$1.number)
        }
        return ordered.prefix(articles).map { line in
            let document = line.document
            let header =
                "Source: \(document.source ?? document.id)\nTitle: \(document.title ?? "")\n\n"
            return (document.id, header + document.text)
        }
    }

    /// The process's peak resident memory: VmHWM from /proc/self/status, which counts this
    /// program alone (getrusage's figure survives exec and so can include the parent that
    /// spawned it), or getrusage where /proc is absent.
    static func peakMemoryMB() -> Double {
        if let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
            let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }),
            let kilobytes = Double(line.split(separator: " ").dropFirst().first ?? "")
        {
            return kilobytes / 1024
        }
        var usage = rusage()
        getrusage(RUSAGE_SELF.rawValue, &usage)
        return Double(usage.ru_maxrss) / 1024
    }
}
