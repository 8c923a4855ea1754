import Foundation
import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("Formats: each reader, detection, merging, metrics and writers")
struct FormatTests {
    /// A field's one line of text: spaces of any kind one space, controls and format characters
    /// dropped, letters of every script kept.
    @Test func aFieldIsOneLineOfText() {
        #expect(FieldText.line("  Am\u{E9}lie\u{A0}\u{AD}Neumann\u{200B} \u{3A9}mega\n\t\u{5D0}\u{5E9}  ") == "Am\u{E9}lie Neumann \u{3A9}mega \u{5D0}\u{5E9}")
        #expect(FieldText.line("\u{410}\u{202E}\u{44F}\u{3000}\u{4E2D}\u{2028}x\u{85}y\u{9F}") == "\u{410}\u{44F} \u{4E2D} x y")
        #expect(FieldText.line("\u{A0}\u{AD}\u{2003}") == nil && FieldText.line("plain title") == "plain title")
        // Text given back as it is only where the long way would give the same.
        let pool: [Character] = ["a", "Z", " ", "\t", "\n", "\u{7F}", "\u{1}", "\u{80}", "\u{85}", "\u{9F}", "\u{A0}", "\u{A1}", "\u{AD}",
                                 "\u{E9}", "\u{FF}", "\u{100}", "\u{3A9}", "\u{5D0}", "\u{5FF}", "\u{600}", "\u{200B}", "\u{2003}", "\u{4E2D}", "\u{1F600}"]
        var rng = SeededRandom(seed: 11)
        for _ in 0..<5_000 {
            let s = String((0..<Int(rng.next() % 9)).map { _ in pool[Int(rng.next() % UInt64(pool.count))] })
            #expect(FieldText.line(s) == FieldText.lineByScalars(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        // Longer lines, mostly ASCII, so that runs of eight bytes are checked at once: a space at
        // either end of a run or two across its edge, a control or DEL inside one.
        let ascii: [Character] = ["a", "a", "a", "Z", "~", "!", " ", " ", " ", "\u{1F}", "\u{7F}", "\t", "\u{E9}", "\u{A0}", "\u{4E2D}"]
        for _ in 0..<20_000 {
            let s = String((0..<Int(rng.next() % 40)).map { _ in
                rng.next() % 8 == 0 ? ascii[Int(rng.next() % UInt64(ascii.count))] : ascii[Int(rng.next() % 4)]
            })
            #expect(FieldText.line(s) == FieldText.lineByScalars(s), "\(s.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        let clean = "Paper 12: quantized attention, for efficient vision transformers (with Am\u{E9}lie)"
        var copy = clean
        #expect(copy.withUTF8 { FieldText.isPlainLine($0) }, "a clean line is kept as it is")
        for bad in [" " + clean, clean + " ", clean.replacingOccurrences(of: "for ", with: "for  "), clean + "\u{7F}x", "x\u{1}" + clean] {
            var b = bad
            #expect(!b.withUTF8 { FieldText.isPlainLine($0) }, "\(bad.debugDescription)")
        }
    }

    static let asOf = PaperDate(year: 2026, month: 11, day: 25)

    static func read(_ text: String, name: String) -> RecordContents {
        let bytes = Array(text.utf8)
        return RecordFormats.detect(name: name, head: bytes.prefix(4096)).read(bytes, ReadContext(fileName: name, asOf: asOf))
    }

    static func library(_ files: [(String, String)], owner: String? = nil) -> Library {
        Library(records: files.map { ($0.0, read($0.1, name: $0.0)) }, owner: owner)
    }

    // MARK: Detection

    @Test func formatsAreToldByContentAndName() {
        let cases: [(String, String)] = [
            (FormatSamples.dblpPerson, "dblp"), (FormatSamples.s2Author, "s2"), (FormatSamples.openAlexList, "openalex"),
            (FormatSamples.orcidWorks, "orcid"), (FormatSamples.cslJSON, "csl-json"), (FormatSamples.ris, "ris"),
            (FormatSamples.wos, "wos"), ("PT J\nTI T\nER\n", "wos"), (FormatSamples.medline, "pubmed"), (FormatSamples.arxivAtom, "arxiv"), ("@article{k, title={T}}", "bibtex"), ("Jane Doe\n\nCV\n", "profile"),
        ]
        for (text, id) in cases {
            // Standard input has no name: the content says.
            #expect(RecordFormats.detect(name: "-", head: Array(text.utf8)).id == id, "\(id)")
        }
        #expect(RecordFormats.detect(name: "refs.bib", head: Array("% a comment\nno at sign".utf8)) == RecordFormats.bibtex)
        #expect(RecordFormats.detect(name: "x.ris", head: Array("junk".utf8)) == RecordFormats.ris)
        #expect(RecordFormats.detect(name: "savedrecs.ciw", head: Array("junk".utf8)) == RecordFormats.wos)
        #expect(RecordFormats.detect(name: "pubmed-set.nbib", head: Array("junk".utf8)) == RecordFormats.pubmed)
        // A name that says another format than the content plainly is: the content wins.
        #expect(RecordFormats.detect(name: "example_wos.ris", head: Array(FormatSamples.wos.utf8)) == RecordFormats.wos)
        #expect(RecordFormats.detect(name: "refs.ris", head: Array("@article{k, title={T}}".utf8)) == RecordFormats.bibtex)
        #expect(RecordFormats.detect(name: "refs.bib", head: Array(FormatSamples.ris.utf8)) == RecordFormats.ris)
        #expect(RecordFormats.detect(name: "refs.bib", head: Array("@article{k, title={T}}".utf8)) == RecordFormats.bibtex)
        // A profile whose first line happens to begin with two capitals is still a profile.
        #expect(RecordFormats.detect(name: "-", head: Array("PT Barnum\n\nCV\n".utf8)) == RecordFormats.profile)
        // A byte-order mark does not hide the format.
        #expect(RecordFormats.detect(name: "-", head: [0xEF, 0xBB, 0xBF] + Array(FormatSamples.ris.utf8)) == RecordFormats.ris)
        #expect(RecordFormats.all.count >= 10)
    }

    @Test func theLoaderReadsEveryFormatFromAFileAndFromAPipe() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-formats-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let samples = [("a.xml", FormatSamples.dblpPerson, 3), ("b.json", FormatSamples.s2Author, 3), ("c", FormatSamples.openAlexList, 3),
                       ("d.json", FormatSamples.orcidWorks, 2), ("e.json", FormatSamples.cslJSON, 3), ("f.txt", FormatSamples.ris, 2),
                       ("g.xml", FormatSamples.arxivAtom, 1), ("savedrecs.txt", FormatSamples.wos, 2), ("pubmed.txt", FormatSamples.medline, 2)]
        for (name, text, count) in samples {
            let path = dir.appendingPathComponent(name).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            #expect(RecordLoader.read(path, asOf: Self.asOf).papers.count == count, "\(name)")
            // Through a pipe: read whole, then told by content.
            let fifo = dir.appendingPathComponent(name + ".fifo").path
            #expect(mkfifo(fifo, 0o600) == 0)
            let writer = Thread { try? text.write(toFile: fifo, atomically: false, encoding: .utf8) }
            writer.start()
            #expect(RecordLoader.read(fifo, asOf: Self.asOf).papers.count == count, "\(name) through a pipe")
        }
        // In UTF-16 (Windows programs save so), with a byte-order mark or without: the same papers,
        // whatever the format, from a file and from a pipe.
        let bib = "% Encoding: UTF-16LE\n@article{a, title = {Über Ströme}, author = {Müller, Jörg}, year = 2020}\n"
        for (name, text, count) in samples + [("h.bib", bib, 1)] {
            let utf8 = Self.read(text, name: name)
            let straight = utf8.papers.map(\.title)
            for encoding in [String.Encoding.utf16, .utf16BigEndian, .utf16LittleEndian] {
                let path = dir.appendingPathComponent("16-\(encoding.rawValue)-" + name).path
                try text.write(toFile: path, atomically: true, encoding: encoding)
                let read = RecordLoader.read(path, asOf: Self.asOf)
                #expect(read.papers.map(\.title) == straight && read.papers.count == count, "\(name) in \(encoding)")
                #expect(read.diagnostics.map(\.message) == utf8.diagnostics.map(\.message), "\(name) in \(encoding): \(read.diagnostics)")
            }
        }
        let fifo = dir.appendingPathComponent("16.fifo").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread { try? bib.write(toFile: fifo, atomically: false, encoding: .utf16) }
        writer.start()
        #expect(RecordLoader.read(fifo, asOf: Self.asOf).papers.map(\.title) == ["Über Ströme"], "UTF-16 through a pipe")
    }

    // MARK: Readers

    /// DBLP's search API answers (`/search/publ/api`, XML and JSON; shapes from its documentation):
    /// each hit a paper, typed by the section DBLP files it under, its venue the journal or the
    /// proceedings, homonym numbers kept as identity; a page of a larger answer said; XML of
    /// another kind named as such (it was read as profile text, a warning a line).
    @Test func dblpSearchAnswers() {
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <result>
        <query id="5743">Anbang Yao</query>
        <status code="200">OK</status>
        <hits total="44" computed="44" sent="2" first="0">
        <hit score="6" id="1"><info><authors><author pid="43/7045">Anbang Yao</author><author pid="01/1">Yurong Chen 0001</author></authors><title>Incremental Network Quantization.</title><venue>ICLR (Poster)</venue><year>2017</year><type>Conference and Workshop Papers</type><key>conf/iclr/ZhouYGXC17</key><ee>https://openreview.net/forum?id=HyQJ-mclg</ee><url>https://dblp.org/rec/conf/iclr/ZhouYGXC17</url></info><url>URL#1</url></hit>
        <hit score="5" id="2"><info><authors><author pid="43/7045">Anbang Yao</author></authors><title>Deep Nets.</title><venue>IEEE Trans. Image Process.</venue><volume>30</volume><pages>1-12</pages><year>2021</year><type>Journal Articles</type><key>journals/tip/Yao21</key><doi>10.1109/TIP.2021.1</doi><ee>https://doi.org/10.1109/TIP.2021.1</ee></info></hit>
        </hits>
        </result>
        """
        let x = Self.read(xml, name: "api.xml")
        #expect(x.papers.map(\.title) == ["Incremental Network Quantization", "Deep Nets"])
        #expect(x.papers[0].type == .inproceedings && x.papers[0].venue == "ICLR (Poster)" && x.papers[1].type == .article && x.papers[1].venue == "IEEE Trans. Image Process.")
        #expect(x.papers[0].authors.map(\.name) == ["Anbang Yao", "Yurong Chen"] && x.papers[0].authors[1].key.hasSuffix(" 0001") && x.papers[0].authors[1].ids?.dblp == "01/1")
        #expect(x.papers[1].identifiers.doi == "10.1109/tip.2021.1" && x.papers[1].pages == "1--12" && x.papers[1].identifiers[.dblp] == "journals/tip/Yao21")
        #expect(x.papers.allSatisfy { $0.sources.first?.format == "dblp" })
        #expect(x.diagnostics.map { "\($0.location.line): \($0.message)" } == ["5: DBLP found 44 hits; this answer holds 2 of them, from the 1st (ask for the others with h= up to 1000 and f=)"])
        let json = #"""
        {"result": {"query": "Anbang Yao", "status": {"@code": "200", "text": "OK"}, "hits": {"@total": "2", "@computed": "2", "@sent": "2", "@first": "0", "hit": [
         {"@score": "6", "@id": "1", "info": {"authors": {"author": [{"@pid": "43/7045", "text": "Anbang Yao"}, {"@pid": "01/1", "text": "Yurong Chen 0001"}]}, "title": "Incremental Network Quantization.", "venue": "ICLR (Poster)", "year": "2017", "type": "Conference and Workshop Papers", "key": "conf/iclr/ZhouYGXC17", "ee": "https://openreview.net/forum?id=HyQJ-mclg"}},
         {"@score": "6", "@id": "2", "info": {"authors": {"author": {"@pid": "43/7045", "text": "Anbang Yao"}}, "title": "Solo Paper.", "venue": "CoRR", "volume": "abs/1702.03044", "year": "2017", "type": "Informal and Other Publications", "key": "journals/corr/Yao17", "doi": "10.48550/ARXIV.1702.03044"}},
         {"@score": "1", "@id": "3"}]}}}
        """#
        let j = Self.read(json, name: "api.json")
        #expect(j.papers.map(\.title) == ["Incremental Network Quantization", "Solo Paper"])
        #expect(j.papers[0].authors.map(\.name) == x.papers[0].authors.map(\.name) && j.papers[0].authors.map(\.key) == x.papers[0].authors.map(\.key))
        #expect(j.papers[1].authors.map(\.name) == ["Anbang Yao"] && j.papers[1].type == .preprint)
        #expect(j.papers[1].identifiers.arxiv == "1702.03044" && j.papers[1].identifiers.doi == "10.48550/arxiv.1702.03044")
        #expect(j.diagnostics.map(\.message) == ["result.hits.hit[2]: a hit without its info; left out"], "\(j.diagnostics)")
        let paged = Self.read(json.replacingOccurrences(of: #""@total": "2""#, with: #""@total": "40""#).replacingOccurrences(of: #""@first": "0""#, with: #""@first": "20""#), name: "api.json")
        #expect(paged.diagnostics.map(\.message).contains("result.hits: DBLP found 40 hits; this answer holds 2 of them, from the 21st (ask for the others with h= up to 1000 and f=)"), "\(paged.diagnostics)")
        // With a DBLP person page of the same papers: one paper each.
        let page = """
        <?xml version="1.0" encoding="US-ASCII"?>
        <dblpperson name="Anbang Yao" pid="43/7045" n="1">
        <r><inproceedings key="conf/iclr/ZhouYGXC17" mdate="2017-01-01"><author pid="43/7045">Anbang Yao</author><author pid="01/1">Yurong Chen 0001</author><title>Incremental Network Quantization.</title><year>2017</year><booktitle>ICLR (Poster)</booktitle></inproceedings></r>
        </dblpperson>
        """
        #expect(Self.library([("p.xml", page), ("api.json", json)]).papers.count == 2)
        // Other XML: named, not read line by line.
        let rss = Self.read("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>x</title></channel></rss>\n", name: "feed.xml")
        #expect(rss.papers.isEmpty && rss.diagnostics.map(\.message) == ["an XML document of <rss>, not one Vita reads; expected DBLP (<dblpperson>, <dblp>, a search answer's <result>), arXiv Atom (<feed>) or ORCID v3.0 XML"])
    }

    @Test func dblpPersonPage() {
        let r = Self.read(FormatSamples.dblpPerson, name: "p.xml")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers.map(\.title) == ["Quantized Attention for Vision Transformers", "Sparse Networks for Everyone", "A Survey of Distillation"])
        let q = r.papers[0]
        #expect(q.authors.map(\.name) == ["Ada Example", "Bo Chen"])
        // The homonym number is identity, not part of the name shown.
        #expect(q.authors[0].key == "ada example 0001")
        #expect(q.authors[0].ids == AuthorIdentifiers(orcid: "0000-0002-1825-0097", dblp: "12/3456"))
        #expect(q.type == .inproceedings && q.venue == "CVPR" && q.pages == "1201--1210" && q.year == 2022)
        #expect(q.identifiers.doi == "10.1000/qa.2022" && q.identifiers[.dblp] == "conf/cvpr/ExampleC22")
        #expect(r.papers[1].type == .preprint && r.papers[1].identifiers.arxiv == "2101.00001")
        // DBLP's entities: `&ouml;` is ö.
        #expect(r.papers[1].authors[2].name == "Cy Yöung")
        #expect(r.profile?.name == "Ada Example" && r.profile?.ids?.dblp == "12/3456" && r.profile?.ids?.orcid == "0000-0002-1825-0097")
        #expect(r.papers[0].sources.first?.location.line == 8)
    }

    @Test func theDBLPDumpInLatin1WithEntities() {
        var bytes = Array("""
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE dblp SYSTEM "dblp.dtd">
        <dblp>
        <article key="journals/x/M01" mdate="2020-01-01"><author>J
        """.utf8)
        bytes.append(0xFC)   // ü in Latin-1
        bytes += Array("""
        rgen M&uuml;ller</author><title>On &Auml;rger &amp; Co.</title><journal>X</journal><year>2001</year></article>
        <www key="homepages/1/2"><author>J&uuml;rgen M&uuml;ller</author><title>Home Page</title></www>
        <inproceedings key="conf/y/M02"><author>Manish Singh 0001</author><title>Two.</title><booktitle>Y</booktitle><year>2002</year></inproceedings>
        </dblp>
        """.utf8)
        let r = RecordFormats.dblp.read(bytes, ReadContext(fileName: "dblp.xml", asOf: Self.asOf))
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers.map(\.title) == ["On Ärger & Co", "Two"])
        #expect(r.papers[0].authors[0].name == "Jürgen Müller")
        #expect(r.papers[1].authors[0].name == "Manish Singh" && r.papers[1].authors[0].key == "manish singh 0001")
        // A large file is read in place from a map (here any size): the same papers.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vita-dump-\(UUID().uuidString).xml")
        try? Data(bytes).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let mapped = RecordLoader.read(url.path, asOf: Self.asOf, parallelThreshold: 1)
        #expect(mapped.papers.map(\.title) == r.papers.map(\.title))
        #expect(mapped.papers.map { $0.authors.map(\.name) } == r.papers.map { $0.authors.map(\.name) })
        #expect(mapped.papers[1].source.line == 6)
    }

    /// A large DBLP text is read in parts, each starting at a line that starts a record: the
    /// parts joined must be what reading straight through gives, problems, lines and person
    /// records (at the end, in the last part) included. In 40 parts, each is a record or two,
    /// and more parts than four a core are each taken by the next core free.
    @Test(arguments: [2, 3, 5, 16, 40])
    func dblpInPartsIsTheSameAsStraightThrough(parts: Int) {
        var dump = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>\n"
        for i in 0..<40 {
            dump += "<article key=\"journals/x/P\(i)\" mdate=\"2020-01-01\">\n<author>J&uuml;rgen M\u{FC}ller</author>\n"
            dump += "<author>Manish Singh 000\(i % 3 + 1)</author>\n<title>Paper \(i) on &Auml;rger.</title>\n"
            // A record without a year, and one with a wrong end tag: problems in the middle of a part.
            dump += i == 17 ? "" : "<year>\(2000 + i % 20)</year>\n"
            dump += i == 23 ? "<journal>X</jurnal>\n</article>\n" : "<journal>X</journal>\n</article>\n"
        }
        dump += "<www key=\"homepages/1/2\"><author>Manish Singh 0001</author><author>M. Singh 0001</author></www>\n</dblp>\n"
        // Latin-1: the ü written as one byte.
        let bytes = Array(dump.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) })
        bytes.withUnsafeBufferPointer { b in
            let context = ReadContext(fileName: "dump.xml", asOf: Self.asOf)
            let straight = XMLRecords.read(text: b, latin1: true, notes: [], context, parallelThreshold: .max)
            let cut = XMLRecords.read(text: b, latin1: true, notes: [], context, parallelThreshold: 0, parts: parts)
            #expect(straight.papers.count == 40 && straight.diagnostics.count == 3, "\(straight.diagnostics)")
            #expect(straight.diagnostics.contains { $0.message == "an <article> without a year" }, "\(straight.diagnostics)")
            #expect(straight.papers.contains { $0.authors.contains { $0.ids?.dblp == "1/2" } })
            #expect(cut.papers == straight.papers)
            #expect(cut.diagnostics == straight.diagnostics)
            #expect(XMLRecords.readInParts(b, latin1: true, context, parts: parts) != nil, "read in parts, not straight through")
        }
        // A person's page: its owner from the head, the records in `<r>`.
        Array(FormatSamples.dblpPerson.utf8).withUnsafeBufferPointer { b in
            let context = ReadContext(fileName: "p.xml", asOf: Self.asOf)
            let straight = XMLRecords.read(text: b, latin1: false, notes: [], context, parallelThreshold: .max)
            let cut = XMLRecords.read(text: b, latin1: false, notes: [], context, parallelThreshold: 0, parts: parts)
            #expect(cut.papers == straight.papers && cut.profile == straight.profile && cut.diagnostics == straight.diagnostics)
            #expect(cut.profile?.ids?.orcid != nil)
        }
        // A comment across a cut: that part ends inside it, so the text is read straight through.
        let commented = "<dblp>\n" + (0..<20).map { i in
            (i == 5 ? "<!--\n" : "") + "<article key=\"a/\(i)\">\n<title>T\(i).</title><year>2001</year></article>\n" + (i == 15 ? "-->\n" : "")
        }.joined() + "</dblp>\n"
        Array(commented.utf8).withUnsafeBufferPointer { b in
            let context = ReadContext(fileName: "c.xml", asOf: Self.asOf)
            let straight = XMLRecords.read(text: b, latin1: false, notes: [], context, parallelThreshold: .max)
            let cut = XMLRecords.read(text: b, latin1: false, notes: [], context, parallelThreshold: 0, parts: parts)
            #expect(straight.papers.count == 9)
            #expect(cut.papers == straight.papers && cut.diagnostics == straight.diagnostics)
        }
    }

    /// A DBLP record with a field never closed: the next record ends it (said, with its line),
    /// so the records after it load, on a person's page (`<r>`) and in the dump, read straight
    /// through or in parts.
    @Test func aFieldNeverClosedLosesNoLaterRecord() {
        func record(_ i: Int, _ title: String) -> String {
            "<article key=\"journals/x/P\(i)\" mdate=\"2020-01-01\"><author>Ann Lee</author><title>\(title)</title><year>2020</year></article>"
        }
        let page = "<?xml version=\"1.0\"?>\n<dblpperson name=\"Ann Lee\" pid=\"1/1\" n=\"30\">\n"
            + (0..<30).map { i in i == 9 ? "<r><article key=\"journals/x/P9\"><author>Ann Lee</author><title>No end\n" : "<r>" + record(i, "Paper \(i).") + "</r>\n" }.joined()
            + "</dblpperson>\n"
        let dump = "<dblp>\n" + (0..<30).map { i in (i == 12 ? "<article key=\"a/12\"><title>Cut <i>off" : record(i, "Paper \(i).")) + "\n" }.joined() + "</dblp>\n"
        for (text, name, line, ender) in [(page, "p.xml", 12, "<r>"), (dump, "d.xml", 14, "<article>")] {
            Array(text.utf8).withUnsafeBufferPointer { b in
                let context = ReadContext(fileName: name, asOf: Self.asOf)
                let straight = XMLRecords.read(text: b, latin1: false, notes: [], context, parallelThreshold: .max)
                let cut = XMLRecords.read(text: b, latin1: false, notes: [], context, parallelThreshold: 0, parts: 4)
                #expect(straight.papers.count == 30, "\(name): \(straight.papers.count) papers")
                #expect(straight.papers.map(\.title).contains("Paper 29"))
                #expect(straight.diagnostics.contains { $0.location.line == line && $0.message == "<title> is never closed (ended by \(ender))" },
                        "\(name): \(straight.diagnostics)")
                #expect(cut.papers == straight.papers && cut.diagnostics == straight.diagnostics)
            }
        }
    }

    /// A long list in one JSON document is read in chunks on every core: the papers in order,
    /// each problem with its own line and path, as reading item by item gives.
    @Test func aLongJSONListIsReadInOrderWithItsProblems() {
        let items = (0..<1_300).map { i in
            let year = i == 517 ? "\"soon\"" : "\(2000 + i % 20)"
            return i == 1_100 ? "{\"paperId\": \"p\(i)\", \"title\": 7}" : "{\"paperId\": \"p\(i)\", \"title\": \"Paper \(i)\", \"year\": \(year)}"
        }
        let text = "{\"data\": [\n" + items.joined(separator: ",\n") + "\n]}\n"
        let r = Self.read(text, name: "s2.json")
        #expect(r.papers.count == 1_300)
        #expect(r.papers.map(\.title) == (0..<1_300).map { $0 == 1_100 ? "(untitled)" : "Paper \($0)" })
        #expect(r.papers[700].source.line == 702)
        let said = r.diagnostics.map { "\($0.location.line) \($0.message)" }
        #expect(said.count == 3, "\(said)")
        #expect(said.first?.hasPrefix("519 data[517].year: expected a whole number") == true, "\(said)")
        #expect(said.dropFirst().allSatisfy { $0.hasPrefix("1102 data[1100]") }, "\(said)")
    }

    /// A long list of objects read in parts on every core gives the very tree, offsets and
    /// problems of a straight reading: cuts that fall inside nested lists of objects and inside
    /// strings that look like item boundaries, a list of other values, and the text cut short
    /// anywhere.
    @Test func aLongListReadInPartsIsTheStraightReading() {
        func dump(_ n: JSONNode?, _ out: inout String) {
            guard let n else { out += "nil"; return }
            out += "@\(n.offset)\(n.cut ? "!" : "")"
            switch n.value {
            case .null: out += "null"
            case .bool(let b): out += "\(b)"
            case .number(let d): out += "\(d)"
            case .string(let t): out += "\"\(t)\""
            case .array(let items): out += "["; for v in items { dump(v, &out); out += "," }; out += "]"
            case .object(let members): out += "{"; for (k, v) in members { out += k + ":"; dump(v, &out); out += "," }; out += "}"
            case .wordPlaces(let w): out += "W\(w.words)\(w.places.map { "\($0.word):\($0.at)" })"
            }
        }
        func both(_ text: String) -> (String, String) {
            Array(text.utf8).withUnsafeBufferPointer { b in
                let (a, pa) = JSONParser.parse(b, inPartsAbove: Int.max)
                let (c, pc) = JSONParser.parse(b, inPartsAbove: 0)
                var x = "", y = ""
                dump(a, &x); dump(c, &y)
                return (x + "|\(pa?.offset ?? -1) \(pa?.message ?? "")", y + "|\(pc?.offset ?? -1) \(pc?.message ?? "")")
            }
        }
        var rng = SeededRandom(seed: 11)
        let papers = (0..<600).map { i in
            let authors = (0..<Int(1 + rng.next() % 4)).map { a in #"{"authorId": "\#(a)", "name": "N\#(a)"}"# }.joined(separator: ", ")
            let tricky = i % 7 == 0 ? #"a string with }, { \"paperId\": \"fake\" } inside"# : "plain \(i)"
            // Cited papers nested in a paper open with the same key as the papers of the list.
            let refs = i % 3 == 0 ? #", "refs": [{"paperId": "r\#(i)"}, {"paperId": "s\#(i)"}, {"paperId": "t\#(i)"}]"# : ""
            return #"{"paperId": "p\#(i)", "title": "\#(tricky)", "authors": [\#(authors)]\#(refs), "year": \#(2000 + i % 20), "abstract_inverted_index": {"deep": [0, 2], "nets": [1]}}"#
        }
        let author = #"{"authorId": "1", "name": "A", "papers": [\#n"# + papers.joined(separator: ",\n") + "\n]}"
        let list = "[" + papers.joined(separator: ", ") + "]"
        let numbers = "[" + (0..<3_000).map(String.init).joined(separator: ",") + "]"
        // The lists of objects are read in parts indeed (not given up for a straight reading).
        if Cores.active > 1 {
            for (text, at) in [(author, Array(author.utf8).firstIndex(of: UInt8(ascii: "["))! + 1), (list, 1)] {
                let count = Array(text.utf8).withUnsafeBufferPointer { b -> Int? in
                    var p = JSONParser(bytes: b)
                    p.i = at
                    return p.itemsInParts(depth: 1)?.count
                }
                #expect(count == 600)
            }
        }
        for text in [author, list, numbers] {
            let (straight, inParts) = both(text)
            #expect(straight == inParts)
            // Cut short, or broken, anywhere: the same tree as far as it goes, and the same problem.
            for _ in 0..<12 {
                let at = Int(rng.next() % UInt64(text.utf8.count))
                let cut = String(decoding: text.utf8.prefix(at), as: UTF8.self)
                let (a, b) = both(cut)
                #expect(a == b, "cut at \(at)")
                var broken = Array(text.utf8)
                broken[at] = UInt8(ascii: "#")
                let (c, d) = both(String(decoding: broken, as: UTF8.self))
                #expect(c == d, "broken at \(at)")
            }
        }
    }

    @Test func brokenXMLKeepsWhatCameBeforeAndSaysWhere() {
        let cut = String(FormatSamples.dblpPerson.prefix(while: { $0 != "Ö" }).dropLast(900))
        let r = Self.read(cut, name: "cut.xml")
        #expect(r.papers.count >= 1)
        #expect(r.diagnostics.contains { $0.message.contains("is never closed") && $0.location.line > 0 })
        // An entity bomb: entities a doctype declares are never expanded.
        let bomb = """
        <?xml version="1.0"?>
        <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
        <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
        <dblp><article key="a"><title>&lol3;</title><year>2001</year></article></dblp>
        """
        let b = Self.read(bomb, name: "bomb.xml")
        #expect(b.papers.first?.title == "&lol3;")
        #expect(b.diagnostics.contains { $0.message.contains("unknown entity &lol3;") })
        // A wrong end tag is reported and reading goes on.
        let wrong = "<dblp><article key=\"a\"><title>T</titel><year>2001</year></article><article key=\"b\"><title>U</title></article></dblp>"
        let w = Self.read(wrong, name: "w.xml")
        #expect(w.papers.map(\.title).contains("U"))
        #expect(w.diagnostics.contains { $0.message.contains("</titel>") })
        // Deep nesting is bounded, not a stack overflow.
        let deep = "<dblp>" + String(repeating: "<x>", count: 100_000) + "</dblp>"
        #expect(Self.read(deep, name: "deep.xml").diagnostics.contains { $0.message.contains("deeper than") })
    }

    @Test func semanticScholarAuthorAndPapers() {
        let r = Self.read(FormatSamples.s2Author, name: "s2.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.profile?.name == "Ada Example" && r.profile?.hIndex == 3 && r.profile?.citationCount == 362 && r.profile?.statedBy == "Semantic Scholar")
        #expect(r.papers.count == 3)
        #expect(r.papers[0].citations == CitationCount(count: 12, source: "s2"))
        #expect(r.papers[0].date == PaperDate(year: 2022, month: 6, day: 19))
        #expect(r.papers[1].identifiers.arxiv == "2101.00001" && r.papers[1].identifiers[.dblp] == "journals/corr/abs-2101-00001")
        #expect(r.papers[2].identifiers.arxiv == "2003.00002", "the version is not part of the id")
        #expect(r.papers[2].pages == "1--40" && r.papers[2].volume == "21")
        #expect(r.papers[1].authors[2].ids == nil, "a null authorId is no id")
        // Where `publicationVenue` is null, `venue` may name something else (a reprint's book, as
        // for Turing's paper in the semanticscholar client's recorded answer): the journal stands;
        // with a publication venue, or a journal that is a preprint server, `venue` does.
        func venue(_ extra: String) -> String? {
            Self.read(#"{"paperId": "p1", "title": "Computing Machinery and Intelligence", "venue": "The Philosophy of Artificial Intelligence", \#(extra)}"#, name: "p.json").papers.first?.venue
        }
        #expect(venue(#""publicationVenue": null, "journal": {"name": "Mind", "volume": "LIX", "pages": "433-460"}"#) == "Mind")
        #expect(venue(#""publicationVenue": {"name": "The Philosophy of Artificial Intelligence"}, "journal": {"name": "Mind"}"#) == "The Philosophy of Artificial Intelligence")
        #expect(venue(#""publicationVenue": null, "journal": {"name": "ArXiv", "volume": "abs/1706.03762"}"#) == "The Philosophy of Artificial Intelligence")
        #expect(venue(#""journal": {"name": "Mind"}"#) == "The Philosophy of Artificial Intelligence", "without the field asked for, venue stands")
        // A paper with its citing papers (`fields=citations.year`): counted by year when the list
        // is whole; a list cut at the API's limit gives no yearly counts.
        func perYear(_ count: Int, _ citing: String) -> [YearCount]? {
            Self.read(#"{"paperId": "p1", "title": "T", "citationCount": \#(count), "citations": [\#(citing)]}"#, name: "p.json").papers.first?.citationsByYear
        }
        let three = #"{"paperId": "a", "year": 2021}, {"paperId": "b", "year": 2019}, {"citingPaper": {"paperId": "c", "publicationDate": "2021-03-01"}}"#
        #expect(perYear(3, three) == [YearCount(year: 2019, count: 1), YearCount(year: 2021, count: 2)])
        #expect(perYear(10, three) == [], "3 of 10 citing papers: not every year's count")
    }

    /// Answers of the Graph API that hold authors, not papers (an author search, a paper's
    /// authors, a batch of authors: shapes from the semanticscholar client's recorded answers),
    /// and recommendations.
    @Test func semanticScholarListsOfAuthorsAndRecommendations() {
        let search = #"{"total": 59, "offset": 0, "next": 2, "data": [{"authorId": "2262347", "name": "A. Turing"}, {"authorId": "147168046", "name": "J. Turing"}]}"#
        let s = Self.read(search, name: "authors.json")
        #expect(s.papers.isEmpty, "an author is no untitled paper")
        #expect(s.diagnostics.map(\.message) == ["a list of 2 Semantic Scholar authors without their papers; expected papers (an author's: /author/{id}/papers, or the papers field)"])
        let batch = Self.read(#"[{"authorId": "3234559", "name": "E. Dijkstra", "paperCount": 9}, {"authorId": "1", "name": "D. Parnas", "papers": [{"paperId": "p1", "title": "On the Criteria"}]}]"#, name: "batch.json")
        #expect(batch.papers.map(\.title) == ["On the Criteria"] && batch.diagnostics.isEmpty, "\(batch.diagnostics)")
        // Cut off in its last author: still a list of authors, said with where it was cut.
        let cut = Self.read(#"{"data": [{"authorId": "1", "name": "A"}, {"authorId": "#, name: "cut.json")
        #expect(cut.papers.isEmpty && cut.diagnostics.contains { $0.message.hasPrefix("a list of 2 Semantic Scholar authors") }, "\(cut.diagnostics)")
        #expect(cut.diagnostics.contains { $0.severity == .error }, "the cut is said")
        let one = Self.read(#"{"authorId": "2262347", "name": "A. Turing"}"#, name: "one.json")
        #expect(one.papers.isEmpty && one.diagnostics.first?.message.hasPrefix("a Semantic Scholar author without their papers") == true)
        let recommended = Self.read(#"{"recommendedPapers": [{"paperId": "3e9b", "title": "Report shows slight improvement"}, {"paperId": "7a4d", "title": "Diversifying the board"}]}"#, name: "rec.json")
        #expect(recommended.papers.map(\.title) == ["Report shows slight improvement", "Diversifying the board"] && recommended.diagnostics.isEmpty)
        #expect(recommended.papers.first?.identifiers[.s2] == "3e9b")
        // A batch answer: null in the place of an id it does not know, said as that.
        let nulls = Self.read(#"[{"paperId": "a", "title": "One", "year": 2020}, null, {"paperId": "b", "title": "Two", "year": 2021}]"#, name: "batch.json")
        #expect(nulls.papers.map(\.title) == ["One", "Two"])
        #expect(nulls.diagnostics.map(\.message) == ["[1]: no paper here (null: a batch answer's place for an id Semantic Scholar does not know); left out"], "\(nulls.diagnostics)")
    }

    /// OpenAlex answers that list other things than works (an author search, institutions) or
    /// count works (`group_by`): no paper is made of them (each author was a paper titled by their
    /// name), and one warning says what the file holds and where the works are.
    @Test func openAlexListsOfOtherThingsThanWorks() {
        let authors = Self.read(#"""
            {"meta": {"count": 2, "page": 1, "per_page": 25}, "results": [
             {"id": "https://openalex.org/A5023888391", "display_name": "Jason Priem", "works_count": 53, "cited_by_count": 2364,
              "summary_stats": {"h_index": 16, "i10_index": 20}, "works_api_url": "https://api.openalex.org/works?filter=author.id:A5023888391"},
             {"id": "https://openalex.org/A5000000002", "display_name": "J. Priem", "works_count": 3, "summary_stats": {"h_index": 1}}], "group_by": []}
            """#, name: "authors.json")
        #expect(authors.papers.isEmpty)
        #expect(authors.diagnostics.map(\.message) == ["a list of 2 OpenAlex authors, not works; expected works (the first one's: https://api.openalex.org/works?filter=author.id:A5023888391)"])
        let places = Self.read(#"{"results": [{"id": "https://openalex.org/I27837315", "display_name": "University of Michigan", "works_count": 10}]}"#, name: "i.json")
        #expect(places.papers.isEmpty && places.diagnostics.map(\.message) == ["a list of 1 OpenAlex institution, not works; expected works"])
        let groups = Self.read(#"{"meta": {"count": 4}, "results": [], "group_by": [{"key": "article", "count": 100}, {"key": "book", "count": 5}]}"#, name: "g.json")
        #expect(groups.papers.isEmpty && groups.diagnostics.first?.message.hasSuffix("an OpenAlex group_by answer (works counted in 2 groups), not the works; expected works (the same query without group_by)") == true, "\(groups.diagnostics)")
        // A page of a larger answer is said, with how to ask for the rest (here and for
        // Semantic Scholar's offset and bulk pages); a whole answer is not.
        let page = Self.read(#"{"meta": {"count": 120, "page": 1, "per_page": 2}, "results": [{"id": "https://openalex.org/W1", "title": "One", "authorships": []}, {"id": "https://openalex.org/W2", "title": "Two", "authorships": []}]}"#, name: "p.json")
        #expect(page.papers.count == 2 && page.diagnostics.map(\.message) == ["meta: OpenAlex found 120 works; this answer holds 2 of them (page 1, 2 a page): ask for the others with page= (per-page= up to 200) or cursor="])
        let whole = Self.read(#"{"meta": {"count": 1, "page": 1, "per_page": 25}, "results": [{"id": "https://openalex.org/W1", "title": "One", "authorships": []}]}"#, name: "p.json")
        #expect(whole.papers.count == 1 && whole.diagnostics.isEmpty)
        let s2 = Self.read(#"{"total": 57, "offset": 0, "next": 1, "data": [{"paperId": "a", "title": "One", "year": 2020}]}"#, name: "s.json")
        #expect(s2.papers.count == 1 && s2.diagnostics.map(\.message) == ["this answer is a page: 1 paper of 57; ask for the others from offset=1"])
        // (One line and its line end is one document, not JSON Lines: said without a line's name.)
        let bulk = Self.read(#"{"total": 3, "token": "XYZ", "data": [{"paperId": "a", "title": "One"}, {"paperId": "b", "title": "Two"}]}"# + "\n", name: "b.json")
        #expect(bulk.diagnostics.map(\.message) == ["this answer is a page: 2 papers of 3; ask for the others with token=XYZ"])
        // A list of works with an author among them is still read as works.
        let mixed = Self.read(#"{"results": [{"id": "https://openalex.org/W1", "title": "One", "publication_year": 2020, "authorships": []}]}"#, name: "w.json")
        #expect(mixed.papers.map(\.title) == ["One"] && mixed.diagnostics.isEmpty)
    }

    /// An API's error saved in place of the records (ORCID's, Semantic Scholar's rate limit,
    /// OpenAlex's) is said as one, with its code and words: it was "not a record Vita knows".
    @Test func errorAnswersAreSaidAsSuch() {
        let cases: [(String, String)] = [
            (#"{"response-code": 404, "developer-message": "404 Not Found: The resource was not found.", "user-message": "The resource was not found.", "error-code": 9016}"#,
             "an error answer (404), not records: 404 Not Found: The resource was not found."),
            (#"{"message": "Too Many Requests. Please wait and try again.", "code": "429"}"#, "an error answer (429), not records: Too Many Requests. Please wait and try again."),
            (#"{"error": "Invalid query parameters error.", "message": "filter is not a valid field"}"#, "an error answer, not records: filter is not a valid field"),
        ]
        for (json, said) in cases {
            let r = Self.read(json, name: "answer.json")
            #expect(r.papers.isEmpty && r.diagnostics.map(\.message) == [said] && r.diagnostics.first?.severity == .error, "\(r.diagnostics)")
        }
    }

    @Test func openAlexListWorksAndLines() {
        let r = Self.read(FormatSamples.openAlexList, name: "oa.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let s = r.papers[0]
        #expect(s.identifiers[.openalex] == "W1000000001" && s.identifiers.doi == "10.1000/survey.2020")
        #expect(s.citations == CitationCount(count: 310, source: "openalex", asOf: "2026-10-01"))
        #expect(s.citationsByYear.map(\.year) == [2024, 2025, 2026])
        #expect(s.abstract == "We survey distillation.")
        #expect(s.venue == "Journal of Machine Learning" && s.pages == "1--40" && s.affiliation == "University of Examples")
        #expect(s.authors[0].ids?.orcid == "0000-0002-1825-0097" && s.authors[0].ids?.openalex == "A5000000001")
        #expect(r.papers[1].type == .inproceedings)
        // JSON Lines: one work a line; a broken line is named by its line and the rest still load.
        let line1 = #"{"id": "https://openalex.org/W1", "title": "One", "publication_year": 2020, "authorships": [], "cited_by_count": 3}"#
        let line3 = #"{"id": "https://openalex.org/W3", "title": "Three", "publication_year": 2021, "authorships": [], "cited_by_count": "many"}"#
        let jsonl = line1 + "\n{\"id\": \"https://openalex.org/W2\", \"title\": \n" + line3 + "\n"
        let l = Self.read(jsonl, name: "works.jsonl")
        #expect(l.papers.map(\.title) == ["One", "Three"])
        #expect(l.diagnostics.contains { $0.location.line == 2 && $0.severity == .error })
        #expect(l.diagnostics.contains { $0.location.line == 3 && $0.message.contains("line 3.cited_by_count: expected a whole number") })
        // The first line broken: the lines after it still load, the broken one named.
        let first = Self.read("{\"id\": \"https://openalex.org/W2\", \"title\": \"Cut\n" + line1 + "\n" + line3 + "\n", name: "cut.jsonl")
        #expect(first.papers.map(\.title) == ["One", "Three"])
        #expect(first.diagnostics.contains { $0.location.line == 1 && $0.severity == .error })
        // Where a paper came from: a line's record by its place alone, a document's by its path too.
        #expect(l.papers[1].sources.map(\.description) == ["works.jsonl:3:1"])
        #expect(PaperSource(format: "openalex", location: SourceLocation(file: "w.json", line: 4, column: 5), path: "results[3]").description
                    == "w.json:4:5 results[3]")
    }

    /// OpenAlex names arXiv `arXiv (Cornell University)` and gives its `http://` page beside the
    /// arXiv id's own: the server is told as one (a merge takes the journal over it, the BibTeX
    /// export leaves it to the `eprint`), and the page is listed once.
    @Test func openAlexArXivWorksAreToldAsPreprints() {
        let work = #"{"id": "https://openalex.org/W3119786062", "doi": "https://doi.org/10.48550/arxiv.2101.00001", "title": "Sparse Networks for Everyone", "publication_year": 2021, "type": "preprint", "primary_location": {"landing_page_url": "http://arxiv.org/abs/2101.00001", "pdf_url": "http://arxiv.org/pdf/2101.00001", "source": {"display_name": "arXiv (Cornell University)", "type": "repository"}}, "authorships": [{"author": {"display_name": "Bo Chen"}}], "cited_by_count": 3}"#
        let paper = Self.read(work, name: "oa.json").papers[0]
        #expect(paper.links == ["https://doi.org/10.48550/arxiv.2101.00001", "https://arxiv.org/abs/2101.00001", "http://arxiv.org/pdf/2101.00001"], "\(paper.links)")
        #expect(FieldText.sameAddress("https://arxiv.org/abs/1", "HTTP://arXiv.org/abs/1") && FieldText.sameAddress("http://a.org/x", "https://a.org/x"))
        #expect(!FieldText.sameAddress("https://a.org/x", "http://a.org/y") && !FieldText.sameAddress("https://a.org/xy", "https://a.org/x")
                && !FieldText.sameAddress("https://a.org/x1", "http://a.org/x"))
        for server in ["arXiv (Cornell University)", "medRxiv (Cold Spring Harbor Laboratory)", "bioRxiv (Cold Spring Harbor Laboratory)", "arXiv", "CoRR", "Research Square (Research Square)"] {
            #expect(RecordMerge.isPreprintServer(server), "\(server)")
        }
        for journal in ["Journal of Machine Learning Research (JMLR)", "Nature", "Neural Networks", "(arXiv)", "arXiv Reviews (x)"] {
            #expect(!RecordMerge.isPreprintServer(journal), "\(journal)")
        }
        let written = BibTeXWriter().write([paper], library: Library(papers: [paper])).text
        #expect(!written.contains("Cornell") && written.contains("eprint = {2101.00001}"), "\(written)")
        // Beside the journal version's record, the journal is the venue.
        let s2 = #"{"data": [{"paperId": "p1", "externalIds": {"DOI": "10.48550/arXiv.2101.00001"}, "title": "Sparse Networks for Everyone", "venue": "Neural Networks", "year": 2021, "authors": [{"name": "Bo Chen"}]}]}"#
        let merged = Self.library([("oa.json", work), ("s2.json", s2)])
        #expect(merged.papers.count == 1 && merged.papers[0].venue == "Neural Networks", "\(merged.papers.map(\.venue))")
        // Semantic Scholar gives an arXiv paper as a journal article in `arXiv.org`: a preprint.
        let s2arXiv = #"{"data": [{"paperId": "abc", "externalIds": {"ArXiv": "2101.00001"}, "title": "T", "venue": "arXiv.org", "journal": {"name": "ArXiv", "volume": "abs/2101.00001"}, "year": 2021, "publicationTypes": ["JournalArticle"], "authors": [{"name": "Bo Chen"}]}]}"#
        #expect(Self.read(s2arXiv, name: "s2.json").papers.first?.type == .preprint)
        #expect(Self.read(s2arXiv.replacingOccurrences(of: "arXiv.org", with: "Neural Networks"), name: "s2.json").papers.first?.type == .article)
    }

    /// Google Scholar's `journal = {arXiv preprint arXiv:…}` and ADS's `{arXiv e-prints}` are
    /// preprints, the first's id read from it; beside the published version's record, the journal
    /// is the venue.
    @Test func arXivPreprintsAsBibliographiesWriteThem() {
        let bib = """
        @article{chen2021sparse, title={Sparse networks for everyone}, author={Chen, Bo and Example, Ada},
          journal={arXiv preprint arXiv:2101.00001v2}, year={2021}}
        @article{ads, author = {{Chen}, Bo}, title = "{Dense networks}", journal = {arXiv e-prints}, year = 2022,
          eprint = {2202.00002}, archivePrefix = {arXiv}}
        @article{old, title = {Strings}, author = {Witten, Ed}, journal = {arXiv preprint hep-th/9901001}, year = 1999}
        @article{real, title = {Real}, author = {Doe, Jane}, journal = {Arxiv Journal of Mathematics and Things}, year = 2020}
        @Article{s2, author = {Bo Chen}, journal = {ArXiv}, title = {Sparse}, volume = {abs/2103.00003}, year = {2021}}
        """
        let papers = Self.read(bib, name: "scholar.bib").papers
        #expect(papers.map(\.type) == [.preprint, .preprint, .preprint, .article, .preprint], "\(papers.map(\.type))")
        #expect(papers[4].identifiers.arxiv == "2103.00003" && papers[4].links == ["https://arxiv.org/abs/2103.00003"])
        #expect(papers[0].identifiers.arxiv == "2101.00001" && papers[0].links == ["https://arxiv.org/abs/2101.00001"], "\(papers[0].links)")
        #expect(papers[1].identifiers.arxiv == "2202.00002" && papers[1].links == ["https://arxiv.org/abs/2202.00002"])
        #expect(papers[2].identifiers.arxiv == nil)
        let s2 = #"{"data": [{"paperId": "p1", "externalIds": {"ArXiv": "2101.00001"}, "title": "Sparse Networks for Everyone", "venue": "Neural Networks", "year": 2021, "authors": [{"name": "Bo Chen"}]}]}"#
        let merged = Self.library([("scholar.bib", bib), ("s2.json", s2)])
        #expect(merged.papers.first { $0.title.hasPrefix("Sparse") }?.venue == "Neural Networks")
        // Written back as it was read: the entry is kept.
        #expect(BibTeXWriter().write([papers[0]], library: Library(papers: [papers[0]])).text.contains("journal = {arXiv preprint arXiv:2101.00001v2}"))
    }

    /// Values no reader takes (OpenAlex's referenced works, concepts, locations…) are passed over
    /// unmade: the work reads as it does without them, and a value broken where its strings or
    /// brackets are is a problem at the same place as the general reading says, the rest of the
    /// file still read.
    @Test func valuesNoReaderTakesArePassedOver() {
        let work = #"{"id": "https://openalex.org/W1", "title": "Sparse Networks", "publication_year": 2021, "authorships": [{"author_position": "first", "author": {"id": "https://openalex.org/A1", "display_name": "Ada Example"}, "countries": ["GB"], "affiliations": [{"raw_affiliation_string": "x", "institution_ids": []}], "raw_affiliation_strings": ["University of Somewhere"]}], "cited_by_count": 7"#
        let heavy = #", "referenced_works": ["https://openalex.org/W2", "https://openalex.org/W3"], "related_works": [], "concepts": [{"id": "C1", "display_name": "Deep \"learning\" \\ [x] {", "score": 0.5, "level": 1}], "locations": [{"is_oa": true, "source": null, "license": "cc-by"}], "open_access": {"is_oa": false, "oa_url": null}, "cited_by_percentile_year": {"min": 90, "max": 95}, "mesh": [], "topics": [[[[{}]]]], "apc_paid": null, "grants": 12, "sustainable_development_goals": "x""#
        let plain = Self.read(work + "}\n", name: "w.jsonl"), passed = Self.read(work + heavy + "}\n", name: "w.jsonl")
        #expect(passed.diagnostics.isEmpty, "\(passed.diagnostics)")
        #expect(passed.papers.count == 1 && passed.papers == plain.papers)
        #expect(passed.papers.first?.affiliation == "University of Somewhere")
        // Its open-access copy is one of its links (often the PDF the primary location lacks).
        let open = Self.read(work + #", "open_access": {"is_oa": true, "oa_url": "https://arxiv.org/pdf/2101.00001"}}"# + "\n", name: "w.jsonl")
        #expect(open.papers.first?.links.contains("https://arxiv.org/pdf/2101.00001") == true, "\(open.papers.first?.links ?? [])")
        let (node, problem) = JSONParser.parse(Array((work + heavy + "}").utf8))
        #expect(problem == nil && node?["referenced_works"] == nil && node?["concepts"] == nil && node?["cited_by_count"]?.int == 7)
        // A wrong word inside is not looked at; a broken string or bracket is the problem the
        // general reading gives, where it gives it.
        #expect(JSONParser.parse(Array(#"{"concepts": [tru, 1.2.3], "title": "T"}"#.utf8)).1 == nil)
        // A Semantic Scholar paper asked with its embedding reads as without it.
        let s2 = #"{"data": [{"paperId": "p1", "title": "Sparse", "year": 2021, "authors": [{"authorId": "1", "name": "Ada Example"}]"#
        let vector = (0..<768).map { "0.\($0)" }.joined(separator: ", ")
        let embedded = Self.read(s2 + #", "embedding": {"model": "specter_v2", "vector": [\#(vector)]}, "citationStyles": {"bibtex": "@article{x, title = {}}"}}]}"#, name: "s2.json")
        #expect(embedded.diagnostics.isEmpty && embedded.papers == Self.read(s2 + "}]}", name: "s2.json").papers, "\(embedded.diagnostics)")
        #expect(JSONParser.parse(Array((s2 + #", "embedding": {"vector": [1]}}]}"#).utf8)).0?["data"]?.array?.first?["embedding"] == nil)
        for broken in [#"{"concepts": ["a}"#, #"{"concepts": ["a"}, "title": "T"}"#, #"{"concepts": [{"a": 1]}"#, #"{"concepts": , "t": 1}"#,
                       #"{"concepts": ]}"#, #"{"concepts": [1, 2"#, #"{"concepts": "#, #"{"concepts": [] "t": 1}"#, #"{"concepts": 1"#] {
            let general = broken.replacingOccurrences(of: "concepts", with: "conceptS")
            let (a, pa) = JSONParser.parse(Array(broken.utf8)), (b, pb) = JSONParser.parse(Array(general.utf8))
            #expect(pa != nil && pa?.offset == pb?.offset && pa?.message == pb?.message, "\(broken): \(String(describing: pa)) \(String(describing: pb))")
            #expect(a?.cut == b?.cut, "\(broken)")
        }
        // Nested past the limit: a problem, not a stack overflow, as anywhere.
        let deep = #"{"concepts": "# + String(repeating: "[", count: 100_000) + "}"
        #expect(JSONParser.parse(Array(deep.utf8)).1?.message.contains("nested deeper") == true)
        // The lines after a broken one still read.
        let lines = Self.read(work + #", "referenced_works": ["W2"}"# + "\n" + work.replacingOccurrences(of: "W1", with: "W9") + heavy + "}\n", name: "w.jsonl")
        #expect(lines.papers.count == 1 && lines.diagnostics.count == 1, "\(lines.diagnostics)")
    }

    /// An abstract's inverted index is read straight into words and places when it has the plain
    /// shape, and by the general reading otherwise: both give the same abstract, and a broken one
    /// the same problem at the same place.
    @Test func anInvertedIndexReadsAsTheGeneralReadingWould() {
        let indexes = [
            #"{"We": [0], "survey": [1, 4], "distillation.": [2], "and": [3]}"#,
            #"{}"#, #"{ "a" : [ 2 , 0 ] , "b" : [ ] , "c" : [1] }"#,
            #"{"caf\u00e9": [0], "x\"y": [1]}"#, #"{"": [0]}"#, #"{"": [0], "a": [1], "b": [3]}"#,
            // Shapes the quick reading leaves to the general one: places written otherwise.
            #"{"a": [0.0, 1.5], "b": ["2"]}"#, #"{"a": [-1, 0], "b": [1e0]}"#, #"{"a": [1234567890123], "b": [0]}"#,
            #"{"a": 3, "b": [0]}"#, #"{"a": [[0]], "b": [1]}"#, #"{"a": [0, null], "b": [1]}"#,
            // Broken: the problem is the general reading's.
            #"{"a": [0,], "b": [1]}"#, #"{"a": [0] "b": [1]}"#, #"{"a": [0"#, #"{"a": [0], "b": [1]"#,
        ]
        for inverted in indexes {
            let line = #"{"id": "https://openalex.org/W1", "title": "T", "abstract_inverted_index": "# + inverted + "}\n"
            // The same work with the index under another key, read the general way, renamed after.
            let general = line.replacingOccurrences(of: "abstract_inverted_index", with: "abstract_inverted_indeX")
            let (quick, quickProblem) = JSONParser.parse(Array(line.utf8))
            let (slow, slowProblem) = JSONParser.parse(Array(general.utf8))
            #expect(quickProblem?.offset == slowProblem?.offset && quickProblem?.message == slowProblem?.message, "\(inverted)")
            guard let quick, let slow, quickProblem == nil else { continue }
            let a = quick["abstract_inverted_index"]!, b = slow["abstract_inverted_indeX"]!
            guard case .object(let words) = b.value else { Issue.record("\(inverted)"); continue }
            switch a.value {
            case .wordPlaces(let read):
                #expect(OpenAlexReader.abstract(read) == OpenAlexReader.abstract(words),
                        "\(inverted)")
            case .object(let same):
                #expect(OpenAlexReader.abstract(same) == OpenAlexReader.abstract(words), "\(inverted)")
            default:
                Issue.record("\(inverted): \(a.kindName)")
            }
        }
        // A word whose bytes are not UTF-8 reads as the general reading repairs it.
        for name in ["abstract_inverted_index", "abstract_inverted_indeX"] {
            let bytes = Array(#"{"\#(name)": {"ca"#.utf8) + [0xFF, 0xC3] + Array(#"": [1], "b": [0]}}"#.utf8)
            let (node, problem) = JSONParser.parse(bytes)
            #expect(problem == nil)
            let read: String? = switch node?[name]?.value {
            case .wordPlaces(let w): OpenAlexReader.abstract(w)
            case .object(let words): OpenAlexReader.abstract(words)
            default: nil
            }
            #expect(read == "b ca\u{FFFD}\u{FFFD}", "\(name)")
        }
        // The plain shape is read the quick way, and the abstract is as written.
        let (node, _) = JSONParser.parse(Array(#"{"abstract_inverted_index": {"b": [1], "a": [0, 2]}}"#.utf8))
        guard case .wordPlaces(let read)? = node?["abstract_inverted_index"]?.value else {
            Issue.record("not read the quick way")
            return
        }
        #expect(read.words == ["b", "a"] && OpenAlexReader.abstract(read) == "a b a")
        // A place given twice is the first word's; a place left out is skipped; places from the
        // limit on are left out; both readings alike.
        for name in ["abstract_inverted_index", "abstract_inverted_indeX"] {
            let (node, _) = JSONParser.parse(Array(#"{"\#(name)": {"x": [0, 1], "y": [1, 3], "z": [99999, 100000, 123456789]}}"#.utf8))
            let text: String? = switch node?[name]?.value {
            case .wordPlaces(let w): OpenAlexReader.abstract(w)
            case .object(let words): OpenAlexReader.abstract(words)
            default: nil
            }
            #expect(text == "x x y z", "\(name)")
            if case .wordPlaces? = node?[name]?.value { #expect(name == "abstract_inverted_index") } else { #expect(name != "abstract_inverted_index") }
        }
        let lines = Self.read(#"{"id": "https://openalex.org/W1", "title": "T", "abstract_inverted_index": {"x": [1], "y": [0]}}"# + "\n"
                              + #"{"id": "https://openalex.org/W2", "title": "U", "abstract_inverted_index": {"x": [0.5]}}"# + "\n", name: "w.jsonl")
        #expect(lines.papers.map(\.abstract) == ["y x", "x"])
    }

    /// A string is read the same whatever its length and wherever its quote, escape or end falls
    /// among the eight bytes looked at together: each against the value built here.
    @Test func aJSONStringReadsTheSameAtEveryLength() {
        for n in 0..<40 {
            let plain = String((0..<n).map { Character(Unicode.Scalar(UInt8(97 + $0 % 26))) })
            // Plain, with `é` at the end, with an escape at each place.
            var cases: [(text: String, value: String)] = [(plain, plain), (plain + "é", plain + "é")]
            for k in 0...n {
                let (a, b) = (String(plain.prefix(k)), String(plain.dropFirst(k)))
                cases.append((a + #"\""# + b, a + "\"" + b))
                cases.append((a + #"\n\u00e9"# + b, a + "\n\u{e9}" + b))
            }
            for (text, value) in cases {
                let (node, problem) = JSONParser.parse(Array(#"{"k": ""#.utf8) + Array(text.utf8) + Array(#"", "z": 1}"#.utf8))
                #expect(problem == nil && node?["k"]?.string == value && node?["z"]?.int == 1, "\(n) \(text)")
                // Never closed: a problem at the quote that opened it, and no value.
                let open = Array(#"{"k": ""#.utf8)
                let (_, cut) = JSONParser.parse(open + Array(text.utf8))
                #expect(cut?.offset == open.count - 1 && cut?.message == "a string opened here is never closed", "\(n) \(text)")
            }
        }
    }

    @Test func anOpenAlexAuthorNamesTheRecordsPerson() {
        let author = #"{"id": "https://openalex.org/A5000000001", "display_name": "Ada Example", "orcid": "https://orcid.org/0000-0002-1825-0097", "works_count": 3, "cited_by_count": 375, "summary_stats": {"h_index": 3, "i10_index": 3}}"#
        let r = Self.read(author, name: "a.json")
        #expect(r.profile?.name == "Ada Example" && r.profile?.hIndex == 3 && r.profile?.i10Index == 3 && r.profile?.ids?.openalex == "A5000000001")
    }

    @Test func brokenJSONSaysWhereAndWhatWasExpected() {
        // Cut in the middle of the third work: the first two are kept.
        let text = FormatSamples.openAlexList
        let cut = String(text[..<text.range(of: "Sparse networks")!.lowerBound])
        let r = Self.read(cut, name: "cut.json")
        #expect(r.papers.count == 2)
        #expect(r.diagnostics.contains { $0.severity == .error && $0.message.contains("not valid JSON") })
        #expect(r.diagnostics.contains { $0.message.contains("results[2]: cut off") })
        // Wrong types: said with their JSON path, the paper kept without the value.
        let wrong = #"{"data": [{"paperId": "x", "title": "T", "year": "soon", "authors": [{"authorId": "1", "name": 7}], "citationCount": -3}]}"#
        let w = Self.read(wrong, name: "w.json")
        #expect(w.papers.count == 1)
        let messages = w.diagnostics.map(\.message)
        #expect(messages.contains("data[0].authors[0].name: expected a string, found a number"))
        #expect(messages.contains("data[0].year: expected a whole number of zero or more, found a string"))
        #expect(messages.contains("data[0].citationCount: expected a whole number of zero or more, found a number"))
        #expect(w.diagnostics.allSatisfy { $0.location.line == 1 && $0.location.column > 1 })
        // Nested 100,000 deep: a problem, not a crash.
        let deep = String(repeating: "[", count: 100_000)
        #expect(Self.read(deep, name: "deep.json").diagnostics.contains { $0.message.contains("nested deeper than") })
        // Unknown fields are ignored; an object of no known kind is said to be one.
        #expect(Self.read(#"{"hello": "world"}"#, name: "x.json").diagnostics.first?.message.contains("not a record Vita knows") == true)
    }

    @Test func orcidWorksJSONAndXML() {
        let r = Self.read(FormatSamples.orcidWorks, name: "works.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers.map(\.title) == ["Quantized Attention for Vision Transformers", "An Unpublished Note"])
        #expect(r.papers[0].identifiers.doi == "10.1000/qa.2022" && r.papers[0].identifiers[.orcidPutCode] == "111")
        #expect(r.papers[0].type == .inproceedings && r.papers[0].date == PaperDate(year: 2022, month: 6, day: 1, precision: .month))
        #expect(r.papers[1].type == .report)
        #expect(r.papers.allSatisfy { $0.owner == .implied })
        #expect(r.profile?.ids?.orcid == "0000-0002-1825-0097")
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <activities:works path="/0000-0002-1825-0097/works" xmlns:activities="http://www.orcid.org/ns/activities" xmlns:work="http://www.orcid.org/ns/work" xmlns:common="http://www.orcid.org/ns/common">
          <activities:group>
            <work:work-summary put-code="111" path="/0000-0002-1825-0097/work/111">
              <work:title><common:title>Quantized Attention for Vision Transformers</common:title></work:title>
              <common:external-ids><common:external-id><common:external-id-type>doi</common:external-id-type><common:external-id-value>10.1000/qa.2022</common:external-id-value></common:external-id></common:external-ids>
              <work:type>conference-paper</work:type>
              <common:publication-date><common:year>2022</common:year><common:month>06</common:month></common:publication-date>
            </work:work-summary>
          </activities:group>
        </activities:works>
        """
        let x = Self.read(xml, name: "works.xml")
        #expect(x.diagnostics.isEmpty, "\(x.diagnostics)")
        #expect(x.papers.count == 1 && x.papers[0].identifiers.doi == "10.1000/qa.2022" && x.papers[0].type == .inproceedings)
    }

    /// Full works (`/work/{put-code}`, `/works/{put-codes}`): their contributors are the authors
    /// (editors aside), the ORCID person placed among them by ORCID; an error in a bulk answer
    /// is said with its place, and the other works load. Written from ORCID's v3.0 samples.
    @Test func orcidFullWorksListTheirContributors() {
        func contributor(_ name: String, _ orcid: String?, _ role: String) -> String {
            let id = orcid.map { #""contributor-orcid": {"uri": "https://orcid.org/\#($0)", "path": "\#($0)", "host": "orcid.org"},"# } ?? ""
            return #"{\#(id) "credit-name": {"value": "\#(name)"}, "contributor-attributes": {"contributor-sequence": null, "contributor-role": "\#(role)"}}"#
        }
        let work = #"""
        {"put-code": 222, "path": "/0000-0002-1825-0097/work/222",
         "title": {"title": {"value": "Sparse Networks"}, "subtitle": {"value": "for Everyone"}},
         "short-description": "We make sparse networks.", "type": "journal-article",
         "publication-date": {"year": {"value": "2021"}, "month": null, "day": null},
         "external-ids": {"external-id": [{"external-id-type": "doi", "external-id-value": "10.1000/sparse.2021"}]},
         "contributors": {"contributor": [\#(contributor("Bo Chen", nil, "author")), \#(contributor("A. Example", "0000-0002-1825-0097", "author")),
                                          \#(contributor("Ed Itor", nil, "editor"))]}}
        """#
        let one = Self.read(work, name: "work.json")
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics)")
        let p = one.papers.first
        #expect(p?.title == "Sparse Networks: for Everyone" && p?.abstract == "We make sparse networks.")
        #expect(p?.authors.map(\.name) == ["Bo Chen", "A. Example"] && p?.owner == .listed(position: 1), "by ORCID, not by name")
        let bulk = #"{"bulk": [{"work": \#(work)}, {"error": {"response-code": 404, "developer-message": "No work found with put-code 9"}}]}"#
        let b = Self.read(bulk, name: "works.json")
        #expect(b.papers.count == 1 && b.papers.first?.authors.count == 2 && b.papers.first?.owner == .listed(position: 1), "the work's path names the person")
        // Under another spelling and without their ORCID, the person is not placed, and the
        // detail says why (no `et al.` hides them).
        let other = Self.library([("work.json", work.replacingOccurrences(of: "0000-0002-1825-0097\", \"host", with: "0000-0001-5109-3700\", \"host"))])
        #expect(other.papers.first?.owner == .implied)
        let said = other.papers.first.map { p in PaperSummary.fields(of: p, library: other).filter { $0.label == "owner" }.map(\.value) }
        #expect(said?.first?.hasSuffix("(on their record, not among the names given)") == true, "\(String(describing: said))")
        #expect(b.diagnostics.map(\.description) == ["works.json:7:177: warning: bulk[1].error: ORCID answered with an error for this work: No work found with put-code 9"])
        // The same as XML: one work is the whole document.
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <work:work put-code="222" path="/0000-0002-1825-0097/work/222" xmlns:common="http://www.orcid.org/ns/common" xmlns:work="http://www.orcid.org/ns/work">
          <work:title><common:title>Sparse Networks</common:title><common:subtitle>for Everyone</common:subtitle></work:title>
          <work:type>journal-article</work:type>
          <work:contributors>
            <work:contributor><work:credit-name>Bo Chen</work:credit-name></work:contributor>
            <work:contributor><common:contributor-orcid><common:path>0000-0002-1825-0097</common:path></common:contributor-orcid>
              <work:credit-name>A. Example</work:credit-name><work:contributor-attributes><work:contributor-role>author</work:contributor-role></work:contributor-attributes></work:contributor>
          </work:contributors>
        </work:work>
        """
        let x = Self.read(xml, name: "work.xml")
        #expect(x.diagnostics.isEmpty, "\(x.diagnostics)")
        #expect(x.papers.first?.title == "Sparse Networks: for Everyone" && x.papers.first?.authors.map(\.name) == ["Bo Chen", "A. Example"])

        // A chapter names its book's DOI as `part-of`: not its own. Its own (`self`) comes first,
        // another version's (`version-of`) only when it has none.
        func ids(_ list: [(String, String, String?)]) -> String {
            let items = list.map { t, v, r in
                #"{"external-id-type": "\#(t)", "external-id-value": "\#(v)""# + (r.map { #", "external-id-relationship": "\#($0)""# } ?? "") + "}"
            }
            return #"{"put-code": 1, "title": {"title": {"value": "A Chapter"}}, "external-ids": {"external-id": [\#(items.joined(separator: ","))]}}"#
        }
        func doi(_ list: [(String, String, String?)]) -> String? { Self.read(ids(list), name: "w.json").papers.first?.identifiers.doi }
        #expect(doi([("doi", "10.1/book", "part-of"), ("doi", "10.1/chapter", "self")]) == "10.1/chapter")
        #expect(doi([("doi", "10.1/book", "part-of")]) == nil)
        #expect(doi([("doi", "10.1/preprint", "version-of"), ("doi", "10.1/article", "self")]) == "10.1/article")
        #expect(doi([("doi", "10.1/preprint", "version-of"), ("doi", "10.1/x", "funded-by")]) == "10.1/preprint")
        #expect(doi([("doi", "10.1/plain", nil)]) == "10.1/plain")
        let partOf = xml.replacingOccurrences(of: "<work:type>", with: """
          <common:external-ids><common:external-id><common:external-id-type>doi</common:external-id-type><common:external-id-value>10.1/book</common:external-id-value>
          <common:external-id-relationship>part-of</common:external-id-relationship></common:external-id></common:external-ids><work:type>
          """)
        #expect(Self.read(partOf, name: "work.xml").papers.first.map { $0.identifiers.doi == nil } == true)
    }

    /// A full work that names no contributor but carries a BibTeX citation (as works imported
    /// from Crossref do) takes its authors from the citation, the person placed among them by
    /// name, and what the work leaves out (volume, pages); what the work says itself stands. A
    /// subtitle or URL given as a string (ORCID's own samples write them so) is read too.
    @Test func orcidFullWorksTakeAuthorsFromTheirBibTeXCitation() {
        let bibtex = #"@article{Chen_2021,\n\tdoi = {10.1000/sparse.2021},\n\tyear = 2021,\n\tpublisher = {Elsevier {BV}},\n\tvolume = {12},\n\tpages = {1--10},\n\tauthor = {Bo Chen and Ada Example and Cy Smith},\n\ttitle = {Sparse networks},\n\tjournal = {Journal of Sparse Things}\n}"#
        let work = #"""
        {"put-code": 7, "path": "/0000-0002-1825-0097/work/7",
         "title": {"title": {"value": "Sparse Networks"}, "subtitle": "for Everyone"},
         "journal-title": {"value": "J. Sparse"}, "type": "journal-article", "url": "https://example.org/sparse",
         "citation": {"citation-type": "bibtex", "citation-value": "\#(bibtex)"},
         "contributors": {"contributor": []}}
        """#
        let lib = Self.library([("work.json", #"{"person": {"name": {"given-names": {"value": "Ada"}, "family-name": {"value": "Example"}}}, "orcid-identifier": {"path": "0000-0002-1825-0097"}, "bulk": [{"work": \#(work)}]}"#)])
        #expect(lib.diagnostics.isEmpty, "\(lib.diagnostics)")
        let p = lib.papers.first
        #expect(p?.title == "Sparse Networks: for Everyone")
        #expect(p?.authors.map(\.name) == ["Bo Chen", "Ada Example", "Cy Smith"] && p?.owner == .listed(position: 1))
        #expect(p?.venue == "J. Sparse" && p?.volume == "12" && p?.pages == "1--10" && p?.identifiers.doi == "10.1000/sparse.2021")
        #expect(p?.links.contains("https://example.org/sparse") == true)
        // The work's put-code is shown as such, not as an ORCID iD.
        let shown = p.map { PaperSummary.fields(of: $0, library: lib).map { "\($0.label)=\($0.value)" } } ?? []
        #expect(shown.contains("put-code=7") && !shown.contains { $0.hasPrefix("orcid=") }, "\(shown)")
        // Contributors, where named, are the authors; a citation of another kind is not read;
        // a BibTeX citation that holds no entry is said.
        let named = work.replacingOccurrences(of: #""contributor": []"#, with: #""contributor": [{"credit-name": {"value": "Di Named"}}]"#)
        #expect(Self.read(named, name: "w.json").papers.first?.authors.map(\.name) == ["Di Named"])
        let apa = work.replacingOccurrences(of: #""citation-type": "bibtex""#, with: #""citation-type": "formatted-apa""#)
        #expect(Self.read(apa, name: "w.json").papers.first?.authors.isEmpty == true)
        let broken = Self.read(work.replacingOccurrences(of: bibtex, with: "Chen, B. (2021). Sparse networks."), name: "w.json")
        #expect(broken.papers.first?.authors.isEmpty == true)
        #expect(broken.diagnostics.map(\.description) == ["w.json:4:14: warning: citation: its BibTeX citation holds no entry that can be read; left aside"], "\(broken.diagnostics)")
        // The same as XML.
        let xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <work:work put-code="7" path="/0000-0002-1825-0097/work/7" xmlns:common="http://www.orcid.org/ns/common" xmlns:work="http://www.orcid.org/ns/work">
          <work:title><common:title>Sparse Networks</common:title></work:title>
          <work:citation><work:citation-type>bibtex</work:citation-type>
            <work:citation-value>@article{Chen_2021, author = {Bo Chen and Ada Example}, title = {Sparse networks}, volume = {12}, year = 2021}</work:citation-value>
          </work:citation>
          <work:type>journal-article</work:type>
        </work:work>
        """
        let x = Self.read(xml, name: "work.xml")
        #expect(x.diagnostics.isEmpty, "\(x.diagnostics)")
        #expect(x.papers.first?.authors.map(\.name) == ["Bo Chen", "Ada Example"] && x.papers.first?.volume == "12" && x.papers.first?.date?.year == 2021)
    }

    /// A paper's links give its DOI's page once: the DOI's own link as DBLP writes it, or at
    /// another resolver or in another case, is that page; a link that only starts alike is not.
    @Test func theDOIsOwnLinkIsGivenOnce() {
        var ids = PaperIdentifiers()
        ids.add(.doi, "10.1145/3290605")
        let links = FieldText.links(ids, others: ["https://doi.org/10.1145/3290605", "https://doi.org/10.1145/3290605.X",
                                                  "http://dx.doi.org/10.1145/3290605", "HTTPS://DOI.ORG/10.1145/3290605",
                                                  "https://doi.org/10.1145/3290606", nil, "https://dblp.org/rec/conf/chi/X19"])
        #expect(links == ["https://doi.org/10.1145/3290605", "https://doi.org/10.1145/3290605.X", "https://doi.org/10.1145/3290606",
                          "https://dblp.org/rec/conf/chi/X19"], "\(links)")
        // A DBLP record's two links (its `ee` at the DOI, its page) in room for two, not four: a
        // million papers are held at once while a dump is first opened.
        let dblp = FieldText.links(ids, others: ["https://doi.org/10.1145/3290605", "https://dblp.org/db/conf/chi/chi2019.html#X19"])
        #expect(dblp == ["https://doi.org/10.1145/3290605", "https://dblp.org/db/conf/chi/chi2019.html#X19"])
        #expect(dblp.capacity < 4, "\(dblp.capacity)")
    }

    /// Crossref's works, as its REST API answers (`/works/{doi}`, a search's `work-list`) and as a
    /// DOI answers for CSL-JSON: titles and container titles as lists, Crossref's type names,
    /// the count of citing works with when it was taken, a JATS abstract, a preprint's server.
    /// Written from Crossref's REST API documentation and a CSL-JSON answer of doi.org.
    @Test func crossrefWorksAreReadAsCSL() {
        let work = #"""
        {"indexed": {"date-parts": [[2024, 11, 19]], "date-time": "2024-11-19T08:52:31Z"},
         "publisher": "American Chemical Society (ACS)", "DOI": "10.1021/ja01577a030", "type": "journal-article",
         "page": "5441-5444", "is-referenced-by-count": 582, "title": ["Correlation of the Base Strengths of Amines"],
         "subtitle": [], "volume": "79",
         "author": [{"suffix": "Jr.", "given": "H. K.", "family": "Hall", "sequence": "first", "affiliation": []},
                    {"ORCID": "http://orcid.org/0000-0002-1825-0097", "given": "Ada", "family": "Example", "sequence": "additional"}],
         "container-title": ["Journal of the American Chemical Society"],
         "abstract": "<jats:title>Abstract</jats:title><jats:p>Bases &amp; amines, in <jats:italic>water</jats:italic>.</jats:p><jats:sec><jats:title>Methods</jats:title><jats:p>We measured.</jats:p></jats:sec>",
         "issued": {"date-parts": [[1957, 10]]}, "URL": "http://dx.doi.org/10.1021/ja01577a030"}
        """#
        let one = Self.read(#"{"status": "ok", "message-type": "work", "message-version": "1.0.0", "message": \#(work)}"#, name: "work.json")
        #expect(one.diagnostics.isEmpty, "\(one.diagnostics)")
        let p = one.papers.first
        #expect(p?.title == "Correlation of the Base Strengths of Amines" && p?.type == .article && p?.venue == "Journal of the American Chemical Society")
        #expect(p?.authors.map(\.name) == ["H. K. Hall Jr.", "Ada Example"] && p?.authors[1].ids?.orcid == "0000-0002-1825-0097")
        #expect(p?.citations == CitationCount(count: 582, source: "crossref", asOf: "2024-11-19") && p?.pages == "5441--5444")
        #expect(p?.abstract == "Bases & amines, in water.\nMethods\nWe measured.", "\(p?.abstract ?? "")")
        #expect(p?.links == ["https://doi.org/10.1021/ja01577a030"], "the DOI's link at another resolver is the same link")
        #expect(p?.sources.first?.path == "message")

        // A search's page: its works, and how many more it found.
        let preprint = #"{"DOI": "10.1101/2021.08.15.21262067", "type": "posted-content", "subtype": "preprint", "institution": [{"name": "medRxiv"}], "publisher": "Cold Spring Harbor Laboratory", "container-title": [], "title": ["Humoral immunity"], "issued": {"date-parts": [[2021, 8, 18]]}}"#
        let list = Self.read(#"{"status": "ok", "message-type": "work-list", "message": {"total-results": 120, "items-per-page": 2, "query": {"start-index": 0}, "items": [\#(work), \#(preprint)]}}"#, name: "works.json")
        #expect(list.papers.count == 2 && list.papers[1].type == .preprint && list.papers[1].venue == "medRxiv")
        #expect(list.diagnostics.map(\.message) == ["message: Crossref found 120 works; this answer holds 2 of them, from the 1st (ask for the others with rows= up to 1000 and offset=, or cursor=*)"], "\(list.diagnostics)")
        // The same work as doi.org gives CSL-JSON (strings, not lists), read alike.
        let csl = Self.read(work.replacingOccurrences(of: #"["Correlation of the Base Strengths of Amines"]"#, with: #""Correlation of the Base Strengths of Amines""#), name: "csl.json")
        #expect(csl.papers.first?.title == "Correlation of the Base Strengths of Amines" && csl.papers.first?.citations?.count == 582)
        // Crossref's error answer is said as one.
        let failed = Self.read(#"{"status": "failed", "message-type": "validation-failure", "message": [{"value": "x", "message": "Filter x specified but there is no such filter", "type": "filter-not-available"}]}"#, name: "e.json")
        #expect(failed.papers.isEmpty && failed.diagnostics.first?.message.contains("an error answer (failed), not records: Filter x specified") == true, "\(failed.diagnostics)")
    }

    /// Keywords from every format that gives them, each once (letter case aside), joined when
    /// the same paper comes from two sources; shown, asked for with `keywords:`, and written
    /// by each writer (a .bib's arXiv class in `keywords` gives the category, not a keyword).
    @Test func keywordsFromEveryFormatThatGivesThem() {
        func keywords(_ text: String, _ name: String) -> [String] {
            let r = Self.read(text, name: name)
            #expect(r.diagnostics.filter { $0.severity == .error }.isEmpty, "\(name): \(r.diagnostics)")
            return r.papers.first?.keywords ?? []
        }
        #expect(keywords("TY  - JOUR\nTI  - Sparse\nKW  - pruning\nKW  - Sparsity; lottery tickets\nKW  - pruning\nER  - \n", "a.ris") == ["pruning", "Sparsity", "lottery tickets"])
        #expect(keywords("FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Lee, A\nTI Sparse\nDE pruning; sparse\n   networks\nID LOTTERY; Pruning\nPY 2020\nER\nEF\n", "savedrecs.txt")
                == ["pruning", "sparse networks", "LOTTERY"])
        #expect(keywords("PMID- 1\nTI  - Sparse.\nOT  - pruning\nOT  - sparse networks\nDP  - 2020\n", "a.nbib") == ["pruning", "sparse networks"])
        #expect(keywords(#"[{"id": "a", "type": "article-journal", "title": "Sparse", "keyword": "pruning, sparse networks; Pruning"}]"#, "a.json") == ["pruning", "sparse networks"])
        #expect(keywords(#"{"id": "https://openalex.org/W1", "title": "Sparse", "authorships": [], "keywords": [{"id": "https://openalex.org/keywords/pruning", "display_name": "Pruning", "score": 0.6}]}"#, "w.json") == ["Pruning"])
        #expect(keywords("@article{a, title = {Sparse}, keywords = {cs.LG, pruning, Sp{\\\"a}rse}}", "a.bib") == ["pruning", "Spärse"])
        // Two sources of one paper: their keywords joined, and said as given by both.
        let lib = Self.library([("a.ris", "TY  - JOUR\nTI  - Sparse Networks\nDO  - 10.1/x\nKW  - pruning\nER  - \n"),
                                ("b.json", #"[{"id": "b", "type": "article-journal", "title": "Sparse Networks", "DOI": "10.1/x", "keyword": "Pruning, sparsity"}]"#)])
        #expect(lib.papers.count == 1 && lib.papers[0].keywords == ["pruning", "sparsity"])
        #expect(lib.papers[0].sources.allSatisfy { $0.fields.contains("keywords") }, "\(lib.papers[0].sources)")
        #expect(PaperSummary.fields(of: lib.papers[0], library: lib).contains { $0.label == "keywords" && $0.value == "pruning, sparsity" })
        var s = SearchSession(index: SearchIndex(library: lib))
        #expect(s.search("keywords:sparsity").count == 1 && s.search("keywords:lottery").count == 0)
        // A bare word finds a keyword too (they are indexed with the category), and a phrase
        // does not run from one keyword into the next.
        #expect(s.search("sparsity").count == 1 && s.search("\"pruning sparsity\"").count == 0)
        // A facet of its own in the panel, whose term finds its papers.
        let group = Facets(library: lib, indices: [0]).groups.first { $0.kind == .keyword }
        #expect(group?.facets.map(\.value) == ["pruning", "sparsity"] && group?.facets.first?.term == "keywords:\"pruning\"")
        // The kinds of publication too, each a term that finds its papers.
        let dblp = Self.library([("dblp.xml", FormatSamples.dblpPerson)])
        let types = Facets(library: dblp, indices: Array(dblp.papers.indices)).groups.first { $0.kind == .type }
        #expect(types?.facets.map(\.term).sorted() == ["type:article", "type:inproceedings", "type:preprint"], "\(String(describing: types))")
        var session = SearchSession(library: dblp)
        #expect(session.search(types!.facets[0].term).count == types!.facets[0].count)
        #expect(group.map { s.search(Query($0.facets[1].term)).count } == 1)
        // Papers taken back: one value, counting both kinds, whose term finds them; none when none are.
        #expect(Facets(library: dblp, indices: Array(dblp.papers.indices)).groups.contains { $0.kind == .status } == false)
        var taken = dblp.papers
        taken[0].retraction = .retracted
        taken[1].retraction = .withdrawn
        let takenLibrary = Library(papers: taken)
        let status = Facets(library: takenLibrary, indices: Array(taken.indices)).groups.first { $0.kind == .status }
        #expect(status?.facets.map(\.value) == ["taken back"] && status?.facets.map(\.count) == [2])
        var takenSession = SearchSession(library: takenLibrary)
        #expect(status.map { takenSession.search($0.facets[0].term).count } == 2)
        #expect(Facets(library: takenLibrary, indices: [0]).groups.first { $0.kind == .status }?.facets.map(\.value) == ["retracted"])
        #expect(Facets(library: takenLibrary, indices: [1]).groups.first { $0.kind == .status }?.facets.map(\.value) == ["withdrawn"])
        #expect(Facets(library: takenLibrary, indices: Array(2..<taken.count)).groups.contains { $0.kind == .status } == false)
        #expect(RISWriter.write(lib.papers, keys: ["k"]).contains("KW  - pruning\nKW  - sparsity\n"))
        #expect(CSLWriter.write(lib.papers, keys: ["k"]).contains(#""keyword": "pruning, sparsity""#))
        #expect(BibTeXWriter().write(lib.papers, library: lib).text.contains("keywords = {pruning, sparsity}"))
    }

    /// What the fuzzer found: lists nested 40 deep around one ORCID work. Telling the kind of a
    /// list asked its first item twice, so the time doubled at each level and this never ended.
    @Test func deeplyNestedListsAreToldAtOnce() {
        let work = #"{"bulk": [{"work": {"put-code": 8, "title": {"title": {"value": "Sparse"}}}}]}"#
        let nested = String(repeating: "[", count: 40) + work + String(repeating: "]", count: 40)
        let r = Self.read(nested, name: "n.json")
        #expect(r.papers.isEmpty && r.diagnostics.allSatisfy { $0.severity == .warning }, "\(r.papers.count) \(r.diagnostics)")
    }

    @Test func cslJSONItems() {
        let r = Self.read(FormatSamples.cslJSON, name: "z.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers[0].authors[0].name == "Ada Example" && r.papers[0].authors[0].family == "Example")
        #expect(r.papers[0].date == PaperDate(year: 2020, month: 8, day: 1, precision: .month) && r.papers[0].pages == "1--40")
        #expect(r.papers[1].authors[0].name == "World Health Organization" && r.papers[1].date?.year == 2019)
        #expect(r.papers[2].authors[0].name == "Jan van Beek" && r.papers[2].authors[0].family == "van Beek")
        #expect(r.papers[2].date == PaperDate(year: 2018, month: 5, day: 2))
        // A given name alone, a dropping particle, and items without a type (the CSL test suite's).
        let odd = Self.read(#"[{"id": "a", "title": "Street Art", "author": [{"given": "Banksy"}, {"given": "Ludwig", "dropping-particle": "van", "family": "Beethoven"}], "issued": {"date-parts": [[2001]]}}, {"id": "b", "title": "Untyped"}]"#, name: "t.json")
        #expect(odd.papers.map(\.title) == ["Street Art", "Untyped"] && odd.diagnostics.isEmpty, "\(odd.diagnostics)")
        #expect(odd.papers[0].authors.map(\.name) == ["Banksy", "Ludwig van Beethoven"] && odd.papers[0].authors[1].family == "Beethoven")
        // Dates written in words (`raw`, `literal`: the CSL test suite's) and a name written
        // family first (`static-ordering`), kept so through each writer.
        let words = Self.read(#"""
            [{"id": "s", "type": "book", "title": "Spring", "issued": {"literal": "Spring 2012"}},
             {"id": "c", "type": "book", "title": "Circa", "issued": {"raw": "circa 1820"}},
             {"id": "m", "type": "book", "title": "May", "issued": {"raw": "May 5, 1999"}, "author": [{"family": "Mao", "given": "Zedong", "static-ordering": true}]},
             {"id": "d", "type": "book", "title": "Sept", "issued": {"raw": "5 Sept. 1999"}},
             {"id": "n", "type": "book", "title": "None", "issued": {"raw": "forthcoming"}}]
            """#, name: "w.json")
        #expect(words.papers.map(\.date) == [PaperDate(year: 2012, month: 1, day: 1, precision: .year), PaperDate(year: 1820, month: 1, day: 1, precision: .year),
                                             PaperDate(year: 1999, month: 5, day: 5), PaperDate(year: 1999, month: 9, day: 5), nil])
        #expect(words.diagnostics.map(\.message) == ["[4].issued: expected date-parts with a year"], "\(words.diagnostics)")
        let mao = words.papers[2]
        #expect(mao.authors.map(\.name) == ["Mao Zedong"] && mao.authors[0].family == "Mao")
        var unmapped = Set<Character>()
        #expect(BibTeXNames.bibtex("Mao Zedong", family: "Mao", ascii: false, unmapped: &unmapped) == "Mao, Zedong")
        let back = Self.read(CSLWriter.write([mao], keys: ["m"]), name: "back.json")
        #expect(back.papers.first?.authors.map(\.name) == ["Mao Zedong"] && back.papers.first?.authors.first?.family == "Mao")
    }

    /// Titles as Zotero, Crossref and OpenAlex give them, with inline markup: read as text.
    /// (The rich-text item is from citation-js's test data, MIT licence.)
    @Test func titlesLoseTheirInlineMarkup() {
        let cases: [(String, String)] = [
            ("Conduction velocity in myelinated nerve fibres of <i>Xenopos laevis</i>", "Conduction velocity in myelinated nerve fibres of Xenopos laevis"),
            ("CO<sub>2</sub> reduction on Cu<SUP>+</SUP>", "CO2 reduction on Cu+"),
            ("<span class=\"nocase\">iPhone</span> apps <b>and</b> <span style=\"font-variant:small-caps;\">Lisp</span>", "iPhone apps and Lisp"),
            ("When a < b and c > d", "When a < b and c > d"), ("<ibid> <i", "<ibid> <i"), ("A<br/>B", "A B"), ("x <script>y</script>", "x <script>y</script>"),
            ("Area of <mml:math><mml:mi>\u{3C0}</mml:mi></mml:math> circles", "Area of \u{3C0} circles"), ("<i></i>", ""),
        ]
        for (raw, want) in cases { #expect(FieldText.title(raw) == (want.isEmpty ? nil : want), "\(raw)") }
        let csl = """
        [{"type": "article-journal", "id": "h", "title": "Conduction velocity in myelinated nerve fibres of <i>Xenopos laevis</i>",
          "container-title": "Proceedings of the 3<sup>rd</sup> Workshop", "author": [{"family": "Hutchinson", "given": "N A"}],
          "issued": {"date-parts": [[1970, 6]]}},
         {"type": "book", "id": "p", "title": "Proceedings of the 11th Conference", "issued": {"date-parts": [[2018]]},
          "editor": [{"family": "Baker", "given": "Christopher J. O."}, {"family": "Waagmeester", "given": "Andra"}]}]
        """
        let r = Self.read(csl, name: "z.json")
        #expect(r.papers.map(\.title) == ["Conduction velocity in myelinated nerve fibres of Xenopos laevis", "Proceedings of the 11th Conference"])
        #expect(r.papers.first?.venue == "Proceedings of the 3rd Workshop")
        #expect(r.papers.last?.authors.map(\.name) == ["Christopher J. O. Baker", "Andra Waagmeester"], "editors stand for the authors they lack")
        let oa = Self.read(#"{"id": "https://openalex.org/W1", "title": "H<sub>2</sub>O at scale", "publication_year": 2020, "authorships": []}"#, name: "w.json")
        #expect(oa.papers.first?.title == "H2O at scale")
        let nullTitle = Self.read(#"{"id": "https://openalex.org/W1", "title": null, "display_name": "Shown Name", "publication_year": 2020, "authorships": []}"#, name: "w.json")
        #expect(nullTitle.papers.first?.title == "Shown Name" && nullTitle.diagnostics.isEmpty, "\(nullTitle.diagnostics)")
    }

    @Test func cslYAMLItems() {
        let r = Self.read(FormatSamples.cslYAML, name: "refs.yaml")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers.map(\.title) == ["A Survey of Distillation: Part 1", "Global Report on 'Things'"])
        let a = r.papers[0]
        #expect(a.authors.map(\.name) == ["Ada Example", "Jan van Beek"])
        #expect(a.date == PaperDate(year: 2020, month: 8, day: 1, precision: .month) && a.pages == "1--40")
        #expect(a.identifiers.doi == "10.1000/survey.2020" && a.abstract == "We survey distillation.")
        #expect(a.sources.first?.format == "csl-yaml" && a.sources.first?.path == "references[0]" && a.source.line == 3)
        #expect(r.papers[1].date == PaperDate(year: 2019, month: 3, day: 1, precision: .month))
        #expect(r.papers[1].authors.first?.name == "World Health Organization")
        // pandoc's titles are Markdown (as Better BibTeX writes them for it): the text without its marks;
        // a mark that opens nothing stays. CSL-JSON's stars are its text.
        let marked = [("The eruption of **Huaynaputina**, southern Peru", "The eruption of Huaynaputina, southern Peru"),
                      ("Der Bücher *Prouerbia* und _Ecclesiastes_", "Der Bücher Prouerbia und Ecclesiastes"),
                      ("St. Germain ms. (g~1~), H~2~O and x^2^", "St. Germain ms. (g1), H2O and x2"),
                      ("[Collecta]{.nocase} and [SMALL]{.smallcaps} ***both***", "Collecta and SMALL both"),
                      ("2 * 3 * 4, C*-algebras, snake_case_name, a \\*star\\* and ~~gone~~", "2 * 3 * 4, C*-algebras, snake_case_name, a *star* and gone")]
        for (written, shown) in marked {
            let yaml = Self.read("references:\n- id: a\n  type: book\n  title: '\(written)'\n", name: "m.yaml")
            #expect(yaml.papers.first?.title == shown, "\(written)")
        }
        #expect(Self.read(#"[{"id": "a", "type": "book", "title": "A *starred* word"}]"#, name: "m.json").papers.first?.title == "A *starred* word")
        // Told by content through a pipe too.
        #expect(RecordFormats.detect(name: "-", head: Array(FormatSamples.cslYAML.utf8)) == RecordFormats.cslYAML)
        // With Windows line ends, and after comments and blank lines, it is still told.
        let crlf = "# exported\r\n\r\n" + FormatSamples.cslYAML.replacingOccurrences(of: "\n", with: "\r\n")
        #expect(RecordFormats.detect(name: "-", head: Array(crlf.utf8)) == RecordFormats.cslYAML)
        let readCRLF = Self.read(crlf, name: "-")
        #expect(readCRLF.papers.map(\.title) == r.papers.map(\.title) && readCRLF.papers.map(\.date) == r.papers.map(\.date))
        #expect(readCRLF.diagnostics.isEmpty, "\(readCRLF.diagnostics)")
        #expect(readCRLF.papers.first?.source.line == 5, "a comment and a blank line come first")
        // A first line that opens no YAML document is no YAML, whatever follows.
        #expect(RecordFormats.detect(name: "-", head: Array("Ann Lee\n- id: x\nreferences:\n".utf8)) == RecordFormats.profile)
        #expect(RecordFormats.detect(name: "-", head: Array("---\nno csl here\n".utf8)) != RecordFormats.cslYAML)
        // What is not read is said with its line, and the rest still loads.
        let odd = "---\nreferences:\n- id: a\n  title: &anchor One\n  type: book\n\tbad: tab\n- id: b\n  type: book\n  title: Two\n"
        let o = Self.read(odd, name: "odd.yaml")
        #expect(o.papers.map(\.title) == ["&anchor One", "Two"])
        #expect(o.diagnostics.contains { $0.message.contains("anchors, aliases and tags") && $0.location.line == 4 })
        #expect(o.diagnostics.contains { $0.message.contains("tab") && $0.location.line == 6 })
        // A closer of the wrong kind in a flow list (found by fuzzing: it hung) is stepped over.
        let stray = Self.read("---\nreferences:\n- id: a\n  title: T\n  author: [l{iteral: X}]\n", name: "stray.yaml")
        #expect(stray.papers.map(\.title) == ["T"])
        #expect(stray.diagnostics.contains { $0.message.contains("unexpected '}'") })
        // A block scalar as a list item (`- |-`, as Better BibTeX writes notes): the rest of the
        // document is read (it was ignored, the next item lost).
        let blocks = "references:\n- id: a\n  title: One\n  note:\n    - |-\n      A note: with a colon.\n      More.\n    - >\n      folded\n      lines\n  issued:\n    - year: 2020\n- id: b\n  title: Two\n"
        let k = Self.read(blocks, name: "notes.yaml")
        #expect(k.papers.map(\.title) == ["One", "Two"] && k.papers.first?.year == 2020 && k.diagnostics.isEmpty, "\(k.diagnostics)")
        // Deep nesting is bounded.
        let deep = "---\n" + (0..<1_000).map { String(repeating: " ", count: $0) + "a:" }.joined(separator: "\n") + "\n"
        #expect(Self.read(deep, name: "deep.yaml").diagnostics.contains { $0.message.contains("deeper than") })
    }

    /// A text written in Latin-1 (every character one byte), read: its first title as written, and
    /// a warning that names the format.
    static func readLatin1(_ format: RecordFormat, _ text: String, said name: String) -> RecordContents {
        let bytes = text.unicodeScalars.map { UInt8(truncatingIfNeeded: $0.value) }
        let read = format.read(bytes, ReadContext(fileName: "latin1", asOf: asOf))
        #expect(read.papers.first?.title == "Caf\u{E9}")
        #expect(read.diagnostics.map(\.message).contains("not UTF-8; read as Latin-1 (\(name) states no encoding)"))
        return read
    }

    @Test func risRecords() {
        let r = Self.read(FormatSamples.ris, name: "s.ris")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers[0].title == "A Survey of Distillation", "a continued line joins the field")
        #expect(r.papers[0].authors.map(\.name) == ["Ada Example", "Bo Chen"])
        #expect(r.papers[0].date == PaperDate(year: 2020, month: 8, day: 1) && r.papers[0].pages == "1--40")
        // Kept as BibTeX writes a range, shown with its dash.
        let lib = Library(records: [("refs.ris", r)])
        // Volume and pages each under their own label (pages alone were once labelled "volume").
        let fields = PaperSummary.fields(of: lib.papers[0], library: lib)
        #expect(fields.first { $0.label == "pages" }?.value == "1\u{2013}40" && fields.contains { $0.label == "volume" } == (lib.papers[0].volume != nil))
        #expect(r.papers[1].type == .inproceedings && r.papers[1].venue == "CVPR" && r.papers[1].identifiers.doi == "10.1000/qa.2022")
        // Zotero's arXiv preprints: `TY  - GEN` (or `PREPRINT`) published by arXiv, no journal.
        let zotero = Self.read("TY  - GEN\nTI  - Sparse\nAU  - Chen, Bo\nPY  - 2021\nPB  - arXiv\nUR  - http://arxiv.org/abs/2101.00001\nER  - \n\n"
                               + "TY  - PREPRINT\nTI  - Dense\nPY  - 2022\nPB  - arXiv\nER  - \n\nTY  - GEN\nTI  - Report\nPB  - Acme\nER  - \n", name: "z.ris")
        #expect(zotero.papers.map(\.type) == [.preprint, .preprint, .other] && zotero.papers.map(\.venue) == ["arXiv", "arXiv", nil], "\(zotero.papers.map(\.type))")
        #expect(zotero.papers[0].identifiers.arxiv == "2101.00001")
        // Latin-1 with a warning; a record without ER kept with a warning.
        let l = Self.readLatin1(RecordFormats.ris, "TY  - JOUR\nTI  - Caf\u{E9}\nPY  - 2001\n", said: "RIS")
        #expect(l.diagnostics.contains { $0.message.contains("never ends with ER") && $0.location.line == 1 })
        // Windows and old Mac line ends, numbering between records, one space before the hyphen:
        // the same papers; text outside a record said with its line.
        let crlf = Self.read(FormatSamples.ris.replacingOccurrences(of: "\n", with: "\r\n"), name: "w.ris")
        let cr = Self.read(FormatSamples.ris.replacingOccurrences(of: "\n", with: "\r"), name: "m.ris")
        #expect(crlf.papers.map(\.title) == r.papers.map(\.title) && crlf.papers.map(\.authors) == r.papers.map(\.authors)
                && crlf.papers.map(\.date) == r.papers.map(\.date) && crlf.papers.map(\.source.line) == r.papers.map(\.source.line)
                && crlf.diagnostics.isEmpty)
        #expect(cr.papers.map(\.title) == r.papers.map(\.title) && cr.diagnostics.isEmpty)
        let odd = Self.read("1.\nTY - JOUR\nTI - One\nER -\n2.\nstray words\nTY  - JOUR\nTI  - Two\nER  -\n", name: "o.ris")
        #expect(odd.papers.map(\.title) == ["One", "Two"])
        #expect(odd.diagnostics.map { "\($0.location.line): \($0.message)" } == ["6: text outside a record (expected a tag such as 'TY  - '); ignored"])
        // A line without a tag after a name, a date or an identifier does not join it (a stray
        // line once became part of an author's name, unsaid); after a link, a link is one more;
        // after text (an abstract, a note), it goes on.
        let stray = Self.read("TY  - JOUR\nTI  - One\nAU  - Smith, Jane\nsee also the erratum\nDO  - 10.1000/one\n1234\nUR  - https://a.example/1\nhttps://b.example/2\n"
            + "AB  - First line\nsecond line\nER  -\n", name: "stray.ris")
        let s = stray.papers.first
        #expect(s?.authors.map(\.name) == ["Jane Smith"] && s?.identifiers.doi == "10.1000/one")
        #expect(s?.links == ["https://doi.org/10.1000/one", "https://a.example/1", "https://b.example/2"] && s?.abstract == "First line second line")
        #expect(stray.diagnostics.map { "\($0.location.line): \($0.message)" } == [
            "4: a line without a tag after AU, whose value is one line; ignored: 'see also the erratum' (expected a tag such as 'N1  - ')",
            "6: a line without a tag after DO, whose value is one line; ignored: '1234' (expected a tag such as 'N1  - ')"])
        // EndNote writes a list's further values a line each under the first (keywords, a
        // second ISSN): each is one more keyword, and a second ISSN is no problem.
        let endnote = Self.read("TY  - JOUR\nTI  - One\nKW  - citation\nreference manager\nlibrary\nSN  - 0000-0000\n9999-9999\n"
            + "AB  - An abstract\nthat goes on.\nKW  - coffee\nAD  - Dept. of Examples, Univ. of A, Testville\nLab of Tests, Univ. of B, Utopia\nER  -\n", name: "endnote.ris")
        #expect(endnote.papers.first?.keywords == ["citation", "reference manager", "library", "coffee"], "\(endnote.papers.first?.keywords ?? [])")
        // An address a line: the first is the paper's, not every one joined into one.
        #expect(endnote.papers.first?.affiliation == "Dept. of Examples, Univ. of A, Testville")
        #expect(endnote.papers.first?.details.all(.issn) == ["0000-0000", "9999-9999"])
        #expect(endnote.papers.first?.abstract == "An abstract that goes on." && endnote.diagnostics.isEmpty, "\(endnote.diagnostics)")
        // The year in PY and the day in DA or Y1 (Scopus, Zotero, EndNote): the day is kept; a
        // date of another year does not overrule PY; a link without its scheme (ScienceDirect's) kept.
        let dated = Self.read("TY  - JOUR\nTI  - One\nPY  - 2005\nDA  - 2005/07/15\nER  -\nTY  - JOUR\nTI  - Two\nY1  - 2015/09/10\nPY  - 2015\nER  -\n"
            + "TY  - JOUR\nTI  - Three\nPY  - 2016\nDA  - 2019/03/28\nUR  - //www.sciencedirect.com/science/article/pii/S1\nER  -\n"
            + "TY  - JOUR\nTI  - Four\nPY  - someday\nDA  - 2012/05//\nER  -\n", name: "d.ris")
        #expect(dated.papers.map(\.date) == [PaperDate(year: 2005, month: 7, day: 15), PaperDate(year: 2015, month: 9, day: 10),
                                             PaperDate(year: 2016, month: 1, day: 1, precision: .year), PaperDate(year: 2012, month: 5, day: 1, precision: .month)])
        #expect(dated.papers[2].links == ["https://www.sciencedirect.com/science/article/pii/S1"])
        #expect(dated.diagnostics.isEmpty, "\(dated.diagnostics)")
        // DA before the older Y1; year 0 (Scopus's "no date") is no date.
        let y1 = Self.read("TY  - JOUR\nTI  - Y1 first\nY1  - 1900/01/01\nDA  - 1950/01/01\nER  -\nTY  - JOUR\nTI  - Zero\nPY  - 0000\nER  -\n", name: "y.ris")
        #expect(y1.papers.map(\.date) == [PaperDate(year: 1950, month: 1, day: 1), nil])
        // A year of two digits is no year (JabRef's test file: `PY  - 99` before `PY  - 2001/09/01/`).
        let short = Self.read("TY  - JOUR\nTI  - Short\nPY  - 99\nY1  - 2001/09/01/\nER  -\n", name: "s.ris")
        #expect(short.papers.first?.date == PaperDate(year: 2001, month: 9, day: 1))
        // Several people in one tag, separated by `;` (as some exports write them): each a person.
        let semi = Self.read("TY  - JOUR\nTI  - Semi\nAU  - Smith, John; Doe, Kate;\nAU  - Roe, Rick\nER  -\nTY  - BOOK\nTI  - Edited\nED  - Lee, Ann ; Wu, Bo\nER  -\n", name: "s.ris")
        #expect(semi.papers.map { $0.authors.map(\.name) } == [["John Smith", "Kate Doe", "Rick Roe"], ["Ann Lee", "Bo Wu"]])
        #expect(semi.papers[0].authors.map(\.family) == ["Smith", "Doe", "Roe"])
    }

    @Test func webOfScienceRecords() {
        let r = Self.read(FormatSamples.wos, name: "savedrecs.txt")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let (a, b) = (r.papers[0], r.papers[1])
        #expect(a.title == "A Survey of Distillation", "a continued line joins the title")
        #expect(a.authors.map(\.name) == ["Ada Example", "Bo Chen", "Vision Study Grp"], "full names, then the group")
        #expect(a.authors[2].family == "Vision Study Grp", "a group author is a name written whole")
        #expect(a.authors[1].ids?.orcid == "0000-0002-1825-0097" && a.authors[0].ids?.orcid == nil, "an ORCID goes to its author only")
        #expect(a.date == PaperDate(year: 2020, month: 8, day: 1) && a.pages == "1--40" && a.volume == "21")
        #expect(a.venue == "JOURNAL OF MACHINE LEARNING" && a.type == .article)
        #expect(a.identifiers.doi == "10.1000/survey.2020" && a.identifiers[.pubmed] == "31891577")
        #expect(a.citations == CitationCount(count: 12, source: "wos", asOf: "2024-05-01"), "the core count, as of the export")
        #expect(a.abstract == "Background\nWe survey distillation.", "a line of the abstract is a paragraph")
        #expect(a.affiliation == "Univ Examples, Dept Comp Sci, Testville, Utopia.")
        #expect(a.links == ["https://doi.org/10.1000/survey.2020", "https://www.webofscience.com/wos/woscc/full-record/WOS:000123456700001"])
        #expect(a.sources.map(\.format) == ["wos"] && a.source.line == 3)
        #expect(b.type == .inproceedings && b.date?.year == 2022 && b.date?.month == 12 && b.date?.precision == .month && b.pages == "e0207499" && b.citations == nil)
        #expect(b.authors.map(\.name) == ["Bo Chen"])

        // Broken: text that is no tag, a record never ended, a tag outside a record. Each said
        // with its line; every record still read.
        let broken = "FN Clarivate Analytics Web of Science\nTI stray\nPT J\nTI One\nthis is no tag\nPY 2001\nPT J\nTI Two\n"
        let k = Self.read(broken, name: "b.txt")
        // Inside a record, a line that is no tag continues the field above it (as some exports
        // write continued lines, without their three spaces).
        #expect(k.papers.map(\.title) == ["One this is no tag", "Two"])
        let said = k.diagnostics.map { "\($0.location.line): \($0.message)" }
        #expect(said.contains("2: the tag TI is outside a record (expected PT first); ignored"), "\(said)")
        #expect(!said.contains { $0.hasPrefix("5:") }, "\(said)")
        let unindented = Self.read("FN Thomson Reuters Web of Knowledge\nVR 1.0\nPT J\nTI Importance of carbon for two\nconsumers in lakes\nAU Medvedeff, Cassandra A.\nHershey, Anne E.\nPY 2013\nER\nEF\n", name: "w.txt")
        #expect(unindented.papers.map(\.title) == ["Importance of carbon for two consumers in lakes"] && unindented.diagnostics.isEmpty, "\(unindented.diagnostics)")
        #expect(unindented.papers.first?.authors.map(\.name) == ["Cassandra A. Medvedeff", "Anne E. Hershey"])
        #expect(said.contains("7: a record begins before the one at line 3 ends with ER; that one is kept"), "\(said)")
        #expect(said.contains("7: the record that begins here never ends with ER; kept"), "\(said)")
        // Exports joined end to end (each with its byte-order mark), and with Windows line ends.
        let joined = Self.read(FormatSamples.wos + "\n" + FormatSamples.wos.replacingOccurrences(of: "\n", with: "\r\n"), name: "all.txt")
        #expect(joined.papers.count == 4 && joined.diagnostics.isEmpty, "\(joined.diagnostics)")
        let runTogether = Self.read(FormatSamples.wos + FormatSamples.wos, name: "cat.txt")
        #expect(runTogether.papers.count == 4 && runTogether.diagnostics.isEmpty, "files without a last line end, joined: \(runTogether.diagnostics)")
        #expect(joined.papers[2].title == "A Survey of Distillation" && joined.papers[2].source.line == FormatSamples.wos.split(separator: "\n", omittingEmptySubsequences: false).count + 3)
        // Latin-1, said.
        _ = Self.readLatin1(RecordFormats.wos, "PT J\nTI Caf\u{E9}\nER\n", said: "Web of Science text")
        // With another source of the same work: one paper, its citations from the newer count.
        let lib = Self.library([("s.ris", FormatSamples.ris), ("savedrecs.txt", FormatSamples.wos)])
        let survey = lib.papers.first { $0.identifiers.doi == "10.1000/survey.2020" }
        #expect(survey?.sources.map(\.format).sorted() == ["ris", "wos"] && survey?.citations?.source == "wos")
    }

    /// Embase's and Ovid's RIS write a name family first with no comma (`Fanning E.`, from
    /// rispy's test data); MEDLINE's `AU` always does (`Smith JA`), where a record has no `FAU`.
    @Test func namesWrittenFamilyFirstWithoutAComma() {
        let ris = Self.read("TY  - JOUR\nT1  - Outcome Measures\nA1  - Fanning E.\nA1  - van der Berg J.-P.\nA1  - Wei LI\nA1  - J. Smith\nA1  - Ng A. B.\nA1  - Plain Name\nER  -\n", name: "embase.ris")
        #expect(ris.diagnostics.isEmpty, "\(ris.diagnostics)")
        let a = ris.papers.first?.authors ?? []
        #expect(a.map(\.name) == ["E. Fanning", "J.-P. van der Berg", "Wei LI", "J. Smith", "A. B. Ng", "Plain Name"])
        #expect(a.map(\.family) == ["Fanning", "van der Berg", nil, nil, "Ng", nil])
        #expect(a.first?.shortName == "Fanning", "the list shows the family name, not the initial")
        let medline = Self.read("PMID- 1\nTI  - T.\nAU  - Smith JA\nAU  - Li W\nAU  - de la Cruz M\nDP  - 2020\n", name: "m.nbib")
        #expect(medline.papers.first?.authors.map(\.name) == ["JA Smith", "W Li", "M de la Cruz"])
        #expect(medline.papers.first?.authors.map(\.family) == ["Smith", "Li", "de la Cruz"])
        // Read back from what Vita writes, the same people.
        let back = Self.read(RISWriter.write(ris.papers, keys: ["a"]), name: "back.ris")
        #expect(back.papers.first?.authors.map(\.name) == a.map(\.name))
    }

    @Test func pubmedMEDLINERecords() {
        let r = Self.read(FormatSamples.medline, name: "pubmed.nbib")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let (a, b) = (r.papers[0], r.papers[1])
        #expect(a.title == "A Survey of Distillation", "a continued line joins the title; its full stop goes")
        #expect(a.authors.map(\.name) == ["Ada Example", "Bo Chen", "Vision Study Group"], "full names, then the group")
        // The group is a name written whole: BibTeX braces it, CSL-JSON gives it as a literal;
        // one with a comma is not turned at it.
        #expect(a.authors[2].family == "Vision Study Group" && a.authors[0].family == "Example")
        var unmapped = Set<Character>()
        #expect(BibTeXNames.bibtex(a.authors[2].name, family: a.authors[2].family, ascii: false, unmapped: &unmapped) == "{Vision Study Group}")
        #expect(CSLWriter.write([a], keys: ["a"]).contains(#"{"literal": "Vision Study Group"}"#))
        let comma = Self.read("PMID- 9\nTI  - T.\nCN  - Centers for Disease Control, Atlanta\nDP  - 2020\n", name: "c.nbib")
        #expect(comma.papers.first?.authors.map(\.name) == ["Centers for Disease Control, Atlanta"])
        #expect(a.authors[1].ids?.orcid == "0000-0002-1825-0097" && a.authors[0].ids?.orcid == nil, "an AUID goes to the author before it")
        #expect(a.date == PaperDate(year: 2020, month: 8, day: 1) && a.pages == "1--40" && a.volume == "21")
        #expect(a.venue == "Journal of machine learning" && a.type == .article)
        #expect(a.identifiers.doi == "10.1000/survey.2020" && a.identifiers[.pubmed] == "31891577")
        #expect(a.abstract == "BACKGROUND: We survey distillation. METHODS: We read everything.")
        #expect(a.affiliation == "Univ Examples, Testville, Utopia.")
        #expect(a.links == ["https://doi.org/10.1000/survey.2020", "https://pubmed.ncbi.nlm.nih.gov/31891577/",
                            "https://www.ncbi.nlm.nih.gov/pmc/articles/PMC7000001/"])
        #expect(a.sources.map(\.format) == ["pubmed"] && a.source.line == 2 && b.source.line == 31)
        #expect(b.type == .preprint && b.date?.year == 2022 && b.date?.month == 12 && b.date?.precision == .month)
        #expect(b.identifiers.doi == "10.1000/qa.2022" && b.pages == "e0207499" && b.citations == nil)

        // Broken: text that is no tag, a record without PMID (ERIC's have none), records begun
        // without a blank line before them. Each said with its line; every record still read.
        let broken = "PMID- 1\nTI  - One.\nthis is no tag\n\nTI  - stray\nPMID- 2\nTI  - Two.\nPMID- 3\nTI  - Three.\n"
        let k = Self.read(broken, name: "b.nbib")
        #expect(k.papers.map(\.title) == ["One", "stray", "Two", "Three"])
        let said = k.diagnostics.map { "\($0.location.line): \($0.message)" }
        #expect(said.count == 3, "\(said)")
        #expect(said.contains { $0.hasPrefix("3: expected a tag of up to four letters") }, "\(said)")
        #expect(said.contains("6: a record begins before the one at line 5 ends with a blank line; that one is kept"), "\(said)")
        #expect(said.contains("8: a record begins before the one at line 6 ends with a blank line; that one is kept"), "\(said)")
        // ERIC's records in MEDLINE's form, told by their first tag in a file of any name.
        // Their dates may give the month first (`Apr 2019`).
        let eric = Self.read("\nOWN - ERIC\nTI  - Tests of Robustness in Peer Review\nAU  - Leipzig, Jeremy\nDP  - 2021\n\nOWN - ERIC\nTI  - Second\nAU  - Roe, Rick\nISSN - EISSN-2375-5636\nDP  - Apr 2019\n", name: "eric.txt")
        #expect(eric.papers.map(\.title) == ["Tests of Robustness in Peer Review", "Second"] && eric.diagnostics.isEmpty, "\(eric.diagnostics)")
        #expect(eric.papers.first?.authors.map(\.name) == ["Jeremy Leipzig"] && eric.papers.first?.year == 2021)
        #expect(eric.papers.last?.date == PaperDate(year: 2019, month: 4, day: 1, precision: .month))
        _ = Self.readLatin1(RecordFormats.pubmed, "PMID- 1\nTI  - Caf\u{E9}\n", said: "MEDLINE text")
        // A value right after its hyphen keeps its first letter; a shortened page range is written out.
        let tight = Self.read("PMID-27394443\nTI  -This is a title.\nPG  - 454-81\n\nPMID- 2\nTI  - Two.\nPG  - 1003-12\n\nPMID- 3\nTI  - Three.\nPG  - e123-e130\n", name: "t.nbib")
        #expect(tight.papers.map(\.title) == ["This is a title", "Two", "Three"] && tight.diagnostics.isEmpty, "\(tight.diagnostics)")
        #expect(tight.papers.map(\.pages) == ["454--481", "1003--1012", "e123--e130"])
        #expect(tight.papers[0].identifiers[.pubmed] == "27394443")
        // With Web of Science's record of the same work: one paper (one DOI, one PubMed id).
        let lib = Self.library([("pubmed.nbib", FormatSamples.medline), ("savedrecs.txt", FormatSamples.wos)])
        let survey = lib.papers.first { $0.identifiers[.pubmed] == "31891577" }
        #expect(survey?.sources.map(\.format).sorted() == ["pubmed", "wos"] && lib.papers.count == 2)
    }

    /// arXiv's journal reference: the journal, volume and pages apart where it has their shape
    /// and ends in a year; the venue whole otherwise. Shapes from arXiv's own listings.
    @Test(arguments: [
        ("Phys. Rev. Lett. 98, 030403 (2007)", "Phys. Rev. Lett.", "98", "030403"),
        ("Phys. Rev. D 76, 013009 (2007)", "Phys. Rev. D", "76", "013009"),
        ("JHEP 0712:030,2007", "JHEP", "0712", "030"),
        ("Astrophys.J.660:1-10,2007", "Astrophys.J.", "660", "1--10"),
        ("Nature 452, 1\u{2013}5 (2008).", "Nature", "452", "1--5"),
        ("Nucl.Phys.B480:3-20,1996", "Nucl.Phys.B", "480", "3--20"),
        ("NeurIPS 2020", "NeurIPS 2020", nil, nil),
        ("Mon. Not. Roy. Astron. Soc. 380 (2007) 1-10", "Mon. Not. Roy. Astron. Soc. 380 (2007) 1-10", nil, nil),
        ("In: Proceedings of the Workshop, 2019", "In: Proceedings of the Workshop, 2019", nil, nil),
        ("Physical Review B 99, 2019", "Physical Review B 99, 2019", nil, nil),
        ("IEEE Trans. Inf. Theory, vol. 53, no. 7, pp. 2543-2555, 2007", "IEEE Trans. Inf. Theory, vol. 53, no. 7, pp. 2543-2555, 2007", nil, nil),
    ] as [(String, String, String?, String?)])
    func arxivJournalReferences(_ ref: String, _ venue: String, _ volume: String?, _ pages: String?) {
        let r = FieldText.journalReference(ref)
        #expect(r.venue == venue && r.volume == volume && r.pages == pages, "\(r)")
        let entry = FormatSamples.arxivAtom.replacingOccurrences(of: "<arxiv:doi>", with: "<arxiv:journal_ref>\(ref)</arxiv:journal_ref><arxiv:doi>")
        let p = Self.read(entry, name: "q.xml").papers.first
        #expect(p?.venue == venue && p?.volume == volume && p?.pages == pages && p?.type == .article)
    }

    @Test func arxivAtomAndItsErrors() {
        let r = Self.read(FormatSamples.arxivAtom, name: "q.xml")
        #expect(r.papers.count == 1)
        let p = r.papers[0]
        #expect(p.title == "Sparse Networks for Everyone" && p.identifiers.arxiv == "2101.00001" && p.identifiers.doi == "10.1000/sparse.2021")
        #expect(p.category == "LG" && p.affiliation == "Example Labs" && p.abstract == "We make sparse networks for everyone.")
        #expect(p.date == PaperDate(year: 2021, month: 1, day: 4))
        #expect(r.diagnostics.contains { $0.severity == .error && $0.message.contains("incorrect id format for 1234.12345v2") })
        // A title as its authors wrote it, in LaTeX: read as a .bib title is, math kept.
        let latex = FormatSamples.arxivAtom.replacingOccurrences(of: "Sparse Networks\n      for Everyone", with: #"Landau--Kolmogorov for Schr\"odinger $\sigma$-models"#)
        #expect(Self.read(latex, name: "q.xml").papers.first?.title == "Landau\u{2013}Kolmogorov for Schr\u{F6}dinger $\\sigma$-models")
        // A page of a larger answer (`opensearch:totalResults` past the entries given) is said,
        // with how to ask for the rest; an answer that holds all it found is not.
        func counted(_ total: Int, start: Int) -> String {
            FormatSamples.arxivAtom.replacingOccurrences(of: "<title type=\"html\">", with: """
                <opensearch:totalResults xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\(total)</opensearch:totalResults>
                <opensearch:startIndex xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/">\(start)</opensearch:startIndex>
                <title type="html">
                """)
        }
        let paged = Self.read(counted(13, start: 10), name: "q.xml")
        #expect(paged.papers.count == 1 && paged.diagnostics.contains { $0.severity == .warning && $0.message == "arXiv found 13 entries; this answer holds 2 of them, from the 11th (ask for the others with start= and max_results=)" }, "\(paged.diagnostics)")
        #expect(!Self.read(counted(2, start: 0), name: "q.xml").diagnostics.contains { $0.message.hasPrefix("arXiv found") })
    }

    /// A group among the authors (arXiv's collaborations and teams; OpenAlex and Semantic Scholar
    /// give them too) is a name written whole: BibTeX braces it, CSL-JSON gives it as a literal,
    /// its key and short name are all of it. A person's name that merely has such a word is not.
    @Test func groupsAmongTheAuthorsAreNamesWrittenWhole() throws {
        let atom = FormatSamples.arxivAtom.replacingOccurrences(of: "<author><name>Ada Example</name></author>",
                                                                with: "<author><name>ATLAS Collaboration</name></author><author><name>Gemini Team</name></author>")
        let p = try #require(Self.read(atom, name: "q.xml").papers.first)
        #expect(p.authors.map(\.family) == [nil, "ATLAS Collaboration", "Gemini Team"])
        let bib = BibTeXWriter().write([p]).text
        #expect(bib.contains("author = {Chen, Bo and {ATLAS Collaboration} and {Gemini Team}}"), "\(bib)")
        #expect(BibTeXReader.read(bib, fileName: "b.bib").papers.first?.authors.map(\.name) == ["Bo Chen", "ATLAS Collaboration", "Gemini Team"])
        #expect(CSLWriter.write([p], keys: ["k"]).contains(#"{"literal": "ATLAS Collaboration"}"#))
        var first = p
        first.authors.removeFirst()
        #expect(BibTeXWriter().write([first]).keys == ["atlascollaboration2021sparse"])
        #expect(first.authors[0].shortName == "ATLAS Collaboration")
        let openalex = #"{"id": "https://openalex.org/W1", "title": "T", "publication_year": 2020, "authorships": [{"author": {"display_name": "CMS Collaboration"}}, {"author": {"display_name": "Vision Study Group"}}]}"#
        #expect(Self.read(openalex, name: "w.json").papers.first?.authors.map(\.family) == ["CMS Collaboration", "Vision Study Group"])
        for name in ["Ada Example", "Ming-Ming Cheng", "Plato", "Teamwork Lee", "Ada group", "Ada Groups"] {
            #expect(Author(name: name).family == nil, "\(name)")
        }
    }

    // MARK: Merging and people

    /// Papers without a title, from one file or two, by the same author in the same year, are
    /// different works: never merged, never possible duplicates, for their missing titles.
    @Test func untitledPapersAreNeverTheSameWork() {
        let ris = "TY  - JOUR\nAU  - Lee, Ann\nPY  - 2020\nJO  - A\nER  -\nTY  - JOUR\nAU  - Lee, Ann\nPY  - 2020\nJO  - B\nER  -\n"
        let csl = #"[{"id": "x", "type": "article-journal", "author": [{"family": "Lee", "given": "Ann"}], "issued": {"date-parts": [[2020]]}}]"#
        let bib = "@misc{m, author = {Lee, Ann}, year = 2020}\n"
        let lib = Self.library([("a.ris", ris), ("b.json", csl), ("c.bib", bib)])
        #expect(lib.papers.count == 4 && lib.papers.allSatisfy { $0.title == Paper.untitled && $0.sources.count <= 1 })
        #expect(lib.papers.allSatisfy { $0.possibleDuplicates.isEmpty }, "\(lib.papers.map(\.possibleDuplicates))")
    }

    @Test func threeSourcesMakeOneRecord() {
        let lib = Self.library([("dblp.xml", FormatSamples.dblpPerson), ("s2.json", FormatSamples.s2Author), ("oa.json", FormatSamples.openAlexList)])
        #expect(lib.papers.count == 3)
        let q = lib.papers[0]
        // Title and authors from DBLP, citations from the newest count (OpenAlex, dated), ids from all.
        #expect(q.title == "Quantized Attention for Vision Transformers")
        #expect(q.citations == CitationCount(count: 10, source: "openalex", asOf: "2026-10-01"))
        #expect(q.identifiers[.dblp] != nil && q.identifiers[.s2] != nil && q.identifiers[.openalex] != nil)
        #expect(q.date == PaperDate(year: 2022, month: 6, day: 19), "S2's day refines DBLP's year")
        #expect(q.sources.map(\.format) == ["dblp", "s2", "openalex"])
        #expect(q.sources[0].fields.contains("title") && q.sources[2].fields.contains("citations"))
        // Matched by title, year and first author where no identifier is shared (DBLP has no DOI
        // for the survey, OpenAlex no arXiv id).
        let survey = lib.papers[2]
        #expect(survey.sources.count == 3)
        #expect(survey.identifiers.doi == "10.1000/survey.2020" && survey.identifiers.arxiv == "2003.00002")
        #expect(survey.venue == "J. Mach. Learn.")
        // The preprint's venue gives way to none only when another source has one.
        #expect(lib.papers[1].citations?.count == 55)
        // The person is one person across the sources: DBLP's homonym, S2's `B. Chen` and OpenAlex's ids.
        #expect(lib.ownerName == "Ada Example")
        #expect(lib.papers.allSatisfy { if case .listed = $0.owner { true } else { false } })
        let chen = lib.people.filter { $0.name.hasSuffix("Chen") }
        #expect(chen.count == 1, "\(chen.map(\.name))")
        let metrics = Metrics(papers: lib.papers)
        #expect(metrics.citations == 375 && metrics.hIndex == 3)
    }

    /// arXiv's DOI for a preprint (`10.48550/arXiv.…`, the only link DBLP and Zotero give many)
    /// names its arXiv id too: the paper matches a source that gives only the id, and is written
    /// with an `eprint`.
    @Test func arxivsOwnDOIGivesThePreprintsArXivID() {
        var ids = PaperIdentifiers()
        ids[.doi] = "https://doi.org/10.48550/ARXIV.2101.00001"
        #expect(ids.doi == "10.48550/arxiv.2101.00001" && ids.arxiv == "2101.00001")
        ids[.doi] = "10.48550/arXiv.hep-th/9901001"
        #expect(ids.arxiv == "2101.00001", "an arXiv id already known stays")
        var old = PaperIdentifiers()
        old[.doi] = "10.48550/arXiv.hep-th/9901001"
        #expect(old.arxiv == "hep-th/9901001")
        var other = PaperIdentifiers()
        other[.doi] = "10.1000/arxiv.2101.00001"
        #expect(other.arxiv == nil, "only arXiv's own prefix")

        // Zotero's item of the preprint, under a longer title and the year it was cited: matched
        // to arXiv's entry by the id alone.
        let zotero = """
        [{"id": "chen2023", "type": "article", "title": "Sparse networks for everyone: a preprint",
          "author": [{"family": "Chen", "given": "Bo"}], "issued": {"date-parts": [[2023]]},
          "DOI": "10.48550/arXiv.2101.00001"}]
        """
        let lib = Self.library([("q.xml", FormatSamples.arxivAtom), ("z.json", zotero)])
        #expect(lib.papers.count == 1, "\(lib.papers.map(\.title))")
        #expect(lib.papers.first?.sources.map(\.format) == ["arxiv", "csl-json"])

        // DBLP's CoRR record whose only link is the DOI.
        let dblp = """
        <?xml version="1.0" encoding="US-ASCII"?>
        <dblpperson name="Bo Chen" pid="98/7654" n="1">
        <r><article key="journals/corr/abs-2401-00001" mdate="2024-01-05" publtype="informal">
        <author pid="98/7654">Bo Chen</author><title>Dense Networks for Some.</title><year>2024</year>
        <journal>CoRR</journal><ee type="oa">https://doi.org/10.48550/arXiv.2401.00001</ee>
        </article></r>
        </dblpperson>
        """
        let corr = Self.library([("dblp.xml", dblp)])
        #expect(corr.papers.first?.identifiers.arxiv == "2401.00001")
        let bib = BibTeXWriter().write(corr.papers, library: corr).text
        #expect(bib.contains("eprint = {2401.00001}") && bib.contains("doi = {10.48550/arxiv.2401.00001}"), "\(bib)")
    }

    @Test func papersOfOneFileAreNeverMergedAndAFileGivenTwiceIsOne() {
        let twice = Self.library([("s2.json", FormatSamples.s2Author), ("s2.json", FormatSamples.s2Author)])
        #expect(twice.papers.count == 6)
        #expect(twice.papers.allSatisfy { !$0.possibleDuplicates.isEmpty })
    }

    @Test func theOwnerByORCIDOrDBLPPid() {
        let files = [("oa.json", FormatSamples.openAlexList), ("cs.json", FormatSamples.cslJSON)]
        let byORCID = Self.library(files, owner: "0000-0002-1825-0097")
        #expect(byORCID.ownerName == "Ada Example")
        #expect(Self.library(files, owner: "https://orcid.org/0000-0002-1825-0097").ownerName == "Ada Example")
        #expect(Library.ownerIDs("Ada Example").isEmpty && Library.ownerIDs("AC/DC Band").isEmpty)
        let first = byORCID.papers.filter { if case .listed(0) = $0.owner { true } else { false } }
        #expect(first.count == 2)
        let byPid = Self.library([("dblp.xml", FormatSamples.dblpPerson)], owner: "98/7654")
        #expect(byPid.ownerName == "Bo Chen")
        #expect(byPid.papers.filter { if case .listed = $0.owner { true } else { false } }.count == 2)
    }

    // MARK: Metrics and queries

    @Test func metricsAgainstHandCountedAnswers() {
        // 23 papers cited 23 times or more, the 24th cited 23 times: h = 23.
        let counts = Array(repeating: 40, count: 10) + Array(repeating: 23, count: 14) + [9, 5, 0]
        let papers = counts.enumerated().map { i, c in
            var p = Paper(title: "P\(i)", source: SourceLocation(file: "m", line: i))
            p.citations = CitationCount(count: c, source: "test")
            return p
        } + [Paper(title: "No count", source: SourceLocation(file: "m", line: 99))]
        let m = Metrics(papers: papers)
        #expect(m.hIndex == 23)
        #expect(m.i10Index == 24)
        #expect(m.citations == 400 + 322 + 14)
        #expect(m.counted == 27 && m.papers == 28)
        // g: the top 27 have 736 citations ≥ 27² = 729, and g is at most the papers counted.
        #expect(m.gIndex == 27)
        // The one-pass count agrees with sorting, on random counts.
        var rng = SeededRandom(seed: 7)
        for _ in 0..<200 {
            let n = Int(rng.next() % 60)
            let cs = (0..<n).map { _ in Int(rng.next() % 120) }
            let ps = cs.map { c -> Paper in var p = Paper(title: "x", source: SourceLocation(file: "r", line: 1)); p.citations = CitationCount(count: c, source: "t"); return p }
            let mm = Metrics(papers: ps)
            let sorted = cs.sorted(by: >)
            #expect(mm.hIndex == Metrics.h(sortedDescending: sorted))
            #expect(mm.gIndex == Metrics.g(sortedDescending: sorted))
        }
    }

    @Test func citationAndPositionQueries() {
        let lib = Self.library([("dblp.xml", FormatSamples.dblpPerson), ("oa.json", FormatSamples.openAlexList)])
        var s = SearchSession(index: SearchIndex(library: lib))
        func titles(_ q: String) -> Set<String> { Set(s.search(q).ranked.map { lib.papers[$0].title }) }
        #expect(titles("cites:>=50") == ["A Survey of Distillation", "Sparse Networks for Everyone"])
        #expect(titles("cites:10..100") == ["Quantized Attention for Vision Transformers", "Sparse Networks for Everyone"])
        #expect(titles("cites:10") == ["Quantized Attention for Vision Transformers"])
        #expect(titles("cites:<11") == ["Quantized Attention for Vision Transformers"])
        #expect(titles("is:first") == ["A Survey of Distillation", "Quantized Attention for Vision Transformers"])
        #expect(titles("pos:2") == ["Sparse Networks for Everyone"])
        #expect(titles("is:last") == ["A Survey of Distillation"])
        #expect(titles("doi:10.1000") .count == 2, "doi: finds papers that have no BibTeX entry")
        // The details of papers without an entry: `publisher:`, `editor:`, `issue:`, `isbn:`.
        let detailed = Self.library([("d.ris", "TY  - CHAP\nTI  - Ch\nAU  - Ng, Ann\nA2  - Jones, Bo\nPB  - Springer Nature\nSN  - 978-3-319-00000-1\nPY  - 2018\nER  - \n"
                                     + "TY  - JOUR\nTI  - Art\nAU  - Doe, Jane\nJO  - J\nIS  - 3\nPY  - 2019\nER  - \n")])
        var ds = SearchSession(index: SearchIndex(library: detailed))
        func found(_ q: String) -> [String] { ds.search(q).ranked.map { detailed.papers[$0].title } }
        #expect(found("publisher:springer") == ["Ch"] && found("publisher:\"springer nature\"") == ["Ch"] && found("editor:jones") == ["Ch"])
        #expect(found("issue:3") == ["Art"] && found("number:3") == ["Art"] && found("isbn:978") == ["Ch"])
        #expect(ds.search("edition:2nd").problems.first?.message.contains("edition") == true, "no paper has one: said so")
        #expect(s.search("cites:lots").problems.first?.message.contains("cites: expects a count") == true)
        #expect(s.search("pos:0").problems.first?.message.contains("pos: expects") == true)
    }

    // MARK: Writers

    /// Each reader keeps what a citation of a book or a chapter needs: the publisher and its place,
    /// the editors (not when they stand for the authors), the issue, the edition, ISBNs and ISSNs,
    /// the series and a note.
    @Test func eachReaderKeepsThePapersDetails() {
        func details(_ p: Paper?) -> [String] {
            guard let p else { return ["(no paper)"] }
            return p.details.items.map { "\($0.kind.rawValue)=\($0.value)" }
        }
        let bib = Self.read("""
            @incollection{c, author = {Ng, Ann}, title = {Ch}, booktitle = {Handbook}, editor = {Jones, Bo and van der Berg, Jan},
              publisher = {Springer}, address = {Cham}, series = {LNCS}, isbn = {978-3-319-00000-1, 978-3-319-00001-8}, year = 2018}
            @book{e, editor = {Smith, Al}, title = {Edited}, publisher = {P}, year = 2010}
            @phdthesis{t, author = {Roe, Rick}, title = {Thesis}, school = {MIT}, year = 2015}
            @article{a, author = {Doe, Jane}, title = {Art}, journal = {J}, number = 3, issn = {1234-5678}, note = {To appear}, year = 2019}
            """, name: "d.bib").papers
        #expect(details(bib.first { $0.title == "Ch" }) == ["editor=Bo Jones", "editor=Jan van der Berg", "place=Cham", "series=LNCS",
                                                           "isbn=978-3-319-00000-1", "isbn=978-3-319-00001-8", "publisher=Springer"])
        // The editors of an edited book are its authors, not said twice; its publisher is its venue.
        #expect(bib.first { $0.title == "Edited" }.map { $0.authors.map(\.name) == ["Al Smith"] && $0.venue == "P" } == true)
        #expect(details(bib.first { $0.title == "Edited" }) == ["publisher=P"])
        #expect(details(bib.first { $0.title == "Thesis" }) == ["publisher=MIT"] && bib.first { $0.title == "Thesis" }?.venue == "MIT")
        #expect(details(bib.first { $0.title == "Art" }) == ["number=3", "issn=1234-5678", "note=To appear"])

        let csl = Self.read("""
            [{"id": "c", "type": "chapter", "title": "Ch", "author": [{"family": "Ng", "given": "Ann"}], "editor": [{"family": "Jones", "given": "Bo"}],
              "container-title": "Handbook", "publisher": "Springer", "publisher-place": "Cham", "collection-title": "LNCS",
              "ISBN": "978-3-319-00000-1 978-3-319-00001-8", "edition": 2, "issued": {"date-parts": [[2018]]}},
             {"id": "e", "type": "book", "title": "Edited", "editor": [{"family": "Smith", "given": "Al"}], "publisher": "P", "issued": {"date-parts": [[2010]]}},
             {"id": "a", "type": "journal-article", "title": ["Art"], "container-title": ["J"], "issue": "3", "ISSN": ["1234-5678", "8765-4321"],
              "number": "arXiv:2101.00001", "issued": {"date-parts": [[2019]]}},
             {"id": "b", "type": "book", "title": ["Crossref Book"], "edition-number": "2", "publisher-location": "Cham", "ISBN": ["9783319000001"]}]
            """, name: "d.json").papers
        #expect(details(csl.first { $0.title == "Ch" }) == ["publisher=Springer", "place=Cham", "editor=Bo Jones", "edition=2",
                                                           "isbn=978-3-319-00000-1", "isbn=978-3-319-00001-8", "series=LNCS"])
        #expect(details(csl.first { $0.title == "Edited" }) == ["publisher=P"] && csl.first { $0.title == "Edited" }?.authors.map(\.name) == ["Al Smith"])
        // Crossref's lists of ISSNs; an arXiv id in `number` is not an issue.
        #expect(details(csl.first { $0.title == "Art" }) == ["number=3", "issn=1234-5678", "issn=8765-4321"])
        #expect(details(csl.first { $0.title == "Crossref Book" }) == ["place=Cham", "edition=2", "isbn=9783319000001"])

        let ris = Self.read("""
            TY  - CHAP
            TI  - Ch
            AU  - Ng, Ann
            A2  - Jones, Bo
            T2  - Handbook
            PB  - Springer
            CY  - Cham
            SN  - 978-3-319-00000-1
            T3  - LNCS
            PY  - 2018
            ER  - 
            TY  - BOOK
            TI  - Edited
            ED  - Smith, Al
            PB  - MIT Press
            SN  - 0262033844
            PY  - 2010
            ER  - 
            TY  - JOUR
            TI  - Art
            AU  - Doe, Jane
            JO  - J
            IS  - 3
            SN  - 1234-5678
            SN  - 8765-432X
            PY  - 2019
            ER  - 
            TY  - GEN
            TI  - Preprint
            AU  - Doe, Jane
            PB  - arXiv
            PY  - 2021
            ER  - 
            """, name: "d.ris").papers
        #expect(details(ris.first { $0.title == "Ch" }) == ["editor=Bo Jones", "publisher=Springer", "place=Cham", "isbn=978-3-319-00000-1", "series=LNCS"])
        #expect(details(ris.first { $0.title == "Edited" }) == ["publisher=MIT Press", "isbn=0262033844"])
        #expect(ris.first { $0.title == "Edited" }.map { $0.authors.map(\.name) == ["Al Smith"] && $0.venue == "MIT Press" } == true)
        #expect(details(ris.first { $0.title == "Art" }) == ["number=3", "issn=1234-5678", "issn=8765-432X"])
        // EndNote's and Zotero's book: `A2` its series editor, `A3` its editor, `T2` its series.
        let book = Self.read("TY  - BOOK\nTI  - Tome\nAU  - Roe, Rick\nA2  - Series, Ed\nA3  - Volume, Ed\nT2  - Lecture Notes\nPB  - Springer\nPY  - 2012\nER  - \n",
                             name: "book.ris").papers.first
        #expect(details(book) == ["editor=Ed Volume", "series=Lecture Notes", "publisher=Springer"] && book?.venue == "Springer", "\(details(book))")
        // A preprint server is the venue, not a publisher.
        #expect(details(ris.first { $0.title == "Preprint" }) == [] && ris.first { $0.title == "Preprint" }?.venue == "arXiv")

        let dblp = Self.read("""
            <?xml version="1.0" encoding="US-ASCII"?>
            <dblpperson name="Al Smith 0001" pid="1/1" n="2">
            <r><book key="books/sp/Smith10"><editor pid="1/1">Al Smith 0001</editor><title>Edited.</title><publisher>Springer</publisher>
            <series href="db/series/lncs/index.html">LNCS</series><volume>6000</volume><year>2010</year><isbn>978-3-642-00000-0</isbn><isbn>978-3-642-00001-7</isbn></book></r>
            <r><article key="journals/j/Smith19"><author pid="1/1">Al Smith 0001</author><title>Art.</title><journal>J</journal><volume>12</volume><number>3</number><year>2019</year></article></r>
            </dblpperson>
            """, name: "smith.xml").papers
        #expect(details(dblp.first { $0.title == "Edited" }) == ["editor=Al Smith", "publisher=Springer", "series=LNCS", "isbn=978-3-642-00000-0", "isbn=978-3-642-00001-7"])
        #expect(details(dblp.first { $0.title == "Art" }) == ["number=3"])

        let wos = Self.read("PT B\nAU Ng, A\nBE Jones, Bo\n   Smith, Al\nTI Ch\nSE LNCS\nPU SPRINGER\nPI CHAM\nBN 978-3-319-00000-1\nPY 2018\nER\n\nPT J\nAU Doe, J\nTI Art\nSO J\nIS 3\nSN 1234-5678\nEI 8765-432X\nPY 2019\nER\n\nEF\n", name: "savedrecs.txt").papers
        #expect(details(wos.first { $0.title == "Ch" }) == ["publisher=SPRINGER", "place=CHAM", "series=LNCS", "editor=Bo Jones", "editor=Al Smith",
                                                           "isbn=978-3-319-00000-1"])
        #expect(details(wos.first { $0.title == "Art" }) == ["number=3", "issn=1234-5678", "issn=8765-432X"])
        let openAlex = Self.read("""
            {"results": [{"id": "https://openalex.org/W1", "title": "Art", "publication_year": 2019,
              "primary_location": {"source": {"display_name": "J", "issn_l": "1234-5678", "issn": ["1234-5678", "8765-432X"], "host_organization_name": "Elsevier BV"}},
              "biblio": {"volume": "12", "issue": "3", "first_page": "1", "last_page": "9"}, "authorships": []},
             {"id": "https://openalex.org/W2", "title": "Bare", "publication_year": 2020, "primary_location": {"source": null}, "biblio": {"issue": null}}]}
            """, name: "works.json").papers
        #expect(details(openAlex.first { $0.title == "Art" }) == ["publisher=Elsevier BV", "issn=1234-5678", "issn=8765-432X", "number=3"])
        #expect(details(openAlex.first { $0.title == "Bare" }) == [])
        let medline = Self.read(FormatSamples.medline + "\nIS  - 1532-4435 (Print)\nIS  - 1533-7928 (Electronic)\n", name: "pubmed.txt").papers
        #expect(details(medline.first { $0.title == "A Survey of Distillation" }) == ["number=4"])
        #expect(details(medline.first { $0.title.hasPrefix("Quantized") }) == ["issn=1532-4435", "issn=1533-7928"])
        // ERIC's numbers (`EISSN-…`, `ISBN-…`); a book's place (`PL`), where an article's is its journal's country.
        let eric = Self.read("PMID- 1\nTI  - Eric Article.\nISSN - EISSN-2375-5636\nPL  - United States\nDP  - 2019\n\n"
                             + "PMID- 2\nTI  - A Book.\nISBN - ISBN-978-1-5985-7192-9\nPB  - NCBI\nPL  - Bethesda (MD)\nDP  - 2020\n", name: "eric.nbib").papers
        #expect(details(eric.first { $0.title == "Eric Article" }) == ["issn=2375-5636"])
        #expect(details(eric.first { $0.title == "A Book" }) == ["isbn=978-1-5985-7192-9", "publisher=NCBI", "place=Bethesda (MD)"], "\(eric.map(\.title))")
    }

    /// The same paper from two sources: each kind of detail from the first source by the order
    /// that gives it, and the sources say which gave them.
    @Test func mergedPapersTakeEachDetailFromTheFirstSourceThatGivesIt() {
        let bib = "@article{a, author = {Doe, Jane}, title = {Art}, journal = {J}, publisher = {Bib Press}, doi = {10.1000/art}, year = 2019}\n"
        let csl = #"[{"id": "a", "type": "article-journal", "title": "Art", "author": [{"family": "Doe", "given": "Jane"}], "DOI": "10.1000/art", "#
            + #""publisher": "CSL Press", "issue": "3", "ISSN": "1234-5678", "issued": {"date-parts": [[2019]]}}]"#
        for files in [[("a.bib", bib), ("a.json", csl)], [("a.json", csl), ("a.bib", bib)]] {
            let lib = Self.library(files)
            #expect(lib.papers.count == 1)
            let p = lib.papers[0]
            #expect(p.details[.publisher] == "Bib Press" && p.details[.number] == "3" && p.details.all(.issn) == ["1234-5678"], "\(p.details)")
            #expect(p.sources.first { $0.format == "csl-json" }?.fields.contains("details") == true)
            #expect(p.sources.first { $0.format == "bibtex" }?.fields.contains("details") == true)
        }
    }

    @Test func everyWriterReadsBackToTheSamePapers() {
        // With a .bib's names of every BibTeX form (a particle, `Last, Jr, First`, one written
        // against the rule) and an entry without a title.
        let bib = "@article{r2004, author = {von Hippel, Eric and Reagle, Jr., Joseph M. and Sherry, John F., Jr. and Jan van der Berg},\n"
            + "  title = {Complex Names}, year = 2004, journal = {J. Names}}\n@misc{u2019, author = {Ann Lee}, year = 2019, howpublished = {Web}}\n"
            // Dates before year 1000, and before year 1.
            + "@book{plato, author = {Plato}, title = {Republic}, date = {-0379-02}, publisher = {P}}\n@book{bede, author = {Bede}, title = {Historia}, year = 731, publisher = {P}}\n"
            // Keywords beside an arXiv class.
            + "@article{kim2020, author = {Kim, Lee}, title = {Keyworded}, journal = {J. K}, year = 2020, keywords = {pruning, sparse networks},\n  eprint = {2001.00009}, archiveprefix = {arXiv}, primaryclass = {cs.LG}}\n"
            // A paper taken back.
            + "@article{gone2012, author = {Lee, Ann}, title = {Taken Back}, journal = {J. K}, year = 2012, pubstate = {retracted}}\n"
            // Details: a publisher and its place, editors, an issue, an edition, ISBNs, an ISSN, a series, a note.
            + "@incollection{ch2018, author = {Ng, Ann}, title = {A Chapter}, booktitle = {Handbook}, editor = {Jones, Bo and van der Berg, Jan},\n"
            + "  publisher = {Springer}, address = {Cham}, series = {Lecture Notes}, isbn = {978-3-319-00000-1, 978-3-319-00001-8}, year = 2018}\n"
            + "@article{is2017, author = {Doe, Jane}, title = {An Issue}, journal = {J. Stuff}, volume = 12, number = 3, issn = {1234-5678}, note = {Accepted}, year = 2017}\n"
            + "@book{ed2016, author = {Roe, Rick}, title = {An Edition}, publisher = {MIT Press}, address = {Cambridge, MA}, edition = {3rd}, year = 2016}\n"
        let lib = Self.library([("dblp.xml", FormatSamples.dblpPerson), ("s2.json", FormatSamples.s2Author), ("oa.json", FormatSamples.openAlexList),
                                ("z.json", FormatSamples.cslJSON), ("r.bib", bib)])
        #expect(lib.papers.contains { $0.authors.map(\.name) == ["Eric von Hippel", "Joseph M. Reagle Jr.", "Jr. Sherry John F.", "Jan van der Berg"] })
        #expect(lib.papers.contains { $0.title == Paper.untitled && $0.authors.map(\.name) == ["Ann Lee"] })
        let keys = BibTeXWriter().write(lib.papers, library: lib).keys
        #expect(lib.papers.contains { $0.authors.contains { $0.ids?.orcid != nil } }, "some author has an ORCID to write")
        #expect(lib.papers.contains { !$0.keywords.isEmpty && $0.category != nil }, "some paper has keywords, and an arXiv class beside them, to write")
        #expect(lib.papers.contains { $0.retraction == .retracted }, "a retracted paper to write")
        func same(_ back: RecordContents, _ format: String) {
            #expect(back.diagnostics.filter { $0.severity == .error }.isEmpty, "\(format): \(back.diagnostics)")
            #expect(back.papers.count == lib.papers.count, "\(format)")
            #expect(back.papers.first { $0.title == "Republic" }?.date?.iso == "-0379-02", "\(format)")
            #expect(back.papers.first { $0.title == "Historia" }?.date?.iso == "0731", "\(format)")
            for (a, b) in zip(lib.papers, back.papers) {
                #expect(a.title == b.title, "\(format)")
                #expect(a.authors.map(\.name) == b.authors.map(\.name), "\(format): \(a.title)")
                // The authors' ORCIDs: CSL's `ORCID` on a name, BibTeX's `author+an:orcid` (RIS has no place for them).
                if format != "ris" { #expect(a.authors.map { $0.ids?.orcid } == b.authors.map { $0.ids?.orcid }, "\(format): \(a.title)") }
                #expect(a.year == b.year, "\(format): \(a.title)")
                #expect(a.keywords == b.keywords, "\(format): \(a.title) \(a.keywords) \(b.keywords)")
                // CSL's `status`, biblatex's `pubstate` (RIS has no place for it).
                if format != "ris" { #expect(a.retraction == b.retraction, "\(format): \(a.title)") }
                #expect(a.identifiers.doi == b.identifiers.doi, "\(format): \(a.title)")
                #expect(a.identifiers.arxiv == b.identifiers.arxiv, "\(format): \(a.title)")
                #expect(a.pages == b.pages, "\(format): \(a.title)")
                if a.type != .preprint { #expect(a.venue == b.venue, "\(format): \(a.title)") }
                // Every detail, kind by kind (RIS has no place for a note).
                for kind in DetailKind.allCases where format != "ris" || kind != .note {
                    #expect(a.details.all(kind) == b.details.all(kind), "\(format): \(a.title) \(kind)")
                }
                if a.type != nil, a.type != .other, a.type != .proceedings { #expect(a.type == b.type || format == "bibtex" && b.type == nil, "\(format): \(a.title) \(String(describing: a.type)) \(String(describing: b.type))") }
            }
        }
        same(Self.read(CSLWriter.write(lib.papers, keys: keys), name: "out.json"), "csl-json")
        same(Self.read(RISWriter.write(lib.papers, keys: keys), name: "out.ris"), "ris")
        same(Self.read(BibTeXWriter().write(lib.papers, library: lib).text, name: "out.bib"), "bibtex")
        #expect(lib.papers.first { $0.title == "A Chapter" }?.details.all(.editor) == ["Bo Jones", "Jan van der Berg"])
        #expect(lib.papers.first { $0.title == "An Edition" }?.details.isEmpty == false, "details to write")
        // A suffix is CSL's `suffix` and RIS's third part.
        #expect(CSLWriter.write(lib.papers, keys: keys).contains(#"{"family": "Reagle", "given": "Joseph M.", "suffix": "Jr."}"#))
        #expect(RISWriter.write(lib.papers, keys: keys).contains("AU  - Reagle, Joseph M., Jr.\n"))
        // DBLP's papers are typed as DBLP types them.
        let written = BibTeXWriter().write(lib.papers, library: lib).text
        #expect(written.contains("@inproceedings{example2022quantized,") && written.contains("booktitle = {CVPR}") && written.contains("pages = {1201--1210}"))
        #expect(written.contains("@article{example2020survey,") && written.contains("journal = {J. Mach. Learn.}") && written.contains("doi = {10.1000/survey.2020}"))
        // Its CoRR papers too: `@article` in `CoRR`, volume `abs/…`, with the arXiv id; read
        // back as the preprints they are. A preprint from elsewhere stays `@misc`.
        let dblpOnly = Self.library([("dblp.xml", FormatSamples.dblpPerson)])
        let corr = BibTeXWriter().write(dblpOnly.papers, library: dblpOnly).text
        #expect(corr.contains("@article{chen2021sparse,\n") && corr.contains("  journal = {CoRR},\n  volume = {abs/2101.00001},\n")
                && corr.contains("  eprint = {2101.00001},\n  archivePrefix = {arXiv},\n"), "\(corr)")
        #expect(Self.read(corr, name: "back.bib").papers.first { $0.title == "Sparse Networks for Everyone" }?.type == .preprint)
        // Merged with a source that types it a journal article, the same (it was `@misc`, no journal).
        var joined = dblpOnly.papers.first { $0.title == "Sparse Networks for Everyone" }!
        joined.type = .article
        let asArticle = BibTeXWriter().write([joined], library: Library(papers: [joined])).text
        #expect(asArticle.hasPrefix("@article{") && asArticle.contains("  journal = {CoRR},\n  volume = {abs/2101.00001},\n"), "\(asArticle)")
        let arxiv = Self.library([("q.xml", FormatSamples.arxivAtom)])
        #expect(BibTeXWriter().write(arxiv.papers, library: arxiv).text.hasPrefix("@misc{"))
    }

    /// Offsets placed by line and column: at and around line breaks, blank lines, no final break.
    @Test func offsetsArePlacedByLineAndColumn() {
        let table = LineTable(Array("ab\ncd\n\n\nxyz".utf8))
        let expected = [(0, 1, 1), (1, 1, 2), (2, 1, 3), (3, 2, 1), (5, 2, 3), (6, 3, 1), (7, 4, 1), (8, 5, 1), (10, 5, 3)]
        for (offset, line, column) in expected {
            #expect(table.position(of: offset) == (line, column), "offset \(offset)")
        }
        #expect(LineTable([UInt8]()).position(of: 0) == (1, 1))
        #expect(LineTable(Array("\n".utf8)).position(of: 1) == (2, 1))
        // The counter that walks forward (a DBLP part read front to back) gives what the table
        // gives, at offsets in order, repeated, and going back.
        var rng = SeededRandom(seed: 5)
        let text = (0..<3_000).map { _ in rng.next() % 7 == 0 ? UInt8(0x0A) : UInt8(0x61) }
        let whole = LineTable(text)
        text.withUnsafeBufferPointer { b in
            var counter = LineCounter(b)
            var offsets = (0..<400).map { _ in Int(rng.next() % 3_001) }.sorted()
            offsets += [0, 2_999, 3_000, 1_500, 1_500, 1_499, 3_000]
            for offset in offsets {
                #expect(counter.position(of: offset) == whole.position(of: offset), "offset \(offset)")
            }
            // Started at a line start with its line known: the same, and the line ends counted
            // between two places are those the table has.
            for start in [0, 7, 700, 2_999] where start == 0 || text[start - 1] == 0x0A {
                var known = LineCounter(b, atLineStart: start, line: whole.position(of: start).line)
                for offset in [start, start + 9, 3_000] where offset <= 3_000 {
                    #expect(known.position(of: offset) == whole.position(of: offset), "at \(start), offset \(offset)")
                }
            }
            for (from, to) in [(0, 3_000), (0, 0), (5, 6), (100, 2_000), (2_999, 3_000)] {
                #expect(ByteScan.newlines(in: b, from: from, to: to) == text[from..<to].filter { $0 == 0x0A }.count)
            }
            for start in [0, 1, 6, 7, 700, 2_999] {
                var from = LineCounter(b, from: start)
                for offset in [start, start + 1, start + 50, 3_000] where offset <= 3_000 {
                    #expect(from.position(of: offset) == whole.position(of: offset), "from \(start), offset \(offset)")
                }
            }
        }
    }

    /// The byte-level helpers the readers use give what the character-level ways give.
    @Test func textHelpersOnBytes() {
        for (text, needle, expected) in [("https://doi.org/10.1/x", true, true), ("doi.org/", true, true), ("doi.org", true, false),
                                         ("xxdoi.orgdoi.org/", true, true), ("", true, false), ("ddddoi.org/", true, true),
                                         ("a long text that mentions arxiv.org/abs/2101.00001 late", false, true),
                                         ("arxiv.org/ab", false, false), ("Müller arxiv.org/abs/1", false, true)] {
            let found = needle ? text.utf8.contains(ascii: "doi.org/") : text.utf8.contains(ascii: "arxiv.org/abs/")
            #expect(found == expected, "\(text)")
        }
        // ORCIDs in any form give the canonical one; a canonical one is kept as it is.
        for (raw, expected) in [("0000-0002-1825-0097", "0000-0002-1825-0097"), ("0000-0002-1694-233X", "0000-0002-1694-233X"),
                                ("0000-0002-1694-233x", "0000-0002-1694-233X"), ("https://orcid.org/0000-0002-1825-0097", "0000-0002-1825-0097"),
                                ("0000000218250097", "0000-0002-1825-0097"), ("0000-0002-1825-009", nil), ("0000-000X-1825-0097", nil),
                                ("0000-0002-1825-00970", nil), ("0000 0002 1825 0097", "0000-0002-1825-0097")] as [(String, String?)] {
            #expect(AuthorIdentifiers.normaliseORCID(raw) == expected, "\(raw)")
        }
        // A DBLP homonym number: a space and four digits at the end.
        #expect(FieldText.homonym("Manish Singh 0001") == ("Manish Singh", "0001"))
        #expect(FieldText.homonym("Wei Wang") == ("Wei Wang", nil) && FieldText.homonym(" 0001") == (" 0001", nil))
        #expect(FieldText.homonym("Jürgen Müller 0012") == ("Jürgen Müller", "0012") && FieldText.homonym("Li 001") == ("Li 001", nil))
        #expect(FieldText.homonym("A 12345") == ("A 12345", nil) && FieldText.homonym("Ab 0001") == ("Ab", "0001"))
        // Pages: every kind and run of dash becomes `--`, at either end too; the rest kept.
        let pages = [("1-12", "1--12"), ("1--12", "1--12"), ("1\u{2013}12", "1--12"), ("e1234\u{2014}e1240", "e1234--e1240"),
                     ("100-", "100--"), ("\u{2012}5", "--5"), ("12", "12"), ("iv–xii, 3-\u{2013}9", "iv--xii, 3--9"),
                     ("1\u{2010}2", "1\u{2010}2"), ("\u{2014}", "--"), ("Ä-Ö", "Ä--Ö")]
        for (raw, expected) in pages { #expect(FieldText.pages(raw) == expected, "\(raw)") }
        #expect(FieldText.pages("  ") == nil && FieldText.pages(nil) == nil)
        // A title's fingerprint is the same from a long string, a short one and a part of one.
        for title in ["Deep Learning: A Survey", "Über Netze und Graphen, 2nd ed.", "A", "x y", "  Spaced   out  ", "Ω-nets: on groups",
                      String(repeating: "Sparse networks ", count: 8)] {
            let long = title + " " + String(repeating: "z", count: 20)
            let part = long[..<long.index(long.startIndex, offsetBy: title.count)]
            #expect(TitleWords.fingerprint(part) == TitleWords.fingerprint(String(part)), "\(title)")
            if title.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(TitleWords.fingerprint(title.uppercased()) == TitleWords.fingerprint(title.lowercased()), "\(title)")
            }
        }
        #expect(TitleWords.fingerprint("Deep Learning: A Survey") == TitleWords.fingerprint("deep learning a survey"))
        #expect(TitleWords.fingerprint(String(repeating: "Sparse, networks! ", count: 4))
                    == TitleWords.fingerprint(String(repeating: "sparse networks ", count: 4)))
    }

    /// A JSON file large enough to be read in place from a map, and JSON Lines read in parts on
    /// every core, give what reading the bytes straight through gives: the same papers, and each
    /// problem at the same line.
    @Test func mappedJSONAndLinesInPartsReadAsTheBytesDo() throws {
        let work = { (i: Int) in
            #"{"id": "https://openalex.org/W\#(i)", "title": "Work \#(i) on sparse networks", "publication_year": \#(2000 + i % 20), "#
                + #""authorships": [{"author_position": "first", "author": {"id": "https://openalex.org/A\#(i % 50)", "display_name": "Ann Lee \#(i % 50)"}}], "#
                + #""cited_by_count": \#(i % 90), "abstract_inverted_index": {"We": [0], "study": [1], "\#(String(repeating: "x", count: 1_400))": [2]}}"#
        }
        // Over 1 MiB, so the lines are read in parts; broken lines in the second half, where the
        // line a part starts on counts.
        var lines = (0..<900).map(work)
        lines[700] = #"{"id": "https://openalex.org/W700", "title": "#
        lines[820] = #"{"id": "https://openalex.org/W820", "title": "Wrong", "cited_by_count": "many"}"#
        let jsonl = lines.joined(separator: "\n") + "\n"
        let list = #"{"results": ["# + (0..<300).map(work).joined(separator: ",\n") + "]}\n"
        for (name, text) in [("works.jsonl", jsonl), ("list.json", list)] {
            let url = FileManager.default.temporaryDirectory.appendingPathComponent("vita-\(UUID().uuidString)-\(name)")
            try Data(text.utf8).write(to: url)
            defer { try? FileManager.default.removeItem(at: url) }
            let bytes = Self.read(text, name: url.path)
            let mapped = RecordLoader.read(url.path, asOf: Self.asOf, parallelThreshold: 1)
            #expect(mapped.papers.count == bytes.papers.count && mapped.papers.count > 250)
            #expect(mapped.papers.map(\.title) == bytes.papers.map(\.title))
            #expect(mapped.papers.map(\.source) == bytes.papers.map(\.source))
            #expect(mapped.diagnostics.map(\.description) == bytes.diagnostics.map(\.description))
        }
        // Read from a mapped file, the lines read are given back as the reading goes (here every
        // 64 KiB): every byte once, and the same papers and problems as read in memory.
        var told: GivenBack?
        let (plain, givingBack) = Array(jsonl.utf8).withUnsafeBufferPointer { b in
            var context = ReadContext(fileName: "works.jsonl", asOf: Self.asOf)
            let plain = JSONRecords.readLines(b, context, firstLine: 0)
            told = GivenBack(b)
            context.letGo = told!.letGo
            return (plain, JSONRecords.readLines(b, context, firstLine: 0, giveBackEvery: 64 << 10))
        }
        let ranges = told!.ranges
        #expect(plain.0.papers == givingBack.0.papers && plain.1.finished(file: "w") == givingBack.1.finished(file: "w"))
        #expect(ranges.count > 10)
        #expect(ranges.sorted { $0.lowerBound < $1.lowerBound }.reduce(0) { $0 == $1.lowerBound ? $1.upperBound : -1 } == jsonl.utf8.count)
        let read = Self.read(jsonl, name: "works.jsonl")
        #expect(read.papers.count == 899)
        #expect(read.diagnostics.contains { $0.location.line == 701 && $0.severity == .error })
        #expect(read.diagnostics.contains { $0.location.line == 821 && $0.message.contains("cited_by_count") })
        #expect(read.papers.last?.source.line == 900)
    }
}
