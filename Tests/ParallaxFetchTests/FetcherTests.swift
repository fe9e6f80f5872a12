import Foundation
import ParallaxFetch
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// The fetcher against a local server on 127.0.0.1 that the tests start and stop.
@Suite struct FetcherTests {
    static func policy(
        timeout: Duration = .seconds(60), delay: Duration = .zero, maximumBytes: Int = 1 << 20
    ) -> FetchPolicy {
        var policy = FetchPolicy()
        policy.timeout = timeout
        policy.hostDelay = delay
        policy.maximumBytes = maximumBytes
        return policy
    }

    @Test func followsRedirectsAndDecompressesGzip() async throws {
        let page = Array("<html><body><p>The ferry ran aground.</p></body></html>".utf8)
        let gzipped = try Gzip.compress(page)
        let server = try await LocalHTTPServer { request in
            switch request.path {
            case "/old": return .redirect(to: "/new", status: 301)
            case "/new": return .redirect(to: "/page")
            case "/page":
                #expect(request.header("accept-encoding")?.contains("gzip") == true)
                return .init(
                    headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
                    body: gzipped)
            default: return .notFound
            }
        }
        let fetcher = Fetcher(policy: Self.policy())
        let response = try await fetcher.fetch(server.url("/old"))
        #expect(response.body == page)
        #expect(response.url == server.url("/page"))
        #expect(response.status == 200)
        try await fetcher.shutdown()
        try await server.stop()
    }

    @Test func conditionalGetAnswersNotModified() async throws {
        let server = try await LocalHTTPServer { request in
            if request.header("if-none-match") == "\"v1\"" { return .init(status: 304) }
            return .init(
                headers: [("ETag", "\"v1\""), ("Last-Modified", "Sat, 14 Mar 2026 08:00:00 GMT")],
                body: Array("<rss/>".utf8))
        }
        let fetcher = Fetcher(policy: Self.policy())
        let first = try await fetcher.fetch(server.url("/feed"))
        #expect(first.validators.etag == "\"v1\"")
        #expect(first.validators.lastModified == "Sat, 14 Mar 2026 08:00:00 GMT")
        let second = try await fetcher.fetch(server.url("/feed"), validators: first.validators)
        #expect(second.notModified)
        #expect(second.body.isEmpty)
        #expect(
            server.requests.last?.header("if-modified-since") == "Sat, 14 Mar 2026 08:00:00 GMT")
        try await fetcher.shutdown()
        try await server.stop()
    }

    @Test func redirectsForeverAndLoopsAreRefusedByName() async throws {
        let server = try await LocalHTTPServer { request in
            if request.path.hasPrefix("/hop/") {
                let number = Int(request.path.dropFirst(5)) ?? 0
                return .redirect(to: "/hop/\(number + 1)")
            }
            if request.path == "/a" { return .redirect(to: "/b") }
            if request.path == "/b" { return .redirect(to: "/a") }
            return .notFound
        }
        let fetcher = Fetcher(policy: Self.policy())
        let forever = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(server.url("/hop/0"))
        }
        #expect(forever?.description.contains("redirected more than 5 times") == true)
        #expect(server.requests.count <= 7)
        let loop = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(server.url("/a"))
        }
        #expect(loop?.description.contains("loop") == true)
        let missing = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(server.url("/nothing"))
        }
        #expect(missing?.problem == .status(404))
        try await fetcher.shutdown()
        try await server.stop()
    }

    /// The server would answer after ten minutes: a fetcher that waited for it would get its
    /// page, or pass the time limit. Nothing here is timed by the test's own clock, which runs
    /// on while the test waits its turn for a thread among the many tests running at once.
    @Test(.timeLimit(.minutes(5)))
    func aSlowServerTimesOut() async throws {
        let server = try await LocalHTTPServer { _ in
            try? await Task.sleep(for: .seconds(600))
            return .init(contentType: "text/plain", "late")
        }
        var policy = Self.policy(timeout: .seconds(2))
        policy.obeysRobots = false
        let fetcher = Fetcher(policy: policy)
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(server.url("/slow"))
        }
        #expect(error?.problem == .timedOut(seconds: 2), "\(String(describing: error))")
        #expect(error?.description.contains("within 2 s") == true, "\(String(describing: error))")
        try await fetcher.shutdown()
        try await server.stop()
    }

    @Test func sizeCapsHoldForPlainAndCompressedAnswers() async throws {
        let bomb = try Gzip.compress([UInt8](repeating: 0x20, count: 64 << 20))
        let server = try await LocalHTTPServer { request in
            if request.path == "/bomb" {
                return .init(headers: [("Content-Encoding", "gzip")], body: bomb)
            }
            return .init(body: [UInt8](repeating: 0x41, count: 3 << 20))
        }
        let fetcher = Fetcher(policy: Self.policy(maximumBytes: 1 << 20))
        for path in ["/large", "/bomb"] {
            let error = await #expect(throws: FetchError.self) {
                try await fetcher.fetch(server.url(path))
            }
            #expect(
                error?.problem == .tooLarge(limit: 1 << 20), "\(path): \(String(describing: error))"
            )
        }
        try await fetcher.shutdown()
        try await server.stop()
    }

    @Test func obeysRobotsAndSpacesRequestsToAHost() async throws {
        let server = try await LocalHTTPServer { request in
            if request.path == "/robots.txt" {
                return .init(
                    contentType: "text/plain",
                    "User-agent: *\nDisallow: /private\nCrawl-delay: 0.3\n")
            }
            return .init(contentType: "text/plain", "ok")
        }
        let fetcher = Fetcher(policy: Self.policy())
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(server.url("/private/page"))
        }
        #expect(error?.problem == .forbiddenByRobots)
        #expect(!server.requests.contains { $0.path.hasPrefix("/private") })
        let started = ContinuousClock.now
        for index in 0..<3 { _ = try await fetcher.fetch(server.url("/public/\(index)")) }
        // Three requests 0.3 s apart: at least 0.6 s.
        #expect(ContinuousClock.now - started >= .milliseconds(590))
        // robots.txt is read once.
        #expect(server.requests.filter { $0.path == "/robots.txt" }.count == 1)
        #expect(
            server.requests.allSatisfy { $0.header("user-agent")?.hasPrefix("ParallaxBot") == true }
        )
        try await fetcher.shutdown()
        try await server.stop()
    }

    @Test func anUnreachableRobotsTxtForbidsTheSite() async throws {
        let server = try await LocalHTTPServer { request in
            request.path == "/robots.txt"
                ? .init(status: 503) : .init(contentType: "text/plain", "ok")
        }
        let fetcher = Fetcher(policy: Self.policy())
        let error = await #expect(throws: FetchError.self) {
            try await fetcher.fetch(server.url("/news"))
        }
        #expect(error?.description.contains("robots.txt could not be read") == true)
        #expect(error?.description.contains("HTTP 503") == true)
        #expect(!server.requests.contains { $0.path == "/news" })
        try await fetcher.shutdown()
        try await server.stop()
    }
}
