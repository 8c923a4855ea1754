import Foundation
import Testing
import VitaCore
import VitaStore
@testable import VitaTUI

@Suite struct ReducerTests {
    @Test func everyBindingReachesItsAction() {
        // No binding is shadowed by an earlier one for the same key and context.
        for b in Bindings.table {
            for key in b.keys {
                for context in b.contexts {
                    #expect(Bindings.action(for: key, in: context) == b.action, "\(key) in \(context)")
                }
            }
        }
    }

    @Test func rowAndPageMovement() {
        var s = Seed.state()   // 24 rows: 20 papers a page, 34 papers
        #expect(s.pageSize == 20 && s.pageCount == 2)
        s.press(.char("j"), .down)
        #expect(s.selected == 2)
        s.press(.char("k"))
        #expect(s.selected == 1)
        s.press(.up, .up)
        #expect(s.selected == 0)
        s.press(.pageDown)
        #expect(s.selected == 20 && s.page == 1)
        s.press(.pageDown)
        #expect(s.selected == 33, "the last page ends at the last paper")
        s.press(.pageUp)
        #expect(s.selected == 0 && s.page == 0)
        s.press(.ctrl("f"))
        #expect(s.page == 1)
        s.press(.ctrl("b"))
        #expect(s.page == 0)
        s.press(.char("G"))
        #expect(s.selected == 33 && s.page == 1)
        s.press(.char("g"))
        #expect(s.selected == 0)
        s.press(.end)
        #expect(s.selected == 33)
        s.press(.home)
        #expect(s.selected == 0)
        for _ in 0..<19 { s.press(.char("j")) }
        #expect(s.page == 0)
        s.press(.char("j"))
        #expect(s.page == 1 && s.selected == 20, "j past the last row turns the page")
    }

    @Test func detailOpensScrollsAndCloses() {
        var s = Seed.state()
        s.press(.char("j"))
        let title = s.selectedTitle
        s.press(.enter)
        #expect(s.detailOpen && s.context == .detail)
        s.press(.char("j"), .char("j"))
        #expect(s.detailScroll == 2 && s.selectedTitle == title, "j scrolls the detail, not the list")
        s.press(.char("k"))
        #expect(s.detailScroll == 1)
        s.press(.char("G"))
        let bottom = s.detailScroll
        #expect(bottom > 1)
        s.press(.char("j"))
        #expect(s.detailScroll == bottom, "scrolling stops at the end")
        s.press(.char("g"))
        #expect(s.detailScroll == 0)
        s.press(.pageDown)
        #expect(s.detailScroll > 0, "PgDn pages down in the detail")
        s.press(.char(" "))
        #expect(s.marks.contains(s.selectedPaper!.id) && s.detailScroll > 0, "Space marks in the detail, as in the list")
        s.press(.char("m"))
        #expect(s.marks.isEmpty, "m marks and unmarks too")
        s.press(.pageUp)
        #expect(s.detailScroll == 0)
        s.press(.escape)
        #expect(!s.detailOpen && s.selectedTitle == title)
        s.press(.enter, .char("q"))
        #expect(!s.detailOpen && !s.quitRequested, "q in the detail goes back")
        s.press(.char("q"))
        #expect(s.quitRequested)
    }

    @Test func marksToggleSurviveFilterAndSortAndClear() {
        var s = Seed.state()
        let first = s.selectedPaper!.id
        s.press(.char(" "))
        #expect(s.marks == [first] && s.selected == 1, "Space marks and moves down")
        s.press(.char("k"), .char(" "))
        #expect(s.marks.isEmpty)
        s.press(.char(" "), .char(" "), .char(" "))
        #expect(s.marks.count == 3)
        s.press(.char("/")); s.type("quant"); s.press(.enter)
        s.press(.char("s"), .char("S"))
        #expect(s.marks.count == 3)
        s.press(.char("a"))
        #expect(s.marks.isSuperset(of: s.visible.map { s.library.papers[$0].id }) && s.marks.count > 3)
        s.press(.char("A"))
        #expect(s.marks.isEmpty)
        s.press(.enter, .char("m"))
        #expect(s.marks.count == 1 && s.detailOpen, "m marks in the detail without moving")
    }

    @Test func markAllMarksWhatTheFilterShows() {
        var s = Seed.state()
        s.press(.char("/")); s.type("quant"); s.press(.enter)
        let shown = Set(s.visible.map { s.library.papers[$0].id })
        s.press(.char("a"))
        #expect(s.marks == shown)
        #expect(s.message?.text == "marked \(shown.count) more (\(shown.count) marked)")
    }

    /// The explorer's messages group the thousands, as its header and status bar do.
    @Test func messagesGroupTheThousands() {
        let papers = (0..<1_200).map { i in
            Paper(title: "Paper \(i)", authors: [Author(name: "Ann Lee")], date: PaperDate(year: 2000 + i % 20, month: 1, day: 1, precision: .year),
                  source: SourceLocation(file: "r.xml", line: i + 1))
        }
        var s = AppState(library: Library(records: [("r.xml", RecordContents(papers: papers))]), width: 80, height: 24)
        s.press(.char("a"))
        #expect(s.message?.text == "marked 1,200 more (1,200 marked)")
        s.press(.char("A"))
        #expect(s.message?.text == "cleared 1,200 marks")
        s.press(.char("@")); s.type("ann lee"); s.press(.enter)
        #expect(s.message?.text == "Ann Lee: 1,200 papers (Esc: the whole record)", "\(s.message?.text ?? "")")
    }

    @Test func searchFiltersOnEveryKeystrokeAndEnterKeepsEscClears() {
        var s = Seed.state()
        s.press(.char("/"))
        #expect(s.context == .prompt)
        s.type("q")
        let afterQ = s.visible.count
        s.type("uant")
        #expect(s.visible.count == 5 && afterQ >= 5)
        #expect(s.sort == .relevance)
        #expect(s.library.papers[s.visible[0]].title.lowercased().contains("quant"))
        s.press(.enter)
        #expect(s.context == .list && s.filter != nil && s.filterText == "quant")
        s.press(.char("/"))
        if case .search(let editor) = s.overlay { #expect(editor.text == "quant", "the prompt reopens with the filter") }
        s.press(.escape)
        #expect(s.filter == nil && s.visible.count == 34 && s.overlay == nil)
        s.press(.char("/")); s.type("quant"); s.press(.enter, .escape)
        #expect(s.filter == nil, "Esc on the list clears the filter")
    }

    @Test func aBadQueryKeepsTheLastResultAndSaysWhy() {
        var s = Seed.state()
        s.press(.char("/")); s.type("quant")
        let good = s.visible
        s.type(" year:abc")
        #expect(s.visible == good)
        #expect(s.queryProblem?.contains("column") == true)
        s.press(.backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace, .backspace)
        #expect(s.queryProblem == nil)
        s.press(.ctrl("u"))
        #expect(s.filter == nil && s.visible.count == 34, "an empty query shows everything")
    }

    @Test func nextAndPreviousMatchWrapAround() {
        var s = Seed.state()
        s.press(.char("n"))
        #expect(s.message?.text.contains("no search") == true)
        s.press(.char("/")); s.type("quant"); s.press(.enter)
        s.press(.char("n"), .char("n"))
        #expect(s.selected == 2)
        s.press(.char("N"), .char("N"), .char("N"))
        #expect(s.selected == s.visible.count - 1)
        #expect(s.message?.text == "search wrapped around")
    }

    @Test func sortCyclesAndReverses() {
        var s = Seed.state()
        #expect(s.sort == .date)
        let newest = s.selectedPaper!.date!
        s.press(.char("s"))
        #expect(s.sort == .title)
        let titles = s.visible.map { s.library.papers[$0].title.lowercased() }
        #expect(titles == titles.sorted())
        s.press(.char("s"), .char("s"))
        #expect(s.sort == .score)
        s.press(.char("s"))
        #expect(s.sort == .date)
        s.press(.char("S"))
        #expect(s.reversed && s.library.papers[s.visible.last!].date == newest)
    }

    @Test func sortKeepsTheSelectedPaper() {
        var s = Seed.state()
        s.press(.char("j"), .char("j"), .char("j"))
        let id = s.selectedPaper!.id
        s.press(.char("s"))
        #expect(s.selectedPaper!.id == id)
    }

    @Test func exportAsksForAPathThenWritesOrAsks() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-tui-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("out.bib").path
        var s = Seed.state()
        s.press(.char(" "), .char(" "), .char(" "))
        s.press(.char("e"))
        guard case .export(let editor, let ids) = s.overlay else { Issue.record("no export prompt"); return }
        #expect(editor.text == "./vita-export.bib" && ids.count == 3)
        s.press(.ctrl("u")); s.type(path)
        let effects = s.press(.enter)
        #expect(effects == [.export(ids: ids, path: path, mode: .create)])
        for e in effects { EffectRunner.perform(e, state: &s) }
        #expect(s.message == Message(text: "exported 3 entries to \(path)", isError: false))
        let written = BibTeXReader.read(FileManager.default.contents(atPath: path)!, fileName: path)
        #expect(written.papers.count == 3)
        #expect(s.marks.count == 3)

        // The file now exists: overwrite / append / cancel.
        s.press(.char("e"), .ctrl("u")); s.type(path); s.press(.enter)
        #expect(s.overlay == .confirmOverwrite(path: path, ids: ids))
        s.press(.char("c"))
        #expect(s.overlay == nil && s.message?.text == "export cancelled")
        s.press(.char("e"), .ctrl("u")); s.type(path); s.press(.enter)
        let append = s.press(.char("a"))
        #expect(append == [.export(ids: ids, path: path, mode: .append)])
        for e in append { EffectRunner.perform(e, state: &s) }
        #expect(s.message?.text.hasPrefix("appended 0 entries to \(path) (3 already there") == true)
        s.press(.char("e"), .ctrl("u")); s.type(path); s.press(.enter)
        #expect(s.press(.char("o")) == [.export(ids: ids, path: path, mode: .replace)])
    }

    @Test func aFailedExportSaysWhyAndKeepsTheMarks() {
        var s = Seed.state()
        s.press(.char(" "), .char(" "))
        s.press(.char("e"), .ctrl("u")); s.type("/nonexistent-folder/x.bib")
        for e in s.press(.enter) { EffectRunner.perform(e, state: &s) }
        #expect(s.message?.isError == true)
        #expect(s.message?.text.contains("/nonexistent-folder/x.bib") == true)
        #expect(s.marks.count == 2)
        #expect(!FileManager.default.fileExists(atPath: "/nonexistent-folder/x.bib"))
    }

    @Test func exportWithoutMarksTakesTheSelectedPaperAndEscCancels() {
        var s = Seed.state()
        s.press(.char("j"), .char("e"))
        guard case .export(_, let ids) = s.overlay else { Issue.record("no prompt"); return }
        #expect(ids == [s.selectedPaper!.id])
        s.press(.escape)
        #expect(s.overlay == nil && s.message?.text == "export cancelled")
    }

    @Test func tabCompletesThePath() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-tab-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("papers-2026"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = Seed.state()
        s.press(.char("e"), .ctrl("u")); s.type(dir.path + "/pa")
        s.press(.tab)
        guard case .export(let editor, _) = s.overlay else { Issue.record("no prompt"); return }
        #expect(editor.text == dir.path + "/papers-2026/")
    }

    @Test func copyAndOpenAreEffects() {
        var s = Seed.state()
        let copy = s.press(.char("y"))
        guard case .copy(let text, 1) = copy.first else { Issue.record("no copy: \(copy)"); return }
        #expect(text.hasPrefix("@misc{fan2026chain,"))
        // The seed's first paper has no link at all; one with a code link opens it.
        let withLink = s.visible.firstIndex { s.library.papers[$0].codeLink != nil }!
        for _ in 0..<withLink { s.press(.char("j")) }
        #expect(s.press(.char("o")) == [.open(url: s.selectedPaper!.codeLink!)])
    }

    @Test func copyWritesOSC52() throws {
        var s = Seed.state()
        let pipe = Pipe()
        EffectRunner.perform(.copy(text: "@misc{x,}", entries: 1), state: &s, terminal: pipe.fileHandleForWriting.fileDescriptor)
        try pipe.fileHandleForWriting.close()
        let out = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(out == "\u{1B}]52;c;" + Data("@misc{x,}".utf8).base64EncodedString() + "\u{07}")
        #expect(s.message?.text == "sent 1 BibTeX entry to the clipboard (OSC 52; the terminal must allow it)")
        // More than terminals take: nothing is sent, and the user is told what to do instead.
        let big = Pipe()
        EffectRunner.perform(.copy(text: String(repeating: "x", count: 80_000), entries: 637), state: &s, terminal: big.fileHandleForWriting.fileDescriptor)
        try big.fileHandleForWriting.close()
        #expect(big.fileHandleForReading.readDataToEndOfFile().isEmpty)
        #expect(s.message?.isError == true && s.message?.text.contains("press e to write them to a file") == true)
    }

    /// More papers than could fit the clipboard are refused before their BibTeX (or keys) are
    /// made, saying what to do instead; at the bound they are still copied.
    @Test func tooManyToCopyAreRefusedBeforeTheyAreWritten() {
        let papers = (0..<(AppState.citedAtMost + 1)).map { i in
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "many.json", line: i + 1))
            p.date = PaperDate(year: 2000 + i % 20, month: 1, day: 1, precision: .year)
            return p
        }
        var s = Seed.state(library: Library(records: [("many.json", RecordContents(papers: papers))]))
        s.press(.char("a"))
        #expect(s.marks.count == papers.count)
        #expect(s.press(.char("y")).isEmpty && s.message?.isError == true)
        #expect(s.message?.text.hasPrefix("\(NumberText.grouped(papers.count)) BibTeX entries are more than terminals take") == true)
        #expect(s.press(.char("c")).isEmpty && s.message?.text.hasPrefix("a \\cite of \(NumberText.grouped(papers.count)) keys") == true)
        // At the bound: copied.
        s.press(.char("A"))
        for _ in 0..<AppState.copiedAtMost { s.press(.char(" ")) }
        #expect(s.marks.count == AppState.copiedAtMost)
        guard case .copy(_, let entries) = s.press(.char("y")).first else { Issue.record("not copied"); return }
        #expect(entries == AppState.copiedAtMost)
    }

    @Test func cCopiesTheCitationKeyOrACiteOfTheMarked() {
        var s = Seed.state()
        guard case .copy(let key, 0) = s.press(.char("c")).first else { Issue.record("no copy"); return }
        #expect(key == "fan2026chain")
        s.press(.char(" "), .char(" "))
        guard case .copy(let cite, 0) = s.press(.char("c")).first else { Issue.record("no copy"); return }
        #expect(cite.hasPrefix("\\cite{") && cite.split(separator: ",").count == 2, "\(cite)")
    }

    @Test func aFailingOpenerIsReported() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-open-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let tool = dir.appendingPathComponent("xdg-open").path
        try "#!/bin/sh\necho 'xdg-open: no method available for opening' >&2\nexit 3\n".write(toFile: tool, atomically: true, encoding: .utf8)
        chmod(tool, 0o755)
        let m = EffectRunner.open("https://example.org", tools: [tool])
        #expect(m.isError)
        #expect(m.text == "could not open https://example.org: \(tool) exited with 3 (xdg-open: no method available for opening)")
        let ok = dir.appendingPathComponent("ok").path
        try "#!/bin/sh\nexit 0\n".write(toFile: ok, atomically: true, encoding: .utf8)
        chmod(ok, 0o755)
        #expect(EffectRunner.open("https://example.org", tools: [ok]) == Message(text: "opened https://example.org", isError: false))
    }

    @Test func exportingToAFolderOffersAFileInIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-folder-\(UInt32.random(in: 0...UInt32.max))")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var s = Seed.state()
        s.press(.char("e"))
        guard case .export(var editor, _) = s.overlay else { Issue.record("no export prompt"); return }
        editor.set(dir.path)
        s.setOverlayForTesting(.export(editor, ids: [s.selectedPaper!.id]))
        let effects = s.press(.enter)
        #expect(effects.isEmpty)
        guard case .export(let again, _) = s.overlay else { Issue.record("the prompt closed"); return }
        #expect(again.text == dir.path + "/vita-export.bib")
        #expect(s.message?.text.contains("is a folder") == true)
        let written = s.press(.enter)
        #expect(written == [.export(ids: [s.selectedPaper!.id], path: dir.path + "/vita-export.bib", mode: .create)])
    }

    @Test func helpThemeQuitAndSuspend() {
        var s = Seed.state()
        s.press(.char("?"))
        #expect(s.context == .help)
        s.press(.char("j"), .char("j"))
        #expect(s.overlay == .help(scroll: 2))
        s.press(.char("k"))
        #expect(s.overlay == .help(scroll: 1))
        for _ in 0..<500 { s.press(.char("j")) }
        s.press(.char("k"))
        #expect(s.overlay == .help(scroll: HelpView.maxScroll(s.layout) - 1), "scrolling stops at the end of the help")
        s.press(.escape)
        #expect(s.overlay == nil)
        s.press(.char("?"), .char("?"))
        #expect(s.overlay == nil)
        s.press(.char("t"))
        #expect(s.themeName == "light" && s.message?.text == "theme: light")
        s.press(.char("t"), .char("t"))
        #expect(s.themeName == "default")
        #expect(s.press(.ctrl("z")) == [.suspend])
        s.press(.char("/"), .ctrl("c"))
        #expect(s.quitRequested, "Ctrl-C quits even from a prompt")
    }

    @Test func resizeKeepsTheSelectionAndRepages() {
        var s = Seed.state(80, 24)
        s.press(.char("G"))
        s.resize(width: 200, height: 60)
        #expect(s.selected == 33 && s.pageCount == 1 && s.page == 0)
        s.resize(width: 30, height: 8)
        #expect(s.layout.tooSmall)
        s.resize(width: 80, height: 24)
        #expect(!s.layout.tooSmall && s.page == 1)
    }
}

@Suite("Keys that mean one thing everywhere")
struct KeyConsistencyTests {
    @Test func qClosesWhatIsOpenAndQuitsOnlyFromTheList() {
        var s = Seed.state()
        s.press(.char("2"), .char("q"))
        #expect(s.view == .papers && !s.quitRequested, "q in view 2 goes back to the list")
        s.press(.char("3"), .char("q"))
        #expect(s.view == .papers && !s.quitRequested, "q in view 3 goes back to the list")
        s.press(.char("?"), .char("q"))
        #expect(s.overlay == nil && !s.quitRequested, "q closes help")
        s.press(.enter, .char("q"))
        #expect(!s.detailOpen && !s.quitRequested, "q closes the detail")
        s.press(.char("q"))
        #expect(s.quitRequested, "q quits from the list")
        for keys: [Key] in [[.char("2")], [.char("3")], [.enter], [.char("?")]] {
            var t = Seed.state()
            for k in keys { t.press(k) }
            t.press(.char("Q"))
            #expect(t.quitRequested, "Q quits from \(keys)")
        }
    }

    @Test func markingIsOneKeyInTheListAndTheDetail() {
        for key: Key in [.char(" "), .char("m")] {
            var s = Seed.state()
            let first = s.selectedPaper!.id
            s.press(key)
            #expect(s.marks == [first], "\(key) marks in the list")
            s.press(.enter, key)
            #expect(s.marks.count == 2, "\(key) marks in the detail")
        }
    }

    /// The hint bar is the bindings table's: every hint's key does what its label says, where it is shown.
    @Test func hintsComeFromTheBindings() {
        for context in Context.allCases {
            for b in Bindings.table where b.contexts.contains(context) && b.hint != nil {
                #expect(Bindings.action(for: b.keys[0], in: context) == b.action, "\(b.keys[0]) in \(context)")
            }
        }
        var s = Seed.state(80, 24)
        let bottom = { (s: AppState) in render(s).line(23) }
        #expect(bottom(s).hasPrefix("/ search  Enter details  Space mark  e export"), "\(bottom(s))")
        s.press(.enter)
        #expect(bottom(s).contains("Space mark") && bottom(s).contains("Esc/q back"), "\(bottom(s))")
        s.press(.escape, .char("2"))
        #expect(bottom(s).contains("←/→ year"), "\(bottom(s))")
    }
}

@Suite("The detail pane's scroll marker")
struct DetailMarkerTests {
    /// `↓ N more` stands on a row of its own: every line of text above it is whole.
    @Test(arguments: [(80, 24), (200, 30), (100, 30)])
    func theMarkerNeverCoversText(_ width: Int, _ height: Int) {
        var s = Seed.state(width, height)
        s.press(.char("j"), .char("j"), .char("j"), .enter)
        let screen = render(s)
        let rows = (0..<height).map { screen.line($0) }
        guard let markerRow = rows.firstIndex(where: { $0.contains("↓") && $0.contains("more") }) else {
            Issue.record("no marker at \(width)x\(height):\n\(rows.joined(separator: "\n"))"); return
        }
        let x = s.layout.detailX
        let pane = String(rows[markerRow].dropFirst(x)).trimmingCharacters(in: .whitespaces)
        #expect(pane.hasPrefix("↓ ") && pane.hasSuffix(" more") && pane.split(separator: " ").count == 3, "\(rows[markerRow])")
        // The text rows shown are the pane's lines, whole.
        let lines = DetailView.lines(for: s.selectedPaper!, state: s, width: s.layout.detailWidth - 2).map { $0.map(\.text).joined() }
        let shown = rows[s.layout.detailTop..<markerRow].map { String($0.dropFirst(x + 1)).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        for line in shown where !line.contains("Detail") && !line.contains("│") {
            #expect(lines.contains { $0.trimmingCharacters(in: .whitespaces) == line }, "\(line)")
        }
    }
}

@Suite("Keywords in the detail pane")
struct KeywordDetailTests {
    /// A paper found by one of its keywords shows that keyword lit on the keywords line.
    @Test func aKeywordSearchedForIsLit() {
        var p = Paper(title: "Sparse Networks", source: SourceLocation(file: "k.ris", line: 1))
        p.keywords = ["pruning", "lottery tickets"]
        let library = Library(papers: [p, Paper(title: "Dense Networks", source: SourceLocation(file: "k.ris", line: 9))])
        library.searchIndex.prepare()
        var s = Seed.state(100, 30, library: library)
        s.press(.char("/"))
        s.type("lottery")
        s.press(.enter, .enter)
        #expect(s.visible.count == 1)
        let lines = DetailView.lines(for: s.selectedPaper!, state: s, width: 60)
        let row = lines.first { $0.first?.text.hasPrefix("keywords") == true }
        #expect(row?.contains { $0.text == "lottery" && $0.style == Style(.match) } == true, "\(String(describing: row))")
        #expect(row?.contains { $0.text.contains("pruning") && $0.style != Style(.match) } == true)
    }
}

@Suite("Field queries in the detail pane")
struct FieldQueryDetailTests {
    /// The detail lines of the one paper of `papers` that `query` finds, typed in the explorer.
    func detail(_ papers: [Paper], _ query: String) -> [[Span]]? {
        let library = Library(papers: papers + [Paper(title: "Other", source: SourceLocation(file: "d.ris", line: 99))])
        library.searchIndex.prepare()
        var s = Seed.state(100, 30, library: library)
        s.press(.char("/"))
        s.type(query)
        s.press(.enter, .enter)
        guard s.visible.count == 1, let paper = s.selectedPaper else { return nil }
        return DetailView.lines(for: paper, state: s, width: 80)
    }

    /// Whether the line labelled `label` shows `text` lit.
    func lit(_ lines: [[Span]]?, _ label: String, _ text: String) -> Bool {
        lines?.first { $0.first?.text.hasPrefix(label) == true }?.contains { $0.text == text && $0.style == Style(.match) } == true
    }

    /// A paper found by a field query (`publisher:`, `venue:`, `isbn:`) shows the words it was
    /// found by lit in that field's line, and only there.
    @Test func theFieldSearchedIsLit() {
        var p = Paper(title: "Handbook of Springs", source: SourceLocation(file: "d.ris", line: 1))
        p.type = .book
        p.venue = "Lecture Notes in Springs"
        p.details.add(.publisher, "Springer Nature")
        p.details.add(.isbn, "978-3-319-00000-8")
        p.details.add(.editor, "Jan Spring")
        for (query, label, text) in [("publisher:springer", "publisher", "Springer"), ("venue:lecture", "venue", "Lecture"),
                                     ("venue:\"notes in\"", "venue", "Notes in"), ("editor:jan", "editor", "Jan"), ("isbn:978", "ISBN", "978")] {
            let lines = detail([p], query)
            #expect(lines != nil, "\(query)")
            #expect(lit(lines, label, text), "\(query)")
            // The title's "Springs" is not what a field query asked for.
            let title = lines?.first { $0.contains { $0.text.contains("Handbook") } }
            #expect(title?.contains { $0.style == Style(.match) } == false, "\(query)")
        }
        // A book whose publisher is its venue shows it once, lit there.
        var b = Paper(title: "Handbook of Things", source: SourceLocation(file: "d.ris", line: 40))
        b.type = .book
        b.venue = "Springer Nature"
        b.details.add(.publisher, "Springer Nature")
        #expect(lit(detail([b], "publisher:springer"), "venue", "Springer"))
        // An article's journal, asked for as a .bib names it.
        var a = Paper(title: "Spiking", source: SourceLocation(file: "d.ris", line: 20))
        a.type = .article
        a.venue = "Neural Computation"
        #expect(lit(detail([a], "journal:neural"), "venue", "Neural"))
    }
}

@Suite("The messages overlay")
struct MessageLogTests {
    @Test func everyProblemIsKeptInFullAndListedByBang() {
        let bib = "@article{a, title = {One}, journal = nosuch, year = 2020}\n@article{b, title = {Two}, month = {25}, year = 2020}\n"
        let contents = BibTeXReader.read(bib, fileName: "refs.bib")
        var s = AppState(library: Library(records: [("refs.bib", contents)]), width: 80, height: 24)
        #expect(s.log.count == 2)
        s.press(.char("/")); s.type("year:abc"); s.press(.enter)
        s.message = Message(text: "could not open https://x.org: xdg-open exited with 3 (no method available)", isError: true)
        s.message = Message(text: "sorted by title", isError: false)
        #expect(s.log.count == 4, "errors and warnings are kept, plain news is not")
        s.press(.char("!"))
        #expect(s.context == .log)
        let text = render(s).text
        #expect(text.contains("Messages (4)"))
        #expect(text.contains("undefined macro 'nosuch'"))
        #expect(text.contains("month: 25 is not a month"))
        #expect(text.contains("query \"year:abc\": year: expects a year"))
        #expect(text.contains("xdg-open exited with 3"))
        s.press(.char("q"))
        #expect(s.overlay == nil && !s.quitRequested)
        #expect(render(s).line(22).contains("! 4 messages"), "\(render(s).line(22))")
    }
}

@Suite("The links menu")
struct LinksMenuTests {
    static func paper(links: [String], code: String? = nil) -> Library {
        Library(papers: [Paper(title: "Linked", hasCode: code != nil, codeLink: code, links: links, source: SourceLocation(file: "t", line: 1))])
    }

    @Test func oneLinkOpensSeveralAreOffered() {
        var one = AppState(library: Self.paper(links: ["https://x.org/a"]), width: 80, height: 24)
        #expect(one.press(.char("o")) == [.open(url: "https://x.org/a")])
        let lib = Self.paper(links: ["https://arxiv.org/abs/2301.00001v2", "https://doi.org/10.1/x", "https://github.com/a/b"],
                             code: "https://github.com/a/b")
        var s = AppState(library: lib, width: 80, height: 24)
        #expect(s.press(.char("o")).isEmpty)
        #expect(s.context == .links)
        let text = render(s).text
        for line in ["1 code      https://github.com/a/b", "2 arXiv     https://arxiv.org/abs/2301.00001v2",
                     "3 arXiv PDF https://arxiv.org/pdf/2301.00001v2", "4 DOI       https://doi.org/10.1/x"] {
            #expect(text.contains(line), "\(line)\n\(text)")
        }
        #expect(s.press(.char("j"), .char("j"), .enter) == [.open(url: "https://arxiv.org/pdf/2301.00001v2")])
        #expect(s.overlay == nil)
        s.press(.char("o"))
        #expect(s.press(.char("4")) == [.open(url: "https://doi.org/10.1/x")])
        s.press(.char("o"), .char("q"))
        #expect(s.overlay == nil && !s.quitRequested)
    }

    /// A paper with a DOI of its own and links to other DOIs (a longer one that starts alike, a
    /// dataset's): its own is "DOI" and comes first, whichever resolver wrote it; the others say
    /// they are other DOIs.
    @Test func thePapersOwnDOIIsToldFromOthers() {
        var p = Paper(title: "Linked", links: ["https://doi.org/10.1145/3290605.X", "https://doi.org/10.5281/zenodo.1",
                                               "https://dx.doi.org/10.1145/3290605", "https://dblp.org/rec/conf/chi/X19"],
                      source: SourceLocation(file: "t", line: 1))
        p.identifiers.add(.doi, "10.1145/3290605")
        var s = AppState(library: Library(papers: [p]), width: 80, height: 24)
        s.press(.char("o"))
        let text = render(s).text
        for line in ["1 DOI       https://dx.doi.org/10.1145/3290605", "2 other DOI https://doi.org/10.1145/3290605.X",
                     "3 other DOI https://doi.org/10.5281/zenodo.1", "4 link      https://dblp.org/rec/conf/chi/X19"] {
            #expect(text.contains(line), "\(line)\n\(text)")
        }
        #expect(Links.choices(for: p).count == 4, "each link once")
    }
}

@Suite("The mouse")
struct MouseTests {
    @Test func clicksSelectRowsBarsAndPeopleAndTheWheelScrolls() {
        var s = Seed.state(80, 24)
        let top = s.layout.listTop
        s.press(.mouse(x: 20, y: top + 4, kind: .click))
        #expect(s.selected == 4 && !s.detailOpen)
        s.press(.mouse(x: 20, y: top + 2, kind: .doubleClick))
        #expect(s.selected == 2 && s.detailOpen, "a double click opens the paper")
        s.press(.mouse(x: 20, y: 10, kind: .wheelDown))
        #expect(s.detailScroll == 3, "the wheel scrolls the detail")
        s.press(.escape, .mouse(x: 20, y: 10, kind: .wheelDown))
        #expect(s.selected == 5, "the wheel moves in the list")
        s.press(.mouse(x: 20, y: s.layout.height - 1, kind: .click))
        #expect(s.selected == 5, "a click outside the rows does nothing")
        // View 2: a click on a bar selects its year.
        s.press(.char("2"))
        let screen = render(s)
        let labelRow = (0..<24).first { screen.line($0).contains("2016") && screen.line($0).contains("2020") } ?? 0
        let x = Array(screen.line(labelRow)).firstIndex(of: "2")!
        s.press(.mouse(x: x + 1, y: labelRow - 2, kind: .click))
        #expect(s.selectedYear == 2016, "\(String(describing: s.selectedYear))")
        s.press(.mouse(x: 0, y: 0, kind: .wheelDown))
        #expect(s.selectedYear == 2017)
        // View 3: a click on a person's marker selects them.
        s.press(.char("3"))
        let g = render(s)
        let marker = (0..<24).lazy.compactMap { y in Array(g.line(y)).firstIndex(of: "●").map { ($0, y) } }.first
        if let (mx, my) = marker {
            s.press(.mouse(x: mx, y: my, kind: .click))
            #expect(s.coauthorChart?.shown.nodes.indices.contains(s.selectedPerson) == true)
        }
    }
}

@Suite("Facets")
struct FacetTests {
    @Test func thePanelCountsWhatIsShownAndSpaceFilters() {
        var s = Seed.state(120, 30)
        s.press(.char("f"))
        #expect(s.context == .facets && s.facets.isOpen)
        let counts = try! #require(s.facets.counts)
        // The counts are the model's: categories as `vita stats` gives them, coauthors without the owner.
        let stats = Statistics(library: Seed.library)
        let categories = counts.groups.first { $0.kind == .category }!.facets
        #expect(categories.map(\.value) == stats.perCategory.map(\.category))
        #expect(categories.map(\.count) == stats.perCategory.map(\.papers))
        let people = counts.groups.first { $0.kind == .coauthor }!.facets
        #expect(people.first?.value == "Chao Li" && people.first?.count == stats.coauthors.first?.sharedPapers)
        #expect(!people.contains { $0.value == "Anbang Yao" }, "the owner is no coauthor of their own papers")
        let years = counts.groups.first { $0.kind == .year }!.facets
        #expect(years.map(\.value) == years.map(\.value).sorted(by: >), "years newest first")
        // Space on a facet adds its term; the list and the counts follow.
        s.press(.char("j"))
        let ne = s.facets.selectedFacet!
        #expect(ne.term == "cat:NE")
        s.press(.char(" "))
        #expect(s.filterText == "cat:NE" && s.visible.count == ne.count)
        #expect(s.facets.counts?.papers == ne.count)
        #expect(s.facets.selectedFacet == ne, "the facet stays selected")
        // A coauthor on top of it narrows further; Space again takes a term out.
        let yiwen = s.facets.items.firstIndex { $0.kind == .coauthor && $0.value == "Yiwen Guo" }!
        s.press(.char("j"))
        while s.facets.selected < yiwen { s.press(.char("j")) }
        s.press(.char(" "))
        #expect(s.filterText == "cat:NE author:\"Yiwen Guo\"")
        s.press(.char("g"), .char(" "))
        #expect(s.filterText == "author:\"Yiwen Guo\"")
        // Tab gives the keyboard back to the list with the panel open; f returns; Esc closes.
        s.press(.tab)
        #expect(s.context == .list && s.facets.isOpen)
        s.press(.char("j"))
        #expect(s.selected == 1)
        s.press(.char("f"))
        #expect(s.context == .facets)
        s.press(.escape)
        #expect(!s.facets.isOpen && s.context == .list && s.filterText == "author:\"Yiwen Guo\"")
    }

    /// An order not made before, of a record of many papers (a second and more by title at a
    /// million), is made on another thread: the list stays newest first and says it is sorting,
    /// then follows the order when it is given, the selected paper kept.
    @Test func aLargeRecordsOrderIsMadeApartWhileTheListSaysSo() {
        var s = Seed.state(120, 40)
        s.sortApartAbove = 10
        let dated = s.visible
        s.press(.char("j"), .char("s"))
        let selected = s.selectedPaper?.id
        #expect(s.sortWanted == .title && s.sort == .title && s.visible == dated, "\(String(describing: s.sortWanted))")
        #expect(render(s).text.contains("sorting by title…"))
        let byTitle = Seed.library.order(by: .title)
        s.prime(order: byTitle, for: .title)
        #expect(s.sortWanted == nil && s.visible == byTitle && s.selectedPaper?.id == selected)
        #expect(!render(s).text.contains("sorting by title…") && render(s).text.contains("sort: title"))
        // Made once: back to it later, at once.
        s.press(.char("s"), .char("s"), .char("s"), .char("s"))
        #expect(s.sort == .title && s.sortWanted == nil && s.visible == byTitle, "\(s.sort)")
        // Waiting for an order, then back to the search's own (relevance): nothing waited for.
        s.press(.char("/")); s.type("network"); s.press(.enter)
        while s.sort != .category { s.press(.char("s")) }
        #expect(s.sortWanted == .category)
        while s.sort != .relevance { s.press(.char("s")) }
        #expect(s.sortWanted == nil && !render(s).text.contains("sorting by"))
    }

    /// Over many papers shown (a million, say), the panel opens at once and says it is counting;
    /// the counts, made on another thread, are shown when given: the whole record's (made after
    /// the first frame anyway) and a search's, which the explorer asks for.
    @Test func manyPapersAreCountedApartWhileThePanelSaysSo() {
        var s = Seed.state(120, 40)
        s.facetsCountedApartAbove = 10
        s.press(.char("f"))
        #expect(s.facets.isOpen && s.facets.counts == nil && s.facets.wanted?.key == "" && s.facetsWanted == nil)
        var screen = render(s)
        #expect(screen.text.contains("Facets · 34 papers") && screen.text.contains("counting…"), "\(screen.text)")
        s.press(.char("j"), .char(" "))
        #expect(s.filter == nil, "nothing to apply while counting")
        s.prime(years: Statistics(library: Seed.library, coauthors: false), graph: nil, facets: Facets(library: Seed.library, indices: Array(0..<34)))
        #expect(s.facets.counts?.papers == 34 && s.facets.wanted == nil && !render(s).text.contains("counting…"))
        // A search kept with many papers shown: counted apart, asked for by its filter.
        s.press(.tab, .char("/")); s.type("network"); s.press(.enter)
        let shown = s.visible
        #expect(shown.count > 10 && s.facets.counts == nil)
        let wanted = s.facetsWanted
        #expect(wanted?.key == "network" && wanted?.visible == shown)
        screen = render(s)
        #expect(screen.text.contains("Facets · \(shown.count) papers") && screen.text.contains("counting…"))
        s.prime(facets: Facets(library: Seed.library, indices: shown), for: "network")
        #expect(s.facets.counts?.papers == shown.count && s.facetsWanted == nil)
        // Counted again for the whole record: kept, not asked again.
        s.press(.escape)
        #expect(s.filter == nil && s.facets.counts?.papers == 34 && s.facetsWanted == nil)
    }

    @Test func facetsCountTagsAndVenues() {
        let bib = """
        @article{a, title = {One}, author = {Kim, Ann and Lee, Bo}, journal = {Neural Networks}, year = 2020}
        @article{b, title = {Two}, author = {Kim, Ann}, journal = {Neural Networks}, year = 2021}
        @inproceedings{c, title = {Three}, author = {Lee, Bo}, booktitle = {CVPR}, year = 2021}
        """
        let library = Library(records: [("r.bib", BibTeXReader.read(Data(bib.utf8), fileName: "r.bib"))])
        var s = AppState(library: library, width: 100, height: 30)
        s.press(.char("T")); s.type("reading"); s.press(.enter)
        s.press(.char("f"))
        let venues = s.facets.counts!.groups.first { $0.kind == .venue }!.facets
        #expect(venues.map(\.value) == ["Neural Networks", "CVPR"] && venues.map(\.count) == [2, 1])
        #expect(venues[0].term == "venue:\"Neural Networks\"")
        let tags = s.facets.counts!.groups.first { $0.kind == .tag }!.facets
        #expect(tags.map(\.value) == ["reading"] && tags[0].term == "tag:reading")
        let i = s.facets.items.firstIndex(of: venues[0])!
        for _ in 0..<i { s.press(.char("j")) }
        s.press(.enter)
        #expect(s.visible.count == 2)
    }

    @Test func thePanelIsDrawnWithItsFocusAndTicks() {
        var s = Seed.state(80, 24)
        s.press(.char("f"), .char("j"), .char(" "))
        let screen = render(s)
        #expect(screen.text.contains("▶ Facets · 2 papers"))
        #expect(screen.text.contains("✓ NE"))
        // The selected facet is lit as a selection while the panel has the keyboard.
        let row = (0..<24).first { screen.line($0).contains("✓ NE") }!
        let x = Array(screen.line(row)).lastIndex(of: "N")!
        #expect(screen[x, row].style.role == .selection)
        check(s, "facets-80x24")
        var wide = Seed.state(200, 60)
        wide.press(.char("f"))
        check(wide, "facets-200x60")
        // A click on a facet selects it; a double click filters by it.
        let g = render(wide)
        let cv = (0..<60).first { g.line($0).contains(" CV ") && g.line($0).hasSuffix("30") || g.line($0).contains("   CV") }!
        wide.press(.mouse(x: 190, y: cv, kind: .doubleClick))
        #expect(wide.filterText == "cat:CV", "\(wide.filterText)")
    }
}

@Suite("Saved searches")
struct SavedSearchTests {
    @Test func wSavesTheFilterAndTheMenuRecallsIt() {
        var s = Seed.state()
        s.press(.char("w"))
        #expect(s.message?.isError == true && s.message?.text.hasPrefix("no search to save") == true)
        s.press(.char("/")); s.type("quant"); s.press(.enter)
        let quant = s.visible.count
        s.press(.char("w"))
        guard case .saveSearch = s.overlay else { Issue.record("no prompt"); return }
        s.type("Quantization"); s.press(.enter)
        #expect(s.savedSearches == [SavedSearch(name: "Quantization", query: "quant")])
        s.press(.char("/"), .ctrl("u")); s.type("year:2020"); s.press(.enter, .char("w"), .enter)
        #expect(s.savedSearches.map(\.name) == ["Quantization", "year:2020"], "no name: the query names it")
        s.press(.escape)
        #expect(s.filter == nil)
        s.press(.char("'"))
        #expect(s.overlay == .searches(selected: 0) && s.context == .searches)
        #expect(render(s).text.contains("Saved searches"))
        s.press(.enter)
        #expect(s.filterText == "quant" && s.visible.count == quant && s.overlay == nil)
        s.press(.char("'"), .char("2"))
        #expect(s.filterText == "year:2020")
        // The menu opens on the search shown; d deletes the chosen one; the last one gone closes the menu.
        s.press(.char("'"))
        #expect(s.overlay == .searches(selected: 1))
        s.press(.char("d"))
        #expect(s.savedSearches.map(\.name) == ["Quantization"])
        s.press(.char("d"))
        #expect(s.savedSearches.isEmpty && s.overlay == nil)
        s.press(.char("'"))
        #expect(s.overlay == nil && s.message?.text.hasPrefix("no saved searches") == true)
    }

    @Test func savedSearchesAreKeptByTheStore() throws {
        let path = try StateStoreTests.scratch()
        defer { StateStoreTests.remove(path) }
        do {
            let s = try StateStore(path: path, recordKey: "r")
            try s.setSearch("mine", query: "author:yao")
            try s.setSearch("mine", query: "author:\"Anbang Yao\"")
            try s.setSearch("gone", query: "x")
            try s.setSearch("gone", query: "")
        }
        #expect(try StateStore(path: path, recordKey: "r").load().searches == ["mine": "author:\"Anbang Yao\""])
    }
}

@Suite("A pure reducer")
struct PureReducerTests {
    /// The reducer asks about the file system through effects, and the answers come back: the
    /// same key gives the same state whatever is on disk.
    @Test func exportChecksThePathThroughAnEffect() {
        var s = Seed.state()
        s.press(.char("e"), .ctrl("u")); s.type("/")
        #expect(s.handle(.enter) == [.checkExportTarget(typed: "/", ids: [s.selectedPaper!.id])])
        #expect(s.exportTargetChecked(typed: "/", ids: [s.selectedPaper!.id], target: .folder).isEmpty)
        guard case .export(let editor, _) = s.overlay else { Issue.record("no prompt"); return }
        #expect(editor.text == "/vita-export.bib" && s.message?.text.contains("is a folder") == true)
        #expect(s.handle(.tab) == [.completePath("/vita-export.bib")])
    }

    @Test func aClickOnTheRankedListSelectsThatPerson() {
        var s = Seed.state(120, 40)
        s.press(.char("3"))
        let screen = render(s)
        let g = s.coauthorChart!.shown
        let row = (0..<40).first { screen.line($0).contains("Aojun Zhou") && screen.line($0).contains("█") }!
        let x = Array(screen.line(row)).firstIndex(of: "A")!
        s.press(.mouse(x: x + 2, y: row, kind: .click))
        #expect(g.nodes[s.selectedPerson].name == "Aojun Zhou")
        s.press(.mouse(x: x + 2, y: row, kind: .doubleClick))
        #expect(s.view == .papers && s.filterText == "author:\"Aojun Zhou\"")
    }
}
