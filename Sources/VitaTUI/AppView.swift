import FoundationEssentials
import VitaCore

/// Draws the whole explorer for a state: header, list and/or detail, status bar, the bottom line
/// (prompt, message or hints), and the help overlay. Pure: the state is only read.
public enum AppView {
    public static func render(_ state: AppState, files: [String]) -> Screen {
        let layout = state.layout
        var screen = Screen(width: layout.width, height: layout.height)
        if layout.tooSmall {
            tooSmall(layout, into: &screen)
            return screen
        }
        header(state, files: files, into: &screen)
        // The one place that decides where each view draws.
        let regions = state.regions
        switch state.view {
        case .years:
            YearsView.render(state, in: regions.chart, into: &screen)
        case .coauthors:
            CoauthorsView.render(state, in: regions.chart, into: &screen)
        case .papers:
            if let r = regions.list { ListView.render(state, in: r, into: &screen) }
            if let r = regions.detail { DetailView.render(state, in: r, into: &screen) }
            if let r = regions.facets { FacetsView.render(state, in: r, into: &screen) }
        }
        statusBar(state, into: &screen)
        bottomLine(state, into: &screen)
        switch state.overlay {
        case .help(let scroll): HelpView.render(scroll: scroll, layout: layout, table: state.bindings, into: &screen)
        case .log(let scroll): LogView.render(scroll: scroll, state: state, into: &screen)
        case .links(let selected): LinksView.render(selected: selected, state: state, into: &screen)
        case .searches(let selected): SavedSearchesView.render(selected: selected, state: state, into: &screen)
        case .person(let editor, let selected): PeopleView.render(typed: editor.text, selected: selected, state: state, into: &screen)
        default: break
        }
        return screen
    }

    /// What the reducer needs to know of how the state is drawn: how far each scrolling part goes.
    public static func measure(_ state: AppState) -> Measures {
        var m = Measures()
        if let r = state.regions.detail, state.view == .papers { m.detailMaxScroll = DetailView.maxScroll(state, in: r) }
        switch state.overlay {
        case .help: m.helpMaxScroll = HelpView.maxScroll(state.layout, table: state.bindings)
        case .log: m.logMaxScroll = LogView.maxScroll(state)
        default: break
        }
        return m
    }

    /// What is drawn at a cell, for the mouse: the views laid out as `render` lays them out.
    public static func target(atX x: Int, y: Int, state: AppState) -> PointerTarget? {
        guard state.overlay == nil, !state.layout.tooSmall else { return nil }
        let regions = state.regions
        switch state.view {
        case .years:
            return YearsView.year(atX: x, y: y, state: state, in: regions.chart).map(PointerTarget.year)
        case .coauthors:
            return CoauthorsView.person(atX: x, y: y, state: state, in: regions.chart).map(PointerTarget.person)
        case .papers:
            if let r = regions.facets, r.contains(x: x, y: y) { return FacetsView.item(atY: y, state: state, in: r).map(PointerTarget.facet) ?? .facets }
            if let r = regions.detail, r.contains(x: x, y: y) { return .detail }
            if let r = regions.list, r.contains(x: x, y: y) { return ListView.position(atY: y, state: state, in: r).map(PointerTarget.listRow) }
            return nil
        }
    }

    /// A search as the screen names it: in quotes, unless it has quotes of its own (a phrase,
    /// `author:"chao li"`): then as typed, not in a second pair.
    static func quoted(_ query: String) -> String {
        query.contains("\"") ? query : "\"\(query)\""
    }

    /// A chart's title line, saying which search its papers follow.
    static func chartTitle(_ text: String, state: AppState, x: Int, y: Int, width: Int, into screen: inout Screen) {
        var title = text
        if state.filter != nil { title += " · matching " + quoted(VisibleText.singleLine(state.filterText)) }
        screen.putShortened(title, x: x, y: y, style: Style(.title, bold: true), limit: width)
    }

    /// A chart being made on another thread (`ChartsState.waiting`): its title, and what it is
    /// made of.
    static func chartWaiting(_ title: String, state: AppState, in rect: Rect, into screen: inout Screen) {
        guard state.charts.waiting else { return }
        chartTitle(title, state: state, x: rect.x + 1, y: rect.y, width: rect.width - 2, into: &screen)
        let text = state.charts.centredWanted.map { "finding \(VisibleText.singleLine($0.centre.name))'s coauthors among the \(grouped(state.shown.count)) papers shown…" }
            ?? "counting the \(grouped(state.shown.count)) papers shown…"
        screen.putShortened(text, x: rect.x + 1, y: rect.y + 2, style: Style(.dim), limit: rect.width - 2)
    }

    static func tooSmall(_ layout: Layout, into screen: inout Screen) {
        let lines = ["Terminal too small", "\(layout.width)x\(layout.height), need \(Layout.minWidth)x\(Layout.minHeight)",
                     "enlarge it, or q to quit"]
        let top = max(0, (layout.height - lines.count) / 2)
        for (i, l) in lines.enumerated() {
            let w = DisplayWidth.of(l)
            screen.put(l, x: max(0, (layout.width - w) / 2), y: top + i, style: Style(i == 0 ? .error : .normal, bold: i == 0))
        }
    }

    static func header(_ state: AppState, files: [String], into screen: inout Screen) {
        let style = Style(.header, bold: true)
        screen.fill(y: 0, style: style)
        var parts: [String] = []
        let loaded = state.library.paperCount
        let papers = "\(grouped(loaded)) \(loaded == 1 ? "paper" : "papers")"
        // The metrics of the papers shown, computed from their citation counts.
        let computed = state.metrics.flatMap { m -> String? in
            guard m.hasCitations else { return nil }
            let shown = state.filter != nil ? "\(grouped(state.shown.count)) shown: " : ""
            return "\(shown)\(grouped(m.citations)) citations · h \(grouped(m.hIndex)) · i10 \(grouped(m.i10Index))"
        }
        if let p = state.library.profile {
            parts.append(p.name)
            if let f = p.field { parts.append(f) }
            // What loaded, and beside it what the profile claims when that differs.
            let claimed = p.listedPaperCount ?? p.paperCount
            let loadedPart = papers + (claimed.map { $0 == loaded ? "" : " loaded (\(p.statedBy ?? "profile"): \(grouped($0)))" } ?? "")
            let stated = [p.hIndex.map { "h-index \($0)" }, p.i10Index.map { "i10 \($0)" }, p.citationCount.map { "\(grouped($0)) citations" }].compactMap { $0 }
            if let computed {
                // Counted here first; what the profile states after, said to be its word: two
                // citation figures side by side unnamed read as one a typo away from the other.
                parts.append(loadedPart)
                parts.append(computed)
                if !stated.isEmpty { parts.append("\(p.statedBy ?? "profile") says " + stated.joined(separator: ", ")) }
            } else {
                if let h = p.hIndex { parts.append("h-index \(h)") }
                parts.append(loadedPart)
                if let c = p.citationCount { parts.append("\(grouped(c)) citations") }
            }
        } else {
            // A record of many opened for one of them (`--owner` on a DBLP dump, a .bib, a
            // list of works): whose record it is, as a profile would say.
            if let owner = state.library.ownerName { parts.append(owner) }
            parts.append(papers)
            if let computed { parts.append(computed) }
        }
        var left = " " + VisibleText.singleLine(parts.joined(separator: " · "))
        // Where the person is now, the first place the source states (`vita stats` gives them
        // all), after the name where the whole line has room for it: the figures come first.
        if let place = state.library.profile?.affiliations.first {
            parts.insert(place, at: 1)
            let placed = " " + VisibleText.singleLine(parts.joined(separator: " · "))
            if DisplayWidth.of(placed) <= screen.width { left = placed }
        }
        let shown = files.map { $0 == "-" ? "stdin" : $0 }
        let right = VisibleText.singleLine(shown.count > 2 ? "\(shown[0]) +\(shown.count - 1) more" : shown.joined(separator: ", ")) + " "
        let end = screen.put(DisplayWidth.truncate(left, to: screen.width), x: 0, y: 0, style: style)
        let rightWidth = DisplayWidth.of(right)
        if end + 2 + rightWidth <= screen.width {
            screen.put(right, x: screen.width - rightWidth, y: 0, style: Style(.header))
        }
    }

    static func grouped(_ n: Int) -> String { NumberText.grouped(n) }

    static func statusBar(_ state: AppState, into screen: inout Screen) {
        let y = state.layout.statusRow
        let style = Style(.status)
        screen.fill(y: y, style: style)
        // Completion candidates and other messages show here while a prompt holds the bottom line,
        // and so does what is wrong with the query being typed, in full.
        if case .export = state.overlay, let m = state.message {
            screen.put(DisplayWidth.truncate(" " + VisibleText.singleLine(m.text), to: screen.width), x: 0, y: y, style: Style(m.isError ? .error : .status))
            return
        }
        if case .search = state.overlay, let problem = state.queryProblem {
            screen.put(DisplayWidth.truncate(" ⚠ " + VisibleText.singleLine(problem), to: screen.width), x: 0, y: y, style: Style(.error, bold: true))
            return
        }
        var parts: [String] = []
        let total = state.shown.count
        switch state.view {
        case .years:
            parts.append(YearsView.summary(state) ?? (state.charts.waiting ? "counting…" : "no dated papers"))
        case .coauthors:
            if !state.centrePath.isEmpty {
                let path = state.charts.walked.map { VisibleText.singleLine($0.name) }
                parts.append("path: " + (path.count > 4 ? ["…"] + path.suffix(3) : path).joined(separator: " › "))
            }
            parts.append(CoauthorsView.summary(state) ?? (state.charts.waiting ? "counting…" : "no coauthors"))
        case .papers:
            parts.append(total == 0 ? "0/0" : "\(grouped(state.selected + 1))/\(grouped(total))")
            parts.append("page \(grouped(state.page + 1))/\(grouped(state.pageCount))")
        }
        let hint = "? help "
        let room = screen.width - DisplayWidth.of(hint) - 2
        // An active filter always shows: its text is shortened first, then the line.
        if state.filter != nil {
            let query = DisplayWidth.truncate(VisibleText.singleLine(state.filterText), to: max(8, room / 3))
            parts.insert("\(grouped(total)) of \(grouped(state.library.paperCount)) match \(Self.quoted(query))", at: min(parts.count, 2))
        }
        if state.waitingForIndex { parts.insert("indexing for search…", at: 0) }
        if let sort = state.sortWanted { parts.insert("sorting by \(sort.rawValue)…", at: 0) }
        if !state.marks.isEmpty { parts.append("✓ \(grouped(state.marks.count)) marked") }
        if !state.log.isEmpty { parts.append("! \(grouped(state.log.count)) \(state.log.count == 1 ? "message" : "messages")") }
        if state.view == .papers { parts.append("sort: \(state.sort.rawValue)\(state.reversed ? " ↑" : "")") }
        let text = DisplayWidth.truncate(" " + parts.joined(separator: "  "), to: room)
        screen.put(text, x: 0, y: y, style: style)
        screen.put(hint, x: screen.width - DisplayWidth.of(hint), y: y, style: Style(.status, bold: true))
    }

    static func bottomLine(_ state: AppState, into screen: inout Screen) {
        let y = state.layout.bottomRow
        screen.fill(y: y, style: .normal)
        switch state.overlay {
        case .search(let editor):
            // The problem itself is on the status line above, in full.
            prompt("/", editor: editor, problem: state.queryProblem == nil ? nil : "see above", y: y, into: &screen)
            return
        case .export(let editor, let ids):
            let label = "Export \(grouped(ids.count)) \(ids.count == 1 ? "paper" : "papers") to: "
            prompt(label, editor: editor, problem: nil, y: y, into: &screen)
            return
        case .person(let editor, _):
            prompt("@ person (name, ORCID or DBLP pid): ", editor: editor, problem: nil, y: y, into: &screen)
            return
        case .saveSearch(let editor):
            prompt("Save \"" + DisplayWidth.truncate(VisibleText.singleLine(state.filterText), to: max(8, screen.width / 3)) + "\" as (Enter alone: that name): ", editor: editor, problem: nil, y: y, into: &screen)
            return
        case .tag(let editor, let ids):
            prompt("Tag \(grouped(ids.count)) \(ids.count == 1 ? "paper" : "papers") (a tag they all have is taken off): #", editor: editor, problem: nil, y: y, into: &screen)
            return
        case .confirmOverwrite(let path, _):
            let text = "\(VisibleText.singleLine(path)) exists: [o]verwrite, [a]ppend new keys, [c]ancel? "
            screen.put(text, x: 0, y: y, style: Style(.prompt, bold: true))
            return
        default:
            break
        }
        if let m = state.message {
            screen.put(Spans.truncate([Span(VisibleText.singleLine(m.text), Style(m.isError ? .error : .message, bold: m.isError))], to: screen.width), x: 0, y: y)
            return
        }
        // The hints of where the keyboard is, from the bindings table.
        let hints = Bindings.hints(in: state.context, table: state.bindings)
        // What fits, in table order, with room kept for the way to help.
        func width(_ h: (keys: String, label: String)) -> Int { DisplayWidth.of(h.keys) + 1 + DisplayWidth.of(h.label) + 2 }
        let help = hints.first { $0.label == "help" }
        var budget = screen.width - (help.map(width) ?? 0)
        var shown: [(keys: String, label: String)] = []
        for h in hints where h.label != "help" {
            if width(h) > budget { break }
            budget -= width(h)
            shown.append(h)
        }
        if let help { shown.append(help) }
        var x = 0
        for (key, what) in shown {
            x = screen.put(key, x: x, y: y, style: Style(.key, bold: true))
            x = screen.put(" " + what + "  ", x: x, y: y, style: Style(.dim))
        }
    }

    static func prompt(_ label: String, editor: LineEditor, problem: String?, y: Int, into screen: inout Screen) {
        var x = screen.put(label, x: 0, y: y, style: Style(.prompt, bold: true))
        // Keep the cursor in view: show the end of a long line.
        let chars = Array(editor.text)
        let room = max(1, screen.width - x - 1 - (problem == nil ? 0 : min(40, screen.width / 3)))
        var start = 0
        while DisplayWidth.of(String(chars[start..<editor.cursor])) >= room { start += 1 }
        let visible = VisibleText.singleLine(String(chars[start...]))
        let before = DisplayWidth.of(VisibleText.singleLine(String(chars[start..<editor.cursor])))
        let cursorX = x + before
        x = screen.put(visible, x: x, y: y, style: .normal, limit: room)
        screen.cursor = (cursorX, y)
        if let problem {
            let text = " ⚠ " + problem
            let w = min(DisplayWidth.of(text), screen.width - x - 1)
            if w > 4 { screen.put(text, x: screen.width - w, y: y, style: Style(.error), limit: w) }
        }
    }
}
