import VitaCore

/// The detail pane: the whole paper, wrapped to the pane's width, matches of the search lit,
/// the profile owner picked out among the authors. Scrolls.
public enum DetailView {
    static let labelWidth = 10

    /// The pane's lines for `paper` at `width` cells, before scrolling.
    public static func lines(for paper: Paper, state: AppState, width: Int) -> [[Span]] {
        let width = max(10, width)
        let ranges = state.highlightQuery.map { Highlight.ranges(in: paper, for: $0) } ?? [:]
        let match = Style(.match)
        var out: [[Span]] = []

        var status = "Paper \(NumberText.grouped(state.selected + 1)) of \(NumberText.grouped(state.shown.count))"
        if state.filter != nil { status += " matching" }
        var head = [Span(status, Style(.dim))]
        if state.marks.contains(paper.id) { head.append(Span("  ✓ marked", Style(.mark, bold: true))) }
        if let ts = state.tags[paper.id], !ts.isEmpty { head.append(Span("  " + ts.sorted().map { "#" + $0 }.joined(separator: " "), Style(.mark))) }
        out.append(head)
        out.append([])
        let titleText = Highlight.text(of: paper, field: .title)
        out += Spans.wrap(Spans.highlighted(titleText, ranges: ranges[.title] ?? [], base: Style(.title, bold: true), match: match), width: width)
        out.append([])

        let valueWidth = max(10, width - labelWidth)
        for field in PaperSummary.fields(of: paper, library: state.library) {
            var value: [Span]
            switch field.kind {
            case .authors:
                value = authorSpans(paper, ranges: ranges[.authors] ?? [])
            case .owner:
                value = [Span(VisibleText.singleLine(field.value), Style(.graphOwner, bold: true))]
            case .warning:
                value = [Span(VisibleText.singleLine(field.value), Style(.error, bold: true))]
            case .link:
                let r = field.label == "code" ? [] : linkRanges(field.value, in: paper, ranges: ranges[.links] ?? [])
                value = Spans.highlighted(field.value, ranges: r, base: Style(.key, underline: true), match: match)
            case .plain:
                let fieldKey: SearchFields? = field.label == "category" ? .category : field.label == "affil." ? .affiliation : nil
                var lit = fieldKey.flatMap { ranges[$0] } ?? []
                if let query = state.highlightQuery {
                    // The keywords are searched with the category, shown on a line of their own.
                    if field.label == "keywords" { lit = Highlight.ranges(in: field.value, field: .category, terms: query.positiveTerms) }
                    // The venue is searched with the affiliations (`venue:`, and bare words); a
                    // book's publisher shown as its venue is lit by `publisher:` there.
                    if field.label == "venue" {
                        lit = Highlight.ranges(in: field.value, field: .affiliation, terms: query.positiveTerms)
                        if paper.details[.publisher] == paper.venue {
                            lit = Highlight.merged(lit, Highlight.ranges(in: field.value, shownAs: "publisher", terms: query.positiveTerms))
                        }
                    }
                    // A field query (`publisher:springer`, `journal:…`) lights the value it matched.
                    lit = Highlight.merged(lit, Highlight.ranges(in: field.value, shownAs: field.label, terms: query.positiveTerms))
                }
                value = Spans.highlighted(field.value, ranges: lit, base: .normal, match: match)
                if field.label == "date", paper.date?.yearInferred == true { value = value.map { Span($0.text, Style(.inferred)) } }
            }
            out += Spans.wrap(value, width: labelWidth + valueWidth, after: Span(DisplayWidth.fit(field.label, to: labelWidth), Style(.dim, bold: true)))
        }
        if let note = state.notes[paper.id] {
            out.append([])
            out.append([Span("Note", Style(.title, bold: true))])
            for line in note.split(separator: "\n", omittingEmptySubsequences: false) {
                out += Spans.wrap([Span(VisibleText.singleLine(String(line)), Style(.mark))], width: width)
            }
        }
        if !paper.abstract.isEmpty {
            out.append([])
            let abstract = Highlight.text(of: paper, field: .abstract)
            let visible = abstractSpans(abstract, ranges: ranges[.abstract] ?? [])
            out += Spans.wrap(visible, width: width)
        }
        return out
    }

    /// Authors joined by `, `, the owner bold, matches lit, `et al.` when the list was cut.
    static func authorSpans(_ paper: Paper, ranges: [Range<String.Index>]) -> [Span] {
        let text = Highlight.text(of: paper, field: .authors)
        var spans = Spans.highlighted(text, ranges: ranges, base: .normal, match: Style(.match))
        if case .listed(let position) = paper.owner {
            // Restyle the owner's name (by its character offsets in the joined text).
            let start = paper.authors[..<position].reduce(0) { $0 + $1.name.count + 2 }
            let end = start + paper.authors[position].name.count
            spans = restyle(spans, range: start..<end) { s in if s.role != .match { s.role = .graphOwner }; s.bold = true }
        }
        if paper.authorsTruncated { spans.append(Span(" et al.", Style(.dim))) }
        if paper.authors.isEmpty { spans = [Span("(none listed)", Style(.dim))] }
        return spans
    }

    /// The abstract keeps its paragraphs; tabs and control characters are made visible.
    static func abstractSpans(_ text: String, ranges: [Range<String.Index>]) -> [Span] {
        var out: [Span] = []
        var at = text.startIndex
        func plain(_ s: Substring) -> String { VisibleText.make(s).replacingAll("\t", with: " ") }
        for r in ranges where r.lowerBound >= at {
            if at < r.lowerBound { out.append(Span(plain(text[at..<r.lowerBound]))) }
            out.append(Span(plain(text[r]), Style(.match)))
            at = r.upperBound
        }
        if at < text.endIndex { out.append(Span(plain(text[at...]))) }
        return out
    }

    static func linkRanges(_ link: String, in paper: Paper, ranges: [Range<String.Index>]) -> [Range<String.Index>] {
        // Link ranges refer to the links joined by spaces; map those inside this link.
        let joined = Highlight.text(of: paper, field: .links)
        guard let whole = joined.firstRange(of: link) else { return [] }
        let base = joined.distance(from: joined.startIndex, to: whole.lowerBound)
        return ranges.compactMap { r in
            let lo = joined.distance(from: joined.startIndex, to: r.lowerBound) - base
            let hi = joined.distance(from: joined.startIndex, to: r.upperBound) - base
            guard lo >= 0, hi <= link.count else { return nil }
            return link.index(link.startIndex, offsetBy: lo)..<link.index(link.startIndex, offsetBy: hi)
        }
    }

    static func restyle(_ spans: [Span], range: Range<Int>, _ change: (inout Style) -> Void) -> [Span] {
        var out: [Span] = []
        var offset = 0
        for s in spans {
            var piece = ""
            var pieceStyle: Style?
            for ch in s.text {
                var st = s.style
                if range.contains(offset) { change(&st) }
                if pieceStyle != st, let ps = pieceStyle { out.append(Span(piece, ps)); piece = "" }
                pieceStyle = st
                piece.append(ch)
                offset += 1
            }
            if let ps = pieceStyle, !piece.isEmpty { out.append(Span(piece, ps)) }
        }
        return out
    }

    /// Side by side with the list (not at the screen's left edge), the pane has a title bar.
    static func textArea(_ rect: Rect) -> (top: Int, rows: Int) {
        rect.x > 0 ? (rect.y + 1, rect.height - 1) : (rect.y, rect.height)
    }

    /// How far the pane in `rect` scrolls for the selected paper: its lines less the rows shown.
    static func maxScroll(_ state: AppState, in rect: Rect) -> Int {
        guard let paper = state.selectedPaper else { return 0 }
        let n = lines(for: paper, state: state, width: rect.width - 2).count
        let rows = textArea(rect).rows
        return max(0, n - (n > rows ? rows - 1 : rows))
    }

    public static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        let x = rect.x
        for y in rect.rows { screen.fill(x: x, y: y, count: rect.width, style: .normal) }
        let (top, rows) = textArea(rect)
        if x > 0 {
            // Side by side, the pane with the keyboard is plain to see: a bright separator and a
            // title bar that says so; the other pane's title bar is dim.
            let focused = state.detailOpen
            for y in rect.rows { screen.put("│", x: x - 1, y: y, style: Style(focused ? .key : .border)) }
            let bar = focused ? " ▶ Detail · j/k scroll · Esc back to the list" : " Detail · Enter to read here"
            screen.fill(x: x, y: rect.y, count: rect.width, style: focused ? Style(.selection, bold: true) : Style(.dim))
            screen.put(bar, x: x, y: rect.y, style: focused ? Style(.selection, bold: true) : Style(.dim), limit: rect.width)
        }
        guard let paper = state.selectedPaper else {
            screen.put("No paper selected.", x: x + 1, y: top + 1, style: Style(.dim))
            return
        }
        let lines = lines(for: paper, state: state, width: rect.width - 2)
        // The state's scroll is clamped by the last measure; a frame drawn before it is clamped here.
        let overflow = lines.count > rows
        let textRows = overflow ? rows - 1 : rows
        let scroll = min(state.detailScroll, max(0, lines.count - textRows))
        // When the paper runs past the pane, its last row says how much more there is: on a row
        // of its own, so it never covers text.
        for row in 0..<textRows {
            let i = scroll + row
            guard i < lines.count else { break }
            screen.put(lines[i], x: x + 1, y: top + row, limit: rect.width - 2)
        }
        if overflow {
            let more = lines.count - scroll - textRows
            let hint = more > 0 ? "↓ \(more) more" : "end"
            screen.put(hint, x: x + rect.width - 1 - DisplayWidth.of(hint), y: top + rows - 1, style: Style(.dim))
        }
    }
}
