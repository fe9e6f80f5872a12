import Foundation
import ParallaxCore

/// Parses the dates feeds and dumps carry: ISO 8601 (Atom, JSON Feed), RFC 822 (RSS
/// `pubDate`: "Tue, 19 Nov 2019 10:00:00 GMT"), and "2019-11-19 10:00:00" (news-please). An
/// ISO 8601 date without a time ("2019-11-19") is a day alone.
enum FeedDates {
    static func parse(_ text: String) -> PublishedDate? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        // "2019-11-19 10:00:00", taken as UTC.
        if trimmed.count == 19, trimmed.dropFirst(10).first == " ",
            let date = PlainTextArticle.parsePublished(
                trimmed.replacingOccurrences(of: " ", with: "T") + "Z")
        {
            return date
        }
        if let date = PlainTextArticle.parsePublished(trimmed) { return date }
        return rfc822(trimmed).map { PublishedDate($0) }
    }

    private static let pattern = try! NSRegularExpression(
        pattern:
            #"^(?:[A-Za-z]{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3})[a-z]*\s+(\d{2,4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[A-Za-z]{1,5})?"#
    )
    private static let months = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ]
    private static let zones: [String: Int] = [
        "gmt": 0, "ut": 0, "utc": 0, "z": 0, "est": -5, "edt": -4, "cst": -6, "cdt": -5, "mst": -7,
        "mdt": -6, "pst": -8, "pdt": -7, "bst": 1, "cet": 1, "cest": 2,
    ]

    static func rfc822(_ text: String) -> Date? {
        let range = NSRange(text.startIndex..., in: text)
        guard let match = pattern.firstMatch(in: text, range: range) else { return nil }
        func group(_ number: Int) -> String? {
            Range(match.range(at: number), in: text).map { String(text[$0]) }
        }
        guard let day = Int(group(1)!), let month = months.firstIndex(of: group(2)!.lowercased()),
            var year = Int(group(3)!), let hour = Int(group(4)!), let minute = Int(group(5)!)
        else { return nil }
        if year < 100 { year += year < 70 ? 2000 : 1900 }
        var offset = 0
        if let zone = group(7) {
            if zone.hasPrefix("+") || zone.hasPrefix("-"), let value = Int(zone.dropFirst()) {
                offset = (value / 100 * 3600 + value % 100 * 60) * (zone.hasPrefix("-") ? -1 : 1)
            } else if let hours = zones[zone.lowercased()] {
                offset = hours * 3600
            }
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? .gmt
        let components = DateComponents(
            year: year, month: month + 1, day: day, hour: hour, minute: minute,
            second: group(6).flatMap { Int($0) } ?? 0)
        return calendar.date(from: components)
    }
}
