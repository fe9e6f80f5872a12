import Foundation

/// How a story developed: who reported when, who was first, what each outlet added that no
/// earlier one had, and when each claim first appeared.
///
/// Built from the claims-by-sources grid and the sources' publication times. A source with no
/// date is placed after the dated ones and is never taken as first, but a claim no other source
/// reports is credited to it all the same: whenever it was published, no one had it before.
/// Two sources published at the same moment are both first for what they share, and so is a
/// source dated by the day alone beside the earliest one timed on that day.
public struct StoryTimeline: Hashable, Sendable, Codable {
    /// One source's place in the story's development.
    public struct Entry: Hashable, Sendable, Codable {
        /// The source's number in the report.
        public var source: Int
        /// When it was published (ISO 8601; the day alone when its source gave no time), if
        /// known.
        public var published: String?
        /// Whether it was the first dated report of the story (several on a tie, or beside a
        /// source dated by the day alone).
        public var first: Bool
        /// The grid rows (facts `A…` and `U…`) it reported before any other source did, or at
        /// the same time as the earliest: what it added to the story. For an undated source,
        /// the rows no other source reports.
        public var added: [String]

        /// How a report says that it added nothing: "nothing new", or for an undated source,
        /// credited only with what no other source reports, "nothing only it reports".
        public var nothingAdded: String {
            published == nil ? "nothing only it reports" : "nothing new"
        }
    }

    /// When one claim of the grid first appeared, and who carried it then.
    public struct Appearance: Hashable, Sendable, Codable {
        /// The grid row's fact id (`A…` or `U…`).
        public var fact: String
        /// The claim, as the grid words it.
        public var claim: String
        /// When it first appeared (ISO 8601), if any source reporting it is dated.
        public var first: String?
        /// The sources that reported it first: the earliest dated ones, or the only source
        /// reporting it when that one is undated (empty when several undated sources share it).
        public var firstSources: [Int]
        /// Every source reporting it, in the order they published.
        public var sources: [Int]
    }

    /// The sources in the order they published, undated ones last.
    public var entries: [Entry]
    /// The claims in the order they first appeared, undated ones last.
    public var facts: [Appearance]

    /// The timeline of a story whose sources were published at `published` (by source
    /// number; absent when undated), each with its time, and whose claims are `grid`.
    public init(published: [Int: Date], sources: [Int], grid: [ClaimRow]) {
        self.init(dates: published.mapValues { PublishedDate($0) }, sources: sources, grid: grid)
    }

    /// The timeline of a story whose sources were published on `dates` (by source number;
    /// absent when undated) and whose claims are `grid`.
    ///
    /// A source dated by its day alone may have published at any time of that day: it sorts
    /// before the sources timed on that day, and is first beside the earliest of them.
    public init(dates: [Int: PublishedDate], sources: [Int], grid: [ClaimRow]) {
        // Undated sources sort after every dated one, in their report order.
        let publication = PublicationOrder(dates: dates)
        let key = publication.key
        let earliest = publication.earliest
        let order = sources.sorted { key($0) < key($1) }
        let firstOfAll = Set(earliest(order))
        var added: [Int: [String]] = [:]
        var facts: [(key: (day: Double, time: Double, rank: Int), appearance: Appearance)] = []
        for (rank, row) in grid.enumerated() {
            let reporting = row.cells.filter { $0.stance == .reports }.map(\.source)
                .sorted { key($0) < key($1) }
            guard let head = reporting.first else { continue }
            // A claim one source alone reports is its own, dated or not; among several undated
            // sources, who had it first is unknown.
            let firstSources =
                dates[head] == nil ? (reporting.count == 1 ? reporting : []) : earliest(reporting)
            for source in firstSources { added[source, default: []].append(row.fact) }
            let (day, time, _) = key(head)
            facts.append(
                (
                    (day, time, rank),
                    Appearance(
                        fact: row.fact, claim: row.claim, first: dates[head]?.text,
                        firstSources: firstSources, sources: reporting)
                ))
        }
        entries = order.map { source in
            Entry(
                source: source, published: dates[source]?.text,
                first: firstOfAll.contains(source), added: added[source] ?? [])
        }
        self.facts = facts.sorted { $0.key < $1.key }.map(\.appearance)
    }
}
