extension DateExtractor {
    /// A month name as written.
    struct MonthName {
        var month: Int
        /// Abbreviations may take a full stop, which then belongs to the mention ("Oct.").
        var abbreviation: Bool
        /// "May" and "March" are also a modal verb and a verb; bare abbreviations ("Jan") are
        /// also given names. These need a day, a year or a context word to count as months.
        var ambiguous: Bool
    }

    static let monthNames: [String: MonthName] = {
        var names: [String: MonthName] = [:]
        let full = [
            "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december",
        ]
        for (index, name) in full.enumerated() {
            let ambiguous = name == "may" || name == "march"
            names[name] = MonthName(month: index + 1, abbreviation: false, ambiguous: ambiguous)
        }
        let short = [
            "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
            "sept": 9, "oct": 10, "nov": 11, "dec": 12,
        ]
        for (name, month) in short {
            names[name] = MonthName(month: month, abbreviation: true, ambiguous: true)
        }
        return names
    }()

    /// Full weekday names only: "Sat", "Sun" and "Wed" are words or names too often.
    static let weekdays: [String: Int] = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
        "sunday": 7,
    ]

    /// Words just before an ambiguous month name that make it a month: "in May", "early March".
    static let monthContext: Set<String> = [
        "in", "since", "of", "early", "late", "until", "till", "during", "throughout",
    ]

    /// Words after which a four-digit number is a year even when a plural noun follows:
    /// "in 2014 people voted".
    static let yearContext: Set<String> = [
        "in", "since", "until", "till", "year", "before", "after", "during", "circa", "early",
        "late", "mid", "spring", "summer", "autumn", "fall", "winter",
    ]

    /// Words after which a four-digit number is an amount: "more than 2000", "some 1500".
    static let amountContext: Set<String> = [
        "than", "about", "around", "nearly", "almost", "over", "some", "least", "most",
        "approximately", "roughly", "estimated", "under", "only", "just", "total", "additional",
        "another",
    ]

    /// Plural nouns that a year commonly modifies: "2010 levels", "2016 elections".
    static let yearNouns: Set<String> = [
        "levels", "elections", "midterms", "primaries", "polls", "figures", "prices", "rates",
        "games", "olympics", "riots", "protests", "attacks", "floods", "fires", "wildfires",
        "standards", "accords", "talks", "negotiations", "sanctions", "budgets", "accounts",
        "results", "records", "rankings", "emissions", "models", "editions", "finals",
    ]

    /// Words naming the day that "today" and its kin refer to.
    static let dayWords: [String: (relation: DateMention.Relation, unit: DateMention.Unit)] = [
        "yesterday": (.past, .day), "today": (.present, .day), "tomorrow": (.future, .day),
        "tonight": (.present, .night),
    ]

    /// Parts of the day that may follow a day word or weekday: "Monday morning".
    static let partsOfDay: Set<String> = ["morning", "afternoon", "evening", "night"]

    /// Words that turn a unit, weekday or month into a relative expression: "last week".
    static let modifiers: [String: DateMention.Relation] = [
        "last": .past, "past": .past, "previous": .past, "next": .future, "coming": .future,
        "this": .present,
    ]

    /// Units of relative expressions, singular and plural.
    static let relativeUnits: [String: (unit: DateMention.Unit, plural: Bool)] = {
        var units: [String: (unit: DateMention.Unit, plural: Bool)] = [:]
        for unit in [
            DateMention.Unit.minute, .hour, .day, .night, .morning, .afternoon, .evening, .week,
            .weekend, .fortnight, .month, .year, .decade, .spring, .summer, .autumn, .winter,
        ] {
            units[unit.rawValue] = (unit, false)
            units[unit.rawValue + "s"] = (unit, true)
        }
        units["century"] = (.century, false)
        units["centuries"] = (.century, true)
        units["fall"] = (.autumn, false)
        return units
    }()

    /// Ordinal suffixes of day numbers: "5th".
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]
}
