import ArgumentParser
import Foundation
import ParallaxCore
import ParallaxStore

/// Opens a store that must exist already.
func openExistingStore(_ location: String) async throws -> any ArticleStore {
    guard location.hasPrefix("postgres") || FileManager.default.fileExists(atPath: location) else {
        throw ValidationError("\(location): no store here; ingest something first")
    }
    return try await openStore(location)
}

/// `parallax stories`: lists the stories in the store.
struct StoriesCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stories", abstract: "List the stories in the store, most recent first.")

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"
    @Option(help: "Only stories with an article on or after this date (ISO 8601).")
    var since: String?
    @Option(help: "Only stories with an article before this date (ISO 8601).")
    var until: String?
    @Option(help: "Only stories whose headline contains this.")
    var query: String?
    @Option(help: "Only stories with an article from this source (outlet).")
    var source: String?
    @Option(help: "Only stories with at least this many articles.")
    var minArticles = 1
    @Option(help: "At most this many.")
    var limit = 50
    @Flag(help: "Print JSON.")
    var json = false

    func run() async throws {
        let stories = try await openExistingStore(store).stories(
            matching: StoryQuery(
                since: try dateOption(since, "since"), until: try dateOption(until, "until"),
                text: query, source: source, minimumArticles: minArticles, limit: limit))
        if json {
            print(try encodeJSON(stories))
            return
        }
        for story in stories {
            print(
                "\(String(story.id).padding(toLength: 6, withPad: " ", startingAt: 0))  \(story.span)  \(story.articles) articles, \(story.sources) sources\(story.copies > 0 ? ", \(story.copies) copies" : "")  \(story.headline)"
            )
        }
    }
}

/// `parallax story ID`: one story with its articles and copy groups.
struct StoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Show one story: its articles, why each is there, and its copies.",
        discussion:
            "With --compare, compares the story's articles claim by claim (copies folded into their origins)."
    )

    @Argument(help: "The story's id.")
    var id: Int64

    @Option(help: "The store: a SQLite file, or postgres://user@host:port/database.")
    var store = "parallax.sqlite"
    @Flag(help: "Compare the story's articles.")
    var compare = false
    @Option(help: "Output format of the comparison: markdown or json.")
    var format: CompareCommand.Format?
    @Flag(help: "Print JSON.")
    var json = false

    @OptionGroup var vectors: VectorOptions

    func run() async throws {
        let store = try await openExistingStore(self.store)
        guard let story = try await store.story(id) else {
            throw ValidationError(
                "story \(id): no such story in \(self.store); parallax stories lists them")
        }
        if let target = story.mergedInto {
            print("story \(id) was merged into story \(target)")
            return
        }
        let members = try await store.storyArticles(id)
        if compare {
            // Copies say nothing their origin does not: compare the originals.
            let originals = members.filter { $0.membership.copyOf == nil }
            let articles = originals.map(\.comparable)
            guard articles.count >= 2 else {
                throw ValidationError(
                    "story \(id) has \(articles.count) article\(articles.count == 1 ? "" : "s") besides copies; a comparison needs two"
                )
            }
            let report = StoryComparison(embedder: vectors.embedder()).compare(articles)
            switch format ?? (isatty(STDOUT_FILENO) == 1 ? .markdown : .json) {
            case .markdown: print(report.markdown(), terminator: "")
            case .json: print(try report.json())
            }
            return
        }
        if json {
            struct Output: Encodable {
                var story: StoredStory
                var articles: [StoryArticle]
            }
            print(try encodeJSON(Output(story: story, articles: members)))
            return
        }
        print("# Story \(story.id): \(story.headline)")
        print(
            "\(story.articles) articles from \(story.sources) sources, \(story.span)"
        )
        print("")
        for member in members {
            let article = member.article
            let date = article.publishedDate?.text ?? "undated"
            print(
                "- \(article.id)  \(date)  \(article.source)  \(article.title ?? String(article.cleanedText.prefix(60)))"
            )
            print("  \(member.membership.why)")
        }
        let copies = Dictionary(grouping: members.filter { $0.membership.copyOf != nil }) {
            $0.membership.copyOf!
        }
        if !copies.isEmpty {
            print("")
            print("## Copies")
            for (origin, group) in copies.sorted(by: { $0.key < $1.key }) {
                print("- \(origin): copied by \(group.map(\.article.id).joined(separator: ", "))")
            }
        }
    }
}

/// The date a `--NAME` option gives, or a validation error saying how to write one.
func dateOption(_ text: String?, _ name: String) throws -> Date? {
    guard let text else { return nil }
    guard let date = PlainTextDate.parse(text) else {
        throw ValidationError(
            "--\(name) \(text): not a date; write it as 2026-03-14 or in ISO 8601")
    }
    return date
}

func encodeJSON(_ value: some Encodable) throws -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    encoder.dateEncodingStrategy = .iso8601
    return String(decoding: try encoder.encode(value), as: UTF8.self)
}
