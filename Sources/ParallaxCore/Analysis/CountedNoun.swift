/// The noun a number counts, as in "50 countries": plural detection and singular forms.
///
/// English plurals are irregular enough that this is a heuristic: a table of irregular and
/// invariant nouns, then suffix rules ("-ies" to "-y", "-ches" to "-ch", else drop "-s").
enum CountedNoun {
    private static let irregular: [String: String] = [
        "men": "man", "women": "woman", "children": "child", "feet": "foot", "teeth": "tooth",
        "mice": "mouse", "geese": "goose", "lives": "life", "wives": "wife", "knives": "knife",
        "halves": "half", "leaves": "leaf", "wolves": "wolf", "thieves": "thief",
        "shelves": "shelf", "crises": "crisis", "analyses": "analysis", "indices": "index",
        "criteria": "criterion", "phenomena": "phenomenon", "movies": "movie",
        "cookies": "cookie", "calories": "calorie", "rookies": "rookie", "zombies": "zombie",
        "pies": "pie", "ties": "tie", "lies": "lie", "buses": "bus", "gases": "gas",
        "viruses": "virus", "campuses": "campus", "bonuses": "bonus", "aches": "ache",
        "headaches": "headache", "niches": "niche", "caches": "cache", "heroes": "hero",
        "potatoes": "potato", "tomatoes": "tomato", "vetoes": "veto", "echoes": "echo",
        "volcanoes": "volcano", "torpedoes": "torpedo", "centuries": "century",
    ]

    /// Nouns that count in the plural without an "-s" and keep their form.
    private static let invariant: Set<String> = [
        "people", "police", "staff", "crew", "personnel", "cattle", "sheep", "fish", "deer",
        "aircraft", "series", "species", "offspring", "livestock", "data", "media",
    ]

    /// Words ending in "s" that are not plural nouns.
    private static let notPlural: Set<String> = [
        "news", "always", "perhaps", "towards", "afterwards", "whereas", "its", "his", "hers",
        "ours", "yours", "theirs", "this", "thus", "was", "has", "is", "does", "yes", "plus",
        "less", "unless", "besides", "sometimes", "nevertheless", "lens", "chaos", "atlas",
        "canvas", "bias", "alias", "us", "as", "says", "goes", "remains", "seems",
    ]

    /// Whether a lowercase word reads as a plural noun: "countries", "people", "men".
    static func isPlural(_ word: String) -> Bool {
        if irregular[word] != nil || invariant.contains(word) { return true }
        guard word.utf8.count > 2, word.utf8.last == UInt8(ascii: "s"),
            !notPlural.contains(word)
        else { return false }
        return !(word.hasSuffix("ss") || word.hasSuffix("us") || word.hasSuffix("is"))
    }

    /// The singular of a lowercase noun, or the word itself when it does not look plural.
    ///
    /// "countries" gives "country", "passengers" "passenger", "men" "man"; "people" stays.
    static func singular(_ word: String) -> String {
        if let singular = irregular[word] { return singular }
        guard isPlural(word), !invariant.contains(word) else { return word }
        let count = word.utf8.count
        if word.hasSuffix("ies"), count > 4 {
            return String(word.dropLast(3)) + "y"
        }
        if word.hasSuffix("sses") || word.hasSuffix("shes") || word.hasSuffix("ches")
            || word.hasSuffix("xes") || word.hasSuffix("zzes")
        {
            return String(word.dropLast(2))
        }
        return String(word.dropLast())
    }
}
