/// The few vector operations matching needs, on dense sentence vectors and on sparse term
/// weights.
enum Vectors {
    /// The dot product of two dense vectors (the cosine, for unit vectors).
    static func dot(_ a: [Float], _ b: [Float]) -> Double {
        var sum: Float = 0
        for k in 0..<min(a.count, b.count) { sum += a[k] * b[k] }
        return Double(sum)
    }

    /// The sum of `vectors` scaled to unit length; `nil` when there are none.
    static func unitSum(_ vectors: [[Float]]) -> [Float]? {
        guard let first = vectors.first else { return nil }
        var sum = [Float](repeating: 0, count: first.count)
        for vector in vectors { for k in sum.indices { sum[k] += vector[k] } }
        let norm = sum.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? sum.map { $0 / norm } : sum
    }

    /// Sparse weights scaled to unit length (unchanged when all are 0).
    static func unit<Key>(_ weights: [Key: Double]) -> [Key: Double] {
        let norm = weights.values.reduce(0) { $0 + $1 * $1 }.squareRoot()
        return norm > 0 ? weights.mapValues { $0 / norm } : weights
    }

    /// The dot product of two sparse weight vectors, iterating over the smaller.
    static func dot<Key>(_ a: [Key: Double], _ b: [Key: Double]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var sum = 0.0
        for (key, weight) in small { sum += weight * (large[key] ?? 0) }
        return sum
    }
}
