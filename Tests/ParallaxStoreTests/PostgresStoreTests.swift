import Foundation
import ParallaxStore
import ParallaxTestSupport
import Testing

/// The store contract against PostgreSQL, with the server scripts/with-postgres starts. Each
/// test and its stores' connection pools run on ``OwnThreads``: under the whole suite's load,
/// tests computing on the shared concurrency pool held connections past the store's deadline.
@Suite(
    .enabled(
        if: ProcessInfo.processInfo.environment["PARALLAX_POSTGRES_URL"] != nil,
        "needs PARALLAX_POSTGRES_URL: run the tests under scripts/with-postgres"),
    .serialized)
struct PostgresStoreTests {
    static var url: String { ProcessInfo.processInfo.environment["PARALLAX_POSTGRES_URL"]! }

    func fresh() async throws -> PostgresStore {
        let store = try await PostgresStore(url: Self.url, executor: OwnThreads.executor)
        try await store.removeEverything()
        return store
    }

    @Test func savesOnceAndKeepsRevisions() async throws {
        try await OwnThreads.run { try await StoreContract.savesOnceAndKeepsRevisions(fresh()) }
    }

    @Test func filtersBySourceDateAndText() async throws {
        try await OwnThreads.run { try await StoreContract.filtersBySourceDateAndText(fresh()) }
    }

    @Test func keepsDatesGivenByTheDayAlone() async throws {
        try await OwnThreads.run { try await StoreContract.keepsDatesGivenByTheDayAlone(fresh()) }
    }

    @Test func recordsRuns() async throws {
        try await OwnThreads.run { try await StoreContract.recordsRuns(fresh()) }
    }

    @Test func remembersFeedsAndStoredAddresses() async throws {
        try await OwnThreads.run {
            try await StoreContract.remembersFeedsAndStoredAddresses(try await fresh())
        }
    }

    @Test func listsStoriesByActivityAndPages() async throws {
        try await OwnThreads.run {
            try await StoreContract.listsStoriesByActivityAndPages(try await fresh())
        }
    }

    @Test func keepsStoriesAndMerges() async throws {
        try await OwnThreads.run {
            try await StoreContract.keepsStoriesAndMerges(try await fresh())
        }
    }

    @Test func concurrentWritersStoreOnce() async throws {
        try await OwnThreads.run {
            let first = try await fresh()
            let second = try await PostgresStore(url: Self.url, executor: OwnThreads.executor)
            try await StoreContract.concurrentWritersStoreOnce(first, second)
        }
    }

    @Test func badAddressesAreNamed() async throws {
        await #expect(throws: StoreError.self) { try await PostgresStore(url: "mysql://x@y/z") }
        await #expect(throws: StoreError.self) {
            try await PostgresStore(url: "postgres://nobody@127.0.0.1:1/none")
        }
    }
}
