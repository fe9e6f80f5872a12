import Foundation

/// Finds the people, organisations and places named in a sentence.
///
/// Written by hand because no named-entity model is available to the project: names are runs
/// of capitalised words (joined by "of", "for" and "de"), typed by the titles before them, the
/// organisation words inside them, a small gazetteer of places, and what the rest of the story
/// says about the same names.
public enum EntityRecognizer {
    /// Returns the entities in a sentence's tokens, in order.
    ///
    /// - Parameters:
    ///   - knownPeople: Surnames already known to be people, in lower case.
    ///   - knownPlaces: Names already known to be places, in lower case: the article named
    ///     them where the words around said so ("in Key Biscayne, Fla."), and a later bare
    ///     mention ("the getaway to Key Biscayne") is no person.
    /// - Complexity: O(*n*) in the number of tokens.
    public static func entities(
        in tokens: [Token], knownPeople: Set<String> = [], knownPlaces: Set<String> = []
    ) -> [Entity] {
        let known = Known(people: knownPeople, places: knownPlaces)
        var entities: [Entity] = []
        var index = 0
        while index < tokens.count {
            guard isNameWord(tokens, index) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < tokens.count {
                if isNameWord(tokens, end), !endsWithPossessive(tokens[end - 1].text) {
                    end += 1
                } else if tokens[end].text == ".", end + 1 < tokens.count,
                    isNameWord(tokens, end + 1),
                    abbreviatesName(tokens[end - 1].text)
                {
                    // "Gen. Smith", "R. T. Abernathy": the period belongs to the name.
                    end += 2
                } else if ["of", "for", "de", "al", "van", "von", "bin"].contains(tokens[end].text),
                    end + 1 < tokens.count, isNameWord(tokens, end + 1),
                    !endsWithPossessive(tokens[end - 1].text)
                {
                    end += 2
                } else {
                    break
                }
            }
            entities.append(contentsOf: typed(Array(index..<end), tokens, known))
            index = end
        }
        return entities
    }

    /// Whether the token at `index` can be part of a name.
    static func isNameWord(_ tokens: [Token], _ index: Int) -> Bool {
        let token = tokens[index]
        guard token.isWord else { return false }
        // An Arabic article before a capital is part of the name: "Abdel Aziz al-Hilu".
        if ["al-", "el-"].contains(where: { token.text.hasPrefix($0) }),
            token.text.dropFirst(3).first?.isUppercase == true
        {
            return true
        }
        guard token.isCapitalized else { return false }
        let lower = Tokenizer.stripPossessive(token.lowercased)
        // An initial: "R." in "R. T. Abernathy".
        if token.text.count == 1, index + 1 < tokens.count, tokens[index + 1].text == ".",
            index + 2 < tokens.count, tokens[index + 2].isCapitalized
        {
            // "A" and "I" are words, unless another initial follows: "A. J. Smith".
            let nextIsInitial =
                tokens[index + 2].text.count == 1 && index + 3 < tokens.count
                && tokens[index + 3].text == "."
            return index == 0 || !["a", "i"].contains(lower) || nextIsInitial
        }
        if nonNames.contains(lower) { return false }
        // "London-based", "New York-based" describe where a name is, and "Sixteen-year-old"
        // whose age, and are none of it: the speaker of "New York-based Human Rights Watch
        // said" is Human Rights Watch.
        if lower.hasSuffix("-based") || lower.hasSuffix("-year-old") { return false }
        // "New" is a stop word, but opens names: "New York", "New Zealand", "New Delhi".
        if lower == "new", index + 1 < tokens.count, tokens[index + 1].isCapitalized {
            return isNameWord(tokens, index + 1)
        }
        // A capitalised function word opening a sentence is not a name ("The", "In", "He").
        if Stopwords.contains(lower), !token.isAllCaps { return false }
        if index == 0 || tokens[index - 1].text == "\"" {
            return !sentenceOpeners.contains(lower)
        }
        return true
    }

    static func abbreviatesName(_ word: String) -> Bool {
        (word.count == 1 && word.first!.isUppercase)
            || Abbreviations.beforeNames.contains(word.lowercased())
    }

    static func endsWithPossessive(_ text: String) -> Bool {
        text.hasSuffix("'s") || text.hasSuffix("'")
    }

    /// What the rest of an article has shown names to be.
    struct Known {
        /// Surnames of people, in lower case.
        var people: Set<String> = []
        /// Names of places, in lower case.
        var places: Set<String> = []
    }

    /// Splits a run of name words into titled names and places, and types each.
    static func typed(_ run: [Int], _ tokens: [Token], _ known: Known) -> [Entity] {
        var words = run.filter { tokens[$0].kind == .word }
        var title: [String] = []
        // Leading titles and roles: "President", "Gen.", "Russian Ambassador to the US".
        while words.count > 1, isTitle(tokens[words[0]]) {
            title.append(tokens[words.removeFirst()].text)
        }
        // "Secretary of State Condoleezza Rice": the title goes on past "of" and a word.
        while !title.isEmpty, words.count > 3, ["of", "for"].contains(tokens[words[0]].text) {
            title += [tokens[words.removeFirst()].text, tokens[words.removeFirst()].text]
        }
        // A place before another name is a modifier: "US Anatoly Antonov", "Russian Army".
        var result: [Entity] = []
        if words.count > 1, Terms.place(at: words[0], in: tokens) != nil {
            let first = Tokenizer.stripPossessive(tokens[words[0]].lowercased)
            let rest = Array(words.dropFirst())
            let restIsOrganisation = rest.contains {
                Lexicon.organisationWords.contains(tokens[$0].lowercased)
            }
            if !restIsOrganisation, Lexicon.placeKey(first) != nil {
                result.append(make([words[0]], tokens, title: nil, kind: .place))
                words = rest
            }
        }
        guard !words.isEmpty else { return result }
        // A title inside the run names the person after it: "European Union President Herman
        // Van Rompuy", "Palmer Public Safety Director Jon Owen", "Prime Minister George
        // Papandreou" after a place, "U.S. Secretary of State Condoleezza Rice". Two to four
        // words must follow the last title word (and "of" and the word after it), none an
        // organisation's. What stands before the title is kept where it names a place or an
        // organisation ("New York Mayor …"), and is otherwise part of the title.
        if var last = words.indices.last(where: { isTitle(tokens[words[$0]]) }) {
            let start = (words.indices.prefix(last).last { !isTitle(tokens[words[$0]]) } ?? -1) + 1
            while last + 4 < words.count, ["of", "for"].contains(tokens[words[last + 1]].text) {
                last += 2
            }
            let name = words[(last + 1)...]
            if (2...4).contains(name.count),
                !name.contains(where: { Lexicon.organisationWords.contains(tokens[$0].lowercased) })
            {
                let named = start > 0 ? typed(Array(words[..<start]), tokens, known) : []
                if named.allSatisfy({ $0.kind == .place || $0.kind == .organisation }) {
                    result += named
                    title += words[start...last].map { tokens[$0].text }
                } else {
                    title += words[...last].map { tokens[$0].text }
                }
                words = Array(name)
            }
        }
        let lower = words.map { Tokenizer.stripPossessive(tokens[$0].lowercased) }
        let joined = lower.joined(separator: " ")
        let kind: Entity.Kind
        if Lexicon.namesOrganisation(lower)
            || (words.count == 1 && tokens[words[0]].isAllCaps && Lexicon.placeKey(joined) == nil)
        {
            kind = .organisation
        } else if title.isEmpty,
            (words.count >= 2 && Lexicon.honourEndings.contains(lower.last!))
                || namesAWork(run, tokens)
        {
            kind = .other
        } else if Lexicon.isPlace(joined) {
            kind = .place
        } else if title.isEmpty, words.count <= 4, looksLikePlace(run, lower, tokens) {
            kind = .place
        } else if title.isEmpty, words.count >= 2, Lexicon.placeEndings.contains(lower.last!) {
            kind = .place
        } else if title.isEmpty, known.places.contains(joined),
            !known.people.contains(lower.last!)
        {
            kind = .place
        } else if !title.isEmpty || known.people.contains(lower.last!)
            || followsATitle(run, tokens) || namesARelative(words, tokens)
        {
            kind = .person
        } else if qualifiesATitle(run, tokens) {
            // "New Orleans coach Sean Payton", "Palmer City clerk Janette Bower": a team, a
            // town or a firm, whose person comes after the title.
            kind = .other
        } else if modifiesANoun(run, tokens) {
            // "a Golden Globe nomination": a name that qualifies a thing is no person's.
            kind = .other
        } else if words.count >= 2 && words.count <= 4 {
            kind = .person
        } else {
            kind = .other
        }
        result.append(
            make(
                words, tokens, title: title.isEmpty ? nil : title.joined(separator: " "), kind: kind
            ))
        return result
    }

    /// Whether the name `run` is the title of a work, after a noun for one: "the film
    /// Revolutionary Road", "the 2005 film The Notorious Bettie Page".
    static func namesAWork(_ run: [Int], _ tokens: [Token]) -> Bool {
        guard var before = run.first.map({ $0 - 1 }), before >= 0 else { return false }
        if tokens[before].lowercased == "the", before > 0 { before -= 1 }
        return Lexicon.workNouns.contains(tokens[before].lowercased)
    }

    /// Whether a name the gazetteer does not know is a place by the words around it: "Bener
    /// Meriah district", "in Banda Aceh", "the capital of Banda Aceh", "Central Aceh". The
    /// gazetteer knows countries and large cities, not the villages and districts news of a
    /// disaster names, which would otherwise be taken for people (and then for speakers).
    static func looksLikePlace(_ run: [Int], _ lower: [String], _ tokens: [Token]) -> Bool {
        if Lexicon.compassWords.contains(lower[0]) { return true }
        // "State of Alabama", "Republic of South Sudan", "City of London".
        if lower.count >= 3, lower[1] == "of",
            Lexicon.placeNouns.contains(lower[0]) || ["republic", "kingdom"].contains(lower[0])
        {
            return true
        }
        if let next = run.last.map({ $0 + 1 }), next < tokens.count {
            if Lexicon.placeNouns.contains(tokens[next].lowercased) { return true }
            // A town and its state: "Key Biscayne, Fla.", "Biloxi, Miss.", the state ending
            // its clause. Not a degree in capitals, "Jorge Alsip, MD, the medical society's
            // president", nor a description: "Jane Ober, Washington director of the group".
            if tokens[next].text == ",", next + 1 < tokens.count, tokens[next + 1].isCapitalized,
                !tokens[next + 1].isAllCaps || tokens[next + 1].text.contains("."),
                next + 2 == tokens.count || tokens[next + 2].kind == .punctuation
            {
                let state = tokens[next + 1].lowercased
                if Lexicon.americanStates.contains(
                    state.hasSuffix(".") ? String(state.dropLast()) : state)
                {
                    return true
                }
            }
        }
        guard let first = run.first, first > 0,
            !endsWithPossessive(tokens[run.last!].text)
        else { return false }
        let before = tokens[first - 1].lowercased
        if before == "in" || before == "near" { return true }
        // "the capital of Banda Aceh", "the village of Suka Makmur".
        guard before == "of", first > 1 else { return false }
        let noun = tokens[first - 2].lowercased
        return noun == "capital" || Lexicon.placeNouns.contains(noun)
    }

    /// Whether the name `run` stands before a role written in lower case ("coach", "chief"),
    /// which it qualifies.
    static func qualifiesATitle(_ run: [Int], _ tokens: [Token]) -> Bool {
        guard let last = run.last, last + 1 < tokens.count, !endsWithPossessive(tokens[last].text)
        else { return false }
        let next = tokens[last + 1]
        return next.isWord && !next.isCapitalized && isTitle(next)
    }

    /// Whether the name `run` follows a role written in lower case: "spokesman Mujahidin",
    /// "coach Payton". Not a role that is also an adjective: "chief Intel rival AMD".
    static func followsATitle(_ run: [Int], _ tokens: [Token]) -> Bool {
        guard let first = run.first, first > 0 else { return false }
        let before = tokens[first - 1]
        return before.isWord && !before.isCapitalized && isTitle(before)
            && !adjectiveTitles.contains(before.lowercased)
    }

    /// Whether the name `run` stands between "a" or "an" and a noun it qualifies: "a Golden
    /// Globe nomination", "an Apple laptop". A person is seldom named after "a", and then not
    /// before a word in lower case other than a verb of speech ("a John Smith said").
    static func modifiesANoun(_ run: [Int], _ tokens: [Token]) -> Bool {
        guard let first = run.first, let last = run.last, first > 0, last + 1 < tokens.count,
            ["a", "an"].contains(tokens[first - 1].text)
        else { return false }
        let next = tokens[last + 1]
        return next.isWord && !next.isCapitalized && !Lexicon.speechVerbs.contains(next.lowercased)
    }

    /// Whether a name of one word is set off after "his", "her" or "their" and a relative, as
    /// news names a family member by a given name alone: "his daughter, Joan, persuaded him".
    /// A word on its own is otherwise no person. After a named owner the whole description
    /// says more, and stays the speaker: "Abed Sultan's father, Samir, said".
    static func namesARelative(_ words: [Int], _ tokens: [Token]) -> Bool {
        guard words.count == 1, words[0] >= 3, tokens[words[0] - 1].text == ",",
            words[0] + 1 < tokens.count, [",", ".", ";"].contains(tokens[words[0] + 1].text)
        else { return false }
        return relatives.contains(tokens[words[0] - 2].lowercased)
            && ["his", "her", "their"].contains(tokens[words[0] - 3].lowercased)
    }

    /// Nouns for a member of someone's family.
    static let relatives: Set<String> = [
        "wife", "husband", "widow", "son", "daughter", "mother", "father", "brother", "sister",
        "grandson", "granddaughter", "grandmother", "grandfather", "stepson", "stepdaughter",
        "nephew", "niece", "uncle", "aunt", "cousin", "partner", "fiancee", "fiancée", "fiance",
        "girlfriend", "boyfriend",
    ]

    /// Titles that are also adjectives, and so qualify the word after them in lower case.
    static let adjectiveTitles: Set<String> = [
        "chief", "vice", "prime", "general", "major", "deputy", "executive", "star", "st",
        "lady", "father", "king", "queen",
    ]

    /// Whether a word is a title or role that stands before a person's name.
    static func isTitle(_ token: Token) -> Bool {
        Lexicon.personTitles.contains(token.lowercased.trimmingCharacters(in: ["."]))
    }

    static func make(_ words: [Int], _ tokens: [Token], title: String?, kind: Entity.Kind) -> Entity
    {
        let span = words.first!...words.last!
        var text = ""
        for index in span {
            let token = tokens[index]
            if token.kind == .punctuation {
                text += token.text
            } else {
                text += (text.isEmpty ? "" : " ") + token.text
            }
        }
        return Entity(
            text: Tokenizer.stripPossessive(text), kind: kind, title: title,
            tokenIndex: words[0], tokenCount: span.count)
    }

    /// Capitalised words that are never names on their own: months, days, pronouns.
    static let nonNames: Set<String> = [
        "january", "february", "march", "april", "may", "june", "july", "august", "september",
        "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
        "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
        "friday", "saturday", "sunday", "i", "i'm", "i've", "i'd", "i'll", "a.m", "p.m",
    ]

    /// Capitalised words that open sentences without being names.
    static let sentenceOpeners: Set<String> = [
        "after", "before", "during", "despite", "although", "though", "because", "while",
        "throughout", "known", "now", "today", "yesterday", "meanwhile", "still", "earlier",
        "later", "last", "next", "this", "that", "these", "those", "there", "here", "some",
        "many", "most", "several", "few", "both", "all", "no", "not", "nor", "yet", "so",
        "various", "numerous", "other", "another", "such", "each", "every",
        "asked", "speaking", "according", "following", "according", "in", "on", "at", "for",
        "with", "without", "from", "by", "as", "if", "when", "where", "why", "how", "what",
        "who", "whom", "whose", "which", "a", "an", "the", "his", "her", "their", "its",
        "our", "my", "your", "we", "they", "he", "she", "it", "you", "but", "and", "or",
        "then", "also", "however", "instead", "conditions", "rescuers", "officials",
        "police", "witnesses", "passengers", "residents", "authorities",
    ]
}
