import Foundation

/// Reads HTML pages from files, gzip-compressed files, folders and standard input.
public struct PageFileReader: Sendable {
    /// The largest page read from disk, compressed or not.
    public var maximumBytes: Int

    public init(maximumBytes: Int = 64 << 20) { self.maximumBytes = maximumBytes }

    /// The page files named by `paths`: folders expand to their `.html`, `.htm` and `.html.gz`
    /// files in name order.
    public func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if path != "-", FileManager.default.fileExists(atPath: path, isDirectory: &isFolder),
                isFolder.boolValue
            {
                let names = try FileManager.default.contentsOfDirectory(atPath: path).sorted()
                files += names.filter { Self.isPage($0) }.map {
                    URL(fileURLWithPath: path).appendingPathComponent($0).path
                }
            } else {
                files.append(path)
            }
        }
        return files
    }

    static func isPage(_ name: String) -> Bool {
        let lower = name.lowercased()
        return lower.hasSuffix(".html") || lower.hasSuffix(".htm") || lower.hasSuffix(".html.gz")
            || lower.hasSuffix(".htm.gz")
    }

    /// The bytes of the page at `path`, decompressed if gzip.
    ///
    /// - Throws: ``ArticleInputError`` naming the file and the problem.
    public func read(_ path: String) throws -> [UInt8] {
        var bytes: [UInt8]
        if path == "-" {
            bytes = [UInt8](FileHandle.standardInput.readDataToEndOfFile())
        } else {
            guard FileManager.default.fileExists(atPath: path) else {
                throw ArticleInputError.unreadable(path, reason: "no such file")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ArticleInputError.unreadable(path, reason: "it could not be opened")
            }
            bytes = [UInt8](data)
        }
        if Gzip.isCompressed(bytes) {
            do {
                bytes = try Gzip.decompress(bytes, limit: maximumBytes)
            } catch {
                throw ArticleInputError.unreadable(path, reason: "\(error)")
            }
        }
        guard !bytes.isEmpty else { throw ArticleInputError.empty(path) }
        return bytes
    }
}
