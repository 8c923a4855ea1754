import Foundation
import Testing
import VitaCore

/// The real `vita` explorer in a real terminal: tmux on a private socket at a fixed size. Keys go
/// in with send-keys; what a person would see comes back with capture-pane.
final class TmuxSession {
    let socket = "vita-e2e-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    let directory: URL
    let tmux: URL

    init?(width: Int = 100, height: Int = 30, arguments: [String] = ["--as-of", "2026-11-25"], environment: String = "") throws {
        guard let tmux = Tool.find("tmux") else { return nil }
        self.tmux = tmux
        directory = FileManager.default.temporaryDirectory.appendingPathComponent(socket)
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        // Each session keeps its state and reads its config in a folder of its own.
        let command = "cd \(directory.path) && env -u VITA_SEEDS -u NO_COLOR TERM=xterm-256color LANG=C.UTF-8 LC_ALL=C.UTF-8 "
            + "XDG_DATA_HOME=\(directory.path)/data XDG_CONFIG_HOME=\(directory.path)/config XDG_CACHE_HOME=\(directory.path)/cache \(environment) "
            + ([VitaBinary.url.path] + arguments).joined(separator: " ")
            + "; echo \"[exited $?]\"; sleep 600"
        try TmuxSession.spawnDetached([tmux.path, "-L", socket, "-f", "/dev/null", "new-session", "-d",
                                       "-x", String(width), "-y", String(height), command])
    }

    /// Starts the tmux server so that it holds none of this process's pipes (other tests read
    /// theirs to the end) and blocks no signal (test runner threads block most of them).
    static func spawnDetached(_ argv: [String]) throws {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let open = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd"))?.compactMap { Int32($0) } ?? []
        for fd in open where fd > 2 && fcntl(fd, F_GETFD) != -1 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var cArgs = argv.map { strdup($0) } + [nil]
        defer { for p in cArgs { free(p) } }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, argv[0], &actions, &attributes, &cArgs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .EINVAL) }
        var status: Int32 = 0
        waitpid(pid, &status, 0)
    }

    deinit {
        _ = try? run(["kill-server"])
        try? FileManager.default.removeItem(at: directory)
        // The server's socket, which a server killed leaves behind (hundreds of runs filled
        // tmux's folder with them).
        let folder = ProcessInfo.processInfo.environment["TMUX_TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        unlink("\(folder)/tmux-\(getuid())/\(socket)")
    }

    @discardableResult
    func run(_ args: [String]) throws -> String {
        try Tool.run(tmux, ["-L", socket, "-f", "/dev/null"] + args).stdout
    }

    func keys(_ keys: String...) throws {
        for k in keys {
            try run(["send-keys", k])
            usleep(60_000)
        }
    }

    func type(_ text: String) throws {
        try run(["send-keys", "-l", text])
        usleep(100_000)
    }

    func screen() throws -> String { try run(["capture-pane", "-p", "-J"]) }

    /// The screen with the escape sequences that colour it, as the terminal shows them.
    func styledScreen() throws -> String { try run(["capture-pane", "-p", "-e"]) }

    /// Waits until the screen contains `text`; returns the screen.
    @discardableResult
    func wait(for text: String, seconds: Double = 15) throws -> String {
        let end = Date().addingTimeInterval(seconds)
        var last = ""
        while Date() < end {
            last = try screen()
            if last.contains(text) { return last }
            usleep(50_000)
        }
        Issue.record("timed out waiting for \"\(text)\"; screen:\n\(last)")
        return last
    }

    func resize(_ width: Int, _ height: Int) throws {
        try run(["resize-window", "-x", String(width), "-y", String(height)])
    }

    /// The pid of `vita` (the child of the pane's shell).
    func vitaPID() throws -> Int32? {
        let shell = try run(["list-panes", "-F", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Tool.run(URL(fileURLWithPath: "/usr/bin/pgrep"), ["-P", shell]).stdout
        return children.split(separator: "\n").compactMap { Int32($0) }.first
    }
}

@Suite(.serialized) struct ExplorerEndToEndTests {
    func session(_ w: Int = 100, _ h: Int = 30, environment: String = "") throws -> TmuxSession? {
        guard let s = try TmuxSession(width: w, height: h, environment: environment) else {
            print("⚠️  SKIPPED: tmux is not installed; the explorer's end-to-end tests did not run")
            return nil
        }
        return s
    }

    @Test func searchMarkExportQuit() throws {
        guard let t = try session() else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.keys("/")
        try t.type("quant")
        var screen = try t.wait(for: "5 of 34 match \"quant\"")
        #expect(screen.contains("Incremental Network Quantization"))
        try t.keys("Enter", "Space", "Space", "Space", "e")
        screen = try t.wait(for: "Export 3 papers to: ./vita-export.bib")
        try t.keys("Enter")
        screen = try t.wait(for: "exported 3 entries to ./vita-export.bib")
        #expect(screen.contains("✓ 3 marked"))
        try t.keys("q")
        screen = try t.wait(for: "[exited 0]")
        #expect(!screen.contains("page 1/"), "the terminal is restored after q")

        let path = t.directory.appendingPathComponent("vita-export.bib").path
        let data = try #require(FileManager.default.contents(atPath: path))
        let read = BibTeXReader.read(data, fileName: path)
        #expect(read.diagnostics.isEmpty)
        #expect(read.papers.count == 3)
        #expect(read.papers.map { $0.entry?.key ?? "" } == ["wang2026sliderquant", "wang2021sub", "zhou2017incremental"], "marked papers in file order")
    }

    /// The colours a terminal really gets: the header is black on cyan (default) or white on blue
    /// (light), never reverse video; the selected row likewise.
    @Test func themesReachTheTerminalTheRightWayRound() throws {
        for (theme, header) in [("default", "\u{1B}[46m"), ("light", "\u{1B}[48;5;24m")] {
            guard let t = try session(100, 30, environment: "VITA_THEME=\(theme)") else { return }
            try t.wait(for: "1/34  page 1/2")
            let lines = try t.styledScreen().split(separator: "\n").map(String.init)
            let selected = lines.first { $0.contains("Chain-of-Models") } ?? ""
            for (name, line) in [("header", lines.first ?? ""), ("selected row", selected)] {
                #expect(!line.contains("\u{1B}[7m") && !line.contains(";7m") && !line.contains("[1;7"), "\(theme) \(name) in reverse video: \(line.debugDescription)")
            }
            #expect(lines.first?.contains(header) == true, "\(theme): \(lines.first?.debugDescription ?? "")")
        }
    }

    /// A config file sets the theme, view and keys; a broken line is said and the rest holds.
    @Test func aConfigFileIsReadAndItsProblemsSaid() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-config-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("vita"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "view = \"years\"\nsort = \"sideways\"\n[keys]\nquit = \"x\"\n".write(to: dir.appendingPathComponent("vita/config.toml"), atomically: true, encoding: .utf8)
        guard let t = try session(100, 30, environment: "XDG_CONFIG_HOME=\(dir.path)") else { return }
        // The status line is drawn last: waited for, so a frame half painted is not read.
        var screen = try t.wait(for: "lists them)")
        #expect(screen.contains("Papers per year"), "\(screen)")
        #expect(screen.contains("problem in the config file (! lists them)"), "\(screen)")
        #expect(screen.contains("config.toml:2"), "\(screen)")
        try t.keys("q")
        screen = try t.wait(for: "page 1/2")
        try t.keys("q")
        usleep(300_000)
        #expect(!(try t.screen()).contains("[exited"), "q no longer quits")
        try t.keys("x")
        try t.wait(for: "[exited 0]")
    }

    /// Marks, sort and the search history survive quitting, and a kill -9 right after marking.
    @Test func stateSurvivesQuitAndKill() throws {
        guard let t = try session() else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.keys("Space", "Space", "s")
        try t.wait(for: "✓ 2 marked")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
        // Started again in the same folder (the same state store): the marks and the sort are back.
        let data = t.directory.appendingPathComponent("data").path
        guard let again = try TmuxSession(environment: "XDG_DATA_HOME=\(data)") else { return }
        var screen = try again.wait(for: "✓ 2 marked")
        #expect(screen.contains("sort: title"), "\(screen)")
        // A mark, then kill -9 at once: the mark was written when it was made.
        try again.keys("G", "Space")
        try again.wait(for: "✓ 3 marked")
        // A saved search, then kill -9: it was written when it was saved.
        try again.keys("/")
        try again.type("cat:NE")
        try again.keys("Enter", "w", "Enter")
        try again.wait(for: "saved search \"cat:NE\"")
        if let pid = try again.vitaPID() { kill(pid, SIGKILL) }
        try again.wait(for: "[exited 137]")
        guard let third = try TmuxSession(environment: "XDG_DATA_HOME=\(data)") else { return }
        screen = try third.wait(for: "✓ 3 marked")
        try third.type("'")
        try third.wait(for: "Saved searches")
        try third.keys("Enter")
        try third.wait(for: "2 of 34 match \"cat:NE\"")
        try third.keys("q")
    }

    /// Clicks as xterm sends them (SGR 1006: `ESC [ < button ; column ; row M`, then `m` on
    /// release; 1-based cells), through tmux to the explorer's curses.
    @Test func clicksSelectAndADoubleClickOpens() throws {
        guard let t = try session() else { return }
        try t.wait(for: "1/34  page 1/2")
        func click(column: Int, row: Int) -> String { "\u{1B}[<0;\(column);\(row)M\u{1B}[<0;\(column);\(row)m" }
        // Row 7 of the terminal is the fifth paper (header and column titles above).
        try t.type(click(column: 21, row: 7))
        try t.wait(for: "5/34  page 1/2")
        try t.type(click(column: 21, row: 9) + click(column: 21, row: 9))
        try t.wait(for: "Paper 7 of 34")
        // The wheel (button 65: down) moves in the list by three.
        try t.keys("q")
        try t.wait(for: "7/34  page 1/2")
        try t.type("\u{1B}[<65;21;10M")
        try t.wait(for: "10/34  page 1/2")
        try t.keys("f")
        try t.wait(for: "▶ Facets · 34 papers")
        // The facets panel: a double click on the NE row filters by it.
        let screen = try t.screen().split(separator: "\n", omittingEmptySubsequences: false)
        guard let row = screen.firstIndex(where: { $0.contains("   NE ") }) else { Issue.record("no NE facet: \(screen)"); return }
        let column = screen[row].distance(from: screen[row].startIndex, to: screen[row].range(of: "NE")!.lowerBound) + 1
        try t.type(click(column: column, row: row + 1) + click(column: column, row: row + 1))
        try t.wait(for: "2 of 34 match \"cat:NE\"")
        try t.keys("Escape", "q")
        try t.wait(for: "[exited 0]")
    }

    /// A terminal that cannot place the cursor is refused with a clear line, not drawn on one line.
    @Test func aDumbTerminalIsRefused() throws {
        guard let t = try session(environment: "TERM=dumb") else { return }
        let screen = try t.wait(for: "[exited 1]")
        #expect(screen.contains("cannot start the terminal interface for TERM=dumb"), "\(screen)")
    }

    /// A thousand characters pasted into the search prompt come in at once and search once.
    @Test func aPasteIsOneInput() throws {
        guard let t = try session() else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.keys("/")
        let paste = t.directory.appendingPathComponent("paste.txt")
        try String(repeating: "quantization ", count: 77).write(to: paste, atomically: true, encoding: .utf8)
        try t.run(["load-buffer", paste.path])
        try t.run(["paste-buffer"])
        try t.wait(for: "4 of 34 match", seconds: 10)
        try t.keys("Escape", "q")
        try t.wait(for: "[exited 0]")
    }

    /// Two explorers on one record at once, each marking a paper: both marks are kept.
    @Test func twoWindowsKeepEachOthersMarks() throws {
        guard let a = try session() else { return }
        let data = a.directory.appendingPathComponent("data").path
        guard let b = try TmuxSession(environment: "XDG_DATA_HOME=\(data)") else { return }
        try a.wait(for: "1/34  page 1/2")
        try b.wait(for: "1/34  page 1/2")
        try a.keys("Space")
        try a.wait(for: "✓ 1 marked")
        try b.keys("G", "Space")
        try b.wait(for: "✓ 1 marked")
        try a.keys("q")
        try a.wait(for: "[exited 0]")
        try b.keys("q")
        try b.wait(for: "[exited 0]")
        guard let c = try TmuxSession(environment: "XDG_DATA_HOME=\(data)") else { return }
        try c.wait(for: "✓ 2 marked")
        try c.keys("q")
    }

    /// The first open of a record large enough to keep a snapshot of: the explorer shows it, the
    /// snapshot is written behind it, and leaving at once waits for it, so the next open is
    /// quick: the snapshot is there, current, and the explorer opens from it.
    @Test func aFirstOpenKeepsItsSnapshotWrittenBehindTheList() throws {
        let seed = VitaBinary.packageRoot.appendingPathComponent("seeds/anbang-yao.txt").path
        guard let t = try TmuxSession(arguments: ["--as-of", "2026-11-25", seed], environment: "VITA_CACHE_MIN_BYTES=0") else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
        let cache = t.directory.appendingPathComponent("cache")
        let listed = try VitaBinary.run(["cache", "list"], environment: ["XDG_CACHE_HOME": cache.path])
        #expect(listed.stdout.hasSuffix("\t\(seed)\tcurrent\n"), "\(listed.stdout) \(listed.stderr)")
        let kept = try FileManager.default.contentsOfDirectory(atPath: cache.path + "/vita")
        #expect(kept.filter { $0.hasSuffix(".snapshot") }.count == 1 && !kept.contains { $0.hasPrefix(".vita-") }, "\(kept)")
    }

    @Test func detailHelpAndPaging() throws {
        guard let t = try session() else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.keys("PageDown")
        try t.wait(for: "27/34  page 2/2")
        try t.keys("g", "Enter")
        var screen = try t.wait(for: "Paper 1 of 34")
        #expect(screen.contains("Chain-of-Models Pre-Training"))
        #expect(screen.contains("In this paper, we present Chain-of-Models"))
        try t.keys("Escape", "?")
        screen = try t.wait(for: "Help: keys")
        #expect(screen.contains("mark or unmark, then next paper"))
        try t.keys("Escape", "C-c")
        screen = try t.wait(for: "[exited 0]")
        #expect(!screen.contains("Help: keys"))
    }

    @Test func resizeRelayoutsAndRecovers() throws {
        guard let t = try session(80, 24) else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.resize(30, 8)
        try t.wait(for: "Terminal too small")
        try t.resize(200, 60)
        let screen = try t.wait(for: "page 1/1")
        #expect(screen.contains("│ Paper 1 of 34"), "list and detail side by side when wide")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        guard let t = try session() else { return }
        try t.wait(for: "1/34  page 1/2")
        let pid = try #require(try t.vitaPID())
        kill(pid, SIGTERM)
        let screen = try t.wait(for: "[exited 143]")
        #expect(!screen.contains("page 1/2"))
    }

    @Test func aBrokenThemeSaysSoAndTheDefaultIsUsed() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-theme-e2e-\(getpid())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let theme = dir.appendingPathComponent("broken.toml").path
        try Data("[header]\nfg = \"nope\"\n".utf8).write(to: URL(fileURLWithPath: theme))
        guard let t = try session(environment: "VITA_THEME=\(theme)") else { return }
        let screen = try t.wait(for: "default theme used: ")
        #expect(screen.contains("broken.toml:2:"))
        try t.keys("q")
        try t.wait(for: "[exited 0]")
    }

    @Test func chartSelectionsBecomeFilters() throws {
        guard let t = try session(80, 24) else { return }
        try t.wait(for: "1/34  page 1/2")
        try t.keys("2")
        var screen = try t.wait(for: "Papers per year · 34 papers")
        #expect(screen.contains("2016") && screen.contains("2026"))
        try t.keys("Left", "Left", "Left")
        screen = try t.wait(for: "2023: 6 papers (CV 6)")
        try t.keys("Enter")
        screen = try t.wait(for: "6 of 34 match \"year:2023\"")
        try t.keys("3")
        screen = try t.wait(for: "Coauthors of Anbang Yao")
        try t.keys("Escape", "Escape", "3")
        screen = try t.wait(for: "Chao Li: 10 papers with Anbang Yao")
        try t.keys("p")
        screen = try t.wait(for: "10 of 34 match author:\"Chao Li\"")
        // A person found as their name is typed, opened, and the graph walked from them and back.
        try t.keys("Escape", "@")
        screen = try t.wait(for: "People, most papers first")
        try t.keys("d", "u", "o")
        screen = try t.wait(for: "People matching \"duo\"")
        try t.keys("Enter")
        screen = try t.wait(for: "Duo Li: 4 papers")
        #expect(screen.contains("4 of 34 match"))
        try t.keys("3")
        screen = try t.wait(for: "Coauthors of Duo Li")
        #expect(screen.contains("path: Duo Li"))
        try t.keys("Enter")
        screen = try t.wait(for: "(Backspace goes back)")
        #expect(screen.contains("path: Duo Li › "), "a person opened with @ starts the path")
        try t.keys("BSpace")
        screen = try t.wait(for: "back to Duo Li's coauthors")
        try t.keys("q", "q")
        try t.wait(for: "[exited 0]")
    }

    /// A cluster of more code points than a curses cell holds (a letter under six marks, a
    /// family emoji) reaches the terminal whole, in the list and in the detail.
    @Test func longClustersReachTheTerminalWhole() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vita-clusters-\(getpid()).bib")
        let marked = "e\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}"
        try Data("@article{a, author = {Ann Lee}, title = {Z\(marked)d and a family \u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}}, journal = {J}, year = {2020}}\n".utf8)
            .write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let t = try TmuxSession(arguments: ["--as-of", "2026-11-25", file.path]) else { return }
        // tmux keeps 21 bytes of a cluster: more than the first code points a curses cell holds.
        let family = Data("\u{1F468}\u{200D}\u{1F469}\u{200D}\u{1F467}".utf8)
        func whole(_ screen: String) -> Bool { screen.contains("Z\(marked)d") && Data(screen.utf8).range(of: family) != nil }
        /// The screen once it shows both whole (they are written just after the rest of a frame).
        func waitForWhole() throws -> String {
            var screen = ""
            for _ in 0..<100 {
                screen = try t.screen()
                if whole(screen) { break }
                usleep(50_000)
            }
            return screen
        }
        var screen = try waitForWhole()
        #expect(whole(screen), "\(screen)")
        try t.keys("Enter")
        _ = try t.wait(for: "authors")
        screen = try waitForWhole()
        #expect(whole(screen) && screen.contains("authors"), "\(screen)")
        try t.keys("q", "q")
        try t.wait(for: "[exited 0]")
    }

    @Test func aBrokenRecordOpensWithItsProblemsNamed() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vita-broken-\(getpid()).txt")
        try Data("Jane Doe\n\nCV\nh-index3\n2papers\n\nCVFeb 31, 2020\nBroken date paper\nA B\n\nAbstract.\n\nCVJan 5, 2021Code\nGood paper\nC D\n\nAbs.\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        guard let t = try TmuxSession(arguments: [file.path]) else { return }
        let screen = try t.wait(for: "1 problem reading the record")
        #expect(screen.contains("Good paper") && screen.contains("Broken date paper"), "both papers load")
        try t.keys("q")
        let after = try t.wait(for: "[exited 0]")
        #expect(after.contains(":7:7: warning: Feb has no day 31"), "listed again after quitting")
    }

    @Test func withoutATerminalItPointsToTheSubcommands() throws {
        let r = try VitaBinary.run(["--as-of", "2026-11-25"], stdin: Data())
        #expect(r.status == 64)
        #expect(r.stderr.contains("needs a terminal"))
        #expect(r.stderr.contains("vita list"))
        #expect(r.stdout.isEmpty)
    }
}
