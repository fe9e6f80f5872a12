extension QuantityExtractor {
    /// Currency signs written before an amount.
    static let currencySigns: [String: String] = ["$": "usd", "€": "eur", "£": "gbp", "¥": "jpy"]

    /// Country letters glued to a dollar sign: "US$", "A$", "HK$".
    static let dollarPrefixes: [String: String] = [
        "us": "usd", "a": "aud", "au": "aud", "c": "cad", "ca": "cad", "nz": "nzd", "hk": "hkd",
        "s": "sgd",
    ]

    /// Scale suffixes glued to a number: "3.5bn", "40k"; for money also ``moneyScaleSuffixes``.
    static let scaleSuffixes: [String: Int] = [
        "bn": 9, "mn": 6, "mln": 6, "k": 3, "tn": 12, "trn": 12,
    ]

    /// Scale suffixes that only money takes: "$5m", "$2b", and the trade's "$21MM" (a
    /// thousand thousand), which alone would be millimetres.
    static let moneyScaleSuffixes: [String: Int] = ["m": 6, "b": 9, "mm": 6]

    /// Scale words after a number in digits, as powers of ten: "200 million".
    static let scaleWords: [String: Int] = [
        "thousand": 3, "million": 6, "billion": 9, "trillion": 12,
    ]

    /// Units glued to a number: "5km", "100mph".
    static let unitSuffixes: Set<String> = [
        "km", "m", "cm", "mm", "kg", "ft", "mph", "kph", "kmh", "lb", "lbs", "mw", "gw", "kw",
        "ha", "mi", "c",
    ]

    /// Spellings and abbreviations of units, singular, mapped to the one name used in keys.
    static let unitNames: [String: String] = [
        "km": "kilometre", "kilometer": "kilometre", "kmh": "kph", "m": "metre", "meter": "metre",
        "cm": "centimetre", "centimeter": "centimetre", "mm": "millimetre",
        "millimeter": "millimetre", "mi": "mile", "ft": "foot", "kg": "kilogram",
        "kilo": "kilogram", "kilogramme": "kilogram", "lb": "pound", "lbs": "pound",
        "liter": "litre", "mw": "megawatt", "gw": "gigawatt", "kw": "kilowatt", "ha": "hectare",
        "pct": "percent", "person": "people", "dollar": "usd", "euro": "eur", "yuan": "cny",
        "yr": "year", "yrs": "year", "hr": "hour", "hrs": "hour", "min": "minute",
        "mins": "minute", "sec": "second", "c": "celsius",
    ]

    /// Units of measure, by their names in keys. When the word after a number is one of these,
    /// it is the unit even if a noun follows: "6.1 magnitude earthquake", "12 years jail".
    static let measures: Set<String> = [
        "second", "minute", "hour", "day", "week", "fortnight", "month", "year", "decade",
        "century", "kilometre", "metre", "centimetre", "millimetre", "mile", "foot", "inch",
        "yard", "kilogram", "gram", "tonne", "ton", "pound", "ounce", "hectare", "acre",
        "percent", "magnitude", "degree", "usd", "eur", "cny", "mph", "kph", "litre", "gallon",
        "barrel", "megawatt", "gigawatt", "kilowatt", "celsius", "fahrenheit",
    ]

    /// Fractions hyphenated to a number ("two-thirds"), which state a share, not a count.
    static let fractions: Set<String> = [
        "half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "sixth",
        "sixths", "eighth", "eighths", "tenth", "tenths",
    ]

    /// Hedges before a number, as lowercase phrases.
    static let qualifiers: [String: Quantity.Qualifier] = [
        "about": .about, "around": .about, "nearly": .about, "almost": .about,
        "roughly": .about, "approximately": .about, "some": .about, "estimated": .about,
        "an estimated": .about, "close to": .about, "circa": .about, "approx": .about,
        "more than": .moreThan, "over": .moreThan, "above": .moreThan, "upwards of": .moreThan,
        "in excess of": .moreThan, "greater than": .moreThan, "just over": .moreThan,
        "at least": .atLeast, "no fewer than": .atLeast, "no less than": .atLeast,
        "a minimum of": .atLeast, "less than": .lessThan, "fewer than": .lessThan,
        "under": .lessThan, "below": .lessThan, "just under": .lessThan, "at most": .atMost,
        "no more than": .atMost, "a maximum of": .atMost, "up to": .upTo,
        "as many as": .upTo, "as much as": .upTo,
    ]

    /// Words that end the search for a counted noun: articles, prepositions, conjunctions,
    /// pronouns, auxiliaries and common reporting verbs.
    static let stopWords: Set<String> = [
        "a", "an", "the", "of", "in", "on", "at", "to", "for", "with", "by", "from", "into",
        "onto", "over", "under", "after", "before", "during", "since", "until", "between",
        "among", "across", "against", "through", "per", "via", "and", "or", "but", "nor", "as",
        "than", "that", "which", "who", "whom", "whose", "what", "when", "where", "while", "if",
        "so", "because", "although", "it", "its", "he", "she", "they", "we", "you", "i", "his",
        "her", "their", "our", "your", "my", "this", "these", "those", "is", "are", "was",
        "were", "be", "been", "being", "am", "have", "has", "had", "do", "does", "did", "will",
        "would", "could", "should", "may", "might", "must", "can", "shall", "said", "says",
        "say", "told", "not", "no", "more", "less", "fewer", "most", "each", "every", "all",
        "also", "only", "just", "about", "around", "ago", "later", "earlier", "out", "up",
        "down", "off", "back", "away", "there", "here", "then", "now", "still", "yet", "both",
        "either", "neither", "other", "another", "such", "how", "why", "apiece", "respectively",
        "percent", "cent", "again", "too", "very", "times", "aboard", "ashore", "apart",
        "together", "alone", "already", "instead", "overall", "altogether",
    ]

    /// Words before a number that make it an age: "aged 69", "at age 69".
    static let ageWords: Set<String> = ["aged", "age"]
}
