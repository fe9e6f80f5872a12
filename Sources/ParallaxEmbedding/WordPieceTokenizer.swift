import Foundation

/// BERT's uncased tokenizer: text to the vocabulary ids the model was trained on.
///
/// Follows Hugging Face's `BertTokenizer` with `do_lower_case`: control characters are
/// dropped, CJK ideographs and punctuation become tokens of their own, words are lowercased and
/// stripped of accents, then split greedily into the longest pieces in the vocabulary
/// (`playing` → `play`, `##ing`). A word with no such split, or longer than 100 characters,
/// is `[UNK]`. Written by hand because no Swift package here tokenizes for BERT.
struct WordPieceTokenizer: Sendable {
    private let vocabulary: [String: Int32]
    let unknown: Int32
    let start: Int32
    let end: Int32

    /// Reads a `vocab.txt`: one piece a line, its id the line's number from 0.
    init(vocabularyFile file: URL) throws(EmbeddingError) {
        let text: String
        do {
            text = try String(contentsOf: file, encoding: .utf8)
        } catch {
            throw .unreadable(file, reason: error.localizedDescription)
        }
        var vocabulary: [String: Int32] = [:]
        var id: Int32 = 0
        text.enumerateLines { line, _ in
            if vocabulary[line] == nil { vocabulary[line] = id }
            id += 1
        }
        guard let unknown = vocabulary["[UNK]"], let start = vocabulary["[CLS]"],
            let end = vocabulary["[SEP]"]
        else { throw .malformed(file, reason: "no [UNK], [CLS] or [SEP] piece") }
        self.vocabulary = vocabulary
        self.unknown = unknown
        self.start = start
        self.end = end
    }

    /// The number of pieces in the vocabulary.
    var count: Int { vocabulary.count }

    /// The ids of `text` between `[CLS]` and `[SEP]`, at most `limit` in all.
    func encode(_ text: String, limit: Int) -> [Int32] {
        var ids: [Int32] = [start]
        // Every word gives at least one piece, so no more words than pieces are read: a
        // sentence of a hundred thousand words costs no more than one of a hundred.
        for word in words(of: text, atMost: limit) {
            pieces(of: word, into: &ids)
            if ids.count >= limit - 1 { break }
        }
        if ids.count > limit - 1 { ids.removeLast(ids.count - (limit - 1)) }
        ids.append(end)
        return ids
    }

    /// The words of `text` after cleaning, lowercasing, accent stripping and splitting off
    /// punctuation, each as its scalars: the first `atMost` of them, or all.
    func words(of text: String, atMost limit: Int = .max) -> [[Unicode.Scalar]] {
        var words: [[Unicode.Scalar]] = []
        var word = String.UnicodeScalarView()
        func finish() {
            guard !word.isEmpty else { return }
            let folded = String(word).lowercased().decomposedStringWithCanonicalMapping
            var current: [Unicode.Scalar] = []
            for scalar in folded.unicodeScalars
            where scalar.properties.generalCategory != .nonspacingMark {
                if Self.isPunctuation(scalar) {
                    if !current.isEmpty { words.append(current) }
                    words.append([scalar])
                    current = []
                } else {
                    current.append(scalar)
                }
            }
            if !current.isEmpty { words.append(current) }
            word = String.UnicodeScalarView()
        }
        for scalar in text.unicodeScalars {
            if words.count >= limit { break }
            if scalar.value == 0 || scalar.value == 0xFFFD { continue }
            if Self.isWhitespace(scalar) {
                finish()
            } else if Self.isControl(scalar) {
                continue
            } else if Self.isIdeograph(scalar) {
                finish()
                words.append([scalar])
            } else {
                word.append(scalar)
            }
        }
        finish()
        // One word's punctuation may have added a few past the limit.
        if words.count > limit { words.removeLast(words.count - limit) }
        return words
    }

    /// Appends the pieces of one word, or `[UNK]` when it has no split.
    func pieces(of word: [Unicode.Scalar], into ids: inout [Int32]) {
        guard word.count <= 100 else {
            ids.append(unknown)
            return
        }
        let mark = ids.count
        var begin = 0
        while begin < word.count {
            var end = word.count
            var found: Int32?
            while begin < end {
                var piece = begin > 0 ? "##" : ""
                piece.unicodeScalars.append(contentsOf: word[begin..<end])
                if let id = vocabulary[piece] {
                    found = id
                    break
                }
                end -= 1
            }
            guard let found else {
                ids.removeLast(ids.count - mark)
                ids.append(unknown)
                return
            }
            ids.append(found)
            begin = end
        }
    }

    static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\n", "\r": true
        default: scalar.properties.generalCategory == .spaceSeparator
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .control, .format, .surrogate, .privateUse, .unassigned: true
        default: false
        }
    }

    /// ASCII symbols count as punctuation as well as Unicode's punctuation classes, as in BERT.
    static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if (33...47).contains(value) || (58...64).contains(value) || (91...96).contains(value)
            || (123...126).contains(value)
        {
            return true
        }
        switch scalar.properties.generalCategory {
        case .connectorPunctuation, .dashPunctuation, .openPunctuation, .closePunctuation,
            .initialPunctuation, .finalPunctuation, .otherPunctuation:
            return true
        default:
            return false
        }
    }

    /// The CJK ideograph blocks, which BERT splits character by character.
    static func isIdeograph(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x2A6DF, 0x2A700...0x2B73F,
            0x2B740...0x2B81F, 0x2B820...0x2CEAF, 0xF900...0xFAFF, 0x2F800...0x2FA1F:
            true
        default: false
        }
    }
}
