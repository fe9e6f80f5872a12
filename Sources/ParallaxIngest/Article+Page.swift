import Foundation
import ParallaxCore
import ParallaxHTML

extension Article {
    /// The article of an extracted page: its body without captions, cleaned like any text,
    /// with its headings marked and its metadata; `nil` when the page has no body.
    ///
    /// The original text is the extracted body, so the same story served with other page
    /// furniture has the same id. Values given here win over the page's metadata.
    init?(
        page: ExtractedPage, source: String, url: String? = nil, title: String? = nil,
        published: PublishedDate? = nil, cleaner: TextCleaner = TextCleaner()
    ) {
        let body = page.blocks.filter { $0.kind != .caption }
        guard !body.isEmpty else { return nil }
        let text = body.map(\.text).joined(separator: "\n")
        var cleaned = cleaner.clean(text, detectTitle: false)
        let headings = Set(body.filter { $0.kind == .heading }.map(\.text))
        for index in cleaned.paragraphs.indices
        where headings.contains(cleaned.paragraphs[index].text) {
            cleaned.paragraphs[index].isHeading = true
        }
        let metadata = page.metadata
        cleaned.title = title ?? metadata.title
        let published = published ?? metadata.published.flatMap(PlainTextArticle.parsePublished)
        self.init(
            source: source, url: url ?? metadata.canonicalURL, title: cleaned.title,
            published: published?.date, publishedDayOnly: published?.isDayOnly ?? false,
            modified: metadata.modified.flatMap(PlainTextArticle.parseDate), originalText: text,
            cleaned: cleaned)
    }
}
