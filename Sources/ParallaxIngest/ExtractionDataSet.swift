import Foundation

/// A folder laid out like the extraction benchmark: pages in `html/` (`ID.html` or
/// `ID.html.gz`) and `truth.json` beside them, mapping each ID to `{"url", "articleBody"}`.
public struct ExtractionDataSet: Sendable {
    /// A page of the set.
    public struct Page: Sendable {
        public var id: String
        public var url: String?
        public var bytes: [UInt8]
    }

    public var pages: [Page]
    /// The true article body of each page, by ID.
    public var truth: [String: String]

    /// Reads the set in `folder`, pages decompressed into memory.
    ///
    /// - Throws: An error naming the file when the folder, a page or `truth.json` cannot be read.
    public init(folder: String) throws {
        let root = URL(fileURLWithPath: folder)
        let truthURL = root.appendingPathComponent("truth.json")
        let truthData: Data
        do {
            truthData = try Data(contentsOf: truthURL)
        } catch {
            throw ArticleInputError.unreadable(truthURL.path, reason: "no truth.json beside html/")
        }
        guard
            let object = try JSONSerialization.jsonObject(with: truthData)
                as? [String: [String: Any]]
        else {
            throw ArticleInputError.unreadable(truthURL.path, reason: "not a JSON object of pages")
        }
        truth = object.mapValues { ($0["articleBody"] as? String) ?? "" }
        let urls = object.mapValues { $0["url"] as? String }
        let htmlFolder = root.appendingPathComponent("html")
        let names = try FileManager.default.contentsOfDirectory(atPath: htmlFolder.path).sorted()
        pages = try names.compactMap { name -> Page? in
            let id: String
            if name.hasSuffix(".html.gz") {
                id = String(name.dropLast(8))
            } else if name.hasSuffix(".html") {
                id = String(name.dropLast(5))
            } else {
                return nil
            }
            let path = htmlFolder.appendingPathComponent(name).path
            var bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
            if Gzip.isCompressed(bytes) {
                do {
                    bytes = try Gzip.decompress(bytes)
                } catch {
                    throw ArticleInputError.unreadable(path, reason: "\(error)")
                }
            }
            return Page(id: id, url: urls[id] ?? nil, bytes: bytes)
        }
    }
}
