import Foundation
import ParallaxHTML
import Testing

@Suite struct PageExtractorTests {
    func extract(_ html: String, url: String? = nil) throws -> ExtractedPage {
        try PageExtractor().extract(Array(html.utf8), url: url, parser: HTMLParser())
    }

    static let page = """
        <!DOCTYPE html><html lang="en-GB"><head>
        <title>Ferry runs aground off Kestrel Point | Harbor Gazette</title>
        <meta name="description" content="A ferry ran aground in fog.">
        <meta property="og:site_name" content="Harbor Gazette">
        <link rel="canonical" href="https://harbor.example/news/ferry">
        <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle",
        "headline":"Ferry runs aground off Kestrel Point","datePublished":"2026-03-14T08:10:00+01:00",
        "dateModified":"2026-03-14T09:00:00Z","author":[{"@type":"Person","name":"Ilse Marrow"}]}</script>
        </head><body>
        <header><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav></header>
        <div class="cookie-banner">We use cookies to improve your experience.</div>
        <main><article>
        <h1>Ferry runs aground off Kestrel Point</h1>
        <div class="byline">By Ilse Marrow</div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
        <div class="article-body">
        <p>The ferry ran aground in thick fog on Friday evening, the coastguard said, and all 118
        people on board were brought ashore by lifeboats before midnight.</p>
        <h2>Rescue in the dark</h2>
        <p>Lifeboats from two stations, together with a coastguard helicopter, took part in the
        rescue, which lasted more than four hours in a heavy swell.</p>
        <figure><img src="a.jpg"><figcaption>The ferry on the ledge at dawn.</figcaption></figure>
        <ul><li>104 passengers were on board.</li><li>14 crew were on board.</li></ul>
        <blockquote>Conditions were about as bad as they get out there, the station commander said.</blockquote>
        <p>The operator said it would cooperate fully with the inquiry into the grounding, which is
        expected to open next week.</p>
        </div>
        <aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Council approves parking charges for the quay</a></li>
        <li><a href="/b">Fishing quotas to be set next week after talks</a></li></ul></aside>
        </article></main>
        <div class="comments"><p>Great article, thanks for sharing this with all of us here!</p></div>
        <footer><p>Copyright 2026 Harbor Gazette. All rights reserved.</p></footer>
        </body></html>
        """

    @Test func keepsTheBodyInOrderAndDropsFurniture() throws {
        let page = try extract(Self.page)
        let texts = page.blocks.map(\.text)
        #expect(texts.first?.hasPrefix("The ferry ran aground in thick fog") == true)
        #expect(
            page.blocks.map(\.kind) == [
                .paragraph, .heading, .paragraph, .caption, .listItem, .listItem, .quote,
                .paragraph,
            ])
        for furniture in [
            "Home", "cookies", "Share on Facebook", "Related stories", "Great article", "Copyright",
            "By Ilse Marrow",
        ] {
            #expect(!page.text.contains(furniture), "kept \(furniture)")
        }
        #expect(!page.text.contains("The ferry on the ledge"), "captions stay out of the text")
        #expect(
            !page.text.contains("Ferry runs aground off Kestrel Point"), "the headline is not body")
    }

    @Test func readsMetadata() throws {
        let metadata = try extract(Self.page).metadata
        #expect(metadata.title == "Ferry runs aground off Kestrel Point")
        #expect(metadata.authors == ["Ilse Marrow"])
        #expect(metadata.published == "2026-03-14T08:10:00+01:00")
        #expect(metadata.modified == "2026-03-14T09:00:00Z")
        #expect(metadata.siteName == "Harbor Gazette")
        #expect(metadata.canonicalURL == "https://harbor.example/news/ferry")
        #expect(metadata.language == "en")
        #expect(metadata.description == "A ferry ran aground in fog.")
    }

    @Test(
        arguments: [
            (
                "<meta property=\"article:published_time\" content=\"2019-11-19T10:00:00.000-0500\">",
                nil, "2019-11-19T10:00:00-05:00"
            ),
            ("<meta name=\"date\" content=\"2019-11-19\">", nil, "2019-11-19"),
            ("<time datetime=\"2019-11-19T10:00Z\">Nov 19</time>", nil, "2019-11-19T10:00:00Z"),
            (
                "<meta name=\"pubdate\" content=\"Tue, 19 Nov 2019 10:00:00 GMT\">", nil,
                "2019-11-19"
            ),
            ("", "https://news.example/2019/11/19/story.html", "2019-11-19"),
        ] as [(String, String?, String)])
    func normalisesPublishedDates(markup: String, url: String?, expected: String) throws {
        let html =
            "<html><head><title>T</title>\(markup)</head><body><p>\(String(repeating: "Some words of text. ", count: 5))</p></body></html>"
        #expect(try extract(html, url: url).metadata.published == expected)
    }

    @Test func placeholderDatesAreNoDates() throws {
        let html = """
            <html><head><meta property="article:published_time" content="0001-01-01T00:00:00Z">
            <meta name="date" content="2019-11-19"></head><body><p>Text of the page.</p></body></html>
            """
        #expect(try extract(html).metadata.published == "2019-11-19")
    }

    @Test func titleFallsBackToThePageTitleWithoutTheSiteName() throws {
        let html =
            "<html><head><title>Ferry runs aground off the point - Harbor Gazette</title></head><body><p>Text here.</p></body></html>"
        #expect(try extract(html).metadata.title == "Ferry runs aground off the point")
    }

    @Test func refusesWhatIsNotHTML() throws {
        #expect(throws: HTMLError.self) {
            try PageExtractor().extract([0x89, 0x50, 0x4E, 0x47, 0, 0, 0, 0], parser: HTMLParser())
        }
        #expect(throws: HTMLError.self) {
            try PageExtractor().extract(Array("just some plain words".utf8), parser: HTMLParser())
        }
    }

    @Test func pageWithNoTextGivesNoBlocks() throws {
        let page = try extract(
            "<html><head><title>Empty</title></head><body><nav><a href=\"/\">Home</a></nav></body></html>"
        )
        #expect(page.blocks.isEmpty)
        #expect(page.metadata.title == "Empty")
    }

    @Test func largePageIsReadUpToTheCap() throws {
        let paragraph =
            "<p>" + String(repeating: "A sentence of the article, with words. ", count: 20)
            + "</p>\n"
        let html =
            "<html><body><article>" + String(repeating: paragraph, count: 70_000)
            + "</article></body></html>"
        #expect(html.utf8.count > 50 << 20)
        let page = try extract(html)
        #expect(!page.blocks.isEmpty)
    }

    @Test func unclosedTagsStillYieldText() throws {
        let page = try extract(
            "<html><body><div class=content><p>The first paragraph has enough words to count here<p>The second paragraph also has plenty of words to count"
        )
        #expect(page.text.contains("The second paragraph"))
    }
}
