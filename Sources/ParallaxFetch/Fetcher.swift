import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOHTTPCompression
import ParallaxCore
import Synchronization

/// Fetches pages and feeds over HTTP the way a polite crawler does: robots.txt obeyed, requests
/// to a host spaced out, a timeout, a size cap, a limit on redirects (and loops caught), gzip
/// accepted, and conditional GET when validators are given.
///
/// Redirects are followed here rather than by the client, so that each address on the way is
/// checked against its robots.txt and paced, and a loop is named with its addresses.
public final class Fetcher: Sendable {
    /// Validators of an earlier answer, for a conditional GET.
    public struct Validators: Sendable, Hashable {
        public var etag: String?
        public var lastModified: String?

        public init(etag: String? = nil, lastModified: String? = nil) {
            self.etag = etag
            self.lastModified = lastModified
        }
    }

    /// An answer.
    public struct Response: Sendable {
        /// The address asked for.
        public var requestedURL: String
        /// The address answered from, after redirects.
        public var url: String
        public var status: Int
        /// True for `304 Not Modified`: what was fetched before still stands.
        public var notModified: Bool { status == 304 }
        /// The body, decompressed.
        public var body: [UInt8]
        public var contentType: String?
        /// Validators for the next conditional GET.
        public var validators: Validators
    }

    public let policy: FetchPolicy
    private let client: HTTPClient
    private let isShutDown = Atomic<Bool>(false)
    private let pacer = HostPacer()
    private let robots = RobotsCache()

    /// Creates a fetcher; call ``shutdown()`` when done with it.
    public init(policy: FetchPolicy = FetchPolicy()) {
        self.policy = policy
        var configuration = HTTPClient.Configuration(
            redirectConfiguration: .disallow,
            timeout: .init(
                connect: .nanoseconds(Int64(policy.timeout.seconds * 1e9)),
                read: .nanoseconds(Int64(policy.timeout.seconds * 1e9))),
            decompression: .enabled(limit: .size(policy.maximumBytes)))
        configuration.httpVersion = .http1Only
        client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Closes the fetcher's connections.
    public func shutdown() async throws {
        guard !isShutDown.exchange(true, ordering: .relaxed) else { return }
        try await client.shutdown()
    }

    deinit {
        // A fetcher dropped without shutdown (a caller that threw on the way) still closes
        // its connections, rather than trapping in the client's deinit.
        guard !isShutDown.load(ordering: .relaxed) else { return }
        let client = self.client
        Task { try? await client.shutdown() }
    }

    /// Fetches `url`, following redirects.
    ///
    /// - Parameter validators: When given, a conditional GET: an unchanged resource answers
    ///   with ``Response/notModified``.
    /// - Throws: ``FetchError`` saying why, with the address.
    public func fetch(_ url: String, validators: Validators = Validators()) async throws(FetchError)
        -> Response
    {
        var chain = [url]
        var current = url
        while true {
            let response = try await fetchOnce(current, validators: validators, original: url)
            guard [301, 302, 303, 307, 308].contains(response.status),
                let location = response.location
            else {
                return Response(
                    requestedURL: url, url: current, status: response.status, body: response.body,
                    contentType: response.contentType, validators: response.validators)
            }
            guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString
            else {
                throw FetchError(url: url, problem: .connection("a redirect to \"\(location)\""))
            }
            if chain.contains(next) {
                throw FetchError(url: url, problem: .redirectLoop(chain + [next]))
            }
            chain.append(next)
            if chain.count > policy.maximumRedirects + 1 {
                throw FetchError(url: url, problem: .tooManyRedirects(chain))
            }
            current = next
        }
    }

    private struct Hop {
        var status: Int
        var location: String?
        var body: [UInt8]
        var contentType: String?
        var validators: Validators
    }

    private func fetchOnce(_ address: String, validators: Validators, original: String)
        async throws(FetchError) -> Hop
    {
        guard let parsed = URL(string: address), let scheme = parsed.scheme?.lowercased(),
            scheme == "http" || scheme == "https", let host = parsed.host, !host.isEmpty
        else {
            throw FetchError(url: address, problem: .invalidAddress)
        }
        var delay = policy.hostDelay
        if policy.obeysRobots, parsed.path != "/robots.txt" {
            let origin = "\(scheme)://\(host)\(parsed.port.map { ":\($0)" } ?? "")"
            let rules: RobotsRules
            switch await robots.rules(for: origin, fetcher: self) {
            case .success(let read): rules = read
            case .failure(let reason):
                throw FetchError(url: original, problem: .robotsUnreachable(reason.description))
            }
            var path = parsed.path.isEmpty ? "/" : parsed.path
            if let query = parsed.query { path += "?" + query }
            guard rules.allows(path: path) else {
                throw FetchError(url: original, problem: .forbiddenByRobots)
            }
            if let crawlDelay = rules.crawlDelay {
                delay = max(
                    delay, min(.milliseconds(Int64(crawlDelay * 1000)), policy.maximumCrawlDelay))
            }
        }
        do {
            try await pacer.wait(host: host.lowercased() + ":\(parsed.port ?? 0)", delay: delay)
        } catch {
            throw FetchError(url: original, problem: .connection("cancelled"))
        }
        var request = HTTPClientRequest(url: address)
        request.headers.add(name: "User-Agent", value: policy.userAgent)
        request.headers.add(
            name: "Accept",
            value:
                "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/feed+json,application/xml;q=0.9,*/*;q=0.8"
        )
        request.headers.add(name: "Accept-Encoding", value: "gzip, deflate")
        if let etag = validators.etag { request.headers.add(name: "If-None-Match", value: etag) }
        if let modified = validators.lastModified {
            request.headers.add(name: "If-Modified-Since", value: modified)
        }
        let seconds = policy.timeout.seconds
        do {
            let response = try await client.execute(
                request, deadline: .now() + .nanoseconds(Int64(seconds * 1e9)))
            let status = Int(response.status.code)
            var body: [UInt8] = []
            if status / 100 == 2 {
                if let length = response.headers.first(name: "Content-Length").flatMap(Int.init),
                    length > policy.maximumBytes
                {
                    throw FetchError(url: original, problem: .tooLarge(limit: policy.maximumBytes))
                }
                for try await chunk in response.body {
                    body.append(contentsOf: chunk.readableBytesView)
                    if body.count > policy.maximumBytes {
                        throw FetchError(
                            url: original, problem: .tooLarge(limit: policy.maximumBytes))
                    }
                }
            } else if [301, 302, 303, 307, 308, 304].contains(status) {
                // Nothing to read: the answer is in the head.
            } else {
                throw FetchError(url: original, problem: .status(status))
            }
            return Hop(
                status: status, location: response.headers.first(name: "Location"), body: body,
                contentType: response.headers.first(name: "Content-Type"),
                validators: Validators(
                    etag: response.headers.first(name: "ETag"),
                    lastModified: response.headers.first(name: "Last-Modified")))
        } catch let error as FetchError {
            throw error
        } catch let error as HTTPClientError {
            switch error {
            case .deadlineExceeded, .readTimeout, .connectTimeout, .getConnectionFromPoolTimeout:
                throw FetchError(url: original, problem: .timedOut(seconds: seconds))
            default:
                throw FetchError(url: original, problem: .connection("\(error)"))
            }
        } catch is NIOHTTPDecompression.DecompressionError {
            // Decompressing past the size limit, or a corrupt stream.
            throw FetchError(url: original, problem: .tooLarge(limit: policy.maximumBytes))
        } catch {
            throw FetchError(url: original, problem: .connection("\(error)"))
        }
    }
}

/// The robots.txt rules of each site, read once a day at most; a robots.txt that could not be
/// read is tried again after a few minutes.
actor RobotsCache {
    typealias Outcome = Result<RobotsRules, FetchError>

    private var cached: [String: (outcome: Outcome, expires: ContinuousClock.Instant)] = [:]
    private var inFlight: [String: Task<Outcome, Never>] = [:]

    /// The rules for `origin` (`scheme://host[:port]`), or why its robots.txt could not be read.
    func rules(for origin: String, fetcher: Fetcher) async -> Outcome {
        if let entry = cached[origin], ContinuousClock.now < entry.expires { return entry.outcome }
        if let task = inFlight[origin] { return await task.value }
        let task = Task(executorPreference: Task.currentExecutorPreference) {
            await Self.load(origin, fetcher: fetcher)
        }
        inFlight[origin] = task
        let outcome = await task.value
        inFlight[origin] = nil
        let lifetime: Duration
        switch outcome {
        case .success: lifetime = .seconds(86_400)
        case .failure: lifetime = .seconds(300)
        }
        cached[origin] = (outcome, ContinuousClock.now + lifetime)
        return outcome
    }

    /// RFC 9309 §2.3.1: a robots.txt that is missing (4xx) allows everything; one that cannot
    /// be reached (5xx, no connection) forbids everything until it can.
    private static func load(_ origin: String, fetcher: Fetcher) async -> Outcome {
        do {
            let response = try await fetcher.fetch(origin + "/robots.txt")
            return .success(
                RobotsRules(
                    parsing: String(decoding: response.body, as: UTF8.self),
                    agent: fetcher.policy.productToken))
        } catch {
            switch error.problem {
            case .status(let code) where code / 100 == 4: return .success(.allowAll)
            case .tooLarge: return .success(.allowAll)
            default: return .failure(error)
            }
        }
    }
}
