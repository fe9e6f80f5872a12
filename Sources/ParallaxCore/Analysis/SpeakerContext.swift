/// Who a speaker is, resolved from the words that name or describe them.
struct Speaker: Hashable {
    var name: String
    var kind: Entity.Kind
}

/// What an article has said so far that a later pronoun or description may refer to.
struct SpeakerContext {
    /// The organisation most recently named.
    var lastOrganisation: Entity?
    /// The person the sentence read last opens with, its subject ("Felt helped Woodward link
    /// Howard Hunt to the break-in"), if it opens with one.
    var lastSubject: Entity?
    /// ``lastSubject`` where it was the only person that sentence named.
    var lastSoleSubject: Entity?
    /// The sentence (by ``sentencesRead``) that named ``lastOrganisation``.
    var lastOrganisationSentence = 0
    /// The organisations named so far, the latest last, each once.
    var organisations: [Entity] = []
    /// The speaker of the last quotation, for quotations that continue in a new paragraph.
    var lastSpeaker: Speaker?
    var lastQuoteParagraph: Int?
    /// How many sentences have been read, and the one that gave ``lastSpeaker`` by that
    /// count.
    var sentencesRead = 0
    var lastSpeakerSentence = 0

    /// The people named so far, the latest last, each once, with the sentence (by
    /// ``sentencesRead``) that last named them.
    var people: [(person: Entity, sentence: Int)] = []
    /// What the article has shown of each person's sex, by key: above zero female, below
    /// zero male (``PersonSex/evidence(in:)``).
    var sexWeights: [String: Int] = [:]
    /// The person last named after each title, by the title's last words in lower case:
    /// "Los Angeles County District Attorney Steve Cooley" is meant by "the district
    /// attorney" and "the attorney" later.
    var titled: [String: Entity] = [:]

    /// Notes the names in a sentence the reader has now read.
    ///
    /// People named within `quoted`, the token ranges of the sentence inside quotation marks,
    /// are not taken as those a later "he" or "she" may mean: the narrative's pronouns go on
    /// with its own people, not with those a speaker names ("“Adam and Eve in the Garden of
    /// Eden, they were naked as jaybirds.” … “I thought my arms and legs would come out of
    /// their sockets,” she said later").
    mutating func observe(_ sentence: AnalyzedSentence, quoted: [Range<Int>] = []) {
        sentencesRead += 1
        let isQuoted = { (entity: Entity) in quoted.contains { $0.contains(entity.tokenIndex) } }
        let named = sentence.entities.filter { $0.kind == .person && !isQuoted($0) }
        // "Bettie Page, the pin-up model, has died. She was 85.": a sentence that opens with
        // "he" or "she" goes on with the last one's subject, where that sentence named no one
        // else; as weak a sign as a pronoun after a name.
        if let subject = lastSoleSubject,
            let opening = sentence.tokens.first(where: {
                !Self.clauseOpeners.contains($0.lowercased)
            }),
            let sex = PersonSex(pronoun: opening.lowercased)
        {
            sexWeights[subject.key, default: 0] += sex.weight(1)
        }
        lastSubject = Self.subjectPerson(of: sentence).flatMap { isQuoted($0) ? nil : $0 }
        lastSoleSubject = named.count == 1 ? lastSubject : nil
        for (key, weight) in PersonSex.evidence(in: sentence) {
            sexWeights[key, default: 0] += weight
        }
        for entity in sentence.entities {
            switch entity.kind {
            case .person where !isQuoted(entity):
                people.removeAll { $0.person.key == entity.key }
                people.append((entity, sentencesRead))
                noteTitle(of: entity, in: sentence.tokens)
            case .organisation:
                lastOrganisation = entity
                lastOrganisationSentence = sentencesRead
                organisations.removeAll { $0.text == entity.text }
                organisations.append(entity)
            default: break
            }
        }
    }

    /// Notes the title written before a person's name, capitalised and ending in a word for a
    /// person's post ("District Attorney Steve Cooley"), under each of its endings.
    private mutating func noteTitle(of person: Entity, in tokens: [Token]) {
        var start = person.tokenIndex
        while start > 0, person.tokenIndex - start < 5, tokens[start - 1].isWord,
            tokens[start - 1].isCapitalized
        {
            start -= 1
        }
        guard start < person.tokenIndex,
            Lexicon.personTitles.contains(tokens[person.tokenIndex - 1].lowercased)
        else { return }
        var words: [String] = []
        for index in (start..<person.tokenIndex).reversed() {
            words.insert(tokens[index].lowercased, at: 0)
            titled[words.joined(separator: " ")] = person
        }
    }

    /// The person named before with the title `name` gives, where the words `range` are "the"
    /// and that title: "the District Attorney said" after "District Attorney Steve Cooley".
    private func titledPerson(_ name: Entity, in range: Range<Int>, of sentence: AnalyzedSentence)
        -> Speaker?
    {
        guard sentence.tokens[range.lowerBound].lowercased == "the",
            name.tokenIndex == range.lowerBound + 1
        else { return nil }
        return person(titled: name.text.lowercased())
    }

    /// The person last named after `title` (lower case), as a speaker.
    private func person(titled title: String) -> Speaker? {
        titled[title].map { Speaker(name: $0.text, kind: .person) }
    }

    /// The person `sentence` opens with: its first person's name, with nothing before it but a
    /// title (and the body or place it belongs to), a determiner or a clause opener ("Police
    /// Inspector Dave Gaskin …", "AMA President J. James Rohack …", "But Felt …").
    static func subjectPerson(of sentence: AnalyzedSentence) -> Entity? {
        let tokens = sentence.tokens
        // Past a name that only describes the subject: "Sheriff's Deputy Timothy Brennan",
        // "AMA President J. James Rohack".
        guard
            let first = sentence.entities.first(where: {
                !Tokenizer.isPossessive(tokens[$0.tokenIndex + $0.tokenCount - 1].text)
                    && $0.kind != .organisation && $0.kind != .place
            }), first.kind == .person
        else { return nil }
        let opens = tokens[..<first.tokenIndex].allSatisfy { token in
            token.isCapitalized || token.text == "." || Tokenizer.isPossessive(token.text)
                || determiners.contains(token.lowercased)
                || clauseOpeners.contains(token.lowercased)
        }
        return opens ? first : nil
    }

    /// The person `sentence` opens with (``subjectPerson(of:)``) where words set off by a
    /// comma follow the name: "AMA President J. James Rohack, MD, said …", "John D. O'Connor,
    /// a family friend who …, says …".
    static func subjectWithApposition(of sentence: AnalyzedSentence) -> Entity? {
        guard let subject = subjectPerson(of: sentence) else { return nil }
        let end = subject.tokenIndex + subject.tokenCount
        return end < sentence.tokens.count && sentence.tokens[end].text == "," ? subject : nil
    }

    /// Notes the speaker of a quotation in the sentence being read.
    mutating func quoted(_ speaker: Speaker, paragraph: Int) {
        lastSpeaker = speaker
        lastQuoteParagraph = paragraph
        lastSpeakerSentence = sentencesRead + 1
    }

    /// Who `pronoun` ("he" or "she") at token `position` of `sentence` is, among those who
    /// could be meant (anyone the article has not shown to be of the other sex):
    /// - a person named before it in a sentence that quotes no one, and shown there by a title
    ///   or a word beside the name to be of that sex ("His daughter Joan Felt said …, she told
    ///   the Post");
    /// - else the last one quoted, when that was a person or someone described ("a local
    ///   official told AFP. … he added") within the last few paragraphs (news paragraphs are
    ///   often one sentence), and nobody who could be meant has been named since;
    /// - else, for a pronoun opening its sentence, the last sentence's subject, where the last
    ///   person named was named in that sentence;
    /// - else the person named last.
    func person(meantBy pronoun: String, at position: Int, in sentence: AnalyzedSentence)
        -> Speaker?
    {
        guard let sex = PersonSex(pronoun: pronoun) else { return nil }
        // "When Frederick LaRue's name started appearing in newspapers …, he told a reporter":
        // a pronoun opening the main clause after a lead-in of "when", "after", "as" … means
        // the one person the lead-in names.
        let tokens = sentence.tokens
        if position > 1, tokens[position - 1].text == ",",
            Self.subordinators.contains(tokens[0].lowercased),
            !tokens[..<position].contains(where: { $0.text == "\"" })
        {
            let named = sentence.entities.filter {
                $0.kind == .person && $0.tokenIndex + $0.tokenCount < position
            }
            if named.count == 1, self.sex(named: named[0].text) != sex.opposite {
                return Speaker(name: named[0].text, kind: .person)
            }
        }
        // Only where the sentence quotes no one: a name inside a quotation ("'Mr. Felt is a
        // man of outstanding loyalty,' he said") is not the speaker.
        if !sentence.quotesSomeone {
            let shown = PersonSex.evidence(in: sentence).filter {
                abs($0.weight) >= PersonSex.statedWeight && ($0.weight > 0) == (sex == .female)
            }
            if let named = sentence.entities.last(where: { entity in
                entity.kind == .person && entity.tokenIndex + entity.tokenCount <= position
                    && shown.contains { $0.key == entity.key }
            }) {
                return Speaker(name: named.text, kind: .person)
            }
        }
        let candidates = people.filter { self.sex(named: $0.person.text) != sex.opposite }
        if let speaker = standingSpeaker(in: sentence, namedSince: candidates.last?.sentence),
            speaker.kind == .person || speaker.kind == .other,
            self.sex(of: speaker) != sex.opposite
        {
            return speaker
        }
        // A pronoun opening a sentence most often goes on with the last one's subject: "Felt
        // helped Woodward link Howard Hunt to the break-in. He said …" is Felt.
        let opening = sentence.tokens[..<position].allSatisfy {
            Self.clauseOpeners.contains($0.lowercased)
        }
        if opening, let subject = lastSubject, self.sex(named: subject.text) != sex.opposite,
            candidates.last?.sentence == sentencesRead
        {
            return Speaker(name: subject.text, kind: .person)
        }
        return candidates.last.map { Speaker(name: $0.person.text, kind: .person) }
    }

    /// Who "it" or "they" in `sentence` is: the organisation quoted last, within the last few
    /// paragraphs and with no organisation named since ("Skerrow Line said in a statement …
    /// It said all sailings were suspended", though the statement was told to a news agency
    /// named before); else the organisation named last.
    func organisation(meantIn sentence: AnalyzedSentence) -> Speaker? {
        if let speaker = standingSpeaker(in: sentence, namedSince: lastOrganisationSentence),
            speaker.kind == .organisation
        {
            return speaker
        }
        return lastOrganisation.map { Speaker(name: $0.text, kind: .organisation) }
    }

    /// Who "they" in `sentence` is when it means people: the speaker quoted last, described in
    /// the plural ("The attorneys also argued that … They said the judge …"), within the last
    /// few paragraphs and with no organisation named since.
    func group(meantIn sentence: AnalyzedSentence) -> Speaker? {
        guard let speaker = standingSpeaker(in: sentence, namedSince: lastOrganisationSentence),
            speaker.kind == .other,
            let noun = speaker.name.split(separator: " ").last.map({ $0.lowercased() }),
            Self.peopleWords.contains(noun)
                || (noun.hasSuffix("s") && !["ss", "us", "is"].contains(where: noun.hasSuffix))
        else { return nil }
        return speaker
    }

    /// Nouns for several people that do not end in "s".
    static let peopleWords: Set<String> = ["police", "people", "staff", "crew", "family"]

    /// The last speaker, where a pronoun in `sentence` may still mean them: quoted within the
    /// last few paragraphs (news paragraphs are often one sentence), and nobody who could be
    /// meant named since (`named`, the sentence that last named one, by ``sentencesRead``).
    func standingSpeaker(in sentence: AnalyzedSentence, namedSince named: Int?) -> Speaker? {
        guard let paragraph = lastQuoteParagraph, sentence.paragraph - paragraph <= 3,
            (named ?? 0) <= lastSpeakerSentence
        else { return nil }
        return lastSpeaker
    }

    /// The sex the article has shown the person `name` to be, if any: by that name and its
    /// given name ("Mark Roesler", ``PersonSex/suggested(byGivenName:)``), or for a surname
    /// alone ("Felt"), by the full names that end in it, when every one of them has been shown
    /// to be of that sex (a brother and a sister share a surname).
    func sex(named name: String) -> PersonSex? {
        // A person's key is their name in lower case (`Entity.key`).
        let key = name.lowercased()
        var weight = weightOfSex(key: key, name: name)
        if weight == 0, !name.contains(" ") {
            let surname = key
            let weights = people.compactMap { named -> Int? in
                guard named.person.key != surname, named.person.surname.lowercased() == surname
                else { return nil }
                return weightOfSex(key: named.person.key, name: named.person.text)
            }
            if weights.allSatisfy({ $0 > 0 }) || weights.allSatisfy({ $0 < 0 }) {
                weight = weights.reduce(0, +)
            }
        }
        return weight > 0 ? .female : weight < 0 ? .male : nil
    }

    /// What the article has shown of the sex of the person with `key`, plus what the given name
    /// of `name` suggests, where it has one: the first of two words or more.
    private func weightOfSex(key: String, name: String) -> Int {
        var weight = sexWeights[key] ?? 0
        let words = name.split(separator: " ")
        if words.count > 1, let sex = PersonSex.suggested(byGivenName: String(words[0])) {
            weight += sex.weight(PersonSex.givenNameWeight)
        }
        return weight
    }

    /// The sex the article has shown a speaker to be: a person's by their name, someone
    /// described by the words describing them ("the spokeswoman").
    func sex(of speaker: Speaker) -> PersonSex? {
        switch speaker.kind {
        case .person:
            return sex(named: speaker.name)
        case .other:
            return speaker.name.split(separator: " ").lazy.compactMap {
                PersonSex.stated(by: String($0))
            }.first
        default: return nil
        }
    }

    static let determiners: Set<String> = ["the", "a", "an", "its", "his", "her", "their", "our"]

    /// Prepositions that open what a verb of speech is said to or of, never its speaker.
    static let objectPrepositions: Set<String> = [
        "to", "of", "about", "into", "toward", "towards", "for",
    ]

    /// Words that open a clause inside a sentence whose subject is the speaker: "what Israel
    /// says is its goal", "the plan which the minister said".
    static let relativeOpeners: Set<String> = ["what", "which", "whom"]

    /// Words that open a clause leading in to the sentence's main one: "When …, he said".
    static let subordinators: Set<String> = [
        "when", "after", "as", "while", "before", "since", "although", "though", "because", "once",
        "until",
    ]

    /// Verbs of speech that are no nouns ("reports" and "statement" can describe a source).
    static let saidVerbs: Set<String> = [
        "said", "says", "told", "tells", "confirmed", "announced", "added", "stated", "insisted",
        "explained", "warned", "noted",
    ]

    /// Words that count or quantify what follows them, and describe no speaker on their own.
    static let counts: Set<String> = [
        "various", "numerous", "several", "many", "some", "most", "few", "both", "all", "each",
    ]

    /// Nouns for what is heard from no one in particular: a description ending in one names
    /// no source unless a word other than ``vagueQualifiers`` qualifies it.
    static let hearsay: Set<String> = ["reports", "rumors", "rumours"]

    /// Words before ``hearsay`` that leave it no one's: "published reports", "unconfirmed
    /// media reports".
    static let vagueQualifiers: Set<String> = [
        "published", "unconfirmed", "unverified", "media", "news", "press", "earlier", "recent",
        "initial", "early", "other", "some", "several", "many", "various", "numerous",
    ]

    /// Conjunctions and adverbs that open a clause before its subject: "Then a co-worker
    /// yelled", "And she said".
    static let clauseOpeners: Set<String> = [
        "and", "but", "so", "then", "later", "finally", "meanwhile", "soon",
    ]

    /// Words that can stand between a speaker and the verb of speech without describing the
    /// speaker: "police there have said", "a spokesman also said", "she once said".
    static let beforeVerb: Set<String> = [
        "have", "has", "had", "also", "later", "then", "there", "again", "earlier", "previously",
        "now", "yesterday", "today", "once", "first", "recently", "reportedly", "allegedly",
        "repeatedly", "often", "publicly", "privately", "initially", "subsequently", "separately",
    ]

    /// Whether a word is an adverb that may stand before a verb of speech: one of
    /// ``beforeVerb``, or a word in lower case ending in "-ly" that is no noun ("proudly",
    /// "generally"; not "family", "assembly").
    static func isAdverb(_ token: Token) -> Bool {
        let word = token.lowercased
        if beforeVerb.contains(word) { return true }
        return token.isWord && !token.isCapitalized && word.count >= 5 && word.hasSuffix("ly")
            && !nounsEndingInLy.contains(word)
    }

    /// Nouns, and adjectives used as nouns, that end in "-ly".
    static let nounsEndingInLy: Set<String> = [
        "family", "assembly", "ally", "daily", "weekly", "monthly", "quarterly", "rally",
        "supply", "homily", "anomaly", "monopoly", "bully", "belly", "jelly", "butterfly",
        "firefly", "elderly", "underbelly",
    ]

    /// Words a description of a speaker does not hold: those that open a clause, verbs that
    /// would make it one, and negations, which deny the verb of speech ("The minister never
    /// said that taxes would rise" quotes no one).
    static let notInDescriptions: Set<String> = [
        "who", "which", "that", "and", "but", "was", "were", "is", "are", "be", "been", "being",
        "will", "would", "could", "should", "can", "may", "might", "must", "did", "does", "do",
        "before", "after", "though", "although", "while", "when", "because", "if", "since",
        "until", "whether", "never", "not",
    ]

    /// Participles that open a description of people: "visiting officials", "the ruling
    /// party".
    static let describingParticiples: Set<String> = [
        "leading", "visiting", "ruling", "governing", "managing", "presiding", "attending",
        "investigating", "arresting", "remaining", "outgoing", "incoming", "dissenting",
        "opposing", "acting", "founding", "reigning", "sitting", "ranking", "striking",
        "surviving", "grieving", "neighbouring", "neighboring", "responding", "treating",
        "supervising", "consulting", "organising", "organizing", "ailing", "aspiring",
    ]

    /// Resolves the tokens `range` of `sentence`, which describe a speaker: nobody where they
    /// come to a name of one letter (an initial the name reader split from the rest, "the
    /// D. A.'s release").
    func resolve(_ range: Range<Int>, in sentence: AnalyzedSentence) -> Speaker? {
        guard let speaker = speaker(describedBy: range, in: sentence), speaker.name.count > 1
        else { return nil }
        return speaker
    }

    private func speaker(describedBy range: Range<Int>, in sentence: AnalyzedSentence)
        -> Speaker?
    {
        let tokens = sentence.tokens
        var range = range.clamped(to: 0..<tokens.count)
        // "An NFL spokesman on Wednesday said": the day it was said is no part of a speaker.
        if let last = range.last, range.count > 2,
            DateExtractor.weekdays[tokens[last].lowercased] != nil
        {
            range = range.lowerBound..<(tokens[last - 1].lowercased == "on" ? last - 1 : last)
        }
        // "the harbour master, said": the comma closing a description is none of it, nor an
        // adverb of the verb ("State media proudly reported"); an adverb alone is no one
        // ("John Gotti, grudgingly acknowledged").
        while let last = range.last, range.count > 1,
            Self.isAdverb(tokens[last]) || tokens[last].text == ","
        {
            range = range.lowerBound..<last
        }
        if range.count == 1, let only = range.first, Self.isAdverb(tokens[only]) { return nil }
        while let first = range.first, range.count > 1,
            Self.clauseOpeners.contains(tokens[first].lowercased)
        {
            range = (first + 1)..<range.upperBound
        }
        // "The invasion has yet to achieve what Israel says": the speaker is the subject of
        // the clause the verb of speech is in.
        if let opener = range.last(where: { Self.relativeOpeners.contains(tokens[$0].lowercased) }),
            opener + 1 < range.upperBound
        {
            range = (opener + 1)..<range.upperBound
        }
        // "When the driver yelled, "…"": the clause's subject, a name or a noun with its
        // article ("after receiving reports that" is no one's).
        if let first = range.first, range.count > 2,
            Self.subordinators.contains(tokens[first].lowercased),
            tokens[first + 1].isCapitalized
                || Self.determiners.contains(tokens[first + 1].lowercased)
        {
            range = (first + 1)..<range.upperBound
        }
        guard !range.isEmpty, range.count <= QuoteExtractor.maximumSpeakerTokens,
            range.contains(where: { tokens[$0].isWord })
        else { return nil }
        // "Hansbrough … admitted to the nerves": what a verb is said to or of is no one
        // speaking. A lead-in set off by a comma may still open the words ("On Wednesday,
        // the company said").
        if Self.objectPrepositions.contains(tokens[range.lowerBound].lowercased),
            !range.contains(where: { tokens[$0].text == "," })
        {
            return nil
        }
        let entities = sentence.entities.filter {
            range.contains($0.tokenIndex) && $0.kind != .place
        }
        // "Reid's rep", "the company's spokesman": someone described through a name, not the
        // name itself, unless the description goes on to name them ("Apple's chief, Tim Cook",
        // "Ms. Davis's sister Crystal").
        if let owner = entities.first(where: { entity in
            Tokenizer.isPossessive(tokens[entity.tokenIndex + entity.tokenCount - 1].text)
        }) {
            // "Rob Jones, Felt's grandson, said": the person the words open with, named before
            // the description.
            if let named = entities.first(where: {
                $0.kind == .person && $0.tokenIndex == range.lowerBound
                    && $0.tokenIndex + $0.tokenCount < owner.tokenIndex
                    && tokens[$0.tokenIndex + $0.tokenCount].text == ","
            }) {
                return Speaker(name: named.text, kind: .person)
            }
            let end = owner.tokenIndex + owner.tokenCount
            if end < range.upperBound {
                if let named = entities.first(where: { $0.kind == .person && $0.tokenIndex >= end })
                {
                    return Speaker(name: named.text, kind: .person)
                }
                return Speaker(
                    name: QuoteExtractor.join(tokens[owner.tokenIndex..<range.upperBound]),
                    kind: .other)
            }
        }
        let people = entities.filter { $0.kind == .person }
        if var person = people.first {
            // "Jaguars safety Reggie Nelson said": a name that qualifies the title of the
            // person named right before the verb is not the speaker. Two names joined by "and"
            // are, the first standing for both, and a name after "of" qualifies the first
            // ("Ilse Marrow of the Avelline Courier").
            if let last = people.last, last.tokenIndex > person.tokenIndex,
                last.tokenIndex + last.tokenCount == range.upperBound,
                tokens[(person.tokenIndex + person.tokenCount)..<last.tokenIndex].allSatisfy({
                    $0.isWord && !Stopwords.contains($0.lowercased)
                })
            {
                person = last
            }
            // "The prosecutor in the Costello case claimed": a name between an article and a
            // noun of its own qualifies that noun, and the words describe someone else.
            let next = person.tokenIndex + person.tokenCount
            let qualifiesNoun =
                person.tokenIndex > range.lowerBound
                && ["the", "a", "an"].contains(tokens[person.tokenIndex - 1].lowercased)
                && next < range.upperBound && tokens[next].isWord && !tokens[next].isCapitalized
                && !Stopwords.contains(tokens[next].lowercased) && !Self.isAdverb(tokens[next])
            if !qualifiesNoun {
                return titledPerson(person, in: range, of: sentence)
                    ?? Speaker(name: person.text, kind: .person)
            }
        }
        // An organisation, unless it qualifies someone described: "an AFP journalist at the
        // scene" is the journalist.
        if let organisation = entities.first(where: { $0.kind == .organisation }) {
            let next = organisation.tokenIndex + organisation.tokenCount
            let qualifies =
                next < range.upperBound && tokens[next].isWord && !tokens[next].isCapitalized
                && !Stopwords.contains(tokens[next].lowercased)
                && !Self.beforeVerb.contains(tokens[next].lowercased)
            if !qualifies { return Speaker(name: organisation.text, kind: .organisation) }
        }
        // A country or a capital speaking for its government, right before the verb and
        // opening its clause: "His comments came as Sudan said …", "Iran said". Not a place
        // that describes the speakers: "residents of Lampahan said".
        if let place = sentence.entities.last(where: {
            $0.kind == .place && $0.tokenIndex + $0.tokenCount == range.upperBound
                && $0.tokenIndex >= range.lowerBound
        }), case let before = place.tokenIndex - 1,
            before < range.lowerBound || tokens[before].text == ","
                || Self.subordinators.contains(tokens[before].lowercased)
                || Self.relativeOpeners.contains(tokens[before].lowercased)
                || Self.clauseOpeners.contains(tokens[before].lowercased)
        {
            return Speaker(name: place.text, kind: .organisation)
        }
        // Words before a comma that name no one are a lead-in, not the speaker: "Breaking with
        // tradition, the company said", "Yesterday, the police said".
        if let comma = range.last(where: { tokens[$0].text == "," }), comma + 1 < range.upperBound {
            range = comma + 1..<range.upperBound
        }
        let words = range.map { tokens[$0].lowercased }
        if words.count == 1 {
            switch words[0] {
            case "he", "she": return person(meantBy: words[0], at: range.lowerBound, in: sentence)
            case "they": return group(meantIn: sentence) ?? organisation(meantIn: sentence)
            case "it": return organisation(meantIn: sentence)
            default: break
            }
        }
        // A name that only qualifies a description is not the speaker: "New Zealand media
        // reports" are no "Zealand".
        if let other = entities.first,
            !(other.tokenIndex + other.tokenCount..<range.upperBound).contains(where: {
                tokens[$0].isWord && !Stopwords.contains(tokens[$0].lowercased)
            })
        {
            return titledPerson(other, in: range, of: sentence)
                ?? Speaker(name: other.text, kind: .other)
        }
        // A description: "the company", "a hospital spokesman", "the Russian foreign ministry".
        // It ends in the word it describes, and holds no verb or clause of its own: "day the
        // deal was", "though no injuries have been", "police source said the pair" are pieces
        // of the sentence around a quotation, and so are words opening with a participle
        // ("looking blankly into space as witnesses testified"), but for the few that
        // describe people ("visiting officials").
        guard words.contains(where: { !Stopwords.contains($0) }),
            let last = words.last, !Stopwords.contains(last),
            !words.contains(where: { Self.notInDescriptions.contains($0) }),
            !words.contains(where: { Self.saidVerbs.contains($0) }),
            !words[0].hasSuffix("ing") || Self.describingParticiples.contains(words[0])
        else { return nil }
        var kept = Array(range)
        while let first = kept.first, Self.determiners.contains(tokens[first].lowercased) {
            kept.removeFirst()
        }
        // "Various reports suggest that …": a count alone describes no one.
        guard !kept.isEmpty,
            kept.count > 1 || !Self.counts.contains(tokens[kept[0]].lowercased)
        else { return nil }
        // "According to reports", "according to published reports": hearsay that no one is
        // named for is no source, where "state media reports", "New Zealand media reports" or
        // "the report" (one already named) is one.
        if let head = kept.last, Self.hearsay.contains(tokens[head].lowercased),
            kept.dropLast().allSatisfy({ Self.vagueQualifiers.contains(tokens[$0].lowercased) })
        {
            return nil
        }
        if words.count == 2, words[0] == "the", let named = organisation(called: words[1]) {
            return Speaker(name: named.text, kind: .organisation)
        }
        // "the district attorney said", "the diplomat added": someone named with that title
        // before, or the one described so who spoke last ("said a Western diplomat").
        if words.first == "the" {
            let phrase = kept.map { tokens[$0].lowercased }.joined(separator: " ")
            if let person = person(titled: phrase) { return person }
            if let last = lastSpeaker, last.kind != .person,
                sentencesRead - lastSpeakerSentence <= 6,
                last.name.lowercased().hasSuffix(" " + phrase)
            {
                return last
            }
        }
        let name = QuoteExtractor.join(tokens[kept.first!...kept.last!])
        // "A police spokeswoman", "a hospital official": someone of an organisation, whom
        // "she" or "he" can mean, where "the police" and "the foreign ministry" are the body.
        let role = tokens[kept.last!].lowercased
        let isSomeone = Lexicon.personTitles.contains(role) || PersonSex.stated(by: role) != nil
        let isOrganisation =
            !isSomeone
            && kept.contains { Lexicon.organisationWords.contains(tokens[$0].lowercased) }
        return Speaker(name: name, kind: isOrganisation ? .organisation : .other)
    }

    /// The organisation that "the `noun`" refers back to: the latest named whose name ends in
    /// the noun ("the board" for "Coastal Safety Investigation Board", "the ministry" for
    /// "Russian Foreign Ministry"). "The company" is left as it is: which business it means,
    /// the names around it do not tell reliably (the last organisation named before "the
    /// company said" in the example corpus is a hospital).
    func organisation(called noun: String) -> Entity? {
        organisations.last { $0.text.split(separator: " ").last?.lowercased() == noun }
    }

    /// The subject of a sentence: its first person or organisation named before any verb of
    /// speech (and before the token at `end`), for "X …, saying, "…"".
    func subject(of sentence: AnalyzedSentence, before end: Int = .max) -> Speaker? {
        let entity = sentence.entities.first {
            ($0.kind == .person || $0.kind == .organisation) && $0.tokenIndex < end
        }
        if let entity { return Speaker(name: entity.text, kind: entity.kind) }
        if let first = sentence.tokens.first?.lowercased, first == "he" || first == "she" {
            return person(meantBy: first, at: 0, in: sentence)
        }
        return nil
    }
}
