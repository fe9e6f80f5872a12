import Foundation
import ParallaxCore
import ParallaxHTML
import ParallaxIngest
import ParallaxStore

/// Reads feeds, pages and subscription lists from the web into the store: one ``poll(_:)`` is
/// one round over the addresses, as `parallax watch` runs on an interval and `parallax ingest
/// URL` runs once.
///
/// Feeds are fetched with conditional GET from the validators the store remembers; an item
/// with only a summary has its linked page fetched, unless an article at that address is
/// already stored. Every failure is recorded as a rejection naming the address, and the round
/// goes on.
public struct FeedWatcher: Sendable {
    /// What one round did.
    public struct Round: Sendable {
        /// What became of each address polled, in the order given.
        public var feeds: [FeedOutcome] = []
        /// The ingestion of the round.
        public var report = Ingester.Report()
    }

    /// What became of one address in a round.
    public struct FeedOutcome: Sendable, CustomStringConvertible {
        public var url: String
        /// "12 items, 3 new, 2 pages fetched", "not modified", or the error.
        public var status: String
        public var failed: Bool

        public var description: String { "\(url): \(status)" }
    }

    public let fetcher: Fetcher
    public let ingester: Ingester
    /// Whether validators are remembered and sent (conditional GET).
    public var conditional = true
    /// How many addresses are fetched at once (requests to one host are still spaced out).
    public var concurrency = 8

    public init(fetcher: Fetcher, ingester: Ingester) {
        self.fetcher = fetcher
        self.ingester = ingester
    }

    /// Polls `urls` once, ingesting what is new.
    ///
    /// - Parameter asFeeds: Whether the addresses are meant as feeds (or subscription lists),
    ///   as for `parallax watch`: an HTML page then stands for the feed it links to, or is
    ///   refused. Otherwise a page is ingested as an article, as for `parallax ingest URL`.
    public func poll(
        _ urls: [String], asFeeds: Bool = true,
        progress: @escaping (Ingester.Progress) -> Void = { _ in },
        log: (FeedOutcome) -> Void = { _ in }
    ) async throws -> Round {
        let session = try await ingester.begin(inputs: urls, progress: progress)
        var round = Round()
        round.feeds = try await poll(urls, asFeeds: asFeeds, into: session, log: log)
        round.report = try await session.finish()
        return round
    }

    /// Polls `urls` once into an ingestion already under way, and says what became of each.
    public func poll(
        _ urls: [String], asFeeds: Bool = true, into session: IngestSession,
        log: (FeedOutcome) -> Void = { _ in }
    ) async throws -> [FeedOutcome] {
        var feeds: [FeedOutcome] = []
        var queue = urls
        var seen = Set(urls)
        // Each finished address hands back its documents; the session (which belongs to this
        // task) stores them. Up to `concurrency` addresses are fetched at once.
        var outcomes: [Int: FeedOutcome] = [:]
        try await withThrowingTaskGroup(of: (Int, Visit).self) { group in
            var next = 0
            var running = 0
            while true {
                while running < concurrency, next < queue.count {
                    let number = next
                    let url = queue[number]
                    // What a subscription list names is a feed, whatever the caller said.
                    let feed = asFeeds || number >= urls.count
                    group.addTask { (number, await visit(url, asFeed: feed)) }
                    next += 1
                    running += 1
                }
                guard running > 0, let (number, visit) = try await group.next() else { break }
                running -= 1
                try await session.reject(visit.rejected)
                try await session.add(visit.documents, input: queue[number])
                for feed in visit.subscriptions where seen.insert(feed).inserted {
                    queue.append(feed)
                }
                outcomes[number] = visit.outcome
                log(visit.outcome)
            }
        }
        feeds = (0..<queue.count).compactMap { outcomes[$0] }
        return feeds
    }

    /// What fetching one address found.
    struct Visit: Sendable {
        var outcome: FeedOutcome
        var documents: [IngestDocument] = []
        var rejected: [RejectedInput] = []
        var subscriptions: [String] = []
    }

    /// Fetches one address and reads it by what it turns out to be.
    func visit(_ url: String, asFeed: Bool) async -> Visit {
        let store = ingester.store
        let remembered = conditional ? try? await store.feedState(url: url) : nil
        let validators = Fetcher.Validators(
            etag: remembered?.etag, lastModified: remembered?.lastModified)
        let response: Fetcher.Response
        do {
            response = try await fetcher.fetch(url, validators: validators)
        } catch {
            let status = error.reason
            await remember(url, validators: validators, status: status)
            return Visit(
                outcome: FeedOutcome(url: url, status: status, failed: true),
                rejected: [RejectedInput(origin: url, reason: error.reason)])
        }
        if response.notModified {
            await remember(url, validators: validators, status: "not modified")
            return Visit(outcome: FeedOutcome(url: url, status: "not modified", failed: false))
        }
        var visit = Visit(outcome: FeedOutcome(url: url, status: "", failed: false))
        var found: [IngestDocument] = []
        do {
            switch InputKind(name: response.url, head: response.body.prefix(1024)) {
            case .subscriptions:
                let feeds = try OPMLReader().subscriptions(response.body)
                visit.subscriptions = feeds.compactMap {
                    Self.resolve($0.feedURL, against: response.url)
                }
                visit.outcome.status = "a subscription list of \(feeds.count) feeds"
            case .feed:
                found = try FeedReader().documents(response.body, origin: url)
                for index in found.indices {
                    found[index].url = found[index].url.flatMap {
                        Self.resolve($0, against: response.url)
                    }
                }
            case .page where asFeed:
                guard let feed = Self.discoverFeed(in: response.body, at: response.url) else {
                    throw FeedReader.Failure(
                        description:
                            "an HTML page, not a feed, and it links to no feed (<link rel=\"alternate\">)"
                    )
                }
                visit.subscriptions = [feed]
                visit.outcome.status = "an HTML page that links to its feed \(feed)"
            case .page:
                found = [IngestDocument(origin: url, url: response.url, body: .html(response.body))]
            case .text:
                let text = String(decoding: response.body, as: UTF8.self)
                found = [IngestDocument(origin: url, url: response.url, body: .text(text))]
            case .jsonLines, .archive:
                throw FeedReader.Failure(
                    description:
                        "JSON lines and WARC archives are read from files: save it, then ingest the file"
                )
            }
        } catch {
            let reason = "\(error)"
            await remember(url, validators: validators, status: reason)
            visit.outcome = FeedOutcome(url: url, status: reason, failed: true)
            visit.rejected = [RejectedInput(origin: url, reason: reason)]
            return visit
        }
        // Items with only a summary: fetch their pages, unless already stored.
        let summaries = found.filter { $0.isSummary }.compactMap(\.url)
        let stored = (try? await store.storedURLs(among: summaries)) ?? []
        var fetched = 0
        var skipped = 0
        for document in found {
            guard document.isSummary, let link = document.url else {
                visit.documents.append(document)
                continue
            }
            if stored.contains(link) {
                skipped += 1
                continue
            }
            do {
                let page = try await fetcher.fetch(link)
                var full = document
                full.body = .html(page.body)
                full.isSummary = false
                full.origin = "\(document.origin) (\(page.url))"
                visit.documents.append(full)
                fetched += 1
            } catch {
                visit.rejected.append(
                    RejectedInput(origin: document.origin, reason: "its page \(error.description)"))
            }
        }
        if visit.outcome.status.isEmpty {
            var parts = ["\(found.count) item\(found.count == 1 ? "" : "s")"]
            if fetched > 0 { parts.append("\(fetched) page\(fetched == 1 ? "" : "s") fetched") }
            if skipped > 0 { parts.append("\(skipped) already stored") }
            if !visit.rejected.isEmpty { parts.append("\(visit.rejected.count) failed") }
            visit.outcome.status = parts.joined(separator: ", ")
        }
        await remember(url, validators: response.validators, status: visit.outcome.status)
        return visit
    }

    private func remember(_ url: String, validators: Fetcher.Validators, status: String) async {
        guard conditional else { return }
        try? await ingester.store.saveFeedState(
            FeedState(
                url: url, etag: validators.etag, lastModified: validators.lastModified,
                checked: Date(), status: status))
    }

    /// The first feed an HTML page announces with `<link rel="alternate" type="…rss…|…atom…|
    /// …feed+json" href="…">` in its first 256 KB, made absolute.
    static func discoverFeed(in page: [UInt8], at address: String) -> String? {
        let head = String(decoding: page.prefix(256 << 10), as: UTF8.self)
        let range = NSRange(head.startIndex..., in: head)
        for match in linkTag.matches(in: head, range: range) {
            guard let tagRange = Range(match.range, in: head) else { continue }
            let tag = String(head[tagRange])
            var attributes: [String: String] = [:]
            for attribute in attributePattern.matches(
                in: tag, range: NSRange(tag.startIndex..., in: tag))
            {
                guard let name = Range(attribute.range(at: 1), in: tag) else { continue }
                let value =
                    [2, 3, 4].lazy.compactMap { Range(attribute.range(at: $0), in: tag) }
                    .first.map { String(tag[$0]) } ?? ""
                attributes[tag[name].lowercased()] = value
            }
            let type = attributes["type"]?.lowercased() ?? ""
            guard
                attributes["rel"]?.lowercased().split(separator: " ").contains("alternate") == true,
                type.contains("rss") || type.contains("atom") || type.contains("feed+json"),
                let href = attributes["href"].map(Entities.decode),
                let feed = resolve(href, against: address)
            else { continue }
            return feed
        }
        return nil
    }

    private static let linkTag = try! NSRegularExpression(
        pattern: "<link\\b[^>]*>", options: [.caseInsensitive])
    private static let attributePattern = try! NSRegularExpression(
        pattern: "([a-zA-Z-]+)\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))")

    /// `link` made absolute against the address it was found at; nil for non-web links.
    static func resolve(_ link: String, against base: String) -> String? {
        guard
            let url = URL(
                string: link.trimmingCharacters(in: .whitespaces), relativeTo: URL(string: base)),
            let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https"
        else { return nil }
        return url.absoluteString
    }
}
