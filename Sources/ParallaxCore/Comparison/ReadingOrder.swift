/// The order a comparison reads its sources in (``StoryComparison/readingOrder(_:)``): of two
/// sentences alike, the one whose source is read first is chosen, whatever order the sources
/// were given in.
struct ReadingOrder: Sendable {
    /// Each source's place, by number.
    private var places: [Int: Int] = [:]

    /// The order of `analyses`, already in reading order; with none, sources go by number.
    init(_ analyses: [ArticleAnalysis] = []) {
        places = Dictionary(
            analyses.enumerated().map { ($1.number, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// What `ref` sorts by: its source's place (its number for a source not read), then the
    /// source's number and the sentence's.
    func key(_ ref: SentenceRef) -> (Int, Int, Int) {
        (places[ref.source] ?? ref.source, ref.source, ref.index)
    }
}
