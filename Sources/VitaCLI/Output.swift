import Foundation
import VitaCore

/// Writing to standard output and error, and what the output may look like.
public enum Output {
    public static func print(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Columns available: `--width`, else `COLUMNS`, else the terminal's width, else 80.
    public static func width(_ requested: Int?) -> Int {
        if let requested { return max(requested, 20) }
        if let c = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), c > 0 { return max(c, 20) }
        var size = winsize()
        if isatty(1) != 0, ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return max(Int(size.ws_col), 20) }
        return 80
    }

    public static func json<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// One TSV cell: tabs and line breaks become spaces, control characters become visible.
    public static func tsvCell(_ text: String) -> String {
        VisibleText.singleLine(text)
    }
}
