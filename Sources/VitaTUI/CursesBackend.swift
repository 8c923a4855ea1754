import CNcursesw
import FoundationEssentials
import VitaCore

/// The only code that talks to curses: starts and restores the terminal, copies a `Screen` to it
/// (only the cells that changed since the last frame), and reads keys.
public final class CursesBackend {
    private var previous: Screen?
    private var pairs: [PairKey: Int16] = [:]
    private var theme: Theme
    private let colors: Int
    private var attrCache: [Style: (attrs: Int32, pair: Int16)] = [:]

    struct PairKey: Hashable { var fg: Int; var bg: Int }

    public struct StartError: Error, CustomStringConvertible {
        public var description: String {
            let term = Environment.value("TERM") ?? ""
            return "cannot start the terminal interface for TERM=\(term.isEmpty ? "(unset)" : term); try TERM=xterm-256color, or the subcommands (vita list, vita search)"
        }
    }

    public init(theme: Theme) throws {
        _ = vita_setup_locale()
        guard vita_start() == 0 else { throw StartError() }
        colors = Int(vita_colors())
        self.theme = theme
    }

    public var size: (width: Int, height: Int) { (Int(vita_cols()), Int(vita_lines())) }
    public var hasColours: Bool { colors >= 8 }

    public func setTheme(_ theme: Theme) {
        self.theme = theme
        attrCache = [:]
        previous = nil
    }

    public func stop() { vita_stop() }

    public func suspend() {
        vita_suspend()
        previous = nil
    }

    /// The signal (SIGINT, SIGTERM, SIGHUP) that asked the program to stop, or 0.
    public var pendingSignal: Int32 { vita_pending_signal() }

    /// A key, or nil after `timeout` milliseconds without one.
    public func readKey(timeout: Int32 = 250) -> Key? {
        var value: UInt32 = 0
        switch vita_read_key(timeout, &value) {
        case 1: return Key.from(character: value)
        case 2: return functionKey(Int32(value))
        default: return nil
        }
    }

    /// Runs `body` with the terminal given back (an editor), then redraws everything.
    public func outsideCurses(_ body: () -> Void) {
        vita_pause()
        body()
        vita_resume()
        previous = nil
    }

    /// Mouse reporting on or off (`--no-mouse`, `mouse = false` in the config turn it off).
    public func setMouse(_ on: Bool) { vita_mouse(on ? 1 : 0) }

    private func functionKey(_ code: Int32) -> Key? {
        if code == vita_key_mouse() {
            var x: Int32 = 0, y: Int32 = 0, kind: Int32 = 0
            guard vita_mouse_event(&x, &y, &kind) != 0 else { return nil }
            let kinds: [Int32: Key.MouseKind] = [1: .click, 2: .doubleClick, 3: .wheelUp, 4: .wheelDown]
            return kinds[kind].map { .mouse(x: Int(x), y: Int(y), kind: $0) }
        }
        let table: [(Int32, Key)] = [(0, .up), (1, .down), (2, .left), (3, .right), (4, .pageUp), (5, .pageDown),
                                     (6, .home), (7, .end), (8, .backspace), (9, .enter), (10, .delete), (11, .backTab), (12, .resize)]
        for (which, key) in table where vita_key_code(which) == code { return key }
        return nil
    }

    /// Copies `screen` to the terminal.
    public func draw(_ screen: Screen) {
        let full = previous == nil || previous!.width != screen.width || previous!.height != screen.height
        if full { vita_clear_all() }
        var buffer = [UInt32](repeating: 0, count: 6)
        // Clusters longer than a curses cell holds: written whole after the refresh, every frame
        // (curses may redraw their cells when others on the line change).
        var whole: [(x: Int, y: Int, text: String, attrs: Int32, pair: Int16)] = []
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if cell.isContinuation { continue }
                let long = Self.needsWholeWrite(cell.text)
                let unchanged = !full && previous.map { $0[x, y] == cell } == true
                if unchanged && !long { continue }
                let (attrs, pair) = look(cell.style)
                if long { whole.append((x, y, cell.text, attrs, pair)) }
                if unchanged { continue }
                var n = 0
                // A cluster written whole later gets only its first code point from curses (a
                // cut cluster can end in a joiner that the terminal would join to what follows).
                for s in cell.text.unicodeScalars where n < (long ? 1 : Self.cellCodePoints) { buffer[n] = s.value; n += 1 }
                if n == 0 { buffer[0] = 32; n = 1 }
                vita_put(Int32(y), Int32(x), buffer, Int32(n), attrs, pair)
            }
        }
        if let c = screen.cursor {
            vita_move(Int32(c.y), Int32(c.x))
            vita_cursor(1)
        } else {
            vita_cursor(0)
        }
        vita_refresh()
        for w in whole { vita_put_whole(Int32(w.y), Int32(w.x), w.text, w.attrs, w.pair) }
        previous = screen
    }

    /// The most code points a curses cell holds (ncurses' CCHARW_MAX).
    static let cellCodePoints = 5

    /// Whether a cluster is more than a curses cell can hold: more than `cellCodePoints` code
    /// points, or any after the first that is not a combining mark (curses keeps a base and its
    /// marks only, cutting `👨‍👩‍👧` to `👨‍` with a joiner left hanging, a flag to its first
    /// letter, a skin tone off its emoji).
    static func needsWholeWrite(_ cluster: String) -> Bool {
        // Fewer than 4 bytes is one code point, or a base and a mark (or CR LF): most cells.
        guard cluster.utf8.count >= 4 else { return false }
        var scalars = cluster.unicodeScalars.makeIterator()
        guard scalars.next() != nil else { return false }
        var count = 1
        while let s = scalars.next() {
            count += 1
            if count > cellCodePoints || s.value == 0x200D { return true }
            switch s.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: continue
            default: return true
            }
        }
        return false
    }

    private func look(_ style: Style) -> (Int32, Int16) {
        if let hit = attrCache[style] { return hit }
        let l = theme.look(style)
        var attrs: Int32 = 0
        if l.bold { attrs |= Int32(VITA_BOLD) }
        if l.reverse { attrs |= Int32(VITA_REVERSE) }
        if l.underline { attrs |= Int32(VITA_UNDERLINE) }
        if l.dim { attrs |= Int32(VITA_DIM) }
        var pair: Int16 = 0
        if colors >= 8 {
            let key = PairKey(fg: l.fg.resolved(available: colors), bg: l.bg.resolved(available: colors))
            if key.fg != -1 || key.bg != -1 {
                if let p = pairs[key] {
                    pair = p
                } else if pairs.count + 1 < Int(vita_color_pairs()), pairs.count < Int(Int16.max) - 1 {
                    pair = Int16(pairs.count + 1)
                    _ = vita_init_pair(pair, Int16(key.fg), Int16(key.bg))
                    pairs[key] = pair
                }
            }
        }
        attrCache[style] = (attrs, pair)
        return (attrs, pair)
    }
}
