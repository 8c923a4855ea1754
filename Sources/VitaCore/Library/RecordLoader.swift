#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens record files (or standard input, `-`) into one `Library`. A file that cannot be read is an
/// error diagnostic; the other files still load.
public enum RecordLoader {
    public static func load(_ paths: [String], asOf: PaperDate) -> Library {
        Library(records: paths.map { ($0, read($0, asOf: asOf)) })
    }

    public static func read(_ path: String, asOf: PaperDate) -> RecordContents {
        let name = path == "-" ? "<stdin>" : path
        let fd = path == "-" ? 0 : open(path, O_RDONLY)
        if fd < 0 {
            return RecordContents(diagnostics: [Diagnostic(.error, at: SourceLocation(file: name, line: 0, column: 0),
                                                           "cannot open: \(describe(errno))")])
        }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            return RecordContents(diagnostics: [Diagnostic(.error, at: SourceLocation(file: name, line: 0, column: 0),
                                                           "is a directory; expected a record file")])
        }
        var splitter = LineSplitter(ProfileReader(fileName: name, asOf: asOf))
        if let err = splitter.read(fd: fd) {
            var contents = splitter.sink.finish()
            contents.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: name, line: splitter.linesSeen, column: 0),
                                                   "read failed: \(describe(err)); the papers before it are kept"))
            return contents
        }
        return splitter.sink.finish()
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
