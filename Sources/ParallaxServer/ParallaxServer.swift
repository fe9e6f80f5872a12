import Foundation
import Hummingbird
import Logging
import Metrics
import NIOCore
import Prometheus

/// The Parallax HTTP server: the JSON API under `/api/v1`, the web pages, `/health` and
/// `/metrics`, over one store.
///
/// ```swift
/// let service = try StoryService(store: store, comparison: StoryComparison(), settings: settings)
/// try await ParallaxServer(service: service).run()
/// ```
public struct ParallaxServer: Sendable {
    public let service: StoryService
    public var logger: Logger
    /// Where request counts and latencies are kept; nil leaves `/metrics` out.
    let registry: PrometheusCollectorRegistry?

    /// A server for `service`; with a `metrics` registry, request counts and latencies are
    /// recorded and served at `/metrics`.
    public init(
        service: StoryService, logger: Logger? = nil, metrics: PrometheusCollectorRegistry? = nil
    ) {
        self.service = service
        self.logger = logger ?? Logger(label: "parallax.server")
        registry = metrics
    }

    /// Sends swift-metrics to a new Prometheus registry, for ``init(service:logger:metrics:)``.
    /// A process can do this once.
    public static func bootstrapMetrics() -> PrometheusCollectorRegistry {
        let registry = PrometheusCollectorRegistry()
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
        return registry
    }

    /// The router, with its middleware and routes.
    public func router() -> Router<BasicRequestContext> {
        let router = Router(context: BasicRequestContext.self)
        router.add(middleware: LogRequestsMiddleware(.info))
        if registry != nil { router.add(middleware: MetricsMiddleware()) }
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorBodyMiddleware())
        var metrics: (@Sendable () -> String)?
        if let registry {
            metrics = {
                var buffer: [UInt8] = []
                registry.emit(into: &buffer)
                return String(decoding: buffer, as: UTF8.self)
            }
        }
        ServerRoutes<BasicRequestContext>(service: service, metrics: metrics).add(to: router)
        return router
    }

    /// The application, listening where the settings say; `started` is told the address
    /// (with the port chosen when the settings ask for port 0).
    public func application(started: @escaping @Sendable (String) async -> Void = { _ in })
        -> some ApplicationProtocol
    {
        let settings = service.settings
        let idle = settings.idleTimeout.components
        return Application(
            router: router(),
            server: .http1(
                configuration: .init(
                    idleTimeout: .seconds(idle.seconds)
                        + .nanoseconds(idle.attoseconds / 1_000_000_000))),
            configuration: .init(
                address: .hostname(settings.host, port: settings.port), serverName: "Parallax"),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? settings.port
                await started("http://\(settings.host):\(port)")
            },
            logger: logger)
    }

    /// Serves until SIGINT or SIGTERM, then finishes the requests in flight and stops.
    public func run(started: @escaping @Sendable (String) async -> Void = { _ in }) async throws {
        try await application(started: started).runService()
    }
}
