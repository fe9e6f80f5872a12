import HeapModule

/// Groups sentences by average linkage: two groups join while the mean probability over every
/// pair between them from different sources (0 for a pair never judged) stays at or above a
/// threshold.
///
/// Average linkage, unlike joining every linked pair, does not chain: a sentence about the fire
/// and one about the firefighters' union do not end in one group because each is close to a
/// third.
struct FactClusters {
    /// Each group's members, sorted; groups sorted by first member.
    private(set) var groups: [[Int]] = []

    /// Clusters items, each from a source.
    ///
    /// - Parameters:
    ///   - sources: The source of each item; pairs from one source are never judged.
    ///   - links: The probability of each judged pair, `first < second`.
    ///   - seeds: Groups that start joined whatever their links.
    /// - Complexity: O(*m* · (*e* + *d*)) for *m* merges, *e* eligible group pairs and *d*
    ///   links of the merged groups.
    ///   - perSource: The most items of one source a group may hold: a fact is told in a
    ///     sentence or two, and more would make one group of a whole story about one person.
    init(
        sources: [Int], links: [Pair: Double], seeds: [[Int]], threshold: Double,
        perSource: Int = .max
    ) {
        let count = sources.count
        var groupOf = Array(0..<count)
        var members: [Int: [Int]] = Dictionary(uniqueKeysWithValues: (0..<count).map { ($0, [$0]) })
        for seed in seeds where seed.count > 1 {
            let root = groupOf[seed[0]]
            for item in seed.dropFirst() where groupOf[item] != root {
                let old = groupOf[item]
                for member in members[old]! { groupOf[member] = root }
                members[root]! += members.removeValue(forKey: old)!
            }
        }
        // Sums of probabilities between groups, and each group's neighbours.
        var sums: [Pair: Double] = [:]
        var neighbours: [Int: Set<Int>] = [:]
        for (pair, probability) in links {
            let (a, b) = (groupOf[pair.first], groupOf[pair.second])
            guard a != b else { continue }
            sums[Pair(a, b), default: 0] += probability
            neighbours[a, default: []].insert(b)
            neighbours[b, default: []].insert(a)
        }
        // Each group's members by source, for counting the pairs between groups that count.
        var bySource: [Int: [Int: Int]] = [:]
        for (group, items) in members {
            for item in items { bySource[group, default: [:]][sources[item], default: 0] += 1 }
        }
        func average(_ pair: Pair) -> Double {
            let (a, b) = (bySource[pair.first]!, bySource[pair.second]!)
            var pairs = members[pair.first]!.count * members[pair.second]!.count
            for (source, count) in a {
                pairs -= count * (b[source] ?? 0)
                if count + (b[source] ?? 0) > perSource { return 0 }
            }
            return pairs > 0 ? (sums[pair] ?? 0) / Double(pairs) : 0
        }
        // The best pair to join comes off a heap; an entry is stale when its pair is no longer
        // eligible or its average has changed since, and is then passed over.
        var eligible = Set(sums.keys.filter { average($0) >= threshold })
        var queue = Heap(eligible.map { Candidate(average: average($0), pair: $0) })
        while let best = queue.popMax() {
            let pair = best.pair
            guard eligible.contains(pair), average(pair) == best.average else { continue }
            let (keep, gone) = (pair.first, pair.second)
            eligible.remove(pair)
            sums.removeValue(forKey: pair)
            for other in neighbours.removeValue(forKey: gone) ?? [] where other != keep {
                let old = Pair(gone, other)
                let moved = sums.removeValue(forKey: old) ?? 0
                eligible.remove(old)
                neighbours[other]?.remove(gone)
                sums[Pair(keep, other), default: 0] += moved
                neighbours[keep, default: []].insert(other)
                neighbours[other, default: []].insert(keep)
            }
            neighbours[keep]?.remove(gone)
            members[keep]! += members.removeValue(forKey: gone)!
            for (source, count) in bySource.removeValue(forKey: gone)! {
                bySource[keep]![source, default: 0] += count
            }
            for other in neighbours[keep] ?? [] {
                let link = Pair(keep, other)
                let mean = average(link)
                if mean >= threshold {
                    eligible.insert(link)
                    queue.insert(Candidate(average: mean, pair: link))
                } else {
                    eligible.remove(link)
                }
            }
        }
        groups = members.values.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Groups items by joining `pairs` one by one, in the order given, where the joined group
    /// holds at most `perSource` items of a source (a pair that would make more is passed
    /// over): the groups of two items or more, each sorted, sorted by first item. Unlike
    /// joining every pair, this cannot chain one group through a whole story.
    static func joined(_ pairs: [Pair], sources: [Int], perSource: Int) -> [[Int]] {
        guard !pairs.isEmpty else { return [] }
        var union = UnionFind(count: sources.count)
        var bySource = sources.map { [$0: 1] }
        for pair in pairs {
            let (a, b) = (union.root(pair.first), union.root(pair.second))
            guard a != b,
                !bySource[a].contains(where: { $0.value + (bySource[b][$0.key] ?? 0) > perSource })
            else { continue }
            union.join(a, b)
            bySource[union.root(a)] = bySource[a].merging(bySource[b], uniquingKeysWith: +)
        }
        return Dictionary(grouping: sources.indices) { union.root($0) }.values
            .filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// A pair that may be joined, ordered as the joining goes: the highest average first, the
    /// smaller pair first on a tie.
    struct Candidate: Comparable {
        var average: Double
        var pair: Pair

        static func < (a: Candidate, b: Candidate) -> Bool {
            (a.average, b.pair) < (b.average, a.pair)
        }
    }

    /// An unordered pair of indices, smaller first.
    struct Pair: Hashable, Comparable {
        let first: Int
        let second: Int

        init(_ a: Int, _ b: Int) {
            first = min(a, b)
            second = max(a, b)
        }

        static func < (lhs: Self, rhs: Self) -> Bool {
            (lhs.first, lhs.second) < (rhs.first, rhs.second)
        }
    }
}
