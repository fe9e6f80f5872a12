import CZlib

/// Gzip decompression with a cap on the output, so that a small bomb cannot fill memory.
public enum Gzip {
    /// A failure to decompress.
    public enum Failure: Error, Hashable, Sendable, CustomStringConvertible {
        /// The data is not gzip or is corrupt.
        case corrupt(String)
        /// The data ends before the compressed stream does.
        case truncated
        /// The output would pass the limit.
        case tooLarge(limit: Int)

        public var description: String {
            switch self {
            case .corrupt(let why): return "not valid gzip (\(why))"
            case .truncated: return "truncated gzip: the data ends mid-stream"
            case .tooLarge(let limit): return "decompresses to more than \(limit >> 20) MB"
            }
        }
    }

    /// Compresses `bytes` as one gzip member.
    public static func compress(_ bytes: [UInt8]) throws -> [UInt8] {
        var stream = z_stream()
        guard
            deflateInit2_(
                &stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
                ZLIB_VERSION,
                Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { throw Failure.corrupt("zlib would not start") }
        defer { deflateEnd(&stream) }
        var output = [UInt8](
            repeating: 0, count: Int(deflateBound(&stream, UInt(bytes.count))) + 32)
        var input = bytes
        let status = input.withUnsafeMutableBufferPointer { source in
            output.withUnsafeMutableBufferPointer { target in
                stream.next_in = source.baseAddress
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                return deflate(&stream, Z_FINISH)
            }
        }
        guard status == Z_STREAM_END else { throw Failure.corrupt("deflate failed (\(status))") }
        return Array(output.prefix(Int(stream.total_out)))
    }

    /// Whether `bytes` start like gzip.
    public static func isCompressed(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B
    }

    /// Decompresses gzip `bytes`, at most `limit` bytes of output.
    ///
    /// - Throws: ``Failure``.
    /// - Complexity: O(*n*) in the output.
    public static func decompress(_ bytes: [UInt8], limit: Int = 64 << 20) throws -> [UInt8] {
        var stream = z_stream()
        // inflateInit2 is a macro; 15 + 16 asks zlib for a gzip header.
        guard
            inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { throw Failure.corrupt("zlib would not start") }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var input = bytes
        return try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while true {
                let status = chunk.withUnsafeMutableBufferPointer { buffer -> Int32 in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(buffer.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let produced = chunk.count - Int(stream.avail_out)
                output.append(contentsOf: chunk[..<produced])
                if output.count > limit { throw Failure.tooLarge(limit: limit) }
                switch status {
                case Z_STREAM_END: return output
                case Z_OK: continue
                case Z_BUF_ERROR:
                    if stream.avail_in == 0 { throw Failure.truncated }
                    continue
                default:
                    let message = stream.msg.map { String(cString: $0) } ?? "error \(status)"
                    throw Failure.corrupt(message)
                }
            }
        }
    }
}
