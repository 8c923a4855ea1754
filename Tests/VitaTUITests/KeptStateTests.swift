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
        #expect(kept.save(state) != nil, "the store is held: the save fails and says so")
        #expect(sqlite3_exec(other, "COMMIT", nil, nil, nil) == SQLITE_OK)
        // Nothing else changed; the next save writes the mark.
        #expect(kept.save(state) == nil)
        var reopened = Seed.state()
        KeptState(library: Seed.library, themeGiven: false, path: path).restore(into: &reopened)
        #expect(reopened.marks == state.marks)
    }
}
