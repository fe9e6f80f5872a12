/// How politely and how far Parallax fetches from the web.
public struct FetchPolicy: Sendable {
    /// The `User-Agent` sent; its first word is the product token robots.txt groups are matched
    /// against.
    public var userAgent = "ParallaxBot/0.1 (news story engine; +https://github.com/parallax)"
    /// The longest a fetch may take, from connecting to the last byte.
    public var timeout: Duration = .seconds(20)
    /// The largest answer read, after decompression; a larger one is refused.
    public var maximumBytes = 16 << 20
    /// How many redirects are followed before giving up.
    public var maximumRedirects = 5
    /// The least time between two requests to one host.
    public var hostDelay: Duration = .seconds(1)
    /// The longest `Crawl-delay` of a robots.txt that is honoured; longer ones are cut to it.
    public var maximumCrawlDelay: Duration = .seconds(30)
    /// Whether robots.txt is read and obeyed.
    public var obeysRobots = true

    public init() {}

    /// The product token of ``userAgent``, lowercased: "parallaxbot".
    var productToken: String {
        String(userAgent.prefix { $0 != "/" && $0 != " " }).lowercased()
    }
}
