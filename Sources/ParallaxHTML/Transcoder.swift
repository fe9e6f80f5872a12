#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Converts text in a legacy encoding to UTF-8 with the C library's iconv.
///
/// myhtml's own decoders were measured to garble Shift_JIS, so every page is converted here
/// and parsed as UTF-8; bytes invalid in the source encoding become U+FFFD.
enum Transcoder {
    /// The bytes converted from the encoding named `name` to UTF-8, or `nil` when the C
    /// library does not know the encoding.
    ///
    /// - Complexity: O(*n*).
    static func utf8(_ bytes: [UInt8], from name: String) -> [UInt8]? {
        let converter = iconv_open("UTF-8", iconvName(name))
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        var input = bytes
        let written = input.withUnsafeMutableBufferPointer { source -> Int in
            output.withUnsafeMutableBufferPointer { target -> Int in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                    source.baseAddress!
                ).assumingMemoryBound(to: CChar.self)
                var inLeft = source.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(
                    target.baseAddress!
                ).assumingMemoryBound(to: CChar.self)
                var outLeft = target.count
                while inLeft > 0 {
                    if iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 { break }
                    guard errno == EILSEQ || errno == EINVAL, outLeft >= 3 else { break }
                    // An invalid or cut-off sequence: U+FFFD, then go on after the byte.
                    for byte: UInt8 in [0xEF, 0xBF, 0xBD] {
                        outPointer!.pointee = CChar(bitPattern: byte)
                        outPointer! += 1
                    }
                    outLeft -= 3
                    inPointer! += 1
                    inLeft -= 1
                }
                return target.count - outLeft
            }
        }
        return Array(output.prefix(written))
    }

    /// The name iconv knows for a WHATWG encoding name.
    static func iconvName(_ name: String) -> String {
        switch name.lowercased() {
        case "windows-874": return "CP874"
        case "x-mac-cyrillic": return "MAC-CYRILLIC"
        case "macintosh": return "MACINTOSH"
        case "gbk": return "GBK"
        case "big5": return "BIG5-HKSCS"
        case "utf-16le": return "UTF-16LE"
        case "utf-16be": return "UTF-16BE"
        default: return name.uppercased()
        }
    }
}
