import Foundation

/// Reads article bodies for what they do with a headline's claim: whether they are about it at
/// all, and whether they back it, refute it, or report it without taking a side.
///
/// Features: how much of the headline the body and its closest sentences cover (with term
/// weights over all the bodies read), words of refutation, hedging and confirmation in the body
/// and in the three sentences closest to the headline, and, with sentence vectors, how close
/// the headline is to the body's centre and nearest sentences.
public struct StanceReader: Sendable {
    struct Body: Sendable {
        var sentences: [[String]]
        var words: [Set<String>]
        var terms: [String: Double]
        var encodings: [[Float]]
        var centre: [Float]?
    }

    private var bodies: [String: Body] = [:]
    private var idf: [String: Double] = [:]
    private let embedder: (any SentenceEmbedder)?
    private var headlineVectors: [String: [Float]] = [:]

    /// Words that refute a claim, from the FNC-1 baseline's list and a few more.
    static let refuting: Set<String> = [
        "fake", "fraud", "hoax", "false", "deny", "denies", "denied", "refute", "refuted", "not",
        "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunked", "pranks", "retract",
        "untrue", "satire", "satirical", "myth", "never", "no",
    ]
    /// Words that report a claim without vouching for it.
    static let hedging: Set<String> = [
        "reportedly", "allegedly", "alleged", "claims", "claimed", "claim", "according",
        "rumor", "rumors", "rumour", "rumours", "unconfirmed", "unverified", "may", "might",
        "could", "purportedly", "apparently", "speculation", "suggest", "suggests", "if",
    ]
    /// Words that confirm.
    static let confirming: Set<String> = [
        "confirmed", "confirms", "confirm", "announced", "revealed", "officially", "indeed",
        "verified", "proved", "true",
    ]

    /// The feature names, those without vectors first.
    public static let featureNames = [
        "tfidf", "headline-in-body", "headline-in-lead", "best-sentence-cover",
        "best-sentence-tfidf", "headline-length", "refuting-body", "refuting-near",
        "hedging-body", "hedging-near", "confirming-near", "headline-refuting",
        "headline-hedging", "headline-question", "vector-centre", "vector-best", "vector-top3",
    ]
    public static let vectorFeatures = 3

    /// Reads `bodies` by id, with sentence vectors if `embedder` is given.
    public init(bodies: [String: String], headlines: [String], embedder: (any SentenceEmbedder)?) {
        self.embedder = embedder
        var frequency: [String: Int] = [:]
        var texts: [String] = []
        var owners: [(String, Int)] = []
        for (id, text) in bodies {
            let article = Article(plainText: text, source: id)
            let sentences = ArticleAnalyzer.analyze(article, number: 1).sentences.filter {
                !$0.isHeading
            }
            var counts: [String: Double] = [:]
            for sentence in sentences {
                for term in sentence.terms { counts[term, default: 0] += 1 }
            }
            for term in counts.keys { frequency[term, default: 0] += 1 }
            self.bodies[id] = Body(
                sentences: sentences.map(\.terms),
                words: sentences.map { Set($0.tokens.map(\.lowercased)) }, terms: counts,
                encodings: [], centre: nil)
            for (index, sentence) in sentences.enumerated() {
                texts.append(sentence.text)
                owners.append((id, index))
            }
        }
        let count = Double(bodies.count + 1)
        for (term, documents) in frequency { idf[term] = log(count / Double(documents + 1)) + 1 }
        guard let embedder else { return }
        let unique = Array(Set(headlines))
        let encoded = embedder.embed(texts + unique)
        for (index, (id, _)) in owners.enumerated() {
            self.bodies[id]!.encodings.append(encoded[index])
        }
        for (id, body) in self.bodies {
            self.bodies[id]!.centre = Vectors.unitSum(body.encodings)
        }
        for (index, headline) in unique.enumerated() {
            headlineVectors[headline] = encoded[texts.count + index]
        }
    }

    /// Whether sentence vectors were read.
    public var hasVectors: Bool { embedder != nil }

    /// The features of `headline` against body `id`; `nil` for an unknown body.
    public func features(headline: String, body id: String) -> [Double]? {
        guard let body = bodies[id] else { return nil }
        let tokens = Tokenizer.tokens(Typography.unify(headline))
        let terms = Terms.content(of: tokens)
        let termSet = Set(terms)
        let words = Set(tokens.map(\.lowercased))
        var headlineVector: [String: Double] = [:]
        for term in terms { headlineVector[term, default: 0] += idf[term] ?? 1 }
        let headlineUnit = Vectors.unit(headlineVector)
        func cosine(_ counts: [String: Double]) -> Double {
            var weights: [String: Double] = [:]
            for (term, count) in counts { weights[term] = count * (idf[term] ?? 1) }
            return Vectors.dot(Vectors.unit(weights), headlineUnit)
        }
        let size = Double(max(termSet.count, 1))
        let inBody = Double(termSet.filter { body.terms[$0] != nil }.count) / size
        let lead = Set(body.sentences.prefix(3).flatMap { $0 })
        let inLead = Double(termSet.intersection(lead).count) / size
        var scored: [(Int, Double)] = []
        var bestCover = 0.0
        var bestTfidf = 0.0
        for (index, sentence) in body.sentences.enumerated() {
            let cover = Double(termSet.intersection(sentence).count) / size
            var counts: [String: Double] = [:]
            for term in sentence { counts[term, default: 0] += 1 }
            let similarity = cosine(counts)
            bestCover = max(bestCover, cover)
            bestTfidf = max(bestTfidf, similarity)
            scored.append((index, similarity + cover))
        }
        let near = scored.sorted { ($0.1, $1.0) > ($1.1, $0.0) }.prefix(3).map(\.0)
        func share(_ lexicon: Set<String>, _ sentences: [Int]) -> Double {
            let hits = sentences.reduce(0) { $0 + body.words[$1].intersection(lexicon).count }
            return min(Double(hits), 5) / 5
        }
        let all = Array(body.sentences.indices)
        var features: [Double] = [
            cosine(body.terms), inBody, inLead, bestCover, bestTfidf, min(size, 20) / 20,
            share(Self.refuting, all), share(Self.refuting, near), share(Self.hedging, all),
            share(Self.hedging, near), share(Self.confirming, near),
            words.intersection(Self.refuting).isEmpty ? 0 : 1,
            words.intersection(Self.hedging).isEmpty ? 0 : 1, headline.contains("?") ? 1 : 0,
        ]
        if let vector = headlineVectors[headline], let centre = body.centre {
            let similarities = body.encodings.map { Vectors.dot(vector, $0) }.sorted(by: >)
            features += [
                Vectors.dot(vector, centre), similarities.first ?? 0,
                similarities.prefix(3).reduce(0, +) / Double(max(1, min(3, similarities.count))),
            ]
        } else {
            features += [0, 0, 0]
        }
        return features
    }
}

/// Three yes/no models in turn: is the body about the claim; if so, does it refute it; if not,
/// does it back it; otherwise it discusses it.
public struct StanceModel: Sendable {
    public var related: PairClassifier
    public var disagree: PairClassifier
    public var agree: PairClassifier

    public init(related: PairClassifier, disagree: PairClassifier, agree: PairClassifier) {
        self.related = related
        self.disagree = disagree
        self.agree = agree
    }

    /// The model shipped with Parallax, trained on the FNC-1 development pairs.
    public static let shipped = StanceModel(
        related: .stanceRelated, disagree: .stanceDisagree, agree: .stanceAgree)

    /// The stance a body with `features` takes.
    public func stance(_ features: [Double], vectors: Bool) -> Stance {
        guard related.decide(features, vectors: vectors).match else { return .unrelated }
        if disagree.decide(features, vectors: vectors).match { return .disagree }
        if agree.decide(features, vectors: vectors).match { return .agree }
        return .discuss
    }

    /// Trains the three models on labelled feature rows.
    public static func train(_ rows: [[Double]], labels: [Stance]) -> StanceModel {
        let related = rows.indices.filter { labels[$0] != .unrelated }
        let notDisagreeing = related.filter { labels[$0] != .disagree }
        return StanceModel(
            related: PairClassifier.train(
                rows, labels: labels.map { $0 != .unrelated },
                vectorFeatures: StanceReader.vectorFeatures),
            disagree: PairClassifier.train(
                related.map { rows[$0] }, labels: related.map { labels[$0] == .disagree },
                vectorFeatures: StanceReader.vectorFeatures),
            agree: PairClassifier.train(
                notDisagreeing.map { rows[$0] },
                labels: notDisagreeing.map { labels[$0] == .agree },
                vectorFeatures: StanceReader.vectorFeatures))
    }
}
