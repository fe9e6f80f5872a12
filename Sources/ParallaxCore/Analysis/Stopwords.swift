/// English function words, which carry no fact of their own.
public enum Stopwords {
    /// Whether a lower-case word is a function word.
    @inline(__always)
    public static func contains(_ word: String) -> Bool { words.contains(word) }

    static let words: Set<String> = [
        "a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and",
        "any", "are", "as", "at", "be", "because", "been", "before", "being", "below",
        "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down",
        "during", "each", "even", "ever", "few", "for", "from", "further", "had", "has", "have",
        "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i",
        "if", "in", "into", "is", "it", "its", "itself", "just", "may", "me", "might", "more",
        "most", "much", "must", "my", "myself", "no", "nor", "not", "now", "of", "off", "on",
        "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same",
        "shall", "she", "should", "so", "some", "such", "than", "that", "the", "their",
        "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those",
        "through", "to", "too", "under", "until", "up", "upon", "us", "very", "was", "we",
        "were", "what", "when", "where", "which", "while", "who", "whom", "whose", "why",
        "will", "with", "would", "you", "your", "yours", "yourself", "yet", "s", "t", "'s",
        "said", "says", "say", "saying", "told", "according", "also", "however", "including",
        "since", "among", "amid", "per", "via", "within", "without", "onto", "toward",
        "towards", "across", "around", "along", "behind", "beyond", "despite", "like",
        "many", "several", "another", "every", "either", "neither", "whether", "though",
        "although", "unless", "whose", "mr", "mrs", "ms", "dr", "new", "one", "two", "way",
        "there's", "it's", "he's", "she's", "they're", "we're", "i'm", "don't", "didn't",
        "doesn't", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "hasn't",
        "haven't", "hadn't",
    ]
}
