import VitaCore

/// Plain-text renderings of papers for the command line, sized to a width in terminal cells.
/// Everything from the record passes through `VisibleText` first.
public enum PaperText {
    /// Column widths for a list, decided once for all its lines so the columns line up.
    public struct ListLayout {
        public var numberWidth: Int
        public var titleWidth: Int
        public var authorWidth: Int
        /// Each paper's fullest short author list and its width, as measured for the column:
        /// a line whose list fits takes it from here rather than making it again.
        let authors: [(text: String, width: Int)]

        /// The title takes what the fixed columns leave; authors get up to a third of the rest.
        public init(papers: [Paper], totalPapers: Int, width: Int) {
            numberWidth = String(totalPapers).count
            let fixed = numberWidth + 2 + 12 + 5 + 2
            let rest = max(0, width - fixed)
            authors = Parallel.map(papers.count, chunk: 1_024) { k -> (text: String, width: Int) in
                let text = VisibleText.singleLine(PaperSummary.shortAuthors(papers[k]))
                return (text, DisplayWidth.of(text))
            }
            let widest = authors.lazy.map(\.width).max() ?? 0
            authorWidth = min(widest, rest / 3)
            titleWidth = max(0, rest - authorWidth - (authorWidth > 0 ? 2 : 0))
        }
    }

    /// One line a paper: number, date, category, code mark, title, first authors. `at`: the
    /// paper's place among those the layout was made for.
    public static func listLine(_ paper: Paper, at k: Int, number: Int, layout: ListLayout) -> String {
        let num = String(number)
        var line = String(repeating: " ", count: max(0, layout.numberWidth - num.count)) + num + "  "
            + DisplayWidth.fit(PaperSummary.date(paper), to: 11) + " "
            + DisplayWidth.fit(VisibleText.singleLine(paper.category ?? "-"), to: 4) + " "
            + (paper.hasCode ? "C" : " ") + " "
            + DisplayWidth.fit(VisibleText.singleLine(paper.title), to: layout.titleWidth)
        if layout.authorWidth > 0 {
            // `shortAuthors(_:width:)` gives the fullest list when it fits, as it most often does.
            let fullest = layout.authors[k]
            line += "  " + (fullest.width <= layout.authorWidth ? fullest.text : PaperSummary.shortAuthors(paper, width: layout.authorWidth))
        }
        return trimRight(line)
    }

    public static let tsvHeader = ["number", "id", "date", "year_inferred", "category", "score", "code", "code_link",
                                   "title", "authors", "authors_truncated", "affiliation", "source"].joined(separator: "\t")

    public static func tsvLine(_ paper: Paper, number: Int) -> String {
        [String(number), paper.id, paper.date?.iso ?? "", paper.date.map { $0.yearInferred ? "1" : "0" } ?? "",
         paper.category ?? "", paper.score.map { String($0) } ?? "", paper.hasCode ? "1" : "0", paper.codeLink ?? "",
         paper.title, paper.authors.map(\.name).joined(separator: "; "), paper.authorsTruncated ? "1" : "0",
         paper.affiliation ?? "", paper.source.description]
            .map(Output.tsvCell).joined(separator: "\t")
    }

    /// The whole paper: title, fields, abstract wrapped to `width`.
    public static func detail(_ paper: Paper, library: Library, width: Int) -> String {
        var out: [String] = DisplayWidth.wrap(VisibleText.singleLine(paper.title), width: width)
        out.append("")
        func field(_ name: String, _ value: String) {
            let label = DisplayWidth.fit(name, to: 10)
            let lines = DisplayWidth.wrap(VisibleText.singleLine(value), width: max(10, width - 10))
            for (i, l) in lines.enumerated() { out.append((i == 0 ? label : String(repeating: " ", count: 10)) + l) }
        }
        for f in PaperSummary.fields(of: paper, library: library) { field(f.label, f.value) }
        if !paper.abstract.isEmpty {
            out.append("")
            out += DisplayWidth.wrap(VisibleText.make(paper.abstract).replacingTabs(), width: width)
        }
        return out.map(trimRight).joined(separator: "\n")
    }

    static func trimRight(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}

extension String {
    func replacingTabs() -> String { String(map { $0 == "\t" ? " " : $0 }) }
}
