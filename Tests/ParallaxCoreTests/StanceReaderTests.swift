import Foundation
import Testing

@testable import ParallaxCore

@Suite struct StanceReaderTests {
    /// The feature called `name` of `features`.
    func feature(_ name: String, of features: [Double]) throws -> Double {
        features[try #require(StanceReader.featureNames.firstIndex(of: name))]
    }

    @Test func aBodyIsProfiledWhateverTheHeadline() throws {
        let body = """
            The company confirmed the deal. "It may be true," an analyst said. Is it over?
            """
        let reader = StanceReader(bodies: ["7": body], headlines: [], embedder: nil)
        let deal = try #require(reader.features(headline: "Company buys rival", body: "7"))
        let storm = try #require(reader.features(headline: "Storm hits the coast", body: "7"))
        #expect(deal.count == StanceReader.featureNames.count)
        // 15 words: 5, 7 and 3 in three sentences.
        #expect(try feature("body-length", of: deal) == log(16))
        #expect(try feature("refuting-density", of: deal) == 0)
        #expect(try feature("hedging-density", of: deal) == 100.0 / 15)  // may
        #expect(try feature("confirming-density", of: deal) == 200.0 / 15)  // confirmed, true
        #expect(try feature("quotation-density", of: deal) == 200.0 / 15)
        #expect(try feature("questions", of: deal) == 1.0 / 3)
        #expect(try feature("saying-density", of: deal) == 100.0 / 15)  // said
        #expect(try feature("reporting-density", of: deal) == 0)
        let profile = StanceReader.featureNames.firstIndex(of: "body-length")!
        let vectors = StanceReader.featureNames.count - StanceReader.vectorFeatures
        #expect(deal[profile..<vectors] == storm[profile..<vectors])
        #expect(deal[vectors...].allSatisfy { $0 == 0 }, "no vectors without an embedder")
    }

    @Test func theLikeliestStanceWins() {
        // Feature 0 tells related bodies, 1 those that back the claim, 2 those that refute it;
        // the rest discuss it. Refuting bodies are rare, as in FNC-1.
        let width = StanceReader.featureNames.count
        var rows: [[Double]] = []
        var labels: [Stance] = []
        var generator = SplitMix(seed: 11)
        for index in 0..<600 {
            let (stance, signal): (Stance, [Double]) =
                switch index % 12 {
                case 0..<4: (.unrelated, [0, 0, 0])
                case 4..<6: (.agree, [1, 1, 0])
                case 6: (.disagree, [1, 0, 1])
                default: (.discuss, [1, 0, 0])
                }
            let noise = (0..<width).map { _ in Double.random(in: -0.3...0.3, using: &generator) }
            var row = noise
            for (place, value) in signal.enumerated() { row[place] += value }
            rows.append(row)
            labels.append(stance)
        }
        let model = StanceModel.train(rows, labels: labels)
        let typical = { (signal: [Double]) in
            signal + [Double](repeating: 0, count: width - signal.count)
        }
        for vectors in [true, false] {
            #expect(model.stance(typical([0, 0, 0]), vectors: vectors) == .unrelated)
            #expect(model.stance(typical([1, 1, 0]), vectors: vectors) == .agree)
            #expect(model.stance(typical([1, 0, 1]), vectors: vectors) == .disagree)
            #expect(model.stance(typical([1, 0, 0]), vectors: vectors) == .discuss)
        }
    }
}
