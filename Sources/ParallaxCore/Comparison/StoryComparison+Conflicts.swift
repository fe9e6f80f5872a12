extension StoryComparison {
    /// Merges the findings about one point of one fact into a single conflict with every
    /// source's side, numbered `C1`, `C2`… in order of first finding. Returns each conflict
    /// with the fact group it belongs to. A point some sources dispute is a contradiction
    /// even where others only advance it; `published` (by source) orders an update's figures.
    static func merge(
        _ findings: [(Int, ConflictDetector.Finding)], evidence: (SentenceRef) -> Evidence,
        published: PublicationOrder
    ) -> [(Int, Conflict)] {
        // A figure whose role was not read joins the dispute over the same figures with one,
        // where the two share a sentence: "five Israeli soldiers lost their lives" against
        // "seven soldiers" is the dispute over the soldiers killed, not a second one.
        // The disputes with a role, by fact group and unit, with their sentences.
        var roleTopics: [String: [(role: QuantityRole, sentences: Set<SentenceRef>)]] = [:]
        for (group, finding) in findings {
            guard let figure = finding.figure, let role = figure.role else { continue }
            let sentences: Set = [finding.first.claim.sentence, finding.second.claim.sentence]
            let key = "\(group)|\(figure.unit)"
            if let index = roleTopics[key]?.firstIndex(where: { $0.role == role }) {
                roleTopics[key]![index].sentences.formUnion(sentences)
            } else {
                roleTopics[key, default: []].append((role, sentences))
            }
        }
        var order: [String] = []
        var merged: [String: (Int, ConflictDetector.Finding, [Conflict.Side])] = [:]
        for (group, finding) in findings {
            var finding = finding
            if let figure = finding.figure, figure.role == nil, !figure.countsOther,
                let withRole = roleTopics["\(group)|\(figure.unit)"]?.first(where: {
                    $0.sentences.contains(finding.first.claim.sentence)
                        || $0.sentences.contains(finding.second.claim.sentence)
                })
            {
                finding.figure?.role = withRole.role
            }
            let key = "\(group)|\(finding.aspect)|\(finding.topic)"
            let sides = [finding.first, finding.second].map { claim, value in
                Conflict.Side(
                    source: claim.sentence.source, sentence: claim.sentence,
                    text: evidence(claim.sentence).text, value: value)
            }
            if var entry = merged[key] {
                for side in sides where !entry.2.contains(where: { $0.sentence == side.sentence }) {
                    entry.2.append(side)
                }
                // Described in the words of the finding told earliest in its articles, of
                // its kind: "returning" becomes "returned", in two ledes, rather than
                // "concluding" becomes "concluded", from a quoted statement further down.
                if finding.kind == entry.1.kind, Self.depth(finding) < Self.depth(entry.1) {
                    entry.1 = finding
                }
                if finding.kind == .contradiction {
                    entry.1.kind = .contradiction
                    entry.1.later = nil
                }
                merged[key] = entry
            } else {
                order.append(key)
                merged[key] = (group, finding, sides)
            }
        }
        return order.enumerated().map { offset, key in
            let (group, finding, unsorted) = merged[key]!
            let sides = unsorted.sorted { $0.sentence < $1.sentence }
            var description = finding.description
            if finding.aspect == .number && finding.kind == .update {
                let byDate = sides.sorted {
                    let (first, second) = (published.key($0.source), published.key($1.source))
                    return first != second ? first < second : $0.sentence < $1.sentence
                }
                description =
                    "Later reports give higher figures for \(finding.topic): \(Self.valuesBySource(byDate, joinedBy: " then "))."
            } else if finding.aspect == .number || finding.aspect == .date {
                description =
                    "The sources give different \(finding.aspect == .number ? "figures for \(finding.topic)" : "dates"): \(Self.valuesBySource(sides))."
            }
            return (
                group,
                Conflict(
                    id: "C\(offset + 1)", kind: finding.kind, aspect: finding.aspect,
                    description: description, sides: sides, later: finding.later)
            )
        }
    }

    /// The disputes over figures between claims that did not match, in two sentences of
    /// different sources that one dispute group holds and `links` judge at least `bar` likely
    /// one happening (``figureLink``), each with its group's number; compared as matched
    /// claims are (``ConflictDetector/figures(_:_:published:given:rolesKnown:)``).
    ///
    /// - Parameters:
    ///   - groups: The dispute groups, as items of `sentences`.
    ///   - sentences: The compared sentences, by item.
    static func unmatchedFigures(
        _ claims: [Claim], matches: [ClaimAligner.Pair], groups: [[Int]],
        sentences: [SentenceRef], links: [FactClusters.Pair: Double], bar: Double,
        published: PublicationOrder, given: SourceFigures
    ) -> [(Int, ConflictDetector.Finding)] {
        var withFigures: [SentenceRef: [Int]] = [:]
        for (index, claim) in claims.enumerated() where !claim.quantities.isEmpty {
            withFigures[claim.sentence, default: []].append(index)
        }
        let matched = Set(matches.map { FactClusters.Pair($0.first, $0.second) })
        var findings: [(Int, ConflictDetector.Finding)] = []
        for (number, group) in groups.enumerated() {
            for (offset, i) in group.enumerated() {
                for j in group[(offset + 1)...]
                where sentences[i].source != sentences[j].source
                    && links[FactClusters.Pair(i, j)] ?? 0 >= bar
                {
                    guard let mine = withFigures[sentences[i]],
                        let theirs = withFigures[sentences[j]]
                    else { continue }
                    for a in mine {
                        for b in theirs where !matched.contains(FactClusters.Pair(a, b)) {
                            findings += ConflictDetector.figures(
                                claims[a], claims[b], published: published, given: given,
                                rolesKnown: false
                            ).map { (number, $0) }
                        }
                    }
                }
            }
        }
        return findings
    }

    /// How far down their articles a finding's two sentences are, the shallower first.
    static func depth(_ finding: ConflictDetector.Finding) -> (Int, Int) {
        let (a, b) = (finding.first.claim.sentence.index, finding.second.claim.sentence.index)
        return (a + b, min(a, b))
    }

    /// "Nine people (2, 3) against 11 people (4)": each value with the sources that give it,
    /// values that differ only in case as one, as the first source writes it but for a
    /// capital that only opened its sentence ("Five Israeli soldiers" is "five Israeli
    /// soldiers"; "June 24" stays).
    static func valuesBySource(_ sides: [Conflict.Side], joinedBy separator: String = " against ")
        -> String
    {
        var values: [String] = []
        var written: [String: String] = [:]
        var sources: [String: [Int]] = [:]
        for side in sides {
            let value = side.value.lowercased()
            if sources[value] == nil {
                values.append(value)
                written[value] = inSentence(side.value)
            }
            if !(sources[value]?.contains(side.source) ?? false) {
                sources[value, default: []].append(side.source)
            }
        }
        return values.map { value in
            "\(written[value]!) (\(sources[value]!.map(String.init).joined(separator: ", ")))"
        }.joined(separator: separator)
    }

    /// A value as it reads inside a sentence: its first letter lowercased where its first word
    /// is a number written out, a function word or opens a hedge ("Five", "About", "Nearly",
    /// "At least"), which only the start of a sentence capitalises.
    static func inSentence(_ value: String) -> String {
        let first = value.prefix { $0.isLetter }.lowercased()
        guard let head = value.first, head.isUppercase,
            SpelledNumber.isSmallNumber(first) || Stopwords.contains(first)
                || hedgeOpeners.contains(first)
        else { return value }
        return head.lowercased() + value.dropFirst()
    }

    /// The first words of the hedges a figure may open with (``QuantityExtractor/qualifiers``).
    static let hedgeOpeners = Set(
        QuantityExtractor.qualifiers.keys.map { String($0.prefix { $0 != " " }) })
}
