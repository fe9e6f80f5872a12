import Foundation
import ParallaxCore

/// Reads a page's title, authors, dates, site, address, language and description from JSON-LD,
/// OpenGraph and other meta tags, `<time>` and the URL, and normalises them.
struct MetadataExtractor {
    let tree: HTMLTree
    let linked: LinkedData
    let url: String?

    func metadata() -> PageMetadata {
        var meta: [String: String] = [:]
        var canonical: String?
        var language = tree.elements(.html).first.flatMap { tree.attribute("lang", of: $0) }
        for index in tree.elements(.meta) {
            let key =
                (tree.attribute("property", of: index) ?? tree.attribute("name", of: index)
                ?? tree.attribute("itemprop", of: index) ?? tree.attribute("http-equiv", of: index))?
                .lowercased()
            guard let key, let content = tree.attribute("content", of: index), !content.isEmpty
            else {
                continue
            }
            if meta[key] == nil { meta[key] = content }
        }
        for index in tree.elements(.link)
        where tree.attribute("rel", of: index)?.lowercased() == "canonical" {
            canonical = canonical ?? tree.attribute("href", of: index)
        }
        language = language ?? meta["content-language"] ?? meta["og:locale"] ?? linked.language

        var result = PageMetadata()
        let pageTitle = tree.elements(.title).first.map { tree.text(of: $0) }
        let heading = tree.elements(.h1).first.map { tree.text(of: $0) }
        result.title = [
            linked.headline, meta["og:title"], meta["twitter:title"], heading,
            pageTitle.map(Self.stripSite),
        ]
        .compactMap { $0.map(HTMLText.collapse) }.first { !$0.isEmpty }
        result.authors =
            linked.authors.isEmpty
            ? [
                meta["author"], meta["article:author"], meta["byl"], meta["parsely-author"],
                meta["sailthru.author"],
            ]
            .compactMap { $0 }.filter { !$0.hasPrefix("http") }.map(Self.stripBy)
            : linked.authors
        result.authors =
            Array(NSOrderedSet(array: result.authors.map(HTMLText.collapse).filter { !$0.isEmpty }))
            as? [String] ?? []
        let times = tree.elements(.time).compactMap { tree.attribute("datetime", of: $0) }
        let publishedCandidates: [String?] = [
            linked.published, meta["article:published_time"], meta["og:published_time"],
            meta["datepublished"], meta["pubdate"], meta["publishdate"], meta["publish-date"],
            meta["date"], meta["dc.date"], meta["dc.date.issued"], meta["dcterms.created"],
            meta["sailthru.date"], meta["parsely-pub-date"], meta["article.published"], times.first,
        ]
        result.published =
            publishedCandidates.compactMap { $0 }.lazy.compactMap(Self.isoDate).first
            ?? url.flatMap(Self.dateInURL)
        result.modified =
            [
                linked.modified, meta["article:modified_time"], meta["og:updated_time"],
                meta["datemodified"], meta["last-modified"],
            ].compactMap { $0 }.lazy.compactMap(Self.isoDate).first
        result.siteName = meta["og:site_name"] ?? linked.publisher ?? meta["application-name"]
        result.canonicalURL = canonical ?? meta["og:url"] ?? linked.url ?? url
        result.language = language.map { String($0.prefix { $0 != "_" && $0 != "-" }).lowercased() }
        result.description = meta["description"] ?? meta["og:description"] ?? linked.description
        return result
    }

    /// "Title - Site Name" becomes "Title".
    static func stripSite(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let range = title.range(of: separator, options: .backwards) {
                let head = String(title[..<range.lowerBound])
                if TextShape.words(head) >= 3 { return head }
            }
        }
        return title
    }

    static func stripBy(_ author: String) -> String {
        let trimmed = author.trimmingCharacters(in: .whitespaces)
        return trimmed.lowercased().hasPrefix("by ") ? String(trimmed.dropFirst(3)) : trimmed
    }

    private static let isoPattern = try! NSRegularExpression(
        pattern:
            #"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?"#
    )

    /// A date in ISO 8601: "2019-11-19T10:00:00-05:00", or "2019-11-19" without a time.
    static func isoDate(_ text: String) -> String? {
        let range = NSRange(text.startIndex..., in: text)
        if let match = isoPattern.firstMatch(in: text, range: range) {
            func group(_ number: Int) -> String? {
                Range(match.range(at: number), in: text).map { String(text[$0]) }
            }
            let date = "\(group(1)!)-\(group(2)!)-\(group(3)!)"
            guard let hour = group(4), let minute = group(5) else { return date }
            var zone = group(7) ?? ""
            if zone.count == 5 { zone.insert(":", at: zone.index(zone.startIndex, offsetBy: 3)) }
            return "\(date)T\(hour):\(minute):\(group(6) ?? "00")\(zone)"
        }
        // "Tue, 19 Nov 2019", "November 19, 2019".
        let dates = DateExtractor.dates(in: text)
        if let date = dates.first(where: { $0.year != nil && $0.month != nil && $0.day != nil }) {
            return String(format: "%04d-%02d-%02d", date.year!, date.month!, date.day!)
        }
        return nil
    }

    private static let urlDate = try! NSRegularExpression(
        pattern:
            #"/((?:19|20)\d{2})[/-](0[1-9]|1[0-2]|[1-9])[/-](0[1-9]|[12]\d|3[01]|[1-9])(?:/|[^\d]|$)"#
    )

    /// A date written in an address: ".../2019/11/19/...".
    static func dateInURL(_ url: String) -> String? {
        let range = NSRange(url.startIndex..., in: url)
        guard let match = urlDate.firstMatch(in: url, range: range) else { return nil }
        let parts = (1...3).map { Int((url as NSString).substring(with: match.range(at: $0)))! }
        return String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])
    }
}

/// Word counting for titles.
enum TextShape {
    static func words(_ text: String) -> Int {
        text.split(whereSeparator: \.isWhitespace).count
    }
}
