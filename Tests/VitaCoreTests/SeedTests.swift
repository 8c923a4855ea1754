import Foundation
import Testing
@testable import VitaCore

@Suite("The bundled seed record")
struct SeedTests {
    let papers = Fixtures.seed.papers

    @Test func readsWithoutDiagnostics() {
        #expect(Fixtures.seed.diagnostics == [])
        #expect(papers.count == 34)
    }

    @Test func header() throws {
        let p = try #require(Fixtures.seed.profile)
        #expect(p.name == "Anbang Yao")
        #expect(p.field == "CV")
        #expect(p.hIndex == 19)
        #expect(p.paperCount == 34)
        #expect(p.citationCount == 5290)
        #expect(p.noveltyPercent == 57)
        #expect(p.aiScore == 60)
        #expect(p.listedPaperCount == 34)
        #expect(p.otherLines == [])
        #expect(p.source.line == 1)
    }

    @Test(arguments: seedMetaRows.indices)
    func metaLine(_ i: Int) throws {
        let row = seedMetaRows[i]
        let paper = papers[i]
        #expect(paper.source.line == row.line)
        #expect(paper.category == row.category)
        #expect(paper.score == row.score)
        #expect(paper.hasCode == row.code)
        let date = try #require(paper.date)
        #expect(date.month == row.month)
        #expect(date.day == row.day)
        if let year = row.year {
            #expect(date.year == year && !date.yearInferred)
        } else {
            #expect(date.yearInferred)
            #expect(date.year == 2026, "\(row.text) is before 2026-11-25, so it is this year's")
        }
        let meta = try #require(MetaLine.parse(row.text))
        #expect(meta.category == row.category && meta.day == row.day && meta.year == row.year)
    }

    @Test(arguments: seedAuthorRows.indices)
    func authorLine(_ i: Int) {
        let row = seedAuthorRows[i]
        let paper = papers[i]
        #expect(paper.authors.map(\.name) == row.names)
        #expect(paper.authorsTruncated == row.truncated)
        #expect(paper.affiliation == row.affiliation)
        // The owner is on every paper: listed where visible, implied behind `et al.` otherwise.
        if let pos = row.names.firstIndex(of: "Anbang Yao") {
            #expect(paper.owner == .listed(position: pos))
        } else {
            #expect(paper.owner == .implied)
            #expect(row.truncated)
        }
    }

    @Test func firstPaperFieldByField() {
        let p = papers[0]
        #expect(p.title == "Ske2Grid: Skeleton-to-Grid Representation Learning for Action Recognition")
        #expect(p.authors.map(\.name) == ["Dongqi Cai", "Yangyuxuan Kang", "Anbang Yao"])
        #expect(p.authorsTruncated)
        #expect(p.owner == .listed(position: 2))
        #expect(p.affiliation == "cambridge")
        #expect(p.date == PaperDate(year: 2023, month: 8, day: 15))
        #expect(p.category == "CV")
        #expect(p.score == nil)
        #expect(p.hasCode)
        #expect(p.codeLink == "https://github.com/OSVAI/Ske2Grid")
        #expect(p.links == ["https://github.com/OSVAI/Ske2Grid"])
        #expect(p.abstract.hasPrefix("This paper presents Ske2Grid, a new representation learning framework"))
        #expect(p.abstract.hasSuffix("Code and models are available at https://github.com/OSVAI/Ske2Grid"))
        #expect(p.source == SourceLocation(file: "seed.txt", line: 12))
    }

    @Test func paperWithURLCommandAndNoYear() {
        let meta = papers[1]
        #expect(meta.title == "Efficient Meta-Tuning for Content-aware Neural Video Delivery")
        #expect(meta.codeLink == "https://github.com/Neural-video-delivery/EMT-Pytorch-ECCV2022")
        #expect(meta.abstract.hasSuffix("\\url{https://github.com/Neural-video-delivery/EMT-Pytorch-ECCV2022}."), "abstract kept exactly")
        #expect(meta.owner == .implied)

        let chain = papers[2]
        #expect(chain.score == 62.2)
        #expect(chain.date == PaperDate(year: 2026, month: 4, day: 14, yearInferred: true))
        #expect(chain.hasCode)
        #expect(chain.codeLink == nil, "the abstract names no repository")

        let slider = papers[9]
        #expect(slider.title == "SliderQuant: Accurate Post-Training Quantization for LLMs")
        #expect(slider.category == "AI")
        #expect(slider.score == 79.2)
        #expect(!slider.hasCode)
    }

    @Test func linksLoseTrailingPunctuation() {
        let noah = papers[8]
        #expect(noah.codeLink == "https://github.com/OSVAI/NOAH")
        let oanet = papers.first { $0.title.hasPrefix("Learning Two-View") }
        #expect(oanet?.codeLink == "https://github.com/zjhthu/OANet.git")
        let lid = papers.first { $0.title.hasPrefix("LID 2020") }
        #expect(lid?.links == ["https://lidchallenge.github.io"])
        #expect(lid?.codeLink == nil)
    }

    @Test func abstractsAreKeptExactly() throws {
        let text = try String(contentsOfFile: Fixtures.seedPath, encoding: .utf8)
        for p in papers { #expect(text.contains(p.abstract)) }
    }

    @Test func kernelWarehousePapersAreLinkedAsPossibleDuplicates() {
        let lib = Fixtures.seedLibrary
        let kw = lib.papers.filter { $0.title.hasPrefix("KernelWarehouse") }
        #expect(kw.count == 2)
        #expect(kw[0].possibleDuplicates == [kw[1].id])
        #expect(kw[1].possibleDuplicates == [kw[0].id])
        #expect(lib.papers.filter { !$0.possibleDuplicates.isEmpty }.count == 2)
    }

    @Test func idsAreUniqueAndReadable() {
        let lib = Fixtures.seedLibrary
        #expect(Set(lib.papers.map(\.id)).count == 34)
        #expect(lib.papers[0].id == "ske2grid-skeleton-2023")
        #expect(lib.find("ske2grid")?.title.hasPrefix("Ske2Grid") == true)
        #expect(lib.find("3")?.id == lib.papers[2].id)
        #expect(lib.find("nothing-like-this") == nil)
    }

    @Test func peopleAreMatchedAcrossPapers() throws {
        let lib = Fixtures.seedLibrary
        let yao = try #require(lib.person(key: NameKey.make("Anbang Yao")))
        #expect(yao.paperIDs.count == 21)
        #expect(lib.people.filter { $0.name == "Chao Li" }.count == 1)
    }

    @Test func statisticsAgreeWithTheSeed() {
        let s = Statistics(library: Fixtures.seedLibrary)
        #expect(s.papers == 34)
        #expect(s.perYear.map(\.year) == Array(2016...2026))
        #expect(s.perYear.first { $0.year == 2018 }?.papers == 0)
        #expect(s.perYear.first { $0.year == 2023 }?.papers == 6)
        #expect(s.perYear.first { $0.year == 2026 }?.inferred == 2)
        #expect(s.perYear.map(\.papers).reduce(0, +) == 34)
        #expect(s.withCode == 22)
        #expect(s.perCategory.map(\.category) == ["CV", "NE", "AI", "GR"])
        #expect(s.coauthors.first?.name == "Chao Li")
        #expect(s.coauthors.first?.sharedPapers == 10)
    }
}
