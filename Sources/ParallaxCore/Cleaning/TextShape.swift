/// Questions about the shape of a line of text: does it end a sentence, could it be a headline.
package enum TextShape {
    /// Whether `text` ends with sentence-final punctuation, possibly inside closing quotes.
    package static func endsSentence(_ text: String) -> Bool {
        for scalar in text.unicodeScalars.reversed() {
            switch scalar {
            case "\"", "'", "\u{201D}", "\u{2019}", ")", "]", " ", "*": continue
            case ".", "!", "?", "\u{2026}": return true
            default: return false
            }
        }
        return false
    }

    /// Whether a text looks cut off mid-sentence: no final punctuation, or a final period that
    /// belongs to an abbreviation ("…talks between Gov.", "…the upcoming U.S.").
    static func looksTruncated(_ text: String) -> Bool {
        guard endsSentence(text) else { return true }
        guard text.hasSuffix(".") else { return false }
        let word = Abbreviations.lastWord(of: text).lowercased()
        return Abbreviations.all.contains(word) || word.count == 1
    }

    /// The number of words in `text`.
    package static func wordCount(_ text: String) -> Int {
        var count = 0
        var inWord = false
        for scalar in text.unicodeScalars {
            if scalar.isSpace {
                inWord = false
            } else if !inWord {
                inWord = true
                count += 1
            }
        }
        return count
    }
}
