import Foundation
import Testing
import VitaCore
@testable import VitaTUI

@Suite struct ChartTests {
    @Test func yearsViewSnapshots() {
        checkAtBothSizes(.char("2"), name: "years")
    }

    @Test func coauthorsViewSnapshots() {
        checkAtBothSizes(.char("3"), name: "coauthors")
    }

    @Test func theYearsShownAreTheModelsCounts() {
        var s = Seed.state(120, 40)
        s.press(.char("2"))
        let stats = Statistics(library: Seed.library)
        let chart = PapersPerYearChart(stats, width: 118, height: 34)
        #expect(chart.years.map(\.year) == Array(2016...2026), "every year, 2018 included")
        #expect(stats.perYear.first { $0.year == 2018 }?.papers == 0)
        // Each count printed above a bar is that year's count in the model.
        for y in stats.perYear where y.papers > 0 {
            let counts = chart.rows.flatMap { $0 }.filter { $0.kind == .count && $0.year == y.year }
            #expect(String(counts.map(\.char)) == String(y.papers), "\(y.year)")
        }
        // The bar of 2023 (6 papers) is the tallest, as tall as 2020's.
        let height = { (year: Int) in chart.rows.filter { $0.contains { $0.kind == .bar && $0.year == year } }.count }
        #expect(height(2023) == height(2020) && height(2023) > height(2019))
        #expect(height(2018) == 0)
    }

    @Test func selectingAYearAndEnterListsItsPapers() {
        var s = Seed.state(80, 24)
        s.press(.char("2"))
        #expect(s.selectedYear == 2026)
        s.press(.left, .left, .left)
        #expect(s.selectedYear == 2023)
        #expect(render(s).line(22).contains("2023: 6 papers (CV 6)"))
        s.press(.enter)
        #expect(s.view == .papers && s.filterText == "year:2023" && s.visible.count == 6)
        s.press(.escape)
        #expect(s.filter == nil)
        // With a search on, the chart counts only its papers and Enter adds the year to it.
        s.press(.char("/")); s.type("quant"); s.press(.enter, .char("2"))
        #expect(s.yearStatistics?.papers == 5)
        s.press(.right)
        s.press(.enter)
        #expect(s.filterText.hasPrefix("quant year:"))
    }

    @Test func theStrongestCoauthorIsChaoLiAndPListsTheirPapers() {
        var s = Seed.state(200, 60)
        s.press(.char("3"))
        let g = s.coauthorChart!.shown
        #expect(g.nodes[0].name == "Anbang Yao" && g.nodes[0].isOwner)
        #expect(g.nodes[1].name == "Chao Li")
        #expect(s.selectedPerson == 1)
        #expect(render(s).line(58).contains("Chao Li: 10 papers with Anbang Yao"))
        #expect(render(s).text.contains("Only authors visible on the profile: 24 of 34 papers"))
        s.press(.char("p"))
        #expect(s.view == .papers && s.filterText == "author:\"Chao Li\"")
        #expect(s.visible.count == 10)
        s.press(.char("3"), .tab, .tab, .backTab)
        #expect(s.selectedPerson == 2)
        let shown = s.coauthorChart!.shown.nodes.count
        s.press(.char("-"))
        #expect(s.coauthorChart!.shown.nodes.count == shown - 5)
        s.press(.char("+"))
        #expect(s.coauthorChart!.shown.nodes.count == shown)
    }

    @Test func labelsNeverOverlap() {
        func check(_ graph: CoauthorGraph, columns: Int, rows: Int, ownerLabelled: Bool = true) {
            let positions = GraphLayout.compute(graph)
            let markers = CoauthorsView.cells(positions, columns: columns, rows: rows)
            let labels = CoauthorsView.placeLabels(graph: graph, markers: markers, columns: columns, rows: rows, selected: 1)
            var used = Set<Int>()
            for l in labels {
                #expect(l.x >= 0 && l.x + l.width <= columns && l.y >= 0 && l.y < rows)
                for x in l.x..<(l.x + l.width) {
                    #expect(used.insert(l.y * columns + x).inserted, "label \(l.text) overlaps another")
                    #expect(!markers.contains { $0.x == x && $0.y == l.y }, "label \(l.text) covers a node")
                }
            }
            if ownerLabelled { #expect(labels.contains { $0.node == 0 }, "the owner is labelled") }
        }
        let seed = CoauthorGraph(library: Seed.library)
        check(seed.top(20), columns: 76, rows: 10)
        check(seed, columns: 140, rows: 50)
        // A 500-person record.
        var rng = SeededRandom(seed: 42)
        var papers: [Paper] = []
        for i in 0..<800 {
            var authors = [Author(name: "Owner Person"), Author(name: "Person\(i % 500) Name")]
            for _ in 0..<Int(rng.next() % 5 + 1) { authors.append(Author(name: "Person\(rng.next() % 500) Name")) }
            papers.append(Paper(id: "p\(i)", title: "Paper \(i)", authors: authors, date: PaperDate(year: 2000 + i % 20, month: 1, day: 1), source: SourceLocation(file: "big.txt", line: i + 1)))
        }
        let big = CoauthorGraph(library: Library(papers: papers))
        #expect(big.nodes.count == 501)
        check(big, columns: 140, rows: 50, ownerLabelled: false)
        check(big.top(40), columns: 76, rows: 10)
    }

    @Test func layoutIsDeterministic() {
        let g = CoauthorGraph(library: Seed.library)
        #expect(GraphLayout.compute(g) == GraphLayout.compute(g))
        let p = GraphLayout.compute(g)
        #expect(p[0] == GraphLayout.Point(x: 0.5, y: 0.5), "the owner in the centre")
        #expect(p.allSatisfy { (0...1).contains($0.x) && (0...1).contains($0.y) })
    }

    @Test func brailleLinesSetTheRightDots() {
        var c = BrailleCanvas(columns: 2, rows: 1)
        c.line(0, 0, 3, 0, style: Style(.graphEdge), priority: 1)
        var s = Screen(width: 2, height: 1)
        c.draw(into: &s, x: 0, y: 0)
        #expect(s.line(0) == "⠉⠉")
        var v = BrailleCanvas(columns: 1, rows: 1)
        v.line(0, 0, 0, 3, style: Style(.graphEdge), priority: 1)
        var t = Screen(width: 1, height: 1)
        v.draw(into: &t, x: 0, y: 0)
        #expect(t.line(0) == "⡇")
    }
}

@Suite("Counts above the year bars")
struct ChartCountTests {
    /// A record with these papers a year, from 2000 on, one category.
    static func chart(_ counts: [Int], width: Int, height: Int = 20) -> PapersPerYearChart {
        let papers = counts.enumerated().flatMap { year, n in
            (0..<n).map { k in Paper(title: "P\(year)-\(k)", date: PaperDate(year: 2000 + year, month: 1, day: 1, precision: .year),
                                     category: "CV", source: SourceLocation(file: "t", line: 1)) }
        }
        return PapersPerYearChart(Statistics(library: Library(papers: papers)), width: width, height: height)
    }

    /// The numbers written above bars, in reading order, each with its row.
    static func labels(_ c: PapersPerYearChart) -> [(row: Int, text: String)] {
        var out: [(Int, String)] = []
        for (r, row) in c.rows.enumerated() {
            var current = ""
            for cell in row {
                if cell.kind == PapersPerYearChart.Cell.Kind.count { current.append(cell.char) }
                else if !current.isEmpty { out.append((r, current)); current = "" }
            }
            if !current.isEmpty { out.append((r, current)) }
        }
        return out
    }

    @Test func countsOfAHundredAndMoreStandOverNarrowBarsWhenThereIsRoom() {
        // Twelve years in 40 columns: bars one column wide, slots three.
        let c = Self.chart([138, 20, 10, 125, 5, 5, 190, 30, 30, 30, 101, 4], width: 40)
        let texts = Self.labels(c).map(\.text)
        for n in ["190", "138", "125", "101"] { #expect(texts.contains(n), "\(c.lines.joined(separator: "\n"))") }
    }

    /// A tick `n ┤` stands on the row where a bar of n papers ends, at any height.
    @Test(arguments: [10, 12, 16, 20, 31])
    func ticksStandWhereBarsOfThatHeightEnd(_ height: Int) {
        let counts = [1, 2, 3, 4, 5, 6, 2, 1]
        let c = Self.chart(counts, width: 60, height: height)
        var tickRow: [Int: Int] = [:]
        for (r, row) in c.rows.enumerated() {
            let axis = row.prefix { $0.kind == PapersPerYearChart.Cell.Kind.axis || $0.kind == PapersPerYearChart.Cell.Kind.blank }
            let text = String(axis.map(\.char)).trimmingCharacters(in: .whitespaces)
            if text.hasSuffix("┤"), let n = Int(text.dropLast().trimmingCharacters(in: .whitespaces)) { tickRow[n] = r }
        }
        #expect(!tickRow.isEmpty)
        for (i, n) in counts.enumerated() {
            guard let expected = tickRow[n] else { continue }
            let top = c.rows.firstIndex { row in row.contains { $0.kind == PapersPerYearChart.Cell.Kind.bar && $0.year == 2000 + i } }
            #expect(top == expected, "bar of \(n) ends on row \(top ?? -1), its tick is on row \(expected) (height \(height)):\n\(c.lines.joined(separator: "\n"))")
        }
    }

    @Test func neighbouringCountsNeverRunTogether() {
        // Equal neighbours at the same height: their counts would read `44 44 4` side by side.
        let c = Self.chart([44, 44, 44, 4, 44, 44, 44, 44], width: 24)
        for (row, cells) in c.rows.enumerated() {
            // Between two counts on one row stands at least one blank cell.
            for x in 1..<cells.count where cells[x].kind == PapersPerYearChart.Cell.Kind.count && cells[x - 1].kind == PapersPerYearChart.Cell.Kind.count {
                #expect(cells[x].year == cells[x - 1].year, "row \(row): \(c.lines[row])")
            }
        }
        #expect(Self.labels(c).allSatisfy { Int($0.text) != nil })
        #expect(Self.labels(c).contains { $0.text == "44" })
    }
}

@Suite("Charts made once")
struct ChartCacheTests {
    @Test func viewsReopenWithWhatTheyMadeBefore() {
        var s = Seed.state(120, 40)
        s.press(.char("3"))
        let first = s.coauthorChart
        s.press(.char("1"), .char("3"))
        #expect(s.coauthorChart?.positions == first?.positions)
        // Charts made ahead for the whole record are the ones the views show.
        var t = Seed.state(120, 40)
        let few = Statistics(library: Seed.library, indices: [0, 1, 2], coauthors: false)
        t.prime(years: few, graph: CoauthorGraph(library: Seed.library))
        t.press(.char("2"))
        #expect(t.yearStatistics == few)
        // Under a filter, the charts are the filter's, not the whole record's.
        t.press(.char("/")); t.type("quant"); t.press(.enter, .char("2"))
        #expect(t.yearStatistics?.papers == 5)
        t.press(.escape, .char("1"), .escape, .char("2"))
        #expect(t.yearStatistics == few, "back to the whole record: the primed chart again")
    }

    /// Past `madeApartAbove` papers shown, a chart not made before is not made while a key
    /// waits: the view says it is being counted, and is drawn when the explorer's loop gives it
    /// (`prime`). A search with fewer papers gets its chart at once.
    @Test func aChartOfManyPapersIsWaitedForNotMadeOnAKey() {
        var s = Seed.state(120, 40)
        s.chartsMadeApartAbove = 10
        s.press(.char("2"))
        #expect(s.charts.waiting && s.yearStatistics == nil)
        var screen = AppView.render(s, files: ["seed.txt"])
        #expect(screen.line(1).contains("Papers per year") && screen.line(3).contains("counting the 34 papers shown…"))
        #expect(screen.line(38).contains("counting…") && !screen.line(38).contains("no dated papers"))
        let at = screen.line(3).distance(from: screen.line(3).startIndex, to: screen.line(3).range(of: "counting")!.lowerBound)
        #expect(screen[at, 3].style == Style(.dim) && screen[at + 2, 1].style.role == .title)
        s.press(.char("3"))
        #expect(s.charts.waiting && s.coauthorChart == nil)
        #expect(AppView.render(s, files: ["seed.txt"]).line(3).contains("counting the 34 papers shown…"))
        // The whole record's charts come: the open view is drawn from them.
        let whole = Statistics(library: Seed.library, coauthors: false)
        s.prime(years: whole, graph: CoauthorGraph(library: Seed.library))
        #expect(!s.charts.waiting && s.coauthorChart != nil)
        s.press(.char("2"))
        #expect(s.yearStatistics == whole && !s.charts.waiting)
        // A search of 12 papers, kept: waited for too, and drawn when its charts come.
        s.press(.char("/")); s.type("learning"); s.press(.enter)
        let shown = s.visible
        #expect(shown.count > 10 && s.charts.waiting && s.yearStatistics == nil)
        let theirs = Statistics(library: Seed.library, indices: shown, coauthors: false)
        s.prime(years: theirs, graph: CoauthorGraph(library: Seed.library, indices: shown), for: "other filter")
        #expect(s.charts.waiting, "charts made for another filter are not these")
        s.prime(years: theirs, graph: CoauthorGraph(library: Seed.library, indices: shown), for: s.listKey ?? "")
        #expect(!s.charts.waiting && s.yearStatistics == theirs)
        // A search of few papers: made at once.
        s.press(.char("1"), .escape, .char("/")); s.type("quant"); s.press(.enter, .char("2"))
        #expect(s.visible.count == 5 && !s.charts.waiting && s.yearStatistics?.papers == 5)
        screen = AppView.render(s, files: ["seed.txt"])
        #expect(!screen.text.contains("counting the"))
    }
}
