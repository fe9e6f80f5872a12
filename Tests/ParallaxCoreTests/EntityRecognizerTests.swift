import ParallaxCore
import Testing

@Suite struct EntityRecognizerTests {
    func entities(_ text: String) -> [Entity] {
        EntityRecognizer.entities(in: Tokenizer.tokens(Typography.unify(text)))
    }

    /// Expects `text` to name `name` as an entity of `kind`, or with `isNot` not as one, and
    /// shows the entities found where it does not.
    func expect(
        _ text: String, names name: String, as kind: Entity.Kind, isNot: Bool = false,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let found = entities(text)
        #expect(
            found.contains { $0.text == name && $0.kind == kind } != isNot, "\(found)",
            sourceLocation: sourceLocation)
    }

    @Test func findsTitledPerson() {
        let found = entities("He backed President Vladimir Putin's policies.")
        #expect(found.map(\.text) == ["Vladimir Putin"])
        #expect(found.first?.kind == .person)
        #expect(found.first?.title == "President")
    }

    /// A town followed by its state is a place, however it is introduced; a degree in capitals
    /// after a name is no state.
    @Test func aTownAndItsStateIsAPlace() {
        expect(
            "The meeting was held at his vacation home on Marrow Key, Fla., that spring.",
            names: "Marrow Key", as: .place)
        expect(
            "Jorge Alvera, MD, the medical society's president, praised her.",
            names: "Jorge Alvera", as: .person)
        expect("said Jane Ober, Washington director of the group.", names: "Jane Ober", as: .person)
        expect(
            "Firefighters from Renton, Washington, were called to the warehouse.", names: "Renton",
            as: .place)
        // A name the article has shown to be a place stays one where nothing around it says so.
        let later = EntityRecognizer.entities(
            in: Tokenizer.tokens("He screened every call on the getaway to Marrow Key."),
            knownPlaces: ["marrow key"])
        #expect(later.contains { $0.text == "Marrow Key" && $0.kind == .place }, "\(later)")
    }

    /// "Island", "Beach", "Coast" and "County" end places' names, which are no people.
    @Test func aNameEndingInIslandIsAPlace() {
        expect(
            "The explosion happened just before 5:30 p.m., Marion County deputies said.",
            names: "Marion County", as: .place)
        expect(
            "She took a walk along the beach at Coney Island that October.", names: "Coney Island",
            as: .place)
        expect("The storm reached Palm Beach on Sunday.", names: "Palm Beach", as: .place)
    }

    /// A name between "a" and a noun it qualifies is no person's; one after "a" and before a
    /// verb of speech is.
    @Test func aNameQualifyingANounIsNoPerson() {
        expect(
            "DiCaprio, who on Thursday earned a Golden Globe nomination, said so.",
            names: "Golden Globe", as: .person, isNot: true)
        expect(
            "Asked about the ferry, a Tom Hale said he had not sailed since.", names: "Tom Hale",
            as: .person)
    }

    /// A given name alone is a person where it names "his", "her" or "their" relative; after a
    /// named owner, and a word alone elsewhere, it is not.
    @Test func aRelativeNamedAloneIsAPerson() {
        expect(
            "Ultimately, his daughter, Joan, persuaded him to go public.", names: "Joan",
            as: .person)
        expect(
            "Abed Sultan's father, Samir, said the school was full.", names: "Samir", as: .person,
            isNot: true)
        expect(
            "They drove to the coast, Galway, and stayed a week.", names: "Galway", as: .person,
            isNot: true)
    }

    @Test func findsOrganisationsAndPlaces() {
        let found = entities(
            "Antonov graduated from the Moscow State Institute of International Relations in 1978.")
        #expect(
            found.contains {
                $0.text == "Moscow State Institute of International Relations"
                    && $0.kind == .organisation
            })
        let agency = entities("The announcement was made through the TASS news agency in Moscow.")
        #expect(agency.contains { $0.text == "TASS" && $0.kind == .organisation })
        #expect(agency.contains { $0.text == "Moscow" && $0.kind == .place })
        // A law is no person: a pronoun after it must not be given to it.
        let law = entities("He was detained under the Mental Health Act last year.")
        #expect(law.contains { $0.text == "Mental Health Act" && $0.kind != .person }, "\(law)")
    }

    /// A title inside a run of capitalised words names the person after it; what stands
    /// before the title stays a place or an organisation where it is one.
    @Test(
        arguments: [
            (
                "European Union President Herman Van Rompuy arrived on Monday.",
                "Herman Van Rompuy", "European Union", "President"
            ),
            (
                "Palmer Public Safety Director Jon Owen said the roof collapsed.",
                "Jon Owen", nil, "Palmer Public Safety Director"
            ),
            (
                "Greek Prime Minister George Papandreou spoke in Athens.",
                "George Papandreou", "Greek", "Prime Minister"
            ),
            (
                "West Coast Bank Chief Executive Robert Sznewajs said the bank was sound.",
                "Robert Sznewajs", "West Coast Bank", "Chief Executive"
            ),
            (
                "U.S. Secretary of State Condoleezza Rice welcomed the initiative.",
                "Condoleezza Rice", nil, "Secretary of State"
            ),
            (
                "Secretary of State Condoleezza Rice welcomed the initiative.",
                "Condoleezza Rice", nil, "Secretary of State"
            ),
            (
                "Enough Project Co-Founder John Prendergast said the regime was to blame.",
                "John Prendergast", nil, "Co-Founder"
            ),
            (
                "ATI Technologies India MD Dasaradha R Gude told the paper it would grow.",
                "Dasaradha R Gude", nil, "MD"
            ),
        ] as [(String, String, String?, String)])
    func aTitleInsideARunNamesThePersonAfterIt(
        text: String, person: String, before: String?, title: String
    ) {
        let found = entities(text)
        let named = found.first { $0.text == person }
        #expect(named?.kind == .person, "\(found)")
        #expect(named?.title?.hasSuffix(title) == true, "\(found)")
        if let before { #expect(found.contains { $0.text == before }, "\(found)") }
        // One word after a title is no full name to take apart from it.
        #expect(
            !entities("The Public Safety Director Owen arrived.").contains { $0.text == "Owen" })
        // Nor two where the first is another title.
        #expect(
            !entities("said Manokwari Military Commander Col. Inf. Irham Waroiham.").contains {
                $0.text == "Col. Inf"
            })
    }

    /// An Arabic article before a capital goes on with the name; a lowercase word does not.
    @Test func anArabicArticleIsPartOfTheName() {
        let found = entities("One of the rebel leaders, Abdel Aziz al-Hilu, spoke in September.")
        #expect(
            found.contains { $0.text == "Abdel Aziz al-Hilu" && $0.kind == .person }, "\(found)")
        #expect(
            !entities("Abdel Aziz spoke in al-fresco style.").contains { $0.text.contains("al-") })
    }

    @Test func separatesPlaceFromName() {
        let found = entities("Russian Ambassador to the US Anatoly Ivanovich Antonov is leaving.")
        #expect(found.contains { $0.text == "Anatoly Ivanovich Antonov" && $0.kind == .person })
    }

    /// A name the gazetteer and the titles do not type is typed by the words around it and the
    /// word it ends in: a place, a firm, or an award, an event or a work, which is no one (not
    /// a person a pronoun could mean).
    @Test(
        arguments: [
            (
                "A landslide buried a plantation in Bener Meriah district on Tuesday.",
                "Bener Meriah", .place
            ),
            (
                "People ran out of their houses in Banda Aceh when the quake struck.", "Banda Aceh",
                .place
            ),
            (
                "The quake shook the provincial capital of Banda Aceh on Tuesday.", "Banda Aceh",
                .place
            ),
            (
                "Ten houses were damaged in Takengon, the capital of Central Aceh.", "Central Aceh",
                .place
            ),
            // A street, a venue, a sea: by the word that ends the name.
            (
                "Roads around the area, including Banstead High Street itself, were closed.",
                "Banstead High Street", .place
            ),
            (
                "The ceremony will take place at the Kodak Theatre on February 22.",
                "Kodak Theatre", .place
            ),
            (
                "Because the Persian Gulf is not very deep, a tsunami is not expected.",
                "Persian Gulf", .place
            ),
            // A place noun, "of" and a name.
            (
                "She led the medical association of the State of Alabama.", "State of Alabama",
                .place
            ),
            ("The Republic of South Sudan accused Khartoum.", "Republic of South Sudan", .place),
            // A firm by its last word.
            (
                "Hewlett-Packard agreed to buy Electronic Data Systems for $13.9 billion.",
                "Electronic Data Systems", .organisation
            ),
            (
                "The chips were designed by ATI Technologies before the merger.",
                "ATI Technologies", .organisation
            ),
            ("Skerrow Line said all sailings had been suspended.", "Skerrow Line", .organisation),
            ("Lehman Brothers filed for bankruptcy on Monday.", "Lehman Brothers", .organisation),
            (
                "Collins led the Human Genome Project until 2008.", "Human Genome Project",
                .organisation
            ),
            ("She presided over the Medical Assn. of Alabama.", "Medical Assn", .organisation),
            // An award or an event by its last word, a work by the noun before it.
            ("She received a MacArthur Fellowship in 2008.", "MacArthur Fellowship", .other),
            ("The Colts lost the Super Bowl in Miami.", "Super Bowl", .other),
            (
                "Her life inspired the 2005 film The Notorious Bettie Page.",
                "Notorious Bettie Page", .other
            ),
            ("He starred in the film Revolutionary Road last year.", "Revolutionary Road", .other),
        ] as [(String, String, Entity.Kind)])
    func aNameIsTypedByTheWordsAroundIt(text: String, name: String, kind: Entity.Kind) {
        let found = entities(text)
        #expect(found.contains { $0.text == name && $0.kind == kind }, "\(found)")
    }

    @Test func aFirmsEndingElsewhereInANameIsNoCompanyWord() {
        expect("The singer Line Renaud was honoured in Paris.", names: "Line Renaud", as: .person)
    }

    @Test func aPersonAfterInIsStillAPerson() {
        for text in [
            "The crew put their trust in Ilse Marrow's judgement on Tuesday.",
            "The rescue was led by Ilse Marrow on Tuesday.",
        ] {
            let found = entities(text)
            #expect(
                found.contains { $0.text.hasPrefix("Ilse Marrow") && $0.kind == .person },
                "\(found)")
        }
    }

    @Test func skipsSentenceOpenersAndMonths() {
        let found = entities("In August, the envoy spoke.")
        #expect(found.isEmpty)
    }

    @Test func keepsInitialsAndAbbreviatedTitles() {
        let found = entities("The report was written by Dr. R. T. Abernathy and Gen. Mark Smith.")
        #expect(found.contains { $0.text == "R. T. Abernathy" && $0.kind == .person })
        #expect(found.contains { $0.text == "Mark Smith" && $0.kind == .person })
        // "A" is an initial where another follows.
        expect(
            "The team's general manager, A. J. Smith, said it was sad.", names: "A. J. Smith",
            as: .person)
    }

    /// "New" opens a name though it is a stop word; "-based" places an organisation and is no
    /// part of its name.
    @Test func newOpensANameAndBasedIsNoPartOfOne() {
        let based = entities("New York-based Human Rights Watch said the vote was not free.")
        #expect(based.map(\.text) == ["Human Rights Watch"], "\(based)")
        #expect(based.first?.kind == .organisation)
        let places = entities("Officials in New Zealand and New Delhi agreed.")
        #expect(places.map(\.text) == ["New Zealand", "New Delhi"], "\(places)")
        #expect(places.allSatisfy { $0.kind == .place }, "\(places)")
    }

    /// A name before a role in lower case qualifies the role; a name after one is a person's,
    /// unless the role is also an adjective.
    @Test func aRoleInLowerCaseSaysWhichNameIsAPersons() {
        let coach = entities("New Orleans coach Sean Payton said the team was ready.")
        #expect(coach.contains { $0.text == "Sean Payton" && $0.kind == .person }, "\(coach)")
        #expect(coach.contains { $0.text == "New Orleans" && $0.kind != .person }, "\(coach)")
        expect(
            "The agency's spokesman Mujahidin said it kept shaking.", names: "Mujahidin",
            as: .person)
        let rival = entities("Chip designer and chief Intel rival AMD signed the deal.")
        #expect(rival.contains { $0.text == "Intel" && $0.kind != .person }, "\(rival)")
        expect(
            "Palmer City Clerk Janette Bower told reporters.", names: "Janette Bower", as: .person)
        let lawyer = entities("Lawyer Michael Marinaccio said he was frail.")
        #expect(lawyer.contains { $0.text == "Michael Marinaccio" && $0.title == "Lawyer" })
    }
}
