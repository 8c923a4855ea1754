import Foundation
import Testing
import VitaCore
@testable import VitaTUI

@Suite("The config file")
struct ConfigTests {
    @Test func settingsAndKeysByActionName() {
        let (c, problems) = Config.parse("""
        # mine
        theme = "light"
        sort = "title"
        view = "years"

        [keys]
        quit = "x"
        search = ["/", "ctrl-s"]
        toggle-mark = "space"
        """, file: "config.toml")
        #expect(problems.isEmpty, "\(problems)")
        #expect(c.theme == "light" && c.sort == .title && c.view == .years)
        #expect(c.keys[.quit] == [.char("x")])
        #expect(c.keys[.search] == [.char("/"), .ctrl("s")])
        var s = Seed.state()
        s.apply(c)
        #expect(s.view == .years && s.sort == .title)
        s.press(.char("1"))
        s.press(.char("q"))
        #expect(!s.quitRequested, "q no longer quits: quit is on x")
        s.press(.ctrl("s"))
        #expect(s.context == .prompt)
        s.press(.escape, .char("x"))
        #expect(s.quitRequested)
        // Help and hints show the keys in force.
        var t = Seed.state(80, 24)
        t.apply(c)
        #expect(render(t).line(23).contains("x quit") || HelpView.lines(table: t.bindings).contains { $0.map(\.text).joined().contains("x ") })
    }

    @Test func aKeyGivenToOneActionLeavesTheOthersThere() {
        let (c, _) = Config.parse("[keys]\nsearch = \"n\"\n", file: "c.toml")
        var s = Seed.state()
        s.apply(c)
        s.press(.char("n"))
        #expect(s.context == .prompt, "n searches")
        s.press(.escape)
        s.press(.char("/"))
        #expect(s.context == .list, "/ no longer searches")
    }

    @Test func problemsAreNamedByFileAndLineAndTheRestHolds() {
        let (c, problems) = Config.parse("""
        theme = "light"
        sort = "sideways"
        colour = 3

        [keys]
        fly = "f"
        quit = "two words"
        search = "s"
        [mouse]
        on = true
        """, file: "/home/me/.config/vita/config.toml")
        #expect(problems.map(\.description) == [
            "/home/me/.config/vita/config.toml:2: expected sort = \"date\", \"title\", \"category\" or \"score\"",
            "/home/me/.config/vita/config.toml:3: unknown setting 'colour'; expected theme, sort, view, mouse, or a [keys] table",
            "/home/me/.config/vita/config.toml:6: unknown action 'fly'; expected one of " + Action.allNames.joined(separator: ", "),
            "/home/me/.config/vita/config.toml:7: expected a key for quit: a character, or space, enter, esc, tab, backspace, up, down, left, right, pgup, pgdn, home, end, ctrl-x",
            "/home/me/.config/vita/config.toml:10: unknown table [mouse]; expected [keys]",
        ])
        #expect(c.theme == "light" && c.keys[.search] == [.char("s")] && c.keys[.quit] == nil)
        let (_, broken) = Config.parse("[keys\n", file: "c.toml")
        #expect(broken.map(\.description) == ["c.toml:1: expected a table name like [header]"])
    }

    /// A key given to two actions goes to the later one, and the file says so; the earlier
    /// action keeps its other keys, or its own when it has none left.
    @Test func aKeyGivenTwiceGoesToTheLaterActionOnEveryRun() {
        let (c, problems) = Config.parse("""
        [keys]
        search = ["x", "ctrl-s"]
        export = "x"
        tag = "y"
        copy = "y"
        """, file: "c.toml")
        #expect(problems.map(\.description) == ["c.toml:3: x is given to search on line 2 too; export takes it",
                                                "c.toml:5: y is given to tag on line 4 too; copy takes it"])
        #expect(c.keys[.search] == [.ctrl("s")] && c.keys[.export] == [.char("x")])
        #expect(c.keys[.tag] == nil && c.keys[.copy] == [.char("y")])
        var s = Seed.state()
        s.apply(c)
        let x = s.bindings.filter { $0.keys.contains(.char("x")) }.map(\.action)
        #expect(Set(x) == [.export], "x exports only: \(x)")
        s.press(.ctrl("s"))
        #expect(s.context == .prompt, "ctrl-s still searches")
    }

    @Test func noFileIsNoProblem() {
        let (c, problems) = Config.load(path: "/nonexistent/vita/config.toml")
        #expect(c == Config() && problems.isEmpty)
    }
}
