/// A hash table from 64-bit keys that are hashes already (``TermKey``s, LSH band keys) to
/// values: open addressing with linear probing, each key stored beside its value.
///
/// Written by hand because story grouping makes a few hundred lookups an article in tables of
/// hundreds of thousands of keys, and each is a cache miss: `Dictionary` keeps keys and values
/// in separate arrays (two misses a lookup), and no package here offers flat open addressing.
/// Removal shifts the following entries back, so no tombstones build up.
struct KeyTable<Value> {
    private var slots: [(key: UInt64, value: Value?)]
    private var mask: Int
    private(set) var count = 0

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: (0, nil), count: size)
        mask = size - 1
    }

    /// The value of `key`, or nil.
    subscript(key: TermKey) -> Value? {
        get {
            var index = Self.start(key.rawValue, mask)
            while let value = slots[index].value {
                if slots[index].key == key.rawValue { return value }
                index = (index + 1) & mask
            }
            return nil
        }
        set {
            if let newValue {
                modify(key, default: newValue) { $0 = newValue }
            } else {
                removeValue(forKey: key)
            }
        }
    }

    /// Changes the value of `key` in place (starting from `defaultValue` when absent) and returns
    /// what `body` returns: one probe for a read and a write.
    mutating func modify<Result>(
        _ key: TermKey, default defaultValue: @autoclosure () -> Value,
        _ body: (inout Value) -> Result
    ) -> Result {
        if count * 2 >= slots.count { grow() }
        var index = Self.start(key.rawValue, mask)
        while slots[index].value != nil, slots[index].key != key.rawValue {
            index = (index + 1) & mask
        }
        if slots[index].value == nil {
            slots[index] = (key.rawValue, defaultValue())
            count += 1
        }
        return body(&slots[index].value!)
    }

    /// Every key and value, in no particular order.
    var entries: [(key: TermKey, value: Value)] {
        slots.compactMap { slot in slot.value.map { (TermKey(rawValue: slot.key), $0) } }
    }

    /// Removes `key` and returns its value, if the table held it.
    @discardableResult
    mutating func removeValue(forKey key: TermKey) -> Value? {
        var index = Self.start(key.rawValue, mask)
        while slots[index].value != nil, slots[index].key != key.rawValue {
            index = (index + 1) & mask
        }
        guard let removed = slots[index].value else { return nil }
        slots[index].value = nil
        count -= 1
        // Shift back the entries of the run that probed past the freed slot.
        var hole = index
        var next = (index + 1) & mask
        while slots[next].value != nil {
            let home = Self.start(slots[next].key, mask)
            // The entry may move to the hole unless its home lies after the hole, up to it.
            let reachable =
                hole <= next ? (home <= hole || home > next) : (home <= hole && home > next)
            if reachable {
                slots[hole] = slots[next]
                slots[next].value = nil
                hole = next
            }
            next = (next + 1) & mask
        }
        return removed
    }

    /// Reads the home slot of each key in `keys`, so that the lookups that follow find them in
    /// the cache: the reads do not depend on each other, so the processor waits for their
    /// misses together rather than one after another. Returns a value made from what was read,
    /// for the caller to keep, so that the reads are not optimised away.
    @inline(never)
    func touch<Keys: Sequence>(_ keys: Keys, _ key: (Keys.Element) -> TermKey) -> UInt64 {
        var sum: UInt64 = 0
        slots.withUnsafeBufferPointer { slots in
            for element in keys { sum &+= slots[Self.start(key(element).rawValue, mask)].key }
        }
        return sum
    }

    /// Reads what `read` makes of the value of each key in `keys` that the table holds: after
    /// ``touch(_:_:)``, so that the misses on values stored out of line (arrays) overlap too.
    @inline(never)
    func touchValues<Keys: Sequence, Read: FixedWidthInteger>(
        _ keys: Keys, _ key: (Keys.Element) -> TermKey, read: (Value) -> Read
    ) -> UInt64 {
        var sum: UInt64 = 0
        for element in keys {
            if let value = self[key(element)] { sum &+= UInt64(truncatingIfNeeded: read(value)) }
        }
        return sum
    }

    /// Removes every entry whose value meets `shouldRemove`, in one pass over the table.
    mutating func removeAll(where shouldRemove: (Value) -> Bool) {
        rebuild(slots: slots.count, where: shouldRemove)
    }

    private mutating func grow() { rebuild(slots: slots.count * 2) { _ in false } }

    /// Puts every entry but those `shouldRemove` meets into a table of `size` slots.
    private mutating func rebuild(slots size: Int, where shouldRemove: (Value) -> Bool) {
        let old = slots
        slots = Array(repeating: (0, nil), count: size)
        mask = size - 1
        count = 0
        for slot in old {
            guard let value = slot.value, !shouldRemove(value) else { continue }
            modify(TermKey(rawValue: slot.key), default: value) { _ in }
        }
    }

    /// The home slot: the key's high bits, mixed, since keys are hashes already.
    @inline(__always)
    static func start(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}

extension KeyTable: Sendable where Value: Sendable {}
