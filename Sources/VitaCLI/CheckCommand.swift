import ArgumentParser
import VitaCore

/// A lint a user runs before `pdflatex`: every problem of every file, and an exit status to act on.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "List every problem in the record files; exit 1 when there is any.",
        discussion: """
        Other subcommands print at most \(RecordOptions.diagnosticsPerFile) problems a file and sum up the rest; this one prints them \
        all, as file:line:column: warning: message, then one line per file with its count, then the \
        papers a source says were retracted or withdrawn (which do not change the exit status).
        """
    )

    @OptionGroup var record: RecordOptions

    func run() throws {
        let library = try record.load(allDiagnostics: true)
        var counts: [String: Int] = [:]
        for d in library.diagnostics { counts[d.location.file, default: 0] += 1 }
        // The papers each file gave, counted by their sources: a paper two files give is one paper
        // of the record, and counted for both (it was counted for the first alone, the other
        // file said to hold none).
        var given: [String: Int] = [:], shared: [String: Int] = [:]
        for p in library.papers {
            var files = Set(p.sources.map(\.location.file))
            if files.isEmpty { files = [p.source.file] }
            for file in files {
                given[file, default: 0] += 1
                if files.count > 1 { shared[file, default: 0] += 1 }
            }
        }
        let names = library.files.map { $0 == "-" ? "<stdin>" : $0 }
        for file in names.isEmpty ? Array(counts.keys).sorted() : names {
            let n = counts[file] ?? 0
            let papers = given[file] ?? 0
            let alsoElsewhere = shared[file].map { " (\($0) also in another file)" } ?? ""
            Output.print("\(VisibleText.singleLine(file)): \(papers) \(papers == 1 ? "paper" : "papers")\(alsoElsewhere), " +
                         (n == 0 ? "no problems" : "\(n) \(n == 1 ? "problem" : "problems")"))
        }
        // Papers taken back: not a problem of the files, but what a bibliography should not cite
        // unawares. Said after the files, the exit status left to the files' problems.
        let taken = library.papers.filter { $0.retraction != nil }
        if !taken.isEmpty {
            Output.print("\(taken.count) \(taken.count == 1 ? "paper" : "papers") taken back (vita search is:retracted lists them):")
            for p in taken {
                Output.print("  \(VisibleText.singleLine(p.source.description)): \(VisibleText.singleLine(DisplayWidth.truncate(p.shownTitle, to: 70))): "
                             + PaperSummary.retraction(p.retraction!, of: p))
            }
        }
        if !library.diagnostics.isEmpty { throw ExitCode(1) }
    }
}
