import Foundation
import ParallaxCore
import ParallaxEmbedding
import ParallaxTestSupport
import Testing

/// The Swift encoder against vectors the real model wrote (`scripts/reference-embeddings`,
/// sentence-transformers on PyTorch).
@Suite(
    .enabled(
        if: TestPaths.runsModelTests,
        "the all-MiniLM-L6-v2 weights are not installed; run scripts/setup"))
struct MiniLMEncoderTests {
    struct Reference: Decodable {
        struct Sentence: Decodable {
            var text: String
            var tokens: [Int32]
            var vector: [Float]
        }
        var sentences: [Sentence]
    }

    static let reference: Reference = {
        let file = TestPaths.repository.appendingPathComponent(
            "Tests/ParallaxEmbeddingTests/Fixtures/minilm-reference.json")
        return try! JSONDecoder().decode(Reference.self, from: Data(contentsOf: file))
    }()

    static func encoder() throws -> MiniLMEncoder {
        let folder = try #require(TestPaths.model, "run scripts/setup to install the model")
        return try MiniLMEncoder(directory: folder)
    }

    @Test func wordPiecesMatchTheReferenceTokenizer() throws {
        let encoder = try Self.encoder()
        for sentence in Self.reference.sentences {
            #expect(encoder.tokens(sentence.text) == sentence.tokens, "\(sentence.text.prefix(60))")
        }
    }

    @Test func aLongSentenceIsReadOnlyAsFarAsItsPiecesGo() throws {
        let encoder = try Self.encoder()
        let words = (0..<50_000).map { ["Kremlin", "said", "69-year-old", "envoy's"][$0 % 4] }
        let pieces = encoder.tokens(words.joined(separator: " "))
        #expect(pieces.count == 256)
        #expect(pieces == encoder.tokens(words.prefix(300).joined(separator: " ")))
        #expect(
            pieces.dropFirst().prefix(3) == encoder.tokens("Kremlin said 69").dropFirst().prefix(3))
    }

    @Test func vectorsMatchTheReferenceModel() throws {
        let encoder = try Self.encoder()
        let vectors = encoder.embed(Self.reference.sentences.map(\.text))
        for (sentence, vector) in zip(Self.reference.sentences, vectors) {
            #expect(vector.count == 384)
            let largest = zip(vector, sentence.vector).map { abs($0 - $1) }.max() ?? 1
            #expect(largest < 1e-4, "\(sentence.text.prefix(60)): differs by \(largest)")
            #expect(MiniLMEncoder.similarity(vector, sentence.vector) > 0.99999)
        }
    }

    @Test func aSentenceGetsTheSameVectorAloneOrInABatch() throws {
        let encoder = try Self.encoder()
        // Enough sentences for several chunks, encoded on several threads.
        let texts = (0..<300).map {
            "Report number \($0) says the envoy returned on Oct. \($0 % 28 + 1)."
        }
        let batch = encoder.embed(texts)
        #expect(batch.count == texts.count)
        for index in [0, 137, 299] {
            let alone = encoder.embed([texts[index]])[0]
            let largest = zip(alone, batch[index]).map { abs($0 - $1) }.max() ?? 1
            #expect(largest < 1e-6)
        }
        #expect(encoder.embed([]).isEmpty)
    }

    @Test func paraphrasesAreCloserThanUnrelatedSentences() throws {
        let encoder = try Self.encoder()
        let vectors = encoder.embed([
            "The ambassador, aged 69, went back to Moscow.",
            "The 69-year-old envoy returned to Moscow.",
            "Heavy rain flooded the city's subway overnight.",
        ])
        let same = MiniLMEncoder.similarity(vectors[0], vectors[1])
        let other = MiniLMEncoder.similarity(vectors[0], vectors[2])
        #expect(same > 0.6)
        #expect(other < 0.2)
    }
}

@Suite struct ModelLoadingTests {
    @Test func aFolderWithoutTheModelNamesTheMissingFile() throws {
        let folder = try TemporaryFolder.make("parallax-no-model")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect {
            try MiniLMEncoder(directory: folder)
        } throws: { error in
            "\(error)".contains("vocab.txt") && "\(error)".contains("cannot read")
        }
    }

    @Test func aDamagedWeightsFileIsRefusedWithItsName() throws {
        let folder = try TemporaryFolder.make("parallax-bad-model")
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[PAD]\n[UNK]\n[CLS]\n[SEP]\nthe\n".write(
            to: folder.appendingPathComponent("vocab.txt"), atomically: true, encoding: .utf8)
        var bytes = Data([40, 0, 0, 0, 0, 0, 0, 0])
        bytes.append(Data("{\"a\": 1}".utf8))
        try bytes.write(to: folder.appendingPathComponent("model.safetensors"))
        #expect {
            try MiniLMEncoder(directory: folder)
        } throws: { error in
            "\(error)".contains("model.safetensors") && "\(error)".contains("header length")
        }
    }
}
