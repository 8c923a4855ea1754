import Foundation
import VitaCore
import VitaStore

/// Runs the explorer on the terminal: the loop that reads keys, updates the state, performs
/// effects and draws. Everything it decides is in `AppState`; everything it draws is `AppView`.
public enum Explorer {
    public struct Options {
        public var files: [String]
        public var theme: String?
        public var mouse: Bool
        /// Keys typed while the record opened (`ProgressScreen.typedAhead`), taken first.
        public var typedAhead: [Key]
        /// What was said while the record opened (its snapshot made again, or none kept): kept
        /// among the messages.
        public var notices: [String]
        public init(files: [String], theme: String?, mouse: Bool = true, typedAhead: [Key] = [], notices: [String] = []) {
            self.files = files
            self.theme = theme
            self.mouse = mouse
            self.typedAhead = typedAhead
            self.notices = notices
        }
    }

    /// Returns the exit status. The terminal is restored on every way out.
    public static func run(library: Library, options: Options) -> Int32 {
        let catalog = ThemeCatalog()
        let noColour = Environment.value("NO_COLOR").map { !$0.isEmpty } ?? false
        let (config, configProblems) = Config.load()
        let requested = options.theme ?? Environment.value("VITA_THEME").flatMap { $0.isEmpty ? nil : $0 } ?? config.theme ?? "default"
        var (theme, problem) = catalog.theme(named: noColour ? "mono" : requested)
        let backend: CursesBackend
        do { backend = try CursesBackend(theme: theme) } catch {
            FileHandle.standardError.write(Data("vita: \(error)\n".utf8))
            return 1
        }
        // Lines said meanwhile (a snapshot found damaged) are shown among the messages; those
        // not yet shown are said on standard error once the terminal is given back.
        SessionNotices.collect(restoringWith: { backend.stop() })
        defer {
            backend.stop()
            for line in SessionNotices.stopCollecting() { FileHandle.standardError.write(Data((line + "\n").utf8)) }
        }
        if !backend.hasColours && !noColour { theme = catalog.theme(named: "mono").0; backend.setTheme(theme) }
        let size = backend.size
        var state = AppState(library: library, width: size.width, height: size.height,
                             themeNames: catalog.names, theme: theme.name)
        state.apply(config)
        backend.setMouse(options.mouse && config.mouse != false)
        // What the last run on this record left: marks, theme, sort, view, selection, history.
        let kept = KeptState(library: library, themeGiven: options.theme != nil || Environment.value("VITA_THEME").map { !$0.isEmpty } == true)
        if let failure = kept.failure { state.message = Message(text: failure, isError: true) }
        kept.restore(into: &state)
        state.measured(AppView.measure(state))
        // What was said while the record opened: kept in the messages, said now when nothing
        // else is.
        for notice in options.notices { state.note(shown(notice)) }
        // A broken config file is said, and kept in the messages; what was valid of it holds.
        for p in configProblems { state.message = Message(text: "config: \(p)", isError: true) }
        if let problem {
            state.message = Message(text: problem, isError: true)
        } else if !configProblems.isEmpty {
            let n = configProblems.count
            state.message = Message(text: "\(n) \(n == 1 ? "problem" : "problems") in the config file (! lists them): \(configProblems[0])", isError: true, kept: false)
        } else if let first = library.diagnostics.first {
            // They were printed before the screen was taken, and show again after quitting.
            let n = library.diagnostics.count
            state.message = Message(text: "\(n) \(n == 1 ? "problem" : "problems") reading the record (! lists them): \(first)", isError: true, kept: false)
        } else if noColour && options.theme != nil {
            state.message = noColourMessage
        }
        let files = library.files
        var shownTheme = state.themeName
        // The whole record's charts and facets are made on another thread while the list is read,
        // and so are the charts of each search kept, before view 2 or 3 is asked for. They start
        // once the first frame is drawn: a record reopened from its snapshot draws it from the
        // papers of its rows alone, and these read every paper.
        let charts = ChartsAhead()
        var chartsStarted = false
        var peopleAsked = false
        var peopleReady = false
        var asked = ""
        var askedCentre = ""
        var askedFacets = ""
        var askedSort: PaperSort?
        // A frame is drawn when something changed, not on every idle wake-up.
        var dirty = true
        // Keys typed while the record opened, taken as the first keys once the list is drawn.
        var typedAhead = options.typedAhead

        while !state.quitRequested {
            let size = backend.size
            if size.width != state.layout.width || size.height != state.layout.height {
                state.resize(width: size.width, height: size.height)
                state.measured(AppView.measure(state))
                dirty = true
            }
            if state.themeName != shownTheme {
                shownTheme = state.themeName
                if noColour {
                    state.message = noColourMessage
                } else {
                    let (t, p) = catalog.theme(named: shownTheme)
                    backend.setTheme(t)
                    if let p { state.message = Message(text: p, isError: true) }
                }
            }
            if dirty {
                backend.draw(AppView.render(state, files: files))
                dirty = false
            }
            if !chartsStarted {
                chartsStarted = true
                DispatchQueue.global(qos: .utility).async { charts.makeWholeRecord(library) }
            }
            if backend.pendingSignal != 0 { break }
            for line in SessionNotices.take() {
                state.note(shown(line))
                dirty = true
            }
            // The person prompt, and the papers of the person selected in view 3, wait for the
            // people: they are counted at once on a thread of their own (not behind the charts),
            // and the prompt filled, or the view drawn again, when they are.
            if state.peopleCounting || (state.view == .coauthors && !peopleReady) {
                if !peopleAsked {
                    peopleAsked = true
                    DispatchQueue.global(qos: .userInitiated).async { _ = library.peopleIndex }
                }
                if state.peopleCounted() { dirty = true }
            }
            // (Looked at while view 3 is open only: a people file kept beside the snapshot is read
            // by the first look, which would otherwise hold a key typed as the explorer opens.)
            if !peopleReady, state.view == .coauthors, library.peopleIndexIfReady != nil {
                peopleReady = true
                dirty = true
            }
            // A search put off while the index was being made (its snapshot written behind the
            // first frame) runs once it is.
            if state.waitingForIndex, state.indexMade() { dirty = true }
            for made in charts.take() {
                if let years = made.years {
                    state.prime(years: years, graph: made.graph, facets: made.facets, for: made.key)
                } else if let graph = made.graph {
                    state.prime(graph: graph, for: made.key)
                } else if let facets = made.facets {
                    state.prime(facets: facets, for: made.key)
                }
                dirty = true
            }
            for (order, sort) in charts.takeOrders() {
                state.prime(order: order, for: sort)
                dirty = true
            }
            // An order of many papers (by title, say) made on another thread.
            if let wanted = state.sortWanted, wanted != askedSort {
                askedSort = wanted
                DispatchQueue.global(qos: .userInitiated).async { charts.add(order: library.order(by: wanted), for: wanted) }
            }
            // The facets panel open over many papers shown: counted on another thread.
            if state.facetsWanted == nil { askedFacets = "" }
            if let wanted = state.facetsWanted, wanted.key != askedFacets {
                askedFacets = wanted.key
                DispatchQueue.global(qos: .userInitiated).async {
                    charts.add(ChartsAhead.Made(key: wanted.key, years: nil, graph: nil, facets: Facets(library: library, indices: wanted.visible)))
                }
            }
            // View 3 centred on someone over many papers: their graph made on another thread
            // (on a record that does not keep its papers, after its people are counted: their
            // papers are then found without reading every paper shown).
            if state.centredGraphWanted == nil { askedCentre = "" }
            if let wanted = state.centredGraphWanted, wanted.key != askedCentre {
                askedCentre = wanted.key
                let visible = state.visible
                DispatchQueue.global(qos: .userInitiated).async {
                    if !library.keepsItsPapers { _ = library.peopleIndex }
                    let graph = CoauthorGraph.centred(on: (wanted.centre.key, wanted.centre.name), library: library, indices: visible,
                                                      people: ChartsState.graphPeople)
                    charts.add(ChartsAhead.Made(key: wanted.key, years: nil, graph: graph, facets: nil))
                }
            }
            if let key = state.listKey, key != asked, !state.isTypingSearch {
                asked = key
                let visible = state.visible
                DispatchQueue.global(qos: .utility).async {
                    charts.add(ChartsAhead.Made(key: key, years: Statistics(library: library, indices: visible, coauthors: false),
                                                graph: CoauthorGraph(library: library, indices: visible, people: ChartsState.graphPeople), facets: nil))
                }
            }
            // What another thread gave is drawn at once (the frame is drawn at the top of the
            // loop: a read's wait here would hold it a quarter of a second). While a view waits
            // for such a thing, the loop looks for it often; otherwise it sleeps in the read.
            let waiting = state.charts.waiting || state.peopleCounting || state.waitingForIndex || state.facets.wanted != nil || state.sortWanted != nil
            var keys: [Key] = []
            if !typedAhead.isEmpty {
                swap(&keys, &typedAhead)
            } else {
                guard let key = backend.readKey(timeout: dirty ? 0 : waiting ? 10 : 250) else { continue }
                if key == .resize { dirty = true; continue }
                keys = [key]
            }
            dirty = true
            // What is already waiting (a paste) is taken at once, and drawn once.
            while keys.count < 100_000, let next = backend.readKey(timeout: 0) { keys.append(next) }
            for (i, k) in keys.enumerated() where k != .resize {
                for effect in Driver.press(k, state: &state, moreComing: i < keys.count - 1) {
                    perform(effect, state: &state, backend: backend)
                }
            }
            if let failure = kept.save(state) { state.message = Message(text: failure, isError: true) }
        }
        return backend.pendingSignal != 0 ? 128 + backend.pendingSignal : 0
    }

    static let noColourMessage = Message(text: "NO_COLOR is set: colours are off", isError: false)

    /// A line meant for standard error as the explorer shows it: without its `vita: `.
    static func shown(_ line: String) -> String {
        VisibleText.singleLine(line.hasPrefix("vita: ") ? String(line.dropFirst(6)) : line)
    }

    static func perform(_ effect: Effect, state: inout AppState, backend: CursesBackend) {
        switch effect {
        case .suspend:
            backend.suspend()
        case .export, .copy, .open, .checkExportTarget, .completePath:
            EffectRunner.perform(effect, state: &state)
        case let .editNote(id, text):
            backend.outsideCurses { EffectRunner.editNote(id: id, text: text, state: &state) }
        }
    }
}

/// Charts, facets and orders of the papers made on other threads, handed to the explorer's loop.
final class ChartsAhead: @unchecked Sendable {
    struct Made {
        /// The filter they were made for (`""`: the whole record).
        var key: String
        /// Nil for a graph centred on someone alone.
        var years: Statistics?
        /// Nil for the years alone (given before the graph is made).
        var graph: CoauthorGraph?
        var facets: Facets?
    }
    private let lock = NSLock()
    private var made: [Made] = []

    /// What the explorer makes of the whole record after its first frame, each given as soon as
    /// it is made: the index, then the years, the coauthor graph and the facets, then the people.
    func makeWholeRecord(_ library: Library) {
        // The index's shards first (from a snapshot they are read on first use), so a search
        // typed now is answered at once.
        library.searchIndex.prepare()
        // A record that does not keep its papers numbers its people first: the coauthor graph,
        // and every graph re-centred after it, then reads each paper's people from their numbers
        // instead of reading every paper again (a people index read from beside the snapshot has
        // no numbers).
        if !library.keepsItsPapers {
            _ = library.personNumbers
            _ = library.peopleIndex
        }
        // View 2 waited for the graph and the facets too (8 s more at a million papers). From the
        // numbers the graph takes a fraction of a second and comes first; from papers in memory,
        // the years (a pass over them) come first, then the people numbered and the graph from
        // them (at a million papers 1.5 times as quick as the graph from the papers alone, and
        // the numbers are the people index's first half, made for `@` after anyway), then the
        // facets, which take longest.
        var years: Statistics?
        if library.keepsItsPapers {
            years = Statistics(library: library, coauthors: false)
            add(Made(key: "", years: years, graph: nil, facets: nil))
            _ = library.personNumbers
        }
        let graph = CoauthorGraph(library: library, people: ChartsState.graphPeople)
        add(Made(key: "", years: years, graph: graph, facets: nil))
        if years == nil {
            years = Statistics(library: library, coauthors: false)
            add(Made(key: "", years: years, graph: graph, facets: nil))
        }
        add(Made(key: "", years: years, graph: graph, facets: Facets(library: library, indices: Array(0..<library.paperCount))))
        // The people of the record, for the person prompt (`@`).
        _ = library.peopleIndex
    }

    func add(_ m: Made) {
        lock.lock()
        made.append(m)
        lock.unlock()
    }

    private var orders: [(order: [Int], sort: PaperSort)] = []

    func add(order: [Int], for sort: PaperSort) {
        lock.lock()
        orders.append((order, sort))
        lock.unlock()
    }

    /// The orders made since the last call.
    func takeOrders() -> [(order: [Int], sort: PaperSort)] {
        lock.lock()
        defer { orders = []; lock.unlock() }
        return orders
    }

    /// What was made since the last call.
    func take() -> [Made] {
        lock.lock()
        defer { made = []; lock.unlock() }
        return made
    }
}

/// The explorer's side of the state store: paper ids to the identities the store keeps, what was
/// saved last, and the changes to write after each key (each its own transaction).
final class KeptState {
    private let store: StateStore?
    let failure: String?
    private var last: AppState.Persisted?
    private let library: Library
    private let themeGiven: Bool

    init(library: Library, themeGiven: Bool, path: String? = StateStore.defaultPath) {
        self.themeGiven = themeGiven
        self.library = library
        guard let path, !library.files.isEmpty else { (store, failure) = (nil, nil); return }
        do {
            store = try StateStore(path: path, recordKey: StateStore.recordKey(files: library.files))
            failure = nil
        } catch {
            store = nil
            failure = "\(error); marks and settings will not be kept"
        }
    }

    /// The identity of a paper the explorer changed something of.
    private func identityOf(_ id: String) -> String? { library.paper(id: id).map(StateStore.identity) }

    /// The papers of the record the saved identities name: every paper's identity is made (on
    /// every core, nothing kept), and only those asked for are looked up.
    private func ids(of identities: Set<String>) -> [String: String] {
        guard !identities.isEmpty else { return [:] }
        // A reopened record finds them by its snapshot's table, reading only their papers.
        if let places = library.places(ofIdentities: identities) {
            let keys = Array(places.keys)
            return Dictionary(uniqueKeysWithValues: zip(keys, library.papers(at: keys.map { places[$0]! }).map(\.id)))
        }
        let papers = library.papers
        let cores = max(1, Cores.active)
        let chunk = (papers.count + cores - 1) / cores
        let found = UnsafeMutableBufferPointer<[String: String]>.allocate(capacity: cores)
        found.initialize(repeating: [:])
        defer { found.deinitialize().deallocate() }
        let box = FoundBox(found: found)
        DispatchQueue.concurrentPerform(iterations: cores) { c in
            var mine: [String: String] = [:]
            for k in (c * chunk)..<min(papers.count, (c + 1) * chunk) {
                let identity = papers[k].identity
                if identities.contains(identity), mine[identity] == nil { mine[identity] = papers[k].id }
            }
            box.found[c] = mine
        }
        // The first paper of an identity, in record order.
        return found.reduce(into: [:]) { all, part in all.merge(part) { first, _ in first } }
    }

    func restore(into state: inout AppState) {
        guard let store, let saved = try? store.load() else { last = state.persisted; return }
        let idOf = ids(of: saved.marks.union(saved.tags.keys).union(saved.notes.keys).union([saved.settings["selected"]].compactMap { $0 }))
        var p = state.persisted
        p.annotations.marks = Set(saved.marks.compactMap { idOf[$0] })
        p.annotations.tags = [:]
        for (identity, ts) in saved.tags { if let id = idOf[identity] { p.annotations.tags[id] = ts } }
        p.annotations.notes = [:]
        for (identity, note) in saved.notes { if let id = idOf[identity] { p.annotations.notes[id] = note } }
        p.annotations.searches = saved.searches.map { SavedSearch(name: $0.key, query: $0.value) }
            .sorted { $0.name.localizedStandardCompare($1.name) == .orderedAscending }
        if !themeGiven, let t = saved.settings["theme"] { p.theme = t }
        if let s = saved.settings["sort"] { p.sort = SortOrder(rawValue: s) }
        if let v = saved.settings["view"] { p.view = ["papers": View.papers, "years": .years, "coauthors": .coauthors][v] ?? p.view }
        if let sel = saved.settings["selected"] { p.selected = idOf[sel] }
        p.history = saved.history
        state.restore(p)
        last = state.persisted
    }

    /// Writes what changed since the last save; a failure is said, not fatal, and what failed
    /// is written again with the next save (the store busy past its wait: another window writing).
    func save(_ state: AppState) -> String? {
        guard let store else { return nil }
        let now = state.persisted
        guard let before = last, now != before else { return nil }
        let (a, b) = (now.annotations, before.annotations)
        do {
            let added = a.marks.subtracting(b.marks).compactMap(identityOf)
            let removed = b.marks.subtracting(a.marks).compactMap(identityOf)
            try store.changeMarks(added: Set(added), removed: Set(removed))
            if a.notes != b.notes {
                for id in Set(a.notes.keys).union(b.notes.keys) where a.notes[id] != b.notes[id] {
                    if let identity = identityOf(id) { try store.setNote(a.notes[id] ?? "", paper: identity) }
                }
            }
            if a.searches != b.searches {
                let queries = Dictionary(a.searches.map { ($0.name, $0.query) }, uniquingKeysWith: { _, last in last })
                for s in b.searches where queries[s.name] == nil { try store.setSearch(s.name, query: "") }
                for s in a.searches where !b.searches.contains(s) { try store.setSearch(s.name, query: s.query) }
            }
            if a.tags != b.tags {
                func pairs(_ t: [String: Set<String>]) -> Set<String> { Set(t.flatMap { id, ts in ts.map { id + "\u{0}" + $0 } }) }
                func split(_ s: Set<String>) -> [(paper: String, tag: String)] {
                    s.compactMap { pair in
                        let parts = pair.split(separator: "\u{0}", maxSplits: 1).map(String.init)
                        return parts.count == 2 ? identityOf(parts[0]).map { ($0, parts[1]) } : nil
                    }
                }
                let new = pairs(a.tags), old = pairs(b.tags)
                try store.changeTags(added: split(new.subtracting(old)), removed: split(old.subtracting(new)))
            }
            if now.theme != before.theme { try store.set("theme", now.theme) }
            if now.sort != before.sort { try store.set("sort", now.sort?.rawValue ?? "date") }
            if now.view != before.view { try store.set("view", ["\(View.papers)": "papers", "\(View.years)": "years", "\(View.coauthors)": "coauthors"]["\(now.view)"] ?? "papers") }
            if now.selected != before.selected, let id = now.selected, let identity = identityOf(id) { try store.set("selected", identity) }
            if now.history.count > before.history.count || now.history.last != before.history.last, let q = now.history.last {
                try store.remember(query: q)
            }
            last = now
            return nil
        } catch {
            return "\(error)"
        }
    }
}

private struct FoundBox: @unchecked Sendable {
    let found: UnsafeMutableBufferPointer<[String: String]>
}
