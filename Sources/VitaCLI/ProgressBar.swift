import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

/// The first open of a large record on a terminal: a line on standard error, redrawn in place a
/// few times a second, with a bar, the bytes read, papers a second and the time left; then what
/// is done after reading. It is erased when the record is open, and never drawn when standard
/// error is not a terminal or the open takes under half a second.
public final class ProgressBar: ProgressDisplay, @unchecked Sendable {
    private let progress: ReadProgress
    private let name: String
    private let started = Date()
    private let done = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)
    private var drawn = false

    /// Starts drawing for `progress` (of the record `name`) when standard error is a terminal.
    public static func start(_ progress: ReadProgress, name: String) -> ProgressBar? {
        guard isatty(2) != 0 else { return nil }
        let bar = ProgressBar(progress, name: name)
        Threads.detach { bar.run() }
        return bar
    }

    private init(_ progress: ReadProgress, name: String) {
        self.progress = progress
        self.name = name
    }

    private func run() {
        defer { finished.signal() }
        // Nothing for an open that is over at once (`VITA_PROGRESS_AFTER` seconds, half a second
        // unless set).
        let after = Environment.value("VITA_PROGRESS_AFTER").flatMap(Double.init).map { max(0, min($0, 60)) } ?? 0.5
        if done.wait(timeout: .now() + after) == .success { return }
        repeat {
            var size = winsize()
            let width = ioctl(2, UInt(TIOCGWINSZ), &size) == 0 && size.ws_col > 0 ? Int(size.ws_col) : 80
            Output.errorText("\r" + progress.current.line(name: name, elapsed: Date().timeIntervalSince(started), width: width - 1) + "\u{1B}[K")
            drawn = true
        } while done.wait(timeout: .now() + 0.25) == .timedOut
    }

    /// Stops drawing and erases the line; call once.
    public func stop() {
        done.signal()
        finished.wait()
        if drawn { Output.errorText("\r\u{1B}[K") }
    }
}
