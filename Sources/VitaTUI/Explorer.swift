import Foundation
import VitaCore

/// Runs the explorer on the terminal: the loop that reads keys, updates the state, performs
/// effects and draws. Everything it decides is in `AppState`; everything it draws is `AppView`.
public enum Explorer {
    public struct Options {
        public var files: [String]
        public var theme: String?
        public init(files: [String], theme: String?) {
            self.files = files
            self.theme = theme
        }
    }

    /// Returns the exit status. The terminal is restored on every way out.
    public static func run(library: Library, options: Options) -> Int32 {
        let env = ProcessInfo.processInfo.environment
        let catalog = ThemeCatalog()
        let noColour = env["NO_COLOR"].map { !$0.isEmpty } ?? false
        let requested = options.theme ?? env["VITA_THEME"].flatMap { $0.isEmpty ? nil : $0 } ?? "default"
        var (theme, problem) = catalog.theme(named: noColour ? "mono" : requested)
        let backend: CursesBackend
        do { backend = try CursesBackend(theme: theme) } catch {
            FileHandle.standardError.write(Data("vita: \(error)\n".utf8))
            return 1
        }
        defer { backend.stop() }
        if !backend.hasColours && !noColour { theme = catalog.theme(named: "mono").0; backend.setTheme(theme) }
        let size = backend.size
        var state = AppState(library: library, width: size.width, height: size.height,
                             themeNames: catalog.names, theme: theme.name)
        if let problem {
            state.message = Message(text: problem, isError: true)
        } else if let first = library.diagnostics.first {
            // They were printed before the screen was taken, and show again after quitting.
            let n = library.diagnostics.count
            state.message = Message(text: "\(n) \(n == 1 ? "problem" : "problems") reading the record (listed when you quit): \(first)", isError: true)
        } else if noColour && options.theme != nil {
            state.message = noColourMessage
        }
        let files = library.files
        var shownTheme = state.themeName
        // A frame is drawn when something changed, not on every idle wake-up.
        var dirty = true

        while !state.quitRequested {
            let size = backend.size
            if size.width != state.layout.width || size.height != state.layout.height {
                state.resize(width: size.width, height: size.height)
                dirty = true
            }
            if state.themeName != shownTheme {
                shownTheme = state.themeName
                if noColour {
                    state.message = noColourMessage
                } else {
                    let (t, p) = catalog.theme(named: shownTheme)
                    backend.setTheme(t)
                    if let p { state.message = Message(text: p, isError: true) }
                }
            }
            if dirty {
                backend.draw(AppView.render(state, files: files))
                dirty = false
            }
            if backend.pendingSignal != 0 { break }
            guard let key = backend.readKey() else { continue }
            dirty = true
            if key == .resize { continue }
            for effect in state.handle(key) {
                perform(effect, state: &state, backend: backend)
            }
        }
        return backend.pendingSignal != 0 ? 128 + backend.pendingSignal : 0
    }

    static let noColourMessage = Message(text: "NO_COLOR is set: colours are off", isError: false)

    static func perform(_ effect: Effect, state: inout AppState, backend: CursesBackend) {
        switch effect {
        case .suspend:
            backend.suspend()
        case .export, .copy, .open:
            EffectRunner.perform(effect, state: &state)
        }
    }
}

/// Carries out the effects that leave the program: file writes, the clipboard, opening links.
/// Separate from the loop so tests run it without a terminal.
public enum EffectRunner {
    public static func perform(_ effect: Effect, state: inout AppState, terminal: FileHandle = .standardOutput) {
        switch effect {
        case let .export(ids, path, mode):
            let papers = ids.compactMap { state.library.paper(id: $0) }
            do {
                let report = try BibTeXExport.write(papers, to: path, mode: mode, writer: BibTeXWriter(), library: state.library)
                state.exportFinished(.success(report))
            } catch {
                state.exportFinished(.failure(error))
            }
        case let .copy(text, entries):
            // OSC 52: the terminal (and tmux, ssh) puts the text on the system clipboard.
            let sequence = "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
            terminal.write(Data(sequence.utf8))
            state.message = Message(text: "copied \(entries) BibTeX \(entries == 1 ? "entry" : "entries") to the clipboard", isError: false)
        case .open(let url):
            state.message = open(url)
        case .suspend:
            break
        }
    }

    static func open(_ url: String) -> Message {
        let candidates = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open", "/usr/bin/open"]
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return Message(text: "no xdg-open here; the link is \(url)", isError: true)
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = [url]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do {
            try p.run()
            return Message(text: "opening \(url)", isError: false)
        } catch {
            return Message(text: "cannot open \(url): \(error.localizedDescription)", isError: true)
        }
    }
}
