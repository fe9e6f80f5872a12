/// Splits text into words, numbers and punctuation.
///
/// Written by hand rather than with ICU's word iterator because news matching needs tokens that
/// keep "U.S.", "69-year-old", "1,200" and "Russia's" whole, and the scan is a hot loop.
public enum Tokenizer {
    /// Returns the tokens of `text`, whitespace dropped; two apostrophes in a row are one `"`.
    ///
    /// A possessive `'s` stays part of its word ("Russia's"); ``stripPossessive(_:)`` removes it.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func tokens(_ text: String) -> [Token] {
        let scalars = Array(text.unicodeScalars)
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        scalars.withUnsafeBufferPointer { scalars in
            scan(scalars) { range, kind in
                // Two apostrophes stand for a double quotation mark: ''No.''
                let text =
                    range.count == 2 && kind == .punctuation
                    ? "\"" : String(scalars: scalars[range])
                tokens.append(Token(text: text, kind: kind, offset: range.lowerBound))
            }
        }
        return tokens
    }

    /// Calls `body` with the range and kind of each token of `scalars`, in order, whitespace
    /// skipped: the scan behind ``tokens(_:)``.
    ///
    /// - Complexity: O(*n*) in the number of scalars.
    @inline(__always)
    public static func scan(
        _ scalars: UnsafeBufferPointer<Unicode.Scalar>, _ body: (Range<Int>, Token.Kind) -> Void
    ) {
        var scanner = Scanner(scalars)
        while let (range, kind) = scanner.next() { body(range, kind) }
    }

    /// The tokens of a buffer of scalars, one at a time, as ranges and kinds, whitespace
    /// skipped: for callers that look tokens up by their scalars rather than make a `String` of
    /// each, in a plain loop (a closure that captures the caller's state has every access to it
    /// checked at run time).
    public struct Scanner {
        private let scalars: UnsafeBufferPointer<Unicode.Scalar>
        private var index = 0

        public init(_ scalars: UnsafeBufferPointer<Unicode.Scalar>) { self.scalars = scalars }

        /// The range and kind of the next token, or nil at the end.
        @inline(__always)
        public mutating func next() -> (Range<Int>, Token.Kind)? {
            while index < scalars.count {
                let scalar = scalars[index]
                if scalar.isSpace {
                    index += 1
                    continue
                }
                guard isAlphanumeric(scalar) else {
                    // Two apostrophes are one mark, a double quotation mark typed as two
                    // (''No.''); ``tokens(_:)`` gives it as `"`.
                    let width =
                        scalar == "'" && index + 1 < scalars.count && scalars[index + 1] == "'"
                        ? 2 : 1
                    index += width
                    return (index - width..<index, .punctuation)
                }
                let start = index
                var sawLetter = false
                while index < scalars.count {
                    let current = scalars[index]
                    if isAlphanumeric(current) {
                        if current.isLetter { sawLetter = true }
                        index += 1
                        continue
                    }
                    // Inner marks join two alphanumeric runs: "U.S.", "4.5", "1,200", "don't".
                    if index + 1 < scalars.count, isAlphanumeric(scalars[index + 1]) {
                        let next = scalars[index + 1]
                        switch current {
                        case "-", "'", "&":
                            index += 1
                            continue
                        case ".":
                            index += 1
                            continue
                        case ",", ":", "/":
                            // Only between digits: "1,200", "10:30", "10/05/2024".
                            if scalars[index - 1].isDigit, next.isDigit {
                                index += 1
                                continue
                            }
                        default:
                            break
                        }
                    }
                    // A period closing an abbreviation made of single letters: "U.S." keeps it.
                    if current == ".", index - start >= 3, scalars[index - 2] == ".",
                        scalars[index - 1].isLetter, scalars[index - 3].isLetter
                    {
                        index += 1
                    }
                    break
                }
                return (start..<index, scalars[start].isDigit || !sawLetter ? .number : .word)
            }
            return nil
        }
    }

    /// Whether `word` ends in a possessive `'s`, with a straight or a curly apostrophe:
    /// "Reid's", "the UN’s".
    static func isPossessive(_ word: String) -> Bool {
        word.hasSuffix("'s") || word.hasSuffix("\u{2019}s")
    }

    /// Removes a possessive `'s` or trailing apostrophe: "Russia's" becomes "Russia".
    public static func stripPossessive(_ word: String) -> String {
        if word.hasSuffix("'s") || word.hasSuffix("'S") { return String(word.dropLast(2)) }
        if word.hasSuffix("'") { return String(word.dropLast()) }
        return word
    }

    @inline(__always)
    static func isAlphanumeric(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39)
                || (value | 0x20 >= 0x61 && value | 0x20 <= 0x7A)
        }
        return scalar.isLetter || scalar.isDigit
    }
}
