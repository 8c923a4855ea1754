import FoundationEssentials
import VitaCore

/// Orders the list can take. `relevance` is the search's ranking and applies only while a filter is on.
public enum SortOrder: String, Sendable, CaseIterable {
    case relevance, date, title, category, score, citations

    var paperSort: PaperSort? {
        switch self {
        case .relevance: return nil
        case .date: return .date
        case .title: return .title
        case .category: return .category
        case .score: return .score
        case .citations: return .citations
        }
    }
}

/// The explorer's views: `1` papers, `2` papers per year, `3` coauthors.
public enum View: Sendable, Equatable { case papers, years, coauthors }

/// Something the app must do outside the state: write a file, reach the clipboard, open a link,
/// or look at the file system and give the answer back.
public enum Effect: Equatable, Sendable {
    case export(ids: [String], path: String, mode: BibTeXExport.Mode)
    /// `entries` BibTeX entries, or (`entries` 0) a citation: `\cite{…}` or a key.
    case copy(text: String, entries: Int)
    /// Edit a paper's note in the user's editor, starting from `text`.
    case editNote(id: String, text: String)
    case open(url: String)
    case suspend
    /// Look at what is at the export path typed (a file, a folder, nothing) and answer with
    /// `exportTargetChecked`.
    case checkExportTarget(typed: String, ids: [String])
    /// List the folder of the path typed and answer with `pathCompleted`.
    case completePath(String)
}

/// What is at a path the user typed to export to.
public enum ExportTarget: Equatable, Sendable { case missing, file, folder }

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
    /// The saved searches, to choose one.
    case searches(selected: Int)
    case search(LineEditor)
    /// The export prompt: the path being typed and the papers to write.
    case export(LineEditor, ids: [String])
    /// The file exists: overwrite, append new keys, or cancel.
    case confirmOverwrite(path: String, ids: [String])
    /// The tag prompt: the tag being typed and the papers it goes on (or off).
    case tag(LineEditor, ids: [String])
    /// The name to save the filter under.
    case saveSearch(LineEditor)
    /// The person prompt (`@`): the name being typed and the person chosen among `personChoices`.
    case person(LineEditor, selected: Int)
}

/// What the views measured of the last frame, which the reducer needs and must not work out by
/// drawing: how far the detail, the help and the messages scroll.
public struct Measures: Equatable, Sendable {
    public var detailMaxScroll: Int?
    public var helpMaxScroll = 0
    public var logMaxScroll = 0
    public init(detailMaxScroll: Int? = nil, helpMaxScroll: Int = 0, logMaxScroll: Int = 0) {
        self.detailMaxScroll = detailMaxScroll
        self.helpMaxScroll = helpMaxScroll
        self.logMaxScroll = logMaxScroll
    }
}

/// What the mouse is over, as the views laid it out.
public enum PointerTarget: Equatable, Sendable {
    /// A row of the list: the position in `visible`.
    case listRow(Int)
    case detail
    case year(Int)
    /// A person of the coauthor graph (their marker, label or row in the ranked list).
    case person(Int)
    /// A row of the facets panel: the position in its items.
    case facet(Int)
    /// Somewhere in the facets panel that is not a facet.
    case facets
}

/// The whole state of the explorer. Keys become actions (through `Bindings`), actions change the
/// state (`reduce`), and views draw the state. Nothing here touches the terminal or the file
/// system: what must is an `Effect`, whose answer comes back through a method.
///
/// Each concern has its own state and reducer: `list` (papers shown, search, order, detail),
/// `charts` (views 2 and 3), `annotations` (marks, tags, notes, saved searches), `facets` (the
/// panel). This type routes actions to them and keeps what spans them: the view, the overlay,
/// messages, themes and key bindings.
public struct AppState: Sendable {
    public let library: Library
    public internal(set) var list: PaperList
    public private(set) var charts = ChartsState()
    public private(set) var annotations = Annotations()
    public private(set) var facets = FacetsPanel()
    public private(set) var layout: Layout
    public private(set) var overlay: Overlay?
    public private(set) var view: View = .papers
    /// What the views measured of the last frame.
    public private(set) var measures = Measures()
    /// What the bottom line says; every error said is kept in `log` too.
    public var message: Message? {
        didSet { if let m = message, m.isError, m.kept, log.last != m { log.append(m) } }
    }
    /// Load problems, query warnings, failed opens and exports, theme errors: what `!` lists.
    public private(set) var log: [Message] = []

    /// A line that is no error but worth keeping (the record's snapshot made again): in the
    /// messages, and on the bottom line.
    public mutating func note(_ text: String) {
        let m = Message(text: text, isError: false)
        log.append(m)
        message = m
    }
    public private(set) var themeNames: [String]
    public private(set) var themeIndex: Int
    public private(set) var quitRequested = false
    /// The key bindings in force: the table, with a config file's keys in place.
    public private(set) var bindings: [Binding] = Bindings.table
    /// The people the person prompt offers: those matching what is typed, most papers first, or
    /// (nothing typed, on a paper's detail) the paper's authors; `personTotal` is how many matched.
    public private(set) var personChoices: [PersonMatch] = []
    public private(set) var personTotal = 0
    /// The person prompt is open and waits for the record's people to be counted (a large record
    /// the first time: on another thread, while the prompt stays open and keys still work).
    public private(set) var peopleCounting = false
    /// Records of up to this many papers have their people counted at once when the prompt
    /// opens (a few tens of milliseconds); larger ones on another thread.
    var countPeopleAtOnceUpTo = 20_000
    /// Series colour of each category: the most common first, so the theme's first colours go to them.
    private let categoryColors: [String: Int]

    public init(library: Library, width: Int, height: Int, themeNames: [String] = ["default"], theme: String = "default") {
        self.library = library
        list = PaperList(library: library)
        layout = Layout(width: width, height: height)
        self.themeNames = themeNames
        themeIndex = themeNames.firstIndex(of: theme) ?? 0
        log = library.diagnostics.map { Message(text: $0.description, isError: true) }
        let categories = library.categories
        categoryColors = Dictionary(uniqueKeysWithValues: categories.enumerated().map { ($1.category, $0) })
        list.recompute(keeping: nil)
    }

    // MARK: What the views read

    public var visible: [Int] { list.visible.array }
    /// The papers shown, ranked only as far as asked (what the views read).
    public var shown: PaperOrder { list.visible }
    public var selected: Int { list.selected }
    public var detailOpen: Bool { list.detailOpen }
    public var detailScroll: Int { list.detailScroll }
    public var filter: SearchResult? { list.filter }
    public var filterText: String { list.filterText }
    public var queryProblem: String? { list.queryProblem }
    public var sortChoice: SortOrder? { list.sortChoice }
    public var reversed: Bool { list.reversed }
    public var history: [String] { list.history }
    public var session: SearchSession { list.session }
    public var sort: SortOrder { list.sort }
    public var selectedPaper: Paper? { list.selectedPaper }
    public var marks: Set<String> { annotations.marks }
    public var tags: [String: Set<String>] { annotations.tags }
    public var notes: [String: String] { annotations.notes }
    public var savedSearches: [SavedSearch] { annotations.searches }
    public var selectedYear: Int? { charts.selectedYear }
    public var selectedPerson: Int { charts.selectedPerson }
    /// The years chart's figures: papers per year, or (`c`) citations per year.
    public var yearStatistics: Statistics? {
        charts.yearsShowCitations ? charts.yearStatistics?.citationsAsYears : charts.yearStatistics
    }
    public var yearsShowCitations: Bool { charts.yearsShowCitations }
    /// Citations, h-index and the rest over the papers shown (when the record has counts).
    public var metrics: Metrics? { list.metrics }
    public var coauthorChart: CoauthorChart? { charts.coauthorChart }
    /// The people view 3 was re-centred on, in order (empty: centred on the owner).
    public var centrePath: [PersonRef] { charts.path }

    public var pageSize: Int { layout.listRows }
    public var page: Int { list.visible.isEmpty ? 0 : list.selected / pageSize }
    public var pageCount: Int { max(1, (list.visible.count + pageSize - 1) / pageSize) }
    public func categoryColor(_ category: String) -> Int { categoryColors[category] ?? 0 }
    public var themeName: String { themeNames.isEmpty ? "default" : themeNames[themeIndex] }
    /// Where each part of view 1 is drawn, for the views and the mouse alike.
    public var regions: Layout.Regions { layout.regions(detailOpen: list.detailOpen, facetsOpen: facets.isOpen && !(list.detailOpen && !layout.split)) }

    /// The query whose matches views highlight: the filter's, which follows the prompt on every
    /// keystroke that parses (so nothing is parsed again to draw).
    public var highlightQuery: Query? { list.filter?.query }

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
        case .searches: return .searches
        case .search, .export, .tag, .saveSearch: return .prompt
        case .person: return .people
        case .confirmOverwrite: return .confirm
        case nil:
            switch view {
            case .years: return .yearChart
            case .coauthors: return .coauthors
            case .papers: return list.detailOpen ? .detail : facets.focused ? .facets : .list
            }
        }
    }

    /// How many coauthors fit legibly: about one per 60 cells of the graph's area.
    public var defaultGraphLimit: Int { max(5, min(40, layout.width * layout.height / 90)) }

    // MARK: Kept between runs

    /// What is kept of the explorer between runs (by the state store): marks, tags, notes, saved
    /// searches, theme, sort, view, the selected paper and the search history.
    public struct Persisted: Equatable, Sendable {
        public var annotations: Annotations
        public var theme: String
        public var sort: SortOrder?
        public var view: View
        public var selected: String?
        public var history: [String]
    }

    public var persisted: Persisted {
        Persisted(annotations: annotations, theme: themeName, sort: list.sortChoice == .relevance ? nil : list.sortChoice, view: view,
                  selected: selectedPaper?.id, history: list.history)
    }

    /// Takes what was kept of the last run, its ids those of this record's papers (the kept
    /// state is found in the record itself: a paper no longer in it has no id to give).
    public mutating func restore(_ p: Persisted) {
        annotations = p.annotations
        if let i = themeNames.firstIndex(of: p.theme) { themeIndex = i }
        list.history = p.history
        if let s = p.sort { list.sortChoice = s }
        list.recompute(keeping: p.selected)
        view = p.view
        listChanged()
    }

    /// How many kept marks, tags and notes are still being found as the explorer opens (on
    /// another thread: 950,000 take seconds); nil once they are in place. Meanwhile what reads or
    /// changes them waits, saying so: a mark made then could not be told from one found.
    public private(set) var keptBeingFound: Int?

    /// The kept marks, tags and notes are being found: `restoreKept` gives them.
    public mutating func findingKept(_ count: Int) { keptBeingFound = count }

    /// The kept marks, tags and notes found, by the ids of this record's papers. A search shown
    /// is run again with them (it may name them: `is:marked`, `tag:`); `selected`, the paper
    /// selected when the record was left, is selected again unless another has been since
    /// `unmoved` (the paper selected when they were looked for).
    public mutating func restoreKept(marks: Set<String>, tags: [String: Set<String>], notes: [String: String],
                                     selected: String?, unmoved: String?) {
        keptBeingFound = nil
        annotations.marks = marks
        annotations.tags = tags
        annotations.notes = notes
        let now = selectedPaper?.id
        let keep = now == unmoved ? selected ?? now : now
        // Only a search that names them is answered again; the list is left as it is otherwise.
        let searched = list.filter?.query.namesAnnotations == true && list.search(list.filterText, annotations: annotations)
        if searched || keep != now { list.select(id: keep) }
        listChanged()
    }

    /// What a key that reads or changes marks, tags or notes says while they are being found.
    private var stillFinding: Message? {
        keptBeingFound.map { Message(text: "still finding the \(NumberText.grouped($0)) kept marks, tags, notes: try again in a moment", isError: false) }
    }

    /// Takes a config file's keys, default sort and view.
    public mutating func apply(_ config: Config) {
        bindings = Bindings.table(with: config.keys)
        if let sort = config.sort { list.sortChoice = sort; list.recompute(keeping: nil) }
        if let view = config.view { self.view = view }
        listChanged()
    }

    // MARK: Input

    /// Handles a key: prompt typing first, then the bindings table. Returns what the app must do.
    /// A mouse event goes to `pointer` with what it points at (see `Driver`).
    public mutating func handle(_ key: Key) -> [Effect] {
        if key == .resize { return [] }
        if case .mouse = key { return [] }
        message = nil
        if let typed = typeInPrompt(key) { return typed }
        flushTyping()
        guard let action = Bindings.action(for: key, in: context, table: bindings) else { return [] }
        if action == .pick, case .char(let c) = key, let n = Int(String(c)) {
            switch overlay {
            case .links: overlay = .links(selected: n - 1)
            case .searches: overlay = .searches(selected: n - 1)
            default: break
            }
            return reduce(.accept)
        }
        return reduce(action)
    }

    /// Whether more keys are already waiting (a paste): the search prompt then searches once,
    /// when they are all typed, not for each.
    public var typingAhead = false
    private var searchPending = false

    /// A search asked for while another thread makes the search index (the snapshot written
    /// behind the first frame of a record just read), with what it says once run: put off rather
    /// than wait for the index, which would hold every key, and run once the index is made
    /// (`indexMade`). Typed at the prompt, chosen in the person prompt, a facet, a saved search or
    /// the history: each the same way. A later one takes its place; clearing the filter drops it.
    private var putOff: (text: String, note: SearchNote?)?
    public var waitingForIndex: Bool { putOff != nil }

    /// What a search says once it has run, with the papers it shows.
    enum SearchNote {
        case person(String)
        case facet(term: String, wasOn: Bool)
        case saved(String)
    }

    /// Runs the search put off for the index once it is made; whether it did.
    public mutating func indexMade() -> Bool {
        guard let (text, note) = putOff, !library.searchIndexBeingMade else { return false }
        putOff = nil
        runSearch(text, note: note)
        return true
    }

    /// Runs the search the keys typed ahead put off.
    public mutating func flushTyping() {
        guard searchPending else { return }
        searchPending = false
        if case .search(let editor) = overlay { runSearch(editor.text) }
        if case .person(let editor, _) = overlay { findPeople(editor.text) }
    }

    /// A key that a prompt's line editor takes (not one bound there, as Enter or Esc).
    private mutating func typeInPrompt(_ key: Key) -> [Effect]? {
        guard Bindings.action(for: key, in: context == .people ? .people : .prompt, table: bindings) == nil else { return nil }
        switch overlay {
        case .person(var editor, _):
            guard editor.handle(key) else { return nil }
            overlay = .person(editor, selected: 0)
            openWhenCounted = false
            if typingAhead { searchPending = true } else { findPeople(editor.text) }
        case .search(var editor):
            guard editor.handle(key) else { return nil }
            overlay = .search(editor)
            // Keys that came all at once (a paste) search once, after the last of them.
            if typingAhead { searchPending = true } else { runSearch(editor.text) }
        case .export(var editor, let ids):
            guard editor.handle(key) else { return nil }
            overlay = .export(editor, ids: ids)
        case .tag(var editor, let ids):
            guard editor.handle(key) else { return nil }
            overlay = .tag(editor, ids: ids)
        case .saveSearch(var editor):
            guard editor.handle(key) else { return nil }
            overlay = .saveSearch(editor)
        default:
            return nil
        }
        return []
    }

    public mutating func resize(width: Int, height: Int) {
        layout = Layout(width: width, height: height)
        if let c = charts.coauthorChart, charts.graphLimit == nil { charts.fit(c.graph, defaultLimit: defaultGraphLimit) }
    }

    /// Takes what the views measured of the frame just drawn.
    public mutating func measured(_ m: Measures) {
        measures = m
        if let limit = m.detailMaxScroll { list.scrollDetail(by: 0, limit: limit) }
    }

    // MARK: Actions

    public mutating func reduce(_ action: Action) -> [Effect] {
        if let finding = stillFinding, [.toggleMark, .markAll, .clearMarks, .export, .copy, .copyKey, .tag, .editNote].contains(action) {
            message = finding
            return []
        }
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
        case .down, .up, .pageDown, .pageUp, .first, .last:
            move(action)
        case .open where view == .years:
            guard let y = charts.selectedYear else { break }
            applyFilter((list.filterText.isEmpty ? "" : list.filterText + " ") + "year:\(y)")
        case .findPerson:
            overlay = .person(LineEditor(""), selected: 0)
            findPeople("")
        case .recentre:
            message = charts.recentre()
            listChanged()
        case .pathBack:
            let (said, left) = charts.stepBack()
            message = said
            listChanged()
            if let left { charts.select(key: left.key) }
        case .open where view == .coauthors:
            guard let c = charts.coauthorChart, c.shown.nodes.indices.contains(charts.selectedPerson) else { break }
            let name = c.shown.nodes[charts.selectedPerson].name.replacingAll("\"", with: " ")
            applyFilter((list.filterText.isEmpty ? "" : list.filterText + " ") + "author:\"\(name)\"")
        case .open:
            guard list.selectedPaper != nil else { message = Message(text: "no paper to open", isError: true); break }
            list.detailOpen = true
            list.detailScroll = 0
            // Side by side, the detail takes the panel's place.
            if layout.split { facets.close() }
        case .back:
            list.detailOpen = false
        case .search:
            list.historyPosition = nil
            overlay = .search(LineEditor(list.filterText))
            if view == .papers { list.detailOpen = false }
        case .accept:
            return accept()
        case .cancel:
            cancel()
        case .clearFilter:
            // A person opened with `@` goes with their filter, from view 3 too.
            if list.filterText.hasPrefix("person:") { charts.setPath([]) }
            clearFilter()
        case .nextMatch, .previousMatch:
            guard list.filter != nil, !list.visible.isEmpty else {
                message = Message(text: "no search active: press / to search", isError: false)
                break
            }
            let step = action == .nextMatch ? 1 : -1
            let n = list.visible.count
            let next = (list.selected + step + n) % n
            if action == .nextMatch && next < list.selected || action == .previousMatch && next > list.selected {
                message = Message(text: "search wrapped around", isError: false)
            }
            list.selected = next
            list.detailScroll = 0
        case .toggleMark:
            guard let p = selectedPaper else { break }
            annotations.toggleMark(p.id)
            if !list.detailOpen { list.select(list.selected + 1) }
        case .markAll:
            message = annotations.mark(library.ids(at: list.visible.array))
        case .clearMarks:
            message = annotations.clearMarks()
        case .export:
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to export", isError: true); break }
            overlay = .export(LineEditor("./vita-export.bib"), ids: ids)
        case .complete:
            if case .export(let editor, _) = overlay { return [.completePath(editor.text)] }
        case .overwrite, .appendNew:
            guard case .confirmOverwrite(let path, let ids) = overlay else { break }
            overlay = nil
            return [.export(ids: ids, path: path, mode: action == .overwrite ? .replace : .append)]
        case .copy:
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to copy", isError: true); break }
            // So many entries cannot fit (each takes more than 25 bytes): said before they are
            // written (950,000 took 10 s, to be refused).
            guard ids.count <= Self.copiedAtMost else {
                message = Message(text: "\(NumberText.grouped(ids.count)) BibTeX entries are more than terminals take on the clipboard (\(EffectRunner.clipboardLimit / 1024) KB): press e to write them to a file", isError: true)
                break
            }
            let papers = ids.compactMap { library.paper(id: $0) }
            return [.copy(text: BibTeXWriter().write(papers).text, entries: papers.count)]
        case .editNote:
            guard let p = selectedPaper else { break }
            return [.editNote(id: p.id, text: annotations.notes[p.id] ?? "")]
        case .tag:
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to tag", isError: true); break }
            overlay = .tag(LineEditor(""), ids: ids)
        case .copyKey:
            // The keys an export would give them: a .bib entry's own, else the one made for it.
            let ids = exportIDs
            guard !ids.isEmpty else { message = Message(text: "nothing to cite", isError: true); break }
            guard ids.count <= Self.citedAtMost else {
                message = Message(text: "a \\cite of \(NumberText.grouped(ids.count)) keys is more than terminals take on the clipboard (\(EffectRunner.clipboardLimit / 1024) KB): press e to write the papers to a file", isError: true)
                break
            }
            let keys = BibTeXWriter().write(ids.compactMap { library.paper(id: $0) }).keys
            return [.copy(text: annotations.marks.isEmpty ? keys[0] : "\\cite{" + keys.joined(separator: ",") + "}", entries: 0)]
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
            guard case .search(var editor) = overlay, let text = list.recall(action == .historyPrevious ? -1 : 1) else { break }
            editor.set(text)
            overlay = .search(editor)
            runSearch(editor.text)
        case .cycleSort:
            list.cycleSort()
            listChanged()
            message = Message(text: list.sortWanted == nil ? "sorted by \(list.sort.rawValue)" : "sorting by \(list.sort.rawValue)…", isError: false)
        case .reverseSort:
            list.reverse()
            listChanged()
        case .cycleTheme:
            guard !themeNames.isEmpty else { break }
            themeIndex = (themeIndex + 1) % themeNames.count
            message = Message(text: "theme: \(themeName)", isError: false)
        case .showPapers:
            overlay = nil
            list.detailOpen = false
            view = .papers
            listChanged()
        case .showYears, .showCoauthors:
            overlay = nil
            view = action == .showYears ? .years : .coauthors
            listChanged()
        case .left, .right, .nextItem, .previousItem, .more, .fewer, .toggleCitations:
            if let m = charts.reduce(action, defaultLimit: defaultGraphLimit) { message = m }
        case .toggleFacets:
            if facets.isOpen && facets.focused {
                facets.close()
            } else {
                if !facets.isOpen { facets.open() } else { facets.focus(true) }
                view = .papers
                list.detailOpen = false
                listChanged()
            }
        case .focusList:
            facets.focus(false)
        case .closeFacets:
            facets.close()
        case .applyFacet:
            guard let f = facets.selectedFacet else { break }
            let wasOn = FacetsPanel.isApplied(f, filter: list.filterText)
            let text = FacetsPanel.toggled(f, in: list.filterText)
            if text.isEmpty { clearFilter() }
            runSearch(text, note: .facet(term: f.term, wasOn: wasOn))
        case .saveSearch:
            guard list.filter != nil else {
                message = Message(text: "no search to save: / searches, then w saves it", isError: true)
                break
            }
            let known = annotations.searches.first { $0.query == list.filterText }?.name
            overlay = .saveSearch(LineEditor(known ?? ""))
        case .showSearches:
            guard !annotations.searches.isEmpty else {
                message = Message(text: "no saved searches: w saves the search shown", isError: false)
                break
            }
            overlay = .searches(selected: annotations.searches.firstIndex { $0.query == list.filterText } ?? 0)
        case .deleteSearch:
            guard case .searches(let i) = overlay else { break }
            if let m = annotations.deleteSearch(at: i) { message = m }
            overlay = annotations.searches.isEmpty ? nil : .searches(selected: min(i, annotations.searches.count - 1))
        }
        return []
    }

    /// Up, down, paging, first and last: in an open overlay or menu, the facets panel, the
    /// detail or the list.
    private mutating func move(_ action: Action) {
        let step: Int
        switch action {
        case .down: step = 1
        case .up: step = -1
        case .pageDown: step = layout.detailRows - 2
        case .pageUp: step = -(layout.detailRows - 2)
        case .first: step = -Int.max / 2
        default: step = Int.max / 2
        }
        if moveInOverlay(by: step) { return }
        if context == .facets { facets.move(by: step); return }
        if list.detailOpen {
            let page = action == .pageDown || action == .pageUp
            list.scrollDetail(by: page ? step + (step > 0 ? 1 : -1) : step, limit: measures.detailMaxScroll)
            return
        }
        switch action {
        case .down: list.select(list.selected + 1)
        case .up: list.select(list.selected - 1)
        case .pageDown: list.select(min(list.visible.count - 1, (self.page + 1) * pageSize))
        case .pageUp: list.select(max(0, (self.page - 1) * pageSize))
        case .first: list.select(0)
        default: list.select(list.visible.count - 1)
        }
    }

    /// Scrolls the help or the messages, or moves in a menu, if one is open.
    private mutating func moveInOverlay(by step: Int) -> Bool {
        switch overlay {
        case .person(let editor, let i):
            overlay = .person(editor, selected: max(0, min(personChoices.count - 1, i + step)))
        case .links(let i):
            let n = selectedPaper.map { Links.choices(for: $0).count } ?? 0
            overlay = .links(selected: max(0, min(n - 1, i + step)))
        case .searches(let i):
            overlay = .searches(selected: max(0, min(annotations.searches.count - 1, i + step)))
        case .help(let s):
            overlay = .help(scroll: max(0, min(s + step, measures.helpMaxScroll)))
        case .log(let s):
            overlay = .log(scroll: max(0, min(s + step, measures.logMaxScroll)))
        default:
            return false
        }
        return true
    }

    /// A click selects what is under it (a double click opens it); the wheel scrolls what is
    /// under the pointer. `target` is what the views drew there.
    public mutating func pointer(_ target: PointerTarget?, _ kind: Key.MouseKind) -> [Effect] {
        message = nil
        let wheel = kind == .wheelUp ? -3 : kind == .wheelDown ? 3 : 0
        if overlay != nil {
            if wheel != 0 { _ = moveInOverlay(by: wheel) }
            return []
        }
        let double = kind == .doubleClick
        switch view {
        case .papers:
            switch target {
            case .detail:
                if wheel != 0 { list.scrollDetail(by: wheel, limit: measures.detailMaxScroll) }
            case .facet(let i):
                if wheel != 0 { facets.move(by: wheel); break }
                facets.focus(true)
                facets.select(i)
                if double { return reduce(.applyFacet) }
            case .facets:
                if wheel != 0 { facets.move(by: wheel) } else { facets.focus(true) }
            case .listRow(let position):
                if wheel != 0 { list.select(list.selected + wheel); break }
                facets.focus(false)
                if layout.split { list.detailOpen = false }
                list.select(position)
                if double { return reduce(.open) }
            default:
                // The wheel anywhere else moves what has the keyboard.
                if wheel != 0 {
                    if list.detailOpen { list.scrollDetail(by: wheel, limit: measures.detailMaxScroll) } else { list.select(list.selected + wheel) }
                }
            }
        case .years:
            if wheel != 0 { return reduce(wheel < 0 ? .left : .right) }
            if case .year(let y) = target {
                charts.selectedYear = y
                if double { return reduce(.open) }
            }
        case .coauthors:
            if wheel != 0 { return reduce(wheel < 0 ? .previousItem : .nextItem) }
            if case .person(let p) = target {
                charts.selectedPerson = p
                if double { return reduce(.open) }
            }
        }
        return []
    }

    /// The most papers `y` copies and `c` cites: more could not fit the clipboard (an entry
    /// takes more than 25 bytes, base64 a third more; a key and its comma more than 8).
    static let copiedAtMost = EffectRunner.clipboardLimit * 3 / 4 / 25
    static let citedAtMost = EffectRunner.clipboardLimit * 3 / 4 / 8

    /// Marked papers in list order, or the selected one when none is marked.
    var exportIDs: [String] {
        let marks = annotations.marks
        if !marks.isEmpty {
            // A few found by their places; many by going over every id (the places of a million
            // found one by one cost more).
            if marks.count * 8 < library.paperCount { return library.ids(at: marks.compactMap { library.index(of: $0) }.sorted()) }
            return library.ids(at: Array(0..<library.paperCount)).filter { marks.contains($0) }
        }
        return selectedPaper.map { [$0.id] } ?? []
    }

    private mutating func accept() -> [Effect] {
        switch overlay {
        case .person(let editor, let i):
            // Enter before the people are counted opens the best match once they are.
            if peopleCounting, !editor.text.trimmingWhitespace().isEmpty {
                openWhenCounted = true
                return []
            }
            guard personChoices.indices.contains(i) else {
                message = Message(text: "nobody to open: type part of a name, an ORCID or a DBLP pid", isError: true)
                return []
            }
            openPerson(personChoices[i])
        case .tag(let editor, let ids):
            overlay = nil
            message = annotations.toggleTag(editor.text, on: ids)
            if list.filterText.contains("tag:") { runSearch(list.filterText) } else { listChanged() }
        case .links(let i):
            overlay = nil
            guard let p = selectedPaper else { return [] }
            let choices = Links.choices(for: p)
            if choices.indices.contains(i) { return [.open(url: choices[i].url)] }
        case .searches(let i):
            guard annotations.searches.indices.contains(i) else { overlay = nil; return [] }
            let s = annotations.searches[i]
            applyFilter(s.query, note: .saved(s.name))
        case .saveSearch(let editor):
            overlay = nil
            // No name given: the query is its own name.
            let name = editor.text.trimmingWhitespace().isEmpty ? list.filterText : editor.text
            message = annotations.saveSearch(name: name, query: list.filterText)
        case .search(let editor):
            overlay = nil
            list.keepQuery(editor.text)
            listChanged()
            if let problem = list.queryProblem { log.append(Message(text: "query \"\(editor.text)\": \(problem)", isError: true)) }
        case .export(let editor, let ids):
            let typed = editor.text.trimmingWhitespace()
            guard !typed.isEmpty else { message = Message(text: "type a file name to export to", isError: true); return [] }
            return [.checkExportTarget(typed: editor.text, ids: ids)]
        default:
            break
        }
        return []
    }

    /// The answer to `checkExportTarget`: write a new file, ask about an existing one, or offer
    /// a file inside a folder.
    public mutating func exportTargetChecked(typed: String, ids: [String], target: ExportTarget) -> [Effect] {
        guard case .export(var editor, _) = overlay else { return [] }
        let path = PathCompletion.expand(typed.trimmingWhitespace())
        switch target {
        case .folder:
            // A folder is no file to write: offer a file in it.
            let inside = (typed.hasSuffix("/") ? typed : typed + "/") + "vita-export.bib"
            editor.set(inside)
            overlay = .export(editor, ids: ids)
            message = Message(text: "\(VisibleText.singleLine(path)) is a folder: Enter writes \(VisibleText.singleLine(inside)), or type another name", isError: true)
            return []
        case .file:
            overlay = .confirmOverwrite(path: path, ids: ids)
            return []
        case .missing:
            overlay = nil
            return [.export(ids: ids, path: path, mode: .create)]
        }
    }

    /// The answer to `completePath`: the completed text and the names that matched.
    public mutating func pathCompleted(_ text: String, candidates: [String]) {
        guard case .export(var editor, let ids) = overlay else { return }
        editor.set(text)
        overlay = .export(editor, ids: ids)
        if candidates.count > 1 { message = Message(text: candidates.prefix(20).joined(separator: "  "), isError: false) }
    }

    private mutating func cancel() {
        switch overlay {
        case .search:
            overlay = nil
            putOff = nil
            list.clearFilter()
            listChanged()
        case .export, .confirmOverwrite:
            overlay = nil
            message = Message(text: "export cancelled", isError: false)
        case .person:
            overlay = nil
            personChoices = []
            openWhenCounted = false
        default:
            overlay = nil
        }
    }

    /// The whole record's charts, made ahead (on another thread, while the list is shown), so
    /// views 2 and 3 open at once the first time too.
    /// `key` is the filter they were made for (`""`: the whole record); a search kept has its
    /// charts made the same way, so view 2 or 3 opened on it has them ready.
    public mutating func prime(years: Statistics, graph: CoauthorGraph?, facets record: Facets? = nil, for key: String = "") {
        charts.prime(years: years, graph: graph, defaultLimit: defaultGraphLimit, for: key)
        if let record, key.isEmpty { prime(facets: record, for: key) }
        // The open view waited for these: drawn now.
        if charts.waiting, key == listKey { listChanged() }
    }

    /// The graph centred on someone that view 3 waits for (its key and centre), to be made on
    /// another thread and given with `prime(graph:for:)`.
    public var centredGraphWanted: (key: String, centre: PersonRef)? { charts.centredWanted }

    /// A graph made on another thread for `key`: one centred on someone (`centredGraphWanted`),
    /// or the list's own, given before its years (which read every paper) are made.
    public mutating func prime(graph: CoauthorGraph, for key: String) {
        charts.prime(years: nil, graph: graph, defaultLimit: defaultGraphLimit, for: key)
        if charts.waiting, charts.centredWanted?.key == key || (charts.centredWanted == nil && key == listKey) { listChanged() }
    }

    /// Sets the overlay directly (tests give a prompt a text no key could type).
    mutating func setOverlayForTesting(_ overlay: Overlay?) { self.overlay = overlay }

    /// Papers shown past which a chart is made on another thread (tests make it small).
    var chartsMadeApartAbove: Int {
        get { charts.madeApartAbove }
        set { charts.madeApartAbove = newValue }
    }

    /// Papers past which an order not made before is made on another thread (tests make it small).
    var sortApartAbove: Int {
        get { list.sortApartAbove }
        set { list.sortApartAbove = newValue }
    }

    /// The order the list waits for, to be made on another thread and given with `prime(order:for:)`.
    public var sortWanted: PaperSort? { list.sortWanted }

    /// An order made on another thread: the list follows it when it waits for it.
    public mutating func prime(order: [Int], for sort: PaperSort) {
        let waited = list.sortWanted == sort
        list.prime(order: order, for: sort)
        guard waited else { return }
        listChanged()
        if message?.text == "sorting by \(sort.rawValue)…" { message = Message(text: "sorted by \(sort.rawValue)", isError: false) }
    }

    /// Papers shown past which the facets are counted on another thread (tests make it small).
    var facetsCountedApartAbove: Int {
        get { facets.countApartAbove }
        set { facets.countApartAbove = newValue }
    }

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

    /// Takes the note the editor gave back (empty: no note).
    public mutating func noteEdited(id: String, text: String) {
        message = annotations.setNote(id: id, text: text)
        if list.filterText.contains("note") { runSearch(list.filterText) }
    }

    // MARK: People

    /// The rows the person prompt's menu has room for.
    var personRows: Int { max(3, layout.height - 8) }

    /// Fills the person prompt's menu for what is typed: the people whose name has words beginning
    /// with each word typed (or whose ORCID or DBLP pid it is), most papers first; with nothing
    /// typed, the authors of the paper whose detail is open, else the most published people.
    mutating func findPeople(_ text: String) {
        guard let index = library.peopleIndexIfReady ?? (library.paperCount <= countPeopleAtOnceUpTo ? library.peopleIndex : nil) else {
            (personChoices, personTotal, peopleCounting) = ([], 0, true)
            return
        }
        peopleCounting = false
        if text.trimmingWhitespace().isEmpty, list.detailOpen, let paper = selectedPaper {
            var keys = paper.authors.map(\.key)
            if paper.owner == .implied, let owner = library.ownerKey { keys.append(owner) }
            var seen = Set<Int>()
            let people = keys.compactMap(index.person(key:)).filter { seen.insert($0).inserted }
            personChoices = people.prefix(personRows).map { People.match($0, in: library) }
            personTotal = people.count
            return
        }
        (personChoices, personTotal) = People.find(text, in: library, limit: personRows)
    }

    /// Enter was pressed in the person prompt before the people were counted.
    public private(set) var openWhenCounted = false

    /// Fills the person prompt once the people it waits for are counted, and opens the best
    /// match when Enter was pressed meanwhile; whether it did.
    public mutating func peopleCounted() -> Bool {
        guard peopleCounting, case .person(let editor, _) = overlay, library.peopleIndexIfReady != nil else { return false }
        findPeople(editor.text)
        if openWhenCounted {
            openWhenCounted = false
            _ = accept()
        }
        return true
    }

    /// Opens a person as their own record: the list shows their papers (a `person:` filter, kept
    /// in the history), the charts and metrics follow it, and view 3 is centred on them.
    mutating func openPerson(_ m: PersonMatch) {
        let name = m.name + (m.homonym.map { " " + $0 } ?? "")
        let query = "person:\"" + m.key.replacingAll("\"", with: " ") + "\""
        overlay = nil
        list.detailOpen = false
        charts.setPath([PersonRef(key: m.key, name: name)])
        runSearch(query, note: .person(name))
        list.keepQuery(query)
        // The same filter again still needs the graph centred anew.
        listChanged()
    }

    // MARK: Search

    /// Filters the list by `text` as if typed at the search prompt, and shows the list.
    mutating func applyFilter(_ text: String, note: SearchNote? = nil) {
        overlay = nil
        view = .papers
        list.detailOpen = false
        runSearch(text, note: note)
        listChanged()
    }

    /// Filters the list by `text` (nothing: the whole record), and says `note` with the papers
    /// shown. While another thread makes the index, the search is put off until it is made.
    mutating func runSearch(_ text: String, note: SearchNote? = nil) {
        if library.searchIndexBeingMade, !text.trimmingWhitespace().isEmpty {
            putOff = (text, note)
            return
        }
        putOff = nil
        if list.search(text, annotations: annotations) { listChanged() }
        guard let note else { return }
        let shown = list.visible.count
        message = switch note {
        case .person(let name): Message(text: "\(name): \(NumberText.grouped(shown)) \(shown == 1 ? "paper" : "papers") (Esc: the whole record)", isError: false)
        case .facet(let term, let wasOn):
            Message(text: "\(wasOn ? "took out" : "added") \(term)\(list.filter == nil ? "" : ": \(NumberText.grouped(shown)) of \(NumberText.grouped(library.paperCount)) papers")", isError: false)
        case .saved(let name): Message(text: "\(name): \(NumberText.grouped(shown)) of \(NumberText.grouped(library.paperCount)) papers", isError: false)
        }
    }

    /// Shows the whole record again; a search put off for the index goes with its filter.
    mutating func clearFilter() {
        putOff = nil
        if list.filter != nil { list.clearFilter(); listChanged() }
    }

    /// What the papers shown depend on, for the caches of charts and facets: the filter text
    /// (`""` for the whole record); nil when it names marks, tags or notes, which change under
    /// the same text.
    public var listKey: String? { list.filter?.query.namesAnnotations == true ? nil : list.filterText }

    /// The papers shown changed (or the view did): the open chart and the facets follow them.
    /// The facets are counted again when a search is kept, not on each keystroke of it.
    mutating func listChanged() {
        charts.refresh(view: view, library: library, visible: list.visible, key: listKey, defaultLimit: defaultGraphLimit)
        if view == .papers && !isTypingSearch { refreshFacets() }
    }

    /// The facets panel counts the papers shown (when open).
    mutating func refreshFacets() {
        let (filter, library) = (list.filter, library)
        facets.refresh(library: library, visible: list.visible.array,
                       shown: { id in filter.map { f in library.index(of: id).map(f.matches.contains) ?? false } ?? true },
                       tags: annotations.tags, key: listKey)
    }

    /// The papers the facets panel waits for (its key and the papers), to be counted on another
    /// thread and given with `prime(facets:for:)`; never the whole record's, which the explorer
    /// counts after its first frame anyway.
    public var facetsWanted: (key: String, visible: [Int])? {
        guard let wanted = facets.wanted, !wanted.key.isEmpty else { return nil }
        return wanted
    }

    /// Facets counted on another thread for the papers `key` names: shown at once when the
    /// panel waits for them.
    public mutating func prime(facets record: Facets, for key: String) {
        facets.prime(record, for: key)
        if facets.wanted?.key == key, key == listKey { refreshFacets() }
    }
}
