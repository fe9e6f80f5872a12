/// A failure to parse or extract a page.
public struct HTMLError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Problem: Hashable, Sendable {
        case parserUnavailable
        case notHTML(String)
        case noText
    }

    private let problem: Problem

    /// The HTML parser could not be set up (out of memory).
    public static let parserUnavailable = Self(problem: .parserUnavailable)
    /// The input is not an HTML page.
    public static func notHTML(_ why: String) -> Self { Self(problem: .notHTML(why)) }
    /// The page has no article text.
    public static let noText = Self(problem: .noText)

    public var description: String {
        switch problem {
        case .parserUnavailable: return "the HTML parser could not start; is memory exhausted?"
        case .notHTML(let why): return "not an HTML page (\(why))"
        case .noText: return "the page has no article text to extract"
        }
    }
}
