/// Finds where two matched claims of different sources differ: a number, a date, a name, a
/// negation, or the state of an action ("is returning" against "returned").
enum ConflictDetector {
    /// A difference between two claims, before it is numbered into a report.
    struct Finding {
        var kind: Conflict.Kind
        var aspect: Conflict.Aspect
        /// For a finding over figures, what they count.
        var figure: Figure? = nil
        var description: String
        var first: (claim: Claim, value: String)
        var second: (claim: Claim, value: String)
        var later: Int?

        /// What two figures count: the unit, and the role that names the dispute where one
        /// fits it ("people killed", "kilometre depth").
        struct Figure {
            var unit: String
            var role: QuantityRole?
            /// Whether a figure's own verb gave it a role of none of the kinds
            /// (``QuantityRole/other``): the finding then joins no dispute over the same
            /// figures with a role (``StoryComparison/merge(_:evidence:published:)``).
            var countsOther = false
        }

        /// What the finding is about within its fact, so findings on one point merge: for a
        /// figure the counted thing and its role ("people killed"), else nothing.
        var topic: String {
            guard let figure else { return "" }
            return figure.role.map { "\(figure.unit) \($0.rawValue)" } ?? figure.unit
        }
    }

    static let negations: Set<String> = [
        "not", "no", "never", "n't", "denied", "denies", "without", "neither", "nor", "none",
        "no-one", "noone", "nobody",
        // Contractions that lost their apostrophe on the way from the page ("I cant speak").
        "dont", "didnt", "doesnt", "cant", "couldnt", "wont", "wouldnt", "shouldnt", "isnt",
        "wasnt", "arent", "werent", "hasnt", "havent", "hadnt", "aint", "mustnt",
    ]

    /// Whether a lower-case word negates what follows it.
    static func isNegation(_ word: String) -> Bool {
        negations.contains(word) || word.hasSuffix("n't")
    }

    /// Whether the token at `index` negates what follows it: a negating word, a verb of
    /// refusal before "to" ("declined to say"), or the "t" of a contraction a tokenised page
    /// split around its apostrophe ("didn ' t"). "Not only" and "not until" deny nothing:
    /// "it wasn't until May 30 that …" says when, "not only … but" adds.
    static func negates(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lowercased
        // The next word is read only for the few words that may negate: lowercasing every
        // token's neighbour was most of this check's cost.
        func next() -> String { index + 1 < tokens.count ? tokens[index + 1].lowercased : "" }
        // Refusals begin "r", "d" or "f": most words need no second lookup.
        if let first = word.utf8.first,
            first == UInt8(ascii: "r") || first == UInt8(ascii: "d")
                || first == UInt8(ascii: "f"), refusals.contains(word)
        {
            return next() == "to"
        }
        let negating =
            isNegation(word)
            || (word == "t" && index >= 2 && ["'", "\u{2019}"].contains(tokens[index - 1].text)
                && tokens[index - 2].lowercased.hasSuffix("n"))
        guard negating, next() != "only" else { return false }
        return !tokens[scope(of: index, in: tokens)].contains {
            ["until", "till"].contains($0.lowercased)
        }
    }

    /// Verbs that deny what their "to" clause says: "refused to allow her picture to be taken"
    /// agrees with "didn't allow her photo".
    static let refusals: Set<String> = [
        "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline",
        "declining", "failed", "fails", "failing",
    ]

    /// The tokens a negation at `index` governs: the few after it, within its clause.
    static func scope(of index: Int, in tokens: [Token]) -> Range<Int> {
        var end = index + 1
        while end < min(index + 6, tokens.count),
            ![",", ".", ";", ":", "but"].contains(tokens[end].lowercased)
        {
            end += 1
        }
        return index + 1..<end
    }

    /// The differences between two claims that report the same fact: in figures, dates, a
    /// negation, or an action reported ahead by one and done by the other. `given` holds
    /// every figure of each source, which no other source's figure disputes.
    static func differences(
        _ a: Claim, _ b: Claim, published: PublicationOrder, given: SourceFigures
    ) -> [Finding] {
        var findings = figures(a, b, published: published, given: given, rolesKnown: false)
        // Dates of the same precision, of what happened: when a source reported it is no
        // rival of when it happened ("ITAR-TASS reported September 26"). A date before a
        // noun is the date of that noun: "the June 20, 2005 attempted murder" is no rival of
        // "was killed on June 24", only of a date of an attempted murder.
        let daysA = happenedOn(a)
        let daysB = happenedOn(b)
        if daysA.count == 1, daysB.count == 1, let (first, headsA) = daysA.first,
            let (second, headsB) = daysB.first,
            first.month != second.month || first.day != second.day,
            headsA.isEmpty || !headsA.isDisjoint(with: b.termSet),
            headsB.isEmpty || !headsB.isDisjoint(with: a.termSet)
        {
            findings.append(
                Finding(
                    kind: .contradiction, aspect: .date,
                    description:
                        "The sources give different dates: \(first.text) against \(second.text).",
                    first: (a, first.text), second: (b, second.text)))
        }
        // One denies what the other states: most of the words the negation governs must be
        // words the other claim states, so that "not intending to compete" does not deny a
        // sentence that shares only its speaker's name, nor "No-one was injured in the fire"
        // one that only names the fire, and so must the word it denies ("wasn't a match for
        // Peyton Manning" does not deny "Peyton Manning completed 29 passes"); and both
        // claims say enough (three terms or more) for their shared words to be a shared
        // statement, not a shared word ("Don't talk").
        let deniedA = denied(a)
        let deniedB = denied(b)
        if (deniedA == nil) != (deniedB == nil), min(a.termSet.count, b.termSet.count) >= 3,
            !isQuestion(a), !isQuestion(b), !reportsDenial(a), !reportsDenial(b),
            Self.overlap(a, b) >= 0.6,
            let scope = deniedA ?? deniedB, !Self.deniesAnAttitude(scope),
            case let other = deniedA == nil ? a : b,
            2 * scope.terms.intersection(other.termSet).count > scope.terms.count,
            scope.heads.contains(where: { asserts(other, $0) }),
            scope.predicates.isEmpty || Self.relates(scope.heads, scope.predicates, in: other),
            scope.subjects.allSatisfy({ $0.isSubset(of: other.termSet) })
        {
            let words = deniedWords(deniedA == nil ? b : a).map { ": \"\($0)\"" } ?? ""
            findings.append(
                Finding(
                    kind: .contradiction, aspect: .negation,
                    description: "One source states what another denies\(words).",
                    first: (a, deniedA != nil ? "negated" : "affirmed"),
                    second: (b, deniedB != nil ? "negated" : "affirmed")))
        }
        if let update = Aspect.update(a, b) { findings.append(update) }
        return findings
    }

    /// Whether `claim` states the word `word` (a term or a lower-case word) rather than only
    /// names it as an aim, a plan or a likelihood in a "to" clause: "trying to determine the
    /// cause" does not state that the cause was determined, nor "was scheduled to face
    /// Klitschko" that he faced him.
    static func asserts(_ claim: Claim, _ word: String) -> Bool {
        let tokens = Array(claim.tokens)
        return tokens.indices.contains { index in
            (claim.tokenTerms[index] == word || tokens[index].lowercased == word)
                && (index == 0 || tokens[index - 1].lowercased != "to")
        }
    }

    /// Whether `claim` states one of `predicates` of one of `nouns`, in one clause: no other
    /// verb and no word opening another clause stands between them. "No decision has been
    /// reached" is denied by "a decision on the coach was reached" or "reached a decision",
    /// not by "reached a deal after notifying O'Brien of his decision".
    static func relates(_ nouns: Set<String>, _ predicates: Set<String>, in claim: Claim) -> Bool {
        let tokens = Array(claim.tokens)
        func isOne(of words: Set<String>, _ index: Int) -> Bool {
            words.contains(claim.tokenTerms[index] ?? tokens[index].lowercased)
        }
        // Without a parser, a verb, an "-ing" word or a clause's opening word between them
        // says the noun belongs to another clause.
        func parts(_ range: Range<Int>) -> Bool {
            range.contains { index in
                let word = tokens[index].lowercased
                return EventOrder.isVerbForm(word) || (word.hasSuffix("ing") && word.count > 5)
                    || clauseOpeners.contains(word)
            }
        }
        let found = tokens.indices.filter { isOne(of: nouns, $0) }
        return tokens.indices.contains { verb in
            isOne(of: predicates, verb) && (verb == 0 || tokens[verb - 1].lowercased != "to")
                && found.contains { noun in
                    !parts(noun < verb ? noun + 1..<verb : verb + 1..<noun)
                }
        }
    }

    /// Words that open a clause of their own.
    static let clauseOpeners: Set<String> = [
        "after", "before", "when", "while", "because", "since", "until", "that", "which", "who",
        "whom", "whose", "where", "although", "though", "if", "unless",
    ]

    /// Whether `claim` reports a denial, a rebuttal or a dismissal ("A man has denied arson",
    /// "LaRue discounted rumors that he was Deep Throat"): it tells of one party's position,
    /// so it takes no side against a claim that states, or denies, what was denied.
    static func reportsDenial(_ claim: Claim) -> Bool {
        claim.tokens.contains { denials.contains($0.lowercased) }
    }

    /// Verbs of denial, rebuttal and dismissal.
    static let denials: Set<String> = [
        "deny", "denies", "denied", "denying", "denial", "dismissed", "dismisses", "discounted",
        "discounts", "refuted", "refutes", "rebutted", "rejected", "rejects",
    ]

    /// Whether `claim` asks rather than states: its last mark, past closing quotation marks,
    /// is a question mark.
    static func isQuestion(_ claim: Claim) -> Bool { claim.tokens.asks }

    /// The dates of `claim` to the day that tell when something happened, not when it was
    /// reported, each with the terms of the noun it stands before, if any
    /// (``Claim/dateHeads``).
    static func happenedOn(_ claim: Claim) -> [(date: DateMention, heads: Set<String>)] {
        claim.dates.indices.compactMap { index in
            let date = claim.dates[index]
            return date.day != nil && date.month != nil && !claim.dateIsReport[index]
                ? (date, claim.dateHeads[index]) : nil
        }
    }

    /// Roles whose counts only grow as a story goes on: a later report giving more of them
    /// advances an earlier one ("10 killed", then "12 killed") rather than disputing it.
    static let mountingRoles: Set<QuantityRole> = [.killed, .injured, .arrested, .displaced]

    /// Figures of one unit in `a` and `b` that count the same thing and differ: the same
    /// role and place where both say, or with `rolesKnown`, where both say, agree and the
    /// role fits the unit (for claims that were not matched to each other: "a depth of 1.2
    /// miles" against "with a depth of 12 miles"). None where either source gives the other's
    /// figure elsewhere (`given`). A mounting count a later report raises is an update. The
    /// findings' descriptions are written when they are merged, with every source's figure
    /// (``StoryComparison/merge(_:evidence:published:)``).
    static func figures(
        _ a: Claim, _ b: Claim, published: PublicationOrder, given: SourceFigures, rolesKnown: Bool
    ) -> [Finding] {
        // Most claims give no figure: they cost nothing more here, on every matched pair.
        guard !a.quantities.isEmpty, !b.quantities.isEmpty else { return [] }
        var findings: [Finding] = []
        // A season's or a career's figures are no rivals of one game's: "caught eight passes"
        // and "caught 52 passes … this season".
        guard spansSeason(a) == spansSeason(b) else { return [] }
        // Nor is a part's a whole's: "In the sixth, he landed one punch" against "landed 178
        // punches", "profits in the first half" against the year's.
        guard spansPart(a) == spansPart(b) else { return [] }
        // Numbers counting the same thing: the same unit, and the same role and place where
        // both say (the killed are not counted against the injured).
        for (firstIndex, first) in a.quantities.enumerated()
        where !first.unit.isEmpty && !a.quantityTotals[firstIndex] {
            let firstRole = a.quantityRoles[firstIndex]
            if rolesKnown && !(firstRole?.fits(first.unit) ?? false) { continue }
            for (secondIndex, second) in b.quantities.enumerated()
            where second.unit == first.unit && !b.quantityTotals[secondIndex]
                && Self.differ(first, second)
            {
                let secondRole = b.quantityRoles[secondIndex]
                if let firstRole, let secondRole, firstRole != secondRole { continue }
                // A figure hyphenated to its unit describes the noun after it: "two
                // three-point plays" are no rival of "11 points", nor "an 86-yard touchdown
                // run" of "507 total yards".
                guard Self.describeAlike(a, firstIndex, b, secondIndex) else { continue }
                // A part singled out of a count is no rival of a whole count: "31 fire trucks"
                // against "31 pieces of apparatus …, including three ladder trucks".
                if a.quantityParts[firstIndex] != b.quantityParts[secondIndex] { continue }
                if rolesKnown && secondRole == nil { continue }
                // The figures of two people: "John Jenkin, 23" and "Kathryn Jenkin, 20", "Will
                // Artino scored 14 points" and "Echenique had 11 points"; "Jenkin, 23" may be
                // John.
                if let firstOwner = a.quantityOwners[firstIndex],
                    let secondOwner = b.quantityOwners[secondIndex],
                    !firstOwner.hasSuffix(secondOwner), !secondOwner.hasSuffix(firstOwner)
                {
                    continue
                }
                // Counted in different places: "300 houses in Aceh", "10 houses in Takengon".
                if let firstPlace = a.quantityPlaces[firstIndex],
                    let secondPlace = b.quantityPlaces[secondIndex], firstPlace != secondPlace
                {
                    continue
                }
                guard !a.quantities.contains(where: { $0.key == second.key }),
                    !b.quantities.contains(where: { $0.key == first.key })
                else { continue }
                // Nor where either sentence gives the other's number too, in another clause
                // or without a unit: "Of his 11 touchdowns this year, eight have come since
                // Week 11" against "has eight touchdowns since Week 11"; "played in 10 games,
                // but had to sit out four straight" against "missed four games". Not in
                // another unit: "60 metres (200 feet)" still disputes "200 metres".
                guard !a.states(second.value, unit: second.unit, role: secondRole),
                    !b.states(first.value, unit: first.unit, role: firstRole)
                else { continue }
                // Nor where either source gives the other's figure in another sentence, of an
                // owner and role it may have: it knows the figure, and counts something else
                // with its own (``SourceFigures``). The two sentences then tell of different
                // occasions, and their other figures are no rivals either: "He finished with
                // 269 yards … and caught 29 passes" against "He had 793 yards … and caught 39
                // passes" from a source that gives the 269 yards of this season elsewhere.
                if given.gives(
                    b.sentence.source, first, role: firstRole, owner: a.quantityOwners[firstIndex])
                    || given.gives(
                        a.sentence.source, second, role: secondRole,
                        owner: b.quantityOwners[secondIndex])
                {
                    return []
                }
                // Two sentences that each give several values of the unit, in any clause, for
                // no one and in no role, list different things, and nothing says which of one counts what
                // the other's counts: "the 13-inch models … the same graphics as the 11-inch
                // model" against "The 13-inch model …; the 15-inch model".
                if firstRole == nil, secondRole == nil, a.quantityOwners[firstIndex] == nil,
                    b.quantityOwners[secondIndex] == nil,
                    Self.givesSeveral(first.unit, a), Self.givesSeveral(first.unit, b)
                {
                    continue
                }
                // A total is nobody's own: "The Colts gave up 507 total yards" is no rival of
                // "Peyton Hillis added 101 yards".
                let (firstTotal, secondTotal) = (Self.saysTotal(first), Self.saysTotal(second))
                if firstTotal != secondTotal,
                    (firstTotal ? b.quantityOwners[secondIndex] : a.quantityOwners[firstIndex])
                        != nil
                {
                    continue
                }
                // "people killed", "kilometre depth": the killed and the injured are two
                // disputes, not one.
                // A role that cannot be the figure's names no dispute: "200 people set off
                // from the vigil site" is no "people distance".
                let role = [firstRole, secondRole].lazy.compactMap { $0 }.first {
                    $0.fits(first.unit)
                }
                var finding = Finding(
                    kind: .contradiction, aspect: .number,
                    figure: Finding.Figure(
                        unit: first.unit, role: role,
                        countsOther: firstRole == .other || secondRole == .other),
                    description: "", first: (a, first.text), second: (b, second.text))
                finding.description =
                    "The sources give different figures for \(finding.topic): \(first.text) against \(second.text)."
                if let role, firstRole == secondRole, mountingRoles.contains(role),
                    let aFirst = published.isBefore(a.sentence.source, b.sentence.source),
                    aFirst == (first.value < second.value)
                {
                    finding.kind = .update
                    finding.later = (aFirst ? b : a).sentence.source
                }
                findings.append(finding)
            }
        }
        return findings
    }

    /// Whether the sentence of `claim` gives two or more different values of `unit`, in any
    /// of its clauses.
    static func givesSeveral(_ unit: String, _ claim: Claim) -> Bool {
        var seen: Double?
        for figure in claim.sentenceFigures where figure.unit == unit {
            if let seen, seen != figure.value { return true }
            seen = figure.value
        }
        return false
    }

    /// Whether a figure names itself a total between its number and its unit: "507 total
    /// yards".
    static func saysTotal(_ quantity: Quantity) -> Bool {
        quantity.text.split(separator: " ").contains { $0.lowercased() == "total" }
    }

    /// Whether quantity `i` of `a` and quantity `j` of `b` may count one thing, as far as the
    /// nouns a figure hyphenated to its unit describes go (``Claim/quantityHeads``): two such
    /// figures describe a noun in common, and one such figure describes a noun the other
    /// figure's claim names ("a 60-metre fall" and "the fall of 200 metres").
    static func describeAlike(_ a: Claim, _ i: Int, _ b: Claim, _ j: Int) -> Bool {
        let (first, second) = (a.quantityHeads[i], b.quantityHeads[j])
        switch (first.isEmpty, second.isEmpty) {
        case (true, true): return true
        case (false, false): return !first.isDisjoint(with: second)
        case (false, true): return !first.isDisjoint(with: b.termSet)
        case (true, false): return !second.isDisjoint(with: a.termSet)
        }
    }

    /// Whether the figure whose first token is `first` is a whole that a part is counted
    /// against: "of" and a number before it, with at most three words between ("28 of 41
    /// passes", "eight of their last 10 games").
    static func isTotal(at first: Int, in tokens: ArraySlice<Token>) -> Bool {
        let earliest = max(tokens.startIndex + 1, first - 4)
        guard earliest < first else { return false }
        for index in stride(from: first - 1, through: earliest, by: -1)
        where tokens[index].lowercased == "of" {
            let part = tokens[index - 1]
            return part.kind == .number || SpelledNumber.isSmallNumber(part.lowercased)
        }
        return false
    }

    /// Whether `claim` counts over a season or a career rather than one occasion.
    static func spansSeason(_ claim: Claim) -> Bool {
        claim.tokens.contains { seasonWords.contains($0.lowercased) }
    }

    /// Whether `claim` counts over a part of an occasion or a period: an ordinal and a part
    /// ("the second half", "the sixth round", "the first quarter", "the first quake"), or an
    /// ordinal alone before a mark ("In the sixth, he landed one punch").
    static func spansPart(_ claim: Claim) -> Bool {
        let tokens = claim.tokens
        for index in tokens.indices.dropLast()
        where ordinals.contains(tokens[index].lowercased) {
            let next = tokens[index + 1]
            if parts.contains(next.lowercased) { return true }
            if index > tokens.startIndex, tokens[index - 1].lowercased == "the",
                next.kind == .punctuation, next.text != "-"
            {
                return true
            }
        }
        return false
    }

    static let ordinals: Set<String> = [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
        "tenth", "eleventh", "twelfth", "final", "opening", "last",
    ]

    /// Parts of an occasion, and one shock of a series ("The first quake, magnitude 7.6,
    /// struck … about 135 kilometers from Manokwari" is no rival of the quake the story
    /// reports).
    static let parts: Set<String> = [
        "half", "quarter", "round", "inning", "innings", "period", "set", "frame", "lap",
        "stage", "leg", "quake", "earthquake", "tremor", "shock", "blast", "explosion",
    ]

    /// Words of a span longer than one occasion: a season's, a career's, a record in a
    /// school's or a league's history ("the first time that's happened in NFL history").
    static let seasonWords: Set<String> = ["season", "seasons", "career", "all-time", "history"]

    /// Whether two figures of one unit give different counts: different values hedged alike
    /// ("at least 12" against "at least 15"), or hedged differently and with no value both
    /// allow ("about 60" against "200", where "at least 3" against "10" is no difference).
    static func differ(_ first: Quantity, _ second: Quantity) -> Bool {
        first.qualifier == second.qualifier
            ? first.value != second.value : !first.allows(second)
    }

    /// What the negations of `claim` govern, or nil when nothing in it is negated: the
    /// content words of the few tokens after each, within its clause; the word each denies,
    /// the first past auxiliaries and articles ("hadn't missed a game": "miss"; "would not
    /// say what": "say"), as its term or, for a function word, lowercased; and who each
    /// denies it of, where its clause names them (``subject(ofNegationAt:in:of:)``).
    ///
    /// A command ("Don't talk", "Do not enter") states nothing and denies nothing.
    static func denied(_ claim: Claim) -> Denial? {
        let tokens = Array(claim.tokens)
        var denied: Denial?
        for index in tokens.indices where negates(tokens, at: index) {
            guard !isCommand(tokens, at: index) else { continue }
            var found = denied ?? Denial()
            if let subject = subject(ofNegationAt: index, in: tokens, of: claim) {
                found.subjects.append(subject)
            }
            var head: String?
            for next in scope(of: index, in: tokens) {
                let term = claim.tokenTerms[next]
                if let term { found.terms.insert(term) }
                let word = tokens[next].lowercased
                if head == nil, tokens[next].isWord, !beforeDenied.contains(word) {
                    head = term ?? word
                }
            }
            if let head { found.heads.insert(head) }
            if quantifiers.contains(tokens[index].lowercased) {
                found.predicates.formUnion(predicates(after: index, in: tokens, of: claim))
            }
            denied = found
        }
        return denied
    }

    /// What a claim's negations deny, and of whom.
    struct Denial {
        var terms: Set<String> = []
        var heads: Set<String> = []
        /// The names the negated clauses are about, each as the terms a claim about it has
        /// ("Harrison, who hadn't missed a game" is about Harrison).
        var subjects: [Set<String>] = []
        /// For a negating quantifier ("None of the other teams … has been reported to have
        /// offered …", "No decision has been reached"), the verbs of its clause, one of which
        /// the other claim must state: such a negation denies its clause's predicate, not the
        /// nouns it quantifies.
        var predicates: Set<String> = []
    }

    /// Whether a negation denies only a state of mind: "I don't recall any phone call",
    /// "none of those offers are believed to be for more than eight years". Not knowing,
    /// recalling or believing a thing denies no fact another source states.
    static func deniesAnAttitude(_ denial: Denial) -> Bool {
        // The verb of whoever reports it ("…, sources said") is no part of what is denied.
        let denied = (denial.predicates.isEmpty ? denial.heads : denial.predicates)
            .subtracting(Aspect.speechStems).subtracting(Lexicon.speechVerbs)
        return !denied.isEmpty && denied.isSubset(of: attitudeTerms)
    }

    /// The terms of verbs of knowing, remembering and believing.
    static let attitudeTerms: Set<String> = Set(
        Terms.content(
            "recall recalled remember remembered know knew known think thought believe believed expect expected"
        ))

    /// Negations that quantify a noun: they deny what their clause says of it.
    static let quantifiers: Set<String> = ["no", "none", "nobody", "no-one", "noone", "neither"]

    /// The terms of the verbs in the past or a participle ("reported", "offered", "hurt") in the
    /// clause after the token at `index`, up to its end or 25 tokens.
    static func predicates(after index: Int, in tokens: [Token], of claim: Claim) -> Set<String> {
        var found: Set<String> = []
        for next in tokens.indices.dropFirst(index + 1).prefix(25) {
            let word = tokens[next].lowercased
            if [".", ";", ":", "but"].contains(word) { break }
            if tokens[next].isWord, EventOrder.isVerbForm(word) {
                found.insert(claim.tokenTerms[next] ?? word)
            }
        }
        return found
    }

    /// Whether the negation at `index` opens a command: "Don't" or "Do not" first in its
    /// clause ("A sign warned, \"Don't talk.\"").
    static func isCommand(_ tokens: [Token], at index: Int) -> Bool {
        let word = tokens[index].lowercased
        let opensCommand: Bool
        var start = index
        if ["don't", "dont", "don\u{2019}t"].contains(word) {
            opensCommand = true
        } else if word == "not", index > 0, tokens[index - 1].lowercased == "do" {
            opensCommand = true
            start = index - 1
        } else {
            opensCommand = false
        }
        guard opensCommand else { return false }
        let before = tokens[..<start].last { $0.isWord || clauseMarks.contains($0.text) }
        return before == nil || clauseMarks.contains(before!.text)
    }

    /// Marks after which a clause, or a quotation, begins.
    static let clauseMarks: Set<String> = [",", ";", ":", ".", "\"", "\u{201C}", "(", "-"]

    /// The terms of the name (of a person or a body, not a place) that the negated clause at
    /// `index` of `tokens`, `claim`'s, is about: the nearest name before the negation within its
    /// clause ("LaRue insisted he was not Deep Throat" is about LaRue), a person by surname,
    /// which later mentions use. A relative clause is about the name it follows ("Harrison,
    /// who hadn't missed a game", also where the clause is a claim of its own). Nil where the
    /// clause names no one before it ("None of the other teams …").
    static func subject(ofNegationAt index: Int, in tokens: [Token], of claim: Claim)
        -> Set<String>?
    {
        var cursor = index - 1
        var clauseStart = 0
        while cursor >= 0 {
            let word = tokens[cursor].lowercased
            if word == "who", cursor >= 1, tokens[cursor - 1].text == "," {
                cursor -= 2
                continue
            }
            if [";", ":", "but", "while"].contains(word)
                || (word == "," && tokens[cursor + 1].lowercased != "who")
            {
                clauseStart = cursor + 1
                break
            }
            cursor -= 1
        }
        // The names' places among the claim's tokens (a main clause's tokens are numbered
        // apart from its sentence's once a relative clause is taken out), found by their words.
        let clause = tokens[clauseStart..<index]
        let name = claim.entities.last { entity in
            guard entity.kind != .place else { return false }
            let words = entity.text.split(separator: " ")
            guard let first = words.first, words.count <= clause.count else { return false }
            return clause.indices.contains { start in
                tokens[start].text == first && start + words.count <= index
                    && zip(tokens[start..<start + words.count], words).allSatisfy {
                        $0.text == $1
                    }
            }
        }
        guard let name = name ?? (clauseStart == 0 ? claim.antecedent : nil) else { return nil }
        let terms = Terms.content(name.kind == .person ? name.surname : name.text)
        return terms.isEmpty ? nil : Set(terms)
    }

    /// Words between a negation and what it denies: "didn't even allow", "has not been
    /// determined", "none of the other teams".
    static let beforeDenied: Set<String> = [
        "even", "yet", "ever", "always", "really", "just", "be", "been", "being", "have", "has",
        "had", "do", "does", "did", "is", "are", "was", "were", "a", "an", "the", "any", "of",
        "those", "these", "that", "this", "to", "so", "too",
    ]

    /// The words of `claim`'s first negation with those it governs, to name what a denial is
    /// about: the verb it follows ("pleaded not guilty", "did not point the gun"), and no
    /// word its scope ends on that leads nowhere ("None of the other teams", not "… teams in").
    static func deniedWords(_ claim: Claim) -> String? {
        let tokens = Array(claim.tokens)
        guard let index = tokens.indices.first(where: { negates(tokens, at: $0) }) else {
            return nil
        }
        var start = index
        if index > 0, tokens[index - 1].isWord, !quantifiers.contains(tokens[index].lowercased),
            !linkingWords.contains(tokens[index - 1].lowercased)
        {
            start = index - 1
        }
        var end = scope(of: index, in: tokens).upperBound
        while end > index + 1, linkingWords.contains(tokens[end - 1].lowercased) { end -= 1 }
        return QuoteExtractor.join(tokens[start..<end]).trimmingWhitespace()
    }

    /// Words that join a phrase to the next: a quoted denial neither starts nor ends on one.
    static let linkingWords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "that", "which", "who", "to", "of", "in", "on",
        "at", "for", "by", "with", "from", "as", "into",
    ]

    /// The share of the smaller claim's terms the other also has.
    static func overlap(_ a: Claim, _ b: Claim) -> Double {
        let smaller = min(a.termSet.count, b.termSet.count)
        guard smaller > 0 else { return 0 }
        return Double(a.termSet.intersection(b.termSet).count) / Double(smaller)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a)
        let b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(
                    previous[j] + 1, current[j - 1] + 1,
                    previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
