/// A word, number or punctuation mark of news prose, located by UTF-8 offsets.
///
/// Date and quantity extraction both match short patterns over these tokens rather than over
/// characters: the patterns ("Oct. 5", "more than 50 countries") are sequences of words, and a
/// single left-to-right pass over bytes keeps extraction linear on any input.
struct MentionToken: Sendable {
    enum Kind: Sendable {
        case word
        case number
        case symbol
    }

    var kind: Kind
    /// The first UTF-8 byte of the token in the input.
    var start: Int
    /// One past the last UTF-8 byte of the token in the input.
    var end: Int
    /// Whether whitespace (or the start of the text) comes before the token. "69-year-old" and
    /// "Oct." are told apart from "69 - year" and "Oct ." by this alone.
    var spaced: Bool
    /// Words: ASCII-lowercased. Symbols: the mark, with curly quotes and dashes folded to ASCII
    /// ("'", "\"", "-") and currency signs kept ("€", "£", "¥"). Numbers: the digits and decimal
    /// point without grouping commas, or "" when too long to be a meaningful quantity.
    var text: String
    /// Words: whether the first letter is an ASCII capital.
    var capitalised: Bool = false
    /// Words: what the word can be in a date or quantity pattern.
    var tag: WordTag = []
    /// Numbers: the value; infinity when the numeral is too long to matter.
    var value: Double = 0
    /// Numbers: how many digits come before any decimal point.
    var integerDigits: Int = 0
    /// Numbers: whether thousands separators were written ("1,200").
    var grouped: Bool = false
    /// Numbers: whether a decimal point was written ("4.5").
    var fractional: Bool = false

    /// Numbers: the value as an integer when written as plain digits of sensible length.
    var integer: Int? {
        guard kind == .number, !fractional, integerDigits <= 15 else { return nil }
        return Int(value)
    }

    /// Numbers: the value when it is a four-digit integer written without separators, the shape
    /// every year takes.
    var yearValue: Int? {
        guard kind == .number, integerDigits == 4, !grouped, !fractional else { return nil }
        let year = Int(value)
        return (1000...2999).contains(year) ? year : nil
    }

    /// Numbers: the value when it could be a day of the month ("5", "05").
    var dayValue: Int? {
        guard kind == .number, integerDigits <= 2, !fractional else { return nil }
        let day = Int(value)
        return (1...31).contains(day) ? day : nil
    }
}

extension MentionToken {
    /// Numerals longer than this are kept as one token but never read as a value, so a megabyte
    /// of digits costs one pass and no giant conversions.
    private static let longestNumeral = 40

    /// Splits UTF-8 text into words, numbers and symbols.
    ///
    /// Words run over ASCII letters, digits and any non-ASCII scalar that is not a space, quote,
    /// dash or currency sign, so "Zürich" and "A320" stay whole. Numbers start with a digit and
    /// take thousands groups of exactly three digits ("1,200" but not "5,2024") and one decimal
    /// part ("4.5" but not the full stop in "in 2014.").
    ///
    /// - Parameter bytes: Valid UTF-8, as a `String` holds it.
    /// - Returns: The tokens in order.
    /// - Complexity: O(*n*) in the number of bytes.
    static func tokens(in bytes: UnsafeBufferPointer<UInt8>) -> [MentionToken] {
        var tokens: [MentionToken] = []
        tokens.reserveCapacity(bytes.count / 5)
        var index = 0
        var spaced = true
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x20 || (0x09...0x0D).contains(byte) {
                spaced = true
                index += 1
                continue
            }
            if byte.isASCIIDigit {
                let token = number(in: bytes, from: index, spaced: spaced)
                tokens.append(token)
                index = token.end
            } else if byte.isASCIILetter {
                let token = word(in: bytes, from: index, spaced: spaced)
                tokens.append(token)
                index = token.end
            } else if byte < 0x80 {
                let mark = String(UnicodeScalar(byte))
                let token = MentionToken(
                    kind: .symbol, start: index, end: index + 1, spaced: spaced, text: mark)
                tokens.append(token)
                index += 1
            } else {
                let length = scalarLength(bytes, at: index)
                switch wideMark(bytes, at: index, length: length) {
                case .some(" "):
                    spaced = true
                    index += length
                    continue
                case .some(let mark):
                    let token = MentionToken(
                        kind: .symbol, start: index, end: index + length, spaced: spaced,
                        text: mark)
                    tokens.append(token)
                    index += length
                case nil:
                    let token = word(in: bytes, from: index, spaced: spaced)
                    tokens.append(token)
                    index = token.end
                }
            }
            spaced = false
        }
        return tokens
    }

    private static func number(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaced: Bool
    ) -> MentionToken {
        var index = start
        while index < bytes.count, bytes[index].isASCIIDigit { index += 1 }
        var grouped = false
        // Only a first group of one to three digits can carry thousands separators.
        if index - start <= 3 {
            while index + 3 < bytes.count, bytes[index] == UInt8(ascii: ","),
                bytes[index + 1].isASCIIDigit, bytes[index + 2].isASCIIDigit,
                bytes[index + 3].isASCIIDigit,
                index + 4 == bytes.count || !bytes[index + 4].isASCIIDigit
            {
                grouped = true
                index += 4
            }
        }
        let integerEnd = index
        var fractional = false
        if index + 1 < bytes.count, bytes[index] == UInt8(ascii: "."),
            bytes[index + 1].isASCIIDigit
        {
            fractional = true
            index += 1
            while index < bytes.count, bytes[index].isASCIIDigit { index += 1 }
        }
        var numeral = ""
        var value = Double.infinity
        if index - start <= longestNumeral {
            var digits: [UInt8] = []
            digits.reserveCapacity(index - start)
            for byte in bytes[start..<index] where byte != UInt8(ascii: ",") { digits.append(byte) }
            numeral = String(decoding: digits, as: UTF8.self)
            value = Double(numeral) ?? .infinity
        }
        let integerDigits = bytes[start..<integerEnd].lazy.filter(\.isASCIIDigit).count
        return MentionToken(
            kind: .number, start: start, end: index, spaced: spaced, text: numeral,
            value: value, integerDigits: integerDigits, grouped: grouped,
            fractional: fractional)
    }

    private static func word(
        in bytes: UnsafeBufferPointer<UInt8>, from start: Int, spaced: Bool
    ) -> MentionToken {
        var index = start
        while index < bytes.count {
            let byte = bytes[index]
            if byte.isASCIILetter || byte.isASCIIDigit {
                index += 1
            } else if byte >= 0x80 {
                let length = scalarLength(bytes, at: index)
                if wideMark(bytes, at: index, length: length) != nil { break }
                index += length
            } else {
                break
            }
        }
        let lowered = String(unsafeUninitializedCapacity: index - start) { buffer in
            for offset in 0..<(index - start) {
                let byte = bytes[start + offset]
                buffer[offset] = (0x41...0x5A).contains(byte) ? byte | 0x20 : byte
            }
            return index - start
        }
        return MentionToken(
            kind: .word, start: start, end: index, spaced: spaced, text: lowered,
            capitalised: (0x41...0x5A).contains(bytes[start]), tag: WordTag.table[lowered] ?? [])
    }

    /// The length of the UTF-8 sequence led by the byte at `index`, clamped to the buffer.
    private static func scalarLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let lead = bytes[index]
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1
        return min(length, bytes.count - index)
    }

    /// The ASCII stand-in for a non-ASCII space, quote, dash or currency sign, or nil when the
    /// scalar belongs in a word. A space is reported as " ".
    private static func wideMark(
        _ bytes: UnsafeBufferPointer<UInt8>, at index: Int, length: Int
    ) -> String? {
        let lead = bytes[index]
        if length == 2 {
            switch (lead, bytes[index + 1]) {
            case (0xC2, 0xA0): return " "  // no-break space
            case (0xC2, 0xA3): return "£"
            case (0xC2, 0xA5): return "¥"
            case (0xC2, 0xAB), (0xC2, 0xBB): return "\""  // guillemets
            default: return nil
            }
        }
        guard length == 3 else { return nil }
        let second = bytes[index + 1]
        let third = bytes[index + 2]
        switch (lead, second) {
        case (0xE2, 0x80):
            switch third {
            // Spaces, zero-width and direction marks, line and paragraph separators.
            case 0x80...0x8F, 0xA8...0xAF: return " "
            case 0x90...0x93: return "-"  // hyphens, figure dash, en dash
            case 0x94, 0x95: return "—"
            case 0x98...0x9B: return "'"
            case 0x9C...0x9F: return "\""
            case 0xA6: return "…"
            default: return nil
            }
        case (0xE2, 0x81) where third == 0x9F || third == 0xA0: return " "  // space, joiner
        case (0xE2, 0x82) where third == 0xAC: return "€"
        case (0xE2, 0x88) where third == 0x92: return "-"  // minus sign
        case (0xE3, 0x80) where third == 0x80: return " "  // ideographic space
        case (0xEF, 0xBB) where third == 0xBF: return " "  // byte order mark
        default: return nil
        }
    }
}

extension [MentionToken] {
    /// Whether another number comes right before or after the token at `index`, with only a
    /// space between: a group of a telephone or reference number ("555 0142", "0845 125
    /// 2222"), which is neither an amount nor a year.
    func isBesideNumber(_ index: Int) -> Bool {
        (index > 0 && self[index - 1].kind == .number)
            || (index + 1 < count && self[index + 1].kind == .number)
    }
}

extension UInt8 {
    fileprivate var isASCIIDigit: Bool { (0x30...0x39).contains(self) }
    fileprivate var isASCIILetter: Bool { (0x61...0x7A).contains(self | 0x20) }
}
