/// How well a clustering matches gold labels: pairwise precision, recall and F1 over pairs of
/// items put together (the news stream clustering standard), B-cubed F1 and the adjusted Rand
/// index, computed as `../shared/bench/score_clusters.py` computes them.
public struct ClusterScore: Sendable, Hashable, Codable {
    public var pairwisePrecision: Double
    public var pairwiseRecall: Double
    public var pairwiseF1: Double
    public var bcubedPrecision: Double
    public var bcubedRecall: Double
    public var bcubedF1: Double
    public var adjustedRand: Double
    public var items: Int
    public var goldClusters: Int
    public var predictedClusters: Int

    /// Scores `predicted` against `gold`, both keyed by item id. Items missing from `predicted`
    /// count as clusters of their own; items missing from `gold` are ignored.
    public init(gold: [String: String], predicted: [String: String]) {
        var joint: [Pair: Int] = [:]
        var goldSizes: [String: Int] = [:]
        var predictedSizes: [String: Int] = [:]
        var prediction: [String: String] = [:]
        for (item, label) in gold {
            let cluster = predicted[item] ?? "singleton:" + item
            prediction[item] = cluster
            joint[Pair(gold: label, predicted: cluster), default: 0] += 1
            goldSizes[label, default: 0] += 1
            predictedSizes[cluster, default: 0] += 1
        }
        func pairs(_ count: Int) -> Double { Double(count) * Double(count - 1) / 2 }
        let together = joint.values.reduce(0) { $0 + pairs($1) }
        let goldPairs = goldSizes.values.reduce(0) { $0 + pairs($1) }
        let predictedPairs = predictedSizes.values.reduce(0) { $0 + pairs($1) }
        pairwisePrecision = predictedPairs > 0 ? together / predictedPairs : 1
        pairwiseRecall = goldPairs > 0 ? together / goldPairs : 1
        pairwiseF1 = MatchCounts.f1(precision: pairwisePrecision, recall: pairwiseRecall)
        let count = gold.count
        let total = pairs(count)
        let expected = total > 0 ? goldPairs * predictedPairs / total : 0
        let maximum = (goldPairs + predictedPairs) / 2
        adjustedRand = maximum != expected ? (together - expected) / (maximum - expected) : 1
        var precisionSum = 0.0
        var recallSum = 0.0
        for (item, label) in gold {
            let cluster = prediction[item]!
            let shared = Double(joint[Pair(gold: label, predicted: cluster)]!)
            precisionSum += shared / Double(predictedSizes[cluster]!)
            recallSum += shared / Double(goldSizes[label]!)
        }
        bcubedPrecision = count > 0 ? precisionSum / Double(count) : 1
        bcubedRecall = count > 0 ? recallSum / Double(count) : 1
        bcubedF1 = MatchCounts.f1(precision: bcubedPrecision, recall: bcubedRecall)
        items = count
        goldClusters = goldSizes.count
        predictedClusters = predictedSizes.count
    }

    private struct Pair: Hashable {
        var gold: String
        var predicted: String
    }
}
