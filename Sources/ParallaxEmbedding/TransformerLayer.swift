import CBLAS
import CVectorMath
import Foundation

/// `y = x Wᵀ + b` for a PyTorch linear layer, whose weight is stored outputs × inputs.
struct Dense: Sendable {
    let weight: [Float]
    let bias: [Float]
    let inputs: Int
    let outputs: Int

    /// Reads the layer `name` of `tensors`. If `adapter` holds a low-rank update for it
    /// (`name.lora_A`, rank × inputs, and `name.lora_B`, outputs × rank, its scale already
    /// applied), the weight is `W + B A`, as the adapter was trained.
    init(
        _ tensors: SafeTensors, _ name: String, inputs: Int, outputs: Int,
        adapter: SafeTensors? = nil
    ) throws(EmbeddingError) {
        var weight = try tensors.floats(name + ".weight", shape: [outputs, inputs])
        if let adapter, let shape = adapter.shape(of: name + ".lora_A") {
            guard shape.count == 2, shape[1] == inputs else {
                throw .malformed(
                    adapter.file,
                    reason: "\(name).lora_A has shape \(shape), expected [r, \(inputs)]")
            }
            let rank = shape[0]
            let a = try adapter.floats(name + ".lora_A")
            let b = try adapter.floats(name + ".lora_B", shape: [outputs, rank])
            // weight += b a, both row-major.
            cblas_sgemm(
                101, 111, 111, Int32(outputs), Int32(inputs), Int32(rank), 1, b, Int32(rank), a,
                Int32(inputs), 1, &weight, Int32(inputs))
        }
        self.weight = weight
        bias = try tensors.floats(name + ".bias", shape: [outputs])
        self.inputs = inputs
        self.outputs = outputs
    }

    /// Several layers over the same input as one: their outputs side by side.
    init(joining parts: [Dense]) {
        weight = parts.flatMap(\.weight)
        bias = parts.flatMap(\.bias)
        inputs = parts[0].inputs
        outputs = parts.reduce(0) { $0 + $1.outputs }
    }

    /// Applies the layer to `rows` rows of `x` (`inputs` wide), writing `rows` rows of `y`.
    func apply(_ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>) {
        bias.withUnsafeBufferPointer { bias in
            for row in 0..<rows {
                (y + row * outputs).update(from: bias.baseAddress!, count: outputs)
            }
        }
        weight.withUnsafeBufferPointer { weight in
            Matrix.multiply(
                x, rows: rows, depth: inputs, transposed: weight.baseAddress!, columns: outputs,
                into: y, accumulate: true)
        }
    }
}

/// Layer normalisation over the last dimension, with BERT's epsilon of 1e-12.
struct LayerNorm: Sendable {
    let gain: [Float]
    let shift: [Float]

    init(_ tensors: SafeTensors, _ name: String, width: Int) throws(EmbeddingError) {
        gain = try tensors.floats(name + ".weight", shape: [width])
        shift = try tensors.floats(name + ".bias", shape: [width])
    }

    /// Normalises each of `rows` rows of `x` in place.
    func apply(_ x: UnsafeMutablePointer<Float>, rows: Int) {
        let width = gain.count
        gain.withUnsafeBufferPointer { gain in
            shift.withUnsafeBufferPointer { shift in
                for row in 0..<rows {
                    let values = x + row * width
                    var mean: Float = 0
                    for i in 0..<width { mean += values[i] }
                    mean /= Float(width)
                    var variance: Float = 0
                    for i in 0..<width {
                        let d = values[i] - mean
                        variance += d * d
                    }
                    variance /= Float(width)
                    let scale = 1 / (variance + 1e-12).squareRoot()
                    for i in 0..<width {
                        values[i] = (values[i] - mean) * scale * gain[i] + shift[i]
                    }
                }
            }
        }
    }
}

/// One BERT encoder layer: self-attention, then a feed-forward block, each with a residual
/// connection and layer normalisation.
struct TransformerLayer: Sendable {
    let attention: Dense  // query, key and value side by side
    let attentionOutput: Dense
    let attentionNorm: LayerNorm
    let intermediate: Dense
    let output: Dense
    let outputNorm: LayerNorm
    let heads: Int

    /// Reads layer `index` of `tensors`, with the low-rank updates `adapter` holds for it.
    init(
        _ tensors: SafeTensors, index: Int, width: Int, inner: Int, heads: Int,
        adapter: SafeTensors? = nil
    ) throws(EmbeddingError) {
        let prefix = "encoder.layer.\(index)."
        func dense(_ name: String, _ inputs: Int, _ outputs: Int) throws(EmbeddingError) -> Dense {
            try Dense(tensors, prefix + name, inputs: inputs, outputs: outputs, adapter: adapter)
        }
        attention = Dense(joining: [
            try dense("attention.self.query", width, width),
            try dense("attention.self.key", width, width),
            try dense("attention.self.value", width, width),
        ])
        attentionOutput = try dense("attention.output.dense", width, width)
        attentionNorm = try LayerNorm(tensors, prefix + "attention.output.LayerNorm", width: width)
        intermediate = try dense("intermediate.dense", width, inner)
        output = try dense("output.dense", inner, width)
        outputNorm = try LayerNorm(tensors, prefix + "output.LayerNorm", width: width)
        self.heads = heads
    }

    /// Runs the layer over `hidden`, the rows of several sentences one after another
    /// (`lengths` rows each), in place. Attention stays within each sentence.
    func apply(_ hidden: UnsafeMutablePointer<Float>, lengths: [Int], scratch: inout Scratch) {
        let rows = lengths.reduce(0, +)
        let width = attentionOutput.outputs
        let headWidth = width / heads
        let stride = 3 * width
        let scale = 1 / Float(headWidth).squareRoot()
        scratch.reserve(
            rows: rows, width: width, inner: intermediate.outputs, longest: lengths.max() ?? 0)
        let qkv = scratch.qkv.baseAddress!
        let context = scratch.context.baseAddress!
        let scores = scratch.scores.baseAddress!
        attention.apply(hidden, rows: rows, into: qkv)
        var first = 0
        for length in lengths {
            for head in 0..<heads {
                let query = qkv + first * stride + head * headWidth
                let key = query + width
                let value = query + 2 * width
                cblas_sgemm(
                    101, 111, 112, Int32(length), Int32(length), Int32(headWidth), scale, query,
                    Int32(stride), key, Int32(stride), 0, scores, Int32(length))
                Matrix.softmaxRows(scores, rows: length, columns: length)
                cblas_sgemm(
                    101, 111, 111, Int32(length), Int32(headWidth), Int32(length), 1, scores,
                    Int32(length), value, Int32(stride), 0,
                    context + first * width + head * headWidth, Int32(width))
            }
            first += length
        }
        // hidden = norm(hidden + context Woᵀ + bo)
        attentionOutput.apply(context, rows: rows, into: qkv)
        Matrix.add(qkv, into: hidden, count: rows * width)
        attentionNorm.apply(hidden, rows: rows)
        // hidden = norm(hidden + gelu(hidden Wiᵀ + bi) Woᵀ + bo)
        let inner = scratch.inner.baseAddress!
        intermediate.apply(hidden, rows: rows, into: inner)
        Matrix.gelu(inner, count: rows * intermediate.outputs)
        output.apply(inner, rows: rows, into: qkv)
        Matrix.add(qkv, into: hidden, count: rows * width)
        outputNorm.apply(hidden, rows: rows)
    }

    /// Working memory for one chunk of sentences, kept between layers and chunks.
    struct Scratch {
        var qkv: UnsafeMutableBufferPointer<Float> = .init(start: nil, count: 0)
        var context: UnsafeMutableBufferPointer<Float> = .init(start: nil, count: 0)
        var inner: UnsafeMutableBufferPointer<Float> = .init(start: nil, count: 0)
        var scores: UnsafeMutableBufferPointer<Float> = .init(start: nil, count: 0)

        mutating func reserve(rows: Int, width: Int, inner innerWidth: Int, longest: Int) {
            Self.grow(&qkv, to: rows * 3 * width)
            Self.grow(&context, to: rows * width)
            Self.grow(&inner, to: rows * innerWidth)
            Self.grow(&scores, to: longest * longest)
        }

        private static func grow(_ buffer: inout UnsafeMutableBufferPointer<Float>, to count: Int) {
            guard buffer.count < count else { return }
            buffer.deallocate()
            buffer = .allocate(capacity: count)
        }

        func release() {
            for buffer in [qkv, context, inner, scores] { buffer.deallocate() }
        }
    }
}

/// The few array operations the encoder needs beyond BLAS.
enum Matrix {
    /// `c (+)= a bᵀ` for row-major `a` (rows × depth) and `b` (columns × depth).
    static func multiply(
        _ a: UnsafePointer<Float>, rows: Int, depth: Int, transposed b: UnsafePointer<Float>,
        columns: Int, into c: UnsafeMutablePointer<Float>, accumulate: Bool
    ) {
        cblas_sgemm(
            101, 111, 112, Int32(rows), Int32(columns), Int32(depth), 1, a, Int32(depth), b,
            Int32(depth), accumulate ? 1 : 0, c, Int32(columns))
    }

    static func add(_ x: UnsafePointer<Float>, into y: UnsafeMutablePointer<Float>, count: Int) {
        for i in 0..<count { y[i] += x[i] }
    }

    static func softmaxRows(_ x: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
        for row in 0..<rows {
            let values = x + row * columns
            var largest = -Float.infinity
            for i in 0..<columns { largest = max(largest, values[i]) }
            for i in 0..<columns { values[i] -= largest }
            parallax_exp(values, Int64(columns))
            var sum: Float = 0
            for i in 0..<columns { sum += values[i] }
            let scale = 1 / sum
            for i in 0..<columns { values[i] *= scale }
        }
    }

    /// The exact GELU of BERT: x · Φ(x), through the error function, four at a time.
    static func gelu(_ x: UnsafeMutablePointer<Float>, count: Int) {
        parallax_gelu(x, Int64(count))
    }
}
