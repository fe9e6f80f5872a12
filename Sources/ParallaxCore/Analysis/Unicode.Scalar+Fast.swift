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
