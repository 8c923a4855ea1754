import Foundation
import Testing
import VitaCore
import VitaTestSupport
@testable import VitaTUI

@Suite("People in the explorer: the person prompt and the graph re-centred")
struct PersonTests {
    /// Centring the graph of many papers on someone is not done while the key waits: the view
    /// says it is being made, keys work, and it is drawn when the explorer's loop gives it (made
    /// on another thread, `prime(graph:for:)`); a graph made for another centre is not it.
    @Test func aGraphOfManyPapersIsCentredApart() {
        var s = Seed.state(120, 40)
        s.chartsMadeApartAbove = 10
        s.press(.char("3"))
        s.prime(years: Statistics(library: Seed.library, coauthors: false), graph: CoauthorGraph(library: Seed.library, people: ChartsState.graphPeople))
        #expect(s.coauthorChart!.shown.nodes[1].name == "Chao Li" && s.centredGraphWanted == nil)
        s.press(.enter)
        let wanted = s.centredGraphWanted
        #expect(s.charts.waiting && s.coauthorChart == nil && s.centrePath.map(\.name) == ["Chao Li"] && wanted?.centre.name == "Chao Li")
        let screen = render(s)
        #expect(screen.line(1).contains("Coauthors") && screen.line(3).contains("finding Chao Li's coauthors among the 34 papers shown…"))
        let at = screen.line(3).distance(from: screen.line(3).startIndex, to: screen.line(3).range(of: "finding")!.lowerBound)
        #expect(screen[at, 3].style == Style(.dim))
        #expect(screen.line(38).contains("counting…"))
        // Keys work meanwhile; a graph for another centre is not drawn.
        s.press(.char("2"), .char("3"))
        #expect(s.charts.waiting && s.centredGraphWanted?.key == wanted?.key)
        let centred = CoauthorGraph.centred(on: (wanted!.centre.key, wanted!.centre.name), library: Seed.library, indices: s.visible, people: ChartsState.graphPeople)
        s.prime(graph: centred, for: wanted!.key + "x")
        #expect(s.charts.waiting)
        s.prime(graph: centred, for: wanted!.key)
        #expect(!s.charts.waiting && s.centredGraphWanted == nil)
        let g = s.coauthorChart!.graph
        #expect(g.nodes[0].name == "Chao Li" && g.nodes[0].papers == 10 && g.nodes[1].name == "Anbang Yao")
        #expect(render(s).line(1).contains("Coauthors of Chao Li"))
        // Back to the whole record's graph, kept: no wait; and again to Chao Li, kept too.
        s.press(.backspace)
        #expect(!s.charts.waiting && s.coauthorChart!.graph.nodes[0].name == "Anbang Yao")
        s.press(.enter)
        #expect(!s.charts.waiting && s.coauthorChart!.graph.nodes[0].name == "Chao Li")
    }

    /// The whole record's graph, made on another thread before its years, is drawn as it comes;
    /// view 2 waits on for the years.
    @Test func theGraphIsDrawnBeforeTheYearsAreMade() {
        var s = Seed.state(120, 40)
        s.chartsMadeApartAbove = 10
        s.press(.char("3"))
        #expect(s.charts.waiting && render(s).line(3).contains("counting the 34 papers shown…"))
        s.prime(graph: CoauthorGraph(library: Seed.library, people: ChartsState.graphPeople), for: "")
        #expect(!s.charts.waiting && s.coauthorChart!.graph.nodes[0].name == "Anbang Yao" && render(s).line(1).contains("Coauthors"))
        s.press(.char("2"))
        #expect(s.charts.waiting)
        s.prime(years: Statistics(library: Seed.library, coauthors: false), graph: CoauthorGraph(library: Seed.library, people: ChartsState.graphPeople))
        #expect(!s.charts.waiting && render(s).line(1).contains("Papers per year"))
    }

    /// View 3 lists the selected person's papers from the record's people; a record whose people
    /// are counted on another thread says so until they are, rather than hold the frame, and then
    /// lists their newest papers, as many as fit.
    @Test func theSelectedPersonsPapersWaitForThePeopleWithoutHoldingTheFrame() {
        let library = TestSeed.library(named: "seeds/anbang-yao.txt")
        var s = Seed.state(120, 40, library: library)
        s.countPeopleAtOnceUpTo = 10
        s.press(.char("3"))
        #expect(library.peopleIndexIfReady == nil)
        var screen = render(s)
        var lines = (0..<40).map { screen.line($0) }
        var at = lines.firstIndex { $0.contains("With Chao Li") }!
        #expect(lines[at + 1].contains("their papers: counting the people…"))
        let column = lines[at + 1].distance(from: lines[at + 1].startIndex, to: lines[at + 1].range(of: "their papers:")!.lowerBound)
        #expect(screen[column, at + 1].style == Style(.dim))
        #expect(library.peopleIndexIfReady == nil, "drawing the frame did not count the people")
        _ = library.peopleIndex
        screen = render(s)
        lines = (0..<40).map { screen.line($0) }
        at = lines.firstIndex { $0.contains("With Chao Li") }!
        // Their ten papers with the owner, newest first.
        let theirs = library.papers.filter { p in p.authors.contains { $0.name == "Chao Li" } }
            .sorted { ($0.date?.description ?? "") > ($1.date?.description ?? "") }
        #expect(theirs.count == 10)
        let listed = lines[(at + 1)...].prefix { $0.range(of: #"│? ?\d{4} "#, options: .regularExpression) != nil }
        #expect(listed.count >= 3, "\(lines[(at + 1)...].prefix(4))")
        for (line, paper) in zip(listed, theirs) {
            #expect(line.contains(String(paper.title.prefix(20))), "\(line) / \(paper.title)")
        }
    }

    /// Enter centres the graph on the selected person, again and again; Backspace goes back
    /// along the path, which the status line shows from the owner the walk started at.
    @Test func enterRecentresAndBackspaceGoesBack() {
        var s = Seed.state(200, 60)
        s.press(.char("3"))
        #expect(s.coauthorChart!.shown.nodes[1].name == "Chao Li")
        s.press(.enter)
        var g = s.coauthorChart!.graph
        #expect(g.nodes[0].name == "Chao Li" && g.nodes[0].papers == 10 && s.centrePath.map(\.name) == ["Chao Li"])
        // The owner is on every paper of theirs, those behind `et al.` too.
        #expect(g.nodes[1].name == "Anbang Yao" && g.nodes[1].shared == 10)
        #expect(render(s).line(58).contains("path: Anbang Yao › Chao Li  ") && render(s).line(1).contains("Coauthors of Chao Li"))
        let fan = s.coauthorChart!.shown.nodes.firstIndex { $0.name == "Jiawei Fan" }!
        while s.selectedPerson != fan { s.press(.tab) }
        s.press(.enter)
        g = s.coauthorChart!.graph
        #expect(g.nodes[0].name == "Jiawei Fan" && s.centrePath.map(\.name) == ["Chao Li", "Jiawei Fan"])
        #expect(render(s).line(58).contains("path: Anbang Yao › Chao Li › Jiawei Fan  "))
        // Back: the person left is selected.
        s.press(.backspace)
        #expect(s.coauthorChart!.graph.nodes[0].name == "Chao Li" && s.coauthorChart!.shown.nodes[s.selectedPerson].name == "Jiawei Fan")
        #expect(s.message?.text == "back to Chao Li's coauthors (from Jiawei Fan)")
        #expect(render(s).line(58).contains("path: Anbang Yao › Chao Li  "))
        s.press(.backspace)
        #expect(s.message?.text == "back to Anbang Yao's coauthors (from Chao Li)")
        #expect(s.centrePath.isEmpty && s.coauthorChart!.graph.nodes[0].name == "Anbang Yao" && s.coauthorChart!.shown.nodes[s.selectedPerson].name == "Chao Li")
        #expect(!render(s).line(58).contains("path:"))
        s.press(.backspace)
        #expect(s.message?.text == "the graph is at its first centre")
        // The centre itself: nothing to do.
        while s.selectedPerson != 0 { s.press(.tab) }
        s.press(.enter)
        #expect(s.centrePath.isEmpty && s.message?.text.hasPrefix("the graph is centred on Anbang Yao already") == true)
    }

    /// A record without an owner (a .bib): its graph has no centre, and any person can be one.
    @Test func aRecordWithoutAnOwnerIsCentredOnAnyone() {
        let bib = """
        @article{a1, author = {Adams, Ann and Brown, Bob}, title = {First}, journal = {J}, year = {2001}}
        @article{a2, author = {Adams, Ann and Clark, Cy}, title = {Second}, journal = {J}, year = {2002}}
        @article{a3, author = {Brown, Bob and Davis, Dee}, title = {Third}, journal = {J}, year = {2003}}
        """
        let library = Library(records: [("lab.bib", BibTeXReader.read(Array(bib.utf8), fileName: "lab.bib"))])
        var s = Seed.state(100, 30, library: library)
        s.press(.char("3"))
        #expect(s.coauthorChart!.graph.nodes[0].isOwner == false)
        while s.selectedPerson != 0 { s.press(.tab) }
        let first = s.coauthorChart!.shown.nodes[0].name
        s.press(.enter)
        #expect(s.centrePath.map(\.name) == [first] && s.coauthorChart!.graph.nodes[0].isOwner && s.coauthorChart!.graph.nodes[0].name == first)
        #expect(s.coauthorChart!.graph.nodes.count == 3)
        // No owner to start from: the path is the people taken.
        #expect(s.charts.walked.map(\.name) == [first] && render(s).text.contains("path: \(first)  "))
    }

    /// `@` lists the people as a name is typed, most papers first; Enter opens one: their papers
    /// in the list, kept in the search history, and Esc goes back to the whole record.
    @Test func thePersonPromptOpensAPerson() {
        var s = Seed.state()
        s.press(.char("@"))
        #expect(s.context == .people && s.personChoices.first?.name == "Anbang Yao" && s.personChoices.first?.papers == 34)
        s.type("li")
        #expect(s.personChoices.prefix(3).map(\.name) == ["Chao Li", "Duo Li", "Xiaolong Liu"])
        #expect(render(s).text.contains("People matching \"li\"") && render(s).line(23).hasPrefix("@ person"))
        s.press(.down, .enter)
        #expect(s.overlay == nil && s.filterText == "person:\"duo li\"" && s.visible.count == 4 && s.view == .papers)
        #expect(s.history.last == "person:\"duo li\"" && s.message?.text == "Duo Li: 4 papers (Esc: the whole record)")
        s.press(.escape)
        #expect(s.filter == nil && s.centrePath.isEmpty)
        // Esc closes the prompt and leaves the list as it was.
        s.press(.char("@"))
        s.type("nobody at all")
        #expect(s.personChoices.isEmpty && render(s).text.contains("nobody's name has words beginning with those typed"))
        s.press(.enter)
        #expect(s.context == .people && s.message?.isError == true)
        s.press(.escape)
        #expect(s.overlay == nil && s.filter == nil)
    }

    /// Each person's row says where they were last (their latest paper's affiliation), dim, before
    /// their coauthors: two people of one name in an OpenAlex record are told apart by it.
    @Test func thePromptSaysWherePeopleWereLast() throws {
        func paper(_ k: Int, _ year: Int, _ authors: [(String, String)]) -> Paper {
            var p = Paper(title: "Paper \(k)", source: SourceLocation(file: "w.json", line: k + 1))
            p.date = PaperDate(year: year, month: 1, day: 1, precision: .year)
            p.authors = authors.map { name, place in
                var a = Author(name: name)
                a.affiliations = place.isEmpty ? [] : [place]
                return a
            }
            return p
        }
        let library = Library(papers: [paper(0, 2019, [("Wei Wang", "Old College"), ("Bo Chen", "")]),
                                       paper(1, 2023, [("Wei Wang", "Example Labs"), ("Bo Chen", "")])])
        var s = AppState(library: library, width: 100, height: 20, themeNames: ["default"])
        s.press(.char("@"))
        s.type("wei")
        let screen = render(s)
        let row = try #require((0..<20).first { screen.line($0).contains("Wei Wang") })
        // Narrow, the place alone; wider, each has part of the room; wide, both whole.
        #expect(screen.line(row).contains("2 papers  2019–2023  at Example Labs ") && !screen.line(row).contains("with"), "\(screen.line(row))")
        let long = "Department of Computer Science and Technology, University of Examples, Testville, United Kingdom"
        var wider = AppState(library: Library(papers: [paper(2, 2024, [("Wen Long", long), ("Bo Chen", "")])]), width: 200, height: 20,
                             themeNames: ["default"])
        wider.press(.char("@"))
        wider.type("wen")
        let part = render(wider).text
        #expect(part.contains("2024       at Department of Computer Science") && part.contains("…, with Bo Chen "), "\(part)")
        var wide = s
        wide.resize(width: 200, height: 20)
        let whole = render(wide)
        #expect(whole.text.contains("2 papers  2019–2023  at Example Labs, with Bo Chen"), "\(whole.text)")
        let x = screen.line(row).distance(from: screen.line(row).startIndex, to: screen.line(row).range(of: "at Example")!.lowerBound)
        #expect(screen[x, row].style == Style(.selection, bold: true))
        s.press(.escape, .char("@"))
        s.type("bo")
        let other = render(s)
        let at = try #require((0..<20).first { other.line($0).contains("Bo Chen") })
        #expect(other.line(at).contains("2019–2023  with Wei Wang") && !other.line(at).contains(" at "))
    }

    /// On a large record whose people are not counted yet, the prompt opens at once and says it
    /// is counting; keys still work, and the people it finds show once they are counted.
    @Test func thePromptWaitsForThePeopleWithoutBlocking() {
        let library = Library(papers: Seed.library.papers, profile: Seed.library.profile)
        var s = Seed.state(library: library)
        s.countPeopleAtOnceUpTo = 0
        s.press(.char("@"))
        #expect(s.context == .people && s.peopleCounting && s.personChoices.isEmpty && library.peopleIndexIfReady == nil)
        let screen = render(s)
        #expect(screen.text.contains("counting the people of 34 papers…"))
        s.type("li")
        let early = s.peopleCounted()
        #expect(s.peopleCounting && s.personChoices.isEmpty && !early)
        // Counted (on another thread, in the explorer): the prompt is filled for what was typed.
        _ = library.peopleIndex
        let filled = s.peopleCounted()
        #expect(filled && !s.peopleCounting)
        #expect(s.personChoices.prefix(3).map(\.name) == ["Chao Li", "Duo Li", "Xiaolong Liu"] && !render(s).text.contains("counting"))
        let again = s.peopleCounted()
        #expect(!again)
    }

    /// Enter pressed before the people are counted opens the best match once they are, said
    /// meanwhile; typing again or Esc takes the Enter back.
    @Test func enterBeforeThePeopleAreCountedOpensTheBestMatchWhenTheyAre() {
        /// The seed's papers in a library of their own, "chao" typed in the person prompt and
        /// Enter pressed before its people are counted.
        func enteredBeforeCounting() -> (Library, AppState) {
            let library = Library(papers: Seed.library.papers, profile: Seed.library.profile)
            var s = Seed.state(library: library)
            s.countPeopleAtOnceUpTo = 0
            s.press(.char("@"))
            s.type("chao")
            s.press(.enter)
            return (library, s)
        }
        var (library, s) = enteredBeforeCounting()
        #expect(s.context == .people && s.openWhenCounted && s.message == nil)
        #expect(render(s).text.contains("counting the people of 34 papers… then the first match opens"))
        _ = library.peopleIndex
        let counted = s.peopleCounted()
        #expect(counted)
        #expect(s.overlay == nil && s.filterText == "person:\"chao li\"" && s.visible.count == 10, "\(s.filterText) \(s.visible.count)")
        #expect(s.message?.text == "Chao Li: 10 papers (Esc: the whole record)")
        // Typed after Enter, or closed with Esc: nothing opens.
        var (other, t) = enteredBeforeCounting()
        t.type(" l")
        #expect(!t.openWhenCounted)
        t.press(.enter, .escape)
        #expect(!t.openWhenCounted && t.overlay == nil)
        _ = other.peopleIndex
        let opened = t.peopleCounted()
        #expect(!opened && t.filter == nil)
    }

    /// From view 3, the person opened is the graph's centre.
    @Test func aPersonOpenedFromTheGraphIsItsCentre() {
        var s = Seed.state(200, 60)
        s.press(.char("3"), .char("@"))
        s.type("chao")
        s.press(.enter)
        #expect(s.view == .coauthors && s.visible.count == 10 && s.coauthorChart!.graph.nodes[0].name == "Chao Li")
        #expect(s.centrePath.map(\.name) == ["Chao Li"])
    }

    /// On a paper's detail, `@` offers the paper's authors (the owner behind `et al.` too).
    @Test func theAuthorsOfAPaperFromItsDetail() {
        var s = Seed.state()
        while s.selectedPaper?.owner != .implied { s.press(.down) }
        let paper = s.selectedPaper!
        s.press(.enter, .char("@"))
        #expect(s.personChoices.map(\.key) == paper.authors.map(\.key) + ["anbang yao"])
        #expect(render(s).text.contains("Authors of this paper"))
        s.press(.down, .enter)
        #expect(s.filterText == "person:\"\(paper.authors[1].key)\"" && !s.detailOpen)
    }

    /// A prolific person's count is grouped by thousands, and the counts stay in one column.
    @Test func countsAreGroupedAndAligned() {
        func paper(_ i: Int, _ author: String) -> Paper {
            Paper(title: "Paper \(i)", authors: [Author(name: author), Author(name: "Bo Chen")], date: PaperDate(year: 2020, month: 1, day: 1, precision: .year),
                  source: SourceLocation(file: "r.xml", line: i + 1))
        }
        let papers = (0..<1_200).map { paper($0, "Ann Lee") } + (0..<3).map { paper(1_200 + $0, "Ann Leeds") }
        var s = Seed.state(80, 24, library: Library(records: [("r.xml", RecordContents(papers: papers))]))
        s.press(.char("@"))
        s.type("ann")
        let rows = AppView.render(s, files: ["r.xml"]).text.split(separator: "\n").map(String.init).filter { $0.contains("│") && $0.contains(" papers ") }
        #expect(rows.count == 2 && rows[0].contains("Ann Lee ") && rows[0].contains(" 1,200 papers ") && rows[1].contains(" 3 papers "), "\(rows)")
        let ends = rows.map { row in row.range(of: " papers ").map { row.distance(from: row.startIndex, to: $0.lowerBound) } }
        #expect(ends.count == 2 && ends[0] == ends[1], "\(rows)")
    }

    /// Homonyms are told apart by their number and their coauthors, in the colours of the theme.
    @Test func homonymsAreToldApart() throws {
        let library = Library(records: [("p.xml", RecordFormats.dblp.read(Array(FormatSamples.dblpHomonyms.utf8), ReadContext(fileName: "p.xml", asOf: TestSeed.asOf)))])
        var s = Seed.state(80, 24, library: library)
        s.press(.char("@"))
        s.type("manish")
        #expect(s.personChoices.map(\.key) == ["manish singh 0001", "manish singh 0002"])
        let screen = AppView.render(s, files: ["p.xml"])
        let rows = screen.text.split(separator: "\n").filter { $0.contains("Manish Singh 0") }
        #expect(rows.count == 2 && rows[0].contains("3 papers") && rows[0].contains("2019–2022") && rows[0].contains("with Ann Lee, Manish …"),
                "the coauthors cut with an ellipsis at the box")
        #expect(rows[1].contains("1 paper ") && rows[1].contains("with Manish Singh 0001"))
        let (theme, _) = ThemeCatalog(userDirectory: nil).theme(named: "default")
        let (ok, why) = Snapshot.matches(text: Snapshot.styled(screen, theme: theme), "person-prompt-80x24-styled")
        #expect(ok, Comment(rawValue: why))
        s.press(.down, .enter)
        #expect(s.visible.count == 1 && s.selectedPaper?.title == "Two")
        // In the graph's list and labels too, each with their number.
        s.press(.escape, .char("3"))
        let names = s.coauthorChart!.shown.nodes.map(\.shownName)
        #expect(names.contains("Manish Singh 0002") && names.contains("Manish Singh 0001") && Set(names).count == names.count, "\(names)")
        #expect(AppView.render(s, files: ["p.xml"]).text.contains("Manish Singh 0002"))
    }
}
