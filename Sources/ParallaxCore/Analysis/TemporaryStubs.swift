import Foundation

public struct DateMention: Hashable, Sendable, Codable {
    public enum Kind: String, Hashable, Sendable, Codable {
        case absolute, monthYear, year, month, weekday, relative, decade
    }
    public var text: String
    public var utf8Offset: Int
    public var utf8Length: Int
    public var kind: Kind
    public var year: Int?
    public var month: Int?
    public var day: Int?
    public var key: String { text }
}
public enum DateExtractor {
    public static func dates(in text: String, reference: Date? = nil) -> [DateMention] {
        let regex = try! NSRegularExpression(pattern: #"\b(1[89]\d\d|20\d\d)\b"#)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map {
            let r = Range($0.range, in: text)!
            let off = text.utf8.distance(from: text.startIndex, to: r.lowerBound)
            return DateMention(
                text: String(text[r]), utf8Offset: off, utf8Length: 4, kind: .year,
                year: Int(text[r]))
        }
    }
}
public struct Quantity: Hashable, Sendable, Codable {
    public var text: String
    public var utf8Offset: Int
    public var value: Double
    public var unit: String
    public var key: String { "\(unit):\(value)" }
}
public enum QuantityExtractor {
    public static func quantities(in text: String) -> [Quantity] { [] }
}
