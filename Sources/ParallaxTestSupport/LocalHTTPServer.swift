import Dispatch
import NIOCore
import NIOHTTP1
import NIOPosix
import Synchronization

/// An HTTP/1.1 server on 127.0.0.1 for tests: it answers every request with what the test's
/// handler returns, records the requests, and stops when told.
public final class LocalHTTPServer: Sendable {
    /// A request as the server received it.
    public struct Request: Sendable {
        public var method: String
        /// The path with its query: "/feed.xml?x=1".
        public var path: String
        public var headers: [(name: String, value: String)]

        /// The first value of the header `name` (case-insensitive).
        public func header(_ name: String) -> String? {
            headers.first { $0.name.lowercased() == name.lowercased() }?.value
        }
    }

    /// An answer.
    public struct Response: Sendable {
        public var status: Int
        public var headers: [(name: String, value: String)]
        public var body: [UInt8]

        public init(
            status: Int = 200, headers: [(name: String, value: String)] = [], body: [UInt8] = []
        ) {
            self.status = status
            self.headers = headers
            self.body = body
        }

        public init(status: Int = 200, contentType: String, _ text: String) {
            self.init(
                status: status, headers: [("Content-Type", contentType)], body: Array(text.utf8))
        }

        /// A redirect to `location`.
        public static func redirect(to location: String, status: Int = 302) -> Response {
            Response(status: status, headers: [("Location", location)])
        }

        public static let notFound = Response(status: 404, contentType: "text/plain", "not found")
    }

    public typealias Handler = @Sendable (Request) async -> Response

    private let channel: any Channel
    private final class RequestLog: Sendable {
        let requests = Mutex<[Request]>([])
    }

    private let log = RequestLog()
    /// The port the server listens on.
    public let port: Int

    /// Starts a server on a free port of 127.0.0.1.
    public init(handler: @escaping Handler) async throws {
        let log = self.log
        let bootstrap = ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                channel.pipeline.configureHTTPServerPipeline().flatMap {
                    channel.pipeline.addHandler(
                        Connection(handler: handler) { request in
                            log.requests.withLock { $0.append(request) }
                        })
                }
            }
        channel = try await bootstrap.bind(host: "127.0.0.1", port: 0).get()
        port = channel.localAddress?.port ?? 0
    }

    /// The address of `path` on this server: "http://127.0.0.1:PORT/path".
    public func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    /// The requests received so far, in order.
    public var requests: [Request] { log.requests.withLock { $0 } }

    /// Stops listening.
    public func stop() async throws { try await channel.close() }

    /// Reads one connection's requests and writes the handler's answers.
    private final class Connection: ChannelInboundHandler, @unchecked Sendable {
        typealias InboundIn = HTTPServerRequestPart
        typealias OutboundOut = HTTPServerResponsePart

        let handler: Handler
        let record: @Sendable (Request) -> Void
        private var head: HTTPRequestHead?

        init(handler: @escaping Handler, record: @escaping @Sendable (Request) -> Void) {
            self.handler = handler
            self.record = record
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            switch unwrapInboundIn(data) {
            case .head(let head): self.head = head
            case .body: break
            case .end:
                guard let head else { return }
                let request = Request(
                    method: head.method.rawValue, path: head.uri,
                    headers: head.headers.map { ($0.name, $0.value) })
                record(request)
                let keepAlive = head.isKeepAlive
                let channel = context.channel
                let handler = self.handler
                // Answered on ``OwnThreads``, not the shared concurrency pool, which busy tests
                // can hold past the fetcher's timeouts.
                Task(executorPreference: OwnThreads.executor) {
                    let response = await handler(request)
                    var headers = HTTPHeaders(response.headers.map { ($0.name, $0.value) })
                    if !headers.contains(name: "Content-Length") {
                        headers.add(name: "Content-Length", value: String(response.body.count))
                    }
                    headers.replaceOrAdd(
                        name: "Connection", value: keepAlive ? "keep-alive" : "close")
                    let responseHead = HTTPResponseHead(
                        version: .http1_1, status: HTTPResponseStatus(statusCode: response.status),
                        headers: headers)
                    channel.write(HTTPServerResponsePart.head(responseHead), promise: nil)
                    if !response.body.isEmpty {
                        channel.write(
                            HTTPServerResponsePart.body(
                                .byteBuffer(ByteBuffer(bytes: response.body))),
                            promise: nil)
                    }
                    let done = channel.eventLoop.makePromise(of: Void.self)
                    channel.writeAndFlush(HTTPServerResponsePart.end(nil), promise: done)
                    if !keepAlive {
                        done.futureResult.whenComplete { _ in channel.close(promise: nil) }
                    }
                }
            }
        }
    }
}
