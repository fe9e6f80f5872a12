import Foundation

/// Why a fetch failed, with the address, in words a person can act on.
public struct FetchError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What went wrong.
    public enum Problem: Sendable, Hashable {
        /// Not an http or https address.
        case invalidAddress
        /// No full answer within the time allowed.
        case timedOut(seconds: Double)
        /// More redirects than allowed, through these addresses.
        case tooManyRedirects([String])
        /// Redirects that lead back to an address already visited.
        case redirectLoop([String])
        /// The answer is larger than allowed.
        case tooLarge(limit: Int)
        /// The server answered with an error status.
        case status(Int)
        /// The site's robots.txt forbids it.
        case forbiddenByRobots
        /// The site's robots.txt could not be read, so nothing of the site is fetched yet.
        case robotsUnreachable(String)
        /// The server could not be reached or broke off.
        case connection(String)
    }

    /// The address fetched.
    public var url: String
    public var problem: Problem

    public init(url: String, problem: Problem) {
        self.url = url
        self.problem = problem
    }

    public var description: String { "\(url): \(reason)" }

    /// What went wrong, without the address.
    public var reason: String {
        switch problem {
        case .invalidAddress:
            return "not an http or https address"
        case .timedOut(let seconds):
            return "no complete answer within \(Self.format(seconds)) s (the timeout)"
        case .tooManyRedirects(let chain):
            return
                "redirected more than \(chain.count - 2) times (\(Self.chain(chain))); not followed further"
        case .redirectLoop(let chain):
            return "redirects go round in a loop (\(Self.chain(chain)))"
        case .tooLarge(let limit):
            return "the answer is larger than \(limit >> 20) MB, the size limit"
        case .status(let code):
            return "the server answered HTTP \(code)"
        case .forbiddenByRobots:
            return "the site's robots.txt forbids fetching it"
        case .robotsUnreachable(let reason):
            return
                "not fetched, because the site's robots.txt could not be read (\(reason)); tried again later"
        case .connection(let reason):
            return "cannot be fetched (\(reason))"
        }
    }

    static func chain(_ addresses: [String]) -> String {
        let shown =
            addresses.count > 6 ? addresses.prefix(3) + ["…"] + addresses.suffix(2) : addresses[...]
        return shown.joined(separator: " → ")
    }

    static func format(_ seconds: Double) -> String {
        seconds == seconds.rounded() ? String(Int(seconds)) : String(format: "%.1f", seconds)
    }
}
