import Foundation

/// Finds near-duplicate articles as they arrive: MinHash signatures banded into an LSH index,
/// candidates confirmed by their estimated Jaccard similarity.
///
/// Articles older than the window (by the latest date seen) leave the index, so memory and
/// the cost of a lookup stay flat however long the stream; undated articles stay.
public final class CopyDetector {
    private let settings: StorySettings
    /// The latest article in each band's bucket; band keys differ by band, so one table holds
    /// them all. A bucket whose article has left is cleared in bulk (``sweep()``), not when
    /// the article leaves: finding each of its buckets again was most of the index's cost.
    private var buckets = KeyTable<Int32>(capacity: 1 << 16)
    private var signatures = KeyTable<[UInt32]>(capacity: 1 << 14)
    private var keys: [TermKey] = []
    /// What ``KeyTable/touch(_:_:)`` read, kept so that the reads stay.
    private var touchedSum: UInt64 = 0
    /// Dated articles in the index, oldest first, for expiry.
    private var expiry: [(date: Double, index: Int32)] = []
    private var expiryStart = 0
    private var latest = -Double.infinity

    public init(settings: StorySettings = StorySettings()) {
        self.settings = settings
    }

    /// How many articles the index holds.
    public var activeCount: Int { signatures.count }

    /// Adds article `index` and returns the earlier article it most resembles above the copy
    /// threshold, with the estimated similarity.
    public func add(index: Int32, signature: [UInt32], date: Double?) -> (
        match: Int32, similarity: Double
    )? {
        if let date {
            latest = Swift.max(latest, date)
            expire()
        }
        var best: (match: Int32, similarity: Double)?
        // At most one candidate a band: a short array beats a set here.
        var checked: [Int32] = []
        bandKeys(signature, into: &keys)
        touchedSum &+= buckets.touch(keys) { $0 }
        for key in keys {
            guard let candidate = buckets[key], !checked.contains(candidate),
                let other = signatures[Self.key(candidate)]
            else { continue }
            checked.append(candidate)
            let similarity = MinHash.similarity(signature, other)
            if similarity >= settings.copyThreshold, similarity > (best?.similarity ?? 0) {
                best = (candidate, similarity)
            }
        }
        guard signature.contains(where: { $0 != .max }) else { return nil }
        for key in keys { buckets[key] = index }
        signatures[Self.key(index)] = signature
        if let date { expiry.append((date, index)) }
        // Buckets of articles that left make up at most half the table.
        if buckets.count > 2 * settings.bands * signatures.count + 4096 { sweep() }
        return best
    }

    /// Clears the buckets whose article has left the index.
    private func sweep() {
        buckets.removeAll { signatures[Self.key($0)] == nil }
    }

    /// An article's index as a table key (the table mixes its keys' bits itself).
    private static func key(_ index: Int32) -> TermKey {
        TermKey(rawValue: UInt64(UInt32(bitPattern: index)))
    }

    private func bandKeys(_ signature: [UInt32], into keys: inout [TermKey]) {
        keys.removeAll(keepingCapacity: true)
        for band in 0..<settings.bands {
            var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 &+ UInt64(band)
            for row in 0..<settings.rows {
                let position = band * settings.rows + row
                guard position < signature.count else { break }
                hash = (hash ^ UInt64(signature[position])) &* 0xBF58_476D_1CE4_E5B9
                hash ^= hash >> 29
            }
            // A TermKey, for its cheap hashing in dictionaries: the key is a hash already.
            keys.append(TermKey(rawValue: hash))
        }
    }

    private func expire() {
        let horizon = latest - settings.windowDays * 86_400
        while expiryStart < expiry.count, expiry[expiryStart].date < horizon {
            let index = expiry[expiryStart].index
            expiryStart += 1
            signatures.removeValue(forKey: Self.key(index))
        }
        if expiryStart > 4096, expiryStart * 2 > expiry.count {
            expiry.removeFirst(expiryStart)
            expiryStart = 0
        }
    }
}
