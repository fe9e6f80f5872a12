/// A number found in text, with what it counts and how firmly it is stated.
///
/// "more than 50 countries" is `value` 50, `unit` "country", `qualifier` `.moreThan`;
/// "69-year-old" and "aged 69" are both `value` 69, `unit` "age". ``key`` joins unit and value so
/// that two reports of the same count compare equal and differing ones can be flagged.
public struct Quantity: Sendable, Hashable, Codable {
    /// How the text hedges the number.
    public enum Qualifier: String, Sendable, Hashable, Codable {
        /// No hedge: "50 countries".
        case exact
        /// "about", "around", "some", "roughly", "an estimated"; also "nearly" and "almost",
        /// which report the number as an approximation rather than a bound.
        case about
        /// "at least", "no fewer than".
        case atLeast
        /// "more than", "over", "upwards of".
        case moreThan
        /// "less than", "fewer than", "under".
        case lessThan
        /// "at most", "no more than".
        case atMost
        /// "up to", "as many as".
        case upTo
    }

    /// The quantity as written, such as "more than 50 countries", "69-year-old" or
    /// "$200 million".
    public var text: String
    /// Where the quantity starts, in UTF-8 bytes of the input.
    public var utf8Offset: Int
    /// How long the quantity is, in UTF-8 bytes.
    public var utf8Length: Int
    /// The number with any scale applied: 200,000,000 for "$200 million", 40 for "40%".
    public var value: Double
    /// How the text hedges the number.
    public var qualifier: Qualifier
    /// What the number counts, singular and lowercase: "country", "people", "year", "percent",
    /// "usd", "kilometre", or "age" for a person's age. Empty when nothing counted follows.
    public var unit: String

    /// Creates a quantity from its parts.
    public init(
        text: String, utf8Offset: Int, utf8Length: Int, value: Double,
        qualifier: Qualifier = .exact, unit: String
    ) {
        self.text = text
        self.utf8Offset = utf8Offset
        self.utf8Length = utf8Length
        self.value = value
        self.qualifier = qualifier
        self.unit = unit
    }

    /// A key for comparing quantities: the unit, a colon and the value, as in "age:69",
    /// "country:50", "usd:200000000" or "magnitude:6.1"; ":2" when nothing is counted.
    ///
    /// The qualifier is not part of the key: "about 300" and "300" name the same count.
    public var key: String {
        "\(unit):\(Quantity.format(value))"
    }

    /// The values the quantity allows, by its hedge: "at least 3" allows 10, "about 60" allows
    /// 55 (within 15%), "up to 20" allows 12.
    public var allowed: ClosedRange<Double> {
        switch qualifier {
        case .exact: value...value
        case .about: min(value * 0.85, value * 1.15)...max(value * 0.85, value * 1.15)
        case .atLeast, .moreThan: value...Double.greatestFiniteMagnitude
        case .lessThan, .atMost, .upTo: min(0, value)...value
        }
    }

    /// Whether both quantities can be true of one count: "at least three people" and "10
    /// people" can, "three people" and "10 people" cannot.
    public func allows(_ other: Quantity) -> Bool {
        allowed.overlaps(other.allowed)
    }

    /// Whole numbers without a fractional part or exponent, others in Swift's shortest form.
    static func format(_ value: Double) -> String {
        if value.rounded() == value, abs(value) < 1e18 {
            return String(Int64(value))
        }
        return String(value)
    }
}
