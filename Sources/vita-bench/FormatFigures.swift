import Foundation
import VitaCore

/// Synthetic records in the newer formats, with the same papers (titles, authors, years,
/// abstracts) as `SyntheticRecord`, so their reading speeds compare with the profile reader's.
struct SyntheticWork {
    var title: String
    var authors: [String]
    var year: Int
    var abstract: String
    var citations: Int

    static func make(_ n: Int, seed: UInt64 = 42) -> [SyntheticWork] {
        var rng = Rng(seed: seed)
        return (0..<n).map { i in
            let title = "Paper\(i): " + (0..<(5 + Int(rng.next() % 8))).map { _ in SyntheticRecord.zipfWord(&rng) }.joined(separator: " ").capitalized
            let authors = (0..<(1 + Int(rng.next() % 4))).map { _ in
                SyntheticRecord.given[Int(rng.next() % UInt64(SyntheticRecord.given.count))] + " "
                    + SyntheticRecord.family[Int(rng.next() % UInt64(SyntheticRecord.family.count))]
            } + ["Synthetic Researcher"]
            var abstract = ""
            while abstract.utf8.count < 1420 { abstract += SyntheticRecord.zipfWord(&rng) + (rng.next() % 12 == 0 ? ". " : " ") }
            return SyntheticWork(title: title, authors: authors, year: 1990 + Int(rng.next() % 36), abstract: abstract,
                                 citations: Int(rng.next() % 400))
        }
    }

    static func json(_ s: String) -> String { CSLWriter.quote(s) }

    /// A stable id for a name (one person a name, as the synthetic record has them).
    static func personID(_ name: String) -> Int {
        var h: UInt64 = 0xcbf29ce484222325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(h % 10_000_000)
    }

    /// An OpenAlex work on one line (the JSON Lines snapshot form), with the abstract as OpenAlex
    /// gives it (an inverted index).
    func openAlexLine(_ i: Int) -> String {
        var positions: [String: [Int]] = [:]
        var order: [String] = []
        for (k, w) in abstract.split(separator: " ").enumerated() {
            let word = String(w)
            if positions[word] == nil { order.append(word) }
            positions[word, default: []].append(k)
        }
        let inverted = order.map { "\(Self.json($0)): [\(positions[$0]!.map(String.init).joined(separator: ","))]" }.joined(separator: ",")
        let authorships = authors.enumerated().map { k, a in
            "{\"author_position\": \"\(k == 0 ? "first" : k == authors.count - 1 ? "last" : "middle")\", \"author\": {\"id\": \"https://openalex.org/A\(Self.personID(a))\", \"display_name\": \(Self.json(a)), \"orcid\": null}, \"institutions\": []}"
        }.joined(separator: ", ")
        return "{\"id\": \"https://openalex.org/W\(100_000_000 + i)\", \"doi\": \"https://doi.org/10.5555/bench.\(i)\", \"title\": \(Self.json(title)), \"display_name\": \(Self.json(title)), \"publication_year\": \(year), \"publication_date\": \"\(year)-03-01\", \"type\": \"article\", \"primary_location\": {\"source\": {\"display_name\": \"Journal of Benchmarks\"}}, \"authorships\": [\(authorships)], \"cited_by_count\": \(citations), \"counts_by_year\": [{\"year\": 2025, \"cited_by_count\": \(citations / 3)}, {\"year\": 2024, \"cited_by_count\": \(citations / 4)}], \"updated_date\": \"2026-10-01T00:00:00\", \"abstract_inverted_index\": {\(inverted)}}"
    }

    /// The same work as OpenAlex's snapshot gives it in full: besides what `openAlexLine` holds,
    /// what a real work carries and Vita does not read (its referenced and related works, concepts,
    /// topics, locations, open access, percentiles…) and its authorships with their institutions.
    /// About 14 KB a work, as works with an abstract and references are in OpenAlex.
    func openAlexFullLine(_ i: Int) -> String {
        var line = openAlexLine(i)
        line.removeLast()   // its closing brace
        let w = { (k: Int) in "\"https://openalex.org/W\(200_000_000 + (i &* 7919 &+ k &* 104_729) % 90_000_000)\"" }
        let institution = { (k: Int) in
            "{\"id\": \"https://openalex.org/I\(1_000 + (i + k) % 5_000)\", \"display_name\": \"University of Benchmarks \((i + k) % 5_000)\", \"ror\": \"https://ror.org/0\(String((i + k) % 5_000, radix: 36))bench\", \"country_code\": \"GB\", \"type\": \"education\", \"lineage\": [\"https://openalex.org/I\(1_000 + (i + k) % 5_000)\"]}"
        }
        let concept = { (k: Int) in
            "{\"id\": \"https://openalex.org/C\(41_008_148 + k * 97)\", \"wikidata\": \"https://www.wikidata.org/wiki/Q\(21_198 + k)\", \"display_name\": \"Concept \(k)\", \"level\": \(k % 4), \"score\": 0.\(50 + k)}"
        }
        let topic = { (k: Int) in
            "{\"id\": \"https://openalex.org/T\(10_000 + (i + k) % 4_500)\", \"display_name\": \"Topic \(k) of benchmarks\", \"score\": 0.9\(k), \"subfield\": {\"id\": \"https://openalex.org/subfields/1702\", \"display_name\": \"Artificial Intelligence\"}, \"field\": {\"id\": \"https://openalex.org/fields/17\", \"display_name\": \"Computer Science\"}, \"domain\": {\"id\": \"https://openalex.org/domains/3\", \"display_name\": \"Physical Sciences\"}}"
        }
        let source = "{\"id\": \"https://openalex.org/S\(4_210_000_000 + i % 1_000)\", \"display_name\": \"Journal of Benchmarks\", \"issn_l\": \"1234-5678\", \"issn\": [\"1234-5678\", \"8765-4321\"], \"is_oa\": false, \"is_in_doaj\": false, \"is_core\": true, \"host_organization\": \"https://openalex.org/P4310320990\", \"host_organization_name\": \"Elsevier BV\", \"host_organization_lineage\": [\"https://openalex.org/P4310320990\"], \"host_organization_lineage_names\": [\"Elsevier BV\"], \"type\": \"journal\"}"
        let location = { (k: Int) in
            "{\"is_oa\": \(k > 0), \"landing_page_url\": \"https://doi.org/10.5555/bench.\(i)\", \"pdf_url\": \(k > 0 ? "\"https://example.org/\(i).pdf\"" : "null"), \"source\": \(source), \"license\": \(k > 0 ? "\"cc-by\"" : "null"), \"license_id\": null, \"version\": \"publishedVersion\", \"is_accepted\": true, \"is_published\": true}"
        }
        let more = [
            "\"ids\": {\"openalex\": \"https://openalex.org/W\(100_000_000 + i)\", \"doi\": \"https://doi.org/10.5555/bench.\(i)\", \"mag\": \"\(3_000_000_000 + i)\"}",
            "\"language\": \"en\"",
            "\"open_access\": {\"is_oa\": true, \"oa_status\": \"green\", \"oa_url\": \"https://example.org/\(i).pdf\", \"any_repository_has_fulltext\": true}",
            "\"institution_assertions\": []",
            "\"countries_distinct_count\": 2", "\"institutions_distinct_count\": 3",
            "\"corresponding_author_ids\": [\"https://openalex.org/A\(Self.personID(authors[0]))\"]",
            "\"corresponding_institution_ids\": [\"https://openalex.org/I\(1_000 + i % 5_000)\"]",
            "\"apc_list\": {\"value\": 2990, \"currency\": \"USD\", \"value_usd\": 2990, \"provenance\": \"doaj\"}",
            "\"apc_paid\": null", "\"fwci\": 1.234", "\"has_fulltext\": true", "\"fulltext_origin\": \"ngrams\"",
            "\"cited_by_percentile_year\": {\"min\": 90, \"max\": 91}",
            "\"citation_normalized_percentile\": {\"value\": 0.912, \"is_in_top_1_percent\": false, \"is_in_top_10_percent\": true}",
            "\"biblio\": {\"volume\": \"\(1 + i % 60)\", \"issue\": \"\(1 + i % 12)\", \"first_page\": \"\(1 + i % 900)\", \"last_page\": \"\(12 + i % 900)\"}",
            "\"is_retracted\": false", "\"is_paratext\": false",
            "\"primary_topic\": \(topic(0))", "\"topics\": [\((0..<3).map(topic).joined(separator: ", "))]",
            "\"keywords\": [{\"id\": \"https://openalex.org/keywords/benchmark\", \"display_name\": \"Benchmark\", \"score\": 0.61}, {\"id\": \"https://openalex.org/keywords/synthetic-data\", \"display_name\": \"Synthetic data\", \"score\": 0.42}]",
            "\"concepts\": [\((0..<10).map(concept).joined(separator: ", "))]",
            "\"mesh\": []", "\"locations_count\": 2", "\"locations\": [\(location(0)), \(location(1))]",
            "\"best_oa_location\": \(location(1))",
            "\"sustainable_development_goals\": [{\"id\": \"https://metadata.un.org/sdg/4\", \"display_name\": \"Quality education\", \"score\": 0.41}]",
            "\"grants\": []", "\"datasets\": []", "\"versions\": []",
            "\"referenced_works_count\": 45", "\"referenced_works\": [\((0..<45).map(w).joined(separator: ", "))]",
            "\"related_works\": [\((45..<55).map(w).joined(separator: ", "))]",
            "\"cited_by_api_url\": \"https://api.openalex.org/works?filter=cites:W\(100_000_000 + i)\"",
            "\"created_date\": \"2021-06-01\"",
        ]
        // The authorships in full: institutions, countries, the name as printed and affiliations.
        let full = authors.enumerated().map { k, a in
            "{\"author_position\": \"\(k == 0 ? "first" : k == authors.count - 1 ? "last" : "middle")\", \"author\": {\"id\": \"https://openalex.org/A\(Self.personID(a))\", \"display_name\": \(Self.json(a)), \"orcid\": null}, \"institutions\": [\(institution(k))], \"countries\": [\"GB\"], \"is_corresponding\": \(k == 0), \"raw_author_name\": \(Self.json(a)), \"raw_affiliation_strings\": [\"University of Benchmarks \((i + k) % 5_000), Cambridge, UK\"], \"affiliations\": [{\"raw_affiliation_string\": \"University of Benchmarks \((i + k) % 5_000), Cambridge, UK\", \"institution_ids\": [\"https://openalex.org/I\(1_000 + (i + k) % 5_000)\"]}]}"
        }.joined(separator: ", ")
        let lean = line.range(of: "\"authorships\": [")!
        let end = line[lean.upperBound...].range(of: "], \"cited_by_count\"")!
        line.replaceSubrange(lean.upperBound..<end.lowerBound, with: full)
        return line + ", " + more.joined(separator: ", ") + "}"
    }

    func s2Paper(_ i: Int) -> String {
        let authors = self.authors.map { a in "{\"authorId\": \"\(Self.personID(a))\", \"name\": \(Self.json(a))}" }.joined(separator: ", ")
        return "{\"paperId\": \"\(String(format: "%040x", i))\", \"externalIds\": {\"DOI\": \"10.5555/bench.\(i)\", \"CorpusId\": \(i)}, \"title\": \(Self.json(title)), \"abstract\": \(Self.json(abstract)), \"venue\": \"Journal of Benchmarks\", \"year\": \(year), \"citationCount\": \(citations), \"authors\": [\(authors)]}"
    }

    func dblpRecord(_ i: Int) -> String {
        let authors = self.authors.map { "<author>\(Self.xml($0))</author>" }.joined()
        return "<r><article key=\"journals/bench/P\(i)\" mdate=\"2026-01-01\">\(authors)<title>\(Self.xml(title)).</title><pages>\(i % 900 + 1)-\(i % 900 + 12)</pages><year>\(year)</year><volume>\(year - 1980)</volume><journal>J. Bench.</journal><ee>https://doi.org/10.5555/bench.\(i)</ee><url>db/journals/bench/bench\(year).html#P\(i)</url></article></r>\n"
    }

    static func xml(_ s: String) -> String {
        var out = ""
        for c in s.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "ü": out += "&uuml;"
            case "ö": out += "&ouml;"
            case "ë": out += "&euml;"
            case "í": out += "&iacute;"
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}

/// Reads a record `times` times (best of them: the machine is shared) and prints the whole load's
/// MB/s and the reader's alone (to the papers, before the record is built: ids, duplicates, people).
@discardableResult
func measureRead(_ label: String, _ url: URL, papers expected: Int? = nil, times: Int = 3) -> (Library, Double) {
    let asOf = PaperDate(year: 2026, month: 11, day: 25)
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    let before = currentRSS()
    var library: Library!
    var best = Double.infinity
    // A small file is read more times (about half a second of runs, at most 200): the best of
    // three runs of ten milliseconds says more about the machine's other work than the reader.
    var (run, runs) = (0, times)
    while run < runs {
        // The previous run's library freed before the clock starts, not timed with this one,
        // and its memory handed back: each run takes its memory from the system, as a process
        // opening the record does (reusing the last run's, a run of 100,000 papers took a third
        // less time).
        library = nil
        handBackFreedMemory()
        let t = seconds { library = RecordLoader.load([url.path], asOf: asOf) }
        best = min(best, t)
        if run == 0 { runs = max(times, min(200, Int(0.5 / max(t, 1e-6)))) }
        run += 1
    }
    let rate = Double(size) / 1e6 / best
    var reader = Double.infinity
    // Each run's papers freed before the next run starts, not timed with it.
    var kept: [RecordContents] = []
    for _ in 0..<runs {
        kept.removeAll()
        handBackFreedMemory()
        reader = min(reader, seconds { kept.append(RecordLoader.read(url.path, asOf: asOf)) })
    }
    kept.removeAll()
    let unexpected = expected.map { library.papers.count == $0 ? "" : "  (expected \($0) papers)" } ?? ""
    print(String(format: "read %-38@ %7d papers  %@  %@  %6.1f MB/s  RSS +%@  diagnostics %d%@  (the reader alone %@, %.1f MB/s)",
                 label as NSString, library.papers.count, mb(size), ms(best), rate, mb(max(0, currentRSS() - before)),
                 library.diagnostics.count, unexpected, ms(reader), Double(size) / 1e6 / reader))
    return (library, rate)
}

/// `--read FILE`: one record, read as the format samples are.
func readFigures(_ url: URL, times: Int) {
    measureRead(url.lastPathComponent, url, times: times)
}

func formatFigures(papers n: Int, in dir: URL) throws {
    func measure(_ label: String, _ url: URL, papers expected: Int) -> (Library, Double) {
        measureRead(label, url, papers: expected)
    }
    let profile = dir.appendingPathComponent("formats-profile-\(n).txt")
    _ = try SyntheticRecord(papers: n).write(to: profile)
    let files = try writeFormatFiles(papers: n, small: 1_000, in: dir)
    // The small files first, with the process's memory as fresh as when a person's file is
    // opened: read after records of 100,000 papers were made and freed, they took half as long
    // again (the allocator's free lists, not the readers).
    let (_, dblpRate) = measure("DBLP person XML", files.dblpPerson, papers: 1_000)
    let (_, s2Rate) = measure("Semantic Scholar author JSON", files.s2Author, papers: 1_000)
    // The profile reader's speed on the same papers, the figure the others are held to.
    let (_, profileRate) = measure("profile text (the yardstick)", profile, papers: n)
    let (openAlex, oaRate) = measure("OpenAlex JSON Lines, what Vita reads", files.openAlex, papers: n)
    // The same works in full, as OpenAlex's snapshot holds them (about three times the bytes).
    let oaFullRate = measure("OpenAlex JSON Lines, full works", files.openAlexFull, papers: n).1
    let (s2Library, _) = measure("Semantic Scholar list JSON", files.s2List, papers: n)
    for (name, rate) in [("DBLP person", dblpRate), ("S2 author", s2Rate), ("OpenAlex JSON Lines, what Vita reads", oaRate),
                         ("OpenAlex JSON Lines, full works", oaFullRate)] {
        print(String(format: "  %@ at %.2fx the profile reader's MB/s (%.1f)%@", name as NSString, rate / profileRate, profileRate,
                     rate >= profileRate ? "" : "  BELOW the target"))
    }
    // The first open of each OpenAlex file as `vita cache build` makes it, with its peak memory
    // beside the file's size (the target: at most 1.5 times).
    let vita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vita").path
    if FileManager.default.isExecutableFile(atPath: vita) {
        for (name, url) in [("what Vita reads", files.openAlex), ("full works", files.openAlexFull)] {
            let cache = dir.appendingPathComponent("formats-cache").path
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            let open = firstOpen(vita, url.path, asOf: ["--as-of", "2026-11-25"], env: ["XDG_CACHE_HOME": cache], cache: cache,
                                 output: dir.appendingPathComponent("formats-first-open.out").path)
            print("first open of OpenAlex JSON Lines, \(name) (\(mb(size))), vita cache build: " + describe(open, recordBytes: size))
            try? FileManager.default.removeItem(atPath: cache)
        }
    } else {
        print("first open of OpenAlex JSON Lines: build the vita product too (swift build -c release)")
    }
    mergeFigures(openAlex.papers, s2Library.papers)
}

/// Merging two sources of n papers each (the same works, matched by DOI).
func mergeFigures(_ openAlex: [Paper], _ s2: [Paper]) {
    let n = openAlex.count
    let a = RecordContents(papers: openAlex), b = RecordContents(papers: s2)
    var mergedPapers: [Paper] = []
    var mergeOnly = Double.infinity
    for _ in 0..<3 { mergeOnly = min(mergeOnly, seconds { mergedPapers = RecordMerge.merge([openAlex, s2], fileKeys: ["oa.jsonl", "s2.json"]) }) }
    print(String(format: "merge alone (matching and combining) %d + %d papers into %d  %@ (best of 3)", n, s2.count, mergedPapers.count, ms(mergeOnly)))
    mergedPapers = []
    var merged: Library!
    var best = Double.infinity
    for _ in 0..<3 { best = min(best, seconds { merged = Library(records: [("oa.jsonl", a), ("s2.json", b)]) }) }
    print(String(format: "merge two sources of %d papers each into %d papers  %@ (the Library built, ids, duplicates and people included)",
                 n, merged.papers.count, ms(best)))
    var plain: Library!
    let one = seconds { plain = Library(records: [("oa.jsonl", RecordContents(papers: openAlex + s2))]) }
    print(String(format: "  the same %d papers as one file, unmerged  %@", plain.papers.count, ms(one)))
}

/// `--only merge`: the merge figures alone, on the OpenAlex and Semantic Scholar lists.
func mergeFigures(papers n: Int, in dir: URL) throws {
    let files = try writeFormatFiles(papers: n, small: 10, in: dir, full: false)
    let asOf = PaperDate(year: 2026, month: 11, day: 25)
    let openAlex = RecordLoader.read(files.openAlex.path, asOf: asOf).papers
    let s2 = RecordLoader.read(files.s2List.path, asOf: asOf).papers
    mergeFigures(openAlex, s2)
}

struct FormatFiles {
    var dblpPerson, s2Author, openAlex, openAlexFull, s2List: URL
}

/// Writes the same synthetic works as a DBLP person page and a Semantic Scholar author (`small`
/// papers each), and as OpenAlex JSON Lines and a Semantic Scholar list (`n` papers each).
/// `full`: the OpenAlex works in full too (1.4 GB at 100,000), which only the reading figures use.
func writeFormatFiles(papers n: Int, small: Int, in dir: URL, full: Bool = true) throws -> FormatFiles {
    let few = SyntheticWork.make(small)
    let files = FormatFiles(dblpPerson: dir.appendingPathComponent("dblp-person-\(small).xml"),
                            s2Author: dir.appendingPathComponent("s2-author-\(small).json"),
                            openAlex: dir.appendingPathComponent("openalex-\(n).jsonl"),
                            openAlexFull: dir.appendingPathComponent("openalex-full-\(n).jsonl"),
                            s2List: dir.appendingPathComponent("s2-\(n).json"))
    var xml = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n<dblpperson name=\"Synthetic Researcher\" pid=\"00/0000\" n=\"\(small)\">\n"
    for (i, w) in few.enumerated() { xml += w.dblpRecord(i) }
    xml += "</dblpperson>\n"
    try Data(xml.utf8).write(to: files.dblpPerson)

    let s2Text = "{\"authorId\": \"1\", \"name\": \"Synthetic Researcher\", \"hIndex\": 40, \"papers\": [\n"
        + few.enumerated().map { $1.s2Paper($0) }.joined(separator: ",\n") + "\n]}\n"
    try Data(s2Text.utf8).write(to: files.s2Author)

    let works = SyntheticWork.make(n)
    try writeOpenAlexLines(works, to: files.openAlex)
    if full { try writeOpenAlexLines(works, to: files.openAlexFull, full: true) }

    let s2Big = "{\"data\": [\n" + works.enumerated().map { $1.s2Paper($0) }.joined(separator: ",\n") + "\n]}\n"
    try Data(s2Big.utf8).write(to: files.s2List)
    return files
}

/// `works` as OpenAlex JSON Lines, written a megabyte at a time (`full`: as the snapshot gives
/// them, with all that Vita does not read).
func writeOpenAlexLines(_ works: [SyntheticWork], to url: URL, full: Bool = false) throws {
    _ = FileManager.default.createFile(atPath: url.path, contents: nil)
    let handle = try FileHandle(forWritingTo: url)
    var buffer = ""
    for (i, w) in works.enumerated() {
        buffer += (full ? w.openAlexFullLine(i) : w.openAlexLine(i)) + "\n"
        if buffer.utf8.count > 1 << 20 { handle.write(Data(buffer.utf8)); buffer = "" }
    }
    handle.write(Data(buffer.utf8))
    try handle.close()
}

/// The search index of the record at `url` built `times` times, each on memory handed back (as a
/// first open builds it), with the best and median time and the memory the index holds.
func indexBuilds(_ url: URL, times: Int) {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    let library = RecordLoader.load([url.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
    var runs: [Double] = []
    var grown = 0
    for _ in 0..<times {
        handBackFreedMemory()
        let before = currentRSS()
        var index: SearchIndex?
        runs.append(seconds { index = SearchIndex(library: library) })
        // Measured with the index still held.
        withExtendedLifetime(index) { grown = currentRSS() - before }
    }
    runs.sort()
    print(String(format: "index of %@ (%d papers, %@): best %@, median %@ of %d builds, +%@ RSS",
                 url.lastPathComponent, library.paperCount, mb(size), ms(runs[0]), ms(runs[runs.count / 2]), runs.count, mb(grown)))
}
