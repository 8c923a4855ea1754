// libFuzzer targets for Vita's readers, built by scripts/fuzz with
// `swiftc -sanitize=fuzzer,address` together with VitaCore's and VitaTUI's sources (one module, so
// no import; the curses backend and the explorer's loop are left out).
// The target is chosen by VITA_FUZZ_TARGET: profile, bibtex, query, json (OpenAlex, Semantic
// Scholar, ORCID, CSL-JSON, JSON Lines), xml (DBLP, arXiv Atom, ORCID XML), ris (RIS, Web of Science and MEDLINE text), yaml (CSL-YAML),
// snapshot (a record's snapshot, checksums aside), people (the people kept beside one, likewise),
// theme (a theme file) or config (config.toml).
//
// Each checks more than "no crash": reading is deterministic (the same bytes give the same
// papers and diagnostics), what the views would show of a paper holds no control character,
// and what is written (BibTeX) reads back without a crash. libFuzzer's -timeout bounds the time
// an input may take.
import Foundation

nonisolated(unsafe) var fuzzTarget = "profile"
nonisolated(unsafe) var fuzzLibrary: Library?
/// The default theme, which a theme file is laid on.
nonisolated(unsafe) var fuzzBaseTheme = Theme.fallback

@_cdecl("LLVMFuzzerInitialize")
public func fuzzInitialize(_ argc: UnsafeMutablePointer<Int32>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>) -> Int32 {
    fuzzTarget = ProcessInfo.processInfo.environment["VITA_FUZZ_TARGET"] ?? "profile"
    let papers = (0..<50).map { i in
        Paper(id: "p\(i)", title: "Paper \(i) on quantization and networks", authors: [Author(name: "Ann Lee"), Author(name: "Bo \(i % 7)")],
              date: PaperDate(year: 2000 + i % 20, month: 1 + i % 12, day: 1), category: ["CV", "AI"][i % 2],
              abstract: "We propose method \(i) for sparse networks.", source: SourceLocation(file: "fuzz", line: i + 1))
    }
    fuzzLibrary = Library(papers: papers)
    fuzzBaseTheme = ThemeCatalog(userDirectory: nil).base()
    return 0
}

/// What a list row and the detail pane would show of a paper holds no control character.
func checkShown(_ paper: Paper) {
    let shown = [paper.title, paper.abstract, paper.venue ?? "", paper.affiliation ?? "", paper.category ?? ""]
        + paper.authors.map(\.name) + paper.links
    for field in shown {
        let visible = VisibleText.singleLine(field)
        if visible.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }) {
            fatalError("a control character reaches a display field: \(visible.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }
}

/// A problem with a theme or config file names a line of it, and shows without control characters.
func checkProblem(line: Int, message: String, in text: String) {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false).count
    if line < 1 || line > max(1, lines) { fatalError("a problem names line \(line) of a file of \(lines) lines") }
    if VisibleText.singleLine(message).unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        fatalError("a problem's message shows a control character")
    }
}

func fingerprint(_ r: RecordContents) -> String {
    r.papers.map { "\($0.id)|\($0.title)|\($0.authors.map(\.name))|\(String(describing: $0.date))" }.joined(separator: "\n")
        + "\n--\n" + r.diagnostics.map(\.description).joined(separator: "\n")
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTestOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let asOf = PaperDate(year: 2026, month: 11, day: 25)
    switch fuzzTarget {
    case "bibtex":
        let first = BibTeXReader.read(bytes, fileName: "fuzz.bib")
        let again = BibTeXReader.read(bytes, fileName: "fuzz.bib")
        if fingerprint(first) != fingerprint(again) { fatalError("reading the same BibTeX twice gave different results") }
        let library = Library(records: [("fuzz.bib", first)])
        library.papers.forEach(checkShown)
        let written = BibTeXWriter().write(library.papers, library: library).text
        if written.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" && $0 != "\t" && $0 != "\r" }) {
            fatalError("the BibTeX written holds a control character")
        }
        _ = BibTeXReader.read(written, fileName: "written.bib")
    case "json", "xml", "ris", "yaml":
        // RIS, Web of Science's and PubMed's tagged texts are read from the same inputs.
        let formats = ["json": [RecordFormats.cslJSON], "xml": [RecordFormats.dblp], "ris": [RecordFormats.ris, RecordFormats.wos, RecordFormats.pubmed],
                       "yaml": [RecordFormats.cslYAML]][fuzzTarget]!
        for format in formats {
            let context = ReadContext(fileName: "fuzz.\(fuzzTarget)", asOf: asOf)
            let first = format.read(bytes, context)
            let again = format.read(bytes, context)
            if fingerprint(first) != fingerprint(again) { fatalError("reading the same \(fuzzTarget) twice gave different results") }
            // Two sources merged, the same file against itself as another file: merging is total too.
            let library = Library(records: [("a.\(fuzzTarget)", first), ("b.\(fuzzTarget)", again)])
            library.papers.forEach(checkShown)
            _ = Metrics(papers: library.papers)
            let keys = library.papers.map(\.id)
            for written in [CSLWriter.write(library.papers, keys: keys), RISWriter.write(library.papers, keys: keys)] {
                if written.unicodeScalars.contains(where: { $0.value < 0x20 && $0 != "\n" }) { fatalError("a writer wrote a control character") }
            }
            _ = RecordFormats.cslJSON.read(Array(CSLWriter.write(library.papers, keys: keys).utf8), context)
        }
    case "snapshot":
        // A snapshot as a crafted file would be: past its checksums, straight to the reader, which
        // must refuse it or give a library and index that search without a crash, the same twice.
        let decode = { () -> (Library, SearchIndex)? in try? bytes.withUnsafeBytes { try Snapshot.decode($0) } }
        guard let (library, index) = decode() else { return 0 }
        guard let (again, _) = decode(), again.papers == library.papers, again.diagnostics == library.diagnostics else {
            fatalError("reading the same snapshot twice gave different results")
        }
        library.papers.forEach(checkShown)
        var session = SearchSession(index: index)
        for q in ["learning", "q", "\"neural network\"", "author:yao year:2019..2023", "-deep has:code", "doi:10", "cites:>=1"] {
            let a = session.search(Query(q))
            if a.ranked.contains(where: { $0 < 0 || $0 >= library.papers.count }) { fatalError("a search gave a paper that is not there") }
        }
        _ = library.people.count
        _ = Metrics(papers: library.papers)
    case "people":
        // A people file as a crafted one would be: past its header and checksum, straight to the
        // reader, which must refuse it or give an index whose every lookup stays in its arrays.
        guard let index = try? bytes.withUnsafeBytes({ try PeopleSnapshot.decode($0, papers: 50, owner: nil) }) else { return 0 }
        for q in ["", "a", "ann lee", "bo", "0001", "zz"] {
            let (found, total) = index.find(q, limit: 5)
            if found.count > total || found.contains(where: { $0 < 0 || $0 >= index.count }) { fatalError("a lookup gave a person who is not there") }
        }
        for p in 0..<min(index.count, 200) {
            _ = (index.name(p), index.key(p), index.ids(p), index.years(p), index.otherNames(p))
            if index.papers(p).contains(where: { $0 < 0 || $0 >= 50 }) { fatalError("a person has a paper that is not there") }
            _ = index.coauthors(of: p, limit: 3)
            if index.person(key: index.key(p)).map({ index.key($0) != index.key(p) }) == true { fatalError("a key found another person") }
        }
        // The person numbers kept with it: every paper's people are people it numbers.
        if let numbers = index.numbers {
            for i in 0..<50 {
                for s in numbers.of(paper: i) where s < 0 || Int(s) >= numbers.count { fatalError("a paper lists a person who is not there") }
                _ = (numbers.years[i], numbers.owned[i], numbers.truncated[i])
            }
            if numbers.positions.count != numbers.people.count { fatalError("places and people differ in number") }
        }
    case "theme":
        // A theme file laid on the default theme, as the explorer lays a user's own.
        let text = String(decoding: bytes, as: UTF8.self)
        func load() -> String {
            do {
                let t = try Theme.load(text, file: "fuzz.toml", name: "fuzz", base: fuzzBaseTheme)
                if t.looks.count < Theme.roleNames.count { fatalError("a theme lost roles of the one it was laid on") }
                return t.looks.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ";") + "|\(t.series)"
            } catch {
                checkProblem(line: error.line, message: error.description, in: text)
                return error.description
            }
        }
        if load() != load() { fatalError("loading the same theme twice gave different results") }
    case "config":
        let text = String(decoding: bytes, as: UTF8.self)
        let (config, problems) = Config.parse(text, file: "config.toml")
        let again = Config.parse(text, file: "config.toml")
        if again.0 != config || again.1 != problems { fatalError("reading the same config twice gave different results") }
        for p in problems { checkProblem(line: p.line, message: p.description, in: text) }
        // Keys given to actions: every binding keeps a key, and the help and hints are made.
        let table = Bindings.table(with: config.keys)
        if table.contains(where: { $0.keys.isEmpty }) { fatalError("a binding was left without a key") }
        for context in Context.allCases { _ = Bindings.hints(in: context, table: table) }
        _ = HelpView.maxScroll(Layout(width: 80, height: 24), table: table)
    case "query":
        let text = String(decoding: bytes, as: UTF8.self)
        var session = SearchSession(index: SearchIndex(library: fuzzLibrary!))
        let a = session.search(text)
        let b = session.search(text)
        if a.ranked != b.ranked || a.problems != b.problems { fatalError("the same query gave different results") }
    default:
        let first = ProfileReader.read(bytes, fileName: "fuzz.txt", asOf: asOf)
        let again = ProfileReader.read(bytes, fileName: "fuzz.txt", asOf: asOf)
        if fingerprint(first) != fingerprint(again) { fatalError("reading the same profile twice gave different results") }
        let library = Library(records: [("fuzz.txt", first)])
        library.papers.forEach(checkShown)
    }
    return 0
}
