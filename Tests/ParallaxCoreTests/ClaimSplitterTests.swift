import Testing

@testable import ParallaxCore

/// A sentence's claims: its main clause, a relative clause and a coordinated predicate, each
/// with the names, figures and dates written in its own words and none of the others'.
struct ClaimSplitterTests {
    static func claims(_ text: String) throws -> [Claim] {
        let analysis = ArticleAnalyzer.analyze(
            Article(plainText: text, source: "Harbor Gazette"), number: 1)
        let sentence = try #require(analysis.sentences.last)
        return ClaimSplitter.claims(of: sentence, startingAt: 0)
    }

    @Test(arguments: [
        // Plain ASCII, and a text whose offsets in UTF-8 and in scalars differ before each part.
        ("Zurich", "\""), ("Zürich", "\u{201C}"),
    ])
    func eachClaimHasItsOwnNamesFiguresAndDates(city: String, mark: String) throws {
        let claims = try Self.claims(
            """
            Anatoly Antonov, who was posted to \(city) in 2017 with 12 aides, met Sergei Lavrov \
            in Moscow on October 5 after a \(mark)long\(mark) flight and was given 3 medals by \
            the Kremlin.
            """)
        try #require(claims.count == 3, "\(claims.map(\.text))")
        let (main, relative, predicate) = (claims[0], claims[1], claims[2])
        #expect(main.isMain && !relative.isMain && !predicate.isMain)
        #expect(relative.text.hasPrefix("Anatoly Antonov was posted to \(city)"))
        #expect(main.entities.map(\.text) == ["Anatoly Antonov", "Sergei Lavrov", "Moscow"])
        #expect(relative.entities.map(\.text) == [city])
        #expect(predicate.entities.map(\.text) == ["Kremlin"])
        #expect(main.quantities.isEmpty)
        #expect(relative.quantities.map(\.value) == [12])
        #expect(predicate.quantities.map(\.value) == [3])
        #expect(main.dates.map(\.text) == ["October 5"])
        #expect(relative.dates.map(\.text) == ["2017"])
        #expect(predicate.dates.isEmpty)
    }
}
