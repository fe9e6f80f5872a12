import Testing

@testable import ParallaxCore

@Suite struct WordingDifferenceTests {
    @Test func wordsALaterWordingLacksAndAddsAreInReadingOrder() {
        let difference = QuoteGrouper.wordingDifference(
            "Rescuers were still searching late into the night for one man.",
            "Rescuers resumed the search for one man at first light.")
        #expect(
            difference
                == "lacks \"were still searching late into night\"; adds \"resumed search at first light\""
        )
    }

    @Test func punctuationAndCaseAloneAreNoDifferenceInWords() {
        #expect(
            QuoteGrouper.wordingDifference(
                "There was a jolt, and then...", "there was a jolt and then")
                == "punctuation only")
    }
}
