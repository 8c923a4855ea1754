import Foundation
import VitaCore

/// The first open of a large record on a terminal: a line on standard error, redrawn in place a
/// few times a second, with a bar, the bytes read, papers a second and the time left; then what
/// is done after reading. It is erased when the record is open, and never drawn when standard
/// error is not a terminal or the open takes under half a second.
final class ProgressBar: @unchecked Sendable {
    private let progress: ReadProgress
    private let name: String
    private let started = Date()
    private let done = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var drawn = false

    /// Starts drawing for `progress` (of the record `name`) when standard error is a terminal.
    static func start(_ progress: ReadProgress, name: String) -> ProgressBar? {
        guard isatty(2) != 0 else { return nil }
        let bar = ProgressBar(progress, name: name)
        Thread.detachNewThread { bar.run() }
        return bar
    }

    private init(_ progress: ReadProgress, name: String) {
        self.progress = progress
        self.name = name
    }

    private func run() {
        defer { finished.signal() }
        // Nothing for an open that is over at once.
        if done.wait(timeout: .now() + 0.5) == .success { return }
        repeat {
            var size = winsize()
            let width = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
            Output.errorText("\r" + Self.line(progress.current, name: name, elapsed: Date().timeIntervalSince(started), width: width - 1) + "\u{1B}[K")
            drawn = true
        } while done.wait(timeout: .now() + 0.25) == .timedOut
    }

    /// Stops drawing and erases the line; call once.
    func stop() {
        done.signal()
        finished.wait()
        if drawn { Output.errorText("\r\u{1B}[K") }
    }

    /// The line for `state`, at most `width` cells:
    /// `vita: reading dblp.xml ██████░░░░ 41% 203/497 MB · 52,000 papers/s · 0:45 left`.
    static func line(_ state: ReadProgress.State, name: String, elapsed: Double, width: Int) -> String {
        let shown = VisibleText.singleLine(name)
        switch state.stage {
        case .keeping:
            let text = "vita: indexing \(shown) and keeping a snapshot of it (\(NumberText.grouped(state.papers)) papers) · \(clock(elapsed))"
            return DisplayWidth.truncate(text, to: max(10, width))
        case .reading:
            let share = state.totalBytes > 0 ? min(1, Double(state.bytes) / Double(state.totalBytes)) : 0
            let rate = elapsed > 0 ? Double(state.papers) / elapsed : 0
            let left = share > 0.01 ? clock(elapsed * (1 - share) / share) + " left" : "…"
            let figures = String(format: " %3.0f%% %@/%@ MB · %@ papers/s · %@", share * 100, String(state.bytes / 1_000_000),
                                 String(max(1, state.totalBytes / 1_000_000)), NumberText.grouped(Int(rate)), left)
            let head = "vita: reading " + DisplayWidth.truncate(shown, to: max(8, width / 4)) + " "
            let room = width - DisplayWidth.of(head) - DisplayWidth.of(figures)
            guard room >= 5 else { return DisplayWidth.truncate(head + figures, to: max(10, width)) }
            let cells = min(30, room)
            let full = Int((share * Double(cells)).rounded(.down))
            return head + String(repeating: "█", count: full) + String(repeating: "░", count: cells - full) + figures
        }
    }

    static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        return s >= 3600 ? String(format: "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60) : String(format: "%d:%02d", s / 60, s % 60)
    }
}
