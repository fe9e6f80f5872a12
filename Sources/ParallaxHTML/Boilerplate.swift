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
            if tags.contains(node.tag) || (isNegative(tree, index) && !isPositive(tree, index)) {
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

    static func isHidden(_ tree: HTMLTree, _ index: Int) -> Bool {
        if tree.attribute("hidden", of: index) != nil { return true }
        if tree.attribute("aria-hidden", of: index) == "true" { return true }
        if let style = tree.attribute("style", of: index)?.lowercased().replacingOccurrences(
            of: " ", with: ""),
            style.contains("display:none") || style.contains("visibility:hidden")
        {
            return true
        }
        return false
    }

    static func classAndID(_ tree: HTMLTree, _ index: Int) -> String? {
        let tag = tree.nodes[index].tag
        // The page's outer elements often carry layout classes that say nothing of content.
        guard tag != .html, tag != .body, tag != .article, tag != .main, tag != .p else {
            return nil
        }
        let value = [tree.attribute("class", of: index), tree.attribute("id", of: index)]
            .compactMap { $0 }.joined(separator: " ").lowercased()
        return value.isEmpty ? nil : value
    }

    static func isNegative(_ tree: HTMLTree, _ index: Int) -> Bool {
        guard let value = classAndID(tree, index) else { return false }
        let range = NSRange(value.startIndex..., in: value)
        return negative.firstMatch(in: value, range: range) != nil
    }

    static func isPositive(_ tree: HTMLTree, _ index: Int) -> Bool {
        guard let value = classAndID(tree, index) else { return false }
        let range = NSRange(value.startIndex..., in: value)
        return positive.firstMatch(in: value, range: range) != nil
    }

    private static let negative = try! NSRegularExpression(
        pattern: "(?:^|[-_ ])(?:"
            + [
                "comments?", "share", "sharing", "social", "related", "recommend(?:ed|ations?)?",
                "promo", "newsletter", "subscribe", "subscription", "signup", "cookie", "consent",
                "gdpr", "advert(?:isement)?", "ads?", "ad-slot", "adunit", "sponsor(?:ed)?",
                "sidebar", "footer", "nav", "navigation", "menu", "breadcrumbs?", "byline",
                "popup", "modal", "paywall", "outbrain", "taboola", "more-stories", "read-more",
                "also-read", "trending", "most-popular", "disclaimer", "pagination", "pager",
                "visually-hidden", "sr-only", "headline", "share-bar", "tags", "author-bio",
                "gallery", "slideshow", "carousel", "thumbs", "lightbox",
            ].joined(separator: "|") + ")(?:$|[-_ ])")

    private static let positive = try! NSRegularExpression(
        pattern:
            "(?:^|[-_ ])(?:article-?body|story-?body|post-?body|entry-?content|article-?content|"
            + "story-?content|post-?content|articletext|article-?text|body-?text|main-?content|"
            + "story|article|content|text)(?:$|[-_ ])")
}
