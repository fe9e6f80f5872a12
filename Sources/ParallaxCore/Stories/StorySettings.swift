/// The settings of copy detection and story grouping, with defaults tuned on half the topics
/// of the ECB+ development set and checked on the other half; ``smallStoryMargin`` and
/// ``mergeThreshold`` were chosen where both halves and the whole set held, not on one half.
public struct StorySettings: Sendable, Hashable, Codable {
    /// The least similarity of an article to a story's centroid for it to join the story.
    public var threshold = 0.2
    /// A lower similarity that is enough when the article shares ``pairedNames`` two-word
    /// names ("Port Avelline", "Tessaly Wren") with the story: a follow-up report of one event
    /// tells more of it in new words, but keeps its names.
    public var pairedThreshold = 0.14
    public var pairedNames = 3
    /// How much more similarity a story of few articles asks for when the window cannot vouch
    /// for the article (it or the story is undated): a story of `n` articles takes it at
    /// ``threshold`` (or ``pairedThreshold``) plus `smallStoryMargin / n`.
    ///
    /// One article is a noisy picture of its event: two reports of different events of one
    /// kind (two title fights of one boxer) share enough names to pass the threshold against
    /// each other, while the centroid of several reports of one event keeps what they share
    /// and averages the rest away, so that an article's cosine with it rises with its size.
    /// Dates within the window are evidence of one event too, so dated pairs need no margin.
    public var smallStoryMargin = 0.12
    /// How much the names (people, places, organisations, numbers) weigh against the other
    /// content words, from 0 to 1.
    public var nameWeight = 0.85
    /// An article joins only stories active within this many days of its date; stories quiet
    /// for longer are closed (archived, see ``archivedStories``). Undated stories are never
    /// closed, and the window does not bar undated articles from any story.
    public var windowDays = 7.0
    /// How many stories the window has closed stay within reach of the articles it cannot
    /// place: undated ones, and those dated before the stories they would join were closed
    /// (late arrivals). The most recently closed are kept; 0 frees every story as it closes.
    public var archivedStories = 20_000
    /// How many days before the latest window a run that goes on from a store reads back: the
    /// stories of those days refill the archive, so that undated articles, late arrivals and
    /// follow-ups of a later run still find them. Unused without an archive.
    public var resumeDays = 60.0
    /// The least similarity for an article to join a story the window has closed (one still
    /// in the archive) when it is dated after it, as a later development of one event (a
    /// charge, a trial, a verdict months on), which keeps the event's names and words. The
    /// article must also share ``pairedNames`` two-word names with the story: a report of
    /// another event of its kind may share a place, or one person, but rarely the people,
    /// places and bodies together. An article looks for such a story only when no open story
    /// takes it at this similarity. Nil: no story is followed up once closed.
    public var followUpThreshold: Double? = defaultFollowUpThreshold
    /// The default of ``followUpThreshold``, for the options that set it.
    public static let defaultFollowUpThreshold = 0.3
    /// When an article is at least this similar to a second story as well, the two stories
    /// are merged (the older id stays).
    public var mergeThreshold = 0.45
    /// Whether the stories started in a chunk that are still small at its end (an article
    /// alone, or up to ``secondLookSize`` articles) get a second look at the stories grown
    /// since (``StoryEngine/settle()``).
    public var secondLook = true
    /// The most articles a story started in a chunk may hold at its end for a second look
    /// as a whole (its centroid scored against the other stories); 1 for lone articles only.
    public var secondLookSize = 3
    /// The least estimated Jaccard similarity of word shingles for two articles to be copies.
    public var copyThreshold = 0.6
    /// LSH bands and rows of the 128-position MinHash signature: 32 × 4 finds pairs of
    /// similarity 0.6 with probability 0.99.
    public var bands = 32
    public var rows = 4

    public init() {}
}
