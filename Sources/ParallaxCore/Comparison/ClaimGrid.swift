/// One row of the claims-by-sources grid: a claim and what each source does with it.
public struct ClaimRow: Hashable, Sendable, Codable {
    /// What a source does with a claim.
    public enum Stance: String, Hashable, Sendable, Codable {
        /// The source reports it.
        case reports
        /// The source reports it with a different figure, date, name or polarity.
        case contradicts
        /// The source tells of the same happening, in sentences that do not state the claim
        /// itself: agreed facts group the reports of one happening, and not every one of
        /// them says what the fact says.
        case related
        /// The source does not mention it.
        case silent
    }

    /// One source's cell.
    public struct Cell: Hashable, Sendable, Codable {
        public var source: Int
        public var stance: Stance
        /// The sentences of the source behind the cell; empty when it is silent.
        public var sentences: [SentenceRef]
    }

    /// The agreed (`A…`) or unique (`U…`) fact the row stands for.
    public var fact: String
    /// The claim, in the words of the fact.
    public var claim: String
    /// One cell per source, in source order.
    public var cells: [Cell]
}

/// Builds the claims-by-sources grid from a report's facts and conflicts.
///
/// Rows are ranked: facts more sources report first, then those more tell of, contested ones
/// before others on a tie, then claims only one source makes. In a contested fact, the
/// sources giving the value most sources give (on a tie, the value of the fact's own
/// sentence, then the first) report it, and the others contradict it; an update (a later
/// report advancing an earlier one) is no contradiction. A source whose sentences in a fact
/// do not state its claim is related to it.
enum ClaimGrid {
    /// - Parameter stating: For each agreed fact, the sources whose sentences state its claim;
    ///   `nil` where every source with a sentence in the fact does.
    static func rows(
        sources: [Int], agreed: [AgreedFact], unique: [UniqueFact], conflicts: [Conflict],
        stating: [Set<Int>]? = nil
    ) -> [ClaimRow] {
        let conflictsByID = Dictionary(uniqueKeysWithValues: conflicts.map { ($0.id, $0) })
        var rows: [(rank: (Int, Int, Int, Int), row: ClaimRow)] = []
        for (index, fact) in agreed.enumerated() {
            var contradicting: Set<Int> = []
            for id in fact.conflicts ?? [] {
                guard let conflict = conflictsByID[id], conflict.kind == .contradiction else {
                    continue
                }
                var sourcesByValue: [String: Set<Int>] = [:]
                var order: [String] = []
                for side in conflict.sides {
                    if sourcesByValue[side.value] == nil { order.append(side.value) }
                    sourcesByValue[side.value, default: []].insert(side.source)
                }
                // On a tie, the value the fact's own sentence gives, then the first.
                let own = conflict.sides.first { $0.text == fact.fact }?.value
                let held = order.max {
                    (sourcesByValue[$0]!.count, $0 == own ? 1 : 0, -order.firstIndex(of: $0)!)
                        < (
                            sourcesByValue[$1]!.count, $1 == own ? 1 : 0,
                            -order.firstIndex(of: $1)!
                        )
                }
                for value in order where value != held {
                    contradicting.formUnion(
                        sourcesByValue[value]!.subtracting(sourcesByValue[held!]!))
                }
            }
            let cells = sources.map { source in
                let sentences = fact.evidence.filter { $0.source == source }.map(\.sentence)
                let states = stating?[index].contains(source) ?? true
                let stance: ClaimRow.Stance =
                    contradicting.contains(source)
                    ? .contradicts : sentences.isEmpty ? .silent : states ? .reports : .related
                return ClaimRow.Cell(source: source, stance: stance, sentences: sentences)
            }
            let reporting = cells.count { $0.stance == .reports || $0.stance == .contradicts }
            let telling = cells.count { $0.stance != .silent }
            rows.append(
                (
                    (-reporting, -telling, contradicting.isEmpty ? 1 : 0, index),
                    ClaimRow(fact: fact.id, claim: fact.fact, cells: cells)
                ))
        }
        for (index, fact) in unique.enumerated() where fact.kind == .claim {
            let cells = sources.map { source in
                ClaimRow.Cell(
                    source: source, stance: source == fact.source ? .reports : .silent,
                    sentences: source == fact.source ? fact.evidence.map(\.sentence) : [])
            }
            rows.append(
                (
                    (-1, -1, 1, agreed.count + index),
                    ClaimRow(fact: fact.id, claim: fact.fact, cells: cells)
                ))
        }
        return rows.sorted { $0.rank < $1.rank }.map(\.row)
    }
}
