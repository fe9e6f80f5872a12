import Synchronization

/// Counts the bytes read from disk so far, across threads, for progress and ETA.
public final class ReadMeter: Sendable {
    private let counter = Atomic<Int64>(0)

    public init() {}

    /// Bytes read so far.
    public var bytes: Int64 { counter.load(ordering: .relaxed) }

    /// Counts `count` more bytes read.
    public func add(_ count: Int) {
        counter.add(Int64(count), ordering: .relaxed)
    }
}
