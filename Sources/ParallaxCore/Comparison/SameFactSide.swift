/// One sentence, read for the same-fact model: its words, content terms, figures, names and
/// negation, and its sentence vector when an embedder is at hand.
///
/// A class, not a struct: a story's comparison judges every pair of its sentences, and a copy
/// of a struct of a dozen arrays retained and released each of them, a tenth of a 200-article
/// comparison (`perf record -g parallax bench compare … --no-vectors`).
public final class SameFactSide: Sendable {
    /// The sentence.
    public let text: String
    /// Its words, lower case, in order, as keys.
    let words: [UInt64]
    /// The same, sorted and unique; and its pairs of consecutive words.
    let wordSet: [UInt64]
    let bigrams: [UInt64]
    /// Its content terms (stemmed, places and concepts folded), sorted and unique.
    let terms: [UInt64]
    /// The values of its figures: "69-year-old", "69" and "sixty-nine" all give `69`.
    let numbers: [UInt64]
    /// Lower-case capitalised words past the first: the names it mentions.
    let names: [UInt64]
    /// Whether it is negated ("not", "never", "n't", "no").
    let isNegated: Bool
    /// Its words in order as crude stems (a figure's value; a word's first five letters, lower
    /// case, which folds most inflections: "returned" and "returning"), with their kinds; and
    /// the stems sorted and unique.
    let stems: [UInt64]
    let kinds: [LeftOverWords.Kind]
    let stemSet: [UInt64]
    /// One bit of 64 for each stem (``LeftOverWords/bit(_:)``): a stem whose bit is clear is
    /// not in `stemSet`, found without searching it.
    let stemMask: UInt64
    /// Its sentence vector and word-piece vectors, if an embedder made them.
    public let encoding: SentenceEncoding?
    public var vector: [Float]? { encoding?.vector }

    /// Reads `text`, with its encoding if there is one.
    public convenience init(text: String, encoding: SentenceEncoding? = nil) {
        let tokens = Tokenizer.tokens(Typography.unify(text))
        self.init(text: text, tokens: tokens, terms: Terms.content(of: tokens), encoding: encoding)
    }

    /// Reads a sentence an analysis has already split into tokens and content terms.
    convenience init(_ sentence: AnalyzedSentence, encoding: SentenceEncoding?) {
        self.init(
            text: sentence.text, tokens: sentence.tokens, terms: sentence.terms, encoding: encoding)
    }

    /// Reads `text` from its tokens (of its typographically unified form) and content terms.
    private init(text: String, tokens: [Token], terms: [String], encoding: SentenceEncoding?) {
        self.text = text
        self.encoding = encoding
        var words: [UInt64] = []
        var numbers: Set<UInt64> = []
        var names: Set<UInt64> = []
        var isNegated = false
        var stems: [UInt64] = []
        var kinds: [LeftOverWords.Kind] = []
        for (index, token) in tokens.enumerated() where token.kind != .punctuation {
            let lower = token.lowercased
            words.append(TermKey(lower).rawValue)
            if token.kind == .number {
                let value = TermKey(Self.value(of: token.text)).rawValue
                numbers.insert(value)
                stems.append(value)
                kinds.append(.number)
            } else if let value = Self.spelled[lower] {
                let key = TermKey(String(value)).rawValue
                numbers.insert(key)
                stems.append(key)
                kinds.append(.number)
            } else {
                let bare = Tokenizer.stripPossessive(lower)
                stems.append(TermKey(bare.prefix(5)).rawValue)
                if index > 0, token.isCapitalized {
                    names.insert(TermKey(bare).rawValue)
                    kinds.append(.name)
                } else {
                    kinds.append(Stopwords.contains(lower) ? .function : .content)
                }
            }
            if Self.negations.contains(lower) || lower.hasSuffix("n't") { isNegated = true }
        }
        self.words = words
        wordSet = Array(Set(words)).sorted()
        bigrams =
            words.count > 1
            ? Array(Set((1..<words.count).map { words[$0 - 1] &* 31 &+ words[$0] })).sorted() : []
        self.terms = Array(Set(terms.map { TermKey($0).rawValue })).sorted()
        self.numbers = numbers.sorted()
        self.names = names.sorted()
        self.isNegated = isNegated
        self.stems = stems
        self.kinds = kinds
        stemSet = Array(Set(stems)).sorted()
        stemMask = stems.reduce(0) { $0 | LeftOverWords.bit($1) }
    }

    static let negations: Set<String> = ["not", "never", "no", "nobody", "nothing", "neither"]

    /// Small numbers written as words, which news copy spells out below ten.
    static let spelled: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "hundred": 100,
    ]

    /// A figure's value as a key: separators dropped, and what follows a hyphen cut
    /// ("69-year-old" is 69, "1,200" is 1200).
    static func value(of text: String) -> String {
        var key = ""
        for character in text {
            if character == "," { continue }
            if character == "-" { break }
            key.append(character)
        }
        return key
    }
}
