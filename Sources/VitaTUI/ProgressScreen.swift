import Foundation
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

    /// Takes the terminal and starts drawing; nil when the terminal cannot be started (the
    /// explorer then says why, as ever).
    public static func start(_ progress: ReadProgress, name: String) -> ProgressScreen? {
        let colours = Environment.value("NO_COLOR").map { $0.isEmpty } ?? true
        let (theme, _) = ThemeCatalog().theme(named: colours ? "default" : "mono")
        guard let backend = try? CursesBackend(theme: theme) else { return nil }
        let screen = ProgressScreen(backend: backend, progress: progress, name: name)
        Thread.detachNewThread { screen.run() }
        return screen
    }

    private init(backend: CursesBackend, progress: ReadProgress, name: String) {
        (self.backend, self.progress, self.name) = (backend, progress, name)
    }

    private func run() {
        defer { finished.signal() }
        repeat {
            let size = backend.size
            backend.draw(Self.render(progress.current, name: name, elapsed: Date().timeIntervalSince(started),
                                     width: size.width, height: size.height))
            let stopping: [Key] = [.ctrl("c"), .char("q"), .escape]
            if let key = backend.readKey(timeout: 100), stopping.contains(key) { cancel() }
            if backend.pendingSignal != 0 { cancel() }
        } while done.wait(timeout: .now()) == .timedOut
    }

    /// Stops the program: the terminal given back, the snapshot being written (if it is) removed.
    private func cancel() -> Never {
        backend.stop()
        AtomicFile.abandonWriteUnderWay()
        FileHandle.standardError.write(Data("vita: stopped before \(VisibleText.singleLine(name)) was open; no snapshot of it was kept\n".utf8))
        exit(130)
    }

    /// The record is open: stops drawing and gives the terminal back (the explorer takes it again).
    public func stop() {
        done.signal()
        finished.wait()
        backend.stop()
    }

    /// The screen for `state`: the line of `vita`'s progress bar, centred, with what the keys do.
    public static func render(_ state: ReadProgress.State, name: String, elapsed: Double, width: Int, height: Int) -> Screen {
        var screen = Screen(width: width, height: height)
        let room = max(10, min(100, width - 4))
        let title = "Opening \(VisibleText.singleLine(name)) for the first time"
        let lines: [(String, Style)] = [
            (DisplayWidth.truncate(title, to: room), Style(.title, bold: true)),
            ("", .normal),
            (state.line(name: name, elapsed: elapsed, width: room).replacingOccurrences(of: "vita: ", with: ""), .normal),
            ("", .normal),
            (DisplayWidth.truncate("Later opens read its snapshot instead. q, Esc or Ctrl-C stop; nothing is left half written.", to: room), Style(.dim)),
        ]
        let top = max(0, (height - lines.count) / 2)
        for (i, (text, style)) in lines.enumerated() where top + i < height {
            screen.put(text, x: max(0, (width - DisplayWidth.of(text)) / 2), y: top + i, style: style)
        }
        return screen
    }
}
