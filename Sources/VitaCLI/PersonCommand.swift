import ArgumentParser
import VitaCore

/// `vita person QUERY [FILE...]`: the people of a record that a name (or an ORCID, a DBLP pid)
/// finds, with their papers, years and most frequent coauthors.
struct PersonCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "person",
        abstract: "The people a name finds in the record: papers, years, ids, where they were last and frequent coauthors. Exit 1 when none.",
        discussion: """
        Every word of the query must begin a word of the name, case and accents aside (`yao an` finds \
        Anbang Yao); an ORCID or a DBLP pid finds the person who carries it. Most papers first. \
        DBLP's homonyms are told apart by their number (`Manish Singh 0001`) and their coauthors; \
        people of one name in other sources by where they were last (the affiliation of their \
        latest paper that gives one: OpenAlex, arXiv, Crossref, PubMed, Web of Science). \
        `vita list --owner NAME` then opens one person's place in the record.
        """
    )

    @Argument(help: "A name, part of one, an ORCID or a DBLP pid.") var query: String
    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "Show at most N people (default 20).") var limit: Int = 20
    @Option(parsing: .unconditional, help: "Line width for text output (at most 1000).") var width: Int?

    func run() throws {
        let library = try record.load()
        let (matches, total) = People.find(query, in: library, limit: max(1, limit))
        switch format {
        case .json:
            Output.print(try Output.json(matches))
        case .tsv:
            Output.print("papers\tfirst\tlast\tname\thomonym\torcid\tdblp\tcoauthors\tother_names\taffiliation")
            for m in matches {
                let listed: [String] = [m.coauthors.map { VisibleText.singleLine($0) }.joined(separator: "; "),
                                        m.otherNames.map { VisibleText.singleLine($0) }.joined(separator: "; "),
                                        m.affiliation.map { VisibleText.singleLine($0) } ?? ""]
                let fields: [String] = [String(m.papers), m.firstYear.map(String.init) ?? "", m.lastYear.map(String.init) ?? "",
                                        VisibleText.singleLine(m.name), m.homonym ?? "", m.orcid ?? "", m.dblp ?? ""]
                Output.print((fields + listed).joined(separator: "\t"))
            }
        case .text:
            // Each line fitted to the width, its coauthors (last) cut first.
            let columns = try Output.width(width)
            for m in matches {
                let years = m.firstYear.map { f in m.lastYear.map { $0 == f ? "\(f)" : "\(f)–\($0)" } ?? "\(f)" } ?? "—"
                var line = String(repeating: " ", count: max(0, 6 - String(m.papers).count)) + "\(m.papers)  "
                line += String(years.prefix(9)) + String(repeating: " ", count: max(0, 9 - years.count)) + "  "
                line += VisibleText.singleLine(m.name) + (m.homonym.map { " \($0)" } ?? "")
                let ids = [m.orcid.map { "ORCID \($0)" }, m.dblp.map { "DBLP \($0)" }].compactMap { $0 }
                if !ids.isEmpty { line += "  (" + ids.joined(separator: ", ") + ")" }
                if !m.otherNames.isEmpty { line += "  also " + m.otherNames.map { VisibleText.singleLine($0) }.joined(separator: ", ") }
                if let place = m.affiliation { line += "  at " + VisibleText.singleLine(place) }
                if !m.coauthors.isEmpty { line += "  with " + m.coauthors.map { VisibleText.singleLine($0) }.joined(separator: ", ") }
                Output.print(DisplayWidth.truncate(line, to: columns))
            }
            if total > matches.count { Output.error("vita: \(total) people match; showing \(matches.count) (--limit N shows more)") }
        }
        if matches.isEmpty {
            Output.error("vita: nobody in the record is '\(VisibleText.singleLine(query))'")
            throw ExitCode(1)
        }
        try record.verdict(library)
    }
}
