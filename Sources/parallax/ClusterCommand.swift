import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxIngest

/// Options of story grouping, shared by `cluster` and `eval events`.
struct StoryOptions: ParsableArguments {
    @Option(help: "Least similarity to join a story (0-1).")
    var threshold = StorySettings().threshold
    @Option(
        help:
            "Similarity a one-article story asks for above the threshold when the article or story is undated; n articles ask for this over n (0-1)."
    )
    var smallStoryMargin = StorySettings().smallStoryMargin
    @Option(help: "Days a story stays open after its last article.")
    var windowDays = StorySettings().windowDays
    @Option(help: "Weight of names against other words (0-1).")
    var nameWeight = StorySettings().nameWeight
    @Option(help: "Least shingle similarity for two articles to be copies (0-1).")
    var copyThreshold = StorySettings().copyThreshold
    @Option(
        help:
            "Stories closed by the window that undated and late articles can still join; the most recently closed are kept (0 for none)."
    )
    var archivedStories = StorySettings().archivedStories
    @Option(
        help:
            "Least similarity for an article dated after a closed story to join it as a later development (0-1)."
    )
    var followUpThreshold = StorySettings.defaultFollowUpThreshold
    @Flag(help: "Never join a story the window has closed, however similar a later article.")
    var noFollowUps = false

    @Flag(
        help: """
            Give no second look, at the end of a chunk, to the small stories started in it \
            (see --second-look-size).
            """)
    var noSecondLook = false
    @Option(
        help: """
            The most articles a story started in a chunk may hold for a second look as a \
            whole (1 for lone articles only).
            """)
    var secondLookSize = StorySettings().secondLookSize

    func validate() throws {
        for (name, value) in [
            ("threshold", threshold), ("small-story-margin", smallStoryMargin),
            ("name-weight", nameWeight),
            ("copy-threshold", copyThreshold), ("follow-up-threshold", followUpThreshold),
        ] where !(0...1).contains(value) {
            throw ValidationError("--\(name) \(value): give a value from 0 to 1")
        }
        guard windowDays > 0 else {
            throw ValidationError("--window-days \(windowDays): give days above 0")
        }
        guard secondLookSize >= 1 else {
            throw ValidationError("--second-look-size \(secondLookSize): give 1 or more")
        }
        guard archivedStories >= 0 else {
            throw ValidationError("--archived-stories \(archivedStories): give 0 or more")
        }
    }

    var settings: StorySettings {
        var settings = StorySettings()
        settings.threshold = threshold
        settings.smallStoryMargin = smallStoryMargin
        settings.windowDays = windowDays
        settings.nameWeight = nameWeight
        settings.copyThreshold = copyThreshold
        settings.archivedStories = archivedStories
        settings.followUpThreshold = noFollowUps ? nil : followUpThreshold
        settings.secondLook = !noSecondLook
        settings.secondLookSize = secondLookSize
        return settings
    }
}

/// Groups the lines of a file into stories, in publication order (undated lines keep their
/// place among the dated ones by input order).
func clusterLines(_ lines: [StoryLinesReader.Line], settings: StorySettings) async -> (
    engine: StoryEngine, assignments: [StoryAssignment]
) {
    let engine = StoryEngine(settings: settings)
    return (engine, await engine.add(lines.map(\.document)))
}

/// `parallax cluster FILE.jsonl`: groups articles into stories, without a store.
struct ClusterCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cluster",
        abstract: "Group the articles of a JSON-lines file into stories.",
        discussion: """
            Reads lines with "id" and "text", and optionally "title", "date", "url", "source"; \
            writes {"id", "story"} lines in input order (with --explain, also why, and the \
            article copied). Bad lines are reported on standard error with their numbers.
            """)

    @Argument(help: "The JSON-lines file.")
    var file: String

    @OptionGroup(title: "Grouping")
    var options: StoryOptions

    @Flag(help: "Add why each article went where it did, and copies.")
    var explain = false

    func run() async throws {
        let (lines, issues) = try readStoryLines(file)
        let (engine, assignments) = await clusterLines(lines, settings: options.settings)
        let final = Dictionary(
            uniqueKeysWithValues: engine.finalStories.map { ($0.article, $0.story) })
        var output = Data()
        for (line, assignment) in zip(lines, assignments) {
            var object: [String: Any] = [
                "id": line.numericID
                    ? (Int(line.document.id).map { $0 as Any } ?? line.document.id)
                    : line.document.id,
                "story": final[line.document.id] ?? assignment.story,
            ]
            if explain {
                object["why"] = assignment.explanation
                object["similarity"] = (assignment.similarity * 1000).rounded() / 1000
                if let copy = assignment.copyOf { object["copy_of"] = copy }
            }
            output.append(
                try JSONSerialization.data(
                    withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]))
            output.append(0x0A)
            if output.count > 1 << 20 {
                FileHandle.standardOutput.write(output)
                output.removeAll(keepingCapacity: true)
            }
        }
        FileHandle.standardOutput.write(output)
        for issue in issues { printError(issue.description) }
        printError(
            "\(lines.count) articles in \(Set(final.values).count) stories; \(engine.copyGroups.count) copy groups; \(engine.merges.count) merges; \(issues.count) problems"
        )
    }
}

/// The lines of `file`, or a validation error naming it.
func readStoryLines(_ file: String) throws -> ([StoryLinesReader.Line], [StoryLinesReader.Issue]) {
    do {
        return try StoryLinesReader().read(path: file)
    } catch {
        throw ValidationError("\(file): \(error)")
    }
}

/// `parallax eval events --data FILE.jsonl`: story grouping against event labels.
struct EventsEval: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "Score story grouping against the event labels of a JSON-lines file.",
        discussion: """
            Lines carry "id", "text", "event" and optionally "topic", "title", "date". Prints \
            pairwise precision, recall and F1, B-cubed F1 and the adjusted Rand index, as \
            ../shared/bench/score_clusters.py computes them.
            """)

    @Option(help: "The labelled JSON-lines file.")
    var data: String

    @Option(
        help:
            "Only the lines whose topic is odd or even, to tune on one half and check on the other."
    )
    var topics: TopicHalf?

    @Option(help: "Write the predictions here as {\"id\", \"story\"} lines.")
    var predictions: String?

    @OptionGroup(title: "Grouping")
    var options: StoryOptions

    func run() async throws {
        var (lines, issues) = try readStoryLines(data)
        func inHalf(_ topic: Int?) -> Bool {
            guard let topics else { return true }
            guard let topic else { return false }
            return topics.contains(topic)
        }
        lines = lines.filter { inHalf($0.topic) }
        let labelled = lines.filter { $0.event != nil }
        guard !labelled.isEmpty else {
            throw ValidationError("\(data): no line has an \"event\" label to score against")
        }
        let (engine, _) = await clusterLines(labelled, settings: options.settings)
        let predicted = Dictionary(
            uniqueKeysWithValues: engine.finalStories.map { ($0.article, String($0.story)) })
        var gold = Dictionary(uniqueKeysWithValues: labelled.map { ($0.document.id, $0.event!) })
        // A labelled line left out (no text) still counts, as an article alone in its story.
        for issue in issues where issue.skipped && inHalf(issue.topic) {
            if let id = issue.id, let event = issue.event, gold[id] == nil { gold[id] = event }
        }
        let score = ClusterScore(gold: gold, predicted: predicted)
        print(
            String(
                format: "articles:           %d (%d events, %d stories)", score.items,
                score.goldClusters, score.predictedClusters))
        print(String(format: "pairwise precision: %.3f", score.pairwisePrecision))
        print(String(format: "pairwise recall:    %.3f", score.pairwiseRecall))
        print(String(format: "pairwise F1:        %.3f", score.pairwiseF1))
        print(
            String(
                format: "B-cubed F1:         %.3f (P %.3f, R %.3f)", score.bcubedF1,
                score.bcubedPrecision, score.bcubedRecall))
        print(String(format: "adjusted Rand:      %.3f", score.adjustedRand))
        print("copy groups:        \(engine.copyGroups.count), merges: \(engine.merges.count)")
        for issue in issues { printError(issue.description) }
        if let predictions {
            var output = ""
            for line in labelled {
                let object: [String: Any] = [
                    "id": line.document.id, "story": predicted[line.document.id]!,
                ]
                output +=
                    String(
                        decoding: try JSONSerialization.data(
                            withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
            }
            try output.write(toFile: predictions, atomically: true, encoding: .utf8)
        }
    }
}
