import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file all at once or not at all: the bytes go to a temporary file beside the target,
/// are flushed to disk, and then take the target's name in one step. A failure (no permission,
/// no such folder, disk full) leaves no partial file behind, and a kill -9 at any moment leaves
/// the old file or the new one.
///
/// What is already there is respected: a symbolic link is written through to the file it names
/// (and the answer says so), a replaced file keeps its permissions and owner, and a target that
/// is no regular file (a folder, a FIFO, a device) is refused. The temporary file has a short name
/// of its own (`.vita-PID-XXXXXX`), so any valid file name can be written; one left by a process
/// that was killed is removed by the next write to that folder, and SIGTERM, SIGINT and SIGHUP
/// remove the one being written.
public enum AtomicFile {
    /// From now on SIGINT, SIGTERM and SIGHUP end the program after removing the temporary files
    /// being written, whatever handled them before: for a program that has ended its own handling
    /// (the explorer, left) and waits for a write on another thread, which Ctrl-C then gives up.
    public static func removeWhatIsBeingWrittenOnSignal() { TemporaryCleanup.takeSignals() }

    /// Removes the temporary files being written now, whose writes are given up: for a program
    /// about to end that will not wait for them (the explorer ended by a signal).
    public static func removeWhatIsBeingWritten() { TemporaryCleanup.removeAll() }

    public enum Mode: Sendable {
        /// Fail if the target exists (checked atomically, by linking the new file in place).
        case createNew
        /// Replace the target if it exists.
        case replace
    }

    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public var path: String
        public var reason: String
        public var description: String { "cannot write \(path): \(reason)" }
    }

    /// The file a write to `path` lands in: `path` itself, or the file a symbolic link at `path`
    /// names (followed to the end of a chain). Throws for a target that is no regular file.
    public static func target(of path: String) throws -> String {
        var current = path
        for _ in 0..<40 {
            var st = stat()
            guard lstat(current, &st) == 0 else { return current }   // nothing there yet: created
            switch st.st_mode & S_IFMT {
            case S_IFREG:
                return current
            case S_IFLNK:
                var buffer = [CChar](repeating: 0, count: Int(PATH_MAX) + 1)
                let n = readlink(current, &buffer, buffer.count - 1)
                guard n > 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
                let dest = String(decoding: buffer[..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
                current = dest.hasPrefix("/") ? dest : (URL(fileURLWithPath: current).deletingLastPathComponent().path + "/" + dest)
            case S_IFDIR:
                throw WriteError(path: path, reason: "it is a folder; expected a file name (a file in it, say)")
            case S_IFIFO:
                throw WriteError(path: path, reason: "it is a FIFO, not a regular file; expected a file to write")
            default:
                throw WriteError(path: path, reason: "it is a device or socket, not a regular file; expected a file to write")
            }
        }
        throw WriteError(path: path, reason: "too many symbolic links")
    }

    /// Writes `data` as the file at `path` (through a symbolic link). Returns the file written.
    @discardableResult
    public static func write(_ data: Data, to path: String, mode: Mode) throws -> String {
        try write(to: path, mode: mode) { emit in data.withUnsafeBytes { _ = emit($0) } }
    }

    /// Writes what `produce` gives, piece by piece (each call of `emit` appends one; it answers
    /// false once a write failed), as `write(_:to:mode:)` does. A new file gets `permissions`
    /// (less the umask). Not `durable`: not synced to the disk before it replaces the old file
    /// (for files that are checked when read and can be made again, such as snapshots).
    @discardableResult
    public static func write(to path: String, mode: Mode, permissions: mode_t = 0o666, durable: Bool = true,
                             _ produce: ((UnsafeRawBufferPointer) -> Bool) -> Void) throws -> String {
        try withoutActuallyEscaping(produce) { produce in
            try write(to: path, mode: mode, permissions: permissions, durable: durable) { emit, _ in produce(emit) }
        }
    }

    /// As `write(to:mode:permissions:durable:_:)`, and `produce` may also write over bytes it
    /// has given before (`patch` at an offset from the start): a header that says where later
    /// parts are, written once they are, so nothing has to be held until then.
    @discardableResult
    public static func write(to path: String, mode: Mode, permissions: mode_t = 0o666, durable: Bool = true,
                             _ produce: (_ emit: (UnsafeRawBufferPointer) -> Bool,
                                         _ patch: (Int, UnsafeRawBufferPointer) -> Bool) -> Void) throws -> String {
        let final = try target(of: path)
        let dir = URL(fileURLWithPath: final).deletingLastPathComponent().path
        removeStaleTemporaries(in: dir)
        var existing = stat()
        let exists = stat(final, &existing) == 0
        var template = Array((dir + "/.vita-\(getpid())-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let temp = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slot = TemporaryCleanup.begin(temp)
        defer { TemporaryCleanup.end(slot) }
        var failure: Int32?
        var written = 0
        /// `bytes` written at `at` (nil: at the end).
        func put(_ bytes: UnsafeRawBufferPointer, at: Int?) -> Bool {
            guard failure == nil else { return false }
            if let at, at < 0 || at + bytes.count > written { failure = EINVAL; return false }
            var offset = 0
            while offset < bytes.count {
                let n = at.map { pwrite(fd, bytes.baseAddress! + offset, bytes.count - offset, off_t($0 + offset)) }
                    ?? Glibc.write(fd, bytes.baseAddress! + offset, bytes.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return false
                }
                offset += n
            }
            if at == nil { written += bytes.count }
            return true
        }
        produce({ put($0, at: nil) }, { put($1, at: $0) })
        if failure == nil, durable, fsync(fd) != 0 { failure = errno }
        // A replaced file keeps its permissions and owner; a new one is made as files are.
        if exists {
            fchmod(fd, existing.st_mode & 0o7777)
            _ = fchown(fd, existing.st_uid, existing.st_gid)
        } else {
            let mask = umask(0)
            umask(mask)
            fchmod(fd, permissions & ~mask)
        }
        close(fd)
        if let failure {
            unlink(temp)
            throw WriteError(path: path, reason: String(cString: strerror(failure)))
        }
        switch mode {
        case .replace:
            if rename(temp, final) != 0 {
                let e = errno
                unlink(temp)
                throw WriteError(path: path, reason: String(cString: strerror(e)))
            }
        case .createNew:
            if link(temp, final) != 0 {
                let e = errno
                unlink(temp)
                throw WriteError(path: path, reason: e == EEXIST ? "the file exists" : String(cString: strerror(e)))
            }
            unlink(temp)
        }
        return final
    }

    /// Runs `body` holding the folder's lock (`flock` on the folder), so writers that read a file
    /// before replacing it (appends) take turns instead of losing each other's entries.
    public static func withFolderLock<T>(for path: String, _ body: () throws -> T) throws -> T {
        let dir = URL(fileURLWithPath: (try? target(of: path)) ?? path).deletingLastPathComponent().path
        let fd = open(dir.isEmpty ? "." : dir, O_RDONLY | O_DIRECTORY)
        guard fd >= 0 else { return try body() }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    /// Removes the temporary file of a write under way, for a program that stops in the middle
    /// of one (the explorer's progress screen, cancelled): the old file stays, nothing half written.
    public static func abandonWriteUnderWay() {
        TemporaryCleanup.removeAll()
    }

    /// Temporary files of writers that no longer run (killed in the middle of a write).
    static func removeStaleTemporaries(in dir: String) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return }
        for name in names where name.hasPrefix(".vita-") {
            let parts = name.split(separator: "-")
            guard parts.count == 3, let pid = Int32(parts[1]), pid != getpid(), parts[2].count == 6 else { continue }
            if kill(pid, 0) != 0 && errno == ESRCH { unlink(dir + "/" + name) }
        }
    }
}

/// The temporary files being written (by any thread), removed if a signal ends the program first.
enum TemporaryCleanup {
    static let capacity = 64
    /// Their paths, read by the signal handler without a lock (a pointer read and `unlink` only).
    nonisolated(unsafe) static let slots: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let p = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        p.initialize(repeating: nil, count: capacity)
        return p
    }()
    nonisolated(unsafe) static var previous: [Int32: sigaction] = [:]
    nonisolated(unsafe) static var writing = 0
    static let lock = Lock()
    static let signals: [Int32] = [SIGTERM, SIGINT, SIGHUP]

    /// Notes `temp` as being written; the answer goes to `end`.
    static func begin(_ temp: String) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard let slot = (0..<capacity).first(where: { slots[$0] == nil }) else { return nil }
        slots[slot] = strdup(temp)
        writing += 1
        guard writing == 1, !taken else { return slot }
        for s in signals {
            var old = sigaction()
            sigaction(s, nil, &old)
            // Only where nothing else handles the signal (the explorer restores the terminal and
            // ends its loop itself, after the write).
            guard old.__sigaction_handler.sa_handler == nil else { continue }
            previous[s] = old
            handle(s)
        }
        return slot
    }

    /// Whether `takeSignals` was called: the handlers stay.
    nonisolated(unsafe) static var taken = false

    private static func handle(_ s: Int32) {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { sig in
            TemporaryCleanup.removeAll()
            signal(sig, SIG_DFL)
            raise(sig)
        }
        sigaction(s, &action, nil)
    }

    /// From now on a signal that ends the program removes the files being written first,
    /// whatever handled it before (see `AtomicFile.removeWhatIsBeingWrittenOnSignal`).
    static func takeSignals() {
        lock.lock()
        defer { lock.unlock() }
        taken = true
        previous = [:]
        for s in signals { handle(s) }
    }

    static func end(_ slot: Int?) {
        guard let slot else { return }
        lock.lock()
        defer { lock.unlock() }
        free(slots[slot])
        slots[slot] = nil
        writing -= 1
        guard writing == 0 else { return }
        for (s, old) in previous {
            var o = old
            sigaction(s, &o, nil)
        }
        previous = [:]
    }

    /// Removes every file being written (the program is ending).
    static func removeAll() {
        for i in 0..<capacity { if let p = slots[i] { unlink(p) } }
    }
}
