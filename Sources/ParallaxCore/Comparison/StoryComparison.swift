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
    /// The least mean probability for sentences of different sources to be grouped as reports
    /// of one happening.
    public var eventThreshold: Double
    /// Reads sentences for meaning as well as words, when at hand.
    public var embedder: (any SentenceEmbedder)?
    /// The most sentences read with `embedder`: a larger story is matched on words, names and
    /// figures alone, as encoding costs about 5 ms a sentence on two cores.
    public var embeddingLimit = 2000
    /// Judges whether two sentences report the same happening.
    public var eventModel: PairClassifier = .sameEvent
    /// The least probability of being the same happening for two sentences of one fact to have
    /// the figures of their claims compared where no claim of one matched one of the other
    /// ("Sixty-year-old Sharron Smith is now accused …" against "… have arrested and charged
    /// Sharron Smith, age 61, …" share too few words for their claims to match). On the 58
    /// ECB+ events 0.7 adds one dispute, that age (`scripts/conflict-census … --list
    /// number`); 0.5 added three more, of which one was wrong (the toll of one air strike
    /// against another's) and two told a count that had grown ("four days" of rioting
    /// against "five days").
    public var figureLink = 0.7

    /// Creates a comparison with its settings.
    public init(
        threshold: Double = 0.3, summaryLength: Int = 10, eventThreshold: Double = 0.2,
        embedder: (any SentenceEmbedder)? = nil
    ) {
        self.threshold = threshold
        self.summaryLength = summaryLength
        self.eventThreshold = eventThreshold
        self.embedder = embedder
    }

    /// Compares `articles`, numbered from 1 in the order given.
    ///
    /// The findings depend only on the articles, not on their order: the sources are read in
    /// the order of ``readingOrder(_:)``, and only their numbers follow the order given.
    /// - Complexity: about O(*c* · *k*) for *c* claims with *k* candidate matches each.
    public func compare(_ articles: [Article]) -> ComparisonReport {
        // Articles are read on all cores, each alone.
        let analyses = ParallelMap.map(each: articles.count) {
            ArticleAnalyzer.analyze(articles[$0], number: $0 + 1)
        }
        return compare(analyses)
    }

    /// The order the sources are read in, whatever order they were given in: by publication,
    /// the undated last, then by content (``Article/id``). Two runs given the same articles in
    /// different orders find the same facts and tell them in the same words.
    public static func readingOrder(_ analyses: [ArticleAnalysis]) -> [ArticleAnalysis] {
        analyses.sorted {
            ($0.article.published ?? .distantFuture, $0.article.id, $0.number) < (
                $1.article.published ?? .distantFuture, $1.article.id, $1.number
            )
        }
    }

    /// Compares articles already analysed, each keeping its number.
    public func compare(_ analyses: [ArticleAnalysis]) -> ComparisonReport {
        // Every choice between equals (which sentence tells a fact, which group comes first)
        // falls to the source read first, so the sources are read in an order of their own.
        let analyses = Self.readingOrder(analyses)
        let order = ReadingOrder(analyses)
        var sentences: [SentenceRef: AnalyzedSentence] = [:]
        for analysis in analyses {
            for sentence in analysis.sentences { sentences[sentence.ref] = sentence }
        }
        let sentencesByRef = sentences
        let evidence = { @Sendable (ref: SentenceRef) in
            Evidence(source: ref.source, sentence: ref, text: sentencesByRef[ref]?.text ?? "")
        }
        // What reads the story as a whole, not its matched facts (the order of events, names,
        // quotations), runs beside the matching: much of the matching keeps one core only.
        let storyWide = Background { [self] in
            (
                order: orderConflicts(analyses, order: order, evidence: evidence),
                names: NameVariants.conflicts(analyses),
                quotes: QuoteGrouper.group(analyses, people: PeopleIndex(analyses))
            )
        }
        // Each article's claims on all cores, then numbered in order.
        var claims = ParallelMap.map(each: analyses.count) { index in
            analyses[index].sentences.filter(\.makesClaims)
                .flatMap { ClaimSplitter.claims(of: $0, startingAt: 0) }
        }.flatMap { $0 }
        for index in claims.indices { claims[index].id = index }
        var aligner = ClaimAligner(claims: claims)
        aligner.threshold = threshold
        let (matchedGroups, matches) = aligner.facts()
        let published = PublicationOrder(
            dates: Dictionary(
                uniqueKeysWithValues: analyses.compactMap { analysis in
                    analysis.article.publishedDate.map { (analysis.number, $0) }
                }))

        // Agreed facts: sentences of different sources grouped as reports of one happening,
        // starting from the claims matched as one fact.
        let space = sentencePairs(analyses)
        let indexOf = Dictionary(
            uniqueKeysWithValues: space.sentences.enumerated().map { ($1.ref, $0) })
        let isHeadline = space.sentences.map(\.isHeadline)
        var links: [FactClusters.Pair: Double] = [:]
        let model = eventModel
        // Two sources are taken to report one happening where they share a fact, or where one
        // pair of their sentences is more likely the same happening than not: two reports of
        // two earthquakes describe them in alike sentences, but rarely state the same fact,
        // while two reports of one event may tell it in words too different for any claim to
        // match. Headlines (which make no claims) join the happenings of sources their bodies
        // join, but join none alone: two headlines of one kind of news ("Strong earthquake
        // jolts southern Iran", "Quake hits Aceh") read alike whatever the event.
        var sharing: Set<FactClusters.Pair> = []
        for pair in matches {
            sharing.insert(
                FactClusters.Pair(
                    claims[pair.first].sentence.source, claims[pair.second].sentence.source))
        }
        // Pairs of sources sharing a fact are judged in full. Of the others, only pairs close
        // in words (``leastLexicalAlone``) are judged first, to find the sources that a likely
        // pair joins; then the rest of the pairs of the sources joined.
        func sources(_ pair: (Int, Int)) -> FactClusters.Pair {
            FactClusters.Pair(
                space.sentences[pair.0].ref.source, space.sentences[pair.1].ref.source)
        }
        func judge(_ pairs: [(Int, Int)]) -> [Double] {
            ParallelMap.map(count: pairs.count) { range in
                pairs[range].map {
                    model.probability(space.features($0, $1), vectors: space.hasVectors)
                }
            }
        }
        var judged: [(Int, Int)] = []
        var rest: [(Int, Int)] = []
        for pair in space.candidates {
            if sharing.contains(sources(pair))
                || space.tfidf(pair.0, pair.1) >= Self.leastLexicalAlone
            {
                judged.append(pair)
            } else {
                rest.append(pair)
            }
        }
        var probabilities = judge(judged)
        for (pair, probability) in zip(judged, probabilities)
        where probability >= Self.linkAlone && !isHeadline[pair.0] && !isHeadline[pair.1] {
            sharing.insert(sources(pair))
        }
        let joined = rest.filter { sharing.contains(sources($0)) }
        judged += joined
        probabilities += judge(joined)
        for (pair, probability) in zip(judged, probabilities)
        where probability > 0.05 && sharing.contains(sources(pair)) {
            links[FactClusters.Pair(pair.0, pair.1)] = probability
        }
        // A matched pair of claims whose sentences the model judges this unlikely to be one
        // happening is no match for grouping and citing (``leastMatchLink``). Conflicts are
        // still looked for in every match: reports that differ on a figure are the ones the
        // model finds least alike ("married the deputy three weeks before he was murdered"
        // against "had married two weeks before the shooting").
        func sentencePair(of pair: ClaimAligner.Pair) -> FactClusters.Pair? {
            guard let i = indexOf[claims[pair.first].sentence],
                let j = indexOf[claims[pair.second].sentence]
            else { return nil }
            return FactClusters.Pair(i, j)
        }
        let pairs = matches.filter { pair in
            sentencePair(of: pair).map { links[$0] ?? 0 >= Self.leastMatchLink } ?? true
        }
        let claimGroups =
            pairs.count == matches.count
            ? matchedGroups : ClaimAligner.groups(claims, pairs: pairs)
        let seeds = claimGroups.map { group in
            Array(Set(group.compactMap { indexOf[claims[$0].sentence] })).sorted()
        }
        // The pairs of sentences whose claims matched, each with its closest match.
        var sameFact: [FactClusters.Pair: Double] = [:]
        for pair in pairs {
            if let sentencePair = sentencePair(of: pair) {
                sameFact[sentencePair] = max(sameFact[sentencePair] ?? 0, pair.similarity)
            }
        }
        // Happenings first: every sentence of the sources about one happening. Then, within
        // each, facts of at most two sentences a source, closer than the happening's; the rest
        // of the happening is given with each fact as related sentences.
        let sourceOf = space.sentences.map(\.ref.source)
        let reportedByTwo = { (group: [Int]) in Set(group.map { sourceOf[$0] }).count >= 2 }
        // Happenings are found from the bodies alone; then each headline joins the one it is
        // closest to on average, if that reaches the happening's bar, as a related sentence of
        // its facts and in none (a story's headlines all read alike: clustered with the
        // bodies, they bridged happenings, and as a fact of their own they drew in whatever
        // body sentences shared their words, "Ellen DeGeneres to host Oscars" each outlet's
        // "she previously hosted in 2007").
        let bodyLinks = links.filter { !isHeadline[$0.key.first] && !isHeadline[$0.key.second] }
        var happenings = FactClusters(
            sources: sourceOf, links: bodyLinks, seeds: seeds, threshold: eventThreshold
        ).groups.filter(reportedByTwo)
        var headlineLinks: [Int: [Int: Double]] = [:]
        for (pair, probability) in links where isHeadline[pair.first] != isHeadline[pair.second] {
            let (headline, other) =
                isHeadline[pair.first] ? (pair.first, pair.second) : (pair.second, pair.first)
            headlineLinks[headline, default: [:]][other] = probability
        }
        var joining: [(happening: Int, headline: Int)] = []
        for (headline, linked) in headlineLinks {
            let closest = happenings.indices.map { index in
                (
                    index,
                    happenings[index].reduce(0) { $0 + (linked[$1] ?? 0) }
                        / Double(happenings[index].count)
                )
            }.max { $0.1 < $1.1 }
            if let closest, closest.1 >= eventThreshold { joining.append((closest.0, headline)) }
        }
        for (happening, headline) in joining.sorted(by: {
            ($0.happening, $0.headline) < ($1.happening, $1.headline)
        }) {
            happenings[happening].append(headline)
        }
        // Each happening is clustered on its own items, numbered from 0 in order, so that its
        // cost does not grow with the rest of the story.
        var happeningOfItem = [Int?](repeating: nil, count: space.sentences.count)
        var localIndex = [Int](repeating: -1, count: space.sentences.count)
        for (index, happening) in happenings.enumerated() {
            for (local, item) in happening.enumerated() {
                happeningOfItem[item] = index
                localIndex[item] = local
            }
        }
        var innerLinks = [[FactClusters.Pair: Double]](repeating: [:], count: happenings.count)
        for (pair, probability) in bodyLinks {
            if let index = happeningOfItem[pair.first], happeningOfItem[pair.second] == index {
                innerLinks[index][
                    FactClusters.Pair(localIndex[pair.first], localIndex[pair.second])] =
                    probability
            }
        }
        var innerSeeds = [[[Int]]](repeating: [], count: happenings.count)
        for seed in seeds {
            let byHappening = Dictionary(grouping: seed.filter { happeningOfItem[$0] != nil }) {
                happeningOfItem[$0]!
            }
            for (index, items) in byHappening where items.count > 1 {
                innerSeeds[index].append(items.map { localIndex[$0] })
            }
        }
        // Matched claims joined pair by pair, the closest match first, within
        // ``sentencesPerSource`` sentences of a source (``FactClusters/joined(_:sources:perSource:)``):
        // matches chain, and their whole groups made one fact of a climber's fall, the other
        // climber's death and 46 sentences.
        var matchedInHappening = [[FactClusters.Pair]](repeating: [], count: happenings.count)
        for pair in sameFact.keys.sorted(by: { (sameFact[$0]!, $1) > (sameFact[$1]!, $0) }) {
            if let index = happeningOfItem[pair.first], happeningOfItem[pair.second] == index {
                matchedInHappening[index].append(
                    FactClusters.Pair(localIndex[pair.first], localIndex[pair.second]))
            }
        }
        let cappedSeeds = happenings.enumerated().map { index, happening in
            FactClusters.joined(
                matchedInHappening[index], sources: happening.map { sourceOf[$0] },
                perSource: Self.sentencesPerSource)
        }
        // Per happening, three groupings of its sentences. Facts shown: a mean of ``factLink``
        // or more, started from the capped matches. Disputes: the same bar started from the
        // matched groups whole, so that every report of a figure stays beside the others.
        // Shared: facts as loose as the happening, whose sentences are no source's alone.
        // Where no two sources reach a bar, the looser grouping stands in, then the happening.
        var clusters: [[Int]] = []
        var related: [[Int]] = []
        // Each fact's happening, numbered from 1 in the order of the facts.
        var happeningOfCluster: [Int] = []
        var disputeGroups: [[Int]] = []
        var shared: Set<SentenceRef> = []
        for (index, happening) in happenings.enumerated() {
            // Only a happening of more sentences than a fact lists has any to choose from.
            let neighbours =
                happening.count > Self.relatedPerFact
                ? Self.neighbours(innerLinks[index], count: happening.count) : []
            func facts(closerThan bar: Double, seeds: [[Int]]) -> [[Int]] {
                FactClusters(
                    sources: happening.map { sourceOf[$0] }, links: innerLinks[index],
                    seeds: seeds, threshold: bar, perSource: Self.sentencesPerSource
                ).groups.map { $0.map { happening[$0] } }.filter(reportedByTwo)
            }
            var loose = facts(closerThan: eventThreshold, seeds: innerSeeds[index])
            if loose.isEmpty { loose = [happening] }
            for item in loose.joined() { shared.insert(space.sentences[item].ref) }
            var disputes = facts(closerThan: Self.factLink, seeds: innerSeeds[index])
            if disputes.isEmpty { disputes = loose }
            disputeGroups += disputes
            var shown = facts(closerThan: Self.factLink, seeds: cappedSeeds[index])
            if shown.isEmpty { shown = disputes }
            let number = (happeningOfCluster.last ?? 0) + 1
            for fact in shown {
                clusters.append(fact)
                happeningOfCluster.append(number)
                related.append(
                    Self.closest(
                        happening.filter { !fact.contains($0) }, to: fact,
                        neighbours: neighbours, localIndex: localIndex))
            }
        }
        var clusterOf: [SentenceRef: Int] = [:]
        for (index, group) in disputeGroups.enumerated() {
            for member in group { clusterOf[space.sentences[member].ref] = index }
        }
        let groups = claimGroups
        var groupOf: [Int: Int] = [:]
        for (index, group) in groups.enumerated() { for claim in group { groupOf[claim] = index } }

        // Conflicts within matched facts, then the order of events across the story.
        // On all cores, in the order of the pairs.
        let (clusterOfSentence, matchedClaims) = (clusterOf, claims)
        let given = SourceFigures(claims)
        let findings = ParallelMap.map(count: matches.count) { range in
            range.flatMap { index in
                let pair = matches[index]
                guard let cluster = clusterOfSentence[matchedClaims[pair.first].sentence] else {
                    return [(Int, ConflictDetector.Finding)]()
                }
                return ConflictDetector.differences(
                    matchedClaims[pair.first], matchedClaims[pair.second], published: published,
                    given: given
                ).map { (cluster, $0) }
            }
        }
        // Figures of one role that differ between the other claims of two sentences whose
        // claims were matched: "The quake occurred at 2:09 a.m. about 14 miles north of
        // Healdsburg", matched, "and had a depth of 1.2 miles", split from it, against "… on
        // the Maacama Fault with a depth of 12 miles". Only claims with such a figure look;
        // sentences merely of one fact are not enough (a toll of one strike is not a rival of
        // the day's).
        var counting: [SentenceRef: [Int]] = [:]
        for (index, claim) in claims.enumerated()
        where claim.quantityRoles.contains(where: { $0 != nil && $0 != .other }) {
            counting[claim.sentence, default: []].append(index)
        }
        var figureFindings: [(Int, ConflictDetector.Finding)] = []
        var looked: Set<[SentenceRef]> = []
        for pair in matches {
            let (first, second) = (claims[pair.first].sentence, claims[pair.second].sentence)
            guard let cluster = clusterOf[first], let mine = counting[first],
                let theirs = counting[second], looked.insert([first, second]).inserted
            else { continue }
            for a in mine {
                for b in theirs where !(a == pair.first && b == pair.second) {
                    figureFindings += ConflictDetector.figures(
                        claims[a], claims[b], published: published, given: given,
                        rolesKnown: true
                    ).map { (cluster, $0) }
                }
            }
        }
        figureFindings += Self.unmatchedFigures(
            claims, matches: matches, groups: disputeGroups, sentences: space.sentences.map(\.ref),
            links: links, bar: figureLink, published: published, given: given)
        let merged = Self.merge(findings + figureFindings, evidence: evidence, published: published)
        var conflicts = merged.map(\.1)
        // A fact shown names the disputes one of its sentences takes a side in.
        var conflictsOfSentence: [SentenceRef: [String]] = [:]
        for conflict in conflicts {
            for sentence in Set(conflict.sides.map(\.sentence)) {
                conflictsOfSentence[sentence, default: []].append(conflict.id)
            }
        }
        let conflictsByGroup = clusters.map { group -> [String]? in
            var ids: [String] = []
            for member in group {
                for id in conflictsOfSentence[space.sentences[member].ref] ?? []
                where !ids.contains(id) {
                    ids.append(id)
                }
            }
            return ids.isEmpty ? nil : ids
        }
        let (ordered, nameConflicts, quotes) = storyWide.value
        for var conflict in ordered {
            conflict.id = "C\(conflicts.count + 1)"
            conflicts.append(conflict)
        }
        for (a, b) in nameConflicts {
            // "Aldous Ferran (1) against Aldous Ferrin (2, 3, 4)": each spelling as the first
            // source to use it writes it, with every source that does.
            func spelling(_ mentions: [NameVariants.Mention]) -> String {
                "\(mentions[0].name) ("
                    + mentions.map { String($0.sentence.ref.source) }.joined(separator: ", ") + ")"
            }
            conflicts.append(
                Conflict(
                    id: "C\(conflicts.count + 1)", kind: .contradiction, aspect: .name,
                    description:
                        "The sources name a person differently: \(spelling(a)) against \(spelling(b)).",
                    sides: (a + b).map {
                        Conflict.Side(
                            source: $0.sentence.ref.source, sentence: $0.sentence.ref,
                            text: $0.sentence.text, value: $0.name)
                    }, later: nil))
        }

        // Each sentence's links by neighbour, in order, so that a group is measured through
        // the links it has rather than by looking up every pair of its members.
        var neighbours = Self.neighbours(links, count: space.sentences.count)
        for item in neighbours.indices { neighbours[item].sort { $0.sentence < $1.sentence } }
        var inGroup = [Bool](repeating: false, count: space.sentences.count)
        // A summary line cites the sources whose own sentence backs its wording: the same
        // fact, or more likely than not the same happening (``factLink``); and a source
        // reports an agreed fact's claim in the grid where one of its sentences backs the
        // claim's own.
        let backs = { (a: SentenceRef, b: SentenceRef) -> Bool in
            guard let i = indexOf[a], let j = indexOf[b] else { return false }
            let pair = FactClusters.Pair(i, j)
            return sameFact[pair] != nil || links[pair] ?? 0 >= Self.factLink
        }
        var stating: [Set<Int>] = []
        let agreed = clusters.enumerated().map { index, group in
            let refs = group.map { space.sentences[$0].ref }
            for item in group { inGroup[item] = true }
            defer { for item in group { inGroup[item] = false } }
            // The mean probability over the group's pairs of different sources, unlinked
            // pairs counting 0; summed in the order of the pairs, as a loop over them would.
            var sum = 0.0
            var isFact = false
            for i in group {
                for (j, probability) in neighbours[i]
                where j > i && inGroup[j] && sourceOf[i] != sourceOf[j] {
                    sum += probability
                }
            }
            for pair in sameFact.keys where inGroup[pair.first] && inGroup[pair.second] {
                if sourceOf[pair.first] != sourceOf[pair.second] {
                    isFact = true
                    break
                }
            }
            var bySource: [Int: Int] = [:]
            for item in group { bySource[sourceOf[item], default: 0] += 1 }
            let sameSourcePairs = bySource.values.reduce(0) { $0 + $1 * ($1 - 1) / 2 }
            let pairCount = group.count * (group.count - 1) / 2 - sameSourcePairs
            // In the words of the sentence closest to the others, the fullest on a tie.
            var closeness: [Int: Double] = [:]
            for item in group {
                var total = 0.0
                for (other, probability) in neighbours[item] where inGroup[other] {
                    total += probability
                }
                closeness[item] = total
            }
            let central = group.max { a, b in
                (closeness[a]!, space.sentences[a].terms.count, b) < (
                    closeness[b]!, space.sentences[b].terms.count, a
                )
            }!
            let similarity = sum / Double(max(pairCount, 1))
            // A source states the claim where a sentence of it backs the claim's own, or was
            // matched as one fact with a sentence that does.
            let claim = space.sentences[central].ref
            let backing = group.filter {
                sourceOf[$0] == claim.source || backs(claim, space.sentences[$0].ref)
            }
            let matched = group.filter { item in
                backing.contains { sameFact[FactClusters.Pair(item, $0)] != nil }
            }
            stating.append(Set((backing + matched).map { sourceOf[$0] }))
            return AgreedFact(
                id: "A\(index + 1)", match: isFact ? .fact : .event,
                fact: space.sentences[central].text,
                sources: Array(Set(refs.map(\.source))).sorted(), evidence: refs.map(evidence),
                related: related[index].isEmpty
                    ? nil : related[index].map { evidence(space.sentences[$0].ref) },
                similarity: (similarity * 1000).rounded() / 1000,
                conflicts: conflictsByGroup[index],
                happening: "H\(happeningOfCluster[index])"
            )
        }
        let unique = uniqueFacts(
            claims: claims, groups: groups, groupOf: groupOf,
            agreedSentences: shared,
            outlets: Dictionary(
                analyses.map { ($0.number, $0.article.source) }, uniquingKeysWith: { a, _ in a }),
            evidence: evidence)
        // The year of the latest dated report: facts of earlier years are background.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let year = analyses.compactMap(\.article.published).max().map {
            calendar.component(.year, from: $0)
        }
        let quoted = Set(
            analyses.flatMap { analysis in
                analysis.quotes.filter { $0.kind == .direct }.flatMap(\.sentences)
            })
        let summary = SummaryBuilder(length: summaryLength, year: year, order: order).summary(
            agreed: agreed, conflicts: conflicts, unique: unique, sentences: sentencesByRef,
            quoted: quoted, backs: backs)
        // The sources are listed by number.
        let numbered = analyses.sorted { $0.number < $1.number }
        let grid = ClaimGrid.rows(
            sources: numbered.map(\.number), agreed: agreed, unique: unique, conflicts: conflicts,
            stating: stating)
        return ComparisonReport(
            sources: numbered.map(Self.sourceReport), agreed: agreed, unique: unique,
            conflicts: conflicts, quotes: quotes, summary: summary, grid: grid,
            timeline: StoryTimeline(
                dates: published.dates, sources: numbered.map(\.number), grid: grid))
    }

    /// The features of every pair of sentences of different sources that the comparison
    /// judges, and whether they include sentence vectors, for training ``eventModel``.
    public func sentencePairFeatures(_ articles: [Article])
        -> (pairs: [(SentenceRef, SentenceRef, [Double])], vectors: Bool)
    {
        let analyses = articles.enumerated().map { ArticleAnalyzer.analyze($1, number: $0 + 1) }
        let space = sentencePairs(analyses)
        let pairs = space.candidates.map { i, j in
            (space.sentences[i].ref, space.sentences[j].ref, space.features(i, j))
        }
        return (pairs, space.hasVectors)
    }

    /// The names of the features of ``sentencePairFeatures(_:)``, and how many of them, at the
    /// end, use sentence vectors.
    public static let sentencePairFeatureNames = SentencePairs.featureNames
    public static var sentencePairVectorFeatures: Int { SentencePairs.vectorFeatures }

    /// The most sentences of one source an agreed fact groups.
    static let sentencesPerSource = 2

    /// The least probability of one pair of sentences being the same happening for two
    /// sources that share no matched fact to be grouped at all: more likely than not. In the
    /// cross-validation of `parallax train same-event` on the ECB+ alignment cases, agreed
    /// pairs' F1 is 0.488, against 0.468 when such sources were never grouped (the same
    /// command at commit 236026e), while reports of two different events of one kind are given
    /// an agreed fact in 30 comparisons of 90 against 25 (the command's decoy column).
    static let linkAlone = 0.5

    /// The least probability of being the same happening for sentences to be told as one
    /// fact, and for one sentence to back another's wording in the summary where their claims
    /// were not matched as one fact: more likely than not. The happening asks less
    /// (``eventThreshold``, 0.2), as the ECB+ alignment cases reward; a fact's sentences beyond
    /// it are given as the fact's related sentences, which those cases score alike (F1 0.515
    /// either way, `parallax eval alignment`). A citation says that the source reports the
    /// line: on the 58 ECB+ events of `scripts/conflict-census` (`--citations` lists each
    /// line's, to diff two builds' lists), 25 citations the happening's bar alone allowed, read by hand, held 6 that told the line's fact ("46 were arrested
    /// Wednesday night") and 19 that did not ("High winds meant the flames quickly spread" for
    /// "More than 50 firefighters tackled the blaze"); of 25 citations kept at this bar, 18
    /// tell it.
    static let factLink = 0.5

    /// The most sentences of its happening given with a fact as related: in a happening of
    /// thousands of sentences (a page of alike lines), each fact listing all the others made
    /// the report grow as the square of the story, 427 MB of JSON for two pages of 1,500
    /// lines each.
    static let relatedPerFact = 30

    /// Of a happening's `others`, the ``relatedPerFact`` most likely one happening with a
    /// sentence of `fact` (by the links of ``neighbours(_:count:)`` between the happening's
    /// sentences, numbered by `localIndex`), in their order, the earlier first where they are
    /// as likely; all of them where there are no more (`neighbours` is then not read, and may
    /// be empty).
    ///
    /// - Complexity: O(*l* + *n* log *n*) for the *l* links of the fact's sentences to the
    ///   *n* sentences they reach: the others unlinked are taken in order.
    static func closest(
        _ others: [Int], to fact: [Int], neighbours: [[(sentence: Int, probability: Double)]],
        localIndex: [Int]
    ) -> [Int] {
        guard others.count > relatedPerFact else { return others }
        var closeness: [Int: Double] = [:]
        for member in fact {
            for (sentence, probability) in neighbours[localIndex[member]] {
                closeness[sentence] = max(closeness[sentence] ?? 0, probability)
            }
        }
        let linked = others.indices.compactMap { place in
            closeness[localIndex[others[place]]].map { (place: place, closeness: $0) }
        }
        var kept = Set(
            linked.sorted { ($0.closeness, -$0.place) > ($1.closeness, -$1.place) }
                .prefix(relatedPerFact).map(\.place))
        for place in others.indices {
            guard kept.count < relatedPerFact else { break }
            kept.insert(place)
        }
        return others.indices.filter(kept.contains).map { others[$0] }
    }

    /// Each sentence's links to the others, from `links` between `count` sentences (a
    /// happening's, or a story's), each list in no particular order.
    static func neighbours(_ links: [FactClusters.Pair: Double], count: Int)
        -> [[(sentence: Int, probability: Double)]]
    {
        var neighbours = [[(sentence: Int, probability: Double)]](repeating: [], count: count)
        for (pair, probability) in links {
            neighbours[pair.first].append((pair.second, probability))
            neighbours[pair.second].append((pair.first, probability))
        }
        return neighbours
    }

    /// The least probability of being one happening for the sentences of two matched claims
    /// to stay matched: claims that share a word may still tell two things ("was the first
    /// vessel to reach the ferry" and "He could not be reached for comment"). Matches of the
    /// 58 ECB+ events of `scripts/conflict-census`, read by hand in a build that printed each
    /// match's probability (the report does not carry it): of the 66 below this, all 6
    /// below 0.1 were wrong ("Mr. Gigante had pleaded not guilty" and "In 2003, he pleaded
    /// guilty to obstructing justice") and 6 of 20 between 0.1 and this right ("is heavily
    /// tattooed" and "with tattoos of 'devil's horns' on his forehead"); of 20 of the 150
    /// between this and 0.2, 11 ("He had married two weeks before the shooting" and "The
    /// Diamond Bar resident was married two weeks ago").
    static let leastMatchLink = 0.15

    /// The least TF-IDF cosine for a pair of sentences of two sources that share no matched
    /// fact to be judged for ``linkAlone``. Measured with `parallax bench compare --events
    /// ecbplus-dev.jsonl --articles 50|200 --no-vectors` against commit 236026e, run in turn:
    /// judging every such pair (this bar at 0) made 50 articles (407 sentences) twice as slow,
    /// 234 ms against 108; at 0.1, 200 articles took 12% longer; at 0.2 neither is measurably
    /// slower, and cross-validated F1 is 0.488 against 0.492 with every pair judged.
    static let leastLexicalAlone = 0.2

    /// The story's sentences read for matching, with their vectors when an embedder is set.
    func sentencePairs(_ analyses: [ArticleAnalysis]) -> SentencePairs {
        let body = analyses.flatMap { analysis in
            analysis.sentences.filter(\.isCompared)
        }
        guard let embedder, body.count + analyses.count <= embeddingLimit else {
            return SentencePairs(analyses, encodings: [:], titles: [:])
        }
        // A title read as a compared headline is encoded once, as that sentence.
        let headlines = Set(body.filter(\.isHeadline).map(\.ref.source))
        let untitled = analyses.filter { !headlines.contains($0.number) }
        let titles = untitled.map { $0.article.title ?? $0.sentences.first?.text ?? "" }
        let encodings = embedder.encode(body.map(\.text) + titles)
        let byRef = Dictionary(
            uniqueKeysWithValues: zip(body.map(\.ref), encodings.prefix(body.count)))
        var titleEncodings = Dictionary(
            uniqueKeysWithValues: zip(untitled.map(\.number), encodings.suffix(titles.count)))
        for source in headlines {
            titleEncodings[source] = byRef[SentenceRef(source: source, index: 0)]
        }
        return SentencePairs(analyses, encodings: byRef, titles: titleEncodings)
    }

    static func sourceReport(_ analysis: ArticleAnalysis) -> SourceReport {
        let article = analysis.article
        return SourceReport(
            number: analysis.number, id: article.id.rawValue, name: article.source,
            title: article.title, url: article.url,
            published: article.publishedDate?.text,
            sentences: analysis.sentences.map {
                SourceReport.Sentence(id: $0.ref, text: $0.text, heading: $0.isHeading ? true : nil)
            },
            removed: article.cleaned.removals)
    }

}
