/// Where a sentence stands: its source's 1-based number and its own 1-based number there.
public struct SentenceRef: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    /// The 1-based number of the source in the comparison.
    public var source: Int
    /// The 1-based number of the sentence in its source.
    public var index: Int

    /// Creates a reference.
    public init(source: Int, index: Int) {
        self.source = source
        self.index = index
    }

    /// Whether the sentence is its article's headline, which ``ArticleAnalyzer`` numbers 0
    /// so that the body's sentences keep their numbers.
    public var isHeadline: Bool { index == 0 }

    /// The reference as `source.index`, as reports print it: "2.4".
    public var description: String { "\(source).\(index)" }

    public static func < (lhs: Self, rhs: Self) -> Bool {
        (lhs.source, lhs.index) < (rhs.source, rhs.index)
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        let parts = text.split(separator: ".").compactMap { Int($0) }
        guard parts.count == 2 else {
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: "expected 'source.index'"))
        }
        self.init(source: parts[0], index: parts[1])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// A sentence of an article with what analysis found in it.
public struct AnalyzedSentence: Sendable {
    /// Where the sentence stands.
    public var ref: SentenceRef
    /// The sentence in its original typography.
    public var text: String
    /// The sentence with typography unified, which the analysis reads.
    public var matchText: String
    /// The 0-based paragraph the sentence is in.
    public var paragraph: Int
    /// Whether the sentence is a subheading of the body.
    public var isHeading: Bool
    /// The tokens of `matchText`.
    public var tokens: [Token]
    /// The content terms, in order.
    public var terms: [String]
    /// The term each token gives alone (``Terms/term(for:)``), nil for a function word, in
    /// token order: read by whatever looks at words in place, so that no word is stemmed twice.
    public var tokenTerms: [String?]
    /// The people, organisations and places named.
    public var entities: [Entity]
    /// The dates mentioned.
    public var dates: [DateMention]
    /// The numbers with what they count.
    public var quantities: [Quantity]

    /// The names starting at or after token `index`, in reading order. The recogniser gives
    /// names in reading order, so they are found by halving: a long sentence asks for them
    /// once for each of its quotations and commas.
    func entities(startingAtOrAfter index: Int) -> ArraySlice<Entity> {
        entities[entities.partitioningIndex { $0.tokenIndex >= index }...]
    }

    /// Whether the sentence holds a quotation mark (the tokenizer gives every kind as `"`):
    /// a name in it may be inside the quotation rather than its speaker.
    var quotesSomeone: Bool { tokens.contains { $0.text == "\"" } }

    /// Whether the sentence is the article's headline.
    public var isHeadline: Bool { ref.isHeadline }

    /// Whether the sentence is of the body's running text: neither the headline nor a
    /// subheading. Only such sentences make claims, conflicts and quotations.
    public var isBodyText: Bool { !isHeading && !isHeadline }

    /// Whether the comparison splits the sentence into claims: body text of two content terms
    /// or more.
    public var makesClaims: Bool { isBodyText && terms.count >= 2 }

    /// Whether the comparison pairs the sentence with other sources' to find the same
    /// happening: a claim's sentence, or a headline of two content terms or more.
    public var isCompared: Bool { !isHeading && terms.count >= 2 }
}
