/// Every figure each source gives, in any of its sentences, with what it counts and whose it
/// is: a figure a source gives itself is no figure it disputes. "A 36-year-old climber died"
/// is no rival of "Robert Buckley, 32, died" from a source that also tells of "36-year-old
/// Duncan Rait": that source knows the 36, and gives it to someone else. The same holds for
/// the 226 yards of the runner a source names beside the 101 of another, and for the 13-inch
/// model an article prices beside the 15-inch one.
struct SourceFigures {
    /// Per source, per figure (``Quantity/key``), the role and owner of each time it is given.
    private var given: [Int: [String: [(role: QuantityRole?, owner: String?)]]] = [:]

    /// The figures of `claims`: each with a unit, as the claims hold them, but not a part of
    /// a count given before it ("Five bombs were dropped, of which four exploded" gives no
    /// four bombs; ``Claim/sentenceFigures``) nor one singled out of a larger count
    /// ("including three ladder trucks").
    init(_ claims: [Claim]) {
        for claim in claims {
            for (index, quantity) in claim.quantities.enumerated()
            where !quantity.unit.isEmpty && !claim.quantityParts[index]
                && claim.sentenceFigures.contains(where: {
                    $0.value == quantity.value && $0.unit == quantity.unit
                })
            {
                given[claim.sentence.source, default: [:]][quantity.key, default: []].append(
                    (claim.quantityRoles[index], claim.quantityOwners[index]))
            }
        }
    }

    /// Whether `source` gives `quantity` somewhere in a role and of an owner that may be
    /// `role` and `owner`: the same or unsaid. Another runner's 14 points, in the same
    /// article, are no 14 points of Richard Carter.
    func gives(_ source: Int, _ quantity: Quantity, role: QuantityRole?, owner: String?) -> Bool {
        guard let times = given[source]?[quantity.key] else { return false }
        return times.contains { time in
            (time.role == nil || role == nil || time.role == role)
                && (time.owner == nil || owner == nil || time.owner!.hasSuffix(owner!)
                    || owner!.hasSuffix(time.owner!))
        }
    }
}
