import Foundation

/// A stand-in executable in a throwaway folder, reached through a symbolic link in another
/// folder of it, as a program installed elsewhere and started from a `bin` folder on `PATH`.
struct LinkedBinary {
    /// The throwaway folder, symbolic links resolved; removed by ``remove()``.
    let root: URL
    /// The stand-in executable.
    let binary: URL
    /// The link to it, `root/bin/parallax`.
    let link: URL

    /// Makes the executable at `path` under a new throwaway folder, and the link to it.
    init(at path: String) throws {
        root = FileManager.default.temporaryDirectory
            .appendingPathComponent("parallax-linked-\(UUID().uuidString)")
            .resolvingSymlinksInPath()
        binary = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: binary.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("binary".utf8).write(to: binary)
        let bin = root.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        link = bin.appendingPathComponent("parallax")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: binary)
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
    }
}
