import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

/// The options every subcommand shares: which files, the reference date, strictness.
public struct RecordOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Record files, told apart by name and content: \(RecordFormats.summary); '-' reads standard input. Several files are one record. Default: the bundled seed record.",
                                 valueName: "file"))
    public var files: [String] = []

    @Option(name: .customLong("as-of"), help: ArgumentHelp("Reference date for dates given without a year (default: today).",
                                                            valueName: "YYYY-MM-DD"))
    public var asOf: String?

    @Flag(help: "Exit 1 when the record has any diagnostic.")
    public var strict = false

    @Option(help: ArgumentHelp("The person the record is about: a name, an ORCID or a DBLP pid (a .bib names nobody unless given; a profile, a DBLP page or an author file names its own).",
                               valueName: "name|orcid|pid"))
    public var owner: String?

    @Flag(name: .shortAndLong, help: "Print one summary line per file with problems instead of the problems themselves.")
    public var quiet = false

    @Flag(name: .customLong("no-cache"), help: "Read the record itself, not its snapshot, and write none (records of 8 MB and more keep one in $XDG_CACHE_HOME/vita; see vita cache).")
    public var noCache = false

    /// Where snapshots are kept; nil with `--no-cache`.
    public var cache: SnapshotCache? { noCache ? nil : SnapshotCache.standard() }

    /// The records a command opened: kept, so they are not taken apart paper by paper on the way
    /// out (at 100,000 papers that took a tenth of a second); the process's end frees them at once.
    nonisolated(unsafe) static var keptUntilExit: [Library] = []

    /// Problems printed per file before the rest are summed up (`vita check` prints them all).
    public static let diagnosticsPerFile = 10

    public init() {}

    public mutating func validate() throws {
        if let asOf, PaperDate(iso: asOf) == nil {
            throw ValidationError("--as-of expects a date as YYYY-MM-DD, got '\(asOf)'")
        }
        if let asOf, let d = PaperDate(iso: asOf), !(1900...2999).contains(d.year) {
            throw ValidationError("--as-of expects a date from 1900 to 2999, got '\(asOf)'")
        }
    }

    public var referenceDate: PaperDate {
        asOf.flatMap(PaperDate.init(iso:)) ?? .today()
    }

    /// Loads the record and prints its diagnostics to standard error. A record with no paper at
    /// all exits 1 here; otherwise the command prints what loaded and calls `verdict` at the end.
    /// `display` shows the first open of a large record (default: a line on standard error when
    /// it is a terminal).
    /// `snapshot`: when a large record with no current snapshot has it made (see `SnapshotTiming`).
    /// `reopen`: a session that lasts goes on from the snapshot it first wrote when the record is
    /// too large to keep its papers in memory (`RecordLoader.load(_:asOf:owner:cache:…)`).
    /// `searched`: false when the library is not searched after (its snapshot's index is then
    /// made for the snapshot alone, a shard at a time).
    /// `screen`: `display` draws a screen of its own (the explorer), which also shows a wait for
    /// another process writing the snapshot.
    /// `notices`: where the lines about the record's snapshot go (one made again, or none kept);
    /// standard error when nil. The explorer lists them among its messages, which a line on
    /// standard error, under its screen, would not reach.
    public func load(allDiagnostics: Bool = false, snapshot: SnapshotTiming = .afterAnswer, reopen: Bool = false, searched: Bool = true,
                     screen: Bool = false,
                     display: @escaping (ReadProgress, String) -> ProgressDisplay? = { ProgressBar.start($0, name: $1) },
                     notices: ((String) -> Void)? = nil,
                     behind: ((RecordLoader.SnapshotBeingWritten) -> Void)? = nil) throws -> Library {
        if let owner, owner.trimmingWhitespace().isEmpty {
            Output.error("vita: --owner expects a name")
            throw ExitCode(64)
        }
        if snapshot == .afterAnswer, let current = currentSnapshot() { return try accept(current, allDiagnostics: allDiagnostics) }
        let library: Library
        if files.isEmpty {
            library = try SeedRecord.load(asOf: referenceDate, owner: owner)
        } else {
            // On a terminal, the first open of a large record shows how far it has come.
            let name = files[0] + (files.count > 1 ? " and \(files.count - 1) more" : "")
            var bar: ProgressDisplay?
            let opened: (library: Library, notices: [String])
            if let cache, snapshot == .now || Self.snapshotAfterAnswer == nil {
                // Waiting for another process's snapshot: said on a screen of the command's own
                // (the explorer's), else in a line; the display started then goes on if this
                // process makes the snapshot after all.
                opened = RecordLoader.load(files, asOf: referenceDate, owner: owner, cache: cache,
                                           building: { progress in if bar == nil { bar = display(progress, name) } },
                                           waiting: { progress in
                                               if screen { bar = display(progress, name) } else { Output.error(RecordLoader.waitingNotice(files)) }
                                           }, reopen: reopen, searched: searched, behind: behind)
            } else {
                let size = files.reduce(0) { total, f in
                    var st = stat()
                    return total + (f != "-" && stat(f, &st) == 0 && (st.st_mode & S_IFMT) == S_IFREG ? Int(st.st_size) : 0)
                }
                let progress = ReadProgress(totalBytes: size)
                if size >= SnapshotCache.defaultMinimumSize { bar = display(progress, name) }
                opened = (RecordLoader.load(files, asOf: referenceDate, owner: owner, progress: progress), [])
            }
            bar?.stop()
            for notice in opened.notices {
                if let notices { notices(notice) } else { Output.error(VisibleText.make(notice)) }
            }
            library = opened.library
        }
        return try accept(library, allDiagnostics: allDiagnostics)
    }

    /// When a large record with no current snapshot (see `vita cache`) has it made.
    public enum SnapshotTiming: Sendable {
        /// Before the command goes on: the explorer, which lasts, and `vita cache build`.
        case now
        /// After the command has answered, by a process of its own (`vita cache build
        /// --background`): a one-shot command answers from the record read, as `--no-cache`
        /// would, and does not wait for the snapshot's index and writing.
        case afterAnswer
        /// As `afterAnswer`, the command having looked with `currentSnapshot()` already.
        case lookedUp
    }

    /// The record whose snapshot is to be made once the command has answered.
    nonisolated(unsafe) static var snapshotAfterAnswer: RecordOptions?

    /// A one-shot command's look for the record's snapshot: the record from it when it is
    /// current (its diagnostics not yet printed: see `accept`). When there is none, or it was
    /// refused (said in one line), and the record is of files large enough to keep one in a
    /// cache that can be written and has room for it, the snapshot is made after the answer
    /// (`startSnapshotAfterAnswer`) and `load` reads the record itself meanwhile. Otherwise
    /// `load` makes it first and says why when it cannot (a full or read-only disk: a process of
    /// its own would fail unheard, at every command). A person's record (`--owner`) is taken
    /// from the whole record's snapshot, made first.
    public func currentSnapshot() -> Library? {
        guard !files.isEmpty, let cache, let key = RecordKey.current(files, owner: owner, asOf: referenceDate) else { return nil }
        // Asked only when there is no snapshot to answer from (the folder is made to know).
        func later() -> Bool { owner == nil && cache.keeps(key) && cache.isWritable && cache.hasRoom(for: key) }
        switch cache.lookup(key) {
        case .hit(let library):
            return library
        case .refused(let problem) where later():
            Output.error(VisibleText.make(RecordLoader.refusedNotice(files, problem)))
            Self.leaveSnapshotForAfterTheAnswer(self)
        case .miss where later():
            Self.leaveSnapshotForAfterTheAnswer(self)
        default:
            break
        }
        return nil
    }

    /// Starts the making of the snapshot a command's `currentSnapshot()` left for after its answer.
    /// A closed output (`vita list | head`) then fails a write rather than ending the program
    /// at once (SIGPIPE ignored), so the snapshot is still started (see `Output.write`).
    static func leaveSnapshotForAfterTheAnswer(_ record: RecordOptions) {
        snapshotAfterAnswer = record
        signal(SIGPIPE, SIG_IGN)
    }

    public static func startSnapshotAfterAnswer() {
        guard let record = snapshotAfterAnswer else { return }
        snapshotAfterAnswer = nil
        CacheCommand.Build.startInBackground(record)
    }

    /// Prints the diagnostics of a loaded record and checks it has papers (and the owner asked for).
    public func accept(_ library: Library, allDiagnostics: Bool = false) throws -> Library {
        Self.keptUntilExit.append(library)
        printDiagnostics(library, all: allDiagnostics)
        if let owner, let key = library.ownerKey, !library.papers.contains(where: { $0.authors.contains { $0.key == key } }) {
            Output.error("vita: --owner '\(VisibleText.singleLine(owner))' is on none of the papers")
        }
        if library.paperCount == 0 {
            // A file that names its person and lists none of their papers (an ORCID's employments, an
            // OpenAlex or Semantic Scholar author without works) is half of a record: say what it is.
            let named = library.profile.map { p in
                let by = p.statedBy.map { " from \($0)" } ?? "", at = p.affiliations.first.map { ", at \(VisibleText.singleLine($0))" } ?? ""
                return " (it names \(VisibleText.singleLine(p.name))\(by)\(at): open it beside a file of their papers)"
            } ?? ""
            Output.error("vita: no paper found in \(library.files.map { $0 == "-" ? "standard input" : VisibleText.singleLine($0) }.joined(separator: ", "))\(named)")
            throw ExitCode(1)
        }
        return library
    }

    /// Every problem with `all`; else at most `diagnosticsPerFile` a file and a line that says how
    /// many more there are (with `--quiet`, only that line).
    func printDiagnostics(_ library: Library, all: Bool) {
        if all {
            for d in library.diagnostics { Output.error(VisibleText.make(d.description)) }
            return
        }
        var order: [String] = []
        var byFile: [String: [Diagnostic]] = [:]
        for d in library.diagnostics {
            if byFile[d.location.file] == nil { order.append(d.location.file) }
            byFile[d.location.file, default: []].append(d)
        }
        for file in order {
            let list = byFile[file]!
            let shown = quiet ? 0 : min(list.count, Self.diagnosticsPerFile)
            for d in list.prefix(shown) { Output.error(VisibleText.make(d.description)) }
            let rest = list.count - shown
            guard rest > 0 else { continue }
            let command = "vita check " + (file == "<stdin>" ? "-" : VisibleText.singleLine(file))
            Output.error(shown == 0 ? "\(VisibleText.singleLine(file)): \(rest) \(rest == 1 ? "problem" : "problems"): \(command) lists them"
                                    : "… and \(rest) more: \(command) lists them")
        }
    }

    /// Exit 1 after the output when a file could not be read, or with `--strict` and any diagnostic.
    public func verdict(_ library: Library) throws {
        if library.diagnostics.contains(where: { $0.severity == .error }) || (strict && !library.diagnostics.isEmpty) {
            throw ExitCode(1)
        }
    }
}

public enum OutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
    case text, json, tsv
}

/// The record that ships with Vita, opened when no file is given.
///
/// Found in this order: the file or folder named by `VITA_SEEDS`; otherwise the copy of the
/// project's `seeds/` folder compiled into the binary, so it works from any directory.
public enum SeedRecord {
    public static func load(asOf: PaperDate, owner: String? = nil) throws -> Library {
        if let override = Environment.value("VITA_SEEDS"), !override.isEmpty {
            return RecordLoader.load(try files(in: override), asOf: asOf, owner: owner)
        }
        let records = EmbeddedSeed.files.map { file -> (String, RecordContents) in
            let bytes = [UInt8](Data(base64Encoded: file.base64) ?? Data())
            let name = "seeds/" + file.name
            let format = RecordFormats.detect(name: name, head: bytes.prefix(4096))
            return (name, format.read(bytes, ReadContext(fileName: name, asOf: asOf)))
        }
        return Library(records: records, owner: owner)
    }

    static func files(in path: String) throws -> [String] {
        guard let isDirectory = FilePath.isDirectory(path) else {
            Output.error("vita: VITA_SEEDS names '\(path)', which does not exist")
            throw ExitCode(1)
        }
        guard isDirectory else { return [path] }
        let names = try FileManager.default.contentsOfDirectory(atPath: path)
            .filter { name in [".txt", ".bib", ".json", ".jsonl", ".xml", ".ris", ".atom"].contains { name.lowercased().hasSuffix($0) } }
            .sorted()
        return names.map { FilePath.join(path, $0) }
    }
}
