import Foundation

/// The sentences of a story, read for finding which sentences of different sources report the
/// same happening, and the features the ``PairClassifier/sameEvent`` model weighs for a pair.
///
/// A pair is judged on itself (the ``SameFactFeatures``, the same-fact probability, the
/// cosine of their TF-IDF vectors with the story's own term weights) and on its context: where
/// each sentence stands in its article, how close each is to the other article's title, to its
/// centre and to its nearest sentence, and whether each is the other's nearest. Context matters
/// because a story's articles mostly report one main event: two sentences close to it are
/// likely about the same happening even in different words.
///
/// Every context feature exists twice: over TF-IDF vectors (always), and over sentence vectors
/// when an embedder is at hand (the last features, which the model without vectors ignores).
struct SentencePairs {
    /// The sentences that can report a fact: not headings, with two content terms or more.
    let sentences: [AnalyzedSentence]
    let sides: [SameFactSide]
    let hasVectors: Bool
    /// The cross-source pairs worth judging, `first < second`.
    private(set) var candidates: [(Int, Int)] = []

    /// Each sentence's TF-IDF weights over term ids, at unit length.
    private let weights: [SparseVector]
    private let termIDs: [String: Int32]
    private let position: [Double]
    private let sources: [Int]
    /// Each sentence's source by its place among the story's sources.
    private var places: [Int] = []
    private var placeCount = 0
    /// Per channel, sentence and source (by its place): similarity to that source's title and
    /// centre; the vector channel is empty without vectors.
    private var titleSimilarity: [[[Double]]] = [[], []]
    private var centreSimilarity: [[[Double]]] = [[], []]
    /// Per channel, the three best similarities of each sentence to the candidates of each
    /// other source, best first, at `(sentence * placeCount + place) * 3`; unused slots are
    /// -infinity. Arrays, not dictionaries: every judged pair reads them.
    private var nearest: [[Double]] = [[], []]

    /// Stories with at most this many sentences have every cross-source pair judged; larger
    /// ones only pairs sharing a content term.
    static let exhaustiveLimit = 1500

    /// In a larger story, the least TF-IDF cosine for a pair to be judged: most pairs sharing a
    /// term share only one common word, and judging them all cost most of the comparison.
    static let leastLexical = 0.1

    /// The feature names, those without vectors first.
    static let featureNames: [String] = {
        let context = [
            "other-title", "own-title", "other-centre", "own-centre", "best-in-other",
            "top3-in-other",
        ]
        var pairNames = SameFactFeatures.names.dropLast(SameFactFeatures.vectorFeatures)
        pairNames.removeSubrange(SameFactFeatures.leftOverRange)
        let plain: [String] =
            Array(pairNames)
            + ["same-fact", "tfidf", "position-min", "position-max"]
            + context.flatMap { ["\($0)-min", "\($0)-max"] } + [
                "below-best-min", "below-best-max",
            ]
        let vector: [String] =
            Array(SameFactFeatures.names.suffix(SameFactFeatures.vectorFeatures))
            + ["same-fact-vectors"]
            + context.flatMap { ["\($0)-min-vectors", "\($0)-max-vectors"] }
            + ["below-best-min-vectors", "below-best-max-vectors"]
        return plain + vector
    }()

    /// How many features use sentence vectors.
    static var vectorFeatures: Int {
        SameFactFeatures.vectorFeatures + 1 + 14
    }

    /// Reads the story.
    ///
    /// - Parameters:
    ///   - encodings: Each sentence's encoding by reference, and each source's title encoding
    ///     by source number; both empty without an embedder.
    init(
        _ analyses: [ArticleAnalysis], encodings: [SentenceRef: SentenceEncoding],
        titles: [Int: SentenceEncoding]
    ) {
        var sentences: [AnalyzedSentence] = []
        var position: [Double] = []
        for analysis in analyses {
            let body = analysis.sentences.filter(\.isCompared)
            for (index, sentence) in body.enumerated() {
                sentences.append(sentence)
                position.append(Double(index) / Double(max(body.count, 1)))
            }
        }
        self.sentences = sentences
        self.position = position
        sources = sentences.map(\.ref.source)
        hasVectors = !encodings.isEmpty && sentences.allSatisfy { encodings[$0.ref] != nil }
        let read = sentences
        sides = ParallelMap.map(count: read.count) { range in
            range.map { SameFactSide(read[$0], encoding: encodings[read[$0].ref]) }
        }

        // TF-IDF over the story's sentences, each vector at unit length.
        var termIDs: [String: Int32] = [:]
        var frequency: [Int] = []
        let termLists = sentences.map { sentence in
            sentence.terms.map { term in
                if let id = termIDs[term] { return id }
                let id = Int32(termIDs.count)
                termIDs[term] = id
                frequency.append(0)
                return id
            }
        }
        for terms in termLists {
            for id in Set(terms) { frequency[Int(id)] += 1 }
        }
        let count = Double(sentences.count + 1)
        weights = termLists.map { terms in
            var vector: [Int32: Double] = [:]
            for id in terms {
                vector[id, default: 0] += log(count / Double(frequency[Int(id)] + 1)) + 1
            }
            return SparseVector(Vectors.unit(vector))
        }
        self.termIDs = termIDs
        candidates = findCandidates()
        measureContext(analyses, encodings: encodings, titles: titles)
    }

    /// Every cross-source pair in a small story; in a large one, pairs sharing content terms
    /// enough to reach ``leastLexical``.
    private func findCandidates() -> [(Int, Int)] {
        var pairs: [(Int, Int)] = []
        if sentences.count <= Self.exhaustiveLimit {
            for i in sentences.indices {
                for j in i + 1..<sentences.count where sources[i] != sources[j] {
                    pairs.append((i, j))
                }
            }
            return pairs
        }
        // Each sentence's cosines with its candidates summed in one walk of the postings.
        let index = TermPostings(weights.map(\.ids), termCount: termIDs.count)
        // Each sentence's candidates on all cores; sorted, they come out as one core gives them.
        pairs = ParallelMap.map(count: sentences.count) { range in
            var pairs: [(Int, Int)] = []
            var mark = [Int](repeating: -1, count: sentences.count)
            var dot = [Double](repeating: 0, count: sentences.count)
            for i in range {
                let candidates = index.candidates(of: i, mark: &mark) {
                    $0 > i && sources[$0] != sources[i]
                }
                for j in candidates { dot[j] = 0 }
                let values = weights[i].values
                index.forEachShared(of: i, with: candidates, mark: mark) { slot, j, at in
                    dot[j] += values[slot] * weights[j].values[at]
                }
                for j in candidates where dot[j] >= Self.leastLexical { pairs.append((i, j)) }
            }
            return pairs
        }
        return pairs.sorted { $0 < $1 }
    }

    /// The cosine of two sentences' TF-IDF vectors.
    func tfidf(_ i: Int, _ j: Int) -> Double {
        Vectors.dot(weights[i], weights[j])
    }

    /// The cosine of two sentences' vectors.
    func cosine(_ i: Int, _ j: Int) -> Double {
        guard let a = sides[i].vector, let b = sides[j].vector else { return 0 }
        return Vectors.dot(a, b)
    }

    /// Similarities of every sentence to each source's title and centre, and to its nearest
    /// candidates in each other source, over TF-IDF (`[0]`) and vectors (`[1]`).
    private mutating func measureContext(
        _ analyses: [ArticleAnalysis], encodings: [SentenceRef: SentenceEncoding],
        titles: [Int: SentenceEncoding]
    ) {
        let channels = hasVectors ? 2 : 1
        let numbers = analyses.map(\.number)
        var sourceIndex: [Int: Int] = [:]
        for (index, number) in numbers.enumerated() { sourceIndex[number] = index }
        places = sources.map { sourceIndex[$0]! }
        placeCount = numbers.count
        // Titles and centres as TF-IDF vectors, kept as postings (term id to the sources whose
        // title or centre has it), so that one pass over a sentence's terms measures it against
        // every source at once. Titles fall back on the first sentence.
        var titlePostings = [[(source: Int, weight: Double)]](repeating: [], count: termIDs.count)
        for (index, analysis) in analyses.enumerated() {
            let title =
                analysis.article.title.map { Terms.content($0) }
                ?? analysis.sentences.first.map(\.terms) ?? []
            var vector: [String: Double] = [:]
            for term in title { vector[term, default: 0] += 1 }
            for (term, value) in Vectors.unit(vector) {
                if let id = termIDs[term] { titlePostings[Int(id)].append((index, value)) }
            }
        }
        var centres = [[Int32: Double]](repeating: [:], count: numbers.count)
        for (i, weight) in weights.enumerated() {
            let index = places[i]
            for (id, value) in zip(weight.ids, weight.values) {
                centres[index][id, default: 0] += value
            }
        }
        var centrePostings = [[(source: Int, weight: Double)]](repeating: [], count: termIDs.count)
        for (index, centre) in centres.enumerated() {
            for (id, value) in SparseVector(Vectors.unit(centre)).pairs {
                centrePostings[Int(id)].append((index, value))
            }
        }
        let vectorCentres: [Int: [Float]] =
            hasVectors
            ? Dictionary(grouping: sentences.indices, by: { sources[$0] }).compactMapValues {
                Vectors.unitSum($0.compactMap { sides[$0].vector })
            } : [:]
        for (i, weight) in weights.enumerated() {
            var title = [Double](repeating: 0, count: numbers.count)
            var centre = [Double](repeating: 0, count: numbers.count)
            for (id, value) in zip(weight.ids, weight.values) {
                for posting in titlePostings[Int(id)] {
                    title[posting.source] += value * posting.weight
                }
                for posting in centrePostings[Int(id)] {
                    centre[posting.source] += value * posting.weight
                }
            }
            titleSimilarity[0].append(title)
            centreSimilarity[0].append(centre)
            if channels == 2, let vector = sides[i].vector {
                titleSimilarity[1].append(
                    numbers.map { titles[$0].map { Vectors.dot(vector, $0.vector) } ?? 0 })
                centreSimilarity[1].append(
                    numbers.map { vectorCentres[$0].map { Vectors.dot(vector, $0) } ?? 0 })
            }
        }
        // Nearest candidates in each other source: the three best kept in order as they come.
        let slots = sentences.count * placeCount * 3
        for channel in 0..<channels {
            var top = [Double](repeating: -.infinity, count: slots)
            for (i, j) in candidates {
                let value = channel == 0 ? tfidf(i, j) : cosine(i, j)
                Self.keep(value, in: &top, at: (i * placeCount + places[j]) * 3)
                Self.keep(value, in: &top, at: (j * placeCount + places[i]) * 3)
            }
            nearest[channel] = top
        }
    }

    /// Puts `value` among the three best, best first, that start at `start`.
    @inline(__always)
    private static func keep(_ value: Double, in top: inout [Double], at start: Int) {
        guard value > top[start + 2] else { return }
        var slot = start + 2
        while slot > start, value > top[slot - 1] {
            top[slot] = top[slot - 1]
            slot -= 1
        }
        top[slot] = value
    }

    /// The best similarity of sentence `i` to the candidates of the source at `place`, and the
    /// mean of the three best; 0 where it has none.
    @inline(__always)
    private func nearest(_ channel: Int, _ i: Int, _ place: Int) -> (best: Double, topThree: Double)
    {
        let start = (i * placeCount + place) * 3
        let top = nearest[channel]
        guard top[start] > -.infinity else { return (0, 0) }
        var sum = top[start]
        var count = 1.0
        for slot in start + 1..<start + 3 where top[slot] > -.infinity {
            sum += top[slot]
            count += 1
        }
        return (top[start], sum / count)
    }

    /// The features of the pair of sentences `i` and `j`, in ``featureNames`` order; the
    /// vector features are 0 without vectors.
    func features(_ i: Int, _ j: Int) -> [Double] {
        let pair = SameFactFeatures.features(sides[i], sides[j])
        let plainCount = pair.count - SameFactFeatures.vectorFeatures
        let (placeA, placeB) = (places[i], places[j])
        var features: [Double] = []
        features.reserveCapacity(Self.featureNames.count)
        func appendContext(_ channel: Int, _ similarity: Double) {
            let title = titleSimilarity[channel]
            let centre = centreSimilarity[channel]
            let nearI = nearest(channel, i, placeB)
            let nearJ = nearest(channel, j, placeA)
            for (x, y) in [
                (title[i][placeB], title[j][placeA]), (title[i][placeA], title[j][placeB]),
                (centre[i][placeB], centre[j][placeA]), (centre[i][placeA], centre[j][placeB]),
                (nearI.best, nearJ.best), (nearI.topThree, nearJ.topThree),
                (similarity - nearI.best, similarity - nearJ.best),
            ] {
                // In the order of their size, not of the sentences: the pair's probability
                // must not depend on which source was given first.
                features.append(min(x, y))
                features.append(max(x, y))
            }
        }
        let sameFact = PairClassifier.sameFact
        let leftOver = SameFactFeatures.leftOverRange
        features += pair[..<leftOver.lowerBound]
        features += pair[leftOver.upperBound..<plainCount]
        features.append(sameFact.probability(pair, vectors: false))
        let lexical = tfidf(i, j)
        features += [lexical, min(position[i], position[j]), max(position[i], position[j])]
        appendContext(0, lexical)
        features += pair.suffix(SameFactFeatures.vectorFeatures)
        if hasVectors {
            features.append(sameFact.probability(pair, vectors: true))
            appendContext(1, cosine(i, j))
        } else {
            features += repeatElement(0, count: 15)
        }
        return features
    }
}
