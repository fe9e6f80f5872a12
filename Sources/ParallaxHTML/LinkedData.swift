import Foundation
import ParallaxCore

/// What a page says about itself in JSON-LD (`<script type="application/ld+json">`): the
/// article's body, headline, authors, dates, publisher and address.
struct LinkedData {
    var articleBody: String?
    var headline: String?
    var authors: [String] = []
    var published: String?
    var modified: String?
    var publisher: String?
    var url: String?
    var language: String?
    var description: String?

    static let articleTypes: Set<String> = [
        "article", "newsarticle", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
        "opinionnewsarticle", "backgroundnewsarticle", "webpage", "liveblogposting", "report",
        "scholarlyarticle", "techarticle", "socialmediaposting", "review", "creativework",
    ]

    /// Reads every JSON-LD block of `tree`; malformed blocks are skipped.
    init(_ tree: HTMLTree) {
        for script in tree.elements(.script) {
            guard tree.attribute("type", of: script)?.lowercased().contains("ld+json") == true
            else {
                continue
            }
            var text = ""
            for child in tree.children(of: script) where tree.nodes[child].tag == .text {
                text += tree.texts[Int(tree.nodes[child].text)]
            }
            guard let data = text.data(using: .utf8),
                let json = try? JSONSerialization.jsonObject(
                    with: data, options: [.fragmentsAllowed])
            else { continue }
            visit(json, depth: 0)
        }
    }

    private mutating func visit(_ value: Any, depth: Int) {
        guard depth < 8 else { return }
        if let array = value as? [Any] {
            for item in array { visit(item, depth: depth + 1) }
            return
        }
        guard let object = value as? [String: Any] else { return }
        if let graph = object["@graph"] { visit(graph, depth: depth + 1) }
        let types = Self.strings(object["@type"]).map { $0.lowercased() }
        guard types.contains(where: Self.articleTypes.contains) else {
            if let main = object["mainEntity"] { visit(main, depth: depth + 1) }
            return
        }
        let isArticle = !types.allSatisfy { $0 == "webpage" }
        if isArticle || articleBody == nil {
            if let body = object["articleBody"] as? String, body.count > (articleBody?.count ?? 0) {
                articleBody = Entities.decode(body)
            }
        }
        headline =
            headline ?? (object["headline"] as? String)
            ?? (isArticle ? object["name"] as? String : nil)
        if authors.isEmpty { authors = Self.names(object["author"]).map(Entities.decode) }
        published = published ?? (object["datePublished"] as? String)
        modified = modified ?? (object["dateModified"] as? String)
        publisher = publisher ?? Self.names(object["publisher"]).first
        url = url ?? (object["url"] as? String) ?? Self.strings(object["mainEntityOfPage"]).first
        language = language ?? (object["inLanguage"] as? String)
        description = description ?? (object["description"] as? String)
    }

    static func strings(_ value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let array = value as? [Any] { return array.flatMap { strings($0) } }
        if let object = value as? [String: Any], let id = object["@id"] as? String { return [id] }
        return []
    }

    static func names(_ value: Any?) -> [String] {
        if let string = value as? String { return [string] }
        if let array = value as? [Any] { return array.flatMap { names($0) } }
        if let object = value as? [String: Any], let name = object["name"] as? String {
            return [name]
        }
        return []
    }
}
