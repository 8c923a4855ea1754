import Foundation
import Testing
import VitaCore
@testable import VitaTUI

@Suite struct ViewTests {
    @Test func listAtBothSizes() {
        check(Seed.state(80, 24), "list-80x24")
        check(Seed.state(200, 60), "list-200x60")
    }

    @Test func secondPage() {
        var s = Seed.state(80, 24)
        s.press(.pageDown)
        check(s, "list-page2-80x24")
        let screen = render(s)
        #expect(screen.line(22).contains("21/34  page 2/2"))
    }

    @Test func detailPane() {
        var s = Seed.state(80, 24)
        s.press(.char("j"), .char("j"), .char("j"), .enter)
        check(s, "detail-80x24")
        s.press(.pageDown)
        check(s, "detail-scrolled-80x24")
        var wide = Seed.state(200, 60)
        wide.press(.char("j"), .char("j"), .char("j"))
        check(wide, "split-200x60")
    }

    @Test func helpOverlay() {
        checkAtBothSizes(.char("?"), name: "help")
    }

    @Test func searchPromptWithHighlights() {
        var s = Seed.state(80, 24)
        s.press(.char("/")); s.type("quant")
        check(s, "search-80x24")
        let screen = render(s)
        #expect(screen.line(23) == "/quant")
        #expect(screen.cursor?.x == 6 && screen.cursor?.y == 23)
        #expect(screen.line(22).contains("5 of 34 match \"quant\""))
        // "Quantization" in "Incremental Network Quantization" is lit on its typed part only.
        let row = (2..<22).first { screen.line($0).contains("Incremental Network Quantization") }!
        let lit = screen.columns(y: row) { $0.role == .match }
        let start = screen.line(row).distance(of: "Quant")
        #expect(lit == Array(start..<(start + 5)))
        var wide = Seed.state(200, 60)
        wide.press(.char("/")); wide.type("author:\"chao li\" year:2023..2024"); wide.press(.enter)
        check(wide, "search-split-200x60")
        #expect(wide.visible.count == 6)
    }

    @Test func aBadQueryShowsItsProblemInThePrompt() {
        var s = Seed.state(80, 24)
        s.press(.char("/")); s.type("quant year:abc")
        let line = render(s).line(23)
        #expect(line.hasPrefix("/quant year:abc"))
        #expect(line.contains("⚠"))
        #expect(render(s).line(22).contains("5 of 34 match"), "the last valid result stays")
    }

    @Test func marksAndExportPrompt() {
        var s = Seed.state(80, 24)
        s.press(.char(" "), .char(" "), .char("e"))
        check(s, "export-prompt-80x24")
        #expect(render(s).line(2).hasPrefix("✓"))
    }

    @Test func tinyTerminal() {
        let s = Seed.state(30, 8)
        check(s, "too-small-30x8")
        #expect(render(s).text.contains("Terminal too small"))
    }

    @Test func wideAndAccentedTextLinesUp() {
        let record = """
        Zoë Müller

        CV
        h-index2
        2papers
        10citations
        Novelty50%
        AI Score40

        2 Papers

        CVJan 5, 2024Code
        深度学习的论文标题：一个非常长的中文标题用于测试截断是否按照显示宽度进行
        王小明, Zoë Müller, José Ñúñez

        摘要。

        CVFeb 6, 2023
        Café au lait: an accented title
        François Dupont, Zoë Müller

        Abstract.
        """
        let library = Library(records: [("cjk.txt", ProfileReader.read(record, fileName: "cjk.txt", asOf: Seed.asOf))])
        var s = Seed.state(80, 24, library: library)
        check(s, "cjk-list-80x24")
        let screen = render(s)
        // Every row is exactly 80 cells: wide characters count 2, the cut ends in an ellipsis.
        let row = screen.line(2)
        #expect(DisplayWidth.of(row) <= 80 && row.contains("…"))
        s.press(.enter)
        check(s, "cjk-detail-80x24")
        #expect(render(s).text.contains("王小明, Zoë Müller, José Ñúñez"))
    }

    @Test func theOwnerIsPickedOutInTheDetail() {
        var s = Seed.state(100, 30)
        // Ske2Grid lists Anbang Yao third.
        s.press(.char("/")); s.type("ske2grid"); s.press(.enter, .enter)
        let screen = render(s)
        let row = (0..<30).first { screen.line($0).hasPrefix(" authors") }!
        let owner = screen.columns(y: row) { $0.role == .graphOwner }
        let start = screen.line(row).distance(of: "Anbang Yao")
        #expect(owner == Array(start..<(start + 10)))
    }
}

extension String {
    /// Column (in cells) where `needle` starts.
    func distance(of needle: String) -> Int {
        guard let r = range(of: needle) else { return -1 }
        return DisplayWidth.of(self[..<r.lowerBound])
    }
}
