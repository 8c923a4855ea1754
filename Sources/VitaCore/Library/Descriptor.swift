#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writing to an open file descriptor (standard error, a terminal), as Foundation's `FileHandle`
/// wrote, without linking Foundation (DECISIONS 88).
public enum Descriptor {
    /// Writes all of `text`'s bytes to `fd`, again after an interruption or a short write; false
    /// when the descriptor takes no more (closed, full).
    @discardableResult
    public static func write(_ fd: Int32, _ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = systemWrite(fd, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return false }
                done += n
            }
            return true
        }
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif
