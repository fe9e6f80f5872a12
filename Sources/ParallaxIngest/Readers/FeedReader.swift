import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads the articles of a feed: RSS 0.91, 1.0 and 2.0, Atom 1.0 and JSON Feed 1.1.
///
/// An item's full text is taken from `content:encoded`, Atom `content` or JSON Feed
/// `content_html`/`content_text`; an item with only a summary is marked ``IngestDocument/isSummary``
/// so that its linked page can be fetched.
public struct FeedReader: Sendable {
    /// A feed that cannot be read.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String

        public init(description: String) { self.description = description }
    }

    public init() {}

    /// The articles of the feed in `bytes`, read from `origin` (a file or address).
    ///
    /// - Throws: ``Failure`` when the bytes are not a feed, saying what they are instead.
    public func documents(_ bytes: [UInt8], origin: String) throws -> [IngestDocument] {
        let head = String(decoding: bytes.prefix(2048), as: UTF8.self).lowercased()
        let start = head.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if start.hasPrefix("{") { return try jsonFeed(bytes, origin: origin) }
        if head.contains("<html") || head.contains("<!doctype html") {
            throw Failure(description: "an HTML page, not a feed")
        }
        guard start.hasPrefix("<") else { throw Failure(description: "neither XML nor JSON") }
        let delegate = FeedParserDelegate(origin: origin)
        let parser = XMLParser(data: Data(XMLText.repaired(bytes)))
        parser.shouldProcessNamespaces = false
        parser.delegate = delegate
        let parsed = parser.parse()
        guard delegate.root != nil else {
            throw Failure(
                description:
                    "not a feed: \(parser.parserError.map { "malformed XML (\($0.localizedDescription))" } ?? "no root element")"
            )
        }
        guard ["rss", "rdf:rdf", "feed"].contains(delegate.root!.lowercased()) else {
            throw Failure(description: "not a feed: its root element is <\(delegate.root!)>")
        }
        // A feed broken part-way still yields the items before the break.
        if !parsed || !delegate.rootClosed, delegate.documents.isEmpty {
            throw Failure(
                description:
                    "malformed XML: \(parser.parserError?.localizedDescription ?? "unknown error")")
        }
        return delegate.documents
    }

    func jsonFeed(_ bytes: [UInt8], origin: String) throws -> [IngestDocument] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any],
            let items = object["items"] as? [[String: Any]]
        else { throw Failure(description: "not a JSON Feed: no items array") }
        let feedTitle = object["title"] as? String
        let language = object["language"] as? String
        return items.enumerated().compactMap { number, item in
            let html = item["content_html"] as? String
            let text = item["content_text"] as? String
            let summary = item["summary"] as? String
            let body: IngestDocument.Body
            if let html {
                body = .html(Array(html.utf8))
            } else if let text {
                body = .text(text)
            } else if let summary {
                body = .text(summary)
            } else {
                return nil
            }
            var document = IngestDocument(
                origin: "\(origin) item \(number + 1)",
                url: (item["url"] as? String) ?? (item["id"] as? String),
                title: item["title"] as? String,
                authors: ((item["authors"] as? [[String: Any]]) ?? []).compactMap {
                    $0["name"] as? String
                },
                source: feedTitle, language: (item["language"] as? String) ?? language, body: body)
            document.isSummary = html == nil && text == nil
            document.readPublished(item["date_published"] as? String)
            return document
        }
    }
}

/// Collects the items of an RSS or Atom feed as XMLParser reports them.
final class FeedParserDelegate: NSObject, XMLParserDelegate {
    let origin: String
    var root: String?
    /// Whether the root element was closed: a feed cut short never closes it.
    var rootClosed = false
    var documents: [IngestDocument] = []
    private var feedTitle: String?
    private var item: [String: String]?
    private var itemLink: String?
    private var path: [String] = []
    private var text = ""

    init(origin: String) { self.origin = origin }

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if root == nil { root = name }
        let lower = name.lowercased()
        path.append(lower)
        text = ""
        if lower == "item" || lower == "entry" { item = [:] }
        // Atom: <link rel="alternate" href="…"/>.
        if lower == "link", item != nil, let href = attributes["href"],
            (attributes["rel"] ?? "alternate") == "alternate"
        {
            itemLink = href
        }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, foundCDATA block: Data) {
        text += String(decoding: block, as: UTF8.self)
    }

    func parser(
        _ parser: XMLParser, didEndElement name: String, namespaceURI: String?,
        qualifiedName: String?
    ) {
        let lower = name.lowercased()
        defer {
            path.removeLast()
            text = ""
            if path.isEmpty { rootClosed = true }
        }
        if lower == "item" || lower == "entry", let fields = item {
            if let document = makeDocument(fields) { documents.append(document) }
            item = nil
            itemLink = nil
            return
        }
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !value.isEmpty else { return }
        if item != nil {
            // Within <author>, Atom's <name> is the author.
            let key = lower == "name" && path.dropLast().last == "author" ? "author" : lower
            if item![key] == nil { item![key] = value }
        } else if lower == "title", feedTitle == nil {
            feedTitle = value
        }
    }

    func makeDocument(_ fields: [String: String]) -> IngestDocument? {
        let full = fields["content:encoded"] ?? fields["content"]
        let summary = fields["description"] ?? fields["summary"]
        guard let body = full ?? summary else { return nil }
        let date =
            fields["pubdate"] ?? fields["dc:date"] ?? fields["published"] ?? fields["updated"]
        let author = fields["dc:creator"] ?? fields["author"]
        var document = IngestDocument(
            origin: "\(origin) item \(documents.count + 1)",
            url: itemLink ?? fields["link"] ?? fields["guid"], title: fields["title"],
            authors: author.map { [$0] } ?? [],
            source: feedTitle, body: .html(Array(body.utf8)))
        document.isSummary = full == nil
        document.readPublished(date)
        return document
    }
}
