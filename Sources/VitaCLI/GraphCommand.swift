import ArgumentParser
import VitaCore

struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "The coauthor graph: people with paper counts, pairs with papers shared and years.",
        discussion: """
        The owner is the profile's person. Only authors visible on the record are known: papers whose
        list ends in `et al.` hide the rest. `vita graph | dot -Tsvg > coauthors.svg` draws it.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, json, tsv }

    @OptionGroup var record: RecordOptions
    @Option(help: "Output format.") var format: Format = .dot
    @Option(help: "Keep the owner and the N coauthors sharing the most papers.") var top: Int?

    func validate() throws {
        if let top, top < 0 { throw ValidationError("--top expects a number of people, 0 or more") }
    }

    func run() throws {
        let library = try record.load()
        var graph = CoauthorGraph(library: library)
        if let top { graph = graph.top(top) }
        switch format {
        case .dot: print(graph.dot, terminator: "")
        case .tsv: print(graph.tsv, terminator: "")
        case .json: Output.print(try Output.json(graph))
        }
        try record.verdict(library)
    }
}
