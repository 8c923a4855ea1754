import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore
import VitaStore

/// The state the explorer keeps for a record, opened for scripts.
enum KeptRecordState {
    static func open(_ library: Library) throws -> StateStore {
        guard let path = StateStore.defaultPath else {
            Output.error("vita: no place for the state store: neither XDG_DATA_HOME nor HOME is set")
            throw ExitCode(1)
        }
        do {
            return try StateStore(path: path, recordKey: StateStore.recordKey(files: library.files))
        } catch {
            Output.error("vita: \(error)")
            throw ExitCode(1)
        }
    }

    /// Paper identity to the paper, for the record as it is now.
    static func papers(_ library: Library) -> [String: Paper] {
        var out: [String: Paper] = [:]
        for p in library.papers { out[StateStore.identity(of: p)] = out[StateStore.identity(of: p)] ?? p }
        return out
    }

    /// The record, what is kept of it, and its papers by identity.
    static func read(_ record: RecordOptions) throws -> (saved: StateStore.Saved, papers: [String: Paper]) {
        let library = try record.load()
        return (try open(library).load(), papers(library))
    }
}

struct TagsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tags",
        abstract: "The tags given in the explorer: each with its papers (tab-separated: tag, paper id, title)."
    )
    @OptionGroup var record: RecordOptions

    func run() throws {
        let (saved, papers) = try KeptRecordState.read(record)
        var rows: [(String, String, String)] = []
        for (identity, tags) in saved.tags {
            guard let p = papers[identity] else { continue }
            for t in tags { rows.append((t, p.id, VisibleText.singleLine(p.shownTitle))) }
        }
        for r in rows.sorted(by: { ($0.0, $0.1) < ($1.0, $1.1) }) { Output.print("\(r.0)\t\(r.1)\t\(r.2)") }
    }
}

struct NotesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "notes",
        abstract: "The notes written in the explorer: each paper's id and title, then its note."
    )
    @OptionGroup var record: RecordOptions

    func run() throws {
        let (saved, papers) = try KeptRecordState.read(record)
        var blocks: [String] = []
        for (identity, note) in saved.notes {
            guard let p = papers[identity] else { continue }
            blocks.append("\(p.id)  \(VisibleText.singleLine(p.shownTitle))\n" + note.split(separator: "\n", omittingEmptySubsequences: false).map { "  " + VisibleText.singleLine(String($0)) }.joined(separator: "\n"))
        }
        if !blocks.isEmpty { Output.print(blocks.sorted().joined(separator: "\n\n")) }
    }
}

/// `vita state export` and `vita state import`: the kept state as JSON, to back it up or move it.
struct StateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "state",
        abstract: "Export the explorer's kept state of a record as JSON, or import it.",
        discussion: """
        `vita state export [FILE...] > state.json` writes marks, tags, notes, saved searches, settings and search history, papers \
        named by their identity (citation key, DOI, arXiv id, else title words and year).

        `vita state import state.json [FILE...]` adds them to the record's state: marks, tags, notes and saved searches are added, settings replaced.
        """,
        subcommands: [Export.self, Import.self]
    )

    struct Document: Codable {
        var marks: [String]
        var tags: [String: [String]]
        var notes: [String: String]
        var settings: [String: String]
        var history: [String]
        /// Saved search name to its query (absent in exports of earlier versions).
        var searches: [String: String]?
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "export", abstract: "Write the record's kept state as JSON to standard output.")
        @OptionGroup var record: RecordOptions
        func run() throws {
            let library = try record.load()
            let s = try KeptRecordState.open(library).load()
            let doc = Document(marks: s.marks.sorted(), tags: s.tags.mapValues { $0.sorted() }, notes: s.notes,
                               settings: s.settings, history: s.history, searches: s.searches)
            Output.print(try Output.json(doc))
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "import", abstract: "Add a state written by `vita state export` to the record's.")
        @Argument(help: "The JSON file.") var json: String
        @OptionGroup var record: RecordOptions

        /// What is wrong with the JSON, where: `marks[2].id: expected a string`.
        static func reason(_ error: Error) -> String {
            let context: DecodingError.Context
            switch error as? DecodingError {
            case .dataCorrupted(let c)?, .keyNotFound(_, let c)?, .typeMismatch(_, let c)?, .valueNotFound(_, let c)?: context = c
            default: return "\(error)"
            }
            let path = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? "." + $0.stringValue }.joined()
            return (path.isEmpty ? "" : String(path.drop { $0 == "." }) + ": ") + context.debugDescription
        }

        func run() throws {
            guard let data = FileManager.default.contents(atPath: json) else {
                Output.error("vita: cannot read \(json)")
                throw ExitCode(1)
            }
            let doc: Document
            do { doc = try JSONDecoder().decode(Document.self, from: data) } catch {
                Output.error("vita: \(json): expected the JSON of `vita state export` (\(Self.reason(error)))")
                throw ExitCode(1)
            }
            let library = try record.load()
            let store = try KeptRecordState.open(library)
            do {
                try store.changeMarks(added: Set(doc.marks), removed: [])
                try store.changeTags(added: doc.tags.flatMap { p, ts in ts.map { (paper: p, tag: $0) } }, removed: [])
                for (p, n) in doc.notes { try store.setNote(n, paper: p) }
                for (k, v) in doc.settings { try store.set(k, v) }
                for q in doc.history { try store.remember(query: q) }
                for (name, q) in doc.searches ?? [:] { try store.setSearch(name, query: q) }
            } catch {
                Output.error("vita: \(error)")
                throw ExitCode(1)
            }
            Output.error("vita: imported \(doc.marks.count) marks, \(doc.tags.values.reduce(0) { $0 + $1.count }) tags, \(doc.notes.count) notes, \(doc.searches?.count ?? 0) saved searches")
        }
    }
}
