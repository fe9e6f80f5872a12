import Testing

@testable import ParallaxCore

/// Dense dot products, taken eight lanes at a time with a scalar tail, against the plain sum.
@Suite struct VectorsTests {
    /// Values that are exact in binary, so every order of summing gives the same float.
    static func values(_ count: Int, seed: Int) -> [Float] {
        (0..<count).map { Float(($0 * 7 + seed * 3) % 11 - 5) / 4 }
    }

    @Test(arguments: [0, 1, 7, 8, 15, 16, 17, 31, 33, 384, 390])
    func aDotProductEqualsThePlainSumAtAnyLength(count: Int) {
        let a = Self.values(count, seed: 1)
        let b = Self.values(count, seed: 2)
        let plain = zip(a, b).reduce(Float(0)) { $0 + $1.0 * $1.1 }
        #expect(Vectors.dot(a, b) == Double(plain))
        // A shorter vector bounds the sum.
        #expect(Vectors.dot(a, b + [100, 100]) == Double(plain))
    }

    @Test func wordPiecesAlignEachToItsBestMatch() {
        // Two dimensions. The first sentence's pieces point along x, y and 60 degrees from x;
        // the second's along x alone. Best matches of the first's: 1, 0 and 0.5 (mean 0.5),
        // one of three below 0.5; of the second's: 1.
        let x: [Float] = [1, 0]
        let y: [Float] = [0, 1]
        let slant: [Float] = [0.5, Float(3).squareRoot() / 2]
        let first = SentenceEncoding(vector: [1, 0], tokens: x + y + slant)
        let second = SentenceEncoding(vector: [1, 0], tokens: x)
        let (low, high, weak) = SameFactFeatures.alignment(first, second)
        #expect(abs(low - 0.5) < 1e-6)
        #expect(abs(high - 1) < 1e-6)
        #expect(abs(weak - 1.0 / 3) < 1e-6)
        #expect(SameFactFeatures.alignment(second, first) == (low, high, weak))
    }
}
