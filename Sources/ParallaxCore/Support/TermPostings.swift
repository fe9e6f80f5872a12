/// An inverted index of items' sorted term ids (claims, sentences): for one item, the items
/// that share a term with it, and what each shares, found in one walk of its terms' postings.
///
/// Scoring each candidate by merging its terms with the item's walked both term lists once per
/// candidate; the postings that find the candidates already pass every shared term, so the
/// walk gives each shared term as it goes. Terms held by more than ``limit`` items find no
/// candidates (they are too common to say which items may match, and their postings the
/// longest); they are looked up in each candidate's terms instead, so that every shared term
/// is still given, in the order of the item's terms, as a merge would give them.
struct TermPostings: Sendable {
    /// Each item's term ids, sorted.
    private let ids: [[Int32]]
    /// Per term id, the items that hold it and the term's place among each item's ids.
    private let postings: [[(item: Int32, slot: Int32)]]
    /// The most items a term may be held by and still find candidates.
    let limit: Int

    /// The usual ``limit``: in a story of thousands of sentences, a term in more than this many
    /// is a common word, and walking its postings for each item that holds it cost more than
    /// all the rest.
    static let commonTermLimit = 400

    /// Indexes `ids`, each item's sorted term ids below `termCount`.
    init(_ ids: [[Int32]], termCount: Int, limit: Int = commonTermLimit) {
        var postings = [[(item: Int32, slot: Int32)]](repeating: [], count: termCount)
        for (item, terms) in ids.enumerated() {
            for (slot, id) in terms.enumerated() {
                postings[Int(id)].append((Int32(item), Int32(slot)))
            }
        }
        self.ids = ids
        self.postings = postings
        self.limit = limit
    }

    /// The items `admits` lets in that share a term of at most ``limit`` items with `item`,
    /// sorted. `mark` (one entry an item, reused from item to item) is left holding `item` for
    /// each of them, which ``forEachShared(of:with:mark:_:)`` reads.
    func candidates(of item: Int, mark: inout [Int], admits: (Int) -> Bool) -> [Int] {
        var found: [Int] = []
        for id in ids[item] {
            let postings = postings[Int(id)]
            guard postings.count <= limit else { continue }
            for (other, _) in postings {
                let other = Int(other)
                if mark[other] != item && admits(other) {
                    mark[other] = item
                    found.append(other)
                }
            }
        }
        return found.sorted()
    }

    /// Calls `body` with each term `item` shares with each of `candidates` (as
    /// ``candidates(of:mark:admits:)`` found and marked them): the term's place among the
    /// item's ids, the candidate, and its place among the candidate's ids; term by term in the
    /// item's order.
    func forEachShared(
        of item: Int, with candidates: [Int], mark: [Int],
        _ body: (_ slot: Int, _ other: Int, _ otherSlot: Int) -> Void
    ) {
        for (slot, id) in ids[item].enumerated() {
            let postings = postings[Int(id)]
            if postings.count <= limit {
                for (other, otherSlot) in postings where mark[Int(other)] == item {
                    body(slot, Int(other), Int(otherSlot))
                }
            } else {
                for other in candidates {
                    let terms = ids[other]
                    let at = terms.partitioningIndex { $0 >= id }
                    if at < terms.count, terms[at] == id { body(slot, other, at) }
                }
            }
        }
    }
}
