import Foundation
import ParallaxCore

/// Reads the dates dumps and scraped pages carry as printed, not only as feeds write them:
/// "May 2, 2013 | 5: 03pm", "Fri., May. 3, 2013 11: 45 AM PDT", "Published: 2012. 08. 08",
/// "Sunday, November 27-2005 at 16: 12", "08.08.2012", "Novemer 27, 2005".
///
/// A feed's own formats are tried first (``FeedDates``); failing those, the text is tidied and
/// the first full date written in it (day, month and year) is taken as a day alone
/// (``PublishedDate/isDayOnly``), since the time printed beside it seldom names its zone. A
/// text with no full date gives nil.
enum PrintedDates {
    static func parse(_ text: String) -> PublishedDate? {
        if let date = FeedDates.parse(text) { return date }
        for mention in DateExtractor.dates(in: tidied(text)) {
            guard let year = mention.year, !mention.isYearInferred, let month = mention.month,
                let day = mention.day
            else { continue }
            if let date = PublishedDate(year: year, month: month, day: day) { return date }
        }
        return nil
    }

    /// `text` rewritten into forms ``DateExtractor`` reads: numeric dates with the year first
    /// ("2012. 08. 08", "2012/8/8") or with dots and the day first ("08.08.2012") as ISO dates,
    /// no full stop after a word ("Fri.," "May. 3"), a comma for the dash of "November 27-2005",
    /// "05 / 03 / 2013" closed up, and a month name misspelt by one letter beside a day number
    /// ("Novemer 27", "27 Novemer") mended.
    static func tidied(_ text: String) -> String {
        var text = text.replacingOccurrences(of: " / ", with: "/")
        text = replace(yearFirst, in: text) { groups in
            iso(groups[0], year: groups[1], month: groups[2], day: groups[3])
        }
        text = replace(dayFirstDotted, in: text) { groups in
            iso(groups[0], year: groups[3], month: groups[2], day: groups[1])
        }
        text = replace(wordStop, in: text) { $0[1] }
        text = replace(dayDashYear, in: text) { "\($0[1]), \($0[2])" }
        return replace(capitalisedWord, in: text) { groups in
            let word = groups[0]
            guard !monthNames.contains(word),
                let month = monthNames.first(where: { oneEditApart($0, word) })
            else { return word }
            return month
        }
    }

    // "2012. 08. 08", "2012/8/8", "2012.08.08": a four-digit year first, then month and day.
    private static let yearFirst = try! NSRegularExpression(
        pattern: #"\b((?:19|20)\d\d)\s?[./]\s?(\d{1,2})\s?[./]\s?(\d{1,2})\b"#)
    // "08.08.2012", "8. 8. 2012": dots mark the day-first order of most of Europe.
    private static let dayFirstDotted = try! NSRegularExpression(
        pattern: #"\b(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)\b"#)
    private static let wordStop = try! NSRegularExpression(pattern: #"(\p{L}{2,})\."#)
    // "November 27-2005": the dash stands where the comma goes.
    private static let dayDashYear = try! NSRegularExpression(
        pattern: #"(\p{L}{3,}\.?\s+\d{1,2})\s?-\s?((?:19|20)\d\d)\b"#)
    // A capitalised word beside a day number, where a month name would stand.
    private static let capitalisedWord = try! NSRegularExpression(
        pattern: #"(?<=\b\d{1,2}\s)\p{Lu}\p{Ll}{4,}\b|\b\p{Lu}\p{Ll}{4,}(?=\s\d{1,2}\b)"#)

    /// The full English month names of five letters or more: shorter ones ("May", "June",
    /// "July") are one letter from too many other words to be mended.
    private static let monthNames = [
        "January", "February", "March", "April", "August", "September", "October", "November",
        "December",
    ]

    /// "2012-08-08" for a valid month and day; otherwise `match`, unchanged.
    private static func iso(_ match: String, year: String, month: String, day: String) -> String {
        guard let monthNumber = Int(month), let dayNumber = Int(day),
            (1...12).contains(monthNumber), (1...31).contains(dayNumber)
        else { return match }
        return year + String(format: "-%02d-%02d", monthNumber, dayNumber)
    }

    /// `text` with each match of `pattern` replaced by what `body` makes of its groups (the
    /// whole match first).
    private static func replace(
        _ pattern: NSRegularExpression, in text: String, _ body: ([String]) -> String
    ) -> String {
        let matches = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text))
        guard !matches.isEmpty else { return text }
        var result = ""
        var cursor = text.startIndex
        for match in matches {
            guard let range = Range(match.range, in: text) else { continue }
            let groups = (0..<match.numberOfRanges).map { number in
                Range(match.range(at: number), in: text).map { String(text[$0]) } ?? ""
            }
            result += text[cursor..<range.lowerBound]
            result += body(groups)
            cursor = range.upperBound
        }
        return result + text[cursor...]
    }

    /// Whether `a` becomes `b` by one letter changed, added or left out. Written here because
    /// no package we depend on has an edit distance, and a bounded check of one edit is short.
    static func oneEditApart(_ a: String, _ b: String) -> Bool {
        let a = Array(a.lowercased()), b = Array(b.lowercased())
        guard abs(a.count - b.count) <= 1, a != b else { return false }
        let (short, long) = a.count <= b.count ? (a, b) : (b, a)
        guard let first = short.indices.first(where: { short[$0] != long[$0] }) else {
            return true  // `long` is `short` with one letter added at the end.
        }
        if short.count == long.count {
            return short[(first + 1)...] == long[(first + 1)...]
        }
        return short[first...] == long[(first + 1)...]
    }
}
