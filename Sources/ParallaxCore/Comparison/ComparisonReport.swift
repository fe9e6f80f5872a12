/// What a comparison of several reports of one story found, every statement traced to the
/// source sentences behind it. Encodes to the JSON the README documents.
public struct ComparisonReport: Hashable, Sendable, Codable {
    /// The inputs, numbered from 1 as the rest of the report cites them.
    public var sources: [SourceReport]
    /// Facts two or more sources report.
    public var agreed: [AgreedFact]
    /// Facts, and details of shared facts, only one source reports.
    public var unique: [UniqueFact]
    /// Points on which sources differ: contradictions and updates.
    public var conflicts: [Conflict]
    /// Who is quoted saying what, and by which sources.
    public var quotes: [QuoteReport]
    /// A merged summary whose every sentence cites its sources.
    public var summary: [SummarySentence]
    /// Every claim against every source: reports, contradicts or silent; ranked.
    public var grid: [ClaimRow]
    /// Who reported when, who was first, what each source added, and when each claim appeared.
    public var timeline: StoryTimeline
}

/// One input of a comparison.
public struct SourceReport: Hashable, Sendable, Codable {
    /// A kept sentence and its reference.
    public struct Sentence: Hashable, Sendable, Codable {
        public var id: SentenceRef
        public var text: String
        /// True for subheadings, which are kept but not compared.
        public var heading: Bool?
    }

    /// The source's number, from 1.
    public var number: Int
    /// The article's content-hash id.
    public var id: String
    /// The outlet or file name.
    public var name: String
    public var title: String?
    public var url: String?
    /// The publication time in ISO 8601, when known.
    public var published: String?
    /// The sentences kept after cleaning.
    public var sentences: [Sentence]
    /// What cleaning removed, and why.
    public var removed: [Removal]
}

/// A sentence cited as evidence.
public struct Evidence: Hashable, Sendable, Codable {
    /// The source's number.
    public var source: Int
    /// The sentence's reference.
    public var sentence: SentenceRef
    /// The sentence's text.
    public var text: String
}

/// A fact two or more sources report.
public struct AgreedFact: Hashable, Sendable, Codable {
    /// How closely the sources agree.
    public enum Match: String, Hashable, Sendable, Codable {
        /// They report the same fact: their claims match word for word or in paraphrase.
        case fact
        /// They report the same happening in different words or with different details.
        case event
    }

    public var id: String
    /// Whether the sources report the same fact or only the same happening.
    public var match: Match
    /// The fact in the words of its fullest report.
    public var fact: String
    /// The sources that report it.
    public var sources: [Int]
    /// The sentence or sentences of each source that report it.
    public var evidence: [Evidence]
    /// Other sentences of these sources about the same happening, which do not state this
    /// fact; `nil` when there are none.
    public var related: [Evidence]?
    /// How sure the match is, from 0 to 1, three decimals: the mean probability, over the
    /// pairs of its sentences from different sources, that they report the same happening.
    public var similarity: Double
    /// Conflicts about this fact, by id.
    public var conflicts: [String]?
    /// The happening the fact is one of, `H1`, `H2`… in the order of the facts: facts of one
    /// happening share its other sentences, each fact listing those closest to it as
    /// `related`. `nil` in reports made before it was given.
    public var happening: String? = nil
}

/// A fact or detail only one source reports.
public struct UniqueFact: Hashable, Sendable, Codable {
    /// Whether the source reports a whole fact no other has, or adds a detail to a shared fact.
    public enum Kind: String, Hashable, Sendable, Codable { case claim, detail }

    public var id: String
    public var kind: Kind
    /// The source that alone reports it.
    public var source: Int
    /// The claim, or for a detail the name or figure only this source gives.
    public var fact: String
    public var evidence: [Evidence]
}

/// A point on which sources differ.
public struct Conflict: Hashable, Sendable, Codable {
    /// Whether the sources contradict each other or a later report advances an earlier one.
    public enum Kind: String, Hashable, Sendable, Codable { case contradiction, update }
    /// What the sources differ on.
    public enum Aspect: String, Hashable, Sendable, Codable {
        case number, date, name, negation, order, status
    }

    /// One source's side of a conflict.
    public struct Side: Hashable, Sendable, Codable {
        public var source: Int
        public var sentence: SentenceRef
        public var text: String
        /// The value this side gives: a figure, a date, a name, an order of events.
        public var value: String
    }

    public var id: String
    public var kind: Kind
    public var aspect: Aspect
    /// A sentence saying what differs.
    public var description: String
    public var sides: [Side]
    /// For an update, the source whose report is the later state.
    public var later: Int?
}

/// A quotation and the sources that carry it.
public struct QuoteReport: Hashable, Sendable, Codable {
    /// One source's wording of the quotation.
    public struct Variant: Hashable, Sendable, Codable {
        public var source: Int
        public var sentences: [SentenceRef]
        public var text: String
        /// How this wording differs from the first, when it does: at each place they part, the
        /// words it has for the first's, lacks or adds (`has "sustained" for "suffered"; adds
        /// "in Takengon"`), or the whole wording where it differs throughout (`reads "…"`), or
        /// `punctuation only`.
        public var differences: String?
        /// Whom this source gives the words to, where it names another speaker than the
        /// quotation's: outlets that attribute one quotation differently.
        public var speaker: String?
    }

    public var id: String
    /// Who said it, when known.
    public var speaker: String?
    public var speakerKind: Entity.Kind?
    public var kind: Quote.Kind
    /// The quotation in its first source's words.
    public var text: String
    public var sources: [Int]
    public var variants: [Variant]
}

/// A sentence of the merged summary.
public struct SummarySentence: Hashable, Sendable, Codable {
    /// Sources that report a line's fact but not every figure or date the line gives.
    public struct PartialSupport: Hashable, Sendable, Codable {
        /// The sources, none of which states the missing details in its sentences of the fact.
        public var sources: [Int]
        /// Their sentences that back the line's wording.
        public var evidence: [SentenceRef]
        /// The figures and dates of the line they do not state, as the line writes them.
        public var missing: [String]

        public init(sources: [Int], evidence: [SentenceRef], missing: [String]) {
            self.sources = sources
            self.evidence = evidence
            self.missing = missing
        }
    }

    public var text: String
    /// The sources it rests on: each states every figure and date of the line.
    public var sources: [Int]
    /// The sentences it rests on.
    public var evidence: [SentenceRef]
    /// True when the sentence states a disputed point.
    public var disputed: Bool?
    /// Sources that back the line's wording without some of its figures or dates, grouped by
    /// what they lack; nil when every backing source states them all.
    public var partial: [PartialSupport]?

    public init(
        text: String, sources: [Int], evidence: [SentenceRef], disputed: Bool? = nil,
        partial: [PartialSupport]? = nil
    ) {
        self.text = text
        self.sources = sources
        self.evidence = evidence
        self.disputed = disputed
        self.partial = partial
    }
}
