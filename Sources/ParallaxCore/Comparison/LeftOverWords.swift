import Foundation

/// What one sentence says that another does not: its words whose stem the other lacks, counted
/// by kind, and how they bunch together.
///
/// Two sentences that share most of their words can still report different facts when one
/// adds a clause ("…, making that year's shortfall worse"), a figure or a name the other lacks.
/// Word overlap and sentence vectors both miss that; these counts catch it. On the MSRP
/// training pairs they lifted the same-fact model's cross-validated accuracy from 0.76 to
/// about 0.78.
struct LeftOverWords: Equatable {
    /// Words of the sentence the other lacks: figures, names, and other content words.
    var numbers = 0
    var names = 0
    var content = 0
    /// The longest run of words the other lacks (a matched function word does not end it), and
    /// the runs at the end and at the start, up to the first matched content word.
    var longestRun = 0
    var tail = 0
    var head = 0
    /// The share of the sentence's content words whose stem the other has; 1 without any.
    var coveredContent = 1.0

    /// The kind of a word, for counting what is left over.
    enum Kind: UInt8 {
        case function, number, name, content
    }

    /// The words of `side` whose stems `other` lacks.
    ///
    /// - Complexity: O(*n* log *m*), for sentences of *n* and *m* words; one pass, without
    ///   allocating (it runs for every pair a story's comparison judges).
    init(_ side: SameFactSide, against other: SameFactSide) {
        var run = 0
        var contentWords = 0
        var covered = 0
        // Unmatched words since the last matched content word, and whether one was seen: the
        // runs at either end stop at matched content words.
        var sinceMatch = 0
        var matchedContent = false
        for (stem, kind) in zip(side.stems, side.kinds) {
            let isMatched =
                other.stemMask & Self.bit(stem) != 0
                && SameFactFeatures.contains(other.stemSet, stem)
            if kind != .function {
                contentWords += 1
                if isMatched {
                    covered += 1
                    run = 0
                    sinceMatch = 0
                    matchedContent = true
                }
            }
            if isMatched { continue }
            run += 1
            sinceMatch += 1
            if !matchedContent { head += 1 }
            longestRun = max(longestRun, run)
            switch kind {
            case .number: numbers += 1
            case .name: names += 1
            case .content: content += 1
            case .function: break
            }
        }
        tail = sinceMatch
        coveredContent = contentWords == 0 ? 1 : Double(covered) / Double(contentWords)
    }

    /// The bit of a stem in a ``SameFactSide/stemMask``: six bits of the key, mixed.
    @inline(__always)
    static func bit(_ stem: UInt64) -> UInt64 {
        1 << ((stem &* 0x9E37_79B9_7F4A_7C15) >> 58)
    }

    /// The counts, in the order of ``names``.
    var counts: [Int] { [numbers, names, content, longestRun, tail, head] }

    /// The names of the pair features ``append(_:_:to:)`` gives.
    static let names: [String] = {
        let counts = ["numbers", "names", "content", "run", "tail", "head"]
        let raw = counts.flatMap { ["left-\($0)-max", "left-\($0)-min"] }
        return raw + raw.map { "log-\($0)" } + ["covered-content-max", "covered-content-min"]
    }()

    /// Appends a pair's features to `features`: each count's larger and smaller value over the
    /// two sentences, then the same on a log scale (the model is linear, and the first extra
    /// word matters more than the fifth), then the larger and smaller covered share.
    static func append(_ a: LeftOverWords, _ b: LeftOverWords, to features: inout [Double]) {
        let start = features.count
        for (x, y) in zip(a.counts, b.counts) {
            features.append(Double(max(x, y)))
            features.append(Double(min(x, y)))
        }
        for index in start..<features.count { features.append(log1p(features[index])) }
        features += [
            max(a.coveredContent, b.coveredContent), min(a.coveredContent, b.coveredContent),
        ]
    }
}
