extension TextCleaner {
    /// Whether the first line of a text is its headline rather than its opening sentence.
    func isTitle(_ text: String) -> Bool {
        let words = TextShape.wordCount(text)
        guard words >= 2, words <= maximumHeadlineWords else { return false }
        if !TextShape.endsSentence(text) { return true }
        // A headline may end in a period, but is then short and a single sentence.
        return words <= 16 && SentenceSplitter.sentences(text).count == 1
            && !text.hasSuffix("\"") && !text.hasSuffix("\u{201D}")
    }

    /// Whether a line is shaped like a headline: short, one unpunctuated clause. A line that
    /// ends in a comma or a colon goes on in the next ("A magnitude 4.6 earthquake struck
    /// Northern California on Thursday morning,"), and one that ends opening a quotation or
    /// reads as prose (``TextShape/readsAsProse(_:)``) is the article's own, its full stop
    /// lost: no headline reads so.
    func isHeadlineShaped(_ text: String) -> Bool {
        let words = TextShape.wordCount(text)
        return words >= 3 && words <= maximumHeadlineWords && !TextShape.endsSentence(text)
            && !Self.goesOn.contains(text.last ?? " ") && !TextShape.readsAsProse(text)
    }

    /// The last marks of a line that goes on in the next: a comma, a colon, an opening
    /// quotation mark.
    private static let goesOn: Set<Character> = [",", ":", "\u{201C}"]

    /// Removes other stories' headlines dropped into the body and another article's teaser at
    /// the end, and marks related headline-shaped lines as subheadings.
    func removeForeignMatter(from blocks: inout [Block], title: String?, removals: inout [Removal])
    {
        guard blocks.count >= 2 else { return }
        // Most articles have no headline-shaped line and no truncated end: nothing to judge.
        guard
            TextShape.looksTruncated(blocks[blocks.count - 1].text)
                || blocks.contains(where: { isHeadlineShaped($0.text) })
        else { return }
        let terms = blocks.map { Set(Terms.content($0.text)) }
        var counts: [String: Int] = [:]
        for set in terms { for term in set { counts[term, default: 0] += 1 } }
        if let title { for term in Set(Terms.content(title)) { counts[term, default: 0] += 1 } }

        /// The share of a block's terms found in some other block of the article, leaving out
        /// the block `excluded`; with how many terms that is, of how many.
        func relatedness(_ index: Int, excluding excluded: Int? = nil) -> (Double, Int, Int) {
            let own = terms[index]
            guard !own.isEmpty else { return (1, 0, 0) }
            var shared = 0
            for term in own {
                var elsewhere = counts[term, default: 0] - 1
                if let excluded, terms[excluded].contains(term) { elsewhere -= 1 }
                if elsewhere > 0 { shared += 1 }
            }
            return (Double(shared) / Double(own.count), shared, own.count)
        }

        var removed: Set<Int> = []
        // Another article's teaser: a headline, then a closing paragraph cut off mid-sentence.
        let last = blocks.count - 1
        if last >= 1, TextShape.looksTruncated(blocks[last].text) {
            let teaser = last - 1
            let (tailShare, _, _) = relatedness(last, excluding: teaser)
            if isHeadlineShaped(blocks[teaser].text), tailShare < 0.6 || relatedness(teaser).0 < 0.5
            {
                for index in [teaser, last] {
                    removed.insert(index)
                    let explanation =
                        index == teaser
                        ? "headline of another story, followed by its truncated opening"
                        : "closing paragraph cut off mid-sentence after another story's headline"
                    removals.append(
                        Removal(
                            text: blocks[index].text, reason: .foreignTeaser,
                            line: blocks[index].line, explanation: explanation))
                }
            }
        }
        let headlineCandidates = Set(
            blocks.indices.filter {
                !removed.contains($0) && isHeadlineShaped(blocks[$0].text)
            })
        // A headline belongs to the article when the article's prose, headlines left out,
        // shares its words.
        var proseCounts: [String: Int] = [:]
        for index in blocks.indices
        where !headlineCandidates.contains(index) && !removed.contains(index) {
            for term in terms[index] { proseCounts[term, default: 0] += 1 }
        }
        if let title {
            for term in Set(Terms.content(title)) { proseCounts[term, default: 0] += 1 }
        }
        for index in headlineCandidates.sorted() {
            let own = terms[index]
            let shared = own.filter { proseCounts[$0, default: 0] > 0 }.count
            let total = own.count
            let share = total == 0 ? 1 : Double(shared) / Double(total)
            if share < headlineRelatedness {
                removed.insert(index)
                removals.append(
                    Removal(
                        text: blocks[index].text, reason: .unrelatedHeadline,
                        line: blocks[index].line,
                        explanation:
                            "headline-shaped line sharing \(shared) of its \(total) content words with the article"
                    ))
            } else {
                blocks[index].isHeading = true
            }
        }
        blocks = blocks.indices.filter { !removed.contains($0) }.map { blocks[$0] }
    }
}
