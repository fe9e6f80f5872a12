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
        let time = published.date.timeIntervalSince1970
        return ((time / 86_400).rounded(.down), published.isDayOnly ? -1 : time, source)
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

    /// The sources among `sources` that may have published first, in publication order: those
    /// of the earliest day dated by the day alone, and the earliest timed on that day. Empty
    /// when none is dated.
    func earliest(_ sources: [Int]) -> [Int] {
        let sorted = sources.sorted { key($0) < key($1) }
        guard let head = sorted.first, dates[head] != nil else { return [] }
        let day = key(head).day
        let timed = sorted.first { key($0).day == day && dates[$0]?.isDayOnly == false }
        return sorted.filter { source in
            guard let date = dates[source], key(source).day == day else { return false }
            return date.isDayOnly || key(source).time == timed.map { key($0).time }
        }
    }
}
