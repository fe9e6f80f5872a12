extension DateExtractor {
    /// Matches date patterns at a token. Patterns fill in every field of the mention except its
    /// text and offsets, which the caller takes from the covered tokens.
    struct Matcher {
        let tokens: [MentionToken]

        /// The first pattern, in order of precedence, that matches from `index`.
        func match(at index: Int) -> Match? {
            switch tokens[index].kind {
            case .number:
                return isoDate(index) ?? slashDate(index) ?? dayMonth(index)
                    ?? agoPhrase(index) ?? decade(index) ?? year(index)
            case .word:
                let tag = tokens[index].tag
                if tag.isEmpty { return nil }
                if tag.contains(.dayWord), let found = dayWord(index) { return found }
                if tag.contains(.modifier), let found = modified(index) { return found }
                if tag.contains(.comparative), let found = earlierOrLater(index) { return found }
                if tag.contains(.weekday), let found = weekday(index) { return found }
                if tag.contains(.month), let found = month(index, context: nil) { return found }
                return tag.isDisjoint(with: [.number, .vagueCount]) ? nil : agoPhrase(index)
            case .symbol:
                return nil
            }
        }

        // MARK: Numeric dates

        /// "2024-10-05".
        private func isoDate(_ index: Int) -> Match? {
            guard let year = tokens[index].yearValue, attached(index + 1, "-"),
                attached(index + 2), let month = integer(index + 2), attached(index + 3, "-"),
                attached(index + 4), let day = integer(index + 4),
                tokens[index + 2].integerDigits == 2, tokens[index + 4].integerDigits == 2,
                (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
            else { return nil }
            return absolute(index..<index + 5, year: year, month: month, day: day)
        }

        /// "10/05/2024", month first as in US usage unless only the other order is valid.
        private func slashDate(_ index: Int) -> Match? {
            guard let first = tokens[index].dayValue, attached(index + 1, "/"),
                attached(index + 2), let second = tokens[index + 2].dayValue,
                attached(index + 3, "/"), attached(index + 4),
                let year = tokens[index + 4].yearValue, !attachedToNumber(index + 5)
            else { return nil }
            let (month, day) = first <= 12 ? (first, second) : (second, first)
            guard (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day)
            else { return nil }
            return absolute(index..<index + 5, year: year, month: month, day: day)
        }

        /// "5 October", "5th of October 2024".
        private func dayMonth(_ index: Int) -> Match? {
            guard let (day, afterDay, ordinal) = dayNumber(index) else { return nil }
            // "5-7 October": the first day takes the month and year written after the second.
            if attached(afterDay, "-"), attached(afterDay + 1),
                let (_, secondEnd, secondOrdinal) = dayNumber(afterDay + 1)
            {
                let cursor = secondOrdinal && word(secondEnd) == "of" ? secondEnd + 1 : secondEnd
                guard let name = monthName(cursor), tokens[cursor].spaced else { return nil }
                let yearFound = yearAfter(name.end, allowComma: true)
                guard day <= daysIn(month: name.month, year: yearFound?.year) else { return nil }
                return absolute(
                    index..<afterDay, year: yearFound?.year, month: name.month, day: day)
            }
            var cursor = afterDay
            if ordinal, word(cursor) == "of" { cursor += 1 }
            guard let name = monthName(cursor), tokens[cursor].spaced,
                day <= daysIn(month: name.month, year: nil)
            else { return nil }
            let yearFound = yearAfter(name.end, allowComma: true)
            guard day <= daysIn(month: name.month, year: yearFound?.year) else { return nil }
            return absolute(
                index..<(yearFound?.end ?? name.end), year: yearFound?.year, month: name.month,
                day: day)
        }

        /// "the 1990s", "1990's".
        private func decade(_ index: Int) -> Match? {
            guard let year = tokens[index].yearValue, year % 10 == 0, !afterCurrency(index)
            else { return nil }
            var end = index + 1
            if attached(end, "'") { end += 1 }
            guard attached(end), word(end) == "s" else { return nil }
            return Match(mention: mention(.decade, year: year), tokens: index..<end + 1)
        }

        /// A four-digit year standing alone, unless it reads as an amount: "$2014",
        /// "more than 2000", "2014 people" (but "in 2014 people voted" is a year), or is a
        /// group of a telephone number, beside another number with only a space between
        /// ("0845 125 2222").
        private func year(_ index: Int) -> Match? {
            guard let year = tokens[index].yearValue, !afterCurrency(index),
                !attachedToNumber(index + 1), !continuesNumber(index),
                !tokens.isBesideNumber(index)
            else { return nil }
            let previous = previousWord(index)
            if let previous, DateExtractor.amountContext.contains(previous) { return nil }
            // "in 2014 people voted" is a year whatever follows; "the 2016 elections" too, but
            // "the 1500 troops" and "the 2000 votes" are amounts.
            if let previous, DateExtractor.yearContext.contains(previous) {
                return Match(mention: mention(.year, year: year), tokens: index..<index + 1)
            }
            let definite = previous == "the" && year % 100 != 0 && (1900...2099).contains(year)
            if !definite, countsNoun(index + 1, year: year) { return nil }
            // "1000-2000 people" is a range of amounts.
            if attached(index + 1, "-"), attached(index + 2), tokens[index + 2].kind == .number,
                countsNoun(index + 3, year: year)
            {
                return nil
            }
            return Match(mention: mention(.year, year: year), tokens: index..<index + 1)
        }

        /// The second end of a range written after a date: the "7" of "Oct. 5-7, 2024" (which
        /// may carry the year of both) and the "15" of "2014-15".
        func rangeEnd(after match: Match) -> Match? {
            let end = match.tokens.upperBound
            guard attached(end, "-"), attached(end + 1) else { return nil }
            let first = match.mention
            if first.kind == .year, let year = first.year, tokens[end + 1].integerDigits == 2,
                let short = integer(end + 1), !attachedToNumber(end + 2)
            {
                let second = year / 100 * 100 + short
                guard second > year else { return nil }
                return Match(mention: mention(.year, year: second), tokens: end + 1..<end + 2)
            }
            // Only dates that end in their day ("Oct. 5", not "5 October") continue with one.
            let last = tokens[end - 1]
            let endsInDay = last.kind == .number || ordinalSuffixes.contains(last.text)
            guard endsInDay, first.kind == .absolute, first.year == nil,
                let month = first.month, let day = first.day,
                let (second, secondEnd, _) = dayNumber(end + 1), second > day,
                monthName(secondEnd) == nil, word(secondEnd) != "of"
            else { return nil }
            let yearFound = yearAfter(secondEnd, allowComma: true)
            guard second <= daysIn(month: month, year: yearFound?.year) else { return nil }
            return absolute(
                end + 1..<(yearFound?.end ?? secondEnd), year: yearFound?.year, month: month,
                day: second)
        }

        // MARK: Named dates

        /// "Oct. 5", "October 5th, 2024", "July 2023", "in July". `context` says whether an
        /// ambiguous month name may stand alone; nil to decide from the word before it.
        private func month(_ index: Int, context: Bool?) -> Match? {
            guard let name = monthName(index) else { return nil }
            if let (day, afterDay, ordinal) = dayNumber(name.end), tokens[name.end].spaced,
                day <= daysIn(month: name.month, year: nil)
            {
                let yearFound = yearAfter(afterDay, allowComma: true)
                // "in March 15 people died": a plain number before a plural noun is a count.
                let counted =
                    !ordinal && yearFound == nil && word(afterDay).map(CountedNoun.isPlural) == true
                if !counted, day <= daysIn(month: name.month, year: yearFound?.year) {
                    return absolute(
                        index..<(yearFound?.end ?? afterDay), year: yearFound?.year,
                        month: name.month, day: day)
                }
            }
            var yearStart = name.end
            if word(yearStart) == "of" { yearStart += 1 }
            if let yearFound = yearAfter(yearStart, allowComma: false) {
                var found = mention(.monthYear, year: yearFound.year)
                found.month = name.month
                return Match(mention: found, tokens: index..<yearFound.end)
            }
            guard !name.ambiguous || (context ?? hasMonthContext(before: index)) else {
                return nil
            }
            var found = mention(.month)
            found.month = name.month
            return Match(mention: found, tokens: index..<name.end)
        }

        /// "Tuesday", "Monday morning", "Tuesday, Oct. 5".
        private func weekday(_ index: Int) -> Match? {
            guard tokens[index].capitalised, let weekday = weekdays[tokens[index].text] else {
                return nil
            }
            let dateStart = attached(index + 1, ",") ? index + 2 : index + 1
            if dateStart < tokens.count,
                var date = month(dateStart, context: true) ?? dayMonth(dateStart),
                date.mention.day != nil
            {
                date.mention.weekday = weekday
                return Match(mention: date.mention, tokens: index..<date.tokens.upperBound)
            }
            var found = mention(.weekday)
            found.weekday = weekday
            let end = isPartOfDay(index + 1) ? index + 2 : index + 1
            return Match(mention: found, tokens: index..<end)
        }

        /// "yesterday", "today", "tonight", "yesterday morning".
        private func dayWord(_ index: Int) -> Match? {
            guard let (relation, unit) = dayWords[tokens[index].text] else { return nil }
            let end = isPartOfDay(index + 1) ? index + 2 : index + 1
            return Match(mention: relative(relation, unit), tokens: index..<end)
        }

        // MARK: Relative expressions

        /// "last week", "next weekend", "this morning", "the past two years", "last Tuesday",
        /// "last July".
        private func modified(_ index: Int) -> Match? {
            let text = tokens[index].text
            guard let relation = modifiers[text] else { return nil }
            var cursor = index + 1
            var count: Int?
            var counted = false
            if text != "this" {
                if let spelled = SpelledNumber.parse(tokens, at: cursor) {
                    (count, cursor, counted) = (spelled.value, spelled.end, true)
                } else if let value = integer(cursor), value < 10_000 {
                    (count, cursor, counted) = (value, cursor + 1, true)
                } else if word(cursor) == "few" || word(cursor) == "several" {
                    (cursor, counted) = (cursor + 1, true)
                }
            }
            // "the last week of July" is not last week; "the past week" is.
            if previousWord(index) == "the", !counted, text != "past", text != "coming" {
                return nil
            }
            guard let target = word(cursor), tokens[cursor].spaced else { return nil }
            if let (unit, plural) = relativeUnits[target] {
                // "the coming days" and "the past weeks" are plural without a count.
                let loosePlural = !counted && (text == "past" || text == "coming")
                guard plural == (counted && count != 1) || (plural && loosePlural) else {
                    return nil
                }
                var found = relative(relation, unit)
                found.count = count
                return Match(mention: found, tokens: index..<cursor + 1)
            }
            guard !counted else { return nil }
            if tokens[cursor].capitalised, let weekday = weekdays[target] {
                var found = relative(relation, nil)
                found.weekday = weekday
                let end = isPartOfDay(cursor + 1) ? cursor + 2 : cursor + 1
                return Match(mention: found, tokens: index..<end)
            }
            if let name = monthName(cursor) {
                var found = relative(relation, nil)
                found.month = name.month
                return Match(mention: found, tokens: index..<name.end)
            }
            return nil
        }

        /// "earlier this year", "later this month", "earlier in July", "later in the week".
        private func earlierOrLater(_ index: Int) -> Match? {
            let text = tokens[index].text
            guard text == "earlier" || text == "later" else { return nil }
            let relation: DateMention.Relation = text == "earlier" ? .past : .future
            switch word(index + 1) {
            case "this":
                guard let (unit, plural) = unit(index + 2), !plural else { return nil }
                return Match(mention: relative(relation, unit), tokens: index..<index + 3)
            case "in":
                if let name = monthName(index + 2) {
                    var found = relative(relation, nil)
                    found.month = name.month
                    var end = name.end
                    if let year = yearAfter(end, allowComma: false) {
                        found.year = year.year
                        end = year.end
                    }
                    return Match(mention: found, tokens: index..<end)
                }
                guard word(index + 2) == "the", let (unit, plural) = unit(index + 3), !plural
                else { return nil }
                return Match(mention: relative(relation, unit), tokens: index..<index + 4)
            default:
                return nil
            }
        }

        /// "three days ago", "a week ago", "2 years ago", "a few months ago".
        private func agoPhrase(_ index: Int) -> Match? {
            var count: Int?
            var cursor = index
            if let value = integer(index), value < 10_000 {
                (count, cursor) = (value, index + 1)
            } else if let spelled = SpelledNumber.parse(tokens, at: index) {
                (count, cursor) = (spelled.value, spelled.end)
            } else if word(index) == "a" || word(index) == "an" {
                (count, cursor) = (1, index + 1)
                if word(cursor) == "few" { (count, cursor) = (nil, cursor + 1) }
            } else if word(index) == "several" || word(index) == "few" {
                cursor = index + 1
            } else {
                return nil
            }
            guard let (unit, _) = unit(cursor), word(cursor + 1) == "ago" else { return nil }
            var found = relative(.past, unit)
            found.count = count
            return Match(mention: found, tokens: index..<cursor + 2)
        }
    }
}
