import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import ParallaxServer
import ParallaxStore
import ParallaxTestSupport
import Testing

/// The web pages: what a person reading them sees, and that untrusted text stays inert.
@Suite struct ServerPageTests {
    /// Every `href="#…"` in `html` whose target has no `id` in it.
    static func danglingAnchors(_ html: String) -> [String] {
        let ids = Set(matches(#"id="([^"]+)""#, in: html))
        return matches(##"href="#([^"]+)""##, in: html).filter { !ids.contains($0) }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let expression = try! NSRegularExpression(pattern: pattern)
        let range = NSRange(text.startIndex..., in: text)
        return expression.matches(in: text, range: range).map {
            String(text[Range($0.range(at: 1), in: text)!])
        }
    }

    @Test func storyPageShowsGridSummaryConflictsQuotesTimelineAndColumns() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let response = try await client.execute(uri: "/stories/1", method: .get)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/html; charset=utf-8")
            let html = response.text
            for section in ["summary", "grid", "conflicts", "quotes", "timeline", "articles"] {
                #expect(html.contains("<section id=\"\(section)\">"), "\(section)")
            }
            // The grid: one column per outlet, cells coloured by what each source does.
            #expect(html.contains("<table class=\"grid\">"))
            #expect(Self.matches(#"<td class="(reports)""#, in: html).count >= 10)
            #expect(!Self.matches(#"<td class="(contradicts)""#, in: html).isEmpty)
            #expect(!Self.matches(#"<td class="(silent)""#, in: html).isEmpty)
            // Sentences highlighted by their part in the comparison.
            for role in ["agreed", "unique", "conflict"] {
                #expect(html.contains("class=\"sentence \(role)"), "\(role)")
            }
            // Every citation in the summary and the grid leads to a sentence on the page.
            let cites = Self.matches(##"class="cite" href="#(s[0-9]+-[0-9]+)""##, in: html)
            #expect(cites.count >= 5)
            // Sources backing a summary line without some of its figures, with what they lack.
            #expect(html.contains("<span class=\"partial\">; without \u{201C}"))
            #expect(Self.danglingAnchors(html).isEmpty, "\(Self.danglingAnchors(html).prefix(5))")
            // The timeline chart: one lane per outlet and a mark per article.
            #expect(html.contains("<svg class=\"timeline\""))
            #expect(Self.matches(#"<circle class="(article-mark)""#, in: html).count == 4)
            #expect(html.contains("Meridian Wire Service"))
        }
    }

    @Test func storyListShowsHeadlineCountsSpanAndContest() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let html = try await client.execute(uri: "/", method: .get).text
            #expect(html.contains("href=\"/stories/1\""))
            #expect(html.contains("Ferry with 118 aboard runs aground"))
            #expect(html.contains("4 articles, 4 sources"))
            #expect(html.contains("2026-03-13 to 2026-03-15"))
            #expect(html.contains("contradiction"))
            #expect(html.contains("<li class=\"story contested\">"))
            let none = try await client.execute(uri: "/?q=volcano", method: .get).text
            #expect(none.contains("No story matches."))
            #expect(none.contains("value=\"volcano\""))
        }
    }

    @Test func articlePageShowsCleanedTextBesideWhatWasRemoved() async throws {
        let fixture = try await ServerFixture()
        try await fixture.test { client in
            let story = try await client.execute(uri: "/api/v1/stories/1", method: .get).json
            let articles = story["articles"] as? [[String: Any]] ?? []
            var reasons = 0
            for article in articles {
                let id = try #require(article["id"] as? String)
                let html = try await client.execute(uri: "/articles/\(id)", method: .get).text
                #expect(html.contains("<section id=\"cleaned\""))
                #expect(html.contains("<section id=\"removed\""))
                #expect(html.contains("href=\"/stories/1\""))
                reasons +=
                    Self.matches(#"<span class="badge">([a-z-]+)</span> line"#, in: html)
                    .count
            }
            #expect(reasons > 0)
        }
    }

    @Test func mergedStoryRedirectsToTheStoryItJoined() async throws {
        let fixture = try await ServerFixture()
        let extra = try await fixture.store.createStories(headlines: ["An early duplicate"])
        try await fixture.store.mergeStory(extra[0], into: 1)
        try await fixture.test { client in
            for (uri, target) in [
                ("/stories/\(extra[0])", "/stories/1"),
                ("/api/v1/stories/\(extra[0])", "/api/v1/stories/1"),
            ] {
                let response = try await client.execute(uri: uri, method: .get)
                #expect(response.status == .movedPermanently)
                #expect(response.headers[.location] == target)
            }
        }
    }

    /// Articles carrying markup and script, as a hostile or broken page might.
    static let hostile: [[String: String]] = [
        [
            "source": "<script>alert('source')</script>Evil Gazette",
            "title": "Ferry <img src=x onerror=alert(1)> aground off Port Avelline",
            "url": "javascript:alert('url')",
            "published": "2026-03-14T09:00:00Z",
            "text": """
            The ferry <script>document.title='owned'</script> ran aground off Port Avelline on Friday with 118 people aboard, the coastguard said.
            Nine people were taken to hospital <a href="javascript:alert(2)" onclick="alert(3)">read more</a> &amp;lt;b&amp;gt; the rescue service said.
            "We will keep searching," said <b onmouseover=alert(4)>Ilse Marrow</b>, the station commander.
            """,
        ],
        [
            "source": "Coast Daily", "published": "2026-03-14T11:00:00Z",
            "url": "https://coast.example/ferry",
            "text": """
            The ferry ran aground off Port Avelline on Friday with 118 people on board, the coastguard said.
            Fourteen people were taken to hospital, the rescue service said.
            "We will keep searching," said Ilse Marrow, the station commander.
            """,
        ],
    ]

    @Test func untrustedTextIsRenderedInert() async throws {
        let fixture = try await ServerFixture(token: "t", corpus: [])
        try await fixture.test { client in
            let stored = try await client.execute(
                uri: "/api/v1/ingest", method: .post, headers: [.authorization: "Bearer t"],
                body: articlesBody(Self.hostile))
            #expect(stored.status == .created, "\(stored.text)")
            let placed = (stored.json["articles"] as? [[String: Any]] ?? []).compactMap {
                $0["story"] as? Int
            }
            let ids = (stored.json["articles"] as? [[String: Any]] ?? []).compactMap {
                $0["id"] as? String
            }
            #expect(Set(placed).count == 1, "both reports belong to one story")
            var pages = ["/", "/stories/\(placed[0])"]
            pages += ids.map { "/articles/\($0)" }
            for uri in pages {
                let html = try await client.execute(uri: uri, method: .get).text
                // No tag or handler of the articles survives as markup.
                #expect(!html.lowercased().contains("<script"), "\(uri)")
                #expect(!html.contains("<img"), "\(uri)")
                #expect(!html.contains("<b "), "\(uri)")
                #expect(
                    Self.matches(#"<[^>]*\s(on[a-z]+)="#, in: html).isEmpty,
                    "\(uri): an event-handler attribute")
                #expect(!html.contains("href=\"javascript:"), "\(uri)")
                #expect(!html.contains("href=\"javascript&"), "\(uri)")
            }
            let article = try await client.execute(uri: "/articles/\(ids[0])", method: .get).text
            // Shown as text, escaped once: the reader sees the markup, not its effect.
            #expect(article.contains("&lt;script&gt;document.title=&#39;owned&#39;&lt;/script&gt;"))
            #expect(article.contains("&amp;amp;lt;b&amp;amp;gt;"))
            #expect(article.contains("javascript:alert(&#39;url&#39;)"), "the address, as text")
        }
    }
}
