import Foundation
import VitaCore

/// A DBLP-shaped dump of any size, deterministic: `<dblp>` with `article`, `inproceedings`,
/// `proceedings`, `incollection` and `phdthesis` records, then `www` person records at the end as
/// DBLP has them; ISO-8859-1 with DBLP's named entities (`&uuml;`) and some raw Latin-1 bytes;
/// names drawn with a heavy head (a few people on thousands of papers, most on one or two),
/// homonyms numbered as DBLP does (`Wei Wang 0003`), 1 to 500 authors a paper.
struct DBLPDump {
    let records: Int

    static let given = ["Wei", "Jing", "Yang", "Lei", "Hui", "Anbang", "Chao", "Ming", "Elena", "Jürgen", "Zoë", "María", "José",
                        "Søren", "Amélie", "Ola", "Renée", "Bjørn", "Ines", "David", "Sarah", "John", "Anna", "Paul", "Hélène",
                        "Li", "Xin", "Jun", "Tao", "Ying", "Ahmed", "Fatima", "Raj", "Priya", "Kenji", "Yuki", "Olga", "Ivan",
                        "Lars", "Eva", "Marco", "Giulia", "Pierre", "Claire", "Tom", "Emma", "Lucas", "Mia", "Noah", "Leah"]
    static let family = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Müller", "García",
                         "Smith", "Jones", "Kim", "Lee", "Park", "Nguyen", "Tran", "Kumar", "Singh", "Sharma", "Ivanov",
                         "Novák", "Dvořák", "Jensen", "Hansen", "Rossi", "Russo", "Bernard", "Dubois", "Martin", "Silva",
                         "Santos", "Öztürk", "Yılmaz", "Tanaka", "Suzuki", "Sato", "Schmidt", "Schneider", "Fischer",
                         "Weber", "Meyer", "Wagner", "Becker", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein",
                         "Wolf", "Schröder", "Neumann", "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann",
                         "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Köhler", "Herrmann", "König"]

    /// DBLP's named entities for the Latin-1 letters the names use; others are written as raw
    /// ISO-8859-1 bytes (and letters outside Latin-1 as character references).
    static let entities: [Character: String] = ["ü": "&uuml;", "ö": "&ouml;", "é": "&eacute;", "è": "&egrave;",
                                                "á": "&aacute;", "ø": "&oslash;", "Ö": "&Ouml;"]

    /// The name of person `k` of `people`: a heavy head (the first people are common names
    /// shared by many, so numbered), and the rest spread over every combination.
    static func name(_ k: Int) -> String {
        let combos = given.count * family.count
        let base = given[k % given.count] + " " + family[(k / given.count) % family.count]
        let round = k / combos
        return round == 0 ? base : base + String(format: " %04d", round)
    }

    static func xml(_ text: String, into out: inout [UInt8]) {
        for c in text {
            switch c {
            case "&": out += Array("&amp;".utf8)
            case "<": out += Array("&lt;".utf8)
            case ">": out += Array("&gt;".utf8)
            default:
                if let e = entities[c] { out += Array(e.utf8); continue }
                let v = c.unicodeScalars.first!.value
                if v < 0x80 { out.append(UInt8(v)) } else if v < 0x100 { out.append(UInt8(v)) } else { out += Array("&#\(v);".utf8) }
            }
        }
    }

    /// Person `k`'s ORCID: one person's alone, as ORCIDs are.
    static func orcid(_ k: Int) -> String { String(format: "0000-0002-%04d-%04d", k / 10_000 % 10_000, k % 10_000) }

    /// Writes the dump to `url` in pieces; returns its size in bytes.
    func write(to url: URL) throws -> Int {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var rng = Rng(seed: 7)
        var out: [UInt8] = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<!DOCTYPE dblp SYSTEM \"dblp.dtd\">\n<dblp>\n".utf8)
        var size = 0
        let people = max(10, records / 2)
        func flush(_ force: Bool = false) throws {
            guard force || out.count >= 4 << 20 else { return }
            try handle.write(contentsOf: out)
            size += out.count
            out.removeAll(keepingCapacity: true)
        }
        func person() -> Int {
            // Heavy head: u^3 puts most draws on the first people.
            let u = Double(rng.next() % 1_000_000) / 1_000_000
            return min(people - 1, Int(u * u * u * Double(people)))
        }
        let persons = records / 20
        for i in 0..<(records - persons) {
            let roll = rng.next() % 1000
            let kind = roll < 580 ? "article" : roll < 940 ? "inproceedings" : roll < 965 ? "incollection" : roll < 990 ? "proceedings" : "phdthesis"
            let r = rng.next() % 10_000
            let authorCount = r < 5 ? 100 + Int(rng.next() % 401) : r < 100 ? 10 + Int(rng.next() % 41) : 1 + Int(rng.next() % 6)
            let year = 1970 + Int(rng.next() % 57)
            out += Array("<\(kind) mdate=\"2026-0\(1 + i % 9)-1\(i % 10)\" key=\"\(kind == "article" ? "journals" : "conf")/b\(i % 97)/P\(i)\"".utf8)
            if kind == "article", i % 23 == 0 { out += Array(" publtype=\"informal\"".utf8) }
            out += Array(">\n".utf8)
            if kind != "proceedings" {
                for _ in 0..<authorCount {
                    let k = person()
                    out += Array("<author\(k % 3 == 0 ? " orcid=\"\(Self.orcid(k))\"" : "")>".utf8)
                    Self.xml(Self.name(k), into: &out)
                    out += Array("</author>\n".utf8)
                }
            } else {
                out += Array("<editor>".utf8)
                Self.xml(Self.name(person()), into: &out)
                out += Array("</editor>\n".utf8)
            }
            out += Array("<title>".utf8)
            let words = (0..<(4 + Int(rng.next() % 10))).map { _ in SyntheticRecord.zipfWord(&rng) }
            Self.xml(words.joined(separator: " ").capitalized + (i % 50 == 0 ? " für Réseaux" : ""), into: &out)
            out += Array(".</title>\n<pages>\(i % 900 + 1)-\(i % 900 + 12)</pages>\n<year>\(year)</year>\n".utf8)
            switch kind {
            case "article": out += Array("<volume>\(year - 1960)</volume>\n<journal>J. Bench. \(i % 97)</journal>\n<number>\(1 + i % 12)</number>\n".utf8)
            case "phdthesis": out += Array("<school>Universit&auml;t Bench</school>\n".utf8)
            default: out += Array("<booktitle>Conf\(i % 97)</booktitle>\n<crossref>conf/b\(i % 97)/\(year)</crossref>\n".utf8)
            }
            out += Array("<ee>https://doi.org/10.5555/dblp.\(i)</ee>\n<url>db/\(kind)/b\(i % 97).html#P\(i)</url>\n</\(kind)>\n".utf8)
            try flush()
        }
        // Person records come last in DBLP's dump.
        for j in 0..<persons {
            out += Array("<www mdate=\"2026-01-01\" key=\"homepages/\(j % 100)/\(j)\">\n<author>".utf8)
            Self.xml(Self.name(j), into: &out)
            out += Array("</author>\n".utf8)
            // Some people are known by another name too (another person's, as the generator's
            // names go), some by an ORCID.
            if j % 50 == 7 { out += Array("<author>".utf8); Self.xml(Self.name(j + 1), into: &out); out += Array("</author>\n".utf8) }
            out += Array("<title>Home Page</title>\n<url>https://example.org/~p\(j)</url>\n".utf8)
            if j % 20 == 3 { out += Array("<url>https://orcid.org/\(Self.orcid(j))</url>\n".utf8) }
            // Where some are now, and where some were (DBLP labels those "former").
            if j % 4 == 1 { out += Array("<note type=\"affiliation\">Universit&auml;t Bench \(j % 400), Berlin, Germany</note>\n".utf8) }
            if j % 16 == 5 { out += Array("<note label=\"former\" type=\"affiliation\">Old College \(j % 50)</note>\n".utf8) }
            out += Array("</www>\n".utf8)
            try flush()
        }
        out += Array("</dblp>\n".utf8)
        try flush(true)
        return size
    }
}

/// Reading a DBLP dump: with a snapshot written, again from the snapshot, and without one.
func dblpFigures(records n: Int, in dir: URL) throws {
    let vita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vita").path
    let file = dir.appendingPathComponent("dblp-\(n).xml")
    var size = 0
    let made = seconds { size = (try? DBLPDump(records: n).write(to: file)) ?? 0 }
    print(String(format: "DBLP dump, %d records (%@, ISO-8859-1, made in %.1f s):", n, mb(size), made))
    guard FileManager.default.isExecutableFile(atPath: vita) else {
        print("  build the vita product too (swift build -c release)")
        return
    }
    let cache = dir.appendingPathComponent("cache")
    let env = ["XDG_CACHE_HOME": cache.path]
    let out = dir.appendingPathComponent("dblp.out").path
    func mbKB(_ kb: Int) -> String { String(format: "%.0f MB", Double(kb) / 1024) }
    try? FileManager.default.removeItem(at: cache)
    let plain = spawnRun(vita, ["stats", file.path, "--no-cache", "--as-of", "2026-11-25"], env: env, output: out)
    let papers = (try? String(contentsOfFile: out, encoding: .utf8))?.split(separator: "\n").first.map(String.init) ?? "?"
    print(String(format: "  read (vita stats --no-cache): %@, %.1f MB/s, %.0f records/s, peak RSS %@ (%.1fx the file); %@",
                 ms(plain.seconds), Double(size) / 1e6 / plain.seconds, Double(n) / plain.seconds, mbKB(plain.peakKB),
                 Double(plain.peakKB) * 1024 / Double(size), papers))
    let first = firstOpen(vita, file.path, asOf: ["--as-of", "2026-11-25"], env: env, cache: cache.path, output: out)
    print("  first open (vita cache build): " + describe(first, recordBytes: size))
    printExplorerFirstOpen(vita, file.path, env: [:], scratch: dir.appendingPathComponent("first-open").path)
    let again = spawnRun(vita, ["stats", file.path, "--as-of", "2026-11-25"], env: env, times: 2, output: out)
    print(String(format: "  reopen (snapshot read): %@, peak RSS %@", ms(again.seconds), mbKB(again.peakKB)))
    printFirstFrame(vita, file.path, env: env, cache: cache.path)
    // The people were counted by the first open and kept beside the snapshot.
    let person = spawnRun(vita, ["person", "wei wang", file.path, "--as-of", "2026-11-25"], env: env, times: 3, output: out)
    let personQuery = spawnRun(vita, ["search", "person:\"wei wang 0003\"", "--count", file.path, "--as-of", "2026-11-25"], env: env, times: 3, output: out)
    print(String(format: "  vita person 'wei wang' (the people read from beside the snapshot): %@, peak RSS %@; vita search 'person:\"wei wang 0003\"' --count: %@, RSS %@",
                 ms(person.seconds), mbKB(person.peakKB), ms(personQuery.seconds), mbKB(personQuery.peakKB)))
    // Counting the papers of a common word, reopened, beside counting its lines with ripgrep (else grep).
    for word in ["wang", "learning"] {
        let counted = spawnRun(lineCounter.path, ["-c", "-i", word, file.path], times: 3, output: out)
        let v = spawnRun(vita, ["search", word, "--count", file.path, "--as-of", "2026-11-25"], env: env, times: 3, output: out)
        let found = (try? String(contentsOfFile: out, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines) ?? "?"
        print(String(format: "  vita search %@ --count (snapshot read; %@): %@, peak RSS %@; %@ -c -i %@: %@ (%.1fx %@)",
                     word, found, ms(v.seconds), mbKB(v.peakKB), lineCounter.name, word, ms(counted.seconds), v.seconds / counted.seconds,
                     lineCounter.name))
    }
    // A person's record with --owner: taken from the whole record's snapshot, beside reading the record for them.
    let owner = spawnRun(vita, ["stats", "--owner", "Wei Wang 0003", file.path, "--as-of", "2026-11-25"], env: env, times: 3, output: out)
    let ownerRead = spawnRun(vita, ["stats", "--owner", "Wei Wang 0003", "--no-cache", file.path, "--as-of", "2026-11-25"], env: env, output: out)
    print(String(format: "  vita stats --owner 'Wei Wang 0003' (their record from the snapshot and the people kept): %@, peak RSS %@; reading the record for them (--no-cache): %@, %@",
                 ms(owner.seconds), mbKB(owner.peakKB), ms(ownerRead.seconds), mbKB(ownerRead.peakKB)))
    // A person opened in the explorer, reopened: each key to the frame that answers it.
    let state = ["XDG_DATA_HOME": cache.path + "/state", "XDG_CONFIG_HOME": cache.path + "/config"]
    let steps: [(label: String, keys: String, marker: String)] = [
        ("first frame", "", "sort: date"), ("@ (the people read)", "@", "People, most papers first"),
        ("'wei wang 0003' typed", "wei wang 0003", "People matching \"wei wang 0003\""),
        ("Enter: their record", "\r", "papers (Esc: the whole record)"), ("3: their coauthor graph", "3", "Coauthors of Wei Wang 0003"),
        ("Tab Enter: re-centred on a coauthor", "\t\r", "(Backspace goes back)"), ("Backspace: back", "\u{7f}", "back to Wei Wang 0003"),
    ]
    // Right after the first frame (while the whole record's charts are made on another thread,
    // reading every paper), then once they are made.
    let settled = Double(n) / 40_000
    for (when, settle) in [("right after its first frame", 0.0), (String(format: "%.0f s after its first frame", settled), settled)] {
        let runs = explorerSteps(vita, [file.path, "--as-of", "2026-11-25"], env: env.merging(state) { $1 }, steps: steps.map { ($0.keys, $0.marker) }, settle: settle)
        print("  a person opened in the explorer, reopened, \(when) (key to frame at 200x60, RSS then):")
        for (step, run) in zip(steps, runs) { print(String(format: "    %@: %@, %@", step.label, ms(run.seconds), mbKB(run.peakKB))) }
        if runs.count < steps.count { print("    \(steps[runs.count].label): not drawn within a minute") }
    }
    // A search typed in the explorer, reopened from the snapshot: keystroke to frame.
    if let reopened = SnapshotCache.standard(environment: { $0 == "XDG_CACHE_HOME" ? cache.path : nil })
        .map({ RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25), cache: $0).library }) {
        searchKeystrokes(reopened, label: "reopened from its snapshot", typing: ["wang", "sparse network", "quantization"])
    }
    let library = RecordLoader.load([file.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
    personPrompt(library)
    try? FileManager.default.removeItem(at: cache)
    try? FileManager.default.removeItem(at: file)
}
