/// Whitespace handling for text taken from HTML.
public enum HTMLText {
    /// Collapses runs of whitespace to one space and trims the ends.
    ///
    /// - Complexity: O(*n*).
    public static func collapse(_ text: String) -> String {
        var result = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r"
                || scalar == "\u{A0}" || scalar == "\u{0C}"
            {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                result.append(" ")
                pendingSpace = false
            }
            result.append(scalar)
        }
        return String(result)
    }
}
