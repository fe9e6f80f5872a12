/// The order of events each source states, and where two sources state opposite orders.
///
/// A source orders two events explicitly: with "after" and "before" ("subject to sanctions
/// after being appointed"), with cause ("the annexation led to sanctions"), with a connective
/// that opens a sentence ("Despite this, …", "Later, …"), or by giving each a different year.
/// Only events that more than one source names are ordered, so each is a shared anchor.
struct EventOrder {
    /// Event `before` precedes event `after`, as `sentence` states.
    struct Relation: Hashable {
        var before: String
        var after: String
        /// The words the sentence uses for the two events.
        var beforeWord: String
        var afterWord: String
        var sentence: SentenceRef
        var evidence: String
        /// Whether a sentence's opening ("Later, …") states it, ordering every event of the
        /// sentence before after the new one: too loose to set against years alone.
        var isOpened = false
    }

    /// Words of time, which place events but are none: "the day before Buckley's death" and
    /// "the day following Rait's death" order no "day" against a "death".
    static let timeTerms: Set<String> = Set(
        [
            "moment", "minute", "hour", "day", "night", "morning", "afternoon", "evening",
            "weekend", "week", "month", "season", "decade", "century", "today", "yesterday",
            "tomorrow", "time",
        ].flatMap { Terms.content($0) })

    static let connectivesAfter: Set<String> = ["after", "following", "since"]
    static let connectivesBefore: Set<String> = ["before", "until"]
    static let causal: [[String]] = [
        ["led", "to"], ["resulted", "in"], ["prompted"], ["triggered"], ["sparked"],
    ]
    static let sequenceOpeners: [[String]] = [
        ["despite", "this"], ["despite", "that"], ["after", "that"], ["afterwards"], ["later"],
        ["then"], ["subsequently"], ["soon", "after"],
    ]

    /// The most tokens between a connective and the events it orders.
    static let window = 25

    /// The relations a source's sentences state explicitly among `anchors`, the event terms
    /// shared with other sources.
    ///
    /// - Complexity: O(*n*) in the number of tokens: each connective looks only a bounded window
    ///   around itself.
    static func relations(in sentences: [AnalyzedSentence], anchors: Set<String>) -> [Relation] {
        var relations: [Relation] = []
        for (position, sentence) in sentences.enumerated() where sentence.isBodyText {
            let tokens = sentence.tokens
            var eventAt: [Int: (String, String)] = [:]
            for index in tokens.indices where tokens[index].isWord && !tokens[index].isCapitalized {
                if let term = sentence.tokenTerms[index], anchors.contains(term),
                    isEvent(tokens[index].lowercased)
                {
                    eventAt[index] = (term, tokens[index].text)
                }
            }
            guard !eventAt.isEmpty else { continue }
            func add(_ before: (String, String), _ after: (String, String), opened: Bool = false) {
                guard before.0 != after.0 else { return }
                relations.append(
                    Relation(
                        before: before.0, after: after.0, beforeWord: before.1, afterWord: after.1,
                        sentence: sentence.ref, evidence: sentence.text, isOpened: opened))
            }
            for (index, token) in tokens.enumerated() where token.isWord && index > 0 {
                let lower = token.lowercased
                let isAfter = connectivesAfter.contains(lower)
                let isBefore = connectivesBefore.contains(lower)
                let isCausal = causal.contains { phrase in
                    phrase.enumerated().allSatisfy { offset, word in
                        index + offset < tokens.count && tokens[index + offset].lowercased == word
                    }
                }
                guard isAfter || isBefore || isCausal else { continue }
                // The event before a connective is in its clause, and is the clause's verb where
                // it names one: "lost engine power several minutes before it struck".
                var clauseStart = index
                while clauseStart > 0, index - clauseStart < window,
                    ![",", ";", "and", "but", "while"].contains(tokens[clauseStart - 1].lowercased)
                {
                    clauseStart -= 1
                }
                let inClause = (clauseStart..<index).compactMap { at in eventAt[at].map { (at, $0) }
                }
                let left =
                    inClause.last { isVerbForm(tokens[$0.0].lowercased) }?.1 ?? inClause.last?.1
                let right = (index + 1..<min(tokens.count, index + 1 + window)).lazy
                    .compactMap { eventAt[$0] }.first
                guard let left, let right else { continue }
                if isAfter { add(right, left) } else { add(left, right) }
            }
            // "Despite this, …": the previous sentence's events come first.
            let opening = tokens.prefix(3).map(\.lowercased)
            if position > 0, sequenceOpeners.contains(where: { opening.starts(with: $0) }),
                let first = eventAt.keys.min().flatMap({ eventAt[$0] })
            {
                var previous: [String: String] = [:]
                let before = sentences[position - 1]
                for (token, term) in zip(before.tokens, before.tokenTerms).prefix(200)
                where token.isWord && !token.isCapitalized {
                    if let term, anchors.contains(term) {
                        previous[term] = previous[term] ?? token.text
                    }
                }
                for (term, word) in previous.sorted(by: { $0.key < $1.key }) {
                    add((term, word), first, opened: true)
                }
            }
        }
        return relations
    }

    /// When a source dates an event: the years of the sentences that name it and one year only.
    struct Dated {
        var earliest: Int
        var latest: Int
        var word: String
        var sentence: AnalyzedSentence
    }

    /// The years a source gives its events, by event term.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    static func years(in sentences: [AnalyzedSentence], anchors: Set<String>) -> [String: Dated] {
        var dated: [String: Dated] = [:]
        for sentence in sentences where sentence.isBodyText {
            let stated = Set(
                sentence.dates.compactMap {
                    ($0.kind == .year || $0.kind == .absolute) && !$0.isYearInferred ? $0.year : nil
                })
            guard stated.count == 1, let year = stated.first else { continue }
            for (token, term) in zip(sentence.tokens, sentence.tokenTerms)
            where token.isWord && !token.isCapitalized {
                guard let term, anchors.contains(term), isEvent(token.lowercased) else {
                    continue
                }
                if var entry = dated[term] {
                    entry.earliest = min(entry.earliest, year)
                    entry.latest = max(entry.latest, year)
                    dated[term] = entry
                } else {
                    dated[term] = Dated(
                        earliest: year, latest: year, word: token.text, sentence: sentence)
                }
            }
        }
        return dated
    }

    static let irregularPast: Set<String> = [
        "lost", "struck", "went", "began", "took", "made", "held", "found", "left", "fled", "hit",
        "led", "came", "fell", "rose", "sank", "broke", "ran", "won", "gave", "told", "said",
        "saw", "met", "sent", "spent", "built", "caught", "brought", "bought", "got", "drove",
        "flew", "shot", "stood", "wrote", "chose", "froze", "hid", "kept", "paid", "quit",
        "sold", "beat", "threw", "thrown", "hung", "fought", "sought", "cut", "hurt", "swore",
        "became", "begun", "drew", "grew", "given", "taken", "written",
        "spoken", "stolen", "broken", "chosen", "fallen", "risen", "shaken", "stuck", "sunk",
        "swung", "withdrew", "withdrawn", "upheld", "felt", "dealt", "shut", "spread",
        "bled", "slain", "slew", "blew", "blown", "tore", "torn",
    ]

    /// Whether a lower-case word is a past-tense or participle form of a verb.
    static func isVerbForm(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularPast.contains(word)
    }

    /// Whether a lower-case word names something that happens, and so can be ordered: a verb
    /// in the past or in "-ing" ("struck", "killing"), a noun of action ("annexation",
    /// "appointment") or of a happening ("death", "sanctions", "riot"). Written by hand for
    /// want of a part-of-speech tagger: without it, whatever two sources both say was
    /// "ordered" ("the worst rioting" after "the killing" against "killed" after "worst";
    /// "oil" and "serving", "magnitude" and "hit").
    static func isEvent(_ word: String) -> Bool {
        if isVerbForm(word) { return true }
        if word.hasSuffix("ing") {
            return word.count > 5 && !notEvents.contains(word)
        }
        if actionEndings.contains(where: { word.count > $0.count + 2 && word.hasSuffix($0) }) {
            return !notEvents.contains(word) && !notEvents.contains(String(word.dropLast()))
        }
        return happenings.contains(word)
            || (word.hasSuffix("s") && happenings.contains(String(word.dropLast())))
    }

    /// Endings of nouns of action: "annexation", "invasion", "appointment".
    static let actionEndings = ["tion", "tions", "sion", "sions", "ment", "ments"]

    /// Words with an ending of action that name no happening.
    static let notEvents: Set<String> = [
        "during", "including", "according", "regarding", "something", "nothing", "anything",
        "everything", "building", "morning", "evening", "spring", "ceiling", "meaning",
        "government", "department", "apartment", "equipment", "parliament", "environment",
        "management", "document", "instrument", "nation", "station", "population", "position",
        "information", "organization", "organisation", "administration", "foundation",
        "condition", "tradition", "location", "section", "portion", "edition", "question",
        "relation", "generation", "institution", "constitution", "commission", "division",
        "television", "version", "vision", "mention", "attention", "direction", "motion",
        "notion", "option", "emotion", "fraction", "addition", "intention", "pension",
        "session", "tension", "dimension", "mansion", "comment", "moment", "segment",
    ]

    /// Nouns of happenings without an ending of action.
    static let happenings: Set<String> = [
        "death", "attack", "war", "fire", "blaze", "quake", "earthquake", "tremor", "aftershock",
        "arrest", "crash", "strike", "riot", "murder", "trial", "sanction", "visit", "return",
        "raid", "blast", "storm", "flood", "vote", "win", "loss", "defeat", "victory", "deal",
        "merger", "launch", "release", "injury", "surgery", "sentence", "verdict", "plea",
        "protest", "rally", "march", "collapse", "escape", "fall", "suicide", "wedding", "birth",
        "divorce", "overdose", "ceremony", "funeral", "summit", "talk", "ban", "coup", "fight",
        "bout", "game", "interview", "charge", "lawsuit", "bid", "offer", "purchase", "sale",
        "takeover", "dismissal", "hire", "departure", "retirement", "comeback", "rescue",
        "outbreak", "spill", "leak", "hack", "breach", "rehab", "crackdown", "scandal",
        "shutdown", "lockdown", "closure", "seizure", "capture", "assault", "robbery", "theft",
        "burglary", "homicide", "shot", "invasion", "annexation", "appointment", "resignation",
        "election", "explosion", "eruption", "collision", "surrender",
    ]

    /// Pairs of relations from different sources that order the same two events oppositely.
    /// One side is always stated in words; the other is stated in words too, or follows from
    /// the years the other source gives the two events, where the first is stated by a
    /// connective ("after", "led to") and not only by a sentence's opening.
    ///
    /// - Complexity: O(*r* · *s*) for *r* explicit relations and *s* sources.
    static func contradictions(_ explicit: [[Relation]], years: [[String: Dated]]) -> [(
        Relation, Relation
    )] {
        var found: [(Relation, Relation)] = []
        var seen: Set<String> = []
        let byPair: [[String: Relation]] = explicit.map { relations in
            var table: [String: Relation] = [:]
            for relation in relations where table["\(relation.before)|\(relation.after)"] == nil {
                table["\(relation.before)|\(relation.after)"] = relation
            }
            return table
        }
        for (source, relations) in explicit.enumerated() {
            for relation in relations {
                for other in explicit.indices where other != source {
                    let opposite: Relation?
                    if let stated = byPair[other]["\(relation.after)|\(relation.before)"] {
                        opposite = stated
                    } else if !relation.isOpened, let earlier = years[other][relation.after],
                        let later = years[other][relation.before], earlier.latest < later.earliest
                    {
                        opposite = Relation(
                            before: relation.after, after: relation.before,
                            beforeWord: earlier.word,
                            afterWord: later.word, sentence: later.sentence.ref,
                            evidence: later.sentence.text)
                    } else {
                        opposite = nil
                    }
                    guard let opposite else { continue }
                    let key =
                        [relation.before, relation.after].sorted().joined(separator: "|")
                        + "|\(min(source, other))-\(max(source, other))"
                    if seen.insert(key).inserted {
                        found.append(source < other ? (relation, opposite) : (opposite, relation))
                    }
                }
            }
        }
        return found
    }
}
