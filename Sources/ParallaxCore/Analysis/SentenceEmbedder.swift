/// Turns sentences into unit vectors whose dot product says how close their meanings are.
///
/// Parallax works without one, on words, names and figures alone; with one (the MiniLM encoder
/// of `ParallaxEmbedding`), paraphrases that share few words are found as well.
public protocol SentenceEmbedder: Sendable {
    /// The length of every vector.
    var dimensions: Int { get }

    /// Each sentence's vector and its tokens' vectors, in order.
    func encode(_ sentences: [String]) -> [SentenceEncoding]
}

/// A sentence as an embedder sees it: one unit vector for the whole, and one for each of its
/// word pieces in context.
public struct SentenceEncoding: Sendable {
    /// The sentence's unit vector.
    public var vector: [Float]
    /// The unit vectors of its word pieces, one after another (`dimensions` floats each),
    /// without the model's start and end markers.
    public var tokens: [Float]

    public init(vector: [Float], tokens: [Float]) {
        self.vector = vector
        self.tokens = tokens
    }
}

extension SentenceEmbedder {
    /// One unit-length vector for each sentence, in order.
    public func embed(_ sentences: [String]) -> [[Float]] {
        encode(sentences).map(\.vector)
    }

    /// The cosine of two vectors that `embed` returned (unit length, so their dot product).
    public static func similarity(_ a: [Float], _ b: [Float]) -> Double {
        Vectors.dot(a, b)
    }
}

/// Reads two sentences together and says how likely they report the same fact, as log-odds
/// (above 0 means more likely than not).
///
/// Parallax works without one; with one (the tuned cross-encoder of `ParallaxEmbedding`), the
/// same-fact decision on a pair weighs it beside the words, figures and names the pair shares.
public protocol PairScorer: Sendable {
    /// The log-odds of each pair, in order.
    func scores(_ pairs: [(String, String)]) -> [Double]
}
