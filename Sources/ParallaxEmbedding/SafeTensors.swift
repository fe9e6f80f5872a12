import Foundation

/// The tensors of a `.safetensors` file: an 8-byte little-endian header length, a JSON header
/// naming each tensor's type, shape and byte range, then the raw bytes.
///
/// Read by hand because the format is this small and no package here reads it. Only 32-bit
/// float tensors are read; others are listed but refused by ``floats(_:)``.
struct SafeTensors {
    /// One tensor's entry in the header.
    struct Entry {
        var dtype: String
        var shape: [Int]
        var range: Range<Int>
    }

    let file: URL
    private let data: Data
    private let base: Int
    private(set) var entries: [String: Entry] = [:]

    /// Reads the header of `file`, mapping the file into memory.
    init(contentsOf file: URL) throws(EmbeddingError) {
        self.file = file
        do {
            data = try Data(contentsOf: file, options: .alwaysMapped)
        } catch {
            throw .unreadable(file, reason: error.localizedDescription)
        }
        guard data.count >= 8 else { throw .malformed(file, reason: "shorter than its header") }
        let length = data.prefix(8).enumerated().reduce(0) {
            $0 | Int($1.element) << (8 * $1.offset)
        }
        guard length > 0, 8 + length <= data.count else {
            throw .malformed(file, reason: "header length \(length) exceeds the file")
        }
        base = 8 + length
        let header = try? JSONSerialization.jsonObject(with: data.subdata(in: 8..<base))
        guard let header = header as? [String: Any] else {
            throw .malformed(file, reason: "header is not a JSON object")
        }
        for (name, value) in header where name != "__metadata__" {
            guard let value = value as? [String: Any],
                let dtype = value["dtype"] as? String,
                let shape = value["shape"] as? [Int],
                let offsets = value["data_offsets"] as? [Int], offsets.count == 2,
                offsets[0] <= offsets[1], base + offsets[1] <= data.count
            else { throw .malformed(file, reason: "bad header entry for \(name)") }
            entries[name] = Entry(dtype: dtype, shape: shape, range: offsets[0]..<offsets[1])
        }
    }

    /// The shape of tensor `name`, or nil if the file has none of that name.
    func shape(of name: String) -> [Int]? {
        entries[name]?.shape
    }

    /// The values of the float tensor `name`, row-major, checked against `shape` when given.
    func floats(_ name: String, shape expected: [Int]? = nil) throws(EmbeddingError) -> [Float] {
        guard let entry = entries[name] else {
            throw .malformed(file, reason: "no tensor named \(name)")
        }
        guard entry.dtype == "F32" else {
            throw .malformed(file, reason: "\(name) is \(entry.dtype), not F32")
        }
        if let expected, expected != entry.shape {
            throw .malformed(
                file, reason: "\(name) has shape \(entry.shape), expected \(expected)")
        }
        let count = entry.shape.reduce(1, *)
        guard entry.range.count == count * MemoryLayout<Float>.size else {
            throw .malformed(file, reason: "\(name) holds \(entry.range.count) bytes")
        }
        let start = base + entry.range.lowerBound
        return data.withUnsafeBytes { raw in
            // The file stores little-endian floats, as every platform Swift runs on does.
            [Float](unsafeUninitializedCapacity: count) { buffer, initialized in
                let bytes = UnsafeMutableRawBufferPointer(buffer)
                bytes.copyMemory(
                    from: UnsafeRawBufferPointer(rebasing: raw[start..<start + entry.range.count]))
                initialized = count
            }
        }
    }
}
