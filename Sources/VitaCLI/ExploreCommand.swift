import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore
import VitaTUI

/// `vita [FILE...]` on a terminal: the interactive explorer.
struct ExploreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "explore",
        abstract: "Browse, search, mark and export papers in the terminal (the default).",
        discussion: """
        Needs a terminal on standard input and output; for scripts use `vita list`, `vita search`, `vita export`.

        Themes: default, light, solarized-dark, high-contrast, mono, and any NAME.toml in ~/.config/vita/themes \
        (or a path to a .toml file). VITA_THEME sets the default; NO_COLOR turns colours off. Press ? for the keys.
        """
    )

    @OptionGroup var record: RecordOptions
    @Option(help: ArgumentHelp("Colour theme: a name or a .toml file (default: VITA_THEME or default).", valueName: "name"))
    var theme: String?
    @Flag(name: .customLong("no-mouse"), help: "Leave the mouse to the terminal (no clicks or wheel in the explorer).")
    var noMouse = false

    func run() throws {
        guard isatty(0) != 0, isatty(1) != 0 else {
            Output.error("""
            vita: the explorer needs a terminal on standard input and output.
            For scripts: `vita list`, `vita search QUERY`, `vita show ID`, `vita stats`, `vita export` (see `vita --help`).
            """)
            throw ExitCode(64)
        }
        // A first open of a large record shows its progress on the explorer's own screen; a
        // record too large to keep in memory then goes on from its snapshot, one that is kept
        // is shown at once and its snapshot written behind it (waited for on leaving).
        // Keys typed meanwhile are kept by that screen and taken first by the explorer.
        // Lines said while the record opens (a snapshot written behind the first frame that
        // fails at once) are kept for the explorer's messages; said here if it never starts.
        SessionNotices.collect(restoringWith: {})
        defer { for line in SessionNotices.stopCollecting() { Output.error(line) } }
        var progress: ProgressScreen?
        var notices: [String] = []
        var writing: RecordLoader.SnapshotBeingWritten?
        let library = try record.load(snapshot: .now, reopen: true, screen: true, display: { progress = ProgressScreen.start($0, name: $1); return progress },
                                      notices: { notices.append($0) }, behind: { writing = $0 })
        let status = Explorer.run(library: library, options: .init(files: library.files, theme: theme, mouse: !noMouse,
                                                                   typedAhead: progress?.typedAhead ?? [], notices: notices))
        if writing != nil, status != 0 {
            // Ended by a signal (or with no terminal): the snapshot is given up, not waited for.
            AtomicFile.removeWhatIsBeingWritten()
        } else if let writing {
            // Ctrl-C now leaves the snapshot unwritten (its temporary file removed), the explorer's
            // own handling of it having ended with the explorer.
            AtomicFile.removeWhatIsBeingWrittenOnSignal()
            if !writing.isDone {
                Output.error("vita: keeping the snapshot of \(writing.name), so the next open is quick (Ctrl-C leaves it to the next open)")
            }
            // A failure was said when it came: among the messages, or on standard error.
            _ = writing.wait()
        }
        if status != 0 { throw ExitCode(status) }
        try record.verdict(library)
    }
}
