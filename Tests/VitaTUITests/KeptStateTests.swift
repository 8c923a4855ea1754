import CSQLite
import Foundation
import Testing
import VitaCore
import VitaStore
@testable import VitaTUI

/// The explorer's marks kept in the state store across windows and failures.
@Suite struct KeptStateTests {
    /// A save that fails (another window holds the store past its wait) is not forgotten: what
    /// it would have written is written with the next save, so no mark is lost.
    @Test func aFailedSaveIsWrittenWithTheNext() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-kept-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/state.sqlite"
        let kept = KeptState(library: Seed.library, themeGiven: false, path: path)
        #expect(kept.failure == nil)
        var state = Seed.state()
        kept.restore(into: &state)
        // Another connection holds the store: the save of a mark fails after the store's wait.
        var other: OpaquePointer?
        #expect(sqlite3_open(path, &other) == SQLITE_OK)
        defer { sqlite3_close(other) }
        #expect(sqlite3_exec(other, "BEGIN EXCLUSIVE", nil, nil, nil) == SQLITE_OK)
        state.press(.char(" "))
        #expect(state.marks.count == 1)
        kept.save(state)
        #expect(kept.flush() != nil, "the store is held: the save fails and says so")
        #expect(sqlite3_exec(other, "COMMIT", nil, nil, nil) == SQLITE_OK)
        // Nothing else changed; the next save writes the mark.
        kept.save(state)
        #expect(kept.flush() == nil)
        var reopened = Seed.state()
        KeptState(library: Seed.library, themeGiven: false, path: path).restore(into: &reopened)
        #expect(reopened.marks == state.marks)
    }

    /// Very many kept marks, tags and notes are found on another thread while the keys answer:
    /// the settings are in place at once, what reads or changes marks waits (saying so), nothing
    /// is saved meanwhile (what the explorer holds lacks them: a save then would clear them), and
    /// once they are in place what changed meanwhile is kept beside them; quitting before they
    /// are found loses nothing.
    @Test func manyKeptMarksAreFoundApartAndNoneIsLost() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-kept-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/state.sqlite"
        let library = Seed.library
        let kept = KeptState(library: library, themeGiven: false, path: path)
        var state = Seed.state()
        kept.restore(into: &state)
        state.press(.char("a"))
        state.press(.char("j"), .char("j"), .char("T"))
        state.type("read")
        state.press(.enter)
        state.noteEdited(id: state.selectedPaper!.id, text: "a note")
        let (marks, tags, notes) = (state.marks, state.tags, state.notes)
        #expect(marks.count == library.paperCount && !tags.isEmpty && notes.count == 1)
        kept.save(state)
        #expect(kept.flush() == nil)

        // Reopened, found apart (past 10 rows here).
        var again = Seed.state()
        let apart = KeptState(library: library, themeGiven: false, path: path, apartFrom: 10)
        apart.restore(into: &again)
        #expect(again.keptBeingFound == marks.count + tags.count + notes.count && apart.isFinding)
        // Keys answer meanwhile; what would read or change the marks says to wait.
        again.press(.char(" "))
        #expect(again.message?.text.hasPrefix("still finding the ") == true && again.marks.isEmpty)
        again.press(.char("e"))
        #expect(again.overlay == nil, "no export of papers picked without their marks")
        again.press(.char("s"))
        let sort = again.persisted.sort
        again.press(.char("/"))
        again.type("tag:read")
        again.press(.enter)
        apart.save(again)   // as the loop does after each key: nothing may be written yet
        #expect(apart.flush() == nil)
        let store = try StateStore(path: path, recordKey: StateStore.recordKey(files: library.files))
        #expect(try store.loadPapers().marks.count == marks.count, "the store keeps every mark while they are found")
        #expect(apart.takeFound(into: &again, wait: true))
        #expect(again.keptBeingFound == nil && !apart.isFinding)
        #expect(again.marks == marks && again.tags == tags && again.notes == notes)
        #expect(again.list.visible.count == tags.count, "the search shown is run again with the tags found")
        #expect(apart.flush() == nil)
        var third = Seed.state()
        KeptState(library: library, themeGiven: false, path: path).restore(into: &third)
        #expect(third.marks == marks && third.tags == tags && third.notes == notes, "nothing lost")
        #expect(third.persisted.sort == sort, "what changed meanwhile kept too")

        // Left before they are found: what changed meanwhile is written without waiting for
        // them, and nothing is lost.
        var fourth = Seed.state()
        let early = KeptState(library: library, themeGiven: false, path: path, apartFrom: 10)
        early.restore(into: &fourth)
        fourth.press(.char("s"))
        early.save(fourth)
        #expect(early.finishWhileFinding(fourth) == nil)
        early.flush()   // the finding ends before the store's folder goes
        var fifth = Seed.state()
        KeptState(library: library, themeGiven: false, path: path).restore(into: &fifth)
        #expect(fifth.marks == marks && fifth.tags == tags && fifth.notes == notes)
        #expect(fifth.persisted.sort == fourth.persisted.sort && fifth.persisted.sort != sort)
    }

    /// Every paper marked at once, and the marks cleared, are kept as one mark at a time is:
    /// more than `KeptState.onePassFrom` papers take the one pass over the record.
    @Test func manyMarksAtOnceAreKeptAndCleared() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-kept-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/state.sqlite"
        let n = KeptState.onePassFrom * 2 + 17
        let papers = (0..<n).map { i in
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "many.json", line: i + 1))
            p.date = PaperDate(year: 1990 + i % 30, month: 1, day: 1, precision: .year)
            // Some known by their DOI, the others by their title and year.
            if i % 3 != 0 { p.links = ["https://doi.org/10.1000/many.\(i)"] }
            return p
        }
        let library = Library(records: [("many.json", RecordContents(papers: papers))])
        func reopenedState() -> AppState {
            var s = Seed.state(library: library)
            let again = KeptState(library: library, themeGiven: false, path: path)
            again.restore(into: &s)
            return s
        }
        func reopened() -> Set<String> { reopenedState().marks }
        let kept = KeptState(library: library, themeGiven: false, path: path)
        var state = Seed.state(library: library)
        kept.restore(into: &state)
        state.press(.char("a"))
        #expect(state.marks.count == n)
        kept.save(state)
        #expect(kept.flush() == nil)
        #expect(reopened() == state.marks, "every mark kept")
        // A tag put on every marked paper at once, kept too.
        state.press(.char("T"))
        state.type("big")
        state.press(.enter)
        #expect(state.tags.count == n)
        kept.save(state)
        #expect(kept.flush() == nil)
        #expect(reopenedState().tags == state.tags, "every tag kept")
        // One taken off, then all cleared.
        state.press(.char(" "))
        #expect(state.marks.count == n - 1)
        kept.save(state)
        #expect(kept.flush() == nil)
        #expect(reopened() == state.marks)
        state.press(.char("A"))
        kept.save(state)
        #expect(kept.flush() == nil)
        #expect(reopened().isEmpty, "every mark cleared")
    }

    /// A large export is written on a thread of its own: the same file and report as the
    /// explorer's own export, handed back once, and waited for at the session's end.
    @Test func anExportWrittenApartGivesTheSameFileAndReport() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-apart-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let library = Seed.library
        let ids = Array(library.papers.map(\.id).reversed())
        let apart = ExportsApart()
        apart.start(ids, to: dir + "/apart.bib", mode: .create, library: library)
        apart.wait()
        #expect(!apart.isWriting)
        let reports = apart.take()
        #expect(reports.count == 1 && apart.take().isEmpty, "handed back once")
        let report = try #require(try reports.first?.get())
        var state = Seed.state()
        EffectRunner.perform(.export(ids: ids, path: dir + "/here.bib", mode: .create), state: &state)
        #expect(report.written.count == library.paperCount && state.message?.text.hasPrefix("exported \(library.paperCount) entries") == true)
        let apartText = try String(contentsOfFile: dir + "/apart.bib", encoding: .utf8)
        #expect(apartText == (try String(contentsOfFile: dir + "/here.bib", encoding: .utf8)))
        // In the order asked: the last paper of the record first.
        let last = try #require(library.papers.last?.year)
        #expect(apartText.prefix(while: { $0 != "}" }).contains(String(last)) || apartText.split(separator: "\n@").first?.contains("\(last)") == true)
    }
}
