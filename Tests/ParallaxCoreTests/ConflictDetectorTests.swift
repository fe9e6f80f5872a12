import Foundation
import ParallaxCore
import Testing

@Suite struct ConflictDetectorTests {
    static func negations(_ first: String, _ second: String) -> [Conflict] {
        let report = StoryComparison().compare([
            Article(plainText: first, source: "Harbor Gazette"),
            Article(plainText: second, source: "Coast Daily"),
        ])
        return report.conflicts.filter { $0.aspect == .negation }
    }

    @Test func aDenialOfWhatTheOtherStatesConflicts() {
        let found = Self.negations(
            "The ferry operator said the captain had not been drinking before the grounding on Friday.",
            "The ferry operator said the captain had been drinking before the grounding on Friday.")
        #expect(found.count == 1)
        #expect(found.first?.sides.map(\.value).sorted() == ["affirmed", "negated"])
    }

    @Test(arguments: [
        (
            "“We are not intending to compete with our customers,” said Lisa Su, senior vice president and general manager of the chip maker.",
            "“Cloud data centers are the fastest growing segment,” said Lisa Su, senior vice president and general manager of the chip maker."
        ),
        (
            "In an interview, Reid said she was a social drinker who is no longer tempted to fall back into old habits.",
            "In an interview, Reid said she had turned a corner and was now a social drinker.",
        ),
    ])
    func aNegationOfSomethingElseDoesNot(first: String, second: String) {
        #expect(Self.negations(first, second).isEmpty)
    }
}
