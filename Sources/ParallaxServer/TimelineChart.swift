import Foundation
import ParallaxCore

/// The story's timeline drawn as inline SVG: a lane per outlet with a dot per article when it
/// was published (copies hollow), and a lane on top marking when facts first appeared.
///
/// Written by hand rather than through a template because every coordinate is computed; every
/// piece of text in it passes through ``HTMLEscape``.
enum TimelineChart {
    static let width = 720.0
    static let labelWidth = 170.0
    static let laneHeight = 26.0

    static func svg(_ view: StoryView) -> String {
        let dated = view.articles.compactMap(\.published)
        let outlets = orderedOutlets(view.articles)
        guard let start = dated.min(), let end = dated.max(), !outlets.isEmpty else { return "" }
        let span = max(end.timeIntervalSince(start), 1)
        let plotStart = labelWidth + 10
        let plotWidth = width - plotStart - 20
        func x(_ date: Date) -> Double {
            dated.count == 1 || end == start
                ? plotStart + plotWidth / 2
                : plotStart + plotWidth * date.timeIntervalSince(start) / span
        }
        let height = laneHeight * Double(outlets.count + 2) + 24
        var out =
            "<svg class=\"timeline\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" role=\"img\" aria-label=\"Timeline of the story's articles and facts\">"

        // The facts lane: one mark per moment facts first appeared, sized by how many.
        var appeared: [Date: (text: String, count: Int)] = [:]
        for fact in view.report?.timeline.facts ?? [] {
            guard let first = fact.first, let date = PlainTextArticle.parseDate(first) else {
                continue
            }
            appeared[date, default: (first, 0)].count += 1
        }
        out += label("facts first seen", y: laneHeight - 8, classes: "lane-label facts")
        for (date, (text, count)) in appeared.sorted(by: { $0.key < $1.key }) {
            let radius = min(4 + Double(count), 12)
            out +=
                "<circle class=\"fact-mark\" cx=\"\(fixed(x(date)))\" cy=\"\(fixed(laneHeight - 12))\" r=\"\(fixed(radius))\"><title>\(count) fact\(count == 1 ? "" : "s") first reported \(HTMLEscape.text(text))</title></circle>"
        }

        for (lane, outlet) in outlets.enumerated() {
            let y = laneHeight * Double(lane + 2)
            out +=
                "<line class=\"lane\" x1=\"\(fixed(plotStart))\" x2=\"\(fixed(plotStart + plotWidth))\" y1=\"\(fixed(y - 4))\" y2=\"\(fixed(y - 4))\"/>"
            out += label(outlet, y: y, classes: "lane-label")
            for article in view.articles where article.source == outlet {
                guard let published = article.publishedDate?.date,
                    let when = article.publishedDate?.text
                else { continue }
                let title = HTMLEscape.text(
                    "\(article.source): \(article.title ?? article.id) (\(when))"
                        + (article.copyOf == nil ? "" : ", a copy"))
                out +=
                    "<a href=\"/articles/\(HTMLEscape.text(article.id))\"><circle class=\"\(article.copyOf == nil ? "article-mark" : "article-mark copy")\" cx=\"\(fixed(x(published)))\" cy=\"\(fixed(y - 4))\" r=\"6\"><title>\(title)</title></circle></a>"
            }
        }
        let axis = height - 8
        out += "<text class=\"axis\" x=\"\(fixed(plotStart))\" y=\"\(fixed(axis))\">"
        out += HTMLEscape.text(start.formatted(.iso8601)) + "</text>"
        if end != start {
            out +=
                "<text class=\"axis end\" x=\"\(fixed(plotStart + plotWidth))\" y=\"\(fixed(axis))\" text-anchor=\"end\">"
            out += HTMLEscape.text(end.formatted(.iso8601)) + "</text>"
        }
        return out + "</svg>"
    }

    /// The outlets in the order they first published, undated ones last.
    static func orderedOutlets(_ articles: [StoryView.Member]) -> [String] {
        var first: [String: Date] = [:]
        var order: [String] = []
        for article in articles {
            if !order.contains(article.source) { order.append(article.source) }
            if let date = article.published, date < first[article.source] ?? .distantFuture {
                first[article.source] = date
            }
        }
        return order.enumerated().sorted {
            (first[$0.element] ?? .distantFuture, $0.offset)
                < (first[$1.element] ?? .distantFuture, $1.offset)
        }.map(\.element)
    }

    private static func label(_ text: String, y: Double, classes: String) -> String {
        let clipped = text.count > 24 ? String(text.prefix(23)) + "…" : text
        return
            "<text class=\"\(classes)\" x=\"\(fixed(labelWidth))\" y=\"\(fixed(y))\" text-anchor=\"end\">\(HTMLEscape.text(clipped))</text>"
    }

    private static func fixed(_ value: Double) -> String {
        String(format: "%.1f", value)
    }
}

/// Escapes text for HTML and SVG, text or quoted attribute.
enum HTMLEscape {
    static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
