import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParallaxServer
import ParallaxTestSupport
import Testing

/// The JSON API, checked against `openapi/parallax.json` answer by answer.
@Suite struct ServerAPITests {
    let document: OpenAPIDocument

    init() throws {
        document = try OpenAPIDocument.load()
    }

    /// Sends a request and checks its answer against the document's operation `path`.
    func call(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String,
        documented path: String, headers: HTTPFields = [:], body: ByteBuffer? = nil
    ) async throws -> TestResponse {
        let response = try await client.execute(
            uri: uri, method: method, headers: headers, body: body)
        let problems = document.problems(
            method.rawValue, path, status: Int(response.status.code),
            contentType: response.headers[.contentType], body: Data(response.body.readableBytesView)
        )
        #expect(problems.isEmpty, "\(method) \(uri): \(problems.prefix(5))")
        return response
    }

    @Test func storiesListsTheExampleStoryWithHowContestedItIs() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let response = try await call(
                client, .get, "/api/v1/stories", documented: "/api/v1/stories")
            #expect(response.status == .ok)
            let stories = response.json["stories"] as? [[String: Any]] ?? []
            #expect(stories.count == 1)
            let story = stories.first?["story"] as? [String: Any]
            #expect(story?["articles"] as? Int == 4)
            #expect(story?["sources"] as? Int == 4)
            let contest = stories.first?["contest"] as? [String: Any]
            #expect((contest?["contradictions"] as? Int ?? 0) >= 1)
            #expect(response.json["next"] == nil)
        }
    }

    @Test func storiesFilterBySourceTextAndDateAndPage() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            func count(_ query: String) async throws -> Int {
                let response = try await call(
                    client, .get, "/api/v1/stories?\(query)", documented: "/api/v1/stories")
                #expect(response.status == .ok, "\(query): \(response.text)")
                return (response.json["stories"] as? [Any])?.count ?? -1
            }
            #expect(try await count("source=Meridian%20Wire%20Service") == 1)
            #expect(try await count("source=Nobody%20Times") == 0)
            #expect(try await count("q=ferry") == 1)
            #expect(try await count("q=volcano") == 0)
            #expect(try await count("since=2026-03-01&until=2026-04-01") == 1)
            #expect(try await count("since=2027-01-01") == 0)
            #expect(try await count("offset=1") == 0)
            for bad in ["since=yesterday", "limit=0", "limit=1000", "offset=-1", "limit=ten"] {
                let response = try await call(
                    client, .get, "/api/v1/stories?\(bad)", documented: "/api/v1/stories")
                #expect(response.status == .badRequest, "\(bad)")
                let message = (response.json["error"] as? [String: Any])?["message"] as? String
                #expect(message?.contains(bad.split(separator: "=")[0]) == true, "\(bad)")
            }
        }
    }

    @Test func storyCarriesArticlesGridQuotesTimelineAndSummary() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let response = try await call(
                client, .get, "/api/v1/stories/1", documented: "/api/v1/stories/{id}")
            #expect(response.status == .ok)
            let json = response.json
            #expect((json["articles"] as? [Any])?.count == 4)
            let report = json["report"] as? [String: Any] ?? [:]
            let grid = report["grid"] as? [[String: Any]] ?? []
            #expect(!grid.isEmpty)
            #expect(grid.allSatisfy { ($0["cells"] as? [Any])?.count == 4 })
            #expect(!(report["quotes"] as? [Any] ?? []).isEmpty)
            #expect(!(report["summary"] as? [Any] ?? []).isEmpty)
            // The wire service published first (Friday night), and the timeline says so.
            let timeline = report["timeline"] as? [String: Any] ?? [:]
            let entries = timeline["entries"] as? [[String: Any]] ?? []
            let sources = report["sources"] as? [[String: Any]] ?? []
            let first = entries.first.flatMap { entry in
                sources.first { $0["number"] as? Int == entry["source"] as? Int }?["name"]
            }
            #expect(first as? String == "Meridian Wire Service")
            #expect(entries.first?["first"] as? Bool == true)
            #expect(entries.dropFirst().allSatisfy { $0["first"] as? Bool == false })
            // Once compared, the story is answered from memory, byte for byte the same.
            let again = try await client.execute(uri: "/api/v1/stories/1", method: .get)
            #expect(again.body == response.body)
        }
    }

    @Test func unknownOrMalformedIdsAreJSONErrors() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let missing = try await call(
                client, .get, "/api/v1/stories/999", documented: "/api/v1/stories/{id}")
            #expect(missing.status == .notFound)
            let malformed = try await call(
                client, .get, "/api/v1/stories/abc", documented: "/api/v1/stories/{id}")
            #expect(malformed.status == .badRequest)
            let article = try await call(
                client, .get, "/api/v1/articles/0000000000000000",
                documented: "/api/v1/articles/{id}")
            #expect(article.status == .notFound)
            let odd = try await call(
                client, .get, "/api/v1/articles/%3Cscript%3E", documented: "/api/v1/articles/{id}")
            #expect(odd.status == .badRequest)
            let nowhere = try await client.execute(uri: "/api/v1/nothing", method: .get)
            #expect(nowhere.status == .notFound)
            #expect(nowhere.headers[.contentType]?.hasPrefix("application/json") == true)
            #expect((nowhere.json["error"] as? [String: Any])?["status"] as? Int == 404)
        }
    }

    @Test func articleShowsOriginalCleanedAndRemoved() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let story = try await client.execute(uri: "/api/v1/stories/1", method: .get).json
            let ids = (story["articles"] as? [[String: Any]] ?? []).compactMap {
                $0["id"] as? String
            }
            var removedSomething = false
            for id in ids {
                let response = try await call(
                    client, .get, "/api/v1/articles/\(id)", documented: "/api/v1/articles/{id}")
                #expect(response.status == .ok)
                let article = response.json["article"] as? [String: Any] ?? [:]
                let original = response.json["originalText"] as? String ?? ""
                let cleaned = article["cleanedText"] as? String ?? ""
                // The header block is metadata, not body.
                #expect(original.hasPrefix("Source:"))
                #expect(!cleaned.contains("Source:") && !cleaned.hasPrefix("URL:"))
                removedSomething =
                    removedSomething || !(response.json["removed"] as? [Any] ?? []).isEmpty
            }
            #expect(ids.count == 4)
            #expect(removedSomething, "the example corpus carries chrome that cleaning removes")
        }
    }

    @Test func compareAnswersAReportForArticlesSent() async throws {
        let fixture = try await ServerFixture(corpus: [])
        try await fixture.test { client in
            let body = articlesBody([
                [
                    "source": "Harbor Gazette", "published": "2026-03-14",
                    "text":
                        "The ferry Tessaly Wren ran aground off Port Avelline on Friday with 118 people aboard.\nNine people were taken to hospital, the rescue service said.",
                ],
                [
                    "source": "Coast Daily", "published": "2026-03-15T08:00:00Z",
                    "text":
                        "The ferry Tessaly Wren ran aground off Port Avelline on Friday with 118 people on board.\nFourteen people were taken to hospital, the rescue service said.",
                ],
            ])
            let response = try await call(
                client, .post, "/api/v1/compare", documented: "/api/v1/compare",
                headers: [.contentType: "application/json"], body: body)
            #expect(response.status == .ok, "\(response.text)")
            #expect(!(response.json["agreed"] as? [Any] ?? []).isEmpty)
            #expect((response.json["sources"] as? [Any])?.count == 2)
        }
    }

    @Test(arguments: [
        ("{\"articles\": [", "not the JSON expected"),
        ("{\"items\": []}", "\"articles\" is missing"),
        ("{\"articles\": [{\"source\": \"A\", \"text\": \"Only one.\"}]}", "at least 2"),
        (
            "{\"articles\": [{\"source\": \"A\", \"text\": \"x\"}, {\"source\": \"B\", \"text\": \"  \"}]}",
            "article 2: \"text\" is empty"
        ),
        (
            "{\"articles\": [{\"source\": \"A\", \"text\": \"x\", \"published\": \"soon\"}, {\"source\": \"B\", \"text\": \"y\"}]}",
            "article 1: \"published\" soon is not a date"
        ),
    ])
    func compareRefusesMalformedBodies(body: String, message: String) async throws {
        let fixture = try await ServerFixture(corpus: [])
        try await fixture.test { client in
            let response = try await call(
                client, .post, "/api/v1/compare", documented: "/api/v1/compare",
                body: ByteBuffer(string: body))
            #expect(response.status == .badRequest)
            let said = (response.json["error"] as? [String: Any])?["message"] as? String ?? ""
            #expect(said.contains(message), "\(said)")
        }
    }

    @Test func bodiesOverTheLimitAreRefused() async throws {
        let fixture = try await ServerFixture(corpus: []) { $0.maxBodyBytes = 1_000 }
        try await fixture.test { client in
            let long = String(repeating: "The ferry ran aground. ", count: 100)
            let response = try await call(
                client, .post, "/api/v1/compare", documented: "/api/v1/compare",
                body: articlesBody([["source": "A", "text": long], ["source": "B", "text": long]]))
            #expect(response.status == .contentTooLarge)
        }
    }

    @Test func ingestNeedsTheServersToken() async throws {
        let article = articlesBody([
            [
                "source": "Harbor Gazette", "published": "2026-05-02T10:00:00Z",
                "title": "Volcano erupts on Isla Verde",
                "text":
                    "The volcano on Isla Verde erupted on Saturday morning, sending ash four kilometres into the sky.\nAuthorities evacuated 2,300 residents from villages on its slopes.",
            ]
        ])
        let closed = try await ServerFixture(corpus: [])
        try await closed.test { client in
            let response = try await call(
                client, .post, "/api/v1/ingest", documented: "/api/v1/ingest", body: article)
            #expect(response.status == .forbidden)
        }
        let open = try await ServerFixture(token: "s3cret-token")
        try await open.test { client in
            for header: HTTPFields in [
                [:], [.authorization: "Bearer wrong"], [.authorization: "s3cret-token"],
            ] {
                let response = try await call(
                    client, .post, "/api/v1/ingest", documented: "/api/v1/ingest",
                    headers: header, body: article)
                #expect(response.status == .unauthorized)
                #expect(response.headers[.wwwAuthenticate] == "Bearer")
            }
            let stored = try await call(
                client, .post, "/api/v1/ingest", documented: "/api/v1/ingest",
                headers: [.authorization: "Bearer s3cret-token"], body: article)
            #expect(stored.status == .created, "\(stored.text)")
            #expect(stored.json["stored"] as? Int == 1)
            let placed = (stored.json["articles"] as? [[String: Any]])?.first
            let story = try #require(placed?["story"] as? Int)
            // The new story is listed at once, and sending the article again stores nothing.
            let listed = try await client.execute(uri: "/api/v1/stories?q=Volcano", method: .get)
            let ids = (listed.json["stories"] as? [[String: Any]] ?? []).compactMap {
                ($0["story"] as? [String: Any])?["id"] as? Int
            }
            #expect(ids == [story])
            let again = try await client.execute(
                uri: "/api/v1/ingest", method: .post,
                headers: [.authorization: "Bearer s3cret-token"], body: article)
            #expect(again.json["duplicates"] as? Int == 1)
            #expect(again.json["stored"] as? Int == 0)
            // A later report of the same eruption, sent alone, joins its story.
            let later = try await client.execute(
                uri: "/api/v1/ingest", method: .post,
                headers: [.authorization: "Bearer s3cret-token"],
                body: articlesBody([
                    [
                        "source": "Coast Daily", "published": "2026-05-02T16:00:00Z",
                        "title": "Isla Verde volcano eruption forces evacuation",
                        "text":
                            "The volcano on Isla Verde erupted on Saturday, sending ash four kilometres high.\nAuthorities evacuated 2,300 residents of the villages on its slopes.",
                    ]
                ]))
            #expect(later.status == .created)
            #expect((later.json["articles"] as? [[String: Any]])?.first?["story"] as? Int == story)
        }
    }

    @Test func everyAnswerCarriesTheHardeningHeaders() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            for uri in ["/", "/stories/1", "/api/v1/stories", "/api/v1/stories/999", "/nowhere"] {
                let response = try await client.execute(uri: uri, method: .get)
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.contains("default-src 'none'"), "\(uri)")
                #expect(!policy.contains("script-src"), "\(uri): no script may run")
                #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY", "\(uri)")
            }
        }
    }

    @Test func slowComparisonsAnswer503AndAreKeptForTheNextRequest() async throws {
        let fixture = try await ServerFixture { $0.requestTimeout = .microseconds(1) }
        try await fixture.test { client in
            let first = try await call(
                client, .get, "/api/v1/stories/1", documented: "/api/v1/stories/{id}")
            #expect(first.status == .serviceUnavailable)
            // The comparison went on; once done, the story is answered from memory at once.
            var answer = first
            for _ in 0..<200 where answer.status != .ok {
                try await Task.sleep(for: .milliseconds(50))
                answer = try await client.execute(uri: "/api/v1/stories/1", method: .get)
            }
            #expect(answer.status == .ok)
        }
    }

    /// Runs `sql` with psql against the server at `url`.
    static func psql(_ url: String, _ sql: String) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["psql", url, "-q", "-c", sql]
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(.executableLoad, userInfo: [NSLocalizedDescriptionKey: "psql: \(sql)"])
        }
    }

    @Test(
        .enabled(
            if: ProcessInfo.processInfo.environment["PARALLAX_POSTGRES_URL"] != nil,
            "needs PARALLAX_POSTGRES_URL: run the tests under scripts/with-postgres"))
    func servesTheSameFromPostgreSQL() async throws {
        // A database of its own, so that the store tests' clean-ups cannot race it.
        let base = ProcessInfo.processInfo.environment["PARALLAX_POSTGRES_URL"]!
        let name = "parallax_server_\(UInt32.random(in: 0...UInt32.max))"
        try Self.psql(base, "CREATE DATABASE \(name)")
        defer { try? Self.psql(base, "DROP DATABASE \(name) WITH (FORCE)") }
        let url = String(base[..<base.lastIndex(of: "/")!]) + "/" + name
        // The store's connections and this test's requests on threads of their own (see
        // PostgresStoreTests).
        try await OwnThreads.run { try await servesTheSame(postgres: url) }
    }

    func servesTheSame(postgres url: String) async throws {
        let fixture = try await ServerFixture(postgres: url)
        try await fixture.test { client in
            let list = try await call(
                client, .get, "/api/v1/stories?source=Meridian%20Wire%20Service",
                documented: "/api/v1/stories")
            let stories = list.json["stories"] as? [[String: Any]] ?? []
            #expect(stories.count == 1)
            let id = try #require((stories.first?["story"] as? [String: Any])?["id"] as? Int)
            let story = try await call(
                client, .get, "/api/v1/stories/\(id)", documented: "/api/v1/stories/{id}")
            #expect(story.status == .ok)
            #expect((story.json["articles"] as? [Any])?.count == 4)
            let report = story.json["report"] as? [String: Any] ?? [:]
            let grid = report["grid"] as? [Any] ?? []
            #expect(grid.count >= 10)
            let page = try await client.execute(uri: "/stories/\(id)", method: .get)
            #expect(page.text.contains("<table class=\"grid\">"))
        }
    }

    @Test func healthAnswers() async throws {
        let fixture = try await ServerFixture(corpus: [])
        try await fixture.test { client in
            let response = try await call(client, .get, "/health", documented: "/health")
            #expect(response.status == .ok)
        }
    }

    @Test func documentAndRouterNameTheSameOperations() async throws {
        let fixture = try await ServerFixture(corpus: [])
        // The pages (/, /stories/{id}, /articles/{id}, the style sheet) are HTML for people,
        // outside the API the document describes.
        let pages: Set<String> = [
            "GET /", "GET /stories/{id}", "GET /articles/{id}", "GET /assets/parallax.css",
        ]
        let routed = Set(fixture.server.router().routes.map(\.description)).subtracting(pages)
        var documented: Set<String> = []
        for (path, item) in document.paths {
            for method in item.keys { documented.insert("\(method.uppercased()) \(path)") }
        }
        #expect(routed == documented)
    }
}
