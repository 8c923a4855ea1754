import CSQLite
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

/// What the explorer keeps of a record between runs: marks, tags, notes, saved searches,
/// settings (theme, sort, view, the selected paper) and search history, in one SQLite database in WAL mode under
/// `$XDG_DATA_HOME/vita/` (else `~/.local/share/vita/`).
///
/// Every change is its own small transaction, and marks are stored one row each, added or
/// removed as they change: two explorers on one record each write only what they changed, and a
/// kill -9 loses at most the change in flight. Papers are known by a stable identity (a citation
/// key, a DOI, an arXiv id, else title words and year), so a mark survives the record file being
/// edited or downloaded again.
public final class StateStore {
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public var message: String
        public var description: String { message }
    }

    /// What a record had when it was last left.
    public struct Saved: Sendable, Equatable {
        /// Paper identities (see `identity(of:)`).
        public var marks: Set<String> = []
        /// Paper identity to its tags.
        public var tags: [String: Set<String>] = [:]
        /// Paper identity to its note.
        public var notes: [String: String] = [:]
        public var settings: [String: String] = [:]
        /// Oldest first.
        public var history: [String] = []
        /// Saved search name to its query.
        public var searches: [String: String] = [:]
        public init() {}
    }

    private var db: OpaquePointer?
    public let path: String
    private var record: Int64 = 0

    /// The schema's version, in `PRAGMA user_version`; each step up is a migration.
    static let version = 4

    public static var defaultPath: String? {
        if let x = Environment.value("XDG_DATA_HOME"), !x.isEmpty { return x + "/vita/state.sqlite" }
        if let h = Environment.value("HOME"), !h.isEmpty { return h + "/.local/share/vita/state.sqlite" }
        return nil
    }

    /// Opens (creating it if need be) the store at `path` for the record named `recordKey`.
    public init(path: String, recordKey: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: FilePath.parent(path), withIntermediateDirectories: true)
        guard sqlite3_open_v2(path, &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX, nil) == SQLITE_OK else {
            let why = db.map { String(cString: sqlite3_errmsg($0)) } ?? "cannot open"
            sqlite3_close(db)
            throw Failure(message: "state store \(path): \(why)")
        }
        // Another window may be writing: wait for it rather than fail.
        sqlite3_busy_timeout(db, 5_000)
        // Switching a new store to WAL takes it whole, and SQLite fails at once, without its
        // busy wait, when another window opens it at the same moment: tried again for as long.
        try waitingForOthers { try exec("PRAGMA journal_mode = WAL") }
        try exec("PRAGMA synchronous = NORMAL")
        // Room for the pages of many marks changed at once (SQLite's 2 MB read and wrote the
        // same pages of the marks' tree again and again when every paper of a large record was
        // marked); taken only as pages are used.
        try exec("PRAGMA cache_size = -65536")
        try migrate()
        try exec("INSERT OR IGNORE INTO records(key) VALUES (?)", [recordKey])
        guard let id = try query("SELECT id FROM records WHERE key = ?", [recordKey]).first?.first.flatMap({ Int64($0) }) else {
            throw Failure(message: "state store \(path): the record has no row")
        }
        record = id
    }

    deinit { sqlite3_close(db) }

    private func migrate() throws {
        let current = Int(try query("PRAGMA user_version").first?.first ?? "0") ?? 0
        guard current < Self.version else {
            if current > Self.version { throw Failure(message: "state store \(path) is from a newer Vita (schema \(current)); it was left as it is") }
            return
        }
        try transaction {
            if current < 1 {
                try exec("CREATE TABLE IF NOT EXISTS records(id INTEGER PRIMARY KEY, key TEXT NOT NULL UNIQUE)")
                try exec("CREATE TABLE IF NOT EXISTS marks(record INTEGER NOT NULL, paper TEXT NOT NULL, PRIMARY KEY(record, paper))")
                try exec("CREATE TABLE IF NOT EXISTS settings(record INTEGER NOT NULL, name TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY(record, name))")
                try exec("CREATE TABLE IF NOT EXISTS history(seq INTEGER PRIMARY KEY AUTOINCREMENT, record INTEGER NOT NULL, query TEXT NOT NULL)")
            }
            if current < 2 {
                try exec("CREATE TABLE IF NOT EXISTS tags(record INTEGER NOT NULL, paper TEXT NOT NULL, tag TEXT NOT NULL, PRIMARY KEY(record, paper, tag))")
            }
            if current < 3 {
                try exec("CREATE TABLE IF NOT EXISTS notes(record INTEGER NOT NULL, paper TEXT NOT NULL, text TEXT NOT NULL, PRIMARY KEY(record, paper))")
            }
            if current < 4 {
                try exec("CREATE TABLE IF NOT EXISTS searches(record INTEGER NOT NULL, name TEXT NOT NULL, query TEXT NOT NULL, PRIMARY KEY(record, name))")
            }
            try exec("PRAGMA user_version = \(Self.version)")
        }
    }

    // MARK: Reading and writing

    /// How many papers' marks, tags and notes are kept for the record (rows, counted without
    /// reading them).
    public func savedCount() throws -> Int {
        let r = String(record)
        let sql = "SELECT (SELECT COUNT(*) FROM marks WHERE record = ?) + (SELECT COUNT(*) FROM tags WHERE record = ?) + (SELECT COUNT(*) FROM notes WHERE record = ?)"
        return Int(try query(sql, [r, r, r]).first?.first ?? "0") ?? 0
    }

    /// What is kept for the record; without its marks, tags and notes when `papers` is false
    /// (the settings, searches and history are a few rows; those can be very many).
    public func load(papers: Bool = true) throws -> Saved {
        var saved = Saved()
        for row in try query("SELECT name, value FROM settings WHERE record = ?", [String(record)]) where row.count == 2 {
            saved.settings[row[0]] = row[1]
        }
        if papers {
            let kept = try loadPapers()
            (saved.marks, saved.tags, saved.notes) = (kept.marks, kept.tags, kept.notes)
        }
        for row in try query("SELECT name, query FROM searches WHERE record = ?", [String(record)]) where row.count == 2 {
            saved.searches[row[0]] = row[1]
        }
        saved.history = try query("SELECT query FROM history WHERE record = ? ORDER BY seq", [String(record)]).compactMap(\.first)
        return saved
    }

    /// The marks, tags and notes kept for the record (by paper identity); the rest of `Saved` empty.
    public func loadPapers() throws -> Saved {
        var saved = Saved()
        saved.marks = Set(try query("SELECT paper FROM marks WHERE record = ?", [String(record)]).compactMap(\.first))
        for row in try query("SELECT paper, tag FROM tags WHERE record = ?", [String(record)]) where row.count == 2 {
            saved.tags[row[0], default: []].insert(row[1])
        }
        for row in try query("SELECT paper, text FROM notes WHERE record = ?", [String(record)]) where row.count == 2 {
            saved.notes[row[0]] = row[1]
        }
        return saved
    }

    /// Adds and removes marks: only these rows change, so another window's marks stay.
    public func changeMarks(added: Set<String>, removed: Set<String>) throws {
        guard !added.isEmpty || !removed.isEmpty else { return }
        try transaction {
            try execEach("INSERT OR IGNORE INTO marks(record, paper) VALUES (?, ?)", added.map { [String(record), $0] })
            try execEach("DELETE FROM marks WHERE record = ? AND paper = ?", removed.map { [String(record), $0] })
        }
    }

    /// Adds and removes tags, pairs of paper identity and tag: only those rows change.
    public func changeTags(added: [(paper: String, tag: String)], removed: [(paper: String, tag: String)]) throws {
        guard !added.isEmpty || !removed.isEmpty else { return }
        try transaction {
            try execEach("INSERT OR IGNORE INTO tags(record, paper, tag) VALUES (?, ?, ?)", added.map { [String(record), $0.paper, $0.tag] })
            try execEach("DELETE FROM tags WHERE record = ? AND paper = ? AND tag = ?", removed.map { [String(record), $0.paper, $0.tag] })
        }
    }

    /// Writes a paper's note; an empty one is deleted.
    public func setNote(_ text: String, paper: String) throws {
        if text.isEmpty {
            try exec("DELETE FROM notes WHERE record = ? AND paper = ?", [String(record), paper])
        } else {
            try exec("INSERT INTO notes(record, paper, text) VALUES (?, ?, ?) ON CONFLICT(record, paper) DO UPDATE SET text = excluded.text",
                     [String(record), paper, text])
        }
    }

    /// Keeps a search under a name (replacing one of that name); an empty query deletes it.
    public func setSearch(_ name: String, query text: String) throws {
        if text.isEmpty {
            try exec("DELETE FROM searches WHERE record = ? AND name = ?", [String(record), name])
        } else {
            try exec("INSERT INTO searches(record, name, query) VALUES (?, ?, ?) ON CONFLICT(record, name) DO UPDATE SET query = excluded.query",
                     [String(record), name, text])
        }
    }

    public func set(_ name: String, _ value: String) throws {
        try exec("INSERT INTO settings(record, name, value) VALUES (?, ?, ?) ON CONFLICT(record, name) DO UPDATE SET value = excluded.value",
                 [String(record), name, value])
    }

    /// Appends a query to the history; the 200 newest are kept.
    public func remember(query text: String) throws {
        try transaction {
            try exec("INSERT INTO history(record, query) VALUES (?, ?)", [String(record), text])
            try exec("DELETE FROM history WHERE record = ? AND seq NOT IN (SELECT seq FROM history WHERE record = ? ORDER BY seq DESC LIMIT 200)",
                     [String(record), String(record)])
        }
    }

    // MARK: Identity

    /// A paper's identity across edits and downloads of its file (`Paper.identity`).
    public static func identity(of paper: Paper) -> String { paper.identity }

    /// The record's key: its files' absolute paths, so the same files share their state.
    public static func recordKey(files: [String]) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        return files.map { f in
            if f == "-" || f.hasPrefix("seeds/") && !FileManager.default.fileExists(atPath: f) { return f }
            return FilePath.standardized(f.hasPrefix("/") ? f : FilePath.join(cwd, f))
        }.joined(separator: "\n")
    }

    // MARK: SQLite

    private func transaction(_ body: () throws -> Void) throws {
        try exec("BEGIN IMMEDIATE")
        do {
            try body()
            try exec("COMMIT")
        } catch {
            _ = try? exec("ROLLBACK")
            throw error
        }
    }

    /// Runs `body` again while the store is busy or locked by another connection, for up to 5 s.
    private func waitingForOthers(_ body: () throws -> Void) throws {
        let end = DispatchTime.now().uptimeNanoseconds + 5_000_000_000
        while true {
            do {
                return try body()
            } catch {
                let code = sqlite3_errcode(db) & 0xFF
                guard code == SQLITE_BUSY || code == SQLITE_LOCKED, DispatchTime.now().uptimeNanoseconds < end else { throw error }
                usleep(10_000)
            }
        }
    }

    private func exec(_ sql: String, _ bindings: [String] = []) throws {
        _ = try query(sql, bindings)
    }

    /// One statement run once for each row of bindings, prepared once (prepared for each row,
    /// 950,000 marks took seconds).
    private func execEach(_ sql: String, _ rows: [[String]]) throws {
        guard !rows.isEmpty else { return }
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw failure(sql) }
        defer { sqlite3_finalize(statement) }
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for row in rows {
            sqlite3_reset(statement)
            for (i, value) in row.enumerated() {
                guard sqlite3_bind_text(statement, Int32(i + 1), value, -1, transient) == SQLITE_OK else { throw failure(sql) }
            }
            guard sqlite3_step(statement) == SQLITE_DONE else { throw failure(sql) }
        }
    }

    @discardableResult
    private func query(_ sql: String, _ bindings: [String] = []) throws -> [[String]] {
        var statement: OpaquePointer?
        guard sqlite3_prepare_v2(db, sql, -1, &statement, nil) == SQLITE_OK else { throw failure(sql) }
        defer { sqlite3_finalize(statement) }
        // SQLITE_TRANSIENT: SQLite copies the text before the Swift string goes away.
        let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
        for (i, value) in bindings.enumerated() {
            guard sqlite3_bind_text(statement, Int32(i + 1), value, -1, transient) == SQLITE_OK else { throw failure(sql) }
        }
        var rows: [[String]] = []
        while true {
            let rc = sqlite3_step(statement)
            if rc == SQLITE_DONE { break }
            guard rc == SQLITE_ROW else { throw failure(sql) }
            rows.append((0..<sqlite3_column_count(statement)).map { c in
                sqlite3_column_text(statement, c).map { String(cString: $0) } ?? ""
            })
        }
        return rows
    }

    private func failure(_ sql: String) -> Failure {
        Failure(message: "state store \(path): \(String(cString: sqlite3_errmsg(db))) (in \(sql.prefix(40)))")
    }
}
