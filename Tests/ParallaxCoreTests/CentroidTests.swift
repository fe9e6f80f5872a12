import Testing

@testable import ParallaxCore

@Suite struct CentroidTests {
    static func vector(_ pairs: [(UInt64, Float)]) -> [(key: TermKey, weight: Float)] {
        pairs.map { (TermKey(rawValue: $0.0), $0.1) }.sorted { $0.key < $1.key }
    }

    @Test func sumsVectorsAndKeepsItsNormAndDotProducts() {
        var centroid = Centroid()
        let first = Self.vector([(5, 0.6), (9, 0.8)])
        let second = Self.vector([(2, 0.6), (9, 0.8)])
        centroid.add(first)
        centroid.add(second)
        // The sum is {2: 0.6, 5: 0.6, 9: 1.6}.
        #expect(centroid.keys.map(\.rawValue) == [2, 5, 9])
        #expect(abs(centroid.weight(of: TermKey(rawValue: 9))! - 1.6) < 1e-6)
        #expect(centroid.weight(of: TermKey(rawValue: 7)) == nil)
        #expect(abs(centroid.norm - (0.36 + 0.36 + 2.56).squareRoot()) < 1e-5)
        let probe = Self.vector([(1, 0.5), (5, 0.5), (9, 0.5), (12, 0.5)])
        #expect(abs(centroid.dot(probe) - (0.6 * 0.5 + 1.6 * 0.5)) < 1e-6)
    }

    @Test func pruningKeepsTheHeaviestInKeyOrder() {
        var centroid = Centroid()
        centroid.add(Self.vector([(1, 0.1), (2, 0.7), (3, 0.2), (4, 0.6), (5, 0.3)]))
        centroid.prune(2)
        #expect(centroid.keys.map(\.rawValue) == [2, 4])
        #expect(abs(centroid.norm - (0.49 + 0.36).squareRoot()) < 1e-6)
        var other = Centroid()
        other.add(Self.vector([(4, 1)]))
        centroid.add(other)
        #expect(abs(centroid.weight(of: TermKey(rawValue: 4))! - 1.6) < 1e-6)
    }

    @Test func addingVectorsAndCentroidsAgreesWithADictionarySum() {
        var random = SplitMix(seed: 17)
        // Keys from a small pool, so that each addition both shares keys and brings new ones,
        // some before, between and after those held.
        let pool = (0..<400).map { _ in random.next() }
        func randomVector() -> [(key: TermKey, weight: Float)] {
            let count = Int(random.next() % 60)
            var picked: [UInt64: Float] = [:]
            for _ in 0..<count {
                picked[pool[Int(random.next() % UInt64(pool.count))]] =
                    Float(random.next() % 1000 + 1) / 1000
            }
            return Self.vector(picked.map { ($0.key, $0.value) })
        }
        var centroid = Centroid()
        var reference: [UInt64: Float] = [:]
        for step in 0..<200 {
            if step % 10 == 9 {
                var other = Centroid()
                let terms = randomVector()
                other.add(terms)
                centroid.add(other)
                for term in terms { reference[term.key.rawValue, default: 0] += term.weight }
            } else {
                let terms = randomVector()
                centroid.add(terms)
                for term in terms { reference[term.key.rawValue, default: 0] += term.weight }
            }
            #expect(centroid.keys.map(\.rawValue) == reference.keys.sorted())
        }
        for (key, weight) in reference {
            #expect(abs(centroid.weight(of: TermKey(rawValue: key))! - weight) < 1e-3)
        }
        let norm = reference.values.reduce(Float(0)) { $0 + $1 * $1 }.squareRoot()
        #expect(abs(centroid.norm - norm) < norm * 1e-4)
    }
}
