import ParallaxCore
import Testing

@Suite struct QuoteExtractorTests {
    func quotes(_ text: String) -> [Quote] {
        let article = Article(plainText: text, source: "test", title: "Test")
        return ArticleAnalyzer.analyze(article, number: 1).quotes
    }

    /// Expects the quotations of `text` to have `speakers`, in order, and shows each with its
    /// speaker where they do not.
    func expectSpeakers(
        _ text: String, _ speakers: [String?], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = quotes(text)
        #expect(
            found.map(\.speaker) == speakers, "\(found.map { ($0.text, $0.speaker) })",
            sourceLocation: sourceLocation)
    }

    /// Text kept one sentence a line breaks a quotation of several sentences into as many
    /// paragraphs: the quotation runs on to the mark that closes it, and the speaker named
    /// there speaks all of it. A mark that a colon or a verb of speech opens closes nothing.
    @Test func aQuotationRunsOnToTheParagraphThatClosesIt() {
        let found = quotes(
            """
            Mira Holt, the port's director, spoke after the inquiry.
            “We have been looking at the harbour's defences for a long time.
            We looked at every option, and the sea wall was the best one.
            It was proven, and it was built,” Holt said on Wednesday, “and it held up in the storm.”
            'We could not reach him in time, " Holt told the Avelline Herald.
            A ministry spokeswoman said: "We are aware of the death of a crew member.
            The ferry was towed back to Port Avelline on Sunday.
            """)
        #expect(
            found.map(\.text) == [
                "We have been looking at the harbour's defences for a long time. We looked at every option, and the sea wall was the best one. It was proven, and it was built",
                "and it held up in the storm.",
                "We could not reach him in time",
                "We are aware of the death of a crew member.",
            ], "\(found.map { ($0.text, $0.speaker) })")
        #expect(
            found.map(\.speaker) == ["Holt", "Holt", "Holt", "ministry spokeswoman"],
            "\(found.map { ($0.text, $0.speaker) })")
        #expect(found.first?.sentences.map(\.index) == [2, 3, 4])
    }

    /// A quotation that opens again in a later paragraph went on through the paragraphs
    /// without a mark before it (text kept a sentence a line), unless one of them reports
    /// someone's words.
    @Test func aQuotationOpenedAgainInALaterParagraph() {
        let found = quotes(
            """
            Another neighbour added: "She went down to Wales to give her kids a better life.
            Katie got into Cardiff University, I think, and John was at college.
            "When Alice came home, John came with her.
            The street was quiet on Sunday.
            Mira Holt, the port director, said: "It will open the doors for new options.
            However, Hartog said there will be no move to constrain supply.
            "We are not competing with our customers.
            """)
        #expect(
            found.map(\.text) == [
                "She went down to Wales to give her kids a better life. Katie got into Cardiff University, I think, and John was at college.",
                "When Alice came home, John came with her.",
                "It will open the doors for new options.",
                "there will be no move to constrain supply",
                "We are not competing with our customers.",
            ], "\(found.map { ($0.text, $0.speaker) })")
        #expect(
            found.prefix(4).map(\.speaker) == [
                "Another neighbour", "Another neighbour", "Mira Holt", "Hartog",
            ])
    }

    /// Two apostrophes are a double quotation mark; an inch sign against a number opens no
    /// quotation; and a short sentence right after a quotation that names a speaker and a
    /// verb of speech (not one ending in a colon) gives its speaker.
    @Test func marksTypedOtherwise() {
        let found = quotes(
            """
            Colts receiver Reggie Wayne caught the winning pass from Andrew Luck.
            ''We wanted to get that done,'' Wayne said.
            ''Would we have done it without him?''
            Colts interim coach Bruce Arians asked.
            The company said the new 17” model is “the thinnest and lightest laptop we have ever made.”
            """)
        #expect(
            found.map(\.text) == [
                "We wanted to get that done", "Would we have done it without him?",
                "the thinnest and lightest laptop we have ever made.",
            ], "\(found.map { ($0.text, $0.speaker) })")
        #expect(found.map(\.speaker) == ["Wayne", "Bruce Arians", "company"])
        let introduced = quotes(
            """
            “She captured the imagination of a generation with her free spirit.”
            Hugh Hefner was reported as saying about Page:
            “She was a remarkable woman.”
            """)
        #expect(introduced.last?.speaker == "Hugh Hefner")
        #expect(introduced.first?.speaker != "Hugh Hefner")
    }

    /// A transcript names its speaker before a colon; marks do not count toward the words a
    /// speaker after the quotation may take ("U. S. District Judge …", "…, was quoted as
    /// saying").
    @Test func transcriptsAndSpacedOrDescribedSpeakers() {
        expectSpeakers(
            """
            Forstall: "Who is taller, Lebron or Kobe?"
            "Defendant has been feigning insanity for many years," U. S. District Judge Jack B. Weinstein said in sentencing him.
            "I am very sure it will be considered," Gabriela Shalev, Israel's ambassador to the UN, was quoted as saying by Reuters.
            """,
            ["Forstall", "Jack B. Weinstein", "Gabriela Shalev"])
    }

    /// A name in capitals between quotation marks is no one's words, with a speaker beside it
    /// or without: a book's, a song's, an award's, a nickname. Speech in capitals throughout,
    /// or with a word in small letters, is still speech.
    @Test func aTitleIsNoQuotation() {
        let found = quotes(
            """
            Woodward wrote in "Secret Man: The Story of Watergate's Deep Throat" that the memo was cover.
            Fans sang "Take Me Out to the Ball Game" before the game began.
            He was named "Miss Pinup Girl of the World" in 1955.
            The crowd chanted "ONE MORE YEAR! ONE MORE YEAR!" as he walked off.
            "Nobody Saw It Coming, and nobody could stop it," Felt said.
            """)
        #expect(
            found.map(\.text) == [
                "ONE MORE YEAR! ONE MORE YEAR!", "Nobody Saw It Coming, and nobody could stop it",
            ], "\(found.map(\.text))")
    }

    /// "Said … that" with where or when it was said between: the clause after "that" is what
    /// was said, and a quotation filling the next paragraph goes on with the speaker.
    @Test func saidAtAnOccasionThat() {
        let found = quotes(
            """
            The board named its new chief on Monday.
            Dr. Nell Carraway said in the White House Rose Garden announcement that the deaths of close relatives drove her to public health.
            "My father died with diabetes and hypertension. "
            """)
        #expect(
            found.map(\.text) == [
                "the deaths of close relatives drove her to public health",
                "My father died with diabetes and hypertension.",
            ], "\(found.map { ($0.text, $0.speaker) })")
        #expect(found.map(\.speaker) == ["Nell Carraway", "Nell Carraway"])
    }

    /// A quotation after a short lead-in that names no one goes on with the last speaker; one
    /// after a lead-in naming someone does not.
    @Test func aQuotationAfterALeadInGoesOnWithTheSpeaker() {
        expectSpeakers(
            """
            Mira Holt said she saw a police car blocking the drive-up window of the bank.
            Later in the afternoon, "I went back to my computer and heard this loud bang."
            After Tomas Reyne left, "nobody came back to the bank for hours on end."
            """,
            ["Mira Holt", "Mira Holt", nil])
    }

    /// "The district attorney" and "the diplomat" are the person named with that title before
    /// and the one so described who spoke last.
    @Test func theTitleOfSomeoneNamedBefore() {
        expectSpeakers(
            """
            District Attorney Nell Carraway announced the charges on Monday.
            "When one is killed, all of us lose," the District Attorney said.
            "The facade has changed," said a Western diplomat, who requested anonymity.
            "Power rests entirely with the president," the diplomat added.
            """,
            ["Nell Carraway", "Western diplomat", "Western diplomat"])
    }

    /// A place is no speaker for a pronoun, even named bare after the article showed it to be
    /// a place; a country right before the verb speaks for its government.
    @Test func aPlaceIsNoPersonAndACountrySpeaks() {
        expectSpeakers(
            """
            Fred Halloran was at the 1972 meeting at the vacation home in Marrow Key, Fla.
            Halloran believed no such call occurred, saying he screened all calls on the getaway to Marrow Key.
            "I'm exceedingly angry about it. I don't recall any phone call," he said.
            His comments came as Sudan said that an unspecified number of rebels were killed.
            """,
            ["Halloran", "Sudan"])
    }

    /// "She said" after a man is quoted goes to the woman the article has been telling of: a
    /// common given name says who is a man ("her manager, Paul Grady"), and a name a speaker
    /// says inside a quotation is no one the narrative's "she" goes on with.
    @Test func aPronounSkipsTheOtherSexAndNamesInsideQuotations() {
        expectSpeakers(
            """
            Ellen Marsh, the singer whose ballads filled dance halls in the 1960s, has died. She was 81.
            “She never stopped writing,” her manager, Paul Grady, said on Friday.
            “I don't want to be filmed in my old age,” she said in 1999.
            """,
            ["Paul Grady", "Ellen Marsh"])
        expectSpeakers(
            """
            Ellen Marsh told the court she had been afraid for weeks.
            “Everything is fine, Dana Whitby said every morning.
            Nobody believed me.”
            The jury was shown photographs of the kitchen.
            “I slept in the car for a month,” she said later.
            """,
            [nil, "Ellen Marsh"])
        // A relative named by a given name alone is a person, and so the one "she" means.
        expectSpeakers(
            """
            Ultimately, his daughter, Joan, persuaded him to go public.
            “We could at least pay some bills,” she told her father, according to the magazine.
            """,
            ["Joan"])
    }

    /// A name before a title qualifies it ("Jaguars safety Reggie Nelson"): the speaker is
    /// the person named right before the verb. What a verb is said to is no speaker.
    @Test func theSpeakerIsThePersonAfterTheTitle() {
        expectSpeakers(
            """
            Peyton Manning started against the Jacksonville Jaguars on Sunday.
            “Peyton Manning is a good quarterback,” Jaguars safety Reggie Nelson said.
            “We played hard,” Manning and Dallas Clark said.
            """,
            ["Reggie Nelson", "Manning"])
        expectSpeakers(
            """
            Hansbrough, who looked as though he was pressing all night despite finishing with another 20-point performance, admitted to the nerves.
            """,
            [])
    }

    /// The speaker is the subject of the clause the verb of speech is in ("what Egypt says"),
    /// and words opening with "for" are no one: "Northern states" has no verb of speech.
    @Test func theSpeakerIsTheSubjectOfTheVerbsClause() {
        expectSpeakers(
            """
            The blockade has yet to achieve what Egypt says is its goal of stopping the smuggling.
            """,
            ["Egypt"])
        expectSpeakers(
            """
            He helped shape a "Northern plan" for the Liberals to win back Northern states from the Tories.
            """,
            [])
    }

    /// An adverb before the verb is no part of the speaker, and no speaker alone; "Dist.
    /// Atty." is a title, which ends no sentence.
    @Test func anAdverbBeforeTheVerbIsNoSpeaker() {
        expectSpeakers(
            """
            State media proudly reported that citizens abroad were able to vote for the first time.
            The Avelline Courier, in its evening edition, first reported that the ferry had sailed late.
            "This is the kind of crime the law was made for," said Dist. Atty. Steve Cooley.
            """,
            ["State media", "Avelline Courier", "Steve Cooley"])
        expectSpeakers("The family said that the ferry had sailed late.", ["family"])
    }

    /// "…, X told Y on Sunday." names its speaker though the words after the comma run past
    /// eight; a participle's phrase is no speaker.
    @Test func aSpeakerTheNewsAgencyWasToldBy() {
        expectSpeakers(
            """
            The victim was still alive when rescuers reached him, Helicopter Line pilot Jim Campbell told the Herald on Sunday.
            Results were released on Wednesday, showing a level just under the limit, Highway Patrol Officer Brian Pennings told The Avelline Courier.
            """,
            ["Jim Campbell", "Brian Pennings"])
        expectSpeakers(
            """
            The Angels are believed to have offered at least $160 million, matching or exceeding the highest offer so far reported for Teixeira.
            During the trial, a gaunt Mr. Gigante sat in a wheelchair, looking blankly into space as witnesses testified and lawyers argued.
            """,
            [])
    }

    @Test func quoteThenPronounSpeaker() {
        let found = quotes(
            "Ilse Marrow led the rescue.\n\"We will keep searching through the night,\" she said.")
        #expect(found.count == 1)
        #expect(found.first?.speaker == "Ilse Marrow")
        #expect(found.first?.text == "We will keep searching through the night")
        #expect(found.first?.kind == .direct)
    }

    /// A speaker named with a title is the person after it, past the title's period and
    /// past a lead-in; a clause after the verb of speech names no one.
    @Test func aSpeakerIsTheNameNotItsTitleNorItsLeadIn() {
        expectSpeakers(
            """
            The harbour master, Nell Carraway, opened the inquiry at Port Avelline on Saturday.
            The ferry's master was taken to hospital, according to OSP Lt. Gregg Hastings.
            "The crossing will stay closed through Monday," said Coastal Safety Board Chairman Ilse Marrow.
            On Wednesday afternoon, the company said that it had suspended every crossing.
            Nell Carraway, the harbour master of Port Avelline, said before Ilse Marrow arrived.
            """,
            ["Gregg Hastings", "Ilse Marrow", "company"])
    }

    /// A description set off by commas right after a quotation explains its last word: the
    /// speaker is the one named after the verb.
    @Test func aDescriptionOfTheQuotationsLastWordIsNoSpeaker() {
        expectSpeakers(
            """
            "We will not stop until we reach Velmora," the island's capital, said one of the rebel leaders, Tomas Reyne, in an interview.
            "We will hold the port," the harbour master, said in a statement.
            'It sounded like someone telling a dog to shut up, ' said the neighbour.
            """,
            ["Tomas Reyne", "harbour master", "neighbour"])
    }

    /// Someone described, not named, who tells of something without a quotation is the one a
    /// pronoun after the next quotation means, not the last person named; a group is not.
    @Test func aPronounMeansTheOneDescribedWhoSpokeLast() {
        expectSpeakers(
            """
            Tomas Reyne, 23, was arrested at the pier on Saturday.
            Yesterday a neighbour recalled seeing a man on the pier at 3am.
            'I was coming back home at 3am and he was walking around, ' he said.
            """,
            ["neighbour"])
        expectSpeakers(
            """
            Tomas Reyne, 23, was arrested at the pier on Saturday.
            On Sunday, neighbours recalled hearing screams from the house.
            'It sounded like someone telling a dog to shut up, ' he said.
            """,
            ["Tomas Reyne"])
    }

    /// A name between an article and a noun qualifies the noun ("the Reyne case"), and a verb
    /// of speech that is also a noun is one before "from", "of" or "by": neither speaks.
    @Test func aNameQualifyingANounAndANounOfSpeechAreNoSpeakers() {
        expectSpeakers(
            """
            Tomas Reyne was shot at the harbour in 1957.
            The prosecutor in the Reyne case claimed that Marrow was "a young man on the way up in the harbour gangs."
            The charge was dropped after Mr. Marrow's lawyers presented reports from doctors that he was unfit to stand trial.
            """,
            ["prosecutor in the Reyne case"])
    }

    /// When it was said, between the verb and "that", is no part of what was said.
    @Test func aTimeBeforeThatIsNotSaid() {
        let found = quotes(
            "A sheriff's dispatcher said shortly after 7 a.m. on Thursday that there had been no reports of damage."
        )
        #expect(found.map(\.text) == ["there had been no reports of damage"])
    }

    /// What a speaker denies is no statement of theirs: the denial is told whole, so that
    /// "LaRue denied that he was Deep Throat" never reads as LaRue saying he was; what they
    /// never said is no quotation.
    @Test func aDenialIsToldWhole() {
        let found = quotes(
            """
            Fred LaRue denied that he was the source of the leaks to the newspaper.
            The minister never said that taxes would rise in the spring budget.
            The coastguard has disputed claims that its crews reached the ferry two hours late.
            """)
        #expect(found.map(\.speaker) == ["Fred LaRue", "coastguard"])
        #expect(
            found.map(\.text) == [
                "denied that he was the source of the leaks to the newspaper",
                "disputed claims that its crews reached the ferry two hours late",
            ])
    }

    /// "The board" after "the Coastal Safety Investigation Board" is that board; "the
    /// company" is left a description, the names before it not telling which company.
    @Test func theNounOfANamedOrganisationIsThatOrganisation() {
        let found = quotes(
            """
            The Coastal Safety Investigation Board opened its inquiry on Saturday.
            The master was interviewed by inspectors on Saturday afternoon, the board said.
            "We are cooperating fully with the authorities," the company said.
            """)
        #expect(found.map(\.speaker) == ["Coastal Safety Investigation Board", "company"])
    }

    /// The speaker named after a sentence's last quotation speaks the ones before it that name
    /// no one; one named after its own words keeps them.
    @Test func theSpeakerClosingASentenceSpeaksItsEarlierQuotations() {
        let found = quotes(
            """
            Ilse Marrow led the rescue at Port Avelline on Saturday.
            "The crossing is a unique and particular case" because of its "treacherous tidal races" and because the operator "has cut its crews for years and years," harbour master Nell Carraway said.
            "We will search the coast through the night," Ilse Marrow said, and "we followed every rule we were given to the letter," a spokesman for the operator said.
            """)
        #expect(
            found.map { "\($0.speaker ?? "-"): \($0.text)" } == [
                "Nell Carraway: The crossing is a unique and particular case",
                "Nell Carraway: treacherous tidal races",
                "Nell Carraway: has cut its crews for years and years",
                "Ilse Marrow: We will search the coast through the night",
                "spokesman for the operator: we followed every rule we were given to the letter",
            ])
    }

    /// A nickname between a first name and a surname is no quotation.
    @Test func aNicknameIsNoQuotation() {
        let found = quotes(
            """
            It is the same prison where mobsters Anthony "Fat Tony" Salerno and Anthony "Tony Ducks" Corallo also died, the newspaper said.
            """)
        #expect(found.isEmpty, "\(found)")
    }

    @Test func aPronounAfterAQuotationIsTheOneQuoted() {
        // "he" is the official who was just quoted, not the last name in the text (a place
        // the recogniser may take for a person).
        let found = quotes(
            """
            Ilse Marrow led the rescue at Port Avelline.
            In Skerrow Bay about 300 people slept outdoors on Tuesday night, a local official told \
            reporters.
            "We have a power outage now and the phone lines are down," he added.
            """)
        #expect(found.map(\.speaker) == ["local official", "local official"])
        // Someone named after that quotation is the one meant.
        let later = quotes(
            """
            "We have a power outage now and the phone lines are down," a local official said.
            Tomas Reyne, the harbour master, reached the quay at noon.
            "The ferry will stay in port until the weather clears," he said.
            """)
        #expect(later.last?.speaker == "Tomas Reyne")
    }

    /// "he" and "she" go to the last person named whom the article has not shown to be of the
    /// other sex: by a title, a relation or role beside the name, or "he" or "she" after a
    /// person named alone.
    /// Someone described by a role in an organisation ("a police spokeswoman") is a person a
    /// pronoun can mean; the organisation itself ("police") is not.
    @Test func aPronounCanMeanSomeoneOfAnOrganisation() {
        let found = quotes(
            """
            A police spokeswoman said other premises suffered smashed windows and smoke damage.

            She added: "The focus for today has been the safety of the public."
            """)
        #expect(found.map(\.speaker) == ["police spokeswoman", "police spokeswoman"], "\(found)")
        #expect(found.first?.speakerKind == .other)
        let body = quotes("Police said other premises suffered smashed windows and smoke damage.")
        #expect(body.first?.speakerKind == .organisation, "\(body)")
    }

    /// "She" opening a sentence after one whose subject was the only person named shows that
    /// person's sex, so a later "he" goes to someone else; a name and words set off by commas
    /// before "said" are the speaker, not an inverted "…, said Name".
    @Test func aPronounOpeningASentenceShowsTheSubjectsSex() {
        expectSpeakers(
            """
            Dr. Benjamin, 52, became the first woman to lead the Medical Assn. of Alabama.

            She also chaired the Council on Ethical and Judicial Affairs.

            AMA President J. James Rohack, MD, said Dr. Benjamin had many accomplishments, including a MacArthur Fellowship.

            But awards are not her main focus, he said.
            """,
            ["J. James Rohack", "J. James Rohack"])
    }

    @Test func aPronounGoesToSomeoneOfItsSex() {
        let afterHisWife = quotes(
            """
            Tomas Reyne will host the harbour festival in March.
            He was joined on stage by his wife, Ilse Marrow, on Friday.
            "The timing could not be better," he said.
            """)
        #expect(afterHisWife.map(\.speaker) == ["Tomas Reyne"])
        let afterMister = quotes(
            """
            Actress Nell Carraway opened the inquiry on Friday.
            The ferry was held by the harbour master, Mr. Gregg Hastings, on Saturday.
            "Nobody will cross until we know why it sank," she said.
            """)
        #expect(afterMister.map(\.speaker) == ["Nell Carraway"])
        // Shown only by a pronoun, and a surname alone after the full name.
        let bySurname = quotes(
            """
            Ilse Marrow said she would stay in Port Avelline.
            Tomas Reyne closed the quay. Marrow later joined him.
            "It is over," he said.
            """)
        #expect(bySurname.map(\.speaker) == ["Ilse Marrow", "Tomas Reyne"])
        // The sentence's own person, shown there to be a woman.
        let sameSentence = quotes(
            """
            Gregg Hastings died on Sunday at his home in Port Avelline.
            His daughter Nell Hastings said he ate breakfast and went to sleep, she told the Courier.
            """)
        #expect(sameSentence.map(\.speaker) == ["Nell Hastings"], "\(sameSentence)")
        // A pronoun opening a sentence goes on with the last sentence's subject.
        let subject = quotes(
            """
            Tomas Reyne helped the inspectors reach Gregg Hastings on the ferry.
            He said the crew had done everything they could.
            """)
        #expect(subject.map(\.speaker) == ["Tomas Reyne"])
        // Nobody shown to be either: the last person named, as before.
        let unknown = quotes(
            """
            Tomas Reyne led the rescue. Ilse Marrow reached the quay at noon.
            "We will keep searching through the night," she said.
            """)
        #expect(unknown.map(\.speaker) == ["Ilse Marrow"])
    }

    /// The words around a verb of speech are a speaker only when they describe someone: a
    /// piece of a clause ("though no injuries have been", "the day the deal was") is not.
    @Test(arguments: [
        "One person has been arrested, though no injuries have been reported.",
        "Maybe that's why the two rivals found a lot to smile about on July 24, the day the deal was announced.",
        "Actor Leonardo DiCaprio, nominated on Thursday for \u{201C}Revolutionary Road,\u{201D} said strike concerns are hitting \u{201C}everyone.\u{201D}",
    ])
    func aPieceOfAClauseIsNoSpeaker(text: String) {
        let speakers = quotes(text).compactMap(\.speaker)
        #expect(
            !speakers.contains {
                $0.contains(" was") || $0.contains(" been") || $0.contains(" are")
            },
            "\(speakers)")
    }

    @Test func aSpeakerWithALongDescriptionAfterTheQuotation() {
        let found = quotes(
            "\"I saw many houses damaged and roofs falling onto people,\" Ilse Marrow, a 22-year-old "
                + "resident of the fishing village at Harrow Point in the north, said on Tuesday.")
        #expect(found.first?.speaker == "Ilse Marrow")
        // The name after its place and title, then a clause between commas.
        let titled = quotes(
            "\"Right now, things are tense on the quay,\" Port Avelline Councilman Tomas Reyne, "
                + "who represents the harbour, said on Twitter.")
        #expect(titled.first?.speaker == "Tomas Reyne", "\(titled)")
    }

    /// A description of several parts between the name and the verb; someone of an
    /// organisation described, not the organisation; the day it was said is no part of the
    /// speaker; "Name, description, says he …" is the name's.
    @Test func speakersDescribedAtLength() {
        let parts = quotes(
            "\"We have received around 50 injured people,\" Ilse Marrow, a doctor at a clinic in Harrow Point, Skerrow district, told MWS."
        )
        #expect(parts.first?.speaker == "Ilse Marrow", "\(parts)")
        let journalist = quotes(
            "People ran out of buildings in panic as the quake shook houses, an MWS journalist at the scene said."
        )
        #expect(journalist.first?.speaker == "MWS journalist at the scene", "\(journalist)")
        #expect(journalist.first?.speakerKind == .other)
        let dated = quotes(
            "An MWS spokesman on Wednesday said the agency would await the inquiry's findings.")
        #expect(dated.first?.speaker == "MWS spokesman", "\(dated)")
        let clause = quotes(
            "Tomas Reyne, a family friend who wrote about the crossing, says he died on Thursday.")
        #expect(clause.first?.speaker == "Tomas Reyne", "\(clause)")
        #expect(clause.first?.text == "he died on Thursday")
        // The verb past the reach of a speaker's words, after a description of two parts;
        // the "he" that follows is the one described, not the last man named.
        let far = quotes(
            """
            Ilse Marrow, PhD, a visiting lecturer in marine engineering at Harrow Point College and a former adviser to Governor Tomas Reyne's ferry commission, said the claim that the hull was sound is absurd.

            "Anyone who has seen the ledge knows better," she said.
            """)
        #expect(far.map(\.speaker) == ["Ilse Marrow", "Ilse Marrow"], "\(far)")
        #expect(far.first?.text == "the claim that the hull was sound is absurd")
        // A verb after the description's comma makes it the sentence's own clause, and the
        // one described no speaker.
        let ownClause = quotes(
            "Tomas Reyne, a ferry engineer, was searching the hold because it had flooded off the ledge on Monday, said Harbour Capt. Ilse Marrow, an investigator."
        )
        #expect(ownClause.allSatisfy { $0.speaker != "Tomas Reyne" }, "\(ownClause)")
    }

    /// A quotation after another's speaker and verb in the same sentence is theirs too, unless
    /// someone else is named between or it is a title.
    @Test func aQuotationAfterTheSpeakerGoesOnWithTheirWords() {
        let found = quotes(
            "\"I wanted it on the ledge,\" Reyne said of the crossing, \"but in fog you do what you have to do.\""
        )
        #expect(found.map(\.speaker) == ["Reyne", "Reyne"], "\(found)")
        let other = quotes(
            "Harbour master Ilse Marrow told the Courier there was \"nothing to indicate a fault in the engines\" while Tomas Reyne, the former skipper of the crossing, said \"it appears to be a good rescue\" under the circumstances."
        )
        #expect(
            other.first { $0.text.hasPrefix("it appears") }?.speaker != "Ilse Marrow", "\(other)")
        let title = quotes(
            "\"I'm proud of everything the crew did,\" Reyne, 92, told viewers of \"Harbour Nights Live\" in 2006."
        )
        #expect(!title.contains { $0.text == "Harbour Nights Live" }, "\(title)")
    }

    /// `"…" according to X` after the quotation names its source, as before it.
    @Test func aSourceAccordingToWhomAfterTheQuotation() {
        let found = quotes(
            "Tensions \"seemed to be easing until the crew walked out,\" according to Ilse Marrow of the Avelline Courier."
        )
        #expect(found.first?.speaker == "Ilse Marrow", "\(found)")
    }

    @Test func whoWasToldIsNoSpeaker() {
        let found = quotes(
            "Five people had so far been confirmed dead in the quake, Fauzi, an official from the "
                + "local disaster agency, told AFP late Tuesday.")
        #expect(found.first?.speaker == "Fauzi")
        #expect(found.first?.text == "Five people had so far been confirmed dead in the quake")
    }

    @Test func quoteThenSaidName() {
        let found = quotes(
            "\"Conditions were bad out there tonight,\" said Ilse Marrow, the station commander.")
        #expect(found.first?.speaker == "Ilse Marrow")
    }

    @Test(arguments: [
        (
            "“We appreciate your respect for her privacy,” Tara Reid's rep told the magazine.",
            "Tara Reid's rep"
        ),
        (
            "\"We are cooperating fully,\" Skerrow Line's spokesman said on Friday.",
            "Skerrow Line's spokesman"
        ),
        ("\"The deal makes sense,\" said Apple's chief executive Tim Cook.", "Tim Cook"),
        (
            "Tomas Reyne, Marrow's grandson, said the harbour master died at his home in Avelline.",
            "Tomas Reyne"
        ),
    ])
    func speakerDescribedThroughAName(text: String, speaker: String) {
        #expect(quotes(text).first?.speaker == speaker)
    }

    /// A quotation inside a clause with its own verb of speech is the words of whom that
    /// clause names, not of the speaker the sentence opens with; with no such clause, the
    /// sentence's speaker.
    @Test func aNearerVerbOfSpeechInItsOwnClauseGivesTheSpeaker() {
        let found = quotes(
            "Prosecutor Ilse Marrow told the court a few hours after the hearing \u{2014} where "
                + "the captain's lawyer Jonah Pell said the crew had been \u{201C}beyond "
                + "reproach\u{201D} that night \u{2014} \u{201C}I hear the ferry is still "
                + "leaking fuel into the bay.\u{201D}")
        #expect(found.first { $0.text.hasPrefix("beyond") }?.speaker == "Jonah Pell", "\(found)")
        let plain = quotes(
            "Mayor Ilse Marrow said the town would look after \u{201C}every single person who "
                + "came off that boat\u{201D}.")
        #expect(plain.first?.speaker == "Ilse Marrow", "\(plain)")
    }

    @Test func speakerColonQuote() {
        let found = quotes("Jonah Pell said: \"There was a jolt, and then the lights went out.\"")
        #expect(found.first?.speaker == "Jonah Pell")
        #expect(found.first?.text == "There was a jolt, and then the lights went out.")
    }

    /// After the quotation: a speaker "quoted as saying", a name with "Jr." and a description
    /// between commas, a long description with the name last, a verb of anger, and a
    /// description after an adverb.
    @Test func speakersAfterTheQuotationInLongerForms() {
        let found = quotes(
            """
            "Two people from the village were hurt but they are well," Avelline governor Tomas Reyne was quoted as saying.
            "He has the integrity and the ability to lead the board," Harold L. Child Jr., legal attache to the embassy and a veteran, told the senator.
            "The facility she is in is not a licensed treatment center," California Department of Alcohol and Drug Programs deputy director Millicent Tidwell told The Post.
            "Please stay out of our community, you only agitate our kids," Williams fumed on Twitter.
            Then a co-worker yelled, "Come on, you have got to leave now!"
            """)
        #expect(
            found.map(\.speaker) == [
                "Tomas Reyne", "Harold L. Child Jr", "Millicent Tidwell", "Williams", "co-worker",
            ], "\(found.map { ($0.text, $0.speaker) })")
    }

    /// Before the quotation: a titled name and a description between commas, a description
    /// then the name between commas, a subject "saying" what the quotation says, and a
    /// pronoun after "And"; an old saying is no one's.
    @Test func speakersBeforeTheQuotationInLongerForms() {
        let found = quotes(
            """
            Miss Rachel Bates, court clerk, said: "He is at risk of causing harm to himself and to others."
            The vice president of the harbour union, Elias Vrettakos, told Sky News: "The measures overtake our historic gains and abolish our rights."
            His son, actor Lorenzo Lamas, tweeted Thursday: "My stepmom passed peacefully this morning at her home."
            President Karl Ostrander condemned the violence, saying the island had "reached the edge of the abyss".
            Ilse Marrow stopped by the harbour. And she said she believed the crossing was "as safe as it has ever been".
            There is an old saying that "once is chance, twice is coincidence, the third time is a pattern".
            """)
        #expect(
            found.map(\.speaker) == [
                "Rachel Bates", "Elias Vrettakos", "Lorenzo Lamas", "Karl Ostrander", "Ilse Marrow",
                nil,
            ], "\(found.map { ($0.text, $0.speaker) })")
    }

    /// Before the quotation, a name and a description set off by commas, then the verb; or
    /// "According to X,".
    @Test func aSpeakerDescribedBetweenCommasBeforeTheQuotation() {
        expectSpeakers(
            """
            Ilse Marrow, a U. N. spokeswoman in Port Avelline, said: "We are worried for the people on the island tonight."
            Tomas Reyne, the island's harbour master, reported that "people were running and screaming in every direction".
            According to the church's minister, "We have no idea what caused the fire at all".
            """,
            ["Ilse Marrow", "Tomas Reyne", "church's minister"])
    }

    /// A quotation in a paragraph of its own after a sentence that ends in a colon is the words
    /// of whom that sentence names: the one before its verb of speech, the name after it, the
    /// name right before the colon, or, with no verb, the name it opens with.
    @Test(arguments: [
        ("The Skerrow Harbour Trust said in a report last month:", "Skerrow Harbour Trust"),
        ("One big difference between the two captains, said Ilse Marrow:", "Ilse Marrow"),
        (
            "Expect endless experts in the papers tomorrow, such as the harbour historian Tomas Reyne:",
            "Tomas Reyne"
        ),
        ("The Trust's Jonah Pell disagreed with the minister:", "Jonah Pell"),
    ])
    func aSentenceEndingInAColonIntroducesTheQuotation(introduction: String, speaker: String) {
        let found = quotes(
            "Ilse Marrow and Jonah Pell reached the quay at noon.\n\(introduction)\n"
                + "\"The ferry should never have left port in that fog, and everyone knew it.\"")
        #expect(found.last?.speaker == speaker, "\(found)")
        #expect(
            found.last?.text
                == "The ferry should never have left port in that fog, and everyone knew it.")
    }

    /// A quotation from a written text is the text's: `"…," the letter read`, and the
    /// quotation that fills the next paragraph goes on with it.
    @Test func aTextThatReadsIsTheSpeaker() {
        let found = quotes(
            """
            "This is a sad time for the Skerrow Line family," a statement reads.
            "We are working closely with the harbour authorities as they investigate the grounding."
            """)
        #expect(found.map(\.speaker) == ["statement", "statement"])
    }

    @Test func speakerIntroducesSentenceEndingInQuotation() {
        let found = quotes(
            "Mayor Corinna Halloway said the town would look after \u{201C}every single person who came off that boat\u{201D}."
        )
        #expect(found.first?.speaker == "Corinna Halloway")
    }

    @Test func organisationStatement() {
        let found = quotes(
            "In a statement, the Russian foreign ministry said, \u{201C}The ambassador is concluding his assignment.\u{201D}"
        )
        #expect(found.first?.speaker == "Russian foreign ministry")
        #expect(found.first?.speakerKind == .organisation)
    }

    @Test func participleSaying() {
        let found = quotes(
            "On Telegram, Anatoly Antonov expressed confidence, saying, \"It is obvious to us that the enemy will be defeated.\""
        )
        #expect(found.first?.speaker == "Anatoly Antonov")
    }

    @Test func reportedSpeech() {
        let thatForm = quotes(
            "Skerrow Line said in a statement that it was cooperating fully with the rescue.")
        #expect(thatForm.first?.kind == .indirect)
        #expect(thatForm.first?.speaker == "Skerrow Line")
        let according = quotes(
            "The ferry lost power after striking the ledge, according to the rescue service.")
        #expect(according.first?.speaker == "rescue service")
        #expect(according.first?.text == "The ferry lost power after striking the ledge")
        // A name, then a long description going on past commas, then "said that".
        let described = quotes(
            "Ilse Marrow, director of operations in Avelline for SRA, the Skerrow Rescue Authority of the United Nations, said that three boats reached the ferry before dawn."
        )
        #expect(described.first?.speaker == "Ilse Marrow", "\(described)")
        #expect(described.first?.text == "three boats reached the ferry before dawn")
    }

    /// "It said" is the organisation quoted just before, though another was named since in the
    /// same sentence; else the organisation named last.
    @Test func itIsTheOrganisationQuotedLast() {
        let found = quotes(
            """
            The Skerrow Ferry Company told Reuters that its thoughts were with everyone on board.
            It said all sailings to the island were suspended until further notice.
            """)
        #expect(
            found.map(\.speaker) == ["Skerrow Ferry Company", "Skerrow Ferry Company"], "\(found)")
    }

    /// "They" after people described in the plural are those people, not the organisation
    /// named last.
    @Test func theyAreThePeopleQuotedLast() {
        let found = quotes(
            """
            The appeal was heard by the Harrow Point District Court on Monday.
            The crew's lawyers argued that the inquiry had ignored the fog warnings.
            They said the harbour master had closed the channel an hour too late.
            """)
        #expect(found.map(\.speaker) == ["crew's lawyers", "crew's lawyers"], "\(found)")
    }

    /// "X said CLAUSE" with no "that" is reported speech too; a phrase about the saying, an
    /// inverted "…, said X" and a verb inside a clause are not.
    @Test func reportedSpeechWithoutThat() {
        let named = quotes(
            "Harbour master Ilse Marrow said three boats reached the ferry before dawn.")
        #expect(named.map(\.speaker) == ["Ilse Marrow"])
        #expect(named.first?.kind == .indirect)
        #expect(named.first?.text == "three boats reached the ferry before dawn")
        let titled = quotes("Mr. Reyne said the harbour had grown busier in recent years.")
        #expect(titled.map(\.speaker) == ["Reyne"], "\(titled)")
        let dated = quotes("Skerrow Line said Tuesday it would suspend every crossing until March.")
        #expect(dated.map(\.speaker) == ["Skerrow Line"])
        #expect(dated.first?.text == "it would suspend every crossing until March")
        let leadIn = quotes(
            "Following the inquiry, investigators said the ferry had lost power off the ledge.")
        #expect(leadIn.map(\.speaker) == ["investigators"], "\(leadIn)")
        #expect(quotes("Skerrow Line said in a statement on Tuesday it was saddened.").isEmpty)
        let inverted = quotes(
            "The ferry would round out the fleet, said Tomas Reyne, an analyst at Avelline Research in Skerrow."
        )
        #expect(inverted.allSatisfy { $0.speaker != "ferry" }, "\(inverted)")
        let inAClause = quotes(
            "Tomas Reyne unfurled a chart that Ilse Marrow said showed the ferry's route.")
        #expect(inAClause.isEmpty, "\(inAClause)")
    }

    @Test(arguments: [
        // A name that qualifies a description does not stand for it.
        (
            "The ferry lost power after striking the ledge, according to New Zealand media reports.",
            "New Zealand media reports"
        ),
        // Words between the speaker and the verb are not the speaker.
        (
            "The ferry lost power after striking the ledge, coastguard officials there have said.",
            "coastguard officials"
        ),
    ])
    func reportedSpeechSpeakerIsTheWholeDescription(text: String, speaker: String) {
        #expect(quotes(text).first?.speaker == speaker)
    }

    /// Reports that nobody is named for are hearsay, not a source; a name, a kind of source
    /// ("state media") or an earlier mention makes them one.
    @Test func unnamedReportsAreNoSpeaker() {
        expectSpeakers(
            """
            According to reports, the ferry lost power after striking the ledge near the harbour.
            The ferry lost power after striking the ledge, according to published media reports.
            The crew abandoned the ferry before dawn, according to unconfirmed rumours.
            The ferry lost power after striking the ledge, according to New Zealand media reports.
            The captain was rescued by a passing trawler, according to state media reports.
            The report said the ferry had lost power after striking the ledge.
            """,
            ["New Zealand media reports", "state media reports", "report"])
    }

    @Test func aStatementBeforeTheSpeakerIsNotPartOfIt() {
        let found = quotes(
            "Ilse Marrow led the rescue.\nAt least two cabins were flooded, she said, adding that the ferry had lost power."
        )
        #expect(found.first?.speaker == "Ilse Marrow")
        #expect(found.first?.text == "the ferry had lost power")
    }

    @Test func scareQuotesAreNotStatements() {
        let found = quotes("Russia has described its actions as a \"special military operation.\"")
        #expect(found.isEmpty)
    }

    /// The speaker of a quotation inside a clause, where the verb of speech comes late: after
    /// a lead-in set off by a comma, or after a person the sentence opens with and describes.
    @Test func speakersAfterALeadInOrADescription() {
        let found = quotes(
            """
            Asked whether there were armed men near the school at the time of the shelling, Marrow said it was the scene of clashes "so there is an intense military activity in that area."
            Nell Carraway, Assistant Chief Fire Officer at Avelline Fire and Rescue Service says the building is "a total loss".
            Born on April 22, 1923, in Nashville, Tennessee, Page said she grew up in a family so poor "we were lucky to get an orange in our stockings".
            But Tomas Reyne, a lawyer for the ferry's owners, said the inquiry showed that "the crossing was never safe in fog."
            "I thought it was impossible to get a gift like this," crowed Skerrow Line chief Ilse Marrow, in an interview.
            """)
        #expect(
            found.map(\.speaker) == [
                "Marrow", "Nell Carraway", "Page", "Tomas Reyne", "Ilse Marrow",
            ],
            "\(found.map { ($0.text, $0.speaker) })")
    }

    /// Words between the speaker and the verb describe neither; a count alone, or words that
    /// hold a verb of speech, describe no one; a pronoun after a lead-in naming one person is
    /// that person; a quotation a verb introduces is that verb's speaker's.
    @Test func speakersBesideTheirVerbs() {
        expectSpeakers(
            """
            Ilse Marrow, the actress, died on Monday at her home.
            "I never returned any of his calls," she once said.
            Various reports suggest that the family never had control of the fortune.
            When Tomas Reyne's name started appearing in newspapers, he told a reporter that he was "no millionaire."
            A police source said the pair initially reported to supervisors that the teen had pulled a gun.
            When the captain shouted, "Everyone off the ferry now!" the passengers ran, a deckhand said.
            """,
            ["Ilse Marrow", "Tomas Reyne", "police source", "captain"])
    }

    /// A name and "said" set off by commas inside the sentence: what was said goes on past
    /// them after a lead-in, a conjunction or "but", and the words after them otherwise
    /// describe the speaker; the next paragraph's quotation goes on with that speaker.
    @Test func aSpeakerSetOffInsideTheSentence() {
        let found = quotes(
            """
            Any closure raises the question of jobs, said Ilse Marrow, but the owners would be wise to keep the crossing open.

            "There is a strong chance the ferry will sail again because the island needs it."

            After a quick survey of the harbour, Marrow said, the captain's main concern was the fuel stored next door.

            The hull was cracked in two places, said Tomas Reyne, a surveyor for the insurers.
            """)
        #expect(
            found.map(\.speaker) == ["Ilse Marrow", "Ilse Marrow", "Marrow", "Tomas Reyne"],
            "\(found.map { ($0.text, $0.speaker) })")
        #expect(
            found.map(\.text) == [
                "Any closure raises the question of jobs, but the owners would be wise to keep the crossing open",
                "There is a strong chance the ferry will sail again because the island needs it.",
                "After a quick survey of the harbour, the captain's main concern was the fuel stored next door",
                "The hull was cracked in two places",
            ])
    }
}
