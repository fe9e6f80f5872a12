/// Short texts assembled from pieces by a fixed-seed generator: the same texts every run, for
/// invariant tests that want many odd inputs.
enum AssembledText {
    /// `count` texts of up to 11 pieces, joined by spaces or by nothing.
    static func samples(from pieces: [String], count: Int) -> [String] {
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        return (0..<count).map { _ in
            (0..<next(12)).map { _ in pieces[next(pieces.count)] }.joined(
                separator: next(2) == 0 ? " " : "")
        }
    }
}
