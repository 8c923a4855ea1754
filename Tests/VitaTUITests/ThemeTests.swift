import Foundation
import Testing
@testable import VitaTUI

@Suite struct ThemeTests {
    @Test func everyShippedThemeLoadsCleanly() {
        let catalog = ThemeCatalog(userDirectory: nil)
        #expect(Set(catalog.names).isSuperset(of: ["default", "light", "solarized-dark", "high-contrast", "mono"]))
        for name in catalog.names {
            let (theme, problem) = catalog.theme(named: name)
            #expect(problem == nil, "\(name): \(problem ?? "")")
            #expect(theme.name == name)
        }
    }

    @Test func monoShowsTheSelectionWithoutColour() {
        let (mono, _) = ThemeCatalog(userDirectory: nil).theme(named: "mono")
        let look = mono.look(Style(.selection))
        #expect(look.reverse)
        #expect(look.fg == .terminalDefault && look.bg == .terminalDefault)
        #expect(mono.look(Style(.match)).underline)
    }

    /// The header, status line and selection as each coloured theme file gives them: its colours,
    /// never turned inside out by a `reverse` left over from the built-in fallback.
    @Test(arguments: ["default", "light", "solarized-dark", "high-contrast"])
    func colouredThemesShowTheirColoursTheRightWayRound(_ name: String) throws {
        let catalog = ThemeCatalog(userDirectory: nil)
        let (theme, problem) = catalog.theme(named: name)
        #expect(problem == nil)
        let file = try ThemeFile(parsing: catalog.sources.first { $0.name == name }!.text)
        for role in ["header", "status", "selection"] {
            let look = theme.looks[role] ?? RoleLook()
            let says = file.entries.filter { $0.table == role }
            let reverse = says.contains { $0.key == "reverse" && $0.value == .bool(true) }
            #expect(look.reverse == reverse, "\(name) [\(role)]")
            if let bg = says.first(where: { $0.key == "bg" }) { #expect(look.bg == Theme.color(bg.value), "\(name) [\(role)] bg") }
            if let fg = says.first(where: { $0.key == "fg" }) { #expect(look.fg == Theme.color(fg.value), "\(name) [\(role)] fg") }
        }
    }

    /// The list as a person sees it under the default, light and mono themes: every run of cells
    /// with its colours and attributes.
    @Test(arguments: ["default", "light", "mono"])
    func theListWithItsColours(_ name: String) {
        var s = Seed.state(80, 24)
        s.press(.char("j"), .char(" "))
        let (theme, _) = ThemeCatalog(userDirectory: nil).theme(named: name)
        let (ok, why) = Snapshot.matches(text: Snapshot.styled(render(s), theme: theme), "list-80x24-styled-\(name)")
        #expect(ok, Comment(rawValue: why))
    }

    @Test func aPartialThemeKeepsTheDefaultsForWhatItLeavesOut() throws {
        let catalog = ThemeCatalog(userDirectory: nil)
        let base = catalog.base()
        let t = try Theme.load("[header]\nfg = \"red\"\n", file: "x.toml", name: "x", base: base)
        #expect(t.looks["header"]?.fg == .index(1))
        #expect(t.looks["selection"] == base.looks["selection"])
    }

    @Test func aBrokenThemeNamesFileAndLineAndFallsBackToDefault() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-theme-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.toml").path
        try Data("[header]\nfg = \"red\"\nbg = \"not-a-colour\"\n".utf8).write(to: URL(fileURLWithPath: bad))
        let (theme, problem) = ThemeCatalog(userDirectory: nil).theme(named: bad)
        #expect(theme.name == "default")
        #expect(problem?.contains("\(bad):3:") == true)
        #expect(problem?.contains("expected a colour") == true)

        let user = ThemeCatalog(userDirectory: dir.path)
        #expect(user.names.contains("bad"))
        #expect(user.theme(named: "bad").problem?.contains("bad.toml:3:") == true)
        #expect(user.theme(named: "nope").problem?.contains("no theme 'nope'") == true)
    }

    @Test(arguments: [
        ("[header", 1, "expected a table name"),
        ("[header]\nfg \"red\"", 2, "expected key = value"),
        ("[header]\nfg = \"red", 2, "closing"),
        ("[header]\nbold = yes", 2, "expected a value"),
        ("[nope]\nfg = \"red\"", 2, "unknown role [nope]"),
        ("[header]\ncolour = \"red\"", 2, "unknown key 'colour'"),
        ("[header]\nbold = \"x\"", 2, "expected true or false"),
        ("[series]\ncolors = [\"red\", 999]", 2, "expected a colour"),
        ("fg = \"red\"", 1, "inside a [role] table"),
    ])
    func themeFileErrors(text: String, line: Int, message: String) {
        do {
            _ = try Theme.load(text, file: "t.toml", name: "t", base: .fallback)
            Issue.record("expected an error for \(text)")
        } catch {
            #expect(error.line == line, "\(error)")
            #expect(error.message.contains(message), "\(error)")
        }
    }

    @Test func commentsAndArraysParse() throws {
        let f = try ThemeFile(parsing: "# c\n[series] # tail\ncolors = [\"#ff0000\", 4, \"a#b\"] # end\n")
        #expect(f.entries.count == 1)
        #expect(f.entries[0].value == .array([.string("#ff0000"), .integer(4), .string("a#b")]))
    }

    @Test func coloursMapToTheNearestTheTerminalHas() {
        #expect(Color(parsing: "#ff0000")?.resolved(available: 256) == 196)
        #expect(Color(parsing: "#ff0000")?.resolved(available: 16) == 9)
        #expect(Color(parsing: "#ff0000")?.resolved(available: 8) == 1)
        #expect(Color(parsing: "#005f87")?.resolved(available: 256) == 24)
        #expect(Color(parsing: "208")?.resolved(available: 256) == 208)
        #expect(Color(parsing: "208")?.resolved(available: 8) == 3)
        #expect(Color(parsing: "bright-cyan")?.resolved(available: 16) == 14)
        #expect(Color(parsing: "default")?.resolved(available: 256) == -1)
        #expect(Color(parsing: "chartreuse") == nil)
        #expect(Color(parsing: "#12345") == nil)
    }
}
