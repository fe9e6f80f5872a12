import Testing

@testable import ParallaxCore

@Suite struct SummaryBuilderTests {
    static func ref(_ source: Int, _ index: Int) -> SentenceRef {
        SentenceRef(source: source, index: index)
    }

    /// Each text analysed as the article of its own source under `title`: its first sentence,
    /// and that sentence as evidence.
    static func analyzed(_ texts: [String], title: String) throws -> (
        [SentenceRef: AnalyzedSentence], [Evidence]
    ) {
        var sentences: [SentenceRef: AnalyzedSentence] = [:]
        var evidence: [Evidence] = []
        for (index, text) in texts.enumerated() {
            let analysis = ArticleAnalyzer.analyze(
                Article(plainText: text, source: "Source \(index + 1)", title: title),
                number: index + 1)
            let sentence = try #require(
                analysis.sentences.first { !$0.isHeading && !$0.isHeadline })
            sentences[sentence.ref] = sentence
            evidence.append(
                Evidence(source: index + 1, sentence: sentence.ref, text: sentence.text))
        }
        return (sentences, evidence)
    }

    /// A fact three sources report, in sentences 1.1, 2.1 and 3.1.
    static let fact = AgreedFact(
        id: "A1", match: .event, fact: "The ferry ran aground.", sources: [1, 2, 3],
        evidence: [1, 2, 3].map {
            Evidence(source: $0, sentence: ref($0, 1), text: "Sentence of source \($0).")
        },
        related: nil, similarity: 0.4, conflicts: nil)

    @Test func aLineCitesOnlyTheSourcesBackingItsWording() {
        // Only 2.1 backs 1.1; 3.1 reports the happening in words that back neither.
        let backed: Set<[SentenceRef]> = [[Self.ref(1, 1), Self.ref(2, 1)]]
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [Self.fact], conflicts: [], unique: [], sentences: [:],
            backs: { backed.contains([$0, $1]) || backed.contains([$1, $0]) })
        #expect(summary.count == 1)
        #expect(summary.first?.sources == [1, 2])
        #expect(summary.first?.evidence == [Self.ref(1, 1), Self.ref(2, 1)])
    }

    @Test func aSentenceTakingASideOfADisputeIsNotToldAsFact() {
        // Sources 1 and 2 order two events one way, source 3 the other; the dispute is the
        // story's, not attached to the fact, and every sentence backs every other.
        let conflict = Conflict(
            id: "C1", kind: .contradiction, aspect: .order,
            description: "The sources order two events differently.",
            sides: [
                (1, "struck before lost"), (2, "struck before lost"), (3, "lost before struck"),
            ]
            .map { source, value in
                Conflict.Side(
                    source: source, sentence: Self.ref(source, 1),
                    text: "Sentence of source \(source).", value: value)
            }, later: nil)
        // Every sentence of the fact takes a side: the summary tells only the dispute.
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [Self.fact], conflicts: [conflict], unique: [], sentences: [:])
        #expect(summary.count == 1)
        #expect(summary.first?.disputed == true)
        // A fourth source's sentence takes no side: the fact is told in its words, backed by
        // both sides, as none opposes it.
        let fact = AgreedFact(
            id: "A1", match: .event, fact: "The ferry ran aground.", sources: [1, 2, 3, 4],
            evidence: [1, 2, 3, 4].map {
                Evidence(source: $0, sentence: Self.ref($0, 1), text: "Sentence of source \($0).")
            },
            related: nil, similarity: 0.4, conflicts: nil)
        let told = SummaryBuilder(length: 5).summary(
            agreed: [fact], conflicts: [conflict], unique: [], sentences: [:])
        let line = told.first { $0.disputed == nil }
        #expect(line?.text == "Sentence of source 4.")
        #expect(line?.sources == [1, 2, 3, 4])
    }

    @Test func aFactWithADisputedPointIsToldInTheWordsOfSourcesTakingNoSide() {
        // Sources 1 and 2 give different figures; 3 and 4 report the fact without one.
        var fact = Self.fact
        fact.sources = [1, 2, 3, 4]
        fact.evidence = [1, 2, 3, 4].map {
            Evidence(source: $0, sentence: Self.ref($0, 1), text: "Sentence of source \($0).")
        }
        fact.conflicts = ["C1"]
        let conflict = Conflict(
            id: "C1", kind: .contradiction, aspect: .number,
            description: "The sources give different figures for passengers.",
            sides: [1, 2].map {
                Conflict.Side(
                    source: $0, sentence: Self.ref($0, 1), text: "Sentence of source \($0).",
                    value: "\($0 * 100) passengers")
            }, later: nil)
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [fact], conflicts: [conflict], unique: [], sentences: [:])
        #expect(summary.count == 2)
        #expect(summary.first?.evidence == [Self.ref(3, 1), Self.ref(4, 1)])
        #expect(summary.first?.disputed == nil)
        #expect(summary.last?.disputed == true)
        // With one source taking no side, nothing agreed is left to tell but the dispute.
        fact.evidence.removeLast()
        let disputedOnly = SummaryBuilder(length: 5).summary(
            agreed: [fact], conflicts: [conflict], unique: [], sentences: [:])
        #expect(disputedOnly.map(\.disputed) == [true])
    }

    @Test func aFactIsToldInTheSentenceClosestToTheOthersNotTheLongest() throws {
        let texts = [
            "The ferry ran aground off Skerrow Island on Friday.",
            "A ferry ran aground off Skerrow Island on Friday.",
            "The ferry ran aground off Skerrow Island on Friday after its engines failed in a storm, stranding passengers overnight.",
            "The ferry's engines failed in a storm before it ran aground off Skerrow Island.",
        ]
        let (sentences, evidence) = try Self.analyzed(texts, title: "Ferry aground")
        var fact = Self.fact
        fact.sources = [1, 2, 3, 4]
        fact.evidence = evidence
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [fact], conflicts: [], unique: [], sentences: sentences)
        // The long third sentence shares the most words with the others, but only by having
        // the most; the first two are nearest to all.
        #expect(summary.first?.text == texts[0])
    }

    /// The summary of three facts, each of a pair of `texts` from two sources of its own.
    static func summaryOfPairedFacts(_ texts: [String], title: String) throws
        -> [SummarySentence]
    {
        let (sentences, evidence) = try analyzed(texts, title: title)
        let facts = (0..<texts.count / 2).map { number in
            AgreedFact(
                id: "A\(number + 1)", match: .fact, fact: texts[2 * number],
                sources: [2 * number + 1, 2 * number + 2],
                evidence: Array(evidence[(2 * number)...(2 * number + 1)]), related: nil,
                similarity: 0.9, conflicts: nil)
        }
        return SummaryBuilder(length: 5).summary(
            agreed: facts, conflicts: [], unique: [], sentences: sentences)
    }

    /// Two facts the grouping kept apart that tell one thing are told once: with its figures
    /// and most of its words; without figures, where a line holds every term of another, and
    /// three at least. A fact with other figures or a term of its own is told.
    @Test(
        arguments: [
            (
                [
                    "Three young men died when Israeli jets bombed another UN school in Gaza City.",
                    "Three young men died when Israeli jets bombed another UN school in Gaza City, medics said.",
                    "Three Gazans were killed when Israeli forces attacked another UN school in Gaza City.",
                    "Three Gazans were killed when Israeli forces attacked another UN school in Gaza City on Tuesday.",
                    "Twelve members of one family were killed in an air strike on their house in Gaza City.",
                    "Twelve members of one family were killed in an air strike on a house in Gaza City.",
                ], "UN school attacked in Gaza", "Twelve members"
            ),
            (
                [
                    "The new ferry starts sailing today.",
                    "The new ferry starts sailing today, the operator said.",
                    "The ferries are sailing today.", "The ferries are sailing today from Skerrow.",
                    "The ferry crew are striking today.",
                    "The ferry crew are striking today at Skerrow.",
                ], "Skerrow ferries sail again", "The ferry crew"
            ),
        ] as [([String], String, String)])
    func aFactToldAgainInOtherWordsIsToldOnce(texts: [String], title: String, other: String)
        throws
    {
        let (sentences, evidence) = try Self.analyzed(texts, title: title)
        let facts = (0..<3).map { number in
            AgreedFact(
                id: "A\(number + 1)", match: .fact, fact: texts[2 * number],
                sources: [2 * number + 1, 2 * number + 2],
                evidence: Array(evidence[(2 * number)...(2 * number + 1)]), related: nil,
                similarity: 0.9, conflicts: nil)
        }
        let summary = SummaryBuilder(length: 5).summary(
            agreed: facts, conflicts: [], unique: [], sentences: sentences)
        #expect(summary.count == 2, "\(summary.map(\.text))")
        #expect(summary.contains { $0.text.hasPrefix(other) }, "\(summary.map(\.text))")
    }

    /// Quotations, and the ends of quotations begun in an earlier sentence, are no summary
    /// lines: the quotes have their own section.
    @Test(arguments: [
        "\"The rest have only light injuries,\" the doctor said.",
        "\u{201C}The rest have only light injuries,\u{201D} the doctor said.",
        "The rest have only light injuries like minor cuts and grazes.\u{201D}",
    ])
    func aQuotationIsNoSummaryLine(text: String) {
        var fact = Self.fact
        fact.evidence = [1, 2, 3].map {
            Evidence(source: $0, sentence: Self.ref($0, 1), text: text)
        }
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [fact], conflicts: [], unique: [], sentences: [:])
        #expect(summary.isEmpty, "\(summary)")
    }

    /// A sentence inside a quotation of several sentences, with no mark of its own, is no
    /// summary line either.
    @Test func aSentenceInsideAQuotationIsNoSummaryLine() {
        let quotation =
            "“He is family to us. The crew trusted him with their lives on every crossing. We had no choice,” operations director Ilse Marrow said."
        let report = compareTwoReports(
            "Skerrow Ferries fired the captain of the grounded ferry on Monday. " + quotation,
            "The captain of the ferry that ran aground at Skerrow was fired on Monday by its operator. "
                + quotation)
        let lines = report.summary.map(\.text)
        #expect(!lines.contains { $0.hasPrefix("The crew trusted him") }, "\(lines)")
        #expect(report.quotes.contains { $0.text.contains("The crew trusted him") })
    }

    /// A line must stand alone and state: a fact whose every sentence points back, speaks in
    /// the first person, introduces what follows or asks is left out; one with a sentence that names its
    /// subject is told in that sentence.
    @Test(arguments: [
        "Her account was echoed by two other passengers at the harbour office on Saturday.",
        "We take the safety of every passenger on the Skerrow crossing very seriously.",
        "But the ferry had been inspected at Skerrow Island in November.",
        "The findings of the inspection at Skerrow Island in November were these:",
        "FERRY CAPTAIN FIRED AFTER SKERROW GROUNDING!!",
        "She's been at the Skerrow harbour office since the grounding on Friday.",
        "They’re still searching the coast of Skerrow Island for the deckhand.",
        "Also, he said the ferry had been inspected at Skerrow Island in November.",
        "Now she's known for steering the Skerrow ferry through the fog.",
        "Obviously, we're disappointed by the grounding of the ferry at Skerrow Island.",
        "The operator has always been a positive contributor to our community on Skerrow Island.",
        "The operator said I never once saw the captain drink on the Skerrow crossing.",
        "Skerrow ferry captain, a skipper of 30 years, fired after grounding",
        "Skerrow Ferries operations director Ilse Marrow asked.",
        "Best night ever.",
        "About Skerrow Ferries Holdings, Inc.",
        "ran aground off Skerrow Island on Friday, the operator said.",
        "Did any readers on Skerrow Island hear the ferry strike the ledge on Friday?",
        "Why did the Skerrow ferry sail into the fog (and who let it)?",
        "If so, the Skerrow ferry ran aground two miles from the harbour on Friday.",
        "If true, the captain of the Skerrow ferry had been warned of the fog.",
    ])
    func aLineThatNeedsItsNeighboursIsLeftOut(text: String) throws {
        #expect(try Self.summaryOfOneFact(told: [text, text]).isEmpty)
        let standing = "Nell Carraway's account was echoed by two other passengers on Saturday."
        #expect(try Self.summaryOfOneFact(told: [text, standing]) == [standing])
    }

    /// A lead-in that opens a clause naming its subject, the country "US", the magazine "Us
    /// Weekly", "World War I" and a name in lower case with a capital inside leave a line
    /// standing.
    @Test(arguments: [
        "Now that the ferry is back at Skerrow Island, the operator has replaced its captain.",
        "Nell Carraway told Us Weekly the ferry was refitted in the US after the grounding.",
        "The Skerrow ferry first sailed as a minesweeper in World War I, the operator said.",
        "The Skerrow ferry ran aground in thick fog on Friday night, police said.",
        "The cause of the Skerrow ferry's grounding has not been reported.",
        "The Skerrow ferry hit the ledge at full speed.",
        "Dozens of passengers on the Skerrow ferry were taken ashore.",
        "iPhone owners on the Skerrow ferry filmed the grounding on Friday.",
    ])
    func aLineThatNamesItsSubjectStands(text: String) throws {
        #expect(try Self.summaryOfOneFact(told: [text, text]) == [text])
    }

    /// A line is told in a wording that names its speaker rather than in one ending
    /// "…, she said".
    @Test func aWordingThatNamesItsSpeakerIsPreferred() throws {
        let named =
            "Harbour master Ilse Marrow said the ferry's captain had been drinking before the grounding."
        #expect(
            try Self.summaryOfOneFact(told: [
                "The ferry's captain had been drinking before the grounding, she said.", named,
            ]) == [named])
    }

    /// The summary's lines where two sources tell one fact in `texts`, one sentence each.
    static func summaryOfOneFact(told texts: [String]) throws -> [String] {
        let (sentences, evidence) = try analyzed(texts, title: "Ferry aground")
        var fact = Self.fact
        fact.sources = [1, 2]
        fact.evidence = evidence
        return SummaryBuilder(length: 5).summary(
            agreed: [fact], conflicts: [], unique: [], sentences: sentences
        ).map(\.text)
    }

    /// The news leads: a line that opens an article goes before one more sources report deeper
    /// in theirs, where it reaches half as many sources or more.
    @Test(arguments: [(3, true), (5, false)])
    func aLineThatOpensAnArticleLeads(deepSources: Int, ledeFirst: Bool) {
        func fact(_ id: String, sources: [Int], index: Int) -> AgreedFact {
            AgreedFact(
                id: id, match: .fact, fact: "Fact \(id).", sources: sources,
                evidence: sources.map {
                    Evidence(
                        source: $0, sentence: Self.ref($0, index),
                        text: "Sentence \(id) of source \($0).")
                }, related: nil, similarity: 0.9, conflicts: nil)
        }
        let deep = fact("A1", sources: Array(1...deepSources), index: 20)
        let lede = fact("A2", sources: [1, 2], index: 1)
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [deep, lede], conflicts: [], unique: [], sentences: [:])
        #expect(summary.count == 2)
        #expect(
            summary.first?.text == (ledeFirst ? "Sentence A2" : "Sentence A1") + " of source 1.")
    }

    @Test func aFactNoSecondSourceBacksIsLeftOut() {
        let summary = SummaryBuilder(length: 5).summary(
            agreed: [Self.fact], conflicts: [], unique: [], sentences: [:],
            backs: { _, _ in false })
        #expect(summary.isEmpty)
    }
}

extension SummaryBuilderTests {
    /// In a dated story the news comes first, its background after, though more sources
    /// report the background and earlier in their articles.
    @Test(arguments: [2013, nil])
    func theNewsComesBeforeItsBackground(year: Int?) throws {
        let texts = [
            "A massive quake struck off Aceh in 2004, sparking a tsunami that killed 170,000 people.\nA strong earthquake struck Aceh province on Tuesday, injuring at least five people.",
            "The 2004 tsunami off Aceh killed 170,000 people in the province.\nA strong quake hit Aceh on Tuesday and injured at least five people, officials said.",
            "In 2004 a tsunami off Aceh killed 170,000 people.",
        ]
        var sentences: [SentenceRef: AnalyzedSentence] = [:]
        for (index, text) in texts.enumerated() {
            let article = Article(plainText: text, source: "Outlet \(index + 1)", title: "Quake")
            for sentence in ArticleAnalyzer.analyze(article, number: index + 1).sentences {
                sentences[sentence.ref] = sentence
            }
        }
        func fact(_ id: String, _ refs: [SentenceRef]) -> AgreedFact {
            AgreedFact(
                id: id, match: .event, fact: sentences[refs[0]]!.text,
                sources: refs.map(\.source),
                evidence: refs.map {
                    Evidence(source: $0.source, sentence: $0, text: sentences[$0]!.text)
                }, related: nil, similarity: 0.5, conflicts: nil)
        }
        let background = fact("A1", [Self.ref(1, 1), Self.ref(2, 1), Self.ref(3, 1)])
        let news = fact("A2", [Self.ref(1, 2), Self.ref(2, 2)])
        let summary = SummaryBuilder(length: 5, year: year).summary(
            agreed: [background, news], conflicts: [], unique: [], sentences: sentences)
        #expect(summary.count == 2)
        let first = try #require(summary.first)
        #expect(first.text.contains("2004") == (year == nil), "\(summary.map(\.text))")
    }
}

extension SummaryBuilderTests {
    /// A line cites in full only the sources whose sentences of the fact state every figure
    /// and date it gives, counted over all of a source's sentences; the others are listed with
    /// what they lack, grouped. A weekday is not required: outlets write it from their own day.
    @Test func aLineCitesInFullOnlySourcesStatingItsFiguresAndDates() throws {
        let (sentences, evidence) = try Self.analyzed(
            [
                "The ferry, with 104 passengers, ran aground on Friday, March 13, 2026.",
                "The ferry ran aground on March 13.",
                "The ferry carrying 104 passengers ran aground.",
                "A ferry with 140 passengers ran aground on March 13, a day of fog.",
                "The ferry with 104 passengers on board grounded on March 13 in fog.",
            ], title: "Ferry aground")
        // Source 2 gives the figure in a second sentence of the fact.
        let (more, second) = try Self.analyzed(
            ["It carried 104 passengers."], title: "Ferry aground")
        let extra = try #require(second.first)
        let figure = Evidence(
            source: 2, sentence: SentenceRef(source: 2, index: 9), text: extra.text)
        var all = sentences
        all[figure.sentence] = more[extra.sentence].map { sentence in
            var moved = sentence
            moved.ref = figure.sentence
            return moved
        }
        let support = SummaryBuilder.support(
            of: evidence[0], by: Array(evidence.dropFirst()) + [figure], sentences: all)
        #expect(support.sources == [1, 2, 5])
        #expect(support.evidence.contains(figure.sentence))
        #expect(support.partial.map(\.sources) == [[3], [4]])
        let missing = support.partial.map(\.missing)
        #expect(missing.first == ["Friday, March 13, 2026"], "\(missing)")
        #expect(missing.last?.count == 1 && missing.last?.first?.contains("104") == true)
        #expect(
            support.partial.flatMap(\.evidence) == [evidence[2].sentence, evidence[3].sentence])
    }

    /// A figure in brackets converting the one before it is not required of other sources.
    @Test func aConversionInBracketsIsNotRequired() throws {
        let (sentences, evidence) = try Self.analyzed(
            [
                "The quake struck at a depth of 10 kilometres (six miles) near the town.",
                "The quake struck at a depth of 10 kilometres near the town.",
                "The quake struck at a depth of six miles near the town.",
            ], title: "Quake shakes the town")
        let support = SummaryBuilder.support(
            of: evidence[0], by: Array(evidence.dropFirst()), sentences: sentences)
        #expect(support.sources == [1, 2])
        #expect(support.partial.map(\.sources) == [[3]])
        #expect(support.partial.first?.missing == ["10 kilometres"])
        // A figure in brackets that converts nothing is required.
        let (record, said) = try Self.analyzed(
            [
                "Thompson fell to 36-3 (24 knockouts) on Saturday.",
                "Thompson fell to 36-3 on Saturday.",
            ],
            title: "Klitschko keeps his belts")
        let count = SummaryBuilder.support(of: said[0], by: [said[1]], sentences: record)
        #expect(count.partial.map(\.sources) == [[2]], "\(count)")
    }

    /// With no sentences read (nothing known of their figures), every backer is cited in full.
    @Test func backersOfUnreadSentencesAreCitedInFull() {
        let support = SummaryBuilder.support(
            of: Self.fact.evidence[0], by: Array(Self.fact.evidence.dropFirst()), sentences: [:])
        #expect(support.sources == [1, 2, 3])
        #expect(support.partial.isEmpty)
    }
}
