import Foundation
import Testing
@testable import VitaCLI
import VitaTUI
import VitaCore
import VitaTestSupport

@Suite("The first open of a large record shows how far it has come")
struct ProgressTests {
    @Test func theBarSaysBytesPapersASecondAndTimeLeft() {
        let reading = ReadProgress.State(stage: .reading, bytes: 203_000_000, totalBytes: 497_000_000, papers: 410_000)
        let line = reading.line(name: "dblp.xml", elapsed: 10, width: 100)
        #expect(line == "vita: reading dblp.xml ████████████░░░░░░░░░░░░░░░░░░  41% 203/497 MB · 41,000 papers/s · 0:14 left")
        #expect(DisplayWidth.of(line) <= 100)
        // Narrow: the bar shrinks, then goes; the line never runs over.
        for width in [20, 40, 60, 79] {
            #expect(DisplayWidth.of(reading.line(name: "a-very-long-file-name-indeed.xml", elapsed: 10, width: width)) <= width)
        }
        // A long path on an 80-column screen (76 for the line): the file's own name, the bar, and
        // the time left whole.
        let tight = reading.line(name: "/home/someone/data/dblp-2026-11/dblp.xml", elapsed: 10, width: 76)
        #expect(tight.hasPrefix("vita: reading dblp.xml █") && tight.hasSuffix("41,000 papers/s · 0:14 left") && DisplayWidth.of(tight) <= 76, "\(tight)")
        let starting = ReadProgress.State(stage: .reading, bytes: 0, totalBytes: 497_000_000, papers: 0)
        #expect(starting.line(name: "d.xml", elapsed: 0.5, width: 100).hasSuffix("0 papers/s · …"))
        let keeping = ReadProgress.State(stage: .keeping, bytes: 497_000_000, totalBytes: 497_000_000, papers: 1_000_000)
        #expect(keeping.line(name: "dblp.xml", elapsed: 75, width: 100)
                == "vita: indexing dblp.xml and keeping a snapshot of it (1,000,000 papers) · 1:15")
    }

    /// Readers advance the progress as they go, not only when a file is done.
    @Test func readersAdvanceAsTheyGo() throws {
        let scratch = try Scratch()
        let url = SearchCLITests.largeRecord(at: scratch.url.appendingPathComponent("large.txt"))
        let size = try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int ?? 0
        let progress = ReadProgress(totalBytes: size)
        let contents = RecordLoader.read(url.path, asOf: PaperDate(year: 2026, month: 11, day: 25), progress: progress)
        let seen = progress.current
        #expect(seen.bytes > size / 2 && seen.bytes <= size && seen.papers > 0 && seen.papers <= contents.papers.count)
        // A DBLP dump says it record by record.
        var xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp>\n"
        for i in 0..<2_000 {
            xml += "<article key=\"journals/x/\(i)\" mdate=\"2020-01-01\"><author>Ann Lee</author><title>Paper \(i).</title><year>2020</year><journal>J</journal></article>\n"
        }
        xml += "</dblp>\n"
        let xmlProgress = ReadProgress(totalBytes: xml.utf8.count)
        let read = RecordFormats.dblp.read(Array(xml.utf8), ReadContext(fileName: "d.xml", asOf: TestSeed.asOf, progress: xmlProgress))
        #expect(read.papers.count == 2_000 && xmlProgress.current.papers >= 1_792 && xmlProgress.current.bytes > xml.utf8.count * 3 / 4)
    }

    /// On a terminal: the bar, then the line erased and the answer.
    @Test func onATerminalTheBarShowsAndGoes() throws {
        let scratch = try Scratch()
        let url = SearchCLITests.largeRecord(at: scratch.url.appendingPathComponent("large.txt"))
        guard let t = try TmuxSession(width: 120, height: 12, arguments: ["stats", url.path, "--as-of", "2026-11-25", "|", "head", "-2"],
                                      // The bar at once: it would show only for the last
                                      // part of a second-long open, between two looks.
                                      environment: "XDG_CACHE_HOME=\(scratch.path("cache")) VITA_PROGRESS_AFTER=0") else { return }
        var screen = ""
        let started = Date()
        let end = Date().addingTimeInterval(30)
        while Date() < end {
            screen = try t.screen()
            // A line is taken once it is whole (tmux may show one half drawn).
            if screen.contains("vita: reading ") && screen.contains("papers/s · ") || screen.contains("vita: indexing ") && screen.contains("papers)")
                || screen.contains("[exited") { break }
            usleep(20_000)
        }
        if screen.contains("[exited"), Date().timeIntervalSince(started) < 1 {
            // Done before a bar is drawn (half a second): nothing to see on so fast a machine.
            return
        }
        if screen.contains("vita: reading ") {
            #expect(screen.contains("MB · ") && screen.contains("papers/s · "), "\(screen)")
        } else {
            #expect(screen.contains("vita: indexing \(url.path) and keeping a snapshot of it (5,440 papers)"), "\(screen)")
        }
        screen = try t.wait(for: "[exited 0]")
        #expect(screen.contains("5,440 papers") && !screen.contains("vita: reading") && !screen.contains("vita: indexing"), "\(screen)")
    }
}

@Suite("The explorer's first screen while a large record opens", .serialized)
struct ProgressScreenTests {
    @Test func theScreenSaysWhatTheLineSays() {
        let reading = ReadProgress.State(stage: .reading, bytes: 203_000_000, totalBytes: 497_000_000, papers: 410_000)
        // 100 cells for the line, as the bar on standard error would have at 100 columns.
        let screen = ProgressScreen.render(reading, name: "dblp.xml", elapsed: 10, width: 104, height: 24)
        #expect(screen.text.contains("Opening dblp.xml for the first time"))
        #expect(screen.text.contains(reading.line(name: "dblp.xml", elapsed: 10, width: 100).replacingOccurrences(of: "vita: ", with: "")))
        #expect(screen.text.contains("q, Esc or Ctrl-C stop"))
        let narrow = ProgressScreen.render(reading, name: "a-very-long-name-of-a-record.xml", elapsed: 10, width: 40, height: 10)
        #expect(narrow.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
        // Keys typed meanwhile are shown as kept, the last ones when they are many.
        #expect(!screen.text.contains("Typed"))
        let typed = ProgressScreen.render(reading, name: "dblp.xml", elapsed: 10, width: 104, height: 24, typed: "/network‹Enter›")
        #expect(typed.text.contains("Typed, taken when it opens: /network‹Enter›"), "\(typed.text)")
        let long = ProgressScreen.render(reading, name: "dblp.xml", elapsed: 10, width: 40, height: 12, typed: "/" + String(repeating: "a", count: 60) + "xyz")
        #expect(long.text.contains("…") && long.text.contains("axyz"), "\(long.text)")
        #expect(long.text.split(separator: "\n").allSatisfy { DisplayWidth.of(String($0)) <= 40 })
        // A snapshot not used (another build's, damaged): the record is opened again, and why.
        var again = reading
        again.remade = "it was made by another build of Vita"
        let remade = ProgressScreen.render(again, name: "dblp.xml", elapsed: 10, width: 104, height: 24)
        #expect(remade.text.contains("Opening dblp.xml again\n") && remade.text.contains("Its snapshot is made again: it was made by another build of Vita"),
                "\(remade.text)")
        #expect(!remade.text.contains("for the first time"))
        // Another vita writing the snapshot: this one says it waits for it, the time so far, and
        // how to stop; the title bold in the title's colour.
        let waiting = ReadProgress.State(stage: .waiting, bytes: 0, totalBytes: 497_000_000, papers: 0)
        let wait = ProgressScreen.render(waiting, name: "dblp.xml", elapsed: 63, width: 104, height: 24)
        #expect(wait.text.contains("Opening dblp.xml\n") && !wait.text.contains("for the first time"), "\(wait.text)")
        #expect(wait.text.contains("another vita is writing the snapshot of dblp.xml; waiting for it · 1:03") && !wait.text.contains("vita: another"))
        #expect(wait.text.contains("q, Esc or Ctrl-C stop"))
        // At 80 columns a long name is cut, not the time.
        let cut = ProgressScreen.render(waiting, name: "/home/someone/records/dblp-2026-11-01.xml", elapsed: 5, width: 80, height: 24)
        #expect(cut.text.contains("another vita is writing the snapshot of /home/…; waiting for it · 0:05"), "\(cut.text)")
        let titleRow = (0..<24).first { wait.line($0).contains("Opening dblp.xml") }!
        let titleColumn = (0..<104).first { wait[$0, titleRow].text == "O" }!
        #expect(wait[titleColumn, titleRow].style == Style(.title, bold: true))
    }

    /// Keys typed while the record opens are kept in order; q and Esc stop the opening, except
    /// inside a search or person prompt typed ahead (q a letter of the query, Esc closing it).
    @Test func keysTypedAheadAreKeptAndOnlyTheStopKeysStop() {
        var ahead = TypeAhead()
        #expect(ahead.stops(.char("q")) && ahead.stops(.escape) && ahead.stops(.ctrl("c")))
        for key: Key in [.char("j"), .char("/"), .char("q"), .char("u")] {
            #expect(!ahead.stops(key), "\(key)")
            ahead.add(key)
        }
        #expect(ahead.inPrompt)
        #expect(!ahead.stops(.char("q")) && !ahead.stops(.escape) && ahead.stops(.ctrl("c")))
        ahead.add(.escape)
        #expect(!ahead.inPrompt && ahead.stops(.char("q")))
        ahead.add(.char(" "))
        ahead.add(.char("@"))
        ahead.add(.char(" "))
        ahead.add(.resize)
        ahead.add(.mouse(x: 1, y: 2, kind: .click))
        ahead.add(.enter)
        #expect(!ahead.inPrompt)
        #expect(ahead.keys == [.char("j"), .char("/"), .char("q"), .char("u"), .escape, .char(" "), .char("@"), .char(" "), .enter])
        // A space is a space inside a prompt, and the key that marks a paper outside one.
        #expect(ahead.shown == "j/qu‹Esc›‹Space›@ ‹Enter›")
    }

    /// The explorer on a large record never read: its progress, then the list; q while it reads
    /// stops the program with the terminal given back and no snapshot, whole or half.
    @Test func theExplorerShowsItAndQStopsIt() throws {
        let scratch = try Scratch()
        let url = SearchCLITests.largeRecord(at: scratch.url.appendingPathComponent("large.txt"))
        let cache = scratch.path("cache")
        guard let t = try TmuxSession(width: 120, height: 30, arguments: ["--as-of", "2026-11-25", url.path],
                                      environment: "XDG_CACHE_HOME=\(cache)") else { return }
        var screen = try t.wait(for: "for the first time")
        #expect(screen.contains("Opening \(url.path)"), "\(screen)")
        screen = try t.wait(for: "1/5,440")
        try t.keys("q")
        try t.wait(for: "[exited 0]")
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: cache + "/vita")) ?? []
        #expect(kept.contains { $0.hasSuffix(".snapshot") }, "\(kept)")

        // The record's snapshot damaged (`count` bytes at `offset`), then the explorer opened on it.
        func damagedAndOpened(at offset: UInt64, count: Int = 16) throws -> TmuxSession? {
            let name = ((try? FileManager.default.contentsOfDirectory(atPath: cache + "/vita")) ?? []).first { $0.hasSuffix(".snapshot") }
            guard let name, let handle = FileHandle(forWritingAtPath: cache + "/vita/" + name) else {
                Issue.record("no snapshot in \(cache)")
                return nil
            }
            handle.seek(toFileOffset: offset)
            handle.write(Data(repeating: 0x5A, count: count))
            handle.closeFile()
            return try TmuxSession(width: 120, height: 30, arguments: ["--as-of", "2026-11-25", url.path], environment: "XDG_CACHE_HOME=\(cache)")
        }
        // Its layout number (offset 8) one no Vita writes: made again, and the explorer says so in
        // its messages (a line on standard error would lie under its screen, unread until it quits).
        if let again = try damagedAndOpened(at: 8, count: 4) {
            screen = try again.wait(for: "1/5,440")
            // The record's two problems, and the line about its snapshot.
            #expect(screen.contains("! 3 messages"), "\(screen)")
            try again.keys("!")
            screen = try again.wait(for: "Messages (3)")
            #expect(screen.contains("• the snapshot of ") && screen.contains("was not used (it has layout") && screen.contains("and writing it again"),
                    "\(screen)")
            try again.keys("Escape", "q")
            screen = try again.wait(for: "[exited 0]")
            #expect(!screen.contains("vita: the snapshot of"), "said in the explorer, not again on standard error: \(screen)")
        }
        // Its papers damaged (found once they are read, the session begun): said among the messages too.
        if let damaged = try damagedAndOpened(at: 200_000) {
            screen = try damaged.wait(for: "was damaged")
            #expect(screen.contains("the snapshot of \(url.path) was damaged") && !screen.contains("vita: the snapshot"), "\(screen)")
            try damaged.keys("q")
            screen = try damaged.wait(for: "[exited 0]")
        }

        // A search typed while it opens (a q in the query does not stop it) is made once it is open.
        try FileManager.default.removeItem(atPath: cache)
        guard let ahead = try TmuxSession(width: 120, height: 30, arguments: ["--as-of", "2026-11-25", url.path],
                                          environment: "XDG_CACHE_HOME=\(cache)") else { return }
        _ = try ahead.wait(for: "for the first time")
        try ahead.type("/quantization")
        try ahead.keys("Enter")
        screen = try ahead.wait(for: "match \"quantization\"")
        #expect(screen.contains("of 5,440 match"), "\(screen)")
        try ahead.keys("q")
        try ahead.wait(for: "[exited 0]")

        // Stopped on its progress screen: nothing kept.
        try FileManager.default.removeItem(atPath: cache)
        guard let stopped = try TmuxSession(width: 120, height: 30, arguments: ["--as-of", "2026-11-25", url.path],
                                            environment: "XDG_CACHE_HOME=\(cache)") else { return }
        _ = try stopped.wait(for: "for the first time")
        try stopped.keys("q")
        screen = try stopped.wait(for: "[exited 130]")
        #expect(screen.contains("vita: stopped before \(url.path) was open; no snapshot of it was kept"), "\(screen)")
        let left = (try? FileManager.default.subpathsOfDirectory(atPath: cache)) ?? []
        #expect(!left.contains { $0.hasSuffix(".snapshot") || ($0 as NSString).lastPathComponent.hasPrefix(".vita-") }, "\(left)")
    }
}
