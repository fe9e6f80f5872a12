import Foundation
import ParallaxCore
import ParallaxIngest
import ParallaxTestSupport
import Testing

/// Compresses as one gzip member, for tests of compressed input.
func gzip(_ bytes: [UInt8]) throws -> [UInt8] {
    try Gzip.compress(bytes)
}

@Suite struct ArticleFileReaderTests {
    let reader = ArticleFileReader(maximumBytes: 1 << 20)

    func read(_ bytes: [UInt8]) throws -> Article {
        try reader.article(from: Data(bytes), name: "input.txt", source: "input.txt")
    }

    func message(_ bytes: [UInt8]) -> String? {
        do {
            _ = try read(bytes)
            return nil
        } catch {
            return "\(error)"
        }
    }

    @Test func refusesEmptyInput() {
        #expect(message([])?.contains("input.txt: is empty") == true)
        #expect(message(Array(" \n\t\n".utf8))?.contains("is empty") == true)
    }

    @Test func refusesBinary() {
        #expect(message([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01])?.contains("binary data") == true)
    }

    @Test func refusesInvalidUTF8WithOffset() {
        let bytes = Array("Caf".utf8) + [0xE9] + Array(" au lait".utf8)
        let text = message(bytes)
        #expect(text?.contains("not valid UTF-8") == true)
        #expect(text?.contains("offset 3") == true)
    }

    @Test func refusesOversizeInput() {
        let bytes = [UInt8](repeating: 0x61, count: (1 << 20) + 1)
        #expect(message(bytes)?.contains("more than the 1 MB") == true)
    }

    @Test func readsHTMLPages() throws {
        let html = """
            <!DOCTYPE html><html lang="en"><head><title>Ferry runs aground - Harbor Gazette</title>
            <meta property="og:site_name" content="Harbor Gazette">
            <meta property="article:published_time" content="2026-03-14T08:10:00+01:00"></head>
            <body><nav><a href="/">Home</a> <a href="/news">News</a></nav>
            <article><h1>Ferry runs aground off Kestrel Point</h1>
            <p>The ferry ran aground in thick fog on Friday evening, the coastguard said.</p>
            <p>All 118 people on board were brought ashore by lifeboats, officials said.</p>
            </article><footer>Copyright Harbor Gazette</footer></body></html>
            """
        let article = try read(Array(html.utf8))
        #expect(article.source == "Harbor Gazette")
        #expect(article.title == "Ferry runs aground off Kestrel Point")
        #expect(article.published == Date(timeIntervalSince1970: 1_773_472_200))
        #expect(article.cleaned.paragraphs.count == 2)
        #expect(!article.cleanedText.contains("Home") && !article.cleanedText.contains("Copyright"))
    }

    @Test func reportsTruncatedGzip() throws {
        let page = Array("<html><body><p>Some text of a page that goes on.</p></body></html>".utf8)
        let compressed = try gzip(page)
        let text = message(Array(compressed.prefix(compressed.count / 2)))
        #expect(text?.contains("truncated gzip") == true)
    }

    @Test func refusesInputThatIsAllChrome() {
        #expect(
            message(Array("Share this article\nAdvertisement\n".utf8))?.contains("no article text")
                == true)
    }

    @Test func readsHeaderBlock() throws {
        let text = """
            Source: Harbor Gazette
            URL: https://harbor.example/a
            Published: 2026-03-14T16:05:00+01:00
            Title: Ferry runs aground

            The ferry ran aground on Friday.
            Share this article
            """
        let article = try read(Array(text.utf8))
        #expect(article.source == "Harbor Gazette")
        #expect(article.url == "https://harbor.example/a")
        #expect(article.title == "Ferry runs aground")
        #expect(article.published == Date(timeIntervalSince1970: 1_773_500_700))
        #expect(article.cleanedText == "The ferry ran aground on Friday.")
        #expect(article.cleaned.removals.first?.line == 7)
    }

    @Test func treatsTextWithoutHeaderAsBody() throws {
        let text =
            "Note: this line is the opening of the article, which runs on for a good many words.\nMore."
        let article = try read(Array(text.utf8))
        #expect(article.source == "input.txt")
        #expect(article.title == nil)
        #expect(article.cleanedText.hasPrefix("Note: this line"))
    }

    @Test func dropsByteOrderMarkAndKeepsStableID() throws {
        let plain = try read(Array("The ferry ran aground.\nIt was refloated.".utf8))
        let marked = try read(
            [0xEF, 0xBB, 0xBF] + Array("The ferry ran aground.\nIt was refloated.".utf8))
        #expect(plain.id == marked.id)
        #expect(plain.id.rawValue.count == 16)
        let other = try read(Array("A different article.\nWith other text.".utf8))
        #expect(other.id != plain.id)
    }

    @Test func reportsMissingFileAndFolder() {
        #expect(throws: ArticleInputError.self) { try reader.read(path: "/nonexistent/a.txt") }
        do {
            _ = try reader.read(path: NSTemporaryDirectory())
            Issue.record("a folder was read as an article")
        } catch {
            #expect("\(error)".contains("it is a folder"))
        }
    }
}

/// Files of many articles: JSON lines, feeds and archives give one article an item.
@Suite struct ArticleCollectionTests {
    let reader = ArticleFileReader()

    func write(_ name: String, _ text: String) throws -> String {
        let url = try TemporaryFolder.make("parallax-articles").appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return url.path
    }

    func read(_ path: String) throws -> (articles: [Article], notices: [String]) {
        var notices: [String] = []
        let articles = try reader.articles(path: path) { notices.append("\($0)") }
        return (articles, notices)
    }

    @Test func readsEveryLineOfJSONLinesAndNamesTheBadOnes() throws {
        let path = try write(
            "event.jsonl",
            """
            {"text": "The ferry Kestrel ran aground off Port Avelline on Friday night.", "date": "2026-03-13"}
            not an object
            {"maintext": "Coastguard crews rescued 40 passengers from the Kestrel.", "source_domain": "harbor.example", "date_publish": "the 13th"}
            {"text": "  "}

            """)
        let (articles, notices) = try read(path)
        #expect(articles.map(\.source) == ["event.jsonl:1", "harbor.example"])
        #expect(articles[0].cleanedText.hasPrefix("The ferry Kestrel ran aground"))
        #expect(articles[0].published != nil)
        #expect(articles[1].published == nil)
        #expect(
            notices == [
                "\(path):2: not a JSON object",
                #"\#(path):3: date "the 13th" cannot be read; stored as undated"#,
                "\(path):4: no article text (maintext or text)",
            ])
    }

    @Test func readsEveryItemOfAFeedAndSaysWhichGiveOnlyASummary() throws {
        let path = try write(
            "harbor.xml",
            """
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
            <channel><title>Harbor Gazette</title>
            <item><title>Ferry aground</title><link>https://harbor.example/a</link>
            <content:encoded><![CDATA[<p>The ferry Kestrel ran aground off Port Avelline on Friday night.</p>]]></content:encoded></item>
            <item><title>Passengers rescued</title><link>https://harbor.example/b</link>
            <description>Coastguard crews rescued 40 passengers from the Kestrel.</description></item>
            </channel></rss>
            """)
        let (articles, notices) = try read(path)
        #expect(articles.map(\.title) == ["Ferry aground", "Passengers rescued"])
        #expect(articles.allSatisfy { $0.source == "Harbor Gazette" })
        #expect(notices == ["\(path) item 2: the feed gives only a summary; compared as given"])
    }

    @Test func aFileOfOneArticleIsReadAsOne() throws {
        let path = try write("ferry.txt", "Source: Wire\n\nThe ferry Kestrel ran aground.\n")
        let (articles, notices) = try read(path)
        #expect(articles.map(\.source) == ["Wire"])
        #expect(notices.isEmpty)
    }

    @Test func aFileOfManyWithNoReadableArticleIsRefused() throws {
        let path = try write("broken.jsonl", "[1, 2]\n{\"title\": \"no text\"}\n")
        var notices: [String] = []
        #expect {
            _ = try reader.articles(path: path) { notices.append("\($0)") }
        } throws: { error in
            "\(error)"
                == "\(path): holds no article that could be read (2 items refused, as above); give JSON lines with a text or maintext field"
        }
        #expect(notices.count == 2)
    }
}
