import Foundation
import ParallaxCore
import ParallaxTestSupport
import Testing

@testable import ParallaxEmbedding

/// The Swift cross-encoder with the shipped adapter against the log-odds the PyTorch forward
/// pass of `scripts/train-same-fact-encoder --reference` wrote for it.
@Suite(
    .enabled(
        if: TestPaths.runsModelTests,
        "the all-MiniLM-L6-v2 weights are not installed; run scripts/setup"))
struct SameFactEncoderTests {
    struct Reference: Decodable {
        struct Pair: Decodable {
            var first: String
            var second: String
            var logodds: Double
        }
        var pairs: [Pair]
    }

    static let reference: Reference = {
        let file = TestPaths.repository.appendingPathComponent(
            "Tests/ParallaxEmbeddingTests/Fixtures/same-fact-reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: file))
    }()

    static func encoder() throws -> SameFactEncoder {
        let folder = try #require(TestPaths.model, "run scripts/setup to install the model")
        let adapter = try #require(SameFactEncoder.shippedAdapter, "the adapter is not bundled")
        return try SameFactEncoder(directory: folder, adapter: adapter)
    }

    @Test func logOddsMatchTheReferenceForwardPass() throws {
        let encoder = try Self.encoder()
        let pairs = Self.reference.pairs
        let scores = encoder.scores(pairs.map { ($0.first, $0.second) })
        #expect(scores.count == pairs.count)
        for (pair, score) in zip(pairs, scores) {
            #expect(
                abs(score - pair.logodds) < 1e-3,
                "\(pair.first.prefix(40)) / \(pair.second.prefix(40)): \(score) vs \(pair.logodds)")
        }
    }

    @Test func aPairScoresTheSameAloneOrInABatch() throws {
        let encoder = try Self.encoder()
        // Enough pairs for several chunks, scored on several threads.
        let pairs = (0..<200).map {
            (
                "Report \($0) says the envoy returned on Oct. \($0 % 28 + 1).",
                "The envoy came back on October \($0 % 28 + 1), report \($0) says."
            )
        }
        let batch = encoder.scores(pairs)
        for index in [0, 99, 199] {
            let alone = encoder.scores([pairs[index]])[0]
            #expect(abs(alone - batch[index]) < 1e-4)
        }
        #expect(encoder.scores([]).isEmpty)
    }

    @Test func aMissingAdapterIsAnErrorNamingTheFile() throws {
        let folder = try #require(TestPaths.model, "run scripts/setup to install the model")
        let missing = URL(fileURLWithPath: "/nonexistent/adapter.safetensors")
        #expect {
            _ = try SameFactEncoder(directory: folder, adapter: missing)
        } throws: { error in
            "\(error)".contains("/nonexistent/adapter.safetensors")
        }
    }
}

/// Where the shipped adapter is looked for: beside the executable, whatever link started it,
/// without stopping the process when it is nowhere.
@Suite struct AdapterLocationTests {
    @Test func theResourcesBesideTheExecutableComeFirstThroughALink() throws {
        let installed = try LinkedBinary(at: "opt/parallax/parallax")
        defer { installed.remove() }
        let resources = installed.binary.deletingLastPathComponent()
            .appendingPathComponent(SameFactEncoder.resourceFolder)

        let locations = SameFactEncoder.adapterLocations(executable: installed.link)
        #expect(
            locations.first?.standardizedFileURL.path
                == resources.appendingPathComponent("same-fact-adapter.safetensors")
                .resolvingSymlinksInPath().standardizedFileURL.path)
        // The checkout's own copy is the fallback, and it is there in a checkout.
        #expect(locations.count == 2)
        #expect(FileManager.default.isReadableFile(atPath: locations[1].path))
    }

    @Test func aMissingAdapterSaysWhereItLookedAndWhatToCopy() {
        let error = EmbeddingError.adapterMissing(
            searched: [
                "/opt/parallax/Parallax_ParallaxEmbedding.resources/same-fact-adapter.safetensors"
            ])
        let text = "\(error)"
        #expect(text.contains("/opt/parallax/Parallax_ParallaxEmbedding.resources"))
        #expect(text.contains("copy the Parallax_ParallaxEmbedding.resources folder"))
    }
}
