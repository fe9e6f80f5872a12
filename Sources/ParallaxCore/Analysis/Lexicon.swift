/// Small word lists that news analysis leans on: places, titles, organisation words, verbs of
/// speech.
///
/// Written by hand because no gazetteer or tagger is available to the project; the lists hold
/// the common cases and the analysis falls back on capitalisation and context for the rest.
public enum Lexicon {
    /// Canonical keys of countries and their variants, demonyms included, lower case.
    ///
    /// "Russian", "Russia" and "Russia's" all read as `russia`; "US", "U.S." and "United States"
    /// as `united states`.
    public static func placeKey(_ lowercased: String) -> String? {
        placeAliases[lowercased]
    }

    /// Whether a capitalised word is a known place (country, capital, region).
    public static func isPlace(_ lowercased: String) -> Bool {
        placeAliases[lowercased] != nil || places.contains(lowercased)
    }

    /// Words that name a concept news outlets word in several ways, mapped to one key.
    public static func concept(_ lowercased: String) -> String? { concepts[lowercased] }

    private static let concepts: [String: String] = [
        "ambassador": "envoy", "ambassadors": "envoy", "envoy": "envoy", "envoys": "envoy",
        "spokesman": "spokesperson", "spokeswoman": "spokesperson",
        "spokesperson": "spokesperson", "quake": "earthquake", "earthquake": "earthquake",
        "tremor": "earthquake", "blaze": "fire", "fire": "fire", "fires": "fire",
        "deceased": "die", "perished": "die", "vessel": "ship", "ship": "ship",
        "hospitalised": "hospital", "hospitalized": "hospital", "hospital": "hospital",
        "detained": "arrest", "arrested": "arrest", "arrest": "arrest",
        "approximately": "about", "roughly": "about", "nearly": "about",
        "rehabilitation": "rehab", "rehab": "rehab",
    ]

    private static let countryTable: [(String, [String])] = [
        ("united states", ["us", "u.s.", "usa", "u.s.a.", "america", "american", "americans"]),
        ("united kingdom", ["uk", "u.k.", "britain", "great britain", "british", "briton"]),
        ("russia", ["russian", "russians", "russian federation"]),
        ("ukraine", ["ukrainian", "ukrainians"]), ("china", ["chinese"]),
        ("france", ["french"]), ("germany", ["german", "germans"]), ("italy", ["italian"]),
        ("spain", ["spanish"]), ("japan", ["japanese"]), ("india", ["indian", "indians"]),
        ("iran", ["iranian", "iranians"]), ("iraq", ["iraqi", "iraqis"]),
        ("israel", ["israeli", "israelis"]), ("syria", ["syrian", "syrians"]),
        ("turkey", ["turkish", "türkiye"]), ("canada", ["canadian", "canadians"]),
        ("mexico", ["mexican", "mexicans"]), ("brazil", ["brazilian"]),
        ("australia", ["australian", "australians"]), ("pakistan", ["pakistani"]),
        ("afghanistan", ["afghan", "afghans"]), ("egypt", ["egyptian"]),
        ("north korea", ["north korean"]), ("south korea", ["south korean"]),
        ("poland", ["polish"]), ("indonesia", ["indonesian"]), ("greece", ["greek"]),
        ("ireland", ["irish"]), ("netherlands", ["dutch", "holland"]),
        ("sweden", ["swedish"]), ("norway", ["norwegian"]), ("finland", ["finnish"]),
        ("denmark", ["danish"]), ("belarus", ["belarusian"]), ("georgia", ["georgian"]),
        ("saudi arabia", ["saudi", "saudis"]), ("lebanon", ["lebanese"]),
        ("palestine", ["palestinian", "palestinians"]), ("cuba", ["cuban"]),
        ("venezuela", ["venezuelan"]), ("nigeria", ["nigerian"]),
        ("south africa", ["south african"]), ("philippines", ["filipino", "philippine"]),
        ("vietnam", ["vietnamese"]), ("thailand", ["thai"]), ("taiwan", ["taiwanese"]),
        ("switzerland", ["swiss"]), ("austria", ["austrian"]), ("belgium", ["belgian"]),
        ("portugal", ["portuguese"]), ("chile", ["chilean"]), ("peru", ["peruvian"]),
        ("argentina", ["argentine", "argentinian"]), ("colombia", ["colombian"]),
        ("european union", ["eu", "e.u."]), ("soviet union", ["soviet", "ussr"]),
        ("new zealand", ["new zealander"]), ("kenya", ["kenyan"]), ("ethiopia", ["ethiopian"]),
        ("hungary", ["hungarian"]), ("romania", ["romanian"]), ("serbia", ["serbian"]),
        ("crimea", ["crimean"]), ("europe", ["european", "europeans"]),
    ]

    private static let placeAliases: [String: String] = {
        var table: [String: String] = [:]
        for (key, variants) in countryTable {
            table[key] = key
            for variant in variants { table[variant] = key }
        }
        return table
    }()

    private static let places: Set<String> = [
        "moscow", "washington", "kyiv", "kiev", "london", "paris", "berlin", "beijing",
        "tokyo", "rome", "madrid", "brussels", "geneva", "vienna", "warsaw", "jerusalem",
        "tehran", "baghdad", "damascus", "cairo", "ankara", "istanbul", "delhi", "new delhi",
        "mumbai", "islamabad", "kabul", "seoul", "pyongyang", "taipei", "hong kong",
        "singapore", "sydney", "ottawa", "toronto", "new york", "los angeles", "chicago",
        "boston", "san francisco", "miami", "houston", "dallas", "seattle", "atlanta",
        "california", "texas", "florida", "siberia", "africa", "asia", "latin america",
        "middle east", "gaza", "west bank", "kremlin", "white house", "pentagon",
    ]

    /// Titles and roles that stand before a person's name ("President", "Gen.", "Mr.").
    public static let personTitles: Set<String> = [
        "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady",
        "president", "vice", "prime", "minister", "secretary", "ambassador", "envoy",
        "senator", "sen", "rep", "representative", "governor", "gov", "mayor", "judge",
        "justice", "chancellor", "king", "queen", "prince", "princess", "pope", "bishop",
        "general", "gen", "colonel", "col", "lieutenant", "lt", "sergeant", "sgt", "captain",
        "capt", "commander", "admiral", "adm", "major", "maj", "officer", "detective", "chief",
        "director", "chairman", "chairwoman", "ceo", "spokesman", "spokeswoman",
        "spokesperson", "coach", "actor", "actress", "singer", "star", "rev", "father",
        "sheriff", "deputy", "inspector", "superintendent", "st", "executive", "manager",
        "attorney", "councilman", "councilwoman", "undersheriff", "commissioner", "gm", "mvp",
        "advocate", "producer", "producers", "clerk", "lawyer", "insp", "supt", "det",
        "constable", "corporal", "cpl", "councillor", "cllr", "assemblyman", "assemblywoman",
        "congressman", "congresswoman", "trooper", "prosecutor", "coroner", "treasurer",
        "economist", "analyst", "quarterback", "qb", "linebacker", "cornerback", "pitcher",
        "shortstop", "goalkeeper", "founder", "co-founder", "cofounder", "md", "cfo", "coo",
        "cto", "editor", "dean", "vice-president", "president-elect", "atty", "dist", "asst",
        "marshal",
    ]

    /// Nouns that follow a place's name: "Bener Meriah district", "Bukit Sama village".
    static let placeNouns: Set<String> = [
        "district", "province", "village", "city", "town", "region", "regency", "county",
        "island", "islands", "valley", "suburb", "neighbourhood", "neighborhood", "municipality",
        "prefecture", "borough", "township", "oblast", "governorate", "state", "peninsula",
    ]

    /// Words that end the name of a street, a venue, a body of water or a stretch of land:
    /// "Church Ave", "Banstead High Street", "Kodak Theatre", "Persian Gulf", "Gaza Strip",
    /// "Coney Island", "Marion County". Not those that are common surnames too ("Hall", "Park",
    /// "Bay", "Lake").
    static let placeEndings: Set<String> = [
        "street", "st", "avenue", "ave", "road", "rd", "boulevard", "blvd", "highway", "freeway",
        "square", "plaza", "gulf", "sea", "ocean", "river", "strip", "airport", "stadium",
        "arena", "theatre", "theater", "station", "harbour", "harbor", "canyon", "desert",
        "channel", "straits", "strait", "island", "islands", "beach", "coast", "county",
    ]

    /// The states of the United States as American news writes them after a town, "Biloxi,
    /// Miss.", "Key Biscayne, Fla.", "Cloverdale, California": the Associated Press's
    /// abbreviations (lower case, without their periods) and the names in full.
    static let americanStates: Set<String> = [
        "ala", "ariz", "ark", "calif", "colo", "conn", "del", "fla", "ga", "ill", "ind", "kan",
        "kans", "ky", "la", "md", "mass", "mich", "minn", "miss", "mo", "mont", "neb", "nev",
        "n.h", "n.j", "n.m", "n.y", "n.c", "n.d", "okla", "ore", "pa", "r.i", "s.c", "s.d",
        "tenn", "tex", "vt", "va", "wash", "w.va", "wis", "wyo", "alabama", "alaska", "arizona",
        "arkansas", "california", "colorado", "connecticut", "delaware", "florida", "georgia",
        "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi",
        "missouri", "montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon",
        "pennsylvania", "tennessee", "texas", "utah", "vermont", "virginia", "washington",
        "wisconsin", "wyoming",
    ]

    /// Words of direction that open a place's name: "Central Aceh", "North Sumatra".
    static let compassWords: Set<String> = [
        "north", "south", "east", "west", "central", "northern", "southern", "eastern",
        "western", "northeast", "northwest", "southeast", "southwest", "upper", "lower",
    ]

    /// Words that mark a capitalised name as an organisation.
    public static let organisationWords: Set<String> = [
        "ministry", "department", "agency", "institute", "university", "college", "school",
        "council", "committee", "commission", "party", "company", "corporation", "corp",
        "inc", "ltd", "llc", "plc", "group", "bank", "association", "union", "federation",
        "foundation", "organization", "organisation", "office", "court", "parliament",
        "congress", "senate", "assembly", "government", "administration", "army", "navy",
        "police", "service", "services", "news", "press", "times", "post", "journal",
        "herald", "gazette", "tribune", "daily", "radio", "television", "tv", "network",
        "center", "centre", "hospital", "club", "team", "league", "board", "authority",
        "forces", "guard", "bureau", "fund", "trust", "airlines", "airways", "reuters", "watch",
        "nations", "institutes", "assn",
        "kremlin", "nato", "tass", "cdc", "fbi", "cia", "un", "who", "bbc", "cnn", "ap", "afp",
        // Not a body, but a law is no person either: "the Mental Health Act".
        "act",
    ]

    /// Words that end a firm's name without being a company word anywhere in a name: "ATI
    /// Technologies", "Electronic Data Systems", "Skerrow Line", "Lehman Brothers". Only the
    /// last word counts, for a first name may be one ("Line Renaud").
    static let organisationEndings: Set<String> = [
        "line", "lines", "railway", "railways", "railroad", "ferries", "shipping", "cruises",
        "motor", "motors", "holdings", "industries", "studios", "pictures", "entertainment",
        "records", "media", "systems", "technologies", "labs", "laboratories", "partners",
        "securities", "insurance", "pharmaceuticals", "brothers", "bros", "electronics",
        "communications", "software", "computer", "computers", "petroleum", "oil", "energy",
        "magazine", "project", "society", "academy", "alliance", "coalition", "initiative",
        "museum",
    ]

    /// Words that end the name of an award or an event, no one's: "MacArthur Fellowship",
    /// "Nobel Peace Prize", "Super Bowl", "World Series".
    static let honourEndings: Set<String> = [
        "award", "awards", "prize", "prizes", "fellowship", "medal", "trophy", "cup", "bowl",
        "series", "championship", "championships", "olympics", "festival", "grant",
    ]

    /// Nouns for a work whose title may follow them: "the 2005 film The Notorious Bettie Page",
    /// "the film Revolutionary Road".
    static let workNouns: Set<String> = [
        "film", "movie", "book", "novel", "song", "album", "play", "musical", "documentary",
        "memoir", "biopic", "sitcom", "opera", "series", "show",
    ]

    /// Whether a name of these lower-case words is an organisation's: a company word anywhere
    /// in it ("Bank of England"), or a firm's ending after another word ("Cisco Systems").
    static func namesOrganisation(_ words: [String]) -> Bool {
        words.contains(where: organisationWords.contains)
            || (words.count >= 2 && organisationEndings.contains(words.last!))
    }

    /// Verbs that report speech, in the forms news uses; keys are lower case.
    public static let speechVerbs: Set<String> = [
        "said", "says", "say", "told", "tells", "added", "adds", "stated", "states",
        "declared", "announced", "announces", "explained", "noted", "notes", "wrote", "writes",
        "insisted", "argued", "claimed", "claims", "warned", "warns", "recalled", "confirmed",
        "confirms", "denied", "asked", "replied", "continued", "remarked", "tweeted",
        "posted", "stressed", "emphasized", "emphasised", "acknowledged", "admitted",
        "reported", "reports", "observed", "commented", "suggested", "predicted", "urged",
        "mused", "quipped", "joked", "conceded", "countered", "recounted", "cautioned",
        "lamented", "fumed", "notified", "testified", "shouted", "yelled", "complained",
        "insists", "explains", "boasted", "crowed", "bragged", "gushed",
    ]
}
