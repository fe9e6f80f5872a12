import ParallaxCore
import Testing

@Suite struct LineEndingsTests {
    @Test(arguments: [
        ("one\r\ntwo\r\n", "one\ntwo\n"),
        ("a lone\rreturn stays", "a lone\rreturn stays"),
        ("\r\r\n", "\r\n"),
        ("ends in a return\r", "ends in a return\r"),
        ("Caf\u{E9}\r\n\u{201C}quoted\u{201D}\r\n", "Caf\u{E9}\n\u{201C}quoted\u{201D}\n"),
        ("no returns at all\n", "no returns at all\n"),
        ("", ""),
    ])
    func windowsLineEndingsBecomeLineFeeds(input: String, expected: String) {
        #expect(input.unifyingLineEndings() == expected)
    }

    @Test func anArticleSavedWithWindowsLineEndingsIsTheSameArticle() {
        let unix = """
            Source: Meridian Wire Service
            Title: Ferry runs aground in fog

            A passenger ferry ran aground on Friday.
            Nobody was hurt, the coastguard said.
            """
        let windows = unix.split(separator: "\n", omittingEmptySubsequences: false)
            .joined(separator: "\r\n")
        #expect(windows.contains("\r\n"))
        #expect(ArticleID(content: windows) == ArticleID(content: unix))
        let parsed = PlainTextArticle.parse(windows, defaultSource: "file.txt")
        #expect(parsed.source == "Meridian Wire Service")
        #expect(parsed.title == "Ferry runs aground in fog")
        #expect(!parsed.cleanedText.contains("\r"))
        #expect(parsed.cleanedText == PlainTextArticle.parse(unix, defaultSource: "f").cleanedText)
    }

    @Test(arguments: [
        "", "one line", "ends in a break\n", "\n\n", "one\r\ntwo\rthree\u{0B}four\u{0C}five",
        "next\u{85}line\u{2028}separator\u{2029}paragraph\u{2028}",
        "not breaks: \u{80}\u{2027}\u{2026}\u{201C}quoted\u{201D}", "e\u{301}\nnext",
        "\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}\r\n", "\r", "\r\r\n", "\n\u{301}",
    ])
    func linesBreakWhereCharactersDo(text: String) {
        let expected = text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)
        #expect(text.lineSlices() == expected)
    }
}
