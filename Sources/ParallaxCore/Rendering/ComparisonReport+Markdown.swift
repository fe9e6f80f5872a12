extension ComparisonReport {
    /// The report as Markdown for people: sources numbered, every statement followed by the
    /// sentences it rests on as `[source.sentence]`.
    public func markdown() -> String {
        var out: [String] = []
        let names = Dictionary(uniqueKeysWithValues: sources.map { ($0.number, $0.name) })
        out.append("# Comparison of \(sources.count) reports")
        out.append("")
        if let title = sources.compactMap(\.title).first { out.append("_\(Self.escape(title))_\n") }

        out.append("## Summary\n")
        if summary.isEmpty { out.append("No fact is reported by two sources.\n") }
        for sentence in summary {
            var cites = sentence.sources.map { "[\($0)]" }.joined()
            for group in sentence.partial ?? [] {
                let missing = group.missing.map { "\u{201C}\(Self.escape($0))\u{201D}" }
                cites +=
                    "; without " + missing.joined(separator: ", ") + ": "
                    + group.sources.map { "[\($0)]" }.joined()
            }
            out.append("- \(Self.escape(sentence.text)) \(cites)")
        }
        out.append("")

        out.append("## Sources\n")
        for source in sources {
            var line = "\(source.number). **\(Self.escape(source.name))**"
            if let title = source.title { line += ": \(Self.escape(title))" }
            if let published = source.published { line += " (\(published))" }
            out.append(line)
            let headings = source.sentences.filter { $0.heading == true }.count
            out.append(
                "   \(source.sentences.count - headings) sentences kept, \(source.removed.count) removed"
                    + (source.url.map { ", \($0)" } ?? ""))
            for removal in source.removed {
                out.append(
                    "   - removed line \(removal.line) (\(removal.reason.rawValue)): "
                        + "\"\(Self.escape(Self.clip(removal.text)))\": \(removal.explanation)")
            }
        }
        out.append("")

        out.append("## Claims by source\n")
        out.append("| claim | " + sources.map { "[\($0.number)]" }.joined(separator: " | ") + " |")
        out.append("| --- |" + String(repeating: " :---: |", count: sources.count))
        let marks: [ClaimRow.Stance: String] = [
            .reports: "reports", .contradicts: "**contradicts**", .related: "_related_",
            .silent: "·",
        ]
        for row in grid {
            out.append(
                "| \(row.fact) \(Self.escape(Self.clip(row.claim))) | "
                    + row.cells.map { marks[$0.stance]! }.joined(separator: " | ") + " |")
        }
        out.append("")

        out.append("## Agreed: \(agreed.count) facts reported by two or more sources\n")
        // Facts of one happening share its other sentences: they are listed with the first
        // fact only, and the later facts point to it, so that a story told as one happening
        // does not repeat a list of up to 30 sentences under every fact. The happening is the
        // fact's own where given (each fact's list holds the sentences closest to it, so the
        // lists of a large happening differ), else its sentences.
        var firstOfHappening: [AnyHashable: String] = [:]
        // The sources whose sentences in a fact tell of its happening without stating it are
        // listed apart, as the grid marks them.
        var relatedSources: [String: Set<Int>] = [:]
        for row in grid {
            for cell in row.cells where cell.stance == .related {
                relatedSources[row.fact, default: []].insert(cell.source)
            }
        }
        for fact in agreed {
            let conflictNote = fact.conflicts.map { " (see \($0.joined(separator: ", ")))" } ?? ""
            let related = relatedSources[fact.id] ?? []
            let relatedNote =
                related.isEmpty ? "" : ", related " + related.sorted().map { "[\($0)]" }.joined()
            let stating = fact.sources.filter { !related.contains($0) }
            out.append(
                "- **\(fact.id)** \(stating.map { "[\($0)]" }.joined())\(relatedNote), similarity \(fact.similarity)"
                    + conflictNote)
            for evidence in fact.evidence {
                out.append("  - [\(evidence.sentence)] \(Self.escape(evidence.text))")
            }
            if let related = fact.related {
                let happening =
                    fact.happening.map(AnyHashable.init)
                    ?? AnyHashable(Set((fact.evidence + related).map(\.sentence)))
                if let first = firstOfHappening[happening] {
                    out.append("  - same happening as \(first)")
                } else {
                    firstOfHappening[happening] = fact.id
                    out.append(
                        "  - also about this happening: "
                            + related.map { "[\($0.sentence)]" }.joined(separator: " "))
                }
            }
        }
        out.append("")

        out.append("## Unique: \(unique.count) facts and details only one source reports\n")
        for number in sources.map(\.number) {
            let facts = unique.filter { $0.source == number }
            guard !facts.isEmpty else { continue }
            out.append("### Only [\(number)] \(Self.escape(names[number] ?? ""))\n")
            for fact in facts {
                let ref = fact.evidence.first.map { "[\($0.sentence)]" } ?? ""
                switch fact.kind {
                case .claim: out.append("- \(Self.escape(fact.fact)) \(ref)")
                case .detail:
                    out.append(
                        "- detail **\(Self.escape(fact.fact))**, in: \(Self.escape(fact.evidence.first?.text ?? "")) \(ref)"
                    )
                }
            }
            out.append("")
        }

        out.append("## Conflicts: \(conflicts.count)\n")
        for conflict in conflicts {
            out.append(
                "- **\(conflict.id)** \(conflict.kind.rawValue), \(conflict.aspect.rawValue): \(Self.escape(conflict.description))"
            )
            for side in conflict.sides {
                out.append(
                    "  - [\(side.sentence)] \(Self.escape(side.value)): \(Self.escape(side.text))")
            }
        }
        out.append("")

        out.append("## Quotes: \(quotes.count)\n")
        for quote in quotes {
            let speaker = quote.speaker.map(Self.escape) ?? "unattributed"
            let cites = quote.variants.map {
                "[\($0.sentences.first?.description ?? "\($0.source)")]"
            }
            .joined()
            let marks = quote.kind == .direct ? "\"" : ""
            out.append(
                "- **\(speaker)**\(quote.kind == .indirect ? " (reported)" : ""): \(marks)\(Self.escape(quote.text))\(marks) \(cites)"
            )
            for variant in quote.variants {
                if let speaker = variant.speaker {
                    out.append("  - [\(variant.source)] attributes it to \(Self.escape(speaker))")
                }
                if let differences = variant.differences {
                    out.append("  - [\(variant.source)] wording \(Self.escape(differences))")
                }
            }
        }
        out.append("")

        out.append("## Timeline\n")
        for entry in timeline.entries {
            let name = Self.escape(names[entry.source] ?? "")
            let added =
                entry.added.isEmpty ? entry.nothingAdded : entry.added.joined(separator: ", ")
            out.append(
                "- \(entry.published ?? "undated") [\(entry.source)] \(name)\(entry.first ? ", first" : ""): added \(added)"
            )
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func clip(_ text: String, to length: Int = 120) -> String {
        text.count <= length ? text : String(text.prefix(length)) + "…"
    }

    /// Escapes the characters Markdown would read as markup or HTML, for untrusted text.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            case "*", "_", "`", "[", "]", "\\", "#", "|": out += "\\\(character)"
            case "\n", "\r": out += " "
            default: out.append(character)
            }
        }
        return out
    }
}
