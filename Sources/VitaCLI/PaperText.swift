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
            self.init(ListedPapers(papers, numbers: Array(papers.indices)), totalPapers: totalPapers, width: width)
        }

        /// For the papers listed, in their order (each read where it lies).
        init(_ listed: ListedPapers, totalPapers: Int, width: Int) {
            numberWidth = String(totalPapers).count
            let fixed = numberWidth + 2 + 12 + 5 + 2
            let rest = max(0, width - fixed)
            authors = Parallel.map(listed.count, chunk: 1_024) { k -> (text: String, width: Int) in
                let text = listed.paper(k) { VisibleText.singleLine(PaperSummary.shortAuthors($0.pointee.authors, truncated: $0.pointee.authorsTruncated)) }
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
        var bytes: [UInt8] = []
        withUnsafePointer(to: paper) { appendListLine($0, at: k, number: number, layout: layout, to: &bytes) }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `listLine`'s UTF-8, appended to `out` (no line end), with no trailing spaces: a listing of
    /// many papers writes its lines into one buffer, printable ASCII copied as bytes. The paper
    /// is read where it lies (a copy of it retained and released each of its strings and arrays).
    public static func appendListLine(_ p: UnsafePointer<Paper>, at k: Int, number: Int, layout: ListLayout, to out: inout [UInt8]) {
        let start = out.count
        let num = String(number)
        out.append(contentsOf: repeatElement(0x20, count: max(0, layout.numberWidth - num.utf8.count)))
        out.append(contentsOf: num.utf8)
        out.append(contentsOf: [0x20, 0x20])
        appendFitted(PaperSummary.date(p.pointee.date), width: 11, visible: false, to: &out)
        out.append(0x20)
        appendFitted(p.pointee.category ?? "-", width: 4, visible: true, to: &out)
        out.append(contentsOf: [0x20, p.pointee.hasCode ? UInt8(ascii: "C") : 0x20, 0x20])
        if p.pointee.retraction != nil, let tag = PaperSummary.retractionTag(of: p.pointee) {
            appendFitted(tag + p.pointee.shownTitle, width: layout.titleWidth, visible: true, to: &out)
        } else {
            appendFitted(p.pointee.shownTitle, width: layout.titleWidth, visible: true, to: &out)
        }
        if layout.authorWidth > 0 {
            // `shortAuthors(_:width:)` gives the fullest list when it fits, as it most often does.
            let fullest = layout.authors[k]
            out.append(contentsOf: [0x20, 0x20])
            out.append(contentsOf: (fullest.width <= layout.authorWidth ? fullest.text
                                    : PaperSummary.shortAuthors(p.pointee.authors, truncated: p.pointee.authorsTruncated, width: layout.authorWidth)).utf8)
        }
        while out.count > start, out[out.count - 1] == 0x20 { out.removeLast() }
    }

    /// `text` as `DisplayWidth.fit(_:to:)` fits it to `width` cells (through
    /// `VisibleText.singleLine` first when `visible`): printable ASCII, a cell a byte, as bytes.
    static func appendFitted(_ text: String, width: Int, visible: Bool, to out: inout [UInt8]) {
        let done = text.utf8.withContiguousStorageIfAvailable { b -> Bool in
            guard ByteScan.isPrintableASCII(b) else { return false }
            guard width > 0 else { return true }
            if b.count <= width {
                out.append(contentsOf: b)
                out.append(contentsOf: repeatElement(0x20, count: width - b.count))
            } else {
                out.append(contentsOf: UnsafeBufferPointer(rebasing: b[0..<(width - 1)]))
                out.append(contentsOf: [0xE2, 0x80, 0xA6])   // …
            }
            return true
        } ?? false
        if !done { out.append(contentsOf: DisplayWidth.fit(visible ? VisibleText.singleLine(text) : text, to: width).utf8) }
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
        var out: [String] = DisplayWidth.wrap(VisibleText.singleLine(paper.shownTitle), width: width)
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
