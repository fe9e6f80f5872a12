import CBLAS
import Foundation

/// The evidence the same-fact model weighs about two sentences: how much of their words and
/// content overlap and in what order, whether their figures, names and negation agree, and how
/// close their sentence vectors are.
public enum SameFactFeatures {
    /// The names of the features, in order.
    public static let names =
        [
            "term-jaccard", "term-cover-min", "term-cover-max", "word-jaccard", "bigram-jaccard",
            "common-order", "length-ratio", "numbers-equal", "numbers-differ", "names-jaccard",
            "names-unmatched", "negation-differs",
        ] + LeftOverWords.names + [
            "cosine", "cosine-squared", "cosine-x-terms",
            "pieces-aligned-min", "pieces-aligned-max", "pieces-unaligned",
        ]

    /// How many features use the sentence vectors (the last ones); without vectors they are 0.
    public static let vectorFeatures = 6

    /// Where the ``LeftOverWords`` features stand. The same-event model leaves them out: it
    /// weighs them through the same-fact probability, and on their own they overfit its few
    /// thousand pairs (cross-validated F1 0.446 with them, 0.468 without).
    static let leftOverRange: Range<Int> = {
        let start = names.firstIndex(of: LeftOverWords.names[0])!
        return start..<(start + LeftOverWords.names.count)
    }()

    /// The features of a pair of sentences.
    public static func features(_ a: SameFactSide, _ b: SameFactSide) -> [Double] {
        let sharedTerms = Double(common(a.terms, b.terms))
        let termUnion = Double(a.terms.count + b.terms.count) - sharedTerms
        let termJaccard = termUnion > 0 ? sharedTerms / termUnion : 0
        let smaller = Double(max(1, min(a.terms.count, b.terms.count)))
        let larger = Double(max(1, max(a.terms.count, b.terms.count)))
        let sharedWords = shared(a.wordSet, b.wordSet)
        let wordJaccard = jaccard(sharing: sharedWords.count, a.wordSet.count, b.wordSet.count)
        let bigramJaccard = jaccard(a.bigrams, b.bigrams)
        // Words the other sentence lacks cannot be in a common subsequence: leave them out
        // first, which makes the quadratic part small for all but near copies.
        let order = Double(
            commonSubsequence(
                a.words.filter { contains(sharedWords, $0) },
                b.words.filter { contains(sharedWords, $0) }))
        let longest = Double(max(1, max(a.words.count, b.words.count)))
        let lengthRatio = Double(min(a.words.count, b.words.count)) / longest
        let sharedNumbers = common(a.numbers, b.numbers)
        let numberUnion = a.numbers.count + b.numbers.count - sharedNumbers
        let numbersEqual = !a.numbers.isEmpty && a.numbers == b.numbers ? 1.0 : 0
        let numbersDiffer =
            numberUnion == 0 ? 0 : Double(numberUnion - sharedNumbers) / Double(numberUnion)
        let sharedNames = common(a.names, b.names)
        let nameUnion = a.names.count + b.names.count - sharedNames
        let namesJaccard = nameUnion == 0 ? 1 : Double(sharedNames) / Double(nameUnion)
        let namesUnmatched = Double(nameUnion - sharedNames)
        var cosine = 0.0
        var aligned = (0.0, 0.0, 0.0)
        if let first = a.encoding, let second = b.encoding {
            cosine = Vectors.dot(first.vector, second.vector)
            aligned = alignment(first, second)
        }
        var features: [Double] = []
        features.reserveCapacity(names.count)
        features += [
            termJaccard, sharedTerms / larger, sharedTerms / smaller, wordJaccard, bigramJaccard,
            order / longest, lengthRatio, numbersEqual, numbersDiffer, namesJaccard,
            min(namesUnmatched, 6) / 6, a.isNegated != b.isNegated ? 1 : 0,
        ]
        LeftOverWords.append(
            LeftOverWords(a, against: b), LeftOverWords(b, against: a), to: &features)
        features += [
            cosine, cosine * cosine, cosine * termJaccard, aligned.0, aligned.1, aligned.2,
        ]
        return features
    }

    /// Calls `body` with each key two sorted, unique key lists both hold, in order: a merge,
    /// without hashing.
    @inline(__always)
    static func forEachShared(_ a: [UInt64], _ b: [UInt64], _ body: (UInt64) -> Void) {
        var (i, j) = (0, 0)
        while i < a.count && j < b.count {
            if a[i] == b[j] {
                body(a[i])
                i += 1
                j += 1
            } else if a[i] < b[j] {
                i += 1
            } else {
                j += 1
            }
        }
    }

    /// How many keys two sorted, unique key lists share.
    static func common(_ a: [UInt64], _ b: [UInt64]) -> Int {
        var count = 0
        forEachShared(a, b) { _ in count += 1 }
        return count
    }

    /// The keys two sorted, unique key lists share, sorted.
    static func shared(_ a: [UInt64], _ b: [UInt64]) -> [UInt64] {
        var result: [UInt64] = []
        forEachShared(a, b) { result.append($0) }
        return result
    }

    /// Whether the sorted list `keys` holds `key`: a binary search.
    static func contains(_ keys: [UInt64], _ key: UInt64) -> Bool {
        let low = keys.partitioningIndex { $0 >= key }
        return low < keys.count && keys[low] == key
    }

    static func jaccard(_ a: [UInt64], _ b: [UInt64]) -> Double {
        jaccard(sharing: common(a, b), a.count, b.count)
    }

    /// The Jaccard index of two sets of `a` and `b` members that share `shared`; 0 when both
    /// are empty.
    static func jaccard(sharing shared: Int, _ a: Int, _ b: Int) -> Double {
        let union = a + b - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    /// The length of the longest common subsequence of two word lists: shared words in the same
    /// order.
    ///
    /// - Complexity: O(*n* · *m*), for sentences of *n* and *m* words.
    static func commonSubsequence(_ a: [UInt64], _ b: [UInt64]) -> Int {
        guard !a.isEmpty, !b.isEmpty else { return 0 }
        var previous = [Int](repeating: 0, count: b.count + 1)
        var current = previous
        for i in 1...a.count {
            for j in 1...b.count {
                current[j] =
                    a[i - 1] == b[j - 1] ? previous[j - 1] + 1 : max(previous[j], current[j - 1])
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// How well the word pieces of each sentence find a match in the other, in context: the
    /// mean best cosine each way (the smaller and the larger), and the largest share of either
    /// sentence's pieces whose best match is weak.
    ///
    /// Every piece's cosine with every other is one matrix product, done by OpenBLAS: with
    /// sentence vectors this runs for every cross-source pair of a story's sentences, and a
    /// loop of dot products (eight floats at a time) took a third of a 100-article comparison,
    /// and through BLAS about a sixth of a shorter one (`perf record -g parallax bench compare
    /// --events … --articles 100`).
    static func alignment(_ a: SentenceEncoding, _ b: SentenceEncoding) -> (Double, Double, Double)
    {
        let width = a.vector.count
        let rows = a.tokens.count / max(width, 1)
        let columns = b.tokens.count / max(width, 1)
        guard rows > 0, columns > 0 else { return (0, 0, 1) }
        var bestOfRow = [Float](repeating: -1, count: rows)
        var bestOfColumn = [Float](repeating: -1, count: columns)
        withUnsafeTemporaryAllocation(of: Float.self, capacity: rows * columns) { products in
            let c = products.baseAddress!
            a.tokens.withUnsafeBufferPointer { first in
                b.tokens.withUnsafeBufferPointer { second in
                    cblas_sgemm(
                        101, 111, 112, Int32(rows), Int32(columns), Int32(width), 1,
                        first.baseAddress!, Int32(width), second.baseAddress!, Int32(width), 0,
                        c, Int32(columns))
                }
            }
            for row in 0..<rows {
                for column in 0..<columns {
                    let dot = c[row * columns + column]
                    bestOfRow[row] = max(bestOfRow[row], dot)
                    bestOfColumn[column] = max(bestOfColumn[column], dot)
                }
            }
        }
        let precision = Double(bestOfRow.reduce(0, +)) / Double(rows)
        let recall = Double(bestOfColumn.reduce(0, +)) / Double(columns)
        let weak = max(
            Double(bestOfRow.filter { $0 < 0.5 }.count) / Double(rows),
            Double(bestOfColumn.filter { $0 < 0.5 }.count) / Double(columns))
        return (min(precision, recall), max(precision, recall), weak)
    }
}
