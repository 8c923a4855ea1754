import Dispatch
import FoundationEssentials
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
            Descriptor.write(2, "vita: \(error)\n")
            return 1
        }
        // Lines said meanwhile (a snapshot found damaged) are shown among the messages; those
        // not yet shown are said on standard error once the terminal is given back.
        SessionNotices.collect(restoringWith: { backend.stop() })
        defer {
            backend.stop()
            for line in SessionNotices.stopCollecting() { Descriptor.write(2, line + "\n") }
        }
        if !backend.hasColours && !noColour { theme = catalog.theme(named: "mono").0; backend.setTheme(theme) }
        let size = backend.size
        var state = AppState(library: library, width: size.width, height: size.height,
                             themeNames: catalog.names, theme: theme.name)
        state.apply(config)
        backend.setMouse(options.mouse && config.mouse != false)
        // What the last run on this record left: marks, theme, sort, view, selection, history.
        let kept = KeptState(library: library, themeGiven: options.theme != nil || Environment.value("VITA_THEME").map { !$0.isEmpty } == true)
        let exports = ExportsApart()
        if let failure = kept.failure { state.message = Message(text: failure, isError: true) }
        // Very many marks and tags take seconds to find again (950,000 at a million papers:
        // 8.5 s): they are found on another thread, the keys answering meanwhile.
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
            state.message = Message(text: "\(NumberText.grouped(n)) \(n == 1 ? "problem" : "problems") in the config file (! lists them): \(configProblems[0])", isError: true, kept: false)
        } else if let first = library.diagnostics.first {
            // They were printed before the screen was taken, and show again after quitting.
            let n = library.diagnostics.count
            state.message = Message(text: "\(NumberText.grouped(n)) \(n == 1 ? "problem" : "problems") reading the record (! lists them): \(first)", isError: true, kept: false)
        } else if noColour && options.theme != nil {
            state.message = noColourMessage
        } else if let n = state.keptBeingFound {
            state.message = Message(text: "finding the \(NumberText.grouped(n)) marks, tags and notes kept again…", isError: false)
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
            if let n = state.keptBeingFound, kept.takeFound(into: &state) {
                state.message = Message(text: "the \(NumberText.grouped(n)) marks, tags and notes kept are in place", isError: false)
                dirty = true
            }
            if let failure = kept.takeFailure() {
                state.message = Message(text: failure, isError: true)
                dirty = true
            }
            for report in exports.take() {
                state.exportFinished(report)
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
                || exports.isWriting || kept.isFinding
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
                    perform(effect, state: &state, backend: backend, exports: exports)
                }
            }
            kept.save(state)
        }
        // An export being written is finished, and what was changed last is in the store,
        // before the explorer ends (said meanwhile: at a million papers each takes seconds).
        func say(_ text: String) {
            state.message = Message(text: text, isError: false)
            backend.draw(AppView.render(state, files: files))
        }
        if exports.isWriting { say("finishing the export…") }
        exports.wait()
        // Said once the terminal is given back.
        for report in exports.take() {
            state.exportFinished(report)
            if let said = state.message { SessionNotices.say("vita: " + said.text) }
        }
        if kept.isWriting { say("keeping the marks and settings…") }
        // Kept marks still being found cannot have changed: the rest is written without them.
        let failure = kept.isFinding ? kept.finishWhileFinding(state) : kept.flush()
        if let failure { SessionNotices.say("vita: the last changes were not kept: \(failure)") }
        return backend.pendingSignal != 0 ? 128 + backend.pendingSignal : 0
    }

    static let noColourMessage = Message(text: "NO_COLOR is set: colours are off", isError: false)

    /// A line meant for standard error as the explorer shows it: without its `vita: `.
    static func shown(_ line: String) -> String {
        VisibleText.singleLine(line.hasPrefix("vita: ") ? String(line.dropFirst(6)) : line)
    }

    static func perform(_ effect: Effect, state: inout AppState, backend: CursesBackend, exports: ExportsApart) {
        switch effect {
        case .suspend:
            backend.suspend()
        case let .export(ids, path, mode) where ids.count > ExportsApart.apartAbove:
            guard !exports.isWriting else {
                state.message = Message(text: "an export is still being written: press e again once it is done", isError: true)
                return
            }
            state.message = Message(text: "exporting \(NumberText.grouped(ids.count)) papers to \(VisibleText.singleLine(path))…", isError: false)
            exports.start(ids, to: path, mode: mode, library: state.library)
        case .export, .copy, .open, .checkExportTarget, .completePath:
            EffectRunner.perform(effect, state: &state)
        case let .editNote(id, text):
            backend.outsideCurses { EffectRunner.editNote(id: id, text: text, state: &state) }
        }
    }
}

/// Exports of many papers written on a thread of their own (950,000 papers took 13 s, every
/// key held), their reports handed to the explorer's loop; the session's end waits for them.
final class ExportsApart: @unchecked Sendable {
    /// Past this many papers an export is written apart (20,000 take about a quarter of a second).
    static let apartAbove = 20_000
    private let lock = Lock()
    private var writing = 0
    private var done: [Result<BibTeXExport.Report, Error>] = []
    private let finished = DispatchGroup()

    var isWriting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return writing > 0
    }

    func start(_ ids: [String], to path: String, mode: BibTeXExport.Mode, library: Library) {
        lock.lock()
        writing += 1
        lock.unlock()
        finished.enter()
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            let result = EffectRunner.export(ids, to: path, mode: mode, library: library)
            lock.lock()
            writing -= 1
            done.append(result)
            lock.unlock()
            finished.leave()
        }
    }

    /// The reports of the exports finished since the last look.
    func take() -> [Result<BibTeXExport.Report, Error>] {
        lock.lock()
        defer { lock.unlock() }
        let out = done
        done = []
        return out
    }

    /// Waits for the exports being written.
    func wait() { finished.wait() }
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
    private let lock = Lock()
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
/// saved last, and the changes to write after each key (each its own transaction). Restored as
/// the explorer opens; saved on a thread of its own, so that no key waits for the store (marking
/// every paper of a large record writes a row a paper); the session's end waits for the saves.
final class KeptState: @unchecked Sendable {
    private let store: StateStore?
    let failure: String?
    /// What the store holds: read and written on `saving` once the record is restored.
    private var last: AppState.Persisted?
    /// What was last handed to `saving` (the explorer's thread).
    private var handed: AppState.Persisted?
    private let saving = DispatchQueue(label: "vita.kept-state")
    /// Guards what follows: the state waiting to be written (the latest only: saves handed over
    /// while one is written are written as one), a save's failure, for the explorer to say, and
    /// whether it is to be tried again.
    private let lock = Lock()
    private var waiting: AppState.Persisted?
    /// Writes handed to `saving` and not finished.
    private var writes = 0
    private var failed: String?
    private var retry = false
    private let library: Library
    private let themeGiven: Bool

    init(library: Library, themeGiven: Bool, path: String? = StateStore.defaultPath, apartFrom: Int = KeptState.apartFrom) {
        self.themeGiven = themeGiven
        self.apartFrom = apartFrom
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

    /// Past this many marks, tags and notes kept, they are found again on another thread (20,000
    /// take about a fifth of a second).
    static let apartFrom = 20_000
    private let apartFrom: Int

    /// How many marks, tags and notes the store keeps for the record; nil without a store.
    var savedCount: Int? { try? store?.savedCount() }

    /// The identity of a paper the explorer changed something of.
    private func identityOf(_ id: String) -> String? { library.paper(id: id).map(StateStore.identity) }

    /// Past this many papers changed at once, their identities are found in one pass over the
    /// record: found one by one, each paper was looked up by its id and copied, 13 s for
    /// 950,000 marks, every key held meanwhile.
    static let onePassFrom = 256

    /// The identity of each paper `ids` names, by id.
    private func identities(of ids: Set<String>) -> [String: String] {
        guard ids.count > Self.onePassFrom else {
            return Dictionary(ids.compactMap { id in identityOf(id).map { (id, $0) } }, uniquingKeysWith: { first, _ in first })
        }
        let found = eachPaper { p -> (id: String, identity: String)? in ids.contains(p.pointee.id) ? (p.pointee.id, p.pointee.identity) : nil }
        return Dictionary(found, uniquingKeysWith: { first, _ in first })
    }

    /// The papers of the record the saved identities name: every paper's identity is made (on
    /// every core, nothing kept), and only those asked for are looked up.
    private func ids(of identities: Set<String>) -> [String: String] {
        guard !identities.isEmpty else { return [:] }
        // A reopened record finds a few by its snapshot's table, reading only their papers; many
        // (a paper in 64 or more) in one pass, each chunk read once (read one by one, 950,000
        // marks held the first frame 22 s).
        if identities.count * 64 < library.paperCount, let places = library.places(ofIdentities: identities) {
            let keys = Array(places.keys)
            return Dictionary(uniqueKeysWithValues: zip(keys, library.papers(at: keys.map { places[$0]! }).map(\.id)))
        }
        let found = eachPaper { p -> (identity: String, id: String)? in
            let identity = p.pointee.identity
            return identities.contains(identity) ? (identity, p.pointee.id) : nil
        }
        // The first paper of an identity, in record order.
        return Dictionary(found, uniquingKeysWith: { first, _ in first })
    }

    /// What `take` gives of each paper that gives something, in record order: one pass over the
    /// record on every core, each paper read where it lies (a record too large to keep its
    /// papers read a chunk at a time).
    private func eachPaper<T: Sendable>(_ take: @escaping @Sendable (UnsafePointer<Paper>) -> T?) -> [T] {
        let count = library.paperCount
        guard count > 0 else { return [] }
        let reader = library.reader(for: Array(0..<count))
        let parts = max(1, min(count / 4_096 + 1, 4 * Cores.active))
        let size = (count + parts - 1) / parts
        let found = UnsafeMutableBufferPointer<[T]>.allocate(capacity: parts)
        found.initialize(repeating: [])
        defer { found.deinitialize().deallocate() }
        let box = FoundBox(found: found)
        DispatchQueue.concurrentPerform(iterations: parts) { c in
            var mine: [T] = []
            for k in (c * size)..<min(count, (c + 1) * size) {
                if let t = reader.at(k, take) { mine.append(t) }
            }
            box.found[c] = mine
        }
        return found.flatMap { $0 }
    }

    /// The kept marks, tags and notes of a record, by the ids of its papers, and the paper
    /// selected when it was left.
    struct Found: Sendable {
        var marks: Set<String> = []
        var tags: [String: Set<String>] = [:]
        var notes: [String: String] = [:]
        var selected: String?
    }

    /// Found on `saving` (very many kept: `restore`), for the explorer's loop to take.
    private var found: Found?
    /// Whether they are being found (the explorer's thread): nothing is saved meanwhile, since
    /// what the explorer holds lacks them.
    private(set) var isFinding = false
    /// The paper selected when they were looked for: the one kept is selected again if the user
    /// has not moved since.
    private var unmoved: String?

    /// Takes what the last run on this record left. Past `apartFrom` marks, tags and notes, they
    /// are found on `saving` (950,000 took 8.5 s, every key held): the rest is taken now, and
    /// they are given by `takeFound` (`AppState.keptBeingFound` says so meanwhile).
    func restore(into state: inout AppState) {
        let count = savedCount ?? 0
        let many = count > apartFrom
        guard let store, let saved = try? store.load(papers: !many) else { last = state.persisted; return }
        var p = state.persisted
        if !themeGiven, let t = saved.settings["theme"] { p.theme = t }
        if let s = saved.settings["sort"] { p.sort = SortOrder(rawValue: s) }
        if let v = saved.settings["view"] { p.view = ["papers": View.papers, "years": .years, "coauthors": .coauthors][v] ?? p.view }
        p.annotations.searches = saved.searches.map { SavedSearch(name: $0.key, query: $0.value) }
            .sorted { NaturalOrder.ascending($0.name, $1.name) }
        p.history = saved.history
        let selected = saved.settings["selected"]
        guard many else {
            let f = byID(saved, selected: selected)
            (p.annotations.marks, p.annotations.tags, p.annotations.notes, p.selected) = (f.marks, f.tags, f.notes, f.selected)
            state.restore(p)
            last = state.persisted
            handed = last
            return
        }
        state.restore(p)
        state.findingKept(count)
        last = state.persisted
        handed = last
        isFinding = true
        unmoved = state.selectedPaper?.id
        saving.async { [self] in
            let f = byID((try? self.store?.loadPapers()) ?? StateStore.Saved(), selected: selected)
            // What the store holds, for the saves to come (none is handed over meanwhile).
            last?.annotations.marks = f.marks
            last?.annotations.tags = f.tags
            last?.annotations.notes = f.notes
            lock.lock()
            found = f
            lock.unlock()
        }
    }

    /// The marks, tags and notes `saved` keeps by paper identity, by the ids of the papers.
    private func byID(_ saved: StateStore.Saved, selected: String?) -> Found {
        let idOf = ids(of: saved.marks.union(saved.tags.keys).union(saved.notes.keys).union([selected].compactMap { $0 }))
        var f = Found()
        f.marks = Set(saved.marks.compactMap { idOf[$0] })
        f.tags.reserveCapacity(saved.tags.count)
        for (identity, ts) in saved.tags { if let id = idOf[identity] { f.tags[id] = ts } }
        for (identity, note) in saved.notes { if let id = idOf[identity] { f.notes[id] = note } }
        f.selected = selected.flatMap { idOf[$0] }
        return f
    }

    /// Puts the kept marks, tags and notes in place once found (`wait`: waits for them); true
    /// when it did. What changed meanwhile (sort, view, theme) is saved then.
    @discardableResult
    func takeFound(into state: inout AppState, wait: Bool = false) -> Bool {
        guard isFinding else { return false }
        if wait { saving.sync {} }
        lock.lock()
        let f = found
        found = nil
        lock.unlock()
        guard let f else { return false }
        isFinding = false
        state.restoreKept(marks: f.marks, tags: f.tags, notes: f.notes, selected: f.selected, unmoved: unmoved)
        handed = nil
        save(state)
        return true
    }

    /// Hands what changed since the last save to the store's thread. A save that failed is tried
    /// again with the next one, and said once (`takeFailure`).
    func save(_ state: AppState) {
        guard store != nil, !isFinding else { return }
        let now = state.persisted
        lock.lock()
        let again = retry
        retry = false
        lock.unlock()
        guard again || now != handed else { return }
        handed = now
        lock.lock()
        let scheduled = waiting != nil
        waiting = now
        lock.unlock()
        guard !scheduled else { return }
        lock.lock()
        writes += 1
        lock.unlock()
        saving.async { [self] in
            lock.lock()
            let latest = waiting
            waiting = nil
            lock.unlock()
            let failure = latest.flatMap(write)
            lock.lock()
            writes -= 1
            if let failure { (failed, retry) = (failure, true) }
            lock.unlock()
        }
    }

    /// Whether a save handed over is not written yet.
    var isWriting: Bool {
        lock.lock()
        defer { lock.unlock() }
        return writes > 0
    }

    /// What the last failed save said, once.
    func takeFailure() -> String? {
        lock.lock()
        defer { lock.unlock() }
        let f = failed
        failed = nil
        return f
    }

    /// Waits for the saves handed over; what a failed one said.
    @discardableResult
    func flush() -> String? {
        saving.sync {}
        return takeFailure()
    }

    /// Writes what changed since the last write; a failure is said, not fatal, and what failed
    /// is written again with the next write (the store busy past its wait: another window writing).
    private func write(_ now: AppState.Persisted) -> String? {
        guard let store else { return nil }
        guard let before = last, now != before else { return nil }
        do {
            try writePapers(now.annotations, before: before.annotations, to: store)
            try writeSettings(now, before: before, to: store)
            last = now
            return nil
        } catch {
            return "\(error)"
        }
    }

    /// The marks, tags and notes changed.
    private func writePapers(_ a: Annotations, before b: Annotations, to store: StateStore) throws {
        // Looked at only when they changed (the same marks are one set, told at once; the
        // differences of a million marks took a tenth of a second at every key).
        if a.marks != b.marks {
            let added = identities(of: a.marks.subtracting(b.marks)).values
            let removed = identities(of: b.marks.subtracting(a.marks)).values
            try store.changeMarks(added: Set(added), removed: Set(removed))
        }
        if a.notes != b.notes {
            for id in Set(a.notes.keys).union(b.notes.keys) where a.notes[id] != b.notes[id] {
                if let identity = identityOf(id) { try store.setNote(a.notes[id] ?? "", paper: identity) }
            }
        }
        if a.tags != b.tags {
            // The tags put on and taken off, by paper; the papers' identities found at once.
            var on: [(id: String, tag: String)] = [], off: [(id: String, tag: String)] = []
            for id in Set(a.tags.keys).union(b.tags.keys) where a.tags[id] != b.tags[id] {
                let now = a.tags[id] ?? [], then = b.tags[id] ?? []
                on += now.subtracting(then).map { (id, $0) }
                off += then.subtracting(now).map { (id, $0) }
            }
            let identity = identities(of: Set(on.map(\.id) + off.map(\.id)))
            func named(_ pairs: [(id: String, tag: String)]) -> [(paper: String, tag: String)] {
                pairs.compactMap { p in identity[p.id].map { ($0, p.tag) } }
            }
            try store.changeTags(added: named(on), removed: named(off))
        }
    }

    /// The saved searches, theme, sort, view, selected paper and search history changed.
    private func writeSettings(_ now: AppState.Persisted, before: AppState.Persisted, to store: StateStore) throws {
        let (a, b) = (now.annotations, before.annotations)
        if a.searches != b.searches {
            let queries = Dictionary(a.searches.map { ($0.name, $0.query) }, uniquingKeysWith: { _, last in last })
            for s in b.searches where queries[s.name] == nil { try store.setSearch(s.name, query: "") }
            for s in a.searches where !b.searches.contains(s) { try store.setSearch(s.name, query: s.query) }
        }
        if now.theme != before.theme { try store.set("theme", now.theme) }
        if now.sort != before.sort { try store.set("sort", now.sort?.rawValue ?? "date") }
        if now.view != before.view { try store.set("view", ["\(View.papers)": "papers", "\(View.years)": "years", "\(View.coauthors)": "coauthors"]["\(now.view)"] ?? "papers") }
        if now.selected != before.selected, let id = now.selected, let identity = identityOf(id) { try store.set("selected", identity) }
        if now.history.count > before.history.count || now.history.last != before.history.last, let q = now.history.last {
            try store.remember(query: q)
        }
    }

    /// Leaving before the kept marks, tags and notes are found: what else changed meanwhile is
    /// written at once (they cannot have changed: the keys that change them waited), on this
    /// thread, without waiting for them to be found (seconds at a million papers). Nil when
    /// nothing was being found or it was written; what a failure said otherwise.
    func finishWhileFinding(_ state: AppState) -> String? {
        guard isFinding, let store, let before = handed else { return nil }
        do {
            try writeSettings(state.persisted, before: before, to: store)
            return nil
        } catch {
            return "\(error)"
        }
    }
}

private struct FoundBox<T>: @unchecked Sendable {
    let found: UnsafeMutableBufferPointer<[T]>
}
