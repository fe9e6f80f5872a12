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
        forEachShared(terms) { index, weight in result += weight * terms[index].weight }
        return result
    }

    /// Calls `body` with the index in `terms` (sorted by key) of each term the centroid holds,
    /// and its weight here, in one pass over both.
    func forEachShared(
        _ terms: [(key: TermKey, weight: Float)], _ body: (Int, Float) -> Void
    ) {
        keys.withUnsafeBufferPointer { keys in
            weights.withUnsafeBufferPointer { weights in
                var position = 0
                for (index, term) in terms.enumerated() {
                    while position < keys.count, keys[position] < term.key { position += 1 }
                    guard position < keys.count else { return }
                    if keys[position] == term.key { body(index, weights[position]) }
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
