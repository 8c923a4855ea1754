import Foundation
import Testing
import VitaCore
@testable import VitaTUI

/// A record whose papers carry citation counts (as OpenAlex and Semantic Scholar give them).
enum Cited {
    static let library: Library = {
        let counts = [(title: "Most Cited Survey", count: 310, year: 2020), (title: "Quantized Attention", count: 12, year: 2022),
                      (title: "Sparse Networks", count: 55, year: 2021), (title: "Uncounted Note", count: -1, year: 2023)]
        var profile = Profile(name: "Ada Example", source: SourceLocation(file: "oa.json", line: 1))
        profile.hIndex = 3
        profile.citationCount = 362
        profile.statedBy = "OpenAlex"
        let papers = counts.enumerated().map { i, c -> Paper in
            var p = Paper(title: c.title, authors: [Author(name: "Ada Example"), Author(name: "Bo Chen")],
                          date: PaperDate(year: c.year, month: 1, day: 1, precision: .year), source: SourceLocation(file: "oa.json", line: i + 2))
            if c.count >= 0 {
                p.citations = CitationCount(count: c.count, source: "openalex", asOf: "2026-10-01")
                p.citationsByYear = [YearCount(year: 2024, count: c.count / 3), YearCount(year: 2025, count: c.count / 2)]
            }
            return p
        }
        let library = Library(records: [("oa.json", RecordContents(profile: profile, papers: papers))])
        // Made before tests share it, as `Seed.library`'s is.
        library.searchIndex.prepare()
        return library
    }()

    static func state(_ width: Int = 100, _ height: Int = 20) -> AppState {
        AppState(library: library, width: width, height: height, themeNames: ["default"])
    }
}

@Suite struct CitationsViewTests {
    func screen(_ s: AppState) -> Screen { AppView.render(s, files: ["oa.json"]) }

    /// Where the person is now, as the source states it: the first place, after the name, in
    /// the header's bold, where the line has room for it all; `vita stats` gives them all.
    @Test func theHeaderSaysWhereThePersonIs() {
        var profile = Cited.library.profile!
        profile.affiliations = ["Example Labs", "Testville Institute"]
        let library = Library(records: [("oa.json", RecordContents(profile: profile, papers: Cited.library.papers))])
        let sc = screen(AppState(library: library, width: 140, height: 20, themeNames: ["default"]))
        #expect(sc.line(0).hasPrefix(" Ada Example · Example Labs · 4 papers · 377 citations"), "\(sc.line(0))")
        #expect(!sc.line(0).contains("Testville"))
        let x = sc.line(0).distance(from: sc.line(0).startIndex, to: sc.line(0).range(of: "Example Labs")!.lowerBound)
        #expect(sc[x, 0].style == Style(.header, bold: true))
        // Too narrow for the place and the figures: the figures stay.
        let narrow = screen(AppState(library: library, width: 80, height: 20, themeNames: ["default"]))
        #expect(narrow.line(0).hasPrefix(" Ada Example · 4 papers · 377 citations") && !narrow.line(0).contains("Example Labs"), "\(narrow.line(0))")
    }

    /// A record of many people opened for one (`--owner` on a dump or a list of works) says
    /// whose it is, as a profile's header would; a record with no owner names nobody.
    @Test func theHeaderNamesTheOwnerGiven() {
        let papers = Cited.library.papers
        let owned = Library(records: [("works.json", RecordContents(papers: papers))], owner: "Bo Chen")
        let sc = screen(AppState(library: owned, width: 100, height: 20, themeNames: ["default"]))
        #expect(sc.line(0).hasPrefix(" Bo Chen · 4 papers · 377 citations"), "\(sc.line(0))")
        let nobody = Library(records: [("works.json", RecordContents(papers: papers))])
        #expect(screen(AppState(library: nobody, width: 100, height: 20, themeNames: ["default"])).line(0).hasPrefix(" 4 papers · 377 citations"))
    }

    @Test func theListHasACitedColumnAndTheHeaderTheMetrics() {
        let s = Cited.state()
        let sc = screen(s)
        // Counted first; the source's own figures after, said to be its word.
        #expect(sc.line(0).contains("Ada Example · 4 papers · 377 citations · h 3 · i10 3 · OpenAlex says h-index 3, 362 citations"), "\(sc.line(0))")
        let heading = sc.line(1)
        let column = heading.range(of: "Cited")!
        #expect(heading.contains("Authors"))
        // Counts right-aligned under the heading's last letter; no count, no figure.
        let end = heading.distance(from: heading.startIndex, to: column.upperBound)
        for (row, expected) in [(2, ""), (3, "12"), (4, "55"), (5, "310")] {
            let line = Array(sc.line(row))
            let cell = String(line[(end - 4)..<end]).trimmingCharacters(in: .whitespaces)
            #expect(cell == expected, "row \(row): \(String(line))")
        }
        // The figures are drawn as normal text, not dimmed like the authors.
        let x = end - 1
        #expect(sc[x, 5].style.role == .normal)
        // Too narrow: no column, the title keeps its room.
        #expect(!screen(Cited.state(60, 20)).line(1).contains("Cited"))
        // A record without counts has no column and no metrics in the header.
        let seed = AppView.render(Seed.state(200, 60), files: ["seeds/anbang-yao.txt"])
        #expect(!seed.line(1).contains("Cited") && !seed.line(0).contains(" · h "))
    }

    @Test func theMetricsFollowTheSearch() {
        var s = Cited.state()
        s.press(.char("/")); s.type("sparse"); s.press(.enter)
        #expect(s.metrics?.citations == 55 && s.metrics?.hIndex == 1)
        #expect(screen(s).line(0).contains("4 papers · 1 shown: 55 citations · h 1 · i10 1"))
        s.press(.escape)
        #expect(s.metrics?.citations == 377)
    }

    @Test func sortingByCitationsOnlyWhereThereAreCounts() {
        var s = Cited.state()
        s.press(.char("s"), .char("s"), .char("s"), .char("s"))
        #expect(s.sort == .citations)
        #expect(s.visible.map { s.library.papers[$0].title } == ["Most Cited Survey", "Sparse Networks", "Quantized Attention", "Uncounted Note"])
        var seed = Seed.state()
        seed.press(.char("s"), .char("s"), .char("s"), .char("s"))
        #expect(seed.sort == .date, "the seed has no counts: the cycle skips citations")
    }

    @Test func theYearsViewSwitchesToCitationsPerYear() {
        var s = Cited.state()
        s.press(.char("2"))
        #expect(screen(s).line(1).contains("Papers per year · 4 papers"))
        s.press(.char("c"))
        #expect(s.yearsShowCitations)
        let sc = screen(s)
        // 313 of the 377 citations are counted by year: the chart's sum beside the whole count.
        #expect(sc.line(1).contains("Citations per year · 313 of 377 citations dated · 4 papers"))
        #expect(s.yearStatistics?.perYear.map(\.year) == [2024, 2025])
        #expect(s.selectedYear == 2025)
        #expect(sc.text.contains("2025: 188 citations"))
        // The bars are drawn in the series colour of their one series.
        let bars = (0..<sc.height).flatMap { y in (0..<sc.width).filter { sc[$0, y].text == "█" }.map { sc[$0, y].style } }
        #expect(!bars.isEmpty && bars.allSatisfy { if case .series = $0.role { true } else { false } })
        s.press(.left)
        #expect(s.selectedYear == 2024)
        s.press(.char("c"))
        #expect(!s.yearsShowCitations && screen(s).line(1).contains("Papers per year"))
        // Without counts, `c` says so and the chart stays.
        var seed = Seed.state()
        seed.press(.char("2"), .char("c"))
        #expect(!seed.yearsShowCitations && seed.message?.isError == true)
    }
}

/// A paper a source says was retracted: tagged before its title in the list, and its status
/// first among the detail's fields, both in the error colour, bold.
@Suite struct RetractionViewTests {
    static let library: Library = {
        var papers = ["Sound Result", "Mice and Men", "RETRACTED: Rats"].enumerated().map { i, title in
            Paper(title: title, authors: [Author(name: "Ada Example")], date: PaperDate(year: 2020 - i, month: 1, day: 1, precision: .year),
                  source: SourceLocation(file: "w.json", line: i + 1))
        }
        papers[1].retraction = .retracted
        papers[1].sources = [PaperSource(format: "openalex", location: papers[1].source, fields: ["title", "retraction"])]
        papers[2].retraction = .retracted
        return Library(papers: papers)
    }()

    @Test func theListAndTheDetailSayIt() {
        var s = AppState(library: Self.library, width: 80, height: 24, themeNames: ["default"])
        let sc = AppView.render(s, files: ["w.json"])
        let row = try! #require((0..<sc.height).first { sc.line($0).contains("Mice and Men") })
        let line = sc.line(row)
        let x = line.distance(from: line.startIndex, to: line.range(of: "[retracted] Mice and Men")!.lowerBound)
        #expect(sc[x, row].style == Style(.error, bold: true) && sc[x + 12, row].style.role == .normal, "\(sc[x, row].style)")
        // A title that says it is not tagged again, its own marker in the colour; a sound paper not at all.
        let marked = try! #require((0..<sc.height).first { sc.line($0).contains("RETRACTED: Rats") })
        #expect(!sc.line(marked).contains("[retracted]"))
        let mx = sc.line(marked).distance(from: sc.line(marked).startIndex, to: sc.line(marked).range(of: "RETRACTED: Rats")!.lowerBound)
        #expect(sc[mx, marked].style == Style(.error, bold: true) && sc[mx + 11, marked].style.role == .normal)
        #expect((0..<sc.height).contains { sc.line($0).contains("Sound Result") && !sc.line($0).contains("[") })
        // The detail: the status right under the title.
        s.press(.char("j"), .enter)
        let detail = AppView.render(s, files: ["w.json"])
        let at = try! #require((0..<detail.height).first { detail.line($0).contains("retracted (OpenAlex)") })
        let text = detail.line(at)
        #expect(text.hasPrefix(" status"), "\(text)")
        let vx = text.distance(from: text.startIndex, to: text.range(of: "retracted (OpenAlex)")!.lowerBound)
        #expect(detail[vx, at].style == Style(.error, bold: true))
        #expect((0..<at).contains { detail.line($0).contains("Mice and Men") }, "the title above it")
    }
}

@Suite struct RestyledSpansTests {
    /// The first characters restyled across spans, a match among them left lit and counted.
    @Test func theFirstCharactersTakeTheStyle() {
        let red = Style(.error, bold: true), match = Style(.match)
        let spans = [Span("RETR", match), Span("ACTED: Some result", .normal)]
        #expect(Spans.restyled(spans, first: 11, red, unless: match) == [Span("RETR", match), Span("ACTED: ", red), Span("Some result", .normal)])
        #expect(Spans.restyled([Span("RETRACTED: x", .normal)], first: 11, red, unless: match) == [Span("RETRACTED: ", red), Span("x", .normal)])
        #expect(Spans.restyled([Span("ab", .normal)], first: 0, red, unless: match) == [Span("ab", .normal)])
    }
}
