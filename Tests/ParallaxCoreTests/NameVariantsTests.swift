import Testing

@testable import ParallaxCore

@Suite struct NameVariantsTests {
    /// A surname spelled another way is a variant; a plural's "s" or "-re" for "-er" is only
    /// how a name the recogniser took for a person is written.
    @Test(arguments: [
        ("Duncan Rait", "Duncan Raite", true),
        ("Gregg Miliote", "Gregg Milliote", true),
        ("Hugh Hefner", "Hugh Heffner", true),
        ("Kodak Theatre", "Kodak Theater", false),
        ("Tony Awards", "Tony Award", false),
        ("Duncan Rait", "Duncan Smith", false),
    ])
    func variants(first: String, second: String, isVariant: Bool) {
        #expect(NameVariants.isVariant(first, second) == isVariant)
        #expect(NameVariants.isVariant(second, first) == isVariant)
    }

    /// An office is no person's name, however a source spells it.
    @Test func anOfficeHasNoSpelling() {
        #expect(NameVariants.spelling("State Fire Marshal") == nil)
        #expect(NameVariants.spelling("Fire Chief") == nil)
        #expect(NameVariants.spelling("Aldous J. Ferrin") == "Aldous Ferrin")
    }
}
