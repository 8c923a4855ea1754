import Foundation
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

    public static func perform(_ effect: Effect, state: inout AppState, terminal: FileHandle = .standardOutput) {
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
            terminal.write(Data(("\u{1B}]52;c;" + encoded + "\u{07}").utf8))
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
            let path = PathCompletion.expand(typed.trimmingCharacters(in: .whitespaces))
            var isFolder: ObjCBool = false
            let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
            return state.exportTargetChecked(typed: typed, ids: ids, target: !exists ? .missing : isFolder.boolValue ? .folder : .file)
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
        do { try Data(text.utf8).write(to: file) } catch {
            state.message = Message(text: "cannot write the note file: \(error.localizedDescription)", isError: true)
            return
        }
        let editor = [environment["VISUAL"], environment["EDITOR"]].compactMap { $0 }.first { !$0.isEmpty } ?? "vi"
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/sh")
        p.arguments = ["-c", editor + " \"$1\"", "sh", file.path]
        do {
            try p.run()
            p.waitUntilExit()
        } catch {
            state.message = Message(text: "cannot run \(editor): \(error.localizedDescription)", isError: true)
            return
        }
        guard p.terminationStatus == 0, let data = FileManager.default.contents(atPath: file.path) else {
            state.message = Message(text: "\(editor) exited with \(p.terminationStatus); the note is as it was", isError: true)
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
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = [url]
        p.standardInput = FileHandle.nullDevice
        p.standardOutput = FileHandle.nullDevice
        // What it says goes to a file, not a pipe: a browser it starts may hold a pipe open for good.
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("vita-open-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        _ = FileManager.default.createFile(atPath: log.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: log) }
        guard let errors = try? FileHandle(forWritingTo: log) else { return Message(text: "cannot open \(url): no temporary file", isError: true) }
        defer { try? errors.close() }
        p.standardError = errors
        do {
            try p.run()
        } catch {
            return Message(text: "cannot open \(url): \(error.localizedDescription)", isError: true)
        }
        // xdg-open hands the link over and returns; wait a little for its verdict, not for a browser.
        let deadline = Date().addingTimeInterval(3)
        while p.isRunning, Date() < deadline { usleep(20_000) }
        if p.isRunning { return Message(text: "opening \(url)", isError: false) }
        let said = (try? Data(contentsOf: log)) ?? Data()
        guard p.terminationStatus == 0 else {
            let why = VisibleText.singleLine(String(decoding: said, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            return Message(text: "could not open \(url): \(tool) exited with \(p.terminationStatus)" + (why.isEmpty ? "" : " (\(why))"), isError: true)
        }
        return Message(text: "opened \(url)", isError: false)
    }
}
