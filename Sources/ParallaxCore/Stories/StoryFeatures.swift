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
        var article = Article()
        var scalars = cache.takeScalars()
        if var title = document.title {
            title.withUTF8 { Self.read($0, weight: 2, &scalars, &cache, &article) }
        }
        var text = document.text
        text.withUTF8 { bytes in
            var start = 0
            for index in 0..<bytes.count where bytes[index] == 0x0A {
                if index > start {
                    Self.read(
                        UnsafeBufferPointer(rebasing: bytes[start..<index]), weight: 1,
                        &scalars, &cache, &article)
                }
                start = index + 1
            }
            if start < bytes.count {
                Self.read(
                    UnsafeBufferPointer(rebasing: bytes[start...]), weight: 1, &scalars, &cache,
                    &article)
            }
        }
        cache.returnScalars(scalars)
        self.names = cache.names.take()
        self.words = cache.words.take()
        self.namePairs = article.pairs
        self.length = article.length
        self.shingles = Self.shingles(of: document)
    }

    /// What is gathered of an article beside the counts in the cache.
    private struct Article {
        var pairs: Set<TermKey> = []
        var length = 0
    }

    /// Reads one line into `cache`'s counters and `article`.
    ///
    /// The line is read from its UTF-8 bytes into `scalars`, a reused buffer, and tokenised in
    /// place; a word's term is found in the cache by its scalars. Making a `String` of every
    /// line and token, and unifying and splitting each, was most of the cost. A static function
    /// with its state passed `inout`, and a plain loop over the tokens: a closure capturing the
    /// state had each access to it checked at run time.
    private static func read(
        _ line: UnsafeBufferPointer<UInt8>, weight: Float, _ scalars: inout [Unicode.Scalar],
        _ cache: inout TermCache, _ article: inout Article
    ) {
        scalars.removeAll(keepingCapacity: true)
        for byte in line {
            guard byte < 0x80 else {
                // Text outside ASCII is unified (quotes, dashes, spaces), as ``Typography``
                // does for every comparison.
                scalars.removeAll(keepingCapacity: true)
                for scalar in String(decoding: line, as: UTF8.self).unicodeScalars {
                    Typography.unify(scalar) { scalars.append($0) }
                }
                break
            }
            scalars.append(Unicode.Scalar(byte))
        }
        scalars.withUnsafeBufferPointer { scalars in
            var previousName: Int?
            var sentenceStart = true
            var scanner = Tokenizer.Scanner(scalars)
            while let (range, kind) = scanner.next() {
                if kind == .punctuation {
                    switch scalars[range.lowerBound] {
                    // Quotes and dashes are plain here: lines outside ASCII were unified.
                    case ".", "!", "?", "\"", ":", "-": sentenceStart = true
                    default: break
                    }
                    previousName = nil
                    continue
                }
                article.length += 1
                let opensSentence = sentenceStart
                sentenceStart = false
                let index = cache.entry(for: scalars[range], kind: kind)
                // Fields read in place: copying the entry was a tenth of the cost.
                guard let term = cache.entries[index].term else {
                    previousName = nil
                    continue
                }
                cache.words.add(cache.entries[index].wordKey, weight, label: term)
                // A capitalised word that opens the title counts: titles are capitalised
                // throughout, and their first word is as likely a name as not.
                let isCapitalized = cache.entries[index].isCapitalized
                let isAllCaps = cache.entries[index].isAllCaps
                let isName =
                    kind == .number
                    || (isCapitalized && (!opensSentence || weight > 1) && !isAllCaps)
                    || (isAllCaps && !opensSentence)
                guard isName else {
                    previousName = nil
                    continue
                }
                cache.names.add(
                    cache.entries[index].nameKey, weight, label: cache.entries[index].text)
                if let previousName, kind == .word,
                    let previousTerm = cache.entries[previousName].term
                {
                    // The pair's key is hashed from both terms; its label is written only the
                    // first time the article names it (the default is an autoclosure).
                    let pairKey = TermKey(joining: previousTerm, " ", term, tag: 2)
                    cache.names.add(
                        pairKey, weight,
                        label: cache.entries[previousName].text + " " + cache.entries[index].text)
                    article.pairs.insert(pairKey)
                }
                previousName = kind == .word ? index : nil
            }
        }
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
public struct TermCache: Sendable {
    struct Entry {
        /// The word as written, for labels.
        var text: String
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
    /// Every spelling's entry, and where each is in ``entries`` by the key of its scalars: a
    /// lookup returns a position rather than a copy of the entry and its strings.
    private(set) var entries: [Entry] = []
    private var positions = KeyTable<Int32>(capacity: Self.initialCapacity)
    /// The room the table of positions starts with, and starts again with at the limit.
    private static let initialCapacity = 1 << 12
    private var scalars: [Unicode.Scalar] = []
    /// One article's names and content terms, as they are counted.
    var names = TermCounter()
    var words = TermCounter()

    public init() {}

    /// The position in ``entries`` of the token written `scalars`, of kind `kind`.
    mutating func entry(
        for scalars: Slice<UnsafeBufferPointer<Unicode.Scalar>>, kind: Token.Kind
    ) -> Int {
        // FNV-1a over the scalars' values: the same as the key of the UTF-8 bytes for ASCII,
        // and a key of its own otherwise (the table is private to this cache).
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        hash = (hash ^ (kind == .number ? 3 : 4)) &* 0x0000_0100_0000_01b3
        for scalar in scalars { hash = (hash ^ UInt64(scalar.value)) &* 0x0000_0100_0000_01b3 }
        let key = TermKey(rawValue: hash)
        if let position = positions[key] { return Int(position) }
        let token = Token(text: String(scalars: scalars), kind: kind, offset: 0)
        let term = Terms.term(for: token)
        if entries.count >= Self.limit {
            entries.removeAll(keepingCapacity: true)
            positions = KeyTable(capacity: Self.initialCapacity)
        }
        entries.append(
            Entry(
                text: token.text, term: term,
                wordKey: term.map { TermKey($0) } ?? TermKey(rawValue: 0),
                nameKey: term.map { TermKey($0, tag: 1) } ?? TermKey(rawValue: 0),
                isCapitalized: token.isCapitalized, isAllCaps: token.isAllCaps))
        positions[key] = Int32(entries.count - 1)
        return entries.count - 1
    }

    /// The scalar buffer that features are read into, reused from article to article.
    mutating func takeScalars() -> [Unicode.Scalar] {
        defer { scalars = [] }
        return scalars
    }

    mutating func returnScalars(_ buffer: [Unicode.Scalar]) { scalars = buffer }
}
