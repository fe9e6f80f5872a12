/// People the sources name differently: the same given name with a surname spelled another way
/// ("Aldous Ferrin" and "Aldous Ferran"), which one of them must have wrong.
enum NameVariants {
    /// A spelling of a name and where a source first uses it.
    struct Mention {
        var name: String
        var sentence: AnalyzedSentence
    }

    /// Pairs of spellings, from different sources, that name one person differently: each
    /// with the first mention of every source that uses it and not the other, in source order.
    static func conflicts(_ analyses: [ArticleAnalysis]) -> [([Mention], [Mention])] {
        var first: [String: Mention] = [:]
        var names: [(source: Int, name: String)] = []
        for analysis in analyses {
            for sentence in analysis.sentences where sentence.isBodyText {
                for entity in sentence.entities where entity.kind == .person {
                    guard let spelling = spelling(entity.text) else { continue }
                    let key = "\(analysis.number)|\(spelling)"
                    if first[key] == nil {
                        first[key] = Mention(name: entity.text, sentence: sentence)
                        names.append((analysis.number, spelling))
                    }
                }
            }
        }
        // Every spelling, with the sources that use it.
        var sources: [String: Set<Int>] = [:]
        for (source, name) in names { sources[name, default: []].insert(source) }
        var found: [([Mention], [Mention])] = []
        // Variants share a given name, so only names with the same first word are compared.
        let byGivenName = Dictionary(grouping: sources.keys.sorted()) {
            String($0.prefix { $0 != " " })
        }
        for given in byGivenName.keys.sorted() {
            let spellings = byGivenName[given]!
            for (index, a) in spellings.enumerated() {
                for b in spellings[(index + 1)...] where isVariant(a, b) {
                    // Only where the two spellings come from different sources: each side is
                    // the sources that use one spelling and not the other.
                    let mentionsA = sources[a]!.subtracting(sources[b]!).sorted().compactMap {
                        first["\($0)|\(a)"]
                    }
                    let mentionsB = sources[b]!.subtracting(sources[a]!).sorted().compactMap {
                        first["\($0)|\(b)"]
                    }
                    guard let firstA = mentionsA.first, let firstB = mentionsB.first else {
                        continue
                    }
                    found.append(
                        firstA.sentence.ref.source < firstB.sentence.ref.source
                            ? (mentionsA, mentionsB) : (mentionsB, mentionsA))
                }
            }
        }
        return found.sorted { $0.0[0].sentence.ref < $1.0[0].sentence.ref }
    }

    /// A person's name as "Given Surname", its first and last words of three letters or more
    /// ("Aldous Ferrin" for "Aldous J. Ferrin"); nil for a name of fewer such words, or one
    /// that ends in a title, an office the recogniser took for a person ("State Fire
    /// Marshal", whose "Marshall" elsewhere is a misspelling, not another person's name).
    static func spelling(_ name: String) -> String? {
        let words: [Substring] = name.split(separator: " ").filter { $0.count > 2 }
        guard let given = words.first, let surname = words.last, words.count >= 2,
            !Lexicon.personTitles.contains(surname.lowercased())
        else {
            return nil
        }
        return "\(given) \(surname)"
    }

    /// Whether two "Given Surname" names differ only by a small misspelling of the surname.
    /// A plural's "s" and the British "-re" for the American "-er" are no misspelling: names
    /// the recogniser takes for people ("Tony Awards", "Kodak Theatre") differ so.
    static func isVariant(_ a: String, _ b: String) -> Bool {
        let partsA: [Substring] = a.split(separator: " ")
        let partsB: [Substring] = b.split(separator: " ")
        guard partsA.first == partsB.first, let surnameA = partsA.last, let surnameB = partsB.last,
            surnameA != surnameB, min(surnameA.count, surnameB.count) >= 4
        else { return false }
        let (short, long) =
            surnameA.count < surnameB.count
            ? (surnameA, surnameB) : (surnameB, surnameA)
        if long == short + "s" { return false }
        if surnameA.count == surnameB.count, surnameA.dropLast(2) == surnameB.dropLast(2),
            Set([surnameA.suffix(2), surnameB.suffix(2)]) == ["re", "er"]
        {
            return false
        }
        return ConflictDetector.editDistance(String(surnameA), String(surnameB)) <= 2
    }
}
