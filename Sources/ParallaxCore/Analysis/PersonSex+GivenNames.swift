extension PersonSex {
    /// The sex a person's given name suggests, where the name is common in English-language
    /// news and given almost only to one sex: "Mark", "Mary". Names given to both ("Kim",
    /// "Jordan", "Leslie") or to one sex in one language and the other in another ("Jean",
    /// "Andrea", "Nicola", "Michele") are left out, so the list says nothing of them.
    ///
    /// A name is weaker evidence than a title or a word beside it ("Ms.", "his wife"), and
    /// what the article says of the person outweighs it. No library here knows names, and
    /// the public lists by sex are tens of thousands of names long and mislead on exactly the
    /// names news reports most often get wrong; a short list of the unambiguous common ones,
    /// written by hand, tells "her agent, Mark Roesler" from the "she" who spoke next.
    static func suggested(byGivenName name: String) -> PersonSex? {
        let key = name.lowercased()
        if femaleGivenNames.contains(key) { return .female }
        if maleGivenNames.contains(key) { return .male }
        return nil
    }

    /// The weight of a given name, against 1 for a pronoun and ``statedWeight`` for a title.
    static let givenNameWeight = 2

    static let femaleGivenNames: Set<String> = [
        "abigail", "ada", "adele", "agnes", "aisha", "alice", "alicia", "alison", "allison",
        "amanda", "amelia", "amy", "ana", "anastasia", "angela", "angelina", "anita", "ann",
        "anna", "anne", "annette", "annie", "antonia", "audrey", "barbara", "beatrice",
        "becky", "belinda", "bernadette", "beth", "bethany", "betty", "beverly",
        "bonnie", "brenda", "bridget", "brittany", "camilla", "carla", "carmen", "carol",
        "caroline", "carolyn", "catherine", "cathy", "charlotte", "chelsea", "cheryl", "christina",
        "christine", "cindy", "claire", "clara", "claudia", "colleen", "cynthia", "daisy",
        "daphne", "debbie", "deborah", "debra", "denise", "diana", "diane", "dolores", "donna",
        "doris", "dorothy", "edith", "eileen", "elaine", "eleanor", "elena", "elisabeth",
        "elizabeth", "ella", "ellen", "eloise", "emilia", "emily", "emma", "erica", "erin",
        "esther", "eva", "eve", "fatima", "fiona", "florence", "frances", "gabriela",
        "gabrielle", "gail", "georgia", "geraldine", "gillian", "gina", "gladys", "gloria",
        "grace", "gwen", "gwyneth", "hannah", "harriet", "hazel", "heather", "heidi", "helen",
        "helena", "hillary", "ingrid", "irene", "iris", "isabel", "isabella",
        "jacqueline", "jane", "janet", "janice", "jasmine", "jennifer", "jenny", "jessica",
        "jill", "joanna", "joanne", "josephine", "joy", "joyce", "judith", "judy",
        "julia", "julie", "juliet", "karen", "katherine", "kathleen", "kathryn", "kathy",
        "katie", "kate", "katrina", "kristen", "laura", "lauren", "linda",
        "lisa", "liz", "lois", "lorraine", "louise", "lucy", "lydia", "madeleine",
        "maggie", "margaret", "margarita", "maria", "marie", "marilyn", "marina",
        "marjorie", "martha", "mary", "maureen", "megan", "melanie", "melissa", "meryl",
        "michelle", "mildred", "miranda", "molly", "monica", "nadia", "nancy", "naomi",
        "natalie", "natasha", "nicole", "nina", "nora", "norma", "olga", "olivia", "pamela",
        "patricia", "paula", "pauline", "peggy", "penelope", "phyllis", "priscilla", "rachel",
        "rebecca", "regina", "rita", "roberta", "rosa", "rose", "rosemary", "ruth", "sabrina",
        "sally", "samantha", "sandra", "sara", "sarah", "sharon", "sheila", "shirley", "sofia",
        "sonia", "sophia", "sophie", "stephanie", "susan", "suzanne", "sylvia", "tamara",
        "teresa", "theresa", "tiffany", "tina", "valerie", "vanessa", "vera", "veronica",
        "victoria", "virginia", "wanda", "wendy", "yvonne", "zoe",
    ]

    static let maleGivenNames: Set<String> = [
        "aaron", "abdul", "abraham", "adam", "adrian", "ahmad", "ahmed", "alan", "albert",
        "alberto", "alexander", "alexei", "alfred", "allen", "alfonso", "anatoly",
        "andre", "andrew", "andy", "angelo", "anthony", "antonio", "arnold", "arthur", "barack",
        "barry", "ben", "benjamin", "bernard", "bill", "billy", "bob", "bobby", "boris", "brad",
        "bradley", "brandon", "brian", "bruce", "bryan", "carl", "carlos", "charles", "charlie",
        "christopher", "chuck", "clarence", "claude", "clint", "colin", "craig", "dan", "daniel",
        "danny",
        "darren", "dave", "david", "dennis", "derek", "dick", "dmitry", "don", "donald",
        "doug", "douglas", "duncan", "dustin", "dwight", "eddie", "edgar", "eduardo", "edward",
        "edwin",
        "elijah", "elliot", "emmanuel", "eric", "ernest", "ethan", "eugene", "fernando", "frank",
        "franklin", "fred", "frederick", "gary", "george", "gerald", "gilbert", "giuseppe",
        "gordon", "graham", "greg", "gregg", "gregory", "guy", "hans", "harold", "harry",
        "harvey", "hassan", "hector", "henry", "herbert", "howard", "hugh", "hugo", "ian",
        "igor", "isaac", "ivan", "jack", "jacob", "jake", "james", "jason", "jeff", "jeffrey",
        "jeremy", "jerry", "jim", "jimmy", "joe", "joel", "joey", "john", "johnny", "jonathan",
        "jorge",
        "jose", "joseph", "josh", "joshua", "juan", "karl", "keith", "ken", "kenneth", "kevin",
        "klaus", "larry", "lawrence", "leo", "leon", "leonard", "lewis", "louis", "luis",
        "luke", "malcolm", "manuel", "marc", "marcus", "mario", "mark", "martin", "matt",
        "matthew", "maurice", "max", "michael", "miguel", "mike", "mikhail", "mohamed",
        "mohammad", "mohammed", "muhammad", "nathan", "neil", "nicholas", "nick", "nigel",
        "noah", "norman", "oliver", "omar", "oscar", "otto", "patrick", "paul", "pedro",
        "peter", "philip", "phillip", "pierre", "rafael", "ralph", "randy", "raymond", "richard",
        "rick", "robert", "roberto", "roger", "roland", "ron", "ronald", "roy", "russell", "ryan",
        "samuel", "scott", "sean", "sergei", "sergey", "seth", "shawn", "simon", "stanley",
        "stephen",
        "steve", "steven", "stuart", "ted", "thomas", "tim", "timothy", "todd", "tom", "tommy",
        "tony", "trevor", "victor", "vincent", "vladimir", "walter", "warren", "wayne",
        "william", "willie", "yuri",
    ]
}
