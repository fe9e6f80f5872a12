import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxEmbedding

/// `parallax eval paraphrase --data FILE.tsv`: the same-fact model on labelled sentence pairs.
struct ParaphraseEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paraphrase",
        abstract: "Score same-fact decisions on sentence pairs labelled same or not (MSRP format).",
        discussion: """
            FILE.tsv has a header line, then Quality (1 = same), #1 ID, #2 ID, #1 String and \
            #2 String, separated by tabs. Prints accuracy, and precision, recall and F1 of the \
            "same" class. Uses the sentence encoder and the same-fact cross-encoder when the \
            encoder is installed (scripts/setup), and words, figures and names alone when it is \
            not or with --no-vectors.
            """)

    @Option(help: "The labelled pairs.")
    var data: String

    @Option(help: "Write one \"id1 id2 label score\" line per pair here (tab-separated).")
    var predictions: String?

    @OptionGroup var vectors: VectorOptions

    func run() async throws {
        let pairs = try readParaphrasePairs(data)
        let embedder = vectors.embedder()
        let sides = sameFactSides(pairs, embedder: embedder)
        let scorer = embedder == nil ? nil : vectors.pairScorer()
        let pairScores = scorer?.scores(pairs.map { ($0.first, $0.second) })
        let model = PairClassifier.sameFact
        var score = BinaryScore()
        var lines = ["id1\tid2\tlabel\tscore"]
        for (index, (pair, (first, second))) in zip(pairs, sides).enumerated() {
            let (same, probability) = model.decide(
                SameFactFeatures.features(first, second), vectors: embedder != nil,
                pairScore: pairScores?[index])
            score.add(predicted: same, actual: pair.isSame)
            lines.append(
                "\(pair.firstID)\t\(pair.secondID)\t\(same ? 1 : 0)\t"
                    + String(format: "%.4f", probability))
        }
        let reading =
            embedder == nil
            ? " (without sentence vectors)"
            : pairScores == nil ? " (without the cross-encoder)" : ""
        print("pairs:     \(pairs.count)\(reading)")
        score.print()
        if let predictions {
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: predictions, atomically: true, encoding: .utf8)
        }
    }
}

/// Accuracy, precision, recall and F1 of a yes/no decision.
struct BinaryScore {
    var counts = MatchCounts()
    var trueNegatives = 0

    mutating func add(predicted: Bool, actual: Bool) {
        switch (predicted, actual) {
        case (true, true): counts.truePositives += 1
        case (true, false): counts.falsePositives += 1
        case (false, true): counts.falseNegatives += 1
        case (false, false): trueNegatives += 1
        }
    }

    var accuracy: Double {
        let count =
            counts.truePositives + counts.falsePositives + counts.falseNegatives + trueNegatives
        return Double(counts.truePositives + trueNegatives) / Double(max(count, 1))
    }

    func print() {
        Swift.print(String(format: "accuracy:  %.4f", accuracy))
        Swift.print(String(format: "precision: %.4f", counts.precision))
        Swift.print(String(format: "recall:    %.4f", counts.recall))
        Swift.print(String(format: "f1:        %.4f", counts.f1))
    }
}

/// The pairs of a paraphrase file; skipped lines are reported, an unreadable or empty file is
/// an error naming it.
func readParaphrasePairs(_ file: String) throws -> [ParaphrasePair] {
    let text: String
    do {
        text = try String(contentsOfFile: file, encoding: .utf8)
    } catch {
        throw ValidationError("\(file): cannot read it: \(error.localizedDescription)")
    }
    let (pairs, skipped) = ParaphrasePair.read(tsv: text)
    for problem in skipped { printError("parallax: \(file): \(problem), skipped") }
    guard !pairs.isEmpty else {
        throw ValidationError("\(file): no labelled pairs (expected MSRP's tab-separated format)")
    }
    return pairs
}

/// Both sentences of every pair, read for the same-fact model, with vectors if `embedder` is
/// given.
func sameFactSides(_ pairs: [ParaphrasePair], embedder: (any SentenceEmbedder)?)
    -> [(SameFactSide, SameFactSide)]
{
    let encodings = embedder?.encode(pairs.flatMap { [$0.first, $0.second] })
    return pairs.enumerated().map { index, pair in
        (
            SameFactSide(text: pair.first, encoding: encodings?[2 * index]),
            SameFactSide(text: pair.second, encoding: encodings?[2 * index + 1])
        )
    }
}
