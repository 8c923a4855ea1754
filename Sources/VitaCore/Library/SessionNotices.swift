#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import FoundationEssentials

/// Lines said once a command has begun, when no list of notices can carry them any more: a
/// snapshot's papers found damaged and read from the record instead, the record changed under
/// a session. They go to standard error, unless a screen of the program's own is up (the
/// explorer): standard error would be written under it and never read, so they are kept for the
/// screen to show, and a line that ends the program gives the terminal back before it is said.
public enum SessionNotices {
    private static let lock = Lock()
    nonisolated(unsafe) private static var kept: [String]?
    nonisolated(unsafe) private static var restore: (() -> Void)?

    /// From now on lines are kept for `take()` (with those kept already, when collecting began
    /// before: while the record opened); `restore` gives the terminal back before a line that
    /// ends the program.
    public static func collect(restoringWith restore: @escaping () -> Void) {
        lock.lock()
        defer { lock.unlock() }
        (kept, Self.restore) = (kept ?? [], restore)
    }

    /// Lines go to standard error again; the lines kept and not yet taken are given back.
    public static func stopCollecting() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        let left = kept ?? []
        (kept, restore) = (nil, nil)
        return left
    }

    /// The lines kept since the last look.
    public static func take() -> [String] {
        lock.lock()
        defer { lock.unlock() }
        guard let lines = kept, !lines.isEmpty else { return [] }
        kept = []
        return lines
    }

    /// Says `line`: kept while a screen is up, else on standard error.
    public static func say(_ line: String) {
        lock.lock()
        if kept != nil {
            kept!.append(line)
            lock.unlock()
            return
        }
        lock.unlock()
        emit(line)
    }

    /// Says `line` and ends the program, the terminal given back first.
    static func fatal(_ line: String) -> Never {
        lock.lock()
        let restore = Self.restore
        lock.unlock()
        restore?()
        emit(line)
        exit(1)
    }

    private static func emit(_ line: String) {
        let bytes = Array((line + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(2, $0.baseAddress, $0.count) }
    }
}
