/// A place in an input file. Lines and columns count from 1; columns count characters.
public struct SourceLocation: Sendable, Hashable, Codable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, or just `file` for problems with the file as a whole (line 0).
    /// The file's name is shown with its control characters visible: a name with a line break
    /// in it cannot forge another diagnostic line.
    public var description: String {
        let name = VisibleText.singleLine(file)
        return line > 0 ? "\(name):\(line):\(column)" : name
    }
}

/// Something a reader noticed and could not take as written. Reading always goes on.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable, Hashable {
        case warning
        case error
    }

    public var severity: Severity
    public var location: SourceLocation
    public var message: String

    public init(_ severity: Severity, at location: SourceLocation, _ message: String) {
        self.severity = severity
        self.location = location
        self.message = message
    }

    /// `file:line:column: warning: message`, the form compilers use, so editors can jump to it.
    public var description: String { "\(location): \(severity.rawValue): \(message)" }
}

/// The problems of one file as a reader collects them: the first `Diagnostic.maxPerFile` in full,
/// the rest counted, so a file that is not a record at all (or never ends) cannot fill memory
/// with them.
public struct DiagnosticList: Sendable {
    public private(set) var items: [Diagnostic] = []
    public private(set) var dropped = 0

    public init() {}

    public mutating func append(_ d: Diagnostic) {
        if items.count < Diagnostic.maxPerFile { items.append(d) } else { dropped += 1 }
    }

    /// A problem kept even past the cap: one that says why reading stopped (said once).
    public mutating func appendAlways(_ d: Diagnostic) {
        items.append(d)
    }

    /// Another list's problems after these (a later part of the same file).
    public mutating func append(contentsOf other: DiagnosticList) {
        for d in other.items { append(d) }
        dropped += other.dropped
    }

    public var isEmpty: Bool { items.isEmpty }
    public var count: Int { items.count + dropped }

    /// The problems kept, and a last one saying how many more there were.
    public func finished(file: String) -> [Diagnostic] {
        guard dropped > 0 else { return items }
        return items + [Diagnostic(.warning, at: SourceLocation(file: file, line: 0),
                                   "\(dropped) more problems are not listed (the first \(Diagnostic.maxPerFile) are)")]
    }
}

extension Diagnostic {
    /// The most problems kept of one file.
    public static let maxPerFile = 1_000
}
