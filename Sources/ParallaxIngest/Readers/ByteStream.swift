import CZlib
import Foundation

/// Reads a file in chunks, decompressing gzip as it goes (several members one after another,
/// as `.warc.gz` files are made), so that no input is ever held whole in memory.
struct ByteStream {
    let path: String
    /// How much a file may decompress to before it is taken for a bomb.
    var maximumOutput: Int64 = 16 << 30
    /// The size of a chunk read from disk.
    var chunkSize = 1 << 20

    /// A failure to read the stream.
    enum Failure: Error, CustomStringConvertible {
        case unreadable(String)
        case corrupt(String)
        case truncated
        case tooLarge(Int64)

        var description: String {
            switch self {
            case .unreadable(let why): return "cannot be read (\(why))"
            case .corrupt(let why): return "not valid gzip (\(why))"
            case .truncated: return "truncated gzip: the file ends mid-stream"
            case .tooLarge(let limit):
                return "decompresses to more than \(limit >> 30) GB; is it a gzip bomb?"
            }
        }
    }

    /// Calls `body` with each chunk of the file's (decompressed) bytes, in order.
    func forEachChunk(_ body: ([UInt8]) throws -> Void) throws {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw Failure.unreadable(
                FileManager.default.fileExists(atPath: path) ? "permission denied" : "no such file")
        }
        defer { try? handle.close() }
        var first = handle.readData(ofLength: chunkSize)
        guard first.count >= 2, first[first.startIndex] == 0x1F, first[first.startIndex + 1] == 0x8B
        else {
            while !first.isEmpty {
                try body([UInt8](first))
                first = handle.readData(ofLength: chunkSize)
            }
            return
        }
        try inflate(first: first, handle: handle, body)
    }

    private func inflate(first: Data, handle: FileHandle, _ body: ([UInt8]) throws -> Void) throws {
        var stream = z_stream()
        guard
            inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { throw Failure.corrupt("zlib would not start") }
        defer { inflateEnd(&stream) }
        var output = [UInt8](repeating: 0, count: chunkSize)
        var produced: Int64 = 0
        var input = [UInt8](first)
        var finished = false
        while !input.isEmpty {
            try input.withUnsafeMutableBufferPointer { source in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                while stream.avail_in > 0 {
                    let status = output.withUnsafeMutableBufferPointer { target -> Int32 in
                        stream.next_out = target.baseAddress
                        stream.avail_out = UInt32(target.count)
                        return CZlib.inflate(&stream, Z_NO_FLUSH)
                    }
                    let count = output.count - Int(stream.avail_out)
                    produced += Int64(count)
                    if produced > maximumOutput { throw Failure.tooLarge(maximumOutput) }
                    if count > 0 { try body(Array(output[..<count])) }
                    switch status {
                    case Z_STREAM_END:
                        // Another gzip member may follow.
                        finished = true
                        if stream.avail_in > 0 {
                            inflateReset(&stream)
                            finished = false
                        }
                    case Z_OK:
                        finished = false
                    case Z_BUF_ERROR:
                        if stream.avail_in == 0 { break }
                    default:
                        throw Failure.corrupt(
                            stream.msg.map { String(cString: $0) } ?? "error \(status)")
                    }
                    if status == Z_BUF_ERROR { break }
                }
            }
            input = [UInt8](handle.readData(ofLength: chunkSize))
            if !input.isEmpty, finished {
                inflateReset(&stream)
                finished = false
            }
        }
        guard finished else { throw Failure.truncated }
    }
}
