import Testing

@testable import ParallaxCore

@Suite struct TermCounterTests {
    @Test func sumsWeightsByKeyKeepsTheFirstLabelAndStartsOverAfterTake() {
        var counter = TermCounter()
        var random = SplitMix(seed: 9)
        // More keys than the first table holds, so that it grows with counts in it.
        let keys = (0..<900).map { _ in TermKey(rawValue: random.next()) }
        var reference: [TermKey: Float] = [:]
        for step in 0..<5000 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            let weight: Float = step % 3 == 0 ? 2 : 1
            counter.add(key, weight, label: "\(key.rawValue)-\(step)")
            reference[key, default: 0] += weight
        }
        let counts = counter.take()
        #expect(counts.map(\.key) == reference.keys.sorted())
        #expect(counts.allSatisfy { reference[$0.key] == $0.count })
        #expect(counts.allSatisfy { $0.label.hasPrefix("\($0.key.rawValue)-") })
        // Taken: the next article starts from nothing.
        counter.add(keys[0], 1, label: "again")
        let next = counter.take()
        #expect(next.count == 1)
        #expect(next.first?.count == 1)
        #expect(next.first?.label == "again")
    }
}
