import Testing

@testable import ParallaxCore

@Suite struct TermProbeTests {
    /// `count` distinct random keys, sorted, with weights in (0, 1].
    static func vector(_ count: Int, from pool: [UInt64], _ random: inout SplitMix)
        -> [(key: TermKey, weight: Float)]
    {
        var picked: [UInt64: Float] = [:]
        while picked.count < min(count, pool.count) {
            picked[pool[Int(random.next() % UInt64(pool.count))]] =
                Float(random.next() % 1000 + 1) / 1000
        }
        return picked.map { (TermKey(rawValue: $0.key), $0.value) }.sorted { $0.key < $1.key }
    }

    @Test func dotIsTheCentroidWalkToTheBit() {
        var random = SplitMix(seed: 23)
        let pool = (0..<3000).map { _ in random.next() }
        var probe = TermProbe()
        // One table reused from vector to vector, large and small, as the engine reuses it: a
        // term of an earlier vector must not be found in a later one.
        for count in [0, 1, 5, 300, 2, 40, 1000, 17, 0, 64, 65, 9] {
            let terms = Self.vector(count, from: pool, &random)
            probe.load(terms)
            #expect(probe.isLoaded)
            for _ in 0..<5 {
                var centroid = Centroid()
                for _ in 0..<3 {
                    centroid.add(Self.vector(Int(random.next() % 200), from: pool, &random))
                }
                // Plus some of the article's own terms, so that the sum is rarely zero.
                centroid.add(Array(terms.prefix(count / 2)))
                #expect(probe.dot(centroid).bitPattern == centroid.dot(terms).bitPattern)
            }
        }
    }

    @Test func missingTermsWeighNothing() {
        var probe = TermProbe()
        probe.load([(TermKey(rawValue: 3), 0.5), (TermKey(rawValue: 8), 0.25)])
        var centroid = Centroid()
        centroid.add([
            (TermKey(rawValue: 1), 1), (TermKey(rawValue: 8), 2), (TermKey(rawValue: 9), 4),
        ])
        #expect(probe.dot(centroid) == 0.5)
        probe.load([(TermKey(rawValue: 9), 1)])
        #expect(probe.dot(centroid) == 4)
        probe.load([])
        #expect(probe.dot(centroid) == 0)
    }
}
