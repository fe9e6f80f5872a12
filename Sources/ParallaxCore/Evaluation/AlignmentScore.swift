import Foundation

/// One case of the ECB+ alignment set: two articles on one event, the sentences of each that
/// carry an annotated event mention, and the pairs that mention the same event instance.
public struct AlignmentCase: Sendable, Decodable {
    public var event: String
    public var files: [String]
    public var annotated: [[String]]
    public var gold: [[String]]

    /// The topic the event belongs to: the number before `ecb` in its name.
    public var topic: Int { Int(event.prefix { $0.isNumber }) ?? 0 }
}

/// Scores the agreed facts of comparisons against the gold pairs, as
/// `../shared/bench/score_alignment.py` does: each agreed fact's texts are matched to the
/// annotated sentences (word Jaccard of 0.6 or more, the best match), and the fact, with its
/// related sentences, asserts every pair of a matched sentence of the first article and one of
/// the second.
public struct AlignmentScore: Sendable {
    public private(set) var truePositives = 0
    public private(set) var falsePositives = 0
    public private(set) var falseNegatives = 0

    public init() {}

    private var counts: MatchCounts {
        MatchCounts(
            truePositives: truePositives, falsePositives: falsePositives,
            falseNegatives: falseNegatives)
    }
    public var precision: Double { counts.precision }
    public var recall: Double { counts.recall }
    public var f1: Double { counts.f1 }

    /// Adds one case, given the agreed facts of its comparison.
    public mutating func add(_ item: AlignmentCase, agreed: [AgreedFact]) {
        let predicted = Self.pairs(item, agreed: agreed)
        let gold = Set(
            item.gold.compactMap { pair -> [Int]? in
                guard let a = item.annotated[0].firstIndex(of: pair[0]),
                    let b = item.annotated[1].firstIndex(of: pair[1])
                else { return nil }
                return [a, b]
            })
        truePositives += predicted.intersection(gold).count
        falsePositives += predicted.subtracting(gold).count
        falseNegatives += gold.subtracting(predicted).count
    }

    /// The annotated pairs `[a, b]` that the agreed facts assert.
    static func pairs(_ item: AlignmentCase, agreed: [AgreedFact]) -> Set<[Int]> {
        var pairs: Set<[Int]> = []
        for fact in agreed {
            let texts = ([fact.fact] + (fact.evidence + (fact.related ?? [])).map(\.text)).filter {
                $0.count > 15
            }
            let first = Set(texts.compactMap { match($0, in: item.annotated[0]) })
            let second = Set(texts.compactMap { match($0, in: item.annotated[1]) })
            for a in first { for b in second { pairs.insert([a, b]) } }
        }
        return pairs
    }

    /// The annotated sentence whose words best match `text`, if they match at 0.6 or more.
    public static func match(_ text: String, in sentences: [String]) -> Int? {
        let words = self.words(text)
        var best: (Int, Double)?
        for (index, sentence) in sentences.enumerated() {
            let other = self.words(sentence)
            let union = words.union(other).count
            let jaccard = union > 0 ? Double(words.intersection(other).count) / Double(union) : 0
            if best.map({ jaccard > $0.1 }) ?? true { best = (index, jaccard) }
        }
        guard let best, best.1 >= 0.6 else { return nil }
        return best.0
    }

    /// Runs of word characters, lower case, as Python's `\w+`.
    static func words(_ text: String) -> Set<String> {
        var words: Set<String> = []
        var current = ""
        for character in text.lowercased() {
            if character.isLetter || character.isNumber || character == "_" {
                current.append(character)
            } else if !current.isEmpty {
                words.insert(current)
                current = ""
            }
        }
        if !current.isEmpty { words.insert(current) }
        return words
    }
}
