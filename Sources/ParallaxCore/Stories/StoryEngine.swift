import Foundation

/// Groups articles into stories as they arrive, in publication order: copies first (MinHash
/// with LSH banding), then events (TF-IDF over names and content terms, with document
/// frequencies updated as the stream goes).
///
/// An article joins the most similar story active near its date when the similarity reaches
/// the threshold, else starts a new one. Candidates come from an inverted index over the
/// stories' weightiest terms, and stories quiet for longer than the window are closed, so the
/// cost of an article does not grow with the corpus. A story's id never changes; when an
/// article bridges two stories they merge, and the merge is recorded.
///
/// An engine belongs to one task; ``prepare(_:)`` computes features on all cores first.
public final class StoryEngine {
    /// An article's features and signature, computed before it is added.
    public struct Prepared: Sendable {
        public var features: StoryFeatures
        public var signature: [UInt32]
    }

    /// A group of copies of one article.
    public struct CopyGroup: Sendable, Hashable, Codable {
        /// The origin: the earliest, and the fullest when dates tie.
        public var origin: String
        /// Every article of the group, the origin included, in arrival order.
        public var members: [String]
    }

    public let settings: StorySettings
    private let minHash = MinHash()
    private let copies: CopyDetector

    // Document frequencies, for IDF weights as the stream goes.
    private var documentFrequency: [TermKey: Int32] = [:]
    private var documentCount = 0

    // Articles, by arrival index.
    private var ids: [String] = []
    private var dates: [Double?] = []
    private var lengths: [Int32] = []
    private var storyOfArticle: [Int32] = []
    private var copyParent: [Int32] = []
    private var seenIDs: [String: Int32] = [:]

    // Stories, by id.
    private var stories: [StoryState] = []
    private var alias: [Int32] = []
    private var postings: [TermKey: [Int32]] = [:]
    private var latest = -Double.infinity
    /// Dated stories by their last date, for closing.
    private var closing: [(last: Double, story: Int32)] = []
    private var closingStart = 0
    public private(set) var merges: [StoryMerge] = []
    private var scratch: [Float] = []
    private var touched: [Int32] = []

    /// How many candidate stories are scored for an article, at most.
    static let candidateLimit = 12
    /// How many of a story's weightiest terms index it.
    static let indexedTerms = 24
    /// The most terms a centroid keeps per channel; the lightest are pruned.
    static let centroidLimit = 400
    /// The longest posting list kept: the most recent stories of a very common term.
    static let postingLimit = 128

    public init(settings: StorySettings = StorySettings()) {
        self.settings = settings
        copies = CopyDetector(settings: settings)
    }

    /// The number of articles added.
    public var articleCount: Int { ids.count }
    /// The number of stories started (merged ones included).
    public var storyCount: Int { stories.count }
    /// Stories open in the index now, and articles in the copy index.
    public var activeStories: Int { stories.lazy.filter(\.isOpen).count }

    /// Features and signatures of `documents`, computed on all cores, in order.
    public static func prepare(
        _ documents: [StoryDocument], workers: Int = ProcessInfo.processInfo.activeProcessorCount
    )
        async -> [Prepared]
    {
        let minHash = MinHash()
        return await ParallelMap.map(documents, workers: workers, grain: 64) { document in
            let features = StoryFeatures(document)
            return Prepared(features: features, signature: minHash.signature(features.shingles))
        }
    }

    /// The order to add `documents` in: by publication date, an undated document keeping its
    /// place after the dated one before it in the input. The sort is stable.
    public static func publicationOrder(_ documents: [StoryDocument]) -> [Int] {
        var last = -Double.infinity
        let keys = documents.map { document -> Double in
            if let date = document.published?.timeIntervalSince1970 { last = date }
            return document.published?.timeIntervalSince1970 ?? last
        }
        return documents.indices.sorted { keys[$0] != keys[$1] ? keys[$0] < keys[$1] : $0 < $1 }
    }

    /// Adds `documents` in publication order (``publicationOrder(_:)``), their features
    /// computed on all cores first, and returns where each went, in the order given.
    public func add(_ documents: [StoryDocument]) async -> [StoryAssignment] {
        let order = Self.publicationOrder(documents)
        let ordered = order.map { documents[$0] }
        let prepared = await Self.prepare(ordered)
        var assignments = [StoryAssignment?](repeating: nil, count: documents.count)
        for (position, index) in order.enumerated() {
            assignments[index] = add(ordered[position], prepared: prepared[position])
        }
        return assignments.map { $0! }
    }

    /// Adds `document`, computing its features here.
    @discardableResult
    public func add(_ document: StoryDocument) -> StoryAssignment {
        let features = StoryFeatures(document)
        return add(
            document,
            prepared: Prepared(features: features, signature: minHash.signature(features.shingles)))
    }

    /// Adds `document` with its prepared features and says where it went and why.
    @discardableResult
    public func add(_ document: StoryDocument, prepared: Prepared) -> StoryAssignment {
        let (index, date) = record(document, prepared)

        let vector = weigh(prepared.features)
        var assignment = StoryAssignment(
            article: document.id, story: 0, isNew: false, similarity: 0, sharedNames: [],
            sharedTerms: [], copyOf: nil, copySimilarity: nil, merged: [])

        // A copy joins the story of what it copies.
        if let copy = copies.add(index: index, signature: prepared.signature, date: date) {
            copyParent[Int(index)] = root(copy.match)
            let story = canonical(storyOfArticle[Int(copy.match)])
            assignment.copyOf = ids[Int(copy.match)]
            assignment.copySimilarity = copy.similarity
            assignment.story = Int(story)
            assignment.similarity = copy.similarity
            join(story, vector, date: date)
            storyOfArticle.append(story)
            return assignment
        }

        let scored = score(vector, date: date)
        if let best = scored.first,
            best.similarity >= settings.threshold
                || (best.similarity >= settings.pairedThreshold
                    && stories[Int(best.story)].sharedPairs(prepared.features.namePairs)
                        >= settings.pairedNames)
        {
            assignment.story = Int(best.story)
            assignment.similarity = best.similarity
            (assignment.sharedNames, assignment.sharedTerms) = shared(
                vector, stories[Int(best.story)], labels: prepared.features.labels)
            for other in scored.dropFirst() where other.similarity >= settings.mergeThreshold {
                merge(
                    other.story, into: best.story, article: document.id,
                    similarity: other.similarity)
                assignment.merged.append(Int(other.story))
            }
            join(best.story, vector, date: date)
            storyOfArticle.append(best.story)
        } else {
            let story = Int32(stories.count)
            stories.append(StoryState(id: story))
            alias.append(story)
            assignment.story = Int(story)
            assignment.isNew = true
            assignment.similarity = scored.first?.similarity ?? 0
            join(story, vector, date: date)
            storyOfArticle.append(story)
        }
        return assignment
    }

    /// Adds an article placed in a story before (read back from a store) without scoring it,
    /// so that grouping goes on where it stopped: it joins `story` (a story index this engine
    /// returned before) or, when nil, starts a story.
    ///
    /// - Returns: The story's index in this engine.
    @discardableResult
    public func restore(_ document: StoryDocument, prepared: Prepared, joining story: Int?) -> Int {
        let (index, date) = record(document, prepared)
        if let copy = copies.add(index: index, signature: prepared.signature, date: date) {
            copyParent[Int(index)] = root(copy.match)
        }
        let vector = weigh(prepared.features)
        let target: Int32
        if let story, story < stories.count {
            target = canonical(Int32(story))
            if !stories[Int(target)].isOpen { stories[Int(target)].reopen() }
        } else {
            target = Int32(stories.count)
            stories.append(StoryState(id: target))
            alias.append(target)
        }
        join(target, vector, date: date)
        storyOfArticle.append(target)
        return Int(target)
    }

    /// Records a new article, closing the stories its date leaves behind.
    private func record(_ document: StoryDocument, _ prepared: Prepared) -> (Int32, Double?) {
        let index = Int32(ids.count)
        let date = document.published?.timeIntervalSince1970
        if let date, date > latest {
            latest = date
            closeQuietStories()
        }
        ids.append(document.id)
        dates.append(date)
        lengths.append(Int32(prepared.features.length))
        copyParent.append(index)
        return (index, date)
    }

    /// The story `story` is now, merges followed.
    public func currentStory(_ story: Int) -> Int { Int(canonical(Int32(story))) }

    /// The story article `id` belongs to now, merges followed.
    public func story(of id: String) -> Int? {
        guard let index = seenIndex(id) else { return nil }
        return Int(canonical(storyOfArticle[index]))
    }

    /// The story each article belongs to now, in arrival order, merges followed.
    public var finalStories: [(article: String, story: Int)] {
        ids.indices.map { (ids[$0], Int(canonical(storyOfArticle[$0]))) }
    }

    /// The groups of copies (two articles or more), each with its origin.
    public var copyGroups: [CopyGroup] {
        let groups = Dictionary(grouping: ids.indices.map(Int32.init), by: root).values
        var result: [CopyGroup] = []
        for all in groups where all.count > 1 {
            let origin = all.min { a, b in
                let first = dates[Int(a)] ?? .infinity
                let second = dates[Int(b)] ?? .infinity
                if first != second { return first < second }
                if lengths[Int(a)] != lengths[Int(b)] { return lengths[Int(a)] > lengths[Int(b)] }
                return a < b
            }!
            result.append(CopyGroup(origin: ids[Int(origin)], members: all.map { ids[Int($0)] }))
        }
        return result.sorted { $0.members[0] < $1.members[0] }
    }

    private func seenIndex(_ id: String) -> Int? {
        // Ids are looked up rarely; a linear index is built on first use.
        if seenIDs.count != ids.count {
            for index in seenIDs.count..<ids.count where seenIDs[ids[index]] == nil {
                seenIDs[ids[index]] = Int32(index)
            }
        }
        return seenIDs[id].map(Int.init)
    }

    // MARK: - Vectors

    /// A weighted, unit-length vector per channel.
    struct Vector {
        var names: [(key: TermKey, weight: Float)]
        var words: [(key: TermKey, weight: Float)]
    }

    private func weigh(_ features: StoryFeatures) -> Vector {
        documentCount += 1
        for term in features.words { documentFrequency[term.key, default: 0] += 1 }
        for term in features.names { documentFrequency[term.key, default: 0] += 1 }
        let total = Float(documentCount + 1)
        func channel(_ counts: [StoryFeatures.Count]) -> [(key: TermKey, weight: Float)] {
            var weighted = counts.map { term -> (key: TermKey, weight: Float) in
                let frequency = Float(documentFrequency[term.key] ?? 1)
                return (term.key, (1 + log(term.count)) * log(total / (frequency + 0.5)))
            }
            let norm = sqrt(weighted.reduce(0) { $0 + $1.weight * $1.weight })
            if norm > 0 { for index in weighted.indices { weighted[index].weight /= norm } }
            return weighted
        }
        return Vector(names: channel(features.names), words: channel(features.words))
    }

    // MARK: - Scoring

    private func score(_ vector: Vector, date: Double?) -> [(story: Int32, similarity: Double)] {
        // Hits per story in a scratch array indexed by story, reset through the touched list:
        // no dictionary on the hottest path.
        if scratch.count < stories.count {
            scratch += [Float](repeating: 0, count: stories.count - scratch.count)
        }
        touched.removeAll(keepingCapacity: true)
        for term in Self.heaviest(vector.names, 16) + Self.heaviest(vector.words, 8) {
            guard var list = postings[term.key] else { continue }
            var kept = 0
            for story in list {
                let canonicalStory = canonical(story)
                guard stories[Int(canonicalStory)].isOpen else { continue }
                list[kept] = canonicalStory
                kept += 1
                if scratch[Int(canonicalStory)] == 0 { touched.append(canonicalStory) }
                scratch[Int(canonicalStory)] += term.weight
            }
            if kept < list.count {
                list.removeLast(list.count - kept)
                postings[term.key] = list
            }
        }
        var hits: [(key: Int32, value: Float)] = touched.map { ($0, scratch[Int($0)]) }
        for story in touched { scratch[Int(story)] = 0 }
        if hits.count > Self.candidateLimit {
            hits.sort { $0.value > $1.value || ($0.value == $1.value && $0.key < $1.key) }
        }
        let candidates = hits.prefix(Self.candidateLimit)
        var scored: [(story: Int32, similarity: Double)] = []
        for (story, _) in candidates {
            let state = stories[Int(story)]
            if let date, let last = state.last, let first = state.first,
                date > last + settings.windowDays * 86_400
                    || date < first - settings.windowDays * 86_400
            {
                continue
            }
            let similarity =
                settings.nameWeight * state.cosine(vector.names, \.names, state.namesNorm)
                + (1 - settings.nameWeight) * state.cosine(vector.words, \.words, state.wordsNorm)
            scored.append((story, similarity))
        }
        return scored.sorted {
            $0.similarity > $1.similarity || ($0.similarity == $1.similarity && $0.story < $1.story)
        }
    }

    static func heaviest(_ terms: [(key: TermKey, weight: Float)], _ count: Int) -> [(
        key: TermKey, weight: Float
    )] {
        terms.count <= count ? terms : Array(terms.sorted { $0.weight > $1.weight }.prefix(count))
    }

    private func shared(_ vector: Vector, _ story: StoryState, labels: [TermKey: String]) -> (
        [String], [String]
    ) {
        func top(_ terms: [(key: TermKey, weight: Float)], _ centroid: [TermKey: Float]) -> [String]
        {
            terms.compactMap { term -> (String, Float)? in
                guard let weight = centroid[term.key], let label = labels[term.key] else {
                    return nil
                }
                return (label, weight * term.weight)
            }.sorted { $0.1 > $1.1 }.prefix(8).map(\.0)
        }
        return (top(vector.names, story.names), top(vector.words, story.words))
    }

    // MARK: - Stories

    private func join(_ story: Int32, _ vector: Vector, date: Double?) {
        let state = stories[Int(story)]
        state.add(vector)
        state.size += 1
        if let date {
            let wasDated = state.last != nil
            state.first = min(state.first ?? date, date)
            state.last = max(state.last ?? date, date)
            if !wasDated || state.last == date { closing.append((state.last!, story)) }
        }
        if state.size <= 4 || state.size % 8 == 0 { state.prune(Self.centroidLimit) }
        // Index the story by its weightiest terms not yet indexed.
        for term in Self.heaviest(vector.names, Self.indexedTerms) + Self.heaviest(vector.words, 8)
        where state.indexed.insert(term.key).inserted {
            var list = postings[term.key, default: []]
            if list.count >= Self.postingLimit {
                list.removeFirst(list.count - Self.postingLimit + 1)
            }
            list.append(story)
            postings[term.key] = list
        }
    }

    private func merge(_ absorbed: Int32, into target: Int32, article: String, similarity: Double) {
        guard absorbed != target else { return }
        let (keep, drop) = absorbed < target ? (absorbed, target) : (target, absorbed)
        let kept = stories[Int(keep)]
        kept.absorb(stories[Int(drop)])
        kept.prune(Self.centroidLimit)
        stories[Int(drop)].close()
        alias[Int(drop)] = keep
        merges.append(
            StoryMerge(
                absorbed: Int(drop), into: Int(keep), article: article, similarity: similarity))
    }

    private func canonical(_ story: Int32) -> Int32 {
        var current = story
        while alias[Int(current)] != current { current = alias[Int(current)] }
        var step = story
        while alias[Int(step)] != current {
            let next = alias[Int(step)]
            alias[Int(step)] = current
            step = next
        }
        return current
    }

    private func root(_ article: Int32) -> Int32 {
        var current = article
        while copyParent[Int(current)] != current { current = copyParent[Int(current)] }
        return current
    }

    /// Closes the dated stories whose last article is older than the window.
    private func closeQuietStories() {
        let horizon = latest - settings.windowDays * 86_400
        while closingStart < closing.count, closing[closingStart].last < horizon {
            let (last, story) = closing[closingStart]
            closingStart += 1
            // A later entry stands for a story that went on.
            if stories[Int(story)].last == last { stories[Int(story)].close() }
        }
        if closingStart > 4096, closingStart * 2 > closing.count {
            closing.removeFirst(closingStart)
            closingStart = 0
        }
    }
}

/// A story's running state: centroids of its members' vectors, its dates and size.
///
/// A class, so that adding to a centroid changes it in place rather than copying it.
final class StoryState {
    let id: Int32
    var names: [TermKey: Float] = [:]
    var words: [TermKey: Float] = [:]
    var namesNorm: Float = 0
    var wordsNorm: Float = 0
    var first: Double?
    var last: Double?
    var size = 0
    var isOpen = true
    var indexed: Set<TermKey> = []

    init(id: Int32) { self.id = id }

    func cosine(
        _ terms: [(key: TermKey, weight: Float)], _ channel: KeyPath<StoryState, [TermKey: Float]>,
        _ norm: Float
    ) -> Double {
        guard norm > 0 else { return 0 }
        let centroid = self[keyPath: channel]
        var dot: Float = 0
        for term in terms { if let weight = centroid[term.key] { dot += weight * term.weight } }
        return Double(dot / norm)
    }

    func add(_ vector: StoryEngine.Vector) {
        // |c + v|² = |c|² + 2 c·v + |v|², with |v| = 1 (or 0 for an empty channel).
        func update(
            _ centroid: inout [TermKey: Float], _ norm: inout Float,
            _ terms: [(key: TermKey, weight: Float)]
        ) {
            guard !terms.isEmpty else { return }
            var dot: Float = 0
            var length: Float = 0
            for term in terms {
                dot += (centroid[term.key] ?? 0) * term.weight
                length += term.weight * term.weight
                centroid[term.key, default: 0] += term.weight
            }
            norm = sqrt(max(0, norm * norm + 2 * dot + length))
        }
        update(&names, &namesNorm, vector.names)
        update(&words, &wordsNorm, vector.words)
    }

    func absorb(_ other: StoryState) {
        names.merge(other.names, uniquingKeysWith: +)
        words.merge(other.words, uniquingKeysWith: +)
        namesNorm = Self.norm(names)
        wordsNorm = Self.norm(words)
        size += other.size
        if let date = other.first { first = min(first ?? date, date) }
        if let date = other.last { last = max(last ?? date, date) }
        indexed.formUnion(other.indexed)
    }

    func prune(_ limit: Int) {
        func pruned(_ centroid: [TermKey: Float]) -> [TermKey: Float] {
            guard centroid.count > limit else { return centroid }
            return Dictionary(
                uniqueKeysWithValues: centroid.sorted { $0.value > $1.value }.prefix(limit).map {
                    ($0.key, $0.value)
                })
        }
        names = pruned(names)
        words = pruned(words)
        namesNorm = Self.norm(names)
        wordsNorm = Self.norm(words)
    }

    func reopen() { isOpen = true }

    /// How many of `pairs` the story's names hold.
    func sharedPairs(_ pairs: Set<TermKey>) -> Int {
        pairs.reduce(0) { $0 + (names[$1] != nil ? 1 : 0) }
    }

    func close() {
        isOpen = false
        names = [:]
        words = [:]
        indexed = []
    }

    static func norm(_ centroid: [TermKey: Float]) -> Float {
        sqrt(centroid.values.reduce(0) { $0 + $1 * $1 })
    }
}
