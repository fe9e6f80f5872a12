import Foundation
import Logging
import Synchronization

/// A swift-log handler writing one JSON object a line to standard error: time, level, label,
/// message and metadata, for log collectors to read without parsing prose.
public struct JSONLogHandler: LogHandler {
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level = .info
    private let label: String
    private static let output = Mutex(())

    public init(label: String) {
        self.label = label
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        var fields: [(String, String)] = [
            ("time", Date().formatted(Date.ISO8601FormatStyle(includingFractionalSeconds: true))),
            ("level", event.level.rawValue), ("label", label), ("message", "\(event.message)"),
        ]
        let extra = metadata.merging(event.metadata ?? [:], uniquingKeysWith: { $1 })
        for key in extra.keys.sorted() { fields.append((key, "\(extra[key]!)")) }
        // Written by hand rather than with JSONEncoder, which cost a third of a request's time
        // when every request is logged.
        var line = "{"
        for (index, (key, value)) in fields.enumerated() {
            if index > 0 { line += "," }
            Self.append(key, to: &line)
            line += ":"
            Self.append(value, to: &line)
        }
        line += "}\n"
        let data = Data(line.utf8)
        Self.output.withLock { _ in FileHandle.standardError.write(data) }
    }

    /// Appends `text` as a JSON string: quoted, with quotes, backslashes and control
    /// characters escaped.
    static func append(_ text: String, to line: inout String) {
        line += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": line += "\\\""
            case "\\": line += "\\\\"
            case "\n": line += "\\n"
            case "\r": line += "\\r"
            case "\t": line += "\\t"
            case _ where scalar.value < 0x20:
                line +=
                    "\\u" + String(repeating: "0", count: 4 - String(scalar.value, radix: 16).count)
                    + String(scalar.value, radix: 16)
            default: line.unicodeScalars.append(scalar)
            }
        }
        line += "\""
    }
}
