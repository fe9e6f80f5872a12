/// Counts of yes/no decisions against the truth, and the precision, recall and F1 they give:
/// one definition for every score that uses them.
public struct MatchCounts: Sendable, Hashable {
    public var truePositives: Int
    public var falsePositives: Int
    public var falseNegatives: Int

    public init(truePositives: Int = 0, falsePositives: Int = 0, falseNegatives: Int = 0) {
        self.truePositives = truePositives
        self.falsePositives = falsePositives
        self.falseNegatives = falseNegatives
    }

    /// The share of yes decisions that are right; 0 with none.
    public var precision: Double {
        Double(truePositives) / Double(max(truePositives + falsePositives, 1))
    }

    /// The share of true cases decided yes; 0 with none.
    public var recall: Double {
        Double(truePositives) / Double(max(truePositives + falseNegatives, 1))
    }

    public var f1: Double { Self.f1(precision: precision, recall: recall) }

    /// The harmonic mean of a precision and a recall; 0 when both are 0.
    public static func f1(precision: Double, recall: Double) -> Double {
        precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0
    }
}
