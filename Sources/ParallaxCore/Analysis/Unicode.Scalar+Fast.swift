extension Unicode.Scalar {
    // Character-class tests that answer ASCII from the code point and look up Unicode's
    // property tables only for other scalars: the tables dominated tokenising time.

    /// Whether the scalar is white space.
    @inline(__always)
    var isSpace: Bool {
        if isASCII { return value == 0x20 || (value >= 0x09 && value <= 0x0D) }
        return properties.isWhitespace
    }

    /// Whether the scalar is a letter.
    @inline(__always)
    var isLetter: Bool {
        if isASCII { return value | 0x20 >= 0x61 && value | 0x20 <= 0x7A }
        return properties.isAlphabetic
    }

    /// Whether the scalar is an upper-case letter.
    @inline(__always)
    var isUpper: Bool {
        if isASCII { return value >= 0x41 && value <= 0x5A }
        return properties.isUppercase
    }

    /// Whether the scalar is a lower-case letter.
    @inline(__always)
    var isLower: Bool {
        if isASCII { return value >= 0x61 && value <= 0x7A }
        return properties.isLowercase
    }

    /// Whether the scalar is a digit or other numeric character.
    @inline(__always)
    var isDigit: Bool {
        if isASCII { return value >= 0x30 && value <= 0x39 }
        return properties.numericType != nil
    }
}

extension String {
    /// The string of `scalars`, built straight from their UTF-8 bytes: appending scalars to a
    /// `String.UnicodeScalarView` one at a time was the tokenizer's main cost.
    init(scalars: some Collection<Unicode.Scalar>) {
        var count = 0
        for scalar in scalars { count += UTF8.width(scalar) }
        self.init(unsafeUninitializedCapacity: count) { buffer in
            var offset = 0
            for scalar in scalars {
                let value = scalar.value
                if value < 0x80 {
                    buffer[offset] = UInt8(value)
                    offset += 1
                } else {
                    for byte in UTF8.encode(scalar)! {
                        buffer[offset] = byte
                        offset += 1
                    }
                }
            }
            return offset
        }
    }
}
