import Foundation
import ParallaxTestSupport
import Testing

@Suite struct ModelEvalCommandTests {
    @Test func evalParaphraseScoresWritesPredictionsAndReportsBadLines() async throws {
        let rows = [
            "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
            "1\t1\t2\tThe envoy, 69, returned to Moscow on Oct. 5.\tThe 69-year-old envoy returned to Moscow on October 5.",
            "0\t3\t4\tA fire destroyed the warehouse on Tuesday.\tThe city council approved a new budget for schools.",
            "1\t5\t6\tThe company said profits rose 12 percent.\tProfits rose 12 percent, the company said.",
            "0\t7\t8\tToo few fields here",
            "0\t9\t10\tShares of the bank fell sharply.\tThe storm closed roads across the state.",
        ]
        let data = try temporaryFile("pairs.tsv", Data(rows.joined(separator: "\n").utf8))
        let predictions = try temporaryFile("predictions.tsv", Data())
        let result = try await runParallax([
            "eval", "paraphrase", "--data", data, "--predictions", predictions, "--no-vectors",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("pairs:     4 (without sentence vectors)"))
        #expect(result.output.contains("accuracy:  1.0000"), "\(result.output)")
        #expect(result.error.contains("pairs.tsv: line 5: expected 5 tab-separated fields"))
        let lines = try String(contentsOfFile: predictions, encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t") }
        #expect(lines.count == 5)
        #expect(lines[0] == ["id1", "id2", "label", "score"])
        #expect(lines[1][0] == "1" && lines[1][1] == "2" && lines[1][2] == "1")
        #expect(lines[2][2] == "0")
        #expect(
            lines.dropFirst().allSatisfy { Double($0[3]).map { (0...1).contains($0) } ?? false })

        let empty = try temporaryFile("empty.tsv", Data("Quality\t#1 ID\n".utf8))
        let refused = try await runParallax(["eval", "paraphrase", "--data", empty, "--no-vectors"])
        #expect(refused.status != 0)
        #expect(refused.error.contains("empty.tsv: no labelled pairs"))
    }

    @Test func trainingRefusesPairScoresThatDoNotLineUpWithThePairs() async throws {
        let rows = [
            "Quality\t#1 ID\t#2 ID\t#1 String\t#2 String",
            "1\t1\t2\tThe envoy returned.\tThe envoy came back.",
            "0\t3\t4\tA fire broke out.\tThe council met.",
        ]
        let data = try temporaryFile("pairs.tsv", Data(rows.joined(separator: "\n").utf8))
        let swapped = try temporaryFile(
            "scores.tsv", Data("id1\tid2\tlogodds\n1\t2\t1.5\n4\t3\t-2\n".utf8))
        let refused = try await runParallax([
            "train", "same-fact", "--data", data, "--pair-scores", swapped, "--folds", "0",
        ])
        #expect(refused.status != 0)
        #expect(refused.error.contains("scores.tsv: line 3: expected \"3<TAB>4<TAB>log-odds\""))
        let short = try temporaryFile("short.tsv", Data("id1\tid2\tlogodds\n1\t2\t1.5\n".utf8))
        let counted = try await runParallax([
            "train", "same-fact", "--data", data, "--pair-scores", short, "--folds", "0",
        ])
        #expect(counted.error.contains("short.tsv: 1 scores for 2 pairs"), "\(counted.error)")
    }

    /// `parallax eval alignment` and `../shared/bench/score_alignment.py` (which runs
    /// `parallax compare` on each case) agree, on a few cases.
    @Test(.enabled(if: TestPaths.hasShared, "needs ../shared/data/alignment and ../shared/bench"))
    func evalAlignmentAgreesWithTheReferenceScorer() async throws {
        let source = TestPaths.shared.appendingPathComponent("data/alignment")
        let cases =
            try JSONSerialization.jsonObject(
                with: Data(contentsOf: source.appendingPathComponent("cases.json")))
            as! [[String: Any]]
        let folder = try TemporaryFolder.make("parallax-alignment")
        defer { try? FileManager.default.removeItem(at: folder) }
        let chosen = Array(cases.prefix(6))
        for item in chosen {
            for name in item["files"] as! [String]
            where !FileManager.default.fileExists(
                atPath: folder.appendingPathComponent(name).path)
            {
                try FileManager.default.copyItem(
                    at: source.appendingPathComponent(name), to: folder.appendingPathComponent(name)
                )
            }
        }
        try JSONSerialization.data(withJSONObject: chosen).write(
            to: folder.appendingPathComponent("cases.json"))

        let result = try await runParallax(["eval", "alignment", "--data", folder.path])
        #expect(result.status == 0, "\(result.error)")
        let reference = try #require(
            try runReferenceScript("score_alignment.py", [TestPaths.binary.path, folder.path]))
        for key in ["precision", "recall", "f1"] {
            let line = try #require(
                result.output.split(separator: "\n").first { $0.hasPrefix(key + ":") })
            let printed = Double(line.dropFirst(key.count + 1).trimmingCharacters(in: .whitespaces))
            let expected = try #require(reference[key] as? Double)
            #expect(abs((printed ?? -1) - expected) < 0.0001, "\(key): \(line) vs \(expected)")
        }
        // The cases are not trivial: some pairs are found, some missed.
        let f1 = try #require(reference["f1"] as? Double)
        #expect(f1 > 0.2 && f1 < 1)
    }
}

@Suite struct StanceCommandTests {
    @Test func evalStanceScoresWritesFNCColumnsAndReportsBadRows() async throws {
        let bodies = try temporaryFile(
            "bodies.csv",
            Data(
                """
                Body ID,articleBody
                1,"A fire destroyed the historic warehouse in Palmer on Tuesday, officials confirmed.
                Firefighters said the building, built in the 1930s, was vacant."
                2,"The city council approved a new budget for schools on Monday."

                """.utf8))
        let stances = try temporaryFile(
            "stances.csv",
            Data(
                #"""
                Headline,Body ID,Stance
                Fire destroys historic Palmer warehouse,1,agree
                "Council approves school budget, ""finally""",2,discuss
                Fire destroys historic Palmer warehouse,2,unrelated
                Missing body,9,agree
                Bad label,1,maybe

                """#.utf8))
        let predictions = try temporaryFile("predictions.csv", Data())
        let result = try await runParallax([
            "eval", "stance", "--bodies", bodies, "--stances", stances, "--predictions",
            predictions, "--no-vectors",
        ])
        #expect(result.status == 0, "\(result.error)")
        #expect(result.output.contains("pairs:     3 (without sentence vectors)"))
        #expect(result.output.contains("FNC-1 score:"))
        #expect(result.error.contains("stances.csv: row 5: no body 9"), "\(result.error)")
        #expect(result.error.contains("stances.csv: row 6: stance \"maybe\""))
        let written = try String(contentsOfFile: predictions, encoding: .utf8)
        #expect(written.hasPrefix("Headline,Body ID,Stance\n"))
        #expect(written.contains(#""Council approves school budget, ""finally""",2,"#))
        #expect(written.contains("Fire destroys historic Palmer warehouse,2,unrelated"))

        let missing = try await runParallax([
            "eval", "stance", "--bodies", bodies + ".nope", "--stances", stances,
        ])
        #expect(missing.status != 0)
        #expect(missing.error.contains("bodies.csv.nope: cannot read it"))
    }

    /// A floor on FNC-1 without sentence vectors (0.81 when written, on the bodies the model
    /// was trained on; 0.80 by body held out).
    @Test(.enabled(if: TestPaths.hasShared, "needs ../shared/data/stance"))
    func stanceKeepsItsFloor() async throws {
        let folder = TestPaths.shared.appendingPathComponent("data/stance")
        let result = try await runParallax(
            [
                "eval", "stance", "--bodies",
                folder.appendingPathComponent("fnc-dev-bodies.csv").path,
                "--stances", folder.appendingPathComponent("fnc-dev-stances.csv").path,
                "--no-vectors",
            ])
        #expect(result.status == 0, "\(result.error)")
        let line = try #require(
            result.output.split(separator: "\n").first { $0.hasPrefix("FNC-1 score:") })
        let score = try #require(Double(line.split(separator: " ")[2]))
        #expect(score >= 0.82, "\(line)")
    }
}
