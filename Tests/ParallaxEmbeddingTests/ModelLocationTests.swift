import Foundation
import Testing

@testable import ParallaxEmbedding

/// Where the sentence-embedding model is looked for without `$PARALLAX_MODEL`: the current
/// folder, then the folders above the executable that the system started, whatever link or
/// `PATH` entry led to it.
@Suite struct ModelLocationTests {
    @Test func theFoldersAboveTheLinkedExecutableAreSearchedAfterTheCurrentOne() throws {
        let installed = try LinkedBinary(at: "checkout/.build/release/parallax")
        defer { installed.remove() }
        let root = installed.root
        let work = root.appendingPathComponent("work")

        let locations = MiniLMEncoder.modelLocations(
            executable: installed.link, currentDirectory: work)
        let paths = locations.map(\.standardizedFileURL.path)
        func models(_ folder: String) -> String {
            root.appendingPathComponent(folder).appendingPathComponent(
                ".models/all-MiniLM-L6-v2"
            ).standardizedFileURL.path
        }
        #expect(paths.first == models("work"))
        // Where scripts/setup puts the model in a clone: above the binary the link leads to.
        #expect(paths.contains(models("checkout")))
        #expect(!paths.contains(models("bin")))
        #expect(Set(paths).count == paths.count)
    }
}
