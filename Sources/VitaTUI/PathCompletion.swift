import FoundationEssentials
import VitaCore

/// Tab completion of file paths in the export prompt.
public enum PathCompletion {
    /// `~/x` → `$HOME/x`.
    public static func expand(_ path: String) -> String {
        guard path == "~" || path.hasPrefix("~/"), let home = Environment.value("HOME") else { return path }
        return home + path.dropFirst()
    }

    /// Completes the last path component as far as all candidates agree. A single directory gets
    /// a trailing `/`. Returns the new text and the candidates' names.
    public static func complete(_ text: String) -> (String, [String]) {
        let expanded = expand(text)
        let slash = expanded.lastIndex(of: "/")
        let dirPart = slash.map { String(expanded[...$0]) } ?? ""
        let prefix = slash.map { String(expanded[expanded.index(after: $0)...]) } ?? expanded
        let dir = dirPart.isEmpty ? "." : dirPart
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return (text, []) }
        let matches = names.filter { $0.hasPrefix(prefix) && (prefix.hasPrefix(".") || !$0.hasPrefix(".")) }.sorted()
        guard let first = matches.first else { return (text, []) }
        var common = first
        for m in matches.dropFirst() {
            while !m.hasPrefix(common) { common.removeLast() }
        }
        var completed = String(text.dropLast(prefix.count)) + common
        if matches.count == 1 {
            if FilePath.isDirectory(dirPart + common) == true { completed += "/" }
        }
        return (completed, matches)
    }
}
