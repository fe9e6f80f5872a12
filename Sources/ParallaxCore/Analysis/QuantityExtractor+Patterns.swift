extension QuantityExtractor {
    /// A number read at a token, before its unit and hedge are known.
    struct Amount {
        var value: Double
        var tokens: Range<Int>
        /// The unit the number itself carries: a currency sign or a glued unit ("5km").
        var unit: String?
        /// The single word "one", which is usually a pronoun ("one of the") rather than a count.
        var bareOne = false
        /// The power of ten a scale word or suffix applied to digits: 6 for "200 million".
        var exponent = 0
    }

    /// Matches quantity patterns at a token.
    struct Matcher {
        let tokens: [MentionToken]
        /// Tokens covered by a date mention, which are never quantities.
        let inDate: [Bool]
        /// The first token not taken by an earlier quantity: hedges and prefixes never reach
        /// back past it, so that quantities do not overlap.
        var floor = 0

        /// The quantity whose number starts at `index`, if any.
        func match(at index: Int) -> Match? {
            guard !inDate[index], let amount = amount(at: index), !isDimension(amount.tokens)
            else { return nil }
            var start = amount.tokens.lowerBound
            var end = amount.tokens.upperBound
            var qualifier = Quantity.Qualifier.exact
            if let (hedge, hedgeStart) = hedge(before: start) {
                (qualifier, start) = (hedge, hedgeStart)
            }
            let unit: String
            if let percentEnd = percent(at: end) {
                (unit, end) = ("percent", percentEnd)
            } else if let carried = amount.unit {
                unit = carried
            } else if let ageEnd = ageSuffix(at: end) {
                (unit, end) = ("age", ageEnd)
            } else if let (noun, nounEnd) = hyphenatedNoun(at: end) {
                if fractions.contains(tokens[nounEnd - 1].text) { return nil }
                (unit, end) = (noun, nounEnd)
            } else if let ageStart = agePrefix(before: start) {
                (unit, start) = ("age", ageStart)
            } else if let magnitudeStart = magnitudePrefix(before: start) {
                (unit, start) = ("magnitude", magnitudeStart)
            } else if isBetweenCommas(amount.tokens) {
                // "Antonov, 69, said" gives an age; any other lone number between commas is
                // too ambiguous to report.
                guard isAfterName(amount.tokens.lowerBound), qualifier == .exact,
                    (1...130).contains(amount.value), amount.value.rounded() == amount.value
                else { return nil }
                unit = "age"
            } else if amount.unit == nil, followsModelName(amount.tokens.lowerBound) {
                // "USB 2.0 ports", "FireWire 800 port": part of a name, counting nothing.
                return nil
            } else if let (noun, nounEnd) = countedNoun(at: end, value: amount.value) {
                (unit, end) = (noun, nounEnd)
            } else {
                unit = ""
            }
            if amount.bareOne, unit.isEmpty { return nil }
            // "a thing or two", "a day or two": a vague few, no figure to compare.
            let first = amount.tokens.lowerBound
            if unit.isEmpty, amount.tokens.count == 1, tokens[first].text.lowercased() == "two",
                word(first - 1) == "or", ["a", "an"].contains(word(first - 3)?.lowercased())
            {
                return nil
            }
            var value = amount.value
            // "half a million".
            if ["a", "an"].contains(tokens[amount.tokens.lowerBound].text),
                start == amount.tokens.lowerBound, earlierWord(start - 1) == "half"
            {
                (value, start) = (value / 2, start - 1)
            }
            return Match(
                value: value, qualifier: qualifier, unit: unit, tokens: start..<end,
                exponent: amount.exponent)
        }

        // MARK: Numbers

        /// A number at `index` in digits, words or money, with any scale applied.
        private func amount(at index: Int) -> Amount? {
            let token = tokens[index]
            switch token.kind {
            case .symbol:
                guard let currency = currencySigns[token.text], attached(index + 1),
                    var amount = digits(at: index + 1, money: true)
                else { return nil }
                amount.tokens = index..<amount.tokens.upperBound
                amount.unit = currency
                return amount
            case .number:
                return digits(at: index, money: false)
            case .word:
                if token.tag.contains(.dollarPrefix), token.capitalised,
                    let currency = dollarPrefixes[token.text],
                    attached(index + 1, "$"), attached(index + 2),
                    var amount = digits(at: index + 2, money: true)
                {
                    amount.tokens = index..<amount.tokens.upperBound
                    amount.unit = currency
                    return amount
                }
                guard let (value, end) = SpelledNumber.parse(tokens, at: index) else {
                    return nil
                }
                return Amount(
                    value: Double(value), tokens: index..<end,
                    bareOne: end == index + 1 && token.text == "one")
            }
        }

        /// A number written in digits at `index`: "1,200", "4.5", "3.5bn", "200 million",
        /// "5km". Times, ordinals, codes and glued letters ("10:30", "5th", "COVID-19", "5G")
        /// are not amounts.
        private func digits(at index: Int, money: Bool) -> Amount? {
            let token = tokens[index]
            guard token.kind == .number, !inDate[index], token.value.isFinite,
                token.integerDigits <= 15, !isCode(index), !isPhoneLike(index),
                !isBrokenNumeral(index)
            else { return nil }
            var exponent = 0
            var end = index + 1
            var unit: String?
            if attached(end), let suffix = word(end) {
                if let scale = scaleSuffixes[suffix] {
                    exponent = scale
                } else if money, let scale = moneyScaleSuffixes[suffix] {
                    exponent = scale
                } else if suffix == "m", tokens[end].capitalised {
                    // "9400M": a model, not metres (written "m").
                    return nil
                } else if unitSuffixes.contains(suffix) {
                    unit = unitNames[suffix] ?? suffix
                } else {
                    return nil
                }
                end += 1
            } else if attached(end, ":") || attached(end, "/") {
                return nil
            } else if let next = word(end), let scale = scaleWords[next] {
                exponent = scale
                end += 1
            } else if isClockSuffix(end) {
                return nil
            }
            let value = exponent == 0 ? token.value : Double("\(token.text)e\(exponent)")
            guard let value, value.isFinite else { return nil }
            return Amount(value: value, tokens: index..<end, unit: unit, exponent: exponent)
        }

        /// Whether the number at `index` follows a capitalised word inside a sentence, as a
        /// model or version number does ("USB 2.0", "Boeing 737", "Flight 370").
        private func followsModelName(_ index: Int) -> Bool {
            guard index >= 2, tokens[index].spaced, tokens[index - 1].kind == .word,
                tokens[index - 1].capitalised
            else { return false }
            let before = tokens[index - 2]
            return before.kind != .symbol || ![".", "!", "?", "\"", ":"].contains(before.text)
        }

        /// Whether the numbers over `range` are one side of a dimension: "2880 x 1800 pixels",
        /// "2880 pixels by 1800", "10-by-12 feet". Neither side counts anything alone.
        private func isDimension(_ range: Range<Int>) -> Bool {
            func isTimes(_ index: Int) -> Bool {
                index >= 0 && index < tokens.count
                    && ["x", "by", "\u{00D7}"].contains(tokens[index].text)
            }
            func isNumber(_ index: Int) -> Bool {
                index >= 0 && index < tokens.count && tokens[index].kind == .number
            }
            func skipHyphen(_ index: Int, _ step: Int) -> Int {
                index >= 0 && index < tokens.count && tokens[index].text == "-"
                    ? index + step : index
            }
            let after = skipHyphen(range.upperBound, 1)
            if isTimes(after), isNumber(skipHyphen(after + 1, 1)) { return true }
            if after < tokens.count, tokens[after].kind == .word, after + 1 < tokens.count,
                tokens[after + 1].text == "by", isNumber(after + 2)
            {
                return true
            }
            let before = skipHyphen(range.lowerBound - 1, -1)
            guard isTimes(before) else { return false }
            let left = skipHyphen(before - 1, -1)
            return isNumber(left)
                || (tokens[before].text == "by" && left >= 0 && tokens[left].kind == .word
                    && isNumber(left - 1))
        }

        /// Whether the number at `index` is part of a code or a larger numeral: "COVID-19",
        /// "F-35", "#3", "v2.0", "24/7", "10:30", or the second number of a fraction or ratio
        /// however spaced ("4 1 / 2 months", as copy leaves "4½").
        private func isCode(_ index: Int) -> Bool {
            if index > 1, tokens[index - 1].text == "/", tokens[index - 2].kind == .number {
                return true
            }
            guard index > 0, !tokens[index].spaced else { return false }
            let previous = tokens[index - 1]
            if previous.text == "-", index > 1, !previous.spaced,
                tokens[index - 2].kind == .word
            {
                return tokens[index - 2].text != "magnitude"
            }
            return ["#", ".", ":", "/", "+"].contains(previous.text)
        }

        /// Whether the number at `index` is half of a numeral that copy broke with a space after
        /// its point or comma ("6. 2 miles", "magnitude-9. 1", "230, 000 people"): neither
        /// half is a figure of its own. A comma must be followed by three digits and preceded
        /// by at most three, so that "In 2003, 200 people" keeps its 200.
        private func isBrokenNumeral(_ index: Int) -> Bool {
            func broken(_ first: Int) -> Bool {
                guard first >= 0, first + 2 < tokens.count else { return false }
                let (head, mark, tail) = (tokens[first], tokens[first + 1], tokens[first + 2])
                guard head.kind == .number, tail.kind == .number, !mark.spaced, tail.spaced,
                    head.integerDigits <= 3, head.text.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 })
                else { return false }
                switch mark.text {
                case ".": return true
                case ",": return tail.text.utf8.count == 3 && tail.integerDigits == 3
                default: return false
                }
            }
            return broken(index) || broken(index - 2)
        }

        /// Whether the number at `index` is a piece of a telephone or reference number: it has
        /// a leading zero ("0800"), another number follows or precedes it with only a space
        /// between ("555 0142"), or it is one of three numbers or more joined by hyphens
        /// ("907-745-4811", "1-800-555-0199"), where two are a range ("10-15 people").
        private func isPhoneLike(_ index: Int) -> Bool {
            let token = tokens[index]
            if token.integerDigits > 1, token.text.utf8.first == UInt8(ascii: "0") { return true }
            if tokens.isBesideNumber(index) { return true }
            // Whether the numbers at `left` and `left + 2` are glued by a hyphen.
            func joined(_ left: Int) -> Bool {
                guard left >= 0, left + 2 < tokens.count else { return false }
                let (mark, right) = (tokens[left + 1], tokens[left + 2])
                return tokens[left].kind == .number && mark.text == "-" && !mark.spaced
                    && !right.spaced && right.kind == .number
            }
            var chain = 1
            var at = index
            while joined(at - 2) { (chain, at) = (chain + 1, at - 2) }
            at = index
            while joined(at) { (chain, at) = (chain + 1, at + 2) }
            return chain >= 3
        }

        /// Whether "am", "pm", "a.m." or "p.m." starts at `index`, making the number a time.
        private func isClockSuffix(_ index: Int) -> Bool {
            guard let text = word(index) else { return false }
            if text == "am" || text == "pm" { return true }
            return (text == "a" || text == "p") && attached(index + 1, ".")
                && attached(index + 2) && word(index + 2) == "m"
        }
    }
}
