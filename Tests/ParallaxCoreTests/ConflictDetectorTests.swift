import Foundation
import ParallaxCore
import Testing

@Suite struct ConflictDetectorTests {
    static func negations(_ first: String, _ second: String) -> [Conflict] {
        conflicts(first, second).filter { $0.aspect == .negation }
    }

    /// Whether two reports are found to order events differently.
    static func ordersDiffer(_ first: String, _ second: String) -> Bool {
        conflicts(first, second).contains { $0.aspect == .order }
    }

    /// Whether one report is found to advance the other.
    static func advances(_ first: String, _ second: String) -> Bool {
        conflicts(first, second).contains { $0.kind == .update }
    }

    @Test func aDenialOfWhatTheOtherStatesConflicts() {
        let found = Self.negations(
            "The ferry operator said the captain had not been drinking before the grounding on Friday.",
            "The ferry operator said the captain had been drinking before the grounding on Friday.")
        #expect(found.count == 1)
        #expect(found.first?.sides.map(\.value).sorted() == ["affirmed", "negated"])
        // The conflict names what is denied, with the verb the negation follows.
        #expect(
            found.first?.description.contains("\"had not been drinking before the grounding\"")
                == true, "\(found)")
    }

    @Test func aContractionThatLostItsApostropheStillNegates() {
        // Scraped pages drop apostrophes: "cant" is "can't", and agrees with it.
        #expect(
            Self.negations(
                "The harbour master said she cant confirm the cause of the grounding on Friday.",
                "The harbour master said she can't confirm the cause of the grounding on Friday."
            ).isEmpty)
        let found = Self.negations(
            "The harbour master said she cant confirm the cause of the grounding on Friday.",
            "The harbour master said she can confirm the cause of the grounding on Friday.")
        #expect(found.count == 1)
        #expect(found.first?.description.contains("\"she cant confirm the cause\"") == true)
    }

    /// Two claims both negated agree, however the negation is written ("No-one", a
    /// contraction split around its apostrophe); a denial of what the other claim only
    /// mentions in passing is no dispute.
    @Test(arguments: [
        (
            "No one was hurt when the fire swept through the Waitrose store on Sunday, police said.",
            "No-one was hurt when the fire swept through the Waitrose store on Sunday, police said."
        ),
        (
            "The city attorney's office said the case hadn't been submitted as of Tuesday.",
            "The city attorney's office said the case hadn ' t been submitted as of Tuesday."
        ),
        (
            "No-one was injured in the fire at the Banstead store, which police are treating as suspicious.",
            "Police are treating the fire at the Banstead store as suspicious, a statement said."
        ),
    ])
    func negationsWrittenDifferentlyAgree(first: String, second: String) {
        #expect(Self.negations(first, second).isEmpty, "\(Self.negations(first, second))")
    }

    static func conflicts(_ first: String, _ second: String) -> [Conflict] {
        compareTwoReports(first, second).conflicts
    }

    /// The conflicts over figures between two reports.
    static func figures(_ first: String, _ second: String) -> [Conflict] {
        conflicts(first, second).filter { $0.aspect == .number }
    }

    /// A sentence that gives the other source's number too, in another clause or with no
    /// unit, does not dispute it; one giving it in another unit or role still may.
    @Test func aFigureTheSentenceAlsoGivesIsNoRival() {
        let numbers = Self.figures
        #expect(
            numbers(
                "Reggie Bush played in 10 games for the Saints this season, but had to sit out four straight after knee surgery.",
                "Reggie Bush missed four games for the Saints this season after knee surgery."
            ).isEmpty)
        #expect(
            numbers(
                "Police said 12 people were injured in the riots in Velmora on Saturday.",
                "Police said 18 people had been injured in the riots in Velmora on Saturday and 12 arrested."
            ).count == 1)
        // A part of a count is no statement of the count: five dropped, of which four
        // exploded, still disputes four dropped.
        let bombs = numbers(
            "Five bombs were dropped on the Velmora camp on Friday, of which four exploded, witnesses said.",
            "Four bombs were dropped on the Velmora camp on Friday, witnesses said.")
        #expect(bombs.count == 1)
        #expect(bombs.first?.sides.map(\.value).sorted() == ["Five bombs", "Four bombs"])
        #expect(
            numbers(
                "The climber fell about 60 metres (200 feet) from a ridge on Mount Velmora on Friday, police said.",
                "The climber fell approximately 200 metres from a ridge on Mount Velmora on Friday, police said."
            ).count == 1)
    }

    /// Two sentences of one fact whose claims share too few words to match still dispute a
    /// figure, where the model judges them likely enough one happening.
    @Test func figuresOfUnmatchedClaimsOfOneHappeningAreRivals() throws {
        let articles = [
            Article(
                plainText:
                    "Fifty-four-year-old Marta Elena Quist is now accused of murdering two men at a Dunmore hardware store in 1971.",
                source: "Harbor Gazette"),
            Article(
                plainText:
                    "Dunmore police arrested Marta Elena Quist, age 57, on Tuesday and charged her with the murders at the store.",
                source: "Coast Daily"),
        ]
        var comparison = StoryComparison()
        let report = comparison.compare(articles)
        // One fact of the same happening, not of matched claims, judged above the bar.
        let fact = try #require(report.agreed.first)
        #expect(fact.match == .event)
        #expect(fact.similarity >= comparison.figureLink)
        #expect(report.conflicts.count == 1)
        #expect(report.conflicts.first?.aspect == .number)
        #expect(
            report.conflicts.first?.sides.map(\.value).map { $0.lowercased() } == [
                "fifty-four-year-old", "age 57",
            ])
        // Above the pair's probability, the claims' figures are not compared.
        comparison.figureLink = fact.similarity + 0.01
        #expect(comparison.compare(articles).conflicts.isEmpty)
    }

    @Test func figuresAreRivalsOnlyWhenTheyCountTheSameThing() {
        let numbers = Self.figures
        // One report gives the dead, the other the injured: two counts, no dispute.
        #expect(
            numbers(
                "The earthquake in Velmora province on Tuesday killed at least 12 people, officials said.",
                "The earthquake in Velmora province on Tuesday injured at least 40 people, officials said."
            ).isEmpty)
        // Two tolls of the dead do differ, and the dispute says what is counted.
        let tolls = numbers(
            "The earthquake in Velmora province on Tuesday killed at least 12 people, officials said.",
            "The earthquake in Velmora province on Tuesday killed at least 15 people, officials said."
        )
        #expect(tolls.count == 1)
        #expect(tolls.first?.description.contains("people killed") == true)
        // Counts in different places are not rivals.
        #expect(
            numbers(
                "The earthquake in Velmora province on Tuesday damaged more than 300 houses in Castellan, officials said.",
                "The earthquake in Velmora province on Tuesday damaged 10 houses in Irsen, officials said."
            ).isEmpty)
        // A hedged figure that allows the other is no rival: "at least 10" may be 12, and
        // "about 60 metres" 65; "about 60" is not 200.
        #expect(
            numbers(
                "The earthquake in Velmora province on Tuesday killed at least 10 people, officials said.",
                "The earthquake in Velmora province on Tuesday killed 12 people, officials said."
            ).isEmpty)
        #expect(
            numbers(
                "The climber fell about 60 metres from a ridge on Mount Velmora on Friday, police said.",
                "The climber fell 65 metres from a ridge on Mount Velmora on Friday, police said."
            ).isEmpty)
        #expect(
            numbers(
                "The climber fell about 60 metres from a ridge on Mount Velmora on Friday, police said.",
                "The climber fell approximately 200 metres from a ridge on Mount Velmora on Friday, police said."
            ).count == 1)
        // A season's figure is no rival of one game's; two games' figures are.
        #expect(
            numbers(
                "Reggie Bush caught eight passes for 66 yards in the win over Chicago on Sunday.",
                "Reggie Bush caught 52 passes for 440 yards this season for the Saints on Sunday."
            ).isEmpty)
        #expect(
            numbers(
                "Reggie Bush caught eight passes for 66 yards in the win over Chicago on Sunday.",
                "Reggie Bush caught six passes for 66 yards in the win over Chicago on Sunday."
            ).count == 1)
        // The ages of two people named beside them are no rivals.
        #expect(
            numbers(
                "John Jenkin, 23, was arrested in Millom on Saturday after two women were found dead, police said.",
                "Kathryn Jenkin, 20, was found dead in Millom on Saturday after John Jenkin was arrested, police said."
            ).isEmpty)
        #expect(
            numbers(
                "John Jenkin, 23, was arrested in Millom on Saturday after two women were found dead, police said.",
                "Jenkin, 24, was arrested in Millom on Saturday after two women were found dead, police said."
            ).count == 1)
        // Two players' points are no rivals, whether the player is the clause's subject, the
        // name a relative clause follows, or named after the figure; one player's are, and a
        // name in object place or a speaker owns nothing.
        #expect(
            numbers(
                "Ethan Wragge scored 14 points off the bench for Creighton against Drake in St. Louis on Friday.",
                "Richard Carter scored 12 points off the bench for Drake against Creighton in St. Louis on Friday."
            ).isEmpty)
        #expect(
            numbers(
                "Creighton beat Drake in St. Louis on Friday, and Ethan Wragge scored 14 points off the bench.",
                "Creighton beat Drake in St. Louis on Friday, said Seth VanDeest, who scored 13 points off the bench."
            ).isEmpty)
        #expect(
            numbers(
                "Creighton beat Drake in St. Louis on Friday, with 14 points from Ethan Wragge off the bench.",
                "Creighton beat Drake in St. Louis on Friday, with 12 points from Richard Carter off the bench."
            ).isEmpty)
        #expect(
            numbers(
                "Ethan Wragge outplayed Richard Carter and scored 14 points off the bench for Creighton on Friday.",
                "Ethan Wragge outplayed Richard Carter and scored 12 points off the bench for Creighton on Friday."
            ).count == 1)
        #expect(
            numbers(
                "Coach Greg McDermott said Ethan Wragge scored 14 points off the bench for Creighton on Friday.",
                "Coach Dana Altman said Ethan Wragge scored 12 points off the bench for Creighton on Friday."
            ).count == 1)
        // A whole that a part is counted against is no rival of the part; a toll is.
        #expect(
            numbers(
                "David Garrard completed 28 of 41 passes for 329 yards in the loss to the Colts on Thursday.",
                "David Garrard completed 28 passes for 329 yards in the loss to the Colts on Thursday."
            ).isEmpty)
        #expect(
            numbers(
                "Four of the 12 people killed by the earthquake in Velmora province on Tuesday were children.",
                "The earthquake in Velmora province on Tuesday killed 15 people, among them four children."
            ).count == 1)
        // Distances from different places are no rivals, nor a distance from a place and a
        // depth; distances from one place are.
        #expect(
            numbers(
                "The quake was centered 13 miles east of Cloverdale on Sunday morning, the survey said.",
                "The quake was centered four miles southwest of Cobb on Sunday morning, the survey said."
            ).isEmpty)
        #expect(
            numbers(
                "The quake struck 75 kilometres (47 miles) west of Manokwari on Sunday, the survey said.",
                "The quake struck at a depth of 35 kilometres on Sunday, the survey said in Manokwari."
            ).isEmpty)
        #expect(
            numbers(
                "The quake was centered about 20 miles north of Santa Rosa on Sunday morning, the survey said.",
                "The quake was centered about 26 miles north of Santa Rosa on Sunday morning, the survey said."
            ).count == 1)
        // An age is no count of the killed: the dispute is over the age.
        let ages = numbers(
            "A 36-year-old climber was killed on Mount Velmora on Tuesday, police said.",
            "A 32-year-old climber was killed on Mount Velmora on Tuesday, police said.")
        #expect(ages.first?.description.contains("figures for age:") == true, "\(ages)")
        // A depth is no distance from a town.
        #expect(
            numbers(
                "The earthquake struck Velmora province at a depth of 10 kilometres on Tuesday, the survey said.",
                "The earthquake struck Velmora province 55 kilometres from the town on Tuesday, the survey said."
            ).isEmpty)
    }

    /// A figure split into a claim of its own ("and had a depth of 1.2 miles") is not matched
    /// to the other report's whole sentence, but the two are one fact and differ on the depth.
    @Test func aFigureOfOneRoleConflictsAcrossTheClaimsOfOneFact() throws {
        let report = compareTwoReports(
            """
            An earthquake with a preliminary magnitude of 4.6 was recorded in the North Bay this morning, according to the U.S. Geological Survey.
            The quake occurred at 2:09 a.m. about 14 miles north-northeast of Healdsburg and had a depth of 1.2 miles.
            """,
            """
            An earthquake measuring 4.6 rattled Sonoma and Lake counties early Thursday, according to the U.S. Geological Survey.
            The quake occurred at 2:09 a.m., about 14 miles northeast of Healdsburg, on the Maacama Fault with a depth of 12 miles.
            """)
        let numbers = report.conflicts.filter { $0.aspect == .number }
        #expect(numbers.count == 1, "\(report.conflicts)")
        let depth = try #require(numbers.first)
        #expect(depth.kind == .contradiction)
        #expect(depth.sides.map(\.value) == ["1.2 miles", "12 miles"])
        #expect(depth.description.contains("mile depth"))
        // The distance from the town, the same in both, is no part of it.
        #expect(!depth.description.contains("14"))
    }

    /// Two dated reports of a toll: the later giving more advances the earlier; the later
    /// giving fewer disputes it.
    @Test(arguments: [(laterFirst: false, rising: true), (true, true), (false, false)])
    func aLaterHigherTollIsAnUpdate(laterFirst: Bool, rising: Bool) throws {
        let day = Date(timeIntervalSince1970: 1_773_000_000)
        let (early, late) = rising ? (12, 15) : (15, 12)
        let text = { (count: Int) in
            "The earthquake in Velmora province on Tuesday killed at least \(count) people, officials said."
        }
        var articles = [
            Article(plainText: text(early), source: "Harbor Gazette", published: day),
            Article(
                plainText: text(late), source: "Coast Daily",
                published: day.addingTimeInterval(86_400)),
        ]
        if laterFirst { articles.reverse() }
        let report = StoryComparison().compare(articles)
        let toll = try #require(report.conflicts.first { $0.aspect == .number })
        let laterSource = laterFirst ? 1 : 2
        if rising {
            #expect(toll.kind == .update)
            #expect(toll.later == laterSource)
            #expect(
                toll.description
                    == "Later reports give higher figures for people killed: at least 12 people (\(3 - laterSource)) then at least 15 people (\(laterSource))."
            )
            // The summary tells the later state, whichever source number it has.
            #expect(report.summary.first?.text == text(late), "\(report.summary)")
        } else {
            #expect(toll.kind == .contradiction)
            #expect(toll.later == nil)
        }
    }

    /// A report dated by its day alone may have come at any hour of that day: a higher toll
    /// than one timed that day advances nothing known to be earlier. A day later, it does.
    @Test(arguments: [(0.0, false), (86_400.0, true)])
    func aTollDatedByTheDayAloneUpdatesOnlyAnEarlierDay(after: Double, isUpdate: Bool) throws {
        // 8 March 2026, 09:00 UTC.
        let morning = Date(timeIntervalSince1970: 1_772_960_400)
        let text = { (count: Int) in
            "The earthquake in Velmora province on Tuesday killed at least \(count) people, officials said."
        }
        var dayAlone = Article(plainText: text(15), source: "Coast Daily")
        dayAlone.publishedDate = PublishedDate(
            morning.addingTimeInterval(3 * 3600 + after), isDayOnly: true)
        let report = StoryComparison().compare([
            Article(plainText: text(12), source: "Harbor Gazette", published: morning), dayAlone,
        ])
        let toll = try #require(report.conflicts.first { $0.aspect == .number })
        #expect(toll.kind == (isUpdate ? .update : .contradiction))
        #expect(report.timeline.entries.map(\.first) == (isUpdate ? [true, false] : [true, true]))
    }

    /// A figure whose role was not read is part of the dispute over the same figures with
    /// one, where they share a sentence: one conflict, not two.
    @Test func aFigureWithoutARoleJoinsTheDisputeWithOne() {
        let report = StoryComparison().compare([
            Article(
                plainText:
                    "Five Israeli soldiers lost their lives in the fighting in Gaza on Wednesday, the army said.",
                source: "Harbor Gazette"),
            Article(
                plainText:
                    "Israel lost seven soldiers in the fighting in Gaza on Wednesday, the army said.",
                source: "Coast Daily"),
            Article(
                plainText:
                    "Four Israeli soldiers were killed in the fighting in Gaza on Wednesday, the army said.",
                source: "Valley Courier"),
        ])
        let numbers = report.conflicts.filter { $0.aspect == .number }
        #expect(numbers.count == 1, "\(numbers.map(\.description))")
        #expect(Set(numbers.first?.sides.map(\.source) ?? []) == [1, 2, 3])
        #expect(numbers.first?.description.contains("soldier killed") == true)
    }

    @Test func aPastProgressiveIsNotAdvancedByAPastPerfect() {
        // "was planning" told what went on then; "had planned" completes nothing of it.
        #expect(
            !Self.advances(
                "The skipper was planning to sail the ferry to Skerrow Island on Friday morning.",
                "The skipper had planned to sail the ferry to Skerrow Island on Friday morning."))
        // The present progressive still is: "is sailing" against "sailed".
        #expect(
            Self.advances(
                "The skipper is sailing the ferry to Skerrow Island on Friday morning.",
                "The skipper sailed the ferry to Skerrow Island on Friday morning."))
    }

    /// Reporting is no deed of the story, a participle after an article describes, and a
    /// denied deed is not done: none of them completes an action under way.
    @Test(arguments: [
        (
            "The Harbor Gazette is reporting that the ferry operator offered the skipper a new contract.",
            "The reported contract the ferry operator offered the skipper runs for eight years.",
        ),
        (
            "The ferry operator is replacing the damaged hull plates of the ferry at Skerrow Island.",
            "The ferry operator has the replaced hull plates of the ferry at Skerrow Island.",
        ),
        (
            "The skipper is missing the ferry's sailings to Skerrow Island this week.",
            "The skipper hadn't missed the ferry's sailings to Skerrow Island this week.",
        ),
        // The same denial as a tokenised page splits it.
        (
            "The skipper is missing the ferry's sailings to Skerrow Island this week.",
            "The skipper hadn ' t missed the ferry's sailings to Skerrow Island this week.",
        ),
    ])
    func whatIsNotDoneDoesNotAdvance(first: String, second: String) {
        #expect(!Self.advances(first, second))
    }

    @Test func wordsOfTimeAreNotEventsToOrder() {
        // "The day before X" and "the day following X" order no "day" against X.
        #expect(
            !Self.ordersDiffer(
                "The day before the grounding, the ferry's engines failed twice off Skerrow Island.",
                "The day following the grounding, divers inspected the ferry's hull off Skerrow Island."
            ))
    }

    @Test func thingsThatDoNotHappenAreNotEventsToOrder() {
        // A defence and the playoffs are no events: neither order is disputed.
        #expect(
            !Self.ordersDiffer(
                "Fixing the run defense before the playoffs will be hard for the Chiefs, the coach said.",
                "The Chiefs must rebuild the run defense after the playoffs, the coach said."))
        // An arrest and a release are.
        #expect(
            Self.ordersDiffer(
                "The Chiefs linebacker was arrested before his release from a Kansas City jail on Sunday.",
                "The Chiefs linebacker was arrested after his release from a Kansas City jail on Sunday."
            ))
    }

    @Test(arguments: [
        (
            "“We are not intending to compete with our customers,” said Lisa Su, senior vice president and general manager of the chip maker.",
            "“Cloud data centers are the fastest growing segment,” said Lisa Su, senior vice president and general manager of the chip maker."
        ),
        (
            "In an interview, Reid said she was a social drinker who is no longer tempted to fall back into old habits.",
            "In an interview, Reid said she had turned a corner and was now a social drinker.",
        ),
        // The word denied is one the other does not state: a match, not the completions.
        (
            "But the Jaguars defence wasn't a match for Peyton Manning, who completed 29 of 34 passes for 364 yards.",
            "Peyton Manning completed 29 of 34 passes for 364 yards as the Colts beat the Jaguars.",
        ),
        // "Not until" says when, "not only" adds.
        (
            "It wasn't until Friday that the ferry operator confirmed the captain had been drinking.",
            "The ferry operator confirmed on Friday that the captain had been drinking.",
        ),
        (
            "The ferry operator will not only replace the captain, it will sell the ferry.",
            "The ferry operator will replace the captain and sell the ferry, it said.",
        ),
        // Denied of one person, stated of another.
        (
            "Captain Ostrander, who hadn't missed a sailing to Skerrow Island all season, was ill on Friday.",
            "First mate Kellaway missed a sailing to Skerrow Island all season, the ferry operator said.",
        ),
        // A command denies nothing.
        (
            "A sign at the ferry terminal on Skerrow Island warned passengers, \"Don't talk to the crew.\"",
            "A sign at the ferry terminal on Skerrow Island warned passengers to talk to the crew.",
        ),
        // Nor does a question.
        (
            "Why did the ferry operator not replace the captain of the ferry on Friday?",
            "The ferry operator replaced the captain of the ferry on Friday, it said.",
        ),
        // A denial reported tells one party's position, not what happened: it is no rival of
        // the charge, nor of another report of the denial.
        (
            "A man has denied arson following a fire at the Waitrose supermarket in Wellington on Sunday.",
            "A man has been charged with arson following a fire at the Waitrose supermarket in Wellington on Sunday.",
        ),
        (
            "Although the captain insisted he was not the source of the leak, the operator named him.",
            "The captain discounted rumours that he was the source of the leak, the operator said.",
        ),
        // What a "to" clause names is an aim or a plan, not a deed.
        (
            "The cause of the fire at the Waitrose store has not been determined, police said.",
            "Investigators were trying to determine the cause of the fire at the Waitrose store, police said.",
        ),
        (
            "The Osprey couldn't face the storm at Skerrow Island after its engine failed.",
            "The Osprey was scheduled to face the storm at Skerrow Island, but its engine failed.",
        ),
        // "None of" denies its clause's predicate, not the nouns it quantifies.
        (
            "None of the other ferries on the Skerrow route -- the Osprey, the Tern and the Kittiwake -- has been reported to have sailed late.",
            "The other ferries on the Skerrow route are the Osprey, the Tern and the Kittiwake, the operator said.",
        ),
        // "No decision has been reached" denies that a decision was reached, not that a deal
        // was reached in a sentence that names a decision in another clause.
        (
            "No decision has been reached on the Velmora coach's staff at this time, the team said.",
            "The team reached a deal with the Velmora coach after notifying his staff of its decision.",
        ),
    ])
    func aNegationOfSomethingElseDoesNot(first: String, second: String) {
        #expect(Self.negations(first, second).isEmpty)
    }

    /// A denial is a dispute where the other states what is denied: the deed itself, not an
    /// aim to do it; for "None of" or "No", what the clause says of the nouns.
    @Test func aDenialOfTheDeedOrThePredicateConflicts() {
        #expect(
            Self.negations(
                "The cause of the fire at the Waitrose store has not been determined, police said.",
                "Investigators have determined the cause of the fire at the Waitrose store, police said."
            ).count == 1)
        let found = Self.negations(
            "None of the other ferries on the Skerrow route -- the Osprey, the Tern and the Kittiwake -- sailed late on Friday.",
            "The other ferries on the Skerrow route, the Osprey, the Tern and the Kittiwake, sailed late on Friday."
        )
        #expect(found.count == 1)
        #expect(
            found.first?.description.contains("\"None of the other ferries\"") == true,
            "\(found)")
        #expect(
            Self.negations(
                "No decision has been reached on the Velmora coach's staff, the team said.",
                "A decision on the Velmora coach's staff was finally reached, the team said."
            ).count == 1)
    }

    /// A denial of what the same person is said to have done is a dispute, the person named in
    /// full in one report and by surname in the other.
    @Test func aDenialAboutTheSamePersonConflicts() {
        #expect(
            Self.negations(
                "Captain Jon Ostrander, who hadn't missed a sailing to Skerrow Island all season, was ill on Friday.",
                "Ostrander missed a sailing to Skerrow Island all season, the ferry operator said."
            ).count == 1)
    }

    /// A question reports nothing done or under way.
    @Test func aQuestionDoesNotAdvance() {
        #expect(
            !Self.advances(
                "What is the skipper doing at Skerrow Island, knowing the operator would replace him?",
                "The operator replaced the skipper at Skerrow Island on Friday, it said."))
    }

    /// Two dates of one happening conflict; the date a source reported it on is no rival.
    @Test func aReportDateIsNoDateOfTheHappening() {
        let dates = { (first: String, second: String) in
            Self.conflicts(first, second).filter { $0.aspect == .date }
        }
        #expect(
            dates(
                "Elections on Skerrow Island scheduled for December 15 will have two parties for the first time.",
                "Elections on Skerrow Island scheduled for December 18 will have two parties for the first time."
            ).count == 1)
        #expect(
            dates(
                "Elections on Skerrow Island will have two parties for the first time, the Harbor Gazette reported September 26.",
                "Elections on Skerrow Island scheduled for December 15 will have two parties for the first time."
            ).isEmpty)
    }

    /// A figure over part of an occasion (a round, a half, one quake of a series) is no rival
    /// of the whole's; two of a part are.
    @Test func aPartOfAnOccasionIsNoRivalOfTheWhole() {
        #expect(
            Self.figures(
                "Klitschko landed 178 punches against Rahman in Berlin on Saturday night.",
                "In the sixth, Klitschko landed 12 punches against Rahman in Berlin on Saturday night."
            ).isEmpty)
        #expect(
            Self.figures(
                "In the sixth round, Klitschko landed 15 punches against Rahman in Berlin on Saturday night.",
                "In the sixth round, Klitschko landed 12 punches against Rahman in Berlin on Saturday night."
            ).count == 1)
        // One shock of a series is such a part: the first quake's distance is no rival of
        // the quake the report tells of.
        #expect(
            Self.figures(
                "The quake struck off the coast 75 kilometers west of Manokwari, the U.S. Geological Survey said.",
                "The first quake struck off the coast 135 kilometers west of Manokwari, the U.S. Geological Survey said."
            ).isEmpty)
        #expect(
            Self.figures(
                "The quake struck off the coast 75 kilometers west of Manokwari, the U.S. Geological Survey said.",
                "The quake struck off the coast 135 kilometers west of Manokwari, the U.S. Geological Survey said."
            ).count == 1)
    }

    /// A part singled out of a count ("including three ladder trucks") is no rival of a whole
    /// count; two parts are rivals.
    @Test func aPartIsNoRivalOfAWhole() {
        #expect(
            Self.figures(
                "A total of 31 pieces of equipment responded to the blaze in Palmer, including three ladder trucks.",
                "A total of 31 fire trucks responded to the blaze in Palmer on Friday, officials said."
            ).isEmpty)
        let children = Self.figures(
            "The air strike on a house in Gaza City killed 12 people, including seven children.",
            "The air strike on a house in Gaza City killed 12 people, including five children.")
        #expect(children.count == 1, "\(children)")
    }

    /// A source that gives the other's figure in another sentence knows it and counts
    /// something else with its own: two climbers, or two seasons. Someone else's figure of
    /// that value is no such knowledge.
    @Test func aFigureTheOtherSourceGivesElsewhereIsNoRival() {
        // The second sentence of each report is in its paragraph: a first line of its own
        // would be the report's title.
        let climber =
            "A 36-year-old Australian climber died after a fall on Mount Velmora on Saturday, police said."
        let other =
            "Robert Bexley, 32, died after a fall on Mount Velmora on Saturday, police said."
        #expect(Self.figures(climber, other).count == 1)
        #expect(
            Self.figures(
                climber,
                other + " His death came a day after 36-year-old Duncan Raye died in the same park."
            ).isEmpty)
        // The sentences then tell of different occasions: their other figures are no rivals
        // either.
        let season =
            "Reggie Bush finished with 269 yards rushing and caught 29 passes for the Saints."
        let career = "Reggie Bush had 793 yards rushing and caught 39 passes for the Saints."
        #expect(Self.figures(season, career).count == 2)
        #expect(
            Self.figures(season, career + " This season Reggie Bush had only 269 yards rushing.")
                .isEmpty)
        let carter =
            "Richard Carter scored 14 points for the Bulldogs in the loss to Creighton on Sunday."
        let twelve =
            "Richard Carter had 12 points for the Bulldogs in the loss to Creighton on Sunday."
        #expect(
            Self.figures(
                carter,
                twelve + " Off the bench, Gregory Echenique gave Creighton a lift with 14 points."
            ).count == 1)
        #expect(
            Self.figures(
                carter, twelve + " Off the bench, a freshman gave Creighton a lift with 14 points."
            ).isEmpty)
    }

    /// A date between an article and a noun is the date of that noun: it rivals a date of
    /// the same thing, not any date the other sentence gives.
    @Test func aDateBeforeANounIsThatNounsDate() {
        let dates = { (first: String, second: String) in
            Self.conflicts(first, second).filter { $0.aspect == .date }
        }
        let killed =
            "The deputy was killed on June 24 while investigating an attack in Hawaiian Gardens, police said."
        #expect(
            dates(
                killed,
                "The deputy was killed on June 27 while investigating an attack in Hawaiian Gardens, police said."
            ).count == 1)
        #expect(
            dates(
                killed,
                "Police said the June 20 killing of the deputy came while he was investigating an attack in Hawaiian Gardens."
            ).count == 1)
        #expect(
            dates(
                killed,
                "Police said the June 20 attempted murder came while the deputy was investigating an attack in Hawaiian Gardens."
            ).isEmpty)
    }

    /// A dispute names each value as it reads inside a sentence: a number written out loses
    /// the capital that opened its sentence, a month keeps its own.
    @Test func aDisputeNamesItsValuesAsWritten() {
        let bombs = Self.figures(
            "Five bombs were dropped on the Velmora camp on Friday, witnesses said.",
            "Four bombs were dropped on the Velmora camp on Friday, witnesses said.")
        #expect(
            bombs.first?.description
                == "The sources give different figures for bomb: five bombs (1) against four bombs (2)."
        )
        let dates = Self.conflicts(
            "The ferry sank on June 24 off Port Avelline, the coastguard said.",
            "The ferry sank on June 27 off Port Avelline, the coastguard said."
        ).filter { $0.aspect == .date }
        #expect(
            dates.first?.description
                == "The sources give different dates: June 24 (1) against June 27 (2).")
    }

    /// Not knowing, recalling or believing a thing denies no fact another source states.
    @Test func aDeniedStateOfMindIsNoDenial() {
        #expect(
            Self.negations(
                "The pitcher's agent said the Yankees had offered him a contract before the deadline on Friday.",
                "The pitcher's agent said the Yankees had not offered him a contract before the deadline on Friday."
            ).count == 1)
        #expect(
            Self.negations(
                "The offer to the pitcher from the Yankees is believed to be for at least eight years, sources said.",
                "None of the offers to the pitcher from the Yankees are believed to be for more than eight years, sources said."
            ).isEmpty)
    }

    /// An earlier time the action happened ("the last time the two teams played") is no
    /// report of this one done.
    @Test func anEarlierTimeIsNoUpdate() {
        let ahead = "The Bluejays will play Indiana State in the Missouri Valley final on Saturday."
        #expect(
            Self.advances(
                ahead, "The Bluejays played Indiana State in the Missouri Valley final on Saturday."
            ))
        #expect(
            !Self.advances(
                ahead,
                "The last time the Bluejays played Indiana State in the Missouri Valley final, they lost."
            ))
        #expect(
            !Self.advances(
                ahead,
                "When the Bluejays last played Indiana State in the Missouri Valley final, they lost."
            ))
    }

    /// A figure hyphenated to its unit describes the noun after it: it rivals a figure of
    /// that noun, not any count of its unit.
    @Test func aHyphenatedFigureDescribesItsNoun() {
        #expect(
            Self.figures(
                "Gregory Echenique scored 11 points in the final minutes against Drake on Sunday.",
                "Gregory Echenique scored two three-point plays in the final minutes against Drake on Sunday."
            ).isEmpty)
        #expect(
            Self.figures(
                "The climber died after a 60-metre fall from a ridge on Mount Velmora on Friday.",
                "The climber died after a fall of 200 metres from a ridge on Mount Velmora on Friday."
            ).count == 1)
        #expect(
            Self.figures(
                "Jamaal Charles broke an 86-yard touchdown run against the Colts on Sunday.",
                "Jamaal Charles broke an 84-yard touchdown run against the Colts on Sunday."
            ).count == 1)
    }

    /// Two sentences that each give several values of one unit, for no one and in no role,
    /// list different things: which of one's values counts what the other's does is not
    /// said. Values that each belong to someone still dispute.
    @Test func sentencesListingSeveralValuesOfAUnitAreNoRivals() {
        #expect(
            Self.figures(
                "The 13-inch Velmora laptops start at $1,199 and have the same graphics as the 11-inch model, the company said on Tuesday.",
                "The 13-inch Velmora laptop comes in two versions; the 15-inch model is offered in one, the company said on Tuesday."
            ).isEmpty)
        #expect(
            Self.figures(
                "The new Velmora laptop gives five hours of battery life with the fast chip and four hours with the slow chip, the company said.",
                "The new Velmora laptop will last up to 8 hours on a charge (7 hours with the fast chip), the company said."
            ).isEmpty)
        #expect(
            Self.figures(
                "Richard Carter scored 14 points and Seth VanDeest scored 13 for the Bulldogs against Velmora on Friday.",
                "Seth VanDeest had 13 points, while Richard Carter had 12 points and four assists for the Bulldogs against Velmora on Friday."
            ).count == 1)
    }

    /// A total is nobody's own figure, and a player who "added" yards is no speaker: his
    /// yards are his.
    @Test func aTotalAndAnotherPlayersFigureAreNoRivals() {
        #expect(
            Self.figures(
                "The Colts gave up 507 total yards to the Chiefs on Sunday in Kansas City.",
                "Peyton Hillis added 101 yards for the Chiefs on Sunday in Kansas City."
            ).isEmpty)
        #expect(
            Self.figures(
                "Peyton Hillis added 101 yards for the Chiefs against the Colts on Sunday.",
                "Jamaal Charles ran for 226 yards for the Chiefs against the Colts on Sunday."
            ).isEmpty)
        #expect(
            Self.figures(
                "Peyton Hillis added 101 yards for the Chiefs against the Colts on Sunday.",
                "Peyton Hillis added 110 yards for the Chiefs against the Colts on Sunday."
            ).count == 1)
    }

    /// A figure's own verb tells what it counts: people taking shelter are not the dead, the
    /// arrested are not the injured; a record in a school's history is no game's figure.
    @Test func aFiguresOwnVerbTellsWhatItCounts() {
        let numbers = Self.figures
        let tolls = numbers(
            "The quake in Manokwari on Sunday killed one person and left over 14,000 people taking shelter in tents.",
            "The quake in Manokwari on Sunday killed five people and left thousands of people in tents."
        )
        #expect(tolls.count == 1)
        #expect(tolls.first?.sides.map(\.value).sorted() == ["five people", "one person"])
        #expect(
            numbers(
                "One person is believed to have been arrested after the riot in Flatbush on Wednesday night.",
                "Three people were injured in the riot in Flatbush on Wednesday night, police said."
            ).isEmpty)
        #expect(
            numbers(
                "Danny Green became the 61st player in school history to score 1,000 points against Evansville on Thursday.",
                "Danny Green scored 14 points for the Tar Heels against Evansville on Thursday."
            ).isEmpty)
        // A role that cannot be the figure's ("from" a place, of people) names no dispute.
        let marchers = numbers(
            "More than 200 people set off from the vigil site in Flatbush on Wednesday night.",
            "Nearly 100 people set off from the vigil site in Flatbush on Wednesday night.")
        #expect(marchers.first?.description.contains("figures for people:") == true, "\(marchers)")
    }

    /// A verb of refusal before "to" negates: it agrees with a "not" and disputes the deed.
    @Test func aRefusalNegates() {
        #expect(
            Self.negations(
                "The harbour master refused to identify the captain of the ferry on Friday.",
                "The harbour master did not identify the captain of the ferry on Friday."
            ).isEmpty)
        #expect(
            Self.negations(
                "The harbour master refused to identify the captain of the ferry on Friday.",
                "The harbour master identified the captain of the ferry on Friday."
            ).count == 1)
    }
}
