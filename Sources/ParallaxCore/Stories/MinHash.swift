/// MinHash signatures of shingle sets: the share of equal positions in two signatures
/// estimates the Jaccard similarity of the sets.
///
/// Each of the ``permutations`` hash functions mixes the shingle's hash with its own seed and
/// odd multiplier in 32-bit arithmetic, which the compiler spreads over vector lanes; seeds and
/// multipliers are drawn from a fixed seed so that signatures are the same in every run.
public struct MinHash: Sendable {
    /// How many hash functions, the signature's length.
    public let permutations: Int
    private let multipliers: [UInt32]
    private let seeds: [UInt32]

    public init(permutations: Int = 128, seed: UInt64 = 0x5EED_0F_C0_91E5) {
        self.permutations = permutations
        var random = SplitMix(seed: seed)
        multipliers = (0..<permutations).map { _ in
            UInt32(truncatingIfNeeded: random.next()) | 1
        }
        seeds = (0..<permutations).map { _ in UInt32(truncatingIfNeeded: random.next()) }
    }

    /// The signature of a set of shingle hashes; an empty set signs as all `UInt32.max`.
    ///
    /// - Complexity: O(*s* × *p*) for *s* shingles and *p* permutations.
    public func signature(_ shingles: [UInt64]) -> [UInt32] {
        var signature = [UInt32](repeating: .max, count: permutations)
        multipliers.withUnsafeBufferPointer { multipliers in
            seeds.withUnsafeBufferPointer { seeds in
                signature.withUnsafeMutableBufferPointer { signature in
                    for shingle in shingles {
                        let folded = UInt32(truncatingIfNeeded: shingle ^ (shingle >> 32))
                        for index in 0..<signature.count {
                            var value = (folded ^ seeds[index]) &* multipliers[index]
                            value ^= value >> 15
                            value &*= 0x2C1B_3C6D
                            value ^= value >> 12
                            signature[index] = min(signature[index], value)
                        }
                    }
                }
            }
        }
        return signature
    }

    /// The share of equal positions: the estimated Jaccard similarity.
    public static func similarity(_ first: [UInt32], _ second: [UInt32]) -> Double {
        guard !first.isEmpty, first.count == second.count else { return 0 }
        var equal = 0
        for index in first.indices where first[index] == second[index] { equal += 1 }
        return Double(equal) / Double(first.count)
    }
}
