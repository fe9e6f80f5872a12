/// Finds the numbers that news prose states, with what they count, normalised for comparison.
///
/// ```swift
/// let found = QuantityExtractor.quantities(in: "Antonov, 69, said more than 50 countries came.")
/// found.map(\.key)  // ["age:69", "country:50"]
/// ```
public enum QuantityExtractor {
    /// Finds quantities in text.
    ///
    /// Numbers may be digits ("1,200", "4.5"), words ("twenty-one", "a dozen") or amounts of
    /// money ("$200 million", "€3.5bn"). A hedge before the number sets the qualifier ("more
    /// than", "about", "up to"). The unit comes from, in order:
    ///
    /// 1. a currency sign, a glued unit ("5km"), a percent sign or "per cent";
    /// 2. an age written after the number: "69-year-old", "69 years old";
    /// 3. a hyphenated noun: "eight-year offer" counts years, "5.8-magnitude" magnitude;
    /// 4. a word before the number: "aged 69" and "at the age of 69" are ages, "magnitude 6.1"
    ///    a magnitude;
    /// 5. commas: a bare number between commas right after a capitalised name is an age
    ///    ("Antonov, 69, said");
    /// 6. the counted noun: among at most two words after the number, stopping at function
    ///    words, a unit of measure if the first word is one ("6.1 magnitude earthquake"), else
    ///    the last plural noun ("50 Western countries"), or for the value one the last word
    ///    ("one Palestinian man"), singularised ("countries" to "country", "men" to "man").
    ///
    /// Not reported: numbers inside dates ("in 2014", "Oct. 5", "three days ago"), ordinals
    /// ("first", "5th"), times ("10:30", "10am"), codes ("COVID-19", "F-35", "5G", "9400M"),
    /// model and version numbers after a capitalised word inside a sentence ("USB 2.0 ports"),
    /// the sides of a dimension ("2880 x 1800 pixels"), a bare "one" that counts nothing ("one
    /// of the"), and bare numbers between commas that are not ages.
    /// In a range ("10-15 people", "between 50 and 60 people") the first number takes the unit
    /// of the second.
    ///
    /// - Parameter text: English news prose.
    /// - Returns: The quantities in the order they appear, none overlapping.
    /// - Complexity: O(*n*) in the length of `text`.
    public static func quantities(in text: String) -> [Quantity] {
        var text = text
        return text.withUTF8 { bytes in
            let tokens = MentionToken.tokens(in: bytes)
            var inDate = [Bool](repeating: false, count: tokens.count)
            for match in DateExtractor.matches(in: tokens, bytes: bytes, reference: nil) {
                for index in match.tokens { inDate[index] = true }
            }
            var matcher = Matcher(tokens: tokens, inDate: inDate)
            var found: [Match] = []
            var index = 0
            while index < tokens.count {
                guard let match = matcher.match(at: index) else {
                    index += 1
                    continue
                }
                found.append(match)
                index = max(match.tokens.upperBound, index + 1)
                matcher.floor = index
            }
            shareRangeUnits(&found, tokens: tokens)
            return found.map { match in
                let start = tokens[match.tokens.lowerBound].start
                let end = tokens[match.tokens.upperBound - 1].end
                return Quantity(
                    text: String(decoding: bytes[start..<end], as: UTF8.self),
                    utf8Offset: start, utf8Length: end - start, value: match.value,
                    qualifier: match.qualifier, unit: match.unit)
            }
        }
    }

    /// A quantity over a run of tokens, before its text is cut from the input.
    struct Match {
        var value: Double
        var qualifier: Quantity.Qualifier
        var unit: String
        var tokens: Range<Int>
        /// The power of ten a scale word or suffix applied: 6 for "$150 million".
        var exponent = 0
    }

    /// Gives both ends of a range the unit that only one of them states: "10-15 people",
    /// "from 5 to 10 percent", "two or three days", "$5-10 million"; and the scale that only the
    /// second states to a first end below it: "$5-10 million", "$140-$150 million". "and" joins
    /// a range only after "between": in "104 passengers and 14 crew" the 14 are not passengers.
    private static func shareRangeUnits(_ found: inout [Match], tokens: [MentionToken]) {
        for index in found.indices.dropLast() {
            let first = found[index]
            let second = found[index + 1]
            guard first.tokens.upperBound + 1 == second.tokens.lowerBound,
                first.unit != "age", second.unit != "age"
            else { continue }
            let between = tokens[first.tokens.upperBound].text
            let opensRange =
                first.tokens.lowerBound > 0 && tokens[first.tokens.lowerBound - 1].text == "between"
            guard ["-", "to", "or"].contains(between) || (between == "and" && opensRange) else {
                continue
            }
            if first.unit.isEmpty != second.unit.isEmpty {
                if first.unit.isEmpty {
                    found[index].unit = second.unit
                } else {
                    found[index + 1].unit = first.unit
                }
            }
            let scale = Double("1e\(second.exponent)") ?? 1
            if first.exponent == 0, second.exponent > 0, first.value <= second.value / scale,
                found[index].unit == found[index + 1].unit
            {
                found[index].value = first.value * scale
                found[index].exponent = second.exponent
            }
        }
    }
}
