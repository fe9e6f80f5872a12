/// Where a sentence's entities, figures and dates stand, each list sorted by place, read once
/// for all the claims of the sentence.
///
/// A claim of a contiguous run of tokens finds its own by binary search instead of testing
/// every one of the sentence's: a sentence of thousands of words (a page without sentence
/// ends) splits into hundreds of clauses, and testing the whole sentence's lists for each
/// made the split quadratic.
struct SentencePlaces {
    /// A UTF-8 offset in the sentence's text as the Unicode-scalar offset tokens use.
    let scalarOffset: (Int) -> Int
    /// (token index, index in the sentence's entities), sorted.
    private let entities: [(place: Int, index: Int)]
    /// (scalar offset, index in the sentence's quantities), sorted.
    private let quantities: [(place: Int, index: Int)]
    /// (scalar offset, index in the sentence's dates), sorted.
    private let dates: [(place: Int, index: Int)]

    init(_ sentence: AnalyzedSentence) {
        let scalarOffset = ClaimSplitter.scalarToUTF8(sentence.matchText)
        self.scalarOffset = scalarOffset
        func sorted(_ places: [Int]) -> [(place: Int, index: Int)] {
            places.enumerated().map { (place: $0.element, index: $0.offset) }
                .sorted { ($0.place, $0.index) < ($1.place, $1.index) }
        }
        entities = sorted(sentence.entities.map(\.tokenIndex))
        quantities = sorted(sentence.quantities.map { scalarOffset($0.utf8Offset) })
        dates = sorted(sentence.dates.map { scalarOffset($0.utf8Offset) })
    }

    /// The indices, in the sentence's order, of the entities whose first token is in `tokens`.
    func entities(in tokens: Range<Int>) -> [Int] { Self.indices(of: entities, in: tokens) }

    /// The indices, in the sentence's order, of the quantities starting at a scalar offset in
    /// `offsets`.
    func quantities(in offsets: Range<Int>) -> [Int] { Self.indices(of: quantities, in: offsets) }

    /// The indices, in the sentence's order, of the dates starting at a scalar offset in
    /// `offsets`.
    func dates(in offsets: Range<Int>) -> [Int] { Self.indices(of: dates, in: offsets) }

    private static func indices(of places: [(place: Int, index: Int)], in range: Range<Int>)
        -> [Int]
    {
        let first = places.partitioningIndex { $0.place >= range.lowerBound }
        return places[first...].prefix { $0.place < range.upperBound }.map(\.index).sorted()
    }
}
