import Testing
@testable import VitaTUI

@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCells() {
        var s = Screen(width: 6, height: 1)
        s.put("論文x", x: 0, y: 0)
        #expect(s.line(0) == "論文x")
        #expect(s[1, 0].isContinuation)
    }
}
