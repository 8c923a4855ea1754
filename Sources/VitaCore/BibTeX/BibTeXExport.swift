import Foundation

/// Writing papers as BibTeX into a file: a new file, a replaced one, or new entries appended to
/// an existing one. Every write is atomic. Shared by `vita export -o` and the explorer's export.
public enum BibTeXExport {
    public enum Mode: Sendable, Equatable {
        /// Fails when the file exists.
        case create
        case replace
        /// Adds the entries whose keys the file does not hold yet; creates the file if missing.
        case append
    }

    public struct Report: Sendable, Equatable {
        /// Keys written.
        public var written: [String]
        /// Keys the file already held (append only).
        public var skipped: [String]
        /// Characters `--ascii` could not turn into LaTeX.
        public var unmapped: Set<Character>
        public var path: String
        public var appended: Bool

        /// `exported 5 entries to ./vita-export.bib`, `appended 2 entries to x.bib`.
        public var outcome: String {
            let n = written.count
            return "\(appended ? "appended" : "exported") \(n) \(n == 1 ? "entry" : "entries") to \(path)"
        }

        /// What was written and, for an append, what the file already held.
        public var summary: String {
            outcome + (skipped.isEmpty ? "" : " (\(skipped.count) already there: \(skipped.joined(separator: ", ")))")
        }
    }

    public static func write(_ papers: [Paper], to path: String, mode: Mode, writer: BibTeXWriter) throws -> Report {
        if mode == .append, let existing = FileManager.default.contents(atPath: path) {
            return try append(papers, writer: writer, existing: existing, to: path)
        }
        let result = writer.write(papers)
        try AtomicFile.write(Data(result.text.utf8), to: path, mode: mode == .replace ? .replace : .createNew)
        return Report(written: result.keys, skipped: [], unmapped: result.unmapped, path: path, appended: false)
    }

    /// Keys are made as for a fresh export; the papers whose key the file already holds are skipped.
    static func append(_ papers: [Paper], writer: BibTeXWriter, existing: Data, to path: String) throws -> Report {
        let held = BibTeXReader.read(existing, fileName: path)
        let heldKeys = Set(held.papers.compactMap { $0.entry?.key.lowercased() })
        let all = writer.write(papers)
        var fresh: [Paper] = []
        var skipped: [String] = []
        for (paper, key) in zip(papers, all.keys) {
            if heldKeys.contains(key.lowercased()) { skipped.append(key) } else { fresh.append(paper) }
        }
        let result = writer.write(fresh, reservedKeys: heldKeys)
        var data = existing
        if let last = data.last, last != 0x0A { data.append(0x0A) }
        if !result.text.isEmpty { data.append(contentsOf: Array(("\n" + result.text).utf8)) }
        try AtomicFile.write(data, to: path, mode: .replace)
        return Report(written: result.keys, skipped: skipped, unmapped: result.unmapped, path: path, appended: true)
    }
}
