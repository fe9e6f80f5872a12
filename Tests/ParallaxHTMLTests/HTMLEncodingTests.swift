import ParallaxHTML
import Testing

@Suite struct HTMLEncodingTests {
    func text(_ body: [UInt8], charset: String?, http: String? = nil) throws -> String {
        let head =
            charset.map { "<html><head><meta charset=\"\($0)\"></head><body><p>" }
            ?? "<html><body><p>"
        let bytes = Array(head.utf8) + body + Array("</p></body></html>".utf8)
        let encoding = HTMLEncoding.detect(bytes, httpCharset: http)
        let tree = try HTMLParser().parse(bytes, encoding: encoding)
        return tree.text(of: tree.elements(.p)[0])
    }

    @Test(arguments: [
        ("windows-1251", [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2] as [UInt8], "Привет"),
        ("koi8-r", [0xF0, 0xD2, 0xC9, 0xD7, 0xC5, 0xD4], "Привет"),
        ("shift_jis", [0x93, 0xFA, 0x96, 0x7B], "日本"),
        ("gb18030", [0xD6, 0xD0, 0xCE, 0xC4], "中文"),
        ("windows-1252", [0x43, 0x61, 0x66, 0xE9], "Café"),
        ("iso-8859-1", [0x43, 0x61, 0x66, 0xE9], "Café"),
        ("utf-8", Array("Café".utf8), "Café"),
    ])
    func decodesDeclaredCharsets(charset: String, bytes: [UInt8], expected: String) throws {
        #expect(try text(bytes, charset: charset) == expected)
    }

    @Test func httpHeaderWinsOverNothing() throws {
        #expect(
            try text([0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2], charset: nil, http: "windows-1251")
                == "Привет")
    }

    @Test func lyingCharsetsAreCaught() throws {
        // Declared UTF-8, but Windows-1252 bytes.
        #expect(try text([0x43, 0x61, 0x66, 0xE9], charset: "utf-8") == "Café")
        // Declared Windows-1252, but valid UTF-8.
        #expect(try text(Array("Café €5".utf8), charset: "windows-1252") == "Café €5")
    }

    @Test func byteOrderMarkWins() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF] + Array("<html><body><p>Café</p></body></html>".utf8)
        let encoding = HTMLEncoding.detect(bytes, httpCharset: "windows-1251")
        let tree = try HTMLParser().parse(bytes, encoding: encoding)
        #expect(tree.text(of: tree.elements(.p)[0]) == "Café")
    }
}
