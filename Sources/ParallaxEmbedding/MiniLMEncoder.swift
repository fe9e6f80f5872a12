import CBLAS
import Foundation
import ParallaxCore

/// The all-MiniLM-L6-v2 sentence encoder: a 6-layer BERT whose token vectors are averaged and
/// scaled to unit length, as sentence-transformers does. Its vectors match the reference
/// model's to about 1e-5.
///
/// ```swift
/// let encoder = try MiniLMEncoder.installed()
/// let vectors = encoder.embed(["The envoy returned.", "The ambassador came back."])
/// ```
///
/// The forward pass is written here over OpenBLAS's matrix product: no Swift package runs a
/// BERT model, and this one is six layers of two matrix products and an attention each.
/// Sentences are encoded in chunks on all cores, without padding: each chunk's tokens are one
/// matrix, and attention is computed sentence by sentence.
public final class MiniLMEncoder: SentenceEmbedder {
    public let dimensions: Int
    /// Word pieces beyond this many (with `[CLS]` and `[SEP]`) are cut, as in the reference.
    public let maximumTokens = 256

    let tokenizer: WordPieceTokenizer
    private let words: [Float]
    private let positions: [Float]
    /// The two segment embeddings, one row each: a lone sentence and a pair's first sentence
    /// take the first, a pair's second sentence the second.
    private let types: [Float]
    private let embeddingNorm: LayerNorm
    private let layers: [TransformerLayer]

    /// The folder holding the model's `model.safetensors` and `vocab.txt`.
    public let directory: URL

    /// Loads the model in `directory`.
    public convenience init(directory: URL) throws(EmbeddingError) {
        try self.init(directory: directory, adapter: nil)
    }

    /// Loads the model in `directory`, with the low-rank weight updates of `adapter` (a
    /// `.safetensors` file written by `scripts/train-same-fact-encoder`) added when given.
    init(directory: URL, adapter: SafeTensors?) throws(EmbeddingError) {
        self.directory = directory
        tokenizer = try WordPieceTokenizer(
            vocabularyFile: directory.appendingPathComponent("vocab.txt"))
        let tensors = try SafeTensors(
            contentsOf: directory.appendingPathComponent("model.safetensors"))
        let width = 384
        dimensions = width
        words = try tensors.floats(
            "embeddings.word_embeddings.weight", shape: [tokenizer.count, width])
        positions = try tensors.floats(
            "embeddings.position_embeddings.weight", shape: [512, width])
        types = try tensors.floats("embeddings.token_type_embeddings.weight", shape: [2, width])
        embeddingNorm = try LayerNorm(tensors, "embeddings.LayerNorm", width: width)
        var layers: [TransformerLayer] = []
        for index in 0..<6 {
            layers.append(
                try TransformerLayer(
                    tensors, index: index, width: width, inner: 1536, heads: 12, adapter: adapter))
        }
        self.layers = layers
        // Cores are shared out over chunks of sentences; BLAS threads on top would contend.
        openblas_set_num_threads(1)
    }

    /// The names of the environment variable and folder where the model is looked for.
    public static let environmentVariable = "PARALLAX_MODEL"
    static let folderName = "all-MiniLM-L6-v2"

    /// Loads the installed model: from `$PARALLAX_MODEL`, else from `.models/all-MiniLM-L6-v2`
    /// in the current folder or in a folder above the running program (where `scripts/setup`
    /// puts it in a clone).
    public static func installed() throws(EmbeddingError) -> MiniLMEncoder {
        try MiniLMEncoder(directory: installedDirectory())
    }

    /// The folder of the installed model, looked for as ``installed()`` does.
    static func installedDirectory() throws(EmbeddingError) -> URL {
        let candidates: [URL]
        if let path = ProcessInfo.processInfo.environment[environmentVariable], !path.isEmpty {
            candidates = [URL(fileURLWithPath: path)]
        } else {
            candidates = modelLocations(
                executable: RunningProgram.executable,
                currentDirectory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        }
        for candidate in candidates
        where FileManager.default.fileExists(
            atPath: candidate.appendingPathComponent("model.safetensors").path)
        {
            return candidate
        }
        throw .notInstalled(searched: Array(candidates.prefix(3).map(\.path)))
    }

    /// Where the model may be without `$PARALLAX_MODEL`, in order: `.models` in the current
    /// folder, then in each folder above the executable (symbolic links followed), each once.
    static func modelLocations(executable: URL, currentDirectory: URL) -> [URL] {
        var candidates = [currentDirectory.appendingPathComponent(".models/" + folderName)]
        var folder = executable.resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" && !folder.path.isEmpty {
            let candidate = folder.appendingPathComponent(".models/" + folderName)
            if !candidates.contains(where: { $0.path == candidate.path }) {
                candidates.append(candidate)
            }
            folder.deleteLastPathComponent()
        }
        return candidates
    }

    /// The word-piece ids the model sees for `sentence`, with `[CLS]` and `[SEP]`.
    public func tokens(_ sentence: String) -> [Int32] {
        tokenizer.encode(sentence, limit: maximumTokens)
    }

    public func encode(_ sentences: [String]) -> [SentenceEncoding] {
        forward(sentences.map(tokens), secondSegments: nil) { hidden, lengths in
            sentenceEncodings(hidden, lengths: lengths)
        }
    }

    /// Runs the model over sequences of word pieces, in chunks on all cores, and reads each
    /// chunk's final hidden states (the rows of its sequences one after another) with `read`.
    /// Where `secondSegments` is given, sequence *i* is a pair whose second sentence starts at
    /// piece `secondSegments[i]` and takes BERT's second segment embedding from there.
    func forward<Result: Sendable>(
        _ sequences: [[Int32]], secondSegments: [Int]?,
        read: @Sendable (UnsafeMutablePointer<Float>, [Int]) -> [Result]
    ) -> [Result] {
        guard !sequences.isEmpty else { return [] }
        // Chunks of at most 2,048 tokens, big enough for fast matrix products and small enough
        // for the cache, and at least one per core.
        let total = sequences.reduce(0) { $0 + $1.count }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let target = min(2048, max(64, (total + cores - 1) / cores))
        var chunks: [Range<Int>] = []
        var start = 0
        var size = 0
        for (index, ids) in sequences.enumerated() {
            if size > 0 && size + ids.count > target {
                chunks.append(start..<index)
                start = index
                size = 0
            }
            size += ids.count
        }
        chunks.append(start..<sequences.count)
        return ParallelMap.map(count: sequences.count, ranges: chunks) { range in
            var scratch = TransformerLayer.Scratch()
            defer { scratch.release() }
            let lengths = range.map { sequences[$0].count }
            let hidden = UnsafeMutablePointer<Float>.allocate(
                capacity: lengths.reduce(0, +) * dimensions)
            defer { hidden.deallocate() }
            embed(
                range.map { sequences[$0] },
                secondSegments: secondSegments.map { Array($0[range]) },
                into: hidden)
            for layer in layers { layer.apply(hidden, lengths: lengths, scratch: &scratch) }
            return read(hidden, lengths)
        }
    }

    /// Writes the normalised input embeddings of `sequences`, one row a piece, into `hidden`.
    private func embed(
        _ sequences: [[Int32]], secondSegments: [Int]?, into hidden: UnsafeMutablePointer<Float>
    ) {
        let width = dimensions
        var row = 0
        for (index, ids) in sequences.enumerated() {
            let second = secondSegments?[index] ?? ids.count
            for (position, id) in ids.enumerated() {
                let target = hidden + row * width
                let word = Int(id) * width
                let place = position * width
                let segment = position < second ? 0 : width
                for i in 0..<width {
                    target[i] = words[word + i] + positions[place + i] + types[segment + i]
                }
                row += 1
            }
        }
        embeddingNorm.apply(hidden, rows: row)
    }

    /// The sentence vectors of one chunk: the mean of each sentence's token vectors, at unit
    /// length, with each word piece's own vector at unit length.
    private func sentenceEncodings(_ hidden: UnsafeMutablePointer<Float>, lengths: [Int])
        -> [SentenceEncoding]
    {
        let width = dimensions
        var vectors: [SentenceEncoding] = []
        var first = 0
        for length in lengths {
            // Each word piece's vector, at unit length, between [CLS] and [SEP].
            var tokens = [Float](repeating: 0, count: max(0, length - 2) * width)
            for row in 0..<max(0, length - 2) {
                let values = hidden + (first + 1 + row) * width
                var norm: Float = 0
                for i in 0..<width { norm += values[i] * values[i] }
                let scale = 1 / max(norm.squareRoot(), 1e-12)
                for i in 0..<width { tokens[row * width + i] = values[i] * scale }
            }
            let sum = mean(hidden + first * width, rows: length)
            var norm: Float = 0
            for i in 0..<width { norm += sum[i] * sum[i] }
            let scale = 1 / max(norm.squareRoot(), 1e-12)
            vectors.append(SentenceEncoding(vector: sum.map { $0 * scale }, tokens: tokens))
            first += length
        }
        return vectors
    }

    /// The mean of `rows` rows of hidden states.
    func mean(_ hidden: UnsafePointer<Float>, rows: Int) -> [Float] {
        let width = dimensions
        var sum = [Float](repeating: 0, count: width)
        for row in 0..<rows {
            let values = hidden + row * width
            for i in 0..<width { sum[i] += values[i] }
        }
        let scale = 1 / Float(max(rows, 1))
        for i in 0..<width { sum[i] *= scale }
        return sum
    }
}
