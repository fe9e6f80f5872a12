/// The rules of a robots.txt file for one crawler, as RFC 9309 defines them.
///
/// Hand-written: no package available here parses robots.txt. The groups naming the crawler's
/// product token apply, else the `*` groups; of the `Allow` and `Disallow` patterns matching a
/// path, the longest wins, `Allow` on a tie; `*` matches any run of characters and a final
/// `$` anchors the end.
public struct RobotsRules: Sendable, Hashable {
    struct Rule: Sendable, Hashable {
        var allows: Bool
        var pattern: [UInt8]
    }

    var rules: [Rule]
    /// The `Crawl-delay` the group gives, in seconds, if any.
    public var crawlDelay: Double?

    /// Rules that allow everything: a site without robots.txt.
    public static let allowAll = RobotsRules(rules: [], crawlDelay: nil)
    /// Rules that forbid everything: a site whose robots.txt cannot be reached (RFC 9309 §2.3.1.4).
    public static let disallowAll = RobotsRules(
        rules: [Rule(allows: false, pattern: Array("/".utf8))], crawlDelay: nil)

    init(rules: [Rule], crawlDelay: Double?) {
        self.rules = rules
        self.crawlDelay = crawlDelay
    }

    /// Parses `text` for the crawler whose product token is `agent` (case-insensitive).
    /// Only the first 500 KiB are read, the least RFC 9309 asks a crawler to read.
    public init(parsing text: some StringProtocol, agent: String) {
        let agent = agent.lowercased()
        var own: [Rule] = []
        var general: [Rule] = []
        var ownDelay: Double?
        var generalDelay: Double?
        var matchedOwn = false
        var matchedGeneral = false
        // The agents of the group being read, and whether its rules have begun.
        var groupAgents: [String] = []
        var inRules = false
        for rawLine in text.utf8.prefix(500 << 10).split(
            omittingEmptySubsequences: true, whereSeparator: { $0 == 0x0A || $0 == 0x0D })
        {
            var line = Substring(decoding: rawLine, as: UTF8.self)
            if let hash = line.firstIndex(of: "#") { line = line[..<hash] }
            guard let colon = line.firstIndex(of: ":") else { continue }
            let field = line[..<colon].trimmingSpaces.lowercased()
            let value = String(line[line.index(after: colon)...].trimmingSpaces)
            switch field {
            case "user-agent":
                if inRules {
                    groupAgents = []
                    inRules = false
                }
                groupAgents.append(String(value.lowercased().prefix { $0 != "/" && $0 != " " }))
            case "allow", "disallow", "crawl-delay":
                inRules = true
                let isOwn = groupAgents.contains(agent)
                let isGeneral = groupAgents.contains("*")
                guard isOwn || isGeneral else { continue }
                if isOwn { matchedOwn = true }
                if isGeneral { matchedGeneral = true }
                if field == "crawl-delay" {
                    let delay = Double(value)
                    if isOwn { ownDelay = delay ?? ownDelay }
                    if isGeneral { generalDelay = delay ?? generalDelay }
                    continue
                }
                // An empty Disallow allows everything: it adds no rule.
                guard !value.isEmpty else { continue }
                let rule = Rule(allows: field == "allow", pattern: Array(value.utf8))
                if isOwn { own.append(rule) }
                if isGeneral { general.append(rule) }
            default:
                continue
            }
        }
        if matchedOwn || !own.isEmpty {
            self.init(rules: own, crawlDelay: ownDelay)
        } else if matchedGeneral {
            self.init(rules: general, crawlDelay: generalDelay)
        } else {
            self.init(rules: [], crawlDelay: nil)
        }
    }

    /// Whether the path (with its query) `path` may be fetched.
    public func allows(path: String) -> Bool {
        let target = Array((path.isEmpty ? "/" : path).utf8)
        if target == Array("/robots.txt".utf8) { return true }
        var best: Rule?
        for rule in rules where Self.matches(rule.pattern, target) {
            guard let current = best else {
                best = rule
                continue
            }
            if rule.pattern.count > current.pattern.count
                || (rule.pattern.count == current.pattern.count && rule.allows)
            {
                best = rule
            }
        }
        return best?.allows ?? true
    }

    /// Whether `pattern` matches the start of `path` (or all of it, with a final `$`).
    ///
    /// - Complexity: O(*p* × *n*) at worst, by the usual wildcard walk with one backtrack point.
    static func matches(_ pattern: [UInt8], _ path: [UInt8]) -> Bool {
        let anchored = pattern.last == UInt8(ascii: "$")
        let pattern = anchored ? Array(pattern.dropLast()) : pattern
        var p = 0
        var s = 0
        var starP = -1
        var starS = 0
        while true {
            if p == pattern.count {
                if !anchored || s == path.count { return true }
            } else if pattern[p] == UInt8(ascii: "*") {
                starP = p
                starS = s
                p += 1
                continue
            } else if s < path.count, pattern[p] == path[s] {
                p += 1
                s += 1
                continue
            }
            // Mismatch, or an anchored pattern ended early: widen the last `*`.
            guard starP >= 0, starS < path.count else { return false }
            starS += 1
            s = starS
            p = starP + 1
        }
    }
}

extension Substring {
    fileprivate var trimmingSpaces: Substring {
        let start = firstIndex { $0 != " " && $0 != "\t" } ?? endIndex
        let end = lastIndex { $0 != " " && $0 != "\t" }.map(index(after:)) ?? start
        return self[start..<Swift.max(start, end)]
    }
}
