import Foundation
import ParallaxCore

/// A generated news stream for benchmarks, with known events and planted copies.
///
/// Sentences are real: taken from a file of news text (the ECB+ articles of `../shared`, one
/// sentence or paragraph a line) or, without one, from a built-in list. Each event has its own
/// people, place and organisation (made-up names from syllables, so that events of the same
/// kind differ in their names as real ones do) and its own pool of twelve sentences, their names
/// replaced by six more of the event's own; its articles
/// mix five sentences of the pool with its names, a few hours apart. About 200 events run at
/// once, and the stream advances about 2,000 articles a day. Every tenth article is a copy of
/// the one before it in its event with a line added: a wire copy. Everything is drawn from a
/// fixed seed, so a size always makes the same stream, and article *i* can be made alone, so
/// the stream is never held whole.
struct StoryCorpus {
    let sentences: [String]
    /// Articles per event.
    let perEvent = 10
    /// Events running at once.
    let concurrent = 200
    /// Seconds between two articles of the stream.
    let spacing = 43.2
    let start = Date(timeIntervalSince1970: 1_767_225_600)  // 2026-01-01

    init(sentenceFile: String?) {
        var lines: [String] = []
        if let sentenceFile, let data = FileManager.default.contents(atPath: sentenceFile) {
            for line in data.split(separator: 0x0A) {
                if let object = try? JSONSerialization.jsonObject(with: Data(line))
                    as? [String: Any],
                    let text = object["text"] as? String
                {
                    lines += text.split(separator: "\n").map(String.init)
                } else {
                    lines.append(String(decoding: line, as: UTF8.self))
                }
            }
        }
        lines = lines.filter { $0.count >= 40 && $0.count <= 400 }
        sentences = lines.count >= 100 ? lines : IngestBench.sentences
    }

    /// The event article `index` reports.
    func event(of index: Int) -> Int {
        let block = index / (concurrent * perEvent)
        return block * concurrent + index % concurrent
    }

    /// Article `index` of the stream.
    func article(_ index: Int) -> StoryDocument {
        let event = event(of: index)
        let position = (index / concurrent) % perEvent
        var random = SplitMix(seed: UInt64(event) &* 0x9E37_79B9 &+ 17)
        let person = name(&random) + " " + name(&random)
        let place = name(&random)
        let organisation =
            name(&random) + " "
            + ["Group", "Council", "Authority", "Union"][Int(random.next() % 4)]
        // The event's own names stand in for the names of the borrowed sentences, as two
        // events told in the same words differ in whom and where they are about.
        let cast = (0..<6).map { _ in name(&random) }
        let pool = (0..<12).map { _ in
            Self.recast(sentences[Int(random.next() % UInt64(sentences.count))], with: cast)
        }
        let date = start.addingTimeInterval(Double(index) * spacing)
        if position % 10 == 9, index >= concurrent {
            // A wire copy of the event's previous article, with a line added.
            var copy = article(index - concurrent)
            copy.id = "a\(index)"
            copy.published = date
            copy.text += "\nThis story was updated at \(index % 24):\(10 + index % 50)."
            return copy
        }
        var lines = ["\(person) said in \(place) on Tuesday that the \(organisation) would act."]
        // Five of the event's twelve sentences, chosen for this article.
        var pick = SplitMix(seed: UInt64(index) &* 0x2545_F491_4F6C_DD1D &+ 3)
        var chosen = Array(pool.indices)
        for slot in 0..<5 {
            chosen.swapAt(slot, slot + Int(pick.next() % UInt64(chosen.count - slot)))
            lines.append(pool[chosen[slot]])
        }
        lines.append("The \(organisation) in \(place) has not commented on what \(person) said.")
        return StoryDocument(
            id: "a\(index)", text: lines.joined(separator: "\n"),
            title: "\(person) in \(place): report \(position + 1)", published: date,
            source: "outlet\(index % 50).example")
    }

    /// `sentence` with each capitalised word after the first replaced by one of `cast`, the
    /// same word always by the same name.
    static func recast(_ sentence: String, with cast: [String]) -> String {
        var words = sentence.split(separator: " ", omittingEmptySubsequences: false).map(
            String.init)
        for index in words.indices.dropFirst() {
            let word = words[index]
            guard let first = word.unicodeScalars.first,
                CharacterSet.uppercaseLetters.contains(first),
                word.count > 1
            else { continue }
            let letters = word.prefix { $0.isLetter }
            var hash: UInt64 = 1469598103934665603
            for byte in letters.utf8 { hash = (hash ^ UInt64(byte)) &* 1099511628211 }
            words[index] = cast[Int(hash % UInt64(cast.count))] + word.dropFirst(letters.count)
        }
        return words.joined(separator: " ")
    }

    private func name(_ random: inout SplitMix) -> String {
        let syllables = [
            "ka", "lor", "ven", "mi", "dra", "sol", "tem", "ri", "an", "bel", "cor", "du", "fen",
            "gal", "hor", "is",
        ]
        let count = 2 + Int(random.next() % 2)
        let raw = (0..<count).map { _ in syllables[Int(random.next() % UInt64(syllables.count))] }
            .joined()
        return raw.prefix(1).uppercased() + raw.dropFirst()
    }
}
