/// Abbreviations that end in a period without ending a sentence.
enum Abbreviations {
    /// Abbreviations that stand before a name and so never end a sentence.
    static let beforeNames: Set<String> = [
        "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm",
        "maj", "gov", "sen", "rep", "rev", "hon", "pres", "supt", "insp", "det", "st", "mt",
        "ft", "no", "nos", "vs", "v", "messrs", "fr", "sr", "jr", "atty", "dist", "asst",
    ]

    /// Dotted abbreviations of names of places and bodies ("U.S.", "U.N.").
    static let dotted: Set<String> = [
        "u.s", "u.k", "u.n", "e.u", "u.s.a", "d.c", "l.a", "n.y", "u.a.e",
    ]

    /// Every abbreviation, for boundaries followed by a lower-case word or a digit.
    static let all: Set<String> = beforeNames.union(dotted).union([
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "a.m", "p.m", "e.g",
        "i.e", "etc", "approx", "est", "inc", "corp", "co", "ltd", "dept", "govt", "min",
        "max", "vol", "fig", "ca", "cf", "al", "av", "ave", "blvd", "rd", "jr", "sr", "km",
        "kg", "lb", "lbs", "oz", "ft", "in", "mph", "p", "pp", "op", "ed", "nr",
    ])

    /// Time zones written after "a.m." and "p.m.", which go on with the sentence.
    static let timeZones: Set<String> = [
        "UTC", "GMT", "EDT", "EST", "ET", "CDT", "CST", "CT", "MDT", "MST", "MT", "PDT", "PST",
        "PT", "BST", "CET", "CEST", "EET", "IST", "JST", "AEST", "AEDT", "WIB", "HKT", "SGT",
    ]

    /// Words that usually open a sentence; after "U.S." they mark a real boundary.
    static let sentenceOpeners: Set<String> = [
        "the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "in", "on", "at", "but",
        "and", "this", "that", "these", "those", "there", "his", "her", "their", "its", "our",
        "after", "before", "when", "while", "as", "if", "for", "with", "by", "from", "since",
        "meanwhile", "however", "officials", "some", "many", "one", "no", "not", "what", "so",
    ]

    /// The last word of a segment before its final period, with inner periods kept ("U.S").
    static func lastWord(of segment: String) -> String {
        var scalars = segment.unicodeScalars[...]
        while let last = scalars.last, last == "." || last == " " { scalars.removeLast() }
        var start = scalars.endIndex
        while start > scalars.startIndex {
            let before = scalars.index(before: start)
            let scalar = scalars[before]
            guard scalar.properties.isAlphabetic || scalar == "." else { break }
            start = before
        }
        return String(scalars: scalars[start...])
    }
}
