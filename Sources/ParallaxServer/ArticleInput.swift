import Foundation
import ParallaxCore
import ParallaxIngest

/// One article a client sends to `POST /api/v1/compare` or `POST /api/v1/ingest`.
///
/// The text is plain, a paragraph a line, as a scraper leaves it; it is cleaned here as any
/// other input is.
struct ArticleInput: Sendable, Decodable {
    var source: String
    var text: String
    var title: String?
    var url: String?
    /// ISO 8601 or a date alone (2026-03-14).
    var published: String?

    /// The body of a request: `{"articles": [...]}`.
    struct Batch: Sendable, Decodable {
        var articles: [ArticleInput]
    }

    /// `published` read as a date; nil when absent or unreadable (``validate`` refuses those).
    var publishedDate: PublishedDate? { published.flatMap(PlainTextArticle.parsePublished) }

    /// The article, cleaned.
    var article: Article {
        Article(
            plainText: text, source: source, url: url, title: title, published: publishedDate?.date,
            publishedDayOnly: publishedDate?.isDayOnly ?? false)
    }

    /// The article as ingestion reads it.
    func document(origin: String) -> IngestDocument {
        IngestDocument(
            origin: origin, url: url, title: title, published: publishedDate, source: source,
            body: .text(text))
    }

    /// Checks a batch: `count` articles, each with a source and a text, and readable dates.
    static func validate(_ articles: [ArticleInput], least: Int, most: Int) throws {
        guard articles.count >= least else {
            throw ServerError.badRequest(
                "\"articles\" holds \(articles.count); send at least \(least)")
        }
        guard articles.count <= most else {
            throw ServerError.badRequest(
                "\"articles\" holds \(articles.count); send at most \(most) a request")
        }
        for (index, article) in articles.enumerated() {
            let name = "article \(index + 1)"
            if article.source.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ServerError.badRequest("\(name): \"source\" is empty; name the outlet")
            }
            if article.text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                throw ServerError.badRequest("\(name): \"text\" is empty; send the article's text")
            }
            if let published = article.published, article.publishedDate == nil {
                throw ServerError.badRequest(
                    "\(name): \"published\" \(published) is not a date; write it in ISO 8601")
            }
        }
    }
}
