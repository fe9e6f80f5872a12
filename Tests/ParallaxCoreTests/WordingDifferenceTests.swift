import Testing

@testable import ParallaxCore

@Suite struct WordingDifferenceTests {
    /// Each place two wordings part is one change, in reading order and in the wording's own
    /// letters.
    @Test func eachPlaceTheWordingsPartIsOneChangeInReadingOrder() {
        let difference = QuoteGrouper.wordingDifference(
            "We have received around 50 people with injuries suffered when the walls of their houses collapsed.",
            "We received about 40 people with injuries sustained when the walls of their houses collapsed in Takengon."
        )
        #expect(
            difference
                == #"lacks "have"; has "about 40" for "around 50"; has "sustained" for "suffered"; adds "in Takengon""#
        )
    }

    /// A wording that changes more words than it shares is given whole; one that only goes on
    /// after the other is what it adds.
    @Test func aWordingMostlyChangedIsGivenWhole() {
        let difference = QuoteGrouper.wordingDifference(
            "Rescuers were still searching late into the night for one man.",
            "Rescuers resumed the search for one man at first light. ")
        #expect(difference == #"reads "Rescuers resumed the search for one man at first light.""#)
        #expect(
            QuoteGrouper.wordingDifference(
                "We are cooperating fully.",
                "We are cooperating fully with the authorities and will support the investigation.")
                == #"adds "with the authorities and will support the investigation""#)
    }

    /// A fragment of the quotation is given whole, not as one change of most of its words; a
    /// part quoted without the rest is what it lacks.
    @Test func aFragmentIsGivenWhole() {
        let full =
            "We are shocked by the deaths of these three people, who were victims of a brutal act"
        #expect(
            QuoteGrouper.wordingDifference(full, "senseless, brutal act")
                == #"reads "senseless, brutal act""#)
        #expect(
            QuoteGrouper.wordingDifference(
                full, "We are shocked by the deaths of these three people")
                == #"lacks "who were victims of a brutal act""#)
    }

    @Test func punctuationAndCaseAloneAreNoDifferenceInWords() {
        #expect(
            QuoteGrouper.wordingDifference(
                "There was a jolt, and then...", "there was a jolt and then")
                == "punctuation only")
    }
}
