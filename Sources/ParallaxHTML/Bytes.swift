/// Searches in UTF-8 bytes, for short texts on hot paths where Foundation's and the standard
/// library's generic searches were measured to dominate extraction time.
enum Bytes {
    /// Whether `needle` occurs in `haystack`.
    ///
    /// - Complexity: O(*n* · *m*), for short inputs.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count, let first = needle.first else {
            return needle.isEmpty
        }
        var start = 0
        while start <= haystack.count - needle.count {
            if haystack[start] == first {
                var offset = 1
                while offset < needle.count, haystack[start + offset] == needle[offset] {
                    offset += 1
                }
                if offset == needle.count { return true }
            }
            start += 1
        }
        return false
    }

    /// The bytes of `text` in ASCII lower case, spaces removed.
    static func compactLowercase(_ text: String) -> [UInt8] {
        text.utf8.compactMap { byte in
            if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { return nil }
            return byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
        }
    }
}
