import Foundation
import ParallaxCore
import ParallaxStore

/// What the story page template reads: the story's comparison arranged for people, every
/// citation a link to the sentence it cites.
///
/// Sentence anchors are `s{source}-{sentence}`, fact anchors `fact-{id}`; the template escapes
/// every text, and the only markup passed through unescaped is the timeline chart, which
/// ``TimelineChart`` escapes itself.
struct StoryPage {
    struct Cite {
        var label: String
        var href: String
        var source: String
    }
    struct SummaryLine {
        /// Sources that back the line without some of its figures or dates.
        struct Partial {
            var missing: String
            var cites: [Cite]
        }
        var text: String
        var disputed: Bool
        var cites: [Cite]
        var partial: [Partial]
    }
    struct Source {
        var number: Int
        var name: String
        var title: String?
        var published: String?
        var href: String
    }
    struct Cell {
        var stance: String
        var mark: String
        var source: String
        var href: String?
    }
    struct Row {
        var fact: String
        var claim: String
        var contested: Bool
        var cells: [Cell]
    }
    struct Side {
        var source: String
        var value: String
        var text: String
        var href: String
    }
    struct ConflictItem {
        var id: String
        var kind: String
        var aspect: String
        var description: String
        var sides: [Side]
    }
    struct Outlet {
        var name: String
        var href: String
        var differences: String?
        /// The speaker this outlet names, where it names another than the quotation's.
        var speaker: String?
    }
    struct QuoteItem {
        var speaker: String
        var reported: Bool
        var text: String
        var outlets: [Outlet]
    }
    struct Sentence {
        var anchor: String
        var label: String
        var text: String
        var role: String
        var facts: [FactLink]
        var heading: Bool
    }
    struct FactLink {
        var id: String
        var href: String
    }
    struct Column {
        var source: Source
        var sentences: [Sentence]
    }
    struct TimelineEntry {
        var published: String
        var source: String
        var first: Bool
        var added: [FactLink]
        var nothingAdded: String
    }
    struct Member {
        var source: String
        var title: String
        var href: String
        var published: String
        var copyOf: String?
        var why: String
    }
    struct CopyGroup {
        var origin: String
        var originHref: String
        var copies: [Member]
    }

    var id: Int64
    var headline: String
    var span: String
    var counts: String
    var contest: String
    var compared: Bool
    var summary: [SummaryLine]
    var sources: [Source]
    var grid: [Row]
    var conflicts: [ConflictItem]
    var quotes: [QuoteItem]
    var timelineChart: String
    var timeline: [TimelineEntry]
    var columns: [Column]
    var members: [Member]
    var copyGroups: [CopyGroup]

    init(_ view: StoryView) {
        id = view.story.id
        headline = view.story.headline
        span = view.story.span
        counts =
            "\(view.story.articles) article\(view.story.articles == 1 ? "" : "s") from \(view.story.sources) source\(view.story.sources == 1 ? "" : "s")"
            + (view.story.copies > 0
                ? ", \(view.story.copies) cop\(view.story.copies == 1 ? "y" : "ies")" : "")
        contest = view.contest.words
        timelineChart = TimelineChart.svg(view)
        let byID = Dictionary(view.articles.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        members = view.articles.map { Self.member($0, byID: byID) }
        copyGroups = view.copyGroups.map { group in
            CopyGroup(
                origin: byID[group.origin].map { "\($0.source): \($0.title ?? $0.id)" }
                    ?? group.origin,
                originHref: "/articles/\(group.origin)",
                copies: group.copies.compactMap { byID[$0].map { Self.member($0, byID: byID) } })
        }
        guard let report = view.report else {
            compared = false
            summary = []
            sources = []
            grid = []
            conflicts = []
            quotes = []
            timeline = []
            columns = []
            return
        }
        compared = true
        let articleIDs = Dictionary(
            uniqueKeysWithValues: view.articles.compactMap { member in
                member.comparedAs.map { ($0, member.id) }
            })
        let names = Dictionary(uniqueKeysWithValues: report.sources.map { ($0.number, $0.name) })
        func name(_ number: Int) -> String { names[number] ?? "source \(number)" }
        func anchor(_ ref: SentenceRef) -> String { "s\(ref.source)-\(ref.index)" }
        func cite(_ ref: SentenceRef) -> Cite {
            Cite(label: ref.description, href: "#" + anchor(ref), source: name(ref.source))
        }
        sources = report.sources.map { source in
            Source(
                number: source.number, name: source.name, title: source.title,
                published: source.published,
                href: articleIDs[source.number].map { "/articles/\($0)" } ?? "#")
        }
        summary = report.summary.map { line in
            SummaryLine(
                text: line.text, disputed: line.disputed == true, cites: line.evidence.map(cite),
                partial: (line.partial ?? []).map { group in
                    SummaryLine.Partial(
                        missing: group.missing.map { "\u{201C}\($0)\u{201D}" }.joined(
                            separator: ", "),
                        cites: group.evidence.map(cite))
                })
        }
        let contested = Set(
            report.agreed.filter { !($0.conflicts ?? []).isEmpty }.map(\.id))
        grid = report.grid.map { row in
            Row(
                fact: row.fact, claim: row.claim, contested: contested.contains(row.fact),
                cells: row.cells.map { cell in
                    Cell(
                        stance: cell.stance.rawValue,
                        mark: cell.stance == .silent ? "·" : cell.stance.rawValue,
                        source: name(cell.source),
                        href: cell.sentences.first.map { "#" + anchor($0) })
                })
        }
        conflicts = report.conflicts.map { conflict in
            ConflictItem(
                id: conflict.id, kind: conflict.kind.rawValue, aspect: conflict.aspect.rawValue,
                description: conflict.description,
                sides: conflict.sides.map { side in
                    Side(
                        source: name(side.source), value: side.value, text: side.text,
                        href: "#" + anchor(side.sentence))
                })
        }
        quotes = report.quotes.map { quote in
            QuoteItem(
                speaker: quote.speaker ?? "unattributed", reported: quote.kind == .indirect,
                text: quote.text,
                outlets: quote.variants.map { variant in
                    Outlet(
                        name: name(variant.source),
                        href: variant.sentences.first.map { "#" + anchor($0) } ?? "#",
                        differences: variant.differences, speaker: variant.speaker)
                })
        }
        timeline = report.timeline.entries.map { entry in
            TimelineEntry(
                published: entry.published ?? "undated", source: name(entry.source),
                first: entry.first,
                added: entry.added.map { FactLink(id: $0, href: "#fact-\($0)") },
                nothingAdded: entry.nothingAdded)
        }
        // Each sentence's part in the comparison; a conflict outweighs agreement, agreement
        // outweighs a unique claim.
        var role: [SentenceRef: (rank: Int, role: String)] = [:]
        var facts: [SentenceRef: [String]] = [:]
        func mark(_ ref: SentenceRef, _ name: String, _ rank: Int, _ fact: String) {
            if rank > role[ref]?.rank ?? -1 { role[ref] = (rank, name) }
            if !(facts[ref] ?? []).contains(fact) { facts[ref, default: []].append(fact) }
        }
        for fact in report.unique where fact.kind == .claim {
            for evidence in fact.evidence { mark(evidence.sentence, "unique", 1, fact.id) }
        }
        for fact in report.agreed {
            for evidence in fact.evidence { mark(evidence.sentence, "agreed", 2, fact.id) }
        }
        for conflict in report.conflicts {
            let name = conflict.kind == .update ? "update" : "conflict"
            for side in conflict.sides {
                mark(side.sentence, name, conflict.kind == .update ? 3 : 4, conflict.id)
            }
        }
        let anchored = Set(report.grid.map(\.fact))
        columns = zip(sources, report.sources).map { column, source in
            Column(
                source: column,
                sentences: source.sentences.map { sentence in
                    Sentence(
                        anchor: anchor(sentence.id), label: sentence.id.description,
                        text: sentence.text, role: role[sentence.id]?.role ?? "plain",
                        facts: (facts[sentence.id] ?? []).map { id in
                            FactLink(
                                id: id,
                                href: anchored.contains(id) ? "#fact-\(id)" : "#conflict-\(id)")
                        },
                        heading: sentence.heading == true)
                })
        }
    }

    static func member(_ article: StoryView.Member, byID: [String: StoryView.Member]) -> Member {
        Member(
            source: article.source, title: article.title ?? article.id,
            href: "/articles/\(article.id)",
            published: article.publishedDate?.text ?? "undated",
            copyOf: article.copyOf.map { origin in
                byID[origin].map { "\($0.source)" } ?? origin
            }, why: article.why)
    }
}
