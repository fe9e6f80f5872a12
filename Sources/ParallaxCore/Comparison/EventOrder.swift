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
    }

    static let connectivesAfter: Set<String> = ["after", "following", "since"]
    static let connectivesBefore: Set<String> = ["before", "until"]
    static let causal: [[String]] = [
        ["led", "to"], ["resulted", "in"], ["prompted"], ["triggered"], ["sparked"],
    ]
    static let sequenceOpeners: [[String]] = [
        ["despite", "this"], ["despite", "that"], ["after", "that"], ["afterwards"], ["later"],
        ["then"], ["subsequently"], ["soon", "after"],
    ]

    /// The relations a source's sentences state among `anchors`, the event terms shared with
    /// other sources.
    static func relations(in sentences: [AnalyzedSentence], anchors: Set<String>) -> [Relation] {
        var relations: [Relation] = []
        var years: [((String, String), Int, AnalyzedSentence)] = []
        for (position, sentence) in sentences.enumerated() where !sentence.isHeading {
            let tokens = sentence.tokens
            let events = tokens.indices.compactMap { index -> (Int, (String, String))? in
                guard tokens[index].isWord, !tokens[index].isCapitalized,
                    let term = Terms.term(for: tokens[index]), anchors.contains(term)
                else { return nil }
                return (index, (term, tokens[index].text))
            }
            func add(_ before: (String, String), _ after: (String, String)) {
                guard before.0 != after.0 else { return }
                relations.append(
                    Relation(
                        before: before.0, after: after.0, beforeWord: before.1, afterWord: after.1,
                        sentence: sentence.ref, evidence: sentence.text))
            }
            for (index, token) in tokens.enumerated() where token.isWord {
                let lower = token.lowercased
                // The event before a connective is in its clause, and is the clause's verb where
                // it names one: "lost engine power several minutes before it struck".
                let clauseStart =
                    (tokens[..<index].lastIndex {
                        [",", ";", "and", "but", "while"].contains($0.lowercased)
                    }
                        ?? -1) + 1
                let inClause = events.filter { $0.0 >= clauseStart && $0.0 < index }
                let left =
                    inClause.last { isVerbForm(tokens[$0.0].lowercased) } ?? inClause.last
                let right = events.first { $0.0 > index }
                if connectivesAfter.contains(lower), index > 0, let left, let right {
                    add(right.1, left.1)
                } else if connectivesBefore.contains(lower), index > 0, let left, let right {
                    add(left.1, right.1)
                } else if causal.contains(where: { phrase in
                    phrase.enumerated().allSatisfy { offset, word in
                        index + offset < tokens.count && tokens[index + offset].lowercased == word
                    }
                }), let left, let right {
                    add(left.1, right.1)
                }
            }
            // "Despite this, …": the previous sentence's events come first.
            let opening = tokens.prefix(3).map(\.lowercased)
            if position > 0, sequenceOpeners.contains(where: { opening.starts(with: $0) }),
                let first = events.first
            {
                var previous: [String: String] = [:]
                for token in sentences[position - 1].tokens
                where token.isWord && !token.isCapitalized {
                    if let term = Terms.term(for: token), anchors.contains(term) {
                        previous[term] = previous[term] ?? token.text
                    }
                }
                for (term, word) in previous.sorted(by: { $0.key < $1.key }) {
                    add((term, word), first.1)
                }
            }
            let stated = sentence.dates.compactMap {
                ($0.kind == .year || $0.kind == .absolute) && !$0.isYearInferred ? $0.year : nil
            }
            if Set(stated).count == 1, let year = stated.first {
                for (_, event) in events { years.append((event, year, sentence)) }
            }
        }
        for (first, firstYear, sentence) in years {
            for (second, secondYear, _) in years where firstYear < secondYear && first.0 != second.0
            {
                relations.append(
                    Relation(
                        before: first.0, after: second.0, beforeWord: first.1, afterWord: second.1,
                        sentence: sentence.ref, evidence: sentence.text))
            }
        }
        return relations
    }

    static let irregularPast: Set<String> = [
        "lost", "struck", "went", "began", "took", "made", "held", "found", "left", "fled", "hit",
        "led", "came", "fell", "rose", "sank", "broke", "ran", "won", "gave", "told", "said",
        "saw", "met", "sent", "spent", "built", "caught", "brought", "bought", "got", "drove",
        "flew", "shot", "stood", "wrote", "chose", "froze", "hid", "kept", "paid", "quit",
    ]

    /// Whether a lower-case word is a past-tense or participle form of a verb.
    static func isVerbForm(_ word: String) -> Bool {
        (word.hasSuffix("ed") && word.count > 4) || irregularPast.contains(word)
    }

    /// Pairs of relations from different sources that order the same two events oppositely.
    static func contradictions(_ bySource: [[Relation]]) -> [(Relation, Relation)] {
        var found: [(Relation, Relation)] = []
        var seen: Set<[String]> = []
        for (i, first) in bySource.enumerated() {
            for second in bySource[(i + 1)...] {
                for a in first {
                    guard
                        let b = second.first(where: { $0.before == a.after && $0.after == a.before }
                        )
                    else { continue }
                    let key = [a.before, a.after].sorted()
                    if seen.insert(key + ["\(a.sentence.source)-\(b.sentence.source)"]).inserted {
                        found.append((a, b))
                    }
                }
            }
        }
        return found
    }
}
