extension DateExtractor.Matcher {
    /// The month name at `index`, with the token after it (past an abbreviation's full stop).
    func monthName(_ index: Int) -> (month: Int, ambiguous: Bool, end: Int)? {
        guard index < tokens.count, tokens[index].capitalised, tokens[index].tag.contains(.month),
            let name = DateExtractor.monthNames[tokens[index].text]
        else { return nil }
        if name.abbreviation, attached(index + 1, ".") {
            return (name.month, false, index + 2)
        }
        return (name.month, name.ambiguous, index + 1)
    }

    /// The day number at `index` ("5", "05", "5th"), the token after it, and whether it had an
    /// ordinal suffix. Numbers glued to a unit, a percent sign or a colon ("5km", "5%", "5:30")
    /// are not days.
    func dayNumber(_ index: Int) -> (day: Int, end: Int, ordinal: Bool)? {
        guard index < tokens.count, let day = tokens[index].dayValue, !tokens[index].grouped
        else { return nil }
        if attached(index + 1), let suffix = word(index + 1) {
            guard DateExtractor.ordinalSuffixes.contains(suffix) else { return nil }
            return (day, index + 2, true)
        }
        if attached(index + 1, "%") || attached(index + 1, ":") || attached(index + 1, "/") {
            return nil
        }
        return (day, index + 1, false)
    }

    /// A year at `index` (or after a comma there when `allowComma`), and the token after it.
    func yearAfter(_ index: Int, allowComma: Bool) -> (year: Int, end: Int)? {
        var cursor = index
        if allowComma, attached(cursor, ",") { cursor += 1 }
        guard cursor < tokens.count, tokens[cursor].spaced, let year = tokens[cursor].yearValue,
            !attachedToNumber(cursor + 1)
        else { return nil }
        return (year, cursor + 1)
    }

    /// Whether "morning", "afternoon", "evening" or "night" is at `index`.
    func isPartOfDay(_ index: Int) -> Bool {
        guard let text = word(index), tokens[index].spaced else { return false }
        return DateExtractor.partsOfDay.contains(text)
    }

    /// Whether the word at `index` is a lowercase plural noun that a four-digit number before it
    /// would count ("2014 people"), rather than one a year commonly modifies ("2010 levels").
    func countsNoun(_ index: Int, year: Int) -> Bool {
        guard let text = word(index), tokens[index].spaced, !tokens[index].capitalised,
            CountedNoun.isPlural(text)
        else { return false }
        return !((1900...2099).contains(year) && DateExtractor.yearNouns.contains(text))
    }

    /// The relative-expression unit at `index` and whether it is plural.
    func unit(_ index: Int) -> (unit: DateMention.Unit, plural: Bool)? {
        guard let text = word(index), tokens[index].spaced, tokens[index].tag.contains(.timeUnit)
        else { return nil }
        return DateExtractor.relativeUnits[text]
    }

    /// The word before `index`, looking through the hyphen of "mid-2014" and "mid-July".
    func previousWord(_ index: Int) -> String? {
        guard index > 0 else { return nil }
        if tokens[index - 1].text == "-", !tokens[index].spaced, !tokens[index - 1].spaced {
            return index > 1 ? word(index - 2) : nil
        }
        return word(index - 1)
    }

    /// Whether a word that makes "May" or "March" a month comes just before `index`.
    func hasMonthContext(before index: Int) -> Bool {
        guard let previous = previousWord(index) else { return false }
        return previous == "mid" || DateExtractor.monthContext.contains(previous)
    }

    /// Whether the number at `index` directly follows a currency sign: "$2014".
    func afterCurrency(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].spaced else { return false }
        return ["$", "€", "£", "¥", "#"].contains(tokens[index - 1].text)
    }

    /// Whether the number at `index` continues an earlier one, as in "10/2014", "1:2014" or the
    /// upper end of the amount range "1000-2000" (year ranges like "2014-2016" stay years).
    func continuesNumber(_ index: Int) -> Bool {
        guard index > 0, !tokens[index].spaced else { return false }
        let previous = tokens[index - 1].text
        if previous == "-" {
            guard index > 1, !tokens[index - 1].spaced, tokens[index - 2].kind == .number else {
                return false
            }
            return tokens[index - 2].yearValue == nil
        }
        return ["/", ":", ".", "+", "^"].contains(previous)
    }

    /// Whether the token at `index` is glued to the number before it as a unit, percent sign or
    /// further digits: "2014km", "2014%".
    func attachedToNumber(_ index: Int) -> Bool {
        guard attached(index) else { return false }
        return tokens[index].kind != .symbol || tokens[index].text == "%"
    }

    /// Whether a token exists at `index` with no space before it.
    func attached(_ index: Int) -> Bool {
        index >= 0 && index < tokens.count && !tokens[index].spaced
    }

    /// Whether the symbol `mark` is at `index` with no space before it.
    func attached(_ index: Int, _ mark: String) -> Bool {
        attached(index) && tokens[index].kind == .symbol && tokens[index].text == mark
    }

    func word(_ index: Int) -> String? {
        guard index < tokens.count, tokens[index].kind == .word else { return nil }
        return tokens[index].text
    }

    func integer(_ index: Int) -> Int? {
        guard index < tokens.count else { return nil }
        return tokens[index].integer
    }

    func mention(_ kind: DateMention.Kind, year: Int? = nil) -> DateMention {
        DateMention(text: "", utf8Offset: 0, utf8Length: 0, kind: kind, year: year)
    }

    func relative(_ relation: DateMention.Relation, _ unit: DateMention.Unit?) -> DateMention {
        DateMention(
            text: "", utf8Offset: 0, utf8Length: 0, kind: .relative, relation: relation,
            unit: unit)
    }

    func absolute(_ range: Range<Int>, year: Int?, month: Int, day: Int) -> DateExtractor.Match {
        DateExtractor.Match(
            mention: DateMention(
                text: "", utf8Offset: 0, utf8Length: 0, kind: .absolute, year: year,
                month: month, day: day),
            tokens: range)
    }
}
