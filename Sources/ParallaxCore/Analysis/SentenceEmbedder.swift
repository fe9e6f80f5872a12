/// Turns sentences into unit vectors whose dot product says how close their meanings are.
///
/// Parallax works without one, on words, names and figures alone; with one (the MiniLM encoder
/// of `ParallaxEmbedding`), paraphrases that share few words are found as well.
public protocol SentenceEmbedder: Sendable {
    /// The length of every vector.
    var dimensions: Int { get }

    /// One unit-length vector for each sentence, in order.
    func embed(_ sentences: [String]) -> [[Float]]
}

extension SentenceEmbedder {
    /// The cosine of two vectors that `embed` returned (unit length, so their dot product).
    public static func similarity(_ a: [Float], _ b: [Float]) -> Double {
        var sum: Float = 0
        for i in 0..<min(a.count, b.count) { sum += a[i] * b[i] }
        return Double(sum)
    }
}
