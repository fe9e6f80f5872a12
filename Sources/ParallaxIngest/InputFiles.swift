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
        _ path: String, meter: ReadMeter? = nil, accept: (IngestDocument) throws -> Void,
        reject: (RejectedInput) -> Void
    ) throws {
        let lower = path.lowercased()
        let base = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
        if base.hasSuffix(".jsonl") || base.hasSuffix(".ndjson") {
            try JSONLinesReader(meter: meter).read(path: path, accept: accept, reject: reject)
        } else if base.hasSuffix(".warc") {
            try WARCReader(meter: meter).read(path: path, accept: accept, reject: reject)
        } else {
            let bytes = try PageFileReader().read(path)
            meter?.add(
                (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0)
            try documents(in: bytes, name: path, accept: accept, reject: reject)
        }
    }

    /// Reads the documents of one whole input, a file's or an answer's bytes, by its name or,
    /// failing that, its start: a feed, a subscription list, an HTML page or plain text.
    static func documents(
        in bytes: [UInt8], name: String, accept: (IngestDocument) throws -> Void,
        reject: (RejectedInput) -> Void
    ) throws {
        switch InputKind(name: name, head: bytes.prefix(1024)) {
        case .subscriptions:
            let feeds = try OPMLReader().subscriptions(bytes)
            reject(
                RejectedInput(
                    origin: name,
                    reason:
                        "a subscription list of \(feeds.count) feeds: fetch them with parallax watch or parallax ingest"
                ))
        case .feed:
            for document in try FeedReader().documents(bytes, origin: name) {
                try accept(document)
            }
        case .page:
            try accept(IngestDocument(origin: name, body: .html(bytes)))
        case .jsonLines, .archive:
            reject(
                RejectedInput(
                    origin: name,
                    reason:
                        "JSON lines and WARC archives are read from files: save it, then ingest the file"
                ))
        case .text:
            if let nul = bytes.firstIndex(of: 0) {
                throw ArticleInputError.binary(name, offset: nul)
            }
            guard let text = String(validating: bytes, as: UTF8.self) else {
                throw ArticleInputError.invalidUTF8(
                    name, offset: ArticleFileReader.firstInvalidUTF8(bytes))
            }
            // Only the header here: the article is cleaned once, when it is made, and finds its
            // own headline there (a headline taken here was kept in the body as well).
            let header = PlainTextArticle.header(text)
            var document = IngestDocument(
                origin: name, url: header["url"], title: header["title"],
                source: header["source"] ?? header["outlet"]
                    ?? URL(fileURLWithPath: name).lastPathComponent,
                body: .text(text))
            document.readPublished(header["published"] ?? header["date"])
            try accept(document)
        }
    }
}

/// What an input holds, told by its name or, failing that, by how it starts.
public enum InputKind: Sendable, Hashable {
    /// JSON lines.
    case jsonLines
    /// A WARC archive.
    case archive
    /// An OPML subscription list.
    case subscriptions
    /// An RSS, Atom or JSON feed.
    case feed
    /// An HTML page.
    case page
    /// Plain text.
    case text

    /// The kind of the input called `name` (a path or an address) that starts with `head`.
    public init(name: String, head: some Collection<UInt8>) {
        var lower = name.lowercased()
        if let query = lower.firstIndex(where: { $0 == "?" || $0 == "#" }),
            lower.contains("://")
        {
            lower = String(lower[..<query])
        }
        let base = lower.hasSuffix(".gz") ? String(lower.dropLast(3)) : lower
        let start = String(decoding: head.prefix(1024), as: UTF8.self).lowercased()
        let leading = start.drop { $0.isWhitespace || $0 == "\u{FEFF}" }
        if base.hasSuffix(".jsonl") || base.hasSuffix(".ndjson") {
            self = .jsonLines
        } else if base.hasSuffix(".warc") || leading.hasPrefix("warc/") {
            self = .archive
        } else if base.hasSuffix(".opml") || start.contains("<opml") {
            self = .subscriptions
        } else if start.contains("<rss") || start.contains("<feed") || start.contains("<rdf:rdf")
            || (leading.hasPrefix("{") && start.contains("jsonfeed"))
            // A file named as a feed is read as one, so that a page posing as a feed is refused.
            || ["xml", "rss", "atom", "rdf"].contains(where: { base.hasSuffix(".\($0)") })
        {
            self = .feed
        } else if start.contains("<html") || start.contains("<!doctype html")
            || start.contains("<body") || start.contains("<head")
        {
            self = .page
        } else if base.hasSuffix(".html") || base.hasSuffix(".htm") || base.hasSuffix(".xhtml") {
            self = .page
        } else {
            self = .text
        }
    }
}
