import Foundation
import ParallaxCore
import ParallaxStore

/// One story as the API and the story page show it: its articles, its copy groups and the
/// comparison of its original articles (copies folded into their origins).
public struct StoryView: Sendable, Encodable {
    /// One article of the story and why it is there.
    public struct Member: Sendable, Encodable {
        public var id: String
        public var source: String
        public var title: String?
        public var url: String?
        public var published: Date?
        /// Whether its source gave only the day of `published` (``PublishedDate/isDayOnly``).
        public var publishedDayOnly: Bool
        /// The article it copies, if it is a copy.
        public var copyOf: String?
        /// Why it joined the story: the copy, or the shared names and terms.
        public var why: String
        public var similarity: Double
        /// Its number in the comparison (`source` of the report's citations); nil for copies,
        /// which are folded into their origin.
        public var comparedAs: Int?

        /// `published` as precisely as its source gave it.
        var publishedDate: PublishedDate? {
            published.map { PublishedDate($0, isDayOnly: publishedDayOnly) }
        }
    }

    /// An article and the articles copying it.
    public struct CopyGroup: Sendable, Encodable {
        public var origin: String
        public var copies: [String]
    }

    public var story: StoredStory
    /// The articles, earliest first.
    public var articles: [Member]
    public var copyGroups: [CopyGroup]
    /// The comparison of the original articles; nil when fewer than two are originals.
    public var report: ComparisonReport?

    /// The view of `story`, whose articles are `members`, compared with `comparison`.
    init(story: StoredStory, members: [StoryArticle], comparison: StoryComparison) {
        self.story = story
        let originals = members.filter { $0.membership.copyOf == nil }
        var number: [String: Int] = [:]
        for (index, member) in originals.enumerated() { number[member.article.id] = index + 1 }
        articles = members.map { member in
            Member(
                id: member.article.id, source: member.article.source, title: member.article.title,
                url: member.article.url, published: member.article.published,
                publishedDayOnly: member.article.publishedDayOnly,
                copyOf: member.membership.copyOf, why: member.membership.why,
                similarity: member.membership.similarity, comparedAs: number[member.article.id])
        }
        let copies = Dictionary(grouping: members.filter { $0.membership.copyOf != nil }) {
            $0.membership.copyOf!
        }
        copyGroups = copies.keys.sorted().map { origin in
            CopyGroup(origin: origin, copies: copies[origin]!.map(\.article.id))
        }
        if originals.count >= 2 {
            report = comparison.compare(originals.map(\.comparable))
        } else {
            report = nil
        }
    }

    /// How contested the story is: its contradictions and updates.
    public var contest: Contest {
        let conflicts = report?.conflicts ?? []
        return Contest(
            contradictions: conflicts.filter { $0.kind == .contradiction }.count,
            updates: conflicts.filter { $0.kind == .update }.count,
            agreed: report?.agreed.count ?? 0)
    }
}

/// How contested a story is, for the story list.
public struct Contest: Sendable, Hashable, Encodable {
    public var contradictions: Int
    public var updates: Int
    /// Facts two or more sources report.
    public var agreed: Int

    /// In words: "2 contradictions, 1 update" or "uncontested".
    public var words: String {
        var parts: [String] = []
        if contradictions > 0 {
            parts.append("\(contradictions) contradiction\(contradictions == 1 ? "" : "s")")
        }
        if updates > 0 { parts.append("\(updates) update\(updates == 1 ? "" : "s")") }
        return parts.isEmpty ? "uncontested" : parts.joined(separator: ", ")
    }
}
