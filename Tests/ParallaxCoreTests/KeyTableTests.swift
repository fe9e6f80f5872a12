import Testing

@testable import ParallaxCore

@Suite struct KeyTableTests {
    @Test func agreesWithADictionaryThroughInsertsUpdatesAndRemovals() {
        var table = KeyTable<Int32>(capacity: 4)
        var reference: [UInt64: Int32] = [:]
        var random = SplitMix(seed: 7)
        // Few distinct keys, so that runs form, wrap around and are shifted back on removal;
        // the table grows from 16 slots on the way.
        let keys = (0..<300).map { _ in random.next() }
        for step in 0..<20_000 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            switch random.next() % 3 {
            case 0:
                table[TermKey(rawValue: key)] = Int32(step)
                reference[key] = Int32(step)
            case 1:
                let bumped = table.modify(TermKey(rawValue: key), default: 0) { value in
                    value += 1
                    return value
                }
                reference[key, default: 0] += 1
                #expect(bumped == reference[key])
            default:
                table[TermKey(rawValue: key)] = nil
                reference[key] = nil
            }
            if step % 997 == 0 {
                for key in keys { #expect(table[TermKey(rawValue: key)] == reference[key]) }
            }
        }
        #expect(table.count == reference.count)
        let entries = Dictionary(
            uniqueKeysWithValues: table.entries.map { ($0.key.rawValue, $0.value) })
        #expect(entries == reference)
    }

    @Test func keysThatShareAHomeSlotAreAllFoundAfterOneLeaves() {
        // Keys whose home slots coincide in a 16-slot table probe into one run.
        var table = KeyTable<Int32>(capacity: 4)
        var random = SplitMix(seed: 11)
        var colliding: [UInt64] = []
        while colliding.count < 5 {
            let key = random.next()
            if KeyTable<Int32>.start(key, 15) == 3 { colliding.append(key) }
        }
        for (index, key) in colliding.enumerated() { table[TermKey(rawValue: key)] = Int32(index) }
        table[TermKey(rawValue: colliding[1])] = nil
        #expect(table[TermKey(rawValue: colliding[1])] == nil)
        for index in [0, 2, 3, 4] {
            #expect(table[TermKey(rawValue: colliding[index])] == Int32(index))
        }
        #expect(table.count == 4)
    }

    @Test func removeAllWhereKeepsEveryOtherEntry() {
        var table = KeyTable<Int32>(capacity: 4)
        var random = SplitMix(seed: 13)
        let keys = (0..<2000).map { _ in random.next() }
        for (index, key) in keys.enumerated() { table[TermKey(rawValue: key)] = Int32(index) }
        table.removeAll { $0 % 3 == 0 }
        #expect(table.count == keys.indices.filter { $0 % 3 != 0 }.count)
        for (index, key) in keys.enumerated() {
            #expect(table[TermKey(rawValue: key)] == (index % 3 == 0 ? nil : Int32(index)))
        }
    }

    @Test func touchValuesReadsTheValuesOfTheKeysHeld() {
        var table = KeyTable<[Int]>(capacity: 4)
        for key in 1...20 {
            table[TermKey(rawValue: UInt64(key))] = Array(repeating: 0, count: key)
        }
        let keys: [UInt64] = [2, 5, 21, 40, 20]
        let sum = table.touchValues(keys, { TermKey(rawValue: $0) }, read: { $0.count })
        #expect(sum == 2 + 5 + 20)
    }
}
