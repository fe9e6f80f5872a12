/// What story grouping compares of an article: its names, its content terms, and the word
/// shingles that copy detection signs.
///
/// Names are capitalised words that do not open a sentence, numbers and years, and pairs of
/// adjacent names ("Tony Thompson"): two reports of one event share them, while two events of
/// the same kind (two earthquakes, two boxers' title fights) share the common words but not the
/// names. Terms come from ``Terms`` (stemmed, places folded), counted with sublinear weight
/// later.
public struct StoryFeatures: Sendable {
    /// A term with how often it occurs (titles count double).
    public struct Count: Sendable, Hashable {
        public var key: TermKey
        public var count: Float
    }

    /// Name terms, by key.
    public var names: [Count]
    /// The keys of the names of two words ("Port Avelline"): the surest sign of one event.
    public var namePairs: Set<TermKey>
    /// Content terms, by key.
    public var words: [Count]
    /// The readable form of every term, for explanations.
    public var labels: [TermKey: String]
    /// Hashes of the article's overlapping five-word runs, for copy detection.
    public var shingles: [UInt64]
    /// The number of words, to tell the fullest copy.
    public var length: Int

    /// The number of words in a shingle.
    public static let shingleWidth = 5

    /// The features of `document`.
    public init(_ document: StoryDocument) {
        var names: [TermKey: Float] = [:]
        var words: [TermKey: Float] = [:]
        var labels: [TermKey: String] = [:]
        var pairs: Set<TermKey> = []
        var length = 0
        let title = document.title.map { [$0] } ?? []
        // Split on line feeds as bytes: splitting on Characters was a tenth of the cost.
        let lines =
            title
            + document.text.utf8.split(separator: 0x0A).map { String(Substring($0)) }
        for (number, line) in lines.enumerated() {
            let weight: Float = number == 0 && !title.isEmpty ? 2 : 1
            let tokens = Tokenizer.tokens(Typography.unify(line))
            var previousName: String?
            var sentenceStart = true
            for (index, token) in tokens.enumerated() {
                if token.kind == .punctuation {
                    if [".", "!", "?", "\"", ":", "“", "”", "—", "-"].contains(token.text) {
                        sentenceStart = true
                    }
                    previousName = nil
                    continue
                }
                length += 1
                let lower = token.lowercased
                let opensSentence = sentenceStart
                sentenceStart = false
                guard let term = Terms.term(for: token) else {
                    previousName = nil
                    continue
                }
                let wordKey = TermKey(term)
                words[wordKey, default: 0] += weight
                if labels[wordKey] == nil { labels[wordKey] = term }
                // A capitalised word that opens the title counts: titles are capitalised
                // throughout, and their first word is as likely a name as not.
                let isName =
                    token.kind == .number
                    || (token.isCapitalized && (!opensSentence || weight > 1) && !token.isAllCaps)
                    || (token.isAllCaps && !opensSentence && lower.count > 1)
                guard isName else {
                    previousName = nil
                    continue
                }
                let nameKey = TermKey(term, tag: 1)
                names[nameKey, default: 0] += weight
                if labels[nameKey] == nil { labels[nameKey] = token.text }
                if let previous = previousName, token.kind == .word {
                    let pair = previous + " " + term
                    let pairKey = TermKey(pair, tag: 2)
                    names[pairKey, default: 0] += weight
                    pairs.insert(pairKey)
                    if labels[pairKey] == nil {
                        labels[pairKey] = (tokens[index - 1].text) + " " + token.text
                    }
                }
                previousName = token.kind == .word ? term : nil
            }
        }
        self.names = names.map { Count(key: $0.key, count: $0.value) }.sorted { $0.key < $1.key }
        self.words = words.map { Count(key: $0.key, count: $0.value) }.sorted { $0.key < $1.key }
        self.labels = labels
        self.namePairs = pairs
        self.length = length
        self.shingles = Self.shingles(of: document)
    }

    /// The shingle hashes of `document`'s title and text: its words are runs of letters and
    /// digits (any byte outside ASCII counts as a letter), ASCII lowercased, hashed straight
    /// from the UTF-8 bytes. Written by hand because copy detection signs every article and
    /// making a `String` of each word was most of its cost.
    public static func shingles(of document: StoryDocument) -> [UInt64] {
        var words: [UInt64] = []
        func scan(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                var hash: UInt64 = 0xcbf2_9ce4_8422_2325
                var inWord = false
                for byte in bytes {
                    let isWord =
                        byte >= 0x80 || (byte >= 0x30 && byte <= 0x39)
                        || (byte >= 0x61 && byte <= 0x7A)
                        || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
                    if isWord {
                        let lower = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                        hash = (hash ^ UInt64(lower)) &* 0x0000_0100_0000_01b3
                        inWord = true
                    } else if inWord {
                        words.append(hash)
                        hash = 0xcbf2_9ce4_8422_2325
                        inWord = false
                    }
                }
                if inWord { words.append(hash) }
            }
        }
        if let title = document.title { scan(title) }
        scan(document.text)
        return shingles(of: words)
    }

    /// Hashes of every run of ``shingleWidth`` words (one for a shorter text), deduplicated.
    static func shingles(of words: [UInt64]) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let width = Swift.min(shingleWidth, words.count)
        var hashes: Set<UInt64> = []
        hashes.reserveCapacity(words.count)
        for start in 0...(words.count - width) {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for offset in 0..<width {
                hash = (hash ^ words[start + offset]) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
            }
            hashes.insert(hash)
        }
        return Array(hashes)
    }
}
