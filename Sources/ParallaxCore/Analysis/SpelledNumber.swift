/// Numbers written out in words: "three", "twenty-one", "two hundred and fifty", "a dozen".
///
/// Ordinals ("first") and vague plurals ("dozens", "thousands of") are not numbers here: they
/// state no value to compare.
enum SpelledNumber {
    private static let small: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
        "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
        "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words, shared with digit amounts such as "1.2 million".
    static let scales: [String: Int] = [
        "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
    ]

    /// Whether `word` (lower case) is a number below a hundred written out: "three",
    /// "twenty".
    static func isSmallNumber(_ word: String) -> Bool { small[word] != nil }

    /// Every word a spelled-out number may contain.
    static var words: [String] {
        Array(small.keys) + Array(scales.keys) + ["hundred", "dozen", "a", "an"]
    }

    /// Reads a spelled-out number beginning at `index`.
    ///
    /// "a" and "an" count as one only before "dozen", "hundred" or a scale word, so the article
    /// in "a 42-year-old" is never a number.
    ///
    /// - Parameters:
    ///   - tokens: The tokens of the text.
    ///   - index: Where the number may begin.
    /// - Returns: The value and the index just past the number, or nil when no number begins.
    /// - Complexity: O(*k*) in the number of words read.
    static func parse(_ tokens: [MentionToken], at index: Int) -> (value: Int, end: Int)? {
        guard index < tokens.count, tokens[index].tag.contains(.number) else { return nil }
        var cursor = index
        var total = 0
        var current = 0
        // A run of two small numbers ("five six") is two numbers, not one.
        var lastWasSmall = false
        // Scales only fall ("two million three thousand"), which also bounds the value.
        var lastScale = Int.max
        if let first = word(tokens, cursor), first == "a" || first == "an" {
            let next = word(tokens, cursor + 1) ?? ""
            guard next == "dozen" || next == "hundred" || scales[next] != nil else { return nil }
            current = 1
            cursor += 1
        }
        while let text = word(tokens, cursor), cursor == index || tokens[cursor].spaced {
            if var value = small[text] {
                guard !lastWasSmall, current % 100 == 0 else { break }
                cursor += 1
                if value >= 20, let unit = hyphenatedUnit(tokens, cursor) {
                    value += unit
                    cursor += 2
                }
                current += value
                lastWasSmall = true
            } else if text == "hundred" || text == "dozen" {
                guard current < 100, lastWasSmall || current == 1 else { break }
                current = max(current, 1) * (text == "hundred" ? 100 : 12)
                cursor += 1
                lastWasSmall = false
                // British "two hundred and fifty".
                if word(tokens, cursor) == "and", let next = word(tokens, cursor + 1),
                    small[next] != nil
                {
                    cursor += 1
                }
            } else if let scale = scales[text], current > 0, current < 1_000, scale < lastScale {
                total += current * scale
                current = 0
                lastScale = scale
                cursor += 1
                lastWasSmall = false
            } else {
                break
            }
        }
        guard cursor > index, lastWasSmall || total > 0 || current > 1 else { return nil }
        return (total + current, cursor)
    }

    /// The unit after a hyphen in "twenty-one", if one follows.
    private static func hyphenatedUnit(_ tokens: [MentionToken], _ index: Int) -> Int? {
        guard index + 1 < tokens.count, tokens[index].text == "-", !tokens[index].spaced,
            tokens[index + 1].kind == .word, !tokens[index + 1].spaced,
            let unit = small[tokens[index + 1].text], (1...9).contains(unit)
        else { return nil }
        return unit
    }

    private static func word(_ tokens: [MentionToken], _ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].text
    }
}
