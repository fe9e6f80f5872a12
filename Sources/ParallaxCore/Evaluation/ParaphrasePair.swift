import Foundation

/// A pair of sentences labelled as reporting the same content or not, as in the Microsoft
/// Research Paraphrase Corpus.
public struct ParaphrasePair: Sendable, Equatable {
    public var firstID: String
    public var secondID: String
    public var first: String
    public var second: String
    /// Whether the two sentences say the same thing.
    public var isSame: Bool

    public init(firstID: String, secondID: String, first: String, second: String, isSame: Bool) {
        self.firstID = firstID
        self.secondID = secondID
        self.first = first
        self.second = second
        self.isSame = isSame
    }

    /// A line of a paraphrase file that could not be read.
    public struct LineError: Error, CustomStringConvertible, Equatable {
        public var line: Int
        public var problem: String
        public var description: String { "line \(line): \(problem)" }
    }

    /// Reads the MSRP format: a header line, then `Quality`, two ids and two sentences
    /// separated by tabs, with no quoting. Returns the pairs and the lines that were skipped.
    public static func read(tsv text: String) -> (pairs: [ParaphrasePair], skipped: [LineError]) {
        var pairs: [ParaphrasePair] = []
        var skipped: [LineError] = []
        for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false)
            .enumerated()
        {
            let line = line.hasSuffix("\r") ? line.dropLast() : line
            guard index > 0 || !line.hasPrefix("Quality") else { continue }
            guard !line.trimmingCharacters(in: .whitespaces).isEmpty else { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 5 else {
                skipped.append(
                    LineError(
                        line: index + 1,
                        problem: "expected 5 tab-separated fields, found \(fields.count)"))
                continue
            }
            guard fields[0] == "0" || fields[0] == "1" else {
                skipped.append(
                    LineError(line: index + 1, problem: "quality \"\(fields[0])\" is not 0 or 1"))
                continue
            }
            pairs.append(
                ParaphrasePair(
                    firstID: String(fields[1]), secondID: String(fields[2]),
                    first: String(fields[3]), second: String(fields[4]), isSame: fields[0] == "1"))
        }
        return (pairs, skipped)
    }
}
