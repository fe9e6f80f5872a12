import Foundation
import ParallaxCore
import Testing

@Suite struct PlainTextArticleTests {
    @Test func readsTheHeaderAboveTheFirstBlankLine() {
        let article = PlainTextArticle.parse(
            """
            Source: Meridian Wire Service
            Published: 2026-03-14T08:10:00Z
            Title: Ferry runs aground in fog

            A passenger ferry ran aground on Friday off the island of Velmora.
            Title: this line is body text, not a header.
            """, defaultSource: "file.txt")
        #expect(article.source == "Meridian Wire Service")
        #expect(article.title == "Ferry runs aground in fog")
        #expect(article.published == Date(timeIntervalSince1970: 1_773_475_800))
        #expect(article.cleanedText.hasPrefix("A passenger ferry ran aground"))
        #expect(article.cleanedText.contains("Title: this line is body text"))
        #expect(!article.cleanedText.contains("Meridian"))
    }

    /// A title that is a date stamp or other page furniture is none: the body's headline
    /// stands in, as where no title is given.
    @Test(arguments: [
        "9 / 10 / 2010 @ 1: 19PM", "Friday, Sep 10, 2010 | Updated 8: 52 PM EDT", "  ",
    ])
    func aDateStampIsNoTitle(stamp: String) {
        let body = """
            Kraft plant shooting leaves two dead
            A suspended worker returned to the plant and opened fire on Thursday night, police said.
            """
        let article = Article(plainText: body, source: "test", title: stamp)
        #expect(article.title == "Kraft plant shooting leaves two dead")
        #expect(Article(plainText: body, source: "test", title: "Two dead").title == "Two dead")
        #expect(
            Article(plainText: body, source: "test", title: " Two dead news\t").title
                == "Two dead news")
    }

    @Test func aHeaderOnlyFileHasAnEmptyBody() {
        let article = PlainTextArticle.parse("Title: Nothing below\n", defaultSource: "f.txt")
        #expect(article.title == "Nothing below")
        #expect(article.cleanedText.isEmpty)
    }

    @Test(arguments: [
        ("Velmora: the ferry ran aground.\n\nRescuers came.", "Velmora: the ferry"),
        ("The ferry ran aground.\nSource: the coastguard\n\nRescuers came.", "Rescuers came"),
        ("Title: Ferry aground\nNo blank line follows, so this is all body.", "No blank line"),
    ])
    func textWithoutAHeaderIsAllBody(text: String, kept: String) {
        let article = PlainTextArticle.parse(text, defaultSource: "f.txt")
        #expect(article.source == "f.txt")
        #expect(((article.title ?? "") + "\n" + article.cleanedText).contains(kept))
        #expect(article.published == nil)
    }

    @Test func aDateWithoutATimeIsReportedAsTheDayAlone() throws {
        let day = PlainTextArticle.parse(
            "Source: Harbor Gazette\nPublished: 2026-03-14\n\nThe ferry ran aground in fog.",
            defaultSource: "a.txt")
        #expect(day.publishedDate == PublishedDate(year: 2026, month: 3, day: 14))
        #expect(day.published == Date(timeIntervalSince1970: 1_773_489_600))
        let timed = PlainTextArticle.parse(
            "Source: Meridian Wire\nPublished: 2026-03-14T08:10:00Z\n\nThe ferry ran aground.",
            defaultSource: "b.txt")
        #expect(timed.publishedDate?.isDayOnly == false)
        let report = StoryComparison().compare([day, timed])
        #expect(
            report.sources.map(\.published) == ["2026-03-14", "2026-03-14T08:10:00Z"])
        #expect(report.timeline.entries.map(\.first) == [true, true])
    }

    @Test func anArticleEncodedWithoutItsDatesPrecisionReadsAsTimed() throws {
        var article = PlainTextArticle.parse(
            "Published: 2026-03-14\n\nThe ferry ran aground in fog.", defaultSource: "a.txt")
        let encoder = JSONEncoder()
        let decoded = try JSONDecoder().decode(Article.self, from: try encoder.encode(article))
        #expect(decoded == article)
        var object = try #require(
            try JSONSerialization.jsonObject(with: try encoder.encode(article)) as? [String: Any])
        object["publishedDayOnly"] = nil
        let older = try JSONDecoder().decode(
            Article.self, from: try JSONSerialization.data(withJSONObject: object))
        article.publishedDayOnly = false
        #expect(older == article)
    }
}
