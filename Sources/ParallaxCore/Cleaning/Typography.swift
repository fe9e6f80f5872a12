/// Unifies typographic variants so that text from different outlets can be matched.
///
/// Outlets mix curly and straight quotes, several dashes and several kinds of space. Matching
/// works on the unified form; the original text is kept for display.
public enum Typography {
    /// Returns `text` with quotes, apostrophes, dashes, spaces and ellipses in one plain form.
    ///
    /// Curly and low quotes become `"` and `'`, dashes and minus signs become `-`, every Unicode
    /// space becomes a plain space, `…` becomes `...`, and soft hyphens and zero-width characters
    /// are dropped. Line breaks are kept.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func unify(_ text: String) -> String {
        // Pure ASCII without a backquote or a tab needs no work, and is the common case for
        // much of the input.
        if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x60 && $0 != 0x09 }) { return text }
        // Built as UTF-8 bytes: appending to a String.UnicodeScalarView scalar by scalar was slow.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            unify(scalar) { unified in
                if unified.isASCII {
                    result.append(UInt8(unified.value))
                } else {
                    result.append(contentsOf: UTF8.encode(unified)!)
                }
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Calls `body` with what ``unify(_:)`` makes of `scalar`: itself, one plain replacement,
    /// three periods for an ellipsis, or nothing for an invisible character.
    @inline(__always)
    public static func unify(_ scalar: Unicode.Scalar, _ body: (Unicode.Scalar) -> Void) {
        switch scalar.value {
        case 0x0060: body("'")
        case 0x0009: body(" ")
        case 0..<0x80: body(scalar)
        case 0x2018, 0x2019, 0x201A, 0x201B, 0x2032, 0x02BC, 0x00B4: body("'")
        case 0x201C, 0x201D, 0x201E, 0x201F, 0x2033, 0x00AB, 0x00BB: body("\"")
        case 0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xFE58, 0xFE63, 0xFF0D:
            body("-")
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: body(" ")
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF: break
        case 0x2026:
            body(".")
            body(".")
            body(".")
        case 0x2028, 0x2029, 0x0085: body("\n")
        default: body(scalar)
        }
    }
}
