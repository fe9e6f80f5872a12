import Foundation

/// Maps a batch on all cores and hands the results back in the batch's order.
///
/// Worker *w* takes items *w*, *w* + *n*, *w* + 2*n*…, with a context of its own (a parser, say)
/// made once per worker.
public enum ParallelMap {
    /// `transform` applied to every item of `items`, in order.
    ///
    /// - Parameters:
    ///   - workers: At most this many tasks; fewer for a small batch (one per `grain` items).
    ///   - context: Makes each worker's own state.
    public static func map<Item: Sendable, Context, Result: Sendable>(
        _ items: [Item], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        grain: Int = 32, context: @escaping @Sendable () -> Context,
        _ transform: @escaping @Sendable (inout Context, Item) -> Result
    ) async -> [Result] {
        let workers = max(1, min(workers, items.count / grain + 1))
        return await withTaskGroup(of: (Int, [Result]).self) { group in
            for worker in 0..<workers {
                group.addTask {
                    var state = context()
                    var results: [Result] = []
                    for index in stride(from: worker, to: items.count, by: workers) {
                        results.append(transform(&state, items[index]))
                    }
                    return (worker, results)
                }
            }
            var parts = [[Result]](repeating: [], count: workers)
            for await (worker, results) in group { parts[worker] = results }
            // Interleave back into the batch's order.
            return items.indices.map { parts[$0 % workers][$0 / workers] }
        }
    }

    /// `transform` applied to every item of `items`, in order, without per-worker state.
    public static func map<Item: Sendable, Result: Sendable>(
        _ items: [Item], workers: Int = ProcessInfo.processInfo.activeProcessorCount,
        grain: Int = 32, _ transform: @escaping @Sendable (Item) -> Result
    ) async -> [Result] {
        await map(items, workers: workers, grain: grain, context: {}) { _, item in transform(item) }
    }
}

extension ParallelMap {
    /// `transform` applied to consecutive ranges covering `0..<count` on all cores, the results
    /// joined in order; blocks until done, for callers that are not async.
    ///
    /// - Parameters:
    ///   - ranges: How to cut `0..<count`; by default about four ranges per core.
    public static func map<Result: Sendable>(
        count: Int, ranges: [Range<Int>]? = nil,
        _ transform: @Sendable (Range<Int>) -> [Result]
    ) -> [Result] {
        let ranges = ranges ?? split(count, into: ProcessInfo.processInfo.activeProcessorCount * 4)
        guard ranges.count > 1 else { return ranges.first.map(transform) ?? [] }
        let slots = Slots<[Result]>(count: ranges.count)
        DispatchQueue.concurrentPerform(iterations: ranges.count) { index in
            slots.set(index, transform(ranges[index]))
        }
        return slots.values.flatMap { $0 ?? [] }
    }

    /// `transform` applied to each of `0..<count` on all cores, one task an item (for items of
    /// uneven, large cost: the articles of a story), the results in order; blocks until done.
    public static func map<Result: Sendable>(
        each count: Int, _ transform: @Sendable (Int) -> Result
    ) -> [Result] {
        map(count: count, ranges: (0..<count).map { $0..<$0 + 1 }) { range in
            range.map(transform)
        }
    }

    /// `0..<count` cut into at most `parts` ranges of near-equal size.
    static func split(_ count: Int, into parts: Int) -> [Range<Int>] {
        let parts = max(1, min(parts, count))
        return (0..<parts).map { part in count * part / parts..<count * (part + 1) / parts }
    }

    /// One slot per task, each written once by its own task.
    private final class Slots<Value>: @unchecked Sendable {
        private(set) var values: [Value?]
        private let lock = NSLock()

        init(count: Int) { values = Array(repeating: nil, count: count) }

        func set(_ index: Int, _ value: Value) { lock.withLock { values[index] = value } }
    }
}
