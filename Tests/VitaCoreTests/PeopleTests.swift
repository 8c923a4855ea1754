import Foundation
import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("People: finding a person in a record")
struct PeopleTests {

    static func library() -> Library {
        let bytes = Array(FormatSamples.dblpHomonyms.utf8)
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
        let lee = Library(records: [("p.xml", RecordFormats.dblp.read(Array(FormatSamples.dblpHomonyms.utf8), ReadContext(fileName: "p.xml", asOf: TestSeed.asOf)))], owner: "Ann Lee")
        #expect(lee.papers.count == page.papers.count && !lee.onlyOwner)
    }

    /// The people index finds as a name is typed, ranks by papers, and knows each one's papers.
    @Test func thePeopleIndexFindsByWordStarts() {
        let l = Self.library()
        let index = l.peopleIndex
        #expect(index.count == 4)
        let (all, total) = index.find("", limit: 10)
        #expect(total == 4 && all.prefix(3).map(index.key) == ["manish singh 0001", "ann lee", "manish singh 0002"] && index.name(all[3]) == "Ánn Lée-Ortiz")
        // The homonym number is a word of its own; word starts in any order.
        #expect(index.find("singh 0002", limit: 10).people.map(index.key) == ["manish singh 0002"])
        #expect(index.find("si ma", limit: 10).total == 2)
        #expect(index.find("zz", limit: 10).total == 0)
        // Only the first few are ranked; the count is of all.
        let top = index.find("", limit: 2)
        #expect(top.people.map(index.paperCount) == [3, 2] && top.total == 4)
        let singh = index.person(key: "manish singh 0001")!
        #expect(index.papers(singh) == [0, 1, 2] && index.years(singh)! == (2019, 2022))
    }

    /// The index finds a person through a sorted table of words and counts coauthors in slots: the
    /// same people, counts and coauthors as a plain reading of every name and paper.
    @Test func theWordTableFindsWhatReadingEveryNameFinds() {
        let papers = Self.randomPapers(400, seed: 5)
        let library = Library(papers: papers)
        let index = library.peopleIndex
        func words(_ p: Int) -> [String] {
            ([index.name(p)] + index.otherNames(p)).flatMap { Tokenizer.tokens($0) } + (People.homonym(index.key(p)).map { [$0] } ?? [])
        }
        for query in ["w", "wa", "wang", "wei wang", "ann", "an le", "jur", "jü", "mul", "0001", "singh 0002", "ch", "c", "marie cl",
                      "o", "qq", "", "b", "l l", "wang wei 0003", "zhang z"] {
            let typed = Tokenizer.tokens(query)
            let plain = (0..<index.count).filter { p in typed.allSatisfy { t in words(p).contains { $0.hasPrefix(t) } } }
            let (found, total) = index.find(query, limit: 15)
            #expect(total == plain.count, "\(query)")
            #expect(found == index.rank(plain, limit: 15), "\(query)")
        }
        // People numbered by hash are numbered as by the keys themselves (the way a record
        // whose keys share a hash is numbered), other names and nobody included.
        var withNobody = papers
        withNobody[3].authors.append(Author(name: "others"))
        withNobody[4].authors.append(withNobody[4].authors[0])
        // Ids and owners on some papers: each person's first ORCID and first DBLP id (from
        // different papers, one of them thousands of papers on), each paper's year and owner.
        let first = withNobody[0].authors[0]
        withNobody[0].authors[0].ids = AuthorIdentifiers(dblp: "11/1111")
        withNobody.append(contentsOf: (0..<3000).map { k in
            var p = Paper(title: "Later \(k)", source: SourceLocation(file: "x", line: k))
            p.authors = [Author(name: first.name, ids: AuthorIdentifiers(orcid: k == 2999 ? "0000-0002-1825-0097" : nil, dblp: "22/2222"))]
            p.owner = k % 2 == 0 ? .listed(position: 0) : .none
            return p
        })
        let (fast, plain) = (PersonNumbers(papers: withNobody), PersonNumbers(byKeys: withNobody))
        let s = fast.keys.firstIndex(of: first.key)!
        #expect(fast.orcids[s] == "0000-0002-1825-0097" && fast.dblps[s] == "11/1111")
        #expect(fast.orcids == plain.orcids && fast.dblps == plain.dblps && fast.dblps.filter { !$0.isEmpty }.count == 1)
        #expect(fast.years == withNobody.map { Int32($0.date?.year ?? 0) } && fast.years == plain.years)
        #expect(fast.owned == withNobody.map { $0.owner != .none } && fast.owned == plain.owned && fast.owned.contains(true))
        #expect(fast.keys == plain.keys && fast.names == plain.names && fast.starts == plain.starts && fast.people == plain.people)
        #expect(fast.otherNames == plain.otherNames && !fast.otherNames.isEmpty && !fast.keys.contains("others"))
        #expect(fast.of(paper: 4).count == Set(withNobody[4].authors.map(\.key)).count)
        // Coauthors: counted by reading every paper of the person.
        for p in 0..<index.count {
            var shared: [String: Int] = [:]
            for i in index.papers(p) {
                for key in Set(library.papers[i].authors.map(\.key)) where key != index.key(p) { shared[key, default: 0] += 1 }
            }
            let top = index.coauthors(of: p, limit: 3)
            #expect(top.map(\.shared) == Array(shared.values.sorted(by: >).prefix(3)), "\(index.key(p))")
            for c in top { #expect(shared[index.key(c.person)] == c.shared) }
        }
    }

    /// Where a person was last: the first affiliation of theirs on their latest paper that gives
    /// one; of two papers of one year, the later in the record; counted in parts as in one pass.
    @Test func wherePeopleWereLastIsTheirLatestPapersPlace() throws {
        func paper(_ k: Int, year: Int?, _ authors: [(String, [String])]) -> Paper {
            var p = Paper(title: "Paper \(k)", source: SourceLocation(file: "x", line: k + 1))
            p.date = year.map { PaperDate(year: $0, month: 1, day: 1, precision: .year) }
            p.authors = authors.map { name, places in
                var a = Author(name: name)
                a.affiliations = places
                return a
            }
            return p
        }
        var papers = [paper(0, year: 2020, [("Ada Example", ["Old College", "Second Place"]), ("Bo Chen", [])]),
                      paper(1, year: 2018, [("Ada Example", ["Older Place"])]),
                      paper(2, year: nil, [("Bo Chen", ["Undated Place"])])]
        // Thousands of papers on (another part of the numbering), one of the same year as Ada's
        // latest, and one earlier.
        papers += (0..<5000).map { k in paper(3 + k, year: 2000, [("Cy Young", [])]) }
        papers.append(paper(6000, year: 2020, [("Ada Example", ["Example Labs"])]))
        papers.append(paper(6001, year: 2019, [("Ada Example", ["Not Last"])]))
        let (fast, plain) = (PersonNumbers(papers: papers), PersonNumbers(byKeys: papers))
        func place(_ n: PersonNumbers, _ name: String) -> String? { n.places[Int32(n.keys.firstIndex(of: NameKey.make(name))!)] }
        #expect(place(fast, "Ada Example") == "Example Labs" && place(fast, "Bo Chen") == "Undated Place" && place(fast, "Cy Young") == nil)
        #expect(fast.places == plain.places)
        let library = Library(papers: papers)
        let ada = try #require(People.find("ada", in: library).matches.first)
        #expect(ada.affiliation == "Example Labs")
        #expect(People.find("cy", in: library).matches.first?.affiliation == nil)
        // A record where nobody has one keeps no row for them.
        let none = Library(papers: Self.randomPapers(40, seed: 2))
        #expect(none.peopleIndex.places.count == 0 && none.peopleIndex.place(0) == nil)
    }

    /// A graph limited to some people is the whole graph's top people with the edges among
    /// them, and still counts everyone.
    @Test func aGraphOfTheMostSharedPeopleIsTheWholeGraphsTop() {
        for library in [Library(papers: Self.randomPapers(400, seed: 17)), TestSeed.library(named: "seeds/anbang-yao.txt")] {
            let whole = CoauthorGraph(library: library)
            for k in [1, 2, 5, 12, 40] {
                let some = CoauthorGraph(library: library, people: k)
                let top = whole.top(k - 1)
                #expect(some.nodes == top.nodes && some.edges == top.edges && some.nodes.count == min(k, whole.nodes.count), "\(k)")
                #expect(some.allPeople == whole.nodes.count && whole.allPeople == whole.nodes.count)
            }
        }
    }

    /// Papers of random names from a few near-alike given and family names (accents, initials,
    /// homonym numbers), each with one to five authors.
    /// The facets of many papers count their people by number once the people are numbered, and
    /// by name before: the same counts either way, each person once a paper (a paper may list a
    /// person twice), the owner left out (by their place on the paper or their key).
    @Test func facetsCountPeopleByNumberAsByName() {
        var rng = SeededRandom(seed: 41)
        var papers = Self.randomPapers(26_000, seed: 29)
        for i in papers.indices {
            if rng.next() % 7 == 0 { papers[i].authors.append(papers[i].authors[0]) }
            if rng.next() % 3 == 0 { papers[i].owner = .listed(position: Int(rng.next() % UInt64(papers[i].authors.count))) }
            if i % 100 == 0 { papers[i].authors += (0..<40).map { Author(name: "Crowd \($0 % 30) Member") } }
        }
        let profile = Profile(name: "Ann Lee", source: SourceLocation(file: "x", line: 1))
        let byName = Library(papers: papers, profile: profile)
        let byNumber = Library(papers: papers, profile: profile)
        _ = byNumber.personNumbers
        for indices in [Array(0..<papers.count), Array(stride(from: 0, to: papers.count, by: 1)).filter { $0 % 5 != 1 }] {
            let a = Facets(library: byName, indices: indices, limit: 40), b = Facets(library: byNumber, indices: indices, limit: 40)
            #expect(a == b)
            let people = a.groups.first { $0.kind == .coauthor }
            #expect((people?.facets.count ?? 0) == 40 && people?.facets.contains { $0.value == "Ann Lee" } == false)
        }
        // A paper listing a person twice counts once.
        let twice = Paper(title: "Twice", authors: [Author(name: "Bo Chen"), Author(name: "Bo Chen")], source: SourceLocation(file: "x", line: 1))
        let one = Facets(library: Library(papers: [twice]), indices: [0])
        #expect(one.groups.first { $0.kind == .coauthor }?.facets.map(\.count) == [1])
    }

    static func randomPapers(_ n: Int, seed: UInt64) -> [Paper] {
        var rng = SeededRandom(seed: seed)
        let given = ["Wei", "Wen", "Ann", "Anna", "Ánn", "Jürgen", "Jurgen", "Li", "Lin", "Bo", "B.", "Mari", "Marie-Claire"]
        let family = ["Wang", "Wan", "Lee", "Lée-Ortiz", "Müller", "Muller", "Singh", "Chen", "Ch", "Zhang", "O'Brien"]
        var papers: [Paper] = []
        for i in 0..<n {
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "x", line: i + 1))
            p.date = PaperDate(year: 1990 + Int(rng.next() % 30), month: 1, day: 1, precision: .year)
            for _ in 0..<(1 + Int(rng.next() % 5)) {
                let number = rng.next() % 4 == 0 ? String(format: " %04d", Int(rng.next() % 3) + 1) : ""
                let name = given[Int(rng.next() % UInt64(given.count))] + " " + family[Int(rng.next() % UInt64(family.count))]
                var a = Author(name: name)
                a.key += number
                p.authors.append(a)
            }
            papers.append(p)
        }
        return papers
    }

    /// `person:` finds one person's papers by their key: homonyms apart, the owner on their
    /// `et al.` papers too.
    @Test func personQueriesFindOnePersonsPapers() {
        let l = Self.library()
        var session = SearchSession(index: l.searchIndex)
        #expect(session.search("person:\"Manish Singh 0002\"").count == 1)
        #expect(session.search("person:\"manish singh 0001\"").count == 3)
        #expect(session.search("person:\"manish singh\"").count == 0)
        #expect(session.search("person:\"ann lee\" year:2022").count == 1)
        let seed = TestSeed.library(named: "seeds/anbang-yao.txt")
        var onSeed = SearchSession(index: seed.searchIndex)
        #expect(onSeed.search("person:\"anbang yao\"").count == 34)
        #expect(onSeed.search("person:\"Chao Li\"").count == seed.peopleIndex.paperCount(seed.peopleIndex.person(key: "chao li")!))
    }

    /// A graph centred on a coauthor: their papers, the owner among their coauthors on every
    /// paper of the owner's.
    @Test func aGraphCentredOnACoauthor() {
        let seed = TestSeed.library(named: "seeds/anbang-yao.txt")
        let g = CoauthorGraph.centred(on: ("chao li", "Chao Li"), library: seed, indices: Array(seed.papers.indices))
        #expect(g.papers == 10 && g.nodes[0].name == "Chao Li" && g.nodes[0].isOwner && g.nodes[0].shared == 10)
        let yao = g.nodes.first { $0.key == "anbang yao" }
        #expect(yao?.shared == 10 && g.nodes[1].key == "anbang yao")
        #expect(g.edges.contains { $0.a == 0 && $0.b == 1 && $0.weight == 10 })
    }

    /// Name variants are joined walking only the papers whose ids are written with two names:
    /// the keys replaced are those of walking every paper in order, as one map of ids would.
    /// Enough papers that the keys are replaced in runs on every core.
    @Test func joiningOnlyWhereAnIdHasTwoNamesJoinsAsWalkingEveryPaper() {
        var rng = SeededRandom(seed: 11)
        let names = ["Bo Chen", "B. Chen", "Bo Chén", "Ann Lee", "A. Lee", "Ann Ortiz", "Cy Young", "C. Young", "others", "Wei Wang"]
        var papers: [Paper] = []
        for i in 0..<10_000 {
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "x", line: i + 1))
            for _ in 0..<(1 + Int(rng.next() % 4)) {
                let n = Int(rng.next() % UInt64(names.count))
                // Ids that sometimes say two names are one person, sometimes two ids at once.
                let orcid = rng.next() % 3 == 0 ? String(format: "0000-0002-0000-%04d", n / 2) : nil
                let pid = rng.next() % 2 == 0 ? "\(n % 4)/\(n % 3)" : nil
                p.authors.append(Author(name: names[n], ids: AuthorIdentifiers(orcid: orcid, dblp: pid)))
            }
            papers.append(p)
        }
        // Every paper walked in order, every id looked up: the way of the earlier release.
        func walkingEveryPaper(_ papers: [Paper]) -> [String: String] {
            var keyOfID: [AuthorIdentifiers.Key: String] = [:]
            var alias: [String: String] = [:]
            func canonical(_ k: String) -> String {
                var k = k
                var seen = 0
                while let next = alias[k], next != k, seen < 64 { k = next; seen += 1 }
                return k
            }
            for p in papers {
                for a in p.authors {
                    guard let ids = a.ids else { continue }
                    let key = canonical(a.key)
                    ids.forEachKey { id in
                        if let known = keyOfID[id] {
                            let c = canonical(known)
                            if c != key, alias[key] == nil, !NameKey.isNobody(key) { alias[key] = c }
                        } else {
                            keyOfID[id] = key
                        }
                    }
                }
            }
            var flat: [String: String] = [:]
            for k in alias.keys { flat[k] = canonical(k) }
            return flat
        }
        var joined = papers
        let replaced = Library.joinNameVariants(&joined)
        #expect(!replaced.isEmpty)
        #expect(replaced == walkingEveryPaper(papers))
        for (p, q) in zip(papers, joined) { #expect(q.authors.map(\.key) == p.authors.map { replaced[$0.key] ?? $0.key }) }
    }

    /// A DBLP name standing in for a pid (`Wei Wang 0001`) joins no names within one record,
    /// where only the authors written with it carry it, and is not looked at there; a paper
    /// merged from two sources may give it to the other source's spelling, and there it joins.
    @Test func aDBLPNameJoinsNamesOnlyWhereSourcesWereMerged() {
        func paper(_ title: String, _ name: String, sources: Int) -> Paper {
            var p = Paper(title: title, source: SourceLocation(file: "x", line: 1))
            p.authors = [Author(name: name, ids: AuthorIdentifiers(dblp: "Wei Wang 0001"))]
            p.sources = (0..<sources).map { PaperSource(format: $0 == 0 ? "dblp" : "s2", location: SourceLocation(file: "f\($0)", line: 1), fields: []) }
            return p
        }
        var one = [paper("One", "Wei Wang", sources: 1), paper("Two", "W. Wang", sources: 1)]
        #expect(Library.joinNameVariants(&one, namesJoin: false).isEmpty)
        #expect(Library.joinNameVariants(&one, namesJoin: true) == ["w wang": "wei wang"])
        let single = Library(records: [("x", RecordContents(papers: [paper("One", "Wei Wang", sources: 1), paper("Two", "W. Wang", sources: 1)]))])
        #expect(Set(single.papers.flatMap(\.authors).map(\.key)) == ["wei wang", "w wang"])
        let merged = Library(records: [("x", RecordContents(papers: [paper("One", "Wei Wang", sources: 1), paper("Two", "W. Wang", sources: 2)]))])
        #expect(Set(merged.papers.flatMap(\.authors).map(\.key)) == ["wei wang"])
    }

    /// The dump's person records, at its end, make a person's name variants one person with
    /// their pid and ORCID; a homonym stays apart.
    @Test func theDumpsPersonRecordsJoinNameVariants() {
        let dump = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE dblp SYSTEM "dblp.dtd">
        <dblp>
        <article key="journals/x/1" mdate="2020-01-01"><author>Bo Chen</author><author>Ann Lee</author><title>One.</title><year>2019</year><journal>J</journal></article>
        <article key="journals/x/2" mdate="2020-01-01"><author>B. Chen</author><title>Two.</title><year>2021</year><journal>J</journal></article>
        <article key="journals/x/3" mdate="2020-01-01"><author>Bo Chen 0002</author><title>Three.</title><year>2022</year><journal>J</journal></article>
        <article key="journals/x/4" mdate="2020-01-01"><author>Ann Ortiz</author><title>Four.</title><year>2023</year><journal>J</journal></article>
        <www mdate="2026-01-01" key="homepages/98/7654"><author>Bo Chen</author><author>B. Chen</author><title>Home Page</title><url>https://orcid.org/0000-0002-1825-0097</url></www>
        <www mdate="2026-01-01" key="homepages/11/1"><author>Ann Lee</author><author>Ann Ortiz</author><title>Home Page</title></www>
        <www mdate="2026-01-01" key="homepages/22/2"><author>Cy Young</author><title>Home Page</title></www>
        </dblp>
        """
        let l = Library(records: [("dblp.xml", RecordFormats.dblp.read(Array(dump.utf8), ReadContext(fileName: "dblp.xml", asOf: TestSeed.asOf)))])
        let (chen, total) = People.find("chen", in: l)
        #expect(total == 2 && chen.map(\.papers) == [2, 1] && chen.map(\.homonym) == [nil, "0002"])
        #expect(chen[0].orcid == "0000-0002-1825-0097" && chen[0].dblp == "98/7654" && chen[0].firstYear == 2019 && chen[0].lastYear == 2021)
        var session = SearchSession(index: l.searchIndex)
        #expect(session.search("person:\"bo chen\"").count == 2)
        #expect(chen[0].otherNames == ["B. Chen"] && chen[1].otherNames.isEmpty)
        // Any of a person's names finds them.
        let ann = People.find("ortiz", in: l).matches
        #expect(ann.map(\.name) == ["Ann Lee"] && ann[0].otherNames == ["Ann Ortiz"] && ann[0].papers == 2 && ann[0].dblp == "11/1")
    }

    /// In a dump of many papers (their authors given their ids and joined keys in runs of papers
    /// on every core), every paper of a person's names is theirs, and nobody else's is.
    @Test func theDumpsPersonRecordsReachEveryPaper() {
        var dump = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<dblp>\n"
        for i in 0..<10_000 {
            let chen = ["Bo Chen", "B. Chen", "Bo Chen 0002"][i % 3]
            dump += "<article key=\"journals/x/\(i)\" mdate=\"2020-01-01\"><author>Ann Lee</author><author>\(chen)</author>"
                + "<title>Paper \(i).</title><year>\(2000 + i % 20)</year><journal>J</journal></article>\n"
        }
        dump += "<www mdate=\"2026-01-01\" key=\"homepages/98/7654\"><author>Bo Chen</author><author>B. Chen</author><title>Home Page</title>"
            + "<url>https://orcid.org/0000-0002-1825-0097</url></www>\n</dblp>\n"
        let contents = RecordFormats.dblp.read(Array(dump.utf8), ReadContext(fileName: "dblp.xml", asOf: TestSeed.asOf))
        #expect(contents.papers.count == 10_000)
        for (i, p) in contents.papers.enumerated() {
            let theirs = i % 3 != 2
            #expect(p.authors[1].ids?.dblp == (theirs ? "98/7654" : "Bo Chen 0002"), "paper \(i)")
            #expect(p.authors[1].ids?.orcid == (theirs ? "0000-0002-1825-0097" : nil), "paper \(i)")
            #expect(p.authors[0].ids?.orcid == nil, "paper \(i)")
        }
        let l = Library(records: [("dblp.xml", contents)])
        #expect(Set(l.papers.map { $0.authors[1].key }) == ["bo chen", "bo chen 0002"])
        let (chen, total) = People.find("chen", in: l)
        #expect(total == 2 && chen.map(\.papers) == [6_667, 3_333] && chen[0].otherNames == ["B. Chen"])
    }

    /// A record of many people (their words sorted beside their tables of names, keys and ids,
    /// on every core): each found by their own name, with their own papers, years and ids.
    @Test func manyPeopleAreEachFoundByTheirName() {
        func word(_ i: Int) -> String {
            var (i, out) = (i, "")
            for _ in 0..<4 { out.append(Character(UnicodeScalar(UInt8(97 + i % 26)))); i /= 26 }
            return out.capitalized
        }
        let n = 10_000
        let papers = (0..<n).map { i -> Paper in
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "x", line: i + 1))
            p.date = PaperDate(year: 1990 + i % 30, month: 1, day: 1)
            p.authors = [Author(name: "Ann \(word(i))", ids: AuthorIdentifiers(orcid: String(format: "0000-0002-%04d-%04d", i / 10_000, i % 10_000))),
                         Author(name: "Bo \(word(i + 1))")]
            return p
        }
        let l = Library(records: [("x", RecordContents(papers: papers))])
        for i in [0, 1, 4_321, 9_998] {
            let (found, _) = People.find("ann \(word(i).lowercased())", in: l)
            #expect(found.first?.name == "Ann \(word(i))" && found.first?.papers == 1, "person \(i)")
            #expect(found.first?.orcid == String(format: "0000-0002-%04d-%04d", i / 10_000, i % 10_000), "person \(i)")
            #expect(found.first?.firstYear == 1990 + i % 30, "person \(i)")
        }
        // The second author of paper 41, not the first of paper 42, who shares the word.
        #expect(People.find("bo \(word(42).lowercased())", in: l).matches.map(\.name) == ["Bo \(word(42))"])
    }

    /// The dump's person records say where people are (an affiliation note not labelled former):
    /// kept by name key, every name of the record, found by the person it joins them into; it is
    /// their place over what a paper says. Kept in the snapshot and with the people beside it, and
    /// found again when the people are counted from the snapshot alone.
    @Test func theDumpsPersonRecordsSayWherePeopleAre() throws {
        let dump = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <!DOCTYPE dblp SYSTEM "dblp.dtd">
        <dblp>
        <article key="journals/x/1" mdate="2020-01-01"><author>Bo Chen</author><author>Ann Lee</author><title>One.</title><year>2019</year><journal>J</journal></article>
        <article key="journals/x/2" mdate="2020-01-01"><author>B. Chen</author><author>Cy Young</author><title>Two.</title><year>2021</year><journal>J</journal></article>
        <www mdate="2026-01-01" key="homepages/98/7654"><author>Bo Chen</author><author>B. Chen</author><title>Home Page</title>
        <url>https://orcid.org/0000-0002-1825-0097</url><note label="former" type="affiliation">Old College</note>
        <note type="affiliation">Universit&auml;t  Bench</note><note type="affiliation">Second Place</note></www>
        <www mdate="2026-01-01" key="homepages/11/1"><author>Ann Lee</author><title>Home Page</title><note label="former" type="affiliation">Gone</note></www>
        <www mdate="2026-01-01" key="homepages/22/2"><author>Cy Young</author><title>Home Page</title><note type="affiliation">Harbour College</note></www>
        </dblp>
        """
        let contents = RecordFormats.dblp.read(Array(dump.utf8), ReadContext(fileName: "dblp.xml", asOf: TestSeed.asOf))
        #expect(contents.statedPlaces == ["bo chen": "Universität Bench", "b chen": "Universität Bench", "cy young": "Harbour College"])
        // Names an id joins are one person, with one place.
        let l = Library(records: [("dblp.xml", contents)])
        #expect(l.statedPlaces.count == 2 && l.statedPlaces["bo chen"] == "Universität Bench" && l.statedPlaces["cy young"] == "Harbour College")
        #expect(l.statedPlaces["ann lee"] == nil)
        #expect(People.find("chen", in: l).matches.map(\.affiliation) == ["Universität Bench"])
        #expect(People.find("ann", in: l).matches.map(\.affiliation) == [nil])
        // Stated, it is their place over their latest paper's.
        var papers = PeopleTests.randomPapers(3, seed: 1)
        papers[0].authors = [Author(name: "Cy Young")]
        papers[0].authors[0].affiliations = ["Paper Place"]
        var both = contents
        both.papers += papers
        #expect(People.find("cy", in: Library(records: [("dblp.xml", both)])).matches.first?.affiliation == "Harbour College")
        // Through the snapshot: kept, and found again with the people counted anew from it.
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-stated-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("dblp.xml")
        try Data(dump.utf8).write(to: file)
        let cache = SnapshotCache(directory: dir.appendingPathComponent("cache").path, minimumSize: 0)
        let first = RecordLoader.load([file.path], asOf: TestSeed.asOf, cache: cache).library
        _ = first.peopleIndex
        for _ in 0..<2 {
            let (reopened, notices) = RecordLoader.load([file.path], asOf: TestSeed.asOf, cache: cache)
            #expect(notices.isEmpty && !reopened.papersAreRead, "\(notices)")
            #expect(reopened.statedPlaces["bo chen"] == "Universität Bench" && reopened.statedPlaces.count == 2)
            #expect(People.find("young", in: reopened).matches.map(\.affiliation) == ["Harbour College"])
            // The people file gone, they are counted from the snapshot: the same places.
            for name in try FileManager.default.contentsOfDirectory(atPath: cache.directory) where name.hasSuffix(".people") {
                try FileManager.default.removeItem(atPath: cache.directory + "/" + name)
            }
        }
    }

    @Test func statedPlacesAreFoundByTheirKeysBytes() {
        let places = StatedPlaces(["wei wang 0003": "Place C", "wei wang": "Place A", "jürgen müller": "Place J", "ann": "Place N"])
        #expect(places.count == 4 && places["wei wang"] == "Place A" && places["wei wang 0003"] == "Place C" && places["jürgen müller"] == "Place J")
        #expect(places["wei"] == nil && places["zz"] == nil && places[""] == nil && StatedPlaces()["ann"] == nil)
        var order: [String] = []
        places.forEach { key, _ in order.append(key) }
        #expect(order == ["ann", "jürgen müller", "wei wang", "wei wang 0003"])
        // Stored keys out of order are refused.
        #expect(StatedPlaces(keys: TextTable(["b", "a"]), places: TextTable(["1", "2"])) == nil)
        #expect(StatedPlaces(keys: TextTable(["a", "a"]), places: TextTable(["1", "2"])) == nil)
        #expect(StatedPlaces(keys: TextTable(["a"]), places: TextTable(["1", "2"])) == nil)
        #expect(StatedPlaces(keys: TextTable(["a", "b"]), places: TextTable(["1", "2"])) != nil)
    }

    /// A tally counted on several cores (the people shared out among them) counts as one core
    /// does: in the slots a person (many papers) and in a table (a few of many people's papers).
    @Test func aTallyOnSeveralCoresCountsAsOneCoreDoes() {
        var rng = SeededRandom(seed: 11)
        let names = (0..<3_000).map { "Person \($0) Q\($0 % 7)" }
        let papers = (0..<600).map { k in
            var p = Paper(title: "Paper \(k)", source: SourceLocation(file: "t", line: k))
            let count = 1 + Int(rng.next() % 30)
            for _ in 0..<count {
                // Most among a few hundred (met on many papers), some among them all.
                let wide = rng.next() % 4 == 0
                let n = Int(rng.next() % (wide ? 3_000 : 300))
                p.authors.append(Author(name: names[n]))
            }
            if rng.next() % 5 != 0 { p.date = PaperDate(year: 1990 + Int(rng.next() % 35), month: 1, day: 1, precision: .year) }
            return p
        }
        let numbers = PersonNumbers(papers: papers)
        // Every paper (a slot a person) and a few (a table: fewer listed than an eighth of the people).
        for indices in [Array(0..<600), Array(stride(from: 3, to: 600, by: 97))] {
            let listed = indices.reduce(0) { $0 + numbers.of(paper: $1).count }
            #expect((listed * 8 >= numbers.count) == (indices.count == 600))
            let (one, met, counted) = numbers.tally(indices, years: numbers.years, starts: numbers.starts, members: numbers.people, parts: 1)
            #expect(Set(met).count == met.count && !met.isEmpty && counted.count == met.count)
            for parts in [2, 4, 8] {
                let (many, metMany, countedMany) = numbers.tally(indices, years: numbers.years, starts: numbers.starts, members: numbers.people, parts: parts)
                #expect(metMany.count == met.count && Set(metMany) == Set(met), "\(parts) parts, \(indices.count) papers")
                // Each one met given with their counts.
                for (s, c) in zip(metMany, countedMany) {
                    let same: Bool = c.papers == one[s].papers && c.first == one[s].first && c.last == one[s].last
                    #expect(same, "person \(s) met, \(parts) parts")
                }
                for s in 0..<Int32(numbers.count) {
                    let a: PersonNumbers.Counted = one[s], b: PersonNumbers.Counted = many[s]
                    let same: Bool = a.papers == b.papers && a.first == b.first && a.last == b.last
                    #expect(same, "person \(s), \(parts) parts")
                }
            }
            // The counts as counting each paper's people by hand says.
            for s in met.prefix(50) {
                let theirs = indices.filter { numbers.of(paper: $0).contains(s) }
                let years: [Int32] = theirs.map { numbers.years[$0] }.filter { $0 != 0 }
                let c = one[s]
                #expect(Int(c.papers) == theirs.count)
                #expect(c.first == (years.min() ?? 0) && c.last == (years.max() ?? 0))
            }
        }
    }
}
