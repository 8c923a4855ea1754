import Foundation
import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("Affiliations: each author's, as OpenAlex, arXiv and Crossref name them")
struct AffiliationTests {
    static func first(_ text: String, _ name: String) -> Paper? { FormatTests.read(text, name: name).papers.first }

    /// Two authors of one work: the first at two institutions OpenAlex matched, the second with
    /// only the affiliation printed on the paper; a third with none.
    static let openAlexWork = #"""
    {"id": "https://openalex.org/W1", "title": "Sparse Networks", "publication_year": 2021, "authorships": [
      {"author_position": "first", "author": {"id": "https://openalex.org/A1", "display_name": "Ada Example"},
       "institutions": [{"display_name": "University of Examples"}, {"display_name": "Example Labs"}, {"display_name": "University of Examples"}],
       "raw_affiliation_strings": ["Univ. of Examples"]},
      {"author_position": "middle", "author": {"id": "https://openalex.org/A2", "display_name": "Bo Chen"},
       "institutions": [], "raw_affiliation_strings": ["Dept. of Graphs,  Testville  Institute"]},
      {"author_position": "last", "author": {"id": "https://openalex.org/A3", "display_name": "Cy Doe"}, "institutions": []}]}
    """#

    @Test func openAlexGivesEachAuthorTheirs() throws {
        let p = try #require(Self.first(Self.openAlexWork, "w.json"))
        #expect(p.authors.map(\.affiliations) == [["University of Examples", "Example Labs"], ["Dept. of Graphs, Testville Institute"], []])
        // The paper's own is the first an author has, as before.
        #expect(p.affiliation == "University of Examples")
        #expect(p.authorAffiliations == ["Example Labs", "Dept. of Graphs, Testville Institute"])
        #expect(p.sources.first?.fields.contains("affiliation") == true)
    }

    @Test func arXivGivesEachAuthorTheirs() throws {
        let atom = """
        <feed xmlns="http://www.w3.org/2005/Atom" xmlns:arxiv="http://arxiv.org/schemas/atom">
          <entry>
            <id>http://arxiv.org/abs/2101.00001v1</id><published>2021-01-04T18:00:00Z</published>
            <title>Sparse Networks</title><summary>We sparsify.</summary>
            <author><name>Cy Doe</name></author>
            <author><name>Bo Chen</name><arxiv:affiliation>Example Labs</arxiv:affiliation><arxiv:affiliation>Testville
              Institute</arxiv:affiliation></author>
          </entry>
        </feed>
        """
        let p = try #require(Self.first(atom, "q.xml"))
        #expect(p.authors.map(\.affiliations) == [[], ["Example Labs", "Testville Institute"]])
        #expect(p.affiliation == "Example Labs")
    }

    @Test func crossrefGivesEachAuthorTheirs() throws {
        let item = #"""
        [{"type": "journal-article", "title": "Sparse Networks", "issued": {"date-parts": [[2021]]},
          "author": [{"given": "Ada", "family": "Example", "affiliation": [{"name": "University of Examples"}, {"name": "Example Labs"}]},
                     {"given": "Bo", "family": "Chen", "affiliation": []},
                     {"name": "Sparse Group", "sequence": "additional", "affiliation": [{"name": "Testville  Institute"}]}]}]
        """#
        let r = FormatTests.read(item, name: "items.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        let p = try #require(r.papers.first)
        // An organisation Crossref names with `name` is an author written whole.
        #expect(p.authors.map(\.name) == ["Ada Example", "Bo Chen", "Sparse Group"] && p.authors[2].family == "Sparse Group")
        #expect(p.authors.map(\.affiliations) == [["University of Examples", "Example Labs"], [], ["Testville Institute"]])
        // CSL has no affiliation of the paper's own; the authors' are searched and shown.
        #expect(p.affiliation == nil && p.hasAffiliation)
    }

    /// PubMed's `AD` after the author it belongs to (a value continued on the next line joined);
    /// the paper's own is the first, as before.
    @Test func pubMedGivesEachAuthorTheirs() throws {
        let r = FormatTests.read(FormatSamples.medline, name: "pubmed.nbib")
        let p = try #require(r.papers.first)
        #expect(p.authors.map(\.name) == ["Ada Example", "Bo Chen", "Vision Study Group"])
        #expect(p.authors.map(\.affiliations) == [["Univ Examples, Testville, Utopia."], ["Univ Examples, Testville, Utopia."], []])
        #expect(p.affiliation == "Univ Examples, Testville, Utopia.")
        // Two for one author, none for the first: each goes to the author it follows.
        let two = FormatTests.read("PMID- 9\nTI  - T.\nFAU - Doe, Cy\nAU  - Doe C\nFAU - Eve, Di\nAU  - Eve D\nAD  - Harbour College,\n      Testville.\nAD  - Example Labs.\nDP  - 2020\n", name: "m.nbib")
        #expect(two.papers.first?.authors.map(\.affiliations) == [[], ["Harbour College, Testville.", "Example Labs."]])
    }

    /// Web of Science's `C1`: each address with the authors it is given for.
    @Test func webOfScienceGivesEachAuthorTheirs() throws {
        let r = FormatTests.read(FormatSamples.wos, name: "savedrecs.txt")
        let p = try #require(r.papers.first)
        #expect(p.authors.map(\.affiliations) == [["Univ Examples, Dept Comp Sci, Testville, Utopia."], ["Univ Examples, Dept Comp Sci, Testville, Utopia."], []])
        let two = FormatTests.read("""
        FN Clarivate Analytics Web of Science
        VR 1.0
        PT J
        AU Example, A
           Chen, B
        AF Example, Ada
           Chen, Bo
        TI Sparse Networks
        C1 [Example, Ada] Univ Examples, Testville, Utopia.
           [Chen, Bo; Example, Ada] Example Labs, Testville, Utopia.
           Somewhere Unnamed, Utopia.
        PY 2021
        ER

        EF
        """, name: "savedrecs.txt")
        let q = try #require(two.papers.first)
        #expect(q.authors.map(\.affiliations) == [["Univ Examples, Testville, Utopia.", "Example Labs, Testville, Utopia."], ["Example Labs, Testville, Utopia."]])
        #expect(q.affiliation == "Univ Examples, Testville, Utopia.")
    }

    /// `aff:` finds a paper by any author's affiliation, and `has:aff` a paper whose authors alone
    /// have one; the index and a search made for one query's words agree.
    @Test func affSearchesEveryAuthorsAffiliations() {
        let crossref = #"[{"type": "journal-article", "title": "Graphs Again", "issued": {"date-parts": [[2022]]}, "author": [{"given": "Di", "family": "Eve", "affiliation": [{"name": "Harbour College"}]}]}]"#
        let plain = #"[{"type": "journal-article", "title": "Nothing Known", "issued": {"date-parts": [[2022]]}, "author": [{"given": "Fa", "family": "Gee"}]}]"#
        let library = FormatTests.library([("w.json", Self.openAlexWork), ("c.json", crossref), ("p.json", plain)])
        func titles(_ q: String) -> Set<String> {
            var session = SearchSession(index: SearchIndex(library: library))
            let whole = Set(session.search(Query(q)).ranked.map { library.papers[$0].title })
            var alone = SearchSession(index: library.searchIndex(answering: Query(q)))
            #expect(Set(alone.search(Query(q)).ranked.map { library.papers[$0].title }) == whole, "\(q)")
            return whole
        }
        #expect(titles("aff:testville") == ["Sparse Networks"])
        #expect(titles("aff:labs") == ["Sparse Networks"])
        #expect(titles("aff:harbour") == ["Graphs Again"])
        #expect(titles("aff:\"harbour college\"") == ["Graphs Again"])
        #expect(titles("has:aff") == ["Sparse Networks", "Graphs Again"])
        #expect(titles("-has:aff") == ["Nothing Known"])
    }

    /// The facets panel counts the papers shown by affiliation (the paper's and its authors'),
    /// each paper once for each; a facet's term finds those papers.
    @Test func theFacetsCountThePapersOfEachAffiliation() throws {
        let crossref = #"[{"type": "journal-article", "title": "Graphs Again", "issued": {"date-parts": [[2022]]}, "author": [{"given": "Di", "family": "Eve", "affiliation": [{"name": "Example Labs"}]}, {"given": "Fa", "family": "Gee", "affiliation": [{"name": "Example Labs"}]}]}]"#
        let library = FormatTests.library([("w.json", Self.openAlexWork), ("c.json", crossref)])
        let group = try #require(Facets(library: library, indices: Array(library.papers.indices)).groups.first { $0.kind == .affiliation })
        #expect(group.facets.map(\.value) == ["Example Labs", "Dept. of Graphs, Testville Institute", "University of Examples"])
        #expect(group.facets.map(\.count) == [2, 1, 1])
        #expect(group.facets[0].term == #"aff:"Example Labs""#)
        for f in group.facets {
            var session = SearchSession(index: SearchIndex(library: library))
            #expect(session.search(Query(f.term)).ranked.count == f.count, "\(f.term)")
        }
        // A record where nobody has one shows no such group; the library says whether any
        // author has one (a record with none is not looked through for them).
        let plain = FormatTests.library([("p.json", #"[{"type": "book", "title": "Alone", "author": [{"given": "Fa", "family": "Gee"}]}]"#)])
        #expect(Facets(library: plain, indices: [0]).groups.contains { $0.kind == .affiliation } == false)
        #expect(library.present.contains(.authorAffiliations) && !plain.present.contains(.authorAffiliations))
    }

    /// The fullest author list is taken from one source; another source's affiliations for the
    /// same people fill in what it lacks.
    @Test func aMergeKeepsTheAffiliationsAnotherSourceGives() throws {
        let s2 = #"{"data": [{"paperId": "p1", "title": "Sparse Networks", "year": 2021, "externalIds": {"DOI": "10.1000/x"}, "authors": [{"authorId": "1", "name": "Ada Example"}, {"authorId": "2", "name": "Bo Chen"}, {"authorId": "3", "name": "Cy Doe"}, {"authorId": "4", "name": "Di Eve"}]}]}"#
        let oa = Self.openAlexWork.replacingOccurrences(of: #""publication_year": 2021,"#, with: #""publication_year": 2021, "doi": "https://doi.org/10.1000/x","#)
        let library = FormatTests.library([("s2.json", s2), ("w.json", oa)])
        #expect(library.papers.count == 1)
        let p = try #require(library.papers.first)
        #expect(p.authors.map(\.name) == ["Ada Example", "Bo Chen", "Cy Doe", "Di Eve"])
        #expect(p.authors.map(\.affiliations) == [["University of Examples", "Example Labs"], ["Dept. of Graphs, Testville Institute"], [], []])
    }

    /// The detail view and `vita show` list each author's affiliations, the first few authors'
    /// only, and the paper's own when no author has it.
    @Test func theDetailListsThemAuthorByAuthor() throws {
        let library = FormatTests.library([("w.json", Self.openAlexWork)])
        let p = try #require(library.papers.first)
        let lines = PaperSummary.fields(of: p, library: library).filter { $0.label == "affil." || ($0.label.isEmpty && $0.value.contains(":") && !$0.value.contains("//")) }
        #expect(lines.map(\.value) == ["Ada Example: University of Examples; Example Labs", "Bo Chen: Dept. of Graphs, Testville Institute"])
        // Many authors: eight shown, the rest counted.
        var many = p
        many.authors = (0..<11).map { k in
            var a = Author(name: "Author \(k)")
            a.affiliations = ["Place \(k)"]
            return a
        }
        many.affiliation = "Somewhere Else"
        let fields = PaperSummary.fields(of: many, library: library)
        let start = try #require(fields.firstIndex { $0.label == "affil." })
        #expect(fields[start].value == "Author 0: Place 0")
        #expect(fields[start + 7].value == "Author 7: Place 7" && fields[start + 7].label.isEmpty)
        #expect(fields[start + 8].value == "and 3 more authors with affiliations")
        #expect(fields[start + 9].value == "Somewhere Else")
    }

    /// The CSL-JSON export writes them as Crossref does, and reads back with them.
    @Test func theCSLExportKeepsThem() throws {
        let library = FormatTests.library([("w.json", Self.openAlexWork)])
        var p = try #require(library.papers.first)
        p.authors.append(Author(name: "Sparse Group", family: "Sparse Group"))
        p.authors[3].affiliations = ["Harbour College"]
        let written = CSLWriter.write([p], keys: ["k"])
        #expect(written.contains(#"{"literal": "Sparse Group", "affiliation": [{"name": "Harbour College"}]}"#), "\(written)")
        let back = try #require(FormatTests.read(written, name: "back.json").papers.first)
        #expect(back.authors.map(\.affiliations) == p.authors.map(\.affiliations))
    }

    /// `Statistics` counts the owner's affiliations over their papers (a paper once for each),
    /// with the years; with no owner, every author's.
    @Test func statisticsCountTheOwnersAffiliations() {
        func work(_ id: Int, _ year: Int, _ ada: [String], _ bo: [String]) -> String {
            func places(_ names: [String]) -> String { names.map { #"{"display_name": "\#($0)"}"# }.joined(separator: ", ") }
            return #"{"id": "https://openalex.org/W\#(id)", "title": "Paper \#(id)", "publication_year": \#(year), "authorships": [{"author": {"id": "https://openalex.org/A1", "display_name": "Ada Example", "orcid": "https://orcid.org/0000-0002-1825-0097"}, "institutions": [\#(places(ada))]}, {"author": {"id": "https://openalex.org/A2", "display_name": "Bo Chen"}, "institutions": [\#(places(bo))]}]}"#
        }
        let lines = [work(1, 2015, ["Old College"], ["Harbour College"]), work(2, 2018, ["Old College", "Example Labs"], []),
                     work(3, 2021, ["Example Labs"], ["Example Labs"]), work(4, 2023, [], ["Harbour College"])].joined(separator: "\n")
        let owned = Statistics(library: FormatTests.library([("w.jsonl", lines)], owner: "0000-0002-1825-0097"))
        #expect(owned.affiliations == [Statistics.Affiliation(name: "Example Labs", papers: 2, firstYear: 2018, lastYear: 2021),
                                       Statistics.Affiliation(name: "Old College", papers: 2, firstYear: 2015, lastYear: 2018)])
        let all = Statistics(library: FormatTests.library([("w.jsonl", lines)]))
        #expect(all.affiliations.map(\.name) == ["Example Labs", "Harbour College", "Old College"])
        #expect(all.affiliations.map(\.papers) == [2, 2, 2])
        // Charts of the years alone count none.
        #expect(Statistics(library: FormatTests.library([("w.jsonl", lines)]), coauthors: false).affiliations.isEmpty)
    }

    /// The JSON of an author always has `affiliations`; it reads back.
    @Test func theJSONCarriesThem() throws {
        var a = Author(name: "Ada Example")
        a.affiliations = ["Example Labs"]
        let data = try JSONEncoder().encode(a)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["affiliations"] as? [String] == ["Example Labs"])
        #expect(try JSONDecoder().decode(Author.self, from: data) == a)
        let none = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(Author(name: "Bo Chen"))) as? [String: Any])
        #expect(none["affiliations"] as? [String] == [])
        // An author written before affiliations were kept still reads.
        let old = #"{"name": "Bo Chen", "key": "bo chen", "family": null, "ids": null}"#
        #expect(try JSONDecoder().decode(Author.self, from: Data(old.utf8)).affiliations == [])
    }

    /// Authors of a file at one institution share one string for it (a record of 100,000 works
    /// names a few thousand places), in the same part of the file; what they read is unchanged.
    @Test func authorsAtOnePlaceShareItsText() throws {
        func work(_ id: Int, _ place: String) -> String {
            #"{"id": "https://openalex.org/W\#(id)", "title": "Paper \#(id)", "publication_year": 2020, "authorships": [{"author": {"display_name": "Author \#(id)"}, "institutions": [{"display_name": "\#(place)"}]}]}"#
        }
        let long = "University of Examples, Testville"
        let r = FormatTests.read([work(1, long), work(2, long), work(3, "Short Place")].joined(separator: "\n"), name: "w.jsonl")
        let places = r.papers.map { $0.authors[0].affiliations[0] }
        #expect(places == [long, long, "Short Place"])
        func storage(_ s: String) -> UnsafeRawPointer? {
            var s = s
            return s.withUTF8 { UnsafeRawPointer($0.baseAddress) }
        }
        #expect(storage(places[0]) != nil && storage(places[0]) == storage(places[1]))
        let pool = StringPool()
        let a = pool.shared(String(long.reversed().reversed())), b = pool.shared(String(long.reversed().reversed()))
        #expect(a == long && storage(a) == storage(b))
        #expect(pool.shared("Short") == "Short")
    }

    // MARK: Where the person of a record is, as the source states it

    @Test func dblpPersonPageStatesWhereTheyAreNow() throws {
        let page = """
        <?xml version="1.0" encoding="UTF-8"?>
        <dblpperson name="Ada Example 0001" pid="12/3456" n="1">
        <person key="homepages/12/3456" mdate="2024-01-01"><author pid="12/3456">Ada Example 0001</author>
        <note type="affiliation">University of Examples, Testville</note>
        <note label="former" type="affiliation">Old College</note>
        <note type="affiliation">Example  Labs</note>
        <note type="award">Best Paper</note></person>
        <r><article key="journals/x/Example20" mdate="2020-01-01"><author pid="12/3456">Ada Example 0001</author>
        <title>A Survey.</title><year>2020</year><journal>J. Ex.</journal></article></r>
        </dblpperson>
        """
        let r = FormatTests.read(page, name: "ada.xml")
        let profile = try #require(r.profile)
        // The places they have left (`label="former"`) are not where they are.
        #expect(profile.affiliations == ["University of Examples, Testville", "Example Labs"])
        #expect(profile.otherLines.isEmpty)
    }

    @Test func orcidRecordStatesTheEmploymentsWithNoEnd() throws {
        let json = #"""
        {"orcid-identifier": {"path": "0000-0002-1825-0097"},
         "person": {"name": {"given-names": {"value": "Josiah"}, "family-name": {"value": "Carberry"}}},
         "activities-summary": {
          "employments": {"affiliation-group": [
            {"summaries": [{"employment-summary": {"role-title": "Professor", "end-date": null,
              "organization": {"name": "Wesleyan University", "address": {"city": "Middletown"}}}}]},
            {"summaries": [{"employment-summary": {"end-date": {"year": {"value": "1950"}}, "organization": {"name": "Old College"}}}]},
            {"summaries": [{"employment-summary": {"organization": {"name": "Brown University"}}}]}]},
          "works": {"group": [{"work-summary": [{"put-code": 1, "title": {"title": {"value": "Cracked Pots"}},
            "publication-date": {"year": {"value": "1930"}}}]}]}}}
        """#
        let r = FormatTests.read(json, name: "record.json")
        #expect(r.profile?.affiliations == ["Wesleyan University", "Brown University"], "\(r.diagnostics)")
        #expect(r.papers.map(\.title) == ["Cracked Pots"])
        let xml = """
        <record:record path="/0000-0002-1825-0097" xmlns:record="http://www.orcid.org/ns/record" xmlns:person="http://www.orcid.org/ns/person"
          xmlns:personal-details="http://www.orcid.org/ns/personal-details" xmlns:activities="http://www.orcid.org/ns/activities"
          xmlns:employment="http://www.orcid.org/ns/employment" xmlns:common="http://www.orcid.org/ns/common" xmlns:work="http://www.orcid.org/ns/work">
          <person:person><person:name><personal-details:given-names>Josiah</personal-details:given-names>
            <personal-details:family-name>Carberry</personal-details:family-name></person:name></person:person>
          <activities:activities-summary>
            <activities:employments><activities:affiliation-group>
              <employment:employment-summary put-code="4288"><common:start-date><common:year>1930</common:year></common:start-date>
                <common:organization><common:name>Wesleyan University</common:name></common:organization></employment:employment-summary>
            </activities:affiliation-group><activities:affiliation-group>
              <employment:employment-summary put-code="4278"><common:end-date><common:year>1950</common:year></common:end-date>
                <common:organization><common:name>Old College</common:name></common:organization></employment:employment-summary>
            </activities:affiliation-group></activities:employments>
            <activities:works><activities:group><work:work-summary put-code="1"><work:title><common:title>Cracked Pots</common:title></work:title>
              <common:publication-date><common:year>1930</common:year></common:publication-date></work:work-summary></activities:group></activities:works>
          </activities:activities-summary>
        </record:record>
        """
        let x = FormatTests.read(xml, name: "record.xml")
        #expect(x.profile?.name == "Josiah Carberry" && x.profile?.affiliations == ["Wesleyan University"], "\(x.diagnostics)")
        #expect(x.papers.map(\.title) == ["Cracked Pots"])
    }

    /// ORCID's employments alone (`/employments`, JSON v3.0 and v2, XML) name their person by
    /// the ORCID id of their `path`; beside a list of that person's works (which names them the
    /// same way), the record's person is where the employments say.
    @Test func orcidEmploymentsAloneGiveThePlacesToTheWorks() throws {
        let json = #"""
        {"last-modified-date": {"value": 1700000000000}, "path": "/0000-0002-1825-0097/employments",
         "affiliation-group": [
          {"summaries": [{"employment-summary": {"put-code": 4288, "path": "/0000-0002-1825-0097/employment/4288",
             "end-date": null, "organization": {"name": "Wesleyan University"}}}]},
          {"summaries": [{"employment-summary": {"put-code": 4278, "end-date": {"year": {"value": "1950"}},
             "organization": {"name": "Old College"}}}]}]}
        """#
        let r = FormatTests.read(json, name: "employments.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers.isEmpty)
        #expect(r.profile?.affiliations == ["Wesleyan University"])
        #expect(r.profile?.ids?.orcid == "0000-0002-1825-0097")
        // v2 lists them, and without a path at the top the summaries' own name the person.
        let v2 = #"""
        {"employment-summary": [{"put-code": 1, "path": "/0000-0002-1825-0097/employment/1", "end-date": null,
          "organization": {"name": "Brown University"}}]}
        """#
        let old = FormatTests.read(v2, name: "employments.json")
        #expect(old.profile?.affiliations == ["Brown University"] && old.profile?.ids?.orcid == "0000-0002-1825-0097", "\(old.diagnostics)")
        let xml = """
        <activities:employments path="/0000-0002-1825-0097/employments" xmlns:activities="http://www.orcid.org/ns/activities"
          xmlns:employment="http://www.orcid.org/ns/employment" xmlns:common="http://www.orcid.org/ns/common">
          <activities:affiliation-group>
            <employment:employment-summary put-code="4288" path="/0000-0002-1825-0097/employment/4288">
              <common:organization><common:name>Wesleyan University</common:name></common:organization></employment:employment-summary>
          </activities:affiliation-group>
        </activities:employments>
        """
        let x = FormatTests.read(xml, name: "employments.xml")
        #expect(x.profile?.affiliations == ["Wesleyan University"] && x.profile?.ids?.orcid == "0000-0002-1825-0097", "\(x.diagnostics)")
        // Beside the person's works: one record, whose person is where they are now.
        let works = #"""
        {"path": "/0000-0002-1825-0097/works", "group": [{"work-summary": [{"put-code": 1,
          "path": "/0000-0002-1825-0097/work/1", "title": {"title": {"value": "Cracked Pots"}},
          "publication-date": {"year": {"value": "1930"}}}]}]}
        """#
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-orcid-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let worksFile = dir.appendingPathComponent("works.json"), placesFile = dir.appendingPathComponent("employments.json")
        try works.write(to: worksFile, atomically: true, encoding: .utf8)
        try json.write(to: placesFile, atomically: true, encoding: .utf8)
        let library = RecordLoader.load([worksFile.path, placesFile.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
        #expect(library.papers.map(\.title) == ["Cracked Pots"])
        #expect(library.profile?.affiliations == ["Wesleyan University"], "\(library.diagnostics)")
    }

    /// Semantic Scholar's author and each author of a paper (`affiliations`, a list of names);
    /// OpenAlex's author (`last_known_institutions`, or the one `last_known_institution` of
    /// before), whose `affiliations` (objects, with years) and those of authorships are passed over.
    @Test func semanticScholarAndOpenAlexAuthorsStateTheirs() throws {
        let s2 = #"""
        {"authorId": "1741101", "name": "Ada Example", "affiliations": ["University of Examples", " "], "hIndex": 3,
         "papers": [{"paperId": "p1", "title": "Sparse Networks", "year": 2021,
           "authors": [{"authorId": "1741101", "name": "Ada Example", "affiliations": []},
                       {"authorId": "2", "name": "Bo Chen", "affiliations": ["Example Labs", "Testville Institute"]}]}]}
        """#
        let r = FormatTests.read(s2, name: "s2.json")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.profile?.affiliations == ["University of Examples"])
        let p = try #require(r.papers.first)
        #expect(p.authors.map(\.affiliations) == [[], ["Example Labs", "Testville Institute"]])
        #expect(p.affiliation == "Example Labs")
        let author = #"""
        {"id": "https://openalex.org/A5000000001", "display_name": "Ada Example", "works_count": 3,
         "affiliations": [{"institution": {"display_name": "Old College"}, "years": [2015, 2016]}],
         "last_known_institutions": [{"id": "https://openalex.org/I1", "display_name": "Example Labs"}],
         "summary_stats": {"h_index": 2}}
        """#
        #expect(FormatTests.read(author, name: "a.json").profile?.affiliations == ["Example Labs"])
        let before = #"{"id": "https://openalex.org/A1", "display_name": "Ada Example", "last_known_institution": {"display_name": "Old College"}}"#
        #expect(FormatTests.read(before, name: "a.json").profile?.affiliations == ["Old College"])
        // An authorship's `affiliations` (raw strings beside institution ids) is not read as a place.
        let work = #"""
        {"id": "https://openalex.org/W1", "title": "Sparse Networks", "publication_year": 2021, "authorships": [
          {"author": {"id": "https://openalex.org/A1", "display_name": "Ada Example"}, "institutions": [],
           "affiliations": [{"raw_affiliation_string": "Nowhere", "institution_ids": []}]}]}
        """#
        let w = try #require(FormatTests.read(work, name: "w.json").papers.first)
        #expect(w.authors.map(\.affiliations) == [[]])
    }

    /// A record's profile that states no place takes the one another source states for the same
    /// person; another person's is not taken. The header and `vita stats` show it; the
    /// snapshot and the JSON keep it.
    @Test func theProfileTakesThePlaceAnotherSourceStates() throws {
        let dblp = """
        <dblpperson name="Ada Example" pid="12/3456" n="1"><person key="homepages/12/3456"><author pid="12/3456">Ada Example</author>
        <url>https://orcid.org/0000-0002-1825-0097</url></person>
        <r><article key="journals/x/Example20"><author pid="12/3456">Ada Example</author><title>A Survey.</title><year>2020</year></article></r>
        </dblpperson>
        """
        let s2 = #"{"authorId": "1", "name": "Ada Example", "affiliations": ["Example Labs"], "papers": []}"#
        let other = #"{"authorId": "2", "name": "Bo Chen", "affiliations": ["Harbour College"], "papers": []}"#
        let library = FormatTests.library([("ada.xml", dblp), ("s2.json", s2)])
        #expect(library.profile?.statedBy == "DBLP" && library.profile?.affiliations == ["Example Labs"])
        #expect(FormatTests.library([("ada.xml", dblp), ("bo.json", other)]).profile?.affiliations == [])
        let data = try JSONEncoder().encode(library.profile)
        #expect(try JSONDecoder().decode(Profile.self, from: data) == library.profile)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["affiliations"] as? [String] == ["Example Labs"])
        var old = object
        old["affiliations"] = nil
        #expect(try JSONDecoder().decode(Profile.self, from: JSONSerialization.data(withJSONObject: old)).affiliations == [])
    }
}
