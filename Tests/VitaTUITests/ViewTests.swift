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

    /// In a narrow help, a description wider than the box wraps under itself: its key stays in
    /// the keys' column, and the rest of it under where it starts.
    @Test func aLongHelpLineWrapsUnderItsDescription() {
        var s = Seed.state(80, 24)
        s.press(.char("?"))
        let rows = render(s).text.split(separator: "\n", omittingEmptySubsequences: false).map { Array(String($0)) }
        func column(_ row: [Character], of text: String) -> Int? {
            let t = Array(text)
            return (0...max(0, row.count - t.count)).first { Array(row[$0..<min(row.count, $0 + t.count)]) == t }
        }
        guard let slash = rows.first(where: { column($0, of: "search (the query") != nil }),
              let at = rows.firstIndex(where: { column($0, of: "find a person") != nil }) else {
            Issue.record("no help rows: \(render(s).text)")
            return
        }
        // `@` under `/`, its description under `search`, and its second line under that.
        #expect(column(rows[at], of: "@") == column(slash, of: "/"), "\(String(rows[at]))")
        #expect(column(rows[at], of: "find a person") == column(slash, of: "search (the query"))
        let next = String(rows[at + 1]).drop { $0 != "│" }.dropFirst()
        let indent = next.prefix { $0 == " " }.count
        #expect(column(slash, of: "search (the query")! == (column(slash, of: "│")! + 1 + indent), "\(String(rows[at + 1]))")
    }

    @Test func searchPromptWithHighlights() {
        var s = Seed.state(80, 24)
        s.press(.char("/")); s.type("quant")
        check(s, "search-80x24")
        let screen = render(s)
        #expect(screen.line(23) == "/quant")
        #expect(screen.cursor?.x == 6 && screen.cursor?.y == 23)
        #expect(screen.line(22).contains("5 of 34 match \"quant\""))
        // A phrase typed in quotes is shown in its own quotes, not in a second pair.
        var phrase = Seed.state(80, 24)
        phrase.press(.char("/")); phrase.type("\"network quantization\"")
        #expect(render(phrase).line(22).contains(" match \"network quantization\""), "\(render(phrase).line(22))")
        // "Quantization" in "Incremental Network Quantization" is lit on its typed part only.
        let row = (2..<22).first { screen.line($0).contains("Incremental Network Quantization") }!
        let lit = screen.columns(y: row) { $0.role == .match }
        let start = screen.line(row).distance(of: "Quant")
        #expect(lit == Array(start..<(start + 5)))
        var wide = Seed.state(200, 60)
        wide.press(.char("/")); wide.type("author:\"chao li\" year:2023..2024"); wide.press(.enter)
        check(wide, "search-split-200x60")
        #expect(wide.visible.count == 6)
        // A search with quotes of its own is named as typed, in the status line and a chart's title.
        #expect(render(wide).line(58).contains(" match author:\"chao li\" year:2023..2024 "), "\(render(wide).line(58))")
        wide.press(.char("2"))
        #expect(render(wide).line(1).contains(" · matching author:\"chao li\" year:2023..2024"), "\(render(wide).line(1))")
    }

    @Test func aBadQueryShowsItsProblemInFullAndWhatItCanStillFilters() {
        var s = Seed.state(80, 24)
        s.press(.char("/")); s.type("quant year:abc")
        let line = render(s).line(23)
        #expect(line.hasPrefix("/quant year:abc"))
        #expect(line.contains("⚠"))
        // The problem in full on the line above (shortened with … only past the width).
        #expect(render(s).line(22).hasPrefix(" ⚠ year: expects a year (2020), a range (2019..2021) or a bound (>=2023)"))
        #expect(s.visible.count == 5, "the valid part, quant, still filters")
        // Nothing valid at all: the last result typed on the way stays ("year"), never every paper.
        s.press(.escape, .char("/"))
        s.type("year:abc")
        #expect(s.visible.count < 34, "year:abc alone does not match everything")
        #expect(render(s).line(22).contains("year: expects a year"))
    }

    /// A half-typed phrase filters as a phrase to the end, as `vita search` does.
    @Test func anOpenQuoteIsAPhraseToTheEnd() {
        var s = Seed.state(80, 24)
        s.press(.char("/")); s.type("\"knowledge distillation")
        #expect(s.filter != nil && s.visible.count == 7, "\(s.visible.count)")
        #expect(render(s).line(22).contains("unclosed quote"))
    }

    /// What does not fit is shortened with …, and an active filter always shows.
    @Test func aLongFilterStaysVisibleAt80Columns() {
        var s = Seed.state(80, 24)
        s.press(.char("/")); s.type("knowledge distillation dense contrastive augmentation free")
        s.press(.enter)
        let status = render(s).line(22)
        #expect(status.contains("match \""), "\(status)")
        #expect(status.contains("…"), "\(status)")
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

@Suite("The header says what loaded")
struct HeaderTests {
    @Test func loadedBesideWhatTheProfileClaims() {
        let text = """
        Ann Lee

        CV
        h-index3
        1,234papers
        12,345citations

        9 Papers

        CVAug 15, 2023
        One Paper

        Ann Lee, Bo Wu

        An abstract.
        """
        let lib = Library(records: [("p.txt", ProfileReader.read(Array(text.utf8), fileName: "p.txt", asOf: Seed.asOf))])
        let s = AppState(library: lib, width: 100, height: 24)
        let header = AppView.render(s, files: ["p.txt"]).line(0)
        #expect(header.contains("1 paper loaded (profile: 9)"), "\(header)")
        #expect(header.contains("12,345 citations"), "\(header)")
    }
}

@Suite("Nothing disappears for want of room")
struct ShorteningTests {
    @Test func helpAt80x24WrapsWhatIsWiderThanItsBox() {
        var s = Seed.state(80, 24)
        s.press(.char("?"))
        for _ in 0..<200 { s.press(.char("j")) }
        let text = render(s).text
        #expect(text.contains("Fields: title: author: abstract: aff: venue: link: cat:CV"), "\(text)")
        #expect(text.contains("year:2020..2023 has:code is:marked, any BibTeX field: journal: doi:"), "\(text)")
        #expect(text.contains("person:\"manish singh 0001\": one person's papers (@ finds them)"), "\(text)")
        #expect(text.contains("cites:>=50 cites:10..100, the owner's place: is:first is:last pos:2"), "\(text)")
    }

    @Test func theCoauthorPanelShortensWithAnEllipsis() {
        var s = Seed.state(80, 24)
        s.press(.char("3"))
        let screen = render(s)
        let with = (0..<24).map { screen.line($0) }.first { $0.contains("With ") } ?? ""
        #expect(with.contains("(p lists them, Enter centres on them):") || with.contains("…"), "\(with)")
    }
}

@Suite("Where a match is, when not in the title")
struct MatchContextTests {
    @Test func theListShowsTheFieldAndTheWordsAroundTheMatch() {
        var s = Seed.state(120, 30)
        s.press(.char("/")); s.type("imagenet"); s.press(.enter)
        let screen = render(s)
        let row = screen.line(s.layout.listTop)
        #expect(row.contains("‹abstract: …"), "\(row)")
        // The matched word itself is lit.
        let lit = (0..<screen.width).filter { screen[$0, s.layout.listTop].style.role == .match }
        #expect(!lit.isEmpty)
        let word = String(lit.map { screen[$0, s.layout.listTop].text }.joined())
        #expect(word.lowercased().hasPrefix("imagenet"), "\(word)")
        // A title match needs no context.
        s.press(.escape, .char("/")); s.type("kernelwarehouse"); s.press(.enter)
        #expect(!render(s).line(s.layout.listTop).contains("‹"))
    }
}

@Suite("Math in titles on screen")
struct MathOnScreenTests {
    /// A title's math reads as text in the list and in the detail (`$\alpha$` is `α`), and a
    /// search still finds it by the LaTeX's words.
    @Test func theListAndTheDetailShowMathAsText() {
        let bib = "@article{a, author = {Lee, Ann}, title = {On $\\alpha$-stable laws in $\\mathbb{R}^n$}, year = 2021}\n"
        let contents = RecordFormats.bibtex.read(Array(bib.utf8), ReadContext(fileName: "m.bib", asOf: Seed.asOf))
        var s = Seed.state(80, 24, library: Library(records: [("m.bib", contents)]))
        let list = (0..<24).map { render(s).line($0) }.joined(separator: "\n")
        #expect(list.contains("On α-stable laws in ℝⁿ"), "\(list)")
        #expect(!list.contains("$"), "\(list)")
        s.press(.enter)
        let detail = (0..<24).map { render(s).line($0) }.joined(separator: "\n")
        #expect(detail.contains("On α-stable laws in ℝⁿ"), "\(detail)")
        s.press(.escape)
        s.press(.char("/"))
        s.type("alpha")
        s.press(.enter)
        #expect(s.selectedTitle == "On $\\alpha$-stable laws in $\\mathbb{R}^n$", "the title kept is the LaTeX, found by its words")
    }
}

@Suite("The list's columns are those the record fills")
struct ListColumnsTests {
    static func library(_ papers: [Paper]) -> Library {
        Library(records: [("r.xml", RecordContents(papers: papers))])
    }

    static func paper(_ title: String, _ date: PaperDate?, category: String? = nil, code: Bool = false) -> Paper {
        Paper(title: title, authors: [Author(name: "Ann Lee")], date: date, category: category, hasCode: code,
              source: SourceLocation(file: "r.xml", line: 1))
    }

    @Test func aColumnNoPaperFillsIsLeftOutAndTheTitleTakesItsRoom() {
        let year = PaperDate(year: 2021, month: 1, day: 1, precision: .year)
        // A DBLP-like record: years only, no categories, no code.
        let plain = Self.library([Self.paper("Years Only", year), Self.paper("No Date", nil)])
        #expect(plain.present == [])
        var screen = AppView.render(AppState(library: plain, width: 80, height: 24), files: ["r.xml"])
        #expect(!screen.line(1).contains("Cat"), "\(screen.line(1))")
        // The title right after `undated` and two spaces: column 11, where it was 21.
        #expect(screen.line(1).range(of: "Title").map { screen.line(1).distance(from: screen.line(1).startIndex, to: $0.lowerBound) } == 11)
        #expect(screen.text.contains("  2021     Years Only") && screen.text.contains("  undated  No Date"), "\(screen.text)")

        // One paper with a category, code and a day: every column is back.
        let day = PaperDate(year: 2022, month: 3, day: 4)
        let full = Self.library([Self.paper("Years Only", year), Self.paper("Full", day, category: "CV", code: true)])
        #expect(full.present == [.category, .code, .finerDate])
        screen = AppView.render(AppState(library: full, width: 80, height: 24), files: ["r.xml"])
        #expect(screen.line(1).contains("Cat"))
        #expect(screen.line(1).range(of: "Title").map { screen.line(1).distance(from: screen.line(1).startIndex, to: $0.lowerBound) } == 21)
        #expect(screen.text.contains("  2022-03-04  CV   C Full"), "\(screen.text)")
    }

    /// View 3 of a record with no profile speaks of the record, and its counts are grouped and
    /// right-aligned, the years whole beside them.
    @Test func theGraphsListGroupsItsCounts() {
        let year = PaperDate(year: 2021, month: 1, day: 1, precision: .year)
        let papers = (0..<1_200).map { i in
            Paper(title: "Paper \(i)", authors: [Author(name: "Ann Lee")] + (i < 7 ? [Author(name: "Bo Chen")] : []), date: year,
                  source: SourceLocation(file: "r.xml", line: i + 1))
        }
        var s = AppState(library: Self.library(papers), width: 80, height: 24)
        s.press(.char("3"))
        let text = AppView.render(s, files: ["r.xml"]).text
        #expect(text.contains("Only authors visible on the record: 0 of 1,200 papers list \"et al.\""), "\(text)")
        let rows = text.split(separator: "\n").map(String.init)
        let lee = rows.first { $0.hasPrefix(" Ann Lee ") && $0.contains("█") }, chen = rows.first { $0.hasPrefix(" Bo Chen ") && $0.contains("█") }
        #expect(lee?.hasSuffix(" 1,200  2021") == true && chen?.hasSuffix("     7  2021") == true, "\(rows)")
        #expect(lee.map(DisplayWidth.of) == chen.map(DisplayWidth.of))
    }

    /// Years the width cannot hold are said in view 2's title, with their papers: at 80 columns
    /// a record from 1936 to 2026 loses its earliest years, and its legend's row is full. At 200
    /// columns every year is shown and nothing is said.
    @Test func theYearsTitleSaysWhichPapersTheWidthLeavesOut() {
        let years = [1936, 1936, 1948] + Array(1990...2026)
        let names = ["Alpha Kind", "Beta Kind", "Gamma Kind", "Delta Kind", "Epsilon Kind", "Zeta Kind"]
        let papers = years.enumerated().map { k, y in
            Self.paper("Paper \(k)", PaperDate(year: y, month: 1, day: 1, precision: .year), category: names[k % names.count])
        }
        var narrow = AppState(library: Self.library(papers), width: 80, height: 24)
        narrow.press(.char("2"))
        let screen = AppView.render(narrow, files: ["r.xml"])
        let chart = PapersPerYearChart(narrow.yearStatistics!, width: 78, height: 20)
        let first = chart.years.first!.year
        #expect(chart.cutYears > 0 && chart.cutPapers == years.filter { $0 < first }.count && chart.cutPapers >= 2)
        #expect(screen.line(1).contains("Papers per year · 40 papers · \(chart.cutPapers) papers before \(first) not shown"), "\(screen.line(1))")
        #expect(DisplayWidth.of(screen.line(1)) <= 80)
        // The bars shown and the papers said left out are every paper.
        #expect(chart.years.reduce(0) { $0 + $1.papers } + chart.cutPapers == 40)
        var wide = AppState(library: Self.library(papers), width: 200, height: 60)
        wide.press(.char("2"))
        let all = AppView.render(wide, files: ["r.xml"])
        #expect(all.line(1).contains("Papers per year · 40 papers") && !all.line(1).contains("not shown"), "\(all.line(1))")
    }

    /// View 2's legend shows the kinds that fit whole and counts the rest; its title groups the count.
    @Test func theYearsLegendCountsWhatDoesNotFit() {
        let names = ["Alpha Kind", "Beta Kind", "Gamma Kind", "Delta Kind", "Epsilon Kind", "Zeta Kind", "Eta Kind", "Theta Kind"]
        let papers = (0..<1_600).map { i in
            Self.paper("Paper \(i)", PaperDate(year: 2010 + i % 10, month: 1, day: 1, precision: .year), category: names[i % names.count])
        }
        var s = AppState(library: Self.library(papers), width: 80, height: 24)
        s.press(.char("2"))
        let screen = AppView.render(s, files: ["r.xml"])
        #expect(screen.text.contains("Papers per year · 1,600 papers"), "\(screen.text)")
        guard let legend = screen.text.split(separator: "\n").map(String.init).first(where: { $0.contains("Alpha Kind") }) else {
            Issue.record("no legend: \(screen.text)")
            return
        }
        let shown = names.filter { legend.contains($0) }
        #expect(shown.count >= 3 && shown.count < names.count, "\(legend)")
        #expect(legend.contains("+\(names.count - shown.count) more"), "\(legend)")
        #expect(DisplayWidth.of(legend) <= 80)
    }

    @Test func theStatusBarGroupsItsFiguresAsTheHeaderDoes() {
        let year = PaperDate(year: 2021, month: 1, day: 1, precision: .year)
        let many = Self.library((0..<1_200).map { Self.paper("Paper \($0)", year) })
        var s = AppState(library: many, width: 80, height: 24)
        s.press(.end)
        #expect(AppView.render(s, files: ["r.xml"]).line(22).contains("1,200/1,200  page 60/60"))
        s.press(.char("/"))
        s.type("paper")
        s.press(.enter)
        #expect(AppView.render(s, files: ["r.xml"]).line(22).contains("1,200 of 1,200 match \"paper\""))
        // The header's metrics too.
        let cited = Self.library((0..<1_200).map { i -> Paper in
            var p = Self.paper("Cited \(i)", year)
            p.citations = CitationCount(count: 2_000, source: "openalex", asOf: "2026-10-01")
            return p
        })
        let header = AppView.render(AppState(library: cited, width: 100, height: 24), files: ["r.xml"]).line(0)
        #expect(header.contains("1,200 papers · 2,400,000 citations · h 1,200 · i10 1,200"), "\(header)")
        // The facets panel's figures too.
        var wide = AppState(library: many, width: 140, height: 30)
        wide.press(.char("f"))
        let facets = AppView.render(wide, files: ["r.xml"]).text
        #expect(facets.contains("Facets · 1,200 papers") && facets.contains(" 1,200"), "\(facets)")
    }
}
