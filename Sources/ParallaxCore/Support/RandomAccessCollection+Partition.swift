extension RandomAccessCollection {
    /// The index of the first element for which `belongs` is true, or `endIndex`, where the
    /// collection is partitioned: every element for which it is false comes first. Found by
    /// halving the range (swift-algorithms has this, but ParallaxCore depends on no package
    /// for one function).
    func partitioningIndex(where belongs: (Element) -> Bool) -> Index {
        var low = startIndex
        var count = self.count
        while count > 0 {
            let half = count / 2
            let middle = index(low, offsetBy: half)
            if belongs(self[middle]) {
                count = half
            } else {
                low = index(after: middle)
                count -= half + 1
            }
        }
        return low
    }
}
