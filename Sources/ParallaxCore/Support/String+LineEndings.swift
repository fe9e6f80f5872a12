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

    /// The lines of the text, broken where `Character.isNewline` breaks them (LF, VT, FF, CR,
    /// CR LF as one, NEL, and the line and paragraph separators), empty lines kept: what
    /// `split(omittingEmptySubsequences: false, whereSeparator: \.isNewline)` gives.
    ///
    /// Written over the UTF-8 bytes because that split forms every Character of the text: it
    /// was a twentieth of the time of ingesting plain-text JSON lines (`perf record -g parallax
    /// bench ingest --articles 20000`). A line break is never part of a longer Character, so
    /// breaking at the bytes breaks where the Characters do.
    package func lineSlices() -> [Substring] {
        let bytes = utf8
        var lines: [Substring] = []
        var start = bytes.startIndex
        var index = start
        func byte(after index: String.Index, _ distance: Int) -> UInt8? {
            bytes.index(index, offsetBy: distance, limitedBy: bytes.endIndex)
                .flatMap { $0 < bytes.endIndex ? bytes[$0] : nil }
        }
        while index < bytes.endIndex {
            let width: Int
            switch bytes[index] {
            case 0x0A, 0x0B, 0x0C: width = 1
            case 0x0D: width = byte(after: index, 1) == 0x0A ? 2 : 1
            case 0xC2: width = byte(after: index, 1) == 0x85 ? 2 : 0  // NEL, U+0085
            case 0xE2:  // U+2028 and U+2029
                let separator =
                    byte(after: index, 1) == 0x80
                    && (0xA8...0xA9).contains(byte(after: index, 2) ?? 0)
                width = separator ? 3 : 0
            default: width = 0
            }
            if width == 0 {
                index = bytes.index(after: index)
            } else {
                lines.append(self[start..<index])
                index = bytes.index(index, offsetBy: width)
                start = index
            }
        }
        lines.append(self[start...])
        return lines
    }
}
