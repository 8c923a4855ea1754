/// Where the keyboard is: the bindings that apply depend on it.
public enum Context: Hashable, Sendable, CaseIterable {
    case list, detail, facets, help, log, links, searches, prompt, people, confirm, yearChart, coauthors

    var title: String {
        switch self {
        case .list: return "Paper list"
        case .detail: return "Detail pane"
        case .facets: return "Facets panel (f)"
        case .searches: return "Saved searches (')"
        case .help: return "Help"
        case .log: return "Messages (!)"
        case .links: return "Links (o, when a paper has several)"
        case .prompt: return "Search and export prompts"
        case .people: return "Person prompt (@)"
        case .confirm: return "File exists"
        case .yearChart: return "Papers per year (2)"
        case .coauthors: return "Coauthors (3)"
        }
    }
}

/// What a key asks for. Prompt typing is handled by the line editor, not here.
public enum Action: Hashable, Sendable, CaseIterable {
    case quit, suspend, help, closeHelp, showLog
    case down, up, pageDown, pageUp, first, last
    case open, back
    case showPapers, showYears, showCoauthors
    case search, nextMatch, previousMatch, clearFilter
    case toggleMark, markAll, clearMarks
    case export, copy, copyKey, openLink, tag, editNote
    case cycleSort, reverseSort, cycleTheme
    case accept, cancel, complete, pick, historyPrevious, historyNext
    case overwrite, appendNew
    case left, right, nextItem, previousItem, more, fewer, toggleCitations
    case toggleFacets, focusList, closeFacets, applyFacet
    case saveSearch, showSearches, deleteSearch
    case findPerson, recentre, pathBack
}

/// One line of the bindings table: keys, what they do, where, how help describes it, and the
/// short label the hint bar shows for it (`keys` overrides how its keys are named there).
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var contexts: [Context]
    public var help: String
    public var hint: (keys: String?, label: String)?
    /// Where the hint shows, when not everywhere the binding holds.
    public var hintContexts: [Context]?

    public init(keys: [Key], action: Action, contexts: [Context], help: String, hint: String? = nil, hintKeys: String? = nil,
                hintIn hintContexts: [Context]? = nil) {
        self.keys = keys
        self.action = action
        self.contexts = contexts
        self.help = help
        self.hint = hint.map { (hintKeys, $0) }
        self.hintContexts = hintContexts
    }
}

/// The one table of key bindings: the reducer looks keys up here and the help overlay lists it,
/// so help never disagrees with what the keys do.
public enum Bindings {
    static let browse: [Context] = [.list, .detail]
    static let views: [Context] = [.list, .detail, .facets, .yearChart, .coauthors]

    public static let table: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.list], help: "next paper"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.list], help: "previous paper"),
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.detail], help: "scroll down", hint: "scroll", hintKeys: "j/k"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.detail], help: "scroll up"),
        Binding(keys: [.pageDown, .ctrl("f")], action: .pageDown, contexts: [.list, .detail, .help, .log], help: "next page"),
        Binding(keys: [.pageUp, .ctrl("b")], action: .pageUp, contexts: [.list, .detail, .help, .log], help: "previous page"),
        Binding(keys: [.char("g"), .home], action: .first, contexts: [.list], help: "first paper"),
        Binding(keys: [.char("G"), .end], action: .last, contexts: [.list], help: "last paper"),
        Binding(keys: [.char("g"), .home], action: .first, contexts: [.detail], help: "top of the paper"),
        Binding(keys: [.char("G"), .end], action: .last, contexts: [.detail], help: "bottom of the paper"),
        Binding(keys: [.char("/")], action: .search, contexts: views, help: "search (the query language of `vita search`)", hint: "search"),
        Binding(keys: [.enter], action: .open, contexts: [.list], help: "open the paper's details", hint: "details"),
        Binding(keys: [.escape, .char("q")], action: .back, contexts: [.detail], help: "back to the list", hint: "back", hintKeys: "Esc/q"),
        Binding(keys: [.char(" "), .char("m")], action: .toggleMark, contexts: [.list], help: "mark or unmark, then next paper", hint: "mark"),
        Binding(keys: [.char(" "), .char("m")], action: .toggleMark, contexts: [.detail], help: "mark or unmark this paper", hint: "mark"),
        Binding(keys: [.char("a")], action: .markAll, contexts: browse, help: "mark every paper shown"),
        Binding(keys: [.char("A")], action: .clearMarks, contexts: browse, help: "clear all marks"),
        Binding(keys: [.char("n")], action: .nextMatch, contexts: browse, help: "next match"),
        Binding(keys: [.char("N")], action: .previousMatch, contexts: browse, help: "previous match"),
        Binding(keys: [.escape], action: .clearFilter, contexts: [.list], help: "clear the search filter"),
        Binding(keys: [.char("e")], action: .export, contexts: browse, help: "export marked papers (or this one) to BibTeX", hint: "export"),
        Binding(keys: [.char("y")], action: .copy, contexts: browse, help: "copy their BibTeX to the clipboard (OSC 52)"),
        Binding(keys: [.char("T")], action: .tag, contexts: browse, help: "tag the marked papers (or this one); the same tag again removes it; tag:NAME finds them"),
        Binding(keys: [.char("E")], action: .editNote, contexts: browse, help: "write the paper's note in $VISUAL or $EDITOR (has:note finds them)"),
        Binding(keys: [.char("c")], action: .copyKey, contexts: browse, help: "copy the citation key (with marks: \\cite{key1,key2})"),
        Binding(keys: [.char("o")], action: .openLink, contexts: browse, help: "open the code link (or first link)", hint: "open link", hintIn: [.detail]),
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.facets], help: "next facet", hint: "move", hintKeys: "j/k"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.facets], help: "previous facet"),
        Binding(keys: [.pageDown, .ctrl("f")], action: .pageDown, contexts: [.facets], help: "a page of facets down"),
        Binding(keys: [.pageUp, .ctrl("b")], action: .pageUp, contexts: [.facets], help: "a page of facets up"),
        Binding(keys: [.char("g"), .home], action: .first, contexts: [.facets], help: "first facet"),
        Binding(keys: [.char("G"), .end], action: .last, contexts: [.facets], help: "last facet"),
        Binding(keys: [.char(" "), .enter], action: .applyFacet, contexts: [.facets], help: "add the facet to the filter (again: take it out)", hint: "filter", hintKeys: "Space"),
        Binding(keys: [.tab], action: .focusList, contexts: [.facets], help: "back to the list, the panel kept (f returns)", hint: "list"),
        Binding(keys: [.escape, .char("q"), .char("f")], action: .closeFacets, contexts: [.facets], help: "close the panel", hint: "close", hintKeys: "Esc/f"),
        Binding(keys: [.char("w")], action: .saveSearch, contexts: [.list, .detail, .facets], help: "save the search shown under a name"),
        Binding(keys: [.char("'")], action: .showSearches, contexts: [.list, .detail, .facets], help: "saved searches: pick one to filter by it"),
        Binding(keys: [.char("s")], action: .cycleSort, contexts: [.list], help: "sort by date, title, category, score, citations"),
        Binding(keys: [.char("S")], action: .reverseSort, contexts: [.list], help: "reverse the sort"),
        Binding(keys: [.left, .char("h")], action: .left, contexts: [.yearChart], help: "previous year", hint: "year", hintKeys: "←/→"),
        Binding(keys: [.right, .char("l")], action: .right, contexts: [.yearChart], help: "next year"),
        Binding(keys: [.enter], action: .open, contexts: [.yearChart], help: "list the papers of the selected year", hint: "list that year"),
        Binding(keys: [.char("c")], action: .toggleCitations, contexts: [.yearChart], help: "chart citations per year instead of papers, and back"),
        Binding(keys: [.char("j"), .down, .tab, .right], action: .nextItem, contexts: [.coauthors], help: "next person", hint: "person", hintKeys: "↑/↓ Tab"),
        Binding(keys: [.char("k"), .up, .backTab, .left], action: .previousItem, contexts: [.coauthors], help: "previous person"),
        Binding(keys: [.enter], action: .recentre, contexts: [.coauthors], help: "centre the graph on the selected person (their coauthors, over their papers shown)", hint: "centre"),
        Binding(keys: [.backspace], action: .pathBack, contexts: [.coauthors], help: "back to the centre before (the path taken is on the status line)", hint: "back"),
        Binding(keys: [.char("p")], action: .open, contexts: [.coauthors], help: "list the papers with the selected person", hint: "their papers"),
        Binding(keys: [.char("+"), .char("=")], action: .more, contexts: [.coauthors], help: "show more people", hint: "more/fewer", hintKeys: "+/-"),
        Binding(keys: [.char("-")], action: .fewer, contexts: [.coauthors], help: "show fewer people"),
        Binding(keys: [.char("1")], action: .showPapers, contexts: views, help: "paper list", hint: "papers", hintIn: [.yearChart, .coauthors]),
        Binding(keys: [.char("2")], action: .showYears, contexts: views, help: "papers per year", hint: "years", hintIn: [.list, .detail, .coauthors]),
        Binding(keys: [.char("3")], action: .showCoauthors, contexts: views, help: "coauthor graph", hint: "coauthors", hintIn: [.list, .detail, .yearChart]),
        Binding(keys: [.char("f")], action: .toggleFacets, contexts: [.list, .detail],
                help: "facets: counts by category, year, venue, coauthor and tag of the papers shown", hint: "facets", hintIn: [.list]),
        Binding(keys: [.escape, .char("q")], action: .showPapers, contexts: [.yearChart, .coauthors], help: "back to the paper list"),
        Binding(keys: [.char("@")], action: .findPerson, contexts: views,
                help: "find a person by name, ORCID or pid (on a detail: its authors)", hint: "person", hintIn: [.detail, .coauthors]),
        Binding(keys: [.char("t")], action: .cycleTheme, contexts: views, help: "next colour theme"),
        Binding(keys: [.char("?")], action: .help, contexts: views, help: "this help", hint: "help"),
        Binding(keys: [.char("!")], action: .showLog, contexts: views, help: "messages: every load problem, query warning and failure, in full"),
        Binding(keys: [.char("q")], action: .quit, contexts: [.list], help: "quit (elsewhere q closes what is open)", hint: "quit"),
        Binding(keys: [.char("Q")], action: .quit, contexts: [.list, .detail, .facets, .yearChart, .coauthors, .help, .log, .links, .searches, .confirm], help: "quit from anywhere"),
        Binding(keys: [.ctrl("c")], action: .quit, contexts: Context.allCases, help: "quit"),
        Binding(keys: [.ctrl("z")], action: .suspend, contexts: Context.allCases, help: "suspend (fg resumes)"),
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.help, .log], help: "scroll down", hint: "scroll", hintKeys: "j/k"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.help, .log], help: "scroll up"),
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.links], help: "next link", hint: "choose", hintKeys: "j/k 1-9"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.links], help: "previous link"),
        Binding(keys: [.enter, .char("o")], action: .accept, contexts: [.links], help: "open the chosen link", hint: "open"),
        Binding(keys: (1...9).map { .char(Character(String($0))) }, action: .pick, contexts: [.links], help: "open link 1 to 9"),
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.searches], help: "next saved search", hint: "choose", hintKeys: "j/k 1-9"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.searches], help: "previous saved search"),
        Binding(keys: [.enter, .char(" ")], action: .accept, contexts: [.searches], help: "filter by the chosen search", hint: "filter"),
        Binding(keys: (1...9).map { .char(Character(String($0))) }, action: .pick, contexts: [.searches], help: "filter by saved search 1 to 9"),
        Binding(keys: [.char("d"), .delete], action: .deleteSearch, contexts: [.searches], help: "delete the chosen search", hint: "delete"),
        Binding(keys: [.escape, .char("q")], action: .closeHelp, contexts: [.searches], help: "close the menu", hint: "close"),
        Binding(keys: [.escape, .char("q")], action: .closeHelp, contexts: [.links], help: "close the menu", hint: "close"),
        Binding(keys: [.escape, .char("q"), .char("?")], action: .closeHelp, contexts: [.help], help: "close help", hint: "close"),
        Binding(keys: [.escape, .char("q"), .char("!")], action: .closeHelp, contexts: [.log], help: "close the messages", hint: "close"),
        Binding(keys: [.enter], action: .accept, contexts: [.prompt], help: "search: keep the filter; export: write the file"),
        Binding(keys: [.escape], action: .cancel, contexts: [.prompt], help: "search: clear the filter; export: cancel"),
        Binding(keys: [.tab], action: .complete, contexts: [.prompt], help: "export: complete the path"),
        Binding(keys: [.up], action: .historyPrevious, contexts: [.prompt], help: "search: the previous query (history kept per record)"),
        Binding(keys: [.down], action: .historyNext, contexts: [.prompt], help: "search: the next query"),
        Binding(keys: [.down, .ctrl("n"), .tab], action: .down, contexts: [.people], help: "next person", hint: "choose", hintKeys: "↑/↓"),
        Binding(keys: [.up, .ctrl("p"), .backTab], action: .up, contexts: [.people], help: "previous person"),
        Binding(keys: [.pageDown], action: .pageDown, contexts: [.people], help: "a page of people down"),
        Binding(keys: [.pageUp], action: .pageUp, contexts: [.people], help: "a page of people up"),
        Binding(keys: [.enter], action: .accept, contexts: [.people], help: "open the chosen person's papers, charts and coauthor graph", hint: "open"),
        Binding(keys: [.escape], action: .cancel, contexts: [.people], help: "close the prompt", hint: "close"),
        Binding(keys: [.char("o")], action: .overwrite, contexts: [.confirm], help: "overwrite the file"),
        Binding(keys: [.char("a")], action: .appendNew, contexts: [.confirm], help: "append the entries whose keys it lacks"),
        Binding(keys: [.char("c"), .escape, .char("q")], action: .cancel, contexts: [.confirm], help: "cancel"),
    ]

    /// The table with a config file's keys in place: an action given keys has those wherever it
    /// is bound, and no other action keeps them in those places.
    public static func table(with overrides: [Action: [Key]]) -> [Binding] {
        guard !overrides.isEmpty else { return table }
        var out = table
        for (action, keys) in overrides {
            let places = Set(out.filter { $0.action == action }.flatMap(\.contexts))
            for i in out.indices {
                if out[i].action == action {
                    out[i].keys = keys
                    if out[i].hint?.keys != nil { out[i].hint?.keys = nil }
                } else if !places.isDisjoint(with: out[i].contexts) {
                    out[i].keys.removeAll { keys.contains($0) }
                }
            }
        }
        return out.filter { !$0.keys.isEmpty }
    }

    /// The hint bar of `context`: the short labels of its bindings, in table order.
    public static func hints(in context: Context, table: [Binding] = table) -> [(keys: String, label: String)] {
        var out: [(String, String)] = []
        for b in table where (b.hintContexts ?? b.contexts).contains(context) && b.contexts.contains(context) {
            guard let h = b.hint, !out.contains(where: { $0.1 == h.label }) else { continue }
            out.append((h.keys ?? b.keys.first?.description ?? "", h.label))
        }
        return out
    }

    /// The action `key` has in `context`, if any.
    public static func action(for key: Key, in context: Context, table: [Binding] = table) -> Action? {
        for b in table where b.contexts.contains(context) && b.keys.contains(key) { return b.action }
        return nil
    }
}
