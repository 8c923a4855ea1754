import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Writes a file all at once or not at all: the bytes go to a temporary file beside the target,
/// are flushed to disk, and then take the target's name in one step. A failure (no permission,
/// no such folder, disk full) leaves no partial file behind.
public enum AtomicFile {
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

    public static func write(_ data: Data, to path: String, mode: Mode) throws {
        let url = URL(fileURLWithPath: path)
        let dir = url.deletingLastPathComponent().path
        var template = Array((dir + "/.\(url.lastPathComponent).XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
        let temp = String(cString: template)
        var failure: Int32?
        data.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Glibc.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = errno }
        fchmod(fd, 0o644)
        close(fd)
        if let failure {
            unlink(temp)
            throw WriteError(path: path, reason: String(cString: strerror(failure)))
        }
        switch mode {
        case .replace:
            if rename(temp, path) != 0 {
                let e = errno
                unlink(temp)
                throw WriteError(path: path, reason: String(cString: strerror(e)))
            }
        case .createNew:
            if link(temp, path) != 0 {
                let e = errno
                unlink(temp)
                throw WriteError(path: path, reason: e == EEXIST ? "the file exists" : String(cString: strerror(e)))
            }
            unlink(temp)
        }
    }
}
