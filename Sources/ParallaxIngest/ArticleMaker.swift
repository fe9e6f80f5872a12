import Foundation
import ParallaxCore
import ParallaxHTML

/// Turns what a reader found into a cleaned article.
enum ArticleMaker {
    /// The cleaned article of `document`, its outlet taken from the input, the text's header,
    /// the page or its address, or failing those named `unnamed` (by default the input's file).
    static func article(
        from document: IngestDocument, parser: HTMLParser?, unnamed: String? = nil
    ) -> Result<Article, RejectedInput> {
        let unnamed = unnamed ?? fileName(document.origin)
        switch document.body {
        case .text(let text):
            // A header block (Source:, Title:, …) is read as metadata, not kept as body.
            var article = PlainTextArticle.parse(
                text,
                defaultSource: document.source ?? host(document.url) ?? unnamed,
                title: document.title, readDate: PrintedDates.parse)
            article.source = document.source ?? article.source
            article.url = document.url ?? article.url
            if let published = document.publishedDate { article.publishedDate = published }
            guard !article.cleaned.paragraphs.isEmpty else {
                return .failure(
                    RejectedInput(origin: document.origin, reason: "no article text after cleaning")
                )
            }
            return .success(article)
        case .html(let bytes):
            guard let parser else {
                return .failure(
                    RejectedInput(
                        origin: document.origin, reason: "the HTML parser could not start"))
            }
            do {
                // A feed's content is a fragment: wrap it so it parses as a page.
                let page =
                    bytes.prefix(512).contains(UInt8(ascii: "<"))
                    ? bytes : Array("<p>".utf8) + bytes
                let extracted = try PageExtractor().extract(page, url: document.url, parser: parser)
                let metadata = extracted.metadata
                let source =
                    document.source ?? metadata.siteName
                    ?? host(document.url ?? metadata.canonicalURL) ?? unnamed
                guard
                    let article = Article(
                        page: extracted, source: source, url: document.url, title: document.title,
                        published: document.publishedDate)
                else {
                    return .failure(
                        RejectedInput(
                            origin: document.origin, reason: "the page has no article text"))
                }
                return .success(article)
            } catch {
                return .failure(RejectedInput(origin: document.origin, reason: "\(error)"))
            }
        }
    }

    /// The file an origin names, without its item, record or line: "dump.jsonl".
    static func fileName(_ origin: String) -> String {
        let path = origin.split(separator: " ").first.map(String.init) ?? origin
        let file = URL(fileURLWithPath: path).lastPathComponent
        return file.split(separator: ":").first.map(String.init) ?? file
    }

    static func host(_ url: String?) -> String? {
        url.flatMap { URL(string: $0)?.host }
    }
}
