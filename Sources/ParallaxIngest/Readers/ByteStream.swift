import Foundation

/// Reads a file in chunks, decompressing gzip as it goes (several members one after another,
/// as `.warc.gz` files are made), so that no input is ever held whole in memory.
struct ByteStream {
    let path: String
    /// How much a file may decompress to before it is taken for a bomb.
    var maximumOutput: Int64 = 16 << 30
    /// The size of a chunk read from disk.
    var chunkSize = 1 << 20
    /// Counts the bytes read from disk, before decompression.
    var meter: ReadMeter?

    /// A file that cannot be opened.
    struct Unreadable: Error, CustomStringConvertible {
        var description: String
    }

    /// Calls `body` with each chunk of the file's (decompressed) bytes, in order.
    ///
    /// - Throws: ``Unreadable``, or ``Gzip/Failure`` for corrupt, truncated or bomb-like gzip.
    func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            let exists = FileManager.default.fileExists(atPath: path)
            throw Unreadable(
                description: "cannot be read (\(exists ? "permission denied" : "no such file"))")
        }
        defer { try? handle.close() }
        func next() -> [UInt8] {
            let chunk = [UInt8](handle.readData(ofLength: chunkSize))
            meter?.add(chunk.count)
            return chunk
        }
        var chunk = next()
        guard Gzip.isCompressed(chunk) else {
            while !chunk.isEmpty {
                try body(chunk)
                chunk = next()
            }
            return
        }
        let inflater = try Inflater(limit: maximumOutput)
        while !chunk.isEmpty {
            try inflater.feed(chunk, body)
            chunk = next()
        }
        try inflater.finish()
    }
}
