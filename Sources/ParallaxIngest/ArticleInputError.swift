/// An input that cannot be read as an article, naming the input and what to do.
public struct ArticleInputError: Error, Hashable, Sendable, CustomStringConvertible {
    private enum Problem: Hashable, Sendable {
        case unreadable(String)
        case empty
        case tooLarge(bytes: Int, limit: Int)
        case binary(offset: Int)
        case invalidUTF8(offset: Int)
        case noText(removed: Int)
        case noArticles(kind: InputKind, refused: Int)
    }

    /// The file or input the problem is in.
    public let input: String
    private let problem: Problem

    private init(_ input: String, _ problem: Problem) {
        self.input = input
        self.problem = problem
    }

    /// The input could not be opened or read.
    public static func unreadable(_ input: String, reason: String) -> Self {
        Self(input, .unreadable(reason))
    }
    /// The input holds nothing but whitespace.
    public static func empty(_ input: String) -> Self { Self(input, .empty) }
    /// The input is larger than an article can be.
    public static func tooLarge(_ input: String, bytes: Int, limit: Int) -> Self {
        Self(input, .tooLarge(bytes: bytes, limit: limit))
    }
    /// The input is binary data, not text.
    public static func binary(_ input: String, offset: Int) -> Self {
        Self(input, .binary(offset: offset))
    }
    /// The input is not valid UTF-8.
    public static func invalidUTF8(_ input: String, offset: Int) -> Self {
        Self(input, .invalidUTF8(offset: offset))
    }
    /// Cleaning left no article text.
    public static func noText(_ input: String, removed: Int) -> Self {
        Self(input, .noText(removed: removed))
    }

    /// A file of many articles (JSON lines, an archive, a feed) holds none that could be read.
    public static func noArticles(_ input: String, kind: InputKind, refused: Int) -> Self {
        Self(input, .noArticles(kind: kind, refused: refused))
    }

    public var description: String {
        switch problem {
        case .unreadable(let reason):
            return "\(input): cannot be read (\(reason)); check the path and its permissions"
        case .empty:
            return "\(input): is empty; give a file that holds an article's text"
        case .tooLarge(let bytes, let limit):
            return
                "\(input): is \(Self.size(bytes)), more than the \(Self.size(limit)) an article may be; "
                + "split it, or raise the limit with --max-bytes"
        case .binary(let offset):
            return
                "\(input): looks like binary data, not text (a NUL byte at offset \(offset)); give a UTF-8 text file"
        case .invalidUTF8(let offset):
            return
                "\(input): is not valid UTF-8 (bad byte at offset \(offset)); convert it first, "
                + "e.g. iconv -f WINDOWS-1252 -t UTF-8"
        case .noText(let removed):
            return
                "\(input): has no article text left after cleaning (\(removed) lines removed as page furniture)"
        case .noArticles(let kind, let refused):
            let what =
                switch kind {
                case .jsonLines: "JSON lines with a text or maintext field"
                case .archive: "a WARC archive of HTML responses"
                default: "a feed whose items carry text"
                }
            return
                "\(input): holds no article that could be read (\(refused) items refused, as above); "
                + "give \(what)"
        }
    }

    private static func size(_ bytes: Int) -> String {
        if bytes >= 1 << 20 { return "\(bytes >> 20) MB" }
        if bytes >= 1 << 10 { return "\(bytes >> 10) KB" }
        return "\(bytes) bytes"
    }
}
