import Foundation
import Testing
import VitaCore
import VitaStore
@testable import VitaTUI

@Suite("State kept between runs")
struct StateStoreTests {
    static func scratch() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-state-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir.appendingPathComponent("vita/state.sqlite").path
    }

    /// Removes the folder `scratch()` made for `path`.
    static func remove(_ path: String) {
        try? FileManager.default.removeItem(at: URL(fileURLWithPath: path).deletingLastPathComponent().deletingLastPathComponent())
    }

    @Test func marksSettingsAndHistorySurviveAReopen() throws {
        let path = try Self.scratch()
        defer { StateStoreTests.remove(path) }
        do {
            let s = try StateStore(path: path, recordKey: "/r/a.bib")
            try s.changeMarks(added: ["key:a", "key:b"], removed: [])
            try s.set("sort", "title")
            try s.remember(query: "quant")
            try s.remember(query: "year:2020")
        }
        let again = try StateStore(path: path, recordKey: "/r/a.bib")
        let saved = try again.load()
        #expect(saved.marks == ["key:a", "key:b"])
        #expect(saved.settings == ["sort": "title"])
        #expect(saved.history == ["quant", "year:2020"])
        // Another record has its own state.
        #expect(try StateStore(path: path, recordKey: "/r/other.bib").load() == StateStore.Saved())
    }

    /// What is kept for a record, counted without reading it (the explorer says it is finding
    /// very many again before it does); another record's rows are not counted.
    @Test func theRowsKeptAreCounted() throws {
        let path = try Self.scratch()
        defer { Self.remove(path) }
        let s = try StateStore(path: path, recordKey: "r")
        #expect(try s.savedCount() == 0)
        try s.changeMarks(added: ["key:a", "key:b", "key:c"], removed: [])
        try s.changeTags(added: [("key:a", "x"), ("key:a", "y")], removed: [])
        try s.setNote("read it", paper: "key:b")
        try StateStore(path: path, recordKey: "other").changeMarks(added: ["key:z"], removed: [])
        #expect(try s.savedCount() == 6)
        try s.changeMarks(added: [], removed: ["key:c"])
        #expect(try s.savedCount() == 5)
    }

    @Test func twoWindowsOnOneRecordKeepEachOthersMarks() throws {
        let path = try Self.scratch()
        defer { StateStoreTests.remove(path) }
        let a = try StateStore(path: path, recordKey: "r"), b = try StateStore(path: path, recordKey: "r")
        try a.changeMarks(added: ["key:1"], removed: [])
        try b.changeMarks(added: ["key:2"], removed: [])
        try a.changeMarks(added: [], removed: ["key:1"])
        #expect(try b.load().marks == ["key:2"])
        #expect(try StateStore(path: path, recordKey: "r").load().marks == ["key:2"])
    }

    /// Windows opened at the same moment on a store not yet made: each opens it (the first's
    /// switch to WAL once failed the others at once, and their marks were not kept), and each
    /// one's mark is kept.
    @Test func windowsOpenedAtOnceOnANewStoreEachKeepTheirMarks() throws {
        for _ in 0..<25 {
            let path = try Self.scratch()
            defer { StateStoreTests.remove(path) }
            let failures = Failures()
            DispatchQueue.concurrentPerform(iterations: 6) { k in
                do {
                    try StateStore(path: path, recordKey: "r").changeMarks(added: ["key:\(k)"], removed: [])
                } catch {
                    failures.add("\(error)")
                }
            }
            #expect(failures.all.isEmpty, "\(failures.all)")
            #expect(try StateStore(path: path, recordKey: "r").load().marks == Set((0..<6).map { "key:\($0)" }))
        }
    }

    private final class Failures: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [String] = []
        func add(_ s: String) { lock.lock(); list.append(s); lock.unlock() }
        var all: [String] { lock.lock(); defer { lock.unlock() }; return list }
    }

    @Test func aPaperKeepsItsIdentityWhenItsFileIsEdited() {
        let before = BibTeXReader.read("@article{kim2019, title = {A Title}, year = 2019}", fileName: "a.bib").papers[0]
        let after = BibTeXReader.read("@article{kim2019, title = {A Title, Corrected}, year = 2020, doi = {10.1/x}}", fileName: "a.bib").papers[0]
        #expect(StateStore.identity(of: before) == StateStore.identity(of: after))
        let v1 = Paper(title: "Net", links: ["https://arxiv.org/abs/2301.00001v1"], source: SourceLocation(file: "p", line: 1))
        let v3 = Paper(title: "Net (revised)", links: ["https://arxiv.org/abs/2301.00001v3"], source: SourceLocation(file: "p", line: 9))
        #expect(StateStore.identity(of: v1) == "arxiv:2301.00001" && StateStore.identity(of: v3) == "arxiv:2301.00001")
        let plain = Paper(title: "The Same Title", date: PaperDate(year: 2020, month: 1, day: 1), source: SourceLocation(file: "p", line: 1))
        let moved = Paper(title: "the same title!", date: PaperDate(year: 2020, month: 5, day: 1), source: SourceLocation(file: "p", line: 40))
        #expect(StateStore.identity(of: plain) == StateStore.identity(of: moved))
    }

    @Test func aBrokenStoreIsAnErrorNotACrash() throws {
        let path = try Self.scratch()
        defer { StateStoreTests.remove(path) }
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data("this is not a database, and never was".utf8).write(to: URL(fileURLWithPath: path))
        #expect(throws: StateStore.Failure.self) { _ = try StateStore(path: path, recordKey: "r") }
    }

    @Test func thePromptWalksTheSearchHistory() {
        var s = Seed.state()
        s.press(.char("/")); s.type("quant"); s.press(.enter, .escape)
        s.press(.char("/")); s.type("kernel"); s.press(.enter, .escape)
        #expect(s.history == ["quant", "kernel"])
        s.press(.char("/"), .up)
        guard case .search(let e1) = s.overlay else { Issue.record("no prompt"); return }
        #expect(e1.text == "kernel")
        s.press(.up)
        guard case .search(let e2) = s.overlay else { Issue.record("no prompt"); return }
        #expect(e2.text == "quant" && s.visible.count == 5)
        s.press(.down, .down)
        guard case .search(let e3) = s.overlay else { Issue.record("no prompt"); return }
        #expect(e3.text == "")
    }
}

@Suite("Tags")
struct TagTests {
    @Test func tTagsTheMarkedPapersAndTagFindsThem() {
        var s = Seed.state(120, 30)
        s.press(.char(" "), .char(" "), .char("T"))
        #expect(s.context == .prompt)
        s.type("To Read"); s.press(.enter)
        #expect(s.tags.values.filter { $0.contains("to-read") }.count == 2)
        #expect(s.message?.text == "tagged 2 papers #to-read")
        #expect(render(s).line(s.layout.listTop).contains("#to-read"))
        s.press(.char("/")); s.type("tag:to-read"); s.press(.enter)
        #expect(s.visible.count == 2)
        // The same tag again takes it off, and the filter follows.
        s.press(.char("T")); s.type("to-read"); s.press(.enter)
        #expect(s.tags.isEmpty)
        #expect(s.visible.isEmpty)
    }

    @Test func tagsAreKeptByTheStore() throws {
        let path = try StateStoreTests.scratch()
        defer { StateStoreTests.remove(path) }
        do {
            let s = try StateStore(path: path, recordKey: "r")
            try s.changeTags(added: [("key:a", "reading"), ("key:a", "cv"), ("key:b", "reading")], removed: [])
            try s.changeTags(added: [], removed: [("key:a", "cv")])
        }
        let saved = try StateStore(path: path, recordKey: "r").load()
        #expect(saved.tags == ["key:a": ["reading"], "key:b": ["reading"]])
    }
}

@Suite("Notes")
struct NoteTests {
    @Test func theEditorWritesTheNoteAndHasNoteFindsIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-editor-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let editor = dir.appendingPathComponent("editor").path
        try "#!/bin/sh\nprintf 'Read section 3.\\nCompare with NOAH.\\n' >> \"$1\"\n".write(toFile: editor, atomically: true, encoding: .utf8)
        chmod(editor, 0o755)
        var s = Seed.state(100, 40)
        guard case .editNote(let id, let text) = s.press(.char("E")).first else { Issue.record("no note effect"); return }
        #expect(text == "")
        EffectRunner.editNote(id: id, text: text, state: &s, environment: ["EDITOR": editor])
        #expect(s.notes[id] == "Read section 3.\nCompare with NOAH.")
        #expect(s.message?.text == "note saved")
        s.press(.enter)
        #expect(render(s).text.contains("Compare with NOAH."))
        s.press(.escape, .char("/")); s.type("has:note"); s.press(.enter)
        #expect(s.visible.count == 1)
        // An editor that fails leaves the note as it was.
        EffectRunner.editNote(id: id, text: "x", state: &s, environment: ["EDITOR": "false"])
        #expect(s.notes[id] == "Read section 3.\nCompare with NOAH." && s.message?.isError == true)
    }

    @Test func notesAreKeptByTheStore() throws {
        let path = try StateStoreTests.scratch()
        defer { StateStoreTests.remove(path) }
        do {
            let s = try StateStore(path: path, recordKey: "r")
            try s.setNote("first", paper: "key:a")
            try s.setNote("second", paper: "key:a")
            try s.setNote("gone", paper: "key:b")
            try s.setNote("", paper: "key:b")
        }
        #expect(try StateStore(path: path, recordKey: "r").load().notes == ["key:a": "second"])
    }
}
