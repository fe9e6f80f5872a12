import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxHTML
import ParallaxIngest

/// `parallax bench extraction`: Parallax and trafilatura on the same pages, back to back.
struct ExtractionBench: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "extraction",
        abstract: "Pages per second of Parallax and trafilatura on the same pages, in one run.",
        discussion: """
            Reads every page into memory first, then times Parallax on one core and on all \
            cores, then runs the peer script (trafilatura) on the same folder, and prints both \
            rates, their ratio, and Parallax's peak memory extracting the largest page. \
            scripts/bench-extraction installs trafilatura and runs this.
            """)

    @Option(help: "The folder of pages (html/) and truth.json.")
    var data: String

    @Option(help: "The Python that has trafilatura installed.")
    var python: String =
        FileManager.default.fileExists(atPath: ".venv-peers/bin/python")
        ? ".venv-peers/bin/python" : "python3"

    @Option(help: "The peer script; by default bench/peer_extract.py two folders above --data.")
    var peer: String?

    @Option(help: "Seconds to spend timing each Parallax configuration.")
    var seconds: Double = 3

    func run() async throws {
        let set = try ExtractionDataSet(folder: data)
        let pages = set.pages.map { ($0.bytes, $0.url) }
        let bytes = pages.reduce(0) { $0 + $1.0.count }
        print(
            "pages:                  \(pages.count) (\(bytes / pages.count / 1024) KB on average)")

        let single = try Self.rate(pages: pages, workers: 1, seconds: seconds)
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let parallel = try await Self.parallelRate(pages: pages, workers: cores, seconds: seconds)
        print(String(format: "parallax, 1 core:       %.1f pages/s", single))
        print(String(format: "parallax, %d cores:      %.1f pages/s", cores, parallel))

        // The child reports its own peak, so the figure is of extraction alone.
        let largest = set.pages.max { $0.bytes.count < $1.bytes.count }!
        let peak = try Self.peakMemory(of: largest.bytes)

        let script =
            peer
            ?? URL(fileURLWithPath: data).deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bench/peer_extract.py").path
        let htmlFolder = URL(fileURLWithPath: data).appendingPathComponent("html").path
        if let peerRate = try Self.peerRate(python: python, script: script, folder: htmlFolder) {
            print(String(format: "trafilatura:            %.1f pages/s", peerRate))
            print(String(format: "ratio, 1 core:          %.1fx", single / peerRate))
            print(String(format: "ratio, %d cores:         %.1fx", cores, parallel / peerRate))
        }
        print(String(format: "peak memory, %d KB page: %.1f MB", largest.bytes.count / 1024, peak))

    }

    /// Pages per second extracting `pages` over and over for about `seconds`, on this thread.
    static func rate(pages: [([UInt8], String?)], workers: Int, seconds: Double) throws -> Double {
        let parser = try HTMLParser()
        let extractor = PageExtractor()
        var done = 0
        let start = ContinuousClock.now
        var elapsed = 0.0
        repeat {
            for (bytes, url) in pages {
                _ = try? extractor.extract(bytes, url: url, parser: parser)
            }
            done += pages.count
            elapsed = (ContinuousClock.now - start).seconds
        } while elapsed < seconds
        return Double(done) / elapsed
    }

    /// Pages per second with `workers` tasks, each with its own parser, sharing the pages.
    static func parallelRate(pages: [([UInt8], String?)], workers: Int, seconds: Double)
        async throws
        -> Double
    {
        let start = ContinuousClock.now
        let done = try await withThrowingTaskGroup(of: Int.self) { group in
            for worker in 0..<workers {
                group.addTask {
                    let parser = try HTMLParser()
                    let extractor = PageExtractor()
                    var done = 0
                    let begin = ContinuousClock.now
                    repeat {
                        for index in stride(from: worker, to: pages.count, by: workers) {
                            _ = try? extractor.extract(
                                pages[index].0, url: pages[index].1, parser: parser)
                            done += 1
                        }
                    } while (ContinuousClock.now - begin).seconds < seconds
                    return done
                }
            }
            return try await group.reduce(0, +)
        }
        return Double(done) / ((ContinuousClock.now - start).seconds)
    }

    /// The peer's pages per second, or `nil` with a message when it cannot run.
    static func peerRate(python: String, script: String, folder: String) throws -> Double? {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, script, folder]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            print("trafilatura:            not run (\(error))")
            return nil
        }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0,
            let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
            let rate = object["pages_per_second"] as? Double
        else {
            print("trafilatura:            not run (is it installed? try scripts/bench-extraction)")
            return nil
        }
        return rate
    }

    /// The peak resident memory of a child `parallax extract` of one page, in MB.
    static func peakMemory(of page: [UInt8]) throws -> Double {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-bench-\(getpid()).html")
        try Data(page).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["extract", "--peak-memory", file.path]
        process.standardOutput = FileHandle.nullDevice
        let report = Pipe()
        process.standardError = report
        try process.run()
        let text = String(
            decoding: report.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let line = text.split(separator: "\n").first { $0.hasPrefix("peak memory: ") }
        return line.flatMap { Double($0.dropFirst(13).prefix { $0 != " " }) } ?? .nan
    }
}
