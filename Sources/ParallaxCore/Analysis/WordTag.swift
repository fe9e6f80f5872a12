/// What a word can be in a date or quantity pattern.
///
/// Tokenising looks each word up once in ``table``; patterns then test these bits before
/// consulting their own tables, so the ordinary words that make up most prose cost one hash
/// instead of one per pattern.
struct WordTag: OptionSet, Sendable {
    let rawValue: UInt16

    static let month = WordTag(rawValue: 1 << 0)
    static let weekday = WordTag(rawValue: 1 << 1)
    /// "yesterday", "today", "tomorrow", "tonight".
    static let dayWord = WordTag(rawValue: 1 << 2)
    /// "last", "next", "this" and their kin.
    static let modifier = WordTag(rawValue: 1 << 3)
    /// "earlier", "later".
    static let comparative = WordTag(rawValue: 1 << 4)
    /// A unit of relative time: "day", "weeks".
    static let timeUnit = WordTag(rawValue: 1 << 5)
    /// A word of a spelled-out number, "a" and "an" included.
    static let number = WordTag(rawValue: 1 << 6)
    /// A vague count before a unit: "few", "several".
    static let vagueCount = WordTag(rawValue: 1 << 7)
    /// Country letters of a dollar sign: "US" in "US$".
    static let dollarPrefix = WordTag(rawValue: 1 << 8)

    /// Tags of every word that has any, built from the tables the patterns use.
    static let table: [String: WordTag] = {
        var table: [String: WordTag] = [:]
        func tag<Words: Sequence<String>>(_ words: Words, _ tag: WordTag) {
            for word in words { table[word, default: []].insert(tag) }
        }
        tag(DateExtractor.monthNames.keys, .month)
        tag(DateExtractor.weekdays.keys, .weekday)
        tag(DateExtractor.dayWords.keys, .dayWord)
        tag(DateExtractor.modifiers.keys, .modifier)
        tag(["earlier", "later"], .comparative)
        tag(DateExtractor.relativeUnits.keys, .timeUnit)
        tag(SpelledNumber.words, .number)
        tag(["few", "several"], .vagueCount)
        tag(QuantityExtractor.dollarPrefixes.keys, .dollarPrefix)
        return table
    }()
}
