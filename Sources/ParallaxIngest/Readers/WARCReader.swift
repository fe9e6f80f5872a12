import Foundation
import ParallaxHTML

/// Reads the pages of WARC 1.0 and 1.1 archives, plain or `.warc.gz`, in the shape of Common
/// Crawl's CC-NEWS: `response` records holding an HTTP response with an HTML body.
///
/// The archive streams through in chunks, one record at a time in memory; a truncated or
/// malformed record is rejected and reading goes on where it can.
public struct WARCReader: Sendable {
    /// The largest record kept; larger ones are skipped with a rejection.
    public var maximumRecord = 32 << 20
    /// How much a compressed archive may decompress to before it is taken for a bomb.
    public var maximumBytes: Int64
    /// Counts the bytes read, for progress.
    public var meter: ReadMeter?

    public init(maximumBytes: Int64 = 1 << 40, meter: ReadMeter? = nil) {
        self.maximumBytes = maximumBytes
        self.meter = meter
    }

    /// Reads `path`, calling `accept` with each HTML page and `reject` with each bad record.
    public func read(
        path: String, accept: (IngestDocument) throws -> Void, reject: (RejectedInput) -> Void
    ) throws {
        var buffer: [UInt8] = []
        var offset = 0
        var number = 0
        func consume(final: Bool) throws {
            while true {
                guard
                    let headerEnd = Bytes.firstIndex(
                        of: [0x0D, 0x0A, 0x0D, 0x0A], in: buffer, from: offset)
                else {
                    if final, buffer[offset...].contains(where: { $0 > 0x20 }) {
                        reject(
                            RejectedInput(
                                origin: "\(path) record \(number + 1)",
                                reason: "truncated WARC header"))
                    }
                    return
                }
                let header = String(decoding: buffer[offset..<headerEnd], as: UTF8.self)
                guard header.hasPrefix("WARC/") else {
                    // Not at a record: skip to the next one, if any.
                    guard
                        let next = Bytes.firstIndex(
                            of: Array("WARC/".utf8), in: buffer, from: offset + 1)
                    else {
                        if final { return }
                        offset = max(offset, buffer.count - 8)
                        return
                    }
                    reject(
                        RejectedInput(
                            origin: "\(path) record \(number + 1)",
                            reason: "bytes between records skipped"))
                    offset = next
                    continue
                }
                let fields = Self.fields(header)
                guard let length = fields["content-length"].flatMap({ Int($0) }), length >= 0 else {
                    number += 1
                    reject(
                        RejectedInput(
                            origin: "\(path) record \(number)", reason: "no Content-Length"))
                    offset = headerEnd + 4
                    continue
                }
                let blockStart = headerEnd + 4
                guard buffer.count >= blockStart + length else {
                    if final {
                        number += 1
                        reject(
                            RejectedInput(
                                origin: "\(path) record \(number)",
                                reason:
                                    "truncated record: \(length) bytes announced, \(buffer.count - blockStart) present"
                            ))
                        offset = buffer.count
                    }
                    return
                }
                number += 1
                let origin = "\(path) record \(number)"
                if length > maximumRecord {
                    reject(
                        RejectedInput(
                            origin: origin, reason: "record of \(length >> 20) MB is over the limit"
                        ))
                } else if fields["warc-type"] == "response" {
                    if let document = Self.page(
                        Array(buffer[blockStart..<(blockStart + length)]), fields: fields,
                        origin: origin)
                    {
                        try accept(document)
                    }
                }
                offset = blockStart + length
                while offset < buffer.count, buffer[offset] == 0x0D || buffer[offset] == 0x0A {
                    offset += 1
                }
            }
        }
        try ByteStream(path: path, maximumOutput: maximumBytes, meter: meter).forEachChunk {
            chunk in
            buffer.append(contentsOf: chunk)
            try consume(final: false)
            // Drop what has been read, so memory stays flat in the archive's size.
            if offset > 0 {
                buffer.removeFirst(min(offset, buffer.count))
                offset = 0
            }
        }
        try consume(final: true)
    }

    /// The HTML page in a response record's HTTP message, if it is one.
    static func page(_ block: [UInt8], fields warc: [String: String], origin: String)
        -> IngestDocument?
    {
        guard let headerEnd = Bytes.firstIndex(of: [0x0D, 0x0A, 0x0D, 0x0A], in: block) else {
            return nil
        }
        let http = fields(String(decoding: block[..<headerEnd], as: UTF8.self))
        let type = http["content-type"]?.lowercased() ?? ""
        guard type.isEmpty || type.contains("html") else { return nil }
        var body = Array(block[(headerEnd + 4)...])
        if http["content-encoding"]?.lowercased() == "gzip",
            let inflated = try? Gzip.decompress(body)
        {
            body = inflated
        }
        let date = warc["warc-date"].flatMap(FeedDates.parse)
        return IngestDocument(
            origin: origin, url: warc["warc-target-uri"], published: date, body: .html(body))
    }

    /// Header fields, names in lower case; the first line (the version or status) is skipped.
    static func fields(_ header: String) -> [String: String] {
        var result: [String: String] = [:]
        for line in header.split(separator: "\r\n").dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            result[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return result
    }
}
