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

    /// Spans of printable ASCII are cut by their bytes, others character by character: both
    /// give what a cut cell by cell gives, styles kept, over every width.
    @Test func truncationOfPlainAndMixedSpansCutsWhereACellByCellCutWould() {
        let match = Style(.match)
        let cases: [[Span]] = [
            [Span("Sparse networks for "), Span("quant", match), Span("ization of models")],
            [Span("Über "), Span("sparse", match), Span(" 論文 nets")],
            [Span(""), Span("abc"), Span("", match), Span("de", match)],
            [Span("tab\there"), Span("x")],
        ]
        for spans in cases {
            let whole = Spans.width(spans)
            for width in 0...(whole + 2) {
                // The reference: characters taken while they fit in the room left for `…`.
                var expected: [Span] = []
                if width > 0 && whole <= width {
                    expected = spans
                } else if width > 0 {
                    var used = 0
                    var last = spans[0].style
                    outer: for s in spans {
                        var piece = ""
                        for ch in s.text {
                            if used + DisplayWidth.of(ch) > width - 1 { if !piece.isEmpty { expected.append(Span(piece, s.style)) }; last = s.style; break outer }
                            piece.append(ch)
                            used += DisplayWidth.of(ch)
                        }
                        if !piece.isEmpty { expected.append(Span(piece, s.style)) }
                        last = s.style
                    }
                    expected.append(Span("…", last))
                }
                let got = Spans.truncate(spans, to: width)
                #expect(got == expected, "\(spans.map(\.text)) to \(width)")
                #expect(Spans.width(got) <= max(0, width))
            }
        }
    }

    @Test func wrappingKeepsStylesAndBreaksAtSpaces() {
        let lines = Spans.wrap([Span("alpha beta "), Span("gamma", Style(.match)), Span(" delta")], width: 11)
        #expect(lines.map { $0.map(\.text).joined() } == ["alpha beta", "gamma delta"])
        #expect(lines[1].first == Span("gamma", Style(.match)))
    }
}

@Suite("Text that would disturb a terminal")
struct ScreenHostileTextTests {
    /// Which clusters the curses backend writes whole after a frame, past what a cell holds.
    @Test func clustersACursesCellCannotHold() {
        #expect(!CursesBackend.needsWholeWrite("e") && !CursesBackend.needsWholeWrite("e\u{301}") && !CursesBackend.needsWholeWrite("é"))
        #expect(!CursesBackend.needsWholeWrite("e\u{301}\u{302}\u{303}\u{304}") && !CursesBackend.needsWholeWrite(""))
        #expect(CursesBackend.needsWholeWrite("e\u{301}\u{302}\u{303}\u{304}\u{305}"))
        for cluster in ["\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}", "\u{1F1EB}\u{1F1F7}", "\u{1F44D}\u{1F3FD}", "\u{1F468}\u{200D}"] {
            #expect(CursesBackend.needsWholeWrite(cluster), "\(cluster.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test func zeroWidthAndBidiCharactersAreDropped() {
        var s = Screen(width: 40, height: 1)
        s.put("Zero\u{200B}\u{200C}\u{200D}\u{2060}\u{FEFF} join \u{200E}\u{200F}\u{061C} marks", x: 0, y: 0)
        for x in 0..<40 {
            #expect(!s[x, 0].text.unicodeScalars.contains { $0.properties.generalCategory == .format }, "cell \(x): \(s[x, 0].text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        #expect(s.line(0).hasPrefix("Zero join  marks"))
        // An emoji sequence keeps its joiners.
        var e = Screen(width: 10, height: 1)
        e.put("👩\u{200D}💻", x: 0, y: 0)
        #expect(e[0, 0].text == "👩\u{200D}💻")
    }
}

@Suite("A paste")
struct PasteTests {
    @Test func keysTypedAheadSearchOnceAfterTheLast() {
        var s = Seed.state()
        _ = Driver.press(.char("/"), state: &s)
        let text = Array("quantization distillation")
        for (i, c) in text.enumerated() {
            _ = Driver.press(.char(c), state: &s, moreComing: i < text.count - 1)
            if i < text.count - 1 { #expect(s.filter == nil, "no search while the paste comes in") }
        }
        #expect(s.filterText == "quantization distillation")
        // Enter within the paste searches what came before it first.
        var t = Seed.state()
        _ = Driver.press(.char("/"), state: &t)
        for c in "quant" { _ = Driver.press(.char(c), state: &t, moreComing: true) }
        _ = Driver.press(.enter, state: &t, moreComing: false)
        #expect(t.filterText == "quant" && t.overlay == nil)
    }
}
