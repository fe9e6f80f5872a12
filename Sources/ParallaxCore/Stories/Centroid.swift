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
        let low = keys.partitioningIndex { $0 >= key }
        return low < keys.count && keys[low] == key ? weights[low] : nil
    }

    /// Adds `terms` (sorted by key); a unit vector, or an empty one.
    mutating func add(_ terms: [(key: TermKey, weight: Float)]) {
        guard !terms.isEmpty else { return }
        // |c + v|² = |c|² + 2 c·v + |v|²; c·v is summed as ``dot(_:)`` sums it.
        var crossing: Float = 0
        var shared = 0
        walk(terms) { weight, _, term, isShared in
            let product = weight * term.weight
            crossing += isShared ? product : 0
            shared += isShared ? 1 : 0
        }
        let length = terms.reduce(Float(0)) { $0 + $1.weight * $1.weight }
        terms.withUnsafeBufferPointer { terms in
            merge(count: terms.count, shared: shared) { (terms[$0].key, terms[$0].weight) }
        }
        norm = (max(0, norm * norm + 2 * crossing + length)).squareRoot()
    }

    /// Adds another centroid.
    mutating func add(_ other: Centroid) {
        var shared = 0
        var position = 0
        for key in other.keys {
            while position < keys.count, keys[position] < key { position += 1 }
            if position < keys.count, keys[position] == key { shared += 1 }
        }
        other.keys.withUnsafeBufferPointer { otherKeys in
            other.weights.withUnsafeBufferPointer { otherWeights in
                merge(count: otherKeys.count, shared: shared) {
                    (otherKeys[$0], otherWeights[$0])
                }
            }
        }
        norm = Self.norm(weights)
    }

    /// The terms scaled to unit length, sorted by key, as an article's vector is.
    var unitTerms: [(key: TermKey, weight: Float)] {
        guard norm > 0 else { return [] }
        return zip(keys, weights).map { ($0, $1 / norm) }
    }

    /// The keys of the `count` heaviest terms, heaviest first.
    func heaviestKeys(_ count: Int) -> [TermKey] {
        heaviest(count).map { keys[$0] }
    }

    /// Keeps the `limit` heaviest terms.
    mutating func prune(_ limit: Int) {
        guard keys.count > limit else { return }
        let kept = heaviest(limit).sorted()
        keys = kept.map { keys[$0] }
        weights = kept.map { weights[$0] }
        norm = Self.norm(weights)
    }

    /// Merges `count` terms sorted by key (`term(i)` is the i-th), of which `shared` are here
    /// already, in place: the arrays grow at the end and are filled from the back, so that
    /// adding an article to a story makes no new arrays.
    private mutating func merge(
        count: Int, shared: Int, _ term: (Int) -> (TermKey, Float)
    ) {
        let oldCount = keys.count
        let newCount = oldCount + count - shared
        keys.append(contentsOf: repeatElement(TermKey(rawValue: 0), count: newCount - oldCount))
        weights.append(contentsOf: repeatElement(0, count: newCount - oldCount))
        keys.withUnsafeMutableBufferPointer { keys in
            weights.withUnsafeMutableBufferPointer { weights in
                var position = oldCount - 1
                var index = count - 1
                var target = newCount - 1
                // Once every term is placed, the old entries left are where they were.
                while index >= 0 {
                    let (key, weight) = term(index)
                    if position >= 0, keys[position] > key {
                        keys[target] = keys[position]
                        weights[target] = weights[position]
                        position -= 1
                    } else if position >= 0, keys[position] == key {
                        keys[target] = key
                        weights[target] = weights[position] + weight
                        position -= 1
                        index -= 1
                    } else {
                        keys[target] = key
                        weights[target] = weight
                        index -= 1
                    }
                    target -= 1
                }
            }
        }
    }

    /// The positions of the `count` heaviest terms, heaviest first.
    private func heaviest(_ count: Int) -> ArraySlice<Int> {
        weights.indices.sorted { weights[$0] > weights[$1] }.prefix(count)
    }

    private static func norm(_ weights: [Float]) -> Float {
        weights.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
    }
}
