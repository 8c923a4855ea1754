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
            var p = Paper(title: (pick(8) == 0 ? "RETRACTED: " : "") + text(pick(12)), authors: (0..<pick(6)).map { _ in Author(name: text(1 + pick(2))) },
                          date: pick(5) == 0 ? nil : PaperDate(year: 1990 + pick(40), month: 1 + pick(12), day: 1 + pick(28)),
                          category: pick(4) == 0 ? nil : text(1), hasCode: pick(2) == 0,
                          source: SourceLocation(file: "t", line: 1))
            p.retraction = [nil, nil, .retracted, .withdrawn][pick(4)]
            return p
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
                // A paper taken back is tagged, unless its title says so.
                + DisplayWidth.fit((p.retraction != nil && !p.title.hasPrefix("RETRACTED: ") ? "[\(p.retraction!.rawValue)] " : "")
                                   + VisibleText.singleLine(p.title), to: layout.titleWidth)
            if layout.authorWidth > 0 { expected += "  " + PaperSummary.shortAuthors(p, width: layout.authorWidth) }
            while expected.hasSuffix(" ") { expected.removeLast() }
            #expect(PaperText.listLine(p, at: k, number: number, layout: layout) == expected, "width \(width): \(p.title.debugDescription)")
        }
    }
}

/// The short author list fitted to a width: what making each list (three names, two, one) and
/// measuring it gives, whether the names are printable ASCII (measured by their bytes) or not.
@Suite("Short author lists")
struct ShortAuthorsTests {
    static func made(_ authors: [Author], truncated: Bool, width: Int) -> String {
        let names = authors.prefix(3).map(\.shortName)
        func list(_ count: Int) -> String {
            names.prefix(count).joined(separator: ", ") + (truncated || authors.count > count ? " et al." : "")
        }
        for count in stride(from: 3, through: 1, by: -1) where DisplayWidth.of(VisibleText.singleLine(list(count))) <= width {
            return VisibleText.singleLine(list(count))
        }
        return DisplayWidth.truncate(VisibleText.singleLine(list(1)), to: width)
    }

    @Test(arguments: 0..<20)
    func fittedIsMadeAndMeasured(_ seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &* 4_409 &+ 11)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let words = ["Li", "Wang", "van den Heuvel", "Müller", "北京", "O'Neil", "a\u{7}b", "Ng", "", "Smith-Jones", "X"]
        for _ in 0..<200 {
            let authors = (0..<pick(6)).map { _ in
                pick(3) == 0 ? Author(name: words[pick(words.count)]) : Author(name: words[pick(words.count)] + " " + words[pick(words.count)])
            }
            let truncated = pick(4) == 0, width = pick(40)
            #expect(PaperSummary.shortAuthors(authors, truncated: truncated, width: width) == Self.made(authors, truncated: truncated, width: width),
                    "\(authors.map(\.name)) \(truncated) \(width)")
        }
    }
}

/// A listing reads the record's papers where they lie: the same papers, numbers and lines as
/// listing copies of them, in any order, sorted, reversed or cut.
@Suite("Listed papers")
struct ListedPapersTests {
    @Test(arguments: 0..<12)
    func listingInPlaceIsListingCopies(_ seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &* 7_919 &+ 3)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let words = ["deep", "net", "Müller", "quant", "graph", "北京", "sparse", "a"]
        let papers = (0..<(1 + pick(300))).map { k in
            Paper(title: (0...pick(6)).map { _ in words[pick(words.count)] }.joined(separator: " ") + " \(k)",
                  authors: (0..<pick(5)).map { _ in Author(name: words[pick(words.count)].capitalized + " " + words[pick(words.count)]) },
                  date: pick(6) == 0 ? nil : PaperDate(year: 1990 + pick(40), month: 1 + pick(12), day: 1 + pick(28)),
                  category: pick(3) == 0 ? nil : words[pick(words.count)], hasCode: pick(2) == 0,
                  source: SourceLocation(file: "t", line: k + 1))
        }
        let library = Library(papers: papers)
        var order = Array(0..<library.paperCount).filter { _ in pick(3) != 0 }
        for k in order.indices.reversed() where k > 0 { order.swapAt(k, pick(k + 1)) }
        let copies = library.papers(at: order)
        var listed = ListedPapers(library, order)
        #expect(listed.papers.map(\.id) == copies.map(\.id))
        #expect(listed.numbers == order.map { $0 + 1 })
        let width = 40 + pick(120)
        let layout = PaperText.ListLayout(listed, totalPapers: library.paperCount, width: width)
        let copied = PaperText.ListLayout(papers: copies, totalPapers: library.paperCount, width: width)
        #expect((layout.titleWidth, layout.authorWidth) == (copied.titleWidth, copied.authorWidth))
        for k in 0..<listed.count {
            #expect(listed.paper(k) { PaperText.listLine($0.pointee, at: k, number: listed.numbers[k], layout: layout) }
                        == PaperText.listLine(copies[k], at: k, number: order[k] + 1, layout: copied))
        }
        // Sorted (the papers taken out then), reversed, cut: as the copies sorted the same way.
        let sort = PaperSort.allCases[pick(PaperSort.allCases.count)]
        let reversed = pick(2) == 0
        var expected = Array(copies.indices)
        expected = sort == .file ? expected.sorted { order[$0] < order[$1] } : sort.sortedIndices(copies)
        if reversed { expected.reverse() }
        listed.sort(sort, reversed: reversed)
        let n = pick(copies.count + 2)
        listed.keep(first: n)
        #expect(listed.papers.map(\.id) == expected.prefix(n).map { copies[$0].id })
        #expect(listed.numbers == expected.prefix(n).map { order[$0] + 1 })
    }
}
