import ParallaxCore
import Testing

@Suite struct QuoteGrouperTests {
    static func quotes(_ first: String, _ second: String) -> [QuoteReport] {
        compareTwoReports(first, second).quotes
    }

    @Test func aSpeakerDescribedMoreFullyIsTheSameSpeaker() {
        let found = Self.quotes(
            "“We appreciate your respect for her family's privacy at this time,” Tara Reid's rep told the magazine.",
            "“We appreciate your respect for her family's privacy at this time,” her rep said.")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Tara Reid's rep")
        #expect(found.first?.sources == [1, 2])
    }

    @Test func differentSpokesmenAreNot() {
        let found = Self.quotes(
            "“We will keep searching through the night for the missing crew member,” a police spokesman said.",
            "“We will keep searching through the night for the missing crew member,” an army spokesman said."
        )
        #expect(found.count == 2)
    }

    @Test func aCompanyIsNotCompletedIntoAPersonsName() {
        // Names that ran together ("Freedom Fabric AMD") read as a person whose surname is AMD;
        // AMD speaking as a company keeps its own name.
        let found = Self.quotes(
            """
            AMD has agreed to buy SeaMicro for $334 million.
            The server space is one area where AMD can still compete with Intel, and with Freedom \
            Fabric AMD might once again become a compelling choice.
            """,
            """
            AMD has agreed to buy SeaMicro for $334 million.
            In a briefing on Wednesday, AMD executives stressed that the main motivation of buying \
            SeaMicro was to offer its communications technology to other server makers.
            """)
        #expect(!found.isEmpty)
        for quote in found {
            #expect(quote.speaker != "Freedom Fabric AMD")
            #expect(quote.speaker?.contains("AMD") == true, "\(String(describing: quote.speaker))")
        }
    }
}
