import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

public struct VitaCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "vita",
        abstract: "Explore a publication record: browse, search, mark and export papers in the terminal, or script it.",
        discussion: """
        With no file, Vita opens its bundled seed record (override with VITA_SEEDS=FILE-OR-FOLDER). \
        Diagnostics about the input go to standard error as file:line:column: warning: message.

        Exit status: 0 when the record loaded (even with diagnostics), 1 when a file could not be read \
        or holds no paper (or, with --strict, has any diagnostic), 64 on a usage error.
        """,
        version: version,
        subcommands: [ExploreCommand.self, ListCommand.self, SearchCommand.self, ShowCommand.self, StatsCommand.self, GraphCommand.self,
                      ExportCommand.self, CheckCommand.self, TagsCommand.self, NotesCommand.self, StateCommand.self, CacheCommand.self, PersonCommand.self],
        defaultSubcommand: ExploreCommand.self
    )

    public init() {}

    /// Runs the command line. A first word that is no subcommand, option or file but is close to a
    /// subcommand's name (`vita lsit`) is a usage error with a suggestion, not a file to open.
    public static func run(_ arguments: [String] = Array(CommandLine.arguments.dropFirst())) {
        growHeapsInLargeSteps()
        if let first = arguments.first, let suggestion = suggestion(for: first) {
            Output.error("vita: unknown command '\(VisibleText.singleLine(first))'; did you mean '\(suggestion)'? (vita --help lists the commands)")
            Glibc.exit(64)
        }
        // As `main` runs a command, and then, its answer given, the making of a snapshot it left
        // for afterwards (`RecordOptions.currentSnapshot`).
        do {
            var command = try parseAsRoot(negatedQueries(arguments))
            try command.run()
        } catch {
            RecordOptions.startSnapshotAfterAnswer()
            exit(withError: error)
        }
        RecordOptions.startSnapshotAfterAnswer()
    }

    /// `vita search -binary FILE`: a query that starts with a negation is no option. The first
    /// word after `search` that looks like an unknown short option of more than one letter is
    /// taken for the query (given a leading space, which the query language ignores).
    static func negatedQueries(_ arguments: [String]) -> [String] {
        guard arguments.first == "search", !arguments.contains("--") else { return arguments }
        var out = arguments
        if let i = out.indices.dropFirst().first(where: { out[$0].hasPrefix("-") && !out[$0].hasPrefix("--") && out[$0].count > 2 }) {
            out[i] = " " + out[i]
        }
        return out
    }

    /// The subcommand `word` is likely a misspelling of, if it is no file and no subcommand.
    static func suggestion(for word: String) -> String? {
        let names = configuration.subcommands.compactMap { $0.configuration.commandName } + ["help"]
        guard !word.hasPrefix("-"), !names.contains(word), word.count >= 2, word.count <= 12,
              !FileManager.default.fileExists(atPath: word) else { return nil }
        let best = names.map { ($0, editDistance(word.lowercased(), $0)) }.min { $0.1 < $1.1 }
        guard let (name, distance) = best, distance <= max(1, name.count / 3) || name.hasPrefix(word.lowercased()) else { return nil }
        return name
    }

    /// Edits between `a` and `b`: insertions, deletions, substitutions, and swaps of two
    /// neighbours (`lsit` is one from `list`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty, !b.isEmpty else { return max(a.count, b.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { d[i][0] = i }
        for j in 0...b.count { d[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[a.count][b.count]
    }
}

/// The JSON document `vita list --format json` writes. Its shape is documented in README.md.
struct RecordDocument: Encodable {
    var files: [String]
    var profile: Profile?
    var papers: [Paper]
    var diagnostics: [Diagnostic]

    /// Writes the document a paper at a time, byte for byte as `Output.json` would make it whole:
    /// a record of a million papers needs the memory of one paper's JSON, not of the document.
    static func stream(files: [String], profile: Profile?, papers: [Paper], diagnostics: [Diagnostic],
                       to write: (String) -> Void) throws {
        var buffer = ""
        func emit(_ text: String) {
            buffer += text
            if buffer.utf8.count >= 1 << 20 { write(buffer); buffer = "" }
        }
        let encoder = Output.jsonEncoder()
        /// A value as the pretty printer nests it `depth` levels in (blank lines stay blank).
        func nested(_ value: some Encodable, depth: Int) throws -> String {
            let data = try encoder.encode(value)
            var out: [UInt8] = []
            out.reserveCapacity(data.count + data.count / 8)
            var lineStart = false
            for b in data {
                // A line break is followed by the nesting's indent, unless the line is blank.
                if lineStart && b != 0x0A { for _ in 0..<(2 * depth) { out.append(0x20) } }
                out.append(b)
                lineStart = b == 0x0A
            }
            return String(decoding: out, as: UTF8.self)
        }
        func array<T: Encodable>(_ key: String, _ items: [T], last: Bool) throws {
            if items.isEmpty {
                emit("  \"\(key)\" : [\n\n  ]" + (last ? "\n" : ",\n"))
                return
            }
            emit("  \"\(key)\" : [\n")
            for (i, item) in items.enumerated() {
                emit("    " + (try nested(item, depth: 2)) + (i < items.count - 1 ? ",\n" : "\n"))
            }
            emit("  ]" + (last ? "\n" : ",\n"))
        }
        emit("{\n")
        try array("diagnostics", diagnostics, last: false)
        try array("files", files, last: false)
        try array("papers", papers, last: profile == nil)
        if let profile { emit("  \"profile\" : " + (try nested(profile, depth: 1)) + "\n") }
        emit("}\n")
        write(buffer)
    }
}

struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "One line a paper: number, date, category, code mark (C), title, first authors.",
        discussion: "Dates whose year was inferred show as 2026?-04-14. The number is the paper's position in the file; `vita show N` opens it."
    )

    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "Order: date (newest first), title, category, score (highest first) or file.") var sort: PaperSort = .date
    @Flag(help: "Reverse the order.") var reverse = false
    @Option(help: "Show at most N papers.") var limit: Int?
    @Option(parsing: .unconditional, help: "Line width for text output (default: COLUMNS, the terminal, or 80; at most 1000).") var width: Int?

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit expects a number of papers, 0 or more") }
    }

    func run() throws {
        let library = try record.load()
        var order = sort.sortedIndices(library.papers, reversed: reverse)
        if let limit { order = Array(order.prefix(limit)) }
        try PaperListing.write(ListedPapers(library, order), library: library, format: format, width: try Output.width(width))
        try record.verdict(library)
    }
}

/// Papers to list, in order, each with its number in the record (1-based), read where they lie:
/// listing every paper of a record in memory copies none of them (a copy of each retained and
/// released every string and array of it).
struct ListedPapers {
    private let reader: PaperReader
    /// What the reader reads, in the listing's order.
    private var places: [Int]
    private(set) var numbers: [Int]
    /// The papers themselves, in the listing's order, when they were taken out of their record
    /// (read from a snapshot's chunks, or a scanned search's).
    private var taken: [Paper]?

    var count: Int { places.count }

    /// The library's papers at `indices`, numbered by their places in it.
    init(_ library: Library, _ indices: [Int]) {
        let reader = library.reader(for: indices)
        if reader.reads {
            // Papers read from a snapshot's chunks as they are asked for: each chunk wanted read once.
            self.init(library.papers(at: indices), numbers: indices.map { $0 + 1 })
        } else {
            self.init(reader: reader, places: indices, numbers: indices.map { $0 + 1 }, taken: nil)
        }
    }

    init(_ papers: [Paper], numbers: [Int]) {
        self.init(reader: PaperReader(papers), places: Array(papers.indices), numbers: numbers, taken: papers)
    }

    private init(reader: PaperReader, places: [Int], numbers: [Int], taken: [Paper]?) {
        (self.reader, self.places, self.numbers, self.taken) = (reader, places, numbers, taken)
    }

    /// What `get` takes from the `k`th paper listed, through a pointer to it where it lies.
    @inline(__always) func paper<R>(_ k: Int, _ get: (UnsafePointer<Paper>) -> R) -> R {
        reader.at(places[k], get)
    }

    /// The papers listed, in order.
    var papers: [Paper] { taken ?? places.map { reader[$0] } }

    /// In `sort`'s order (reversed when asked), the papers taken out first.
    mutating func sort(_ sort: PaperSort?, reversed: Bool) {
        let papers = self.papers
        var order = Array(papers.indices)
        if let sort { order = sort == .file ? order.sorted { numbers[$0] < numbers[$1] } : sort.sortedIndices(papers) }
        if reversed { order.reverse() }
        self = ListedPapers(order.map { papers[$0] }, numbers: order.map { numbers[$0] })
    }

    /// The first `n` only.
    mutating func keep(first n: Int) {
        guard n < count else { return }
        places = Array(places.prefix(n))
        numbers = Array(numbers.prefix(n))
        taken = taken.map { Array($0.prefix(n)) }
    }
}

/// Writes a list of papers in one of the output formats; shared by every listing subcommand.
enum PaperListing {
    static func write(_ listed: ListedPapers, library: Library, format: OutputFormat, width: Int) throws {
        switch format {
        case .json:
            try RecordDocument.stream(files: library.files, profile: library.profile, papers: listed.papers,
                                      diagnostics: library.diagnostics, to: Output.write)
        case .tsv:
            var lines = [PaperText.tsvHeader]
            for k in 0..<listed.count { lines.append(listed.paper(k) { PaperText.tsvLine($0.pointee, number: listed.numbers[k]) }) }
            Output.print(lines.joined(separator: "\n"))
        case .text:
            writeText(listed, total: library.paperCount, width: width)
        }
    }

    /// One line a paper, each with its number among `total`; the lines made on every core.
    static func writeText(_ listed: ListedPapers, total: Int, width: Int) {
        let layout = PaperText.ListLayout(listed, totalPapers: total, width: width)
        // Runs of lines written into buffers of their own, on every core, then out in order.
        let run = 1_024
        let runs = Parallel.map((listed.count + run - 1) / run, chunk: 1) { r -> [UInt8] in
            var out: [UInt8] = []
            out.reserveCapacity(run * (width + 1))
            for k in (r * run)..<min(listed.count, (r + 1) * run) {
                listed.paper(k) { PaperText.appendListLine($0, at: k, number: listed.numbers[k], layout: layout, to: &out) }
                out.append(0x0A)
            }
            return out
        }
        for out in runs { Output.write(bytes: out) }
    }
}

extension PaperSort: ExpressibleByArgument {}

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "One paper in full, the abstract wrapped to the width.",
        discussion: "ID is the paper's id (as `vita list --format tsv` shows it), the citation key of a paper read from a .bib, a unique prefix of an id, or its number in `vita list`."
    )

    @Argument(help: "The paper's id, its citation key, a unique id prefix, or its number.") var id: String
    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(parsing: .unconditional, help: "Line width for text output (at most 1000).") var width: Int?

    func run() throws {
        let library = try record.load()
        let paper: Paper
        switch library.lookup(id) {
        case .found(let p): paper = p
        case .ambiguous(let candidates):
            Output.error("vita: '\(VisibleText.singleLine(id))' begins \(candidates.count) ids; expected one of:")
            for p in candidates.prefix(20) { Output.error("  \(p.id)  \(VisibleText.singleLine(p.shownTitle))") }
            if candidates.count > 20 { Output.error("  … and \(candidates.count - 20) more") }
            throw ExitCode(1)
        case .none:
            Output.error("vita: no paper '\(VisibleText.singleLine(id))'; expected an id, a citation key, a unique id prefix or a number from 1 to \(library.papers.count)")
            throw ExitCode(1)
        }
        switch format {
        case .json: Output.print(try Output.json(paper))
        case .tsv: Output.print(PaperText.tsvHeader + "\n" + PaperText.tsvLine(paper, number: (library.index(of: paper.id) ?? 0) + 1))
        case .text: Output.print(PaperText.detail(paper, library: library, width: try Output.width(width)))
        }
        try record.verdict(library)
    }
}
