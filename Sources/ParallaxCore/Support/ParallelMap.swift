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
