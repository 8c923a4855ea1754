import ArgumentParser
import VitaCore

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Papers that match a query, best first. Exit 0 with matches, 1 with none.",
        discussion: """
        Bare words match title, authors, abstract, affiliation, category and links, ignoring case and
        accents, on word prefixes (quant finds quantization). Several words must all match.
          "exact phrase"   -word (exclude)   a OR b   ( … )
          title:  author: (author:"chao li")  abstract:  aff: / venue:  link:  cat:CV
          year:2020  year:2019..2021  year:>=2023   has:code  has:link  has:aff
          is:inferred  is:truncated  is:duplicate
        Title matches rank above others, then newest first; --sort orders otherwise.
        A query with a problem (an unclosed quote, year:abc) still runs what it can; the problem goes to stderr.
        """
    )

    @Argument(help: "The query.") var query: String
    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Flag(help: "Print only the number of matching papers.") var count = false
    @Option(help: "Order instead of relevance: date, title, category, score or file.") var sort: PaperSort?
    @Flag(help: "Reverse the order.") var reverse = false
    @Option(help: "Show at most N papers.") var limit: Int?
    @Option(help: "Line width for text output.") var width: Int?

    func run() throws {
        let library = try record.load()
        var session = SearchSession(index: SearchIndex(library: library))
        let result = session.search(query)
        for problem in result.problems {
            Output.error("vita: query: \(problem)")
        }
        if count {
            Output.print(String(result.count))
        } else {
            var papers = result.ranked.map { library.papers[$0] }
            if let sort { papers = sort.sorted(papers, reversed: reverse) } else if reverse { papers.reverse() }
            if let limit { papers = Array(papers.prefix(max(0, limit))) }
            try PaperListing.write(papers, library: library, format: format, width: Output.width(width))
        }
        if result.count == 0 { throw ExitCode(1) }
        try record.verdict(library)
    }
}
