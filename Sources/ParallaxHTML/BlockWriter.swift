import Foundation
import ParallaxCore

/// Writes the text under chosen nodes as blocks, one per paragraph, heading, list item,
/// quotation or caption, dropping furniture and blocks that are mostly links.
struct BlockWriter {
    let tree: HTMLTree
    let excluded: [Bool]

    /// The largest share of a short block's text that may be link text.
    static let maximumLinkDensity = 0.5

    private struct Pending {
        var text = ""
        var linkCharacters = 0
        var kind: ExtractedPage.Block.Kind = .paragraph
    }

    func blocks(of roots: [Int]) -> [ExtractedPage.Block] {
        var blocks: [ExtractedPage.Block] = []
        var pending = Pending()
        func flush() {
            let text = HTMLText.collapse(pending.text)
            defer { pending = Pending() }
            guard !text.isEmpty else { return }
            let density = Double(pending.linkCharacters) / Double(max(1, text.utf8.count))
            if density > Self.maximumLinkDensity && text.utf8.count < 300 { return }
            if ChromeDetector.reason(for: text) != nil || Self.isAddress(text)
                || Self.isPromotion(text)
            {
                return
            }
            let kind = Self.isCredited(text) ? .caption : pending.kind
            blocks.append(ExtractedPage.Block(kind: kind, text: text))
        }
        // Events: a node entered (true) or left (false).
        for root in roots {
            var stack: [(Int, Bool)] = [(root, true)]
            var kinds: [ExtractedPage.Block.Kind] = []
            var linkDepth = 0
            while let (index, entering) = stack.popLast() {
                let node = tree.nodes[index]
                if !entering {
                    if HTMLTag.blocks.contains(node.tag) {
                        flush()
                        if Self.kind(of: node.tag) != nil { kinds.removeLast() }
                        pending.kind = kinds.last ?? .paragraph
                    }
                    if node.tag == .a { linkDepth -= 1 }
                    continue
                }
                guard !excluded[index] else { continue }
                if node.tag == .text {
                    let text = tree.texts[Int(node.text)]
                    pending.text += text
                    if linkDepth > 0 { pending.linkCharacters += text.utf8.count }
                    continue
                }
                // The page's own headline is not part of the body.
                if node.tag == .h1 { continue }
                if HTMLTag.blocks.contains(node.tag) {
                    flush()
                    if let kind = Self.kind(of: node.tag) { kinds.append(kind) }
                    pending.kind = kinds.last ?? .paragraph
                }
                if node.tag == .a { linkDepth += 1 }
                stack.append((index, false))
                var children: [Int] = []
                var child = node.firstChild
                while child >= 0 {
                    children.append(Int(child))
                    child = tree.nodes[Int(child)].nextSibling
                }
                for child in children.reversed() { stack.append((child, true)) }
            }
            flush()
        }
        return blocks
    }

    private static let credit = try! NSRegularExpression(
        pattern:
            #"(?:\((?:image|photo|picture|pic|credit|source|video)s?(?::| by)[^)]{0,80}\)|\(AP Photo[^)]{0,80}\)|credit: ?[^.]{0,60})\s*$"#,
        options: [.caseInsensitive])

    /// Whether a block ends in a picture credit, as captions do: "… (Image: GETTY)".
    static func isCredited(_ text: String) -> Bool {
        // Every credit has a parenthesis or a colon; most blocks have neither near their end.
        guard text.utf8.count < 400, text.utf8.contains(where: { $0 == 0x28 || $0 == 0x3A })
        else { return false }
        let range = NSRange(text.startIndex..., in: text)
        return credit.firstMatch(in: text, range: range) != nil
    }

    private static let promotionWords: [[UInt8]] = [
        "sign up", "subscribe", "newsletter", "your inbox", "get access to", "alerts",
    ].map { Array($0.utf8) }
    /// Phrases of the notes that close articles: credits and invitations to follow.
    private static let trailerPhrases: [[UInt8]] = [
        "contributed to this report", "contributed reporting", "follow us on", "follow him on",
        "follow her on", "follow them on", "or follow him", "or follow her", "section on facebook",
    ].map { Array($0.utf8) }
    private static let newsletter = Array("newsletter".utf8)

    /// Whether a short block asks the reader to sign up or subscribe.
    static func isPromotion(_ text: String) -> Bool {
        guard text.utf8.count < 300 else { return false }
        let lower = Array(text.lowercased().utf8)
        if trailerPhrases.contains(where: { Bytes.find($0, in: lower) }) { return true }
        let asks = promotionWords.filter { Bytes.find($0, in: lower) }.count
        return asks >= 2
            || (asks == 1 && Bytes.find(newsletter, in: lower) && text.utf8.count < 200)
    }

    /// Whether a block is nothing but a web or mail address.
    static func isAddress(_ text: String) -> Bool {
        guard !text.utf8.contains(0x20) else { return false }
        return text.hasPrefix("http://") || text.hasPrefix("https://") || text.hasPrefix("www.")
            || text.utf8.contains(0x40) || text.hasPrefix("twitter.com/")
    }

    static func kind(of tag: HTMLTag) -> ExtractedPage.Block.Kind? {
        switch tag {
        case .h2, .h3, .h4, .h5, .h6: return .heading
        case .li, .dd, .dt: return .listItem
        case .blockquote: return .quote
        case .figcaption, .caption, .figure: return .caption
        case .pre: return .preformatted
        case .p: return .paragraph
        default: return nil
        }
    }
}
