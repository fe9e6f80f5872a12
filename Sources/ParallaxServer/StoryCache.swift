import Foundation
import NIOCore
import ParallaxCore

/// A compared story, ready to send: its view, its JSON and its page, made once.
struct RenderedStory: Sendable {
    /// What the story's articles were when it was compared: their ids, in order, with the
    /// copies marked, and the story's headline.
    var fingerprint: String
    var view: StoryView
    var json: ByteBuffer
    var page: ByteBuffer
}

/// The compared stories, kept until their articles change.
///
/// Comparing a story costs milliseconds to seconds; sending a kept one costs microseconds. A
/// kept story is trusted for ``freshness`` after its articles were last checked against the
/// store; after that the next request checks them again (one indexed query) and compares the
/// story anew only if they changed. Concurrent requests for a story not yet compared wait for
/// one comparison. When more than ``capacity`` are kept, the least recently used tenth go.
actor StoryCache {
    private enum State {
        case ready(RenderedStory, checked: ContinuousClock.Instant)
        case pending(Task<RenderedStory?, any Error>, fingerprint: String)
    }

    private var entries: [Int64: State] = [:]
    private var used: [Int64: UInt64] = [:]
    private var tick: UInt64 = 0
    let capacity: Int
    let freshness: Duration

    init(capacity: Int, freshness: Duration = .seconds(1)) {
        self.capacity = max(capacity, 1)
        self.freshness = freshness
    }

    /// The kept story `id` if it was checked against the store within ``freshness``.
    func fresh(_ id: Int64) -> RenderedStory? {
        guard case .ready(let story, let checked) = entries[id],
            ContinuousClock.now - checked < freshness
        else { return nil }
        touch(id)
        return story
    }

    /// The story `id` whose articles are `fingerprint`: the kept one if its articles are the
    /// same, else the one `make` renders (once, however many ask at the same time).
    func story(
        _ id: Int64, fingerprint: String,
        make: @escaping @Sendable () async throws -> RenderedStory?
    ) async throws -> RenderedStory? {
        touch(id)
        switch entries[id] {
        case .ready(let story, _) where story.fingerprint == fingerprint:
            entries[id] = .ready(story, checked: .now)
            return story
        case .pending(let task, let pending) where pending == fingerprint:
            return try await task.value
        default:
            break
        }
        let task = Task(executorPreference: Task.currentExecutorPreference) { try await make() }
        entries[id] = .pending(task, fingerprint: fingerprint)
        do {
            let story = try await task.value
            if case .pending(_, let pending) = entries[id], pending == fingerprint {
                entries[id] = story.map { .ready($0, checked: .now) }
            }
            evictIfFull()
            return story
        } catch {
            entries[id] = nil
            throw error
        }
    }

    /// Forgets every kept story, after the store changed under them.
    func removeAll() {
        entries.removeAll()
        used.removeAll()
    }

    private func touch(_ id: Int64) {
        tick += 1
        used[id] = tick
    }

    private func evictIfFull() {
        guard entries.count > capacity else { return }
        let oldest = used.sorted { $0.value < $1.value }.prefix(max(capacity / 10, 1))
        for (id, _) in oldest {
            entries[id] = nil
            used[id] = nil
        }
    }
}
