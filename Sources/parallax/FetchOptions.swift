import ArgumentParser
import ParallaxFetch
import ParallaxIngest

/// How `watch` and `ingest` fetch from the web.
struct FetchOptions: ParsableArguments {
    @Option(help: "Seconds allowed for one fetch, from connecting to the last byte.")
    var timeout = 20.0
    @Option(help: "Least seconds between two requests to one host (robots.txt may ask more).")
    var delay = 1.0
    @Option(help: "Largest answer read, in MB after decompression.")
    var maxSize = 16
    @Option(help: "Redirects followed before giving up.")
    var maxRedirects = 5
    @Option(help: "The User-Agent sent; robots.txt is matched against its first word.")
    var userAgent = FetchPolicy().userAgent

    func validate() throws {
        guard timeout > 0 else {
            throw ValidationError("--timeout \(timeout): give seconds above 0")
        }
        guard delay >= 0 else { throw ValidationError("--delay \(delay): give 0 seconds or more") }
        guard maxSize > 0 else { throw ValidationError("--max-size \(maxSize): give MB above 0") }
        guard maxRedirects >= 0 else {
            throw ValidationError("--max-redirects \(maxRedirects): give 0 or more")
        }
    }

    var policy: FetchPolicy {
        var policy = FetchPolicy()
        policy.timeout = .milliseconds(Int64(timeout * 1000))
        policy.hostDelay = .milliseconds(Int64(delay * 1000))
        policy.maximumBytes = maxSize << 20
        policy.maximumRedirects = maxRedirects
        policy.userAgent = userAgent
        return policy
    }
}

/// The web addresses of the feeds the OPML subscription list at `path` names.
///
/// - Throws: when the file cannot be read or is not OPML.
func subscribedFeeds(_ path: String) throws -> [String] {
    try OPMLReader().subscriptions(try PageFileReader().read(path)).map(\.feedURL).filter(
        isWebAddress)
}

/// Whether a command-line input is a web address rather than a path.
func isWebAddress(_ input: String) -> Bool {
    let lower = input.lowercased()
    return lower.hasPrefix("http://") || lower.hasPrefix("https://")
}
