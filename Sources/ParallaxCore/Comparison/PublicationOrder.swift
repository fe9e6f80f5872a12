import Foundation

/// When a story's sources were published, as precisely as each said, and the order that
/// follows from it. A source dated by the day alone may have published at any hour of that
/// day: it is neither before nor after another source of the same day.
struct PublicationOrder: Sendable {
    /// The dates by source number; undated sources are absent.
    let dates: [Int: PublishedDate]

    /// Sorts sources by publication, undated ones last: by day, a day alone before the times of
    /// that day, then by time, then by source number.
    func key(_ source: Int) -> (day: Double, time: Double, source: Int) {
        guard let published = dates[source] else { return (.infinity, 0, source) }
        return (
            published.day, published.isDayOnly ? -1 : published.date.timeIntervalSince1970,
            source
        )
    }

    /// Whether `a` published before `b` (true) or after it (false); nil where that is not
    /// known: either is undated, they share a day and either gave only the day, or they
    /// published at the same moment.
    func isBefore(_ a: Int, _ b: Int) -> Bool? {
        guard let first = dates[a], let second = dates[b] else { return nil }
        let (keyA, keyB) = (key(a), key(b))
        if keyA.day != keyB.day { return keyA.day < keyB.day }
        guard !first.isDayOnly, !second.isDayOnly, keyA.time != keyB.time else { return nil }
        return keyA.time < keyB.time
    }

    /// The sources among `sources` that may have published first, in their order: those of
    /// the earliest day dated by the day alone, and the earliest timed on that day. Empty when
    /// none is dated.
    func earliest(_ sources: [Int]) -> [Int] {
        guard let day = sources.compactMap({ dates[$0]?.day }).min() else { return [] }
        let onDay = sources.filter { dates[$0]?.day == day }
        let time = onDay.lazy.filter { self.dates[$0]?.isDayOnly == false }
            .map { self.key($0).time }.min()
        return onDay.filter { dates[$0]?.isDayOnly == true || key($0).time == time }
    }
}
