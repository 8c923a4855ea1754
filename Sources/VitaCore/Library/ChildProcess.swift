#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Another program run by Vita (the note editor, the link opener, a snapshot built in the
/// background), started with `posix_spawn` as Foundation's `Process` starts one, without linking
/// Foundation (DECISIONS 88).
public struct ChildProcess: Sendable {
    public let pid: pid_t

    /// What a program's standard stream is given: the explorer's own, nothing, or a file.
    public enum Stream: Sendable {
        case inherited
        case null
        case file(String)
    }

    /// Starts `path` with `arguments`; the reason (`strerror`) when it cannot be started. With
    /// `newSession`, in a session of its own, apart from this process's terminal.
    public static func start(_ path: String, _ arguments: [String], input: Stream = .inherited, output: Stream = .inherited,
                             errors: Stream = .inherited, newSession: Bool = false) -> Result<ChildProcess, ChildProcessError> {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for (fd, stream) in [(Int32(0), input), (1, output), (2, errors)] {
            switch stream {
            case .inherited: break
            case .null: posix_spawn_file_actions_addopen(&actions, fd, "/dev/null", fd == 0 ? O_RDONLY : O_WRONLY, 0)
            case .file(let file): posix_spawn_file_actions_addopen(&actions, fd, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
            }
        }
        // Every signal at its default and none blocked in the program, as Foundation's `Process`
        // starts one: what the explorer ignores (a closed pipe, a file too large) or catches is
        // not the editor's or the opener's to inherit.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        // POSIX_SPAWN_SETSID is glibc's 0x80, hidden from Swift.
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK) | (newSession ? 0x80 : 0))
        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        let code = posix_spawn(&pid, path, &actions, &attributes, argv, environ)
        guard code == 0 else { return .failure(ChildProcessError(message: String(cString: strerror(code)))) }
        return .success(ChildProcess(pid: pid))
    }

    /// Waits for the program to end: its exit status, or the signal that ended it.
    public func wait() -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            guard errno == EINTR else { return -1 }
        }
        return Self.ending(status)
    }

    /// Its exit status (or signal) if it has ended, nil while it runs.
    public func ended() -> Int32? {
        var status: Int32 = 0
        let r = waitpid(pid, &status, WNOHANG)
        if r == 0 { return nil }
        return r < 0 ? -1 : Self.ending(status)
    }

    /// `WEXITSTATUS` for a program that exited, else `WTERMSIG` (the C macros, by their definition).
    static func ending(_ status: Int32) -> Int32 {
        status & 0x7F == 0 ? (status >> 8) & 0xFF : status & 0x7F
    }
}

public struct ChildProcessError: Error, CustomStringConvertible, Sendable {
    public let message: String
    public var description: String { message }
}
