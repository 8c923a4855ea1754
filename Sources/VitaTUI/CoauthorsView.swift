import VitaCore

/// A label placed on the graph: which node, where, what text.
public struct PlacedLabel: Equatable, Sendable {
    public var node: Int
    public var x: Int
    public var y: Int
    public var text: String
    public var width: Int { DisplayWidth.of(text) }
}

/// View 3: the coauthor graph, owner in the centre, edges in Braille dots, labels that never
/// overlap; beside it (or below) the ranked list of coauthors with the selected person's papers.
public enum CoauthorsView {
    /// Where each node's marker goes, in cells of a `columns` x `rows` area.
    static func cells(_ positions: [GraphLayout.Point], columns: Int, rows: Int) -> [(x: Int, y: Int)] {
        positions.map { p in
            (min(columns - 1, max(0, Int((p.x * Double(columns - 1)).rounded()))),
             min(rows - 1, max(0, Int((p.y * Double(rows - 1)).rounded()))))
        }
    }

    /// Places labels most important first (owner, the selected person, then by papers shared): to
    /// the right of the marker, else the left, else above or below; a label that cannot be placed
    /// whole is tried as the family name, and dropped rather than drawn over another.
    public static func placeLabels(graph: CoauthorGraph, markers: [(x: Int, y: Int)], columns: Int, rows: Int, selected: Int) -> [PlacedLabel] {
        var isMarker = Array(repeating: false, count: columns * rows)
        var isLabel = Array(repeating: false, count: columns * rows)
        for m in markers { isMarker[m.y * columns + m.x] = true }
        var order = Array(graph.nodes.indices)
        order.sort { a, b in
            func rank(_ i: Int) -> Int { i == 0 ? 0 : i == selected ? 1 : 2 }
            return (rank(a), -graph.nodes[a].shared, a) < (rank(b), -graph.nodes[b].shared, b)
        }
        var placed: [PlacedLabel] = []
        for i in order {
            let m = markers[i]
            let full = VisibleText.singleLine(graph.nodes[i].shownName)
            let short = full.split(separator: " ").last.map(String.init) ?? full
            search: for text in (short == full ? [full] : [full, short]) {
                let w = DisplayWidth.of(text)
                var candidates = [(m.x + 2, m.y), (m.x - 1 - w, m.y), (m.x - w / 2, m.y - 1), (m.x - w / 2, m.y + 1)]
                // The owner and the selected person look further afield before giving up.
                if i == 0 || i == selected {
                    for dy in [-2, 2, -3, 3, -4, 4] { candidates += [(m.x - w / 2, m.y + dy), (m.x + 2, m.y + dy), (m.x - 1 - w, m.y + dy)] }
                }
                for (x, y) in candidates {
                    guard x >= 0, y >= 0, y < rows, x + w <= columns else { continue }
                    let row = y * columns
                    if (x..<(x + w)).contains(where: { isMarker[row + $0] || isLabel[row + $0] }) { continue }
                    // A blank cell between two labels keeps them apart.
                    if (x > 0 && isLabel[row + x - 1]) || (x + w < columns && isLabel[row + x + w]) { continue }
                    for c in x..<(x + w) { isLabel[row + c] = true }
                    placed.append(PlacedLabel(node: i, x: x, y: y, text: text))
                    break search
                }
            }
        }
        return placed
    }

    /// Where the graph and the ranked list stand: beside each other from 100 columns, else the
    /// list under the graph.
    struct Geometry {
        let sideBySide: Bool, listWidth: Int, graphWidth: Int, listRows: Int, graphRows: Int

        /// Where the ranked list's text starts.
        let listX: Int, listY: Int

        init(_ rect: Rect) {
            let rows = rect.height
            sideBySide = rect.width >= 100
            listWidth = sideBySide ? min(52, rect.width / 3) : rect.width
            graphWidth = sideBySide ? rect.width - listWidth - 1 : rect.width
            listRows = sideBySide ? rows : max(5, rows * 2 / 5)
            graphRows = sideBySide ? rows - 2 : rows - listRows - 2
            listX = rect.x + (sideBySide ? graphWidth + 1 : 0) + 1
            listY = sideBySide ? rect.y : rect.y + graphRows + 2
        }
    }

    /// The people of the ranked list (the owner heads the graph, not the list; without an owner
    /// everyone is listed), and those in view: `rows` of them around the selected person.
    static func listWindow(_ g: CoauthorGraph, selected: Int, rows: Int) -> (people: [Int], first: Int, count: Int) {
        let hasOwner = g.nodes.first?.isOwner == true
        let people = hasOwner ? Array(g.nodes.indices.dropFirst()) : Array(g.nodes.indices)
        let count = max(1, min(people.count, (rows - 1) / 2 + 1))
        // Keep the selected person in view.
        let first = max(0, min(people.count - count, (people.firstIndex(of: selected) ?? 0) - count / 2))
        return (people, first, count)
    }

    /// The person under a cell, for the mouse: a row of the ranked list, or the marker nearest a
    /// cell of the graph (within three cells).
    static func person(atX x: Int, y: Int, state: AppState, in rect: Rect) -> Int? {
        guard let data = state.coauthorChart else { return nil }
        let geometry = Geometry(rect)
        let listRect = Rect(x: geometry.listX, y: geometry.listY + 1, width: geometry.listWidth - 2,
                            height: geometry.sideBySide ? rect.height : rect.height - geometry.graphRows - 2)
        if listRect.contains(x: x, y: y) {
            let window = listWindow(data.shown, selected: state.selectedPerson, rows: listRect.height)
            let row = y - listRect.y
            return row < window.count && window.first + row < window.people.count ? window.people[window.first + row] : nil
        }
        let (graphWidth, graphRows) = (geometry.graphWidth, geometry.graphRows)
        guard graphRows >= 3, graphWidth >= 10 else { return nil }
        let markers = cells(data.positions, columns: graphWidth - 2, rows: graphRows)
        let (cx, cy) = (x - rect.x - 1, y - rect.y - 1)
        guard cx >= -1, cx <= graphWidth - 1 else { return nil }
        let near = markers.enumerated().map { (i, m) in (i, abs(m.x - cx) + 2 * abs(m.y - cy)) }.min { $0.1 < $1.1 }
        return near.flatMap { $0.1 <= 3 ? $0.0 : nil }
    }

    public static func render(_ state: AppState, in rect: Rect, into screen: inout Screen) {
        guard let data = state.coauthorChart else {
            AppView.chartWaiting("Coauthors", state: state, in: rect, into: &screen)
            return
        }
        let g = data.shown
        let top = rect.y
        let rows = rect.height
        let geometry = Geometry(rect)
        let (sideBySide, listWidth, graphWidth, graphRows) = (geometry.sideBySide, geometry.listWidth, geometry.graphWidth, geometry.graphRows)
        let owner = g.nodes.first?.shownName ?? ""
        // A record without an owner (a .bib) is shown as the network it is.
        let title = g.nodes.first?.isOwner == false
            ? "Collaboration network · \(g.nodes.count) of \(NumberText.grouped(data.graph.allPeople)) people shown (no owner)"
            : "Coauthors of \(VisibleText.singleLine(owner)) · \(g.nodes.count - 1) of \(NumberText.grouped(data.graph.allPeople - 1)) shown"
        AppView.chartTitle(title, state: state, x: rect.x + 1, y: top, width: graphWidth - 2, into: &screen)
        let note = "Only authors visible on the \(state.library.profiles.isEmpty ? "record" : "profile"): "
            + "\(NumberText.grouped(data.graph.truncatedPapers)) of \(NumberText.grouped(data.graph.papers)) papers list \"et al.\""
        screen.putShortened(note, x: rect.x + 1, y: top + 1 + graphRows, style: Style(.dim), limit: graphWidth - 2)

        if graphRows >= 3 && graphWidth >= 10 && g.nodes.count > 0 {
            drawGraph(state, data: data, x: rect.x + 1, y: top + 1, columns: graphWidth - 2, rows: graphRows, into: &screen)
        }
        if sideBySide { for r in top..<(top + rows) { screen.put("│", x: rect.x + graphWidth, y: r, style: Style(.border)) } }
        drawList(state, data: data, x: geometry.listX, y: geometry.listY, width: listWidth - 2, rows: sideBySide ? rows : rows - graphRows - 2, into: &screen)
    }

    static func drawGraph(_ state: AppState, data: CoauthorChart, x: Int, y: Int, columns: Int, rows: Int, into screen: inout Screen) {
        let g = data.shown
        let markers = cells(data.positions, columns: columns, rows: rows)
        var canvas = BrailleCanvas(columns: columns, rows: rows)
        func dot(_ i: Int) -> (Int, Int) { (markers[i].x * 2 + 1, markers[i].y * 4 + 2) }
        let selected = state.selectedPerson
        // Light edges first, then the owner's, then the selected person's on top.
        for e in g.edges.sorted(by: { priority($0, selected) < priority($1, selected) }) {
            let (x0, y0) = dot(e.a), (x1, y1) = dot(e.b)
            let p = priority(e, selected)
            let style: Style = p == 3 ? Style(.match, bold: true) : e.withOwner ? Style(.graphEdge) : Style(.graphEdgeLight)
            // Weight shows as density: one shared paper is a dotted line, two a dashed one, more solid.
            let every = e.weight >= 3 ? 1 : e.weight == 2 ? 2 : 3
            canvas.line(x0, y0, x1, y1, style: style, priority: p, every: p == 3 ? 1 : every)
        }
        canvas.draw(into: &screen, x: x, y: y)
        for (i, m) in markers.enumerated() {
            let n = g.nodes[i]
            let marker = n.isOwner ? "◉" : n.shared >= 3 ? "●" : n.shared == 2 ? "•" : "·"
            let style = i == selected ? Style(.selection, bold: true) : n.isOwner ? Style(.graphOwner, bold: true) : Style(.graphNode, bold: n.shared >= 3)
            screen.put(marker, x: x + m.x, y: y + m.y, style: style)
        }
        for l in placeLabels(graph: g, markers: markers, columns: columns, rows: rows, selected: selected) {
            let style = l.node == selected ? Style(.selection, bold: true) : l.node == 0 ? Style(.graphOwner, bold: true) : Style(.normal)
            screen.put(l.text, x: x + l.x, y: y + l.y, style: style)
        }
    }

    static func priority(_ e: CoauthorGraph.Edge, _ selected: Int) -> Int {
        (e.a == selected || e.b == selected) && selected != 0 ? 3 : e.withOwner ? 2 : 1
    }

    static func drawList(_ state: AppState, data: CoauthorChart, x: Int, y: Int, width: Int, rows: Int, into screen: inout Screen) {
        let g = data.shown
        guard width > 10, rows > 1 else { return }
        let hasOwner = g.nodes.first?.isOwner == true
        screen.put(hasOwner ? "Shared papers · years" : "Papers · years", x: x, y: y, style: Style(.dim, bold: true), limit: width)
        let (people, first, listRows) = listWindow(g, selected: state.selectedPerson, rows: rows)
        let maxShared = max(1, people.map { g.nodes[$0].shared }.max() ?? 1)
        let nameWidth = min(20, max(8, width / 3))
        // Counts right-aligned in a column as wide as the largest (`42,862`); the bar takes what
        // the name, the count and the years (`  1970–2026`) leave.
        let countWidth = max(3, people.map { NumberText.grouped(g.nodes[$0].shared).count }.max() ?? 0)
        let barWidth = max(3, width - nameWidth - countWidth - 13)
        var row = y + 1
        for i in people.dropFirst(first).prefix(listRows) {
            let n = g.nodes[i]
            let selected = i == state.selectedPerson
            let base = selected ? Style(.selection, bold: true) : Style(.normal)
            if selected { screen.fill(x: x, y: row, count: width, style: base) }
            var col = screen.put(DisplayWidth.fit(VisibleText.singleLine(n.shownName), to: nameWidth), x: x, y: row, style: base)
            let filled = max(1, n.shared * barWidth / maxShared)
            col = screen.put(" " + String(repeating: "█", count: filled), x: col, y: row, style: selected ? base : Style(.graphEdge))
            let count = NumberText.grouped(n.shared)
            col = screen.put(String(repeating: " ", count: barWidth - filled + 1 + max(0, countWidth - count.count)) + count, x: col, y: row, style: base)
            let years = [n.firstYear, n.lastYear].compactMap { $0 }
            let span = years.isEmpty ? "" : years[0] == years[years.count - 1] ? "  \(years[0])" : "  \(years[0])–\(years[years.count - 1])"
            screen.put(span, x: col, y: row, style: selected ? base : Style(.dim), limit: x + width - col)
            row += 1
        }
        // The selected person's papers with the owner.
        guard g.nodes.indices.contains(state.selectedPerson), state.selectedPerson != 0 || !hasOwner, row + 2 < y + rows else { return }
        let person = g.nodes[state.selectedPerson]
        row += 1
        screen.putShortened("\(hasOwner ? "With" : "Papers of") \(VisibleText.singleLine(person.shownName)) (p lists them, Enter centres on them):", x: x, y: row, style: Style(.title, bold: true), limit: width)
        row += 1
        // The person's papers among those shown, from the library's people index (each frame
        // looks at their papers only, not at every paper shown). A large record's people are
        // counted on another thread: the frame does not wait for them.
        let library = state.library
        guard let index = library.peopleIndexIfReady ?? (library.paperCount <= state.countPeopleAtOnceUpTo ? library.peopleIndex : nil) else {
            screen.putShortened("their papers: counting the people…", x: x, y: row, style: Style(.dim), limit: width)
            return
        }
        let centre = state.centrePath.last?.key
        var theirs = (index.person(key: person.key).map(index.papers) ?? []).filter { i in state.filter.map { $0.matches.contains(i) } ?? true }
        if let centre {
            // With the centre too (the owner on their papers behind `et al.`): by the people index,
            // else by reading these papers.
            if let c = index.person(key: centre) {
                let withCentre = Set(index.papers(c))
                theirs = theirs.filter(withCentre.contains)
            } else {
                let some = library.reader(for: theirs)
                theirs = theirs.filter { CoauthorGraph.isOf(some[$0], key: centre, ownerKey: library.ownerKey) }
            }
        }
        // Newest first, as the list is by default; only the rows drawn are read (a prolific
        // person has thousands of papers, read from the snapshot's chunks when not kept).
        let drawn = Array(library.newestFirst(theirs).prefix(max(0, y + rows - row)))
        let all = library.reader(for: drawn)
        for i in drawn {
            let p = all[i]
            screen.putShortened("\(p.year.map(String.init) ?? "----") " + VisibleText.singleLine(p.shownTitle), x: x, y: row, style: .normal, limit: width)
            row += 1
        }
    }

    /// `Chao Li: 10 papers with Anbang Yao, 2022–2026` for the status bar.
    public static func summary(_ state: AppState) -> String? {
        guard let g = state.coauthorChart?.shown, g.nodes.indices.contains(state.selectedPerson) else { return nil }
        let n = g.nodes[state.selectedPerson]
        if n.isOwner || !g.nodes[0].isOwner {
            return "\(VisibleText.singleLine(n.shownName)): \(AppView.grouped(n.papers)) \(n.papers == 1 ? "paper" : "papers")"
        }
        let years = [n.firstYear, n.lastYear].compactMap { $0 }
        let span = years.isEmpty ? "" : years[0] == years[years.count - 1] ? ", \(years[0])" : ", \(years[0])–\(years[years.count - 1])"
        return "\(VisibleText.singleLine(n.shownName)): \(AppView.grouped(n.shared)) \(n.shared == 1 ? "paper" : "papers") with \(VisibleText.singleLine(g.nodes[0].shownName))\(span)"
    }
}
