import Foundation

/// An article split into analysed sentences, with its quotations.
public struct ArticleAnalysis: Sendable {
    /// The article.
    public var article: Article
    /// Its 1-based number in the comparison.
    public var number: Int
    /// Its sentences, in order: the headline first, as sentence 0 (``AnalyzedSentence/isHeadline``),
    /// then the body's, subheadings included and marked.
    public var sentences: [AnalyzedSentence]
    /// Who it quotes saying what.
    public var quotes: [Quote]
}

/// Splits an article into sentences and finds names, dates, numbers and quotations in them.
public enum ArticleAnalyzer {
    /// Analyses `article` as source number `number`.
    ///
    /// - Complexity: O(*n*) in the length of the article.
    public static func analyze(_ article: Article, number: Int) -> ArticleAnalysis {
        var sentences: [AnalyzedSentence] = []
        func analyzed(_ text: String, index: Int, paragraph: Int, isHeading: Bool)
            -> AnalyzedSentence
        {
            let matchText = Typography.unify(text)
            let tokens = Tokenizer.tokens(matchText)
            let tokenTerms = tokens.map(Terms.term(for:))
            return AnalyzedSentence(
                ref: SentenceRef(source: number, index: index), text: text,
                matchText: matchText, paragraph: paragraph, isHeading: isHeading,
                tokens: tokens, terms: Terms.content(of: tokens, tokenTerms: tokenTerms),
                tokenTerms: tokenTerms, entities: [],
                dates: DateExtractor.dates(in: matchText, reference: article.published),
                quantities: QuantityExtractor.quantities(in: matchText))
        }
        for (paragraphIndex, paragraph) in article.cleaned.paragraphs.enumerated() {
            let texts =
                paragraph.isHeading ? [paragraph.text] : SentenceSplitter.sentences(paragraph.text)
            for text in texts {
                sentences.append(
                    analyzed(
                        text, index: sentences.count + 1, paragraph: paragraphIndex,
                        isHeading: paragraph.isHeading))
            }
        }
        // Names seen with a title or in full make later bare surnames people too, and names
        // seen as places ("in Key Biscayne, Fla.") make later bare mentions places. The body
        // is read on its own, as if it had no headline.
        var people: Set<String> = []
        var places: Set<String> = []
        var untitledPeople: Set<String> = []
        for pass in 0..<2 {
            if pass == 1 {
                // "the getaway to Key Biscayne" made "Biscayne" a surname before "in Key
                // Biscayne, Fla." was known to be a place.
                for name in untitledPeople where places.contains(name) {
                    people.remove(String(name.split(separator: " ").last ?? ""))
                }
            }
            for index in sentences.indices {
                let entities = EntityRecognizer.entities(
                    in: sentences[index].tokens, knownPeople: people,
                    knownPlaces: pass == 1 ? places : [])
                if pass == 1 { sentences[index].entities = entities }
                for entity in entities {
                    switch entity.kind {
                    case .person:
                        people.insert(entity.surname.lowercased())
                        if pass == 0, entity.title == nil {
                            untitledPeople.insert(entity.text.lowercased())
                        }
                    case .place where pass == 0: places.insert(entity.text.lowercased())
                    default: break
                    }
                }
            }
        }
        // A headline's quotation marks are mostly scare quotes ("'Deep Throat' of Watergate"),
        // and its words stand in the body: quotations come from the body.
        let quotes = QuoteExtractor.quotes(in: sentences)
        // The headline is the outlet's own statement of the story, read as sentence 0 (so that
        // the body keeps its numbers) where the body does not open with it; it names people
        // with what the body knows, unless it is in title case, whose capitals name nothing.
        if let title = article.title?.trimmingCharacters(in: .whitespacesAndNewlines),
            !title.isEmpty
        {
            var headline = analyzed(title, index: 0, paragraph: -1, isHeading: false)
            if !headline.tokens.isEmpty, headline.terms != sentences.first?.terms {
                if !isTitleCase(headline) {
                    headline.entities = EntityRecognizer.entities(
                        in: headline.tokens, knownPeople: people, knownPlaces: places)
                }
                sentences.insert(headline, at: 0)
            }
        }
        return ArticleAnalysis(
            article: article, number: number, sentences: sentences, quotes: quotes)
    }

    /// Whether most of a sentence's words of four letters or more start with a capital, as
    /// in a headline written "Riots Erupt Following Death of Teen".
    static func isTitleCase(_ sentence: AnalyzedSentence) -> Bool {
        let long = sentence.tokens.filter { $0.isWord && $0.text.count >= 4 }
        return long.count >= 2 && long.filter(\.isCapitalized).count * 2 > long.count
    }
}
