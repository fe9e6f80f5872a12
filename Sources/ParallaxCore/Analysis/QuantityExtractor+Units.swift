extension QuantityExtractor.Matcher {
    /// The hedge just before a number and where it starts: "more than", "about", "up to".
    func hedge(before start: Int) -> (Quantity.Qualifier, start: Int)? {
        guard start < tokens.count, tokens[start].spaced else { return nil }
        for length in [3, 2, 1] where start - length >= floor {
            let first = start - length
            let words = (first..<start).compactMap { index -> String? in
                guard tokens[index].kind == .word, !inDate[index],
                    index == first || tokens[index].spaced
                else { return nil }
                return tokens[index].text
            }
            guard words.count == length else { continue }
            if let qualifier = QuantityExtractor.qualifiers[words.joined(separator: " ")] {
                return (qualifier, first)
            }
        }
        return nil
    }

    /// The end of a percent sign or word after a number: "40%", "40 per cent", "40 percent".
    func percent(at index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        if tokens[index].kind == .symbol, tokens[index].text == "%" { return index + 1 }
        if word(index) == "percent" || word(index) == "pct" { return index + 1 }
        if word(index) == "per", word(index + 1) == "cent" { return index + 2 }
        return nil
    }

    /// The end of an age written after the number: "69-year-old", "69 years old".
    func ageSuffix(at index: Int) -> Int? {
        if attached(index, "-"), attached(index + 1), isYear(word(index + 1)),
            attached(index + 2, "-"), attached(index + 3),
            word(index + 3) == "old" || word(index + 3) == "olds"
        {
            return index + 4
        }
        if isYear(word(index)), word(index + 1) == "old" {
            return index + 2
        }
        return nil
    }

    /// A noun hyphenated to the number, normalised, and the token after it: "eight-year",
    /// "5.8-magnitude", "10-day".
    func hyphenatedNoun(at index: Int) -> (unit: String, end: Int)? {
        guard attached(index, "-"), attached(index + 1), let noun = word(index + 1) else {
            return nil
        }
        return (normalised(noun), index + 2)
    }

    /// Where "aged", "age" or "age of" starts just before a number.
    func agePrefix(before start: Int) -> Int? {
        guard start < tokens.count, tokens[start].spaced, let previous = earlierWord(start - 1)
        else { return nil }
        if QuantityExtractor.ageWords.contains(previous) { return start - 1 }
        if previous == "of", earlierWord(start - 2) == "age" { return start - 2 }
        return nil
    }

    /// Where "magnitude" starts just before a number: "magnitude 6.1", "magnitude-7".
    func magnitudePrefix(before start: Int) -> Int? {
        if earlierWord(start - 1) == "magnitude" { return start - 1 }
        if attached(start), attached(start - 1, "-"), earlierWord(start - 2) == "magnitude" {
            return start - 2
        }
        return nil
    }

    /// Whether a number stands alone between two commas: "Antonov, 69, said".
    func isBetweenCommas(_ range: Range<Int>) -> Bool {
        range.lowerBound > 0 && tokens[range.lowerBound - 1].text == ","
            && range.upperBound < tokens.count && tokens[range.upperBound].text == ","
    }

    /// Whether the comma before `index` directly follows a capitalised word.
    func isAfterName(_ index: Int) -> Bool {
        index >= 2 && tokens[index - 2].kind == .word && tokens[index - 2].capitalised
            && attached(index - 1, ",")
    }

    /// The noun a number counts, normalised, and the token after it.
    ///
    /// Reads at most two words after the number, stopping at a function word or punctuation.
    /// A unit of measure in first place wins ("6.1 magnitude earthquake"); then the last plural
    /// noun ("50 Western countries"), or for the value one the last word that does not look
    /// like a verb or adverb ("one Palestinian man", "one crew member"). A capitalised first word counts
    /// only as an adjective before a lowercase noun, so "Boeing 737 Max" counts nothing.
    func countedNoun(at index: Int, value: Double) -> (unit: String, end: Int)? {
        var run: [Int] = []
        var cursor = index
        while run.count < 2, let text = word(cursor), tokens[cursor].spaced, !inDate[cursor],
            !QuantityExtractor.stopWords.contains(text)
        {
            run.append(cursor)
            cursor += 1
        }
        guard let first = run.first else { return nil }
        if tokens[first].capitalised {
            guard run.count == 2, !tokens[run[1]].capitalised else { return nil }
        } else if QuantityExtractor.measures.contains(normalised(tokens[first].text)) {
            return (normalised(tokens[first].text), first + 1)
        }
        if value != 1 {
            guard let plural = run.last(where: { CountedNoun.isPlural(tokens[$0].text) }) else {
                return nil
            }
            return (normalised(tokens[plural].text), plural + 1)
        }
        guard let last = run.last(where: { !looksLikeVerb(tokens[$0].text) }),
            !tokens[last].capitalised
        else { return nil }
        return (normalised(tokens[last].text), last + 1)
    }

    /// A counted noun's singular under the one name keys use: "metres" and "meters" give
    /// "metre", "persons" gives "people".
    func normalised(_ noun: String) -> String {
        let singular = CountedNoun.singular(noun)
        return QuantityExtractor.unitNames[singular] ?? singular
    }

    /// Participles and adverbs ("killed", "missing", "nearly") rarely name what is counted.
    private func looksLikeVerb(_ word: String) -> Bool {
        let length = word.utf8.count
        return (word.hasSuffix("ed") && length > 3) || (word.hasSuffix("ing") && length > 4)
            || (word.hasSuffix("ly") && length > 3)
    }

    private func isYear(_ word: String?) -> Bool {
        word == "year" || word == "years"
    }

    func attached(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].spaced
    }

    func attached(_ index: Int, _ mark: String) -> Bool {
        attached(index) && tokens[index].kind == .symbol && tokens[index].text == mark
    }

    /// The word at `index` if no earlier quantity has taken it.
    func earlierWord(_ index: Int) -> String? {
        index >= floor ? word(index) : nil
    }

    func word(_ index: Int) -> String? {
        guard index >= 0, index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].text
    }
}
