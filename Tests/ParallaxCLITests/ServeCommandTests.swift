import Foundation
import ParallaxTestSupport
import Testing

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// `parallax serve` run as a user runs it: the built binary on 127.0.0.1, a real HTTP client,
/// and headless Chromium reading the pages as a person would see them.
@Suite(.serialized) struct ServeCommandTests {
    /// A running `parallax serve` over a store holding the example corpus.
    final class RunningServer {
        let process = Process()
        let address: String
        let folder: URL
        /// Where the server's log (standard error) goes.
        let log: URL

        init(token: String? = nil) async throws {
            folder = try TemporaryFolder.make("parallax-serve")
            log = folder.appendingPathComponent("serve.log")
            _ = FileManager.default.createFile(atPath: log.path, contents: nil)
            let store = folder.appendingPathComponent("store.sqlite").path
            let ingest = try await runParallax(
                ["ingest"] + TestPaths.exampleCorpus.map(\.path) + ["--store", store])
            guard ingest.status == 0 else {
                throw ServerStartError(message: "ingest failed: \(ingest.error)")
            }
            process.executableURL = TestPaths.binary
            process.arguments = ["serve", "--store", store, "--port", "0", "--no-vectors"]
            var environment = ProcessInfo.processInfo.environment
            environment["PARALLAX_INGEST_TOKEN"] = token
            process.environment = environment
            let output = Pipe()
            process.standardOutput = output
            process.standardError = try FileHandle(forWritingTo: log)
            try process.run()
            // The first line names the address, with the port the system chose.
            var line = Data()
            let reader = output.fileHandleForReading
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = reader.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            let text = String(decoding: line, as: UTF8.self)
            guard let range = text.range(of: "parallax: serving ") else {
                process.terminate()
                throw ServerStartError(message: "the server said \(text)")
            }
            address = String(text[range.upperBound...].prefix { !$0.isNewline })
        }

        /// Stops the server with SIGTERM and returns its exit status and its log lines.
        @discardableResult func stop() -> (status: Int32, log: [String]) {
            if process.isRunning { kill(process.processIdentifier, SIGTERM) }
            process.waitUntilExit()
            let lines = ((try? String(contentsOf: log, encoding: .utf8)) ?? "")
                .split(separator: "\n").map(String.init)
            try? FileManager.default.removeItem(at: folder)
            return (process.terminationStatus, lines)
        }
    }

    struct ServerStartError: Error {
        var message: String
    }

    static func get(_ url: String, headers: [String: String] = [:]) async throws -> (
        Int, String, [AnyHashable: Any]
    ) {
        var request = URLRequest(url: URL(string: url)!)
        for (key, value) in headers { request.setValue(value, forHTTPHeaderField: key) }
        let (data, response) = try await URLSession.shared.data(for: request)
        let http = response as! HTTPURLResponse
        return (http.statusCode, String(decoding: data, as: UTF8.self), http.allHeaderFields)
    }

    @Test(.timeLimit(.minutes(2)))
    func servesOverLoopbackCountsRequestsAndStopsOnSIGTERM() async throws {
        let server = try await RunningServer()
        #expect(server.address.hasPrefix("http://127.0.0.1:"))
        let (health, _, _) = try await Self.get(server.address + "/health")
        #expect(health == 200)
        let (status, body, _) = try await Self.get(server.address + "/api/v1/stories/1")
        #expect(status == 200)
        #expect(body.contains("\"grid\""))
        let (_, metrics, _) = try await Self.get(server.address + "/metrics")
        #expect(metrics.contains("hb_requests"))
        #expect(metrics.contains("http_route=\"/api/v1/stories/{id}\""))
        #expect(metrics.contains("http_server_request_duration_bucket"))
        // SIGTERM: the server finishes and exits cleanly. Its log is one JSON object a line,
        // a line a request with its method and path.
        let (exit, log) = server.stop()
        #expect(exit == 0)
        let entries = log.compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: String]
        }
        #expect(entries.count == log.count, "every log line is a JSON object")
        #expect(entries.contains { $0["hb.request.path"] == "/api/v1/stories/1" })
        #expect(entries.allSatisfy { $0["level"] != nil && $0["time"] != nil })
    }

    @Test func refusesABadPort() async throws {
        let result = try await runParallax(["serve", "--port", "70000"])
        #expect(result.status != 0)
        #expect(result.error.contains("--port 70000"))
    }

    // MARK: In a browser

    /// Debian's Chromium, where installed.
    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first {
            FileManager.default.isExecutableFile(atPath: $0)
        }
    }

    /// Whether the browser tests run: where Chromium is installed, and always in CI, where
    /// its absence is a failure of set-up.
    static var runsBrowserTests: Bool {
        chromium != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// Where screenshots go: `$PARALLAX_ARTIFACTS`, or `.build/artifacts` in the repository.
    static var artifacts: URL {
        let folder =
            ProcessInfo.processInfo.environment["PARALLAX_ARTIFACTS"].map {
                URL(fileURLWithPath: $0)
            } ?? TestPaths.repository.appendingPathComponent(".build/artifacts")
        let screenshots = folder.appendingPathComponent("screenshots")
        try? FileManager.default.createDirectory(at: screenshots, withIntermediateDirectories: true)
        return screenshots
    }

    /// Runs headless Chromium with `arguments` on `url` and returns what it printed.
    static func browse(_ url: String, _ arguments: [String]) throws -> String {
        let browser = try #require(chromium, "Chromium is not installed; scripts/setup installs it")
        let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
            "chromium-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: profile) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: browser)
        process.arguments =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--no-first-run", "--user-data-dir=\(profile.path)",
            ] + arguments + [url]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The page as the browser built it, after loading (and running any script).
    static func dom(_ url: String) throws -> String {
        try browse(url, ["--dump-dom", "--virtual-time-budget=2000"])
    }

    /// Saves a screenshot of `url` as `name`.png and returns its size in bytes.
    static func screenshot(_ url: String, _ name: String, width: Int, height: Int) throws -> Int {
        let file = artifacts.appendingPathComponent(name + ".png")
        try? FileManager.default.removeItem(at: file)
        _ = try browse(url, ["--screenshot=\(file.path)", "--window-size=\(width),\(height)"])
        let attributes = try FileManager.default.attributesOfItem(atPath: file.path)
        return (attributes[.size] as? Int) ?? 0
    }

    static func count(_ pattern: String, in text: String) -> Int {
        let expression = try! NSRegularExpression(pattern: pattern)
        return expression.numberOfMatches(in: text, range: NSRange(text.startIndex..., in: text))
    }

    @Test(
        .enabled(if: runsBrowserTests, "needs Debian's chromium, which .ci/run installs"),
        .timeLimit(.minutes(3)))
    func browserShowsTheGridHighlightsAndCitations() async throws {
        let server = try await RunningServer()
        defer { server.stop() }
        let (_, json, _) = try await Self.get(server.address + "/api/v1/stories/1")
        let story = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let report = story?["report"] as? [String: Any]
        let rows = (report?["grid"] as? [Any])?.count ?? 0
        #expect(rows > 0)

        let page = try Self.dom(server.address + "/stories/1")
        #expect(page.contains("<table class=\"grid\">"), "the browser built the grid")
        // One row per claim, one cell per outlet, coloured by stance.
        #expect(Self.count(#"<tr id="fact-"#, in: page) == rows)
        #expect(
            Self.count(#"<td class="(reports|contradicts|related|silent)""#, in: page) == rows * 4)
        #expect(Self.count(#"<td class="contradicts""#, in: page) > 0)
        // Sentences highlighted, and each summary citation leading to one of them.
        #expect(Self.count(#"class="sentence agreed"#, in: page) > 0)
        #expect(Self.count(#"class="sentence conflict"#, in: page) > 0)
        let cites = try NSRegularExpression(pattern: ##"class="cite" href="#([^"]+)""##)
        let targets = cites.matches(in: page, range: NSRange(page.startIndex..., in: page)).map {
            String(page[Range($0.range(at: 1), in: page)!])
        }
        #expect(!targets.isEmpty)
        for target in Set(targets) {
            #expect(page.contains("id=\"\(target)\" class=\"sentence"), "\(target)")
        }
        #expect(page.contains("<svg class=\"timeline\""))

        // Screenshots, kept as the run's artefacts: desktop and phone widths.
        let article = (story?["articles"] as? [[String: Any]])?.first?["id"] as? String ?? ""
        for (path, name, width, height) in [
            ("/", "story-list", 1280, 900), ("/stories/1", "story", 1280, 4000),
            ("/stories/1", "story-phone", 390, 3000),
            ("/articles/\(article)", "article", 1280, 1600),
        ] {
            let size = try Self.screenshot(
                server.address + path, name, width: width, height: height)
            #expect(size > 10_000, "\(name).png is \(size) bytes")
        }
    }

    @Test(
        .enabled(if: runsBrowserTests, "needs Debian's chromium, which .ci/run installs"),
        .timeLimit(.minutes(3)))
    func browserRunsNoScriptFromArticles() async throws {
        let server = try await RunningServer(token: "browser-test")
        defer { server.stop() }
        let articles: [[String: String]] = [
            [
                "source": "Evil Gazette<script>document.title='owned'</script>",
                "url": "javascript:document.title='owned'",
                "published": "2026-03-14T09:00:00Z",
                "title": "Ferry aground <img src=x onerror=\"document.title='owned'\">",
                "text":
                    "The ferry Tessaly Wren ran aground off Port Avelline on Friday with 118 people aboard.<script>document.title='owned'</script>\nNine people were taken to hospital <svg onload=\"document.title='owned'\"></svg>, the rescue service said.",
            ],
            [
                "source": "Coast Daily", "published": "2026-03-14T11:00:00Z",
                "text":
                    "The ferry Tessaly Wren ran aground off Port Avelline on Friday with 118 people on board.\nFourteen people were taken to hospital, the rescue service said.",
            ],
        ]
        var request = URLRequest(url: URL(string: server.address + "/api/v1/ingest")!)
        request.httpMethod = "POST"
        request.setValue("Bearer browser-test", forHTTPHeaderField: "Authorization")
        request.httpBody = try JSONSerialization.data(withJSONObject: ["articles": articles])
        let (data, response) = try await URLSession.shared.data(for: request)
        #expect((response as? HTTPURLResponse)?.statusCode == 201)
        let outcome = try JSONSerialization.jsonObject(with: data) as? [String: Any]
        let placed = (outcome?["articles"] as? [[String: Any]]) ?? []
        let story = try #require(placed.first?["story"] as? Int)
        let id = try #require(placed.first?["id"] as? String)
        for path in ["/", "/stories/\(story)", "/articles/\(id)"] {
            let page = try Self.dom(server.address + path)
            #expect(page.contains("<title>"), "\(path): the browser loaded the page")
            #expect(!page.contains("<title>owned</title>"), "\(path): a script ran")
            #expect(Self.count("<script", in: page) == 0, "\(path)")
            #expect(Self.count(#"<img|<svg onload"#, in: page) == 0, "\(path)")
        }
        _ = try Self.screenshot(
            server.address + "/articles/\(id)", "hostile-article", width: 1280, height: 1200)
    }
}
