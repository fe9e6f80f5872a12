import Foundation
import ParallaxIngest
import ParallaxTestSupport
import Testing

func temporaryPath(_ name: String, _ bytes: [UInt8]) throws -> String {
    let folder = try TemporaryFolder.make("parallax-readers")
    let url = folder.appendingPathComponent(name)
    try Data(bytes).write(to: url)
    return url.path
}

func text(_ body: IngestDocument.Body) -> String {
    switch body {
    case .text(let text): return text
    case .html(let bytes): return String(decoding: bytes, as: UTF8.self)
    }
}

@Suite struct JSONLinesReaderTests {
    static let lines = """
        {"title": "Ferry aground", "maintext": "The ferry ran aground.", "date_publish": "2026-03-14 08:10:00", "authors": ["Ilse Marrow"], "source_domain": "harbor.example", "url": "https://harbor.example/a", "language": "en"}
        {"id": "b", "text": "Second article text.", "date": "2026-03-15T09:00:00Z", "source": "Wire"}
        not json at all
        {"title": "No body"}

        {"maintext": "Third."}
        """

    func read(_ path: String) throws -> ([IngestDocument], [RejectedInput]) {
        var documents: [IngestDocument] = []
        var rejected: [RejectedInput] = []
        try JSONLinesReader().read(
            path: path, accept: { documents.append($0) }, reject: { rejected.append($0) })
        return (documents, rejected)
    }

    @Test func readsBothFieldSetsAndRejectsBadLines() throws {
        let path = try temporaryPath("dump.jsonl", Array(Self.lines.utf8))
        let (documents, rejected) = try read(path)
        #expect(documents.count == 3)
        #expect(documents[0].title == "Ferry aground")
        #expect(documents[0].source == "harbor.example")
        #expect(documents[0].authors == ["Ilse Marrow"])
        #expect(documents[0].published == Date(timeIntervalSince1970: 1_773_475_800))
        #expect(documents[1].source == "Wire")
        #expect(text(documents[2].body) == "Third.")
        #expect(rejected.map(\.origin) == ["\(path):3", "\(path):4"])
        #expect(rejected[0].reason == "not a JSON object")
    }

    @Test func readsDatesAsScrapedPagesPrintThem() throws {
        let lines = """
            {"text": "One.", "date": "Fri., May. 3, 2013 11: 45 AM PDT"}
            {"text": "Two.", "date_publish": "Published: 2012. 08. 08 09: 01 AM"}
            {"text": "Three.", "date": "no date given"}
            """
        let (documents, rejected) = try read(try temporaryPath("printed.jsonl", Array(lines.utf8)))
        #expect(rejected.isEmpty)
        #expect(
            documents.map(\.published) == [
                Date(timeIntervalSince1970: 1_367_582_400),
                Date(timeIntervalSince1970: 1_344_427_200),
                nil,
            ])
        #expect(documents[0].problems.isEmpty)
        #expect(
            documents[2].problems == [#"date "no date given" cannot be read; stored as undated"#])
    }

    @Test func refusesAGzipBomb() throws {
        // 96 MB of zeros compress to a tenth of a megabyte.
        let bomb = try gzip([UInt8](repeating: 0x30, count: 96 << 20))
        #expect(bomb.count < 1 << 20)
        let path = try temporaryPath("bomb.jsonl.gz", bomb)
        do {
            try JSONLinesReader(maximumBytes: 16 << 20).read(
                path: path, accept: { _ in }, reject: { _ in })
            Issue.record("the bomb was read")
        } catch {
            #expect("\(error)".contains("gzip bomb"))
        }
    }

    @Test func readsGzipAndRefusesTruncatedGzip() throws {
        let compressed = try gzip(Array(Self.lines.utf8))
        let (documents, _) = try read(try temporaryPath("dump.jsonl.gz", compressed))
        #expect(documents.count == 3)
        let truncated = try temporaryPath(
            "cut.jsonl.gz", Array(compressed.prefix(compressed.count - 12)))
        #expect(throws: (any Error).self) { try read(truncated) }
    }
}

@Suite struct FeedReaderTests {
    let reader = FeedReader()

    @Test func readsRSS2WithFullContentAndBrokenEntities() throws {
        let rss = """
            <?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
            xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Harbor Gazette</title>
            <item><title>Ferry aground &amp; crew missing</title><link>https://harbor.example/a</link>
            <pubDate>Sat, 14 Mar 2026 08:10:00 +0100</pubDate><dc:creator>Ilse Marrow</dc:creator>
            <description>Short summary</description>
            <content:encoded><![CDATA[<p>The ferry ran aground.</p><p>All were rescued.</p>]]></content:encoded></item>
            <item><title>Tides & times&nbsp;today</title><link>https://harbor.example/b</link>
            <pubDate>every day</pubDate><description>Only a summary here</description></item>
            </channel></rss>
            """
        let documents = try reader.documents(Array(rss.utf8), origin: "feed.xml")
        #expect(documents.count == 2)
        #expect(documents[0].title == "Ferry aground & crew missing")
        #expect(documents[0].url == "https://harbor.example/a")
        #expect(documents[0].source == "Harbor Gazette")
        #expect(documents[0].authors == ["Ilse Marrow"])
        #expect(documents[0].published == Date(timeIntervalSince1970: 1_773_472_200))
        #expect(text(documents[0].body).contains("All were rescued."))
        #expect(!documents[0].isSummary)
        #expect(documents[1].title == "Tides & times\u{A0}today")
        #expect(documents[1].isSummary)
        #expect(documents[0].problems.isEmpty)
        #expect(documents[1].published == nil)
        #expect(documents[1].problems == [#"date "every day" cannot be read; stored as undated"#])
    }

    @Test func readsRSS1AndRSS091() throws {
        let rss1 = """
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
            <channel><title>Old Site</title></channel>
            <item><title>One</title><link>https://old.example/1</link><description>First item text</description></item>
            </rdf:RDF>
            """
        #expect(
            try reader.documents(Array(rss1.utf8), origin: "rss1.xml").map(\.url) == [
                "https://old.example/1"
            ])
        let rss091 = """
            <rss version="0.91"><channel><title>Older</title><item><title>Two</title>
            <link>https://older.example/2</link><description>Second</description></item></channel></rss>
            """
        #expect(
            try reader.documents(Array(rss091.utf8), origin: "rss091.xml").map(\.title) == ["Two"])
    }

    @Test func readsAtom() throws {
        let atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Wire</title>
            <entry><title>Ferry aground</title><link rel="alternate" href="https://wire.example/a"/>
            <link rel="self" href="https://wire.example/a.atom"/><published>2026-03-13T22:40:00+01:00</published>
            <author><name>E. M. Rask</name></author><content type="html">&lt;p&gt;The ferry ran aground.&lt;/p&gt;</content>
            </entry></feed>
            """
        let documents = try reader.documents(Array(atom.utf8), origin: "atom.xml")
        #expect(documents.count == 1)
        #expect(documents[0].url == "https://wire.example/a")
        #expect(documents[0].authors == ["E. M. Rask"])
        #expect(text(documents[0].body) == "<p>The ferry ran aground.</p>")
        #expect(documents[0].published == Date(timeIntervalSince1970: 1_773_438_000))
    }

    @Test func readsJSONFeed() throws {
        let feed = """
            {"version": "https://jsonfeed.org/version/1.1", "title": "Post", "language": "en",
             "items": [{"id": "1", "url": "https://post.example/1", "title": "Ferry", "content_text": "The ferry ran aground.",
                        "date_published": "2026-03-14T06:15:00Z", "authors": [{"name": "Mara Quist"}]},
                       {"id": "2", "summary": "Just a summary"}]}
            """
        let documents = try reader.documents(Array(feed.utf8), origin: "feed.json")
        #expect(documents.count == 2)
        #expect(documents[0].authors == ["Mara Quist"])
        #expect(text(documents[0].body) == "The ferry ran aground.")
        #expect(documents[1].isSummary)
    }

    @Test func refusesPagesAndMalformedXML() {
        #expect(throws: FeedReader.Failure.self) {
            try reader.documents(
                Array("<!DOCTYPE html><html><body>Hi</body></html>".utf8), origin: "page.xml")
        }
        #expect(throws: FeedReader.Failure.self) {
            try reader.documents(
                Array("<rss><channel><item><title>broken".utf8), origin: "broken.xml")
        }
        #expect(throws: FeedReader.Failure.self) {
            try reader.documents(Array("plain words".utf8), origin: "words.xml")
        }
    }
}

@Suite struct OPMLReaderTests {
    @Test func readsNestedSubscriptions() throws {
        let opml = """
            <?xml version="1.0"?><opml version="2.0"><head><title>News</title></head><body>
            <outline text="Local"><outline text="Harbor Gazette" type="rss" xmlUrl="https://harbor.example/feed" htmlUrl="https://harbor.example/"/>
            <outline title="Wire" xmlUrl="https://wire.example/atom"/></outline><outline text="No feed"/></body></opml>
            """
        let subscriptions = try OPMLReader().subscriptions(Array(opml.utf8))
        #expect(
            subscriptions.map(\.feedURL) == [
                "https://harbor.example/feed", "https://wire.example/atom",
            ])
        #expect(subscriptions[0].title == "Harbor Gazette")
        #expect(subscriptions[0].siteURL == "https://harbor.example/")
        #expect(throws: FeedReader.Failure.self) {
            try OPMLReader().subscriptions(Array("<rss/>".utf8))
        }
    }
}

@Suite struct WARCReaderTests {
    static func record(type: String, uri: String, payload: String) -> [UInt8] {
        let block = Array(payload.utf8)
        let header =
            "WARC/1.0\r\nWARC-Type: \(type)\r\nWARC-Target-URI: \(uri)\r\nWARC-Date: 2026-03-14T08:10:00Z\r\n"
            + "Content-Type: application/http; msgtype=response\r\nContent-Length: \(block.count)\r\n\r\n"
        return Array(header.utf8) + block + Array("\r\n\r\n".utf8)
    }

    static let page =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n<html><body><p>The ferry ran aground.</p></body></html>"
    static let image = "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\nPNGDATA"

    static var archive: [[UInt8]] {
        [
            record(type: "warcinfo", uri: "", payload: "software: test"),
            record(type: "request", uri: "https://a.example/", payload: "GET / HTTP/1.1\r\n\r\n"),
            record(type: "response", uri: "https://a.example/", payload: page),
            record(type: "response", uri: "https://a.example/logo.png", payload: image),
            record(type: "response", uri: "https://b.example/", payload: page),
        ]
    }

    func read(_ path: String) throws -> ([IngestDocument], [RejectedInput]) {
        var documents: [IngestDocument] = []
        var rejected: [RejectedInput] = []
        try WARCReader().read(
            path: path, accept: { documents.append($0) }, reject: { rejected.append($0) })
        return (documents, rejected)
    }

    @Test func readsResponseRecordsWithPages() throws {
        let (documents, rejected) = try read(
            try temporaryPath("a.warc", Self.archive.flatMap { $0 }))
        #expect(documents.map(\.url) == ["https://a.example/", "https://b.example/"])
        #expect(text(documents[0].body).contains("The ferry ran aground."))
        #expect(documents[0].published == Date(timeIntervalSince1970: 1_773_475_800))
        #expect(rejected.isEmpty)
    }

    @Test func readsGzipMemberPerRecord() throws {
        let members = try Self.archive.map { try gzip($0) }.flatMap { $0 }
        let (documents, _) = try read(try temporaryPath("a.warc.gz", members))
        #expect(documents.count == 2)
    }

    @Test func truncatedRecordIsRejectedAndTheRestKept() throws {
        let whole = Self.archive.flatMap { $0 }
        let (documents, rejected) = try read(
            try temporaryPath("cut.warc", Array(whole.prefix(whole.count - 40))))
        #expect(documents.map(\.url) == ["https://a.example/"])
        #expect(rejected.count == 1)
        #expect(rejected.first?.reason.contains("truncated record") == true)
    }
}
