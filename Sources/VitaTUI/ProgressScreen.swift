import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials
import VitaCore

/// The explorer's screen while a large record is opened for the first time: the file, a bar, the
/// megabytes read, papers a second and the time left, then the indexing and the snapshot. Drawn
/// on a thread of its own while the record is read; q, Esc or Ctrl-C stop the program cleanly
/// (the terminal given back, no snapshot half written).
public final class ProgressScreen: ProgressDisplay, @unchecked Sendable {
    private let backend: CursesBackend
    private let progress: ReadProgress
    private let name: String
    private let started = Date()
    private let done = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private let lock = Lock()
    private var ahead = TypeAhead()

    /// The keys typed while the record opened, in order, for the explorer to take first.
    public var typedAhead: [Key] {
        lock.lock()
        defer { lock.unlock() }
        return ahead.keys
    }

    /// Takes the terminal and starts drawing; nil when the terminal cannot be started (the
    /// explorer then says why, as ever).
    public static func start(_ progress: ReadProgress, name: String) -> ProgressScreen? {
        let colours = Environment.value("NO_COLOR").map { $0.isEmpty } ?? true
        let (theme, _) = ThemeCatalog().theme(named: colours ? "default" : "mono")
        guard let backend = try? CursesBackend(theme: theme) else { return nil }
        let screen = ProgressScreen(backend: backend, progress: progress, name: name)
        Threads.detach { screen.run() }
        return screen
    }

    private init(backend: CursesBackend, progress: ReadProgress, name: String) {
        (self.backend, self.progress, self.name) = (backend, progress, name)
    }

    private func run() {
        defer { finished.signal() }
        repeat {
            let size = backend.size
            lock.lock()
            let typed = ahead.shown
            lock.unlock()
            backend.draw(Self.render(progress.current, name: name, elapsed: Date().timeIntervalSince(started),
                                     width: size.width, height: size.height, typed: typed))
            // Every key waiting is taken (a paste, keys typed fast), each kept or stopping.
            var timeout: Int32 = 100
            while let key = backend.readKey(timeout: timeout) {
                timeout = 0
                lock.lock()
                let stops = ahead.stops(key)
                if !stops { ahead.add(key) }
                lock.unlock()
                if stops { cancel() }
            }
            if backend.pendingSignal != 0 { cancel() }
        } while done.wait(timeout: .now()) == .timedOut
    }

    /// Stops the program: the terminal given back, the snapshot being written (if it is) removed.
    private func cancel() -> Never {
        backend.stop()
        AtomicFile.abandonWriteUnderWay()
        // Waiting for another process's snapshot, this one wrote none: that one goes on.
        let why = progress.current.stage == .waiting ? "another vita is still writing its snapshot" : "no snapshot of it was kept"
        Descriptor.write(2, "vita: stopped before \(VisibleText.singleLine(name)) was open; \(why)\n")
        exit(130)
    }

    /// The record is open: stops drawing and gives the terminal back (the explorer takes it again).
    public func stop() {
        done.signal()
        finished.wait()
        backend.stop()
    }

    /// The screen for `state`: the line of `vita`'s progress bar, centred, with what the keys do.
    /// `typed`: the keys typed ahead, as `TypeAhead.shown` gives them (none: no line for them).
    public static func render(_ state: ReadProgress.State, name: String, elapsed: Double, width: Int, height: Int,
                              typed: String = "") -> Screen {
        var screen = Screen(width: width, height: height)
        let room = max(10, min(100, width - 4))
        // Made again, the title says so and why (its snapshot from another build, damaged…).
        let title = "Opening \(VisibleText.singleLine(name))" + (state.stage == .waiting ? "" : state.remade == nil ? " for the first time" : " again")
        var lines: [(String, Style)] = [(DisplayWidth.truncate(title, to: room), Style(.title, bold: true))]
        if let why = state.remade, state.stage != .waiting {
            lines.append((DisplayWidth.truncate("Its snapshot is made again: " + VisibleText.singleLine(why), to: room), Style(.dim)))
        }
        lines += [
            ("", .normal),
            (state.line(name: name, elapsed: elapsed, width: room).replacingAll("vita: ", with: ""), .normal),
            ("", .normal),
            (DisplayWidth.truncate("Later opens read its snapshot instead. q, Esc or Ctrl-C stop; nothing is left half written.", to: room), Style(.dim)),
        ]
        if !typed.isEmpty {
            // The end of what was typed shows when it is long: the last key is the one to see.
            let label = "Typed, taken when it opens: "
            let keys = DisplayWidth.of(typed) > room - DisplayWidth.of(label) ? "…" + String(typed.suffix(max(1, room - DisplayWidth.of(label) - 1))) : typed
            lines += [("", .normal), (DisplayWidth.truncate(label + keys, to: room), .normal)]
        }
        let top = max(0, (height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() where top + i < height {
            screen.put(text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: top + i, style: style)
        }
        return screen
    }
}

/// The keys typed while a record opens: kept in order for the explorer, which takes them first,
/// so what was typed ahead (`/network` Enter) does what it would have done on the list. q and Esc
/// stop the opening, as its screen says, except inside a search or person prompt typed ahead,
/// where q is a letter of the query and Esc closes the prompt; Ctrl-C always stops.
public struct TypeAhead: Sendable {
    public private(set) var keys: [Key] = []
    /// Whether a prompt (`/`, `@`) was typed and not yet closed (Enter, Esc).
    public private(set) var inPrompt = false

    public init() {}

    public func stops(_ key: Key) -> Bool {
        key == .ctrl("c") || (!inPrompt && (key == .char("q") || key == .escape))
    }

    public mutating func add(_ key: Key) {
        switch key {
        case .resize, .mouse: return   // the explorer measures its own screen; a click aimed at no row
        case .char("/"), .char("@"): if !inPrompt { inPrompt = true }
        case .enter, .escape: inPrompt = false
        default: break
        }
        keys.append(key)
    }

    /// What was typed, as the screen shows it: characters as they are (a space inside a prompt
    /// too), other keys by name in angle brackets (`/deep net‹Enter›‹Space›`).
    public var shown: String {
        var prompt = false
        return keys.map { key -> String in
            defer {
                switch key {
                case .char("/"), .char("@"): prompt = true
                case .enter, .escape: prompt = false
                default: break
                }
            }
            if case .char(let c) = key, c != " " || prompt { return VisibleText.singleLine(String(c)) }
            return "‹\(key.description)›"
        }.joined()
    }
}
