extension Array {
    /// Inserts `element` after every element it does not come `before` (so equals keep their
    /// arrival order), then drops the last element if more than `limit` remain.
    ///
    /// Keeping the best few of a stream this way costs a few comparisons an element where
    /// sorting everything was a tenth of story assignment.
    mutating func insertOrdered(
        _ element: Element, limit: Int = .max, by before: (Element, Element) -> Bool
    ) {
        if count >= limit, let last, !before(element, last) { return }
        var position = count
        while position > 0, before(element, self[position - 1]) { position -= 1 }
        insert(element, at: position)
        if count > limit { removeLast() }
    }
}
