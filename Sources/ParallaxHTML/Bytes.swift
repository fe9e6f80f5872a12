/// Searches in UTF-8 bytes, for short texts on hot paths and for streamed archives, where
/// Foundation's and the standard library's generic searches were measured to dominate.
package enum Bytes {
    /// Where `needle` first occurs in `haystack` at or after `start`, if it does.
    ///
    /// - Complexity: O(*n* · *m*); needles here are a few bytes long.
    package static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int = 0)
        -> Int?
    {
        guard let first = needle.first, start >= 0, needle.count <= haystack.count - start else {
            return needle.isEmpty ? start : nil
        }
        var index = start
        while index <= haystack.count - needle.count {
            if haystack[index] == first {
                var offset = 1
                while offset < needle.count, haystack[index + offset] == needle[offset] {
                    offset += 1
                }
                if offset == needle.count { return index }
            }
            index += 1
        }
        return nil
    }

    /// Whether `needle` occurs in `haystack`.
    package static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        firstIndex(of: needle, in: haystack) != nil
    }

    /// The bytes of `text` in ASCII lower case, spaces removed.
    static func compactLowercase(_ text: String) -> [UInt8] {
        text.utf8.compactMap { byte in
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
    }
}
