import Testing
@testable import VitaCLI
import VitaCore

/// A listing's lines, written as bytes, are what fitting each column's text to its cells gives.
@Suite("List lines")
struct ListLineTests {
    static let pieces = ["Deep", "net", "Müller", "北京", "ﬁne", "a\u{7}b", "tab\there", "line\nend", "\u{202E}rtl", "x", "",
                         "QUANT0", "😀", "e\u{301}", "-", "  ", "a very long title word"]

    /// Each line beside the same line made from `DisplayWidth.fit` and `VisibleText.singleLine`,
    /// for papers of ASCII and other text, controls, empty fields, at widths from 20 to 200.
    @Test(arguments: 0..<30)
    func linesAreTheColumnsFitted(_ seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &* 6_151 &+ 7)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        func text(_ n: Int) -> String { (0..<n).map { _ in Self.pieces[pick(Self.pieces.count)] }.joined(separator: pick(4) == 0 ? "" : " ") }
        let papers = (0..<(1 + pick(60))).map { _ in
            Paper(title: text(pick(12)), authors: (0..<pick(6)).map { _ in Author(name: text(1 + pick(2))) },
                  date: pick(5) == 0 ? nil : PaperDate(year: 1990 + pick(40), month: 1 + pick(12), day: 1 + pick(28)),
                  category: pick(4) == 0 ? nil : text(1), hasCode: pick(2) == 0,
                  source: SourceLocation(file: "t", line: 1))
        }
        let width = 20 + pick(181)
        let total = papers.count * (1 + pick(2_000))
        let layout = PaperText.ListLayout(papers: papers, totalPapers: total, width: width)
        for (k, p) in papers.enumerated() {
            let number = 1 + pick(total)
            let num = String(number)
            var expected = String(repeating: " ", count: max(0, layout.numberWidth - num.count)) + num + "  "
                + DisplayWidth.fit(PaperSummary.date(p), to: 11) + " "
                + DisplayWidth.fit(VisibleText.singleLine(p.category ?? "-"), to: 4) + " "
                + (p.hasCode ? "C" : " ") + " "
                + DisplayWidth.fit(VisibleText.singleLine(p.title), to: layout.titleWidth)
            if layout.authorWidth > 0 { expected += "  " + PaperSummary.shortAuthors(p, width: layout.authorWidth) }
            while expected.hasSuffix(" ") { expected.removeLast() }
            #expect(PaperText.listLine(p, at: k, number: number, layout: layout) == expected, "width \(width): \(p.title.debugDescription)")
        }
    }
}
