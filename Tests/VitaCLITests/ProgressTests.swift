import Foundation
import Testing
@testable import VitaCLI
import VitaCore
import VitaTestSupport

@Suite("The first open of a large record shows how far it has come")
struct ProgressTests {
    @Test func theBarSaysBytesPapersASecondAndTimeLeft() {
        let reading = ReadProgress.State(stage: .reading, bytes: 203_000_000, totalBytes: 497_000_000, papers: 410_000)
        let line = ProgressBar.line(reading, name: "dblp.xml", elapsed: 10, width: 100)
        #expect(line == "vita: reading dblp.xml ████████████░░░░░░░░░░░░░░░░░░  41% 203/497 MB · 41,000 papers/s · 0:14 left")
        #expect(DisplayWidth.of(line) <= 100)
        // Narrow: the bar shrinks, then goes; the line never runs over.
        for width in [20, 40, 60, 79] {
            #expect(DisplayWidth.of(ProgressBar.line(reading, name: "a-very-long-file-name-indeed.xml", elapsed: 10, width: width)) <= width)
        }
        let starting = ReadProgress.State(stage: .reading, bytes: 0, totalBytes: 497_000_000, papers: 0)
        #expect(ProgressBar.line(starting, name: "d.xml", elapsed: 0.5, width: 100).hasSuffix("0 papers/s · …"))
        let keeping = ReadProgress.State(stage: .keeping, bytes: 497_000_000, totalBytes: 497_000_000, papers: 1_000_000)
        #expect(ProgressBar.line(keeping, name: "dblp.xml", elapsed: 75, width: 100)
                == "vita: indexing dblp.xml and keeping a snapshot of it (1,000,000 papers) · 1:15")
    }

    /// Readers advance the progress as they go, not only when a file is done.
    @Test func readersAdvanceAsTheyGo() throws {
        let url = SearchCLITests.largeRecord()
        defer { try? FileManager.default.removeItem(at: url) }
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
        let url = SearchCLITests.largeRecord()
        let scratch = try Scratch()
        defer { try? FileManager.default.removeItem(at: url) }
        guard let t = try TmuxSession(width: 120, height: 12, arguments: ["stats", url.path, "--as-of", "2026-11-25", "|", "head", "-2"],
                                      environment: "XDG_CACHE_HOME=\(scratch.path("cache"))") else { return }
        var screen = ""
        let started = Date()
        let end = Date().addingTimeInterval(30)
        while Date() < end {
            screen = try t.screen()
            if screen.contains("vita: reading ") || screen.contains("vita: indexing ") || screen.contains("[exited") { break }
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
        #expect(screen.contains("5440 papers") && !screen.contains("vita: reading") && !screen.contains("vita: indexing"), "\(screen)")
    }
}
