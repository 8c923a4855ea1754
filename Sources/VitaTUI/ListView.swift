import VitaCore

/// The paper list: one row a paper (mark, date, category, code, title, first authors), whole
/// pages at a time, the selected row highlighted, matches of the search lit in the titles.
public enum ListView {
    static let markWidth = 2, categoryWidth = 5, codeWidth = 2, citationsWidth = 7

    /// The widths of a row's columns. A column no paper of the record would fill is left out (a
    /// DBLP record has no categories and no code, and its dates are years: its titles get the room).
    struct Columns {
        var date, category, code, title, cited, authors: Int

        init(_ present: Library.Present, width: Int) {
            // `2026-04-14` or `2026?-04-14`; a year or `undated` where no paper has a finer date.
            date = present.contains(.finerDate) ? 11 : 8
            category = present.contains(.category) ? ListView.categoryWidth : 0
            code = present.contains(.code) ? ListView.codeWidth : 0
            let rest = max(0, width - (ListView.markWidth + date + 1 + category + code) - 1)
            authors = rest >= 40 ? min(28, rest / 3) : 0
            // A column of citation counts when the record has them and the row has room.
            cited = present.contains(.citations) && rest >= 50 ? ListView.citationsWidth : 0
            title = rest - (authors > 0 ? authors + 2 : 0) - cited
        }

        /// Where the title starts, from the row's left edge.
        var titleX: Int { ListView.markWidth + date + 1 + category + code }
        /// The row's width, its last column included.
        var total: Int { titleX + title + cited + (authors > 0 ? authors + 2 : 0) }
    }

    /// The list in `rect`: its column titles on the first row, a paper a row below them.
    public static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        let (x, width, top) = (rect.x, rect.width, rect.y + 1)
        let columns = Columns(state.library.present, width: width)

        // Column titles.
        let heading = Style(.dim, bold: true)
        screen.fill(x: x, y: top - 1, count: width, style: .normal)
        screen.put("Date", x: x + markWidth, y: top - 1, style: heading, limit: columns.date)
        if columns.category > 0 { screen.put("Cat", x: x + markWidth + columns.date + 1, y: top - 1, style: heading) }
        let col = x + columns.titleX
        screen.put("Title", x: col, y: top - 1, style: heading, limit: columns.title)
        if columns.cited > 0 { screen.put("Cited", x: col + columns.title + columns.cited - 5, y: top - 1, style: heading) }
        if columns.authors > 0 { screen.put("Authors", x: col + columns.title + columns.cited + 2, y: top - 1, style: heading, limit: columns.authors) }

        if state.shown.isEmpty {
            let text = state.filter != nil ? "No paper matches \"\(VisibleText.singleLine(state.filterText))\". Esc clears the search." : "No papers."
            screen.put(text, x: x + 2, y: top + 1, style: Style(.dim), limit: width - 2)
            return
        }
        let query = state.highlightQuery
        let first = state.page * state.pageSize
        let rows = max(0, min(min(state.pageSize, rect.height - 1), state.shown.count - first))
        // The rows' papers asked for together: from a reopened record, their chunks are read on every core.
        let papers = rows > 0 ? state.library.papersShown(at: state.shown.papers(at: first..<(first + rows))) : []
        for row in 0..<rows {
            let position = first + row
            let y = top + row
            let paper = papers[row]
            drawRow(paper, state: state, query: query, into: &screen, x: x, y: y, columns: columns)
            if position == state.selected {
                // The keyboard is here unless it is in the detail beside it or in the facets panel.
                let focused = !state.detailOpen && !state.facets.focused
                screen.restyle(x: x, y: y, count: width) { style in
                    if style.role != .match { style.role = focused ? .selection : .status }
                    style.bold = true
                }
            }
        }
    }

    /// The position in `visible` of the paper drawn on row `y` of the list in `rect`.
    static func position(atY y: Int, state: AppState, in rect: Rect) -> Int? {
        let row = y - rect.y - 1
        guard row >= 0, row < min(state.pageSize, rect.height - 1) else { return nil }
        let position = state.page * state.pageSize + row
        return position < state.shown.count ? position : nil
    }

    /// Where the query matched a paper outside its title: `author: Chao Li`, `abstract: …a
    /// lightweight quantization scheme…`, with the matched words lit.
    static func matchContext(_ paper: Paper, query: Query) -> [Span]? {
        let terms = query.positiveTerms
        for (field, label) in [(SearchFields.authors, "author"), (.abstract, "abstract"), (.affiliation, "aff"), (.links, "link")] {
            let text = VisibleText.singleLine(Highlight.text(of: paper, field: field))
            let ranges = Highlight.ranges(in: text, field: field, terms: terms)
            guard let first = ranges.first else { continue }
            // A few words before the first match, then on from it.
            var start = first.lowerBound
            var words = 0
            while start > text.startIndex, words < 3 {
                start = text.index(before: start)
                if text[start] == " " { words += 1 }
            }
            if start != text.startIndex { start = text.index(after: start) }
            let piece = String(text[start...])
            let shifted = ranges.compactMap { r -> Range<String.Index>? in
                guard r.lowerBound >= start else { return nil }
                let lo = piece.index(piece.startIndex, offsetBy: text.distance(from: start, to: r.lowerBound))
                let hi = piece.index(lo, offsetBy: text.distance(from: r.lowerBound, to: r.upperBound))
                return lo..<hi
            }
            return [Span(label + ": " + (start == text.startIndex ? "" : "…"), Style(.dim))]
                + Spans.highlighted(piece, ranges: shifted, base: Style(.dim), match: Style(.match))
        }
        return nil
    }

    static func drawRow(_ paper: Paper, state: AppState, query: Query?, into screen: inout Screen, x: Int, y: Int, columns: Columns) {
        let titleWidth = columns.title
        screen.fill(x: x, y: y, count: columns.total, style: .normal)
        if state.marks.contains(paper.id) { screen.put("✓", x: x, y: y, style: Style(.mark, bold: true)) }
        var col = x + markWidth
        let inferred = paper.date?.yearInferred == true
        screen.put(PaperSummary.date(paper), x: col, y: y, style: Style(inferred ? .inferred : .dim), limit: columns.date)
        col += columns.date + 1
        if columns.category > 0, let c = paper.category {
            screen.put(VisibleText.singleLine(c), x: col, y: y, style: Style(.series(state.categoryColor(c))), limit: columns.category - 1)
        }
        col += columns.category
        if columns.code > 0, paper.hasCode { screen.put("C", x: col, y: y, style: Style(.code, bold: true)) }
        col += columns.code
        // Its math as text where it reads as text (`$\alpha$-stable` is `α-stable`).
        let shown = paper.shownTitle
        var title = [Span(VisibleText.singleLine(shown))]
        if let query {
            let ranges = Highlight.ranges(in: shown, field: .title, terms: query.positiveTerms)
            title = Spans.highlighted(shown, ranges: ranges, base: .normal, match: Style(.match))
            // A match elsewhere than the title is shown after it, as fzf's preview would: the
            // field, and the words around the first match, lit.
            // Not while the query is being typed: each keystroke's frame stays quick.
            if ranges.isEmpty, titleWidth >= 50, !state.isTypingSearch, let context = matchContext(paper, query: query) {
                title = Spans.truncate(title, to: max(12, titleWidth / 2 - 2)) + [Span(" ‹", Style(.dim))] + context
            }
        }
        if let tag = PaperSummary.retractionTag(of: paper) {
            title.insert(Span(tag, Style(.error, bold: true)), at: 0)
        } else if paper.retraction != nil, let (_, n) = Retraction.marker(in: shown) {
            // The title's own marker (`RETRACTED: `) in the same colour.
            title = Spans.restyled(title, first: n, Style(.error, bold: true), unless: Style(.match))
        }
        if let ts = state.tags[paper.id], !ts.isEmpty {
            let label = " " + ts.sorted().map { "#" + $0 }.joined(separator: " ")
            let room = max(8, titleWidth - min(DisplayWidth.of(label), titleWidth / 3))
            title = Spans.truncate(title, to: room) + [Span(label, Style(.mark))]
        }
        screen.put(Spans.truncate(title, to: titleWidth), x: col, y: y, limit: titleWidth)
        if columns.cited > 0, let c = paper.citations?.count {
            let text = c >= 1_000_000 ? "\(c / 1_000_000)M" : c >= 100_000 ? "\(c / 1000)k" : String(c)
            screen.put(text, x: col + titleWidth + columns.cited - text.count, y: y, style: Style(.normal))
        }
        if columns.authors > 0 {
            screen.put(PaperSummary.shortAuthors(paper, width: columns.authors), x: col + titleWidth + columns.cited + 2, y: y, style: Style(.dim), limit: columns.authors)
        }
    }
}
