import Foundation
import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("People: finding a person in a record")
struct PeopleTests {
    static let dblp = """
    <?xml version="1.0" encoding="US-ASCII"?>
    <dblpperson name="Manish Singh 0001" pid="01/1234" n="3">
    <r><article key="journals/x/A1" mdate="2020-01-01"><author pid="01/1234" orcid="0000-0002-1825-0097">Manish Singh 0001</author><author pid="02/2">Ann Lee</author><title>One.</title><year>2019</year><journal>J</journal></article></r>
    <r><article key="journals/x/A2" mdate="2020-01-01"><author pid="01/1234">Manish Singh 0001</author><author pid="03/3">Manish Singh 0002</author><title>Two.</title><year>2021</year><journal>J</journal></article></r>
    <r><article key="journals/x/A3" mdate="2020-01-01"><author pid="01/1234">Manish Singh 0001</author><author pid="02/2">Ann Lee</author><author>Ánn Lée-Ortiz</author><title>Three.</title><year>2022</year><journal>J</journal></article></r>
    </dblpperson>
    """

    static func library() -> Library {
        let bytes = Array(dblp.utf8)
        return Library(records: [("p.xml", RecordFormats.dblp.read(bytes, ReadContext(fileName: "p.xml", asOf: TestSeed.asOf)))])
    }

    @Test func namesIdsAndHomonyms() {
        let l = Self.library()
        let (singh, total) = People.find("manish singh", in: l)
        #expect(total == 2 && singh.map(\.homonym) == ["0001", "0002"] && singh.map(\.papers) == [3, 1])
        #expect(singh[0] == PersonMatch(name: "Manish Singh", key: "manish singh 0001", homonym: "0001", papers: 3, firstYear: 2019, lastYear: 2022,
                                        orcid: "0000-0002-1825-0097", dblp: "01/1234", coauthors: ["Ann Lee", "Manish Singh 0002", "Ánn Lée-Ortiz"]))
        // Word starts, any order, accents aside; an ORCID or a DBLP pid.
        #expect(People.find("lee an", in: l).matches.map(\.name) == ["Ann Lee", "Ánn Lée-Ortiz"])
        #expect(People.find("ortiz", in: l).matches.map(\.name) == ["Ánn Lée-Ortiz"])
        #expect(People.find("0000-0002-1825-0097", in: l).matches.map(\.key) == ["manish singh 0001"])
        #expect(People.find("03/3", in: l).matches.map(\.key) == ["manish singh 0002"])
        #expect(People.find("nobody", in: l).matches.isEmpty)
        #expect(People.find("a", in: l, limit: 1) .matches.count == 1 && People.find("a", in: l, limit: 1).total == 2)
    }

    /// The owner counts on the papers that list only the first authors too.
    @Test func theOwnerHasEveryPaperOfTheirProfile() {
        let l = TestSeed.library(named: "seeds/anbang-yao.txt")
        let yao = People.find("anbang", in: l).matches
        #expect(yao.count == 1 && yao[0].papers == 34 && yao[0].firstYear == 2016 && yao[0].lastYear == 2026)
        #expect(People.find("chao li", in: l).matches.first?.coauthors.first == "Anbang Yao")
    }

    /// `--owner` on a record that names nobody of its own opens that person's papers only; on a
    /// person's own record it only says who the owner is.
    @Test func theOwnerOfACollectionGetsTheirPapers() {
        let bib = """
        @article{a1, author = {Adams, Ann and Brown, Bob}, title = {First}, journal = {J}, year = {2001}}
        @article{a2, author = {Adams, Ann and Clark, Cy}, title = {Second}, journal = {J}, year = {2002}}
        @article{a3, author = {Davis, Dee and Evans, Eve}, title = {Third}, journal = {J}, year = {2003}}
        """
        let contents = BibTeXReader.read(Array(bib.utf8), fileName: "lab.bib")
        let all = Library(records: [("lab.bib", contents)])
        let ann = Library(records: [("lab.bib", contents)], owner: "Ann Adams")
        #expect(all.papers.count == 3 && !all.onlyOwner)
        #expect(ann.papers.map(\.title) == ["First", "Second"] && ann.onlyOwner && ann.people.map(\.name) == ["Ann Adams", "Bob Brown", "Cy Clark"])
        // A DBLP person page is its person's record: another owner keeps every paper.
        let page = Self.library()
        let lee = Library(records: [("p.xml", RecordFormats.dblp.read(Array(Self.dblp.utf8), ReadContext(fileName: "p.xml", asOf: TestSeed.asOf)))], owner: "Ann Lee")
        #expect(lee.papers.count == page.papers.count && !lee.onlyOwner)
    }
}
