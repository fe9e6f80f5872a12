import Dispatch

/// Work started on another thread while the caller goes on, its value waited for where needed:
/// for a part of a larger job that needs none of the rest, so that it fills the gaps the
/// rest leaves on the cores.
final class Background<Value: Sendable>: @unchecked Sendable {
    private var result: Value?
    private var finished = false
    private let done = DispatchSemaphore(value: 0)

    /// Starts `work` on a thread of Dispatch's global pool.
    init(_ work: @escaping @Sendable () -> Value) {
        DispatchQueue.global().async {
            self.result = work()
            self.done.signal()
        }
    }

    /// The work's value, waiting for it to finish. Read it from one thread only.
    var value: Value {
        if !finished {
            done.wait()
            finished = true
        }
        return result!
    }
}
