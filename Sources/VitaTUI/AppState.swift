import Foundation
import VitaCore

/// Orders the list can take. `relevance` is the search's ranking and applies only while a filter is on.
public enum SortOrder: String, Sendable, CaseIterable {
    case relevance, date, title, category, score

    var paperSort: PaperSort? {
        switch self {
        case .relevance: return nil
        case .date: return .date
        case .title: return .title
        case .category: return .category
        case .score: return .score
        }
    }
}

/// The explorer's views: `1` papers, `2` papers per year, `3` coauthors.
public enum View: Sendable, Equatable { case papers, years, coauthors }

/// The coauthor graph of the papers shown (it follows the search), the part of it drawn, and
/// where the people drawn stand.
public struct CoauthorChart: Sendable {
    public var graph: CoauthorGraph
    /// The owner and the top coauthors.
    public var shown: CoauthorGraph
    public var positions: [GraphLayout.Point]
}

/// Something the app must do outside the state: write a file, reach the clipboard, open a link.
public enum Effect: Equatable, Sendable {
    case export(ids: [String], path: String, mode: BibTeXExport.Mode)
    /// `entries` BibTeX entries, or (`entries` 0) a citation: `\cite{…}` or a key.
    case copy(text: String, entries: Int)
    /// Edit a paper's note in the user's editor, starting from `text`.
    case editNote(id: String, text: String)
    case open(url: String)
    case suspend
}

/// What the bottom line says after an action.
public struct Message: Equatable, Sendable {
    public var text: String
    public var isError: Bool
    /// Whether an error goes to the messages overlay too (a summary of what is there already does not).
    public var kept = true

    public init(text: String, isError: Bool, kept: Bool = true) {
        self.text = text
        self.isError = isError
        self.kept = kept
    }
}

public enum Overlay: Equatable, Sendable {
    case help(scroll: Int)
    /// Every problem and failure so far, in full.
    case log(scroll: Int)
    /// The links of the selected paper, to choose one to open.
    case links(selected: Int)
    case search(LineEditor)
    /// The export prompt: the path being typed and the papers to write.
    case export(LineEditor, ids: [String])
    /// The file exists: overwrite, append new keys, or cancel.
    case confirmOverwrite(path: String, ids: [String])
    /// The tag prompt: the tag being typed and the papers it goes on (or off).
    case tag(LineEditor, ids: [String])
}

/// The whole state of the explorer. Keys become actions (through `Bindings`), actions change the
/// state (`reduce`), and views draw the state. Nothing here touches the terminal.
public struct AppState: Sendable {
    public let library: Library
    public private(set) var session: SearchSession
    public private(set) var layout: Layout
    /// Paper indices in the order shown.
    public private(set) var visible: [Int]
    /// Position of the selected paper in `visible`.
    public private(set) var selected = 0
    public private(set) var detailOpen = false
    public private(set) var detailScroll = 0
    public private(set) var overlay: Overlay?
    /// Ids of the marked papers: marks survive filtering and sorting.
    public private(set) var marks: Set<String> = []
    /// The search that filters the list, if any.
    public private(set) var filter: SearchResult?
    public private(set) var filterText = ""
    /// What is wrong with the query being typed (its valid part still filters).
    public private(set) var queryProblem: String?
    public private(set) var sortChoice: SortOrder?
    public private(set) var reversed = false
    /// What the bottom line says; every error said is kept in `log` too.
    public var message: Message? {
        didSet { if let m = message, m.isError, m.kept, log.last != m { log.append(m) } }
    }
    /// Load problems, query warnings, failed opens and exports, theme errors: what `!` lists.
    public private(set) var log: [Message] = []
    public private(set) var themeNames: [String]
    public private(set) var themeIndex: Int
    public private(set) var quitRequested = false
    public private(set) var view: View = .papers
    public private(set) var selectedYear: Int?
    /// Index into `coauthorChart.shown.nodes` of the selected person.
    public private(set) var selectedPerson = 1
    /// How many coauthors the graph shows; nil: what fits the terminal.
    public private(set) var graphLimit: Int?
    /// The chart of the open view, made for the papers shown when the view opens or they change.
    public private(set) var yearStatistics: Statistics?
    public private(set) var coauthorChart: CoauthorChart?
    /// The charts of the whole record and of the last filter: what does not change with the
    /// order or the selection is not made again when a view opens a second time.
    private var chartCache = ChartCache()
    /// Full orders of all papers for each sort, made once.
    private var orderCache: [PaperSort: [Int]] = [:]
    /// Series colour of each category: the most common first, so the theme's first colours go to them.
    private let categoryColors: [String: Int]

    /// Paper id to the tags the user gave it (folded: lowercase, no spaces).
    public private(set) var tags: [String: Set<String>] = [:]

    /// Paper id to the note the user wrote on it.
    public private(set) var notes: [String: String] = [:]

    /// Takes the note the editor gave back (empty: no note).
    public mutating func noteEdited(id: String, text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let before = notes[id]
        notes[id] = trimmed.isEmpty ? nil : trimmed
        message = Message(text: notes[id] == before ? "note unchanged" : trimmed.isEmpty ? "note removed" : "note saved", isError: false)
        if filterText.contains("note") { runSearch(filterText) }
    }

    /// Tag to the ids of its papers, for `tag:` queries.
    var papersByTag: [String: Set<String>] {
        var out: [String: Set<String>] = [:]
        for (id, ts) in tags { for t in ts { out[t, default: []].insert(id) } }
        return out
    }

    /// Queries searched before on this record, oldest first, and where ↑ ↓ stand in them.
    public private(set) var history: [String] = []
    private var historyPosition: Int?

    /// What is kept of the explorer between runs (by the state store): marks, theme, sort,
    /// view, the selected paper and the search history.
    public struct Persisted: Equatable, Sendable {
        public var marks: Set<String>
        public var tags: [String: Set<String>]
        public var notes: [String: String]
        public var theme: String
        public var sort: SortOrder?
        public var view: View
        public var selected: String?
        public var history: [String]
    }

    public var persisted: Persisted {
        Persisted(marks: marks, tags: tags, notes: notes, theme: themeName, sort: sortChoice == .relevance ? nil : sortChoice, view: view,
                  selected: selectedPaper?.id, history: history)
    }

    /// Takes what was kept of the last run; ids no longer in the record are dropped.
    public mutating func restore(_ p: Persisted) {
        marks = p.marks.filter { library.paper(id: $0) != nil }
        tags = p.tags.filter { library.paper(id: $0.key) != nil && !$0.value.isEmpty }
        notes = p.notes.filter { library.paper(id: $0.key) != nil && !$0.value.isEmpty }
        if let i = themeNames.firstIndex(of: p.theme) { themeIndex = i }
        history = p.history
        if let s = p.sort { sortChoice = s }
        recompute(keeping: p.selected)
        view = p.view
        refreshCharts()
    }

    /// The key bindings in force: the table, with a config file's keys in place.
    public private(set) var bindings: [Binding] = Bindings.table

    /// Takes a config file's keys, default sort and view.
    public mutating func apply(_ config: Config) {
        bindings = Bindings.table(with: config.keys)
        if let sort = config.sort { sortChoice = sort; recompute(keeping: nil) }
        if let view = config.view {
            self.view = view
            refreshCharts()
        }
    }

    public init(library: Library, width: Int, height: Int, themeNames: [String] = ["default"], theme: String = "default") {
        self.library = library
        session = SearchSession(index: SearchIndex(library: library))
        layout = Layout(width: width, height: height)
        visible = []
        self.themeNames = themeNames
        themeIndex = themeNames.firstIndex(of: theme) ?? 0
        log = library.diagnostics.map { Message(text: $0.description, isError: true) }
        let categories = Statistics(library: library, coauthors: false).perCategory
        categoryColors = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.category, $0) })
        recompute(keeping: nil)
    }

    // MARK: Derived

    public var sort: SortOrder { sortChoice ?? (filter == nil ? .date : .relevance) }
    public var selectedPaper: Paper? { visible.indices.contains(selected) ? library.papers[visible[selected]] : nil }
    public var pageSize: Int { layout.listRows }
    public var page: Int { visible.isEmpty ? 0 : selected / pageSize }
    public var pageCount: Int { max(1, (visible.count + pageSize - 1) / pageSize) }
    public func categoryColor(_ category: String) -> Int { categoryColors[category] ?? 0 }
    public var themeName: String { themeNames.isEmpty ? "default" : themeNames[themeIndex] }

    /// The query whose matches views highlight: the filter's, which follows the prompt on every
    /// keystroke that parses (so nothing is parsed again to draw).
    public var highlightQuery: Query? { filter?.query }

    /// Whether the search prompt is open.
    public var isTypingSearch: Bool {
        if case .search = overlay { return true }
        return false
    }

    public var context: Context {
        switch overlay {
        case .help: return .help
        case .log: return .log
        case .links: return .links
        case .search, .export, .tag: return .prompt
        case .confirmOverwrite: return .confirm
        case nil:
            switch view {
            case .years: return .yearChart
            case .coauthors: return .coauthors
            case .papers: return detailOpen ? .detail : .list
            }
        }
    }

    // MARK: Input

    /// Handles a key: prompt typing first, then the bindings table. Returns what the app must do.
    public mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        if case let .mouse(x, y, kind) = key { return mouse(x: x, y: y, kind) }
        message = nil
        switch overlay {
        case .search(var editor):
            if Bindings.action(for: key, in: .prompt, table: bindings) == nil, editor.handle(key) {
                overlay = .search(editor)
                runSearch(editor.text)
                return []
            }
        case .export(var editor, let ids):
            if Bindings.action(for: key, in: .prompt, table: bindings) == nil, editor.handle(key) {
                overlay = .export(editor, ids: ids)
                return []
            }
        case .tag(var editor, let ids):
            if Bindings.action(for: key, in: .prompt, table: bindings) == nil, editor.handle(key) {
                overlay = .tag(editor, ids: ids)
                return []
            }
        default:
            break
        }
        guard let action = Bindings.action(for: key, in: context, table: bindings) else { return [] }
        if action == .pick, case .char(let c) = key, let n = Int(String(c)) {
            overlay = .links(selected: n - 1)
            return reduce(.accept)
        }
        return reduce(action)
    }

    public mutating func resize(width: Int, height: Int) {
        layout = Layout(width: width, height: height)
        clampDetailScroll()
        if let c = coauthorChart, graphLimit == nil { fitGraph(c.graph) }
    }

    /// How many coauthors fit legibly: about one per 60 cells of the graph's area.
    public var defaultGraphLimit: Int { max(5, min(40, layout.width * layout.height / 90)) }

    /// Makes the open view's chart for the papers shown; the other chart is dropped (it is made
    /// again when its view opens), so a search typed over one view computes only that one.
    mutating func refreshCharts() {
        switch view {
        case .papers:
            yearStatistics = nil
            coauthorChart = nil
        case .years:
            coauthorChart = nil
            let statistics = chartKey.flatMap(chartCache.years) ?? Statistics(library: library, indices: visible, coauthors: false)
            if let chartKey { chartCache.keep(years: statistics, for: chartKey) }
            yearStatistics = statistics
            if selectedYear.map({ year in !statistics.perYear.contains { $0.year == year } }) ?? true {
                // The newest year with papers.
                selectedYear = statistics.perYear.last { $0.papers > 0 }?.year
            }
        case .coauthors:
            yearStatistics = nil
            let limit = graphLimit ?? defaultGraphLimit
            if let chartKey, let cached = chartCache.chart(chartKey, limit: limit) {
                coauthorChart = cached
                if !cached.shown.nodes.indices.contains(selectedPerson) { selectedPerson = cached.shown.nodes.count > 1 ? 1 : 0 }
            } else {
                fitGraph(chartKey.flatMap { chartCache.chart($0, limit: nil) }?.graph ?? CoauthorGraph(library: library, indices: visible))
            }
            if let chartKey, let c = coauthorChart { chartCache.keep(chart: c, limit: limit, for: chartKey) }
        }
    }

    /// What the papers shown depend on, for the chart cache: the filter text (`""` for the whole
    /// record); nil when it names marks, which change under the same text.
    var chartKey: String? { filterText.contains("marked") ? nil : filterText }

    /// Picks the people drawn (the chosen number, or what fits) and lays them out; the layout is
    /// kept when they are the same people.
    mutating func fitGraph(_ graph: CoauthorGraph) {
        let shown = graph.top(graphLimit ?? defaultGraphLimit)
        let positions = coauthorChart.map { $0.shown == shown } == true ? coauthorChart!.positions : GraphLayout.compute(shown)
        coauthorChart = CoauthorChart(graph: graph, shown: shown, positions: positions)
        if !shown.nodes.indices.contains(selectedPerson) { selectedPerson = shown.nodes.count > 1 ? 1 : 0 }
    }

    /// Filters the list by `text` as if typed at the search prompt, and shows the list.
    mutating func applyFilter(_ text: String) {
        runSearch(text)
        overlay = nil
        view = .papers
        detailOpen = false
    }

    // MARK: Actions

    public mutating func reduce(_ action: Action) -> [Effect] {
        switch action {
        case .quit:
            quitRequested = true
        case .suspend:
            return [.suspend]
        case .help:
            overlay = .help(scroll: 0)
        case .closeHelp:
            overlay = nil
        case .showLog:
            overlay = .log(scroll: 0)
            if log.isEmpty { message = Message(text: "no messages: nothing has gone wrong", isError: false) }
        case .down:
            if scrollOverlay(by: 1) {} else if detailOpen { scrollDetail(by: 1) } else { select(selected + 1) }
        case .up:
            if scrollOverlay(by: -1) {} else if detailOpen { scrollDetail(by: -1) } else { select(selected - 1) }
        case .pageDown:
            if scrollOverlay(by: layout.detailRows - 2) {} else if detailOpen { scrollDetail(by: layout.detailRows - 1) } else { select(min(visible.count - 1, (page + 1) * pageSize)) }
        case .pageUp:
            if scrollOverlay(by: -(layout.detailRows - 2)) {} else if detailOpen { scrollDetail(by: -(layout.detailRows - 1)) } else { select(max(0, (page - 1) * pageSize)) }
        case .first:
            if detailOpen { detailScroll = 0 } else { select(0) }
        case .last:
            if detailOpen { scrollDetail(by: Int.max / 2) } else { select(visible.count - 1) }
        case .open where view == .years:
            guard let y = selectedYear else { break }
            applyFilter((filterText.isEmpty ? "" : filterText + " ") + "year:\(y)")
        case .open where view == .coauthors:
            guard let c = coauthorChart, c.shown.nodes.indices.contains(selectedPerson) else { break }
            let name = c.shown.nodes[selectedPerson].name.replacingOccurrences(of: "\"", with: " ")
            applyFilter((filterText.isEmpty ? "" : filterText + " ") + "author:\"\(name)\"")
        case .open:
            guard selectedPaper != nil else { message = Message(text: "no paper to open", isError: true); break }
            detailOpen = true
            detailScroll = 0
        case .back:
            detailOpen = false
        case .search:
            historyPosition = nil
            overlay = .search(LineEditor(filterText))
            if view == .papers { detailOpen = false }
        case .accept:
            return accept()
        case .cancel:
            cancel()
        case .clearFilter:
            if filter != nil { clearFilter() }
        case .nextMatch, .previousMatch:
            guard filter != nil, !visible.isEmpty else {
                message = Message(text: "no search active: press / to search", isError: false)
                break
            }
            let step = action == .nextMatch ? 1 : -1
            let next = (selected + step + visible.count) % visible.count
            if action == .nextMatch && next < selected || action == .previousMatch && next > selected {
                message = Message(text: "search wrapped around", isError: false)
            }
            selected = next
            detailScroll = 0
        case .toggleMark:
            guard let p = selectedPaper else { break }
            if marks.remove(p.id) == nil { marks.insert(p.id) }
            if !detailOpen { select(selected + 1) }
        case .markAll:
            let before = marks.count
            for i in visible { marks.insert(library.papers[i].id) }
            message = Message(text: "marked \(marks.count - before) more (\(marks.count) marked)", isError: false)
        case .clearMarks:
            let n = marks.count
            marks.removeAll()
            message = Message(text: "cleared \(n) \(n == 1 ? "mark" : "marks")", isError: false)
        case .export:
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to export", isError: true); break }
            overlay = .export(LineEditor("./vita-export.bib"), ids: ids)
        case .complete:
            if case .export(var editor, let ids) = overlay {
                let (completed, candidates) = PathCompletion.complete(editor.text)
                editor.set(completed)
                overlay = .export(editor, ids: ids)
                if candidates.count > 1 { message = Message(text: candidates.prefix(20).joined(separator: "  "), isError: false) }
            }
        case .overwrite, .appendNew:
            guard case .confirmOverwrite(let path, let ids) = overlay else { break }
            overlay = nil
            return [.export(ids: ids, path: path, mode: action == .overwrite ? .replace : .append)]
        case .copy:
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to copy", isError: true); break }
            let papers = ids.compactMap { library.paper(id: $0) }
            return [.copy(text: BibTeXWriter().write(papers).text, entries: papers.count)]
        case .editNote:
            guard let p = selectedPaper else { break }
            return [.editNote(id: p.id, text: notes[p.id] ?? "")]
        case .tag:
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to tag", isError: true); break }
            overlay = .tag(LineEditor(""), ids: ids)
        case .copyKey:
            // The keys an export would give them: a .bib entry's own, else the one made for it.
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to cite", isError: true); break }
            let keys = BibTeXWriter().write(ids.compactMap { library.paper(id: $0) }).keys
            return [.copy(text: marks.isEmpty ? keys[0] : "\\cite{" + keys.joined(separator: ",") + "}", entries: 0)]
        case .openLink:
            guard let p = selectedPaper else { break }
            let choices = Links.choices(for: p)
            guard let only = choices.first else {
                message = Message(text: "this paper has no link", isError: true)
                break
            }
            // One link opens at once; several are offered in a menu.
            if choices.count == 1 { return [.open(url: only.url)] }
            overlay = .links(selected: 0)
        case .pick:
            break   // the digit is read in `handle`
        case .historyPrevious, .historyNext:
            guard case .search(var editor) = overlay, !history.isEmpty else { break }
            var i = historyPosition ?? history.count
            i += action == .historyPrevious ? -1 : 1
            if i >= history.count {
                historyPosition = nil
                editor.set("")
            } else {
                i = max(0, i)
                historyPosition = i
                editor.set(history[i])
            }
            overlay = .search(editor)
            runSearch(editor.text)
        case .cycleSort:
            let choices: [SortOrder] = filter == nil ? [.date, .title, .category, .score] : SortOrder.allCases
            let i = choices.firstIndex(of: sort) ?? -1
            sortChoice = choices[(i + 1) % choices.count]
            recompute(keeping: selectedPaper?.id)
            message = Message(text: "sorted by \(sort.rawValue)", isError: false)
        case .reverseSort:
            reversed.toggle()
            recompute(keeping: selectedPaper?.id)
        case .cycleTheme:
            guard !themeNames.isEmpty else { break }
            themeIndex = (themeIndex + 1) % themeNames.count
            message = Message(text: "theme: \(themeName)", isError: false)
        case .showPapers:
            overlay = nil
            detailOpen = false
            view = .papers
        case .showYears:
            overlay = nil
            view = .years
            refreshCharts()
        case .showCoauthors:
            overlay = nil
            view = .coauthors
            refreshCharts()
        case .left, .right:
            guard let years = yearStatistics?.perYear.map(\.year), !years.isEmpty else { break }
            let i = selectedYear.flatMap { years.firstIndex(of: $0) } ?? years.count - 1
            selectedYear = years[max(0, min(years.count - 1, i + (action == .left ? -1 : 1)))]
        case .nextItem, .previousItem:
            guard let n = coauthorChart?.shown.nodes.count, n > 0 else { break }
            selectedPerson = (selectedPerson + (action == .nextItem ? 1 : -1) + n) % n
        case .more, .fewer:
            guard let c = coauthorChart else { break }
            let current = c.shown.nodes.count - 1
            let available = c.graph.nodes.count - 1
            let next = action == .more ? min(available, current + 5) : max(1, current - 5)
            graphLimit = next
            fitGraph(c.graph)
            message = Message(text: "showing \(next) of \(available) coauthors", isError: false)
        }
        return []
    }

    /// A click selects the row, year bar or person under it (a double click opens a paper); the
    /// wheel scrolls what is under the pointer.
    mutating func mouse(x: Int, y: Int, _ kind: Key.MouseKind) -> [Effect] {
        let wheel = kind == .wheelUp ? -3 : kind == .wheelDown ? 3 : 0
        if overlay != nil {
            if wheel != 0 { _ = scrollOverlay(by: wheel) }
            return []
        }
        switch view {
        case .papers:
            let inDetail = detailOpen && !layout.split || layout.split && x >= layout.detailX
            if wheel != 0 {
                if inDetail { scrollDetail(by: wheel) } else { select(selected + wheel) }
                return []
            }
            guard !inDetail, y >= layout.listTop, y < layout.listTop + pageSize else { return [] }
            let position = page * pageSize + (y - layout.listTop)
            guard position < visible.count else { return [] }
            if layout.split { detailOpen = false }
            select(position)
            if kind == .doubleClick { return reduce(.open) }
        case .years:
            if wheel != 0 { return reduce(wheel < 0 ? .left : .right) }
            if let year = YearsView.year(atX: x, y: y, state: self) {
                selectedYear = year
                if kind == .doubleClick { return reduce(.open) }
            }
        case .coauthors:
            if wheel != 0 { return reduce(wheel < 0 ? .previousItem : .nextItem) }
            if let person = CoauthorsView.person(atX: x, y: y, state: self) {
                selectedPerson = person
                if kind == .doubleClick { return reduce(.open) }
            }
        }
        return []
    }

    /// Scrolls the help or the messages, or moves in the links menu, if one is open.
    private mutating func scrollOverlay(by delta: Int) -> Bool {
        switch overlay {
        case .links(let i):
            let n = selectedPaper.map { Links.choices(for: $0).count } ?? 0
            overlay = .links(selected: max(0, min(n - 1, i + delta)))
        case .help(let s): overlay = .help(scroll: max(0, min(s + delta, HelpView.maxScroll(layout, table: bindings))))
        case .log(let s): overlay = .log(scroll: max(0, min(s + delta, LogView.maxScroll(self))))
        default: return false
        }
        return true
    }

    /// Marked papers in list order, or the selected one when none is marked.
    var exportIDs: [String] {
        if !marks.isEmpty {
            return library.papers.filter { marks.contains($0.id) }.map(\.id)
        }
        return selectedPaper.map { [$0.id] } ?? []
    }

    private mutating func accept() -> [Effect] {
        switch overlay {
        case .tag(let editor, let ids):
            overlay = nil
            let tag = editor.text.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: "-")
                .trimmingCharacters(in: CharacterSet(charactersIn: "#"))
            guard !tag.isEmpty else { message = Message(text: "no tag given", isError: true); return [] }
            // The same tag again takes it off; otherwise every paper gets it.
            let all = ids.allSatisfy { tags[$0]?.contains(tag) == true }
            for id in ids {
                if all { tags[id]?.remove(tag); if tags[id]?.isEmpty == true { tags[id] = nil } } else { tags[id, default: []].insert(tag) }
            }
            message = Message(text: "\(all ? "removed #\(tag) from" : "tagged") \(ids.count) \(ids.count == 1 ? "paper" : "papers")\(all ? "" : " #\(tag)")", isError: false)
            if filterText.contains("tag:") { runSearch(filterText) }
        case .links(let i):
            overlay = nil
            guard let p = selectedPaper else { return [] }
            let choices = Links.choices(for: p)
            if choices.indices.contains(i) { return [.open(url: choices[i].url)] }
        case .search(let editor):
            overlay = nil
            historyPosition = nil
            if filter == nil { filterText = "" }
            let typed = editor.text.trimmingCharacters(in: .whitespaces)
            if !typed.isEmpty, history.last != typed { history.append(typed) }
            if let problem = queryProblem { log.append(Message(text: "query \"\(editor.text)\": \(problem)", isError: true)) }
        case .export(var editor, let ids):
            let path = PathCompletion.expand(editor.text.trimmingCharacters(in: .whitespaces))
            guard !path.isEmpty else { message = Message(text: "type a file name to export to", isError: true); return [] }
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                // A folder is no file to write: offer a file in it.
                let inside = (editor.text.hasSuffix("/") ? editor.text : editor.text + "/") + "vita-export.bib"
                editor.set(inside)
                overlay = .export(editor, ids: ids)
                message = Message(text: "\(VisibleText.singleLine(path)) is a folder: Enter writes \(VisibleText.singleLine(inside)), or type another name", isError: true)
                return []
            }
            if FileManager.default.fileExists(atPath: path) {
                overlay = .confirmOverwrite(path: path, ids: ids)
            } else {
                overlay = nil
                return [.export(ids: ids, path: path, mode: .create)]
            }
        default:
            break
        }
        return []
    }

    private mutating func cancel() {
        switch overlay {
        case .search:
            overlay = nil
            clearFilter()
        case .export, .confirmOverwrite:
            overlay = nil
            message = Message(text: "export cancelled", isError: false)
        case .tag:
            overlay = nil
        default:
            overlay = nil
        }
    }

    /// The whole record's charts, made ahead (on another thread, while the list is shown), so
    /// views 2 and 3 open at once the first time too.
    public mutating func prime(years: Statistics, graph: CoauthorGraph) {
        chartCache.keep(years: years, for: "")
        if chartCache.chart("", limit: nil) == nil {
            let limit = graphLimit ?? defaultGraphLimit
            let shown = graph.top(limit)
            chartCache.keep(chart: CoauthorChart(graph: graph, shown: shown, positions: GraphLayout.compute(shown)), limit: limit, for: "")
        }
    }

    /// Sets the overlay directly (tests give a prompt a text no key could type).
    mutating func setOverlayForTesting(_ overlay: Overlay?) { self.overlay = overlay }

    // MARK: Effect results

    public mutating func exportFinished(_ result: Result<BibTeXExport.Report, Error>) {
        switch result {
        case .success(let report):
            var text = report.summary
            if !report.unmapped.isEmpty { text += "; no LaTeX for " + String(report.unmapped.sorted()) }
            message = Message(text: text, isError: false)
        case .failure(let error):
            message = Message(text: "export failed: \(error)", isError: true)
        }
    }

    // MARK: Search and order

    mutating func runSearch(_ text: String) {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed.isEmpty {
            queryProblem = nil
            if filter != nil { clearFilter() }
            return
        }
        session.tags = papersByTag
        session.noted = Set(notes.keys)
        let result = session.search(trimmed, marked: marks)
        // What is wrong is said in full; what could be understood still filters (an open quote is
        // a phrase to the end, as in `vita search`). A query with nothing valid in it keeps the
        // last result rather than matching everything.
        queryProblem = result.problems.first.map { "\($0.message) (column \($0.column))" }
        if result.query.isEmpty { return }
        filter = result
        filterText = trimmed
        // Like fzf: while typing, the best match is selected.
        recompute(keeping: nil)
    }

    mutating func clearFilter() {
        let keep = selectedPaper?.id
        filter = nil
        filterText = ""
        queryProblem = nil
        if sortChoice == .relevance { sortChoice = nil }
        recompute(keeping: keep)
    }

    /// Rebuilds `visible` from the filter and the order, keeping `id` selected when it is still shown.
    mutating func recompute(keeping id: String?) {
        var order: [Int]
        if sort == .relevance, let filter {
            order = filter.ranked
        } else {
            let key = sort.paperSort ?? .date
            if orderCache[key] == nil { orderCache[key] = key.sortedIndices(library.papers) }
            let full = orderCache[key]!
            if let filter {
                order = []
                order.reserveCapacity(filter.count)
                for i in full where filter.matches.contains(i) { order.append(i) }
            } else {
                order = full
            }
        }
        if reversed { order.reverse() }
        visible = order
        if let id, let index = library.index(of: id), let pos = visible.firstIndex(of: index) {
            selected = pos
        } else {
            selected = 0
        }
        detailScroll = 0
        refreshCharts()
    }

    mutating func select(_ position: Int) {
        guard !visible.isEmpty else { selected = 0; return }
        let p = min(max(0, position), visible.count - 1)
        if p != selected { detailScroll = 0 }
        selected = p
    }

    mutating func scrollDetail(by delta: Int) {
        detailScroll = max(0, detailScroll + delta)
        clampDetailScroll()
    }

    mutating func clampDetailScroll() {
        guard let p = selectedPaper else { detailScroll = 0; return }
        let lines = DetailView.lines(for: p, state: self, width: layout.detailWidth - 2).count
        detailScroll = max(0, min(detailScroll, lines - DetailView.textRows(self, lines: lines)))
    }
}

/// Year statistics and coauthor graphs by the filter they were made for (`""`: the whole record,
/// kept for good; one filter besides it, the last).
struct ChartCache: Sendable {
    private var yearsByFilter: [String: Statistics] = [:]
    private var chartsByFilter: [String: (chart: CoauthorChart, limit: Int)] = [:]

    func years(_ filter: String) -> Statistics? { yearsByFilter[filter] }
    /// The chart made for `filter`, drawn with `limit` people (any number, for its graph alone).
    func chart(_ filter: String, limit: Int?) -> CoauthorChart? {
        guard let hit = chartsByFilter[filter], limit == nil || hit.limit == limit else { return nil }
        return hit.chart
    }

    mutating func keep(years: Statistics, for filter: String) {
        if !filter.isEmpty, yearsByFilter[filter] == nil { yearsByFilter = yearsByFilter.filter { $0.key.isEmpty } }
        yearsByFilter[filter] = years
    }

    /// The graph with the part drawn and its layout.
    mutating func keep(chart: CoauthorChart, limit: Int, for filter: String) {
        if !filter.isEmpty, chartsByFilter[filter] == nil { chartsByFilter = chartsByFilter.filter { $0.key.isEmpty } }
        chartsByFilter[filter] = (chart, limit)
    }
}
