import Foundation

extension String {
    /// The text with each Windows line ending (CR LF) made a plain line feed; a lone CR stays.
    ///
    /// Written over the UTF-8 bytes because Foundation's `replacingOccurrences(of:with:)` goes
    /// through `NSString` on Linux: on text with no CR at all, nearly all of it, that copy and
    /// search were an eighth of the time of ingesting plain-text JSON lines (`perf record -g
    /// parallax bench ingest --articles 20000`).
    package func unifyingLineEndings() -> String {
        let hasReturn =
            utf8.withContiguousStorageIfAvailable { bytes in
                bytes.isEmpty ? false : memchr(bytes.baseAddress!, 0x0D, bytes.count) != nil
            } ?? utf8.contains(0x0D)
        guard hasReturn else { return self }
        var unified: [UInt8] = []
        unified.reserveCapacity(utf8.count)
        var pendingReturn = false
        for byte in utf8 {
            if pendingReturn, byte != 0x0A { unified.append(0x0D) }
            pendingReturn = byte == 0x0D
            if !pendingReturn { unified.append(byte) }
        }
        if pendingReturn { unified.append(0x0D) }
        return String(decoding: unified, as: UTF8.self)
    }
}
