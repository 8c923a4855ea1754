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

    /// The first open of a large record in the explorer: the record is shown as soon as it is
    /// read, its snapshot written behind it. The first frame sorts the papers rather than wait for
    /// the search index (which the writing makes), and is the frame the index's order gives.
    @Test func aFirstOpenShowsTheRecordBeforeItsIndexIsMade() throws {
        let (dir, record) = try Self.record(papers: 3000)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let asOf = PaperDate(year: 2026, month: 11, day: 25)
        let read = RecordLoader.load([record], asOf: asOf)
        let screen = AppView.render(AppState(library: read, width: 120, height: 40), files: [record])
        #expect(!read.hasSearchIndex, "the first frame waited for the search index")
        #expect(read.dateOrder == read.searchIndex.dateOrder.map(Int.init))
        let indexed = RecordLoader.load([record], asOf: asOf)
        _ = indexed.searchIndex
        #expect(AppView.render(AppState(library: indexed, width: 120, height: 40), files: [record]) == screen)

        // Through the cache: handed back before the snapshot is kept, which is waited for.
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0)
        var writing: RecordLoader.SnapshotBeingWritten?
        let first = RecordLoader.load([record], asOf: asOf, cache: cache, behind: { writing = $0 })
        #expect(first.notices.isEmpty && first.library.paperCount == 3000)
        let w = try #require(writing, "no snapshot written behind a record that keeps its papers")
        #expect(w.wait() == nil && w.isDone)
        let key = try #require(RecordKey.current([record], owner: nil, asOf: asOf))
        guard case .hit(let reopened) = cache.lookup(key) else { Issue.record("no snapshot kept"); return }
        #expect(AppView.render(AppState(library: reopened, width: 120, height: 40), files: [record]) == screen)
        #expect(!FileManager.default.fileExists(atPath: cache.lockPath(for: key)), "the writer's lock was not let go")
        // A record too large to keep its papers goes on from its snapshot, written first.
        let tight = SnapshotCache(directory: dir + "/tight", minimumSize: 0, keepPapers: 100)
        writing = nil
        _ = RecordLoader.load([record], asOf: asOf, cache: tight, reopen: true, behind: { writing = $0 })
        #expect(writing == nil)
        guard case .hit = tight.lookup(key) else { Issue.record("no snapshot before a record too large to keep goes on"); return }
    }

    /// A snapshot written behind the explorer that cannot be kept (its place taken by a folder)
    /// is said among the explorer's messages when it fails, and the record stays open.
    @Test func aSnapshotWrittenBehindThatFailsIsSaid() throws {
        let (dir, record) = try Self.record(papers: 300)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let asOf = PaperDate(year: 2026, month: 11, day: 25)
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0)
        let key = try #require(RecordKey.current([record], owner: nil, asOf: asOf))
        try FileManager.default.createDirectory(atPath: cache.path(for: key) + "/taken", withIntermediateDirectories: true)
        SessionNotices.collect(restoringWith: {})
        defer { _ = SessionNotices.stopCollecting() }
        var writing: RecordLoader.SnapshotBeingWritten?
        let opened = RecordLoader.load([record], asOf: asOf, cache: cache, behind: { writing = $0 })
        #expect(opened.library.paperCount == 300)
        let failure = try #require(writing).wait()
        #expect(failure?.hasPrefix("vita: no snapshot of \(record) kept: ") == true, "\(failure ?? "")")
        #expect(failure.map(SessionNotices.take().contains) == true, "not said among the messages")
    }

    /// A record of `papers` read, and another thread holding its index's slot (as the snapshot
    /// written behind the first frame does) until the gate it gives back is opened. Opened, the
    /// gate says whether it was opened in time: a key that waited for the index held it shut
    /// until it gave up, 5 s later.
    final class IndexGate: @unchecked Sendable {
        let gate = DispatchSemaphore(value: 0)
        var gaveUp = false
        /// Opens the gate; whether nothing had waited for it until it gave up.
        func open() -> Bool { gate.signal(); return !gaveUp }
    }

    static func indexBeingMade(papers: Int) throws -> (dir: String, record: String, library: Library, gate: IndexGate) {
        let (dir, record) = try Self.record(papers: papers)
        let library = RecordLoader.load([record], asOf: PaperDate(year: 2026, month: 11, day: 25))
        let gate = IndexGate(), holding = DispatchSemaphore(value: 0)
        library.deferIndex { _ in
            holding.signal()
            if gate.gate.wait(timeout: .now() + 5) == .timedOut { gate.gaveUp = true }
            return nil
        }
        DispatchQueue.global().async { _ = library.searchIndex }
        holding.wait()
        return (dir, record, library, gate)
    }

    /// Runs `body` on the explorer's state over a record of 300 papers whose index another thread
    /// is making, with the record's path, the library and the gate that holds the index.
    static func whileTheIndexIsMade(_ body: (inout AppState, String, Library, IndexGate) throws -> Void) throws {
        let (dir, record, library, gate) = try indexBeingMade(papers: 300)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        var state = AppState(library: library, width: 120, height: 40)
        try body(&state, record, library, gate)
    }

    /// Waits (at most 10 s) for the search put off for the index to run.
    static func untilIndexMade(_ state: inout AppState) {
        let end = Date().addingTimeInterval(10)
        while !state.indexMade() && Date() < end { usleep(1_000) }
    }

    /// A search typed while another thread makes the index (the snapshot written behind the
    /// first frame): the keys are taken at once, the search put off and said so, and run when
    /// the index is made.
    @Test func aSearchTypedWhileTheIndexIsMadeWaitsForItWithoutHoldingTheKeys() throws {
        try Self.whileTheIndexIsMade { state, record, _, gate in
            state.press(.char("/"))
            state.type("graphs")
            #expect(state.waitingForIndex && state.filter == nil && state.visible.count == 300)
            #expect(AppView.render(state, files: [record]).text.contains("indexing for search…"))
            let early = state.indexMade()
            #expect(!early)
            #expect(gate.open(), "a key waited for the index")
            Self.untilIndexMade(&state)
            #expect(!state.waitingForIndex && state.filter != nil && state.visible.count == 100, "\(state.visible.count)")
            #expect(!AppView.render(state, files: [record]).text.contains("indexing for search…"))
        }
    }

    /// The same for a search kept with Enter before the index is made (the prompt closed, it
    /// still runs), for a person opened from the person prompt (their papers listed and said
    /// once it runs), and for a search dropped with Esc (the whole record stays).
    @Test func everySearchAskedForWhileTheIndexIsMadeIsPutOffNotWaitedFor() throws {
        try Self.whileTheIndexIsMade { state, record, library, gate in
            state.press(.char("/"))
            state.type("graphs")
            state.press(.enter)
            #expect(state.overlay == nil && state.waitingForIndex && state.visible.count == 300)
            #expect(AppView.render(state, files: [record]).text.contains("indexing for search…"))
            #expect(gate.open(), "a key waited for the index")
            Self.untilIndexMade(&state)
            #expect(!state.waitingForIndex && state.list.filterText == "graphs" && state.visible.count == 100, "\(state.visible.count)")
        }
        try Self.whileTheIndexIsMade { state, record, library, gate in
            state.press(.char("@"))
            state.type("author7")
            #expect(state.personChoices.first?.name == "B. Author7", "\(state.personChoices.map(\.name))")
            state.press(.enter)
            #expect(state.overlay == nil && state.waitingForIndex && state.visible.count == 300)
            // Keys are still taken meanwhile.
            state.press(.char("j"))
            #expect(state.list.selected == 1)
            #expect(gate.open(), "a key waited for the index")
            Self.untilIndexMade(&state)
            #expect(!state.waitingForIndex && state.visible.count == 6, "\(state.visible.count)")
            #expect(state.message?.text == "B. Author7: 6 papers (Esc: the whole record)", "\(state.message?.text ?? "")")
            #expect(AppView.render(state, files: [record]).text.contains("B. Author7: 6 papers"))
        }
        try Self.whileTheIndexIsMade { state, record, library, gate in
            state.press(.char("/"))
            state.type("graphs")
            state.press(.escape)
            #expect(!state.waitingForIndex && state.visible.count == 300)
            #expect(gate.open(), "a key waited for the index")
            _ = library.searchIndex
            #expect(!state.indexMade() && state.filter == nil && state.visible.count == 300)
        }
        // A facet applied, view 3 with a person's papers drawn, the window resized: none waits.
        try Self.whileTheIndexIsMade { state, record, library, gate in
            state.press(.char("f"))
            let codes = try #require(state.facets.items.firstIndex { $0.kind == .coauthor && $0.value == "B. Author1" })
            while state.facets.selected < codes { state.press(.char("j")) }
            state.press(.char(" "))
            #expect(state.waitingForIndex && state.visible.count == 300)
            state.press(.tab, .char("3"))
            _ = AppView.render(state, files: [record])
            state.press(.tab)
            _ = AppView.render(state, files: [record])
            state.resize(width: 80, height: 24)
            _ = AppView.render(state, files: [record])
            #expect(gate.open(), "a key waited for the index")
            Self.untilIndexMade(&state)
            #expect(!state.waitingForIndex && state.list.filterText == "author:\"B. Author1\"" && state.visible.count == 6, "\(state.list.filterText) \(state.visible.count)")
        }
    }

    /// People made by another thread before the snapshot asks to keep them (written behind the
    /// explorer, whose charts thread counts them) are kept all the same.
    @Test func peopleMadeBeforeTheyAreAskedToBeKeptAreKept() throws {
        let (dir, record) = try Self.record(papers: 300)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let library = RecordLoader.load([record], asOf: PaperDate(year: 2026, month: 11, day: 25))
        _ = library.peopleIndex
        final class Kept: @unchecked Sendable { var count = 0 }
        let kept = Kept()
        library.deferPeople(read: nil, keep: { _ in kept.count += 1 })
        #expect(kept.count == 1)
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

    /// What the explorer makes of the whole record after its first frame is given as soon as each
    /// part is made: from papers in memory the years first (view 2 waited for the graph and the
    /// facets too), drawn while view 3 still counts; from a record that does not keep its papers,
    /// the graph first (from the people's numbers). The facets come last either way.
    @Test func theWholeRecordsYearsAreGivenBeforeItsGraphAndFacets() throws {
        let (dir, record) = try Self.record(papers: 600)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let asOf = PaperDate(year: 2026, month: 11, day: 25)
        let kept = RecordLoader.load([record], asOf: asOf)
        let charts = ChartsAhead()
        charts.makeWholeRecord(kept)
        let made = charts.take()
        #expect(made.map { [$0.years != nil, $0.graph != nil, $0.facets != nil] } == [[true, false, false], [true, true, false], [true, true, true]])
        var state = AppState(library: kept, width: 120, height: 40)
        // Each view's chart waits for the thread, as at a million papers.
        state.chartsMadeApartAbove = 0
        state.press(.char("2"))
        #expect(state.charts.waiting)
        state.prime(years: try #require(made.first?.years), graph: nil)
        #expect(!state.charts.waiting && state.yearStatistics?.papers == 600)
        state.press(.char("3"))
        #expect(state.charts.waiting)
        #expect(AppView.render(state, files: [record]).text.contains("counting…"))
        state.prime(years: try #require(made[1].years), graph: made[1].graph)
        #expect(!state.charts.waiting && state.coauthorChart != nil)

        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0, keepPapers: 0)
        _ = RecordLoader.load([record], asOf: asOf, cache: cache)
        let reopened = RecordLoader.load([record], asOf: asOf, cache: cache).library
        #expect(!reopened.keepsItsPapers)
        charts.makeWholeRecord(reopened)
        #expect(charts.take().map { [$0.years != nil, $0.graph != nil, $0.facets != nil] } == [[false, true, false], [true, true, false], [true, true, true]])
    }
}
