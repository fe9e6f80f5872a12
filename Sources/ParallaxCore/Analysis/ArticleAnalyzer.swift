/// An article split into analysed sentences, with its quotations.
public struct ArticleAnalysis: Sendable {
    /// The article.
    public var article: Article
    /// Its 1-based number in the comparison.
    public var number: Int
    /// Its body sentences, in order; subheadings included and marked.
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
        for (paragraphIndex, paragraph) in article.cleaned.paragraphs.enumerated() {
            let texts =
                paragraph.isHeading ? [paragraph.text] : SentenceSplitter.sentences(paragraph.text)
            for text in texts {
                let matchText = Typography.unify(text)
                let tokens = Tokenizer.tokens(matchText)
                let tokenTerms = tokens.map(Terms.term(for:))
                sentences.append(
                    AnalyzedSentence(
                        ref: SentenceRef(source: number, index: sentences.count + 1), text: text,
                        matchText: matchText, paragraph: paragraphIndex,
                        isHeading: paragraph.isHeading, tokens: tokens,
                        terms: Terms.content(of: tokens, tokenTerms: tokenTerms),
                        tokenTerms: tokenTerms, entities: [],
                        dates: DateExtractor.dates(in: matchText, reference: article.published),
                        quantities: QuantityExtractor.quantities(in: matchText)))
            }
        }
        // Names seen with a title or in full make later bare surnames people too.
        var people: Set<String> = []
        for pass in 0..<2 {
            for index in sentences.indices {
                let entities = EntityRecognizer.entities(
                    in: sentences[index].tokens, knownPeople: people)
                if pass == 1 { sentences[index].entities = entities }
                for entity in entities where entity.kind == .person {
                    people.insert(entity.surname.lowercased())
                }
            }
        }
        return ArticleAnalysis(
            article: article, number: number, sentences: sentences,
            quotes: QuoteExtractor.quotes(in: sentences))
    }
}
