import Foundation
import Testing

/// A real-style bibliography: macros in a file of their own, a preamble the document needs, a
/// JabRef comment, crossref, keys with non-ASCII letters and apostrophes, a clash of keys.
enum RealStyleBib {
    static let abbrev = """
    % Journal abbreviations
    @string{jacm = "Journal of the ACM"}
    @string{tocs = {ACM Transactions on Computer Systems}}
    @string{acm = {ACM}}
    """
    static let refs = #"""
    @preamble{ "\providecommand{\bibcyr}[1]{#1}" }

    @article{tarjan1975,
      author = {Tarjan, Robert Endre},
      title = {Efficiency of a Good But Not Linear Set Union Algorithm},
      journal = jacm,
      volume = {22}, number = {2}, pages = {215--225},
      year = 1975,
    }

    @article{ivanov2001,
      author = {Ivanov, Ivan},
      title = {\bibcyr{Vliyanie} of annealing on {\TeX} fonts},
      journal = {Fizika},
      year = {2001},
    }

    @inproceedings{kumāra2019,
      author = {Kumāra, Ravi and O'Hara, Ann},
      title = {Shared Memory, Revisited},
      crossref = {sosp2019},
      pages = {1--14},
    }

    @inproceedings{O'Hara_1999,
      author = {O'Hara, Ann},
      title = {A Note on Caches},
      booktitle = {Proceedings of the Workshop},
      publisher = acm # { Press},
      year = {1999},
    }

    @article{Tarjan1975,
      author = {Tarjan, Robert Endre},
      title = {Another Paper with a Clashing Key},
      journal = tocs,
      year = 1975,
    }

    @proceedings{sosp2019,
      title = {Proceedings of the 27th Symposium on Operating Systems Principles},
      publisher = acm,
      year = {2019},
    }

    @comment{jabref-meta: databaseType:bibtex;}
    """#
}

@Suite("BibTeX files on the command line: read, checked, written back")
struct BibTeXFileCLITests {
    func files() throws -> Scratch {
        let dir = try Scratch()
        try dir.write("abbrev.bib", RealStyleBib.abbrev)
        try dir.write("refs.bib", RealStyleBib.refs)
        return dir
    }

    @Test func macrosCarryAcrossFilesAsWithBibliography() throws {
        let dir = try files()
        let r = try VitaBinary.run(["list", "--sort", "file", "--width", "120", dir.path("abbrev.bib"), dir.path("refs.bib")] + asOf)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("undefined macro"), "\(r.stderr)")
        #expect(r.stderr.contains("Tarjan1975"), "the clashing key is reported: \(r.stderr)")
        let show = try VitaBinary.run(["show", "tarjan1975", dir.path("abbrev.bib"), dir.path("refs.bib")] + asOf)
        #expect(show.stdout.contains("venue     Journal of the ACM"), "\(show.stdout)")
        // Alone, refs.bib names a macro it lacks: kept by name and reported.
        let alone = try VitaBinary.run(["show", "tarjan1975", dir.path("refs.bib")] + asOf)
        #expect(alone.stdout.contains("venue     jacm"))
        #expect(alone.stderr.contains("undefined macro 'jacm'"))
    }

    /// A chapter's editors, publisher, place, series and ISBN are shown by `vita show` and go
    /// with it into CSL-JSON and RIS.
    @Test func aChaptersDetailsAreShownAndExported() throws {
        let dir = try Scratch()
        try dir.write("ch.bib", """
            @incollection{ch, author = {Ng, Ann}, title = {A Chapter}, booktitle = {Handbook}, editor = {Jones, Bo and van der Berg, Jan},
              publisher = {Springer}, address = {Cham}, series = {LNCS}, isbn = {978-3-319-00000-1}, pages = {1--20}, year = 2018}
            """)
        let show = try VitaBinary.run(["show", "ch", dir.path("ch.bib")] + asOf)
        for line in ["series    LNCS", "editors   Bo Jones, Jan van der Berg", "publisher Springer", "place     Cham", "ISBN      978-3-319-00000-1"] {
            #expect(show.stdout.contains(line + "\n"), "\(line): \(show.stdout)")
        }
        let csl = try VitaBinary.run(["export", "--to", "csl-json", dir.path("ch.bib")] + asOf)
        #expect(csl.stdout.contains(#""publisher": "Springer""#) && csl.stdout.contains(#""editor": [{"family": "Jones", "given": "Bo"}, {"family": "van der Berg", "given": "Jan"}]"#), "\(csl.stdout)")
        let ris = try VitaBinary.run(["export", "--to", "ris", dir.path("ch.bib")] + asOf)
        #expect(ris.stdout.contains("PB  - Springer\nCY  - Cham\nED  - Jones, Bo\nED  - van der Berg, Jan\nSN  - 978-3-319-00000-1\nT3  - LNCS\n"), "\(ris.stdout)")
    }

    @Test func exportStandsAloneAndKeepsKeys() throws {
        let dir = try files()
        let r = try VitaBinary.run(["export", dir.path("abbrev.bib"), dir.path("refs.bib"), "-o", dir.path("out.bib")] + asOf)
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("vita: tarjan1975 (\(dir.path("refs.bib")):3) and Tarjan1975 (\(dir.path("refs.bib")):33) clash: the second is exported as Tarjan1975a"), "\(r.stderr)")
        let out = dir.read("out.bib")
        #expect(out.hasPrefix(#"@preamble{ {\providecommand{\bibcyr}[1]{#1}} }"#), "\(out)")
        #expect(out.contains("@string{jacm = {Journal of the ACM}}"))
        #expect(out.contains("@string{tocs = {ACM Transactions on Computer Systems}}"))
        #expect(out.contains("  journal = jacm,"))
        #expect(out.contains("  publisher = acm # { Press},"))
        #expect(out.contains("@inproceedings{kumāra2019,"))
        #expect(out.contains("@inproceedings{O'Hara_1999,"))
        #expect(out.contains("@comment{jabref-meta: databaseType:bibtex;}"))
        // The parent after its child.
        let child = out.range(of: "@inproceedings{kumāra2019,")!, parent = out.range(of: "@proceedings{sosp2019,")!
        #expect(child.lowerBound < parent.lowerBound)
        // Read back alone, it gives the same entries, keys and fields, and no problem.
        let back = try VitaBinary.run(["list", "--format", "json", dir.path("out.bib")] + asOf)
        #expect(back.stderr == "", "\(back.stderr)")
        let original = try VitaBinary.run(["list", "--format", "json", dir.path("abbrev.bib"), dir.path("refs.bib")] + asOf)
        func entries(_ json: String) throws -> [String] {
            let doc = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
            return (doc?["papers"] as? [[String: Any]] ?? []).map { p in
                let e = p["entry"] as? [String: Any]
                let fields = (e?["fields"] as? [[String: Any]] ?? []).map { "\($0["name"]!)=\($0["raw"]!)" }
                return "\(p["title"]!)|\(fields.joined(separator: ";"))"
            }.sorted()
        }
        #expect(try entries(back.stdout) == entries(original.stdout))
    }

    @Test(.enabled(if: Tool.find("bibtex") != nil && Tool.find("pdflatex") != nil, "bibtex and pdflatex are not installed (scripts/setup installs them)"))
    func whatCompiledBeforeExportCompilesAfterWithNoMoreWarnings() throws {
        func compile(_ dir: Scratch, _ bibs: String) throws -> (bibitems: Int, warnings: Int, ok: Bool) {
            try dir.write("doc.tex", """
            \\documentclass{article}
            \\usepackage[utf8]{inputenc}
            \\begin{document}
            \\nocite{*}
            \\bibliographystyle{plain}
            \\bibliography{\(bibs)}
            \\end{document}
            """)
            let latex = Tool.find("pdflatex")!
            let args = ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
            _ = try Tool.run(latex, args, directory: dir.url)
            _ = try Tool.run(Tool.find("bibtex")!, ["doc"], directory: dir.url)
            _ = try Tool.run(latex, args, directory: dir.url)
            let last = try Tool.run(latex, args, directory: dir.url)
            let blg = dir.read("doc.blg")
            return (dir.read("doc.bbl").components(separatedBy: "\\bibitem{").count - 1,
                    blg.components(separatedBy: "Warning--").count - 1, last.status == 0 && !dir.read("doc.log").contains("! "))
        }
        let before = try files()
        let original = try compile(before, "abbrev,refs")
        #expect(original.ok)
        let after = try Scratch()
        let r = try VitaBinary.run(["export", before.path("abbrev.bib"), before.path("refs.bib"), "-o", after.path("out.bib")] + asOf)
        #expect(r.status == 0)
        let exported = try compile(after, "out")
        #expect(exported.ok, "\(after.read("doc.log").suffix(1500))")
        // One entry more: the clashing key, which bibtex dropped, is exported under a free key.
        #expect(exported.bibitems == original.bibitems + 1)
        #expect(exported.warnings <= original.warnings, "\(after.read("doc.blg"))")
    }

    /// biber reads the export as it reads the original: no more errors or warnings. (The biber of
    /// Debian 13 rejects a key with an apostrophe, `O'Hara_1999`, in the original and in the
    /// export alike; without that entry both read cleanly.)
    @Test(.enabled(if: Tool.find("biber") != nil, "biber is not installed (scripts/setup installs it)"))
    func biberReadsTheExportAsItReadsTheOriginal() throws {
        for withApostrophe in [true, false] {
            let dir = try Scratch()
            var refs = RealStyleBib.refs
            if !withApostrophe { refs = refs.replacingOccurrences(of: "O'Hara_1999", with: "OHara_1999") }
            try dir.write("original.bib", RealStyleBib.abbrev + "\n" + refs)
            let r = try VitaBinary.run(["export", dir.path("original.bib"), "-o", dir.path("out.bib")] + asOf)
            #expect(r.status == 0)
            func problems(_ file: String) throws -> [String] {
                let biber = try Tool.run(Tool.find("biber")!, ["--tool", "--quiet", file, "-O", "/dev/null"], directory: dir.url)
                return (biber.stdout + biber.stderr).split(separator: "\n").map(String.init).filter { $0.contains("ERROR") || $0.contains("WARN") }
            }
            let before = try problems("original.bib"), after = try problems("out.bib")
            #expect(after.count <= before.count, "\(before) then \(after)")
            if !withApostrophe { #expect(after.isEmpty, "\(after)") }
        }
    }

    /// pybtex in strict mode reads the export of .bib input: the macros, preamble, crossref and keys.
    @Test(.enabled(if: Tool.find("python3") != nil && (try? Tool.run(Tool.find("python3")!, ["-c", "import pybtex"]).status) == 0,
                   "pybtex is not installed (scripts/setup installs it with pip)"))
    func pybtexStrictModeReadsTheExport() throws {
        let dir = try files()
        let r = try VitaBinary.run(["export", dir.path("abbrev.bib"), dir.path("refs.bib"), "-o", dir.path("out.bib")] + asOf)
        #expect(r.status == 0)
        let script = """
        import pybtex.errors
        pybtex.errors.set_strict_mode(True)
        from pybtex.database import parse_file
        db = parse_file('out.bib')
        print(len(db.entries))
        print(db.entries['tarjan1975'].fields['journal'])
        """
        let out = try Tool.run(Tool.find("python3")!, ["-c", script], directory: dir.url)
        #expect(out.status == 0, "\(out.stderr)")
        #expect(out.stdout == "6\nJournal of the ACM\n", "\(out.stdout)")
    }

    @Test func checkListsEveryProblemAndOtherCommandsSumUp() throws {
        let dir = try Scratch()
        let many = (1...13).map { "@article{k\($0), title = {T\($0)}, journal = undefined\($0), year = 2020}" }.joined(separator: "\n")
        try dir.write("many.bib", many)
        let check = try VitaBinary.run(["check", dir.path("many.bib")] + asOf)
        #expect(check.status == 1)
        #expect(check.stderr.split(separator: "\n").count == 13)
        #expect(check.stdout == "\(dir.path("many.bib")): 13 papers, 13 problems\n")
        let list = try VitaBinary.run(["list", dir.path("many.bib")] + asOf)
        #expect(list.status == 0)
        let lines = list.stderr.split(separator: "\n")
        #expect(lines.count == 11)
        #expect(lines.last == "… and 3 more: vita check \(dir.path("many.bib")) lists them")
        let quiet = try VitaBinary.run(["list", "-q", dir.path("many.bib")] + asOf)
        #expect(quiet.stderr == "\(dir.path("many.bib")): 13 problems: vita check \(dir.path("many.bib")) lists them\n")
        try dir.write("fine.bib", "@misc{a, title = {Fine}, year = 2020}")
        let fine = try VitaBinary.run(["check", dir.path("fine.bib")] + asOf)
        #expect(fine.status == 0)
        #expect(fine.stdout == "\(dir.path("fine.bib")): 1 paper, no problems\n")
    }

    @Test func showTakesAKeyAndSaysWhichIdsAPrefixBegins() throws {
        let dir = try files()
        let key = try VitaBinary.run(["show", "O'Hara_1999", dir.path("refs.bib")] + asOf)
        #expect(key.status == 0)
        #expect(key.stdout.hasPrefix("A Note on Caches"))
        let ambiguous = try VitaBinary.run(["show", "p"] + asOf)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stderr.hasPrefix("vita: 'p' begins 2 ids; expected one of:\n  psconv-squeezing-2020  PSConv"), "\(ambiguous.stderr)")
        let typo = try VitaBinary.run(["lsit"])
        #expect(typo.status == 64)
        #expect(typo.stderr == "vita: unknown command 'lsit'; did you mean 'list'? (vita --help lists the commands)\n")
    }

    @Test func aQueryWithNothingToSearchForIsAUsageError() throws {
        for q in ["", "OR", "()", "year:abc"] {
            let r = try VitaBinary.run(["search", q] + asOf)
            #expect(r.status == 64, "'\(q)'")
            #expect(r.stdout.isEmpty && r.stderr.contains("has nothing to search for"), "'\(q)': \(r.stderr)")
        }
        #expect(try VitaBinary.run(["search", "year:abc"] + asOf).stderr.contains("year: expects a year"))
    }

    /// The completions `scripts/install` puts in place come from the command definitions.
    @Test func completionsKnowEverySubcommand() throws {
        for shell in ["bash", "zsh", "fish"] {
            let r = try VitaBinary.run(["--generate-completion-script", shell])
            #expect(r.status == 0)
            for sub in ["list", "search", "show", "stats", "graph", "export", "check"] {
                #expect(r.stdout.contains(sub), "\(shell) completion lacks \(sub)")
            }
        }
    }

    /// The kept state, scripted: import a backup, list tags and notes, export it again.
    @Test func stateExportImportTagsAndNotes() throws {
        let dir = try Scratch()
        let env = ["XDG_DATA_HOME": dir.path("data")]
        try dir.write("refs.bib", "@article{kim2019, title = {Paper A}, author = {Kim, Ann}, year = 2019}\n@article{lee2020, title = {Paper B}, author = {Lee, Bo}, year = 2020}\n")
        let backup = """
        {"marks": ["key:kim2019"], "tags": {"key:kim2019": ["reading"], "key:lee2020": ["reading", "cv"]},
         "notes": {"key:lee2020": "Compare with A."}, "settings": {"sort": "title"}, "history": ["paper"],
         "searches": {"recent": "year:2020.."}}
        """
        try dir.write("backup.json", backup)
        let imported = try VitaBinary.run(["state", "import", dir.path("backup.json"), dir.path("refs.bib")], environment: env)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stderr == "vita: imported 1 marks, 3 tags, 1 notes, 1 saved searches\n")
        let tags = try VitaBinary.run(["tags", dir.path("refs.bib")], environment: env)
        #expect(tags.stdout == "cv\tpaper-b-2020\tPaper B\nreading\tpaper-2019\tPaper A\nreading\tpaper-b-2020\tPaper B\n", "\(tags.stdout)")
        let notes = try VitaBinary.run(["notes", dir.path("refs.bib")], environment: env)
        #expect(notes.stdout == "paper-b-2020  Paper B\n  Compare with A.\n", "\(notes.stdout)")
        let exported = try VitaBinary.run(["state", "export", dir.path("refs.bib")], environment: env)
        let doc = try JSONSerialization.jsonObject(with: Data(exported.stdout.utf8)) as? [String: Any]
        #expect(doc?["marks"] as? [String] == ["key:kim2019"])
        #expect((doc?["settings"] as? [String: String])?["sort"] == "title")
        #expect(doc?["searches"] as? [String: String] == ["recent": "year:2020.."])
        // A backup from before saved searches were kept still imports.
        try dir.write("old.json", #"{"marks": [], "tags": {}, "notes": {}, "settings": {}, "history": []}"#)
        #expect(try VitaBinary.run(["state", "import", dir.path("old.json"), dir.path("refs.bib")], environment: env).status == 0)
        #expect(try VitaBinary.run(["state", "import", dir.path("refs.bib"), dir.path("refs.bib")], environment: env).status == 1)
        // A wrong value is said with where it is and what was expected.
        try dir.write("wrong.json", #"{"marks": [3], "tags": {}, "notes": {}, "settings": {}, "history": []}"#)
        let wrong = try VitaBinary.run(["state", "import", dir.path("wrong.json"), dir.path("refs.bib")], environment: env)
        #expect(wrong.status == 1)
        #expect(wrong.stderr.contains("wrong.json: expected the JSON of `vita state export` (marks[0]: Expected to decode String but found number instead.)"), "\(wrong.stderr)")
    }

    @Test func noOwnerIsInventedForABib() throws {
        let dir = try Scratch()
        try dir.write("g.bib", """
        @article{a1, author = {Adams, Ann and Brown, Bob}, title = {First}, journal = {J}, year = {2001}}
        @article{a2, author = {Adams, Ann and Clark, Cy}, title = {Second}, journal = {J}, year = {2002}}
        @article{a3, author = {Davis, Dee and Evans, Eve}, title = {Third}, journal = {J}, year = {2003}}
        @article{a4, author = {Anonymous}, title = {Fourth}, journal = {J}, year = {2003}}
        """)
        let g = try VitaBinary.run(["graph", "--format", "tsv", dir.path("g.bib")] + asOf)
        let rows = g.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(rows[1] == ["node", "0", "", "Ann Adams", "2", "", "2001", "2002", "0"])
        #expect(!g.stdout.contains("Anonymous"))
        #expect(rows.filter { $0[0] == "edge" }.map { [$0[1], $0[2], $0[4]] } == [["0", "1", "1"], ["0", "2", "1"], ["3", "4", "1"]])
        let owned = try VitaBinary.run(["graph", "--format", "tsv", "--owner", "Ann Adams", dir.path("g.bib")] + asOf)
        let o = owned.stdout.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(o[1] == ["node", "0", "", "Ann Adams", "2", "", "2001", "2002", "1"])
        #expect(o.filter { $0[0] == "edge" && $0[5] == "1" }.count == 2)
        let stats = try VitaBinary.run(["stats", dir.path("g.bib")] + asOf)
        #expect(stats.stdout.contains("Most published people"))
        #expect(!stats.stdout.contains("?"))
        #expect(stats.stdout.contains("  article "))
        // One paper is one paper, not "1 papers".
        try dir.write("one.bib", "@article{k, title = {Only}, author = {Ann Adams}, year = 2001}\n")
        let one = try VitaBinary.run(["stats", dir.path("one.bib")] + asOf)
        #expect(one.stdout.hasPrefix("1 paper, 0 with code"), "\(one.stdout)")
    }
}
