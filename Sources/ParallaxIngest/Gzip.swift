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
            case .tooLarge(let limit):
                return "decompresses to more than \(limit >> 20) MB; is it a gzip bomb?"
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
        let inflater = try Inflater(limit: Int64(limit))
        var output: [UInt8] = []
        try inflater.feed(bytes) { output.append(contentsOf: $0) }
        try inflater.finish()
        return output
    }
}

/// Streaming gzip inflation: one member after another, as `.warc.gz` files are made, with a
/// cap on the output so that a small bomb cannot run for ever or fill memory.
final class Inflater {
    private var stream = z_stream()
    /// Whether the stream stands at the end of a member, where the data may stop.
    private var atMemberEnd = false
    private var produced: Int64 = 0
    private var output = [UInt8](repeating: 0, count: 1 << 18)
    let limit: Int64

    init(limit: Int64) throws {
        self.limit = limit
        // inflateInit2 is a macro; 15 + 16 asks zlib for a gzip header.
        guard
            inflateInit2_(&stream, 15 + 16, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size))
                == Z_OK
        else { throw Gzip.Failure.corrupt("zlib would not start") }
    }

    deinit { inflateEnd(&stream) }

    /// Inflates `input`, calling `body` with each piece of output in order.
    func feed(_ input: [UInt8], _ body: ([UInt8]) throws -> Void) throws {
        guard !input.isEmpty else { return }
        if atMemberEnd {
            inflateReset(&stream)
            atMemberEnd = false
        }
        var input = input
        try input.withUnsafeMutableBufferPointer { source in
            stream.next_in = source.baseAddress
            stream.avail_in = UInt32(source.count)
            while stream.avail_in > 0 || !atMemberEnd {
                let status = output.withUnsafeMutableBufferPointer { target -> Int32 in
                    stream.next_out = target.baseAddress
                    stream.avail_out = UInt32(target.count)
                    return inflate(&stream, Z_NO_FLUSH)
                }
                let count = output.count - Int(stream.avail_out)
                produced += Int64(count)
                if produced > limit {
                    throw Gzip.Failure.tooLarge(limit: Int(min(limit, Int64(Int.max))))
                }
                if count > 0 { try body(Array(output[..<count])) }
                switch status {
                case Z_STREAM_END:
                    atMemberEnd = true
                    // Another member may follow in the same input.
                    if stream.avail_in > 0 {
                        inflateReset(&stream)
                        atMemberEnd = false
                    }
                case Z_OK:
                    if stream.avail_in == 0 && stream.avail_out > 0 { return }
                case Z_BUF_ERROR:
                    return  // needs more input
                default:
                    throw Gzip.Failure.corrupt(
                        stream.msg.map { String(cString: $0) } ?? "error \(status)")
                }
                if atMemberEnd && stream.avail_in == 0 { return }
            }
        }
    }

    /// Ends the stream: it must stop at the end of a member.
    func finish() throws {
        guard atMemberEnd else { throw Gzip.Failure.truncated }
    }
}
