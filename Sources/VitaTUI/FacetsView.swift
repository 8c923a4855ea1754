import VitaCore

/// The facets panel (`f`): for the papers shown, the most common categories, years, venues,
/// coauthors and tags with their counts; a facet in the filter is ticked.
public enum FacetsView {
    /// The panel's rows below its title bar: group headings and facets (with their position in
    /// the panel's items).
    static func rows(_ state: AppState, width: Int) -> [(item: Int?, spans: [Span])] {
        guard let counts = state.facets.counts else { return [] }
        var out: [(Int?, [Span])] = []
        var item = 0
        for group in counts.groups {
            if !out.isEmpty { out.append((nil, [])) }
            let more = group.distinct > group.facets.count ? " · top \(group.facets.count) of \(NumberText.grouped(group.distinct))" : ""
            out.append((nil, [Span(group.kind.title + more, Style(.title, bold: true))]))
            for f in group.facets {
                let applied = FacetsPanel.isApplied(f, filter: state.filterText)
                let count = " " + NumberText.grouped(f.count)
                let nameWidth = max(4, width - 3 - DisplayWidth.of(count))
                var style = Style.normal
                if f.kind == .category { style = Style(.series(state.categoryColor(f.value))) }
                if f.kind == .tag { style = Style(.mark) }
                let name = DisplayWidth.fit(VisibleText.singleLine(f.kind == .tag ? "#" + f.value : f.value), to: nameWidth)
                out.append((item, [Span(applied ? " ✓ " : "   ", Style(.mark, bold: true)), Span(name, style), Span(count, Style(.dim))]))
                item += 1
            }
        }
        return out
    }

    /// The first row shown: the selected facet stays in view.
    static func firstRow(_ rows: [(item: Int?, spans: [Span])], selected: Int, height: Int) -> Int {
        guard let at = rows.firstIndex(where: { $0.item == selected }), rows.count > height else { return 0 }
        return max(0, min(rows.count - height, at - height / 2))
    }

    /// The facet drawn on row `y` of the panel in `rect`, for the mouse.
    static func item(atY y: Int, state: AppState, in rect: Rect) -> Int? {
        let all = rows(state, width: rect.width - 1)
        let first = firstRow(all, selected: state.facets.selected, height: rect.height - 1)
        let i = first + y - rect.y - 1
        return y > rect.y && all.indices.contains(i) ? all[i].item : nil
    }

    public static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        let focused = state.facets.focused
        for y in rect.rows {
            screen.fill(x: rect.x, y: y, count: rect.width, style: .normal)
            screen.put("│", x: rect.x - 1, y: y, style: Style(focused ? .key : .border))
        }
        let barStyle = focused ? Style(.selection, bold: true) : Style(.dim)
        screen.fill(x: rect.x, y: rect.y, count: rect.width, style: barStyle)
        let counting = state.facets.wanted != nil && state.facets.counts == nil
        let papers = state.facets.counts?.papers ?? (counting ? state.shown.count : 0)
        let hint = state.isTypingSearch ? " · counted again on Enter" : focused ? " · Space filters" : " · f to choose"
        let bar = (focused ? " ▶ " : " ") + "Facets · \(NumberText.grouped(papers)) \(papers == 1 ? "paper" : "papers")" + hint
        screen.putShortened(bar, x: rect.x, y: rect.y, style: barStyle, limit: rect.width)
        let all = rows(state, width: rect.width - 1)
        guard !all.isEmpty else {
            screen.put(counting ? "counting…" : "Nothing to count.", x: rect.x + 1, y: rect.y + 2, style: Style(.dim), limit: rect.width - 1)
            return
        }
        let height = rect.height - 1
        let first = firstRow(all, selected: state.facets.selected, height: height)
        for (row, line) in all.dropFirst(first).prefix(height).enumerated() {
            let y = rect.y + 1 + row
            screen.put(Spans.truncate(line.spans, to: rect.width - 1), x: rect.x + 1, y: y, limit: rect.width - 1)
            if let item = line.item, item == state.facets.selected {
                screen.restyle(x: rect.x, y: y, count: rect.width) { style in
                    style.role = focused ? .selection : .status
                    style.bold = true
                }
            }
        }
    }
}

/// The saved-searches menu (`'`): each name with its query and number, the chosen one lit.
public enum SavedSearchesView {
    public static func render(selected: Int, state: AppState, into screen: inout Screen) {
        let searches = state.savedSearches
        let nameWidth = min(24, searches.map { DisplayWidth.of($0.name) }.max() ?? 8)
        let content: [[Span]] = searches.enumerated().map { i, s in
            let style = i == selected ? Style(.selection, bold: true) : Style.normal
            let number = i < 9 ? "\(i + 1) " : "  "
            return [Span(number, Style(.key, bold: true)), Span(DisplayWidth.fit(VisibleText.singleLine(s.name), to: nameWidth) + "  ", style),
                    Span(VisibleText.singleLine(s.query), i == selected ? style : Style(.dim))]
        }
        HelpView.box(title: " Saved searches (Enter filters, d deletes) ", content: content, columns: 1,
                     scroll: max(0, selected - (state.layout.height - 6)), layout: state.layout, into: &screen)
    }
}
