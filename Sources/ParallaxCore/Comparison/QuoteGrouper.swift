import Foundation

/// Groups the quotations of several sources into one entry per quotation, with the speaker,
/// every source that carries it, and how their wordings differ.
enum QuoteGrouper {
    /// The share of words two wordings must share to be one quotation.
    static let sameQuotation = 0.5
    /// The share for two direct quotations (in quotation marks) of one speaker: two outlets
    /// quoting the same words share more of them than two reports of what was said, and a
    /// spokeswoman's "… are currently at the scene of a large fire at a Waitrose store, which
    /// is being treated as potentially suspicious" is not her "The fire has progressed rapidly
    /// through the store … It is being treated as potentially suspicious."
    static let sameDirectQuotation = 0.6
    /// The share when either wording has no known speaker: the speaker then comes from the
    /// words alone, and three common words ("houses", "damaged", "people") are no proof.
    static let sameUnattributedQuotation = 0.7
    /// The share, and the fewest shared words, for one wording given to two speakers: the
    /// same quotation that outlets attribute differently ("Bensu Elianita" and "a Bukit Sama
    /// village resident"; or two people, a difference the report shows).
    static let sameQuotationOtherSpeaker = (share: 0.8, words: 6.0)

    /// Whether one of two wordings holds the other word for word, whatever the case and the
    /// punctuation at its ends.
    static func contains(_ a: String, _ b: String) -> Bool {
        contains(LoweredText(a), LoweredText(b))
    }

    static func contains(_ a: LoweredText, _ b: LoweredText) -> Bool {
        let (longer, shorter) = a.length >= b.length ? (a, b) : (b, a)
        return !shorter.core.isEmpty && longer.holds(shorter.core)
    }

    /// A wording in lower case, with its length and its core (without the punctuation and
    /// spaces at its ends), made once: grouping tests a wording against every candidate.
    struct LoweredText {
        private static let ends = CharacterSet.punctuationCharacters.union(.whitespaces)
        let text: String
        let length: Int
        let core: String

        init(_ text: String) {
            self.text = text.lowercased()
            length = self.text.count
            core = self.text.trimmingCharacters(in: Self.ends)
        }

        /// Whether the text holds `part`, code unit for code unit, as Foundation's `contains`
        /// finds it. Searched by hand in UTF-8 (each place holding the part's first byte,
        /// found by `memchr`, compared by `memcmp`): Foundation's search copies both strings
        /// to UTF-16 on every call, and the standard library's `firstRange(of:)` compares
        /// byte by byte, the one a third of a comparison whose page held 4,000 quotations and
        /// the other three times slower.
        func holds(_ part: String) -> Bool {
            var (text, part) = (text, part)
            return text.withUTF8 { text in
                part.withUTF8 { part in
                    guard let first = part.first else { return true }
                    guard part.count <= text.count, let base = text.baseAddress,
                        let needle = part.baseAddress
                    else { return false }
                    let last = text.count - part.count
                    var start = 0
                    while start <= last,
                        let found = memchr(base + start, Int32(first), last - start + 1)
                    {
                        let offset = UnsafeRawPointer(base).distance(to: found)
                        if memcmp(base + offset, needle, part.count) == 0 { return true }
                        start = offset + 1
                    }
                    return false
                }
            }
        }
    }

    /// A speaker's name with its key (``speakerKey(_:)``), made once: grouping compares
    /// speakers for every candidate quotation.
    struct Speaker {
        let name: String
        let key: String
        /// The name where it is one word of two to six capitals ("CHP", "FBI").
        let acronym: String?
        /// The first letters of a name of two capitalised words or more, the small words
        /// between them left out: "CHP" for "California Highway Patrol", "FBI" for "Federal
        /// Bureau of Investigation".
        let initials: String?

        init(_ name: String) {
            self.name = name
            key = QuoteGrouper.speakerKey(name)
            let words = name.split(separator: " ")
            acronym =
                words.count == 1 && (2...6).contains(name.count)
                    && name.allSatisfy({ $0.isUppercase && $0.isLetter }) ? name : nil
            let capitalised = words.filter { $0.first?.isUppercase ?? false }
            initials =
                capitalised.count >= 2
                    && words.allSatisfy({
                        $0.first?.isUppercase ?? false || Self.smallWords.contains(String($0))
                    }) ? String(capitalised.compactMap(\.first)) : nil
        }

        /// Words a name of a body leaves out of its initials.
        static let smallWords: Set<String> = ["of", "the", "and", "for", "on", "in", "&"]
    }

    static func group(_ analyses: [ArticleAnalysis], people: PeopleIndex) -> [QuoteReport] {
        struct Entry {
            var speaker: Speaker?
            var speakerKind: Entity.Kind?
            var kind: Quote.Kind
            var variants: [Wording]
        }
        /// One source's wording, with the speaker it names (completed) and its kind, its
        /// content words, and those of them not written with a capital (the words that name
        /// nothing).
        struct Wording {
            var source: Int
            var quote: Quote
            var speaker: Speaker?
            var speakerKind: Entity.Kind?
            var words: Set<String>
            var plain: Set<String>
            var text: LoweredText
        }
        var entries: [Entry] = []
        // Every wording's entry and place in it, and the wordings of each word: a quotation
        // is compared only with the wordings it shares a word with, the number shared counted
        // once for all (each test asks for one shared word or more). Comparing it with every
        // entry cost a fifteenth of a 200-article comparison.
        var wordings: [(entry: Int, variant: Int)] = []
        var postings: [String: [Int32]] = [:]
        var shared: [Int32] = []
        // Each entry's wordings sharing words with the quotation at hand, kept by entry
        // number and emptied after each quotation: a dictionary keyed by entry cost half of a
        // comparison whose pages each held 7,500 quotations sharing words.
        var candidates: [[(variant: Int, shared: Int)]] = []
        for analysis in analyses {
            for quote in analysis.quotes {
                let tokens = Tokenizer.tokens(Typography.unify(quote.text))
                let words = Set(Terms.content(of: tokens))
                guard !words.isEmpty else { continue }
                let plain = Set(
                    tokens.indices.lazy.filter { $0 == 0 || !tokens[$0].isCapitalized }
                        .compactMap { Terms.term(for: tokens[$0]) })
                let completed = quote.speaker.map { people.speaker($0, kind: quote.speakerKind) }
                let speaker = completed.map { Speaker($0.name) }
                let speakerKind = completed?.kind ?? quote.speakerKind
                let text = LoweredText(quote.text)
                var touched: [Int32] = []
                for word in words {
                    for wording in postings[word] ?? [] {
                        if shared[Int(wording)] == 0 { touched.append(wording) }
                        shared[Int(wording)] += 1
                    }
                }
                var touchedEntries: [Int] = []
                for wording in touched {
                    let (entry, variant) = wordings[Int(wording)]
                    if candidates[entry].isEmpty { touchedEntries.append(entry) }
                    candidates[entry].append((variant, Int(shared[Int(wording)])))
                    shared[Int(wording)] = 0
                }
                defer {
                    for entry in touchedEntries {
                        candidates[entry].removeAll(keepingCapacity: true)
                    }
                }
                // The entry this wording is closest to (the share of the longer wording's words
                // the two share), the first on a tie: "Another four people died in hospitals
                // …" is more of "Four other people died in hospitals …" than of "Five people
                // had so far been confirmed dead", though close enough to both.
                func closeness(_ index: Int) -> Double? {
                    let entry = entries[index]
                    // Words given to different speakers are different quotations, unless they
                    // are nearly all the same words, and enough of them: then outlets attribute
                    // one quotation differently.
                    let least: Double
                    let fewest: (Double) -> Double
                    if entry.speaker == nil || speaker == nil {
                        (least, fewest) = (sameUnattributedQuotation, { min(3, $0) })
                    } else if sameSpeaker(entry.speaker!, speaker!) {
                        (least, fewest) = (sameQuotation, { min(3, $0) })
                    } else if quote.kind == .direct, entry.kind == .direct {
                        (least, fewest) = (
                            sameQuotationOtherSpeaker.share,
                            { _ in sameQuotationOtherSpeaker.words }
                        )
                    } else {
                        return nil
                    }
                    var best: Double?
                    for candidate in candidates[index] {
                        let variant = entry.variants[candidate.variant]
                        let smaller = Double(min(variant.words.count, words.count))
                        let shared = Double(candidate.shared)
                        // One source's two statements are two, though they name the same
                        // places ("The ferry had left Port Avelline …" and "all sailings
                        // between Port Avelline and Skerrow …"): an article repeats a
                        // quotation nearly word for word, and in more than one content word
                        // ("Would we have done it without him?" is no repeat of "We wanted to
                        // get that done").
                        let share = shared / smaller
                        // Closeness is counted on the longer wording: "a raw murderous act" is
                        // all in "We are all deeply shocked … victims of a raw, murderous act",
                        // which is still more of "We are deeply shocked … victims of a
                        // murderous act".
                        let close = shared / Double(max(variant.words.count, words.count))
                        guard close > best ?? -1 else { continue }
                        if variant.source == analysis.number {
                            if smaller >= 2
                                && (share >= sameQuotationOtherSpeaker.share
                                    || Self.contains(variant.text, text))
                            {
                                best = close
                            }
                            continue
                        }
                        // A wording of one content word is part of another only where the
                        // other has it word for word ("Absolutely no way"): "That's the
                        // sister" shouted is no part of a reporter's words on "the sister of
                        // the teen". Nor are two wordings one that share only names ("The
                        // ferry had left Port Avelline …" and "all sailings between Port
                        // Avelline and Skerrow …"): a quotation is told in its other words.
                        // Two outlets quoting one speaker word for word share more of the
                        // words than two reports of what was said.
                        let verbatim = quote.kind == .direct && variant.quote.kind == .direct
                        if share >= (verbatim ? max(least, sameDirectQuotation) : least)
                            && shared >= fewest(smaller)
                            && (smaller >= 2 && !variant.plain.isDisjoint(with: plain)
                                || Self.contains(variant.text, text))
                        {
                            best = close
                        }
                    }
                    return best
                }
                var match: Int?
                var closest = 0.0
                for index in touchedEntries.sorted() {
                    if let close = closeness(index), match == nil || close > closest {
                        (match, closest) = (index, close)
                    }
                }
                /// Adds the wording to entry `index` and to the word index.
                func record(in index: Int) {
                    let wording = Int32(wordings.count)
                    wordings.append((index, entries[index].variants.count))
                    shared.append(0)
                    for word in words { postings[word, default: []].append(wording) }
                    entries[index].variants.append(
                        Wording(
                            source: analysis.number, quote: quote, speaker: speaker,
                            speakerKind: speakerKind, words: words, plain: plain, text: text))
                }
                if let match {
                    if !entries[match].variants.contains(where: {
                        $0.source == analysis.number && $0.quote == quote
                    }) {
                        record(in: match)
                    }
                    // The fuller description of one speaker wins ("Reid's rep" over "rep"); of
                    // two, a named person over a description, and between equals a name over
                    // a single word ("Oregon State Police Lt. Gregg Hastings" over "Lt").
                    if let speaker {
                        let current = entries[match].speaker
                        let isPerson = speakerKind == .person
                        let wasPerson = entries[match].speakerKind == .person
                        let words = { (name: String) in name.split(separator: " ").count }
                        let fuller =
                            current.map { sameSpeaker($0, speaker) } ?? true
                            ? speaker.name.count > current?.name.count ?? 0
                            : isPerson != wasPerson
                                ? isPerson
                                : words(current?.name ?? "") == 1 && words(speaker.name) > 1
                        if fuller {
                            entries[match].speaker = speaker
                            entries[match].speakerKind = speakerKind
                        }
                    }
                    if quote.kind == .direct { entries[match].kind = .direct }
                } else {
                    entries.append(
                        Entry(
                            speaker: speaker, speakerKind: speakerKind, kind: quote.kind,
                            variants: []))
                    candidates.append([])
                    record(in: entries.count - 1)
                }
            }
        }
        return entries.enumerated().map { offset, entry in
            var entry = entry
            // The speaker more outlets name wins over the one an outlet read first: "A.J.
            // Smith" in three, "A.J. Butler" in one.
            if let current = entry.speaker {
                entry.speaker = namedByMostOutlets(
                    entry.variants.filter { $0.speakerKind == entry.speakerKind }
                        .compactMap { wording in wording.speaker.map { ($0, wording.source) } },
                    over: current)
            }
            // A direct quotation is given in its own words, not in an outlet's report of them:
            // "With Pierre, last week during practice he had a setback", not "Thomas suffered a
            // setback in practice last week" in quotation marks.
            let first =
                (entry.kind == .direct
                ? entry.variants.first(where: { $0.quote.kind == .direct }) : nil)?.quote
                ?? entry.variants[0].quote
            let variants = entry.variants.map { wording in
                QuoteReport.Variant(
                    source: wording.source, sentences: wording.quote.sentences,
                    text: wording.quote.text,
                    differences: wording.quote.text == first.text
                        ? nil : wordingDifference(first.text, wording.quote.text),
                    speaker: wording.speaker.flatMap { own in
                        entry.speaker.map { sameSpeaker($0, own) } ?? true ? nil : own.name
                    })
            }
            return QuoteReport(
                id: "Q\(offset + 1)", speaker: entry.speaker?.name, speakerKind: entry.speakerKind,
                kind: entry.kind, text: first.text,
                sources: Array(Set(entry.variants.map(\.source))).sorted(), variants: variants)
        }
    }

    /// Whether two speakers can be one: the same, however their initials are written ("A.J.
    /// Butler" and "AJ Butler"), or one a description the other ends with ("rep" and "Reid's
    /// rep"; not "police spokesman" and "army spokesman").
    static func sameSpeaker(_ a: String, _ b: String) -> Bool {
        a == b || sameSpeaker(Speaker(a), Speaker(b))
    }

    static func sameSpeaker(_ a: Speaker, _ b: Speaker) -> Bool {
        guard a.name != b.name else { return true }
        // "CHP" and "California Highway Patrol", "UNRWA" and "United Nations Relief and Works
        // Agency".
        if a.acronym.map({ $0 == b.initials }) ?? false
            || b.acronym.map({ $0 == a.initials }) ?? false
        {
            return true
        }
        let (short, long) = a.key.utf8.count <= b.key.utf8.count ? (a.key, b.key) : (b.key, a.key)
        return long == short || long.hasSuffix(" " + short)
    }

    /// Of the speakers that wordings of one quotation name (each with its source), the one
    /// the most outlets name, counting with it the speakers it can be (``sameSpeaker(_:_:)``),
    /// in its fullest name; `current` where no speaker is named by more outlets than it.
    ///
    /// Each distinct name is compared with each other once, not each wording with each other:
    /// a page can hold thousands of one speaker's quotations.
    static func namedByMostOutlets(_ named: [(Speaker, source: Int)], over current: Speaker)
        -> Speaker
    {
        // The distinct names in the order they were read, with the sources naming each.
        var speakers: [Speaker] = []
        var sources: [[Int]] = []
        var place: [String: Int] = [:]
        for (speaker, source) in named {
            if let index = place[speaker.name] {
                sources[index].append(source)
            } else {
                place[speaker.name] = speakers.count
                speakers.append(speaker)
                sources.append([source])
            }
        }
        func outlets(_ speaker: Speaker) -> Int {
            var counted = Set<Int>()
            for (other, its) in zip(speakers, sources) where sameSpeaker(other, speaker) {
                counted.formUnion(its)
            }
            return counted.count
        }
        let counts = speakers.map(outlets)
        guard let best = counts.indices.max(by: { counts[$0] < counts[$1] }),
            counts[best] > outlets(current)
        else { return current }
        let rival = speakers[best]
        return speakers.filter { sameSpeaker($0, rival) }.max { $0.name.count < $1.name.count }!
    }

    /// A speaker's words in lower case, with initials written as one word: "A.J. Butler",
    /// "A. J. Butler" and "AJ Butler" are one person.
    static func speakerKey(_ name: String) -> String {
        var words: [Substring] = []
        var initials = ""
        for word in name.lowercased().split(whereSeparator: { $0 == " " || $0 == "." }) {
            if word.count == 1 {
                initials += word
                continue
            }
            if !initials.isEmpty { words.append(Substring(initials)) }
            initials = ""
            words.append(word)
        }
        if !initials.isEmpty { words.append(Substring(initials)) }
        return words.joined(separator: " ")
    }

    /// How one wording differs from another in words and numbers, ignoring case and
    /// punctuation: each place where they part, in reading order, as the words it has for the
    /// other's (`has "sustained" for "suffered"`), lacks or adds. A wording that parts from the
    /// other in more than four places, or in two or more changing more words than they share,
    /// or in one where it has other words for more words than they share (a fragment: `has
    /// "raw" for "We are deeply shocked … victims of a"`), is given whole (`reads "…"`), its
    /// changes being no easier to follow than itself. One place where it only lacks or adds
    /// words stays a change, however long: what a shorter quotation leaves out.
    static func wordingDifference(_ reference: String, _ other: String) -> String? {
        let a = Tokenizer.tokens(Typography.unify(reference)).filter { $0.kind != .punctuation }
        let b = Tokenizer.tokens(Typography.unify(other)).filter { $0.kind != .punctuation }
        let diff = b.map(\.lowercased).difference(from: a.map(\.lowercased))
        guard !diff.isEmpty else { return "punctuation only" }
        func offset(_ change: CollectionDifference<String>.Change) -> Int {
            switch change {
            case .remove(let offset, _, _), .insert(let offset, _, _): offset
            }
        }
        let removed = Set(diff.removals.map(offset))
        let inserted = Set(diff.insertions.map(offset))
        // Walk both wordings side by side: a run of words removed from the one and inserted in
        // the other where they part is one change.
        var parts: [String] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            var lost: [String] = []
            var gained: [String] = []
            while i < a.count, removed.contains(i) {
                lost.append(a[i].text)
                i += 1
            }
            while j < b.count, inserted.contains(j) {
                gained.append(b[j].text)
                j += 1
            }
            // Most places are shared words: their quoted runs are only written for a change.
            func quoted(_ words: [String]) -> String { "\"\(words.joined(separator: " "))\"" }
            switch (lost.isEmpty, gained.isEmpty) {
            case (true, true):
                i += 1
                j += 1
            case (false, false): parts.append("has \(quoted(gained)) for \(quoted(lost))")
            case (false, true): parts.append("lacks \(quoted(lost))")
            case (true, false): parts.append("adds \(quoted(gained))")
            }
        }
        let changed = diff.removals.count + diff.insertions.count
        let shared = a.count - diff.removals.count
        let onlyLacksOrAdds = diff.removals.isEmpty || diff.insertions.isEmpty
        guard (parts.count == 1 && onlyLacksOrAdds) || (parts.count <= 4 && changed <= shared)
        else {
            return "reads \"\(other.trimmingWhitespace())\""
        }
        return parts.joined(separator: "; ")
    }
}

/// The people a story names, so that "Antonov" and "Anatoly Antonov" read as one person, and
/// "Mark Heller" and "Mark Jay Heller" too.
struct PeopleIndex {
    /// Per surname, its most used name of two or more words (``mostUsed(_:)``).
    private var fullNames: [String: String] = [:]
    /// Per surname, the names of two or more words the story gives it.
    private var namesBySurname: [String: Set<String>] = [:]
    /// How often the story gives each name of two or more words.
    private var uses: [String: Int] = [:]
    /// Per first name, the names of two or more words the story opens with it.
    private var namesByFirstName: [String: Set<String>] = [:]

    init(_ analyses: [ArticleAnalysis]) {
        var counts: [String: [String: Int]] = [:]
        for analysis in analyses {
            for sentence in analysis.sentences where sentence.isBodyText {
                // A "surname" in capitals is an acronym that ran into other names
                // ("Freedom Fabric AMD"), not a person's.
                for entity in sentence.entities
                where entity.kind == .person && !Token.isAllCaps(entity.surname) {
                    counts[entity.surname.lowercased(), default: [:]][entity.text, default: 0] += 1
                }
            }
        }
        for (surname, names) in counts {
            let long = names.filter { $0.key.contains(" ") }
            namesBySurname[surname] = Set(long.keys)
            uses.merge(long) { $1 }
        }
        for (surname, names) in namesBySurname {
            if let best = mostUsed(names) { fullNames[surname] = best }
            for name in names {
                let first = name.prefix { $0 != " " }.lowercased()
                namesByFirstName[first, default: []].insert(name)
            }
        }
    }

    /// The name and kind a quotation's speaker takes in the story. Only a person's name is
    /// completed from the people the story names: "AMD" speaking as a company is not the
    /// surname of "Freedom Fabric AMD". One word read as no kind of name is a person's where
    /// it is the first name of one person the story names in full ("Doug said", "Doug
    /// McDermott").
    func speaker(_ name: String, kind: Entity.Kind?) -> (name: String, kind: Entity.Kind?) {
        switch kind {
        case .person?, nil: (canonical(name), kind)
        case .other?: person(calledByFirstName: name).map { ($0, .person) } ?? (name, kind)
        default: (name, kind)
        }
    }

    /// The one person the story names in full with the first name `name` ("Doug McDermott"
    /// for "Doug", beside his father "Greg McDermott"), as it names them most; `nil` where it
    /// names none or several, or `name` is no given name of ``PersonSex``'s lists: a story's
    /// names of people hold names of things mistaken for them ("Apple MacBook Pro").
    func person(calledByFirstName name: String) -> String? {
        guard PersonSex.suggested(byGivenName: name) != nil,
            let names = namesByFirstName[name.lowercased()]
        else { return nil }
        let people = Set(names.map(usual))
        return people.count == 1 ? people.first : nil
    }

    /// Of `names`, the one the story gives most often, the longest on a tie.
    private func mostUsed(_ names: Set<String>) -> String? {
        names.max { (uses[$0] ?? 0, $0.count, $1) < (uses[$1] ?? 0, $1.count, $0) }
    }

    /// The name the story gives most often to the person `name` refers to, or `name` itself.
    /// A surname alone is that person's; a name of more words is the one fuller name the
    /// story ends with it ("Van Rompuy", "Herman Van Rompuy"). A first name and surname and
    /// the one name the story gives them with middle names or initials ("Mark Jay Heller",
    /// "Anatoly Ivanovich Antonov") are one person, named as the story names them most; where
    /// it gives two such names, none is: "George Bush" stays itself in a story of "George W.
    /// Bush" and "George H. W. Bush".
    func canonical(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard let last = words.last else { return name }
        let surname = last.lowercased()
        if words.count == 1, let full = fullNames[surname] { return usual(full) }
        guard words.count >= 2, let names = namesBySurname[surname] else { return name }
        // "Van Rompuy" for "Herman Van Rompuy": the one fuller name that ends with it.
        let ending = " " + name.lowercased()
        let fuller = names.filter { $0.count > name.count && $0.lowercased().hasSuffix(ending) }
        if fuller.count == 1 { return fuller.first! }
        return usual(name)
    }

    /// Of `name` and the story's other names with its first name and surname, the most used,
    /// the longest on a tie; `name` itself where two of them have middle names.
    private func usual(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count >= 2, let names = namesBySurname[words.last!.lowercased()] else {
            return name
        }
        let (first, surname) = (words[0].lowercased(), words.last!.lowercased())
        let variants = names.union([name]).filter { other in
            let otherWords = other.split(separator: " ")
            return otherWords[0].lowercased() == first && otherWords.last?.lowercased() == surname
        }
        guard variants.filter({ $0.split(separator: " ").count > 2 }).count <= 1 else {
            return name
        }
        return mostUsed(variants)!
    }
}
