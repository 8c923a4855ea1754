/// Where the keyboard is: the bindings that apply depend on it.
public enum Context: Hashable, Sendable, CaseIterable {
    case list, detail, help, prompt, confirm, yearChart, coauthors

    var title: String {
        switch self {
        case .list: return "Paper list"
        case .detail: return "Detail pane"
        case .help: return "Help"
        case .prompt: return "Search and export prompts"
        case .confirm: return "File exists"
        case .yearChart: return "Papers per year (2)"
        case .coauthors: return "Coauthors (3)"
        }
    }
}

/// What a key asks for. Prompt typing is handled by the line editor, not here.
public enum Action: Hashable, Sendable {
    case quit, suspend, help, closeHelp
    case down, up, pageDown, pageUp, first, last
    case open, back
    case showPapers, showYears, showCoauthors
    case search, nextMatch, previousMatch, clearFilter
    case toggleMark, markAll, clearMarks
    case export, copy, openLink
    case cycleSort, reverseSort, cycleTheme
    case accept, cancel, complete
    case overwrite, appendNew
    case left, right, nextItem, previousItem, more, fewer
}

/// One line of the bindings table: keys, what they do, where, and how help describes it.
public struct Binding: Sendable {
    public var keys: [Key]
    public var action: Action
    public var contexts: [Context]
    public var help: String
}

/// The one table of key bindings: the reducer looks keys up here and the help overlay lists it,
/// so help never disagrees with what the keys do.
public enum Bindings {
    static let browse: [Context] = [.list, .detail]
    static let views: [Context] = [.list, .detail, .yearChart, .coauthors]

    public static let table: [Binding] = [
        Binding(keys: [.char("j"), .down], action: .down, contexts: browse, help: "next paper (detail: scroll down)"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: browse, help: "previous paper (detail: scroll up)"),
        Binding(keys: [.pageDown, .ctrl("f"), .char(" ")], action: .pageDown, contexts: [.detail], help: "next page"),
        Binding(keys: [.pageDown, .ctrl("f")], action: .pageDown, contexts: [.list, .help], help: "next page"),
        Binding(keys: [.pageUp, .ctrl("b")], action: .pageUp, contexts: [.list, .detail, .help], help: "previous page"),
        Binding(keys: [.char("g"), .home], action: .first, contexts: browse, help: "first paper (detail: top)"),
        Binding(keys: [.char("G"), .end], action: .last, contexts: browse, help: "last paper (detail: bottom)"),
        Binding(keys: [.enter], action: .open, contexts: [.list], help: "open the paper's details"),
        Binding(keys: [.escape, .char("q")], action: .back, contexts: [.detail], help: "back to the list"),
        Binding(keys: [.char(" ")], action: .toggleMark, contexts: [.list], help: "mark or unmark, then next paper"),
        Binding(keys: [.char("m")], action: .toggleMark, contexts: [.detail], help: "mark or unmark this paper"),
        Binding(keys: [.char("a")], action: .markAll, contexts: browse, help: "mark every paper shown"),
        Binding(keys: [.char("A")], action: .clearMarks, contexts: browse, help: "clear all marks"),
        Binding(keys: [.char("/")], action: .search, contexts: views, help: "search (the query language of `vita search`)"),
        Binding(keys: [.char("n")], action: .nextMatch, contexts: browse, help: "next match"),
        Binding(keys: [.char("N")], action: .previousMatch, contexts: browse, help: "previous match"),
        Binding(keys: [.escape], action: .clearFilter, contexts: [.list], help: "clear the search filter"),
        Binding(keys: [.char("e")], action: .export, contexts: browse, help: "export marked papers (or this one) to BibTeX"),
        Binding(keys: [.char("y")], action: .copy, contexts: browse, help: "copy their BibTeX to the clipboard (OSC 52)"),
        Binding(keys: [.char("o")], action: .openLink, contexts: browse, help: "open the code link (or first link)"),
        Binding(keys: [.char("s")], action: .cycleSort, contexts: [.list], help: "sort by date, title, category, score"),
        Binding(keys: [.char("S")], action: .reverseSort, contexts: [.list], help: "reverse the sort"),
        Binding(keys: [.char("1")], action: .showPapers, contexts: views, help: "paper list"),
        Binding(keys: [.char("2")], action: .showYears, contexts: views, help: "papers per year"),
        Binding(keys: [.char("3")], action: .showCoauthors, contexts: views, help: "coauthor graph"),
        Binding(keys: [.left, .char("h")], action: .left, contexts: [.yearChart], help: "previous year"),
        Binding(keys: [.right, .char("l")], action: .right, contexts: [.yearChart], help: "next year"),
        Binding(keys: [.enter], action: .open, contexts: [.yearChart], help: "list the papers of the selected year"),
        Binding(keys: [.char("j"), .down, .tab, .right], action: .nextItem, contexts: [.coauthors], help: "next person"),
        Binding(keys: [.char("k"), .up, .backTab, .left], action: .previousItem, contexts: [.coauthors], help: "previous person"),
        Binding(keys: [.enter], action: .open, contexts: [.coauthors], help: "list the papers with the selected person"),
        Binding(keys: [.char("+"), .char("=")], action: .more, contexts: [.coauthors], help: "show more people"),
        Binding(keys: [.char("-")], action: .fewer, contexts: [.coauthors], help: "show fewer people"),
        Binding(keys: [.escape], action: .showPapers, contexts: [.yearChart, .coauthors], help: "back to the paper list"),
        Binding(keys: [.char("t")], action: .cycleTheme, contexts: views, help: "next colour theme"),
        Binding(keys: [.char("?")], action: .help, contexts: views, help: "this help"),
        Binding(keys: [.char("q")], action: .quit, contexts: [.list, .yearChart, .coauthors], help: "quit"),
        Binding(keys: [.ctrl("c")], action: .quit, contexts: Context.allCases, help: "quit"),
        Binding(keys: [.ctrl("z")], action: .suspend, contexts: Context.allCases, help: "suspend (fg resumes)"),
        Binding(keys: [.char("j"), .down], action: .down, contexts: [.help], help: "scroll down"),
        Binding(keys: [.char("k"), .up], action: .up, contexts: [.help], help: "scroll up"),
        Binding(keys: [.escape, .char("q"), .char("?")], action: .closeHelp, contexts: [.help], help: "close help"),
        Binding(keys: [.enter], action: .accept, contexts: [.prompt], help: "search: keep the filter; export: write the file"),
        Binding(keys: [.escape], action: .cancel, contexts: [.prompt], help: "search: clear the filter; export: cancel"),
        Binding(keys: [.tab], action: .complete, contexts: [.prompt], help: "export: complete the path"),
        Binding(keys: [.char("o")], action: .overwrite, contexts: [.confirm], help: "overwrite the file"),
        Binding(keys: [.char("a")], action: .appendNew, contexts: [.confirm], help: "append the entries whose keys it lacks"),
        Binding(keys: [.char("c"), .escape, .char("q")], action: .cancel, contexts: [.confirm], help: "cancel"),
    ]

    /// The action `key` has in `context`, if any.
    public static func action(for key: Key, in context: Context) -> Action? {
        for b in table where b.contexts.contains(context) && b.keys.contains(key) { return b.action }
        return nil
    }
}
