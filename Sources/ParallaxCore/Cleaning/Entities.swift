/// Decodes HTML character references left in text that did not pass through the parser, such
/// as JSON-LD strings and text scraped with its markup's escapes: "&#8220;", "&#x2019;",
/// "&amp;", "&nbsp;".
package enum Entities {
    package static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}",
        "rsquo": "\u{2019}", "lsquo": "\u{2018}", "rdquo": "\u{201D}", "ldquo": "\u{201C}",
        "mdash": "\u{2014}", "ndash": "\u{2013}", "hellip": "\u{2026}", "eacute": "é",
        "egrave": "è", "aacute": "á", "oacute": "ó", "uacute": "ú", "iacute": "í", "ntilde": "ñ",
        "uuml": "ü", "ouml": "ö", "auml": "ä", "ccedil": "ç", "copy": "©", "reg": "®",
    ]

    /// `text` with character references replaced by the characters they name.
    ///
    /// - Complexity: O(*n*).
    package static func decode(_ text: String) -> String {
        // Over the bytes: most text has no "&", and a search by Character breaks graphemes.
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var output = ""
        var rest = text[...]
        while let ampersand = rest.firstIndex(of: "&") {
            output += rest[..<ampersand]
            let after = rest[rest.index(after: ampersand)...]
            guard let semicolon = after.prefix(10).firstIndex(of: ";") else {
                output += "&"
                rest = after
                continue
            }
            let name = after[..<semicolon]
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map
                { String($0) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map {
                    String($0)
                }
            } else {
                replacement = named[String(name)]
            }
            if let replacement {
                output += replacement
                rest = after[after.index(after: semicolon)...]
            } else {
                output += "&"
                rest = after
            }
        }
        return output + rest
    }
}
