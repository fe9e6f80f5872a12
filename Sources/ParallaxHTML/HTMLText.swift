/// Whitespace handling for text taken from HTML.
public enum HTMLText {
    /// Collapses runs of whitespace (no-break spaces included) to one space and trims the ends.
    ///
    /// Works on UTF-8 bytes: it runs on every block of every page.
    /// - Complexity: O(*n*).
    public static func collapse(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var output = [UInt8]()
            output.reserveCapacity(bytes.count)
            var pendingSpace = false
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                var isSpace = byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
                var width = 1
                if byte == 0xC2, index + 1 < bytes.count, bytes[index + 1] == 0xA0 {
                    isSpace = true
                    width = 2
                }
                if isSpace {
                    pendingSpace = !output.isEmpty
                } else {
                    if pendingSpace {
                        output.append(0x20)
                        pendingSpace = false
                    }
                    output.append(byte)
                }
                index += width
            }
            return String(decoding: output, as: UTF8.self)
        }
    }
}
