/// One article's vector in one channel, laid out so that a centroid's terms can be looked up in
/// it without a branch: a cuckoo table, where each term sits in one of two slots that its key
/// picks, so that a lookup reads both and keeps the one that matches.
///
/// Scoring an article against a candidate story walked the story's centroid (up to hundreds of
/// terms) beside the article's terms, one dependent step at a time; looking each centroid term
/// up here instead lets the processor run the steps side by side. Written by hand because no
/// package here has such a table, and the table is reused from article to article.
struct TermProbe {
    private var keys: [UInt64] = []
    private var weights: [Float] = []
    private var used: [Int] = []
    private var shift: UInt64 = 64
    /// Whether the vector is in the table: false for the rare vector that cuckoo insertion
    /// could not place, which is then scored by walking (``Centroid/dot(_:)``).
    private(set) var isLoaded = false

    /// The most times an insertion moves a term to its other slot before it gives up.
    private static let maximumMoves = 64

    /// Puts `terms` (distinct keys) in the table, in place of the vector before.
    mutating func load(_ terms: [(key: TermKey, weight: Float)]) {
        for slot in used {
            keys[slot] = 0
            weights[slot] = 0
        }
        used.removeAll(keepingCapacity: true)
        // At most a quarter full, so that insertion almost never fails.
        var size = 64
        while size < terms.count * 4 { size *= 2 }
        if size > keys.count {
            keys = Array(repeating: 0, count: size)
            weights = Array(repeating: 0, count: size)
        }
        shift = UInt64(64 - (keys.count.trailingZeroBitCount))
        isLoaded = true
        for term in terms where !insert(term.key.rawValue, term.weight) {
            isLoaded = false
            return
        }
    }

    /// The weight of `key`, or 0 when the vector does not hold it.
    @inline(__always)
    private func weight(
        _ key: UInt64, _ keys: UnsafePointer<UInt64>, _ weights: UnsafePointer<Float>
    )
        -> Float
    {
        let (first, second) = slots(key)
        // Both are read; at most one matches, and a missing term weighs 0.
        return (keys[first] == key ? weights[first] : 0)
            + (keys[second] == key ? weights[second] : 0)
    }

    /// The dot product with `centroid`: the same sum, added in the same order, as the walk of
    /// ``Centroid/dot(_:)``, so that the two give the same result to the bit.
    func dot(_ centroid: Centroid) -> Float {
        var result: Float = 0
        keys.withUnsafeBufferPointer { keys in
            weights.withUnsafeBufferPointer { weights in
                centroid.keys.withUnsafeBufferPointer { centroidKeys in
                    centroid.weights.withUnsafeBufferPointer { centroidWeights in
                        for index in 0..<centroidKeys.count {
                            result +=
                                centroidWeights[index]
                                * weight(
                                    centroidKeys[index].rawValue, keys.baseAddress!,
                                    weights.baseAddress!)
                        }
                    }
                }
            }
        }
        return result
    }

    /// The two slots of `key`, which always differ (a term found in both would count twice):
    /// the high bits of a product, and those bits with an odd number of the key's own flipped.
    @inline(__always)
    private func slots(_ key: UInt64) -> (Int, Int) {
        let first = Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        let flip = Int(truncatingIfNeeded: (key &* 0xC2B2_AE3D_27D4_EB4F) >> shift) | 1
        return (first, first ^ flip)
    }

    /// Places `key`, moving the terms in its way to their other slots; false when it gives up.
    private mutating func insert(_ key: UInt64, _ weight: Float) -> Bool {
        var key = key
        var weight = weight
        var (slot, _) = slots(key)
        for _ in 0..<Self.maximumMoves {
            if keys[slot] == 0, weights[slot] == 0 {
                keys[slot] = key
                weights[slot] = weight
                used.append(slot)
                return true
            }
            swap(&key, &keys[slot])
            swap(&weight, &weights[slot])
            let (first, second) = slots(key)
            slot = slot == first ? second : first
        }
        return false
    }
}
