import Testing

@testable import ParallaxCore

@Suite struct TermPostingsTests {
    /// Rare terms find the candidates; a common term finds none but is still given for them.
    @Test func commonTermsCountForCandidatesOnly() {
        // Term 5 is held by all four items, over the limit of 2; terms 1 and 2 by two each.
        let index = TermPostings([[1, 2, 5], [2, 5], [5], [1, 5]], termCount: 6, limit: 2)
        var mark = [Int](repeating: -1, count: 4)
        let candidates = index.candidates(of: 0, mark: &mark) { $0 != 0 }
        // Item 2 shares only the common term.
        #expect(candidates == [1, 3])
        var shared: [[Int]] = []
        index.forEachShared(of: 0, with: candidates, mark: mark) { slot, other, at in
            shared.append([slot, other, at])
        }
        // In item 0's order of terms: 1 with item 3, 2 with item 1, then 5 with both.
        #expect(shared == [[0, 3, 0], [1, 1, 0], [2, 1, 1], [2, 3, 1]])
    }

    /// Items `admits` refuses are no candidates, and nothing is given for them.
    @Test func refusedItemsAreLeftOut() {
        let index = TermPostings([[1, 2], [1], [2]], termCount: 3, limit: 10)
        var mark = [Int](repeating: -1, count: 3)
        let candidates = index.candidates(of: 0, mark: &mark) { $0 == 2 }
        #expect(candidates == [2])
        var others: [Int] = []
        index.forEachShared(of: 0, with: candidates, mark: mark) { _, other, _ in
            others.append(other)
        }
        #expect(others == [2])
    }

    /// Summed over the walk, every candidate's dot product is the merge's, to the bit, and the
    /// candidates are the items sharing a rare term, whatever the item before left in `mark`.
    @Test func walkedDotProductsAreTheMerges() {
        var generator = SplitMix(seed: 11)
        let termCount = 40
        let vectors = (0..<60).map { _ in
            var weights: [Int32: Double] = [:]
            for _ in 0..<Int.random(in: 1...8, using: &generator) {
                // Low ids are common: a few terms held by most items.
                let id = Int32(
                    min(
                        Int.random(in: 0..<termCount, using: &generator),
                        Int.random(in: 0..<termCount, using: &generator)))
                weights[id] = Double.random(in: 0.1...1, using: &generator)
            }
            return SparseVector(weights)
        }
        let limit = 12
        let index = TermPostings(vectors.map(\.ids), termCount: termCount, limit: limit)
        var holders = [Int](repeating: 0, count: termCount)
        for vector in vectors { for id in vector.ids { holders[Int(id)] += 1 } }
        #expect(holders.contains { $0 > limit })
        var mark = [Int](repeating: -1, count: vectors.count)
        var dot = [Double](repeating: 0, count: vectors.count)
        for item in vectors.indices {
            let candidates = index.candidates(of: item, mark: &mark) { $0 != item }
            let expected = vectors.indices.filter { other in
                other != item
                    && vectors[item].ids.contains { id in
                        holders[Int(id)] <= limit && vectors[other].ids.contains(id)
                    }
            }
            #expect(candidates == expected)
            for other in candidates { dot[other] = 0 }
            index.forEachShared(of: item, with: candidates, mark: mark) { slot, other, at in
                dot[other] += vectors[item].values[slot] * vectors[other].values[at]
            }
            for other in candidates {
                #expect(dot[other] == Vectors.dot(vectors[item], vectors[other]))
            }
        }
    }
}
