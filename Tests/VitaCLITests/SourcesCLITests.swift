import Foundation
import Testing
import VitaTestSupport

/// A researcher's record from several sources on the command line: read, merged, counted,
/// searched and written in other formats.
@Suite("Sources on the command line")
struct SourcesCLITests {
    /// The samples written into a fresh folder, by file name.
    static func folder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-sources-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (name, text) in [("dblp.xml", FormatSamples.dblpPerson), ("s2.json", FormatSamples.s2Author), ("openalex.json", FormatSamples.openAlexList),
                             ("orcid.json", FormatSamples.orcidWorks), ("zotero.json", FormatSamples.cslJSON), ("scopus.ris", FormatSamples.ris),
                             ("arxiv.xml", FormatSamples.arxivAtom), ("refs.yaml", FormatSamples.cslYAML)] {
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        return dir
    }

    /// `vita stats` lists the affiliations the papers give: the owner's, or without an owner
    /// every author's; in text, TSV and JSON.
    @Test func statsListTheAffiliations() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = [dir.appendingPathComponent("openalex.json").path, dir.appendingPathComponent("arxiv.xml").path]
        let all = try VitaBinary.run(["stats", "--as-of", "2026-11-25"] + files)
        // (The arXiv sample's error entry is an error diagnostic: the status is 1, the rest loads.)
        #expect(all.stderr.contains("incorrect id format"), "\(all.stderr)")
        let lines = all.stdout.split(separator: "\n").map(String.init)
        let at = try #require(lines.firstIndex(of: "Affiliations of the authors (papers, years)"), "\(all.stdout)")
        #expect(lines[at + 1].hasPrefix("  Example Labs") && lines[at + 1].hasSuffix("  1  2021"), "\(all.stdout)")
        #expect(lines[at + 2].hasPrefix("  University of Examples") && lines[at + 2].hasSuffix("  1  2020"), "\(all.stdout)")
        let owned = try VitaBinary.run(["stats", "--as-of", "2026-11-25", "--owner", "0000-0002-1825-0097"] + files)
        #expect(owned.stdout.contains("Affiliations of Ada Example, as the papers give them (papers, years)\n  University of Examples  "), "\(owned.stdout)")
        #expect(!owned.stdout.contains("Example Labs"), "Bo Chen's is not the owner's: \(owned.stdout)")
        let tsv = try VitaBinary.run(["stats", "--format", "tsv", "--as-of", "2026-11-25"] + files)
        #expect(tsv.stdout.contains("\naffiliation\tUniversity of Examples\t1\t2020-2020\n"), "\(tsv.stdout)")
        let json = try VitaBinary.run(["stats", "--format", "json", "--as-of", "2026-11-25"] + files)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let places = try #require((object["statistics"] as? [String: Any])?["affiliations"] as? [[String: Any]])
        #expect(places.compactMap { $0["name"] as? String } == ["Example Labs", "University of Examples"])
    }

    /// `vita stats` says where the record's person is, every place the source states.
    @Test func statsSayWhereThePersonIs() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("s2.json")
        try #"""
        {"authorId": "1", "name": "Ada Example", "affiliations": ["Example Labs", "Testville Institute"], "hIndex": 2,
         "papers": [{"paperId": "p1", "title": "Sparse Networks", "year": 2021, "authors": [{"authorId": "1", "name": "Ada Example"}]}]}
        """#
            .write(to: file, atomically: true, encoding: .utf8)
        let stats = try VitaBinary.run(["stats", "--as-of", "2026-11-25", file.path])
        #expect(stats.stdout.hasPrefix("Ada Example · Example Labs; Testville Institute · h-index 2\n"), "\(stats.stdout)")
        let json = try VitaBinary.run(["stats", "--format", "json", "--as-of", "2026-11-25", file.path])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((object["profile"] as? [String: Any])?["affiliations"] as? [String] == ["Example Labs", "Testville Institute"])
        // A list of works names nobody; opened for one of its authors, it says whose record it is.
        let works = dir.appendingPathComponent("openalex.json").path
        let owned = try VitaBinary.run(["stats", "--as-of", "2026-11-25", "--owner", "Bo Chen", works])
        #expect(owned.stdout.hasPrefix("Bo Chen\n2 papers"), "\(owned.stdout)")
        #expect(try VitaBinary.run(["stats", "--as-of", "2026-11-25", works]).stdout.hasPrefix("3 papers"))
        // A file that names its person and none of their papers says so, and what to give with it.
        let employments = dir.appendingPathComponent("employments.json")
        try #"""
        {"path": "/0000-0002-1825-0097/employments", "affiliation-group": [{"summaries": [{"employment-summary":
          {"put-code": 1, "end-date": null, "organization": {"name": "Wesleyan University"}}}]}]}
        """#.write(to: employments, atomically: true, encoding: .utf8)
        let alone = try VitaBinary.run(["stats", "--as-of", "2026-11-25", employments.path])
        #expect(alone.status == 1)
        #expect(alone.stderr.contains("no paper found in \(employments.path) (it names 0000-0002-1825-0097 from ORCID, at Wesleyan University: open it beside a file of their papers)"), "\(alone.stderr)")
    }

    /// Counts of a thousand and more are grouped in what `vita stats` and `vita cache build` say.
    @Test func largeCountsAreGroupedInProse() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-grouped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var lines = [#"{"authorId": "1", "name": "Ada Example", "citationCount": 12345, "hIndex": 9, "papers": ["#]
        for i in 0..<1_200 {
            lines.append(#"{"paperId": "p\#(i)", "title": "Paper \#(i)", "year": \#(1990 + i % 30), "citationCount": \#(10 + i % 40), "authors": [{"authorId": "1", "name": "Ada Example"}]}"# + (i < 1_199 ? "," : ""))
        }
        lines.append("]}")
        let file = dir.appendingPathComponent("s2.json")
        try lines.joined(separator: "\n").write(to: file, atomically: true, encoding: .utf8)
        let stats = try VitaBinary.run(["stats", "--as-of", "2026-11-25", file.path])
        #expect(stats.status == 0, "\(stats.stderr)\(stats.stdout)")
        #expect(stats.stdout.contains("Ada Example · h-index 9 · 12,345 citations"), "\(stats.stdout)")
        #expect(stats.stdout.contains("1,200 papers, 0 with code"), "\(stats.stdout)")
        // The metrics too, as the explorer's header groups them.
        #expect(stats.stdout.contains("Citations 35,400 · h-index 48 · i10-index 1,200 · g-index 48"), "\(stats.stdout)")
        let env = ["XDG_CACHE_HOME": dir.appendingPathComponent("cache").path, "VITA_CACHE_MIN_BYTES": "0"]
        let built = try VitaBinary.run(["cache", "build", "--as-of", "2026-11-25", file.path], environment: env)
        #expect(built.stdout.contains(": 1,200 papers, "), "\(built.stdout)\(built.stderr)")
    }

    /// A paper one source says was retracted: tagged in the list, said by `show` and `stats`,
    /// found with `is:retracted` and left out with `-is:retracted`, written as CSL's `status`.
    @Test func aRetractedPaperIsSaidSoEverywhere() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let crossref = #"{"status": "ok", "message-type": "work", "message": {"DOI": "10.1000/QA.2022", "type": "journal-article", "title": ["Quantized Attention for Vision Transformers"], "#
            + #""author": [{"given": "Ada", "family": "Example"}], "issued": {"date-parts": [[2022]]}, "updated-by": [{"DOI": "10.1000/notice", "type": "retraction", "source": "retraction-watch"}]}}"#
        try crossref.write(to: dir.appendingPathComponent("crossref.json"), atomically: true, encoding: .utf8)
        let files = ["dblp.xml", "crossref.json"].map { dir.appendingPathComponent($0).path }
        let list = try VitaBinary.run(["list", "--as-of", "2026-11-25", "--width", "200"] + files)
        let tagged = list.stdout.split(separator: "\n").filter { $0.contains("[retracted] ") }
        #expect(tagged.count == 1 && tagged[0].contains("[retracted] Quantized Attention"), "\(list.stdout)")
        for (query, count) in [("is:retracted", "1"), ("-is:retracted", "2")] {
            let found = try VitaBinary.run(["search", query, "--count"] + files)
            #expect(found.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == count, "\(query): \(found.stdout)\(found.stderr)")
        }
        let number = String(tagged.first?.split(separator: " ").first ?? "0")
        let show = try VitaBinary.run(["show", number, "--as-of", "2026-11-25", "--width", "200"] + files)
        #expect(show.stdout.contains("status    retracted (CSL-JSON)"), "\(show.stdout)\(show.stderr)")
        let stats = try VitaBinary.run(["stats", "--as-of", "2026-11-25"] + files)
        #expect(stats.stdout.contains(", 1 retracted or withdrawn ("), "\(stats.stdout)")
        let json = try VitaBinary.run(["list", "--format", "json", "--as-of", "2026-11-25"] + files)
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let retractions = (doc["papers"] as! [[String: Any]]).map { $0["retraction"] as? String ?? "none" }
        #expect(retractions.sorted() == ["none", "none", "retracted"], "\(retractions)")
        // `check` names them after the files' problems, its exit status theirs.
        let check = try VitaBinary.run(["check", "--as-of", "2026-11-25"] + files)
        #expect(check.status == 0 && check.stdout.contains("1 paper taken back (vita search is:retracted lists them):\n"), "\(check.stdout)")
        #expect(check.stdout.contains(": Quantized Attention for Vision Transformers: retracted (CSL-JSON)\n"), "\(check.stdout)")
        let csl = try VitaBinary.run(["export", "--to", "csl-json", "--query", "is:retracted"] + files)
        #expect(csl.stdout.contains(#""status": "retracted""#), "\(csl.stdout)\(csl.stderr)")
    }

    @Test func threeSourcesListAsOneRecordWithTheirMetrics() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = ["dblp.xml", "s2.json", "openalex.json"].map { dir.appendingPathComponent($0).path }
        let list = try VitaBinary.run(["list", "--format", "tsv", "--as-of", "2026-11-25"] + files)
        #expect(list.status == 0, "\(list.stderr)")
        #expect(list.stdout.split(separator: "\n").count == 4, "a heading and three papers: \(list.stdout)")
        // `check` counts the papers each file gave, those another file gives too said so: the
        // second and third files hold papers, though the record lists them once.
        let check = try VitaBinary.run(["check", "--as-of", "2026-11-25"] + files)
        #expect(check.stdout == files.map { "\($0): 3 papers (3 also in another file), no problems\n" }.joined(), "\(check.stdout)")
        let stats = try VitaBinary.run(["stats", "--as-of", "2026-11-25"] + files)
        #expect(stats.stdout.contains("Citations 375 · h-index 3 · i10-index 3 · g-index 3"))
        #expect(stats.stdout.contains("stated by Semantic Scholar (Ada Example): 362 citations · h-index 3"))
        #expect(stats.stdout.contains("Citations per year"))
        // Counted by year for recent years only, the chart's sum is said beside the whole count.
        let yearly = stats.stdout.split(separator: "\n").first { $0.hasPrefix("Citations per year") }.map(String.init) ?? ""
        #expect(yearly == "Citations per year" || yearly.hasSuffix(" of the 375 dated)"), "\(yearly)")
        let json = try VitaBinary.run(["stats", "--format", "json", "--as-of", "2026-11-25"] + files)
        let doc = try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as! [String: Any]
        let metrics = (doc["statistics"] as! [String: Any])["metrics"] as! [String: Any]
        #expect(metrics["hIndex"] as? Int == 3 && metrics["citations"] as? Int == 375 && metrics["gIndex"] as? Int == 3)
        // Where each value came from.
        let show = try VitaBinary.run(["show", "1", "--as-of", "2026-11-25", "--width", "400"] + files)
        #expect(show.stdout.contains("sources") && show.stdout.contains("(DBLP: title, authors"))
        #expect(show.stdout.contains("(OpenAlex: citations, citations per year"))
        #expect(show.stdout.contains("cited     10 (OpenAlex, 2026-10-01)"))
        // Queries over citations and the owner's place.
        let cited = try VitaBinary.run(["search", "cites:>=50 is:first", "--count"] + files)
        #expect(cited.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
        // By the kind of publication (a CV's sections): DBLP's CoRR paper is a preprint.
        for (query, count) in [("type:preprint", "1"), ("type:conference", "1"), ("type:article", "1"), ("-type:preprint", "2")] {
            let typed = try VitaBinary.run(["search", query, "--count"] + files)
            #expect(typed.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == count, "\(query): \(typed.stdout)\(typed.stderr)")
        }
        let wrong = try VitaBinary.run(["search", "type:poem", "--count"] + files)
        #expect(wrong.stderr.contains("type: expects article, inproceedings, preprint"), "\(wrong.stderr)")
    }

    @Test func everyFormatReadsFromStandardInput() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        for (name, count) in [("dblp.xml", 3), ("s2.json", 3), ("openalex.json", 3), ("orcid.json", 2), ("zotero.json", 3),
                              ("scopus.ris", 2), ("arxiv.xml", 1), ("refs.yaml", 2)] {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            let r = try VitaBinary.run(["list", "--format", "tsv", "-"], stdin: data)
            #expect(r.stdout.split(separator: "\n").count - 1 == count, "\(name): \(r.stderr)")
        }
    }

    @Test func theOwnerByORCIDAndABrokenFileSaysWhere() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let oa = dir.appendingPathComponent("openalex.json").path
        let first = try VitaBinary.run(["search", "is:first", "--count", "--owner", "0000-0002-1825-0097", oa])
        #expect(first.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "2", "\(first.stderr)")
        // Cut short: the papers before the cut load, the problem is named by file, line and column.
        let text = FormatSamples.openAlexList
        let cut = dir.appendingPathComponent("cut.json")
        try String(text[..<text.range(of: "Sparse networks")!.lowerBound]).write(to: cut, atomically: true, encoding: .utf8)
        let r = try VitaBinary.run(["list", "--format", "tsv", cut.path])
        #expect(r.stdout.split(separator: "\n").count - 1 == 2)
        #expect(r.stderr.contains("cut.json:") && r.stderr.contains("error: not valid JSON"))
        #expect(r.stderr.contains("results[2]: cut off; left out"))
        #expect(r.status == 1, "a file with an error exits 1 after what loaded")
    }

    @Test func exportToCSLJSONAndRISReadsBack() throws {
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let files = ["dblp.xml", "openalex.json"].map { dir.appendingPathComponent($0).path }
        for format in ["csl-json", "ris", "bibtex"] {
            let out = dir.appendingPathComponent("out-\(format)").path
            let e = try VitaBinary.run(["export", "--to", format, "-o", out] + files)
            #expect(e.status == 0, "\(format): \(e.stderr)")
            let back = try VitaBinary.run(["list", "--format", "tsv", out])
            let before = try VitaBinary.run(["list", "--format", "tsv"] + files)
            func titles(_ s: String) -> [String] { s.split(separator: "\n").dropFirst().map { String($0.split(separator: "\t")[3]) } }
            #expect(titles(back.stdout) == titles(before.stdout), "\(format)")
            // Written atomically and never over a file without --force.
            let again = try VitaBinary.run(["export", "--to", format, "-o", out] + files)
            #expect(again.status == 1 && again.stderr.contains("exists"))
        }
        let bad = try VitaBinary.run(["export", "--to", "ris", "--append", "-o", dir.appendingPathComponent("x.ris").path] + files)
        #expect(bad.status != 0 && bad.stderr.contains("--append adds BibTeX entries"))
    }

    @Test func personListsThePeopleANameFinds() throws {
        let text = try VitaBinary.run(["person", "chao"] + TestSeed.asOfArguments)
        #expect(text.status == 0 && text.stdout.hasPrefix("    10  2022–2026  Chao Li  with Anbang Yao, Jiawei Fan, Xiaolong Liu\n"), "\(text.stdout)")
        let tsv = try VitaBinary.run(["person", "yao", "--format", "tsv"] + TestSeed.asOfArguments)
        #expect(tsv.stdout.split(separator: "\n").first == "papers\tfirst\tlast\tname\thomonym\torcid\tdblp\tcoauthors\tother_names\taffiliation")
        #expect(tsv.stdout.contains("34\t2016\t2026\tAnbang Yao\t"))
        let none = try VitaBinary.run(["person", "zebra"] + TestSeed.asOfArguments)
        #expect(none.status == 1 && none.stderr.contains("nobody in the record is 'zebra'"))
        let some = try VitaBinary.run(["person", "li", "--limit", "2"] + TestSeed.asOfArguments)
        #expect(some.stdout.split(separator: "\n").count == 2 && some.stderr.contains("people match; showing 2"))
        // Fitted to the width (`--width`, else COLUMNS), the coauthors cut first.
        let narrow = try VitaBinary.run(["person", "chao", "--width", "40"] + TestSeed.asOfArguments)
        #expect(narrow.stdout.hasPrefix("    10  2022–2026  Chao Li  with Anbang…\n"), "\(narrow.stdout)")
        let columns = try VitaBinary.run(["person", "li"] + TestSeed.asOfArguments, environment: ["COLUMNS": "50"])
        #expect(columns.stdout.split(separator: "\n").allSatisfy { $0.count <= 50 } && columns.stdout.contains("…"), "\(columns.stdout)")
        // Where a person was last, where their papers say (OpenAlex's institutions).
        let dir = try Self.folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let works = dir.appendingPathComponent("openalex.json").path
        let ada = try VitaBinary.run(["person", "ada", "--width", "200", works])
        #expect(ada.stdout == "     3  2020–2022  Ada Example  (ORCID 0000-0002-1825-0097)  at University of Examples  with Bo Chen, Cy Young\n", "\(ada.stdout)")
        let adaTSV = try VitaBinary.run(["person", "ada", "--format", "tsv", works])
        #expect(adaTSV.stdout.hasSuffix("\tBo Chen; Cy Young\t\tUniversity of Examples\n"), "\(adaTSV.stdout)")
    }
}
