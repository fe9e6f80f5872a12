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
            guard let content = tree.attribute("content", of: index), !content.isEmpty else {
                continue
            }
            // Every name a meta tag gives counts: itemprop="datePublished dateCreated".
            let names = ["property", "name", "itemprop", "http-equiv"]
                .compactMap { tree.attribute($0, of: index)?.lowercased() }
                .flatMap { $0.split(separator: " ").map(String.init) }
            for key in names where meta[key] == nil { meta[key] = content }
        }
        for index in tree.elements(.link)
        where tree.attribute("rel", of: index)?.lowercased() == "canonical" {
            canonical = canonical ?? tree.attribute("href", of: index)
        }
        language = language ?? meta["content-language"] ?? meta["og:locale"] ?? linked.language

        var result = PageMetadata()
        let pageTitle = tree.elements(.title).first.map { tree.text(of: $0) }
        let heading = tree.elements(.h1).first.map { tree.text(of: $0) }
        let siteName = meta["og:site_name"] ?? linked.publisher
        let titles: [() -> String?] = [
            { linked.headline }, { meta["og:title"] }, { meta["twitter:title"] }, { heading },
            { pageTitle.map(Self.stripSite) },
        ]
        result.title = titles.lazy.compactMap {
            $0().map { HTMLText.collapse(Entities.decode($0)) }
        }
        .first { !$0.isEmpty }.map { Self.withoutSiteName($0, siteName) }
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
            meta["sailthru.date"], meta["parsely-pub-date"], meta["article.published"],
            meta["article:published"], meta["pdate"], meta["sn-post-date"], meta["date.published"],
            times.first,
        ]
        result.published =
            publishedCandidates.compactMap { $0 }.lazy.compactMap(Self.isoDate).first
            ?? (url ?? canonical ?? meta["og:url"]).flatMap(Self.dateInURL) ?? visibleDate()
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

    /// A date printed on the page in an element whose class names a date ("date-published",
    /// "datetime"), for pages that state it nowhere else.
    func visibleDate() -> String? {
        for index in tree.nodes.indices where tree.nodes[index].tag != .text {
            guard let label = tree.attribute("class", of: index)?.lowercased(),
                ["date", "publish", "time", "byline", "meta", "posted"].contains(
                    where: label.contains)
            else { continue }
            let text = tree.text(of: index)
            guard text.count <= 80, let date = Self.isoDate(text) else { continue }
            return date
        }
        return nil
    }

    /// "Title | TheHill" becomes "Title" when the part after the separator is the site's name.
    static func withoutSiteName(_ title: String, _ siteName: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            guard let range = Self.lastRange(of: separator, in: title) else { continue }
            let tail = title[range.upperBound...].lowercased().filter { $0.isLetter || $0.isNumber }
            let site = (siteName ?? "").lowercased().filter { $0.isLetter || $0.isNumber }
            if !tail.isEmpty, !site.isEmpty, site.contains(tail) || tail.contains(site) {
                return String(title[..<range.lowerBound])
            }
        }
        return title
    }

    /// The last occurrence of `separator` in `title`, found on bytes: Foundation's search was
    /// measured at a tenth of extraction time.
    static func lastRange(of separator: String, in title: String) -> Range<String.Index>? {
        let bytes = Array(title.utf8)
        let needle = Array(separator.utf8)
        guard needle.count <= bytes.count else { return nil }
        var start = bytes.count - needle.count
        while start >= 0 {
            if bytes[start..<start + needle.count].elementsEqual(needle) {
                let lower = title.utf8.index(title.utf8.startIndex, offsetBy: start)
                let upper = title.utf8.index(lower, offsetBy: needle.count)
                return lower..<upper
            }
            start -= 1
        }
        return nil
    }

    /// "Title - Site Name" becomes "Title".
    static func stripSite(_ title: String) -> String {
        for separator in [" | ", " - ", " – ", " — ", " :: "] {
            if let range = Self.lastRange(of: separator, in: title) {
                let head = String(title[..<range.lowerBound])
                if TextShape.wordCount(head) >= 3 { return head }
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
            // Placeholders such as 0001-01-01 are no date.
            guard let year = Int(group(1)!), (1990...2100).contains(year) else { return nil }
            let date = "\(group(1)!)-\(group(2)!)-\(group(3)!)"
            guard let hour = group(4), let minute = group(5) else { return date }
            var zone = group(7) ?? ""
            if zone.count == 5 { zone.insert(":", at: zone.index(zone.startIndex, offsetBy: 3)) }
            return "\(date)T\(hour):\(minute):\(group(6) ?? "00")\(zone)"
        }
        // "20191119" and "2019/11/19".
        let digits = text.filter(\.isNumber)
        if digits.count == 8, text.count <= 10, let year = Int(digits.prefix(4)),
            (1990...2100).contains(year),
            let month = Int(digits.dropFirst(4).prefix(2)), (1...12).contains(month),
            let day = Int(digits.suffix(2)), (1...31).contains(day)
        {
            return String(format: "%04d-%02d-%02d", year, month, day)
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

    private static let urlMonthDate = try! NSRegularExpression(
        pattern:
            #"/((?:19|20)\d{2})/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(0?[1-9]|[12]\d|3[01])/"#,
        options: [.caseInsensitive])
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]

    /// A date written in an address: ".../2019/11/19/..." or ".../2019/nov/18/...".
    static func dateInURL(_ url: String) -> String? {
        let range = NSRange(url.startIndex..., in: url)
        if let match = urlMonthDate.firstMatch(in: url, range: range) {
            let text = url as NSString
            let month =
                months.firstIndex(of: text.substring(with: match.range(at: 2)).lowercased())! + 1
            return String(
                format: "%04d-%02d-%02d", Int(text.substring(with: match.range(at: 1)))!, month,
                Int(text.substring(with: match.range(at: 3)))!)
        }
        guard let match = urlDate.firstMatch(in: url, range: range) else { return nil }
        let parts = (1...3).map { Int((url as NSString).substring(with: match.range(at: $0)))! }
        return String(format: "%04d-%02d-%02d", parts[0], parts[1], parts[2])
    }
}
