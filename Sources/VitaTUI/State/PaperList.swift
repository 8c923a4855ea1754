import VitaCore

/// View 1: the papers shown (the search's matches in the chosen order), the selected one, the
/// detail pane's scroll, and the search with its history.
public struct PaperList: Sendable {
    public let library: Library
    public internal(set) var session: SearchSession
    /// Paper indices in the order shown.
    public internal(set) var visible = PaperOrder()
    /// Position of the selected paper in `visible`.
    public internal(set) var selected = 0
    public internal(set) var detailOpen = false
    public internal(set) var detailScroll = 0
    /// The search that filters the list, if any.
    public internal(set) var filter: SearchResult?
    public internal(set) var filterText = ""
    /// What is wrong with the query being typed (its valid part still filters).
    public internal(set) var queryProblem: String?
    public internal(set) var sortChoice: SortOrder?
    public internal(set) var reversed = false
    /// Queries searched before on this record, oldest first, and where ↑ ↓ stand in them.
    public internal(set) var history: [String] = []
    var historyPosition: Int?
    /// Citations, h-index and the rest over the papers shown, when the record has counts.
    public internal(set) var metrics: Metrics?
    /// Full orders of all papers for each sort, made once.
    private var orderCache: [PaperSort: [Int]] = [:]
    /// An order of a record of more than `sortApartAbove` papers that the list waits for, to be
    /// made on another thread (a second and more at a million papers by title) and given with
    /// `prime(order:for:)`; meanwhile the papers are shown newest first.
    public internal(set) var sortWanted: PaperSort?
    var sortApartAbove = 100_000

    init(library: Library) {
        self.library = library
        session = SearchSession(library: library)
    }

    public var sort: SortOrder { sortChoice ?? (filter == nil ? .date : .relevance) }
    public var selectedPaper: Paper? { visible.indices.contains(selected) ? library.paper(at: visible[selected]) : nil }

    /// Filters by `text` with the user's tags, notes and marks; returns whether the papers shown
    /// changed. A query with nothing valid in it keeps the last result rather than matching everything.
    mutating func search(_ text: String, annotations: Annotations) -> Bool {
        let trimmed = text.trimmingWhitespace()
        if trimmed.isEmpty {
            queryProblem = nil
            if filter != nil { clearFilter(); return true }
            return false
        }
        // Handed over as they are (a table of tag to papers, made at every keystroke, took a
        // third of a second with 950,000 papers tagged): only a `tag:` term looks through them.
        session.tags = annotations.tags
        session.notes = annotations.notes
        let result = session.search(trimmed, marked: annotations.marks)
        // What is wrong is said in full; what could be understood still filters (an open quote is
        // a phrase to the end, as in `vita search`).
        queryProblem = result.problems.first.map { "\($0.message) (column \($0.column))" }
        if result.query.isEmpty { return false }
        filter = result
        filterText = trimmed
        // Like fzf: while typing, the best match is selected.
        recompute(keeping: nil)
        return true
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
        sortWanted = nil
        if sort == .relevance, let filter, !reversed {
            // Ranked only as far as the list looks.
            visible = PaperOrder(filter.ranking)
        } else {
            var order: [Int]
            if sort == .relevance, let filter {
                order = filter.ranked
            } else {
                var key = sort.paperSort ?? .date
                if orderCache[key] == nil, key != .date, library.paperCount > sortApartAbove {
                    sortWanted = key
                    key = .date
                }
                // Newest first is the index's own order (from a snapshot, read without the papers).
                if orderCache[key] == nil { orderCache[key] = key == .date ? library.dateOrder : library.order(by: key) }
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
            visible = PaperOrder(order)
        }
        // The metrics do not depend on the order: a search's are counted from its matches.
        if library.hasCitations { metrics = filter.map { library.metrics(of: $0.matches) } ?? library.metrics(of: visible.array) }
        select(id: id)
    }

    /// Selects the paper `id` names when it is shown, else the first.
    mutating func select(id: String?) {
        if let id, let index = library.index(of: id), let pos = visible.firstIndex(of: index) {
            selected = pos
        } else {
            selected = 0
        }
        detailScroll = 0
    }

    /// An order made on another thread (`sortWanted`): the list follows it when it is the one
    /// it waits for.
    mutating func prime(order: [Int], for sort: PaperSort) {
        orderCache[sort] = order
        if sortWanted == sort { recompute(keeping: selectedPaper?.id) }
    }

    mutating func select(_ position: Int) {
        guard !visible.isEmpty else { selected = 0; return }
        let p = min(max(0, position), visible.count - 1)
        if p != selected { detailScroll = 0 }
        selected = p
    }

    /// Scrolls the detail, no further than `limit` (the pane's measure) when it is known.
    mutating func scrollDetail(by delta: Int, limit: Int?) {
        detailScroll = max(0, min(detailScroll + delta, limit ?? Int.max / 2))
    }

    mutating func cycleSort() {
        // Citations only where some paper has a count.
        let choices: [SortOrder] = (filter == nil ? [.date, .title, .category, .score, .citations] : SortOrder.allCases)
            .filter { $0 != .citations || library.hasCitations }
        let i = choices.firstIndex(of: sort) ?? -1
        sortChoice = choices[(i + 1) % choices.count]
        recompute(keeping: selectedPaper?.id)
    }

    mutating func reverse() {
        reversed.toggle()
        recompute(keeping: selectedPaper?.id)
    }

    /// ↑ ↓ in the search prompt: the query before or after the one shown ("" past the newest).
    mutating func recall(_ step: Int) -> String? {
        guard !history.isEmpty else { return nil }
        let i = (historyPosition ?? history.count) + step
        if i >= history.count {
            historyPosition = nil
            return ""
        }
        historyPosition = max(0, i)
        return history[historyPosition!]
    }

    /// Enter in the search prompt: the query joins the history.
    mutating func keepQuery(_ typed: String) {
        historyPosition = nil
        if filter == nil { filterText = "" }
        let t = typed.trimmingWhitespace()
        if !t.isEmpty, history.last != t { history.append(t) }
    }
}
