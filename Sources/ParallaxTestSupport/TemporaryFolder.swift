import Foundation

/// Where tests write their files: one folder for the whole test process, in the system's
/// temporary folder, removed when the process exits.
///
/// Tests used to make their own folders beside it and few removed them: each run of the suite
/// left dozens behind (hundreds on a developer's machine). Under one root, a test that stops
/// early, or a helper that hands out a path and cannot know when it is done with it, leaves
/// nothing behind once the run ends.
public enum TemporaryFolder {
    /// `parallax-tests-PID`, made on first use and removed at exit.
    public static let root: URL = {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "parallax-tests-\(getpid())")
        try? FileManager.default.removeItem(at: url)
        do {
            try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        } catch {
            fatalError("cannot make the tests' temporary folder \(url.path): \(error)")
        }
        atexit { try? FileManager.default.removeItem(at: TemporaryFolder.root) }
        return url
    }()

    /// A new, empty folder under ``root``, named `prefix-UUID`.
    public static func make(_ prefix: String) throws -> URL {
        let url = root.appendingPathComponent("\(prefix)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A path under ``root`` for a file not made yet, named `prefix-UUID.pathExtension`.
    public static func file(_ prefix: String, pathExtension: String) -> URL {
        root.appendingPathComponent("\(prefix)-\(UUID().uuidString).\(pathExtension)")
    }
}
