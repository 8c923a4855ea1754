import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write papers as BibTeX, CSL-JSON or RIS: all of them, or those a query or a list of ids selects.",
        discussion: """
        Papers read from a .bib keep their keys; others get keys from --key-pattern (default \
        [auth:lower][year][veryshorttitle:lower], e.g. cai2023ske2grid). Keys are unique within the export \
        without regard to case: a .bib key that clashes with an earlier one gets a free key (a, b, …) and \
        the change is reported. Entries read from a .bib are written as they were, macros included; the \
        export carries the @preamble and @string definitions they need, the crossref parents they name \
        (after them) and, when a file is exported whole, its @comments.

        With -o the file is written atomically and never overwritten unless --force; --append adds only \
        the entries whose keys the file does not hold yet, and names the ones it skipped.

        --to csl-json and --to ris write every paper's values (identifiers as DOI and URL, the arXiv id as \
        its URL); their ids are the same keys. Both read back through Vita to the same papers.
        """
    )

    @OptionGroup var record: RecordOptions
    @Option(parsing: .unconditional, help: "Export only the papers that match this query (the language of `vita search`); a query with a problem exports nothing.") var query: String?
    @Option(help: ArgumentHelp("Export only these papers: ids, id prefixes or numbers, separated by commas.", valueName: "id,…"))
    var ids: String?
    @Option(name: .shortAndLong, help: ArgumentHelp("Write to this file instead of standard output.", valueName: "file"))
    var output: String?
    @Flag(help: "Replace the output file if it exists.") var force = false
    @Flag(help: "Add to the output file the entries whose keys it does not hold yet.") var append = false
    @Flag(help: "Write LaTeX accent commands instead of UTF-8, for classic bibtex.") var ascii = false
    @Option(help: ArgumentHelp("Citation key pattern: [auth] [authEtAl] [authors] [year] [shortyear] [title] [shorttitle] [veryshorttitle], with :lower or :upper.",
                               valueName: "pattern"))
    var keyPattern: String?
    @Flag(help: "Leave abstracts out.") var noAbstract = false
    @Option(help: ArgumentHelp("The format written: bibtex (the default), csl-json or ris.", valueName: "format"))
    var to: ExportFormat = .bibtex

    func validate() throws {
        if force && append { throw ValidationError("--force and --append exclude each other") }
        if (force || append) && output == nil { throw ValidationError("--force and --append need -o FILE") }
        if to != .bibtex && append { throw ValidationError("--append adds BibTeX entries; it does not go with --to \(to.rawValue)") }
        if to != .bibtex && ascii { throw ValidationError("--ascii is for BibTeX; it does not go with --to \(to.rawValue)") }
        if let keyPattern {
            do { _ = try CitationKeyPattern(keyPattern) } catch let e as CitationKeyError { throw ValidationError(e.message) }
        }
    }

    func run() throws {
        let library = try record.load()
        var papers = library.papers
        if let query {
            let parsed = Query(query)
            var session = SearchSession(index: library.searchIndex(answering: parsed))
            let result = session.search(parsed)
            // An export writes files: a query that was not understood whole writes nothing.
            guard result.problems.isEmpty, !result.query.isEmpty else {
                for problem in result.problems { Output.error("vita: query: \(problem)") }
                throw ValidationError("the query '\(DisplayWidth.truncate(VisibleText.singleLine(query), to: 60))' \(result.query.isEmpty ? "has nothing to search for" : "was not understood whole"); nothing was exported")
            }
            let keep = Set(result.ranked)
            papers = library.papers.indices.filter { keep.contains($0) }.map { library.papers[$0] }
        }
        if let ids {
            var chosen: [Paper] = []
            for id in ids.split(separator: ",").map({ $0.trimmingSpaces() }) where !id.isEmpty {
                guard let p = library.find(id) else {
                    Output.error("vita: no paper '\(VisibleText.singleLine(id))'; expected an id, a unique id prefix or a number from 1 to \(library.papers.count)")
                    throw ExitCode(1)
                }
                if papers.contains(where: { $0.id == p.id }), !chosen.contains(where: { $0.id == p.id }) { chosen.append(p) }
            }
            papers = chosen
        }
        if papers.isEmpty {
            Output.error("vita: no paper to export")
            throw ExitCode(1)
        }
        let pattern = try keyPattern.map { try CitationKeyPattern($0) } ?? .default
        let writer = BibTeXWriter(options: .init(ascii: ascii, abstracts: !noAbstract, keyPattern: pattern))
        if to != .bibtex {
            if noAbstract { for i in papers.indices { papers[i].abstract = "" } }
            let keys = writer.write(papers, library: library).keys
            let text = to == .ris ? RISWriter.write(papers, keys: keys) : CSLWriter.write(papers, keys: keys)
            guard let output else {
                Output.write(text)
                try record.verdict(library)
                return
            }
            do {
                let written = try AtomicFile.write(Data(text.utf8), to: output, mode: force ? .replace : .createNew)
                let n = papers.count
                Output.error("vita: exported \(n) \(n == 1 ? "paper" : "papers") as \(to.rawValue) to \(output)" + (written != output ? " (a link: written to \(written))" : ""))
            } catch let e as AtomicFile.WriteError {
                Output.error("vita: \(e)" + (e.reason == "the file exists" ? " (use --force to replace it)" : ""))
                throw ExitCode(1)
            }
            try record.verdict(library)
            return
        }
        guard let output else {
            let result = writer.write(BibTeXWriter.withCrossrefParents(papers, in: library), library: library)
            reportUnmapped(result.unmapped)
            for change in result.keyChanges { Output.error("vita: " + VisibleText.singleLine(change.description)) }
            Output.write(result.text)
            try record.verdict(library)
            return
        }
        do {
            let report = try BibTeXExport.write(papers, to: output, mode: append ? .append : force ? .replace : .create,
                                                writer: writer, library: library)
            reportUnmapped(report.unmapped)
            for change in report.keyChanges { Output.error("vita: " + VisibleText.singleLine(change.description)) }
            if !report.skipped.isEmpty {
                Output.error("vita: skipped \(report.skipped.count) already in \(output): \(report.skipped.joined(separator: ", "))")
            }
            Output.error("vita: " + report.outcome)
        } catch let e as AtomicFile.WriteError {
            Output.error("vita: \(e)" + (e.reason == "the file exists" ? " (use --force to replace it or --append to add to it)" : ""))
            throw ExitCode(1)
        }
        try record.verdict(library)
    }

    func reportUnmapped(_ chars: Set<Character>) {
        guard !chars.isEmpty else { return }
        let list = chars.sorted().map { String($0) + " (U+" + NumberText.hex($0.unicodeScalars.first!.value, 4) + ")" }
        Output.error("vita: --ascii has no LaTeX for \(list.joined(separator: ", ")); written as UTF-8")
    }
}
extension ExportFormat: ExpressibleByArgument {}
