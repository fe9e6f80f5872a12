import CMyHTML
import Foundation

/// The character encoding of a page, and how it was decided.
public struct HTMLEncoding: Hashable, Sendable, CustomStringConvertible {
    let value: myencoding_t
    /// Where the encoding came from: "bom", "http", "meta", "utf-8 check", "fallback".
    public let source: String

    /// The encoding's WHATWG name, such as "windows-1251".
    public var name: String? {
        myencoding_name_by_id(value, nil).map { String(cString: $0) }
    }

    public var description: String { "\(name ?? "unknown") (\(source))" }

    /// UTF-8, the default of the web.
    public static let utf8 = HTMLEncoding(value: MyENCODING_UTF_8, source: "default")

    /// Decides a page's encoding: its byte-order mark, then the HTTP header's charset, then
    /// the `<meta>` declaration, checked against the bytes: a page declared UTF-8 that is not
    /// valid UTF-8 is read as Windows-1252, and one declared in a single-byte charset whose
    /// bytes are valid, non-ASCII UTF-8 is read as UTF-8, since that declaration lies.
    ///
    /// - Parameters:
    ///   - bytes: The page.
    ///   - httpCharset: The charset of the HTTP `Content-Type` header, when known.
    public static func detect(_ bytes: [UInt8], httpCharset: String? = nil) -> HTMLEncoding {
        var found = MyENCODING_DEFAULT
        let bomFound = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(1, buffer.count)) {
                myencoding_detect_bom($0, min(buffer.count, 4), &found)
            }
        }
        if !bytes.isEmpty, bomFound { return HTMLEncoding(value: found, source: "bom") }
        var declared: HTMLEncoding?
        if let httpCharset, let encoding = named(httpCharset) {
            declared = HTMLEncoding(value: encoding, source: "http")
        } else {
            let head = Array(bytes.prefix(4096))
            let encoding = head.withUnsafeBufferPointer { buffer -> myencoding_t in
                guard let base = buffer.baseAddress else { return MyENCODING_NOT_DETERMINED }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    myencoding_prescan_stream_to_determine_encoding($0, buffer.count)
                }
            }
            if encoding != MyENCODING_NOT_DETERMINED {
                declared = HTMLEncoding(value: encoding, source: "meta")
            }
        }
        let validUTF8 = String(validating: bytes, as: UTF8.self) != nil
        let hasMultibyte = bytes.contains { $0 >= 0x80 }
        guard let declared else {
            return validUTF8
                ? HTMLEncoding(value: MyENCODING_UTF_8, source: "utf-8 check")
                : HTMLEncoding(value: MyENCODING_WINDOWS_1252, source: "fallback")
        }
        if declared.value == MyENCODING_UTF_8, !validUTF8 {
            return HTMLEncoding(value: MyENCODING_WINDOWS_1252, source: "fallback")
        }
        if declared.value != MyENCODING_UTF_8, validUTF8, hasMultibyte,
            singleByte.contains(declared.value.rawValue)
        {
            return HTMLEncoding(value: MyENCODING_UTF_8, source: "utf-8 check")
        }
        return declared
    }

    /// The encoding with a WHATWG name or label, such as "windows-1251" or "koi8-r".
    public static func named(_ name: String) -> myencoding_t? {
        var encoding = MyENCODING_DEFAULT
        let trimmed = Array(name.trimmingCharacters(in: [" ", "\"", "'"]).lowercased().utf8)
        let found = trimmed.withUnsafeBufferPointer { buffer -> Bool in
            guard let base = buffer.baseAddress else { return false }
            return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                myencoding_by_name($0, buffer.count, &encoding)
            }
        }
        return found ? encoding : nil
    }

    /// Single-byte encodings, whose declaration valid multi-byte UTF-8 contradicts.
    private static let singleByte: Set<UInt32> = [
        MyENCODING_WINDOWS_1252, MyENCODING_WINDOWS_1251, MyENCODING_KOI8_R, MyENCODING_ISO_8859_2,
        MyENCODING_ISO_8859_5, MyENCODING_ISO_8859_15, MyENCODING_WINDOWS_1250, MyENCODING_KOI8_U,
        MyENCODING_IBM866, MyENCODING_MACINTOSH,
    ].map(\.rawValue).reduce(into: []) { $0.insert($1) }
}
