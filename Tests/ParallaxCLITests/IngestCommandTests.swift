import Foundation
import ParallaxStore
import ParallaxTestSupport
import Testing

@Suite struct IngestCommandTests {
    /// A JSON-lines dump of `count` distinct articles.
    static func dump(_ count: Int) throws -> String {
        let lines = (0..<count).map { index in
            let text =
                "Article \(index) reports that the ferry ran aground in fog near the point. "
                + "Rescuers brought \(index % 100) people ashore, the coastguard said on day \(index)."
            let object: [String: Any] = [
                "title": "Report \(index)", "maintext": text, "url": "https://d.example/\(index)",
                "source_domain": "d.example",
            ]
            return String(
                decoding: try! JSONSerialization.data(withJSONObject: object), as: UTF8.self)
        }
        return try temporaryFile("dump.jsonl", Data(lines.joined(separator: "\n").utf8))
    }

    @Test(.timeLimit(.minutes(3)))
    func killedMidRunLosesAndDuplicatesNothing() async throws {
        let articles = 40_000
        let input = try Self.dump(articles)
        let storePath = URL(fileURLWithPath: input).deletingLastPathComponent()
            .appendingPathComponent(
                "s.sqlite"
            ).path
        // Create the store first, so that watching it costs nothing while the run goes on.
        let watched = try SQLiteStore(path: storePath)
        let process = Process()
        process.executableURL = TestPaths.binary
        process.arguments = ["ingest", input, "--store", storePath]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it as soon as some batches are in, however far it got.
        let deadline = Date().addingTimeInterval(120)
        while Date() < deadline, process.isRunning {
            if try await watched.count() > 0 { break }
            try await Task.sleep(for: .milliseconds(10))
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let partial = try await SQLiteStore(path: storePath).count()
        #expect(
            partial < articles, "the run finished before it was killed; the test proves nothing")

        let rerun = try await runParallax(["ingest", input, "--store", storePath])
        #expect(rerun.status == 0, "\(rerun.error)")
        #expect(rerun.output.contains("stored \(articles - partial), duplicates \(partial)"))
        let store = try SQLiteStore(path: storePath)
        #expect(try await store.count() == articles)
        #expect(try await store.integrityCheck())
    }

    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["PARALLAX_POSTGRES_URL"] != nil,
            "needs PARALLAX_POSTGRES_URL: run the tests under scripts/with-postgres"))
    func twoProcessesWithOverlappingInputsStoreEachArticleOnce() async throws {
        let url = ProcessInfo.processInfo.environment["PARALLAX_POSTGRES_URL"]!
        // A database of its own for this test, in the shared server.
        let database = "overlap_\(UInt32.random(in: 0...UInt32.max))"
        let create = Process()
        create.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        create.arguments = ["psql", url, "-q", "-c", "CREATE DATABASE \(database)"]
        try create.run()
        create.waitUntilExit()
        let store = url[..<url.lastIndex(of: "/")!] + "/" + database
        let all = try Self.dump(3_000)
        let lines = try String(contentsOfFile: all, encoding: .utf8).split(separator: "\n")
        let first = try temporaryFile(
            "first.jsonl", Data(lines[0..<2_000].joined(separator: "\n").utf8))
        let second = try temporaryFile(
            "second.jsonl", Data(lines[1_000..<3_000].joined(separator: "\n").utf8))
        let processes = [first, second].map { input -> Process in
            let process = Process()
            process.executableURL = TestPaths.binary
            process.arguments = ["ingest", input, "--store", store]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(create.terminationStatus == 0)
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let listed = try await runParallax([
            "articles", "--store", store, "--limit", "10000", "--json",
        ])
        let rows =
            try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
        #expect(rows?.count == 3_000)
        #expect(Set(rows?.compactMap { $0["id"] as? String } ?? []).count == 3_000)
    }

    @Test func listsAndFiltersWhatIsStored() async throws {
        let input = try Self.dump(30)
        let storePath = URL(fileURLWithPath: input).deletingLastPathComponent()
            .appendingPathComponent("s.sqlite").path
        let result = try await runParallax(["ingest", input, "--store", storePath])
        #expect(result.output.hasPrefix("stored 30, duplicates 0"))
        let listed = try await runParallax([
            "articles", "--store", storePath, "--query", "Article 7 reports", "--json",
        ])
        let rows =
            try JSONSerialization.jsonObject(with: Data(listed.output.utf8)) as? [[String: Any]]
        #expect(rows?.count == 1)
        #expect(rows?.first?["title"] as? String == "Report 7")
        let missing = try await runParallax(["articles", "--store", "/nonexistent/s.sqlite"])
        #expect(missing.status != 0)
        #expect(missing.error.contains("no store here"))
    }
}
