import ParallaxCore

/// The comparison of two one-paragraph reports of the same story by two outlets, the first
/// numbered 1: what the conflict, quotation and summary tests read.
func compareTwoReports(_ first: String, _ second: String) -> ComparisonReport {
    StoryComparison().compare([
        Article(plainText: first, source: "Harbor Gazette"),
        Article(plainText: second, source: "Coast Daily"),
    ])
}
