import Foundation

/// Compares several reports of one story: what they agree on, what only some report, where
/// they conflict, who is quoted, and a merged summary, every statement traced to sentences.
///
/// ```swift
/// let report = StoryComparison().compare([first, second])
/// report.agreed.first?.evidence  // the sentence of each source that reports the fact
/// ```
public struct StoryComparison: Sendable {
    /// The least similarity for two claims to count as the same fact, from 0 to 1.
    public var threshold: Double
    /// The most sentences the merged summary holds.
    public var summaryLength: Int

    /// Creates a comparison with its settings.
    public init(threshold: Double = 0.3, summaryLength: Int = 10) {
        self.threshold = threshold
        self.summaryLength = summaryLength
    }

    /// Compares `articles`, numbered from 1 in the order given.
    ///
    /// The output depends only on the articles and their order.
    /// - Complexity: about O(*c* · *k*) for *c* claims with *k* candidate matches each.
    public func compare(_ articles: [Article]) -> ComparisonReport {
        let analyses = articles.enumerated().map { ArticleAnalyzer.analyze($1, number: $0 + 1) }
        return compare(analyses)
    }

    /// Compares articles already analysed.
    public func compare(_ analyses: [ArticleAnalysis]) -> ComparisonReport {
        var claims: [Claim] = []
        var sentencesByRef: [SentenceRef: AnalyzedSentence] = [:]
        for analysis in analyses {
            for sentence in analysis.sentences {
                sentencesByRef[sentence.ref] = sentence
                guard !sentence.isHeading, sentence.terms.count >= 2 else { continue }
                claims.append(
                    contentsOf: ClaimSplitter.claims(of: sentence, startingAt: claims.count))
            }
        }
        var aligner = ClaimAligner(claims: claims)
        aligner.threshold = threshold
        let (groups, pairs) = aligner.facts()
        let published = Dictionary(
            uniqueKeysWithValues: analyses.compactMap { analysis in
                analysis.article.published.map { (analysis.number, $0.timeIntervalSince1970) }
            })
        let evidence = { (ref: SentenceRef) in
            Evidence(source: ref.source, sentence: ref, text: sentencesByRef[ref]?.text ?? "")
        }

        // Conflicts within matched facts, then the order of events across the story.
        var findings: [(Int, ConflictDetector.Finding)] = []
        var groupOf: [Int: Int] = [:]
        for (index, group) in groups.enumerated() { for claim in group { groupOf[claim] = index } }
        for pair in pairs {
            guard let group = groupOf[pair.first] else { continue }
            for finding in ConflictDetector.differences(
                claims[pair.first], claims[pair.second], published: published)
            {
                findings.append((group, finding))
            }
        }
        let merged = Self.merge(findings, evidence: evidence)
        var conflicts = merged.map(\.1)
        var conflictsByGroup: [Int: [String]] = [:]
        for (group, conflict) in merged { conflictsByGroup[group, default: []].append(conflict.id) }
        conflicts.append(
            contentsOf: orderConflicts(
                analyses, startingAt: conflicts.count + 1, evidence: evidence))
        for (a, b) in NameVariants.conflicts(analyses) {
            conflicts.append(
                Conflict(
                    id: "C\(conflicts.count + 1)", kind: .contradiction, aspect: .name,
                    description:
                        "The sources name a person differently: \(a.name) (\(a.sentence.ref.source)) against \(b.name) (\(b.sentence.ref.source)).",
                    sides: [a, b].map {
                        Conflict.Side(
                            source: $0.sentence.ref.source, sentence: $0.sentence.ref,
                            text: $0.sentence.text, value: $0.name)
                    }, later: nil))
        }

        let agreed = groups.enumerated().map { index, group in
            let members = group.map { claims[$0] }
            let refs = Array(Set(members.map(\.sentence))).sorted()
            let fullest = members.max { ($0.terms.count, $1.id) < ($1.terms.count, $0.id) }!
            let similarity =
                pairs.filter { groupOf[$0.first] == index }.map(\.similarity).max() ?? 0
            return AgreedFact(
                id: "A\(index + 1)", fact: fullest.text,
                sources: Array(Set(refs.map(\.source))).sorted(), evidence: refs.map(evidence),
                similarity: (similarity * 1000).rounded() / 1000, conflicts: conflictsByGroup[index]
            )
        }
        let unique = uniqueFacts(
            claims: claims, groups: groups, groupOf: groupOf, evidence: evidence)
        let people = PeopleIndex(analyses)
        let quotes = QuoteGrouper.group(analyses, people: people)
        let summary = SummaryBuilder(length: summaryLength).summary(
            agreed: agreed, conflicts: conflicts, unique: unique, sentences: sentencesByRef)
        return ComparisonReport(
            sources: analyses.map(Self.sourceReport), agreed: agreed, unique: unique,
            conflicts: conflicts, quotes: quotes, summary: summary)
    }

    static func sourceReport(_ analysis: ArticleAnalysis) -> SourceReport {
        let article = analysis.article
        return SourceReport(
            number: analysis.number, id: article.id.rawValue, name: article.source,
            title: article.title, url: article.url,
            published: article.published.map { $0.formatted(.iso8601) },
            sentences: analysis.sentences.map {
                SourceReport.Sentence(id: $0.ref, text: $0.text, heading: $0.isHeading ? true : nil)
            },
            removed: article.cleaned.removals)
    }

}
