import Foundation
import Testing
@testable import VitaCore
import VitaTestSupport

@Suite("BibTeX writer")
struct BibTeXWriterTests {
    let seed = Fixtures.seedLibrary
    let writer = BibTeXWriter()

    func readBack(_ text: String) -> RecordContents { BibTeXReader.read(text, fileName: "out.bib") }

    @Test func everySeedPaperRoundTrips() throws {
        let out = writer.write(seed.papers)
        let back = readBack(out.text)
        #expect(back.diagnostics == [])
        #expect(back.papers.count == 34)
        for (a, b) in zip(seed.papers, back.papers) {
            #expect(b.title == a.title)
            #expect(b.authors.map(\.name) == a.authors.map(\.name))
            #expect(b.authorsTruncated == a.authorsTruncated)
            #expect(b.date?.year == a.date?.year && b.date?.month == a.date?.month && b.date?.day == a.date?.day)
            #expect(b.abstract == a.abstract, "\(a.id)")
            #expect(Set(b.links) == Set(a.links), "\(a.id)")
            #expect(b.codeLink == a.codeLink)
            #expect(b.affiliation == a.affiliation)
            #expect(b.category == a.category)
        }
    }

    @Test func keysLikeScholarAndUnique() {
        let out = writer.write(seed.papers)
        #expect(out.keys[0] == "cai2023ske2grid")
        #expect(out.keys.contains("li2023kernelwarehouse"))
        #expect(out.keys.contains("li2024kernelwarehouse"))
        #expect(out.keys.contains("kang20233d"))
        #expect(Set(out.keys.map { $0.lowercased() }).count == 34)
        // A real clash: the same paper twice, and keys that differ only in case.
        let twice = writer.write([seed.papers[0], seed.papers[0], seed.papers[0]], reservedKeys: ["CAI2023SKE2GRIDA"])
        #expect(twice.keys == ["cai2023ske2grid", "cai2023ske2gridb", "cai2023ske2gridc"])
        let muller = paper("Über Alles", authors: ["Jürgen Müller"], year: 2021)
        #expect(writer.write([muller]).keys == ["muller2021uber"])
        let polish = paper("Łódź", authors: ["Paweł Łukasz"], year: 2020)
        #expect(writer.write([polish]).keys == ["lukasz2020lodz"])
    }

    @Test func keyPatterns() throws {
        let p = seed.papers[0]
        func key(_ pattern: String) throws -> String { try CitationKeyPattern(pattern).key(for: p) }
        #expect(try key("[auth][year][shorttitle]") == "Cai2023Ske2GridSkeletonGrid")
        #expect(try key("[authEtAl]:[year]") == "CaiEtAl:2023")
        #expect(try key("[auth:upper][shortyear]") == "CAI23")
        #expect(try key("[veryshorttitle:lower]-x") == "ske2grid-x")
        #expect(throws: CitationKeyError.self) { try CitationKeyPattern("[nope]") }
        #expect(throws: CitationKeyError.self) { try CitationKeyPattern("[auth") }
    }

    /// `[auth]` takes the family name a source gives, as JabRef does: all of a name given whole
    /// (an institution), a family of two words whole, without the lowercase particles before it.
    @Test func keyOfAFamilyNameTheSourceGives() throws {
        var p = paper("Global Report on Tuberculosis", authors: [], year: 2021)
        p.authors = [Author(name: "World Health Organization", family: "World Health Organization")]
        #expect(writer.write([p]).keys == ["worldhealthorganization2021global"])
        p.authors = [Author(name: "Anna De Grassi", family: "De Grassi"), Author(name: "Jan van den Heuvel", family: "van den Heuvel")]
        #expect(writer.write([p]).keys == ["degrassi2021global"])
        #expect(try CitationKeyPattern("[authEtAl]").key(for: p) == "DeGrassiHeuvel")
        // Read from each format that says which part is the family name.
        let csl = FormatTests.read(#"[{"id": "who", "type": "report", "title": "Global Report on Tuberculosis", "author": [{"literal": "World Health Organization"}], "issued": {"date-parts": [[2021]]}}]"#, name: "who.json")
        #expect(writer.write(csl.papers).keys == ["worldhealthorganization2021global"])
        let ris = FormatTests.read("TY  - JOUR\nAU  - De Grassi, Anna\nTI  - Global Report\nPY  - 2021\nER  - \n", name: "a.ris")
        #expect(writer.write(ris.papers).keys == ["degrassi2021global"])
        // A name without a family keeps its last word.
        #expect(writer.write([paper("Global Report", authors: ["Anna De Grassi"], year: 2021)]).keys == ["grassi2021global"])
    }

    @Test func entryShape() {
        let text = writer.write([seed.papers[0]]).text
        #expect(text.hasPrefix("@misc{cai2023ske2grid,\n"))
        #expect(text.contains("  author = {Cai, Dongqi and Kang, Yangyuxuan and Yao, Anbang and others},\n"))
        #expect(text.contains("  title = {{Ske2Grid}: {Skeleton-to-Grid} Representation Learning for Action Recognition},\n"))
        #expect(text.contains("  month = aug,\n"))
        #expect(text.contains("  date = {2023-08-15},\n"))
        #expect(text.contains("  url = {https://github.com/OSVAI/Ske2Grid},\n"))
        #expect(text.contains("  keywords = {cs.CV},\n"))
        #expect(text.contains("  organization = {cambridge},\n"))
        let arxiv = paper("X", abstract: "See https://arxiv.org/abs/2308.07571 now.", year: 2023, links: ["https://arxiv.org/abs/2308.07571"])
        let a = writer.write([arxiv]).text
        #expect(a.contains("eprint = {2308.07571}") && a.contains("archivePrefix = {arXiv}") && a.contains("primaryClass = {cs.CV}"))
    }

    /// Math in a title (a .bib's or arXiv's, kept as it stands in the model) is written as math:
    /// not escaped into text, not cut by the braces that keep capitals. Dollars that are not
    /// math stay text. Read back, each title is the same.
    @Test func mathInATitleStaysMath() {
        let titles: [(String, String)] = [
            ("On $\\sigma$-models and $O(n \\log n)$ Sorting in ImageNet", "{On $\\sigma$-models and $O(n \\log n)$ Sorting in {ImageNet}}"),
            ("Deals at $5 and $10 Each", "{Deals at {\\$}5 and {\\$}10 Each}"),
            ("A $x_{1}$ and a lone $ sign", "{A $x_{1}$ and a lone {\\$} sign}"),
            ("Unbalanced $x}$ here", "{Unbalanced {\\$}x{\\textbraceright}{\\$} here}"),
        ]
        for (title, written) in titles {
            let text = writer.write([paper(title, abstract: "", year: 2020, links: [])]).text
            #expect(text.contains("  title = \(written),\n"), "\(text)")
            let back = readBack(text)
            #expect(back.papers.first?.title == title && back.diagnostics.isEmpty, "\(back.diagnostics)")
        }
    }

    /// Greek letters and math symbols in text (CSL, OpenAlex and ORCID titles carry them as
    /// Unicode) are written as `{\ensuremath{…}}`, which pdflatex sets, and read back as the
    /// characters; text in Greek script is left as it is; `$\alpha$` stays math.
    @Test func greekLettersAndMathSymbolsAreWrittenAsMath() {
        let titles: [(String, String)] = [
            ("The α-helix: Bounds ≤ 5 → ∞ for Δ-sparse ε", #"{The {\ensuremath{\alpha}}-helix: Bounds {\ensuremath{\leq}} 5 {\ensuremath{\rightarrow}} {\ensuremath{\infty}} for {\ensuremath{\Delta}}-sparse {\ensuremath{\varepsilon}}}"#),
            ("Η Ελληνική γλώσσα", "{Η Ελληνική γλώσσα}"),
            ("On $\\alpha$-stable laws and β", #"{On $\alpha$-stable laws and {\ensuremath{\beta}}}"#),
        ]
        for (title, written) in titles {
            let text = writer.write([paper(title, abstract: "Gains of 3× at γ ≈ 0.5", year: 2020, links: [])]).text
            #expect(text.contains("  title = \(written),\n"), "\(text)")
            #expect(text.contains(#"abstract = {Gains of 3× at {\ensuremath{\gamma}} {\ensuremath{\approx}} 0.5}"#), "\(text)")
            let back = readBack(text)
            #expect(back.papers.first?.title == title && back.diagnostics.isEmpty, "\(back.diagnostics)")
            #expect(back.papers.first?.abstract == "Gains of 3× at γ ≈ 0.5")
        }
        // Every character of the table reads back as itself, in text and in a braced group, and
        // --ascii reports none of them as unmapped.
        var unmapped = Set<Character>()
        for (char, command) in LaTeXText.mathCharacters {
            let encoded = LaTeXText.encodePlain("x\(char)y", ascii: true, unmapped: &unmapped)
            #expect(encoded == "x{\\ensuremath{\\\(command)}}y")
            #expect(LaTeXText.decodePlain(encoded) == "x\(char)y", "\(command)")
            #expect(LaTeXText.decodePlain("x\\ensuremath{\\\(command)}y") == "x\(char)y", "\(command)")
            #expect(LaTeXText.decodeSource(encoded) == "x\(char)y", "\(command)")
        }
        #expect(unmapped.isEmpty, "\(unmapped)")
        // Inside math, the characters are written as their commands (pdflatex sets them there
        // neither), a space after one that a letter follows.
        let math = writer.write([paper("Bounds $α≤βx$ and $\\mathbb{R}^n$", abstract: "", year: 2020, links: [])]).text
        #expect(math.contains(#"  title = {Bounds $\alpha\leq\beta x$ and $\mathbb{R}^n$},"#), "\(math)")
        #expect(LaTeXText.commandsInMath("$x_1$") == "$x_1$")
        // Math with spaces inside its dollars is math when it holds a command; prices are not.
        let spaced = writer.write([paper("Costs of $5 and $10 in $ \\Omega $", abstract: "", year: 2020, links: [])]).text
        #expect(spaced.contains(#"  title = {Costs of {\$}5 and {\$}10 in $ \Omega $},"#), "\(spaced)")
        // A command outside the table stays as a .bib wrote it.
        #expect(LaTeXText.decodeSource(#"{\ensuremath{\mathbb{R}}}"#) == #"{\ensuremath{\mathbb{R}}}"#)
    }

    @Test func namesWithParticlesAndHyphens() {
        var unmapped = Set<Character>()
        #expect(BibTeXNames.bibtex("Ming-Ming Cheng", ascii: false, unmapped: &unmapped) == "Cheng, Ming-Ming")
        #expect(BibTeXNames.bibtex("Jan van der Berg", ascii: false, unmapped: &unmapped) == "van der Berg, Jan")
        #expect(BibTeXNames.bibtex("Juan de la Cruz", ascii: false, unmapped: &unmapped) == "de la Cruz, Juan")
        #expect(BibTeXNames.bibtex("John Smith Jr.", ascii: false, unmapped: &unmapped) == "Smith, Jr., John")
        #expect(BibTeXNames.bibtex("Plato", ascii: false, unmapped: &unmapped) == "Plato")
        #expect(BibTeXNames.bibtex("Barnes and Noble", ascii: false, unmapped: &unmapped) == "{Barnes and Noble}")
        // A family name the source gave is kept whole (RIS, MEDLINE and CSL say which it is).
        #expect(BibTeXNames.bibtex("Anna De Grassi", ascii: false, unmapped: &unmapped) == "Grassi, Anna De")
        #expect(BibTeXNames.bibtex("Anna De Grassi", family: "De Grassi", ascii: false, unmapped: &unmapped) == "De Grassi, Anna")
        #expect(BibTeXNames.bibtex("Jan van der Berg", family: "van der Berg", ascii: false, unmapped: &unmapped) == "van der Berg, Jan")
        #expect(BibTeXNames.bibtex("Plato", family: "Plato", ascii: false, unmapped: &unmapped) == "Plato")
        // A name written whole (CSL's `literal`: its family is all of it) is braced whole.
        #expect(BibTeXNames.bibtex("World Health Organization", family: "World Health Organization", ascii: false, unmapped: &unmapped)
                == "{World Health Organization}")
        let csl = RecordFormats.cslJSON.read(Array(#"[{"id": "w", "type": "report", "title": "T", "issued": {"date-parts": [[2021]]}, "author": [{"literal": "World Health Organization"}, {"family": "van der Berg"}, {"given": "Anna", "family": "De Grassi"}]}]"#.utf8),
                                         ReadContext(fileName: "a.json", asOf: PaperDate(year: 2026, month: 11, day: 25)))
        let fromCSL = BibTeXWriter().write(csl.papers, library: Library(records: [("a.json", csl)])).text
        #expect(fromCSL.contains("author = {{World Health Organization} and {van der Berg} and De Grassi, Anna}"), "\(fromCSL)")
        let whole = BibTeXReader.read(fromCSL, fileName: "back.bib").papers.first?.authors
        #expect(whole?.map(\.name) == ["World Health Organization", "van der Berg", "Anna De Grassi"], "\(whole ?? [])")
        #expect(CSLWriter.write(BibTeXReader.read(fromCSL, fileName: "back.bib").papers, keys: ["w"]).contains(#"{"literal": "World Health Organization"}"#))
        let ris = RecordFormats.ris.read(Array("TY  - JOUR\nAU  - De Grassi, Anna\nAU  - de Medeiros, Luana Moreira\nTI  - T\nPY  - 2020\nER  -\n".utf8),
                                         ReadContext(fileName: "a.ris", asOf: PaperDate(year: 2026, month: 11, day: 25)))
        let written = BibTeXWriter().write(ris.papers, library: Library(records: [("a.ris", ris)])).text
        #expect(written.contains("author = {De Grassi, Anna and de Medeiros, Luana Moreira}"), "\(written)")
        let back = BibTeXReader.read(written, fileName: "back.bib").papers.first?.authors
        #expect(back?.map(\.name) == ["Anna De Grassi", "Luana Moreira de Medeiros"] && back?.first?.family == "De Grassi")
        for name in ["Ming-Ming Cheng", "Jan van der Berg", "Juan de la Cruz", "John Smith Jr.", "Plato", "Barnes and Noble", "Zoë Ångström"] {
            let raw = BibTeXNames.bibtex(name, ascii: false, unmapped: &unmapped)
            #expect(BibTeXNames.parts(ofBibTeXName: raw).display == name, "\(name)")
            let ascii = BibTeXNames.bibtex(name, ascii: true, unmapped: &unmapped)
            #expect(BibTeXNames.parts(ofBibTeXName: ascii).display == name, "\(name) ascii")
        }
    }

    @Test func abstractRule() {
        var u = Set<Character>()
        let source = #"Gains of $n>100$ and 3.6\% vs 72% at \url{https://x.org/a_b} with $\bm{108}\times$ and a_b & c#d ~ x^2 {ok} }odd{ 5$"#
        let encoded = LaTeXText.encodeSource(source, unmapped: &u)
        #expect(encoded == ##"Gains of $n>100$ and 3.6\% vs 72{\%} at \url{https://x.org/a_b} with $\bm{108}\times$ and a{\_}b {\&} c{\#}d {\textasciitilde} x{\textasciicircum}2 {ok} {\textbraceright}odd{\textbraceleft} 5{\$}"##)
        #expect(LaTeXText.decodeSource(encoded) == source)
        #expect(encoded.contains("$n>100$"))
        #expect(encoded.contains(#"3.6\%"#))
        #expect(encoded.contains(#"72{\%}"#))
        #expect(encoded.contains(#"$\bm{108}\times$"#))
        #expect(Self.balanced(encoded))
    }

    static func balanced(_ s: String) -> Bool {
        var depth = 0
        var escaped = false
        for c in s {
            if escaped { escaped = false; continue }
            if c == "\\" { escaped = true; continue }
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1; if depth < 0 { return false } }
        }
        return depth == 0
    }

    @Test(arguments: [
        "Braces } and { and }{ inside", "100% & #1 of $5 ~ x^2 _ under", #"Back\slash \"u and \textbf{x}"#,
        "@misc{x, title = {evil}}", "Quotes \"double\" and 'single'", "New\nline and\ttab", "Control \u{1B}[2J \u{07} bell",
        "論文のタイトル", "Cafe\u{0301} combining", "Emoji 👍🏽 title", "ImageNet CNNs BNN", "Trailing backslash \\", "Pages 1--2 and a---b -- c", "Two ''quotes'' and ``these``",
    ])
    func adversarialTitlesRoundTrip(_ title: String) throws {
        let p = paper(title, authors: [title.count > 3 ? "Ann {Lee}" : "Ann Lee", "Zoë Ångström-Ø"], year: 2020)
        let text = writer.write([p]).text
        #expect(Self.balanced(text), "\(text)")
        let back = readBack(text)
        #expect(back.diagnostics == [], "\(text)")
        #expect(back.papers.count == 1)
        // White space runs read back as one space, as BibTeX reads them.
        let collapsed = title.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).joined(separator: " ")
        #expect(back.papers.first?.title == collapsed, "\(text)")
        #expect(back.papers.first?.authors.map(\.name) == p.authors.map(\.name))
        // The same with an abstract made of the same text.
        let q = paper("T", abstract: title, year: 2020)
        // An abstract keeps its LaTeX (math, escapes) but its white space runs become one space too.
        #expect(readBack(writer.write([q]).text).papers.first?.abstract == collapsed)
    }

    @Test func asciiMode() {
        let w = BibTeXWriter(options: .init(ascii: true))
        let p = paper("Über Łódź 論", authors: ["Jürgen Müller"], year: 2020)
        let out = w.write([p])
        #expect(out.text.contains(#"{\"U}ber {\L}{\'o}d{\'z} 論"#))
        #expect(out.text.contains(#"M{\"u}ller, J{\"u}rgen"#))
        #expect(out.unmapped == ["論"])
        #expect(readBack(out.text).papers.first?.title == "Über Łódź 論")
    }
}

@Suite("BibTeX reader")
struct BibTeXReaderTests {
    func read(_ text: String) -> RecordContents { BibTeXReader.read(text, fileName: "t.bib") }
    func messages(_ r: RecordContents) -> [String] { r.diagnostics.map(\.description) }

    /// biblatex's data annotations give authors their ORCIDs (`author+an:orcid`, as citation-js
    /// and Better BibTeX write them): the owner is then found by ORCID, whatever the spelling.
    /// An annotation of a name's part, or of an item not there, is left aside.
    @Test func authorsTakeTheirORCIDsFromDataAnnotations() {
        let r = read(#"""
        @article{w, author = {Willighagen, Lars G. and Jongejans, Eelke and Third, A.},
          author+an:orcid = {1="0000-0002-4751-4637"; 2 = "https://orcid.org/0000-0003-1148-7419"; 3:family="x"; 9="0000-0002-1825-0097"},
          title = {Wing morphs}, journal = {Insect Conservation and Diversity}, date = {2024-03-02}}
        """#)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers[0].authors.map { $0.ids?.orcid } == ["0000-0002-4751-4637", "0000-0003-1148-7419", nil])
        let lib = Library(records: [("t.bib", r)], owner: "0000-0003-1148-7419")
        #expect(lib.papers[0].owner == .listed(position: 1))
        var unmapped = Set<Character>()
        #expect(BibTeXWriter().entry(r.papers[0], key: "w", unmapped: &unmapped).contains("author+an:orcid"), "written back as read")
    }

    /// A web page given in `howpublished`, `note` or `addendum` (`\url{…}`, `\href{…}{…}`, a bare
    /// address) is among the paper's links (and its code, on a repository host); a `howpublished`
    /// that is only an address is not the paper's venue. The entry is written back as it was read.
    @Test func webPagesInHowpublishedAndNoteAreLinks() {
        let text = """
        @misc{a, title = {Tool}, author = {Lee, Ann}, year = 2020, howpublished = {\\url{https://example.org/tool}}}
        @misc{b, title = {Data}, author = {Lee, Ann}, year = 2021, note = {Available at \\href{https://example.org/data}{the site}, 2024}}
        @misc{c, title = {Code}, author = {Lee, Ann}, year = 2022, howpublished = {\\href{https://github.com/x/y}{GitHub}}}
        @misc{d, title = {Page}, author = {Lee, Ann}, year = 2023, url = {https://example.org/page}, addendum = {See also https://example.org/more.}}
        @misc{e, title = {Talk}, author = {Lee, Ann}, year = 2023, howpublished = {Invited talk, ACL}}
        """
        let papers = read(text).papers
        #expect(papers.map(\.links) == [["https://example.org/tool"], ["https://example.org/data"], ["https://github.com/x/y"],
                                         ["https://example.org/page", "https://example.org/more"], []])
        #expect(papers.map(\.venue) == [nil, nil, "GitHub", nil, "Invited talk, ACL"])
        #expect(papers[2].hasCode && papers[2].codeLink == "https://github.com/x/y" && !papers[0].hasCode)
        let written = BibTeXWriter().write(papers).text
        #expect(written.contains("howpublished = {\\url{https://example.org/tool}}"), "\(written)")
        #expect(read(written).papers.map(\.links) == papers.map(\.links))
    }

    /// biblatex's `subtitle` is part of the title a paper is listed, searched and matched by; the
    /// entry is written back as it was read.
    @Test func aSubtitleJoinsTheTitle() {
        let r = read(#"""
        @report{doerr, title = "Definition of the {CRMarchaeo}", subtitle = "Extension of {CIDOC CRM}", year = 2019}
        @book{q, title = {Why?}, subtitle = {Because}, year = 2020}
        @book{s, subtitle = {Only a Subtitle}, year = 2021}
        @book{e, title = {Plain}, subtitle = {}, year = 2022}
        """#)
        #expect(r.papers.map(\.title) == ["Definition of the CRMarchaeo: Extension of CIDOC CRM", "Why? Because", "Only a Subtitle", "Plain"])
        let out = BibTeXWriter().write(r.papers).text
        #expect(out.contains("  title = {Definition of the {CRMarchaeo}},\n  subtitle = {Extension of {CIDOC CRM}},"), "\(out)")
        var session = SearchSession(index: SearchIndex(papers: r.papers))
        #expect(session.search(Query("title:cidoc")).count == 1)
    }

    @Test func realWorldConstructs() throws {
        let r = read(#"""
        % A comment line
        @string{ieee = "IEEE Transactions on " # {Pattern Analysis}}
        @preamble{ "\newcommand{\noop}[1]{}" }
        @comment{ this is ignored @misc{not, an = entry} }
        @Article{muller2020,
          author = {M{\"u}ller, J{\"{u}}rgen and Garc\'{i}a, Mar{\'\i}a and others},
          title = "The {ImageNet} {\&} {CNN} Story",
          journal = ieee # { and More},
          year = 2020, month = mar,
          note = {nested {braces {deep}} ok},
          unknownfield = {kept},
        }
        @InProceedings{child, crossref = {parent}, title = {Child}, author = {A. Author}}
        @Proceedings{parent, title = {Parent Book}, year = {2019}, publisher = {Pub}}
        @weirdtype(x1, title = {Parens}, year = {2001})
        """#)
        #expect(messages(r) == [])
        #expect(r.papers.count == 4)
        let m = r.papers[0]
        #expect(m.title == "The ImageNet & CNN Story")
        #expect(m.authors.map(\.name) == ["Jürgen Müller", "María García"])
        #expect(m.authorsTruncated)
        #expect(m.date == PaperDate(year: 2020, month: 3, day: 1, precision: .month))
        #expect(m.entry?.type == "article")
        #expect(m.entry?["journal"] == "IEEE Transactions on Pattern Analysis and More")
        #expect(m.entry?["unknownfield"] == "kept")
        #expect(m.entry?["note"] == "nested {braces {deep}} ok")
        #expect(m.entry?.fields.first { $0.name == "month" }?.raw == "mar")
        #expect(m.source.line == 5)
        let child = r.papers[1]
        // The child inherits what it lacks, but is kept (and written back) as written.
        #expect(child.venue == "Parent Book")
        #expect(child.entry?["booktitle"] == nil)
        #expect(child.entry?["crossref"] == "parent")
        #expect(child.year == 2019)
        #expect(r.papers[3].entry?.type == "weirdtype")
        #expect(r.papers[3].title == "Parens")
        // Written back, a .bib paper keeps its own type and fields.
        let out = BibTeXWriter().write([m]).text
        #expect(out.hasPrefix("@article{muller2020,"))
        #expect(out.contains("  unknownfield = {kept},"))
        #expect(out.contains("  month = mar,"))
    }

    @Test func brokenEntriesAreReportedAndTheNextOneLoads() {
        let r = read("""
        @article{ok1, title = {Fine}, year = {2020}}
        @article{unclosed, title = {Never closed, year = {2020}
        @article{ok2, title = {Also fine}}
        @article{, title = {No key}}
        @article{ok2, title = {Duplicate key}}
        @article{twice, title = {One}, title = {Two}}
        @article{macro, journal = nosuchmacro, title = {Has macro}}
        @article{ok3, title = {Last}}
        """)
        // The value that never closes is read to the end of its line.
        #expect(r.papers.map(\.title) == ["Fine", "Never closed, year = 2020", "Also fine", "No key", "Duplicate key", "One", "Has macro", "Last"])
        let m = messages(r)
        #expect(m.contains { $0.hasPrefix("t.bib:2:1: warning: unbalanced braces") })
        #expect(m.contains("t.bib:4:1: warning: @article entry has no key; expected '@article{key, …' (a key was made up)"))
        #expect(m.contains("t.bib:5:1: warning: duplicate key 'ok2'; both entries are kept"))
        #expect(m.contains("t.bib:6:1: warning: field 'title' is given twice in entry 'twice'; the first is kept"))
        #expect(m.contains("t.bib:7:1: warning: undefined macro 'nosuchmacro'; expected a @string defined before it (in this file or one named before it), or a value in braces; kept as 'nosuchmacro'"))
    }

    /// Large files are read in parts side by side; whatever the cuts, the result is a straight read's.
    @Test func partsGiveTheSameResultAsOneStraightRead() {
        func entries(_ range: Range<Int>) -> String {
            range.map { i in
                var e = "@article{key\(i % 397),\n  author = {Lee, Ann and Wu, Bo and others},\n  title = {Title number \(i)},\n"
                if i == 450 { e += "  crossref = {key3},\n" }
                if i == 300 { e += "  note = {never closed,\n" }
                e += "  abstract = {" + String(repeating: "Words {of} the $x_1$ abstract. ", count: 8) + "},\n  year = {2020}\n}\n"
                return e
            }.joined()
        }
        let plain = entries(0..<600)
        // A comment that holds an entry-like line, and a macro, both early: read in one part.
        let commented = "@comment{\n@misc{inside, title = {Not an entry}}\n}\n" + plain
        let macro = "@string{jn = {Journal}}\n" + plain + "@article{last, journal = jn}\n"
        for text in [plain, commented, macro] {
            let straight = BibTeXReader.read(text, fileName: "t.bib")
            #expect(straight.papers.count > 590)
            #expect(straight.diagnostics.contains { $0.message.hasPrefix("duplicate key 'key3'") })
            #expect(straight.diagnostics.contains { $0.message.hasPrefix("unbalanced braces in field 'note' of entry 'key300'") })
            #expect(straight.papers.first { $0.entry?["note"] == "never closed" } != nil)
            for parts in [2, 3, 5] {
                let r = BibTeXReader.read(Array(text.utf8), fileName: "t.bib", parts: parts)
                #expect(r.papers == straight.papers)
                #expect(r.diagnostics == straight.diagnostics)
            }
        }
        #expect(BibTeXReader.cuts(in: Array(plain.utf8), parts: 3).count == 4)
        #expect(BibTeXReader.cuts(in: Array(commented.utf8), parts: 3).count == 2)
        #expect(BibTeXReader.cuts(in: Array(macro.utf8), parts: 3).count == 2)
    }

    @Test func latin1IsReadWithAWarning() {
        var bytes = Array("@article{x, title = {Caf".utf8)
        bytes.append(0xE9)   // é in Latin-1
        bytes += Array("}, author = {M".utf8) + [0xFC] + Array("ller, Hans}}".utf8)
        let r = BibTeXReader.read(bytes, fileName: "old.bib")
        #expect(r.papers.first?.title == "Café")
        #expect(r.papers.first?.authors.first?.name == "Hans Müller")
        #expect(messages(r) == ["old.bib:1:1: warning: not valid UTF-8; read as Latin-1 (expected UTF-8 text, or an encoding stated in the file such as '% Encoding: windows-1252')"])
    }

    /// The encoding a file states, on any of its first lines (JabRef 2 wrote it on the second,
    /// after "This file was created with JabRef"), with any letters before it.
    @Test func anEncodingStatedPastTheFirstLine() {
        let heads = [
            "% This file was created with JabRef 2.10.\n% Encoding: UTF8\n\n@article{a, title = {One}}\n",
            "% İstanbul notes, ÅÄÖ\n\n% Encoding: windows-1252\n",
            "%% vim\n%% -*- coding: latin-1 -*-\n",
            "% Encoding\n% encoding:\n",
        ]
        #expect(heads.map { TextEncoding.stated(in: Array($0.utf8))?.name } == ["UTF8", "windows-1252", "latin-1", nil])
        #expect(heads.map { TextEncoding.stated(in: Array($0.utf8))?.encoding } == [.utf8, .windows1252, .latin1, nil])
        let r = read(heads[0])
        #expect(r.papers.map(\.title) == ["One"] && r.diagnostics.isEmpty, "\(messages(r))")
    }

    /// Lines ended by CR alone (a classic Mac OS file): a `%` comment ends with its line, and the
    /// entry after it is read (it was taken into the comment, with no word said).
    @Test func linesEndedByCarriageReturnsAlone() {
        let r = read("% Encoding: UTF-8\r\r@article{a,\r  title = {One},\r  year = 2001,\r}\r% a comment\r@article{b,\r  title = {Two}}\r")
        #expect(r.papers.map(\.title) == ["One", "Two"] && r.diagnostics.isEmpty, "\(messages(r))")
        #expect(r.papers.map(\.source.line) == [3, 8])
    }

    @Test func accentsToUnicode() {
        for (latex, text) in [(#"{\"o}"#, "ö"), (#"\'{e}"#, "é"), (#"{\l}"#, "ł"), (#"\c{c}"#, "ç"), (#"{\ss}"#, "ß"),
                              (#"\v{s}"#, "š"), (#"{\aa}"#, "å"), (#"\~n"#, "ñ"), (#"\^{\i}"#, "î"), (#"\&"#, "&"),
                              // A space before the accent's letter, as TeX reads it; ScienceDirect's glyphs by code.
                              (#"Trag{\" o}die"#, "Tragödie"), (#"\' e"#, "é"), (#"A\ElsevierGlyph{2014}B"#, "A—B"),
                              (#"\ElsevierGlyph{21B5}"#, "↵"), (#"\ElsevierGlyph{D800}"#, "D800"),
                              // An unknown command between words keeps them apart; a switch does not.
                              (#"Omega\Dash Adapting"#, "Omega Adapting"), (#"a{\em b}"#, "ab"), (#"x\relax y"#, "xy"),
                              (#"\TeX book"#, "TeXbook"), (#"go\-ing"#, "going"), (#"1\textmu F"#, "1µF"),
                              (#"methodology\hyphen independent"#, "methodology-independent"),
                              (#"Ro\textcommabelow sia"#, "Roșia"), (#"a\unknown b"#, "ab"), (#"a\Large b"#, "ab")] {
            #expect(LaTeXText.decodePlain(latex) == text, "\(latex)")
        }
    }

    @Test func emptyAndGarbage() throws {
        // Each reading must end: a loop that never did once hid behind the inputs below.
        let ended = finishing(within: 60) { () -> [Int] in
            func read(_ text: String) -> RecordContents { BibTeXReader.read(text, fileName: "t.bib") }
            var counts = [read("").diagnostics.first?.description.contains("no BibTeX entries found") == true ? 1 : 0]
            // The last once looped for ever: a stray `}` where a field should start, in an entry opened with `(`.
            counts += ["@", "@article", "@article{x", "@misc(k, }\"x\" = 1)"].map { read($0).papers.count }
            for seed in 0..<200 {
                var rng = SplitMix(seed: UInt64(seed))
                let alphabet = Array("@{}\"#=,() \nabc%\\article string".utf8)
                let bytes = (0..<Int(rng.next() % 300)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }
                _ = BibTeXReader.read(bytes, fileName: "r.bib")
            }
            return counts
        }
        let counts = try #require(ended, "a reading did not end within a minute")
        // Said so when empty; nothing from a lone `@` or a type without a body; a cut entry and
        // the one with a stray brace kept.
        #expect(counts == [1, 0, 0, 1, 1])
    }

    @Test func bibBesideAProfileMakesOneLibrary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-bib-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let bib = dir.appendingPathComponent("extra.bib")
        try "@article{yao2030x, author = {Yao, Anbang and Li, Chao}, title = {Future Work}, year = {2030}}".write(to: bib, atomically: true, encoding: .utf8)
        let lib = RecordLoader.load([Fixtures.seedPath, bib.path], asOf: Fixtures.asOf)
        #expect(lib.papers.count == 35)
        #expect(lib.papers[34].title == "Future Work")
        #expect(lib.papers[34].owner == .listed(position: 0))
        // Sniffed by content, whatever the name.
        let odd = dir.appendingPathComponent("refs.txt")
        try "\n% exported\n@misc{k, title = {Sniffed}}".write(to: odd, atomically: true, encoding: .utf8)
        #expect(RecordLoader.read(odd.path, asOf: Fixtures.asOf).papers.first?.title == "Sniffed")
    }
}
