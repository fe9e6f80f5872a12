/// The counts of one article's terms by key, in a table reused from article to article: what
/// ``StoryFeatures`` adds each word to.
///
/// Written by hand because a `Dictionary` made for every article, grown as it filled and read
/// back for sorting, was a sixth of computing features; this table stays in the core's cache
/// and is emptied by clearing only the slots used.
struct TermCounter {
    private var slots: [(key: UInt64, index: Int32)] = Array(repeating: (0, -1), count: 1024)
    private var used: [Int] = []
    private var counts: [StoryFeatures.Count] = []

    /// Adds `weight` to the count of `key`; `label` is read only the first time.
    mutating func add(_ key: TermKey, _ weight: Float, label: @autoclosure () -> String) {
        if counts.count * 2 >= slots.count { grow() }
        let mask = slots.count - 1
        var slot = KeyTable<Int32>.start(key.rawValue, mask)
        while slots[slot].index >= 0 {
            if slots[slot].key == key.rawValue {
                counts[Int(slots[slot].index)].count += weight
                return
            }
            slot = (slot + 1) & mask
        }
        slots[slot] = (key.rawValue, Int32(counts.count))
        used.append(slot)
        counts.append(StoryFeatures.Count(key: key, count: 0 + weight, label: label()))
    }

    /// Every term counted since the last call, sorted by key, and an empty counter.
    mutating func take() -> [StoryFeatures.Count] {
        for slot in used { slots[slot].index = -1 }
        used.removeAll(keepingCapacity: true)
        let sorted = counts.sorted { $0.key < $1.key }
        counts.removeAll(keepingCapacity: true)
        return sorted
    }

    private mutating func grow() {
        slots = Array(repeating: (0, -1), count: slots.count * 2)
        used.removeAll(keepingCapacity: true)
        let mask = slots.count - 1
        for (index, count) in counts.enumerated() {
            var slot = KeyTable<Int32>.start(count.key.rawValue, mask)
            while slots[slot].index >= 0 { slot = (slot + 1) & mask }
            slots[slot] = (count.key.rawValue, Int32(index))
            used.append(slot)
        }
    }
}
