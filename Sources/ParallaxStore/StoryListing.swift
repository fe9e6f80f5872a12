import Foundation

/// Lists stories most recently active first without aggregating every story of the store.
///
/// A story's activity is the latest publication (or ingestion, when undated) of its articles.
/// Walking the articles in that order through an index, the first time a story is met gives its
/// activity, so a page of stories needs the first few hundred articles, not all of them: the
/// stories met are then aggregated and filtered in one query a batch. The walk stops once no
/// story not yet met could still rank on the page (ties at the boundary included, broken by id
/// as before), or, with `since`, once the articles are older than it.
///
/// - Complexity: O((*o* + *l*) · *a*) for offset *o*, limit *l* and *a* articles a story, when
///   the filters pass most stories; a filter few stories pass walks further, up to every
///   article once.
enum StoryListing {
    /// A story met in the walk and when it was last active.
    typealias Step = (story: Int64, activity: Double)

    static func page(
        _ query: StoryQuery,
        walk: (_ offset: Int, _ count: Int) async throws -> [Step],
        aggregate: (_ ids: [Int64]) async throws -> [StoredStory]
    ) async throws -> [StoredStory] {
        let needed = query.offset + query.limit
        guard query.limit > 0 else { return [] }
        var activity: [Int64: Double] = [:]
        var accepted: [(story: StoredStory, activity: Double)] = []
        var position = 0
        var batch = max(needed * 8, 512)
        while true {
            let steps = try await walk(position, batch)
            position += steps.count
            var met: [Int64] = []
            for step in steps where activity[step.story] == nil {
                activity[step.story] = step.activity
                met.append(step.story)
            }
            if !met.isEmpty {
                accepted += try await aggregate(met).map { ($0, activity[$0.id]!) }
            }
            guard steps.count == batch, let reached = steps.last?.activity else { break }
            if let since = query.since, reached < since.timeIntervalSince1970 { break }
            if accepted.count >= needed {
                accepted.sort { ($0.activity, $0.story.id) > ($1.activity, $1.story.id) }
                if reached < accepted[needed - 1].activity { break }
            }
            batch *= 2
        }
        accepted.sort { ($0.activity, $0.story.id) > ($1.activity, $1.story.id) }
        return accepted.dropFirst(query.offset).prefix(query.limit).map(\.story)
    }
}
