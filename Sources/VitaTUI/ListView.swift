import VitaCore

/// The paper list: one row a paper (mark, date, category, code, title, first authors), whole
/// pages at a time, the selected row highlighted, matches of the search lit in the titles.
public enum ListView {
    static let markWidth = 2, dateWidth = 11, categoryWidth = 5, codeWidth = 2

    public static func render(_ state: AppState, into screen: inout Screen, x: Int, width: Int) {
        let layout = state.layout
        let fixed = markWidth + dateWidth + 1 + categoryWidth + codeWidth
        let rest = max(0, width - fixed - 1)
        let authorWidth = rest >= 40 ? min(28, rest / 3) : 0
        let titleWidth = rest - (authorWidth > 0 ? authorWidth + 2 : 0)

        // Column titles.
        let heading = Style(.dim, bold: true)
        screen.fill(x: x, y: layout.listTop - 1, count: width, style: .normal)
        screen.put("Date", x: x + markWidth, y: layout.listTop - 1, style: heading, limit: dateWidth)
        var col = x + markWidth + dateWidth + 1
        screen.put("Cat", x: col, y: layout.listTop - 1, style: heading)
        col += categoryWidth + codeWidth
        screen.put("Title", x: col, y: layout.listTop - 1, style: heading, limit: titleWidth)
        if authorWidth > 0 { screen.put("Authors", x: col + titleWidth + 2, y: layout.listTop - 1, style: heading, limit: authorWidth) }

        if state.visible.isEmpty {
            let text = state.filter != nil ? "No paper matches \"\(VisibleText.singleLine(state.filterText))\". Esc clears the search." : "No papers."
            screen.put(text, x: x + 2, y: layout.listTop + 1, style: Style(.dim), limit: width - 2)
            return
        }
        let query = state.highlightQuery
        let first = state.page * state.pageSize
        for row in 0..<state.pageSize {
            let position = first + row
            guard position < state.visible.count else { break }
            let y = layout.listTop + row
            let paper = state.library.papers[state.visible[position]]
            drawRow(paper, state: state, query: query, into: &screen, x: x, y: y, titleWidth: titleWidth, authorWidth: authorWidth)
            if position == state.selected {
                let focused = !state.detailOpen || !layout.split
                screen.restyle(x: x, y: y, count: width) { style in
                    if style.role != .match { style.role = focused ? .selection : .status }
                    style.bold = true
                }
            }
        }
    }

    static func drawRow(_ paper: Paper, state: AppState, query: Query?, into screen: inout Screen, x: Int, y: Int, titleWidth: Int, authorWidth: Int) {
        screen.fill(x: x, y: y, count: markWidth + dateWidth + 1 + categoryWidth + codeWidth + titleWidth + (authorWidth > 0 ? authorWidth + 2 : 0), style: .normal)
        if state.marks.contains(paper.id) { screen.put("✓", x: x, y: y, style: Style(.mark, bold: true)) }
        var col = x + markWidth
        let inferred = paper.date?.yearInferred == true
        screen.put(PaperSummary.date(paper), x: col, y: y, style: Style(inferred ? .inferred : .dim), limit: dateWidth)
        col += dateWidth + 1
        if let c = paper.category {
            screen.put(VisibleText.singleLine(c), x: col, y: y, style: Style(.series(state.categoryColor(c))), limit: categoryWidth - 1)
        }
        col += categoryWidth
        if paper.hasCode { screen.put("C", x: col, y: y, style: Style(.code, bold: true)) }
        col += codeWidth
        var title = [Span(VisibleText.singleLine(paper.title))]
        if let query {
            let ranges = Highlight.ranges(in: paper.title, field: .title, terms: query.positiveTerms)
            title = Spans.highlighted(paper.title, ranges: ranges, base: .normal, match: Style(.match))
        }
        screen.put(Spans.truncate(title, to: titleWidth), x: col, y: y, limit: titleWidth)
        if authorWidth > 0 {
            screen.put(PaperSummary.shortAuthors(paper, width: authorWidth), x: col + titleWidth + 2, y: y, style: Style(.dim), limit: authorWidth)
        }
    }
}
