import Foundation
import Testing

/// A fresh folder for one test, removed afterwards.
final class Scratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("vita-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    deinit { try? FileManager.default.removeItem(at: url) }
    func path(_ name: String) -> String { url.appendingPathComponent(name).path }
    func write(_ name: String, _ text: String) throws { try text.write(toFile: path(name), atomically: true, encoding: .utf8) }
    func read(_ name: String) -> String { (try? String(contentsOfFile: path(name), encoding: .utf8)) ?? "" }
}

@Suite("vita export")
struct ExportCLITests {
    @Test func wholeSeedToStandardOutputAndBack() throws {
        let r = try VitaBinary.run(["export"] + asOf)
        #expect(r.status == 0)
        #expect(r.stdout.components(separatedBy: "\n@misc{").count == 34)
        // `vita export | vita list -` shows the same papers.
        let listed = try VitaBinary.run(["list", "-", "--sort", "file", "--width", "200"] + asOf, stdin: Data(r.stdout.utf8))
        let original = try VitaBinary.run(["list", "--sort", "file", "--width", "200"] + asOf)
        #expect(listed.status == 0)
        #expect(listed.stderr == "")
        func titles(_ s: String) -> [String] { s.split(separator: "\n").map { String($0.dropFirst(25).prefix(60)) } }
        #expect(titles(listed.stdout) == titles(original.stdout))
    }

    @Test func queryIdsAndOptions() throws {
        let q = try VitaBinary.run(["export", "--query", "quant", "--no-abstract"] + asOf)
        #expect(q.stdout.components(separatedBy: "@misc{").count - 1 == 5)
        #expect(!q.stdout.contains("abstract ="))
        let ids = try VitaBinary.run(["export", "--ids", "1,ske2grid,3", "--key-pattern", "[auth][year]"] + asOf)
        #expect(ids.stdout.components(separatedBy: "@misc{").count - 1 == 2)
        #expect(ids.stdout.hasPrefix("@misc{Cai2023,"))
        let unknown = try VitaBinary.run(["export", "--ids", "nope"] + asOf)
        #expect(unknown.status == 1)
        #expect(try VitaBinary.run(["export", "--key-pattern", "[bogus]"]).status == 64)
        #expect(try VitaBinary.run(["export", "--force"]).status == 64)
        let none = try VitaBinary.run(["export", "--query", "zebrafish"] + asOf)
        #expect(none.status == 1)
    }

    @Test func filesAreWrittenAtomicallyAndNeverOverwritten() throws {
        let dir = try Scratch()
        let out = dir.path("refs.bib")
        let first = try VitaBinary.run(["export", "--ids", "1,2", "-o", out] + asOf)
        #expect(first.status == 0)
        #expect(first.stderr == "vita: exported 2 entries to \(out)\n")
        let again = try VitaBinary.run(["export", "--ids", "3", "-o", out] + asOf)
        #expect(again.status == 1)
        #expect(again.stderr.contains("the file exists"))
        #expect(dir.read("refs.bib").components(separatedBy: "@misc{").count - 1 == 2)
        let forced = try VitaBinary.run(["export", "--ids", "3", "-o", out, "--force"] + asOf)
        #expect(forced.status == 0)
        #expect(dir.read("refs.bib").components(separatedBy: "@misc{").count - 1 == 1)
        let appended = try VitaBinary.run(["export", "--ids", "1,2,3", "-o", out, "--append"] + asOf)
        #expect(appended.status == 0)
        #expect(appended.stderr.contains("vita: skipped 1 already in \(out): fan2026chain"))
        #expect(appended.stderr.contains("vita: appended 2 entries"))
        #expect(dir.read("refs.bib").components(separatedBy: "@misc{").count - 1 == 3)
        // No temporary files are left behind.
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path) == ["refs.bib"])
    }

    @Test func writeFailuresLeaveNothingBehind() throws {
        let dir = try Scratch()
        let missing = try VitaBinary.run(["export", "-o", dir.path("no/such/folder/x.bib")] + asOf)
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("cannot write"))
        #expect(missing.stderr.contains("No such file or directory"))
        if getuid() != 0 {
            try FileManager.default.createDirectory(atPath: dir.path("ro"), withIntermediateDirectories: true)
            chmod(dir.path("ro"), 0o555)
            defer { chmod(dir.path("ro"), 0o755) }
            let denied = try VitaBinary.run(["export", "-o", dir.path("ro/x.bib")] + asOf)
            #expect(denied.status == 1)
            #expect(denied.stderr.contains("Permission denied"))
        }
        // A disk that fills up mid-write: a file size limit of 4 KB (the export is ~60 KB).
        let sh = "ulimit -f 4; trap '' XFSZ; exec \"$0\" export -o \"$1\" --as-of 2026-11-25"
        let full = try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", sh, VitaBinary.url.path, dir.path("full.bib")])
        #expect(full.status == 1)
        #expect(full.stderr.contains("cannot write"), "\(full.stderr)")
        #expect(!FileManager.default.fileExists(atPath: dir.path("full.bib")))
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.url.path).filter { $0.hasPrefix(".") } == [])
    }

    @Test func asciiReportsWhatItCannotMap() throws {
        let r = try VitaBinary.run(["export", "-", "--ascii"] + asOf,
                                   stdin: Data("CVJan 5, 2020\nÜber 論文\nJürgen Müller\nabs".utf8))
        #expect(r.status == 0)
        #expect(r.stdout.contains(#"title = {{\"U}ber 論文}"#))
        #expect(r.stdout.contains(#"author = {M{\"u}ller, J{\"u}rgen}"#))
        #expect(r.stderr.contains("--ascii has no LaTeX for 文 (U+6587), 論 (U+8AD6)") || r.stderr.contains("論 (U+8AD6)"))
    }
}

/// The export as real BibTeX tools see it. These need Debian's texlive-binaries, texlive-base,
/// texlive-latex-base and biber, and pybtex from PyPI: `scripts/setup` installs them.
@Suite("BibTeX tools accept the export")
struct BibTeXToolTests {
    static let adversarial = """
    CVJan 5, 2020
    Braces } and { and }{ inside, 100% & #1 of $5 ~ x^2 a_b @misc{x, title = {evil}} "quoted" \\textbf{x} back\\slash

    Ann {Lee}, Bob O'Neil, Jan van der Berg, Ming-Ming Cheng

    Abstract with $n>100$ math, 3.6\\% and 72% and \\url{https://x.org/a_b} and a_b & c#d ~ x^2 }odd{ 5$.

    CVFeb 6, 2021
    ImageNet CNNs BNN: A Study

    Zoë Ångström, Jürgen Müller

    Plain.
    """

    /// CSL-JSON whose titles, venue and abstract hold Greek letters and math symbols as Unicode
    /// (pdflatex sets none of them as text), and math as LaTeX.
    static let greek = #"""
    [{"id": "a", "type": "article-journal", "title": "The α-helix and β-sheet: bounds ≤ 5 → ∞ for Δ-sparse graphs", "author": [{"family": "Müller", "given": "Jörg"}],
      "issued": {"date-parts": [[2020]]}, "container-title": "Journal of ∂-Methods", "abstract": "We show γ ≈ 0.5 and ∀ε > 0."},
     {"id": "b", "type": "article-journal", "title": "On $\\alpha$-stable laws, $α ≤ β$ and ℓ-norms", "author": [{"family": "Lee", "given": "Ann"}],
      "issued": {"date-parts": [[2021]]}, "container-title": "J. Test"}]
    """#

    /// biblatex's extended name format (Better BibLaTeX, Zotero write it), which bibtex cannot read.
    static let extendedNames = """
    @book{roorda2020, author = {Roorda, Dirk and family=Heuvel, given=Charles, prefix=van den, useprefix=false}, title = {Text as Data}, publisher = {Pub}, year = {2020}}
    @misc{adlai, author = {family=Stevenson, given=Adlai E., suffix=III, juniorcomma=true and family=de la Cruz, given=Juan}, title = {Options}, year = {2001}}
    """

    /// Authors with ORCIDs, written as biblatex's data annotations (`author+an:orcid`).
    static let orcids = #"""
    [{"id": "o", "type": "article-journal", "title": "Identified Authors", "issued": {"date-parts": [[2022]]}, "container-title": "J. Test",
      "author": [{"family": "Example", "given": "Ada", "ORCID": "https://orcid.org/0000-0002-1825-0097"}, {"family": "Lee", "given": "Bo"},
                 {"family": "Sun", "given": "Cy", "ORCID": "0000-0001-5109-3700"}]}]
    """#

    /// Papers with details (publisher, place, editors, issue, edition, ISBN, ISSN, series, note),
    /// from CSL-JSON: written as the fields bibtex's styles use (biber checks the numbers' check digits).
    static let details = #"""
    [{"id": "c", "type": "chapter", "title": "A Chapter", "author": [{"family": "Ng", "given": "Ann"}], "editor": [{"family": "Jones", "given": "Bo"}, {"family": "van der Berg", "given": "Jan"}],
      "container-title": "Handbook of Things", "publisher": "Springer", "publisher-place": "Cham", "collection-title": "Lecture Notes", "ISBN": "978-3-319-00000-8",
      "page": "1-20", "issued": {"date-parts": [[2018]]}},
     {"id": "b", "type": "book", "title": "A Book", "author": [{"family": "Roe", "given": "Rick"}], "publisher": "MIT Press", "publisher-place": "Cambridge, MA",
      "edition": "3", "issued": {"date-parts": [[2016]]}},
     {"id": "a", "type": "article-journal", "title": "An Article", "author": [{"family": "Doe", "given": "Jane"}], "container-title": "J. Stuff", "volume": "12",
      "issue": "3", "ISSN": "1234-5679", "note": "To appear", "page": "100-110", "issued": {"date-parts": [[2019]]}},
     {"id": "t", "type": "thesis", "title": "A Thesis", "author": [{"family": "Poe", "given": "Pat"}], "publisher": "MIT", "issued": {"date-parts": [[2015]]}},
     {"id": "r", "type": "report", "title": "A Report", "author": [{"family": "Cole", "given": "Cy"}], "publisher": "NIST", "number": "TR-7", "issued": {"date-parts": [[2014]]}}]
    """#

    /// Each input with the number of entries its export holds (nil: the bundled seed).
    static let inputs: [(Data?, Int)] = [(nil, 34), (Data(adversarial.utf8), 2), (Data(greek.utf8), 2), (Data(extendedNames.utf8), 2), (Data(orcids.utf8), 1),
                                         (Data(details.utf8), 5)]

    func export(_ dir: Scratch, _ args: [String], stdin: Data? = nil) throws {
        let r = try VitaBinary.run(["export", "-o", dir.path("refs.bib")] + args + asOf, stdin: stdin)
        #expect(r.status == 0, "\(r.stderr)")
    }

    @Test(.enabled(if: Tool.find("bibtex") != nil, "bibtex is not installed (scripts/setup installs texlive-binaries)"))
    func bibtexReportsNoWarning() throws {
        for (input, entries) in Self.inputs {
            let dir = try Scratch()
            try export(dir, input == nil ? [] : ["-"], stdin: input)
            try dir.write("job.aux", "\\citation{*}\n\\bibstyle{plain}\n\\bibdata{refs}\n")
            let r = try Tool.run(Tool.find("bibtex")!, ["job"], directory: dir.url)
            #expect(r.status == 0, "\(r.stdout)")
            let blg = dir.read("job.blg")
            #expect(!blg.contains("Warning--"), "\(blg)")
            #expect(!blg.contains("error message"), "\(blg)")
            #expect(dir.read("job.bbl").components(separatedBy: "\\bibitem{").count - 1 == entries)
        }
    }

    @Test(.enabled(if: Tool.find("biber") != nil, "biber is not installed (scripts/setup installs it)"))
    func biberValidatesTheDataModel() throws {
        for (input, _) in Self.inputs {
            let dir = try Scratch()
            try export(dir, input == nil ? [] : ["-"], stdin: input)
            let r = try Tool.run(Tool.find("biber")!, ["--tool", "--validate-datamodel", "refs.bib"], directory: dir.url)
            #expect(r.status == 0)
            let lines = (r.stdout + r.stderr).split(separator: "\n").filter { $0.contains("WARN") || $0.contains("ERROR") }
            #expect(lines.isEmpty, "\(lines)")
        }
    }

    @Test(.enabled(if: Tool.find("pdflatex") != nil && Tool.find("bibtex") != nil, "pdflatex is not installed (scripts/setup installs texlive-latex-base)"))
    func pdflatexTypesetsEveryEntry() throws {
        for (input, _) in Self.inputs {
            let dir = try Scratch()
            try export(dir, input == nil ? [] : ["-"], stdin: input)
            try dir.write("doc.tex", """
            \\documentclass{article}
            \\usepackage[utf8]{inputenc}
            \\usepackage{url}
            \\begin{document}
            \\nocite{*}
            \\bibliographystyle{plain}
            \\bibliography{refs}
            \\end{document}
            """)
            let latex = Tool.find("pdflatex")!
            let args = ["-interaction=nonstopmode", "-halt-on-error", "doc.tex"]
            #expect(try Tool.run(latex, args, directory: dir.url).status == 0)
            #expect(try Tool.run(Tool.find("bibtex")!, ["doc"], directory: dir.url).status == 0)
            _ = try Tool.run(latex, args, directory: dir.url)
            let last = try Tool.run(latex, args, directory: dir.url)
            #expect(last.status == 0, "\(last.stdout.suffix(2000))")
            let log = dir.read("doc.log")
            #expect(!log.contains("! "), "\(log.suffix(2000))")
            #expect(!log.contains("undefined"), "\(log.suffix(2000))")
            #expect(FileManager.default.fileExists(atPath: dir.path("doc.pdf")))
        }
    }

    @Test(.enabled(if: Tool.find("python3") != nil && (try? Tool.run(Tool.find("python3")!, ["-c", "import pybtex"]).status) == 0,
                   "pybtex is not installed (scripts/setup installs it with pip)"))
    func pybtexStrictModeParsesIt() throws {
        for (input, entries) in Self.inputs {
            let dir = try Scratch()
            try export(dir, input == nil ? [] : ["-"], stdin: input)
            let script = """
            import pybtex.errors
            pybtex.errors.set_strict_mode(True)
            from pybtex.database import parse_file
            db = parse_file('refs.bib')
            print(len(db.entries))
            for e in db.entries.values():
                print(e.fields['title'])
            """
            let r = try Tool.run(Tool.find("python3")!, ["-c", script], directory: dir.url)
            #expect(r.status == 0, "\(r.stderr)")
            #expect(r.stdout.split(separator: "\n").first == "\(entries)")
        }
    }
}

@Suite("BibTeX files on the command line")
struct BibTeXInputTests {
    @Test func showsAnEntryWithItsVenue() throws {
        let bib = "@inproceedings{lee2021, author = {Lee, Ann and M{\\\"u}ller, J{\\\"u}rgen}, title = {A {CNN} Study},\n booktitle = {Proc. of {CVPR}}, year = 2021, month = jun}"
        let r = try VitaBinary.run(["show", "1", "-"] + asOf, stdin: Data(bib.utf8))
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("A CNN Study"))
        #expect(r.stdout.contains("authors   Ann Lee, Jürgen Müller"))
        #expect(r.stdout.contains("date      2021-06"))
        #expect(r.stdout.contains("bibtex    @inproceedings{lee2021}"))
        #expect(r.stdout.contains("venue     Proc. of CVPR"))
        let broken = try VitaBinary.run(["list", "-"] + asOf, stdin: Data("@article{a, title = {One}\n@article{b, title = {Two}}".utf8))
        #expect(broken.status == 0)
        #expect(broken.stdout.contains("One") && broken.stdout.contains("Two"))
        #expect(broken.stderr.contains("<stdin>:1:1: warning: entry 'a' is not closed"))
    }
}
