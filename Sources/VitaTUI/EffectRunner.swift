import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

/// Carries out the effects that leave the program: file writes, the clipboard, opening links.
/// Separate from the loop so tests run it without a terminal.
public enum EffectRunner {
    /// Writes the papers `ids` names to `path` as BibTeX: what `.export` does, on whichever
    /// thread asks (the explorer writes a large export on another).
    static func export(_ ids: [String], to path: String, mode: BibTeXExport.Mode, library: Library) -> Result<BibTeXExport.Report, Error> {
        // Found by place and read a chunk at a time where they lie, not copied one by one by id.
        let places = ids.compactMap { library.index(of: $0) }
        let papers = library.papers(at: places)
        return Result { try BibTeXExport.write(papers, to: path, mode: mode, writer: BibTeXWriter(), library: library) }
    }

    public static func perform(_ effect: Effect, state: inout AppState, terminal: Int32 = 1) {
        switch effect {
        case let .export(ids, path, mode):
            state.exportFinished(export(ids, to: path, mode: mode, library: state.library))
        case let .copy(text, entries):
            // OSC 52: the terminal (and tmux, ssh) puts the text on the system clipboard. Terminals
            // drop a copy larger than they take (xterm and tmux: about 100 KB), saying nothing.
            let encoded = Data(text.utf8).base64EncodedString()
            guard encoded.utf8.count <= clipboardLimit else {
                state.message = Message(text: "\(NumberText.grouped(entries)) BibTeX \(entries == 1 ? "entry is" : "entries are") \(NumberText.grouped(encoded.utf8.count / 1024)) KB encoded, more than terminals take on the clipboard (\(clipboardLimit / 1024) KB): press e to write them to a file", isError: true)
                return
            }
            Descriptor.write(terminal, "\u{1B}]52;c;" + encoded + "\u{07}")
            let what = entries == 0 ? VisibleText.singleLine(text) : "\(entries) BibTeX \(entries == 1 ? "entry" : "entries")"
            state.message = Message(text: "sent \(what) to the clipboard (OSC 52; the terminal must allow it)", isError: false)
        case .open(let url):
            state.message = open(url)
        case .suspend:
            break
        case let .editNote(id, text):
            editNote(id: id, text: text, state: &state)
        case .checkExportTarget, .completePath:
            for next in look(effect, state: &state) { perform(next, state: &state, terminal: terminal) }
        }
    }

    /// Carries out an effect that only looks at the file system, giving the answer to the state;
    /// returns what the state asks for next.
    public static func look(_ effect: Effect, state: inout AppState) -> [Effect] {
        switch effect {
        case let .checkExportTarget(typed, ids):
            let path = PathCompletion.expand(typed.trimmingWhitespace())
            let folder = FilePath.isDirectory(path)
            return state.exportTargetChecked(typed: typed, ids: ids, target: folder == nil ? .missing : folder == true ? .folder : .file)
        case .completePath(let text):
            let (completed, candidates) = PathCompletion.complete(text)
            state.pathCompleted(completed, candidates: candidates)
            return []
        default:
            return [effect]
        }
    }

    /// Opens the note in `$VISUAL` or `$EDITOR` (else vi) on a file of its own and takes back
    /// what it holds when the editor exits; an editor that fails leaves the note as it was.
    public static func editNote(id: String, text: String, state: inout AppState,
                                environment: [String: String] = ProcessInfo.processInfo.environment) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("vita-note-\(getpid())-\(UInt32.random(in: 0...UInt32.max)).txt")
        defer { try? FileManager.default.removeItem(at: file) }
        guard FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8)) else {
            state.message = Message(text: "cannot write the note file \(file.path)", isError: true)
            return
        }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let status: Int32
        switch ChildProcess.start("/bin/sh", ["-c", editor + " \"$1\"", "sh", file.path]) {
        case .success(let p): status = p.wait()
        case .failure(let error):
            state.message = Message(text: "cannot run \(editor): \(error)", isError: true)
            return
        }
        guard status == 0, let data = FileManager.default.contents(atPath: file.path) else {
            state.message = Message(text: "\(editor) exited with \(status); the note is as it was", isError: true)
            return
        }
        state.noteEdited(id: id, text: String(decoding: data, as: UTF8.self))
    }

    /// The most a copy sends: xterm's and tmux's limit for OSC 52 (100,000 bytes).
    public static let clipboardLimit = 100_000

    /// Opens `url` with the system's opener and says whether it did: a tool that exits with a
    /// failure (xdg-open's 3: "no method available") is reported with what it said.
    static func open(_ url: String, tools candidates: [String] = ["/usr/bin/xdg-open", "/usr/local/bin/xdg-open", "/usr/bin/open"]) -> Message {
        guard let tool = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) else {
            return Message(text: "no xdg-open here; the link is \(url)", isError: true)
        }
        // What it says goes to a file, not a pipe: a browser it starts may hold a pipe open for good.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("vita-open-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        defer { try? FileManager.default.removeItem(at: log) }
        let p: ChildProcess
        switch ChildProcess.start(tool, [url], input: .null, output: .null, errors: .file(log.path)) {
        case .success(let started): p = started
        case .failure(let error): return Message(text: "cannot open \(url): \(error)", isError: true)
        }
        // xdg-open hands the link over and returns; wait a little for its verdict, not for a browser.
        let deadline = Date().addingTimeInterval(3)
        var status = p.ended()
        while status == nil, Date() < deadline {
            usleep(20_000)
            status = p.ended()
        }
        guard let status else { return Message(text: "opening \(url)", isError: false) }
        let said = (try? Data(contentsOf: log)) ?? Data()
        guard status == 0 else {
            let why = VisibleText.singleLine(String(decoding: said, as: UTF8.self).trimmingWhitespace())
            return Message(text: "could not open \(url): \(tool) exited with \(status)" + (why.isEmpty ? "" : " (\(why))"), isError: true)
        }
        return Message(text: "opened \(url)", isError: false)
    }
}
