import Testing
import VitaCore
@testable import VitaTUI

@Suite struct ScreenTests {
    @Test func wideCharactersTakeTwoCells() {
        var s = Screen(width: 6, height: 1)
        s.put("論文x", x: 0, y: 0)
        #expect(s.line(0) == "論文x")
        #expect(s[1, 0].isContinuation)
        #expect(s[4, 0].text == "x")
    }

    @Test func aWideCharacterThatWouldStraddleTheEdgeBecomesASpace() {
        var s = Screen(width: 3, height: 1)
        let end = s.put("a論文", x: 0, y: 0)
        #expect(s.line(0) == "a論")
        #expect(end == 3)
        var t = Screen(width: 4, height: 1)
        t.put("ab論", x: 1, y: 0, limit: 2)
        #expect(t.line(0) == " ab")
    }

    @Test func combiningMarksStayWithTheirLetterAndControlsAreReplaced() {
        var s = Screen(width: 10, height: 1)
        s.put("Mu\u{308}ller\u{1B}x", x: 0, y: 0)
        #expect(s.line(0) == "Mu\u{308}ller?x")
        #expect(s[1, 0].text == "u\u{308}")
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var s = Screen(width: 4, height: 1)
        s.put("論", x: 0, y: 0)
        s.put("x", x: 1, y: 0)
        #expect(s.line(0) == " x")
        s.put("文", x: 2, y: 0)
        s.put("y", x: 2, y: 0)
        #expect(s.line(0) == " xy")
    }

    @Test func truncationCountsCellsNotCharacters() {
        let spans = Spans.truncate([Span("日本語のタイトル")], to: 7)
        #expect(spans.map(\.text).joined() == "日本語…")
        #expect(Spans.width(spans) == 7)
    }

    @Test func wrappingKeepsStylesAndBreaksAtSpaces() {
        let lines = Spans.wrap([Span("alpha beta "), Span("gamma", Style(.match)), Span(" delta")], width: 11)
        #expect(lines.map { $0.map(\.text).joined() } == ["alpha beta", "gamma delta"])
        #expect(lines[1].first == Span("gamma", Style(.match)))
    }
}
