import Foundation
import Testing
@testable import VitaCore

/// BibTeX as people write it: each case is distilled from a real bibliography (Zotero and Better
/// BibTeX, JabRef, Mendeley exports, biber's and TUGboat's files).
@Suite("BibTeX as people write it")
struct BibTeXAsWrittenTests {
    func read(_ text: String, file: String = "t.bib") -> RecordContents { BibTeXReader.read(text, fileName: file) }
    func library(_ files: [(String, String)]) -> Library {
        var macros: [BibTeXFileParts.Macro] = []
        var records: [(file: String, contents: RecordContents)] = []
        for (name, text) in files {
            let c = BibTeXReader.read(text, fileName: name, macros: macros)
            macros += c.bibtex?.macros ?? []
            records.append((name, c))
        }
        return Library(records: records)
    }

    @Test(arguments: [
        (#"{\textbf{ShapeBots}}: Shape-Changing Swarm Robots"#, "ShapeBots: Shape-Changing Swarm Robots"),
        (#"Graphs with {$E$} edges have pagenumber {$O(\sqrt{E})$}"#, #"Graphs with $E$ edges have pagenumber $O(\sqrt{E})$"#),
        ("The many faces of {\\TeX}: A survey of digital\n                 {METAfonts}", "The many faces of TeX: A survey of digital METAfonts"),
        (#"{\bf Bold} and {\em emphasis} and \emph{this} and \textsc{Small Caps}"#, "Bold and emphasis and this and Small Caps"),
        (#"\LaTeX{} and \BibTeX, \MF\ and \MP"#, "LaTeX and BibTeX, Metafont and MetaPost"),
        (#"Pages 1--2, a---b, x~y, 3\,000 \& more"#, "Pages 1–2, a—b, x y, 3 000 & more"),
        (#"G{\"o}del, Erd\H{o}s and {\ss}"#, "Gödel, Erdős and ß"),
        (#"\bibcyr{Vliyanie} of \unknowncmd{annealing}"#, "Vliyanie of annealing"),
        (#"See \url{https://x.org/a_b} and \href{https://y.org}{the site}"#, "See https://x.org/a_b and the site"),
        ("  Lots \t of\n\n space  ", "Lots of space"),
        (#"a\begin{it}b\end{it}c and \begin{center}Centred\end{center}"#, "abc and Centred"),
    ])
    func textAsAReaderSeesIt(_ latex: String, _ text: String) {
        #expect(LaTeXText.decodePlain(latex) == text)
    }

    @Test func titlesIdsAndSearchUseTheText() {
        let r = read(#"""
        @inproceedings{suzuki2019, author = {Suzuki, Ryo}, title = {{\textbf{ShapeBots}}: Shape-Changing Swarm Robots}, booktitle = {UIST}, year = {2019}}
        """#)
        let lib = Library(records: [("t.bib", r)])
        #expect(lib.papers[0].title == "ShapeBots: Shape-Changing Swarm Robots")
        #expect(lib.papers[0].id == "shapebots-shape-2019")
        var session = SearchSession(index: SearchIndex(library: lib))
        #expect(session.search("shapebots").count == 1)
    }

    @Test func venueIsSearchedWhateverFieldHoldsIt() {
        let r = read("""
        @article{watson1953, author = {Watson, James D.}, title = {Molecular Structure of Nucleic Acids}, journal = {Nature}, year = {1953}}
        @inproceedings{ishii1997, author = {Ishii, Hiroshi}, title = {Tangible Bits}, booktitle = {Proceedings of CHI 1997}, year = {1997}}
        @book{knuth1984, author = {Knuth, Donald}, title = {The TeXbook}, series = {Computers and Typesetting}, year = {1984}}
        @misc{web2020, author = {Doe, Jane}, title = {A Page}, howpublished = {Blog post}, year = {2020}}
        """)
        let lib = Library(records: [("t.bib", r)])
        #expect(lib.papers.map(\.venue) == ["Nature", "Proceedings of CHI 1997", "Computers and Typesetting", "Blog post"])
        var session = SearchSession(index: SearchIndex(library: lib))
        #expect(session.search("venue:nature").ranked == [0])
        #expect(session.search("nature").ranked == [0])
        #expect(session.search("venue:chi").ranked == [1])
        #expect(session.search("venue:typesetting").ranked == [2])
        #expect(session.search("venue:blog").ranked == [3])
    }

    @Test func everyEntryFieldIsAFilter() {
        let r = read(#"""
        @article{a, author = {Watson, James}, title = {Molecular Structure}, journal = {Nature}, doi = {10.1038/171737a0}, keywords = {dna, helix}, year = {1953}}
        @article{b, author = {Crick, Francis}, title = {Other}, journaltitle = {Nature Genetics}, publisher = {Springer {\&} Co}, year = {1954}}
        @misc{c, title = {Profile-like}, year = {2020}}
        """#)
        let lib = Library(records: [("t.bib", r)])
        var session = SearchSession(index: SearchIndex(library: lib))
        #expect(session.search("journal:nature").ranked.sorted() == [0, 1])
        #expect(session.search("journal:\"nature genetics\"").ranked == [1])
        #expect(session.search("doi:10.1038").ranked == [0])
        #expect(session.search("keywords:heli").ranked == [0])
        #expect(session.search("publisher:springer").ranked == [1])
        #expect(session.search("publisher:co -journal:genetics").ranked == [])
        #expect(session.search("year:1953 journal:nature").ranked == [0])
        let unknown = session.search("isbn:123")
        #expect(unknown.ranked == [])
        #expect(unknown.problems.map(\.description) == ["column 1: no paper has a field 'isbn'; the fields here: author, doi, journal, journaltitle, keywords, publisher, title, type, url, venue, year"])
        // Not fields: a link, a time.
        #expect(Query("https://x.org 10:30").entryFields.isEmpty)
    }

    @Test func macrosCarryAcrossFilesAndAreWrittenBackAsReferences() {
        let lib = library([
            ("abbrev.bib", #"@string{jacm = "Journal of the ACM"}"# + "\n@string{acm = {ACM}}\n@string{unused = {Unused}}"),
            ("refs.bib", "@article{tarjan1975, author = {Tarjan, Robert Endre}, title = {Efficiency}, journal = jacm, publisher = acm # { Press}, year = 1975}"),
        ])
        #expect(lib.diagnostics.isEmpty, "\(lib.diagnostics)")
        #expect(lib.papers.count == 1)
        let p = lib.papers[0]
        #expect(p.venue == "Journal of the ACM")
        #expect(p.entry?.fields.first { $0.name == "journal" }?.raw == "jacm")
        #expect(p.entry?["publisher"] == "ACM Press")
        let out = BibTeXWriter().write(lib.papers, library: lib).text
        #expect(out.hasPrefix("@string{jacm = {Journal of the ACM}}\n@string{acm = {ACM}}\n\n@article{tarjan1975,"), "\(out)")
        #expect(out.contains("  journal = jacm,\n"))
        #expect(out.contains("  publisher = acm # { Press},\n"))
        #expect(!out.contains("unused"))
        // The export stands alone: read by itself, it gives the same entry and macros.
        let back = read(out)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        #expect(back.papers.map(\.entry) == lib.papers.map(\.entry))
        #expect(back.bibtex?.macros.map(\.name) == ["jacm", "acm"])
    }

    @Test func anUndefinedMacroKeepsItsNameAndIsReported() {
        let r = read("@article{t, title = {T}, journal = jacm, year = 1975}")
        #expect(r.diagnostics.map(\.message) == ["undefined macro 'jacm'; expected a @string defined before it (in this file or one named before it), or a value in braces; kept as 'jacm'"])
        #expect(r.papers[0].venue == "jacm")
        let out = BibTeXWriter().write(r.papers).text
        #expect(out.contains("  journal = jacm,\n"))
        #expect(!out.contains("{}"))
    }

    @Test func preambleCommentsAndXdataSurviveAnExport() {
        let text = #"""
        @preamble{ "\providecommand{\bibcyr}[1]{#1}" }
        @comment{jabref-meta: groupstree:
        0 AllEntriesGroup:;}
        @xdata{pubdata, publisher = {Some Press}, location = {Berlin}}
        @article{ivanov2001, author = {Ivanov, Ivan}, title = {\bibcyr{Vliyanie} of annealing}, journal = {Fizika}, year = {2001}}
        @book{b2010, author = {Roe, Ann}, title = {A Book}, xdata = {pubdata}, year = {2010}}
        """#
        let lib = Library(records: [("t.bib", read(text))])
        #expect(lib.diagnostics.isEmpty, "\(lib.diagnostics)")
        #expect(lib.papers.count == 2, "an @xdata entry is no paper")
        #expect(lib.papers[0].title == "Vliyanie of annealing")
        let out = BibTeXWriter().write(lib.papers, library: lib).text
        #expect(out.hasPrefix(#"@preamble{ {\providecommand{\bibcyr}[1]{#1}} }"#), "\(out)")
        #expect(out.contains("@xdata{pubdata,\n  publisher = {Some Press},"))
        #expect(out.contains("@comment{jabref-meta: groupstree:\n0 AllEntriesGroup:;}"))
        #expect(out.contains("  xdata = {pubdata},"))
        // Only part of the file exported: its comments stay behind, its preamble comes along.
        let part = BibTeXWriter().write([lib.papers[0]], library: lib).text
        #expect(part.hasPrefix("@preamble{"))
        #expect(!part.contains("@comment") && !part.contains("@xdata"))
        // An @xdata entry named by an alias, and those it uses in turn, come along too: read
        // back, the book keeps what it inherits.
        let chained = Library(records: [("c.bib", read("""
        @xdata{loc, location = {London}}
        @xdata{mac, ids = {macalias}, year = {2001}, xdata = {loc}}
        @xdata{unused, note = {Not used}}
        @book{xd1, author = {Ellington, Edward}, title = {Chained}, xdata = {macalias}}
        """))])
        let chainedOut = BibTeXWriter().write(chained.papers, library: chained).text
        #expect(chainedOut.contains("@xdata{mac,") && chainedOut.contains("@xdata{loc,") && !chainedOut.contains("@xdata{unused,"), "\(chainedOut)")
        #expect(read(chainedOut).papers.first?.year == 2001)
    }

    @Test func keysAreKeptAndClashesReported() {
        let r = read("""
        @article{kim_2019, title = {Paper A}, author = {Kim, Alice}, journal = {J}, year = {2019}}
        @article{Kim_2019, title = {Paper B}, author = {Kim, Bob}, journal = {J}, year = {2019}}
        @article{Kim_2019a, title = {Paper C}, author = {Kim, Carol}, journal = {J}, year = {2019}}
        @article{kumāra, title = {Paper D}, author = {Kumāra, K.}, year = {2020}}
        @article{O'Hara_1999, title = {Paper E}, author = {O'Hara, Ann}, year = {1999}}
        """, file: "refs.bib")
        let w = BibTeXWriter().write(r.papers)
        #expect(w.keys == ["kim_2019", "Kim_2019b", "Kim_2019a", "kumāra", "O'Hara_1999"])
        #expect(w.keyChanges.map(\.description) == ["kim_2019 (refs.bib:1) and Kim_2019 (refs.bib:2) clash: the second is exported as Kim_2019b"])
        // Profile papers keep the keys they are given, and never take a key a .bib entry holds.
        let made = Paper(title: "Paper", authors: [Author(name: "Jo Kim")], date: PaperDate(year: 2019, month: 1, day: 1, precision: .year),
                         source: SourceLocation(file: "p.txt", line: 1))
        let mixed = BibTeXWriter(options: .init(keyPattern: try! CitationKeyPattern("[auth]_[year]"))).write([made] + r.papers)
        #expect(mixed.keys == ["Kim_2019b", "kim_2019", "Kim_2019c", "Kim_2019a", "kumāra", "O'Hara_1999"])
    }

    @Test func crossrefChildrenKeepTheirParentWhichIsWrittenAfterThem() {
        let text = """
        @proceedings{conf2020, title = {Proceedings of Conf}, year = {2020}, publisher = {Pub}}
        @inproceedings{child2020, author = {Lee, Ann}, title = {A Talk}, crossref = {conf2020}, pages = {1--2}}
        @article{other, author = {Wu, Bo}, title = {Other}, journal = {J}, year = {2021}}
        """
        let lib = Library(records: [("t.bib", read(text))])
        let child = lib.papers[1]
        #expect(child.venue == "Proceedings of Conf")
        #expect(child.year == 2020)
        let list = BibTeXWriter.withCrossrefParents([child, lib.papers[2]], in: lib)
        #expect(list.map { $0.entry!.key } == ["child2020", "other", "conf2020"])
        let out = BibTeXWriter().write(list, library: lib).text
        #expect(out.contains("  crossref = {conf2020},"))
        #expect(!out.contains("booktitle"))
        let all = BibTeXWriter.withCrossrefParents(lib.papers, in: lib)
        #expect(all.map { $0.entry!.key } == ["child2020", "other", "conf2020"])
    }

    @Test func crossrefAndXdataAsBiberResolvesThem() {
        let r = read("""
        @mvbook{mv, title = {Collected Works}, author = {Knuth, Donald}, year = {1990}}
        @book{vol1, title = {Volume One}, crossref = {mv}}
        @periodical{per, title = {Journal of Things}, year = {2001}}
        @article{art, author = {Roe, Ann}, title = {An Article}, crossref = {per}}
        @article{loop1, title = {Loop}, crossref = {loop2}}
        @article{loop2, title = {Loop two}, crossref = {loop1}}
        @book{bk, title = {Bar}, author = {Last, First}, year = {2021}}
        @inbook{ch, title = {A Chapter}, crossref = {bk}}
        @article{bare, crossref = {bk}}
        """)
        let byKey = Dictionary(uniqueKeysWithValues: r.papers.map { ($0.entry!.key, $0) })
        // A book's title is its chapter's booktitle; between other types a field keeps its name.
        #expect(byKey["ch"]?.title == "A Chapter" && byKey["ch"]?.venue == "Bar")
        #expect(byKey["bare"]?.title == "Bar" && byKey["bare"]?.authors.map(\.name) == ["First Last"])
        #expect(byKey["vol1"]?.authors.map(\.name) == ["Donald Knuth"])
        #expect(byKey["vol1"]?.title == "Volume One")
        #expect(byKey["art"]?.venue == "Journal of Things")
        #expect(byKey["art"]?.year == 2001)
        #expect(r.diagnostics.contains { $0.message.contains("inherits from itself") })
    }

    @Test func aliasesCommentedEntriesAndBiberDates() {
        let r = read("""
        @xdata{pub, ids = {pubalias}, publisher = {Macmillan}}
        @book{b1, author = {Doe, Jane}, title = {One}, xdata = {pubalias}, date = {199X}}
        @proceedings{conf, ids = {confalias}, title = {The Conference}, year = {2001}}
        @inproceedings{p1, author = {Roe, Ann}, title = {Two}, crossref = {confalias}}
        %@book{old, author = {Smith, Jr., Bill, Lee}
        %}
        @misc{m1, title = {Approximate}, date = {1034~}}
        @misc{m2, title = {Open start}, date = {../2004-01-01}}
        @misc{m3, title = {Season}, date = {2003-21}}
        @misc{m4, title = {Long year}, date = {Y17000002}}
        @misc{m5, title = {Devanagari}, date = {१९८७-०१-१५}}
        """)
        // biber's EDTF years of more than four digits are read, and said to be out of the range
        // a paper's date can have (orders, charts and keys hold -9999 to 9999); the entry stays.
        #expect(r.diagnostics.map(\.message) == ["entry 'm4': date 'Y17000002': year 17000002 is out of range; expected -9999 to 9999 (no date kept)"], "\(r.diagnostics)")
        let byKey = Dictionary(uniqueKeysWithValues: r.papers.map { ($0.entry!.key, $0) })
        #expect(byKey["old"] == nil)
        #expect(byKey["b1"]?.date?.iso == "1990")
        #expect(byKey["p1"]?.venue == "The Conference")
        #expect(byKey["p1"]?.year == 2001)
        #expect(["m1", "m2", "m3", "m4", "m5"].map { byKey[$0]?.date?.iso } == ["1034", "2004-01-01", "2003", nil, "1987-01-15"])
    }

    @Test func escapedBracesAreReportedAndWrittenSoBibTeXReadsThem() {
        let r = read("""
        @techreport{thiebaux93,
          author = {Sylvie Thi\\{'ebaux and Joachim Hertzberg},
          title = {A Stochastic Model of Actions and Plans},
          year = {1993},
        }
        """)
        #expect(r.diagnostics.map(\.message) == [#"'\{' or '\}' inside a value: bibtex counts them as braces, so for bibtex this value does not balance; Vita writes them as {\textbraceleft} and {\textbraceright}"#])
        #expect(r.papers[0].authors.count == 2)
        let out = BibTeXWriter().write(r.papers).text
        #expect(out.contains(#"author = {Sylvie Thi{\textbraceleft}'ebaux and Joachim Hertzberg},"#))
        #expect(BibTeXWriterTests.balanced(out.replacingOccurrences(of: "\\{", with: "{").replacingOccurrences(of: "\\}", with: "}")))
    }

    @Test func percentCommentsBetweenFieldsAsBiberReadsThem() {
        let r = read("""
        @book{smith2001,
          author = {Smith, Simon}, % checked against the title page
          % title = {An Old Title},
          title = {A Book About Things},
          publisher = {Some Press},
          year = {2001},
        }
        """)
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers[0].title == "A Book About Things")
        #expect(r.papers[0].entry?.fields.map(\.name) == ["author", "title", "publisher", "year"])
    }

    @Test func anUnclosedValueDoesNotSwallowTheFieldsAfterIt() {
        let r = read("""
        @article{gescheider2009,
          title = {The Effects of Skin Temperature on Tactile Detection},
          author = {Gescheider, G. A. and Thorpe, J. M.},
          year = 2009,
          publisher = {Taylor {{\\&} Francis},
          doi = {10.1080/08990229771042},
          journal = {Somatosensory {{\\&}} Motor Research},
          volume = {14}
        }

        @article{next2004, title = {Next Entry}, author = {Agrawal, Pyush}, year = 2004, journal = {ICMI}}
        """)
        #expect(r.papers.count == 2)
        let e = r.papers[0].entry!
        #expect(e["publisher"] == "Taylor {{\\&} Francis}")
        #expect(e["doi"] == "10.1080/08990229771042")
        #expect(r.papers[0].venue == "Somatosensory & Motor Research")
        #expect(e["volume"] == "14")
        #expect(r.diagnostics.map(\.description) == ["t.bib:5:1: warning: unbalanced braces in field 'publisher' of entry 'gescheider2009': its value ran on over the next lines; it was read to the end of its line (expected '}' before the line ends)"])
        // Written back, it is valid and reads back with no problem.
        let back = read(BibTeXWriter().write(r.papers).text)
        #expect(back.diagnostics.isEmpty, "\(back.diagnostics)")
        #expect(back.papers.map(\.entry) == r.papers.map(\.entry))
    }

    /// From TUGboat's bibliography (as biber's tests carry it): math broken over lines, and an
    /// author who is a command the file's preamble defines.
    @Test func mathOverLinesAndAnAuthorThatIsACommand() {
        let r = read("@article{h, author = \"Yannis Haralambous and \\Thanh\", title = \"{Never again {$ \\Omega\n                 $}-{Babel}}\", year = 1995}\n@article{e, author = {{} and ,}, title = {Nobody}}\n")
        #expect(r.papers.map(\.title) == ["Never again $ \\Omega $-Babel", "Nobody"])
        #expect(r.papers.map { $0.authors.map(\.name) } == [["Yannis Haralambous", "Thanh"], []])
    }

    @Test func aValueThatNeverClosesKeepsItsFirstLine() {
        // The file ends inside the title: the title is its first line, not "(untitled)".
        var r = read("@article{a1,\n  author = {Doe, Jane},\n  title = {Broken, year = 2019\n")
        #expect(r.papers.map(\.title) == ["Broken, year = 2019"])
        #expect(r.papers.first?.authors.map(\.name) == ["Jane Doe"])
        #expect(r.diagnostics.map(\.description).contains("t.bib:3:1: warning: unbalanced braces: the value opened here never closes; expected '}' (it was read to the end of its line)"))
        // A quoted value, its line ending in a comma, and the fields after it still fields.
        r = read("@article{a2,\n  title = \"Broken {quoted,\n  year = 2019,\n  journal = {J}\n")
        #expect(r.papers.map(\.title) == ["Broken quoted"])
        #expect(r.papers.first?.entry?.fields.first?.raw == "{Broken {quoted}}")
        #expect(r.papers.first?.year == 2019)
        #expect(r.papers.first?.venue == "J")
        // Running into the next entry: both entries load, the first with its title's first line.
        r = read("@article{a3,\n  title = {Runs {on\n  into\n@article{a4, title = {Fine}, year = 2020}\n")
        #expect(r.papers.map(\.title) == ["Runs on", "Fine"])
        // Written back, the recovered value is balanced and reads back the same.
        let back = read(BibTeXWriter().write(r.papers).text)
        #expect(back.papers.map(\.title) == ["Runs on", "Fine"])
    }

    @Test func namesInEveryForm() {
        let r = read("""
        @book{roorda2020, author = {Roorda, Dirk and family=Heuvel, given=Charles, prefix=van den, useprefix=false}, title = {Text as Data}, date = {2020}}
        @techreport{who2020, author = {{World Health Organization}}, title = {Global Tuberculosis Report 2020}, year = {2020}}
        @misc{lpt2015, author = {{{\\LaTeX} Project Team} and Knuth, Donald E.}, title = {{\\LaTeX} news, issue 21}, year = {2015}}
        @misc{adlai, author = {family=Stevenson, given=Adlai E., suffix=III, juniorcomma=true and family=Plato}, title = {Options}, year = {2001}}
        """)
        #expect(r.papers[3].authors.map(\.name) == ["Adlai E. Stevenson III", "Plato"])
        #expect(r.papers[0].authors.map(\.name) == ["Dirk Roorda", "Charles van den Heuvel"])
        #expect(r.papers[1].authors.map(\.name) == ["World Health Organization"])
        #expect(PaperSummary.shortAuthors(r.papers[1]) == "World Health Organization")
        #expect(r.papers[2].authors.map(\.name) == ["LaTeX Project Team", "Donald E. Knuth"])
        #expect(PaperSummary.shortAuthors(r.papers[2]) == "LaTeX Project Team, Knuth")
        #expect(PaperSummary.shortAuthors(r.papers[0]) == "Roorda, van den Heuvel")
        // Written back, extended names are in the form bibtex reads (it stops on `family=…`:
        // too many commas), and read back as the same people.
        let text = BibTeXWriter().write(r.papers).text
        #expect(text.contains("author = {Roorda, Dirk and van den Heuvel, Charles},"))
        #expect(text.contains("author = {Stevenson, III, Adlai E. and Plato},"))
        #expect(!text.contains("family="))
        #expect(read(text).papers.map { $0.authors.map(\.name) } == r.papers.map { $0.authors.map(\.name) })
        #expect(BibTeXNames.classicNameList("{family=de la Cruz, given=Juan and family=Doe, given={Jane, Q.} and others}")
                == "{{de la Cruz}, Juan and Doe, {Jane, Q.} and others}")
        #expect(BibTeXNames.classicNameList("\"given=Cher\"") == "\"Cher\"")
        #expect(BibTeXNames.classicNameList("{Doe, Jane}") == nil)
        // A `middle` part (biber's data model may add one) follows the given names.
        #expect(BibTeXNames.classicNameList("{uniquenametemplatename=test5, given={Arthur}, family={Smith}, middle={Smedley}}")
                == "{{Smith}, {Arthur} {Smedley}}")
        #expect(BibTeXNames.parts(ofBibTeXName: "given={Arthur}, family={Smith}, middle={Smedley}").display == "Arthur Smedley Smith")
        // biber's name hash id is no part of the name.
        #expect(BibTeXNames.parts(ofBibTeXName: "id=testid, given=Alfred, family=Adler").display == "Alfred Adler")
        #expect(BibTeXNames.classicNameList("{id=testid, given=Alfred, family=Adler}") == "{Adler, Alfred}")
        #expect(BibTeXNames.classicNameList("{a} # {family=Doe}") == nil)
    }

    @Test func datesAsBiberReadsThem() {
        let r = read("""
        @article{evans2016, author = {Evans, Ash}, title = {Stance}, journal = {L}, year = {2016}, month = {25}}
        @online{badmonth, author = {Doe, Jane}, title = {Month thirteen}, date = {1996-13-03}}
        @book{plato, author = {Plato}, title = {Republic}, date = {-0379-02}}
        @online{stamp, author = {Roe, Rick}, title = {Timestamped}, date = {2016-01-19T14:20:00.000Z}}
        @online{feb30, title = {No such day}, date = {2021-02-30}}
        @online{range, title = {A range}, date = {2023-08-15/2023-08-20}}
        @article{wos, title = {Web of Science}, year = {2018}, month = {{OCT 1}}}
        @article{braced, title = {Braced}, year = {2018}, month = {{June}}}
        @book{decade, title = {A decade}, date = {199u}}
        @book{century, title = {A century}, date = {19XX-05}}
        @book{xampl, title = {The day first}, year = 1986, month = "10~" # jan}
        @book{mayyear, title = {A year beside}, year = 2018, month = {May 2018}}
        @legislation{act, title = {An ordinal day}, year = "2002", month = "July 30th"}
        """)
        #expect(r.papers.map { $0.date?.iso } == ["2016", "1996", "-0379-02", "2016-01-19", "2021-02", "2023-08-15", "2018-10-01", "2018-06", "1990", "1900", "1986-01-10", "2018-05", "2002-07-30"])
        #expect(r.papers[2].year == -379)
        #expect(r.diagnostics.map(\.description) == [
            "t.bib:1:1: warning: entry 'evans2016': month: 25 is not a month; expected 1 to 12",
            "t.bib:2:1: warning: entry 'badmonth': date '1996-13-03': 13 is not a month; expected 1 to 12",
            "t.bib:5:1: warning: entry 'feb30': date '2021-02-30': day 30 does not exist in month 2; expected 1 to 28",
        ])
    }

    @Test(arguments: [
        ("% -*- coding: latin-9 -*-\n", TextEncoding.latin9, [0xA4, 0xBD], "€œ"),
        ("% Encoding: windows-1252\n", .windows1252, [0x93, 0x96, 0x80, 0xE9], "“–€é"),
        ("% -*- mode: bibtex; coding: iso-8859-2; -*-\n", .latin2, [0xA1, 0xE8, 0xF9], "Ąčů"),
        ("% !TEX encoding = ISO-8859-1\n", .latin1, [0xE9, 0xFC], "éü"),
    ] as [(String, TextEncoding, [UInt8], String)])
    func statedEncodingsAreHonoured(_ header: String, _ encoding: TextEncoding, _ bytes: [UInt8], _ text: String) {
        let file = Array(header.utf8) + Array("@misc{k, title = {".utf8) + bytes + Array("}, year = 2020}".utf8)
        #expect(TextEncoding.stated(in: file)?.encoding == encoding)
        let r = BibTeXReader.read(file, fileName: "old.bib")
        #expect(r.diagnostics.isEmpty, "\(r.diagnostics)")
        #expect(r.papers.first?.title == text)
    }

    @Test func encodingsWithoutAStatementOrUnknown() {
        let utf8 = Array("@misc{k, title = {Café}}".utf8)
        #expect(BibTeXReader.read(utf8, fileName: "a.bib").papers.first?.title == "Café")
        let unknown = Array("% Encoding: klingon\n@misc{k, title = {Caf".utf8) + [0xE9] + Array("}}".utf8)
        let r = BibTeXReader.read(unknown, fileName: "b.bib")
        #expect(r.papers.first?.title == "Café")
        #expect(r.diagnostics.map(\.message) == ["unknown encoding 'klingon'; expected UTF-8, Latin-1, Latin-2, Latin-9 or windows-1252 (read as Latin-1)"])
        let lying = Array("% Encoding: UTF-8\n@misc{k, title = {Caf".utf8) + [0xE9] + Array("}}".utf8)
        #expect(BibTeXReader.read(lying, fileName: "c.bib").diagnostics.map(\.message) == ["the file says it is UTF-8 but is not; read as Latin-1"])
    }

    @Test func asciiExportSpellsPunctuationInLaTeX() {
        let p = Paper(title: "Dashes — and – ‘quotes’ “double” and… a\u{00A0}space", authors: [Author(name: "Ann Lee")],
                      date: PaperDate(year: 2020, month: 1, day: 1, precision: .year), source: SourceLocation(file: "p.txt", line: 1))
        let out = BibTeXWriter(options: .init(ascii: true)).write([p])
        #expect(out.text.contains("title = {Dashes --- and -- `quotes' ``double'' and{\\ldots} a~space},"), "\(out.text)")
        #expect(out.text.utf8.allSatisfy { $0 < 0x80 })
        #expect(out.unmapped.isEmpty)
        let back = BibTeXReader.read(out.text, fileName: "x.bib").papers[0].title
        #expect(back == "Dashes — and – `quotes' “double” and… a space")
    }

    @Test func aFileOfOnlyMacrosIsNoProblem() {
        let r = read("@string{jacm = {Journal of the ACM}}\n")
        #expect(r.diagnostics.isEmpty)
        #expect(r.bibtex?.macros.map(\.text) == ["Journal of the ACM"])
    }
}
