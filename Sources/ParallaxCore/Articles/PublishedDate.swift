import Foundation

/// When an article was published, as precisely as its source said: an instant, or a day whose
/// time of day the source did not give ("2010-05-05", "May 5, 2010").
///
/// A day alone is held as noon UTC of that day, which falls on the same calendar day in most
/// time zones; ``isDayOnly`` says that its time of day stands in for one not given, so that
/// reports show the day alone and do not rank it against times on that day.
public struct PublishedDate: Hashable, Sendable {
    /// The instant, or noon UTC of the day when ``isDayOnly``.
    public var date: Date
    /// Whether the source gave only the day.
    public var isDayOnly: Bool

    /// A date the source gave with its time (`isDayOnly` false) or as a day alone.
    public init(_ date: Date, isDayOnly: Bool = false) {
        self.date = date
        self.isDayOnly = isDayOnly
    }

    /// The day `year`-`month`-`day` with no time of day; nil for a day that does not exist.
    public init?(year: Int, month: Int, day: Int) {
        var components = DateComponents(year: year, month: month, day: day)
        components.calendar = Self.calendar
        guard components.isValidDate, let date = components.date else { return nil }
        self.init(dayOf: date)
    }

    /// The day in UTC that `date` falls on, with no time of day.
    init(dayOf date: Date) {
        let noon = (PublishedDate(date).day + 0.5) * Self.secondsPerDay
        self.init(Date(timeIntervalSince1970: noon), isDayOnly: true)
    }

    /// The day in UTC it falls on, counted from 1 January 1970.
    var day: Double { (date.timeIntervalSince1970 / Self.secondsPerDay).rounded(.down) }

    /// The length of a day in UTC, in seconds.
    static let secondsPerDay = 86_400.0

    /// ISO 8601: the day alone ("2010-05-05") when only the day is known, else the instant in
    /// UTC ("2010-05-05T09:40:00Z").
    public var text: String {
        isDayOnly
            ? date.formatted(.iso8601.year().month().day())
            : date.formatted(.iso8601)
    }

    /// The Gregorian calendar in UTC, in which days alone are counted.
    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        return calendar
    }()
}
