import Foundation

/// How a Parallax server listens and what it accepts.
public struct ServerSettings: Sendable {
    /// The address to listen on; loopback by default, so nothing is exposed by accident.
    public var host = "127.0.0.1"
    /// The port; 0 picks a free one (the server says which when it starts).
    public var port = 8080
    /// The bearer token `POST /api/v1/ingest` requires; without one, ingestion is refused.
    public var ingestToken: String?
    /// The largest request body accepted, in bytes.
    public var maxBodyBytes = 8 * 1024 * 1024
    /// The longest a request may take before it is answered 503.
    public var requestTimeout: Duration = .seconds(30)
    /// How long an idle keep-alive connection stays open.
    public var idleTimeout: Duration = .seconds(60)
    /// The most articles one `POST /compare` or `POST /ingest` may carry.
    public var maxArticlesPerRequest = 200
    /// Stories listed per page unless the request asks for fewer.
    public var pageSize = 20
    /// The most stories one request may list.
    public var maxPageSize = 100
    /// Compared stories kept in memory, newest use kept.
    public var cachedStories = 2_000

    public init() {}
}
