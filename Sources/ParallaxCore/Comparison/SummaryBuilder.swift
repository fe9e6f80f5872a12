/// Writes the merged summary: the most widely reported facts first, each once, each sentence
/// citing its sources, then the disputed points stated as disputed.
struct SummaryBuilder {
    var length: Int

    /// The summary of a story's facts.
    ///
    /// - Parameter backs: Whether one sentence backs another's wording (the same fact, or
    ///   likely the same happening): a line cites only the sources whose sentence backs the
    ///   one it is told in, and a fact no second source backs that way is left out.
    func summary(
        agreed: [AgreedFact], conflicts: [Conflict], unique: [UniqueFact],
        sentences: [SentenceRef: AnalyzedSentence],
        backs: (SentenceRef, SentenceRef) -> Bool = { _, _ in true }
    ) -> [SummarySentence] {
        var result: [SummarySentence] = []
        var used: Set<SentenceRef> = []
        let updatesByLater = conflicts.filter { $0.kind == .update }
        // Facts the sources state alike before happenings they tell differently; then facts
        // most sources report; among equals, those reported earliest in articles.
        let ranked = agreed.sorted { a, b in
            let positionA = a.evidence.map(\.sentence.index).min() ?? 0
            let positionB = b.evidence.map(\.sentence.index).min() ?? 0
            return (a.match == .fact ? 0 : 1, -a.sources.count, positionA, a.id)
                < (b.match == .fact ? 0 : 1, -b.sources.count, positionB, b.id)
        }
        let contradicted = Set(conflicts.filter { $0.kind == .contradiction }.map(\.id))
        let disputedSentences = Set(
            conflicts.filter { $0.kind == .contradiction }.flatMap { $0.sides.map(\.sentence) })
        let contradictionBudget = conflicts.filter { $0.kind == .contradiction }.count
        let factBudget = max(3, length - min(contradictionBudget, length / 3))
        for fact in ranked where result.count < factBudget {
            // Tell each fact once: skip a fact whose sentences the summary already used.
            guard !fact.evidence.contains(where: { used.contains($0.sentence) }) else { continue }
            // A fact the sources contradict each other on is told as disputed, below.
            guard !(fact.conflicts ?? []).contains(where: contradicted.contains) else { continue }
            // The sentences of other sources backing each candidate wording.
            func backing(_ candidate: Evidence) -> [Evidence] {
                fact.evidence.filter {
                    $0.source != candidate.source && backs(candidate.sentence, $0.sentence)
                }
            }
            var chosen = representative(
                of: fact, sentences: sentences, avoiding: disputedSentences,
                backers: { Set(backing($0).map(\.source)).count })
            let backers = backing(chosen)
            guard !backers.isEmpty else { continue }
            // Quotations have their own section; the summary states facts.
            guard !chosen.text.contains("\"") && !chosen.text.contains("\u{201C}") else { continue }
            // For a fact that a later report advanced, tell the later state.
            if let update = updatesByLater.first(where: { conflict in
                conflict.sides.contains { side in
                    fact.evidence.contains { $0.sentence == side.sentence }
                }
            }), let later = update.sides.last {
                chosen = Evidence(source: later.source, sentence: later.sentence, text: later.text)
            }
            let cited = [chosen] + backers
            used.formUnion(fact.evidence.map(\.sentence))
            result.append(
                SummarySentence(
                    text: chosen.text, sources: Array(Set(cited.map(\.source))).sorted(),
                    evidence: cited.map(\.sentence).sorted(), disputed: nil))
        }
        for conflict in conflicts where conflict.kind == .contradiction && result.count < length {
            result.append(
                SummarySentence(
                    text: "Disputed: " + conflict.description,
                    sources: Array(Set(conflict.sides.map(\.source))).sorted(),
                    evidence: conflict.sides.map(\.sentence), disputed: true))
        }
        return result
    }

    static let pointingBack: Set<String> = [
        "this", "these", "that", "those", "he", "she", "it", "they", "his", "her", "its", "their",
        "there", "such", "both",
    ]

    /// The sentence that tells a fact best: plain statement rather than quotation, and sharing
    /// the most terms with the other sources' sentences of the fact.
    func representative(
        of fact: AgreedFact, sentences: [SentenceRef: AnalyzedSentence],
        avoiding disputed: Set<SentenceRef>, backers: (Evidence) -> Int = { _ in 1 }
    ) -> Evidence {
        func score(_ evidence: Evidence) -> (Int, Int, Int, Int, Int, Int) {
            // Backed by at least one other source first: a line must be an agreed one.
            let backed = backers(evidence) > 0 ? 1 : 0
            guard let sentence = sentences[evidence.sentence] else {
                return (backed, 0, 0, 0, 0, 0)
            }
            // A sentence that states a disputed point as fact is a poor summary of another.
            let undisputed = disputed.contains(evidence.sentence) ? 0 : 1
            let quoted = sentence.matchText.contains("\"") ? 0 : 1
            // A sentence that opens by pointing back ("These are…", "He was…") needs its
            // neighbours; one that names its subject stands alone.
            let opener = sentence.tokens.first?.lowercased ?? ""
            let standsAlone = Self.pointingBack.contains(opener) ? 0 : 1
            let terms = Set(sentence.terms)
            let shared = fact.evidence.filter { $0.source != evidence.source }.reduce(0) {
                sum, other in
                sum + terms.intersection(sentences[other.sentence]?.terms ?? []).count
            }
            return (backed, quoted, undisputed, standsAlone, shared, -sentence.terms.count)
        }
        return fact.evidence.max { a, b in
            let (scoreA, scoreB) = (score(a), score(b))
            return scoreA != scoreB ? scoreA < scoreB : a.sentence > b.sentence
        }!
    }
}
