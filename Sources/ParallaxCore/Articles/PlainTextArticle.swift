import Foundation

/// Reads Parallax's plain-text article format: an optional header block of `Key: value` lines
/// (`Source`, `URL`, `Published`, `Modified`, `Title`) and a blank line, then the body.
///
/// Text with no header block is all body, which is how scraped text like the seeds arrives.
///
/// ```text
/// Source: Harbor Gazette
/// Published: 2026-03-14T08:10:00Z
/// Title: Ferry runs aground off Kestrel Point
///
/// The ferry ran aground…
/// ```
public enum PlainTextArticle {
    /// The header keys understood, lower case.
    public static let headerKeys: Set<String> = [
        "source", "outlet", "url", "published", "date", "modified", "title", "author",
    ]

    /// Parses `text` into an article.
    ///
    /// - Parameters:
    ///   - text: The file's contents.
    ///   - defaultSource: The source to use when the header names none, usually the file name.
    ///   - title: The headline, when known from elsewhere; the header's wins.
    ///   - cleaner: The cleaner for the body.
    ///   - readDate: Reads the header's dates; ISO 8601 by default.
    public static func parse(
        _ text: String, defaultSource: String, title: String? = nil,
        cleaner: TextCleaner = TextCleaner(),
        readDate: (String) -> PublishedDate? = parsePublished
    ) -> Article {
        let unified = text.unifyingLineEndings()
        let (header, body, bodyLine) = splitHeader(unified)
        let published = header["published"].flatMap(readDate) ?? header["date"].flatMap(readDate)
        let title = header["title"] ?? title
        let cleaned = cleaner.clean(body, firstLine: bodyLine, detectTitle: title == nil)
        return Article(
            source: header["source"] ?? header["outlet"] ?? defaultSource, url: header["url"],
            title: title, published: published?.date,
            publishedDayOnly: published?.isDayOnly ?? false,
            modified: header["modified"].flatMap(readDate)?.date, originalText: text,
            cleaned: cleaned)
    }

    /// The header block of `text`, by lower-case key (``headerKeys``), without cleaning the
    /// body: empty when there is none.
    public static func header(_ text: String) -> [String: String] {
        splitHeader(text.unifyingLineEndings()).0
    }

    /// The date the header block of `text` gives as written (`Published:`, else `Date:`), or
    /// nil without one: for saying which date could not be read.
    public static func headerDate(_ text: String) -> String? {
        let header = header(text)
        return header["published"] ?? header["date"]
    }

    /// Splits a leading header block from the body; the body's first line number comes third.
    static func splitHeader(_ text: String) -> ([String: String], String, Int) {
        var header: [String: String] = [:]
        var lineNumber = 0
        var start = text.startIndex
        // Line by line from the start, stopping at the first line that is not a header: the
        // body is not split (splitting the whole text was a fifteenth of ingesting JSON lines).
        while true {
            let end = text.utf8[start...].firstIndex(of: 0x0A) ?? text.endIndex
            let line = text[start..<end]
            lineNumber += 1
            if line.trimmingWhitespace().isEmpty {
                guard !header.isEmpty else { return ([:], text, 1) }
                let body = end < text.endIndex ? String(text[text.index(after: end)...]) : ""
                return (header, body, lineNumber + 1)
            }
            guard let colon = line.firstIndex(of: ":"), lineNumber <= 12 else { break }
            let key = line[..<colon].trimmingWhitespace().lowercased()
            guard headerKeys.contains(key) else { break }
            header[key] = line[line.index(after: colon)...].trimmingWhitespace()
            guard end < text.endIndex else { break }
            start = text.index(after: end)
        }
        return ([:], text, 1)
    }

    /// Parses an ISO 8601 timestamp, or a bare `YYYY-MM-DD` date as that day at noon UTC.
    public static func parseDate(_ text: String) -> Date? { parsePublished(text)?.date }

    /// Parses an ISO 8601 timestamp, or a bare `YYYY-MM-DD` date as a day alone.
    public static func parsePublished(_ text: String) -> PublishedDate? {
        let trimmed = text.trimmingWhitespace()
        if let date = try? Date(trimmed, strategy: .iso8601) { return PublishedDate(date) }
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? withFraction.parse(trimmed) { return PublishedDate(date) }
        let dateOnly = Date.ISO8601FormatStyle().year().month().day()
        return (try? dateOnly.parse(trimmed)).map { PublishedDate(dayOf: $0) }
    }
}
