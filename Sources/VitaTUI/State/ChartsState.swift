import VitaCore

/// The coauthor graph of the papers shown (it follows the search), the part of it drawn, and
/// where the people drawn stand.
public struct CoauthorChart: Sendable {
    public var graph: CoauthorGraph
    /// The owner and the top coauthors.
    public var shown: CoauthorGraph
    public var positions: [GraphLayout.Point]
}

/// A person the coauthor graph is centred on: their key (a DBLP homonym's number included) and
/// the name shown.
public struct PersonRef: Equatable, Sendable {
    public var key: String
    public var name: String
    public init(key: String, name: String) {
        self.key = key
        self.name = name
    }
}

/// Views 2 and 3: the chart of the open view, what is selected in it, and the charts kept so a
/// view opens at once the second time.
public struct ChartsState: Sendable {
    /// The people the coauthor graph was re-centred on, in the order taken (Enter on a person);
    /// the graph is centred on the last, over their papers among those shown. Empty: the owner.
    public internal(set) var path: [PersonRef] = []
    /// The centre the path was taken from: the owner, when the first graph is theirs (a record
    /// without an owner, or a person opened with `@`, has none before the path).
    public internal(set) var start: PersonRef?
    public internal(set) var selectedYear: Int?
    /// Index into `coauthorChart.shown.nodes` of the selected person.
    public internal(set) var selectedPerson = 1
    /// How many coauthors the graph shows; nil: what fits the terminal.
    public internal(set) var graphLimit: Int?
    /// The most people a graph of the explorer keeps (`+` shows up to them): the rest are counted
    /// in its title, and their pairs are not (a whole record of many people has millions).
    public static let graphPeople = 500
    /// The chart of the open view, made for the papers shown when the view opens or they change.
    public internal(set) var yearStatistics: Statistics?
    public internal(set) var coauthorChart: CoauthorChart?
    /// View 2 charts citations per year instead of papers (`c`).
    public internal(set) var yearsShowCitations = false
    /// The open view's chart is being made on another thread: more papers are shown than a chart
    /// is made of while a key waits (`madeApartAbove`), or the record does not keep its papers,
    /// and none was made for them before. The explorer's loop makes the charts of the whole
    /// record and of each search kept, and the view is drawn when they come (`prime`).
    public internal(set) var waiting = false
    /// Papers shown past which the open view's chart is not made while a key waits (any number,
    /// of a record that does not keep its papers: a chart there reads its papers' chunks again).
    var madeApartAbove = 200_000
    /// The graph centred on someone that the open view waits for (its key in the cache and its
    /// centre): made by the explorer's loop on another thread, as the charts above the limit are,
    /// and given back with `prime(graph:for:)`. Finding a person's papers among many, or reading
    /// them on a record that does not keep its papers, takes seconds.
    public internal(set) var centredWanted: (key: String, centre: PersonRef)?
    private var cache = ChartCache()

    /// Makes the open view's chart for the papers shown; the other chart is dropped (it is made
    /// again when its view opens), so a search typed over one view computes only that one.
    /// `key` names the papers shown for the cache (nil: not to be cached).
    mutating func refresh(view: View, library: Library, visible shown: PaperOrder, key: String?, defaultLimit: Int) {
        // The papers in order only where a chart is made of them (a ranking made whole then).
        var visible: [Int] { shown.array }
        (waiting, centredWanted) = (false, nil)
        // Many papers, no chart made for them yet and none to be centred on a person: the chart is
        // made on another thread (a key never waits seconds for one), if it can be (a filter of
        // marks has no key: its chart is made here).
        if view != .papers, let key, shown.count > (library.keepsItsPapers ? madeApartAbove : 0), path.isEmpty || view == .years,
           view == .years ? cache.years(key) == nil : cache.chart(key, limit: nil) == nil {
            (yearStatistics, coauthorChart, waiting) = (nil, nil, true)
            return
        }
        // The same for a graph centred on someone.
        if view == .coauthors, let key, let centre = path.last, shown.count > (library.keepsItsPapers ? madeApartAbove : 0),
           cache.chart(Self.key(key, centredOn: centre), limit: nil) == nil {
            (yearStatistics, coauthorChart, waiting, centredWanted) = (nil, nil, true, (Self.key(key, centredOn: centre), centre))
            return
        }
        switch view {
        case .papers:
            yearStatistics = nil
            coauthorChart = nil
        case .years:
            coauthorChart = nil
            let statistics = key.flatMap(cache.years) ?? Statistics(library: library, indices: visible, coauthors: false)
            if let key { cache.keep(years: statistics, for: key) }
            yearStatistics = statistics
            if selectedYear.map({ year in !statistics.perYear.contains { $0.year == year } }) ?? true {
                // The newest year with papers.
                selectedYear = statistics.perYear.last { $0.papers > 0 }?.year
            }
        case .coauthors:
            yearStatistics = nil
            let limit = graphLimit ?? defaultLimit
            // A graph centred on someone is kept under its filter and its centre.
            let key = key.map { k in path.last.map { Self.key(k, centredOn: $0) } ?? k }
            if let key, let cached = cache.chart(key, limit: limit) {
                coauthorChart = cached
                if !cached.shown.nodes.indices.contains(selectedPerson) { selectedPerson = cached.shown.nodes.count > 1 ? 1 : 0 }
            } else {
                let made = key.flatMap { cache.chart($0, limit: nil) }?.graph ?? path.last.map {
                    CoauthorGraph.centred(on: ($0.key, $0.name), library: library, indices: visible, people: Self.graphPeople)
                } ?? CoauthorGraph(library: library, indices: visible, people: Self.graphPeople)
                fit(made, defaultLimit: defaultLimit)
            }
            if let key, let c = coauthorChart { cache.keep(chart: c, limit: limit, for: key) }
        }
    }

    /// The cache's key of a graph of the papers of `key` centred on `centre`.
    static func key(_ key: String, centredOn centre: PersonRef) -> String { key + "\u{0}@" + centre.key }

    /// Picks the people drawn (the chosen number, or what fits) and lays them out; the layout is
    /// kept when they are the same people.
    mutating func fit(_ graph: CoauthorGraph, defaultLimit: Int) {
        let shown = graph.top(graphLimit ?? defaultLimit)
        let positions = coauthorChart.map { $0.shown == shown } == true ? coauthorChart!.positions : GraphLayout.compute(shown)
        coauthorChart = CoauthorChart(graph: graph, shown: shown, positions: positions)
        if !shown.nodes.indices.contains(selectedPerson) { selectedPerson = shown.nodes.count > 1 ? 1 : 0 }
    }

    /// Centres the coauthor graph on the selected person; returns what to say. The caller makes
    /// the chart again.
    mutating func recentre() -> Message {
        guard let g = coauthorChart?.shown, g.nodes.indices.contains(selectedPerson) else {
            return Message(text: "no person selected", isError: true)
        }
        let n = g.nodes[selectedPerson]
        // The centre itself (a record without an owner has none: its first person is re-centred on).
        if selectedPerson == 0 && g.nodes[0].isOwner {
            return Message(text: "the graph is centred on \(n.shownName) already (Backspace goes back)", isError: false)
        }
        if path.isEmpty { start = g.nodes[0].isOwner ? PersonRef(key: g.nodes[0].key, name: g.nodes[0].shownName) : nil }
        path.append(PersonRef(key: n.key, name: n.shownName))
        selectedPerson = 1
        return Message(text: "centred on \(n.shownName) (Backspace goes back)", isError: false)
    }

    /// Goes back to the centre before the last; returns what to say. The caller makes the chart
    /// again, and then `select(key:)` the person left.
    mutating func stepBack() -> (message: Message, left: PersonRef?) {
        guard let left = path.popLast() else {
            return (Message(text: "the graph is at its first centre", isError: false), nil)
        }
        let now = (path.last ?? start).map { "\($0.name)'s coauthors" } ?? "the first graph"
        return (Message(text: "back to \(now) (from \(left.name))", isError: false), left)
    }

    /// Sets the path of centres (a person opened from `@`: only them).
    mutating func setPath(_ people: [PersonRef]) {
        path = people
        start = nil
    }

    /// The centres the status line shows: where the path started, then each taken.
    public var walked: [PersonRef] { path.isEmpty ? [] : (start.map { [$0] } ?? []) + path }

    /// Selects the person of `key` in the graph drawn, if they are in it.
    mutating func select(key: String) {
        if let i = coauthorChart?.shown.nodes.firstIndex(where: { $0.key == key }) { selectedPerson = i }
    }

    /// Moves in a chart or changes how many people it shows; returns what to say, if anything.
    mutating func reduce(_ action: Action, defaultLimit: Int) -> Message? {
        switch action {
        case .left, .right:
            guard let stats = yearStatistics else { break }
            let years = (yearsShowCitations ? stats.citationsAsYears : stats).perYear.map(\.year)
            guard !years.isEmpty else { break }
            let i = selectedYear.flatMap { years.firstIndex(of: $0) } ?? years.count - 1
            selectedYear = years[max(0, min(years.count - 1, i + (action == .left ? -1 : 1)))]
        case .nextItem, .previousItem:
            guard let n = coauthorChart?.shown.nodes.count, n > 0 else { break }
            selectedPerson = (selectedPerson + (action == .nextItem ? 1 : -1) + n) % n
        case .toggleCitations:
            guard let stats = yearStatistics else { break }
            if !yearsShowCitations, stats.metrics.citationsPerYear.isEmpty {
                return Message(text: "no citations per year among these papers (OpenAlex records give them)", isError: true)
            }
            yearsShowCitations.toggle()
            let years = (yearsShowCitations ? stats.citationsAsYears : stats).perYear
            if let y = selectedYear, !years.contains(where: { $0.year == y }) { selectedYear = years.last?.year }
            if selectedYear == nil { selectedYear = years.last?.year }
            return Message(text: yearsShowCitations ? "citations per year (c: papers per year)" : "papers per year (c: citations per year)", isError: false)
        case .more, .fewer:
            guard let c = coauthorChart else { break }
            let current = c.shown.nodes.count - 1
            let available = c.graph.nodes.count - 1
            let next = action == .more ? min(available, current + 5) : max(1, current - 5)
            graphLimit = next
            fit(c.graph, defaultLimit: defaultLimit)
            return Message(text: "showing \(NumberText.grouped(next)) of \(NumberText.grouped(available)) coauthors", isError: false)
        default:
            break
        }
        return nil
    }

    /// The whole record's charts, made ahead (on another thread, while the list is shown), so
    /// views 2 and 3 open at once the first time too.
    mutating func prime(years: Statistics?, graph: CoauthorGraph?, defaultLimit: Int, for key: String = "") {
        if let years, cache.years(key) == nil { cache.keep(years: years, for: key) }
        if let graph, cache.chart(key, limit: nil) == nil {
            let limit = graphLimit ?? defaultLimit
            let shown = graph.top(limit)
            cache.keep(chart: CoauthorChart(graph: graph, shown: shown, positions: GraphLayout.compute(shown)), limit: limit, for: key)
        }
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
