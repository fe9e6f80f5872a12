import Foundation

/// Reads articles from JSON lines: one object a line, with news-please's field names
/// (`title`, `maintext`, `date_publish`, `authors`, `source_domain`, `url`, `language`) or
/// Parallax's own (`text`, `date`, `source`, plus `title`, `url`).
///
/// Bad lines are rejected with their line number and the rest read on; the file is read in
/// chunks, never whole.
public struct JSONLinesReader: Sendable {
    /// How much a compressed dump may decompress to before it is taken for a bomb.
    public var maximumBytes: Int64
    /// Counts the bytes read, for progress.
    public var meter: ReadMeter?

    public init(maximumBytes: Int64 = 16 << 30, meter: ReadMeter? = nil) {
        self.maximumBytes = maximumBytes
        self.meter = meter
    }

    /// Reads `path`, calling `accept` with each article and `reject` with each bad line.
    ///
    /// - Throws: when the file cannot be opened.
    /// - Complexity: O(*n*) in the size of the file, memory bounded by the longest line.
    public func read(
        path: String, accept: (IngestDocument) throws -> Void, reject: (RejectedInput) -> Void
    ) throws {
        var number = 0
        try LineStream(path: path, maximumBytes: maximumBytes, meter: meter).forEachLine { line in
            number += 1
            let origin = "\(path):\(number)"
            guard !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else { return }
            guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any]
            else {
                reject(RejectedInput(origin: origin, reason: "not a JSON object"))
                return
            }
            guard let document = Self.document(object, origin: origin) else {
                reject(RejectedInput(origin: origin, reason: "no article text (maintext or text)"))
                return
            }
            try accept(document)
        }
    }

    static func document(_ object: [String: Any], origin: String) -> IngestDocument? {
        let text = (object["maintext"] as? String) ?? (object["text"] as? String)
        guard let text, !text.allSatisfy(\.isWhitespace) else { return nil }
        let date = (object["date_publish"] as? String) ?? (object["date"] as? String)
        let authors =
            (object["authors"] as? [String]) ?? (object["author"] as? String).map { [$0] } ?? []
        var document = IngestDocument(
            origin: origin, url: object["url"] as? String, title: object["title"] as? String,
            authors: authors,
            source: (object["source"] as? String) ?? (object["source_domain"] as? String),
            language: object["language"] as? String, body: .text(text))
        document.readPublished(date)
        return document
    }
}

/// Reads a file line by line in chunks, gzip or not, with memory bounded by the longest line.
struct LineStream {
    let path: String
    var maximumBytes: Int64 = 16 << 30
    /// The longest line read; a longer one is cut there.
    var maximumLine = 64 << 20
    var meter: ReadMeter?

    func forEachLine(_ body: ([UInt8]) throws -> Void) throws {
        var pending: [UInt8] = []
        try ByteStream(path: path, maximumOutput: maximumBytes, meter: meter).forEachChunk {
            chunk in
            var start = chunk.startIndex
            while let newline = chunk[start...].firstIndex(of: 0x0A) {
                pending.append(contentsOf: chunk[start..<newline])
                try body(pending)
                pending.removeAll(keepingCapacity: true)
                start = newline + 1
            }
            if pending.count < maximumLine { pending.append(contentsOf: chunk[start...]) }
        }
        if !pending.isEmpty { try body(pending) }
    }
}
