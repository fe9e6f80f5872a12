import Foundation
import ParallaxCore
import Testing

@testable import ParallaxIngest

@Suite struct PrintedDatesTests {
    /// What `text` is read as: "YYYY-MM-DD" for a day alone, a full ISO 8601 time for an
    /// instant, or nil.
    func day(_ text: String) -> String? {
        PrintedDates.parse(text)?.text
    }

    @Test(arguments: [
        ("Fri., May. 3, 2013 11: 45 AM PDT", "2013-05-03"),
        ("Published: 2012. 08. 08 09: 01 AM", "2012-08-08"),
        ("Sunday, November 27-2005 at 16: 12", "2005-11-27"),
        ("Novemer 27, 2005", "2005-11-27"),
        ("Updated 31.01.2012, 10:15", "2012-01-31"),
        ("2012/8/9", "2012-08-09"),
        ("May 2, 2013 | 5: 03pm", "2013-05-02"),
        ("UPDATED 05 / 03 / 2013", "2013-05-03"),
    ])
    func readsDatesAsPagesPrintThem(text: String, expected: String) {
        #expect(day(text) == expected, "\(text)")
    }

    @Test func keepsTheTimeOfAFeedsOwnFormats() {
        let tenOClock = PublishedDate(Date(timeIntervalSince1970: 1_574_157_600))
        #expect(PrintedDates.parse("Tue, 19 Nov 2019 10:00:00 GMT") == tenOClock)
        #expect(PrintedDates.parse("2019-11-19T10:00:00Z") == tenOClock)
        #expect(PrintedDates.parse("2019-11-19 10:00:00") == tenOClock)
    }

    @Test func readsADateWithoutATimeAsTheDayAlone() {
        // Noon UTC of the day, whether a feed or a page wrote it.
        let noon = PublishedDate(Date(timeIntervalSince1970: 1_574_164_800), isDayOnly: true)
        #expect(PrintedDates.parse("2019-11-19") == noon)
        #expect(PrintedDates.parse("November 19, 2019") == noon)
        #expect(noon.text == "2019-11-19")
        // A day that does not exist is no date; a later one in the text is taken.
        #expect(PrintedDates.parse("February 30, 2019") == nil)
        #expect(PrintedDates.parse("February 30, 2019, corrected November 19, 2019") == noon)
    }

    @Test(arguments: [
        "not a date", "May 2013", "Published in Augusta", "2012.13.40", "Octobre 2012",
        "12-2005",
    ])
    func givesNothingWithoutAFullDate(text: String) {
        #expect(day(text) == nil, "\(text)")
    }

    @Test func mendsOnlyMonthsMisspeltByOneLetter() {
        #expect(PrintedDates.oneEditApart("Novemer", "November"))
        #expect(PrintedDates.oneEditApart("Septemberr", "September"))
        #expect(PrintedDates.oneEditApart("Octuber", "October"))
        #expect(!PrintedDates.oneEditApart("Novembre", "November"))
        #expect(!PrintedDates.oneEditApart("October", "October"))
        #expect(!PrintedDates.oneEditApart("Dec", "December"))
        #expect(PrintedDates.tidied("Marche 3, 2012 in Augusta") == "March 3, 2012 in Augusta")
        #expect(PrintedDates.tidied("27 Novemer 2005") == "27 November 2005")
    }
}
