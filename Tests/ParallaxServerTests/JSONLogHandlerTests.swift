import Foundation
import Testing

@testable import ParallaxServer

@Suite struct JSONLogHandlerTests {
    @Test(arguments: [
        "plain", "quote \" and backslash \\ inside", "line\nbreak\tand\rreturn",
        "control \u{01}\u{1F} characters", "accents é and “curly” quotes, 東京",
        "</script><script>alert(1)</script>",
    ])
    func valuesComeBackAsWritten(value: String) throws {
        var line = ""
        JSONLogHandler.append(value, to: &line)
        let parsed = try JSONSerialization.jsonObject(
            with: Data(line.utf8), options: .fragmentsAllowed)
        #expect(parsed as? String == value)
    }
}
