extension ExtractedPage {
    /// The page as Markdown: title, metadata, then the body's blocks.
    public func markdown() -> String {
        var lines: [String] = []
        if let title = metadata.title { lines.append("# \(title)\n") }
        let facts: [(String, String?)] = [
            ("Authors", metadata.authors.isEmpty ? nil : metadata.authors.joined(separator: ", ")),
            ("Published", metadata.published), ("Modified", metadata.modified),
            ("Site", metadata.siteName), ("URL", metadata.canonicalURL),
            ("Language", metadata.language),
        ]
        for (name, value) in facts { if let value { lines.append("- \(name): \(value)") } }
        if !lines.isEmpty { lines.append("") }
        for block in blocks {
            switch block.kind {
            case .heading: lines.append("## \(block.text)\n")
            case .listItem: lines.append("- \(block.text)")
            case .quote: lines.append("> \(block.text)\n")
            case .caption: lines.append("_\(block.text)_\n")
            case .preformatted: lines.append("```\n\(block.text)\n```\n")
            case .paragraph: lines.append("\(block.text)\n")
            }
        }
        return lines.joined(separator: "\n")
    }
}
