import Foundation

/// Where the tests find the repository, the built `parallax` binary and the evaluation data in
/// `../shared` beside the repository.
public enum TestPaths {
    /// The repository's root folder.
    public static let repository: URL = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url
    }()

    /// The shared data folder: `$PARALLAX_SHARED`, or `../shared` beside the repository.
    public static let shared: URL = {
        if let path = ProcessInfo.processInfo.environment["PARALLAX_SHARED"] {
            return URL(fileURLWithPath: path)
        }
        return repository.deletingLastPathComponent().appendingPathComponent("shared")
    }()

    /// Whether the shared data is present; tests that read it are skipped where it is not.
    public static var hasShared: Bool {
        FileManager.default.fileExists(atPath: shared.appendingPathComponent("seeds").path)
    }

    /// The seed articles, in name order.
    public static var seeds: [URL] {
        let folder = shared.appendingPathComponent("seeds")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    /// The example corpus shipped in the repository.
    public static var exampleCorpus: [URL] {
        let folder = repository.appendingPathComponent("Examples/corpus")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".txt") }.sorted().map {
            folder.appendingPathComponent($0)
        }
    }

    /// The all-MiniLM-L6-v2 model folder that `scripts/setup` fills, when it holds the weights.
    public static var model: URL? {
        let folder = repository.appendingPathComponent(".models/all-MiniLM-L6-v2")
        let weights = folder.appendingPathComponent("model.safetensors")
        return FileManager.default.fileExists(atPath: weights.path) ? folder : nil
    }

    /// Whether tests that need the model run: where it is installed, and always in CI, where a
    /// missing model is a failure of set-up rather than a reason to skip.
    public static var runsModelTests: Bool {
        model != nil || ProcessInfo.processInfo.environment["CI"] == "true"
    }

    /// The built `parallax` executable, beside the test bundle.
    public static var binary: URL {
        var folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("parallax")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            folder.deleteLastPathComponent()
        }
        return repository.appendingPathComponent(".build/debug/parallax")
    }
}
