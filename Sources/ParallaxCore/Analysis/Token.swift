/// A word, number or mark of punctuation in a sentence.
public struct Token: Hashable, Sendable {
    /// What kind of text a token holds.
    public enum Kind: Hashable, Sendable {
        /// Letters, possibly with inner apostrophes, hyphens or periods ("Russia", "U.S.").
        case word
        /// Digits, possibly with inner separators ("1,200", "4.5", "69-year-old").
        case number
        /// Anything else, one character at a time.
        case punctuation
    }

    /// The token as written, after typographic unification.
    public var text: String
    /// The kind of the token.
    public var kind: Kind
    /// Offset of the token's first character, in Unicode scalars from the start of the text.
    public var offset: Int

    /// The token in lower case.
    public var lowercased: String { text.lowercased() }

    /// Whether the token starts with an upper-case letter.
    public var isCapitalized: Bool {
        guard let first = text.unicodeScalars.first else { return false }
        return first.isUpper
    }

    /// Whether every letter of the token is upper case and it has at least two of them ("TASS").
    public var isAllCaps: Bool { Self.isAllCaps(text) }

    /// Whether every letter of `text` is upper case and it has at least two of them.
    static func isAllCaps(_ text: some StringProtocol) -> Bool {
        var letters = 0
        for scalar in text.unicodeScalars where scalar.isLetter {
            guard scalar.isUpper else { return false }
            letters += 1
        }
        return letters >= 2
    }

    /// Whether the token is a word.
    public var isWord: Bool { kind == .word }
}

extension Token {
    /// Marks that may follow a sentence's last: closing quotation marks and brackets.
    static let closingMarks: Set<String> = ["\"", "'", "\u{201D}", "\u{2019}", ")", "]"]
}

extension BidirectionalCollection where Element == Token {
    /// The last token past closing quotation marks and brackets: a sentence's own mark, where
    /// it has one.
    var lastMark: String? { last { !Token.closingMarks.contains($0.text) }?.text }

    /// Whether the tokens ask rather than state: their last mark is a question mark.
    var asks: Bool { lastMark == "?" }
}

extension RandomAccessCollection where Element == Token, Index == Int {
    /// The index of the first token starting at or after the scalar `offset`, nil when every
    /// token starts before it. Tokens run in the order of their offsets, so this halves the
    /// range instead of reading from the start: a claim of a long sentence asks it once for
    /// each of its figures and dates.
    func firstIndex(startingAtOrAfter offset: Int) -> Int? {
        let first = partitioningIndex { $0.offset >= offset }
        return first < endIndex ? first : nil
    }
}
