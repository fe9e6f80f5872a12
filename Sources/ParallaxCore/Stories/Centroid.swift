/// A sparse vector kept as parallel arrays sorted by key: the sum of a story's article vectors
/// in one channel.
///
/// Sorted arrays rather than a dictionary, because scoring an article against a story walks
/// the article's terms (sorted by key too) beside the centroid's in one pass over contiguous
/// memory; looking each term up in a dictionary of hundreds was a third of assignment, most of
/// it cache misses.
struct Centroid {
    private(set) var keys: [TermKey] = []
    private(set) var weights: [Float] = []
    /// The Euclidean norm, kept up to date.
    private(set) var norm: Float = 0

    var count: Int { keys.count }

    /// The dot product with `terms`, sorted by key.
    func dot(_ terms: [(key: TermKey, weight: Float)]) -> Float {
        var result: Float = 0
        walk(terms) { weight, _, term, isShared in
            // No branch on whether the term is shared: this is the innermost loop of scoring.
            let product = weight * term.weight
            result += isShared ? product : 0
        }
        return result
    }

    /// Calls `body` with the index in `terms` (sorted by key) of each term the centroid holds,
    /// and its weight here, in one pass over both.
    func forEachShared(
        _ terms: [(key: TermKey, weight: Float)], _ body: (Int, Float) -> Void
    ) {
        walk(terms) { weight, index, _, isShared in
            if isShared { body(index, weight) }
        }
    }

    /// Walks the centroid's keys beside `terms` (sorted by key), one step a key of either side
    /// with no branch on which side is behind, calling `step` with the centroid's weight at the
    /// step, the term's index and the term, and whether their keys are equal. A loop that
    /// skipped ahead on the centroid's side mispredicted its exit once a term.
    @inline(__always)
    private func walk(
        _ terms: [(key: TermKey, weight: Float)],
        _ step: (Float, Int, (key: TermKey, weight: Float), Bool) -> Void
    ) {
        keys.withUnsafeBufferPointer { keys in
            weights.withUnsafeBufferPointer { weights in
                terms.withUnsafeBufferPointer { terms in
                    var position = 0
                    var index = 0
                    while position < keys.count, index < terms.count {
                        let mine = keys[position].rawValue
                        let theirs = terms[index].key.rawValue
                        step(weights[position], index, terms[index], mine == theirs)
                        position &+= mine <= theirs ? 1 : 0
                        index &+= theirs <= mine ? 1 : 0
                    }
                }
            }
        }
    }

    /// The weight of `key`, if the centroid holds it.
    func weight(of key: TermKey) -> Float? {
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key ? weights[low] : nil
    }

    /// Adds `terms` (sorted by key); a unit vector, or an empty one.
    mutating func add(_ terms: [(key: TermKey, weight: Float)]) {
        guard !terms.isEmpty else { return }
        // |c + v|² = |c|² + 2 c·v + |v|².
        let crossing = dot(terms)
        let length = terms.reduce(Float(0)) { $0 + $1.weight * $1.weight }
        merge(terms.lazy.map { ($0.key, $0.weight) }, count: terms.count)
        norm = (max(0, norm * norm + 2 * crossing + length)).squareRoot()
    }

    /// Adds another centroid.
    mutating func add(_ other: Centroid) {
        merge(zip(other.keys, other.weights), count: other.count)
        norm = Self.norm(weights)
    }

    /// Keeps the `limit` heaviest terms.
    mutating func prune(_ limit: Int) {
        guard keys.count > limit else { return }
        let kept = weights.indices.sorted { weights[$0] > weights[$1] }.prefix(limit).sorted()
        keys = kept.map { keys[$0] }
        weights = kept.map { weights[$0] }
        norm = Self.norm(weights)
    }

    private mutating func merge(
        _ terms: some Sequence<(TermKey, Float)>, count: Int
    ) {
        var mergedKeys: [TermKey] = []
        var mergedWeights: [Float] = []
        mergedKeys.reserveCapacity(keys.count + count)
        mergedWeights.reserveCapacity(keys.count + count)
        var position = 0
        for (key, weight) in terms {
            while position < keys.count, keys[position] < key {
                mergedKeys.append(keys[position])
                mergedWeights.append(weights[position])
                position += 1
            }
            if position < keys.count, keys[position] == key {
                mergedKeys.append(key)
                mergedWeights.append(weights[position] + weight)
                position += 1
            } else {
                mergedKeys.append(key)
                mergedWeights.append(weight)
            }
        }
        mergedKeys.append(contentsOf: keys[position...])
        mergedWeights.append(contentsOf: weights[position...])
        keys = mergedKeys
        weights = mergedWeights
    }

    private static func norm(_ weights: [Float]) -> Float {
        weights.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
    }
}
