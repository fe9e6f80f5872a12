/// The few vector operations matching needs, on dense sentence vectors and on sparse term
/// weights.
enum Vectors {
    /// The dot product of two dense vectors (the cosine, for unit vectors), eight lanes at a
    /// time.
    ///
    /// Written with SIMD types because the plain loop stays scalar (the compiler may not reorder
    /// a floating-point sum), and a story's comparison takes the cosine of every pair of its
    /// sentences. Products are added, not fused: the SIMD types' `addProduct` fuses lane by
    /// lane, a scalar call for each.
    static func dot(_ a: [Float], _ b: [Float]) -> Double {
        let count = min(a.count, b.count)
        return a.withUnsafeBytes { a in
            b.withUnsafeBytes { b in
                guard let x = a.baseAddress, let y = b.baseAddress else { return 0 }
                let stride = MemoryLayout<Float>.stride
                var even = SIMD8<Float>()
                var odd = SIMD8<Float>()
                var k = 0
                while k + 16 <= count {
                    let at = k * stride
                    even +=
                        x.loadUnaligned(fromByteOffset: at, as: SIMD8<Float>.self)
                        * y.loadUnaligned(fromByteOffset: at, as: SIMD8<Float>.self)
                    odd +=
                        x.loadUnaligned(fromByteOffset: at + 8 * stride, as: SIMD8<Float>.self)
                        * y.loadUnaligned(fromByteOffset: at + 8 * stride, as: SIMD8<Float>.self)
                    k += 16
                }
                let lanes = even + odd
                var sum: Float = 0
                for lane in 0..<8 { sum += lanes[lane] }
                while k < count {
                    sum +=
                        x.load(fromByteOffset: k * stride, as: Float.self)
                        * y.load(fromByteOffset: k * stride, as: Float.self)
                    k += 1
                }
                return Double(sum)
            }
        }
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

    /// The dot product of two sparse vectors of sorted ids, by merging.
    static func dot(_ a: SparseVector, _ b: SparseVector) -> Double {
        var i = 0
        var j = 0
        var sum = 0.0
        while i < a.ids.count, j < b.ids.count {
            let x = a.ids[i]
            let y = b.ids[j]
            if x < y {
                i += 1
            } else if x > y {
                j += 1
            } else {
                sum += a.values[i] * b.values[j]
                i += 1
                j += 1
            }
        }
        return sum
    }
}

/// Sparse weights over term ids, the ids sorted: dot products merge them instead of hashing
/// strings, which is what made a large story's comparison slow.
struct SparseVector: Sendable {
    var ids: [Int32] = []
    var values: [Double] = []

    /// The ids with their weights, in order.
    var pairs: Zip2Sequence<[Int32], [Double]> { zip(ids, values) }

    /// The weights of `weights` (by term id), sorted by id.
    init(_ weights: [Int32: Double]) {
        for (id, value) in weights.sorted(by: { $0.key < $1.key }) {
            ids.append(id)
            values.append(value)
        }
    }
}
