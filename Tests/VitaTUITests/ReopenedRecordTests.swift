import Foundation
import Testing
@testable import VitaCore
@testable import VitaTUI

/// The explorer on a record reopened from its snapshot: its first frame reads the index's order and
/// the papers of the rows it draws, not the whole record.
@Suite struct ReopenedRecordTests {
    /// A folder of its own holding a record of `papers` papers by Ann Lee, a third on graphs.
    static func record(papers: Int) throws -> (dir: String, record: String) {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-reopened-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var text = "Ann Lee\n\nCV\n\n\(papers) Papers\n"
        for i in 0..<papers {
            text += "\nCVMar \(1 + i % 28), \(1990 + i % 35)\nPaper \(i) on \(i % 3 == 0 ? "graphs" : "codes")\n\nAnn Lee, B. Author\(i % 50)\n\nAbstract \(i).\n"
        }
        try text.write(toFile: dir + "/record.txt", atomically: true, encoding: .utf8)
        return (dir, dir + "/record.txt")
    }

    @Test func theFirstFrameReadsOnlyTheRowsItShows() throws {
        let (dir, record) = try Self.record(papers: 3000)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0)
        let asOf = PaperDate(year: 2026, month: 11, day: 25)
        let fresh = RecordLoader.load([record], asOf: asOf, cache: cache).library
        let reopened = RecordLoader.load([record], asOf: asOf, cache: cache).library
        let state = AppState(library: reopened, width: 120, height: 40)
        let screen = AppView.render(state, files: [record])
        #expect(reopened.searchIndex.store.isRead == false, "the first frame read every paper")
        // The same frame as the record read anew: newest first, the same rows and colours.
        let same = AppView.render(AppState(library: fresh, width: 120, height: 40), files: [record])
        #expect(screen == same)
        #expect(screen.text.contains("Paper 2999") || screen.text.contains("3,000 papers"))
    }

    /// A record too large to keep its papers: a chart of any number of them is made on another
    /// thread, never while a key waits (each pass reads their chunks again), and the view says
    /// so until it comes.
    @Test func aRecordThatDoesNotKeepItsPapersCountsItsChartsApart() throws {
        let (dir, record) = try Self.record(papers: 600)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let asOf = PaperDate(year: 2026, month: 11, day: 25)
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0, keepPapers: 0)
        _ = RecordLoader.load([record], asOf: asOf, cache: cache)
        let reopened = RecordLoader.load([record], asOf: asOf, cache: cache).library
        #expect(!reopened.keepsItsPapers)
        var state = AppState(library: reopened, width: 120, height: 40)
        state.press(.char("/")); state.type("graphs"); state.press(.enter, .char("2"))
        #expect(state.visible.count == 200 && state.charts.waiting)
        #expect(AppView.render(state, files: [record]).line(3).contains("counting the 200 papers shown…"))
        let shown = state.visible
        state.prime(years: Statistics(library: reopened, indices: shown, coauthors: false),
                    graph: CoauthorGraph(library: reopened, indices: shown), for: state.listKey ?? "")
        #expect(!state.charts.waiting && state.yearStatistics?.papers == 200)
    }
}
