import ParallaxCore
import Testing

@Suite struct SentenceSplitterTests {
    @Test(arguments: [
        ("He returned on Oct. 5 as his term ended. He left.", 2),
        ("Gen. Smith and Mr. Jones met. They talked.", 2),
        ("J. R. Talbot spoke. Then he left.", 2),
        ("The tear was 4.5 metres long. Divers saw it.", 2),
        ("The U.S. Army arrived. The talks began.", 2),
        ("Talks were held in the U.S. The next round is in May.", 2),
        ("\"It is over,\" he said. \"We won.\"", 2),
        ("One sentence without an end", 1),
        // A time zone goes on with the sentence, however the time is spaced.
        ("It struck at 3:37 a.m. EDT on Tuesday, killing one. Two are missing.", 2),
        ("It struck at 07: 37 a. m. UTC (3: 37 a. m. EDT), killing one. Two are missing.", 2),
        ("It struck at 3:37 a.m. The police came.", 2),
        // So does a weekday, but not its possessive.
        ("Crews were called about 9:40 p.m. Friday and found flames. Nobody was hurt.", 2),
        ("The polls closed at 8 p.m. Sunday's count went on all night. It ended at dawn.", 3),
        // Initials joined by points go on with the name; at a sentence's end they end it.
        ("General manager A.J. Smith issued a statement. Jackson was held.", 2),
        ("The ferry sailed to Washington, D.C. The crew stayed aboard.", 2),
        ("Hewlett-Packard Co. (NYSE: HPQ) has opened its checkbook. Shares rose.", 2),
        // An article ends no sentence, as a tokenised page spaces "a .357 Magnum".
        ("She returned with a. 357 Magnum and opened fire. Two died.", 2),
        ("It has two USB 3. 0 ports and FireWire 800. It ships in May.", 2),
        // Nor does a magnitude's letter after a figure, but a lone letter elsewhere may.
        ("It won loans of 110 b. Euro from the EU and IMF. Unions struck.", 2),
        ("Her answer was option b. Nobody agreed.", 2),
        // An acronym ends a sentence like any word.
        ("Loans came from the IMF. The unions struck. NATO and the WHO. Both met.", 4),
        ("It launched an updated MacBook Pro. Now the keyboard is dead.", 2),
        ("It is in Absatz 3 Nr. 4 of the code. It applies.", 2),
        // A quoted question or exclamation goes on with its speaker in lower case.
        ("\"Who could take this seriously?\" she said years later. She laughed.", 2),
        ("\u{201C}Stop!\u{201D} he shouted, and ran. Nobody stopped.", 2),
        ("He asked, \"Why?\" Nobody answered. Then he left!", 3),
        // So does a dash a wrong encoding made "?"; a capital starts anew.
        ("The purchase of EDS? announced on May 13? is a good move. It closes soon.", 2),
        ("Was it a good move? Analysts doubt it. Why? Nobody knows.", 4),
    ])
    func splitsAtRealBoundaries(text: String, count: Int) {
        let sentences = SentenceSplitter.sentences(text)
        #expect(sentences.count == count, "\(sentences)")
    }

    @Test func keepsTextIntact() {
        let text = "Antonov returned on Oct. 5. He is 69."
        #expect(SentenceSplitter.sentences(text) == ["Antonov returned on Oct. 5.", "He is 69."])
    }
}
