import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxFetch
import ParallaxIngest
import ParallaxStore

/// `parallax watch FEEDS.opml|URL…`: polls feeds on an interval and ingests what is new.
struct WatchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "watch",
        abstract: "Poll feeds on an interval and store their new articles.",
        discussion: """
            Takes OPML subscription lists and feed addresses (an address of an HTML page stands \\
            for the feed it links to). Each round asks every feed with a conditional GET, so an \\
            unchanged feed costs one short answer; items with only a summary have their page \\
            fetched once. robots.txt is obeyed, requests to one host are spaced out, and a feed \\
            that fails is reported and tried again next round. Stop it with Ctrl-C: every batch \\
            is stored whole.
            """)

    @Argument(help: "OPML files or addresses, and feed addresses.")
    var feeds: [String]

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"

    @Option(help: "Time between rounds: 90s, 15m, 1h.")
    var interval = "15m"

    @Flag(help: "Poll once and stop.")
    var once = false

    @OptionGroup(title: "Fetching from the web")
    var fetch: FetchOptions

    func run() async throws {
        guard let pause = Self.duration(interval), pause >= .seconds(1) else {
            throw ValidationError(
                "--interval \(interval): write it as 90s, 15m or 1h (1s at least)")
        }
        var addresses: [String] = []
        for input in feeds {
            if isWebAddress(input) {
                addresses.append(input)
                continue
            }
            let web: [String]
            do {
                web = try subscribedFeeds(input)
            } catch {
                throw ValidationError(
                    "\(input): \(error); give OPML subscription lists or http(s) feed addresses")
            }
            guard !web.isEmpty else {
                throw ValidationError("\(input): the subscription list names no http(s) feed")
            }
            addresses += web
        }
        let fetcher = Fetcher(policy: fetch.policy)
        let watcher = FeedWatcher(
            fetcher: fetcher, ingester: Ingester(store: try await openStore(store)))
        var round = 0
        while true {
            round += 1
            let result: FeedWatcher.Round
            do {
                result = try await watcher.poll(
                    addresses, log: { outcome in Self.say("\(Self.clock(Date()))  \(outcome)") })
            } catch {
                try? await fetcher.shutdown()
                throw error
            }
            let totals = result.report.totals
            let failed = result.feeds.filter(\.failed).count
            var line = String(
                format:
                    "round %d: %d feeds (%d failed), stored %d, duplicates %d, revisions %d, rejected %d in %.1f s",
                round, result.feeds.count, failed, totals.stored, totals.duplicates,
                totals.revisions,
                totals.rejected, result.report.seconds)
            if !once {
                line += "; next at " + Self.clock(Date().addingTimeInterval(pause.seconds))
            }
            Self.say(line)
            if once { break }
            try await Task.sleep(for: pause)
        }
        try await fetcher.shutdown()
    }

    /// "90s", "15m", "1h", "1h30m" or plain seconds.
    static func duration(_ text: String) -> Duration? {
        if let seconds = Double(text) { return .milliseconds(Int64(seconds * 1000)) }
        var total = 0.0
        var number = ""
        for character in text.lowercased() {
            if character.isNumber || character == "." {
                number.append(character)
                continue
            }
            guard let value = Double(number) else { return nil }
            switch character {
            case "s": total += value
            case "m": total += value * 60
            case "h": total += value * 3600
            case "d": total += value * 86_400
            default: return nil
            }
            number = ""
        }
        guard number.isEmpty, total > 0 else { return nil }
        return .milliseconds(Int64(total * 1000))
    }

    /// Writes a line to standard output at once, so that a log file follows the rounds.
    static func say(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func clock(_ date: Date) -> String {
        date.formatted(.iso8601.time(includingFractionalSeconds: false))
    }
}
