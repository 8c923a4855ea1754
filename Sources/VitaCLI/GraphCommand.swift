import ArgumentParser
import VitaCore

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "The coauthor graph: people with paper counts, pairs with papers shared and years.",
        discussion: """
        The owner is the profile's person, or the one --owner names; a record with neither (a plain .bib) \
        is shown as it is, with no owner. Only authors visible on the record are known: papers whose \
        list ends in `et al.` hide the rest. `vita graph | dot -Tsvg > coauthors.svg` draws it.

        TSV columns: kind (node or edge), id, to (an edge's other end), name, papers (a node's, or those \
        the pair shares), with_owner (a node's papers with the owner; 1 for the owner's edges), first_year, \
        last_year, owner (1 for the owner's node).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, json, tsv, text }

    @OptionGroup var record: RecordOptions
    @Option(help: "Output format: dot (Graphviz), json, tsv or text.") var format: Format = .dot
    @Option(help: "Keep the owner and the N coauthors sharing the most papers.") var top: Int?

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top expects a number of people, 0 or more") }
    }

    func run() throws {
        let library = try record.load()
        var graph = CoauthorGraph(library: library)
        if let top { graph = graph.top(top) }
        switch format {
        case .dot: Output.write(graph.dot)
        case .tsv: Output.write(graph.tsv)
        case .json: Output.print(try Output.json(graph))
        case .text: Output.print(Self.text(graph, owner: library.ownerName))
        }
        try record.verdict(library)
    }

    /// People with their papers and years, then the pairs, most shared first.
    static func text(_ g: CoauthorGraph, owner: String?) -> String {
        func years(_ a: Int?, _ b: Int?) -> String {
            guard let a, let b else { return "" }
            return a == b ? String(a) : "\(a)–\(b)"
        }
        let hasOwner = g.nodes.first?.isOwner == true
        var lines = [hasOwner ? "Coauthors of \(VisibleText.singleLine(owner ?? g.nodes[0].name)): \(g.nodes[0].papers == g.papers ? "\(g.papers)" : "\(g.nodes[0].papers) of \(g.papers)") papers, \(g.nodes.count - 1) coauthors"
                              : "Collaboration network: \(g.papers) papers, \(g.nodes.count) people (no owner; --owner NAME picks one)"]
        let width = min(40, g.nodes.map { DisplayWidth.of(VisibleText.singleLine($0.name)) }.max() ?? 0)
        func pad(_ s: String) -> String { DisplayWidth.fit(VisibleText.singleLine(s), to: width) }
        let numberWidth = String(g.nodes.map(\.papers).max() ?? 0).count
        func num(_ n: Int) -> String { String(repeating: " ", count: max(0, numberWidth - String(n).count)) + String(n) }
        lines.append("")
        lines.append("People" + (hasOwner ? " (papers, with the owner)" : " (papers)"))
        for n in g.nodes {
            let with = hasOwner && !n.isOwner ? "  \(num(n.shared)) with" : ""
            lines.append("  \(pad(n.name))  \(num(n.papers))\(with)  \(years(n.firstYear, n.lastYear))\(n.isOwner ? "  (owner)" : "")")
        }
        if !g.edges.isEmpty {
            lines.append("")
            lines.append("Pairs (papers together)")
            for e in g.edges.sorted(by: { ($0.weight, $1.a, $1.b) > ($1.weight, $0.a, $0.b) }) {
                lines.append("  \(pad(g.nodes[e.a].name)) – \(pad(g.nodes[e.b].name))  \(num(e.weight))  \(years(e.firstYear, e.lastYear))")
            }
        }
        if g.truncatedPapers > 0 { lines.append("\n\(g.truncatedPapers) papers list only their first authors (et al.): their other authors are not shown.") }
        return lines.joined(separator: "\n")
    }
}
