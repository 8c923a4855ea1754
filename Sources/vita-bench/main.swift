import Foundation
import VitaCore
import VitaTUI

// Prints figures for Vita's speed and memory on synthetic records. No pass/fail: read the numbers.
// usage: vita-bench [--papers 1000,100000]

func currentRSS() -> Int {
    guard let statm = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8),
          let pages = Int(statm.split(separator: " ")[1]) else { return 0 }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

func peakRSS() -> Int {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return usage.ru_maxrss * 1024
}

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1e6) }
func ms(_ s: Double) -> String { String(format: "%.1f ms", s * 1000) }

growHeapsInLargeSteps()   // as vita does
var sizes = [1_000, 100_000]
let args = CommandLine.arguments
// `--write-dblp N FILE` only writes a DBLP-shaped dump of N records.
if let i = args.firstIndex(of: "--write-dblp"), i + 2 < args.count, let n = Int(args[i + 1]) {
    let size = try DBLPDump(records: n).write(to: URL(fileURLWithPath: args[i + 2]))
    print("wrote \(n) DBLP records, \(String(format: "%.1f MB", Double(size) / 1e6)), to \(args[i + 2])")
    exit(0)
}
// `--write-formats N DIR` only writes the other formats' samples (`--only formats` reads them).
if let i = args.firstIndex(of: "--write-formats"), i + 2 < args.count, let n = Int(args[i + 1]) {
    let out = URL(fileURLWithPath: args[i + 2])
    try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
    let files = try writeFormatFiles(papers: n, small: n, in: out)
    print("wrote \(n) papers in each of", [files.dblpPerson, files.s2Author, files.openAlex, files.openAlexFull, files.s2List].map(\.path).joined(separator: ", "))
    exit(0)
}
// `--write N FILE` only writes a synthetic record, for timing other tools on it.
if let i = args.firstIndex(of: "--write"), i + 2 < args.count, let n = Int(args[i + 1]) {
    let size = try SyntheticRecord(papers: n).write(to: URL(fileURLWithPath: args[i + 2]))
    print("wrote \(n) papers, \(mb(size)), to \(args[i + 2])")
    exit(0)
}
// `--read FILE [--times N]` only reads one record N times (default 20), as `--only formats` reads its
// samples: the best whole load (the record built) and the best of the reader alone, in MB/s.
// `--read FILE --typing "q1,q2"` types searches in the explorer over it instead; `--read FILE
// --charts` makes the whole record's charts, facets and people as the explorer makes them after
// its first frame, each timed, with the RSS, then the person prompt typed and a person opened
// (`--recentre`: only the graph re-centred on the most prolific, from the people kept beside the snapshot);
// `--read FILE --first-frame` times the explorer reopened on it to its first frame; `--read FILE
// --first-open [--times N]` its first open, with no snapshot yet, to its first frame and to its end;
// `--read FILE --memory` where its papers' memory goes, value by value.
if let i = args.firstIndex(of: "--read"), i + 1 < args.count {
    let times = args.firstIndex(of: "--times").flatMap { $0 + 1 < args.count ? Int(args[$0 + 1]) : nil } ?? 20
    // `--typing "q1,q2"`: instead, the record opened as the explorer opens it (through its
    // snapshot in the standard cache) and each query typed after `/`.
    if let t = args.firstIndex(of: "--typing"), t + 1 < args.count {
        let opened = RecordLoader.load([args[i + 1]], asOf: PaperDate(year: 2026, month: 11, day: 25), cache: SnapshotCache.standard())
        searchKeystrokes(opened.library, label: "opened", typing: args[t + 1].split(separator: ",").map(String.init))
    } else if args.contains("--first-frame") {
        // `--first-frame`: the explorer (the `vita` beside this program) reopened on the record, to
        // its first frame, with its memory then; the cache is the standard one, the state a scratch one.
        let vita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vita").path
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vita-bench-\(getpid())")
        printFirstFrame(vita, args[i + 1], env: [:], cache: scratch.path, readToo: false)
        try? FileManager.default.removeItem(at: scratch)
    } else if args.contains("--first-open") {
        // `--first-open`: the explorer opening the record with no snapshot (a scratch cache), to
        // its first frame, and until it has gone after `q` (its snapshot written behind it).
        let vita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vita").path
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("vita-bench-\(getpid())").path
        for _ in 0..<max(1, args.contains("--times") ? times : 1) { printExplorerFirstOpen(vita, args[i + 1], env: [:], scratch: scratch) }
    } else if args.contains("--memory") {
        paperMemory(URL(fileURLWithPath: args[i + 1]))
    } else if args.contains("--index") {
        // `--index`: the record read once, then its search index built `--times` times (3 by
        // default), each from memory handed back, as a first open builds it.
        indexBuilds(URL(fileURLWithPath: args[i + 1]), times: args.contains("--times") ? max(1, times) : 3)
    } else if args.contains("--recentre") {
        let opened = RecordLoader.load([args[i + 1]], asOf: PaperDate(year: 2026, month: 11, day: 25), cache: SnapshotCache.standard())
        recentringAlone(opened.library)
    } else if args.contains("--charts") {
        let opened = RecordLoader.load([args[i + 1]], asOf: PaperDate(year: 2026, month: 11, day: 25), cache: SnapshotCache.standard())
        wholeRecordCharts(opened.library)
        personPrompt(opened.library)
    } else {
        readFigures(URL(fileURLWithPath: args[i + 1]), times: max(1, times))
    }
    exit(0)
}
if let i = args.firstIndex(of: "--papers"), i + 1 < args.count {
    sizes = args[i + 1].split(separator: ",").compactMap { Int($0) }
}

let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-bench-\(getpid())")
try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(at: dir) }

// `--only parse|formats|merge|search|snapshot|dblp|bibtex|explorer|charts` runs one section. Without it, each section runs in
// a fresh process of its own, so no figure depends on the memory an earlier section left behind.
let only: String? = args.firstIndex(of: "--only").flatMap { $0 + 1 < args.count ? args[$0 + 1] : nil }
func wanted(_ section: String) -> Bool { only == section }
if !args.contains("--quiet") {
    print("vita-bench: synthetic profile records (release build recommended: swift run -c release vita-bench)")
}
if only == nil {
    fflush(nil)
    let me = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
    for section in ["parse", "formats", "charts", "search", "snapshot", "bibtex", "explorer"] {
        let p = Process()
        p.executableURL = me
        p.arguments = Array(args.dropFirst()) + ["--only", section, "--quiet"]
        try p.run()
        p.waitUntilExit()
    }
    try? FileManager.default.removeItem(at: dir)
    exit(0)
}

for n in sizes where wanted("parse") {
    let file = dir.appendingPathComponent("record-\(n).txt")
    let size = try SyntheticRecord(papers: n).write(to: file)
    let before = currentRSS()
    var library: Library?
    let t = seconds { library = RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25)) }
    let peak = peakRSS() - before
    let papers = library?.papers.count ?? 0
    print(String(format: "parse %7d papers  %@  %@  %6.1f MB/s  peak memory +%@ (%.2fx file)  diagnostics %d",
                 papers, mb(size), ms(t), Double(size) / 1e6 / t, mb(peak), Double(peak) / Double(size),
                 library?.diagnostics.count ?? 0))
    library = nil
}

// MARK: Search

func percentile(_ values: [Double], _ p: Double) -> Double {
    let sorted = values.sorted()
    return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
}

func searchFigures(papers n: Int) throws {
    let file = dir.appendingPathComponent("search-\(n).txt")
    let size = try SyntheticRecord(papers: n).write(to: file)
    let library = RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
    // Three builds (one machine hiccup does not make the figure): the median and the best.
    var index: SearchIndex?
    var builds: [Double] = []
    var memory = 0
    for _ in 0..<3 {
        index = nil
        let before = currentRSS()
        builds.append(seconds { index = SearchIndex(library: library) })
        if builds.count == 1 { memory = currentRSS() - before }   // later builds may reuse freed pages
    }
    print(String(format: "index %7d papers  build p50 %@ (best %@ of 3)  memory +%@", n, ms(percentile(builds, 0.5)),
                 ms(builds.min()!), mb(memory)))
    guard let index else { return }

    let queries: [(String, String)] = [
        ("one word", "network"), ("rare word", "quantization"), ("three words", "efficient sparse model"),
        ("prefix", "qua"), ("short prefix", "q"), ("phrase", "\"we propose\""), ("field", "author:\"chao li\" year:2019..2021"),
        ("negation", "network -sparse has:code"), ("or", "quantization OR distillation"),
    ]
    for (label, text) in queries {
        var times: [Double] = []
        var hits = 0
        for _ in 0..<200 {
            var session = SearchSession(index: index)
            times.append(seconds { hits = session.search(text).count })
        }
        print(String(format: "query %-13@ p50 %@  p99 %@  %6d hits  %@", label, ms(percentile(times, 0.5)), ms(percentile(times, 0.99)), hits, text))
    }
    // Keystroke by keystroke, as a person types: one session, the cache carried along.
    var typed: [Double] = []
    for _ in 0..<20 {
        var session = SearchSession(index: index)
        let word = "quantization"
        for end in word.indices {
            let prefix = String(word[...end])
            typed.append(seconds { _ = session.search(prefix) })
        }
    }
    print(String(format: "typing q…quantization  p50 %@  p99 %@ per keystroke", ms(percentile(typed, 0.5)), ms(percentile(typed, 0.99))))

    // End to end against ripgrep (else grep) on the same file: read, parse, index, answer.
    let vita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vita")
    if FileManager.default.isExecutableFile(atPath: vita.path) {
        // Written to a file: grep stops at the first match when its output is /dev/null.
        let out = dir.appendingPathComponent("end-to-end.out").path
        func run(_ tool: String, _ args: [String]) -> Double { spawnRun(tool, args, times: 5, output: out).seconds }
        let g = run(lineCounter.path, ["-c", "-i", "quantization", file.path])
        // Without a snapshot (`--only snapshot` measures with one).
        let listed = run(vita.path, ["search", "quantization", file.path, "--no-cache"])
        let v = run(vita.path, ["search", "quantization", file.path, "--count", "--no-cache"])
        let whole = run(vita.path, ["search", "quantization", file.path, "--count", "--strict", "--no-cache"])
        let name = lineCounter.name
        print(String(format: "end to end (%@): %@ -c -i %@; vita search --count %@ (%.1fx %@), listing %@ (%.1fx)",
                     mb(size), name, ms(g), ms(v), v / g, name, ms(listed), listed / g))
        print(String(format: "  reading every paper (--strict): %@ (%.1fx)", ms(whole), whole / g))
    } else {
        print("end to end: build the vita product too (swift build -c release) to compare with ripgrep or grep")
    }
}

// MARK: BibTeX

func bibtexFigures(papers n: Int) throws {
    let file = dir.appendingPathComponent("bib-\(n).txt")
    _ = try SyntheticRecord(papers: n).write(to: file)
    let library = RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
    var text = ""
    let export = seconds { text = BibTeXWriter().write(library.papers).text }
    let bytes = Array(text.utf8)
    var read = RecordContents()
    let parse = seconds { read = BibTeXReader.read(bytes, fileName: "bench.bib") }
    print(String(format: "bibtex %7d papers  export %@ (%@)  read back %@, %d entries, %d diagnostics",
                 n, ms(export), mb(bytes.count), ms(parse), read.papers.count, read.diagnostics.count))
}

// MARK: Explorer

/// Each query typed after `/`, a key at a time, five times: the time of each keystroke's search
/// and state update, and of each keystroke to its frame drawn at the state's size.
func typeSearches(_ state: inout AppState, _ queries: [String], file: String) -> (handling: [Double], frames: [Double], typed: [String]) {
    var keystrokes: [Double] = []
    var handling: [Double] = []
    var typed: [String] = []
    for query in queries {
        for round in 1...5 {
            _ = state.handle(.char("/"))
            var text = ""
            for c in query {
                var h = 0.0
                text.append(c)
                keystrokes.append(seconds {
                    h = seconds { _ = state.handle(.char(c)) }
                    _ = AppView.render(state, files: [file])
                })
                handling.append(h)
                typed.append("/\(text) (\(round))")
            }
            _ = state.handle(.escape)
        }
    }
    return (handling, keystrokes, typed)
}

/// The explorer's person prompt (`@`) over `library`: the people index made once (on another
/// thread in the explorer, while the list shows), a lookup of 20 rows for each of a few names,
/// then key to frame at 200x60 as a name is typed after `@` (five rounds) and Enter opens that
/// person's record (their papers listed, the charts following).
func personPrompt(_ library: Library, name: String = "wei wang 0003") {
    let before = currentRSS()
    var people = 0
    let build = seconds { people = library.peopleIndex.count }
    print(String(format: "  the person prompt: an index of %d people ready in %@ (+%@ RSS); a lookup, 20 rows:",
                 people, ms(build), mb(currentRSS() - before)))
    for typed in ["w", "wei", "wei wang", "wei wang 0001", "qz"] {
        var times: [Double] = []
        var total = 0
        for _ in 0..<5 { times.append(seconds { total = People.find(typed, in: library, limit: 20).total }) }
        // The first time a person is shown their coauthors are counted; then they are known.
        print(String(format: "    '%@': %@ the first time, %@ again (%d people match)", typed, ms(times[0]), ms(times.dropFirst().min()!), total))
    }
    // The search index made first, as the explorer's charts thread makes it after the first
    // frame (the list no longer waits for it): Enter's `person:` search is timed, not the index.
    library.searchIndex.prepare()
    var state = AppState(library: library, width: 200, height: 60)
    let file = library.files.first ?? ""
    _ = AppView.render(state, files: library.files)
    var keys: [Double] = [], typed: [String] = [], opened: [Double] = []
    var shown = 0
    for round in 1...5 {
        keys.append(seconds { _ = state.handle(.char("@")); _ = AppView.render(state, files: [file]) })
        typed.append("@ (\(round))")
        var text = ""
        for c in name {
            text.append(c)
            keys.append(seconds { _ = state.handle(.char(c)); _ = AppView.render(state, files: [file]) })
            typed.append("@\(text) (\(round))")
        }
        opened.append(seconds { _ = state.handle(.enter); _ = AppView.render(state, files: [file]) })
        shown = state.visible.count
        _ = state.handle(.escape)
    }
    print(String(format: "  person prompt key to frame at 200x60 ('%@' typed after @, five times): p50 %@, p99 %@; slowest %@; Enter (their record, %d papers): %@ the first time, median %@; RSS %@",
                 name, ms(percentile(keys, 0.5)), ms(percentile(keys, 0.99)), slowest(keys, typed), shown, ms(opened[0]),
                 ms(percentile(opened, 0.5)), mb(currentRSS())))
}

/// The `n` slowest keystrokes, each with what had been typed then and in which round.
func slowest(_ frames: [Double], _ typed: [String], _ n: Int = 3) -> String {
    zip(frames, typed).sorted { $0.0 > $1.0 }.prefix(n).map { "\($0.1) \(ms($0.0))" }.joined(separator: ", ")
}

/// What the explorer makes of the whole record after its first frame (on other threads): the
/// papers per year, the coauthor graph, the facets and the people, each timed in turn.
func wholeRecordCharts(_ library: Library) {
    let kept = library.keepsItsPapers ? "kept in memory" : "not kept (read again for each)"
    var parts: [String] = []
    func step(_ name: String, _ body: () -> Void) { parts.append("\(name) \(ms(seconds(body)))") }
    // The people first: the facets name their coauthors by them, and the coauthor graph reads
    // each paper's people from their numbers (as the explorer does on a record that does not keep its papers).
    step("people") { _ = library.peopleIndex }
    // Read from beside the snapshot, the people come without their numbers: the explorer makes
    // them on a record that does not keep its papers.
    if !library.keepsItsPapers { step("their numbers") { _ = library.personNumbers } }
    step("papers per year") { _ = Statistics(library: library, coauthors: false) }
    var graph: CoauthorGraph?
    step("coauthor graph") { graph = CoauthorGraph(library: library, people: ChartsState.graphPeople) }
    step("facets") { _ = Facets(library: library, indices: Array(0..<library.paperCount)) }
    print(String(format: "  the whole record's charts, %d papers, %@: %@; RSS %@",
                 library.paperCount, kept, parts.joined(separator: ", "), mb(currentRSS())))
    // Enter in view 3: the graph re-centred on one of the people drawn (the most prolific three).
    recentring(library, on: (graph?.nodes ?? []).dropFirst().prefix(3).map { ($0.key, $0.name) })
}

/// `--read FILE --recentre`: the graph re-centred on the three people of most papers after the
/// most published one (those the whole record's graph draws first around them), with no whole
/// record's charts made first: the people and their numbers only, as kept beside the snapshot.
func recentringAlone(_ library: Library) {
    let made = seconds { _ = library.peopleIndex; _ = library.personNumbers }
    let people = library.peopleIndex
    let top = (0..<people.count).sorted { people.paperCount($0) > people.paperCount($1) }.dropFirst().prefix(3)
    print(String(format: "  the people and their numbers %@, %d people; RSS %@", ms(made), people.count, mb(currentRSS())))
    recentring(library, on: top.map { (people.key($0), people.name($0)) })
}

/// The graph re-centred on each of `centres` among every paper shown (the whole record, newest
/// first), as the explorer makes it on Enter in view 3.
func recentring(_ library: Library, on centres: [(key: String, name: String)]) {
    let shown = library.searchIndex.dateOrder.map(Int.init)
    var centred: [String] = []
    // Each five times: the first (what Enter on them takes) and the median (the machine is shared).
    for centre in centres {
        var made: CoauthorGraph?
        let t = (0..<5).map { _ in seconds { made = CoauthorGraph.centred(on: centre, library: library, indices: shown, people: ChartsState.graphPeople) } }
        centred.append(String(format: "%@ (%d papers, %d coauthors) %@, median %@", centre.name, made?.papers ?? 0, max(0, (made?.allPeople ?? 1) - 1),
                              ms(t[0]), ms(percentile(t, 0.5))))
    }
    print("  re-centred on a person drawn (the first time, and the median of five): " + centred.joined(separator: "; ") + "; RSS " + mb(currentRSS()))
}

/// Search keystrokes in the explorer at 200x60 over `library`, each query typed five times.
func searchKeystrokes(_ library: Library, label: String, typing queries: [String]) {
    var state = AppState(library: library, width: 200, height: 60)
    let first = seconds { _ = AppView.render(state, files: library.files) }
    let (handling, frames, typed) = typeSearches(&state, queries, file: library.files.first ?? "")
    print(String(format: "  search keystroke to frame at 200x60, %@ (%@ typed; the first frame %@): p50 %@, p99 %@ (search and state update p99 %@), RSS %@; slowest %@",
                 label, queries.map { "/" + $0 }.joined(separator: ", "), ms(first), ms(percentile(frames, 0.5)),
                 ms(percentile(frames, 0.99)), ms(percentile(handling, 0.99)), mb(currentRSS()), slowest(frames, typed)))
}

/// A full frame of the explorer drawn into the Screen buffer, and the time from a search
/// keystroke to its frame (search, list rebuilt, frame drawn), over a large library.
func explorerFigures(papers n: Int) throws {
    let file = dir.appendingPathComponent("tui-\(n).txt")
    _ = try SyntheticRecord(papers: n).write(to: file)
    let library = RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
    // The search index made first, as the explorer's charts thread makes it after its first
    // frame: the keystrokes below time searches, not the index's making.
    library.searchIndex.prepare()
    var state = AppState(library: library, width: 200, height: 60)
    var frames: [Double] = []
    for i in 0..<200 {
        if i % 20 == 0 { _ = state.handle(.pageDown) }
        frames.append(seconds { _ = AppView.render(state, files: [file.path]) })
    }
    _ = state.handle(.enter)
    var details: [Double] = []
    for _ in 0..<100 { details.append(seconds { _ = AppView.render(state, files: [file.path]) }) }
    _ = state.handle(.escape)
    print(String(format: "render 200x60 list, %d papers  p50 %@  p99 %@;  with detail pane p50 %@  p99 %@",
                 n, ms(percentile(frames, 0.5)), ms(percentile(frames, 0.99)), ms(percentile(details, 0.5)), ms(percentile(details, 0.99))))
    let (handling, keystrokes, _) = typeSearches(&state, ["quantization"], file: file.path)
    print(String(format: "  of which search and state update  p50 %@  p99 %@", ms(percentile(handling, 0.5)), ms(percentile(handling, 0.99))))
    print(String(format: "search keystroke to frame (/quantization typed)  p50 %@  p99 %@", ms(percentile(keystrokes, 0.5)), ms(percentile(keystrokes, 0.99))))
    // Views 2 and 3 opened from the list, key to frame: the first time, and again (the usual case:
    // going back and forth), on the whole record and under a filter.
    func open(_ key: Character) -> Double {
        seconds {
            _ = state.handle(.char(key))
            _ = AppView.render(state, files: [file.path])
        }
    }
    _ = state.handle(.char("1"))
    let firstYears = open("2"); _ = state.handle(.char("1"))
    let firstPeople = open("3"); _ = state.handle(.char("1"))
    var again: [Double] = [], again3: [Double] = []
    for _ in 0..<5 { again.append(open("2")); again3.append(open("3")); _ = state.handle(.char("1")) }
    _ = state.handle(.char("/"))
    for c in "network" { _ = state.handle(.char(c)) }
    _ = state.handle(.enter)
    let filteredYears = open("2"), filteredPeople = open("3")
    var filteredGraph = CoauthorGraph(library: library, indices: [])
    let graphBuild = seconds { filteredGraph = CoauthorGraph(library: library, indices: state.visible) }
    let top = filteredGraph.top(state.defaultGraphLimit)
    let layoutTime = seconds { _ = GraphLayout.compute(top) }
    print(String(format: "  of view 3 under the filter: the graph of %d people, %d edges %@; the layout of %d %@",
                 filteredGraph.nodes.count, filteredGraph.edges.count, ms(graphBuild), top.nodes.count, ms(layoutTime)))
    print(String(format: "open view 2 / view 3, %d papers, key to frame: first, pressed at once %@ / %@;  again max %@ / %@;  filtered (%d shown) %@ / %@  RSS %@",
                 n, ms(firstYears), ms(firstPeople), ms(again.max() ?? 0), ms(again3.max() ?? 0), state.visible.count,
                 ms(filteredYears), ms(filteredPeople), mb(currentRSS())))
    // The explorer makes the whole record's charts on another thread as it opens: once they are
    // there, the first opening is as quick as the next ones.
    var fresh = AppState(library: library, width: 200, height: 60)
    var years = Statistics(library: library, coauthors: false), graph = CoauthorGraph(library: library)
    let ahead = seconds {
        years = Statistics(library: library, coauthors: false)
        graph = CoauthorGraph(library: library)
        fresh.prime(years: years, graph: graph)
    }
    func openFresh(_ key: Character) -> Double {
        seconds {
            _ = fresh.handle(.char(key))
            _ = AppView.render(fresh, files: [file.path])
        }
    }
    let primedYears = openFresh("2")
    _ = fresh.handle(.char("1"))
    let primedPeople = openFresh("3")
    print(String(format: "  charts made ahead in %@ (another thread, from the start); first opening then %@ / %@",
                 ms(ahead), ms(primedYears), ms(primedPeople)))
    // The facets panel counts what is shown: opened on the whole record (the worst case), a
    // search typed with it open (it counts again on every keystroke), a facet applied.
    var panel = AppState(library: library, width: 200, height: 60)
    func key(_ k: Key) -> Double {
        seconds {
            _ = Driver.press(k, state: &panel)
            _ = AppView.render(panel, files: [file.path])
        }
    }
    var record = Facets(library: library, indices: [])
    let countAll = seconds { record = Facets(library: library, indices: Array(library.papers.indices)) }
    let openPanel = key(.char("f"))
    _ = key(.escape)
    panel.prime(years: years, graph: graph, facets: record)
    let openPrimed = key(.char("f"))
    _ = key(.tab)
    _ = key(.char("/"))
    var typedWithPanel: [Double] = []
    for c in "network" { typedWithPanel.append(key(.char(c))) }
    _ = key(.enter)
    _ = key(.char("f"))
    let shown = panel.visible.count
    let applyFacet = key(.char(" "))
    print(String(format: "facets panel, %d papers: counting them all %@;  open, pressed at once %@, counted ahead %@;  search typed with it open p50 %@  max %@;  Enter then a facet applied to %d papers %@  RSS %@",
                 n, ms(countAll), ms(openPanel), ms(openPrimed), ms(percentile(typedWithPanel, 0.5)), ms(typedWithPanel.max() ?? 0), shown, ms(applyFacet), mb(currentRSS())))
}

// MARK: Charts

/// The coauthor layout of a 2,000-person graph with about 20,000 edges, and chart frames at 200x60.
func chartFigures() {
    var rng = SeededRandom(seed: 2026)
    var papers: [Paper] = []
    for i in 0..<3_000 {
        var authors = [Author(name: "Owner Person"), Author(name: "Person\(i % 2000) Name")]
        for _ in 0..<3 { authors.append(Author(name: "Person\(Int(rng.next() % 2000)) Name")) }
        papers.append(Paper(id: "p\(i)", title: "Paper \(i)", authors: authors,
                            date: PaperDate(year: 1990 + i % 35, month: 1, day: 1), category: ["CV", "AI", "NE", "GR"][i % 4],
                            source: SourceLocation(file: "bench", line: i + 1)))
    }
    let library = Library(papers: papers)
    let graph = CoauthorGraph(library: library)
    var positions: [GraphLayout.Point] = []
    var runs: [Double] = []
    for _ in 0..<5 { runs.append(seconds { positions = GraphLayout.compute(graph) }) }
    let same = GraphLayout.compute(graph) == positions
    print(String(format: "graph layout %d people, %d edges  p50 %@  max %@  deterministic: %@",
                 graph.nodes.count, graph.edges.count, ms(percentile(runs, 0.5)), ms(runs.max() ?? 0), same ? "yes" : "NO"))
    var blank: [Double] = []
    for _ in 0..<100 { blank.append(seconds { _ = Screen(width: 200, height: 60) }) }
    print(String(format: "empty 200x60 screen buffer p50 %@", ms(percentile(blank, 0.5))))
    var state = AppState(library: library, width: 200, height: 60)
    _ = state.handle(.char("2"))
    var years: [Double] = []
    for _ in 0..<100 { years.append(seconds { _ = AppView.render(state, files: ["bench"]) }) }
    _ = state.handle(.char("3"))
    var people: [Double] = []
    for _ in 0..<50 { people.append(seconds { _ = AppView.render(state, files: ["bench"]) }) }
    print(String(format: "render 200x60 papers-per-year p50 %@  p99 %@;  coauthor graph (%d people drawn) p50 %@  p99 %@",
                 ms(percentile(years, 0.5)), ms(percentile(years, 0.99)), (state.coauthorChart?.shown.nodes.count ?? 1) - 1,
                 ms(percentile(people, 0.5)), ms(percentile(people, 0.99))))
}

if wanted("charts") { chartFigures() }
if wanted("formats") { try formatFigures(papers: sizes.last ?? 100_000, in: dir) }
if wanted("merge") { try mergeFigures(papers: sizes.last ?? 100_000, in: dir) }
if wanted("search") { try searchFigures(papers: sizes.last ?? 100_000) }
if wanted("bibtex") { try bibtexFigures(papers: sizes.last ?? 100_000) }
if wanted("snapshot") { try snapshotFigures(papers: sizes.last ?? 100_000, in: dir) }
// `--only dblp [--papers N]`: a DBLP-shaped dump of N records (default 200,000), read, kept and reopened.
if wanted("dblp") { try dblpFigures(records: args.contains("--papers") ? (sizes.last ?? 200_000) : 200_000, in: dir) }
if wanted("explorer") { try explorerFigures(papers: sizes.last ?? 100_000) }
