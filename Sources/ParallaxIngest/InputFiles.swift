import Foundation
import ParallaxCore

/// Finds the inputs in paths and reads each with the reader for its kind.
enum InputFiles {
    /// Files named by `paths`, folders expanded recursively in name order.
    static func expand(_ paths: [String]) throws -> [String] {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                files.append(path)  // reported as unreadable when read
                continue
            }
            guard isFolder.boolValue else {
                files.append(path)
                continue
            }
            let enumerator = FileManager.default.enumerator(atPath: path)
            var found: [String] = []
            while let name = enumerator?.nextObject() as? String {
                let full = URL(fileURLWithPath: path).appendingPathComponent(name).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory),
                    !isDirectory.boolValue, isArticleFile(name)
                {
                    found.append(full)
                }
            }
            files += found.sorted()
        }
        return files
    }

    /// The kinds of file a folder is searched for; a file named outright is read whatever it is.
    static let extensions: Set<String> = [
        "txt", "text", "html", "htm", "xhtml", "jsonl", "ndjson", "warc", "xml", "rss", "atom",
        "rdf",
        "json", "opml",
    ]

    static func isArticleFile(_ path: String) -> Bool {
        let name = URL(fileURLWithPath: path).lastPathComponent.lowercased()
        guard !name.hasPrefix(".") else { return false }
        let base = name.hasSuffix(".gz") ? String(name.dropLast(3)) : name
        return extensions.contains(URL(fileURLWithPath: base).pathExtension)
    }

    /// Reads one input file by its kind, named by its extension or, failing that, its start.
    static func read(
        _ path: String, accept: (IngestDocument) throws -> Void, reject: (RejectedInput) -> Void
    ) throws {
        let lower = path.lowercased()
        let base = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
        if base.hasSuffix(".jsonl") || base.hasSuffix(".ndjson") {
            try JSONLinesReader().read(path: path, accept: accept, reject: reject)
        } else if base.hasSuffix(".warc") {
            try WARCReader().read(path: path, accept: accept, reject: reject)
        } else {
            let bytes = try PageFileReader().read(path)
            let head = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
            if base.hasSuffix(".opml") || head.contains("<opml") {
                let feeds = try OPMLReader().subscriptions(bytes)
                reject(
                    RejectedInput(
                        origin: path,
                        reason:
                            "a subscription list of \(feeds.count) feeds: fetch them with parallax watch"
                    ))
            } else if ["xml", "rss", "atom", "rdf"].contains(where: { base.hasSuffix(".\($0)") })
                || head.contains("<rss") || head.contains("<feed") || head.contains("<rdf:rdf")
                || (base.hasSuffix(".json") && head.contains("jsonfeed"))
            {
                for document in try FeedReader().documents(bytes, origin: path) {
                    try accept(document)
                }
            } else if base.hasSuffix(".html") || base.hasSuffix(".htm") || head.contains("<html")
                || head.contains("<!doctype html")
            {
                try accept(IngestDocument(origin: path, body: .html(bytes)))
            } else {
                if let nul = bytes.firstIndex(of: 0) {
                    throw ArticleInputError.binary(path, offset: nul)
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw ArticleInputError.invalidUTF8(
                        path, offset: ArticleFileReader.firstInvalidUTF8(bytes))
                }
                let article = PlainTextArticle.parse(
                    text, defaultSource: URL(fileURLWithPath: path).lastPathComponent)
                try accept(
                    IngestDocument(
                        origin: path, url: article.url, title: article.title,
                        published: article.published,
                        source: article.source, body: .text(article.originalText)))
            }
        }
    }
}
