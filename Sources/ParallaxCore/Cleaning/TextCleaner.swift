import Foundation

/// Turns scraped plain text into an article body: site chrome, other stories' headlines and
/// teasers removed, broken sentences rejoined, every removal recorded with its reason.
///
/// The rules are general, not tied to any site: chrome is recognised by what such lines say,
/// foreign headlines by their shape (short, unpunctuated) and by how few of their content words
/// the rest of the article shares, and a foreign teaser by a headline followed by a closing
/// paragraph that is cut off mid-sentence.
///
/// ```swift
/// let cleaned = TextCleaner().clean("Title\nBody text.\nShare this article")
/// cleaned.removals.map(\.reason)  // [.chrome]
/// ```
public struct TextCleaner: Sendable {
    /// The share of a headline-shaped line's content words that must recur in the rest of the
    /// article for the line to count as part of it.
    public var headlineRelatedness: Double
    /// The most words a line may have to be taken for a headline.
    public var maximumHeadlineWords: Int

    /// Creates a cleaner.
    public init(headlineRelatedness: Double = 0.5, maximumHeadlineWords: Int = 20) {
        self.headlineRelatedness = headlineRelatedness
        self.maximumHeadlineWords = maximumHeadlineWords
    }

    /// A block of text from one input line, or from part of one where blocks were glued.
    struct Block {
        var text: String
        var line: Int
        var isHeading = false
    }

    /// Cleans `text`.
    ///
    /// - Parameters:
    ///   - text: The scraped text, one paragraph or fragment a line.
    ///   - firstLine: The input line `text` starts on, for reporting removals.
    ///   - detectTitle: Whether a headline-shaped first line is the article's title.
    /// - Complexity: O(*n*) in the length of `text`, plus O(*l* · *w*) for *l* lines of *w*
    ///   words when judging headlines.
    public func clean(_ text: String, firstLine: Int = 1, detectTitle: Bool = true) -> CleanedText {
        var removals: [Removal] = []
        var blocks: [Block] = []
        var seen: Set<String> = []
        for (offset, rawLine) in text.lineSlices().enumerated() {
            let line = firstLine + offset
            // A scraper that kept the page's escapes left "EU &amp; IMF" in the text.
            let decoded = Entities.decode(rawLine.trimmingWhitespace())
            for piece in Self.unglue(decoded) where !piece.isEmpty {
                if let why = ChromeDetector.reason(for: piece) {
                    removals.append(
                        Removal(text: piece, reason: .chrome, line: line, explanation: why))
                    continue
                }
                let key = Typography.unify(piece).lowercased()
                if piece.count > 40, !seen.insert(key).inserted {
                    removals.append(
                        Removal(
                            text: piece, reason: .duplicate, line: line,
                            explanation: "repeats a paragraph already kept"))
                    continue
                }
                blocks.append(Block(text: piece, line: line))
            }
        }
        blocks = Self.rejoinBrokenLines(blocks)

        var title: String?
        if detectTitle, blocks.count >= 2, isTitle(blocks[0].text) {
            title = blocks.removeFirst().text
        }
        removeForeignMatter(from: &blocks, title: title, removals: &removals)
        if let first = blocks.firstIndex(where: { !$0.isHeading }),
            let (dateline, rest) = Dateline.split(blocks[first].text)
        {
            removals.append(
                Removal(
                    text: dateline, reason: .dateline, line: blocks[first].line,
                    explanation:
                        "the dateline: where the report was filed, not part of its first sentence"))
            blocks[first].text = rest
        }
        removals.sort { ($0.line, 0) < ($1.line, 0) }
        let paragraphs = blocks.map {
            CleanedText.Paragraph(text: $0.text, line: $0.line, isHeading: $0.isHeading)
        }
        return CleanedText(title: title, paragraphs: paragraphs, removals: removals)
    }

    // MARK: - Glued blocks

    /// Splits a line where the scraper ran two blocks together without a space, as in
    /// "More topics for you.This topic continues below." or "…relations.Share this article".
    static func unglue(_ line: String) -> [String] {
        guard line.utf8.count < 100_000, mayBeGlued(line) else { return [line] }
        let scalars = Array(line.unicodeScalars)
        var pieces: [String] = []
        var start = 0
        var index = 1
        while index < scalars.count - 1 {
            defer { index += 1 }
            let mark = scalars[index]
            guard mark == "." || mark == "!" || mark == "?" else {
                // A block glued straight onto a word: "articleMore", "bellowsShare".
                continue
            }
            var next = index + 1
            if scalars[next] == "\"" || scalars[next] == "\u{201C}" { next += 1 }
            guard next + 1 < scalars.count, scalars[next].properties.isUppercase,
                scalars[next + 1].properties.isLowercase || scalars[next + 1] == "'"
                    || scalars[next + 1] == "\u{2019}" || scalars[next + 1] == " "
            else { continue }
            // The period must close a word of two or more letters, not "U.S." or "Ph.D".
            var wordStart = index
            while wordStart > 0, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            let closesQuote = ["\"", "\u{201D}", "'", "\u{2019}", ")"].contains(scalars[index - 1])
            guard closesQuote || index - wordStart >= 2 else { continue }
            guard wordStart == 0 || scalars[wordStart - 1] != "." else { continue }
            guard closesQuote || scalars[index - 1].properties.isLowercase else { continue }
            // "Gov.Sarah Palin" is a typo inside one sentence, not two blocks.
            let word = String(scalars: scalars[wordStart..<index]).lowercased()
            guard !Abbreviations.all.contains(word) else { continue }
            pieces.append(String(scalars: scalars[start...index]))
            start = index + 1
        }
        pieces.append(String(scalars: scalars[start...]))
        return pieces.flatMap(Self.unglueCamel).map { $0.trimmingWhitespace() }
    }

    /// Whether a line has a mark or a lower-case letter straight before an upper-case one, as
    /// glued blocks do; checked on bytes, so most lines cost one pass.
    static func mayBeGlued(_ line: String) -> Bool {
        var previous: UInt8 = 0
        for byte in line.utf8 {
            if byte >= 0x41 && byte <= 0x5A || byte == 0x22 || byte >= 0x80 {
                if previous == 0x2E || previous == 0x21 || previous == 0x3F
                    || (previous >= 0x61 && previous <= 0x7A) || previous >= 0x80
                {
                    return true
                }
            }
            previous = byte
        }
        return false
    }

    /// Splits chrome glued to a word with no mark between: "Share this articleMore topics".
    static func unglueCamel(_ piece: String) -> [String] {
        guard piece.utf8.count <= ChromeDetector.maximumLength * 2 else { return [piece] }
        let scalars = Array(piece.unicodeScalars)
        for index in 1..<max(1, scalars.count - 1)
        where scalars[index].properties.isUppercase && scalars[index - 1].properties.isLowercase
            && scalars[index + 1].properties.isLowercase
        {
            let head = String(scalars: scalars[..<index])
            let tail = String(scalars: scalars[index...])
            // Both sides must be chrome: a brand such as "GlobalPost" is one word.
            if ChromeDetector.reason(for: head) != nil, ChromeDetector.reason(for: tail) != nil {
                return unglueCamel(head) + unglueCamel(tail)
            }
        }
        return [piece]
    }

    // MARK: - Broken lines

    /// What a line does to quotations: leaves one open, closes one it did not open, or
    /// neither.
    enum QuotationEffect { case opens, closes, neither }

    /// Whether `line` leaves a quotation open (an opening mark with no closing one after it)
    /// or closes one it did not open. A straight mark opens after a space or at the start of
    /// the line, and closes after anything else, or where a tokenised page spaced it on both
    /// sides after a sentence's punctuation (`homes, " the spokesman said`).
    static func quotation(of line: String) -> QuotationEffect {
        var open = false
        var closedFirst = false
        // The two scalars before the current one, and whether a mark waits on the next.
        var previous: Unicode.Scalar = " "
        var beforePrevious: Unicode.Scalar = " "
        var pendingSpacedMark = false
        func mark(opening: Bool) {
            if opening {
                open = true
            } else if open {
                open = false
            } else {
                closedFirst = true
            }
        }
        for scalar in line.unicodeScalars {
            defer { (beforePrevious, previous) = (previous, scalar) }
            if pendingSpacedMark {
                pendingSpacedMark = false
                mark(opening: !scalar.properties.isWhitespace)
            }
            switch scalar {
            case "\u{201C}": mark(opening: true)
            case "\u{201D}": mark(opening: false)
            case "\"":
                if previous.properties.isWhitespace, ",.?!".unicodeScalars.contains(beforePrevious)
                {
                    // Spaced on both sides it closes; followed by a word it opens.
                    pendingSpacedMark = true
                } else {
                    mark(
                        opening: previous.properties.isWhitespace
                            || "([\u{2014}".unicodeScalars.contains(previous))
                }
            default: continue
            }
        }
        if pendingSpacedMark { mark(opening: false) }
        if open { return .opens }
        return closedFirst ? .closes : .neither
    }

    /// Rejoins a sentence the scraper broke across lines, as in "…on Oct." / "5 as his term…".
    static func rejoinBrokenLines(_ blocks: [Block]) -> [Block] {
        var result: [Block] = []
        for block in blocks {
            if let last = result.last, continues(last.text, with: block.text) {
                result[result.count - 1].text = last.text + " " + block.text
            } else {
                result.append(block)
            }
        }
        return result
    }

    static func continues(_ previous: String, with next: String) -> Bool {
        guard let first = next.unicodeScalars.first else { return false }
        // A quotation the line leaves open goes on where the next line closes one without
        // opening another: "\"It lasted a long time." / "You could tell\" it was larger, said
        // …". A quotation running on into a new paragraph opens it again instead.
        if quotation(of: previous) == .opens && quotation(of: next) == .closes { return true }
        let startsLower = first.properties.isLowercase || first.properties.numericType != nil
        if !TextShape.endsSentence(previous) {
            // An unfinished line goes on when the next line cannot start a sentence.
            return startsLower || SentenceSplitter.shouldJoin(previous, next)
        }
        // A line ending in a title's abbreviation goes on with the name: "led by Dr." / "Sunniva
        // Hale"; other abbreviations only into a word that cannot start a sentence.
        let word = Abbreviations.lastWord(of: previous)
        let beforeName =
            Abbreviations.beforeNames.contains(word.lowercased())
            || (word.count == 1 && word.first!.isUppercase)
        return (startsLower || beforeName) && SentenceSplitter.shouldJoin(previous, next)
    }
}
