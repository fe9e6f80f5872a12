import ArgumentParser
import Foundation
import Logging
import ParallaxCore
import ParallaxServer

/// `parallax serve`: the HTTP API and the web pages over a store.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the JSON API and the web pages over a store.",
        discussion: """
            Serves the story list at /, each story at /stories/ID, each article at /articles/ID, \
            the JSON API under /api/v1 (described in openapi/parallax.json), /health and \
            /metrics (Prometheus). Logs go to standard error, a JSON object a line. SIGINT or \
            SIGTERM stops the server after the requests in flight.
            """)

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"
    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"
    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080
    @Option(
        help: ArgumentHelp(
            "The bearer token POST /api/v1/ingest requires; without one, ingestion is refused.",
            discussion: "PARALLAX_INGEST_TOKEN sets it too, without showing it in the process list."
        ))
    var ingestToken: String?
    @Option(help: "The longest a request may take, in seconds.")
    var requestTimeout = 30
    @Option(help: "The largest request body accepted, in bytes.")
    var maxBody = 8 * 1024 * 1024
    @Option(help: "The least level logged: trace, debug, info, notice, warning, error.")
    var logLevel = "info"

    @OptionGroup var vectors: VectorOptions

    func validate() throws {
        guard (0...65535).contains(port) else {
            throw ValidationError("--port \(port): give a port from 0 to 65535")
        }
        guard requestTimeout > 0 else {
            throw ValidationError(
                "--request-timeout \(requestTimeout): give a number of seconds above 0")
        }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError(
                "--log-level \(logLevel): give trace, debug, info, notice, warning or error")
        }
    }

    func run() async throws {
        var settings = ServerSettings()
        settings.host = host
        settings.port = port
        settings.ingestToken =
            ingestToken ?? ProcessInfo.processInfo.environment["PARALLAX_INGEST_TOKEN"]
        settings.requestTimeout = .seconds(requestTimeout)
        settings.maxBodyBytes = maxBody
        let level = Logger.Level(rawValue: logLevel)!
        LoggingSystem.bootstrap { label in
            var handler = JSONLogHandler(label: label)
            handler.logLevel = level
            return handler
        }
        let service = try StoryService(
            store: try await openStore(store),
            comparison: StoryComparison(embedder: vectors.embedder()), settings: settings)
        let server = ParallaxServer(
            service: service, metrics: ParallaxServer.bootstrapMetrics())
        try await server.run { address in
            // The first line on standard output, for scripts and tests that start the server.
            FileHandle.standardOutput.write(Data("parallax: serving \(address)\n".utf8))
        }
    }
}
