import Foundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// A feed a subscription list names.
public struct FeedSubscription: Hashable, Sendable {
    public var title: String?
    /// The feed's address.
    public var feedURL: String
    /// The site's address, when given.
    public var siteURL: String?
}

/// Reads OPML subscription lists: every `<outline>` with an `xmlUrl`, nested folders included.
public struct OPMLReader: Sendable {
    public init() {}

    /// The subscriptions in `bytes`.
    ///
    /// - Throws: ``FeedReader/Failure`` when the bytes are not OPML.
    public func subscriptions(_ bytes: [UInt8]) throws -> [FeedSubscription] {
        let delegate = OPMLDelegate()
        let parser = XMLParser(data: Data(XMLText.repaired(bytes)))
        parser.delegate = delegate
        let parsed = parser.parse()
        guard delegate.root?.lowercased() == "opml" else {
            throw FeedReader.Failure(
                description: delegate.root.map { "not OPML: its root element is <\($0)>" }
                    ?? "not OPML: \(parser.parserError?.localizedDescription ?? "no XML")")
        }
        if !parsed, delegate.subscriptions.isEmpty {
            throw FeedReader.Failure(
                description: "malformed OPML: \(parser.parserError?.localizedDescription ?? "")")
        }
        return delegate.subscriptions
    }
}

final class OPMLDelegate: NSObject, XMLParserDelegate {
    var root: String?
    var subscriptions: [FeedSubscription] = []

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?,
        qualifiedName: String?, attributes: [String: String] = [:]
    ) {
        if root == nil { root = name }
        guard name.lowercased() == "outline" else { return }
        let lowered = Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }) { first, _ in
            first
        }
        guard let feed = lowered["xmlurl"], !feed.isEmpty else { return }
        subscriptions.append(
            FeedSubscription(
                title: lowered["title"] ?? lowered["text"], feedURL: feed,
                siteURL: lowered["htmlurl"]))
    }
}
