import Foundation
import ParallaxCore
import Testing

/// A page scraped without its date often printed it near the top: the article takes that
/// day, not the day of a stamp saying only when it was updated.
@Suite struct PublishedDateStampTests {
    static let body = """
        The harbour master opened the inquiry at Port Avelline on Saturday.
        The ferry ran aground on a sandbank in the channel, the coastguard said.
        """

    @Test(arguments: [
        ("PUBLISHED: 16: 05 GMT, 9 June 2013 | UPDATED: 06: 55 GMT, 10 June 2013", 2013, 6, 9),
        ("Posted on Thu Jun 13, 2013 08: 45 AM PDT", 2013, 6, 13),
        ("Monday, Sep 10, 2012 | Updated 9: 01 AM EDT", 2012, 9, 10),
        ("3 July 2013 Last updated at 13: 38 GMT", 2013, 7, 3),
        ("THURSDAY, JUNE 30, 2005", 2005, 6, 30),
    ])
    func theStampAboveTheStoryGivesItsDay(stamp: String, year: Int, month: Int, day: Int) {
        let article = Article(
            plainText: "Ferry aground off Port Avelline\n\(stamp)\n\(Self.body)", source: "test")
        #expect(article.publishedDate == PublishedDate(year: year, month: month, day: day))
        #expect(article.publishedDayOnly)
        #expect(!article.cleanedText.contains(stamp), "the stamp is still removed as chrome")
    }

    @Test func aStampOfAnUpdateIsTheDayItWasModified() {
        let article = Article(
            plainText:
                "Ferry aground off Port Avelline\nLast updated at 11: 24, Tuesday, 18 June 2013\n"
                + Self.body, source: "test")
        #expect(article.published == nil)
        #expect(article.modified == PublishedDate(year: 2013, month: 6, day: 18)?.date)
    }

    @Test func aTitleThatIsADateStampGivesTheDay() {
        let article = Article(
            plainText: "Ferry aground off Port Avelline\n" + Self.body, source: "test",
            title: "27 NOVEMBER, 2005")
        #expect(article.publishedDate == PublishedDate(year: 2005, month: 11, day: 27))
    }

    @Test func aGivenDateAndTheStorysOwnDatesAreKept() throws {
        let given = try #require(PublishedDate(year: 2013, month: 6, day: 11))
        let dated = Article(
            plainText: "Ferry aground off Port Avelline\nPosted on Thu Jun 13, 2013\n" + Self.body,
            source: "test", published: given.date, publishedDayOnly: true)
        #expect(dated.publishedDate == given)
        // A date in the story's own sentences, or in a line far below its top, is no stamp.
        let story = Article(
            plainText: "Ferry aground off Port Avelline\n"
                + "The ferry was launched on June 30, 2005, the company said.\n" + Self.body
                + String(
                    repeating: "\nThe inquiry will hear from the crew and passengers.", count: 12)
                + "\nTHURSDAY, JUNE 30, 2005", source: "test")
        #expect(story.published == nil)
    }
}
