import Foundation
import ParallaxCore
import ParallaxStore
import ParallaxTestSupport
import Testing

@Suite struct SQLiteStoreTests {
    static func temporaryPath() -> String {
        TemporaryFolder.file("parallax-store", pathExtension: "sqlite").path
    }

    @Test func savesOnceAndKeepsRevisions() async throws {
        try await StoreContract.savesOnceAndKeepsRevisions(SQLiteStore(path: Self.temporaryPath()))
    }

    @Test func filtersBySourceDateAndText() async throws {
        try await StoreContract.filtersBySourceDateAndText(SQLiteStore(path: Self.temporaryPath()))
    }

    @Test func keepsDatesGivenByTheDayAlone() async throws {
        try await StoreContract.keepsDatesGivenByTheDayAlone(
            SQLiteStore(path: Self.temporaryPath()))
    }

    @Test func recordsRunsAndRejectionsThatSurviveReopening() async throws {
        let path = Self.temporaryPath()
        let store = try SQLiteStore(path: path)
        try await StoreContract.recordsRuns(store)
        #expect(try await store.rejections().map(\.origin) == ["a.jsonl:3"])
        #expect(try await store.integrityCheck())
        #expect(try await SQLiteStore(path: path).rejections().count == 1)
    }

    @Test func remembersFeedsAndStoredAddresses() async throws {
        try await StoreContract.remembersFeedsAndStoredAddresses(
            try SQLiteStore(path: Self.temporaryPath()))
    }

    @Test func listsStoriesByActivityAndPages() async throws {
        try await StoreContract.listsStoriesByActivityAndPages(
            try SQLiteStore(path: Self.temporaryPath()))
    }

    @Test func keepsStoriesAndMerges() async throws {
        try await StoreContract.keepsStoriesAndMerges(try SQLiteStore(path: Self.temporaryPath()))
    }

    @Test func concurrentWritersStoreOnce() async throws {
        let path = Self.temporaryPath()
        try await StoreContract.concurrentWritersStoreOnce(
            SQLiteStore(path: path), SQLiteStore(path: path))
    }

    @Test func refusesAFileThatIsNotAStore() throws {
        let path = Self.temporaryPath()
        try Data("this is not sqlite".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: (any Error).self) { try SQLiteStore(path: path) }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "this is not sqlite")
    }
}
