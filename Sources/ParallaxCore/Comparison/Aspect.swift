/// The state of an action as a claim reports it: still ahead or under way ("is returning",
/// "will return", "is expected to return"), or done ("returned", "has returned").
enum Aspect {
    case prospective, completed

    /// Auxiliaries of the present progressive, which reports an action ahead or under way ("is
    /// returning"). The past progressive ("was planning") is not: it tells what went on then,
    /// and "had planned" in a later report does not advance it.
    static let progressiveAuxiliaries: Set<String> = ["is", "are", "am", "'s"]
    static let futureMarkers: Set<String> = [
        "will", "would", "shall", "expected", "set", "due", "plans", "planned", "going", "to",
    ]

    /// The aspect in which `claim` reports the action named by `stem`, if it names it.
    ///
    /// Reporting is not an action of the story ("ESPN is reporting" is no report under way
    /// that "the reported offer" completes); a participle after an article or a possessive
    /// describes ("the reported offer"), and a denied action is not done ("hadn't missed").
    static func of(_ stem: String, in claim: Claim) -> Aspect? {
        guard !speechStems.contains(stem) else { return nil }
        let tokens = Array(claim.tokens)
        for (index, token) in tokens.enumerated() where token.isWord {
            let lower = token.lowercased
            guard claim.tokenTerms[index] == stem else { continue }
            let previous = index > 0 ? tokens[index - 1].lowercased : ""
            let before = index > 1 ? tokens[index - 2].lowercased : ""
            // Denied as the conflicts read a denial: also "didn ' t" split by a page, and a
            // refusal ("failed to complete").
            if (index > 0 && ConflictDetector.negates(tokens, at: index - 1))
                || (index > 1 && ConflictDetector.negates(tokens, at: index - 2))
                || determiners.contains(previous)
            {
                continue
            }
            if lower.hasSuffix("ing"),
                progressiveAuxiliaries.contains(previous)
                    || (previous == "and" && progressiveAuxiliaries.contains(before))
                    || previous == "be"
            {
                return .prospective
            }
            if ["will", "would", "shall", "'ll"].contains(previous)
                || (previous == "to" && futureMarkers.contains(before))
            {
                return .prospective
            }
            if lower.hasSuffix("ed"), !["be", "being", "been", "to"].contains(previous),
                !tellsAnEarlierTime(tokens, before: index)
            {
                return .completed
            }
        }
        return nil
    }

    /// Whether the clause of a past verb at `index` tells of an earlier time the action
    /// happened, not of this one: "The last time the two teams played", "when they last
    /// met", "the previous time". A later "will play" is no update of it.
    static func tellsAnEarlierTime(_ tokens: [Token], before index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 0, index - cursor <= 6, tokens[cursor].kind != .punctuation {
            let word = tokens[cursor].lowercased
            if word == "last" || word == "previous" || word == "earlier",
                cursor == index - 1 || tokens[cursor + 1].lowercased == "time"
            {
                return true
            }
            cursor -= 1
        }
        return false
    }

    /// The terms of the verbs that only report speech: "reporting", "reported" (not
    /// "continued" or "confirmed", which also tell of deeds).
    static let speechStems: Set<String> = Set(
        Terms.content("say said says tell told telling report reported reporting tweeted"))

    /// Words after which a participle describes a noun: "the reported offer", "his injured
    /// knee".
    static let determiners: Set<String> = [
        "the", "a", "an", "his", "her", "its", "their", "our", "my", "your", "this", "that",
    ]

    /// An update between two matched claims: one reports as ahead what the other reports done.
    /// A question reports nothing ("What is he pointing a gun at, knowing that they would kill
    /// him?").
    static func update(_ a: Claim, _ b: Claim) -> ConflictDetector.Finding? {
        guard !ConflictDetector.isQuestion(a), !ConflictDetector.isQuestion(b) else { return nil }
        let shared = a.termSet.intersection(b.termSet).subtracting(a.nameTerms).sorted()
        for stem in shared {
            guard let first = of(stem, in: a), let second = of(stem, in: b), first != second else {
                continue
            }
            let (early, late) = first == .prospective ? (a, b) : (b, a)
            func word(_ claim: Claim) -> String {
                claim.tokenTerms.firstIndex(of: stem).map {
                    claim.tokens[claim.tokens.startIndex + $0].text
                } ?? stem
            }
            let (word, earlyWord) = (word(late), word(early))
            let lateDate = late.dates.first.map { " (\($0.text))" } ?? ""
            return ConflictDetector.Finding(
                kind: .update, aspect: .status,
                description:
                    "A later report advances an earlier one: \"\(earlyWord)\" becomes \"\(word)\"\(lateDate).",
                first: (early, "under way: \(earlyWord)"),
                second: (late, "done: \(word)\(lateDate)"),
                later: late.sentence.source)
        }
        return nil
    }
}
