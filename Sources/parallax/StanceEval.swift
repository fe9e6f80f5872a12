import ArgumentParser
import CSV
import Foundation
import ParallaxCore

/// The FNC-1 files: bodies by id, and headline-body pairs with their stance.
struct StanceSet {
    struct Pair {
        var headline: String
        var body: String
        var stance: Stance?
    }

    let bodies: [String: String]
    let pairs: [Pair]

    /// Reads `bodies` (`Body ID`, `articleBody`) and `stances` (`Headline`, `Body ID`, and
    /// `Stance` when labelled). A row naming an unknown body or stance is reported and skipped.
    init(bodies bodiesPath: String, stances stancesPath: String, requireLabels: Bool) throws {
        var bodies: [String: String] = [:]
        try Self.rows(bodiesPath, columns: ["Body ID", "articleBody"]) { line, row in
            bodies[row[0]] = row[1]
        }
        var pairs: [Pair] = []
        try Self.rows(stancesPath, columns: ["Headline", "Body ID"], optional: "Stance") {
            line, row in
            guard bodies[row[1]] != nil else {
                printError(
                    "parallax: \(stancesPath): row \(line): no body \(row[1]) in \(bodiesPath); skipped"
                )
                return
            }
            let stance = row.count > 2 ? Stance(rawValue: row[2].lowercased()) : nil
            if requireLabels && stance == nil {
                printError(
                    "parallax: \(stancesPath): row \(line): stance \"\(row.count > 2 ? row[2] : "")\" is not agree, disagree, discuss or unrelated; skipped"
                )
                return
            }
            pairs.append(Pair(headline: row[0], body: row[1], stance: stance))
        }
        guard !pairs.isEmpty else {
            throw ValidationError("\(stancesPath): no headline-body pairs to score")
        }
        self.bodies = bodies
        self.pairs = pairs
    }

    /// Calls `body` with each row's named columns, in order, and its row number (the header is
    /// row 1).
    static func rows(
        _ path: String, columns: [String], optional: String? = nil,
        _ body: (Int, [String]) throws -> Void
    ) throws {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw ValidationError("\(path): cannot read it: \(error.localizedDescription)")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: true)
        } catch {
            throw ValidationError("\(path): not CSV: \(error)")
        }
        let header = reader.headerRow ?? []
        var indices: [Int] = []
        for column in columns {
            guard let index = header.firstIndex(of: column) else {
                throw ValidationError(
                    "\(path): no \"\(column)\" column (found \(header.joined(separator: ", ")))")
            }
            indices.append(index)
        }
        if let optional, let index = header.firstIndex(of: optional) { indices.append(index) }
        var line = 1
        while let row = reader.next() {
            line += 1
            guard indices.allSatisfy({ $0 < row.count }) else {
                printError("parallax: \(path): row \(line): \(row.count) fields; skipped")
                continue
            }
            try body(line, indices.map { row[$0] })
        }
        if let error = reader.error {
            throw ValidationError("\(path): unreadable after row \(line): \(error)")
        }
    }
}

/// `parallax eval stance --bodies F --stances F`: what bodies do with headlines, on FNC-1.
struct StanceEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Score stance detection on FNC-1's bodies and headline-body pairs.",
        discussion: """
            Prints the FNC-1 score relative to the best possible, and the F1 of each stance \
            (agree, disagree, discuss, unrelated).
            """)

    @Option(help: "The bodies: Body ID, articleBody.")
    var bodies: String

    @Option(help: "The pairs: Headline, Body ID, Stance.")
    var stances: String

    @Option(help: "Write predictions here in FNC-1's columns: Headline,Body ID,Stance.")
    var predictions: String?

    @OptionGroup var vectors: VectorOptions

    func run() async throws {
        let set = try StanceSet(bodies: bodies, stances: stances, requireLabels: true)
        let reader = StanceReader(
            bodies: set.bodies, headlines: set.pairs.map(\.headline), embedder: vectors.embedder())
        let model = StanceModel.shipped
        var score = StanceScore()
        var predicted: [Stance] = []
        for pair in set.pairs {
            let features = reader.features(headline: pair.headline, body: pair.body)!
            let stance = model.stance(features, vectors: reader.hasVectors)
            predicted.append(stance)
            score.add(predicted: stance, gold: pair.stance!)
        }
        print(
            "pairs:     \(set.pairs.count)\(reader.hasVectors ? "" : " (without sentence vectors)")"
        )
        print(String(format: "FNC-1 score: %.4f of the best possible", score.relative))
        for stance in Stance.allCases {
            print(
                String(
                    format: "F1 %@: %.4f",
                    stance.rawValue.padding(toLength: 10, withPad: " ", startingAt: 0),
                    score.f1(stance)))
        }
        if let predictions {
            let stream = OutputStream(toFileAtPath: predictions, append: false)!
            let writer = try CSVWriter(stream: stream)
            try writer.write(row: ["Headline", "Body ID", "Stance"])
            for (pair, stance) in zip(set.pairs, predicted) {
                try writer.write(row: [pair.headline, pair.body, stance.rawValue])
            }
            writer.stream.close()
        }
    }
}

/// `parallax train stance --bodies F --stances F`: the stance models from FNC-1 pairs.
struct StanceTraining: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stance",
        abstract: "Train the stance models on FNC-1's bodies and headline-body pairs.",
        discussion: """
            Prints figures from cross-validation by body (a held-out fold's bodies are never \
            seen in training), then writes the four models trained on every pair into FOLDER \
            (PairClassifier+StanceRelated.swift, +StanceAgree.swift, +StanceDisagree.swift, \
            +StanceDiscuss.swift).
            """)

    @Option(help: "The bodies: Body ID, articleBody.")
    var bodies: String

    @Option(help: "The pairs: Headline, Body ID, Stance.")
    var stances: String

    @Option(help: "Write the models' Swift sources into this folder.")
    var output: String?

    @Option(
        help: "Also write every pair's body id, features and stance here, tab-separated, to study.")
    var features: String?

    @Option(help: "Folds by body for the cross-validated figures (0 to skip them).")
    var folds = 5

    func run() async throws {
        let set = try StanceSet(bodies: bodies, stances: stances, requireLabels: true)
        let embedder = try requireEmbedder()
        let reader = StanceReader(
            bodies: set.bodies, headlines: set.pairs.map(\.headline), embedder: embedder)
        let rows = set.pairs.map { reader.features(headline: $0.headline, body: $0.body)! }
        let labels = set.pairs.map { $0.stance! }
        if let features {
            var lines = [
                (["body"] + StanceReader.featureNames + ["stance"]).joined(separator: "\t")
            ]
            for (pair, row) in zip(set.pairs, rows) {
                let values = row.map { String(format: "%.6f", $0) }
                lines.append(
                    ([pair.body] + values + [pair.stance!.rawValue]).joined(separator: "\t"))
            }
            try (lines.joined(separator: "\n") + "\n").write(
                toFile: features, atomically: true, encoding: .utf8)
        }
        let ids = Array(Set(set.pairs.map(\.body))).sorted()
        let fold = Dictionary(uniqueKeysWithValues: ids.enumerated().map { ($1, $0) })
        if folds > 0 {
            var withVectors = StanceScore()
            var without = StanceScore()
            for part in 0..<folds {
                let training = set.pairs.indices.filter {
                    fold[set.pairs[$0].body]! % folds != part
                }
                let model = StanceModel.train(
                    training.map { rows[$0] }, labels: training.map { labels[$0] })
                for index in set.pairs.indices where fold[set.pairs[index].body]! % folds == part {
                    withVectors.add(
                        predicted: model.stance(rows[index], vectors: true), gold: labels[index])
                    without.add(
                        predicted: model.stance(rows[index], vectors: false), gold: labels[index])
                }
            }
            print("\(folds)-fold cross-validation by body:")
            for (name, score) in [("with sentence vectors", withVectors), ("without", without)] {
                print(
                    String(format: "%@: FNC-1 score %.4f; F1 ", name, score.relative)
                        + Stance.allCases.map {
                            String(format: "%@ %.3f", $0.rawValue, score.f1($0))
                        }
                        .joined(separator: ", "))
            }
        }
        let model = StanceModel.train(rows, labels: labels)
        if let output {
            for (name, classifier, summary) in [
                (
                    "stanceRelated", model.related,
                    "Whether an article body is about a headline's claim; trained on FNC-1."
                ),
                (
                    "stanceAgree", model.agree,
                    "How likely a body about a claim backs it; trained on FNC-1."
                ),
                (
                    "stanceDisagree", model.disagree,
                    "How likely a body about a claim refutes it; trained on FNC-1."
                ),
                (
                    "stanceDiscuss", model.discuss,
                    "How likely a body about a claim reports it without taking a side; trained on FNC-1."
                ),
            ] {
                let file = URL(fileURLWithPath: output).appendingPathComponent(
                    "PairClassifier+\(name.prefix(1).uppercased() + name.dropFirst()).swift")
                try classifier.swiftSource(
                    name: name, summary: summary, features: StanceReader.featureNames,
                    command:
                        "parallax train stance --bodies fnc-dev-bodies.csv --stances fnc-dev-stances.csv --output Comparison"
                ).write(to: file, atomically: true, encoding: .utf8)
                print("wrote \(file.path)")
            }
        }
    }
}
