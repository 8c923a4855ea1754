import FoundationEssentials
import VitaCore

/// The explorer's settings, from `$XDG_CONFIG_HOME/vita/config.toml` (else
/// `~/.config/vita/config.toml`), in the TOML subset themes use:
///
///     theme = "light"            # the default theme
///     sort = "title"             # date, title, category or score
///     view = "years"             # papers, years or coauthors: the view it opens in
///     mouse = false              # clicks and the wheel (on by default; also --no-mouse)
///
///     [keys]                     # keys by the bindings table's action names
///     quit = "x"
///     search = ["/", "ctrl-s"]
///
/// A broken file is reported by file and line, and the explorer starts with what was valid.
public struct Config: Sendable, Equatable {
    public var theme: String?
    public var sort: SortOrder?
    public var view: View?
    /// Whether the mouse selects and scrolls (on unless `false`).
    public var mouse: Bool?
    /// Keys that replace an action's keys wherever the action is bound.
    public var keys: [Action: [Key]] = [:]

    public init() {}

    public struct Problem: Error, Sendable, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    public static var defaultPath: String? {
        if let x = Environment.value("XDG_CONFIG_HOME"), !x.isEmpty { return x + "/vita/config.toml" }
        if let h = Environment.value("HOME"), !h.isEmpty { return h + "/.config/vita/config.toml" }
        return nil
    }

    /// The settings at `path` (none when there is no such file), and what was wrong in it.
    public static func load(path: String? = defaultPath) -> (Config, [Problem]) {
        guard let path, let data = FileManager.default.contents(atPath: path) else { return (Config(), []) }
        return parse(String(decoding: data, as: UTF8.self), file: path)
    }

    public static func parse(_ text: String, file: String) -> (Config, [Problem]) {
        var config = Config()
        var problems: [Problem] = []
        let parsed: ThemeFile
        do { parsed = try ThemeFile(parsing: text) } catch {
            return (config, [Problem(file: file, line: error.line, message: error.message)])
        }
        // Each key given in [keys], with the action and line that gave it last.
        var givenBy: [Key: (name: String, action: Action, line: Int)] = [:]
        for e in parsed.entries {
            func fail(_ m: String) { problems.append(Problem(file: file, line: e.line, message: m)) }
            switch (e.table, e.key) {
            case ("", "theme"):
                guard case .string(let s) = e.value else { fail("expected theme = \"name\""); continue }
                config.theme = s
            case ("", "sort"):
                guard case .string(let s) = e.value, let o = SortOrder(rawValue: s), o != .relevance else {
                    fail("expected sort = \"date\", \"title\", \"category\" or \"score\""); continue
                }
                config.sort = o
            case ("", "view"):
                guard case .string(let s) = e.value, let v = ["papers": View.papers, "years": .years, "coauthors": .coauthors][s] else {
                    fail("expected view = \"papers\", \"years\" or \"coauthors\""); continue
                }
                config.view = v
            case ("", "mouse"):
                guard case .bool(let b) = e.value else { fail("expected mouse = true or false"); continue }
                config.mouse = b
            case ("keys", let name):
                guard let action = Action.named(name) else {
                    fail("unknown action '\(name)'; expected one of \(Action.allNames.joined(separator: ", "))"); continue
                }
                let values: [ThemeFile.Value]
                if case .array(let items) = e.value { values = items } else { values = [e.value] }
                var keys: [Key] = []
                for v in values {
                    guard case .string(let s) = v, let k = Key(named: s) else {
                        fail("expected a key for \(name): a character, or space, enter, esc, tab, backspace, up, down, left, right, pgup, pgdn, home, end, ctrl-x")
                        keys = []
                        break
                    }
                    keys.append(k)
                }
                // A key given to two actions goes to the later one, said so, whatever order the
                // table is made in (the actions' own order changes from one run to the next).
                for k in keys {
                    if let earlier = givenBy[k], earlier.action != action {
                        fail("\(k) is given to \(earlier.name) on line \(earlier.line) too; \(name) takes it")
                        config.keys[earlier.action]?.removeAll { $0 == k }
                        if config.keys[earlier.action]?.isEmpty == true { config.keys[earlier.action] = nil }
                    }
                    givenBy[k] = (name, action, e.line)
                }
                if !keys.isEmpty { config.keys[action] = keys }
            case ("", let key):
                fail("unknown setting '\(key)'; expected theme, sort, view, mouse, or a [keys] table")
            case (let table, _):
                fail("unknown table [\(table)]; expected [keys]")
            }
        }
        return (config, problems)
    }
}

extension Action {
    /// The action's name in a config file: its case name in kebab case (`toggle-mark`).
    public var name: String {
        var out = ""
        for ch in String(describing: self) {
            if ch.isUppercase { out += "-" + ch.lowercased() } else { out.append(ch) }
        }
        return out
    }

    static let all: [Action] = allCases

    static var allNames: [String] { all.map(\.name) }

    static func named(_ name: String) -> Action? { all.first { $0.name == name.lowercased() } }
}

extension Key {
    /// A key as a config file names it: `x`, `X`, `space`, `enter`, `esc`, `ctrl-f`, `pgdn`, ….
    public init?(named text: String) {
        let t = text.lowercased()
        let named: [String: Key] = [
            "space": .char(" "), "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab,
            "backtab": .backTab, "shift-tab": .backTab, "backspace": .backspace, "delete": .delete, "del": .delete,
            "up": .up, "down": .down, "left": .left, "right": .right, "pgup": .pageUp, "pageup": .pageUp,
            "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
        ]
        if let k = named[t] { self = k; return }
        if t.hasPrefix("ctrl-"), t.count == 6, let c = t.last, c.isLetter { self = .ctrl(c); return }
        guard text.count == 1, let c = text.first, !c.isWhitespace else { return nil }
        self = .char(c)
    }
}
