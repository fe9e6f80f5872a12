import ParallaxFetch
import Testing

@Suite struct RobotsRulesTests {
    let text = """
        # Everyone
        User-agent: *
        Disallow: /private/
        Allow: /private/press/
        Disallow: /*.pdf$
        Crawl-delay: 2

        User-agent: OtherBot
        User-agent: ParallaxBot
        Disallow: /drafts
        Allow: /drafts/public
        """

    @Test func ownGroupReplacesTheGeneralOne() {
        let rules = RobotsRules(parsing: text, agent: "parallaxbot")
        #expect(!rules.allows(path: "/drafts/2026"))
        #expect(rules.allows(path: "/drafts/public/a"))
        // The * group does not apply to a crawler that has its own.
        #expect(rules.allows(path: "/private/x"))
        #expect(rules.crawlDelay == nil)
    }

    @Test func generalGroupWithLongestMatchAndWildcards() {
        let rules = RobotsRules(parsing: text, agent: "somebot")
        #expect(!rules.allows(path: "/private/x"))
        #expect(rules.allows(path: "/private/press/release"))
        #expect(!rules.allows(path: "/files/report.pdf"))
        #expect(rules.allows(path: "/files/report.pdf?page=2"))
        #expect(rules.allows(path: "/news/story"))
        #expect(rules.crawlDelay == 2)
        #expect(rules.allows(path: "/robots.txt"))
    }

    @Test func emptyDisallowAndNoGroupAllowEverything() {
        #expect(RobotsRules(parsing: "User-agent: *\nDisallow:\n", agent: "x").allows(path: "/a"))
        #expect(RobotsRules(parsing: "User-agent: a\nDisallow: /\n", agent: "b").allows(path: "/a"))
        #expect(!RobotsRules(parsing: "user-agent: *\ndisallow: /\n", agent: "b").allows(path: "/"))
    }

    @Test func tieGoesToAllowAndStarMatchesAcrossSegments() {
        let rules = RobotsRules(
            parsing: "User-agent: *\nDisallow: /a/*/b\nAllow: /a/*/b\nDisallow: /x*y$\n", agent: "z"
        )
        #expect(rules.allows(path: "/a/1/2/b"))
        #expect(!rules.allows(path: "/x/1/y"))
        #expect(rules.allows(path: "/x/1/yz"))
    }
}
