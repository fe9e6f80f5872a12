import Foundation
import ParallaxTestSupport
import Testing

@Suite struct ClusterCommandTests {
    @Test func clustersLinesAndReportsBadOnesByNumber() async throws {
        let quake =
            "A magnitude 6.1 earthquake struck Velmora in Castellan, killing 12, Prime Minister Aldo Ferrant said."
        let other =
            "A magnitude 5.8 earthquake hit Irsen Island, injuring five at Port Kessel, Governor Mina Hollis said."
        let lines = [
            #"{"id": 1, "text": "\#(quake)", "date": "2026-03-10T08:00:00Z"}"#,
            #"{"id": 2, "text": "\#(quake) Rescuers worked through the night in Velmora.", "date": "2026-03-10T09:00:00Z"}"#,
            #"{"id": 3, "text": "\#(other)", "date": "not a date"}"#,
            #"{"text": "no id here"}"#,
            #"{"id": 4}"#,
            #"{"id": 2, "text": "a second line with id 2"}"#,
            #"{"id": "5", "text": "\#(other) Ferries stopped.", "date": "2999-01-01"}"#,
            "not json",
        ]
        let file = try temporaryFile("stream.jsonl", Data(lines.joined(separator: "\n").utf8))
        let result = try await runParallax(["cluster", file, "--explain"])
        #expect(result.status == 0, "\(result.error)")
        let output = result.output.split(separator: "\n").compactMap {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(output.count == 4)
        let story = Dictionary(
            uniqueKeysWithValues: output.map { ("\($0["id"]!)", $0["story"] as! Int) })
        #expect(story["1"] == story["2"])
        #expect(story["3"] == story["5"])
        #expect(story["1"] != story["3"])
        // Ids are written back as they came: numbers as numbers.
        #expect(output.first?["id"] as? Int == 1)
        #expect(output.last?["id"] as? String == "5")
        // The second report repeats the first with a sentence added: a copy, and said so.
        #expect(output[1]["copy_of"] as? String == "1")
        #expect((output[1]["why"] as? String)?.hasPrefix("copy of 1") == true)
        #expect((output[3]["why"] as? String)?.hasPrefix("copy of 3") == true)
        for expected in [
            "stream.jsonl:3: date \"not a date\" cannot be read; read as undated",
            "stream.jsonl:4: no id; line skipped",
            "stream.jsonl:5: no text (id 4); line skipped",
            "stream.jsonl:6: id 2 was already used on line 2; line skipped",
            "stream.jsonl:7: date \"2999-01-01\" is in the future; read as undated",
            "stream.jsonl:8: not a JSON object; line skipped",
        ] {
            #expect(result.error.contains(expected), "\(expected) not in \(result.error)")
        }
    }

    @Test(.enabled(if: TestPaths.hasShared, "needs ../shared/data/events and ../shared/bench"))
    func evalEventsAgreesWithTheReferenceScorer() async throws {
        let data = TestPaths.shared.appendingPathComponent("data/events/ecbplus-dev.jsonl").path
        let predictions = try temporaryFile("predictions.jsonl", Data())
        let result = try await runParallax([
            "eval", "events", "--data", data, "--predictions", predictions,
        ])
        #expect(result.status == 0, "\(result.error)")
        let reference = try #require(
            try runReferenceScript("score_clusters.py", [data, predictions]))
        for (label, key) in [
            ("pairwise F1:", "pairwise_f1"), ("B-cubed F1:", "bcubed_f1"),
            ("adjusted Rand:", "ari"),
        ] {
            let line = try #require(
                result.output.split(separator: "\n").first { $0.hasPrefix(label) })
            let printed = Double(
                line.dropFirst(label.count).trimmingCharacters(in: .whitespaces).prefix(5))
            let expected = try #require(reference[key] as? Double)
            #expect(abs((printed ?? -1) - expected) < 0.0006, "\(label) \(line) vs \(expected)")
        }
    }

    @Test func storiesAndStoryShowWhatIngestGrouped() async throws {
        let corpus = TestPaths.exampleCorpus.map(\.path)
        let storePath = try temporaryFile("s.sqlite", Data())
        try FileManager.default.removeItem(atPath: storePath)
        #expect(try await runParallax(["ingest"] + corpus + ["--store", storePath]).status == 0)
        let stories = try await runParallax(["stories", "--store", storePath])
        #expect(stories.output.contains("4 articles, 4 sources"), "\(stories.output)")
        let id = String(stories.output.prefix { $0 != " " })
        let story = try await runParallax(["story", id, "--store", storePath])
        #expect(story.output.contains("# Story \(id):"))
        #expect(story.output.contains("similarity"))
        let compared = try await runParallax([
            "story", id, "--store", storePath, "--compare", "--format", "json",
        ])
        #expect(compared.status == 0, "\(compared.error)")
        #expect(compared.output.contains("\"agreed\""))
        let missing = try await runParallax(["story", "999", "--store", storePath])
        #expect(missing.status != 0)
        #expect(missing.error.contains("story 999: no such story"))
    }
}
