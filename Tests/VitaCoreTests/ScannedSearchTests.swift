import Foundation
import Testing
@testable import VitaCore

@Suite("Scanned search agrees with a full read and search")
struct ScannedSearchTests {
    static let words = ["deep", "Deeper", "net", "NETWORK", "quant", "quantization", "Müller", "muller", "li", "chao",
                        "graph", "grid", "conv", "convolution", "x1", "ÜBER", "café", "ﬁne", "naïve", "北京"]

    /// A profile text with the shapes a real one has and the faults a broken one has: blocks
    /// with and without a year, an unknown month, no title, no abstract, stray lines, CRLF ends,
    /// names with accents, `et al.` and affiliations, abstracts over several lines.
    static func record(_ rng: inout SplitMix) -> String {
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        func phrase(_ count: Int) -> String { (0..<count).map { _ in words[pick(words.count)] }.joined(separator: " ") }
        let blocks = 1 + pick(120)
        var lines: [String] = []
        if pick(4) != 0 {
            lines += ["Chao Li", "", "CV", "h-index\(pick(40))", "\(pick(3) == 0 ? blocks + 1 : blocks) Papers"]
        }
        for _ in 0..<blocks {
            lines.append("")
            let month = pick(15) == 0 ? "Xyz" : ["Jan", "Feb", "Mar", "Sep"][pick(4)]
            let day = pick(20) == 0 ? 31 : 1 + pick(28)
            let score = pick(4) == 0 ? "\(pick(100)).\(pick(10))" : ""
            let year = pick(5) == 0 ? "" : ", \(2015 + pick(11))"
            lines.append("\(score)\(["CV", "AI", "LG"][pick(3)])\(month) \(day)\(year)\(pick(2) == 0 ? "Code" : "")")
            if pick(25) == 0 { continue }                               // no title at all
            if pick(3) == 0 { lines.append("") }
            lines.append(phrase(1 + pick(6)).capitalized)
            if pick(20) == 0 { continue }                               // ends after its title
            lines.append("")
            var authors = (0..<(1 + pick(3))).map { _ in phrase(2).capitalized }
            if pick(3) == 0 { authors.insert("Chao Li", at: pick(authors.count + 1)) }
            lines.append(authors.joined(separator: ", ") + (pick(3) == 0 ? " et al." : "") + (pick(4) == 0 ? " · " + phrase(1) : ""))
            if pick(15) == 0 { continue }                               // no abstract
            lines.append("")
            for k in 0..<(1 + pick(3)) {
                lines.append(phrase(pick(25)) + (k == 0 && pick(3) == 0 ? " https://github.com/\(phrase(1))/r" : ""))
            }
            if pick(20) == 0 { lines += ["", "stray line \(phrase(2))"] }
        }
        let end = pick(4) == 0 ? "\r\n" : "\n"
        return lines.joined(separator: end) + (pick(2) == 0 ? end : "")
    }

    static let atoms = ["deep", "qu", "q", "\"deep net\"", "\"chao li\"", "author:li", "title:conv", "abstract:\"graph grid\"",
                        "cat:cv", "year:2018", "year:2016..2020", "has:code", "has:link", "aff:grid", "muller", "MÜLL",
                        "cafe", "fine", "naive", "uber", "x1", "link:github", "zzz", "net", "北京", "-deep", "-q"]

    @Test(arguments: 0..<80)
    func randomRecordsAndQueries(_ seed: Int) {
        var rng = SplitMix(seed: UInt64(seed) &* 104_729)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let text = Self.record(&rng)
        let bytes = Array(text.utf8)
        let full = ProfileReader.read(bytes, fileName: "r.txt", asOf: Fixtures.asOf)
        let library = Library(records: [("r.txt", full)])
        var session = SearchSession(index: SearchIndex(library: library))
        for _ in 0..<12 {
            var words: [String] = []
            for _ in 0..<(1 + pick(3)) { words.append(Self.atoms[pick(Self.atoms.count)]) }
            var query = words.joined(separator: pick(3) == 0 ? " OR " : " ")
            if pick(5) == 0 { query = "(\(query)) " + Self.atoms[pick(Self.atoms.count)] }
            // A field's group: its words that field's alone.
            if pick(4) == 0 { query = ["title", "abstract", "author"][pick(3)] + ":(\(query))" }
            let q = Query(query)
            let expected = session.search(q).ranked
            let scanned = bytes.withUnsafeBufferPointer {
                ScannedSearch.run(q, bytes: $0, fileName: "r.txt", asOf: Fixtures.asOf, parts: 1 + seed % 4, denseShare: 1)
            }
            guard let scanned else {
                // Only a query that names no word to look for, or a record with no block, needs a full read.
                #expect(ScannedSearch.Filter(q.root) == nil || ScannedSearch.needsWholeRecord(q.root), "\(query)")
                continue
            }
            #expect(scanned.paperCount == library.papers.count, "\(query)")
            let got = scanned.ranked
            #expect(got.map(\.number) == expected.map { $0 + 1 }, "\(query)")
            #expect(got.map { Self.plain($0.paper) } == expected.map { Self.plain(library.papers[$0]) }, "\(query)")
            // Every problem reported is one a full read reports; the header's count is checked against the whole record.
            #expect(Set(scanned.diagnostics).isSubset(of: Set(library.diagnostics)), "\(query)")
            #expect(scanned.diagnostics.filter { $0.message.contains("paper blocks were found") }
                    == library.diagnostics.filter { $0.message.contains("paper blocks were found") })
            #expect(scanned.profile == library.profile)
        }
    }

    /// A paper as read, without what only the whole library gives it (id, duplicate links).
    static func plain(_ p: Paper) -> Paper {
        var p = p
        p.id = ""
        p.possibleDuplicates = []
        return p
    }

    @Test func queriesThatNeedTheWholeRecord() {
        let bytes = Array("CVMar 1, 2020\nDeep Nets\n\nAnn Lee\n\nText.\n".utf8)
        bytes.withUnsafeBufferPointer { b in
            for query in ["", "year:2020", "-deep", "deep is:duplicate", "has:code OR deep"] {
                #expect(ScannedSearch.run(Query(query), bytes: b, fileName: "r", asOf: Fixtures.asOf) == nil, "\(query)")
            }
            #expect(ScannedSearch.run(Query("deep year:2020"), bytes: b, fileName: "r", asOf: Fixtures.asOf, denseShare: 1)?.result.count == 1)
        }
    }

    /// A word in more than a quarter of the papers: one straight read answers, not thousands of runs.
    @Test func denseWordsAreLeftToAFullRead() {
        var text = "CVMar 1, 2020\nHeader Paper\n\nAnn Lee\n\nText.\n"
        for i in 0..<40 { text += "\nCVMar 1, 2020\nPaper \(i) \(i % 3 == 0 ? "deep" : "flat")\n\nAnn Lee\n\nText \(i % 20 == 0 ? "rare" : "").\n" }
        Array(text.utf8).withUnsafeBufferPointer { b in
            #expect(ScannedSearch.run(Query("deep"), bytes: b, fileName: "r", asOf: Fixtures.asOf) == nil)
            #expect(ScannedSearch.run(Query("deep"), bytes: b, fileName: "r", asOf: Fixtures.asOf, denseShare: 1)?.result.count == 14)
            #expect(ScannedSearch.run(Query("rare"), bytes: b, fileName: "r", asOf: Fixtures.asOf)?.result.count == 2)
        }
        // The file's first sixteenth tells a dense word before the whole file is looked over (a
        // look: a word dense there alone is then read whole too); a word rare there but dense in
        // all is found dense by the whole count.
        var many = "CVMar 1, 2020\nHeader Paper\n\nAnn Lee\n\nText.\n"
        for i in 0..<2_000 {
            let early = i < 125 ? "early" : "", late = i >= 125 ? "late" : ""
            many += "\nCVMar 1, 2020\nPaper \(i) \(i % 2 == 0 ? "deep" : "flat") \(early) \(late)\n\nAnn Lee\n\nText \(i % 100 == 0 ? "rare" : "").\n"
        }
        Array(many.utf8).withUnsafeBufferPointer { b in
            let head = UnsafeBufferPointer(rebasing: b[0..<(b.count / 16)])
            func dense(_ q: String) -> Bool { ScannedSearch.isDense(ScannedSearch.Filter(Query(q).root)!, head: head, share: 4) }
            // Past twice the dense share (half the blocks) there; a word in half of them is left to the whole count.
            #expect(dense("early") && dense("deep OR flat"))
            #expect(!dense("deep") && !dense("late") && !dense("rare") && !dense("rare deep") && !dense("deep flat"))
            #expect(ScannedSearch.isDense(ScannedSearch.Filter(Query("deep").root)!, head: UnsafeBufferPointer(rebasing: b[0..<2_000]), share: 4) == false,
                    "a head of few blocks tells nothing")
            #expect(ScannedSearch.run(Query("deep"), bytes: b, fileName: "r", asOf: Fixtures.asOf) == nil)
            #expect(ScannedSearch.run(Query("late"), bytes: b, fileName: "r", asOf: Fixtures.asOf) == nil)
            #expect(ScannedSearch.run(Query("rare"), bytes: b, fileName: "r", asOf: Fixtures.asOf)?.result.count == 20)
            #expect(ScannedSearch.run(Query("rare deep"), bytes: b, fileName: "r", asOf: Fixtures.asOf)?.result.count == 20)
            #expect(ScannedSearch.run(Query("deep"), bytes: b, fileName: "r", asOf: Fixtures.asOf, denseShare: 1)?.result.count == 1_000)
        }
    }

    @Test func blocksFoundInPartsAreTheBlocksReadStraight() {
        var rng = SplitMix(seed: 99)
        for _ in 0..<40 {
            let bytes = Array(Self.record(&rng).utf8)
            let full = ProfileReader.read(bytes, fileName: "r", asOf: Fixtures.asOf)
            let one = bytes.withUnsafeBufferPointer { ProfileBlocks.scan($0, parts: 1) }
            #expect(one.titled.filter { $0 }.count == full.papers.count)
            #expect(full.papers.map(\.source.line) == zip(one.lines, one.titled).filter(\.1).map(\.0))
            for parts in [2, 3, 7] {
                let split = bytes.withUnsafeBufferPointer { ProfileBlocks.scan($0, parts: parts) }
                #expect(split.starts == one.starts && split.lines == one.lines && split.titled == one.titled)
            }
        }
    }

    @Test func foldedMatchesAreEveryCaseBlindOccurrence() {
        var rng = SplitMix(seed: 5)
        let alphabet = Array("aAbBqQ1 \n\u{00}z".utf8)
        for _ in 0..<300 {
            let text = (0..<Int(rng.next() % 300)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
            let needle = (0..<(1 + Int(rng.next() % 3))).map { _ in Array("abq1".utf8)[Int(rng.next() % 4)] }
            let from = text.isEmpty ? 0 : Int(rng.next() % UInt64(text.count))
            let expected = text.indices.filter { i in
                i >= from && i + needle.count <= text.count
                    && needle.indices.allSatisfy { text[i + $0] | 0x20 == needle[$0] }
            }
            let got = text.withUnsafeBufferPointer { ByteScan.foldedMatches(of: needle, in: $0, from: from, to: text.count) }
            #expect(got == expected)
        }
    }
}
