import ParallaxCore
import Testing

@Suite struct TokenizerTests {
    @Test(arguments: [
        ("the U.S. Army", ["the", "U.S.", "Army"]),
        ("a 69-year-old man", ["a", "69-year-old", "man"]),
        ("1,200 homes, 4.5 metres.", ["1,200", "homes", ",", "4.5", "metres", "."]),
        ("Russia's envoy", ["Russia's", "envoy"]),
        ("\"Yes,\" he said.", ["\"", "Yes", ",", "\"", "he", "said", "."]),
        ("rose 4.5.", ["rose", "4.5", "."]),
        (
            "''No,'' the players' coach said.",
            ["\"", "No", ",", "\"", "the", "players", "'", "coach", "said", "."]
        ),
    ])
    func keepsNewsTokensWhole(input: String, expected: [String]) {
        #expect(Tokenizer.tokens(input).map(\.text) == expected)
    }

    @Test func classifiesTokens() {
        let tokens = Tokenizer.tokens("TASS said 5")
        #expect(tokens.map(\.kind) == [.word, .word, .number])
        #expect(tokens[0].isAllCaps)
        #expect(!tokens[1].isCapitalized)
    }

    @Test func stemsConflateDerivedForms() {
        #expect(Stemmer.stem("annexed") == Stemmer.stem("annexation"))
        #expect(Stemmer.stem("appointed") == Stemmer.stem("appointment"))
        #expect(Stemmer.stem("sanctions") == Stemmer.stem("sanction"))
        #expect(Stemmer.stem("negotiations") == Stemmer.stem("negotiator"))
        #expect(Stemmer.stem("returned") == Stemmer.stem("returning"))
    }

    @Test func termsFoldPlacesAndDemonyms() {
        #expect(Terms.content("Russian forces") == Terms.content("Russia's forces"))
        #expect(Terms.content("the U.S. envoy").first == "united states")
        #expect(Terms.content("the United States") == ["united states"])
        #expect(Terms.content("give it to us") == ["give"])
    }

    @Test(arguments: [
        "The United States and Russia's envoy, who is 69, returned to New York on Oct. 5.",
        "U.S. officials said the Russian ambassador wasn't expected -- not yet -- in 2,024 cases.",
        "",
    ])
    func termsFromEachTokensTermAreTheSame(text: String) {
        // The analysis keeps each token's term and builds the content terms from them.
        let tokens = Tokenizer.tokens(Typography.unify(text))
        #expect(
            Terms.content(of: tokens, tokenTerms: tokens.map(Terms.term(for:)))
                == Terms.content(of: tokens))
    }
}
