import Foundation

/// Finds the dates and times that news prose mentions, normalised for comparison.
///
/// ```swift
/// let mentions = DateExtractor.dates(in: "Talks resumed on Oct. 5 after stalling in 2014.")
/// mentions.map(\.key)  // ["XXXX-10-05", "2014"]
/// ```
public enum DateExtractor {
    /// Finds date expressions in text.
    ///
    /// Recognises dates with a day ("Oct. 5", "5 October 2024", "2024-10-05", "10/05/2024" in
    /// US order), months with or without a year ("July 2023", "in July"), years ("in 2014"),
    /// decades ("the 1990s"), weekdays ("on Tuesday") and relative expressions ("last week",
    /// "three days ago", "earlier in July").
    ///
    /// - Parameters:
    ///   - text: English news prose.
    ///   - reference: The article's publication date, read in UTC. It gives a year to
    ///     month-day dates that lack one: the latest such date no more than seven days after the
    ///     reference, or for a date a verb of the future is set to ("will defend his title on
    ///     Sept. 8") the first no earlier than seven days before it. It is otherwise ignored.
    /// - Returns: The mentions in the order they appear, none overlapping.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func dates(in text: String, reference: Date? = nil) -> [DateMention] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = MentionToken.tokens(in: bytes)
            return matches(in: tokens, bytes: bytes, reference: reference).map(\.mention)
        }
    }

    /// A mention together with the tokens it covers, so that quantity extraction can skip
    /// numbers that belong to dates.
    struct Match {
        var mention: DateMention
        var tokens: Range<Int>
    }

    /// Finds date mentions over tokens already split from `bytes`.
    ///
    /// - Complexity: O(*t*) in the number of tokens: each pattern looks at most a few tokens
    ///   around its start.
    static func matches(
        in tokens: [MentionToken], bytes: UnsafeBufferPointer<UInt8>, reference: Date?
    ) -> [Match] {
        let matcher = Matcher(tokens: tokens)
        let referenceDay = reference.flatMap { date -> Int? in
            let day = (date.timeIntervalSince1970 / 86_400).rounded(.down)
            // Dates far outside years 1000...2999 resolve nothing; refusing them also keeps the
            // conversion to Int from trapping on infinities.
            return abs(day) < 1_000_000 ? Int(day) : nil
        }
        var matches: [Match] = []
        var index = 0
        while index < tokens.count {
            guard let match = matcher.match(at: index) else {
                index += 1
                continue
            }
            var found = [match]
            if let second = matcher.rangeEnd(after: match) {
                found[0].mention.year = found[0].mention.year ?? second.mention.year
                found.append(second)
            }
            for var match in found {
                let start = tokens[match.tokens.lowerBound].start
                let end = tokens[match.tokens.upperBound - 1].end
                match.mention.text = String(decoding: bytes[start..<end], as: UTF8.self)
                match.mention.utf8Offset = start
                match.mention.utf8Length = end - start
                if match.mention.kind == .absolute, match.mention.year == nil, let referenceDay,
                    let month = match.mention.month, let day = match.mention.day
                {
                    match.mention.year = resolveYear(
                        month: month, day: day, near: referenceDay,
                        ahead: isAhead(match.tokens.lowerBound, in: tokens))
                    match.mention.isYearInferred = match.mention.year != nil
                }
                matches.append(match)
            }
            index = max(found[found.count - 1].tokens.upperBound, index + 1)
        }
        return matches
    }

    /// Whether the date whose first token is `start` tells when something is yet to happen:
    /// a verb of the future earlier in its sentence, and the date set to it by a preposition
    /// of time or right after a participle ("will defend his title … on Sept. 8", "is
    /// scheduled to be sentenced May 3"). Not a date of a noun: "will appeal the ruling of
    /// March 2".
    static func isAhead(_ start: Int, in tokens: [MentionToken]) -> Bool {
        guard start > 0 else { return false }
        let before = tokens[start - 1]
        guard before.kind == .word,
            timePrepositions.contains(before.text) || before.text.hasSuffix("ed")
        else { return false }
        for index in stride(from: start - 2, through: max(0, start - 16), by: -1) {
            let token = tokens[index]
            if token.kind == .symbol, [".", "!", "?", ";"].contains(token.text) { return false }
            if token.kind == .word, futureWords.contains(token.text) { return true }
        }
        return false
    }

    /// Prepositions that set a date to the verb before them.
    static let timePrepositions: Set<String> = [
        "on", "for", "by", "until", "till", "starting", "beginning", "from", "before",
    ]

    /// Words that put a clause in the future.
    static let futureWords: Set<String> = [
        "will", "ll", "shall", "scheduled", "due", "upcoming", "planned", "plans", "slated",
    ]

    /// The year of `month`-`day` around the reference day: for a date `ahead`, the first one
    /// no earlier than seven days before the reference day; else the latest one no more than
    /// seven days after it, since articles mention past events, or ones a few days ahead.
    static func resolveYear(month: Int, day: Int, near referenceDay: Int, ahead: Bool = false)
        -> Int?
    {
        let referenceYear = civilYear(ofDay: referenceDay)
        let years =
            ahead
            ? [referenceYear - 1, referenceYear, referenceYear + 1]
            : [referenceYear + 1, referenceYear, referenceYear - 1]
        for year in years
        where (1000...2999).contains(year) && day <= daysIn(month: month, year: year) {
            let date = dayNumber(year: year, month: month, day: day)
            if ahead ? date >= referenceDay - 7 : date <= referenceDay + 7 { return year }
        }
        return nil
    }

    /// The number of days in a month; February has 29 when the year is unknown.
    static func daysIn(month: Int, year: Int?) -> Int {
        switch month {
        case 2:
            guard let year else { return 29 }
            return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar (Howard Hinnant's
    /// `days_from_civil`), which avoids a `Calendar` per mention.
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
        let shifted = month <= 2 ? year - 1 : year
        let era = (shifted >= 0 ? shifted : shifted - 399) / 400
        let yearOfEra = shifted - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The Gregorian year containing a day counted from 1970-01-01 (`civil_from_days`).
    static func civilYear(ofDay dayNumber: Int) -> Int {
        let shifted = dayNumber + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra =
            (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let monthIndex = (5 * dayOfYear + 2) / 153
        return yearOfEra + era * 400 + (monthIndex >= 10 ? 1 : 0)
    }
}
