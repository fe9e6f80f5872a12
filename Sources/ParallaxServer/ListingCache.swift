import Foundation
import ParallaxCore

/// Story listings kept for a moment: a listing aggregates every story of the store, so the
/// same page asked many times a second is read from the store once a second, and requests
/// arriving while it is read wait for that one read.
actor ListingCache<Key: Hashable & Sendable, Value: Sendable> {
    private var entries: [Key: (made: ContinuousClock.Instant, task: Task<Value, any Error>)] = [:]
    let freshness: Duration
    let capacity: Int

    init(freshness: Duration = .seconds(1), capacity: Int = 256) {
        self.freshness = freshness
        self.capacity = capacity
    }

    /// The value for `key`, made by `make` unless one was made within ``freshness``.
    func value(_ key: Key, make: @escaping @Sendable () async throws -> Value) async throws
        -> Value
    {
        let now = ContinuousClock.now
        if let entry = entries[key], now - entry.made < freshness {
            return try await entry.task.value
        }
        if entries.count >= capacity {
            entries = entries.filter { now - $0.value.made < freshness }
        }
        let task = Task(executorPreference: Task.currentExecutorPreference) { try await make() }
        entries[key] = (now, task)
        do {
            return try await task.value
        } catch {
            entries[key] = nil
            throw error
        }
    }

    /// Forgets every listing, after the store changed.
    func removeAll() {
        entries.removeAll()
    }
}
