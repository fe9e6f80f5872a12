/// The article-extraction benchmark's metric: per page, precision and recall of the extracted
/// body's 4-token shingles against the true body's (tokens are runs of word characters),
/// averaged over pages, with F1 from the two averages.
public struct ExtractionScore: Hashable, Sendable, Codable {
    public var precision: Double
    public var recall: Double
    public var f1: Double
    public var pages: Int

    /// Scores predictions against the truth, both keyed by page id.
    public init(truth: [String: String], predictions: [String: String]) {
        var precisions: [Double] = []
        var recalls: [Double] = []
        for key in truth.keys.sorted() {
            let expected = Self.shingles(truth[key] ?? "")
            let predicted = Self.shingles(predictions[key] ?? "")
            var truePositives = 0
            for (shingle, count) in predicted {
                truePositives += min(count, expected[shingle] ?? 0)
            }
            let falsePositives = predicted.values.reduce(0, +) - truePositives
            let falseNegatives = expected.values.reduce(0, +) - truePositives
            let total = truePositives + falsePositives + falseNegatives
            guard total > 0 else { continue }
            let (tp, fp, fn) = (
                Double(truePositives) / Double(total), Double(falsePositives) / Double(total),
                Double(falseNegatives) / Double(total)
            )
            if tp + fp > 0 { precisions.append(fp == 0 && fn == 0 ? 1 : tp / (tp + fp)) }
            if tp + fn > 0 { recalls.append(fp == 0 && fn == 0 ? 1 : tp / (tp + fn)) }
        }
        precision = precisions.isEmpty ? 0 : precisions.reduce(0, +) / Double(precisions.count)
        recall = recalls.isEmpty ? 0 : recalls.reduce(0, +) / Double(recalls.count)
        f1 = MatchCounts.f1(precision: precision, recall: recall)
        pages = truth.count
    }

    /// The 4-token shingles of `text` with their counts; a text of fewer tokens is one shingle.
    static func shingles(_ text: String) -> [[Substring]: Int] {
        var tokens: [Substring] = []
        var start: String.Index?
        for index in text.indices {
            let character = text[index]
            if character.isLetter || character.isNumber || character == "_" {
                if start == nil { start = index }
            } else if let first = start {
                tokens.append(text[first..<index])
                start = nil
            }
        }
        if let first = start { tokens.append(text[first...]) }
        var counts: [[Substring]: Int] = [:]
        guard !tokens.isEmpty else { return counts }
        for offset in 0..<max(1, tokens.count - 3) {
            counts[Array(tokens[offset..<min(tokens.count, offset + 4)]), default: 0] += 1
        }
        return counts
    }
}
