import Foundation
import ParallaxCore

/// Reads the JSON lines `parallax cluster` and `parallax eval events` take: one article a line
/// with `id` and `text`, and optionally `title`, `date`, `url`, `source` (and, for evaluation,
/// `event` and `topic`).
///
/// Nothing is dropped silently: a line without id or text, or with an id seen before, is
/// skipped and reported with its number; a date that cannot be read or lies in the future is
/// reported and the article read as undated.
public struct StoryLinesReader: Sendable {
    /// One article read.
    public struct Line: Sendable {
        public var document: StoryDocument
        /// The line's number, from 1.
        public var number: Int
        /// Whether the id was written as a number, to write it back the same way.
        public var numericID: Bool
        /// The gold event label, when the line has one.
        public var event: String?
        /// The topic, when the line has one.
        public var topic: Int?
    }

    /// A problem with a line.
    public struct Issue: Sendable, Hashable, CustomStringConvertible {
        public var path: String
        public var line: Int
        public var problem: String
        /// Whether the line was left out (otherwise read with the problem noted).
        public var skipped: Bool
        /// The line's id, event label and topic, when it has them.
        public var id: String? = nil
        public var event: String? = nil
        public var topic: Int? = nil

        public var description: String {
            "\(path):\(line): \(problem)\(skipped ? "; line skipped" : "")"
        }
    }

    /// Dates later than this are taken for errors.
    public var now: Date

    public init(now: Date = Date()) { self.now = now }

    /// Reads every line of `path` (gzip or not).
    ///
    /// - Throws: when the file cannot be opened.
    public func read(path: String) throws -> (lines: [Line], issues: [Issue]) {
        var lines: [Line] = []
        var issues: [Issue] = []
        var seen: [String: Int] = [:]
        var number = 0
        try LineStream(path: path).forEachLine { bytes in
            number += 1
            guard bytes.contains(where: { $0 > 0x20 }) else { return }
            var lineID: String?
            var lineEvent: String?
            var lineTopic: Int?
            func skip(_ problem: String) {
                issues.append(
                    Issue(
                        path: path, line: number, problem: problem, skipped: true, id: lineID,
                        event: lineEvent, topic: lineTopic))
            }
            guard
                let object = try? JSONSerialization.jsonObject(with: Data(bytes)) as? [String: Any]
            else { return skip("not a JSON object") }
            var numericID = false
            let id: String
            let event = (object["event"] as? String) ?? (object["event"] as? NSNumber)?.stringValue
            lineEvent = event
            let topic = (object["topic"] as? NSNumber)?.intValue
            lineTopic = topic
            if let text = object["id"] as? String, !text.isEmpty {
                id = text
            } else if let value = object["id"] as? NSNumber, !Self.isBoolean(value) {
                id = value.stringValue
                numericID = true
            } else {
                return skip("no id")
            }
            lineID = id
            guard let text = object["text"] as? String ?? object["maintext"] as? String,
                text.contains(where: { !$0.isWhitespace })
            else { return skip("no text (id \(id))") }
            if let first = seen[id] {
                return skip("id \(id) was already used on line \(first)")
            }
            seen[id] = number
            var published: Date?
            if let raw = object["date"] as? String ?? object["date_publish"] as? String,
                !raw.allSatisfy(\.isWhitespace)
            {
                if let date = PrintedDates.parse(raw)?.date {
                    if date.timeIntervalSince(now) > 86_400 {
                        issues.append(
                            Issue(
                                path: path, line: number,
                                problem: "date \"\(raw)\" is in the future; read as undated",
                                skipped: false))
                    } else {
                        published = date
                    }
                } else {
                    issues.append(
                        Issue(
                            path: path, line: number,
                            problem: "date \"\(raw)\" cannot be read; read as undated",
                            skipped: false))
                }
            }
            lines.append(
                Line(
                    document: StoryDocument(
                        id: id, text: text, title: object["title"] as? String, published: published,
                        url: object["url"] as? String,
                        source: object["source"] as? String ?? object["source_domain"] as? String),
                    number: number, numericID: numericID, event: event,
                    topic: topic))
        }
        return (lines, issues)
    }

    /// Whether JSON gave `true` or `false` rather than a number.
    static func isBoolean(_ value: NSNumber) -> Bool {
        // Foundation marks JSON's booleans with the type code of a C char.
        String(cString: value.objCType) == "c"
    }
}
