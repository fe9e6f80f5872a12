import Foundation
import Testing

@testable import ParallaxCore

@Suite struct QuantityExtractorTests {
    /// Input, the quantity's text, its qualifier and its key: one quantity expected.
    @Test(arguments: [
        ("A 69-year-old was held.", "69-year-old", Quantity.Qualifier.exact, "age:69"),
        ("The man, aged 69, was held.", "aged 69", .exact, "age:69"),
        ("He is 69 years old.", "69 years old", .exact, "age:69"),
        ("A 42-year-old man was held.", "42-year-old", .exact, "age:42"),
        ("An eight-year-old girl was found.", "eight-year-old", .exact, "age:8"),
        ("Antonov, 69, said he would stay.", "69", .exact, "age:69"),
        ("He retired at the age of 69.", "age of 69", .exact, "age:69"),
        ("More than 50 countries signed.", "More than 50 countries", .moreThan, "country:50"),
        ("At least 12 people died.", "At least 12 people", .atLeast, "people:12"),
        ("Nearly 300 passengers died.", "Nearly 300 passengers", .about, "passenger:300"),
        ("The wave was about 4.5 metres high.", "about 4.5 metres", .about, "metre:4.5"),
        ("The wave was 4.5 meters high.", "4.5 meters", .exact, "metre:4.5"),
        ("The war lasted three decades.", "three decades", .exact, "decade:3"),
        ("The war lasted over three decades.", "over three decades", .moreThan, "decade:3"),
        ("The two met.", "two", .exact, ":2"),
        ("Twenty-one soldiers were hurt.", "Twenty-one soldiers", .exact, "soldier:21"),
        ("He bought a dozen.", "a dozen", .exact, ":12"),
        ("A deal worth $200 million was signed.", "$200 million", .exact, "usd:200000000"),
        ("A deal worth €3.5bn was signed.", "€3.5bn", .exact, "eur:3500000000"),
        ("A deal worth £40,000 was signed.", "£40,000", .exact, "gbp:40000"),
        ("A deal worth US$5m was signed.", "US$5m", .exact, "usd:5000000"),
        ("He seeks more than $21MM a year.", "more than $21MM", .moreThan, "usd:21000000"),
        ("The screw is 21mm long.", "21mm", .exact, "millimetre:21"),
        ("It cost 20 million dollars.", "20 million dollars", .exact, "usd:20000000"),
        ("The flood hit 1,200 homes.", "1,200 homes", .exact, "home:1200"),
        ("Turnout fell 40%.", "40%", .exact, "percent:40"),
        ("Turnout fell 40 per cent.", "40 per cent", .exact, "percent:40"),
        ("Turnout fell 40 percent.", "40 percent", .exact, "percent:40"),
        ("Turnout fell by up to 3.5%.", "up to 3.5%", .upTo, "percent:3.5"),
        ("He rejected an eight-year offer.", "eight-year", .exact, "year:8"),
        ("A 6.1 magnitude earthquake struck.", "6.1 magnitude", .exact, "magnitude:6.1"),
        ("A magnitude 6.1 quake struck.", "magnitude 6.1", .exact, "magnitude:6.1"),
        ("A 5.8-magnitude quake struck.", "5.8-magnitude", .exact, "magnitude:5.8"),
        ("One man was arrested.", "One man", .exact, "man:1"),
        ("One Palestinian man was arrested.", "One Palestinian man", .exact, "man:1"),
        ("50 Western countries agreed.", "50 Western countries", .exact, "country:50"),
        ("Two police officers were hurt.", "Two police officers", .exact, "officer:2"),
        ("Two men were hurt.", "Two men", .exact, "man:2"),
        ("1.2 million people fled.", "1.2 million people", .exact, "people:1200000"),
        ("Two hundred and fifty people.", "Two hundred and fifty people", .exact, "people:250"),
        ("A hundred people fled.", "A hundred people", .exact, "people:100"),
        ("2014 people signed the petition.", "2014 people", .exact, "people:2014"),
        ("The fund paid $2014 in fees.", "$2014", .exact, "usd:2014"),
        ("He was jailed for 12 years in all.", "12 years", .exact, "year:12"),
        ("The road runs 5km.", "5km", .exact, "kilometre:5"),
        ("The road runs 100 km.", "100 km", .exact, "kilometre:100"),
        ("Fewer than 10 shops opened.", "Fewer than 10 shops", .lessThan, "shop:10"),
        ("No more than 10 shops opened.", "No more than 10 shops", .atMost, "shop:10"),
        ("Some 300 troops remain.", "Some 300 troops", .about, "troop:300"),
        ("The mission has 50 staff.", "50 staff", .exact, "staff:50"),
        ("50 killed in blast.", "50", .exact, ":50"),
        ("Half a million people marched.", "Half a million people", .exact, "people:500000"),
        ("Temperatures reached 40C.", "40C", .exact, "celsius:40"),
        ("One crew member is missing.", "One crew member", .exact, "member:1"),
        ("The ferry has 14 crew.", "14 crew", .exact, "crew:14"),
    ])
    func findsOneQuantity(
        input: String, text: String, qualifier: Quantity.Qualifier, key: String
    ) {
        let found = QuantityExtractor.quantities(in: input)
        #expect(found.count == 1, "\(found)")
        guard let quantity = found.first else { return }
        #expect(quantity.text == text)
        #expect(quantity.qualifier == qualifier)
        #expect(quantity.key == key)
    }

    /// Years, ordinals, pronouns, times and codes that are not quantities.
    @Test(arguments: [
        "It was agreed in 2014.",
        "It has grown since 2017.",
        "It peaked in the 1990s.",
        "Talks resumed on Oct. 5.",
        "They met three days ago.",
        "Filed 2024-10-05 and 10/05/2024.",
        "He was the first to speak.",
        "He finished 5th.",
        "One of the men fled.",
        "No one was hurt.",
        "They blamed one another.",
        "The meeting is at 10:30.",
        "The meeting is at 10am.",
        "The meeting is at 10 a.m. sharp.",
        "COVID-19 cases rose.",
        "The F-35 jets flew.",
        "5G masts were burnt.",
        "Open 24/7.",
        "In all, 5, it seems.",
        "By 10 p.m. all had left.",
        "Call 0800 555 0142 now.",
        "Contact Surrey Police on 0845 125 2222, or call Crimestoppers.",
        "Call Sgt. Shayne La Croix at 907-745-4811.",
        "Call 1-800-555-0199 today.",
        "Nearly two-thirds of voters agreed.",
        "He served 4 1 / 2 months in prison.",
        "",
    ])
    func findsNoQuantity(input: String) {
        let found = QuantityExtractor.quantities(in: input)
        #expect(found.isEmpty, "\(found)")
    }

    /// Input and the keys of the quantities found. Both ends of a range take the unit that one
    /// of them states; a list joined by "and" does not.
    @Test(arguments: [
        ("10-15 people", ["people:10", "people:15"]),
        ("between 50 and 60 people", ["people:50", "people:60"]),
        ("from 5 to 10 percent", ["percent:5", "percent:10"]),
        ("two or three days", ["day:2", "day:3"]),
        ("$5-10", ["usd:5", "usd:10"]),
        ("$5-10 million", ["usd:5000000", "usd:10000000"]),
        (
            "the Orioles (seven years, $140-$150 million)",
            ["year:7", "usd:140000000", "usd:150000000"]
        ),
        ("between 50 and 60 million people", ["people:50000000", "people:60000000"]),
        // A first end above the second's figure is no range of its scale.
        ("from 500 to 2 million", [":500", ":2000000"]),
        ("It had 104 passengers and 14 crew.", ["passenger:104", "crew:14"]),
        ("Three were hurt and 12 died.", [":3", ":12"]),
        ("It cost $1.5 billion (€1.4 billion).", ["usd:1500000000", "eur:1400000000"]),
        ("Smith, 45, and Jones, 52, were charged.", ["age:45", "age:52"]),
        // Numerals broken by a space after their point or comma are no figures; a year before a
        // comma is no broken numeral.
        ("It struck 10 kilometres (6. 2 miles) down.", ["kilometre:10"]),
        ("A magnitude-9. 1 quake killed 230, 000 people.", []),
        ("In 2003, 200 people died.", ["people:200"]),
        // Model and version numbers and the sides of a dimension count nothing.
        ("It has three USB 2.0 ports and a FireWire 800 port.", [":3"]),
        ("Up to 8 hours with the 9400M chip.", ["hour:8"]),
        ("A display of 2880 x 1800 pixels, or 2880 pixels by 1800.", []),
        ("A 10-by-12 foot room held 40 people.", ["people:40"]),
        ("The Boeing 737 carried 189 people.", ["people:189"]),
        ("Police said 12 people died.", ["people:12"]),
        // "a thing or two" is a vague few; "two or three ferries" a range.
        ("He knows a thing or two about making changes.", []),
        ("It will take a day or two, and two or three ferries.", ["ferry:2", "ferry:3"]),
    ])
    func findsQuantities(input: String, keys: [String]) {
        #expect(QuantityExtractor.quantities(in: input).map(\.key) == keys)
    }

    /// Differently written ages share a key.
    @Test(arguments: [
        "a 69-year-old", "aged 69", "69 years old", "Antonov, 69, said", "sixty-nine-year-old",
        "at age 69",
    ])
    func agesShareAKey(input: String) {
        #expect(QuantityExtractor.quantities(in: input).map(\.key) == ["age:69"])
    }

    @Test(arguments: [
        ("countries", "country"), ("people", "people"), ("men", "man"),
        ("passengers", "passenger"), ("children", "child"), ("churches", "church"),
        ("buses", "bus"), ("centuries", "century"), ("news", "news"), ("glass", "glass"),
    ])
    func singularisesCountedNouns(plural: String, singular: String) {
        #expect(CountedNoun.singular(plural) == singular)
    }

    @Test func findsSeveralQuantitiesInOrder() {
        let text =
            "Antonov, 69, said more than 50 countries had pledged $200 million since "
            + "2014, while 1,200 homes lay in ruins three days ago."
        let keys = QuantityExtractor.quantities(in: text).map(\.key)
        #expect(keys == ["age:69", "country:50", "usd:200000000", "home:1200"])
    }

    @Test func offsetsCountUTF8Bytes() throws {
        let text = "Zürich \u{201C}€3.5bn\u{201D} – nearly 300 passengers"
        let found = QuantityExtractor.quantities(in: text)
        #expect(found.map(\.text) == ["€3.5bn", "nearly 300 passengers"])
        for quantity in found {
            let bytes = Array(text.utf8)[
                quantity.utf8Offset..<quantity.utf8Offset + quantity.utf8Length]
            #expect(String(decoding: bytes, as: UTF8.self) == quantity.text)
        }
    }

    @Test func roundTripsThroughCodable() throws {
        let found = QuantityExtractor.quantities(in: "aged 69, about 4.5 metres, €3.5bn")
        let data = try JSONEncoder().encode(found)
        #expect(try JSONDecoder().decode([Quantity].self, from: data) == found)
    }

    /// Sentences assembled from number-like pieces, deterministically, keep every quantity
    /// inside the input, in order and finite.
    @Test func keepsInvariantsOnAssembledText() {
        let pieces = [
            "5", "1,200", "4.5", "99999999999999999999", "$", "€", "%", "-", ",", ".", ":", "m",
            "bn", "one", "twenty", "hundred", "and", "million", "a", "half", "year", "old",
            "aged", "Smith", "people", "per", "cent", "more", "than", "magnitude", "\u{A0}", " ",
        ]
        for text in AssembledText.samples(from: pieces, count: 5_000) {
            let bytes = Array(text.utf8)
            var previousEnd = 0
            for quantity in QuantityExtractor.quantities(in: text) {
                let range = quantity.utf8Offset..<quantity.utf8Offset + quantity.utf8Length
                #expect(range.lowerBound >= previousEnd && range.upperBound <= bytes.count)
                #expect(String(decoding: bytes[range], as: UTF8.self) == quantity.text)
                #expect(quantity.value.isFinite)
                previousEnd = range.upperBound
            }
        }
    }

    @Test(arguments: [
        String(repeating: "9", count: 1_000_000),
        String(repeating: "1,000,", count: 100_000),
        String(repeating: "twenty-one ", count: 50_000),
        String(repeating: "a ", count: 200_000),
        String(repeating: "nine hundred ninety trillion ", count: 40_000),
        String(repeating: "$-%.,", count: 100_000),
        String(repeating: "👩‍👩‍👧 é\u{301} \u{FFFD}\u{0}", count: 20_000),
        "99999999999999999999999999 people, 1e400, $" + String(repeating: "9", count: 400),
    ])
    func survivesHostileInput(input: String) {
        for quantity in QuantityExtractor.quantities(in: input) {
            #expect(quantity.value.isFinite)
            #expect(quantity.utf8Offset + quantity.utf8Length <= input.utf8.count)
        }
    }
}
