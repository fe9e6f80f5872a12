/// A date or time expression found in text.
///
/// Fields hold what the text pins down and nothing more: "Oct. 5" has a month and a day but no
/// year unless one was resolved from the article's date; "last week" has only a relation and a
/// unit. ``key`` turns the fields into one string so that mentions written differently
/// ("Oct. 5", "October 5th", "5 October") compare equal.
public struct DateMention: Sendable, Hashable, Codable {
    /// The shape of the expression.
    public enum Kind: String, Sendable, Hashable, Codable {
        /// A day of a month, with or without a year: "Oct. 5", "2024-10-05".
        case absolute
        /// A month of a stated year: "July 2023".
        case monthYear
        /// A year on its own: "in 2014".
        case year
        /// A month without a year: "in July".
        case month
        /// A day of the week: "on Tuesday", "Monday morning".
        case weekday
        /// A time relative to the writing: "last week", "three days ago", "earlier in July".
        case relative
        /// A decade: "the 1990s".
        case decade
    }

    /// Which way a relative expression points from the time of writing.
    public enum Relation: String, Sendable, Hashable, Codable {
        /// "last week", "yesterday", "three days ago", "earlier in July".
        case past
        /// "next weekend", "tomorrow", "later this year".
        case future
        /// "today", "this week", "tonight".
        case present
    }

    /// The stretch of time a relative expression counts in.
    public enum Unit: String, Sendable, Hashable, Codable {
        case minute, hour, day, night, morning, afternoon, evening
        case week, weekend, fortnight, month, year, decade, century
        case spring, summer, autumn, winter
    }

    /// The expression exactly as written in the input, such as "Oct. 5" or "earlier in July".
    public var text: String
    /// Where the expression starts, in UTF-8 bytes of the input.
    public var utf8Offset: Int
    /// How long the expression is, in UTF-8 bytes.
    public var utf8Length: Int
    /// The shape of the expression.
    public var kind: Kind
    /// The year, 1000...2999, when stated or resolved; the first year of a decade.
    public var year: Int?
    /// Whether ``year`` was inferred from the article's date rather than written: true for
    /// "Oct. 5" read with a reference date, false for "Oct. 5, 2024". Ordering events by year
    /// should use written years only.
    public var isYearInferred: Bool
    /// The month, 1...12.
    public var month: Int?
    /// The day of the month, 1...31.
    public var day: Int?
    /// The day of the week, 1 for Monday through 7 for Sunday.
    public var weekday: Int?
    /// Which way a relative expression points.
    public var relation: Relation?
    /// What a relative expression counts in: `.week` for "last week", `.day` for "yesterday".
    public var unit: Unit?
    /// How many units a relative expression spans when it says so: 3 for "three days ago".
    public var count: Int?

    /// Creates a mention from its parts.
    public init(
        text: String, utf8Offset: Int, utf8Length: Int, kind: Kind, year: Int? = nil,
        isYearInferred: Bool = false, month: Int? = nil, day: Int? = nil, weekday: Int? = nil,
        relation: Relation? = nil, unit: Unit? = nil, count: Int? = nil
    ) {
        self.text = text
        self.utf8Offset = utf8Offset
        self.utf8Length = utf8Length
        self.kind = kind
        self.year = year
        self.isYearInferred = isYearInferred
        self.month = month
        self.day = day
        self.weekday = weekday
        self.relation = relation
        self.unit = unit
        self.count = count
    }

    /// A canonical key for comparing mentions.
    ///
    /// The key names the calendar slot when one is known, and otherwise the relation:
    ///
    /// | Mention | Key |
    /// | --- | --- |
    /// | "Oct. 5, 2024", "2024-10-05" | `2024-10-05` |
    /// | "October 5th" (year unknown) | `XXXX-10-05` |
    /// | "July 2023" | `2023-07` |
    /// | "in July", "earlier in July" | `XXXX-07` |
    /// | "in 2014" | `2014` |
    /// | "the 1990s" | `1990s` |
    /// | "on Tuesday", "last Tuesday" | `weekday:2` |
    /// | "last week", "a week ago" | `relative:past:week` |
    /// | "three days ago" | `relative:past:day:3` |
    ///
    /// Relations of mentions that name a slot are not in the key: compare ``relation`` too when
    /// "last July" and "next July" must differ.
    public var key: String {
        let yearText = year.map { String($0) } ?? "XXXX"
        if kind == .decade, let year {
            return "\(year)s"
        }
        if let month {
            let monthText = month < 10 ? "0\(month)" : "\(month)"
            guard let day else { return "\(yearText)-\(monthText)" }
            return "\(yearText)-\(monthText)-\(day < 10 ? "0\(day)" : "\(day)")"
        }
        if let year {
            return String(year)
        }
        if let weekday {
            return "weekday:\(weekday)"
        }
        var key = "relative:\(relation?.rawValue ?? "present")"
        if let unit {
            key += ":\(unit.rawValue)"
            if let count, count != 1 {
                key += ":\(count)"
            }
        }
        return key
    }
}
