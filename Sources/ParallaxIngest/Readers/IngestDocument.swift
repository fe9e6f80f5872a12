import Foundation
import ParallaxCore

/// One article as a reader found it in an input, before it is cleaned: its body as text or as
/// an HTML page, with what the input said about it.
public struct IngestDocument: Sendable {
    /// The body as the input carries it.
    public enum Body: Sendable {
        /// Plain text, a paragraph a line.
        case text(String)
        /// An HTML page or fragment, to extract.
        case html([UInt8])
    }

    /// Where in the input it came from: the file and the item, record or line, for messages.
    public var origin: String
    public var url: String?
    public var title: String?
    public var published: Date?
    /// Whether the input gave only the day of ``published`` (``PublishedDate/isDayOnly``).
    public var publishedDayOnly = false

    /// ``published`` as precisely as the input gave it.
    public var publishedDate: PublishedDate? {
        published.map { PublishedDate($0, isDayOnly: publishedDayOnly) }
    }
    public var authors: [String] = []
    /// The outlet, when the input names it.
    public var source: String?
    public var language: String?
    public var body: Body
    /// True when the input carried only a summary, so the article's page should be fetched.
    public var isSummary = false
    /// What was wrong with it that did not stop it being read ("date … cannot be read; stored
    /// as undated"), reported with the run.
    public var problems: [String] = []

    public init(
        origin: String, url: String? = nil, title: String? = nil, published: PublishedDate? = nil,
        authors: [String] = [], source: String? = nil, language: String? = nil, body: Body
    ) {
        self.origin = origin
        self.url = url
        self.title = title
        self.published = published?.date
        self.publishedDayOnly = published?.isDayOnly ?? false
        self.authors = authors
        self.source = source
        self.language = language
        self.body = body
    }

    /// Reads the date the input gave, `raw`, as pages print it (``PrintedDates``) into
    /// ``published``, noting in ``problems`` a date given that cannot be read.
    mutating func readPublished(_ raw: String?) {
        let date = raw.flatMap(PrintedDates.parse)
        (published, publishedDayOnly) = (date?.date, date?.isDayOnly ?? false)
        guard date == nil, let raw, raw.contains(where: { !$0.isWhitespace }) else { return }
        problems.append("date \"\(raw)\" cannot be read; stored as undated")
    }
}

/// An item of an input with something wrong with it, and what: one that could not be read
/// (rejected, so that the rest goes on), or one read all the same (a notice, saying what was
/// done about it).
public struct InputProblem: Error, Sendable, Hashable, CustomStringConvertible {
    /// Where it stood: the file and the item, record or line.
    public var origin: String
    /// What is wrong with it.
    public var reason: String

    public init(origin: String, reason: String) {
        self.origin = origin
        self.reason = reason
    }

    public var description: String { "\(origin): \(reason)" }
}

/// An item of an input that could not be read, with why.
public typealias RejectedInput = InputProblem
