import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("Retractions: papers taken back, as every source that says it gives it")
struct RetractionTests {
    static func first(_ text: String, _ name: String) -> Paper? { FormatTests.read(text, name: name).papers.first }

    @Test func eachSourceThatSaysItIsRead() {
        // OpenAlex's flag; false is no retraction.
        let oa = #"{"id": "https://openalex.org/W1", "title": "Mice", "authorships": [], "is_retracted": true}"#
        #expect(Self.first(oa, "w.json")?.retraction == .retracted)
        #expect(Self.first(oa.replacingOccurrences(of: "true", with: "false"), "w.json")?.retraction == nil)
        // Crossref's notices that updated the work: a retraction, a withdrawal, a correction (not one).
        func crossref(_ type: String) -> Retraction? {
            Self.first(#"{"status": "ok", "message-type": "work", "message": {"DOI": "10.1/x", "type": "journal-article", "title": ["Mice"], "#
                       + #""updated-by": [{"DOI": "10.1/n", "type": "\#(type)", "source": "retraction-watch", "label": "L"}]}}"#, "w.json")?.retraction
        }
        #expect(crossref("retraction") == .retracted && crossref("withdrawal") == .withdrawn && crossref("correction") == nil)
        #expect(crossref("expression_of_concern") == nil)
        // CSL's status, in JSON and YAML.
        #expect(Self.first(#"[{"id": "a", "type": "article-journal", "title": "Mice", "status": "Withdrawn"}]"#, "a.json")?.retraction == .withdrawn)
        #expect(Self.first("- id: a\n  type: article-journal\n  title: Mice\n  status: retracted\n", "a.yaml")?.retraction == .retracted)
        #expect(Self.first(#"[{"id": "a", "type": "article-journal", "title": "Mice", "status": "in press"}]"#, "a.json")?.retraction == nil)
        // PubMed: `Retracted Publication` is the paper; `Retraction of Publication` the notice.
        let medline = "PMID- 1\nTI  - Mice.\nDP  - 2010 Apr\nPT  - Journal Article\nPT  - Retracted Publication\n"
        #expect(Self.first(medline, "a.nbib")?.retraction == .retracted)
        #expect(Self.first(medline.replacingOccurrences(of: "Retracted Publication", with: "Retraction of Publication"), "a.nbib")?.retraction == nil)
        #expect(Self.first("PMID- 2\nTI  - Rats.\nDP  - 2015\nPT  - Journal Article\nRIN - Retraction in: J Example. 2016;12(3):200\n", "a.nbib")?.retraction == .retracted)
        // Web of Science's document type.
        let wos = "FN Clarivate Analytics Web of Science\nVR 1.0\nPT J\nAU Lee, A\nTI Mice\nDT Article; Retracted Publication\nPY 2010\nER\nEF\n"
        #expect(Self.first(wos, "savedrecs.txt")?.retraction == .retracted)
        #expect(Self.first(wos.replacingOccurrences(of: "; Retracted Publication", with: ""), "savedrecs.txt")?.retraction == nil)
        // DBLP: a CoRR paper its authors withdrew.
        let dblp = FormatSamples.dblpPerson.replacingOccurrences(of: #"<inproceedings key="conf/cvpr/ExampleC22""#,
                                                                   with: #"<inproceedings key="conf/cvpr/ExampleC22" publtype="informal withdrawn""#)
        let papers = FormatTests.read(dblp, name: "d.xml").papers
        #expect(papers.filter { $0.retraction == .withdrawn }.map { $0.identifiers[.dblp] } == ["conf/cvpr/ExampleC22"])
        // biblatex's pubstate, and a title the publisher marked.
        let bib = "@article{a, title = {Mice}, pubstate = {retracted}, year = 2010}\n@article{b, title = {{RETRACTED}: Rats}, year = 2011}\n@article{c, title = {Voles}, year = 2012}"
        let bibPapers = FormatTests.read(bib, name: "a.bib").papers
        #expect(bibPapers.map(\.retraction) == [.retracted, .retracted, nil])
        #expect(PaperSummary.retraction(.retracted, of: bibPapers[0]) == "retracted (BibTeX)")
        // A source's fields say it gave the retraction.
        #expect(Self.first(oa, "w.json")?.sources.first?.fields.contains("retraction") == true)
        #expect(Self.first(oa.replacingOccurrences(of: "true", with: "false"), "w.json")?.sources.first?.fields.contains("retraction") == false)
    }

    /// Capitals and a colon (or a bracket) only: a notice titled `Retracted: …` and a title in
    /// capitals that begins with the word are not taken back.
    @Test func aTitleThePublisherMarked() {
        let cases: [(String, Retraction?)] = [
            ("RETRACTED: Mice and men", .retracted), ("RETRACTED ARTICLE: Mice", .retracted), ("[RETRACTED] Mice", .retracted),
            ("  (RETRACTED) Mice", .retracted), ("WITHDRAWN: Mice", .withdrawn), ("Retracted: Mice", nil),
            ("Retraction notice to \"Mice\"", nil), ("RETRACTED SPEECH IN MICE", nil), ("WITHDRAWNESS: x", nil), ("Mice", nil), ("", nil),
            ("RETRACTED", nil),
        ]
        for (title, want) in cases { #expect(Retraction(title: title) == want, "\(title)") }
        // The marker's characters, with the spaces after it (the list colours them).
        #expect(Retraction.marker(in: "RETRACTED: Mice")?.characters == 11 && Retraction.marker(in: "  [RETRACTED]  Mice")?.characters == 15)
        // Any reader's title: Semantic Scholar's here.
        #expect(Self.first(#"{"data": [{"paperId": "p1", "title": "RETRACTED: Mice", "authors": [], "year": 2010}]}"#, "s.json")?.retraction == .retracted)
    }

    @Test func aMergeKeepsAnySourcesRetraction() {
        let lib = FormatTests.library([
            ("a.ris", "TY  - JOUR\nTI  - Mice and Men\nDO  - 10.1/x\nPY  - 2010\nER  - \n"),
            ("w.json", #"{"id": "https://openalex.org/W1", "doi": "https://doi.org/10.1/x", "title": "Mice and Men", "authorships": [], "is_retracted": true}"#),
            ("c.json", #"[{"id": "c", "type": "article-journal", "title": "Mice and Men", "DOI": "10.1/x", "status": "withdrawn"}]"#),
        ])
        #expect(lib.papers.count == 1)
        let p = lib.papers[0]
        #expect(p.retraction == .retracted, "a retraction before a withdrawal")
        #expect(p.sources.filter { $0.fields.contains("retraction") }.map(\.format) == ["openalex"])
        let status = PaperSummary.fields(of: p, library: lib).first
        #expect(status?.label == "status" && status?.value == "retracted (OpenAlex)" && status?.kind == .warning, "\(String(describing: status))")
        #expect(PaperSummary.retractionTag(of: p) == "[retracted] ")
        // A title that says it already is not told twice.
        var marked = p
        marked.title = "RETRACTED: Mice and Men"
        #expect(PaperSummary.retractionTag(of: marked) == nil)
        // Counted by the statistics.
        #expect(Statistics(library: lib).retracted == 1)
    }

    @Test func askedForInQueriesAndKeptBySnapshots() throws {
        var papers = (0..<130).map { paper("Deep Net \($0)", year: 2000 + $0 % 20) }
        for k in [3, 64, 65, 129] { papers[k].retraction = k == 64 ? .withdrawn : .retracted }
        let lib = Library(papers: papers)
        var s = SearchSession(index: SearchIndex(library: lib))
        #expect(Set(s.search("is:retracted").ranked) == [3, 64, 65, 129])
        #expect(s.search("is:withdrawn").count == 4, "one flag for both")
        #expect(s.search("deep -is:retracted").count == 126)
        #expect(s.search("is:retired").problems.first?.message.contains("retracted") == true)
        let bytes = Snapshot.bytes(of: lib, key: SnapshotTests.key())
        let (back, index) = try bytes.withUnsafeBytes { try Snapshot.decode($0) }
        #expect(back.papers.map(\.retraction) == lib.papers.map(\.retraction))
        var stored = SearchSession(index: index)
        #expect(stored.search("is:retracted").ranked == s.search("is:retracted").ranked)
    }

    @Test func writtenWhereAFormatHasAPlaceForIt() {
        let lib = FormatTests.library([("w.json", #"{"id": "https://openalex.org/W1", "title": "Mice", "authorships": [{"author": {"display_name": "Ann Lee"}}], "publication_year": 2010, "is_retracted": true}"#)])
        let csl = CSLWriter.write(lib.papers, keys: ["k"])
        #expect(csl.contains(#""status": "retracted""#))
        #expect(FormatTests.read(csl, name: "out.json").papers.first?.retraction == .retracted)
        let bib = BibTeXWriter().write(lib.papers, library: lib).text
        #expect(bib.contains("pubstate = {retracted}"))
        #expect(FormatTests.read(bib, name: "out.bib").papers.first?.retraction == .retracted)
    }
}
