import CICU

/// Splits a paragraph into sentences.
///
/// ICU's sentence rules find the candidate boundaries (they handle quotes, decimals and
/// ellipses); a second pass rejoins boundaries that follow abbreviations news uses, such as
/// "Oct. 5", "Gen. Smith", "J. R. Talbot" and "the U.S. Army". ICU's own list of
/// abbreviations is not used: it also swallows the boundary after "IMF." and "NATO.".
public enum SentenceSplitter {
    /// Returns the sentences of `paragraph`, trimmed, in order.
    ///
    /// - Complexity: O(*n*) in the length of `paragraph`.
    public static func sentences(_ paragraph: String) -> [String] {
        // Pieces of the sentence being built, joined once it is complete, so that a run of
        // abbreviations costs linear time.
        var sentences: [String] = []
        var pieces: [String] = []
        for segment in icuSegments(paragraph) {
            let trimmed = segment.trimmingWhitespace()
            guard !trimmed.isEmpty else { continue }
            if let last = pieces.last, shouldJoin(last, trimmed) {
                pieces.append(trimmed)
            } else {
                if !pieces.isEmpty { sentences.append(pieces.joined(separator: " ")) }
                pieces = [trimmed]
            }
        }
        if !pieces.isEmpty { sentences.append(pieces.joined(separator: " ")) }
        return sentences
    }

    /// The marks that close a quotation after its "?" or "!".
    static let closingQuotes: Set<Unicode.Scalar> = ["\"", "\u{201D}", "'", "\u{2019}", "\u{00BB}"]

    /// Whether a boundary between `previous` and `next` falls after an abbreviation, not at the
    /// end of a sentence.
    static func shouldJoin(_ previous: String, _ next: String) -> Bool {
        // A segment of nothing but closing punctuation belongs to the sentence before it.
        if !next.unicodeScalars.contains(where: { Tokenizer.isAlphanumeric($0) }) { return true }
        // ICU ends a sentence after every "?" and "!", but what goes on in lower case is the
        // same sentence: a quoted question or exclamation with its speaker (""Who could take
        // this seriously?" she said"), or a dash that a page's wrong encoding turned into "?"
        // ("Electronic Data Systems? announced"). An unquoted "!" is left to end one: a chant
        // whose quotation mark was lost ("chants of "Klitschko! Klitschko! stirred") would
        // otherwise read as a sentence, as often as a name with its mark ("Yahoo! said").
        let ending = previous.unicodeScalars.last!
        let quoted = Self.closingQuotes.contains(ending)
        let mark = quoted ? previous.unicodeScalars.dropLast().last : ending
        if mark == "?" || (quoted && mark == "!"),
            next.unicodeScalars.first!.properties.isLowercase
        {
            return true
        }
        guard previous.hasSuffix(".") else { return false }
        // Nor does a number before a number: "USB 2. 0", as a tokenised page spaces "USB 2.0".
        if previous.dropLast().last?.isNumber == true,
            next.unicodeScalars.first?.properties.numericType != nil
        {
            return true
        }
        let lastWord = Abbreviations.lastWord(of: previous)
        guard !lastWord.isEmpty else { return false }
        let firstScalar = next.unicodeScalars.first!
        let nextStartsLower =
            firstScalar.properties.isLowercase || firstScalar.properties.numericType != nil
        let key = lastWord.lowercased()
        if Abbreviations.beforeNames.contains(key) { return true }
        // "3:37 a.m. EDT", and as a tokenised page spaces it, "3: 37 a. m. EDT)".
        if key == "a.m" || key == "p.m"
            || (key == "m" && (previous.hasSuffix("a. m.") || previous.hasSuffix("p. m.")))
        {
            let zone = next.prefix { $0.isLetter }
            if Abbreviations.timeZones.contains(String(zone)) { return true }
            // So does a weekday ("called about 9:40 p.m. Friday and found flames"), but not
            // one's possessive ("closed at 8 p.m. Sunday's count went on").
            let after = next.dropFirst(zone.count).first
            if zone.first?.isUppercase == true, DateExtractor.weekdays[zone.lowercased()] != nil,
                after != "'", after != "\u{2019}"
            {
                return true
            }
        }
        if lastWord.count == 1, lastWord.first!.isUppercase { return true }  // an initial
        // A magnitude's letter after a figure ends no sentence: "bailout loans of 110 b. Euro
        // from the EU" (billion), "a $5 m. contract".
        if lastWord.count == 1, lastWord.first!.isLowercase, previous.dropLast(2).last == " ",
            previous.dropLast(3).last?.isNumber == true
        {
            return true
        }
        // An article ends no sentence: "grabbed a. 357 Magnum", where a tokenised page spaced
        // "a .357 Magnum".
        if ["a", "an", "the"].contains(lastWord) { return true }
        // After an abbreviation, a bracket goes on with the sentence too: "Hewlett-Packard Co.
        // (NYSE: HPQ) has opened…".
        if (nextStartsLower || firstScalar == "(") && Abbreviations.all.contains(key) {
            return true
        }
        if Abbreviations.dotted.contains(key) || isInitials(lastWord) {
            // "the U.S. Army" and "manager A.J. Smith" go on; "in the U.S. The talks" does
            // not.
            let nextWord = next.prefix { $0.isLetter || $0 == "'" }
            return nextStartsLower || !Abbreviations.sentenceOpeners.contains(nextWord.lowercased())
        }
        return false
    }

    /// Whether `word` is capital initials joined by points, its last point cut: "A.J", "J.R".
    static func isInitials(_ word: String) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard scalars.count >= 3, scalars.count % 2 == 1 else { return false }
        return scalars.enumerated().allSatisfy { offset, scalar in
            offset % 2 == 0 ? scalar.properties.isUppercase : scalar == "."
        }
    }

    private static func icuSegments(_ text: String) -> [Substring] {
        var utf8 = Array(text.utf8)
        guard !utf8.isEmpty, utf8.count < Int32.max else { return [Substring(text)] }
        var boundaries = [Int32](repeating: 0, count: max(16, utf8.count / 40))
        var count = utf8.withUnsafeMutableBufferPointer { bytes in
            parallax_breaks(
                Int32(PARALLAX_BREAK_SENTENCE.rawValue), bytes.baseAddress, Int32(bytes.count),
                &boundaries, Int32(boundaries.count))
        }
        if count > boundaries.count {
            boundaries = [Int32](repeating: 0, count: Int(count))
            count = utf8.withUnsafeMutableBufferPointer { bytes in
                parallax_breaks(
                    Int32(PARALLAX_BREAK_SENTENCE.rawValue), bytes.baseAddress, Int32(bytes.count),
                    &boundaries, Int32(boundaries.count))
            }
        }
        guard count > 0 else { return [Substring(text)] }
        var segments: [Substring] = []
        var start = text.utf8.startIndex
        for boundary in boundaries.prefix(Int(count)) {
            let end = text.utf8.index(text.utf8.startIndex, offsetBy: Int(boundary))
            // ICU boundaries fall on scalar boundaries of valid UTF-8.
            if let lower = start.samePosition(in: text.unicodeScalars),
                let upper = end.samePosition(in: text.unicodeScalars)
            {
                segments.append(text[lower..<upper])
            }
            start = end
        }
        return segments
    }
}

extension StringProtocol {
    /// The text without leading and trailing whitespace and newlines.
    func trimmingWhitespace() -> String {
        let string = String(self)
        let scalars = string.unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else {
            return ""
        }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(string[first...last])
    }
}
