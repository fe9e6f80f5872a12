import Foundation

/// Decides which claims of different sources report the same fact, and groups them into facts.
///
/// Two claims match when their content terms, weighted by how rare each is in the story, point
/// the same way (cosine of TF-IDF vectors), and they share at least one term that is not part
/// of a name: sharing "Antonov" and "Moscow" alone does not make two sentences one fact.
struct ClaimAligner {
    /// The least similarity for two claims to report the same fact.
    var threshold: Double = 0.3
    /// A similarity at which a claim matches several claims of one source, not just the best.
    var strongThreshold: Double = 0.55

    let claims: [Claim]
    /// Each claim's terms as sorted ids into `idf`, with their counts and whether each is part
    /// of a name in the claim: compared by merging, without hashing strings.
    private let vectors: [TermVector]
    private var norms: [Double] = []
    /// Per term id: its weight, and whether it is a figure or a weak term.
    private var idf: [Double] = []
    private var isFigure: [Bool] = []
    private var isWeak: [Bool] = []

    struct TermVector: Sendable {
        var ids: [Int32] = []
        var counts: [Double] = []
        var names: [Bool] = []
    }

    init(claims: [Claim]) {
        self.claims = claims
        var ids: [String: Int32] = [:]
        var documentFrequency: [Int] = []
        var vectors: [TermVector] = []
        vectors.reserveCapacity(claims.count)
        for claim in claims {
            var entries: [(Int32, Double, Bool)] = []
            for term in claim.termSet.union(claim.termCounts.keys) {
                let id: Int32
                if let known = ids[term] {
                    id = known
                } else {
                    id = Int32(ids.count)
                    ids[term] = id
                    documentFrequency.append(0)
                    isFigure.append(Self.isNumber(term))
                    isWeak.append(Self.weakTerms.contains(term))
                }
                if claim.termSet.contains(term) { documentFrequency[Int(id)] += 1 }
                entries.append(
                    (id, Double(claim.termCounts[term] ?? 0), claim.nameTerms.contains(term)))
            }
            entries.sort { $0.0 < $1.0 }
            vectors.append(
                TermVector(
                    ids: entries.map(\.0), counts: entries.map(\.1), names: entries.map(\.2)))
        }
        self.vectors = vectors
        let count = Double(max(claims.count, 1))
        idf = documentFrequency.enumerated().map { id, frequency in
            // Figures and years pin a fact down more than words do.
            let boost = isFigure[id] ? Self.figureBoost : 1
            return (log((count + 1) / (Double(frequency) + 1)) + 1) * boost
        }
        norms = vectors.map { vector in
            var sum = 0.0
            for (id, count) in zip(vector.ids, vector.counts) {
                let weight = count * idf[Int(id)]
                sum += weight * weight
            }
            return sum.squareRoot()
        }
    }

    /// Terms too common in news to make two claims one fact by themselves.
    static let weakTerms: Set<String> = [
        "year", "time", "report", "say", "tell", "new", "last", "first",
    ]

    /// How much more a figure or year weighs than a word as rare.
    static let figureBoost = 1.5

    static func isNumber(_ term: String) -> Bool {
        term.first.map { $0.isNumber } ?? false
    }

    /// What two claims share, summed term by term in the order of the first claim's terms.
    struct Shared {
        /// The dot product of their weighted term counts.
        var dot = 0.0
        /// Whether they share a word of action (not a name in both, a figure or a weak term),
        /// a figure, and how many of the first claim's name terms.
        var sharesPredicate = false
        var sharesFigure = false
        var namesOfFirst = 0

        /// Adds a shared term of `weight`, counted `first` and `second` times, and whether it
        /// is part of a name in each claim.
        @inline(__always)
        mutating func add(
            weight: Double, _ first: Double, _ second: Double, names: (Bool, Bool),
            isFigure: Bool, isWeak: Bool
        ) {
            dot += first * second * weight * weight
            if names.0 { namesOfFirst += 1 }
            // A word that is a name in both claims ("Antonov") is no predicate; one that is a
            // name in one only ("Surgeon General" against "surgeon general") still is.
            if !(names.0 && names.1) {
                if isFigure {
                    sharesFigure = true
                } else if !isWeak {
                    sharesPredicate = true
                }
            }
        }
    }

    /// The similarity of two claims, from 0 to 1, from what they share.
    func similarity(_ a: Int, _ b: Int, sharing shared: Shared) -> Double {
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        // Without a shared word of action, a shared figure or year about the same names will do:
        // "has been Russia's top representative in Washington since 2017" and "has been
        // Russia's envoy to Washington since 2017".
        guard shared.sharesPredicate || (shared.sharesFigure && shared.namesOfFirst >= 2) else {
            return 0
        }
        return shared.dot / (norms[a] * norms[b])
    }

    /// Groups the claims into facts: sets of claims, from two or more sources, that report the
    /// same thing. Returns the facts and the matched pairs with their similarity.
    ///
    /// Each claim's candidates are scored on all cores; the pairs come out in claim order, as
    /// one core would give them. A claim's similarities to all its candidates are summed in
    /// one walk of its terms' postings (``TermPostings``): merging its terms with each
    /// candidate's was a tenth of a 200-article comparison (`perf record -g parallax bench
    /// compare … --no-vectors`).
    ///
    /// - Complexity: O(*p* + *c* · *f* log *t*) for a claim whose rare terms have *p* postings
    ///   in all, with *c* candidates, *f* common terms and candidates of *t* terms.
    func facts() -> (groups: [[Int]], pairs: [Pair]) {
        let index = TermPostings(vectors.map(\.ids), termCount: idf.count)
        let pairs: [Pair] = ParallelMap.map(count: claims.count) { range in
            var pairs: [Pair] = []
            var mark = [Int](repeating: -1, count: claims.count)
            var shared = [Shared](repeating: Shared(), count: claims.count)
            for claim in range {
                let source = claims[claim].sentence.source
                let candidates = index.candidates(of: claim, mark: &mark) {
                    claims[$0].sentence.source != source
                }
                guard !candidates.isEmpty else { continue }
                for other in candidates { shared[other] = Shared() }
                let vector = vectors[claim]
                index.forEachShared(of: claim, with: candidates, mark: mark) { slot, other, at in
                    let term = Int(vector.ids[slot])
                    let theirs = vectors[other]
                    shared[other].add(
                        weight: idf[term], vector.counts[slot], theirs.counts[at],
                        names: (vector.names[slot], theirs.names[at]), isFigure: isFigure[term],
                        isWeak: isWeak[term])
                }
                var best: [Int: (Int, Double)] = [:]
                for other in candidates {
                    let score = similarity(claim, other, sharing: shared[other])
                    guard score >= threshold else { continue }
                    let source = claims[other].sentence.source
                    if score >= strongThreshold {
                        pairs.append(Pair(first: claim, second: other, similarity: score))
                    }
                    if best[source].map({ score > $0.1 }) ?? true { best[source] = (other, score) }
                }
                for (_, (other, score)) in best.sorted(by: { $0.key < $1.key })
                where score < strongThreshold {
                    pairs.append(Pair(first: claim, second: other, similarity: score))
                }
            }
            return pairs
        }
        var unique: [Pair] = []
        var seen: Set<FactClusters.Pair> = []
        for pair in pairs where seen.insert(FactClusters.Pair(pair.first, pair.second)).inserted {
            unique.append(pair)
        }
        return (
            Self.groups(claims, pairs: unique),
            unique.sorted { ($0.first, $0.second) < ($1.first, $1.second) }
        )
    }

    /// The facts matched pairs make: claims joined through their pairs, from two sources or
    /// more, each sorted, sorted by first claim.
    static func groups(_ claims: [Claim], pairs: [Pair]) -> [[Int]] {
        var union = UnionFind(count: claims.count)
        for pair in pairs { union.join(pair.first, pair.second) }
        var groups: [Int: [Int]] = [:]
        for claim in claims { groups[union.root(claim.id), default: []].append(claim.id) }
        return groups.values.filter { group in
            Set(group.map { claims[$0].sentence.source }).count >= 2
        }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Two claims that match.
    struct Pair {
        var first: Int
        var second: Int
        var similarity: Double
    }
}

/// Disjoint sets over 0..<count, for grouping matched claims.
struct UnionFind {
    private var parent: [Int]

    init(count: Int) { parent = Array(0..<count) }

    mutating func root(_ element: Int) -> Int {
        var node = element
        while parent[node] != node {
            parent[node] = parent[parent[node]]
            node = parent[node]
        }
        return node
    }

    mutating func join(_ a: Int, _ b: Int) {
        let rootA = root(a)
        let rootB = root(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }
}
