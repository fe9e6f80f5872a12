import Foundation
import ParallaxCore

/// all-MiniLM-L6-v2 tuned to read two sentences together and say whether they report the same
/// fact: a cross-encoder, which sees each word of one sentence beside every word of the other.
///
/// The tuning is a small file shipped with Parallax (`same-fact-adapter.safetensors`, written
/// by `scripts/train-same-fact-encoder` from the MSRP training pairs): low-rank updates to the
/// six layers' weights, and a linear head over the mean of the pair's token vectors. The base
/// weights are the installed model's (see ``MiniLMEncoder/installed()``).
///
/// ```swift
/// let encoder = try SameFactEncoder.installed()
/// let logOdds = encoder.scores([("The envoy, 69, returned.", "The 69-year-old envoy came back.")])
/// ```
public final class SameFactEncoder: PairScorer {
    /// Word pieces kept of each sentence, with its markers; the trainer cuts at the same place.
    public static let maximumTokens = 128

    private let encoder: MiniLMEncoder
    private let head: [Float]
    private let bias: Float

    /// The base model in `directory`, tuned by the adapter file `adapter`.
    public init(directory: URL, adapter: URL) throws(EmbeddingError) {
        let tensors = try SafeTensors(contentsOf: adapter)
        encoder = try MiniLMEncoder(directory: directory, adapter: tensors)
        head = try tensors.floats("head.weight", shape: [1, encoder.dimensions])
        bias = try tensors.floats("head.bias", shape: [1])[0]
    }

    /// The adapter file's name.
    static let adapterName = "same-fact-adapter.safetensors"

    /// The folder the build writes this module's resources into, beside the executable.
    public static let resourceFolder = "Parallax_ParallaxEmbedding.resources"

    /// The adapter shipped with Parallax, where ``adapterLocations(executable:)`` looks for it.
    public static var shippedAdapter: URL? {
        adapterLocations(executable: RunningProgram.executable).first {
            FileManager.default.isReadableFile(atPath: $0.path)
        }
    }

    /// Where the shipped adapter may be, in order: in the resources folder beside the
    /// executable (symbolic links followed), where the build writes it and where a copied
    /// binary needs it; then in this module's source folder, for a binary run from the
    /// checkout it was built in. Looked up by hand, not through `Bundle.module`, which stops the
    /// process when neither is there.
    static func adapterLocations(executable: URL) -> [URL] {
        [
            executable.resolvingSymlinksInPath().deletingLastPathComponent()
                .appendingPathComponent(resourceFolder).appendingPathComponent(adapterName),
            URL(fileURLWithPath: #filePath).deletingLastPathComponent()
                .appendingPathComponent("Resources").appendingPathComponent(adapterName),
        ]
    }

    /// The installed base model with the shipped adapter.
    public static func installed() throws(EmbeddingError) -> SameFactEncoder {
        let directory = try MiniLMEncoder.installedDirectory()
        guard let adapter = shippedAdapter else {
            throw .adapterMissing(
                searched: adapterLocations(executable: RunningProgram.executable).map(\.path))
        }
        return try SameFactEncoder(directory: directory, adapter: adapter)
    }

    /// The word pieces of a pair, `[CLS] first [SEP] second [SEP]`, and where the second
    /// sentence starts.
    func tokens(_ first: String, _ second: String) -> (ids: [Int32], second: Int) {
        let a = encoder.tokenizer.encode(first, limit: Self.maximumTokens)
        let b = encoder.tokenizer.encode(second, limit: Self.maximumTokens)
        return (a + b.dropFirst(), a.count)
    }

    public func scores(_ pairs: [(String, String)]) -> [Double] {
        let encoded = pairs.map { tokens($0.0, $0.1) }
        let head = head
        let bias = bias
        let encoder = encoder
        return encoder.forward(encoded.map(\.ids), secondSegments: encoded.map(\.second)) {
            hidden, lengths in
            var first = 0
            return lengths.map { length in
                let pooled = encoder.mean(hidden + first * encoder.dimensions, rows: length)
                first += length
                var sum = bias
                for i in 0..<pooled.count { sum += pooled[i] * head[i] }
                return Double(sum)
            }
        }
    }
}
