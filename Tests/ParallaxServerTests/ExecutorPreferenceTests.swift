import ParallaxTestSupport
import Testing

@testable import ParallaxServer

/// The work a request starts in tasks of its own runs where the request runs.
///
/// A server run on threads of its own must not have its comparisons, listings, ingestions and
/// deadlines queued on Swift's shared pool, behind whatever else holds it: there, a story list
/// once waited past its 30-second limit for a pool held by other work.
@Suite struct ExecutorPreferenceTests {
    /// Whether the calling task runs on ``OwnThreads``.
    @Sendable static func onOwnThreads() -> Bool {
        withUnsafeCurrentTask { $0?.unownedTaskExecutor }
            == OwnThreads.executor.asUnownedTaskExecutor()
    }

    @Test func requestWorkKeepsTheCallersExecutor() async throws {
        #expect(!Self.onOwnThreads())
        try await OwnThreads.run { () async throws in
            #expect(Self.onOwnThreads())
            #expect(try await withTimeLimit(.seconds(30)) { Self.onOwnThreads() })
            #expect(try await ListingCache<Int, Bool>().value(1) { Self.onOwnThreads() })
            #expect(try await IngestQueue().run { Self.onOwnThreads() })
        }
    }

}
