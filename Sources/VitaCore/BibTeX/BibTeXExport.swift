import FoundationEssentials

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
        /// Keys read from a .bib that clashed with an earlier one and were written under another.
        public var keyChanges: [BibTeXWriter.KeyChange] = []
        /// The file written, when `path` is a symbolic link to it.
        public var through: String?
        /// Why the entries were written in ASCII though UTF-8 was asked for (an append to a file
        /// in another encoding).
        public var asciiBecause: String?

        /// `exported 5 entries to ./vita-export.bib`, `appended 2 entries to x.bib`.
        public var outcome: String {
            let n = written.count
            var text = "\(appended ? "appended" : "exported") \(n) \(n == 1 ? "entry" : "entries") to \(path)"
            if let through { text += " (a link: written to \(through))" }
            if let asciiBecause { text += " (as ASCII with LaTeX accents: \(asciiBecause))" }
            return text
        }

        /// What was written and, for an append, what the file already held.
        public var summary: String {
            outcome + (skipped.isEmpty ? "" : " (\(skipped.count) already there: \(skipped.joined(separator: ", ")))")
        }
    }

    /// With `library`, the `crossref` parents the papers need are written after them, and the
    /// file carries the `@preamble`s, `@string`s and `@comment`s they came with (see `BibTeXWriter`).
    public static func write(_ papers: [Paper], to path: String, mode: Mode, writer: BibTeXWriter,
                             library: Library? = nil) throws -> Report {
        let papers = library.map { BibTeXWriter.withCrossrefParents(papers, in: $0) } ?? papers
        let final = try AtomicFile.target(of: path)
        if mode == .append {
            // Appends read the file and write it again: one at a time in a folder.
            return try AtomicFile.withFolderLock(for: path) {
                guard let existing = FileManager.default.contents(atPath: final) else {
                    return try create(papers, writer: writer, to: path, mode: .createNew, library: library)
                }
                return try append(papers, writer: writer, existing: existing, to: path, library: library)
            }
        }
        return try create(papers, writer: writer, to: path, mode: mode == .replace ? .replace : .createNew, library: library)
    }

    static func create(_ papers: [Paper], writer: BibTeXWriter, to path: String, mode: AtomicFile.Mode, library: Library?) throws -> Report {
        let result = writer.write(papers, library: library)
        let written = try AtomicFile.write(Data(result.text.utf8), to: path, mode: mode)
        return Report(written: result.keys, skipped: [], unmapped: result.unmapped, path: path, appended: false,
                      keyChanges: result.keyChanges, through: written == path ? nil : written)
    }

    /// Keys are made as for a fresh export; the papers whose key the file already holds are skipped.
    static func append(_ papers: [Paper], writer given: BibTeXWriter, existing: Data, to path: String, library: Library?) throws -> Report {
        let held = BibTeXReader.read(existing, fileName: path)
        let hasText = existing.contains(where: { $0 != 0x0A && $0 != 0x20 && $0 != 0x0D && $0 != 0x09 })
        // Entries go only into a file that holds BibTeX (or nothing yet).
        if hasText, held.papers.isEmpty, held.bibtex?.macros.isEmpty ?? true, held.bibtex?.preambles.isEmpty ?? true {
            throw AtomicFile.WriteError(path: path, reason: "it holds no BibTeX entry; expected a .bib file to append to (or use -o with a new file)")
        }
        // A file in another encoding than UTF-8 (Latin-1, say) gets entries it can hold: ASCII.
        var writer = given
        var asciiBecause: String?
        if !writer.options.ascii, String(validating: existing, as: UTF8.self) == nil {
            writer.options.ascii = true
            asciiBecause = "the file is not UTF-8"
        }
        let heldKeys = Set(held.papers.compactMap { $0.entry?.key.lowercased() })
        let all = writer.write(papers)
        var fresh: [Paper] = []
        var skipped: [String] = []
        for (paper, key) in zip(papers, all.keys) {
            if heldKeys.contains(key.lowercased()) { skipped.append(key) } else { fresh.append(paper) }
        }
        let result = writer.write(fresh, reservedKeys: heldKeys, library: library,
                                  knownMacros: Set(held.bibtex?.macros.map(\.name) ?? []))
        var data = existing
        if let last = data.last, last != 0x0A { data.append(0x0A) }
        // An empty file starts with the first entry, not a blank line.
        if !hasText { data.removeAll() }
        if !result.text.isEmpty { data.append(contentsOf: Array(((hasText ? "\n" : "") + result.text).utf8)) }
        let written = try AtomicFile.write(data, to: path, mode: .replace)
        return Report(written: result.keys, skipped: skipped, unmapped: result.unmapped, path: path, appended: true,
                      keyChanges: result.keyChanges, through: written == path ? nil : written, asciiBecause: asciiBecause)
    }
}
