import Foundation

extension PublishedDate {
    /// The days an article's own date stamps give, for an article that came without a date:
    /// the lines that cleaning removed near its top as a stamp ("PUBLISHED: 16: 05 GMT, 9 June
    /// 2013 | UPDATED: 06: 55 GMT, 10 June 2013", "Posted on Thu Jun 13, 2013 08: 45 AM PDT"),
    /// and a title that was one ("27 NOVEMBER, 2005").
    ///
    /// A stamp's first full date (day, month and written year) is the day it was published;
    /// one that only an "updated" stands before ("Last updated at 11: 24, Tuesday, 18 June
    /// 2013") is the day it was modified, since a page may be updated days later. Only the day
    /// is taken: a stamp's time of day comes in whatever zone the page chose, often unnamed.
    ///
    /// - Parameters:
    ///   - cleaned: The cleaned body, whose removals are read.
    ///   - furniture: The title the article came with where it was no headline
    ///     (``Article/headline(_:)`` gave nil), if any.
    /// - Returns: The first published and the first modified day found, each nil if none.
    static func stamped(in cleaned: CleanedText, furniture: String?)
        -> (published: PublishedDate?, modified: PublishedDate?)
    {
        var lines: [String] = []
        if let furniture { lines.append(furniture) }
        lines += cleaned.removals.lazy
            .filter { $0.reason == .chrome && $0.line <= stampLines }
            .map(\.text)
        var published: PublishedDate?
        var modified: PublishedDate?
        for line in lines where published == nil {
            guard let (day, isUpdate) = stamp(line) else { continue }
            if isUpdate {
                modified = modified ?? day
            } else {
                published = day
            }
        }
        return (published, modified)
    }

    /// How far into its text an article's date stamp is looked for, in lines: past the
    /// headline, byline and standfirst, short of the body, whose own dates are its story's.
    static let stampLines = 12

    /// The day a date stamp `line` gives, and whether it is the day of an update: its first
    /// date with a day, a month and a written year, which nothing but words of a stamp and
    /// times of day may come before.
    static func stamp(_ line: String) -> (day: PublishedDate, isUpdate: Bool)? {
        guard
            let mention = DateExtractor.dates(in: line).first(where: {
                $0.kind == .absolute && !$0.isYearInferred && $0.year != nil
            }),
            let year = mention.year, let month = mention.month, let dayOfMonth = mention.day,
            let day = PublishedDate(year: year, month: month, day: dayOfMonth)
        else { return nil }
        let before = String(decoding: line.utf8.prefix(mention.utf8Offset), as: UTF8.self)
            .lowercased()
        let words = before.split(whereSeparator: { !$0.isLetter })
        // Nothing but a stamp's own words comes before its date ("First Published:", "Posted
        // on Thu"): a date after other words may be another's ("Copyright 2013 …").
        guard
            words.allSatisfy({
                ChromeDetector.DateWords.stampWords.contains(String($0))
                    || ChromeDetector.DateWords.weekdays.contains(String($0))
                    || $0 == "first"
            })
        else { return nil }
        let isUpdate =
            (words.contains("updated") || words.contains("modified"))
            && !words.contains("published") && !words.contains("posted")
        return (day, isUpdate)
    }
}
