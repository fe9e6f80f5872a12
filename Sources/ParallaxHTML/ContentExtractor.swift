import Foundation
import ParallaxCore

/// Finds the article body of a news page, with no per-site rules.
///
/// Boilerplate is dropped by what elements are (navigation, asides, footers, forms, scripts)
/// and by what their class and id say (share, related, comments, newsletter, ads). Paragraphs
/// then vote for their ancestors by how much prose they hold, less their links, and the best
/// ancestor, with the siblings that look like it, is the body. When the page carries its own
/// `articleBody` in JSON-LD and the visible text confirms it, that is used instead.
public struct ContentExtractor: Sendable {
    /// The least characters a paragraph needs to vote.
    public var minimumParagraph = 25

    public init() {}

    /// Extracts the body of `tree`.
    ///
    /// - Complexity: O(*n*) in the number of nodes.
    public func extract(_ tree: HTMLTree) -> [ExtractedPage.Block] {
        var candidates: [String] = []
        return extract(tree, candidates: &candidates)
    }

    /// Extracts the body of `tree`, and describes the five best candidate containers, for a
    /// person asking why the body is what it is.
    public func extract(_ tree: HTMLTree, candidates: inout [String]) -> [ExtractedPage.Block] {
        let count = tree.nodes.count
        guard count > 1 else { return [] }
        let excluded = Boilerplate.excluded(tree)

        // Text and link text under each node, and the part of it not inside a nested block
        // (a node's own prose), accumulated from the leaves up: children come after their
        // parents in document order.
        var textLength = [Int](repeating: 0, count: count)
        var linkLength = [Int](repeating: 0, count: count)
        var ownLength = [Int](repeating: 0, count: count)
        var ownLinks = [Int](repeating: 0, count: count)
        var ownCommas = [Int](repeating: 0, count: count)
        var inLink = [Bool](repeating: false, count: count)
        for index in 1..<count {
            let parent = Int(tree.nodes[index].parent)
            inLink[index] = inLink[parent] || tree.nodes[index].tag == .a
        }
        for index in stride(from: count - 1, through: 1, by: -1) where !excluded[index] {
            let node = tree.nodes[index]
            let parent = Int(node.parent)
            if node.tag == .text {
                let text = tree.texts[Int(node.text)]
                let length = Self.visibleLength(text)
                textLength[index] = length
                ownLength[index] = length
                ownCommas[index] = text.utf8.reduce(0) { $0 + ($1 == UInt8(ascii: ",") ? 1 : 0) }
                if inLink[index] {
                    linkLength[index] = length
                    ownLinks[index] = length
                }
            }
            textLength[parent] += textLength[index]
            linkLength[parent] += linkLength[index]
            if node.tag == .text || !HTMLTag.blocks.contains(node.tag) {
                ownLength[parent] += ownLength[index]
                ownLinks[parent] += ownLinks[index]
                ownCommas[parent] += ownCommas[index]
            }
        }

        // Blocks of prose vote for their ancestors.
        var score = [Double](repeating: 0, count: count)
        for index in 1..<count where !excluded[index] && Self.votes(tree.nodes[index].tag) {
            let length = ownLength[index] - ownLinks[index]
            guard length >= minimumParagraph else { continue }
            let vote = 1 + Double(ownCommas[index]) + min(Double(length) / 100, 3)
            var ancestor = Int(tree.nodes[index].parent)
            var level = 0
            while ancestor > 0, level < 3 {
                score[ancestor] += vote / (level == 0 ? 1 : Double(level) * 2)
                ancestor = Int(tree.nodes[ancestor].parent)
                level += 1
            }
        }
        var best = -1
        var bestScore = 0.0
        for index in 1..<count where score[index] > 0 && !excluded[index] {
            let density =
                textLength[index] > 0 ? Double(linkLength[index]) / Double(textLength[index]) : 1
            let weighted = score[index] * Boilerplate.weight(tree, index) * (1 - density)
            score[index] = weighted
            if weighted > bestScore {
                bestScore = weighted
                best = index
            }
        }
        let ranked = (1..<count).filter { score[$0] > 0 }.sorted { score[$0] > score[$1] }.prefix(5)
        candidates = ranked.map { index in
            let label = [tree.attribute("class", of: index), tree.attribute("id", of: index)]
                .compactMap { $0 }.joined(separator: " ")
            return String(
                format: "node %d <%@ %@> score %.1f, %d characters, %d in links", index,
                "\(tree.nodes[index].tag.rawValue)", label, score[index], textLength[index],
                linkLength[index])
        }
        guard best > 0 else { return fallback(tree, excluded: excluded) }

        // The body is the best node and the siblings that look like it.
        var roots: [Int] = []
        let parent = Int(tree.nodes[best].parent)
        let threshold = max(10, bestScore * 0.2)
        for sibling in tree.children(of: parent) where !excluded[sibling] {
            if sibling == best {
                roots.append(sibling)
                continue
            }
            let length = textLength[sibling]
            let density = length > 0 ? Double(linkLength[sibling]) / Double(length) : 1
            // A sibling that scores well joins when it holds prose of the body's order of size,
            // not a teaser for another story.
            if score[sibling] >= threshold, length * 4 >= textLength[best] {
                roots.append(sibling)
            } else if Self.votes(tree.nodes[sibling].tag) {
                let text = tree.text(of: sibling)
                if (length > 80 && density < 0.25)
                    || (length > 0 && density == 0 && TextShape.endsSentence(text))
                {
                    roots.append(sibling)
                }
            }
        }
        // A body split into several containers of one kind ("article__body" between ads) is
        // gathered whole: other nodes of the best node's tag and class that hold prose too.
        if let bestClass = tree.attribute("class", of: best), !bestClass.isEmpty {
            let covered = Set(roots.flatMap { tree.subtree($0) })
            for index in 1..<count
            where !excluded[index] && !covered.contains(index)
                && tree.nodes[index].tag == tree.nodes[best].tag
                && score[index] >= threshold
                && tree.attribute("class", of: index) == bestClass
            {
                var ancestor = Int(tree.nodes[index].parent)
                var inside = false
                while ancestor > 0 {
                    if roots.contains(ancestor) { inside = true }
                    ancestor = Int(tree.nodes[ancestor].parent)
                }
                if !inside { roots.append(index) }
            }
            roots.sort()
        }
        // Lists of links to other stories inside the body ("More Great Stories") go.
        var kept = excluded
        for index in 1..<count
        where !excluded[index]
            && (tree.nodes[index].tag == .ul || tree.nodes[index].tag == .ol)
        {
            let items = tree.children(of: index).filter { tree.nodes[$0].tag == .li }
            let linked = items.filter { linkLength[$0] > 0 }.count
            if items.count >= 3, Double(linked) >= Double(items.count) * 0.8,
                Double(linkLength[index]) >= Double(textLength[index]) * 0.3
            {
                for node in tree.subtree(index) { kept[node] = true }
            }
        }
        return BlockWriter(tree: tree, excluded: kept).blocks(of: roots)
    }

    /// With no paragraph to vote, the body is the page's visible text, in blocks.
    func fallback(_ tree: HTMLTree, excluded: [Bool]) -> [ExtractedPage.Block] {
        let body = tree.elements(.body).first ?? 0
        return BlockWriter(tree: tree, excluded: excluded).blocks(of: [body])
    }

    /// Whether elements with this tag vote with their own prose.
    static func votes(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .p, .pre, .blockquote, .td, .div, .section, .li, .dd, .font, .center: return true
        default: return false
        }
    }

    /// Characters of a text node that are not whitespace.
    static func visibleLength(_ text: String) -> Int {
        var length = 0
        for byte in text.utf8 where byte > 0x20 && (byte & 0xC0) != 0x80 { length += 1 }
        return length
    }
}
