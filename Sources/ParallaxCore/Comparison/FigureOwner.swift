/// Whose figure a figure is, where the sentence names who it belongs to: the ages of "John
/// Jenkin, 23" and "Kathryn Jenkin, 20", the points of "Will Artino scored 14 points and Gregory
/// Echenique had 11", the yards of "the Colts gained 507 yards". Two figures of different
/// owners are no rivals; a figure of no named owner (a toll, a distance, "the 36-year-old
/// climber") stays a rival of any.
enum FigureOwner {
    /// Who `quantity`, whose first token is `first`, belongs to: the name lowercased, or nil.
    ///
    /// An age belongs to the person named right before it ("John Jenkin, 23"). Another figure
    /// belongs to a name (not a place's) right after it ("13 points from Seth VanDeest"), to
    /// the name a relative clause it is in follows ("VanDeest, who had 13 points"), or else to
    /// the subject of its clause: the nearest name before it that opens a clause (after a
    /// comma, "and", "while" or the sentence's start), not an object ("Artino complemented
    /// Echenique … by scoring 14 points" is Artino's) nor a speaker ("Smith said 10 …" and
    /// "said Smith" give a figure, they do not own it). Figures with a role (the killed, a
    /// depth, a distance) belong to no one: two sources giving two tolls dispute them
    /// whoever they quote.
    static func owner(
        of quantity: Quantity, at first: Int, in sentence: AnalyzedSentence, role: QuantityRole?
    ) -> String? {
        let tokens = sentence.tokens
        guard first < tokens.count else { return nil }
        if quantity.unit == "age" {
            return sentence.entities.last {
                $0.kind == .person && (first - 2...first).contains($0.tokenIndex + $0.tokenCount)
            }.map { $0.text.lowercased() }
        }
        // A role word that cannot be the figure's ("14 points from Artino" is no distance)
        // is no role.
        if let role, role.fits(quantity.unit) { return nil }
        // Teams and bodies own figures as people do ("the Colts gained 507 yards"), and a
        // surname the article never gave in full is typed neither person nor place.
        let owners = sentence.entities.filter { $0.kind != .place }
        guard !owners.isEmpty else { return nil }
        // "13 points from Seth VanDeest": within the figure's few words, "from" or "by" and a
        // name.
        var index = first + 1
        while index < min(tokens.count - 1, first + 4) {
            let word = tokens[index].lowercased
            if word == "from" || word == "by",
                let name = owners.first(where: { $0.tokenIndex == index + 1 })
            {
                return name.text.lowercased()
            }
            if tokens[index].kind == .punctuation { break }
            index += 1
        }
        for name in owners.reversed() where name.tokenIndex + name.tokenCount <= first {
            let end = name.tokenIndex + name.tokenCount
            // A new clause between the name and the figure belongs to someone else.
            if tokens[end..<first].contains(where: { clauseBreaks.contains($0.lowercased) }) {
                return nil
            }
            let next = end < tokens.count ? tokens[end].lowercased : ""
            // "VanDeest, who had 13 points": the clause is about the name.
            if next == "who"
                || (next == "," && end + 1 < first && tokens[end + 1].lowercased == "who")
            {
                return name.text.lowercased()
            }
            // What stands before the name, past an article ("and the Colts gained").
            var before = name.tokenIndex - 1
            if before >= 0, ["the", "a"].contains(tokens[before].lowercased) { before -= 1 }
            let opener = before >= 0 ? tokens[before].lowercased : ""
            // A speaker: "Smith said", "said Smith," (but "said Smith scored" opens a clause).
            let closes = next == "," || next == "." || end == tokens.count
            // "Peyton Hillis added 101 yards" adds to a tally: no speech.
            let tallies = tallyVerbs.contains(next) && first - end <= 3
            if Lexicon.speechVerbs.contains(next) && !tallies
                || (Lexicon.speechVerbs.contains(opener) && closes)
            {
                continue
            }
            if before < 0 || clauseOpeners.contains(opener) || Lexicon.speechVerbs.contains(opener)
            {
                return name.text.lowercased()
            }
        }
        return nil
    }

    /// Words before a name that put it at the head of a clause, as its subject.
    static let clauseOpeners: Set<String> = [
        ",", "and", "while", "whereas", "but", ";", "(", "\"", "with", "as", "when", "after",
        "before", "since", "then", "though", "although",
    ]

    /// Verbs of speech that, right before a figure, add it to a tally: "Hillis added 101
    /// yards", "added a career-high 14 points".
    static let tallyVerbs: Set<String> = ["added", "adds", "add"]

    /// Words that end the clause a figure is in, looking back from it.
    static let clauseBreaks: Set<String> = [";", "while", "whereas", "but"]
}
