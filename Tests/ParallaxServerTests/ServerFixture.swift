import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import ParallaxCore
import ParallaxIngest
import ParallaxServer
import ParallaxStore
import ParallaxTestSupport
import Prometheus

/// A server over a fresh store (SQLite unless a PostgreSQL address is given) holding the
/// example corpus (four outlets' reports of one fictional ferry grounding), tested through its
/// router without a port.
struct ServerFixture {
    let store: any ArticleStore
    let server: ParallaxServer
    let folder: URL

    init(
        token: String? = nil, corpus: [URL] = TestPaths.exampleCorpus,
        postgres: String? = nil, configure: (inout ServerSettings) -> Void = { _ in }
    )
        async throws
    {
        folder = try TemporaryFolder.make("parallax-server")
        if let postgres {
            store = try await PostgresStore(url: postgres, executor: OwnThreads.executor)
        } else {
            store = try SQLiteStore(path: folder.appendingPathComponent("store.sqlite").path)
        }
        if !corpus.isEmpty {
            _ = try await Ingester(store: store).ingest(paths: corpus.map(\.path))
        }
        var settings = ServerSettings()
        settings.ingestToken = token
        configure(&settings)
        // Words, names and figures alone: the same answers with or without the model installed.
        // Quiet: a line a request would bury the test output.
        var logger = Logger(label: "parallax.server.test")
        logger.logLevel = .warning
        server = ParallaxServer(
            service: try StoryService(
                store: store, comparison: StoryComparison(), settings: settings),
            logger: logger, metrics: PrometheusCollectorRegistry())
    }

    /// Runs `test` with a client of the server, on ``OwnThreads``: the server's deadlines are
    /// then measured against its own work, not against the tests that hold Swift's shared pool
    /// meanwhile (see ``ExecutorPreferenceTests``).
    func test<Value: Sendable>(
        _ test: @escaping @Sendable (any TestClientProtocol) async throws -> Value
    )
        async throws -> Value
    {
        defer {
            (store as? PostgresStore)?.close()
            try? FileManager.default.removeItem(at: folder)
        }
        let app = Application(router: server.router(), logger: server.logger)
        return try await OwnThreads.run {
            try await app.test(.router) { client in try await test(client) }
        }
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    var json: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(body.readableBytesView))) as? [String: Any]
            ?? [:]
    }
}

/// A request body of articles, as `POST /compare` and `POST /ingest` take them.
func articlesBody(_ articles: [[String: String]]) -> ByteBuffer {
    ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: ["articles": articles]))
}
