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

    /// Why a file of pair scores does not line up with its pairs.
    public enum ScoresError: Error, CustomStringConvertible, Equatable {
        /// The file holds a different number of scores than there are pairs.
        case count(scores: Int, pairs: Int)
        /// A line names other pairs than the one in its place, or no finite number.
        case line(LineError)

        public var description: String {
            switch self {
            case .count(let scores, let pairs): "\(scores) scores for \(pairs) pairs"
            case .line(let error): error.description
            }
        }
    }

    /// Reads a pair scorer's log-odds for `pairs` from `text`: a header line, then `id1`,
    /// `id2` and the log-odds separated by tabs, one line for each pair and in their order (as
    /// `scripts/train-same-fact-encoder --scores` writes them). Throws at the first line that
    /// does not line up with its pair, or if the counts differ.
    public static func scores(tsv text: String, for pairs: [ParaphrasePair]) throws(ScoresError)
        -> [Double]
    {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        guard lines.count - 1 == pairs.count else {
            throw .count(scores: max(lines.count - 1, 0), pairs: pairs.count)
        }
        var scores: [Double] = []
        scores.reserveCapacity(pairs.count)
        for (pair, (index, line)) in zip(pairs, lines.enumerated().dropFirst()) {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard fields.count == 3, fields[0] == pair.firstID, fields[1] == pair.secondID,
                let score = Double(fields[2]), score.isFinite
            else {
                throw .line(
                    LineError(
                        line: index + 1,
                        problem: "expected \"\(pair.firstID)<TAB>\(pair.secondID)<TAB>log-odds\", "
                            + "found \"\(line)\""))
            }
            scores.append(score)
        }
        return scores
    }
}
