import ParallaxCore

/// Makes feed XML that real publishers get wrong parseable: a bare `&` becomes `&amp;` and an
/// HTML entity XML does not declare (`&nbsp;`, `&rsquo;`) becomes a numeric reference, since
/// Foundation's XMLParser stops at both.
enum XMLText {
    static let xmlEntities: Set<String> = ["amp", "lt", "gt", "quot", "apos"]

    /// The repaired bytes.
    ///
    /// - Complexity: O(*n*).
    static func repaired(_ bytes: [UInt8]) -> [UInt8] {
        guard bytes.contains(0x26) else { return bytes }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + bytes.count / 50)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == 0x26 else {
                output.append(byte)
                index += 1
                continue
            }
            // Find a reference's end within a short reach.
            var end = index + 1
            while end < bytes.count, end - index <= 12, bytes[end] != 0x3B, isNameByte(bytes[end]) {
                end += 1
            }
            let name = String(decoding: bytes[(index + 1)..<min(end, bytes.count)], as: UTF8.self)
            if end < bytes.count, bytes[end] == 0x3B, !name.isEmpty {
                if name.hasPrefix("#") || xmlEntities.contains(name) {
                    output.append(contentsOf: bytes[index...end])
                } else if let character = Entities.named[name] {
                    for scalar in character.unicodeScalars {
                        output.append(contentsOf: Array("&#\(scalar.value);".utf8))
                    }
                } else {
                    output.append(contentsOf: Array("&amp;".utf8))
                    output.append(contentsOf: bytes[(index + 1)...end])
                }
                index = end + 1
            } else {
                output.append(contentsOf: Array("&amp;".utf8))
                index += 1
            }
        }
        return output
    }

    static func isNameByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A)
            || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x23
    }
}
