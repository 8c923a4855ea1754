import Foundation
import Testing

@Suite struct ChartCommandTests {
    @Test func statsChartFitsTheWidthAndShowsEveryYear() throws {
        for width in [40, 80, 200] {
            let r = try VitaBinary.run(["stats", "--chart", "--width", String(width)] + asOf)
            #expect(r.status == 0)
            let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
            #expect(lines.allSatisfy { $0.count <= width }, "no line wider than \(width)")
            #expect(r.stdout.contains("█"))
            #expect(r.stdout.contains("2016") && r.stdout.contains("2026"))
            #expect(r.stdout.contains("2 papers with an inferred year"))
        }
        let ascii = try VitaBinary.run(["stats", "--chart", "--ascii", "--width", "60"] + asOf)
        #expect(ascii.stdout.unicodeScalars.allSatisfy { $0.isASCII || $0 == "·" })
        #expect(ascii.stdout.contains("#"))
        #expect(try VitaBinary.run(["stats", "--ascii"] + asOf).status == 64)
    }

    /// A record spanning more years than the width has columns: the line under the chart says
    /// how many papers the years left out hold, and from when the chart starts.
    @Test func statsChartSaysWhichPapersTheWidthLeavesOut() throws {
        let years = [1936, 1936, 1948] + Array(1990...2026)
        let items = years.enumerated().map { k, y in
            "{\"id\": \"p\(k)\", \"type\": \"article-journal\", \"title\": \"Paper \(k)\", \"author\": [{\"family\": \"Lee\", \"given\": \"Ann\"}], \"issued\": {\"date-parts\": [[\(y)]]}}"
        }
        let json = Data(("[" + items.joined(separator: ",\n") + "]").utf8)
        let narrow = try VitaBinary.run(["stats", "--chart", "--width", "60", "-"] + asOf, stdin: json)
        #expect(narrow.status == 0, "\(narrow.stderr)")
        // The line under the chart, wrapped at the width, read whole.
        let note = narrow.stdout.split(separator: "\n").joined(separator: " ")
        // At 60 columns the chart holds fewer than the 91 years: 1936 and 1948 at least are left out.
        guard let match = note.firstMatch(of: /\((\d+) papers before (\d+) not shown: the years before do not fit in 60 columns\)/) else {
            Issue.record("no note of the years left out: \(narrow.stdout)")
            return
        }
        let (cut, first) = (Int(match.1)!, Int(match.2)!)
        #expect(cut == years.filter { $0 < first }.count && cut >= 3 && first <= 1990, "\(note)")
        let wide = try VitaBinary.run(["stats", "--chart", "--width", "200", "-"] + asOf, stdin: json)
        #expect(wide.status == 0 && !wide.stdout.contains("not shown") && wide.stdout.contains("1940"), "\(wide.stdout)")
    }

    @Test func graphFormats() throws {
        let tsv = try VitaBinary.run(["graph", "--format", "tsv"] + asOf)
        #expect(tsv.status == 0)
        let rows = tsv.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(rows[0] == ["kind", "id", "to", "name", "papers", "with_owner", "first_year", "last_year", "owner"])
        #expect(rows[1] == ["node", "0", "", "Anbang Yao", "34", "", "2016", "2026", "1"])
        #expect(rows[2][3] == "Chao Li" && rows[2][4] == "10" && rows[2][5] == "10" && rows[2][8] == "0")
        // Every edge row: its two ends in id and to, the papers they share, one meaning per column.
        let edges = rows.filter { $0[0] == "edge" }
        #expect(!edges.isEmpty && edges.allSatisfy { Int($0[1])! < Int($0[2])! && Int($0[4])! >= 1 && $0[8] == "" })
        let text = try VitaBinary.run(["graph", "--format", "text", "--top", "2"] + asOf)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("Coauthors of Anbang Yao: 34 papers, 2 coauthors\n\nPeople (papers, with the owner)\n  Anbang Yao  34  2016–2026  (owner)\n  Chao Li     10  10 with  2022–2026\n"), "\(text.stdout)")
        let json = try VitaBinary.run(["graph", "--format", "json", "--top", "3"] + asOf)
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any]
        let nodes = doc?["nodes"] as? [[String: Any]]
        #expect(nodes?.count == 4)
        #expect(nodes?[1]["name"] as? String == "Chao Li")
        #expect(doc?["truncatedPapers"] as? Int == 24)
    }

    @Test func graphvizRendersTheDot() throws {
        let dot = try VitaBinary.run(["graph"] + asOf)
        #expect(dot.stdout.hasPrefix("graph coauthors {"))
        #expect(dot.stdout.contains("label=\"Anbang Yao\\n34 papers\""))
        guard let tool = Tool.find("dot") else {
            print("⚠️  SKIPPED: Graphviz `dot` is not installed (scripts/setup installs it); the SVG rendering was not checked")
            return
        }
        let svg = try Tool.run(tool, ["-Tsvg"], stdin: Data(dot.stdout.utf8))
        #expect(svg.status == 0, "\(svg.stderr)")
        #expect(svg.stdout.contains("<svg") && svg.stdout.contains("Chao Li"))
        #expect(svg.stderr.isEmpty, "\(svg.stderr)")
    }
}
