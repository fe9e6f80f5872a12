/// What story grouping compares of an article: its names, its content terms, and the word
/// shingles that copy detection signs.
///
/// Names are capitalised words that do not open a sentence, numbers and years, and pairs of
/// adjacent names ("Tony Thompson"): two reports of one event share them, while two events of
/// the same kind (two earthquakes, two boxers' title fights) share the common words but not the
/// names. Terms come from ``Terms`` (stemmed, places folded), counted with sublinear weight
/// later.
public struct StoryFeatures: Sendable {
    /// A term with how often it occurs (titles count double) and its readable form, for
    /// explanations.
    public struct Count: Sendable, Hashable {
        public var key: TermKey
        public var count: Float
        public var label: String
    }

    /// Name terms, by key.
    public var names: [Count]
    /// The keys of the names of two words ("Port Avelline"): the surest sign of one event.
    public var namePairs: Set<TermKey>
    /// Content terms, by key.
    public var words: [Count]
    /// Hashes of the article's overlapping five-word runs, for copy detection (repeats kept).
    public var shingles: [UInt64]
    /// The number of words, to tell the fullest copy.
    public var length: Int

    /// The number of words in a shingle.
    public static let shingleWidth = 5

    /// The features of `document`.
    public init(_ document: StoryDocument) {
        var cache = TermCache()
        self.init(document, cache: &cache)
    }

    /// The features of `document`, with the terms of words seen before taken from `cache`
    /// (stemming every word again was a quarter of the cost).
    public init(_ document: StoryDocument, cache: inout TermCache) {
        var names: [TermKey: Count] = [:]
        var words: [TermKey: Count] = [:]
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
                    // A punctuation token is one scalar.
                    switch token.text.unicodeScalars.first {
                    case ".", "!", "?", "\"", ":", "“", "”", "—", "-": sentenceStart = true
                    default: break
                    }
                    previousName = nil
                    continue
                }
                length += 1
                let opensSentence = sentenceStart
                sentenceStart = false
                let entry = cache.entry(for: token)
                guard let term = entry.term else {
                    previousName = nil
                    continue
                }
                words[entry.wordKey, default: Count(key: entry.wordKey, count: 0, label: term)]
                    .count += weight
                // A capitalised word that opens the title counts: titles are capitalised
                // throughout, and their first word is as likely a name as not.
                let isName =
                    token.kind == .number
                    || (entry.isCapitalized && (!opensSentence || weight > 1) && !entry.isAllCaps)
                    || (entry.isAllCaps && !opensSentence)
                guard isName else {
                    previousName = nil
                    continue
                }
                names[
                    entry.nameKey, default: Count(key: entry.nameKey, count: 0, label: token.text)
                ]
                .count += weight
                if let previous = previousName, token.kind == .word {
                    // The pair's key is hashed from both terms; its label is written only the
                    // first time the article names it (the default is an autoclosure).
                    let pairKey = TermKey(joining: previous, " ", term, tag: 2)
                    names[
                        pairKey,
                        default: Count(
                            key: pairKey, count: 0,
                            label: tokens[index - 1].text + " " + token.text)
                    ].count += weight
                    pairs.insert(pairKey)
                }
                previousName = token.kind == .word ? term : nil
            }
        }
        self.names = names.values.sorted { $0.key < $1.key }
        self.words = words.values.sorted { $0.key < $1.key }
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

    /// Hashes of every run of ``shingleWidth`` words (one for a shorter text), repeats kept: a
    /// MinHash signature is the same with or without them, and dropping them cost a set per
    /// article.
    static func shingles(of words: [UInt64]) -> [UInt64] {
        guard !words.isEmpty else { return [] }
        let width = Swift.min(shingleWidth, words.count)
        var hashes: [UInt64] = []
        hashes.reserveCapacity(words.count - width + 1)
        for start in 0...(words.count - width) {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15
            for offset in 0..<width {
                hash = (hash ^ words[start + offset]) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 31
            }
            hashes.append(hash)
        }
        return hashes
    }
}

/// The terms of words already seen, by their exact spelling: what ``StoryFeatures`` looks up
/// instead of lowercasing, stemming and classifying every word again. One per worker; it
/// starts over when it grows past ``limit`` spellings.
public struct TermCache {
    struct Entry {
        /// The word's term, or nil for a function word.
        var term: String?
        var wordKey: TermKey
        var nameKey: TermKey
        var isCapitalized: Bool
        /// In capitals throughout, with at least two letters ("TASS").
        var isAllCaps: Bool
    }

    /// The most spellings kept.
    public static let limit = 200_000
    private var entries: [TermKey: Entry] = [:]

    public init() {}

    mutating func entry(for token: Token) -> Entry {
        let key = TermKey(token.text, tag: token.kind == .number ? 3 : 4)
        if let entry = entries[key] { return entry }
        let term = Terms.term(for: token)
        let entry = Entry(
            term: term, wordKey: term.map { TermKey($0) } ?? TermKey(rawValue: 0),
            nameKey: term.map { TermKey($0, tag: 1) } ?? TermKey(rawValue: 0),
            isCapitalized: token.isCapitalized, isAllCaps: token.isAllCaps)
        if entries.count >= Self.limit { entries.removeAll(keepingCapacity: true) }
        entries[key] = entry
        return entry
    }
}
