import Foundation

/// A small news site served on 127.0.0.1: feeds of every kind, article pages, robots.txt, and
/// the bad cases (a slow feed, endless redirects, a page posing as a feed).
///
/// `/feeds.opml` lists six feeds: RSS with full text (2 articles), Atom with summaries whose
/// pages are at `/news/N.html` (2 fetchable, 1 forbidden by robots.txt), a feed that answers
/// after 8 s, one that redirects forever, an HTML page with no feed, and a page that links to
/// a JSON Feed (1 article). The RSS feed honours `If-None-Match`, the Atom feed
/// `If-Modified-Since`.
public final class NewsSite: Sendable {
    public let server: LocalHTTPServer

    /// The text of article `number`, three paragraphs.
    public static func paragraphs(_ number: Int) -> String {
        """
        The harbour authority in Port Aldwin said on Tuesday that inspection number \(number) of \
        the ferry terminal had found cracks in the loading ramp and in two mooring posts.

        Engineers closed the north berth while repairs went ahead, and the operator moved \
        sailings to the south berth, which it said could take the extra traffic for a month.

        "We will not reopen the berth until every weld has been checked," the harbour master, \
        Ilse Marrow, told reporters at the terminal, adding that passengers faced short delays.
        """
    }

    /// The HTML page of article `number`, with navigation and a footer around it.
    public static func page(_ number: Int) -> String {
        let body = paragraphs(number).split(separator: "\n\n").map { "<p>\($0)</p>" }.joined()
        return """
            <!doctype html><html><head><title>Inspection \(number) finds cracks</title></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Inspection \(number) finds cracks at ferry terminal</h1>\(body)</article>
            <footer>© Aldwin Courier</footer></body></html>
            """
    }

    static let rss = """
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Aldwin Courier</title>
        <item><title>Inspection 11</title><link>/story/11</link>
        <pubDate>Tue, 10 Mar 2026 08:00:00 GMT</pubDate>
        <content:encoded><![CDATA[\(paragraphs(11).split(separator: "\n\n").map { "<p>\($0)</p>" }.joined())]]></content:encoded></item>
        <item><title>Inspection 12</title><link>/story/12</link>
        <content:encoded><![CDATA[\(paragraphs(12).split(separator: "\n\n").map { "<p>\($0)</p>" }.joined())]]></content:encoded></item>
        </channel></rss>
        """

    static let atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Harbour Wire</title>
        <entry><title>Inspection 1</title><link href="/news/1.html"/><summary>Cracks found.</summary>
        <updated>2026-03-10T09:00:00Z</updated></entry>
        <entry><title>Inspection 2</title><link rel="alternate" href="/news/2.html"/>
        <summary>More cracks.</summary></entry>
        <entry><title>Inspection 3</title><link href="/private/3.html"/><summary>Hidden.</summary></entry>
        </feed>
        """

    static let jsonFeed = """
        {"version": "https://jsonfeed.org/version/1.1", "title": "Bay Daily", "items": [
          {"id": "21", "url": "/bay/21", "content_html": "\(paragraphs(21).split(separator: "\n\n").map { "<p>\($0)</p>" }.joined().replacingOccurrences(of: "\"", with: "\\\""))"}
        ]}
        """

    /// Starts the site on a free port.
    public init() async throws {
        server = try await LocalHTTPServer { request in
            let path = request.path
            switch path {
            case "/robots.txt":
                return .init(contentType: "text/plain", "User-agent: *\nDisallow: /private/\n")
            case "/feeds.opml":
                let outlines = [
                    "/rss.xml", "/atom.xml", "/slow.xml", "/loop", "/notafeed.html", "/site/",
                ]
                .map { "<outline type=\"rss\" text=\"\($0)\" xmlUrl=\"\($0)\"/>" }.joined()
                return .init(
                    contentType: "text/x-opml",
                    "<?xml version=\"1.0\"?><opml version=\"2.0\"><body><outline text=\"News\">\(outlines)</outline></body></opml>"
                )
            case "/rss.xml":
                if request.header("if-none-match") == "\"r1\"" { return .init(status: 304) }
                return .init(
                    headers: [("Content-Type", "application/rss+xml"), ("ETag", "\"r1\"")],
                    body: Array(NewsSite.rss.utf8))
            case "/atom.xml":
                let stamp = "Tue, 10 Mar 2026 09:00:00 GMT"
                if request.header("if-modified-since") == stamp { return .init(status: 304) }
                return .init(
                    headers: [("Content-Type", "application/atom+xml"), ("Last-Modified", stamp)],
                    body: Array(NewsSite.atom.utf8))
            case "/slow.xml":
                try? await Task.sleep(for: .seconds(12))
                return .init(contentType: "application/rss+xml", NewsSite.rss)
            case "/notafeed.html":
                return .init(contentType: "text/html", NewsSite.page(99))
            case "/site/":
                return .init(
                    contentType: "text/html",
                    NewsSite.page(98).replacingOccurrences(
                        of: "<title>",
                        with:
                            "<link rel=\"alternate\" type=\"application/feed+json\" href=\"/feed.json\"><title>"
                    ))
            case "/feed.json":
                return .init(contentType: "application/feed+json", NewsSite.jsonFeed)
            default:
                if path.hasPrefix("/loop") { return .redirect(to: path + "x") }
                if path.hasPrefix("/news/"),
                    let number = Int(path.dropFirst(6).prefix { $0.isNumber })
                {
                    return .init(contentType: "text/html", NewsSite.page(number))
                }
                return .notFound
            }
        }
    }

    /// The address of `path` on the site.
    public func url(_ path: String) -> String { server.url(path) }
}
