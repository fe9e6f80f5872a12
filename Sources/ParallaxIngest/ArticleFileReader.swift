import Foundation
import ParallaxCore

/// Reads articles from plain-text files and standard input, refusing what is not an article's
/// text with an error that names the input and the problem.
public struct ArticleFileReader: Sendable {
    /// The largest input accepted, in bytes. News articles are a few tens of kilobytes; the
    /// limit keeps a stray dump from stalling a run.
    public var maximumBytes: Int
    /// The cleaner applied to every article.
    public var cleaner: TextCleaner

    /// Creates a reader.
    public init(maximumBytes: Int = 8 << 20, cleaner: TextCleaner = TextCleaner()) {
        self.maximumBytes = maximumBytes
        self.cleaner = cleaner
    }

    /// Reads the article in the file at `path`; `-` reads standard input.
    ///
    /// - Throws: ``ArticleInputError`` when the file cannot be read or holds no article text.
    public func read(path: String) throws -> Article {
        let data: Data
        if path == "-" {
            data = FileHandle.standardInput.readDataToEndOfFile()
        } else {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                throw ArticleInputError.unreadable(path, reason: "no such file")
            }
            guard !isFolder.boolValue else {
                throw ArticleInputError.unreadable(path, reason: "it is a folder")
            }
            let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
            guard size <= maximumBytes else {
                throw ArticleInputError.tooLarge(path, bytes: size, limit: maximumBytes)
            }
            do {
                data = try Data(contentsOf: URL(fileURLWithPath: path))
            } catch {
                throw ArticleInputError.unreadable(path, reason: error.localizedDescription)
            }
        }
        let name = path == "-" ? "stdin" : URL(fileURLWithPath: path).lastPathComponent
        return try article(from: data, name: path == "-" ? "stdin" : path, source: name)
    }

    /// Makes an article of raw bytes.
    ///
    /// - Parameters:
    ///   - data: The input's bytes.
    ///   - name: The input's name for error messages.
    ///   - source: The source to use when the text's header names none.
    public func article(from data: Data, name: String, source: String) throws -> Article {
        guard data.count <= maximumBytes else {
            throw ArticleInputError.tooLarge(name, bytes: data.count, limit: maximumBytes)
        }
        if let nul = data.firstIndex(of: 0) {
            throw ArticleInputError.binary(name, offset: nul - data.startIndex)
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw ArticleInputError.invalidUTF8(name, offset: Self.firstInvalidUTF8(bytes))
        }
        guard text.contains(where: { !$0.isWhitespace }) else {
            throw ArticleInputError.empty(name)
        }
        let head = text.prefix(512).lowercased()
        if head.contains("<!doctype html") || head.contains("<html") {
            throw ArticleInputError.html(name)
        }
        let article = PlainTextArticle.parse(text, defaultSource: source, cleaner: cleaner)
        guard !article.cleaned.paragraphs.isEmpty else {
            throw ArticleInputError.noText(name, removed: article.cleaned.removals.count)
        }
        return article
    }

    /// The offset of the first byte that breaks UTF-8.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int {
        var iterator = bytes.makeIterator()
        var decoder = UTF8()
        var offset = 0
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): offset += UTF8.width(scalar)
            case .emptyInput: return offset
            case .error: return offset
            }
        }
    }
}
