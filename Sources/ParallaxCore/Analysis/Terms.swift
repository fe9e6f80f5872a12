import Foundation

/// The content terms of a text: the keys that matching compares.
///
/// Function words are dropped, places and their demonyms fold to one key ("Russian" and
/// "Russia's" to `russia`), words that name one concept fold together ("envoy", "ambassador"),
/// and the rest are stemmed.
public enum Terms {
    /// Returns the content terms of `text`, in order, repeats kept.
    ///
    /// - Complexity: O(*n*) in the length of `text`.
    public static func content(_ text: String) -> [String] {
        content(of: Tokenizer.tokens(Typography.unify(text)))
    }

    /// Returns the content terms of already tokenised text.
    public static func content(of tokens: [Token]) -> [String] {
        content(of: tokens) { term(for: tokens[$0]) }
    }

    /// Returns the content terms of already tokenised text whose tokens' own terms
    /// (``term(for:)`` of each) are known.
    public static func content(of tokens: [Token], tokenTerms: [String?]) -> [String] {
        precondition(tokens.count == tokenTerms.count, "one term for each token")
        return content(of: tokens) { tokenTerms[$0] }
    }

    /// The content terms of `tokens`, with `termAt` giving the term of the token at an index.
    @inline(__always)
    private static func content(of tokens: [Token], termAt: (Int) -> String?) -> [String] {
        var terms: [String] = []
        terms.reserveCapacity(tokens.count)
        var index = 0
        while index < tokens.count {
            let token = tokens[index]
            guard token.kind != .punctuation else {
                index += 1
                continue
            }
            if let (key, width) = place(at: index, in: tokens) {
                terms.append(key)
                index += width
                continue
            }
            if let term = termAt(index) { terms.append(term) }
            index += 1
        }
        return terms
    }

    /// The term a single token contributes, or `nil` for a function word.
    public static func term(for token: Token) -> String? {
        if token.kind == .number { return token.text.replacingOccurrences(of: ",", with: "") }
        let lower = Tokenizer.stripPossessive(token.lowercased)
        // "US" in capitals is the country, "us" the pronoun.
        if token.isAllCaps, let key = Lexicon.placeKey(lower) { return key }
        guard !Stopwords.contains(lower), lower.count > 1 else { return nil }
        if let key = Lexicon.placeKey(lower) { return key }
        if let concept = Lexicon.concept(lower) { return concept }
        return Stemmer.stem(lower)
    }

    /// A place named by one or two tokens at `index` ("United States", "U.S.", "Russian").
    static func place(at index: Int, in tokens: [Token]) -> (String, Int)? {
        let token = tokens[index]
        guard token.isWord, token.isCapitalized else { return nil }
        let first = Tokenizer.stripPossessive(token.lowercased)
        if index + 1 < tokens.count, tokens[index + 1].isWord, tokens[index + 1].isCapitalized {
            let pair = first + " " + Tokenizer.stripPossessive(tokens[index + 1].lowercased)
            if let key = Lexicon.placeKey(pair) { return (key, 2) }
            if Lexicon.isPlace(pair) { return (pair, 2) }
        }
        if let key = Lexicon.placeKey(first) { return (key, 1) }
        return nil
    }
}
