import Foundation
import ParallaxCore

/// Turns an HTML page into its article body and metadata.
///
/// ```swift
/// let page = try PageExtractor().extract(bytes, url: "https://example.com/a", parser: HTMLParser())
/// page.metadata.title; page.text
/// ```
public struct PageExtractor: Sendable {
    /// The largest page read; the rest of a larger one is ignored.
    public var maximumBytes = 16 << 20
    /// The content extractor.
    public var content = ContentExtractor()

    public init() {}

    /// Extracts a page.
    ///
    /// - Parameters:
    ///   - bytes: The page as fetched.
    ///   - url: Its address, when known, for dates written in it.
    ///   - httpCharset: The charset of the HTTP `Content-Type` header, when known.
    ///   - parser: The parser to use; one per thread.
    /// - Throws: ``HTMLError`` when the input is not an HTML page.
    public func extract(
        _ bytes: [UInt8], url: String? = nil, httpCharset: String? = nil, parser: HTMLParser
    ) throws -> ExtractedPage {
        let head = bytes.prefix(2048)
        if head.contains(0) { throw HTMLError.notHTML("binary data: a NUL byte near the start") }
        guard bytes.prefix(65536).contains(UInt8(ascii: "<")) else {
            throw HTMLError.notHTML("no markup in the first 64 KB")
        }
        let page = bytes.count > maximumBytes ? Array(bytes.prefix(maximumBytes)) : bytes
        let encoding = HTMLEncoding.detect(page, httpCharset: httpCharset)
        let tree = parser.parse(page, encoding: encoding)
        let linked = LinkedData(tree)
        var result = ExtractedPage()
        result.metadata = MetadataExtractor(tree: tree, linked: linked, url: url).metadata()
        result.blocks = content.extract(tree, candidates: &result.candidates)
        if let body = linked.articleBody, Self.trusts(body, against: result.blocks) {
            result.blocks = body.lineSlices()
                .map { HTMLText.collapse(String($0)) }.filter { !$0.isEmpty }
                .map { ExtractedPage.Block(kind: .paragraph, text: $0) }
            result.bodySource = "json-ld"
        }
        return result
    }

    /// Whether a page's JSON-LD `articleBody` is the article: longer than what the markup gave
    /// but not suspiciously so, and made of the same sentences.
    static func trusts(_ body: String, against blocks: [ExtractedPage.Block]) -> Bool {
        let domText = blocks.map(\.text).joined(separator: " ")
        let bodyLength = body.utf8.count
        let domLength = domText.utf8.count
        guard bodyLength >= 200 else { return false }
        // A body of escaped markup is HTML, not text: the markup's own text is better.
        if body.contains("&lt;") || body.contains("<p") || body.contains("<div") { return false }
        if ProcessInfo.processInfo.environment["PX_NOLD"] != nil { return false }
        if domLength < 200 { return true }
        return Double(bodyLength) >= Double(domLength) * 0.9
            && Double(bodyLength) <= Double(domLength) * 1.6
    }
}
