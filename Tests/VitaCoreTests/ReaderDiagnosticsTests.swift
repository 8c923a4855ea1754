import Foundation
import Testing
@testable import VitaCore

@Suite("Profile reader on broken and unusual input")
struct ReaderDiagnosticsTests {
    func messages(_ r: RecordContents) -> [String] { r.diagnostics.map(\.description) }

    @Test func tinyProfileReadsCleanly() throws {
        let r = Fixtures.read(Fixtures.tiny)
        #expect(r.diagnostics == [])
        #expect(r.papers.count == 2)
        let p = try #require(r.profile)
        #expect(p.citationCount == 1234 && p.hIndex == 3 && p.paperCount == 2 && p.listedPaperCount == 2)
        #expect(r.papers[0].owner == .listed(position: 0))
        #expect(r.papers[1].owner == .listed(position: 1))
        #expect(r.papers[0].affiliation == "mit")
        #expect(r.papers[0].codeLink == "https://github.com/jd/things")
    }

    @Test func crlfAndNoTrailingNewlineReadTheSame() {
        let lf = Fixtures.read(Fixtures.tiny)
        let crlf = Fixtures.read(Fixtures.tiny.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\r\n") + "\r\n")
        #expect(crlf.diagnostics == [])
        #expect(crlf.papers.map(\.title) == lf.papers.map(\.title))
        #expect(crlf.papers.map(\.abstract) == lf.papers.map(\.abstract))
        #expect(crlf.papers.map(\.authors) == lf.papers.map(\.authors))
    }

    @Test func extraAndMissingBlankLines() {
        let squeezed = Fixtures.tiny.split(separator: "\n").joined(separator: "\n")
        let spread = Fixtures.tiny.replacingOccurrences(of: "\n\n", with: "\n\n\n\n")
        for text in [squeezed, spread] {
            let r = Fixtures.read(text)
            #expect(r.diagnostics == [])
            #expect(r.papers.map(\.title) == ["First Paper: On Things", "Second Paper"])
            #expect(r.papers.map(\.abstract) == ["We study things. Code at https://github.com/jd/things.", "More things."])
        }
    }

    @Test func emptyFile() {
        let r = Fixtures.read("")
        #expect(r.papers.isEmpty)
        #expect(messages(r) == ["t.txt:1:1: warning: file is empty; expected a profile header or a paper block"])
    }

    @Test func unknownMonthKeepsThePaper() {
        let r = Fixtures.read(Fixtures.tiny.replacingOccurrences(of: "CVJan 5, 2020Code", with: "CVJub 5, 2020Code"))
        #expect(r.papers.count == 2)
        #expect(r.papers[0].date == nil)
        #expect(r.papers[0].title == "First Paper: On Things")
        #expect(messages(r) == ["t.txt:12:3: warning: unknown month 'Jub'; expected Jan, Feb, … Dec (date left empty)"])
    }

    @Test func impossibleDay() {
        let r = Fixtures.read(Fixtures.tiny.replacingOccurrences(of: "CVJan 5, 2020Code", with: "CVFeb 30, 2020Code"))
        #expect(r.papers.count == 2)
        #expect(r.papers[0].date == nil)
        #expect(messages(r).first?.contains("Feb has no day 30") == true)
    }

    @Test func truncatedFileKeepsWhatItHas() {
        let cut = String(Fixtures.tiny[..<Fixtures.tiny.range(of: "AIFeb")!.lowerBound]) + "AIFeb 6, 2021\nSecond Paper\n"
        let r = Fixtures.read(cut)
        #expect(r.papers.map(\.title) == ["First Paper: On Things", "Second Paper"])
        #expect(messages(r).contains { $0.contains("ends before its author line") })
    }

    @Test func headerCountIsChecked() {
        let r = Fixtures.read(Fixtures.tiny.replacingOccurrences(of: "2 Papers", with: "3 Papers"))
        #expect(messages(r) == ["t.txt:1:1: warning: the header lists 3 papers but 2 paper blocks were found"])
    }

    @Test func invalidUTF8IsReportedAndTheRestLoads() {
        var bytes = Array(Fixtures.tiny.utf8)
        let at = bytes.firstIndex(of: UInt8(ascii: "O"))!   // inside `On Things`, line 13
        bytes.insert(0xFF, at: at)
        let r = ProfileReader.read(bytes, fileName: "t.txt", asOf: Fixtures.asOf)
        #expect(r.papers.count == 2)
        #expect(r.papers[0].title == "First Paper: \u{FFFD}On Things")
        #expect(messages(r) == ["t.txt:13:14: warning: invalid UTF-8; the bad bytes are shown as \u{FFFD} (expected UTF-8 text)"])
    }

    @Test func strayTextIsReportedNotDropped() {
        let text = Fixtures.tiny.replacingOccurrences(of: "2 Papers\n", with: "2 Papers\n\nstray words\nmore stray\n")
        let r = Fixtures.read(text)
        #expect(r.papers.count == 2)
        #expect(messages(r) == ["t.txt:12:1: warning: expected a meta line like 'CVAug 15, 2023Code' (category, date, optional score and Code); lines 12–13 not read as a paper: 'stray words'"])
    }

    @Test func unknownHeaderLineIsKept() {
        let r = Fixtures.read(Fixtures.tiny.replacingOccurrences(of: "AI Score40", with: "AI Score40\nFollowers 12k"))
        #expect(r.profile?.otherLines == ["Followers 12k"])
        #expect(messages(r).first?.hasPrefix("t.txt:9:1: warning: unrecognised header line 'Followers 12k'") == true)
    }

    @Test func metaWithoutTitle() {
        let r = Fixtures.read(Fixtures.tiny + "\n\nCVMar 1, 2022\n")
        #expect(r.papers.count == 2)
        #expect(messages(r).contains { $0.contains("meta line but no title") })
    }

    @Test func hugeSingleLine() {
        let line = String(repeating: "x", count: 300_000)
        let r = Fixtures.read(line)
        #expect(r.papers.isEmpty)
        #expect(r.profile == nil)
        #expect(messages(r).contains { $0.contains("line is 300000 bytes long") })
        #expect(messages(r).contains { $0.contains("expected a meta line") })
    }

    @Test func noHeaderAtAll() {
        let r = Fixtures.read("CVJan 5, 2020\nT\nA, B\nabs")
        #expect(r.profile == nil)
        #expect(r.papers.first?.owner == Paper.Owner.none)
        #expect(r.diagnostics == [])
    }

    @Test func multiParagraphAbstract() {
        let r = Fixtures.read("CVJan 5, 2020\nT\nA\nPara one.\nline two\n\nPara two.")
        #expect(r.papers.first?.abstract == "Para one.\nline two\n\nPara two.")
    }

    @Test(arguments: 0..<300)
    func randomBytesNeverCrash(_ seed: Int) {
        var rng = SplitMix(seed: UInt64(seed))
        let alphabet = Array("CVAIJanFebMar 0123456789,.·\n\n\r\tCode et al.ÿ論".utf8) + [0xFF, 0xC3, 0x00, 0x1B]
        let count = Int(rng.next() % 400)
        var bytes: [UInt8] = (0..<count).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
        if seed % 3 == 0 { bytes = Array(Fixtures.tiny.utf8).shuffledPrefix(&rng) + bytes }
        let r = ProfileReader.read(bytes, fileName: "r.txt", asOf: Fixtures.asOf)
        let lib = Library(records: [("r.txt", r)])
        #expect(Set(lib.papers.map(\.id)).count == lib.papers.count)
        for d in r.diagnostics { #expect(d.location.line >= 1) }
    }
}

@Suite("Year inference")
struct YearInferenceTests {
    @Test(arguments: [
        // (month, day, as-of, expected year)
        (4, 14, PaperDate(year: 2026, month: 11, day: 25), 2026),
        (12, 31, PaperDate(year: 2027, month: 1, day: 1), 2026),
        (1, 1, PaperDate(year: 2027, month: 1, day: 1), 2027),
        (1, 2, PaperDate(year: 2027, month: 1, day: 1), 2026),
        (11, 25, PaperDate(year: 2026, month: 11, day: 25), 2026),
        (11, 26, PaperDate(year: 2026, month: 11, day: 25), 2025),
        (2, 29, PaperDate(year: 2026, month: 11, day: 25), 2024),
        (2, 29, PaperDate(year: 2024, month: 2, day: 28), 2020),
    ])
    func infer(_ month: Int, _ day: Int, _ asOf: PaperDate, _ expected: Int) {
        #expect(PaperDate.inferYear(month: month, day: day, asOf: asOf) == expected)
    }

    @Test func readerUsesTheReferenceDate() {
        let r = Fixtures.read("CVDec 31\nT\nA\nabs", asOf: PaperDate(year: 2027, month: 1, day: 1))
        #expect(r.papers.first?.date == PaperDate(year: 2026, month: 12, day: 31, yearInferred: true))
        #expect(r.papers.first?.date?.description == "2026?-12-31")
    }

    @Test func isoParsing() {
        #expect(PaperDate(iso: "2024-02-29") == PaperDate(year: 2024, month: 2, day: 29))
        #expect(PaperDate(iso: "2023-02-29") == nil)
        #expect(PaperDate(iso: "2023-13-01") == nil)
        #expect(PaperDate(iso: "yesterday") == nil)
    }
}

/// The tests' seeded generator; the seed is offset so the sequences match the ones first used.
struct SplitMix: RandomNumberGenerator {
    var base: SeededRandom
    init(seed: UInt64) { base = SeededRandom(seed: seed &+ 0x9E3779B97F4A7C15) }
    mutating func next() -> UInt64 { base.next() }
}

extension Array {
    func shuffledPrefix(_ rng: inout SplitMix) -> [Element] {
        Array(prefix(Int(rng.next() % UInt64(Swift.max(count, 1)))))
    }
}
