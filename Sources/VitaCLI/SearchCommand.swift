import ArgumentParser
import VitaCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Papers that match a query, best first. Exit 0 with matches, 1 with none.",
        discussion: """
        Bare words match title, authors, abstract, affiliation, category and links, ignoring case and \
        accents, on word prefixes (quant finds quantization). Several words must all match.

          "exact phrase"   -word (exclude)   a OR b   ( … )   title:(a OR b)
          title:  author: (author:"chao li")  abstract:  aff: / venue:  link:  cat:CV
          journal:  doi:  publisher:  (any field of a .bib entry, or a source's value)
          year:2020  year:2019..2021  year:>=2023   cites:>=50  cites:10..100
          is:first  is:last  pos:2 (the owner's place)   person:"manish singh 0001"
          type:article  type:conference  type:preprint  type:book  type:thesis  type:report
          has:code  has:link  has:aff   is:inferred  is:truncated  is:duplicate  is:retracted

        Title matches rank above others, then newest first; --sort orders otherwise. A query with a \
        problem (an unclosed quote, year:abc) still runs what it can; the problem goes to stderr.

        A record of 8 MB or more with a current snapshot (see vita cache) is answered from it. Without \
        one, the record is read to answer, and its snapshot is made afterwards in the background \
        (vita cache build), so the first search does not wait for it. Text output and --count on one \
        profile file read only the papers that hold the query's words (the whole record when they are \
        in more than a quarter of the papers), so problems elsewhere in the file are not reported: \
        vita list or --strict reads it all (as do --format json and tsv).
        """
    )

    @Argument(help: "The query.") var query: String
    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Flag(help: "Print only the number of matching papers.") var count = false
    @Option(help: "Order instead of relevance: date, title, category, score or file.") var sort: PaperSort?
    @Flag(help: "Reverse the order.") var reverse = false
    @Option(help: "Show at most N papers.") var limit: Int?
    @Option(parsing: .unconditional, help: "Line width for text output (at most 1000).") var width: Int?

    func validate() throws {
        // A query with nothing to look for (`''`, `OR`, `()`) would list every paper: say so instead.
        let parsed = Query(query)
        if parsed.isEmpty {
            let why = parsed.problems.first.map { " (\($0))" } ?? ""
            throw ValidationError("the query '\(DisplayWidth.truncate(VisibleText.singleLine(query), to: 60))' has nothing to search for\(why); expected words, \"a phrase\" or field:value (vita list shows every paper)")
        }
    }

    func run() throws {
        let query = Query(self.query)
        // A record with a current snapshot is answered from its index. A large record without one
        // is answered by reading it, and its snapshot is made afterwards by a process of its own
        // (`vita cache build`), so the first search does not wait for it.
        if let current = record.currentSnapshot() {
            let library = try record.accept(current)
            try answer(library: library, query: query)
            return try record.verdict(library)
        }
        // One large profile file, listed as text or counted: read only the papers that can match.
        if record.files.count == 1, format == .text, !record.strict,
           let scanned = RecordLoader.scannedSearch(record.files[0], query: query, asOf: record.referenceDate) {
            for d in scanned.diagnostics { Output.error(VisibleText.make(d.description)) }
            if scanned.paperCount == 0 {
                Output.error("vita: no paper found in \(VisibleText.singleLine(record.files[0]))")
                throw ExitCode(1)
            }
            let ranked = scanned.result.ranked
            try answer(scanned.result, ListedPapers(ranked.map { scanned.papers[$0] }, numbers: ranked.map { scanned.numbers[$0] }),
                       total: scanned.paperCount, library: nil)
            if scanned.diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode(1) }
            return
        }
        let library = try record.load(snapshot: .lookedUp)
        try answer(library: library, query: query)
        try record.verdict(library)
    }

    private func answer(library: Library, query: Query) throws {
        var session = SearchSession(index: library.searchIndex(answering: query))
        let result = session.search(query)
        // Only the papers shown are read (from a snapshot, only their chunks); none for a count,
        // and the matches are ranked only as far as they are shown.
        let ranked: [Int]
        if count {
            ranked = []
        } else if let limit, sort == nil, !reverse {
            ranked = result.ranking.first(max(0, limit))
        } else {
            ranked = result.ranked
        }
        try answer(result, ListedPapers(library, ranked), total: library.paperCount, library: library)
    }

    /// Prints the query's problems and the matches (or their count); exit 1 when none match.
    /// `listed`: the matches, ranked, with their numbers in the record.
    private func answer(_ result: SearchResult, _ listed: ListedPapers, total: Int, library: Library?) throws {
        for problem in result.problems {
            Output.error("vita: query: \(problem)")
        }
        if count {
            Output.print(String(result.count))
        } else {
            var listed = listed
            if sort != nil || reverse { listed.sort(sort, reversed: reverse) }
            if let limit { listed.keep(first: max(0, limit)) }
            if let library {
                try PaperListing.write(listed, library: library, format: format, width: try Output.width(width))
            } else {
                PaperListing.writeText(listed, total: total, width: try Output.width(width))
            }
        }
        if result.count == 0 { throw ExitCode(1) }
    }
}
