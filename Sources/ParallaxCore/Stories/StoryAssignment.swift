import Foundation

/// Where an article went, and why.
public struct StoryAssignment: Sendable, Hashable, Codable {
    /// The article's id.
    public var article: String
    /// The story's id: given once, never changed. After a merge, ``StoryEngine/story(of:)``
    /// names the story that absorbed it.
    public var story: Int
    /// Whether the article started the story.
    public var isNew: Bool
    /// The similarity to the story's centroid that decided it (for a new story, to the
    /// closest story there was, if any).
    public var similarity: Double
    /// Names the article shares with the story, weightiest first.
    public var sharedNames: [String]
    /// Other content terms it shares, weightiest first.
    public var sharedTerms: [String]
    /// The id of the earlier article it copies, when it is a copy.
    public var copyOf: String?
    /// The estimated share of word shingles it has in common with that article.
    public var copySimilarity: Double?
    /// Stories merged into this one because the article bridged them.
    public var merged: [Int]
    /// Whether the article joined a story the window had closed, as a later development of it
    /// (see ``StorySettings/followUpThreshold``).
    public var isFollowUp = false
    /// When the article started a story and, still alone in it, joined another on a second
    /// look (``StoryEngine/settle()``): that story, and the similarity that decided it.
    public var joinedLater: StoryMerge?

    /// One line saying why.
    public var explanation: String {
        if let copyOf, let copySimilarity {
            return
                "copy of \(copyOf) (\(Int((copySimilarity * 100).rounded()))% of five-word runs in common)"
        }
        let names = sharedNames.prefix(6).joined(separator: ", ")
        let terms = sharedTerms.prefix(6).joined(separator: ", ")
        let basis =
            [names.isEmpty ? nil : "names: \(names)", terms.isEmpty ? nil : "terms: \(terms)"]
            .compactMap { $0 }.joined(separator: "; ")
        let score = String(format: "%.3f", similarity)
        if isNew {
            let start =
                similarity > 0
                ? "new story: closest story only \(score) similar" : "new story: nothing similar"
            guard let merge = joinedLater else { return start }
            let other = merge.absorbed == story ? merge.into : merge.absorbed
            return start
                + String(
                    format: "; on a second look %.3f similar to story %d, and merged with it",
                    merge.similarity, other)
        }
        var line =
            (isFollowUp ? "follow-up of a closed story, similarity " : "similarity ") + score
            + (basis.isEmpty ? "" : " (\(basis))")
        if !merged.isEmpty {
            line += "; merged stories \(merged.map(String.init).joined(separator: ", "))"
        }
        return line
    }
}

/// A merge of two stories: `absorbed` joined `into` when `article` bridged them.
public struct StoryMerge: Sendable, Hashable, Codable {
    public var absorbed: Int
    public var into: Int
    public var article: String
    public var similarity: Double
    /// Whether `article` started one of the two stories and, still alone in it, was found to
    /// belong to the other on a second look (``StoryEngine/settle()``), rather than bridging
    /// them as it arrived.
    public var isSecondLook = false
}
