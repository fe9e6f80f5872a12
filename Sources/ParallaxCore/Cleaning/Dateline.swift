/// The dateline that opens a wire or newspaper story: where (and often when, and through which
/// agency) it was filed, set off from the first sentence by a dash: "PORT AVELLINE, March 13
/// (MWS) – A passenger ferry …", "LONDON (Reuters) - …", "Washington (CNN) — …". It tells
/// nothing of the event, and left in it opens a summary line and names the agency as a detail
/// only one source gives.
///
/// Written by hand: the shape is news convention, which no library here reads.
enum Dateline {
    /// The most characters a dateline runs to, its dash included.
    static let maximumLength = 90

    /// `paragraph` split into its dateline (with the dash) and the rest, or nil when it opens
    /// with none. A dateline is a place in capitals ("PORT AVELLINE", "SUNNYVALE, Calif."), or
    /// any capitalised place followed by an agency in brackets ("Washington (CNN)"), with at
    /// most a date and an agency after it: words that are capitalised, numbers and marks, no
    /// word in lower case outside the brackets. The rest must open a sentence.
    static func split(_ paragraph: String) -> (dateline: String, rest: String)? {
        let scalars = Array(paragraph.unicodeScalars.prefix(maximumLength + 2))
        guard let dash = scalars.indices.first(where: { isDash(scalars, at: $0) }), dash >= 3
        else { return nil }
        var end = dash
        while end < scalars.count, "-\u{2013}\u{2014}".unicodeScalars.contains(scalars[end]) {
            end += 1
        }
        guard end < scalars.count, scalars[end] == " " else { return nil }
        let head = String(String.UnicodeScalarView(scalars[..<dash]))
            .trimmingWhitespace()
        guard isDateline(head) else { return nil }
        let restStart = paragraph.unicodeScalars.index(
            paragraph.unicodeScalars.startIndex, offsetBy: end)
        let rest = String(paragraph.unicodeScalars[restStart...]).trimmingWhitespace()
        guard let first = rest.unicodeScalars.first,
            first.properties.isUppercase || first.properties.numericType != nil
                || "\"\u{201C}'\u{2018}".unicodeScalars.contains(first)
        else { return nil }
        let dateline = String(
            String.UnicodeScalarView(paragraph.unicodeScalars[..<restStart])
        ).trimmingWhitespace()
        return (dateline, rest)
    }

    /// Whether a dash that sets a dateline off starts at `index`: a space before it, or the
    /// closing bracket or slash of an agency.
    private static func isDash(_ scalars: [Unicode.Scalar], at index: Int) -> Bool {
        guard "-\u{2013}\u{2014}".unicodeScalars.contains(scalars[index]), index > 0 else {
            return false
        }
        return [" ", ")", "/"].contains(scalars[index - 1])
    }

    /// Whether `head`, the text before the dash, reads as a dateline.
    private static func isDateline(_ head: String) -> Bool {
        var depth = 0
        var outside = ""
        var hasAgency = false
        for scalar in head.unicodeScalars {
            switch scalar {
            case "(":
                depth += 1
                hasAgency = true
            case ")": depth = max(0, depth - 1)
            default: if depth == 0 { outside.unicodeScalars.append(scalar) }
            }
        }
        // "MOSCOW, Oct. 5 /TASS/": the agency between slashes.
        let pieces = outside.split(separator: "/", omittingEmptySubsequences: false)
        if pieces.count == 3 {
            hasAgency = true
            outside = String(pieces[0] + pieces[2])
        }
        let words = outside.split(whereSeparator: {
            " ,.".unicodeScalars.contains($0.unicodeScalars.first!)
        })
        guard let first = words.first else { return false }
        let isCapitals = { (word: Substring) in
            word.unicodeScalars.count >= 2
                && word.unicodeScalars.allSatisfy {
                    $0.properties.isUppercase || $0 == "'" || $0 == "-"
                }
        }
        guard isCapitals(first) || hasAgency else { return false }
        return words.allSatisfy { word in
            guard let initial = word.unicodeScalars.first else { return true }
            return initial.properties.isUppercase || initial.properties.numericType != nil
        }
    }
}
