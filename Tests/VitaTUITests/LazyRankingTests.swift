import Testing
@testable import VitaCore
@testable import VitaTUI

/// A search typed in the explorer ranks its matches only as far as the list shows them: the
/// first page is the whole ranking's first page, and what looks further ranks them all.
@Suite struct LazyRankingTests {
    @Test func theFirstPageIsFoundWithoutRankingEveryMatch() {
        var s = Seed.state(120, 20)
        // Ranked only as far as asked, from the first match on (a record of millions does so
        // from 32,768 matches), a few ahead.
        s.list.session.rankLaterFrom = 1
        s.list.session.rankAheadAtLeast = 1
        s.press(.char("/"))
        s.type("a")
        #expect(s.shown.count > s.pageSize, "more matches than a page")
        _ = AppView.render(s, files: ["seeds/anbang-yao.txt"])
        #expect(!s.shown.isWhole, "the frame drawn without every match ranked")
        var fresh = SearchSession(index: Seed.library.searchIndex)
        let whole = fresh.search("a").ranked
        #expect(s.shown.papers(at: 0..<s.pageSize) == Array(whole.prefix(s.pageSize)))
        // The status bar counts them all.
        #expect(AppView.render(s, files: ["seeds/anbang-yao.txt"]).text.contains("1/\(whole.count)"))
        // Kept and taken to its end: every match ranked, the last one last.
        s.press(.enter, .end)
        #expect(s.shown.isWhole && s.visible == whole && s.selectedPaper?.id == Seed.library.papers[whole.last!].id)
    }
}
