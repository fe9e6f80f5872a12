extension StoryComparison {
    /// Order-of-events contradictions between sources, numbered from `C1`: the caller numbers
    /// them on from its other conflicts. Each direction is told in the words of the source
    /// read first that states it (`order`).
    func orderConflicts(
        _ analyses: [ArticleAnalysis], order: ReadingOrder, evidence: (SentenceRef) -> Evidence
    ) -> [Conflict] {
        // Anchors: event words (not names) that two or more sources use.
        var sourcesOf: [String: Set<Int>] = [:]
        for analysis in analyses {
            for sentence in analysis.sentences {
                for (token, term) in zip(sentence.tokens, sentence.tokenTerms)
                where token.isWord && !token.isCapitalized {
                    if let term, Int(term) == nil {
                        sourcesOf[term, default: []].insert(analysis.number)
                    }
                }
            }
        }
        let anchors = Set(sourcesOf.filter { $0.value.count >= 2 }.keys).subtracting(
            ClaimAligner.weakTerms
        ).subtracting(EventOrder.timeTerms)
        let relations = analyses.map { EventOrder.relations(in: $0.sentences, anchors: anchors) }
        let years = analyses.map { EventOrder.years(in: $0.sentences, anchors: anchors) }
        // One conflict per pair of events, with every source's side.
        var keys: [[String]] = []
        var sides: [[String]: [EventOrder.Relation]] = [:]
        for (a, b) in EventOrder.contradictions(relations, years: years) {
            let key = [a.before, a.after].sorted()
            if sides[key] == nil { keys.append(key) }
            for relation in [a, b]
            where !(sides[key]?.contains { $0.sentence == relation.sentence } ?? false) {
                sides[key, default: []].append(relation)
            }
        }
        func readFirst(_ a: EventOrder.Relation, _ b: EventOrder.Relation) -> Bool {
            order.key(a.sentence) < order.key(b.sentence)
        }
        return keys.enumerated().map { offset, key in
            let relations = sides[key]!.sorted { $0.sentence < $1.sentence }
            // Each direction with the sources that state it.
            let forward = relations.filter { $0.before == relations[0].before }.sorted(
                by: readFirst)
            let backward = relations.filter { $0.before != relations[0].before }.sorted(
                by: readFirst)
            func stated(_ group: [EventOrder.Relation]) -> String {
                let sources = Array(Set(group.map(\.sentence.source))).sorted()
                return "\"\(group[0].beforeWord)\" before \"\(group[0].afterWord)\" ("
                    + sources.map(String.init).joined(separator: ", ") + ")"
            }
            return Conflict(
                id: "C\(offset + 1)", kind: .contradiction, aspect: .order,
                description:
                    "The sources order two events differently: \(stated(forward)) against \(stated(backward)).",
                // Each side's value is its direction in the words of the first source read to
                // state it, so that "striking before lost" sides with "struck before lost".
                sides: relations.map { relation in
                    let first = (relation.before == forward[0].before ? forward : backward)[0]
                    return Conflict.Side(
                        source: relation.sentence.source, sentence: relation.sentence,
                        text: evidence(relation.sentence).text,
                        value: "\(first.beforeWord) before \(first.afterWord)")
                }, later: nil)
        }
    }

    /// Whether `name` is the outlet's own: its name, a word of it ("the Observer" for "The
    /// Lanterne Observer"), or its initials ("MWS" for "Meridian Wire Service").
    static func names(_ name: String, outlet: String) -> Bool {
        let words = outlet.split(separator: " ").filter {
            !["the", "a", "an", "of"].contains($0.lowercased())
        }
        guard !words.isEmpty else { return false }
        let lower = name.lowercased()
        let initials = String(words.compactMap(\.first)).lowercased()
        return lower == outlet.lowercased() || lower == initials
            || (words.count > 1 && words.dropFirst().contains { $0.lowercased() == lower })
    }

    /// Claims no other source reports, and names and figures only one source gives for a
    /// shared fact.
    ///
    /// - Parameters:
    ///   - agreedSentences: Sentences of agreed facts: their main claims are not unique,
    ///     though their clauses and details may be.
    ///   - outlets: Each source's name: an outlet naming itself ("told MWS by telephone")
    ///     gives no detail of the story.
    func uniqueFacts(
        claims: [Claim], groups: [[Int]], groupOf: [Int: Int], agreedSentences: Set<SentenceRef>,
        outlets: [Int: String] = [:], evidence: (SentenceRef) -> Evidence
    ) -> [UniqueFact] {
        var facts: [UniqueFact] = []
        let unmatchedSentences = Set(
            claims.filter { $0.isMain && groupOf[$0.id] == nil }.map(\.sentence))
        // Whole claims: unmatched, and saying enough to be a fact.
        for claim in claims
        where groupOf[claim.id] == nil
            && !(claim.isMain && agreedSentences.contains(claim.sentence))
            && claim.termSet.count >= (claim.isMain ? 3 : 2)
        {
            // A clause of a sentence whose main claim is unmatched adds nothing on its own.
            if !claim.isMain, unmatchedSentences.contains(claim.sentence) { continue }
            // A clause that does not open a sentence ("… had opened a helpline for relatives")
            // is marked as the part of one it is.
            let opensLower = claim.text.unicodeScalars.first?.properties.isLowercase ?? false
            facts.append(
                UniqueFact(
                    id: "", kind: .claim, source: claim.sentence.source,
                    fact: !claim.isMain && opensLower ? "\u{2026}" + claim.text : claim.text,
                    evidence: [evidence(claim.sentence)]))
        }
        // Details: a name in a shared fact that no other source mentions anywhere.
        var namesBySource: [Int: Set<String>] = [:]
        for claim in claims {
            for entity in claim.entities {
                namesBySource[claim.sentence.source, default: []].insert(entity.key)
            }
            namesBySource[claim.sentence.source, default: []].formUnion(claim.termSet)
        }
        for group in groups {
            for member in group {
                let claim = claims[member]
                for entity in claim.entities where entity.kind != .other {
                    let source = claim.sentence.source
                    // A person named in full here and by surname elsewhere is no detail.
                    let entityTerms =
                        entity.kind == .person
                        ? Terms.content(entity.surname) : Terms.content(entity.text)
                    let elsewhere = namesBySource.contains { other, names in
                        other != source
                            && (names.contains(entity.key)
                                || entityTerms.allSatisfy { names.contains($0) })
                    }
                    guard !elsewhere,
                        !Self.names(entity.text, outlet: outlets[source] ?? "")
                    else { continue }
                    facts.append(
                        UniqueFact(
                            id: "", kind: .detail, source: source, fact: entity.text,
                            evidence: [evidence(claim.sentence)]))
                }
            }
        }
        var seen: Set<String> = []
        return facts.filter { seen.insert("\($0.source)|\($0.kind)|\($0.fact)").inserted }
            .sorted {
                ($0.source, $0.evidence[0].sentence.index, $0.kind.rawValue) < (
                    $1.source, $1.evidence[0].sentence.index, $1.kind.rawValue
                )
            }
            .enumerated().map { offset, fact in
                var fact = fact
                fact.id = "U\(offset + 1)"
                return fact
            }
    }
}
