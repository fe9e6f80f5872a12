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

    /// Articles and the forms of "be" and "have": what headline writers leave out ("Ferry
    /// passengers rescued from reef", not "The ferry passengers have been rescued").
    private static let headlineOmits: Set<Substring> = [
        "a", "an", "the", "is", "are", "was", "were", "be", "been", "being", "has", "have",
        "had",
    ]

    /// The pronouns that end a line of prose attributing speech ("…, he said").
    private static let pronouns: Set<Substring> = ["he", "she", "they", "it", "we", "i"]

    /// Whether an unpunctuated line reads as a sentence of prose rather than a headline: twelve
    /// words or more with three or more articles or forms of "be" and "have", which headlines
    /// leave out, or an attribution to a pronoun at its end (a verb of
    /// ``Lexicon/speechVerbs``: "…left a statement for the press, he said"), which a headline
    /// never makes.
    package static func readsAsProse(_ text: String) -> Bool {
        let words = text.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" })
        if words.count >= 2, pronouns.contains(words[words.count - 2]),
            Lexicon.speechVerbs.contains(String(words[words.count - 1]))
        {
            return true
        }
        return words.count >= 12 && words.filter { headlineOmits.contains($0) }.count >= 3
    }
}
