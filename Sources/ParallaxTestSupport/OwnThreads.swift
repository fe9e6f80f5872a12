import Dispatch

/// Dispatch threads of the tests' own, apart from Swift's shared concurrency pool.
///
/// The pool has one thread per core, and tests that compute synchronously for seconds (the
/// evaluation-data tests, the command-line tests waiting for a process) can hold every one of
/// them. A test whose answers come under a deadline (a fetch with a timeout, a database
/// connection that must answer within seconds) runs here, so that its work is never queued
/// behind theirs.
public enum OwnThreads {
    /// The executor: a concurrent Dispatch queue.
    public static var executor: any TaskExecutor { DispatchTaskExecutor.shared }

    /// Runs `body` with its tasks preferring ``executor``.
    public static func run<T: Sendable>(_ body: () async throws -> T) async throws -> T {
        try await withTaskExecutorPreference(executor, operation: body)
    }
}

/// Runs each job on a concurrent Dispatch queue.
final class DispatchTaskExecutor: TaskExecutor {
    static let shared = DispatchTaskExecutor()
    private let queue = DispatchQueue(
        label: "parallax.test-threads", qos: .userInitiated, attributes: .concurrent)

    func enqueue(_ job: consuming ExecutorJob) {
        let job = UnownedJob(job)
        queue.async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
    }
}
