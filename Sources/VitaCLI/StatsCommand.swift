import ArgumentParser
import VitaCore

struct StatsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stats",
        abstract: "Papers per year and per category, papers with code, top coauthors, affiliations, diagnostics."
    )

    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: OutputFormat = .text
    @Option(help: "How many coauthors, and affiliations, to list.") var top: Int = 10
    @Option(parsing: .unconditional, help: "Line width for text output (at most 1000).") var width: Int?
    @Flag(help: "Draw papers per year as a bar chart (stacked by category) instead of the summary.") var chart = false
    @Flag(help: "With --chart: plain ASCII characters only.") var ascii = false
    @Option(help: "With --chart: the chart's height in lines.") var height: Int = 16

    func validate() throws {
        if ascii && !chart { throw ValidationError("--ascii goes with --chart") }
        if height < 6 || height > 500 { throw ValidationError("--height expects 6 to 500 lines") }
    }

    struct Document: Encodable {
        var files: [String]
        var profile: Profile?
        var statistics: Statistics
    }

    func run() throws {
        let library = try record.load()
        var stats = Statistics(library: library)
        if chart {
            let w = try Output.width(width)
            let c = PapersPerYearChart(stats, width: w, height: height, ascii: ascii)
            var notes = ["Papers per year" + (library.profile.map { " · " + VisibleText.singleLine($0.name) } ?? "")]
            let legend = c.categories.map { VisibleText.singleLine($0) }.joined(separator: ", ")
            var footer = ["stacked by category, bottom up: \(legend)"]
            let inferred = stats.perYear.reduce(0) { $0 + $1.inferred }
            if inferred > 0 { footer.append("\(ascii ? ":" : "▒") \(inferred) \(inferred == 1 ? "paper" : "papers") with an inferred year (the date had none)") }
            if let cut = c.cutNote() { footer.append("(\(cut): the years before do not fit in \(w) columns)") }
            notes = notes.flatMap { DisplayWidth.wrap($0, width: w) }
            Output.print((notes + c.lines + footer.flatMap { DisplayWidth.wrap($0, width: w) }).joined(separator: "\n"))
            try record.verdict(library)
            return
        }
        switch format {
        case .json:
            Output.print(try Output.json(Document(files: library.files, profile: library.profile, statistics: stats)))
        case .tsv:
            stats.coauthors = Array(stats.coauthors.prefix(top))
            stats.affiliations = Array(stats.affiliations.prefix(top))
            Output.print(StatsText.tsv(stats))
        case .text:
            stats.coauthors = Array(stats.coauthors.prefix(top))
            stats.affiliations = Array(stats.affiliations.prefix(top))
            Output.print(StatsText.text(stats, library: library, width: try Output.width(width)))
        }
        try record.verdict(library)
    }
}

enum StatsText {
    static func text(_ s: Statistics, library: Library, width: Int) -> String {
        var out: [String] = []
        if let p = library.profile {
            var head = [VisibleText.singleLine(p.name)]
            if !p.affiliations.isEmpty { head.append(VisibleText.singleLine(p.affiliations.joined(separator: "; "))) }
            if let f = p.field { head.append(VisibleText.singleLine(f)) }
            if let h = p.hIndex { head.append("h-index \(h)") }
            if let c = p.citationCount { head.append("\(NumberText.grouped(c)) citations") }
            out.append(head.joined(separator: " · "))
        } else if let owner = library.ownerName {
            out.append(VisibleText.singleLine(owner))
        }
        var summary = s.papers == 1 ? "1 paper" : "\(NumberText.grouped(s.papers)) papers"
        if let listed = library.profile?.listedPaperCount ?? library.profile?.paperCount {
            summary += " (\(library.profile?.statedBy.map { "\($0) says" } ?? "the header says") \(NumberText.grouped(listed)))"
        }
        summary += ", \(NumberText.grouped(s.withCode)) with code, \(NumberText.grouped(s.truncatedAuthorLists)) with truncated author lists"
        if s.retracted > 0 { summary += ", \(NumberText.grouped(s.retracted)) retracted or withdrawn (counted below; the explorer's figures follow a search, -is:retracted leaves them out)" }
        out.append(summary)
        out.append(contentsOf: metricsLines(s.metrics, stated: library.profiles))
        out.append("")
        out.append("Papers per year")
        let maxCount = s.perYear.map(\.papers).max() ?? 0
        let barRoom = max(5, min(40, width - 30))
        // Counts right-aligned in one column as wide as the largest (four digits and more too).
        let digits = max(3, NumberText.grouped(max(maxCount, s.undated, s.perCategory.map(\.papers).max() ?? 0,
                                       s.coauthors.map(\.sharedPapers).max() ?? 0, s.affiliations.map(\.papers).max() ?? 0)).count)
        let yearWidth = max(4, s.perYear.map { String($0.year).count }.max() ?? 4)
        for y in s.perYear {
            let bar = String(repeating: "#", count: maxCount == 0 ? 0 : (y.papers * barRoom + maxCount - 1) / maxCount)
            var line = "  \(pad(String(y.year), yearWidth))  \(pad(NumberText.grouped(y.papers), digits))  \(bar)"
            if y.inferred > 0 { line += "  (\(NumberText.grouped(y.inferred)) with inferred year)" }
            out.append(line)
        }
        if s.undated > 0 { out.append("  undated  \(pad(NumberText.grouped(s.undated), digits))") }
        out.append("")
        out.append("Per category")
        let categoryWidth = min(24, max(6, s.perCategory.map { DisplayWidth.of(VisibleText.singleLine($0.category)) }.max() ?? 0))
        for c in s.perCategory { out.append("  \(DisplayWidth.fit(VisibleText.singleLine(c.category), to: categoryWidth)) \(pad(NumberText.grouped(c.papers), digits))") }
        out.append("")
        out.append(library.ownerKey == nil ? "Most published people (papers, years)" : "Top coauthors (shared papers, years)")
        let nameWidth = min(30, s.coauthors.map { DisplayWidth.of($0.name) }.max() ?? 0)
        for c in s.coauthors {
            let years = span(c.firstYear, c.lastYear)
            out.append("  \(DisplayWidth.fit(VisibleText.singleLine(c.name), to: nameWidth))  \(pad(NumberText.grouped(c.sharedPapers), digits))  \(years)")
        }
        if !s.affiliations.isEmpty {
            out.append("")
            out.append(library.ownerKey == nil ? "Affiliations of the authors (papers, years)"
                       : "Affiliations of \(VisibleText.singleLine(library.ownerName ?? "the owner")), as the papers give them (papers, years)")
            let placeWidth = min(48, s.affiliations.map { DisplayWidth.of(VisibleText.singleLine($0.name)) }.max() ?? 0)
            for a in s.affiliations {
                let years = span(a.firstYear, a.lastYear)
                out.append("  \(DisplayWidth.fit(VisibleText.singleLine(a.name), to: placeWidth))  \(pad(NumberText.grouped(a.papers), digits))  \(years)")
            }
        }
        out.append("")
        out.append("Diagnostics: \(s.diagnostics)")
        return out.joined(separator: "\n")
    }

    /// The citation metrics computed over the papers, and what each profile states beside them.
    static func metricsLines(_ m: Metrics, stated profiles: [Profile]) -> [String] {
        var out: [String] = []
        if m.hasCitations {
            let over = m.counted == m.papers ? "" : " (counted on the \(NumberText.grouped(m.counted)) of \(NumberText.grouped(m.papers)) papers that have a count)"
            out.append("Citations \(NumberText.grouped(m.citations)) · h-index \(NumberText.grouped(m.hIndex)) · i10-index \(NumberText.grouped(m.i10Index)) · g-index \(NumberText.grouped(m.gIndex))\(over)")
        } else {
            out.append("Citations: no paper here has a citation count (OpenAlex, Semantic Scholar, Web of Science and RIS records give them)")
        }
        for p in profiles where p.hIndex != nil || p.citationCount != nil || p.i10Index != nil {
            var said: [String] = []
            if let c = p.citationCount { said.append("\(NumberText.grouped(c)) citations") }
            if let h = p.hIndex { said.append("h-index \(NumberText.grouped(h))") }
            if let i = p.i10Index { said.append("i10-index \(NumberText.grouped(i))") }
            out.append("  stated by \(VisibleText.singleLine(p.statedBy ?? "the profile")) (\(VisibleText.singleLine(p.name))): \(said.joined(separator: " · "))")
        }
        if !m.citationsPerYear.isEmpty {
            out.append("")
            out.append(m.datedCitations < m.citations ? "Citations per year (\(NumberText.grouped(m.datedCitations)) of the \(NumberText.grouped(m.citations)) dated)" : "Citations per year")
            let most = m.citationsPerYear.map(\.count).max() ?? 0
            let digits = max(3, NumberText.grouped(most).count)
            for y in m.citationsPerYear {
                let bar = String(repeating: "#", count: most == 0 ? 0 : (y.count * 40 + most - 1) / most)
                out.append("  \(y.year)  \(pad(NumberText.grouped(y.count), digits))  \(bar)")
            }
        }
        return out
    }

    static func tsv(_ s: Statistics) -> String {
        var rows = ["section\tkey\tpapers\textra"]
        let m = s.metrics
        rows.append("metric\tcitations\t\(m.citations)\tcounted=\(m.counted)")
        rows.append("metric\th_index\t\(m.hIndex)\t")
        rows.append("metric\ti10_index\t\(m.i10Index)\t")
        rows.append("metric\tg_index\t\(m.gIndex)\t")
        for y in m.citationsPerYear { rows.append("citations\t\(y.year)\t\(y.count)\t") }
        for y in s.perYear { rows.append("year\t\(y.year)\t\(y.papers)\tinferred=\(y.inferred)") }
        if s.undated > 0 { rows.append("year\tundated\t\(s.undated)\t") }
        for c in s.perCategory { rows.append("category\t\(Output.tsvCell(c.category))\t\(c.papers)\t") }
        rows.append("code\twith_code\t\(s.withCode)\t")
        for c in s.coauthors {
            rows.append("coauthor\t\(Output.tsvCell(c.name))\t\(c.sharedPapers)\t\(c.firstYear.map(String.init) ?? "")-\(c.lastYear.map(String.init) ?? "")")
        }
        for a in s.affiliations {
            rows.append("affiliation\t\(Output.tsvCell(a.name))\t\(a.papers)\t\(a.firstYear.map(String.init) ?? "")-\(a.lastYear.map(String.init) ?? "")")
        }
        rows.append("diagnostics\tcount\t\(s.diagnostics)\t")
        return rows.joined(separator: "\n")
    }

    /// A first and last year as the text lists them: `2017–2021`, `2020` for one, nothing for none.
    static func span(_ first: Int?, _ last: Int?) -> String {
        first.map { f in f == last ? "\(f)" : "\(f)–\(last ?? f)" } ?? ""
    }

    static func pad(_ s: String, _ width: Int) -> String {
        String(repeating: " ", count: max(0, width - s.count)) + s
    }
}
