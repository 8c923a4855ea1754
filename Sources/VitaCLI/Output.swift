import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

/// Writing to standard output and error, and what the output may look like.
public enum Output {
    public static func print(_ text: String) {
        write(text + "\n")
    }

    /// Writes to standard output. A write that fails (a full disk, `/dev/full`, a closed pipe)
    /// ends the program with one line saying why and exit status 1 (141 for a closed pipe), never
    /// a crash; a snapshot left for after the answer is still started (`vita list | head` reads
    /// the record as the whole listing would, and the next command answers from the snapshot).
    public static func write(_ text: String) {
        var text = text
        text.withUTF8(write(bytes:))
    }

    /// Writes these bytes to standard output, as `write(_:)` does.
    public static func write(bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer(write(bytes:))
    }

    static func write(bytes: UnsafeBufferPointer<UInt8>) {
        var done = 0
        while done < bytes.count {
            let n = Glibc.write(1, bytes.baseAddress! + done, bytes.count - done)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let code = n < 0 ? errno : EIO
                let why = String(cString: strerror(code))
                // A reader that stopped (`| head`) has what it wanted: nothing to say. (A closed
                // pipe is seen here only when a snapshot waits for the answer; else SIGPIPE ends
                // the program as it ends any other.)
                let closed = code == EPIPE
                if !closed { error("vita: cannot write the output: \(why)") }
                RecordOptions.startSnapshotAfterAnswer()
                exit(closed ? 141 : 1)
            }
            done += n
        }
    }

    public static func error(_ text: String) {
        errorText(text + "\n")
    }

    /// Writes to standard error as it is (no line end added).
    public static func errorText(_ text: String) {
        var line = text
        line.withUTF8 { bytes in
            var done = 0
            while done < bytes.count {
                let n = Glibc.write(2, bytes.baseAddress! + done, bytes.count - done)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { return }   // nowhere left to say it
                done += n
            }
        }
    }

    /// The widest text output: a wider request (or `COLUMNS`) is taken as this.
    public static let maxWidth = 1_000

    /// Columns available: `--width`, else `COLUMNS`, else the terminal's width, else 80; from 20
    /// to `maxWidth`.
    public static func width(_ requested: Int?) throws -> Int {
        if let requested {
            guard requested > 0 else { throw ValidationError("--width must be a positive number of columns, not \(requested)") }
            return min(max(requested, 20), maxWidth)
        }
        if let c = Environment.value("COLUMNS").flatMap(Int.init), c > 0 { return min(max(c, 20), maxWidth) }
        var size = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(Int(size.ws_col), 20) }
        return 80
    }

    public static func json<T: Encodable>(_ value: T) throws -> String {
        String(decoding: try jsonEncoder().encode(value), as: UTF8.self)
    }

    /// The encoder of every JSON output: pretty, keys sorted, slashes as they are.
    static func jsonEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// One TSV cell: tabs and line breaks become spaces, control characters become visible.
    public static func tsvCell(_ text: String) -> String {
        VisibleText.singleLine(text)
    }
}
