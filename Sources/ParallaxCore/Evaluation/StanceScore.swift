/// What an article body does with a claim (a headline), as in the Fake News Challenge (FNC-1).
public enum Stance: String, Sendable, CaseIterable, Codable {
    case agree, disagree, discuss, unrelated
}

/// The FNC-1 score and per-class F1 of stance predictions.
///
/// The competition's weighting: a quarter point for telling related from unrelated right, and
/// for a related pair three quarters more for the right stance. The relative score is the total
/// over the most a perfect prediction could get.
public struct StanceScore: Sendable {
    /// Counts by gold stance, then predicted stance.
    public private(set) var confusion: [Stance: [Stance: Int]] = [:]
    public private(set) var score = 0.0
    public private(set) var best = 0.0

    public init() {}

    public mutating func add(predicted: Stance, gold: Stance) {
        confusion[gold, default: [:]][predicted, default: 0] += 1
        let goldRelated = gold != .unrelated
        let predictedRelated = predicted != .unrelated
        if goldRelated == predictedRelated { score += 0.25 }
        if goldRelated && predicted == gold { score += 0.75 }
        best += goldRelated ? 1 : 0.25
    }

    /// The score relative to the best possible, from 0 to 1.
    public var relative: Double { best > 0 ? score / best : 0 }

    /// The F1 of one stance.
    public func f1(_ stance: Stance) -> Double {
        let truePositives = confusion[stance]?[stance] ?? 0
        let predicted = confusion.values.reduce(0) { $0 + ($1[stance] ?? 0) }
        let actual = confusion[stance]?.values.reduce(0, +) ?? 0
        return MatchCounts(
            truePositives: truePositives, falsePositives: predicted - truePositives,
            falseNegatives: actual - truePositives
        ).f1
    }
}
