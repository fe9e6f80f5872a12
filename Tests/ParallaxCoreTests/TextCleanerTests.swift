import ParallaxCore
import Testing

@Suite struct TextCleanerTests {
    let cleaner = TextCleaner()

    @Test(arguments: [
        "More topics for you", "This topic continues below.", "Share this article",
        "Subscribe to our newsletter", "Advertisement", "Accept all cookies",
        "Sign up for our daily briefing", "Read more: Other story here", "Follow us on Twitter",
        "Monday, Sep 10, 2012 | Updated 9: 01 AM EDT", "09 / 10 / 10 08: 23 PM ET", "July 26, 2005",
    ])
    func removesChromeLines(line: String) {
        let text =
            "Body sentence one about the harbour ferry.\n\(line)\nBody sentence two about the ferry."
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.paragraphs.count == 2)
        #expect(cleaned.removals.map(\.reason) == [.chrome])
        #expect(cleaned.removals.first?.line == 2)
    }

    /// The dateline opening a story is removed, recorded, from its first sentence.
    @Test(arguments: [
        ("PORT AVELLINE, March 13 (MWS) – ", "PORT AVELLINE, March 13 (MWS) –"),
        ("LONDON (Reuters) - ", "LONDON (Reuters) -"),
        ("Port Avelline (MWS) — ", "Port Avelline (MWS) —"),
        ("MOSCOW, Oct. 5 /TASS/ - ", "MOSCOW, Oct. 5 /TASS/ -"),
        ("SUNNYVALE, Calif. -- ", "SUNNYVALE, Calif. --"),
    ])
    func removesTheDateline(prefix: String, dateline: String) {
        let body = "A passenger ferry carrying 118 people ran aground in fog off Port Avelline."
        let cleaned = cleaner.clean(
            prefix + body + "\nThe ferry was refloated.", detectTitle: false)
        #expect(cleaned.paragraphs.first?.text == body)
        #expect(cleaned.removals.map(\.reason) == [.dateline])
        #expect(cleaned.removals.first?.text == dateline)
    }

    /// A dash in the opening sentence is no dateline's: a clause before it, words in lower
    /// case, or a second paragraph.
    @Test(arguments: [
        "The ferry - a 1998 vessel - ran aground off Port Avelline.",
        "Passengers on the MV Tessaly Wren – 104 of them – were rescued.",
        "The ferry ran aground.\nLONDON (Reuters) - A second ferry ran aground.",
        "FERRY AGROUND - rescuers search for one crew member off Port Avelline.",
    ])
    func keepsDashesThatAreNoDateline(text: String) {
        #expect(cleaner.clean(text, detectTitle: false).removals.isEmpty)
    }

    /// Text scraped with its page's escapes reads as the page did; an ampersand that starts no
    /// escape stays.
    @Test func decodesCharacterReferencesLeftInScrapedText() {
        let cleaned = cleaner.clean(
            "Protesters set fire to cars &amp; shops near the Finance Ministry.\nThe union called it &#8220;a warning&#8221; to the EU &amp; IMF, said AT&T's R&D; chief.",
            detectTitle: false)
        #expect(
            cleaned.paragraphs.map(\.text) == [
                "Protesters set fire to cars & shops near the Finance Ministry.",
                "The union called it \u{201C}a warning\u{201D} to the EU & IMF, said AT&T's R&D; chief.",
            ])
    }

    @Test func keepsProseWithDates() {
        let text = "The ferry ran aground on March 13, 2026.\nIt sailed again on March 20."
        #expect(cleaner.clean(text, detectTitle: false).removals.isEmpty)
    }

    @Test func keepsProseThatMentionsSharing() {
        let text =
            "The company will share its results with regulators next week, officials said.\nOther prose."
        #expect(cleaner.clean(text, detectTitle: false).removals.isEmpty)
    }

    @Test func splitsChromeGluedWithoutSpace() {
        let text =
            "The ferry ran aground off the coast.\nMore topics for you.This topic continues below.\nThe ferry was refloated."
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.count == 2)
        #expect(cleaned.removals.allSatisfy { $0.reason == .chrome })
        #expect(cleaned.paragraphs.count == 2)
    }

    @Test func splitsChromeGluedToProse() {
        let text =
            "The ferry ran aground in thick fog on Friday.Share this article\nIt was refloated."
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.paragraphs.first?.text == "The ferry ran aground in thick fog on Friday.")
        #expect(cleaned.removals.map(\.text) == ["Share this article"])
    }

    @Test func rejoinsSentenceBrokenAtAbbreviation() {
        let text =
            "The envoy returned to Moscow on Oct.\n5 as his term in Washington ended. He is 69."
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.paragraphs.count == 1)
        #expect(
            cleaned.paragraphs[0].text.hasPrefix(
                "The envoy returned to Moscow on Oct. 5 as his term"))
        #expect(cleaned.paragraphs[0].line == 1)
    }

    /// A quotation broken across lines is one paragraph again, so that its speaker, named
    /// after it closes, is found; a quotation that runs on into a new paragraph, opened again
    /// there, stays two.
    @Test(arguments: [
        (
            "\"It lasted a really long time.\nYou could tell\" it was larger, said clerk Alicia Mullin.",
            1
        ),
        (
            "\u{201C}It lasted a really long time.\nYou could tell\u{201D} it was larger, said clerk Alicia Mullin.",
            1
        ),
        ("\"We lost everything.\n\"We will rebuild,\" the mayor said on Saturday.", 2),
        ("The ferry sailed at dawn.\nYou could tell\" it was larger, said the clerk.", 2),
        ("He said \"we are ready.\" The ferry sailed.\nIt was late.", 2),
        // A page tokenised before it was scraped spaces a closing mark on both sides.
        (
            "\"The quake was felt for 15 seconds.\nPeople rushed out of their homes, \" the spokesman said.",
            1
        ),
        ("The quake was felt for 15 seconds.\nPeople said, \" we rushed out \" at once.", 2),
    ])
    func rejoinsQuotationBrokenAcrossLines(text: String, paragraphs: Int) {
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.paragraphs.count == paragraphs, "\(cleaned.paragraphs.map(\.text))")
    }

    @Test func aQuotationBrokenAcrossLinesKeepsItsSpeaker() {
        let report = compareTwoReports(
            """
            The quake shook the Cobb Mountain community awake early on Thursday morning.
            "It lasted a really long time.
            You could tell it was larger," said Hardester's Market clerk Alicia Mullin.
            """,
            "The quake shook Cobb Mountain awake early on Thursday, startling residents.")
        let quote = report.quotes.first { $0.text.hasPrefix("It lasted") }
        #expect(quote?.speaker == "Alicia Mullin", "\(report.quotes)")
        #expect(quote?.text.contains("You could tell") == true)
        // Spaced on both sides, with the name after a long description.
        let spaced = compareTwoReports(
            """
            The quake shook the Cobb Mountain community awake early on Thursday morning.
            "It lasted a really long time.
            You could tell it was larger, " the clerk at the market on the main road, Alicia Mullin, told the paper.
            """,
            "The quake shook Cobb Mountain awake early on Thursday, startling residents.")
        let told = spaced.quotes.first { $0.text.hasPrefix("It lasted") }
        #expect(told?.speaker == "Alicia Mullin", "\(spaced.quotes)")
        #expect(told?.text.contains("You could tell") == true)
        #expect(!spaced.quotes.contains { $0.text.contains("told the paper") })
    }

    @Test func removesUnrelatedHeadline() {
        let text = """
            The ferry struck the reef near the harbour in thick fog on Friday evening.
            Local football club signs new striker on loan for season
            Rescuers said the ferry passengers were taken to the harbour by lifeboats.
            The ferry operator said the reef was marked on every chart of the harbour.
            """
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.map(\.reason) == [.unrelatedHeadline])
        #expect(cleaned.removals.first?.line == 2)
        #expect(cleaned.paragraphs.count == 3)
    }

    /// A line that ends in a comma goes on in the next: it is the article's, whatever its
    /// words.
    @Test func keepsALineEndingInACommaThoughItSharesFewWords() {
        let text = """
            The ferry struck the reef near the harbour in thick fog on Friday evening.
            The merchandise, including a clothing line and a film in 2005,
            Rescuers said the ferry passengers were taken to the harbour by lifeboats.
            The ferry operator said the reef was marked on every chart of the harbour.
            """
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.isEmpty, "\(cleaned.removals)")
    }

    /// A line of the article's prose that lost its full stop, sharing few words with the rest,
    /// is not taken for another story's headline: it reads as prose, attributes speech to a
    /// pronoun, or ends opening a quotation.
    @Test(arguments: [
        "Trade unions say their members are having to pay for a crisis that has been created by corrupt politicians",
        "According to various reports the singer's representative left a statement for the press, he said",
        "We will find a way to improve on this team. \u{201C}",
    ])
    func keepsProseThatLostItsFullStop(line: String) {
        let text = """
            The ferry struck the reef near the harbour in thick fog on Friday evening.
            \(line)
            Rescuers said the ferry passengers were taken to the harbour by lifeboats.
            The ferry operator said the reef was marked on every chart of the harbour.
            """
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.isEmpty, "\(cleaned.removals)")
        #expect(cleaned.paragraphs.count == 4)
    }

    /// Headlines leave out articles and auxiliaries, so a long one still reads as a headline.
    @Test func removesALongHeadlineWrittenAsHeadlines() {
        let text = """
            The ferry struck the reef near the harbour in thick fog on Friday evening.
            Election result could have averted the energy crisis, says former finance minister of Ruritania
            Rescuers said the ferry passengers were taken to the harbour by lifeboats.
            """
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.map(\.reason) == [.unrelatedHeadline])
    }

    @Test func keepsRelatedSubheadingAsHeading() {
        let text = """
            The ferry struck the reef near the harbour in thick fog on Friday evening.
            Ferry passengers rescued from the reef
            Rescuers said the ferry passengers were taken to the harbour by lifeboats.
            """
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.isEmpty)
        #expect(cleaned.paragraphs.map(\.isHeading) == [false, true, false])
    }

    @Test func removesForeignTeaserAtEnd() {
        let text = """
            The ferry struck the reef near the harbour in thick fog on Friday evening.
            Rescuers said the ferry passengers were taken to the harbour by lifeboats.
            Council approves new parking charges for the old quay
            Drivers using the car park will pay up to 40 per cent more from April under plans approved by
            """
        let cleaned = cleaner.clean(text, detectTitle: false)
        #expect(cleaned.removals.map(\.reason) == [.foreignTeaser, .foreignTeaser])
        #expect(cleaned.paragraphs.count == 2)
    }

    @Test func takesHeadlineShapedFirstLineAsTitle() {
        let cleaned = cleaner.clean(
            "Ferry runs aground in fog\nThe ferry struck the reef on Friday.")
        #expect(cleaned.title == "Ferry runs aground in fog")
        #expect(cleaned.paragraphs.count == 1)
    }

    @Test func dropsRepeatedParagraph() {
        let line = "The ferry struck the reef near the harbour in thick fog on Friday evening."
        let cleaned = cleaner.clean(
            "\(line)\n\(line)\nAnother line of prose here.", detectTitle: false)
        #expect(cleaned.removals.map(\.reason) == [.duplicate])
    }

    @Test func survivesHugeLine() {
        let line = String(repeating: "word ", count: 200_000)
        let cleaned = cleaner.clean(line, detectTitle: false)
        #expect(cleaned.paragraphs.count == 1)
    }
}
