import Foundation
import Testing
@testable import VitaCore

/// DBLP records of the plain shape are read straight from the text (`DBLPRecord.read`), the rest
/// through the element tree. Both ways must give the same papers and the same problems, on
/// records of every shape real files have and some they should not.
@Suite("DBLP records read from the text are the records the element tree gives")
struct DBLPRecordTests {
    static let asOf = PaperDate(year: 2026, month: 11, day: 25)

    /// One record, in one of many shapes, chosen by `rng`.
    static func record(_ i: Int, _ rng: inout SeededRandom, wrapped: Bool) -> String {
        let kinds = ["article", "inproceedings", "proceedings", "incollection", "book", "phdthesis", "data"]
        let kind = kinds[Int(rng.next() % UInt64(kinds.count))]
        let sep = rng.next() % 3 == 0 ? "\n" : ""
        var fields: [String] = []
        let people = ["J&uuml;rgen M\u{FC}ller", "Manish Singh 0001", "Wei Wang", "A. &Ccedil;elik", "Ann  Lee", "&#x41;da &amp; Co"]
        for k in 0..<(1 + Int(rng.next() % 4)) {
            let who = people[Int(rng.next() % UInt64(people.count))]
            let tag = kind == "proceedings" && k == 0 ? "editor" : "author"
            let attributes = rng.next() % 3 == 0 ? " pid=\"\(k)/\(i)\"" + (rng.next() % 2 == 0 ? " orcid=\"0000-0002-1825-009\(k)\"" : "") : ""
            fields.append("<\(tag)\(attributes)>\(who)</\(tag)>")
        }
        let titles = ["Paper \(i) on &Auml;rger.", "On <i>x</i><sub>2</sub> and <tt>y</tt>.", "Plain \(i)", "  Spaced   \(i)  .",
                      "", "A&lt;B&gt;C \(i)..", "With <i>nested <b>bold</b></i> \(i)."]
        fields.append("<title>\(titles[Int(rng.next() % UInt64(titles.count))])</title>")
        if rng.next() % 5 != 0 { fields.append("<year>\(1990 + Int(rng.next() % 40))</year>") }
        if rng.next() % 3 == 0 { fields.append("<month>\(["May", "05", "sept", "x"][Int(rng.next() % 4)])</month>") }
        fields.append(["<journal>CoRR</journal><volume>abs/2101.0000\(i % 10)</volume>", "<booktitle>CVPR</booktitle>",
                       "<journal></journal><booktitle>B</booktitle>", "<publisher>P</publisher>", "<school>S</school>",
                       "<pages>1-12</pages>", "<number>3</number><cdrom>x.pdf</cdrom>"][Int(rng.next() % 7)])
        if rng.next() % 2 == 0 { fields.append("<ee>https://doi.org/10.1000/x.\(i)</ee>") }
        if rng.next() % 4 == 0 { fields.append("<ee type=\"oa\">https://arxiv.org/abs/2101.0000\(i % 10)</ee><ee/>") }
        if rng.next() % 2 == 0 { fields.append("<url>db/conf/x/x\(i).html#P\(i)</url>") }
        // Shapes the plain reading gives back to the element tree, and problems.
        switch rng.next() % 14 {
        case 0: fields.append("<!-- a comment -->")
        case 1: fields.append("<note><![CDATA[a <cdata> note]]></note>")
        case 2: fields.append("<foo>a field DBLP does not define</foo>")
        case 3: fields.append("<title>A second title</title>")
        case 4: fields.append("<x:author>Prefixed Name</x:author>")
        case 5: fields.append("<journal>Never closed</jurnal>")
        case 6: fields.append("text between fields &bogus;")
        case 7: fields.append("<note>&unknown; entity</note>")
        case 8: fields.append("<title>Open <i>inline</title>")
        case 9: fields.append("<note type=unquoted>n</note>")
        case 10: fields.append("<?pi here?>")
        default: break
        }
        let key = rng.next() % 10 == 0 ? "" : " key=\"journals/x/P\(i)\""
        let publtype = rng.next() % 6 == 0 ? " publtype=\"informal\"" : ""
        let body = "<\(kind)\(key)\(publtype) mdate=\"2020-01-01\">" + sep + fields.joined(separator: sep) + sep + "</\(kind)>"
        return wrapped ? "<r>" + body + "</r>\n" : body + "\n"
    }

    static func compare(_ text: String, latin1: Bool, parts: Int?) {
        let bytes = latin1 ? Array(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }) : Array(text.utf8)
        bytes.withUnsafeBufferPointer { b in
            let context = ReadContext(fileName: "d.xml", asOf: asOf)
            let threshold = parts == nil ? Int.max : 0
            let plain = XMLRecords.read(text: b, latin1: latin1, notes: [], context, parallelThreshold: threshold, parts: parts)
            let tree = XMLRecords.read(text: b, latin1: latin1, notes: [], context, parallelThreshold: threshold, parts: parts,
                                       plainRecords: false)
            #expect(plain.papers.count > 100)
            #expect(plain.papers.count == tree.papers.count)
            for (a, b) in zip(plain.papers, tree.papers) where a != b {
                Issue.record("first difference: \(a) against \(b)")
                break
            }
            #expect(plain.diagnostics == tree.diagnostics)
            #expect(plain.profile == tree.profile)
        }
    }

    @Test(arguments: [(UInt64(1), false, nil as Int?), (2, true, nil), (3, false, 3), (4, true, 2)])
    func theDumpReadsTheSameBothWays(seed: UInt64, latin1: Bool, parts: Int?) {
        var rng = SeededRandom(seed: seed)
        var text = "<?xml version=\"1.0\" encoding=\"\(latin1 ? "ISO-8859-1" : "UTF-8")\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>\n"
        for i in 0..<300 { text += Self.record(i, &rng, wrapped: false) }
        text += "<www key=\"homepages/1/2\"><author>Manish Singh 0001</author><author>M. Singh 0001</author></www>\n</dblp>\n"
        Self.compare(text, latin1: latin1, parts: parts)
    }

    /// A mapped file's pages are given back as they are read (`ReadContext.letGo`): the reader
    /// tells every byte, and what it reads is what it reads from memory; pages given back read
    /// the same again.
    @Test func aMappedDumpGivesBackItsPagesAndReadsTheSame() throws {
        var rng = SeededRandom(seed: 5)
        var text = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp>\n"
        for i in 0..<1_500 { text += Self.record(i, &rng, wrapped: false) }
        text += "</dblp>\n"
        let bytes = Array(text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        #expect(bytes.count >= XMLRecords.parallelThreshold)
        var told: GivenBack?
        let (inMemory, givingBack) = bytes.withUnsafeBufferPointer { b in
            var context = ReadContext(fileName: "d.xml", asOf: Self.asOf)
            let plain = XMLRecords.read(mapped: b, context)
            told = GivenBack(b)
            context.letGo = told!.letGo
            return (plain, XMLRecords.read(mapped: b, context))
        }
        let ranges = told!.ranges
        #expect(inMemory.papers.count > 1_000)
        #expect(inMemory.papers == givingBack.papers && inMemory.diagnostics == givingBack.diagnostics)
        var covered = IndexSet()
        for r in ranges.dropFirst() { covered.insert(integersIn: r) }
        #expect(ranges.first == 0..<bytes.count, "every page, once the lines are counted")
        #expect(covered == IndexSet(integersIn: 0..<bytes.count), "each part, once read")
        // Through a real mapping: its pages given back and read again from the file.
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("vita-letgo-\(UUID().uuidString).xml").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let mapped = RecordLoader.read(path, asOf: Self.asOf, parallelThreshold: 0)
        #expect(mapped.papers.count == inMemory.papers.count)
        #expect(zip(mapped.papers, inMemory.papers).allSatisfy { $0.title == $1.title && $0.authors == $1.authors })
        let fd = open(path, O_RDONLY)
        defer { close(fd) }
        let map = try #require(mmap(nil, bytes.count, PROT_READ, MAP_PRIVATE, fd, 0))
        defer { munmap(map, bytes.count) }
        let view = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: bytes.count)
        #expect(Array(view) == bytes)
        RecordLoader.letGo(view)
        #expect(Array(view) == bytes)
    }

    @Test func aPersonPageReadsTheSameBothWays() {
        var rng = SeededRandom(seed: 9)
        var text = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<dblpperson name=\"Wei Wang 0001\" pid=\"1/2\" n=\"300\">\n"
        text += "<person key=\"homepages/1/2\"><author pid=\"1/2\">Wei Wang 0001</author><note type=\"affiliation\">U</note></person>\n"
        for i in 0..<300 { text += Self.record(i, &rng, wrapped: true) }
        text += "<coauthors n=\"1\"><co><na pid=\"3/4\">Ann Lee</na></co></coauthors>\n</dblpperson>\n"
        Self.compare(text, latin1: false, parts: nil)
    }

    /// The plain reading takes what it knows and gives back, unmoved, what it does not.
    @Test func thePlainReadingTakesOnlyThePlainShape() {
        func read(_ text: String) -> (DBLPRecord?, moved: Bool) {
            Array(text.utf8).withUnsafeBufferPointer { b in
                var parser = XMLParser(b)
                let close = text.utf8.firstIndex(of: UInt8(ascii: ">"))!
                parser.i = text.utf8.distance(from: text.utf8.startIndex, to: close) + 1
                let start = parser.i
                let record = DBLPRecord.read(&parser, XMLElement(name: "article", prefix: "", attributes: [("key", "k")], offset: 0))
                return (record, parser.i != start)
            }
        }
        let (plain, moved) = read("<article key=\"k\">\n<author pid=\"1/2\">A &amp; B</author><title>On <i>x</i><sub>2</sub>.</title><ee/></article>")
        #expect(moved && plain?.title == "On x2." && plain?.people.first?.text == "A & B" && plain?.people.first?.pid == "1/2")
        #expect(plain?.ee == [""] && plain?.key == "k")
        for other in ["<article key=\"k\"><!-- c --><title>T</title></article>", "<article key=\"k\"><foo>x</foo></article>",
                      "<article key=\"k\"><title><![CDATA[x]]></title></article>", "<article key=\"k\"><title>T</titel></article>",
                      "<article key=\"k\">words<title>T</title></article>", "<article key=\"k\"><title>T</title>",
                      "<article key=\"k\"><title a=b>T</title></article>", "<article key=\"k\"><title>T</title></articel>"] {
            let (record, moved) = read(other)
            #expect(record == nil && !moved, "\(other)")
        }
    }
}
