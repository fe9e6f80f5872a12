/// A term as a 64-bit key: the FNV-1a hash of its UTF-8 bytes.
///
/// Keys are the same in every process and on every machine (unlike `Hasher`'s), so they can be
/// stored; with 64 bits, two terms of a vocabulary of millions collide with a chance of about
/// one in ten million.
public struct TermKey: Hashable, Sendable, Comparable {
    public var rawValue: UInt64

    public init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The key of `term`.
    public init(_ term: some StringProtocol) {
        var hash = Self.offsetBasis
        Self.mix(&hash, term.utf8)
        rawValue = hash
    }

    /// The key of a term prefixed by `tag`, so that the same word as a name and as a common
    /// word are kept apart.
    init(_ term: some StringProtocol, tag: UInt8) {
        var hash = Self.offsetBasis
        Self.mix(&hash, CollectionOfOne(tag))
        Self.mix(&hash, term.utf8)
        rawValue = hash
    }

    /// The key of the terms `parts` written one after another, prefixed by `tag`: the key of
    /// their concatenation, without making it.
    init(joining parts: String..., tag: UInt8) {
        var hash = Self.offsetBasis
        Self.mix(&hash, CollectionOfOne(tag))
        for part in parts { Self.mix(&hash, part.utf8) }
        rawValue = hash
    }

    private static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325

    /// FNV-1a over `bytes`, continuing from `hash`.
    @inline(__always)
    private static func mix(_ hash: inout UInt64, _ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01b3
        }
    }

    public static func < (lhs: TermKey, rhs: TermKey) -> Bool { lhs.rawValue < rhs.rawValue }

    public func hash(into hasher: inout Hasher) { hasher.combine(rawValue) }

    /// The key is a hash already: dictionaries take it mixed with their seed rather than
    /// running SipHash over it, which was most of story grouping's time.
    public func _rawHashValue(seed: Int) -> Int {
        var mixed = rawValue ^ UInt64(bitPattern: Int64(seed))
        mixed = (mixed ^ (mixed >> 32)) &* 0xD6E8_FEB8_6659_FD93
        return Int(bitPattern: UInt(truncatingIfNeeded: mixed ^ (mixed >> 32)))
    }
}
