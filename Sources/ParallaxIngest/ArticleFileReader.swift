import Foundation
import ParallaxCore
import ParallaxHTML

/// Reads articles from plain-text files and standard input, refusing what is not an article's
/// text with an error that names the input and the problem.
public struct ArticleFileReader: Sendable {
    /// The largest input accepted, in bytes. News articles are a few tens of kilobytes; the
    /// limit keeps a stray dump from stalling a run.
    public var maximumBytes: Int
    /// The largest HTML page accepted, in bytes, before or after gzip; extraction reads at
    /// most the first 16 MB of it.
    public var maximumPageBytes: Int
    /// The cleaner applied to every article.
    public var cleaner: TextCleaner

    /// Creates a reader.
    public init(
        maximumBytes: Int = 8 << 20, maximumPageBytes: Int = 64 << 20,
        cleaner: TextCleaner = TextCleaner()
    ) {
        self.maximumBytes = maximumBytes
        self.maximumPageBytes = maximumPageBytes
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
            let limit = Self.isPageName(path) ? maximumPageBytes : maximumBytes
            guard size <= limit else {
                throw ArticleInputError.tooLarge(path, bytes: size, limit: limit)
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

    /// The articles in the file at `path`: every line of JSON lines, every response of a WARC
    /// archive and every item of an RSS, Atom or JSON feed; the one article of any other file or
    /// of standard input, as ``read(path:)`` reads it.
    ///
    /// An item that names no outlet (in its fields, its text's header, its page or its address)
    /// is named after the file and its line or record ("events.jsonl:3"), so that the articles
    /// of one file keep apart.
    ///
    /// - Parameter notice: Told of each item that could not be read, of one read with something
    ///   wrong with it (a date that cannot be read), and of a feed item that gives only a summary.
    /// - Throws: ``ArticleInputError`` when the file cannot be read or holds no article.
    public func articles(path: String, notice: (InputProblem) -> Void) throws -> [Article] {
        guard path != "-", let kind = Self.collectionKind(path) else {
            return [try read(path: path)]
        }
        // The file's items in its order, read or refused, so that every notice comes in order.
        enum Item {
            case read(IngestDocument)
            case refused(InputProblem)
        }
        var items: [Item] = []
        do {
            try InputFiles.read(
                path, accept: { items.append(.read($0)) }, reject: { items.append(.refused($0)) })
        } catch let error as ArticleInputError {
            throw error
        } catch {
            throw ArticleInputError.unreadable(path, reason: "\(error)")
        }
        let documents = items.compactMap { item -> IngestDocument? in
            guard case .read(let document) = item else { return nil }
            return document
        }
        // Cleaned on all cores, one HTML parser to a range of items, as ingest keeps one to a
        // worker (``Ingester``).
        let made = ParallelMap.map(count: documents.count) { range in
            let parser = try? HTMLParser()
            return range.map { index in
                let document = documents[index]
                return ArticleMaker.article(
                    from: document, parser: parser,
                    unnamed: URL(fileURLWithPath: document.origin).lastPathComponent)
            }
        }
        var articles: [Article] = []
        var refused = 0
        var results = made.makeIterator()
        for item in items {
            switch item {
            case .refused(let problem):
                refused += 1
                notice(problem)
            case .read(let document):
                for problem in document.problems {
                    notice(InputProblem(origin: document.origin, reason: problem))
                }
                switch results.next()! {
                case .success(let article):
                    if document.isSummary {
                        notice(
                            InputProblem(
                                origin: document.origin,
                                reason: "the feed gives only a summary; compared as given"))
                    }
                    articles.append(article)
                case .failure(let problem):
                    refused += 1
                    notice(problem)
                }
            }
        }
        guard !articles.isEmpty else {
            throw ArticleInputError.noArticles(path, kind: kind, refused: refused)
        }
        return articles
    }

    /// The kind of the file at `path` when it holds many articles: JSON lines, a WARC archive or
    /// a feed, told by its name or how it starts; nil for any other file, or one that cannot be
    /// opened (``read(path:)`` says why).
    static func collectionKind(_ path: String) -> InputKind? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        var head = (try? handle.read(upToCount: 1024)) ?? Data()
        if Gzip.isCompressed([UInt8](head.prefix(2))) { head = Data() }  // told by its name
        let kind = InputKind(name: path, head: head)
        return [.jsonLines, .archive, .feed].contains(kind) ? kind : nil
    }

    /// Makes an article of raw bytes.
    ///
    /// - Parameters:
    ///   - data: The input's bytes.
    ///   - name: The input's name for error messages.
    ///   - source: The source to use when the text's header names none.
    public func article(from data: Data, name: String, source: String) throws -> Article {
        var data = data
        if Gzip.isCompressed([UInt8](data.prefix(2))) {
            do {
                data = Data(try Gzip.decompress([UInt8](data), limit: maximumPageBytes))
            } catch {
                throw ArticleInputError.unreadable(name, reason: "\(error)")
            }
        }
        if Self.isPageName(name) || Self.looksLikeHTML(data) {
            return try page(from: data, name: name, source: source)
        }
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
        // Header dates are read as pages print them, as ingest reads them.
        let article = PlainTextArticle.parse(
            text, defaultSource: source, cleaner: cleaner, readDate: PrintedDates.parse)
        guard !article.cleaned.paragraphs.isEmpty else {
            throw ArticleInputError.noText(name, removed: article.cleaned.removals.count)
        }
        return article
    }

    static func isPageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return [".html", ".htm", ".html.gz", ".htm.gz", ".xhtml"].contains { lower.hasSuffix($0) }
    }

    static func looksLikeHTML(_ data: Data) -> Bool {
        let prefix = data.prefix(1024)
        // Plain text mostly has no tag at all: spare it the lower-casing.
        guard prefix.contains(UInt8(ascii: "<")) else { return false }
        let head = String(decoding: prefix, as: UTF8.self).lowercased()
        return head.contains("<!doctype html") || head.contains("<html") || head.contains("<head")
            || head.contains("<body")
    }

    /// Makes an article of an HTML page: its extracted body, cleaned like any text, and its
    /// metadata. The article's original text is the extracted body, so that the same story
    /// served with different furniture has the same id.
    func page(from data: Data, name: String, source: String) throws -> Article {
        guard data.count <= maximumPageBytes else {
            throw ArticleInputError.tooLarge(name, bytes: data.count, limit: maximumPageBytes)
        }
        guard !data.isEmpty else { throw ArticleInputError.empty(name) }
        let extracted: ExtractedPage
        do {
            extracted = try PageExtractor().extract([UInt8](data), parser: try HTMLParser())
        } catch {
            throw ArticleInputError.unreadable(name, reason: "\(error)")
        }
        guard
            let article = Article(
                page: extracted, source: extracted.metadata.siteName ?? source, cleaner: cleaner)
        else { throw ArticleInputError.noText(name, removed: 0) }
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
