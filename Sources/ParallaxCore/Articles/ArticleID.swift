import Crypto
import Foundation

/// A stable identifier of an article, derived from its content.
///
/// The first 16 hexadecimal digits of the SHA-256 of the article's original text with line
/// endings unified and surrounding whitespace trimmed, so the same text always has the same id
/// whichever file or feed it came from.
public struct ArticleID: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// The id as 16 lower-case hexadecimal digits.
    public var rawValue: String

    /// Wraps an id already computed.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Computes the id of an article's original text.
    public init(content: String) {
        let unified = content.unifyingLineEndings().trimmingWhitespace()
        let digest = SHA256.hash(data: Array(unified.utf8))
        rawValue = digest.prefix(8).map { byte in
            let hex = String(byte, radix: 16)
            return hex.count == 1 ? "0" + hex : hex
        }.joined()
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
