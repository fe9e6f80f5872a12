import Dispatch
import Foundation
import Synchronization

/// Computes articles' features and signatures (``StoryEngine/Prepared``) beside the task that
/// assigns them: a chunk is cut into small ranges, taken in turn by helper threads and, once it
/// has assigned the chunk before, by the assigning task itself.
///
/// Preparing on Swift's concurrency pool while the assigning task held one of its threads left
/// preparation one core of two, and it was most of the wait; more threads than cores made the
/// assigning task share its core. Here there is one thread a core, and none idles while ranges
/// remain. The warm term caches are shared out from a pool, so a range never starts cold.
final class StoryPreparer: Sendable {
    private let minHash = MinHash()
    private let caches = Mutex<[TermCache]>([])
    /// Helper threads for each chunk: one a core but the assigning task's.
    private let helpers = max(1, ProcessInfo.processInfo.activeProcessorCount - 1)

    /// How many articles a range holds: small, so that the last ones end together.
    static let rangeSize = 32

    /// Starts preparing `documents` on the helper threads.
    func start(_ documents: [StoryDocument]) -> Pending {
        let pending = Pending(documents, preparer: self)
        for _ in 0..<helpers {
            DispatchQueue.global().async(group: pending.group) { pending.work() }
        }
        return pending
    }

    /// The articles of `range`, prepared with a cache from the pool.
    fileprivate func prepare(_ documents: ArraySlice<StoryDocument>) -> [StoryEngine.Prepared] {
        var cache = caches.withLock { $0.popLast() } ?? TermCache()
        let prepared = documents.map { document in
            StoryEngine.Prepared(document, cache: &cache, minHash: minHash)
        }
        caches.withLock { $0.append(cache) }
        return prepared
    }

    /// A chunk being prepared.
    final class Pending: Sendable {
        fileprivate let group = DispatchGroup()
        private let documents: [StoryDocument]
        private let preparer: StoryPreparer
        private let ranges: Int
        private let taken = Atomic<Int>(0)
        private let done: Mutex<[[StoryEngine.Prepared]?]>

        fileprivate init(_ documents: [StoryDocument], preparer: StoryPreparer) {
            self.documents = documents
            self.preparer = preparer
            ranges = (documents.count + StoryPreparer.rangeSize - 1) / StoryPreparer.rangeSize
            done = Mutex(Array(repeating: nil, count: ranges))
        }

        /// Prepares ranges until none is left.
        fileprivate func work() {
            while true {
                let range = taken.wrappingAdd(1, ordering: .relaxed).oldValue
                guard range < ranges else { return }
                let start = range * StoryPreparer.rangeSize
                let prepared = preparer.prepare(
                    documents[start..<min(documents.count, start + StoryPreparer.rangeSize)])
                done.withLock { $0[range] = prepared }
            }
        }

        /// Helps with the ranges left, waits for the helpers, and returns every article
        /// prepared, in order.
        func finish() -> [StoryEngine.Prepared] {
            work()
            group.wait()
            return done.withLock { parts in parts.flatMap { $0! } }
        }
    }
}
