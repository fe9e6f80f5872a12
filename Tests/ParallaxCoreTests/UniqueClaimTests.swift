import Testing

@testable import ParallaxCore

/// What only one report says, told as a claim of its own.
@Suite struct UniqueClaimTests {
    /// A clause is not taken out of a quotation, and one taken out of a sentence that does
    /// not open it is marked as the part it is.
    @Test func aUniqueClauseIsMarkedAndNoQuotationIsCut() {
        let report = compareTwoReports(
            """
            The ferry Tessaly Wren ran aground off Skerrow Island on Friday night, the operator said.
            "We are cooperating fully with the harbour authorities and will support the inquiry in every way we can," the operator said.
            """,
            """
            The ferry Tessaly Wren ran aground off Skerrow Island on Friday night, the operator said.
            The operator said it was cooperating fully with the harbour authorities and had opened a helpline for relatives.
            """)
        let facts = report.unique.map(\.fact)
        #expect(!facts.contains { $0.hasPrefix("will support") }, "\(facts)")
        #expect(facts.contains("\u{2026}had opened a helpline for relatives."), "\(facts)")
    }

    /// An outlet naming itself ("told the Gazette by telephone") gives no detail of the story.
    @Test func anOutletNamingItselfIsNoDetail() {
        let report = compareTwoReports(
            "Jonah Pell told the Gazette by telephone that the passengers of the Tessaly Wren stayed calm after it ran aground off Skerrow Island on Friday.",
            "Jonah Pell said the passengers of the Tessaly Wren stayed calm after it ran aground off Skerrow Island on Friday."
        )
        #expect(!report.agreed.isEmpty)
        let details = report.unique.filter { $0.kind == .detail }.map(\.fact)
        #expect(!details.contains("Gazette"), "\(details)")
        #expect(StoryComparison.names("MWS", outlet: "Meridian Wire Service"))
        #expect(StoryComparison.names("Observer", outlet: "The Lanterne Observer"))
        #expect(!StoryComparison.names("Skerrow", outlet: "The Lanterne Observer"))
    }
}
