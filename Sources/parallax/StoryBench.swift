import ArgumentParser
import Foundation
import ParallaxCore

/// `parallax bench stories`: copy detection and story assignment at growing sizes, and the
/// dedup step beside datasketch's.
struct StoryBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories",
        abstract: "Articles per second and peak memory for dedup and story assignment.",
        discussion: """
            Generates a news stream from real sentences with planted events and copies (see \
            StoryCorpus.swift), then groups it in chunks as `cluster` and ingestion do: \
            assignment in order, while the next chunk's features are computed on all cores. \
            Prints, for each size, the rate, the cost per article, the peak memory, how many \
            planted copies were found and the story F1 against the planted events. With \
            --peer, also runs ../shared/bench/peer_dedup.py (datasketch) and Parallax's dedup \
            alone on the same 10,000 articles, back to back.
            """)

    @Option(help: "Sizes to run, comma-separated.")
    var sizes = "10000,100000,1000000"

    @Option(help: "News text to take sentences from (JSON lines with \"text\", or plain lines).")
    var sentences = "../shared/data/events/ecbplus-dev.jsonl"

    @Option(help: "The Python with datasketch, to compare the dedup step.")
    var peer: String?

    @Option(help: "Articles for the comparison with datasketch.")
    var peerArticles = 10_000

    @Flag(
        help: """
            Also time each phase alone on one core: features (terms and shingles), MinHash \
            signatures, and assignment (copies and stories) of prepared articles.
            """)
    var phases = false

    @OptionGroup(title: "Grouping")
    var grouping: StoryOptions

    func run() async throws {
        let corpus = StoryCorpus(sentenceFile: sentences)
        print(
            "sentences: \(corpus.sentences.count) (\(corpus.sentences.count > IngestBench.sentences.count ? sentences : "built-in"))"
        )
        let counts = sizes.split(separator: ",").compactMap { Int($0) }
        guard !counts.isEmpty else {
            throw ValidationError("--sizes \(sizes): give numbers, as 10000,100000")
        }
        print(
            "articles   seconds   articles/s   µs/article   peak MB   copies found   story F1   open stories  merges  follow-ups"
        )
        for count in counts.sorted() {
            try await measure(corpus, count: count)
        }
        if phases {
            print("")
            print("one core, µs/article:  features   signature   assignment")
            for count in counts.sorted() { await measurePhases(corpus, count: count) }
        }
        if let peer { try await comparePeer(corpus, python: peer) }
    }

    private func measure(_ corpus: StoryCorpus, count: Int) async throws {
        let engine = StoryEngine(settings: grouping.settings)
        var planted = 0
        var found = 0
        var followUps = 0
        var gold: [String: String] = [:]
        gold.reserveCapacity(count)
        var index = 0
        var generating: Duration = .zero
        let started = ContinuousClock.now
        // The product's own path: features of the next chunk on the other cores while this one
        // is assigned.
        await engine.add(
            chunks: {
                guard index < count else { return nil }
                let before = ContinuousClock.now
                defer { generating += ContinuousClock.now - before }
                let documents = (index..<min(count, index + StoryEngine.chunkSize)).map(
                    corpus.article)
                index += documents.count
                return documents
            },
            { document, assignment in
                let number = Int(document.id.dropFirst())!
                if (number / corpus.concurrent) % corpus.perEvent % 10 == 9,
                    number >= corpus.concurrent
                {
                    planted += 1
                    if assignment.copyOf == "a\(number - corpus.concurrent)" { found += 1 }
                }
                gold[document.id] = String(corpus.event(of: number))
                if assignment.isFollowUp { followUps += 1 }
            })
        // Generating the stream is not timed: only features and assignment.
        let seconds = (ContinuousClock.now - started - generating).seconds
        let predicted = Dictionary(
            uniqueKeysWithValues: engine.finalStories.map { ($0.article, String($0.story)) })
        let score = ClusterScore(gold: gold, predicted: predicted)
        print(
            String(
                format:
                    "%8d  %8.2f  %11.0f  %11.1f  %8.0f  %6d/%-6d  %9.3f  %12d  %6d  %10d",
                count,
                seconds, Double(count) / seconds, seconds * 1e6 / Double(count),
                CompareBench.peakMemoryMB(), found, planted, score.pairwiseF1, engine.activeStories,
                engine.merges.count, followUps))
        if ProcessInfo.processInfo.environment["PARALLAX_BENCH_DETAIL"] != nil {
            print(
                String(
                    format: "  pairwise P %.3f R %.3f, B-cubed F1 %.3f, %d stories for %d events",
                    score.pairwisePrecision, score.pairwiseRecall, score.bcubedF1,
                    score.predictedClusters, score.goldClusters))
        }
    }

    /// Times features, signatures and assignment one after another on this task, so that each
    /// phase's cost can be compared between builds without a profiler.
    private func measurePhases(_ corpus: StoryCorpus, count: Int) async {
        var featureTime: Duration = .zero
        var signatureTime: Duration = .zero
        var assignmentTime: Duration = .zero
        let engine = StoryEngine(settings: grouping.settings)
        let minHash = MinHash()
        var cache = TermCache()
        var start = 0
        while start < count {
            let documents = (start..<min(count, start + StoryEngine.chunkSize)).map(corpus.article)
            start += documents.count
            var clock = ContinuousClock.now
            let features = documents.map { StoryFeatures($0, cache: &cache) }
            featureTime += ContinuousClock.now - clock
            clock = ContinuousClock.now
            let signatures = features.map { minHash.signature($0.shingles) }
            signatureTime += ContinuousClock.now - clock
            clock = ContinuousClock.now
            for index in documents.indices {
                engine.add(
                    documents[index],
                    prepared: StoryEngine.Prepared(
                        features: features[index], signature: signatures[index]))
            }
            assignmentTime += ContinuousClock.now - clock
        }
        print(
            String(
                format: "%8d               %8.1f   %9.1f   %10.1f", count,
                featureTime.seconds * 1e6 / Double(count),
                signatureTime.seconds * 1e6 / Double(count),
                assignmentTime.seconds * 1e6 / Double(count)))
    }

    private func comparePeer(_ corpus: StoryCorpus, python: String) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-dedup-\(getpid())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("corpus.jsonl")
        var text = Data()
        let documents = (0..<peerArticles).map(corpus.article)
        for document in documents {
            let object: [String: Any] = [
                "id": document.id, "title": document.title ?? "", "text": document.text,
            ]
            text.append(try JSONSerialization.data(withJSONObject: object))
            text.append(0x0A)
        }
        try text.write(to: file)
        let script = URL(fileURLWithPath: sentences).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "bench/peer_dedup.py"
            ).path
        let process = Process()
        process.executableURL = URL(fileURLWithPath: python)
        process.arguments = [script, file.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let result = try? JSONSerialization.jsonObject(with: output) as? [String: Any],
            let peerRate = result["docs_per_second"] as? Double
        else {
            throw ValidationError("\(script) failed: \(String(decoding: output, as: UTF8.self))")
        }
        // Parallax's dedup alone: word shingles, signatures (all cores) and the LSH index.
        let started = ContinuousClock.now
        let minHash = MinHash()
        let detector = CopyDetector()
        let signatures = await ParallelMap.map(documents) {
            minHash.signature(StoryFeatures.shingles(of: $0))
        }
        var pairs = 0
        for (index, signature) in signatures.enumerated()
        where detector.add(index: Int32(index), signature: signature, date: nil) != nil {
            pairs += 1
        }
        let seconds = (ContinuousClock.now - started).seconds
        let rate = Double(documents.count) / seconds
        print("")
        print("dedup alone, \(documents.count) articles, same file:")
        print(
            String(
                format: "  %@: %.0f articles/s, %@ duplicate pairs",
                (result["peer"] as? String) ?? "peer", peerRate,
                "\(result["duplicate_pairs"] ?? "?")"))
        print(
            String(
                format: "  parallax: %.0f articles/s (%d cores), %d copies found", rate,
                ProcessInfo.processInfo.activeProcessorCount, pairs))
        print(String(format: "  ratio: %.1fx", rate / peerRate))
    }
}
