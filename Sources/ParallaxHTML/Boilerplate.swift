import Foundation

/// Elements that are page furniture, not article, by tag or by what their class and id say.
enum Boilerplate {
    /// Structural tags of furniture.
    static let tags: Set<HTMLTag> = [.nav, .footer, .aside, .header, .menu, .form]

    /// Marks every node that is, or is inside, furniture.
    ///
    /// - Complexity: O(*n*), parents before children.
    static func excluded(_ tree: HTMLTree) -> [Bool] {
        // Prose under each node, before anything is excluded: a class name that sounds like
        // furniture does not exclude an element holding much of the page's prose.
        let count = tree.nodes.count
        var prose = [Int](repeating: 0, count: count)
        for index in stride(from: count - 1, through: 1, by: -1) {
            let node = tree.nodes[index]
            if node.tag == .text, tree.nodes[Int(node.parent)].tag == .p {
                prose[index] = ContentExtractor.visibleLength(tree.texts[Int(node.text)])
            }
            if !HTMLTag.neverContent.contains(node.tag) { prose[Int(node.parent)] += prose[index] }
        }
        let pageProse = max(1, prose[0])
        var excluded = [Bool](repeating: false, count: count)
        var cache: [String: Bool] = [:]
        for index in 1..<count {
            let node = tree.nodes[index]
            if excluded[Int(node.parent)] {
                excluded[index] = true
                continue
            }
            if node.tag == .text { continue }
            if HTMLTag.neverContent.contains(node.tag) || isHidden(tree, index) {
                excluded[index] = true
                continue
            }
            let holdsTheProse = Double(prose[index]) > Double(pageProse) * 0.4
            if tags.contains(node.tag) || isFurnitureByName(tree, index, cache: &cache) {
                excluded[index] = !holdsTheProse
            }
        }
        return excluded
    }

    /// A bonus or malus for a candidate body from its tag and class.
    static func weight(_ tree: HTMLTree, _ index: Int) -> Double {
        var weight = 1.0
        switch tree.nodes[index].tag {
        case .article: weight *= 1.2
        case .main: weight *= 1.1
        default: break
        }
        if isPositive(tree, index) { weight *= 1.5 }
        if tree.attribute("itemprop", of: index) == "articleBody" { weight *= 2 }
        return weight
    }

    private static let displayNone = Array("display:none".utf8)
    private static let visibilityHidden = Array("visibility:hidden".utf8)

    static func isHidden(_ tree: HTMLTree, _ index: Int) -> Bool {
        if tree.attribute("hidden", of: index) != nil { return true }
        if tree.attribute("aria-hidden", of: index) == "true" { return true }
        if let style = tree.attribute("style", of: index) {
            let compact = Bytes.compactLowercase(style)
            if Bytes.find(displayNone, in: compact) || Bytes.find(visibilityHidden, in: compact) {
                return true
            }
        }
        return false
    }

    /// The class and id of an element, as "class#id", or `nil` when it has neither or is one
    /// of the page's outer elements, whose layout classes say nothing of content.
    static func names(_ tree: HTMLTree, _ index: Int) -> String? {
        let tag = tree.nodes[index].tag
        guard tag != .html, tag != .body, tag != .article, tag != .main, tag != .p else {
            return nil
        }
        let classes = tree.attribute("class", of: index)
        let id = tree.attribute("id", of: index)
        guard classes != nil || id != nil else { return nil }
        return (classes ?? "") + "#" + (id ?? "")
    }

    /// The class and id of an element as lower-case word tokens.
    static func classTokens(_ tree: HTMLTree, _ index: Int) -> [Substring]? {
        guard let value = names(tree, index)?.lowercased() else { return nil }
        // Split on ASCII punctuation and spaces, byte by byte; other bytes are word bytes.
        return value.utf8.split { byte in
            byte < 0x80 && !((byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39))
        }.map { Substring($0) }
    }

    /// Whether the tokens hold one of `words`, or two adjacent tokens one of `pairs`.
    static func matches(_ tokens: [Substring], words: Set<Substring>, pairs: Set<String>) -> Bool {
        for (position, token) in tokens.enumerated() {
            if words.contains(token) { return true }
            if position + 1 < tokens.count, pairStarts.contains(token),
                pairs.contains("\(token)-\(tokens[position + 1])")
            {
                return true
            }
        }
        return false
    }

    // Class and id names are matched as words, not with regular expressions, which cost a
    // tenth of extraction time when they were.

    /// Whether an element's class and id name furniture and not content; pages repeat class
    /// names, so each is judged once per page.
    static func isFurnitureByName(_ tree: HTMLTree, _ index: Int, cache: inout [String: Bool])
        -> Bool
    {
        guard let key = names(tree, index) else { return false }
        if let known = cache[key] { return known }
        let verdict = isNegative(tree, index) && !isPositive(tree, index)
        cache[key] = verdict
        return verdict
    }

    static func isNegative(_ tree: HTMLTree, _ index: Int) -> Bool {
        guard let tokens = classTokens(tree, index) else { return false }
        return matches(tokens, words: negativeWords, pairs: negativePairs)
    }

    static func isPositive(_ tree: HTMLTree, _ index: Int) -> Bool {
        guard let tokens = classTokens(tree, index) else { return false }
        return matches(tokens, words: positiveWords, pairs: positivePairs)
    }

    private static let negativeWords: Set<Substring> = [
        "comment", "comments", "share", "sharing", "social", "related", "recommend",
        "recommended", "recommendation", "recommendations", "promo", "newsletter", "subscribe",
        "subscription", "signup", "cookie", "consent", "gdpr", "advert", "advertisement", "ad",
        "ads", "adunit", "sponsor", "sponsored", "sidebar", "footer", "nav", "navigation", "menu",
        "breadcrumb", "breadcrumbs", "byline", "popup", "modal", "paywall", "outbrain", "taboola",
        "trending", "disclaimer", "pagination", "pager", "headline", "tags", "gallery",
        "slideshow", "carousel", "thumbs", "lightbox", "cta",
    ]

    /// The first words of every pair, so most tokens need no pair built.
    private static let pairStarts: Set<Substring> = Set(
        (negativePairs.union(positivePairs)).map { Substring($0.prefix { $0 != "-" }) })

    private static let negativePairs: Set<String> = [
        "ad-slot", "more-stories", "read-more", "also-read", "most-popular", "visually-hidden",
        "sr-only", "share-bar", "author-bio",
    ]

    private static let positiveWords: Set<Substring> = [
        "articlebody", "storybody", "postbody", "entrycontent", "articlecontent", "storycontent",
        "postcontent", "articletext", "bodytext", "maincontent", "story", "article", "content",
        "text",
    ]

    private static let positivePairs: Set<String> = [
        "article-body", "story-body", "post-body", "entry-content", "article-content",
        "story-content", "post-content", "article-text", "body-text", "main-content",
    ]
}
