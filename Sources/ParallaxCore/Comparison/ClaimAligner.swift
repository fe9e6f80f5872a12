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
    private var idf: [String: Double] = [:]
    private var norms: [Double] = []

    init(claims: [Claim]) {
        self.claims = claims
        var documentFrequency: [String: Int] = [:]
        for claim in claims {
            for term in claim.termSet { documentFrequency[term, default: 0] += 1 }
        }
        let count = Double(max(claims.count, 1))
        for (term, frequency) in documentFrequency {
            // Figures and years pin a fact down more than words do.
            let boost = Self.isNumber(term) ? Self.figureBoost : 1
            idf[term] = (log((count + 1) / (Double(frequency) + 1)) + 1) * boost
        }
        norms = claims.map { claim in
            var sum = 0.0
            for (term, count) in claim.termCounts {
                let weight = Double(count) * (idf[term] ?? 1)
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

    /// The similarity of two claims, from 0 to 1.
    func similarity(_ a: Int, _ b: Int) -> Double {
        let first = claims[a]
        let second = claims[b]
        guard norms[a] > 0, norms[b] > 0 else { return 0 }
        let shared = first.termSet.intersection(second.termSet)
        // A word that is a name in both claims ("Antonov") is no predicate; one that is a name
        // in one only ("Surgeon General" against "surgeon general") still is.
        let predicates = shared.subtracting(first.nameTerms.intersection(second.nameTerms))
        let sharesPredicate = predicates.contains {
            !Self.weakTerms.contains($0) && !Self.isNumber($0)
        }
        // Without a shared word of action, a shared figure or year about the same names will do:
        // "has been Russia's top representative in Washington since 2017" and "has been
        // Russia's envoy to Washington since 2017".
        let sharesFigure =
            predicates.contains(where: Self.isNumber)
            && shared.intersection(first.nameTerms).count >= 2
        guard sharesPredicate || sharesFigure else { return 0 }
        let firstCounts = first.termCounts
        let secondCounts = second.termCounts
        var dot = 0.0
        for term in shared {
            let weight = idf[term] ?? 1
            dot += Double(firstCounts[term]!) * Double(secondCounts[term]!) * weight * weight
        }
        return dot / (norms[a] * norms[b])
    }

    /// Groups the claims into facts: sets of claims, from two or more sources, that report the
    /// same thing. Returns the facts and the matched pairs with their similarity.
    ///
    /// - Complexity: O(*c* · *k*) for *c* claims with *k* candidates each, found through an
    ///   inverted index of their terms.
    func facts() -> (groups: [[Int]], pairs: [Pair]) {
        var index: [String: [Int]] = [:]
        for claim in claims {
            for term in claim.termSet { index[term, default: []].append(claim.id) }
        }
        var pairs: [Pair] = []
        for claim in claims {
            var candidates: Set<Int> = []
            for term in claim.termSet {
                guard let postings = index[term], postings.count <= 400 else { continue }
                for other in postings where claims[other].sentence.source != claim.sentence.source {
                    candidates.insert(other)
                }
            }
            var best: [Int: (Int, Double)] = [:]
            for other in candidates.sorted() {
                let score = similarity(claim.id, other)
                guard score >= threshold else { continue }
                let source = claims[other].sentence.source
                if score >= strongThreshold {
                    pairs.append(Pair(first: claim.id, second: other, similarity: score))
                }
                if best[source].map({ score > $0.1 }) ?? true { best[source] = (other, score) }
            }
            for (_, (other, score)) in best where score < strongThreshold {
                pairs.append(Pair(first: claim.id, second: other, similarity: score))
            }
        }
        var unique: [Pair] = []
        var seen: Set<[Int]> = []
        for pair in pairs
        where seen.insert([min(pair.first, pair.second), max(pair.first, pair.second)]).inserted {
            unique.append(pair)
        }
        var union = UnionFind(count: claims.count)
        for pair in unique { union.join(pair.first, pair.second) }
        var groups: [Int: [Int]] = [:]
        for claim in claims { groups[union.root(claim.id), default: []].append(claim.id) }
        let facts = groups.values.filter { group in
            Set(group.map { claims[$0].sentence.source }).count >= 2
        }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
        return (facts, unique.sorted { ($0.first, $0.second) < ($1.first, $1.second) })
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
