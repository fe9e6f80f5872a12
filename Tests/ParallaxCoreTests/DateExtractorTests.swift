import Foundation
import Testing

@testable import ParallaxCore

@Suite struct DateExtractorTests {
    /// Input, the mention's text, its kind and its key: one mention expected.
    @Test(arguments: [
        ("Talks resumed on Oct. 5.", "Oct. 5", DateMention.Kind.absolute, "XXXX-10-05"),
        ("Talks resumed on October 5.", "October 5", .absolute, "XXXX-10-05"),
        ("Talks resumed on 5 October.", "5 October", .absolute, "XXXX-10-05"),
        ("It happened Oct 5, 2024 in Kyiv.", "Oct 5, 2024", .absolute, "2024-10-05"),
        ("It happened October 5th.", "October 5th", .absolute, "XXXX-10-05"),
        ("It happened on the 5th of October.", "5th of October", .absolute, "XXXX-10-05"),
        ("Filed 2024-10-05 in court.", "2024-10-05", .absolute, "2024-10-05"),
        ("Filed 10/05/2024 in court.", "10/05/2024", .absolute, "2024-10-05"),
        ("Filed 25/12/2024 in court.", "25/12/2024", .absolute, "2024-12-25"),
        ("Since Sept. 11, 2001, things changed.", "Sept. 11, 2001", .absolute, "2001-09-11"),
        ("It opened on 5 October 2024.", "5 October 2024", .absolute, "2024-10-05"),
        ("Polls close on May 5.", "May 5", .absolute, "XXXX-05-05"),
        ("The march began March 3.", "March 3", .absolute, "XXXX-03-03"),
        ("It came on Jan. 5.", "Jan. 5", .absolute, "XXXX-01-05"),
        ("Feb 29 was a leap day.", "Feb 29", .absolute, "XXXX-02-29"),
        ("It was agreed in 2014.", "2014", .year, "2014"),
        ("It has grown since 2017.", "2017", .year, "2017"),
        ("He was born in 1978.", "1978", .year, "1978"),
        ("2019 was a bad year.", "2019", .year, "2019"),
        ("In 2014 people voted.", "2014", .year, "2014"),
        ("Before the 2016 elections, polls shifted.", "2016", .year, "2016"),
        ("Emissions must fall from 2010 levels.", "2010", .year, "2010"),
        ("Ahead of the Paris 2024 Olympics.", "2024", .year, "2024"),
        ("It started in mid-2014.", "2014", .year, "2014"),
        ("It peaked in the 1990s.", "1990s", .decade, "1990s"),
        ("It peaked in the 1990's.", "1990's", .decade, "1990s"),
        ("It peaked in the mid-2000s.", "2000s", .decade, "2000s"),
        ("Prices rose in July 2023.", "July 2023", .monthYear, "2023-07"),
        ("Prices rose in May 2019.", "May 2019", .monthYear, "2019-05"),
        ("Prices rose in July of 2023.", "July of 2023", .monthYear, "2023-07"),
        ("Prices rose in July.", "July", .month, "XXXX-07"),
        ("Prices rose in May.", "May", .month, "XXXX-05"),
        ("Prices rose in early March.", "March", .month, "XXXX-03"),
        ("Prices rose in mid-July.", "July", .month, "XXXX-07"),
        ("Prices rose in Oct.", "Oct.", .month, "XXXX-10"),
        ("December was cold.", "December", .month, "XXXX-12"),
        ("It was decided earlier in July.", "earlier in July", .relative, "XXXX-07"),
        ("They met last week.", "last week", .relative, "relative:past:week"),
        ("They meet next weekend.", "next weekend", .relative, "relative:future:weekend"),
        ("They meet this week.", "this week", .relative, "relative:present:week"),
        ("They met yesterday.", "yesterday", .relative, "relative:past:day"),
        ("They meet today.", "today", .relative, "relative:present:day"),
        ("They meet tomorrow evening.", "tomorrow evening", .relative, "relative:future:day"),
        ("They meet tonight.", "tonight", .relative, "relative:present:night"),
        ("They met three days ago.", "three days ago", .relative, "relative:past:day:3"),
        ("They met 2 weeks ago.", "2 weeks ago", .relative, "relative:past:week:2"),
        ("They met a week ago.", "a week ago", .relative, "relative:past:week"),
        ("They met a few months ago.", "a few months ago", .relative, "relative:past:month"),
        ("It grew over the past two years.", "past two years", .relative, "relative:past:year:2"),
        ("Talks continue in the coming days.", "coming days", .relative, "relative:future:day"),
        ("It was signed earlier this year.", "earlier this year", .relative, "relative:past:year"),
        ("Due later this month.", "later this month", .relative, "relative:future:month"),
        ("They met last night.", "last night", .relative, "relative:past:night"),
        ("They met this morning.", "this morning", .relative, "relative:present:morning"),
        ("They met last summer.", "last summer", .relative, "relative:past:summer"),
        ("They met last Tuesday.", "last Tuesday", .relative, "weekday:2"),
        ("They met last July.", "last July", .relative, "XXXX-07"),
        ("The vote is on Tuesday.", "Tuesday", .weekday, "weekday:2"),
        ("The vote is on Sunday.", "Sunday", .weekday, "weekday:7"),
        ("The vote came Monday morning.", "Monday morning", .weekday, "weekday:1"),
        ("It sank on Friday 13 March 2026.", "Friday 13 March 2026", .absolute, "2026-03-13"),
        ("It happened last Monday night.", "last Monday night", .relative, "weekday:1"),
        ("Tuesday\u{2019}s vote was close.", "Tuesday", .weekday, "weekday:2"),
    ])
    func findsOneMention(input: String, text: String, kind: DateMention.Kind, key: String) {
        let mentions = DateExtractor.dates(in: input)
        #expect(mentions.count == 1, "\(mentions)")
        guard let mention = mentions.first else { return }
        #expect(mention.text == text)
        #expect(mention.kind == kind)
        #expect(mention.key == key)
    }

    /// Numbers, verbs, names and abbreviations that are not dates.
    @Test(arguments: [
        "The fund paid $2014 in fees.",
        "2014 people signed the petition.",
        "More than 2000 people came.",
        "Some 1500 troops remain.",
        "He won by 2000 votes.",
        "Between 1000-2000 people marched.",
        "Inflation hit 2014% there.",
        "He may go.",
        "It may be late.",
        "May I ask?",
        "Theresa May said no.",
        "Protesters march through the city.",
        "March organisers said it was peaceful.",
        "Sat on the bench.",
        "Jan Smith said so.",
        "The last week of talks was tense.",
        "He finished 5th.",
        "The meeting is at 10:30.",
        "A 2,014 km road.",
        "Version 2.0 shipped.",
        "Call 0800 555 0142 now.",
        "Contact Surrey Police on 0845 125 2222, or call Crimestoppers.",
        "Call 1234 5678 now.",
        "The previous week was calm.",
        "",
        "   ",
    ])
    func findsNoMention(input: String) {
        #expect(DateExtractor.dates(in: input).isEmpty, "\(DateExtractor.dates(in: input))")
    }

    /// Input and the relation of its single relative mention.
    @Test(arguments: [
        ("last week", DateMention.Relation.past), ("earlier in July", .past),
        ("yesterday", .past), ("three days ago", .past), ("next weekend", .future),
        ("tomorrow", .future), ("later this year", .future), ("today", .present),
        ("this week", .present), ("tonight", .present),
    ])
    func readsRelation(input: String, relation: DateMention.Relation) {
        let mentions = DateExtractor.dates(in: input)
        #expect(mentions.map(\.relation) == [relation])
        #expect(mentions.map(\.kind) == [.relative])
    }

    @Test func earlierInJulyKeepsTheMonth() throws {
        let mention = try #require(DateExtractor.dates(in: "It began earlier in July.").first)
        #expect(mention.month == 7)
        #expect(mention.relation == .past)
        #expect(mention.year == nil)
    }

    @Test(arguments: [
        "Oct. 5", "October 5", "5 October", "October 5th", "Oct 5", "5th of October",
        "the 5th October",
    ])
    func spellingsShareAKey(input: String) {
        #expect(DateExtractor.dates(in: input).map(\.key) == ["XXXX-10-05"])
    }

    /// Text, reference date (UTC) and the resolved key.
    @Test(arguments: [
        ("Oct. 5", "2024-10-10", "2024-10-05"),
        ("Oct. 15", "2024-10-10", "2024-10-15"),
        ("Oct. 25", "2024-10-10", "2023-10-25"),
        ("Dec. 30", "2025-01-02", "2024-12-30"),
        ("Jan. 3", "2024-12-30", "2025-01-03"),
        ("Feb. 29", "2025-03-01", "2024-02-29"),
        ("Oct 5, 2020", "2024-10-10", "2020-10-05"),
        ("in July", "2024-10-10", "XXXX-07"),
        // A date a verb of the future is set to lies ahead; one of a noun does not.
        ("Klitschko will defend his title in Moscow on Sept. 8.", "2012-07-07", "2012-09-08"),
        ("He is scheduled to be sentenced May 3.", "2024-10-10", "2025-05-03"),
        ("She said she'll return on Jan. 9.", "2024-12-30", "2025-01-09"),
        ("He will appeal the ruling of March 2.", "2024-10-10", "2024-03-02"),
        ("Klitschko defended his title in Moscow on Sept. 8.", "2012-07-07", "2011-09-08"),
    ])
    func resolvesMissingYear(input: String, reference: String, key: String) throws {
        let date = try #require(ISO8601DateFormatter().date(from: reference + "T12:00:00Z"))
        #expect(DateExtractor.dates(in: input, reference: date).map(\.key) == [key])
    }

    @Test func marksInferredYears() throws {
        let reference = try #require(ISO8601DateFormatter().date(from: "2024-10-10T12:00:00Z"))
        let mentions = DateExtractor.dates(in: "Oct. 5 and Oct 6, 2024", reference: reference)
        #expect(mentions.map(\.key) == ["2024-10-05", "2024-10-06"])
        #expect(mentions.map(\.isYearInferred) == [true, false])
    }

    @Test func resolvesNothingForAbsurdReferences() {
        for reference in [Date.distantFuture, Date(timeIntervalSince1970: .infinity)] {
            let keys = DateExtractor.dates(in: "Oct. 5", reference: reference).map(\.key)
            #expect(keys == ["XXXX-10-05"])
        }
    }

    @Test func findsSeveralMentionsInOrder() {
        let text =
            "On Tuesday, officials said the deal, first floated in 2014 and revised "
            + "last week, would take effect on Oct. 5."
        let mentions = DateExtractor.dates(in: text)
        #expect(mentions.map(\.key) == ["weekday:2", "2014", "relative:past:week", "XXXX-10-05"])
    }

    @Test func mergesWeekdayIntoFollowingDate() throws {
        let mention = try #require(DateExtractor.dates(in: "Tuesday, Oct. 5, 2024").first)
        #expect(mention.text == "Tuesday, Oct. 5, 2024")
        #expect(mention.kind == .absolute)
        #expect(mention.weekday == 2)
        #expect(mention.key == "2024-10-05")
    }

    /// Input and the keys of the mentions found: ranges give one mention per end.
    @Test(arguments: [
        ("Oct. 5-7, 2024", ["2024-10-05", "2024-10-07"]),
        ("Oct. 5-7", ["XXXX-10-05", "XXXX-10-07"]),
        ("5-7 October", ["XXXX-10-05", "XXXX-10-07"]),
        ("from 2014 to 2016", ["2014", "2016"]),
        ("2014-2016", ["2014", "2016"]),
        ("the 2014-15 season", ["2014", "2015"]),
        ("in March 15 people died", ["XXXX-03"]),
    ])
    func readsRanges(input: String, keys: [String]) {
        #expect(DateExtractor.dates(in: input).map(\.key) == keys)
    }

    @Test func offsetsCountUTF8Bytes() throws {
        let text = "Zürich \u{201C}Oct. 5\u{201D} – in 2014"
        let mentions = DateExtractor.dates(in: text)
        #expect(mentions.map(\.text) == ["Oct. 5", "2014"])
        for mention in mentions {
            let range = mention.utf8Offset..<mention.utf8Offset + mention.utf8Length
            let bytes = Array(text.utf8)[range]
            #expect(String(decoding: bytes, as: UTF8.self) == mention.text)
        }
        #expect(mentions.first?.utf8Offset == 11)
    }

    @Test func roundTripsThroughCodable() throws {
        let mentions = DateExtractor.dates(in: "Oct. 5, three days ago, the 1990s")
        let data = try JSONEncoder().encode(mentions)
        #expect(try JSONDecoder().decode([DateMention].self, from: data) == mentions)
    }

    /// Sentences assembled from date-like pieces, deterministically, keep every mention inside
    /// the input and every field in range.
    @Test func keepsInvariantsOnAssembledText() {
        let pieces = [
            "May", "March", "Oct", ".", ",", "-", "/", ":", "%", "$", "5", "05", "2024", "1990",
            "s", "'", "th", "of", "in", "last", "next", "the", "a", "twenty", "one", "year", "days",
            "ago", "earlier", "this", "week", "Monday", "morning", "\u{2019}", "\u{A0}", "é", " ",
        ]
        for text in AssembledText.samples(from: pieces, count: 5_000) {
            let bytes = Array(text.utf8)
            for mention in DateExtractor.dates(in: text, reference: Date(timeIntervalSince1970: 0))
            {
                let range = mention.utf8Offset..<mention.utf8Offset + mention.utf8Length
                #expect(range.upperBound <= bytes.count)
                #expect(String(decoding: bytes[range], as: UTF8.self) == mention.text)
                #expect(mention.month.map { (1...12).contains($0) } ?? true)
                #expect(mention.day.map { (1...31).contains($0) } ?? true)
                #expect(mention.year.map { (1000...2999).contains($0) } ?? true)
            }
        }
    }

    @Test(arguments: [
        String(repeating: "9", count: 1_000_000),
        String(repeating: "1,000,", count: 100_000),
        String(repeating: "May ", count: 100_000),
        String(repeating: "last ", count: 100_000),
        String(repeating: "nine hundred ninety trillion days ago ", count: 30_000),
        String(repeating: "-/.,%$", count: 100_000),
        String(repeating: "👩‍👩‍👧 é\u{301} \u{FFFD}\u{0}", count: 20_000),
        "\u{202E}Oct. 5\u{200B}2024",
    ])
    func survivesHostileInput(input: String) {
        let mentions = DateExtractor.dates(in: input)
        for mention in mentions {
            #expect(mention.utf8Offset + mention.utf8Length <= input.utf8.count)
        }
    }
}
