import Foundation
import Testing

@testable import ParallaxCore

@Suite struct MinHashTests {
    /// Two sets of random shingles of about `size` each with Jaccard similarity `similarity`.
    static func pair(size: Int, similarity: Double, random: inout SplitMix) -> (
        [UInt64], [UInt64], Double
    ) {
        // |A ∩ B| = s, |A| = |B| = n: J = s / (2n − s), so s = 2nJ / (1 + J).
        let shared = Int((2 * Double(size) * similarity / (1 + similarity)).rounded())
        let common = (0..<shared).map { _ in random.next() }
        let first = common + (0..<(size - shared)).map { _ in random.next() }
        let second = common + (0..<(size - shared)).map { _ in random.next() }
        return (first, second, Double(shared) / Double(2 * size - shared))
    }

    @Test(arguments: [12, 100, 600])
    func estimatesJaccardSimilarityWithinItsStandardError(size: Int) {
        let minHash = MinHash()
        var random = SplitMix(seed: UInt64(size))
        for target in [0.2, 0.6, 0.9] {
            var totalError = 0.0
            var worst = 0.0
            let trials = 100
            for _ in 0..<trials {
                let (first, second, exact) = Self.pair(
                    size: size, similarity: target, random: &random)
                let estimate = MinHash.similarity(
                    minHash.signature(first), minHash.signature(second.shuffled(using: &random)))
                totalError += abs(estimate - exact)
                worst = max(worst, abs(estimate - exact))
            }
            // The standard error of 128 positions is at most 0.044; the mean absolute error of
            // an unbiased estimate is about 0.8 of it. Densified bins add to it on small sets.
            let meanError = totalError / Double(trials)
            #expect(meanError < (size < 128 ? 0.07 : 0.045), "J \(target): mean error \(meanError)")
            #expect(worst < 0.25, "J \(target): worst error \(worst)")
        }
    }

    @Test func equalSetsAgreeEverywhereAndTheEmptySetSignsAsMaximum() {
        let minHash = MinHash()
        var random = SplitMix(seed: 3)
        let shingles = (0..<50).map { _ in random.next() }
        let signature = minHash.signature(shingles)
        #expect(signature.count == minHash.permutations)
        // Order and repeats do not matter; every position is filled, even with fewer shingles
        // than positions.
        #expect(minHash.signature(shingles.reversed() + shingles) == signature)
        #expect(!signature.contains(.max))
        #expect(MinHash.similarity(signature, signature) == 1)
        #expect(minHash.signature([]).allSatisfy { $0 == .max })
        let other = minHash.signature((0..<50).map { _ in random.next() })
        #expect(MinHash.similarity(signature, other) < 0.1)
    }

    @Test func copiesLeaveTheIndexWithTheWindowAndRecentOnesAreStillFound() {
        // 600 distinct articles over 60 days, ten a day: most leave the 7-day window, so the
        // index clears the buckets they left behind several times on the way.
        let minHash = MinHash()
        let detector = CopyDetector()
        var random = SplitMix(seed: 5)
        var articles: [[UInt64]] = []
        for index in 0..<600 {
            let shingles = (0..<80).map { _ in random.next() }
            articles.append(shingles)
            let match = detector.add(
                index: Int32(index), signature: minHash.signature(shingles),
                date: Double(index) * 8640)
            #expect(match == nil)
        }
        let latest = Double(599) * 8640
        // A light rewrite of a recent article is found; one of an article that left is not.
        let recent = minHash.signature(Array(articles[590].dropFirst(4)) + [random.next()])
        let found = detector.add(index: 600, signature: recent, date: latest)
        #expect(found?.match == 590)
        let old = minHash.signature(Array(articles[3].dropFirst(4)))
        #expect(detector.add(index: 601, signature: old, date: latest) == nil)
        #expect(detector.activeCount < 100)
    }
}
