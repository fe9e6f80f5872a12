import Foundation
import ParallaxTestSupport
import Testing

@Suite struct ExtractCommandTests {
    static let page = """
        <html lang="en"><head><title>Ferry runs aground - Harbor Gazette</title></head><body>
        <nav><a href="/">Home</a></nav><article><h1>Ferry runs aground</h1>
        <p>The ferry ran aground in thick fog on Friday evening, the coastguard said today.</p>
        <p>All 118 people on board were brought ashore by lifeboats before midnight.</p>
        </article></body></html>
        """

    @Test func folderRunExtractsGoodPagesAndNamesBadOnes() async throws {
        let folder = try TemporaryFolder.make("parallax-extract")
        try Data(Self.page.utf8).write(to: folder.appendingPathComponent("a-good.html"))
        try Data([0x00, 0x01, 0x02, 0x03]).write(to: folder.appendingPathComponent("b-binary.html"))
        try Data([0x1F, 0x8B, 0x08, 0x00, 0x00]).write(
            to: folder.appendingPathComponent("c-truncated.html.gz"))
        try Data("no markup here at all".utf8).write(
            to: folder.appendingPathComponent("d-text.html"))
        let result = try await runParallax(["extract", folder.path])
        #expect(result.status == 0)
        #expect(result.output.contains("The ferry ran aground in thick fog"))
        #expect(!result.output.contains("Home"))
        #expect(result.error.contains("b-binary.html: not an HTML page (binary data"))
        #expect(result.error.contains("c-truncated.html.gz: cannot be read (truncated gzip"))
        #expect(result.error.contains("d-text.html: not an HTML page (no markup"))
    }

    @Test func markdownAndJSONCarryMetadata() async throws {
        let file = try temporaryFile("page.html", Data(Self.page.utf8))
        let markdown = try await runParallax(["extract", file, "--format", "markdown"])
        #expect(markdown.output.hasPrefix("# Ferry runs aground"))
        #expect(markdown.output.contains("- Language: en"))
        let json = try await runParallax(["extract", file, "--format", "json"])
        let entries =
            try JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [[String: Any]]
        let page = entries?.first?["page"] as? [String: Any]
        let metadata = page?["metadata"] as? [String: Any]
        #expect(metadata?["title"] as? String == "Ferry runs aground")
        #expect((page?["blocks"] as? [Any])?.count == 2)
    }

    @Test func comparesHTMLPagesWithText() async throws {
        let page = try temporaryFile("page.html", Data(Self.page.utf8))
        let text = try temporaryFile(
            "report.txt",
            Data(
                "Ferry aground in fog\nThe ferry ran aground in thick fog on Friday evening, the coastguard said.\nEveryone was rescued."
                    .utf8))
        let result = try await runParallax(["compare", page, text, "--format", "json"])
        #expect(result.status == 0, "\(result.error)")
        let report =
            try JSONSerialization.jsonObject(with: Data(result.output.utf8)) as? [String: Any]
        #expect((report?["agreed"] as? [Any])?.isEmpty == false)
    }
}
