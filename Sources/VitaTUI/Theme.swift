import FoundationEssentials
import VitaCore

/// How one role looks: colours plus attributes. Attributes also show without colour.
public struct RoleLook: Hashable, Sendable {
    public var fg: Color = .terminalDefault
    public var bg: Color = .terminalDefault
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false
}

/// A colour theme: a look for each role and the series colours for categories and charts.
/// Themes are files in `Themes/` (compiled in) or in `~/.config/vita/themes/`; each file
/// overrides the default theme role by role, so a partial theme still works. A role a file
/// names is that file's look whole: nothing of the base's look (its `reverse`, say) is left under it.
public struct Theme: Sendable {
    public var name: String
    public var looks: [String: RoleLook]
    public var series: [Color]

    /// The names a theme file uses for roles.
    public static let roleNames: [String] = [
        "normal", "dim", "header", "status", "selection", "mark", "match", "inferred", "code", "error",
        "message", "prompt", "border", "title", "key", "graph-owner", "graph-node", "graph-edge", "graph-edge-light",
    ]

    static func roleName(_ role: Role) -> String {
        switch role {
        case .normal: return "normal"
        case .dim: return "dim"
        case .header: return "header"
        case .status: return "status"
        case .selection: return "selection"
        case .mark: return "mark"
        case .match: return "match"
        case .inferred: return "inferred"
        case .code: return "code"
        case .error: return "error"
        case .message: return "message"
        case .prompt: return "prompt"
        case .border: return "border"
        case .title: return "title"
        case .key: return "key"
        case .series: return "series"
        case .graphOwner: return "graph-owner"
        case .graphNode: return "graph-node"
        case .graphEdge: return "graph-edge"
        case .graphEdgeLight: return "graph-edge-light"
        }
    }

    /// The look of `style`: the role's look with the style's own attributes added.
    public func look(_ style: Style) -> RoleLook {
        var look: RoleLook
        if case .series(let n) = style.role {
            look = RoleLook()
            if !series.isEmpty { look.fg = series[((n % series.count) + series.count) % series.count] }
        } else {
            look = looks[Theme.roleName(style.role)] ?? RoleLook()
        }
        if style.bold { look.bold = true }
        if style.reverse { look.reverse.toggle() }
        if style.underline { look.underline = true }
        if style.dim { look.dim = true }
        return look
    }

    public struct LoadError: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var line: Int
        public var message: String
        public var description: String { "\(file):\(line): \(message)" }
    }

    /// Applies a theme file on top of `base`.
    public static func load(_ text: String, file: String, name: String, base: Theme) throws(LoadError) -> Theme {
        let parsed: ThemeFile
        do { parsed = try ThemeFile(parsing: text) } catch { throw LoadError(file: file, line: error.line, message: error.message) }
        var theme = base
        theme.name = name
        var named = Set<String>()
        for e in parsed.entries {
            func fail(_ m: String) -> LoadError { LoadError(file: file, line: e.line, message: m) }
            if e.table == "" {
                if e.key == "name" || e.key == "description" { continue }
                throw fail("expected '\(e.key)' inside a [role] table, e.g. [header]")
            }
            if e.table == "series" {
                guard e.key == "colors", case .array(let items) = e.value else { throw fail("expected colors = [\"cyan\", …] in [series]") }
                theme.series = try items.map { item throws(LoadError) in
                    guard let c = color(item) else { throw fail("expected a colour name, 0-255 or #rrggbb in colors") }
                    return c
                }
                continue
            }
            guard roleNames.contains(e.table) else {
                throw fail("unknown role [\(e.table)]; expected one of \(roleNames.joined(separator: ", ")), series")
            }
            // The first line of a role in this file starts its look afresh.
            var look = named.insert(e.table).inserted ? RoleLook() : theme.looks[e.table] ?? RoleLook()
            switch e.key {
            case "fg", "bg":
                guard let c = color(e.value) else { throw fail("expected a colour for \(e.key): a name (cyan, bright-red, default), 0-255 or \"#rrggbb\"") }
                if e.key == "fg" { look.fg = c } else { look.bg = c }
            case "bold", "reverse", "underline", "dim":
                guard case .bool(let b) = e.value else { throw fail("expected true or false for \(e.key)") }
                switch e.key {
                case "bold": look.bold = b
                case "reverse": look.reverse = b
                case "underline": look.underline = b
                default: look.dim = b
                }
            default:
                throw fail("unknown key '\(e.key)'; expected fg, bg, bold, reverse, underline or dim")
            }
            theme.looks[e.table] = look
        }
        return theme
    }

    static func color(_ value: ThemeFile.Value) -> Color? {
        switch value {
        case .string(let s): return Color(parsing: s)
        case .integer(let n): return (0...255).contains(n) ? .index(n) : nil
        default: return nil
        }
    }

    /// Used only if the compiled-in default theme were missing: attributes alone.
    static let fallback = Theme(name: "default", looks: [
        "header": RoleLook(bold: true, reverse: true), "status": RoleLook(reverse: true),
        "selection": RoleLook(reverse: true), "mark": RoleLook(bold: true), "match": RoleLook(bold: true, underline: true),
        "title": RoleLook(bold: true), "error": RoleLook(bold: true), "prompt": RoleLook(bold: true),
    ], series: [])
}

/// The themes Vita knows: the compiled-in `Themes/` and the user's `~/.config/vita/themes/`.
public struct ThemeCatalog: Sendable {
    /// (name, file shown in messages, text), user files after the built-in ones they override.
    public var sources: [(name: String, file: String, text: String)]

    public init(userDirectory: String? = ThemeCatalog.userDirectory) {
        var byName: [String: (String, String)] = [:]
        for f in EmbeddedThemes.files {
            let text = Data(base64Encoded: f.base64).map { String(decoding: $0, as: UTF8.self) } ?? ""
            byName[String(f.name.dropLast(5))] = ("Themes/" + f.name, text)
        }
        if let dir = userDirectory, let names = try? FileManager.default.contentsOfDirectory(atPath: dir) {
            for n in names where n.hasSuffix(".toml") {
                let path = FilePath.join(dir, n)
                if let data = FileManager.default.contents(atPath: path) {
                    byName[String(n.dropLast(5))] = (path, String(decoding: data, as: UTF8.self))
                }
            }
        }
        // The built-in order first, then the user's own themes by name.
        let order = ["default", "light", "solarized-dark", "high-contrast", "mono"]
        let names = order.filter { byName[$0] != nil } + byName.keys.filter { !order.contains($0) }.sorted()
        sources = names.map { ($0, byName[$0]!.0, byName[$0]!.1) }
    }

    public static var userDirectory: String? {
        if let x = Environment.value("XDG_CONFIG_HOME"), !x.isEmpty { return x + "/vita/themes" }
        if let h = Environment.value("HOME"), !h.isEmpty { return h + "/.config/vita/themes" }
        return nil
    }

    public var names: [String] { sources.map(\.name) }

    /// The default theme, on which every other is laid.
    public func base() -> Theme {
        guard let d = sources.first(where: { $0.name == "default" }),
              let t = try? Theme.load(d.text, file: d.file, name: "default", base: .fallback) else { return .fallback }
        return t
    }

    /// The theme called `name`, or read from the file `name` when it names one (contains `/` or
    /// ends in `.toml`). A broken or unknown theme gives the default theme and the reason.
    public func theme(named name: String) -> (Theme, problem: String?) {
        let base = base()
        if name.contains("/") || name.hasSuffix(".toml") {
            guard let data = FileManager.default.contents(atPath: name) else {
                return (base, "default theme used: cannot read theme file \(name)")
            }
            do {
                return (try Theme.load(String(decoding: data, as: UTF8.self), file: name,
                                       name: FilePath.stem(name), base: base), nil)
            } catch {
                return (base, "default theme used: \(error)")
            }
        }
        guard let s = sources.first(where: { $0.name == name }) else {
            return (base, "default theme used: no theme '\(name)' (themes: \(names.joined(separator: ", ")))")
        }
        do { return (try Theme.load(s.text, file: s.file, name: s.name, base: base), nil) } catch {
            return (base, "default theme used: \(error)")
        }
    }
}
