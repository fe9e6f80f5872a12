import ParallaxCore
import Testing

@Suite struct TypographyTests {
    @Test(arguments: [
        ("Russia\u{2019}s \u{201C}war\u{201D}", "Russia's \"war\""),
        ("1914\u{2013}1918 \u{2014} long", "1914-1918 - long"),
        ("a\u{00A0}b\u{202F}c", "a b c"),
        ("wait\u{2026}", "wait..."),
        ("soft\u{00AD}hyphen\u{200B}", "softhyphen"),
        ("plain ASCII stays", "plain ASCII stays"),
        ("the ``bagman''\tleft", "the ''bagman'' left"),
    ])
    func unifiesVariants(input: String, expected: String) {
        #expect(Typography.unify(input) == expected)
    }
}
