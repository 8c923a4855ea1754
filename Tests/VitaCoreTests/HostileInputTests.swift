import Foundation
import Testing
@testable import VitaCore

/// Inputs built to crash, hang or exhaust memory (from the hostile reproductions): each gets a
/// bounded answer and a diagnostic, and the rest of the record still loads.
@Suite("Hostile input")
struct HostileInputTests {
    @Test func yearBoundsPastTheRangeAreAWarningNotACrash() {
        for q in ["year:>9999", "year:<0", "year:>=10000"] {
            let query = Query(q)
            #expect(query.isEmpty && !query.problems.isEmpty, "\(q)")
        }
        #expect(Query("year:>2020").root == .term(.year(2021...9999)))
    }

    @Test func parenthesesNestDeepOnlyToALimit() {
        let deep = String(repeating: "(", count: 2_000) + "quant" + String(repeating: ")", count: 2_000)
        let q = Query(deep)
        #expect(q.problems.map(\.message) == ["parentheses nested deeper than 64; the deeper ones are ignored"])
        #expect(q.positiveTerms.count == 1)
        #expect(!Query(String(repeating: "(", count: 30_000) + "quant" + String(repeating: ")", count: 30_000)).problems.isEmpty)
        let unclosed = Query(String(repeating: "(", count: 30_000) + "quant")
        #expect(unclosed.problems.filter { $0.message == "unclosed '('" }.count == 1, "said once")
        #expect(unclosed.problems.first { $0.message == "unclosed '('" }?.column == 1, "for the outermost")
        // `(a (a (a …` 10,000 deep, searched: the cost planner is not run again at every level.
        let nested = String(repeating: "(a ", count: 10_000) + String(repeating: ")", count: 10_000)
        let library = Library(papers: [Paper(id: "p", title: "a paper", source: SourceLocation(file: "t", line: 1))])
        var session = SearchSession(index: SearchIndex(library: library))
        #expect(session.search(nested).count == 1)
    }

    @Test func aLongQueryIsReadToALimit() {
        let q = Query(String(repeating: "word ", count: 20_000))
        #expect(q.problems.contains { $0.message.contains("only the first \(Query.maxLength) are read") })
        #expect(q.positiveTerms.count <= Query.maxLength / 5 + 1)
    }

    @Test func yearsOutOfRangeAreDiagnosticsAndTheEntryIsKept() {
        let r = BibTeXReader.read("@misc{k, title={x}, date = {9999999999999999}}\n@misc{j, title={y}, year={99999999999}}\n@misc{l, title={z}, year={2020}}\n", fileName: "d.bib")
        #expect(r.papers.count == 3)
        #expect(r.papers[0].date == nil && r.papers[1].date == nil && r.papers[2].year == 2020)
        #expect(r.diagnostics.filter { $0.message.contains("is out of range; expected -9999 to 9999") }.count == 2)
        // Sorting, statistics and charts take them.
        let library = Library(records: [("d.bib", r)])
        #expect(PaperSort.date.sortedIndices(library.papers).count == 3)
        #expect(Statistics(library: library).perYear.count == 1)
    }

    @Test func aDoublingStringChainStopsAtTheExpansionLimit() {
        var bib = "@string{m0 = \"xx\"}\n"
        for k in 1...40 { bib += "@string{m\(k) = m\(k - 1) # m\(k - 1)}\n" }
        bib += "@misc{a, title = m40}\n@misc{b, title = {Still here}}\n"
        let r = BibTeXReader.read(bib, fileName: "bomb.bib")
        #expect(r.papers.count == 2 && r.papers[1].title == "Still here")
        #expect(r.papers[0].title.utf8.count <= BibTeXReader.maxExpansion)
        #expect(r.diagnostics.contains { $0.message.contains("makes the value longer than \(BibTeXReader.maxExpansion) bytes") })
    }

    @Test func deepBracesAndCyclesAreBounded() {
        let braces = "@misc{k, title = " + String(repeating: "{", count: 100_000) + "x" + String(repeating: "}", count: 100_000) + "}\n@misc{j, title={After}}"
        let b = BibTeXReader.read(braces, fileName: "b.bib")
        #expect(b.papers.map(\.title).last == "After")
        let cycles = "@misc{k, title={K}, crossref={j}}\n@misc{j, title={J}, crossref={k}}\n@misc{x, xdata={y}}\n@xdata{y, xdata={x}}\n"
        let c = BibTeXReader.read(cycles, fileName: "c.bib")
        #expect(c.papers.count == 3 && !c.diagnostics.isEmpty)
    }

    @Test func whatWasQuadraticIsLinear() {
        // 2,000 untitled entries: not duplicates of each other.
        let untitled = (0..<2_000).map { "@misc{k\($0), author={Doe, J}}" }.joined(separator: "\n")
        let u = Library(records: [("u.bib", BibTeXReader.read(untitled, fileName: "u.bib"))])
        #expect(u.papers.allSatisfy { $0.possibleDuplicates.isEmpty })
        // 3,000 papers sharing a title: each names at most `maxDuplicates` others.
        let same = (0..<3_000).map { "@misc{s\($0), title={The Same Title}, year=\(2000 + $0 % 20)}" }.joined(separator: "\n")
        let s = Library(records: [("s.bib", BibTeXReader.read(same, fileName: "s.bib"))])
        #expect(s.papers.allSatisfy { $0.possibleDuplicates.count == Library.maxDuplicates })
        // 300,000 spaces in an author field; 20,000 distinct fields, one given twice.
        let spaces = "@misc{k, author = {A" + String(repeating: " ", count: 300_000) + "B and C D}, title={T}}"
        let a = BibTeXReader.read(spaces, fileName: "a.bib")
        #expect(a.papers.first?.authors.map(\.name) == ["A B", "C D"])
        let fields = "@misc{k, title={T}, " + (0..<20_000).map { "f\($0)={x}" }.joined(separator: ", ") + ", f7={again}}"
        let f = BibTeXReader.read(fields, fileName: "f.bib")
        #expect(f.papers.first?.entry?.fields.count == 20_001)
        #expect(f.diagnostics.map(\.message) == ["field 'f7' is given twice in entry 'k'; the first is kept"])
    }

    @Test func aFileThatIsNoRecordIsReadInLinearTimeAndBoundedMemory() {
        // 200,000 lines that are not a record: problems capped, the rest not read.
        let lines = (1...200_000).map { "line \($0)" }.joined(separator: "\n")
        let r = ProfileReader.read(Array(lines.utf8), fileName: "lines.txt", asOf: PaperDate(year: 2026, month: 1, day: 1))
        #expect(r.papers.isEmpty)
        // The first problems, why reading stopped, and how many more there were.
        #expect(r.diagnostics.count == Diagnostic.maxPerFile + 2)
        #expect(r.diagnostics.contains { $0.message.hasPrefix("no paper in the first 100000 lines") })
        #expect(r.diagnostics.last?.message.hasSuffix("more problems are not listed (the first \(Diagnostic.maxPerFile) are)") == true)
        #expect((r.profile?.otherLines.count ?? 0) <= 100)
        // A line with no end is cut.
        let long = [UInt8](repeating: 0x41, count: (4 << 20) + 100) + Array("\nsecond line\n".utf8)
        let l = ProfileReader.read(long, fileName: "long.txt", asOf: PaperDate(year: 2026, month: 1, day: 1))
        #expect((l.profile?.name.utf8.count ?? 0) <= 4 << 20 || l.diagnostics.contains { $0.message.contains("bytes long; expected at most") })
        #expect(l.diagnostics.contains { $0.message.contains("bytes long; expected at most \(4 << 20)") })
    }
}

@Suite("Hostile text reaching terminals")
struct HostileTextTests {
    @Test func controlCharactersNeverReachATerminalThroughBibTeXOrDOT() {
        let bib = "@misc{k, title = {Title \u{1B}]52;c;cHduZWQ=\u{07} clipboard and \u{1B}[2J clear}, author = {Mallory, Eve and \u{1B}[31mRed\u{1B}[0m, Bob}}"
        let library = Library(records: [("e.bib", BibTeXReader.read(bib, fileName: "e.bib"))])
        let text = BibTeXWriter().write(library.papers, library: library).text
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" && $0 != "\t" })
        #expect(text.contains("␛"))
        let dot = CoauthorGraph(library: library).dot
        #expect(!dot.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
    }

    @Test func aByteOrderMarkIsNoPartOfTheOwnersName() {
        let profile = "\u{FEFF}Jane Doe\n\nCV\n1 Papers\nCVAug 15, 2023\nA title\nJane Doe, Bo Lee\nAn abstract.\n"
        let r = ProfileReader.read(profile, fileName: "bom.txt", asOf: PaperDate(year: 2026, month: 1, day: 1))
        #expect(r.profile?.name == "Jane Doe")
        #expect(r.papers.first?.owner == .listed(position: 0))
    }

    @Test func aFileNameCannotForgeADiagnosticLine() {
        let d = Diagnostic(.warning, at: SourceLocation(file: "bad\nname.txt:9:9: error: forged", line: 1), "real problem")
        #expect(!d.description.contains("\n"))
    }

    @Test func linesEndedByCarriageReturnsAloneAreRead() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vita-cr-\(UInt32.random(in: 0...UInt32.max)).txt").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try "Jane Doe\r1 Papers\rCVAug 15, 2023\rA title\rJane Doe\rAn abstract.\r".write(toFile: path, atomically: true, encoding: .utf8)
        let r = RecordLoader.read(path, asOf: PaperDate(year: 2026, month: 1, day: 1))
        #expect(r.papers.map(\.title) == ["A title"])
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
    }
}
