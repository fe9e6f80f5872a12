/// Whether an article refers to a person as "he" or as "she", so that a later "she said" is
/// not given to the last man named.
///
/// The article itself is the evidence: a title ("Mr.", "Ms."), a word for a relation or a
/// role beside the name ("his wife, Deborra-Lee Furness", "actress Lindsay Lohan", "Joan
/// Felt, his daughter"), and, more weakly, "he" or "she" later in a sentence that names that
/// person alone, or opening the next sentence (``SpeakerContext/observe(_:quoted:)``); and
/// a common given name that is nearly always one sex's ("Mark", ``suggested(byGivenName:)``),
/// weighing less than a title. No library here reads English gender, so the words and the
/// names are listed by hand; names given to both sexes are left out.
enum PersonSex: Equatable {
    case female, male

    /// The sex a subject pronoun refers to: "he" or "she".
    init?(pronoun: String) {
        switch pronoun {
        case "he": self = .male
        case "she": self = .female
        default: return nil
        }
    }

    var opposite: PersonSex { self == .female ? .male : .female }

    /// Evidence of this sex as a signed weight: above zero female, below zero male.
    func weight(_ strength: Int) -> Int { self == .female ? strength : -strength }

    /// The sex a title or a word for a relation or role states, if it states one: "Mrs.",
    /// "daughter", "spokesman". Words used of either ("actor", "chairman") state none.
    static func stated(by word: String) -> PersonSex? {
        var word = word.lowercased()
        if word.hasSuffix(".") { word.removeLast() }
        if femaleWords.contains(word) { return .female }
        if maleWords.contains(word) { return .male }
        return nil
    }

    /// The weight of a title or a word beside a name, against 1 for a pronoun.
    static let statedWeight = 3

    static let femaleWords: Set<String> = [
        "mrs", "ms", "miss", "madam", "madame", "dame", "lady", "queen", "princess", "duchess",
        "countess", "actress", "waitress", "heroine", "wife", "widow", "daughter", "mother",
        "mom", "mum", "stepmother", "grandmother", "granddaughter", "sister", "aunt", "niece",
        "girlfriend", "fiancee", "fiancée", "bride", "girl", "woman", "spokeswoman",
        "chairwoman", "congresswoman", "councilwoman", "assemblywoman", "businesswoman",
        "policewoman", "sportswoman", "stepdaughter", "sister-in-law", "mother-in-law",
        "daughter-in-law",
    ]

    static let maleWords: Set<String> = [
        "mr", "sir", "lord", "king", "prince", "duke", "husband", "widower", "son",
        "father", "dad", "stepfather", "grandfather", "grandson", "brother", "uncle", "nephew",
        "boyfriend", "fiance", "groom", "boy", "man", "spokesman", "congressman", "councilman",
        "assemblyman", "businessman", "policeman", "sportsman", "stepson", "brother-in-law",
        "father-in-law", "son-in-law",
    ]

    /// What `sentence` shows of the sex of the people it names: for each person's key, a
    /// weight for female (positive) or male (negative). A title or a word beside the name
    /// weighs ``statedWeight``; "he" or "she" after the only person a sentence names weighs 1.
    static func evidence(in sentence: AnalyzedSentence) -> [(key: String, weight: Int)] {
        let tokens = sentence.tokens
        let people = sentence.entities.filter { $0.kind == .person }
        var found: [(key: String, weight: Int)] = []
        func note(_ person: Entity, _ sex: PersonSex, _ strength: Int) {
            found.append((person.key, sex.weight(strength)))
        }
        for person in people {
            let end = person.tokenIndex + person.tokenCount
            // "Mrs. Davis", "Queen Elizabeth".
            if let title = person.title,
                let sex = title.split(separator: " ").lazy.compactMap({ stated(by: String($0)) })
                    .first
            {
                note(person, sex, statedWeight)
                continue
            }
            // "his wife Deborra-Lee Furness", "his wife, Deborra-Lee Furness", and "Mr. Felt"
            // where the title is tokens of its own.
            var before = person.tokenIndex - 1
            if before > 0, tokens[before].text == "," || tokens[before].text == "." {
                before -= 1
            }
            if before >= 0, let sex = stated(by: tokens[before].text) {
                note(person, sex, statedWeight)
                continue
            }
            // "Joan Felt, his daughter," / "Jane Doe, a spokeswoman for …", not "Smith, whose
            // son": the apposition opens with the word or a determiner.
            if end + 1 < tokens.count, tokens[end].text == "," {
                var next = end + 1
                if SpeakerContext.determiners.contains(tokens[next].lowercased) { next += 1 }
                let words = tokens[next..<min(tokens.count, next + 2)].prefix { $0.isWord }
                if let sex = words.lazy.compactMap({ stated(by: $0.text) }).first {
                    note(person, sex, statedWeight)
                    continue
                }
            }
            // "Hugh Jackman said he …": the only person named, then a pronoun. Not one that
            // speaks ("Jackson was on probation, he said"), nor in a sentence that quotes:
            // that is most often someone else, the speaker.
            if people.count == 1, !sentence.quotesSomeone {
                let pronouns = Set(
                    tokens.indices[end...].compactMap { index -> PersonSex? in
                        guard
                            index + 1 >= tokens.count
                                || !Lexicon.speechVerbs.contains(tokens[index + 1].lowercased)
                        else { return nil }
                        return PersonSex(pronoun: tokens[index].lowercased)
                    })
                if pronouns.count == 1 { note(person, pronouns.first!, 1) }
            }
        }
        return found
    }
}
