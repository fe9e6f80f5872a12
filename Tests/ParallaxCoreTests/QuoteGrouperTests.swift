import Foundation
import Testing

@testable import ParallaxCore

@Suite struct QuoteGrouperTests {
    static func quotes(_ first: String, _ second: String) -> [QuoteReport] {
        compareTwoReports(first, second).quotes
    }

    @Test func aSpeakerDescribedMoreFullyIsTheSameSpeaker() {
        let found = Self.quotes(
            "“We appreciate your respect for her family's privacy at this time,” Tara Reid's rep told the magazine.",
            "“We appreciate your respect for her family's privacy at this time,” her rep said.")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Tara Reid's rep")
        #expect(found.first?.sources == [1, 2])
    }

    /// A wording close enough to two quotations goes with the closer, not the one read first:
    /// a short quotation it holds whole is not closer than a long one it tells nearly word for
    /// word.
    @Test func aWordingJoinsTheQuotationItIsClosestTo() {
        let first = """
            Five people had so far been confirmed dead in the quake, district official Fauzi said.
            “Four other people died in hospitals in the district from injuries sustained in the quake,” Fauzi said.
            “A raw murderous act,” Marrow said of the attack.
            “We are deeply shocked by the unjust death of these three people, who were victims of a murderous act,” Marrow said.
            """
        let second = """
            “Another four people died in hospitals in the district from injuries sustained in the quake,” Fauzi told reporters.
            “We are all deeply shocked by the unjust death of three of our citizens, who were victims of a raw, murderous act,” Marrow said.
            """
        // The first is read first: its quotations are the ones the second's wordings join.
        let day = Date(timeIntervalSince1970: 1_700_000_000)
        let found = StoryComparison().compare([
            Article(plainText: first, source: "Harbor Gazette", title: "Quake", published: day),
            Article(
                plainText: second, source: "Coast Daily", title: "Quake",
                published: day.addingTimeInterval(3600)),
        ]).quotes
        func sources(of opening: String) -> [Int]? {
            found.first { $0.text.hasPrefix(opening) }?.sources
        }
        let all = found.map { ($0.text, $0.sources) }
        #expect(sources(of: "Five people") == [1], "\(all)")
        #expect(sources(of: "Four other people") == [1, 2], "\(all)")
        #expect(sources(of: "A raw murderous act") == [1], "\(all)")
        #expect(sources(of: "We are deeply shocked") == [1, 2], "\(all)")
    }

    /// Two outlets' direct quotations of one speaker that share only half their words are two
    /// statements; reported speech may share as little and be one.
    @Test func directQuotationsOfOneSpeakerShareMostWords() {
        let found = Self.quotes(
            "“The fire has progressed rapidly through the store which is almost totally destroyed. It is being treated as potentially suspicious,” a Surrey Police spokeswoman said.",
            "“Surrey Police and Surrey Fire and Rescue are at the scene of a large fire at a store in High Street, which is being treated as potentially suspicious,” a Surrey Police spokeswoman said."
        )
        #expect(found.count == 2, "\(found.map { ($0.text, $0.sources) })")
    }

    /// Initials written with or without periods and spaces name one person: a short quotation
    /// (too few words to be one given to two speakers) is one entry.
    @Test func initialsWrittenEitherWayAreOneSpeaker() {
        let found = Self.quotes(
            "“We are aware of the issue involving Vincent,” Chargers spokesman A.J. Butler said.",
            "“We are aware of the issue involving Vincent,” Chargers spokesman AJ Butler said.")
        #expect(found.count == 1, "\(found.map { ($0.speaker, $0.sources) })")
        #expect(found.first?.sources == [1, 2])
        #expect(QuoteGrouper.sameSpeaker("A. J. Butler", "AJ Butler"))
        #expect(!QuoteGrouper.sameSpeaker("A.J. Butler", "B.J. Butler"))
    }

    /// An entry that holds a direct quotation gives its words, not those of an outlet that
    /// reported them without quotation marks, even where that outlet was read first.
    @Test func aDirectQuotationIsGivenInItsOwnWords() {
        let found = Self.quotes(
            "Coach Ann Lee said the striker suffered a setback in practice last week.",
            "“With the striker, last week in practice he suffered a setback,” Ann Lee said.")
        #expect(found.count == 1, "\(found.map { ($0.text, $0.sources) })")
        #expect(found.first?.kind == .direct)
        #expect(
            found.first?.text == "With the striker, last week in practice he suffered a setback")
        #expect(found.first?.sources == [1, 2])
    }

    /// A body named by its initials in one outlet and in full in another is one speaker: one
    /// entry, under the full name.
    @Test func aBodysInitialsAndItsNameAreOneSpeaker() {
        let found = Self.quotes(
            "He was on probation for a previous DUI arrest, according to the CHP.",
            "He was on probation for a previous DUI arrest, according to the California Highway Patrol."
        )
        #expect(found.count == 1, "\(found.map { ($0.speaker, $0.sources) })")
        #expect(found.first?.speaker == "California Highway Patrol")
        #expect(found.first?.sources == [1, 2])
        #expect(QuoteGrouper.sameSpeaker("FBI", "Federal Bureau of Investigation"))
        #expect(QuoteGrouper.sameSpeaker("UNRWA", "United Nations Relief and Works Agency"))
        #expect(!QuoteGrouper.sameSpeaker("CHP", "Chargers Head Physician Ann Lee"))
        #expect(!QuoteGrouper.sameSpeaker("AP", "Apple"))
    }

    /// Where outlets name different people for one quotation, the one more of them name is
    /// its speaker, and the other is kept on its outlet's wording.
    @Test func theSpeakerMoreOutletsNameWins() {
        let statement =
            "“We are aware of the off-the-field issue involving Vincent and we are disappointed,”"
        let reports = [
            ("Harbor Gazette", "\(statement) Chargers general manager A.J. Butler said."),
            ("Coast Daily", "\(statement) Chargers general manager A.J. Smith said."),
            ("Valley Ledger", "\(statement) general manager A.J. Smith said in a statement."),
        ]
        let found = StoryComparison().compare(
            reports.map { Article(plainText: $0.1, source: $0.0) }
        ).quotes
        #expect(found.count == 1, "\(found.map { ($0.speaker, $0.sources) })")
        #expect(found.first?.speaker == "A.J. Smith")
        #expect(found.first?.variants.compactMap(\.speaker) == ["A.J. Butler"])
    }

    /// An outlet naming a speaker twice counts once, and the speaker more outlets name is
    /// given in its fullest name, counting the outlets that name it in part.
    @Test func theSpeakerOfMostOutletsCountsEachOutletOnce() {
        func winner(_ named: [(String, Int)], over current: String) -> String {
            QuoteGrouper.namedByMostOutlets(
                named.map { (QuoteGrouper.Speaker($0.0), source: $0.1) },
                over: QuoteGrouper.Speaker(current)
            ).name
        }
        let twiceByOne = [("A.J. Butler", 1), ("A.J. Smith", 2), ("A.J. Smith", 2)]
        #expect(winner(twiceByOne, over: "A.J. Butler") == "A.J. Butler")
        let inPart = [("A.J. Butler", 1), ("Smith", 2), ("A.J. Smith", 3)]
        #expect(winner(inPart, over: "A.J. Butler") == "A.J. Smith")
    }

    /// One wording holds another where the other's words, less the punctuation at its ends,
    /// stand in it unchanged, whatever the case or the script; a first letter found often is
    /// no match by itself.
    @Test func oneWordingHoldsAnotherWordForWord() {
        #expect(QuoteGrouper.contains("“Absolutely no way,” he said.", "Absolutely no way"))
        #expect(QuoteGrouper.contains("Die Stadt Zürich wird gebaut", "ZÜRICH wird"))
        #expect(QuoteGrouper.contains("they said it was over", "was over."))
        #expect(!QuoteGrouper.contains("they said it was over", "it is over"))
        #expect(!QuoteGrouper.contains("aaaaaaaa", "aab"))
        #expect(!QuoteGrouper.contains("!!", "no words at all"))
        #expect(QuoteGrouper.LoweredText("Zürich").holds("rich"))
        #expect(!QuoteGrouper.LoweredText("rich").holds("zürich"))
    }

    /// One source's two statements that name the same places are two quotations; an article
    /// quoting a phrase of a quotation it gives in full later is one.
    @Test func oneSourcesTwoStatementsAreTwoQuotations() {
        let found = Self.quotes(
            """
            The ferry had left Port Avelline at 6:50 p.m. for Skerrow, behind schedule after a delay in loading freight, Skerrow Line said.
            Skerrow Line said all sailings between Port Avelline and Skerrow had been suspended until further notice.
            """,
            "Divers found a tear in the hull on Saturday.")
        #expect(found.count == 2, "\(found.map(\.text))")
        let phrase = Self.quotes(
            """
            Tomas Reyne condemned "the rule of the gun" on Tuesday.
            "It's the rule of the gun now, and it has to stop," Tomas Reyne said at the hospital.
            """,
            "Divers found a tear in the hull on Saturday.")
        #expect(phrase.count == 1, "\(phrase.map(\.text))")
    }

    /// One source's two statements sharing their only content word are two: "Would we have
    /// done it without him?" is no repeat of "We wanted to get that done."
    @Test func oneSourcesStatementsSharingOneWordAreTwo() {
        let found = Self.quotes(
            """
            The Colts reached the playoffs on Sunday.
            "Would we have done it without him?" coach Bruce Arians said.
            "We wanted to get that done. That was the time to do it," Reggie Wayne said.
            """,
            "Divers found a tear in the hull on Saturday.")
        #expect(found.count == 2, "\(found.map(\.text))")
        #expect(found.map(\.speaker) == ["Bruce Arians", "Reggie Wayne"])
    }

    /// Two wordings that share only names are two statements: another outlet's quotation that
    /// names the same places does not join the first statement and carry the second along.
    @Test func wordingsSharingOnlyNamesAreTwoQuotations() {
        let found = Self.quotes(
            "Skerrow Line said all sailings between Port Avelline and Skerrow were suspended until further notice.",
            """
            The ferry had left Port Avelline at 6:50 p.m. for Skerrow, behind schedule after a delay in loading freight, Skerrow Line said.
            Skerrow Line said all sailings between Port Avelline and Skerrow had been suspended until further notice.
            """)
        #expect(found.count == 2, "\(found.map(\.text))")
        let sailings = found.first { $0.text.contains("sailings") }
        #expect(sailings?.sources == [1, 2])
        #expect(sailings?.variants.count == 2)
        #expect(found.first { $0.text.hasPrefix("The ferry") }?.sources == [2])
    }

    @Test func aFewCommonWordsDoNotGiveAQuotationASpeaker() {
        // The second outlet's quotation has no speaker it could find; sharing "houses",
        // "damaged" and "people" with the first one's does not make it the same man's words.
        let found = Self.quotes(
            "“Ten people were killed and about 1,500 houses were damaged in the district,” said Tomas Reyne.",
            "“I saw houses damaged and roofs falling on people.”")
        #expect(found.count == 2, "\(found.map(\.text))")
        #expect(found.first { $0.text.hasPrefix("I saw") }?.speaker == nil)
        // The same words, with no speaker, are still the same quotation.
        let same = Self.quotes(
            "“Ten people were killed and about 1,500 houses were damaged in the district,” said Tomas Reyne.",
            "“Ten people were killed and about 1,500 houses were damaged in the district.”")
        #expect(same.count == 1)
        #expect(same.first?.speaker == "Tomas Reyne")
    }

    /// A quotation of one content word is the same as a longer one only where that one has it
    /// word for word.
    @Test func aOneWordQuotationIsPartOfAnotherOnlyWordForWord() {
        let found = Self.quotes(
            "Tensions \"seemed to be easing until the sister of the teen was arrested on the street,\" according to Dana Gold of Metropolis.",
            "Some of the protesters shouted, \"That is the sister,\" then threw bottles.")
        #expect(found.count == 2, "\(found.map { ($0.text, $0.speaker) })")
        let shouted = found.first { $0.text == "That is the sister" }
        #expect(
            shouted?.speaker == "Some of the protesters",
            "\(found.map { ($0.text, $0.speaker) })")
        let same = Self.quotes(
            "\"Absolutely no way,\" Fred LaRue told the paper when asked about the tapes today.",
            "LaRue said there was \"absolutely no way\" he knew about the tapes.")
        #expect(same.count == 1, "\(same.map { ($0.text, $0.speaker) })")
    }

    /// Different spokesmen are not one speaker: the same words given to both are one
    /// quotation that the outlets attribute differently, and the report says so.
    @Test func differentSpokesmenAreNot() {
        let found = Self.quotes(
            "“We will keep searching through the night for the missing crew member,” a police spokesman said.",
            "“We will keep searching through the night for the missing crew member,” an army spokesman said."
        )
        #expect(found.count == 1)
        #expect(found.first?.sources == [1, 2])
        // One attribution is the quotation's, the other is kept on its outlet's wording:
        // which is which follows the order the sources are read in, not their numbers.
        let speaker = found.first?.speaker
        #expect(["police spokesman", "army spokesman"].contains(speaker))
        let other = speaker == "police spokesman" ? "army spokesman" : "police spokesman"
        #expect(found.first?.variants.compactMap(\.speaker) == [other])
        #expect(
            found.first?.variants.first { $0.speaker == other }?.source
                == (other == "police spokesman" ? 1 : 2))
        // Fewer shared words given to two speakers are two quotations.
        let two = Self.quotes(
            "“We will keep searching through the night,” a police spokesman said.",
            "“We will keep searching through the night for the crew,” an army spokesman said.")
        #expect(two.count == 2)
    }

    /// A named person wins over a description of someone, and the other outlet's attribution
    /// is kept.
    @Test func aQuotationAttributedDifferentlyIsOneQuotation() {
        let found = Self.quotes(
            "“I see many houses were damaged and their roofs fell onto some people,” a Bukit Sama village resident told AP on Tuesday.",
            "“I see many houses were damaged and their roofs fell onto some people,” said Bensu Elianita, a resident of Bukit Sama village."
        )
        #expect(found.count == 1, "\(found)")
        #expect(found.first?.speaker == "Bensu Elianita")
        let variants = found.first?.variants ?? []
        #expect(
            variants.first { $0.source == 1 }?.speaker?.hasSuffix("village resident") == true)
        #expect(variants.contains { $0.source == 2 && $0.speaker == nil })
        let markdown = compareTwoReports(
            "“I see many houses were damaged and their roofs fell onto some people,” a Bukit Sama village resident told AP on Tuesday.",
            "“I see many houses were damaged and their roofs fell onto some people,” said Bensu Elianita, a resident of Bukit Sama village."
        ).markdown()
        #expect(markdown.contains("[1] attributes it to "), "\(markdown)")
    }

    /// A first name and surname is the one fuller name the story gives them; where it gives
    /// two ("George W. Bush", "George H. W. Bush"), neither.
    @Test func aNameWithoutItsMiddleNameIsThePersonNamedInFull() {
        let found = Self.quotes(
            "Mark Jay Heller arrived at the court at noon. “She is in rehab right now,” Mark Jay Heller said.",
            "“My client is in the bosom of that facility right now,” Mark Heller said.")
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.speaker == "Mark Jay Heller" }, "\(found.map(\.speaker))")
        let two = Self.quotes(
            "George H. W. Bush and George W. Bush met in Houston on Friday.",
            "“We talked about the old days in Texas for an hour,” George Bush said.")
        #expect(two.first?.speaker == "George Bush", "\(two.map(\.speaker))")
        // A surname alone is the same person, named as the story names him most: without
        // his initial.
        let surname = Self.quotes(
            "Raymond Kelly spoke. Raymond Kelly left. “Nothing indicates that the shooting broke the rules,” Raymond Kelly said.",
            "The commissioner, Raymond W. Kelly, spoke. “We will look at every video of the night,” Mr. Kelly said."
        )
        #expect(
            surname.allSatisfy { $0.speaker == "Raymond Kelly" }, "\(surname.map(\.speaker))")
    }

    /// A name the story gives in full elsewhere, its first name left off, is that person;
    /// so is one named after a title inside a run of capitals.
    @Test func aNameWithoutItsFirstNameIsThePersonNamedInFull() {
        let found = Self.quotes(
            "“Greece will get the help it needs from its partners,” European Union President Herman Van Rompuy said on Monday.",
            "“The euro zone will not let Greece fall,” Van Rompuy said in Brussels on Monday.")
        #expect(found.count == 2, "\(found)")
        #expect(found.allSatisfy { $0.speaker == "Herman Van Rompuy" }, "\(found.map(\.speaker))")
    }

    /// A first name alone is the one person the story names in full with it, as a person;
    /// where the story names two people so, it stays as written.
    @Test func aFirstNameAloneIsTheOnePersonNamedInFullWithIt() {
        let story =
            "Doug Rinaldi scored 23 points on Friday while his father, coach Greg Rinaldi, watched from the bench."
        let found = Self.quotes(story, "“He never pushed for me to stay,” Doug said.")
        #expect(found.map(\.speaker) == ["Doug Rinaldi"])
        #expect(found.map(\.speakerKind) == [.person])
        let two = Self.quotes(
            story + " Doug Baker had 11 rebounds.", "“He never pushed for me to stay,” Doug said.")
        #expect(two.map(\.speaker) == ["Doug"])
    }

    @Test func aCompanyIsNotCompletedIntoAPersonsName() {
        // Names that ran together ("Freedom Fabric AMD") read as a person whose surname is AMD;
        // AMD speaking as a company keeps its own name.
        let found = Self.quotes(
            """
            AMD has agreed to buy SeaMicro for $334 million.
            The server space is one area where AMD can still compete with Intel, and with Freedom \
            Fabric AMD might once again become a compelling choice.
            """,
            """
            AMD has agreed to buy SeaMicro for $334 million.
            In a briefing on Wednesday, AMD executives stressed that the main motivation of buying \
            SeaMicro was to offer its communications technology to other server makers.
            """)
        #expect(!found.isEmpty)
        for quote in found {
            #expect(quote.speaker != "Freedom Fabric AMD")
            #expect(quote.speaker?.contains("AMD") == true, "\(String(describing: quote.speaker))")
        }
    }
}
