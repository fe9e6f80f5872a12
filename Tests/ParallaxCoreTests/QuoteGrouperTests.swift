import ParallaxCore
import Testing

@Suite struct QuoteGrouperTests {
    static func quotes(_ first: String, _ second: String) -> [QuoteReport] {
        StoryComparison().compare([
            Article(plainText: first, source: "Harbor Gazette"),
            Article(plainText: second, source: "Coast Daily"),
        ]).quotes
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
}
