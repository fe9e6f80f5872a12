/// Reduces English words to a common stem so that inflected and derived forms match.
///
/// A light suffix stripper in the spirit of Porter's, written by hand because no stemming
/// library is available to the project. It conflates the forms news reports vary between
/// ("annexed", "annexation"; "appointed", "appointment"; "negotiations", "negotiator") and
/// leaves short words alone. Stems are keys for matching, not words for display.
public enum Stemmer {
    /// Suffixes removed, longest first; a stem must keep at least `minimumStem` characters.
    private static let suffixes: [String] = [
        "izations", "ization", "ational", "ations", "ation", "ators", "ator", "ments", "ment",
        "ated", "ates", "ate", "ees", "ee",
        "ings", "ing", "ness", "ities", "ity", "ives", "ive", "ists", "ist", "isms", "ism",
        "ances", "ance", "ences", "ence", "ers", "er", "ors", "or", "ied", "ies", "ed", "ly",
        "es", "s",
    ]
    private static let minimumStem = 3
    private static let suffixBytes: [(String, [UInt8])] = suffixes.map { ($0, Array($0.utf8)) }

    /// Returns the stem of a lower-case word.
    ///
    /// - Complexity: O(*n*) in the length of `word`.
    public static func stem(_ word: String) -> String {
        guard word.utf8.count > 3 else { return word }
        // Irregular forms news uses often enough to matter.
        if let irregular = irregulars[word] { return irregular }
        var base = word
        // Suffixes compared as bytes: String.hasSuffix was the stemmer's cost.
        let bytes = Array(word.utf8)
        for (suffix, suffixBytes) in suffixBytes where bytes.count > suffixBytes.count {
            guard bytes.suffix(suffixBytes.count).elementsEqual(suffixBytes) else { continue }
            let kept = bytes.count - suffixBytes.count
            guard kept >= minimumStem else { continue }
            if suffix == "s", let before = bytes.dropLast().last,
                [0x73, 0x75, 0x69].contains(before)
            {
                continue  // "ss", "us", "is" stay: "press", "virus", "crisis".
            }
            base = String(decoding: bytes.prefix(kept), as: UTF8.self)
            if suffix == "ied" || suffix == "ies" { base += "y" }
            break
        }
        // "stopped" -> "stopp" -> "stop"; "planned" -> "plan".
        if base.utf8.count > 3, let last = base.last, base.dropLast().last == last,
            "bdfgmnprt".contains(last)
        {
            base.removeLast()
        }
        if base.hasSuffix("e") && base.utf8.count > 4 { base.removeLast() }
        return base
    }

    private static let irregulars: [String: String] = [
        "said": "say", "says": "say", "told": "tell", "tells": "tell", "telling": "tell",
        "went": "go", "gone": "go", "goes": "go", "going": "go", "left": "leave",
        "leaving": "leave", "leaves": "leave", "died": "die", "dies": "die", "dead": "die",
        "death": "die", "deaths": "die", "killed": "kill", "killing": "kill", "kills": "kill",
        "men": "man", "women": "woman", "children": "child", "people": "people",
        "held": "hold", "holding": "hold", "found": "find", "finding": "find", "began": "begin",
        "begun": "begin", "beginning": "begin", "led": "lead", "leading": "lead",
        "heading": "head", "heads": "head", "headed": "head", "came": "come", "coming": "come",
        "took": "take", "taken": "take", "taking": "take", "made": "make", "making": "make",
        "won": "win", "winning": "win", "lost": "lose", "losing": "lose", "hit": "hit",
        "struck": "strike", "striking": "strike", "strikes": "strike", "fled": "flee",
        "caught": "catch", "sought": "seek", "brought": "bring", "bought": "buy",
        "arrested": "arrest", "injured": "injur", "injuries": "injur", "injury": "injur",
        "returned": "return", "returning": "return", "returns": "return",
    ]
}
