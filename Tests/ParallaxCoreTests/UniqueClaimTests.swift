import ParallaxCore
import Testing

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
}
