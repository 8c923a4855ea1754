import Foundation
import Testing
import VitaTestSupport

/// Runs the built `vita` binary the way a script would.
enum VitaBinary {
    static let packageRoot = TestSeed.packageRoot

    /// Next to the test bundle in the build folder, or `VITA_BIN`.
    static let url: URL = {
        if let path = ProcessInfo.processInfo.environment["VITA_BIN"] { return URL(fileURLWithPath: path) }
        var dir = Bundle.main.bundleURL
        for _ in 0..<4 {
            let candidate = dir.appendingPathComponent("vita")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir = dir.deletingLastPathComponent()
        }
        return packageRoot.appendingPathComponent(".build/debug/vita")
    }()

    static let cacheHome = FileManager.default.temporaryDirectory.appendingPathComponent("vita-test-cache-\(getpid())").path

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    directory: URL? = nil) throws -> Result {
        var env = environment
        env["COLUMNS"] = env["COLUMNS"] ?? ""
        // Snapshots of large records go to a folder of the test run's own, not the user's cache.
        env["XDG_CACHE_HOME"] = env["XDG_CACHE_HOME"] ?? cacheHome
        return try Tool.run(url, arguments, stdin: stdin, environment: env, clearing: ["COLUMNS", "VITA_SEEDS"], directory: directory)
    }
}

/// Runs any program and collects what it printed.
enum Tool {
    static func find(_ name: String) -> URL? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let url = URL(fileURLWithPath: String(dir)).appendingPathComponent(name)
            if FileManager.default.isExecutableFile(atPath: url.path) { return url }
        }
        return nil
    }

    static func run(_ url: URL, _ arguments: [String], stdin: Data? = nil, environment: [String: String] = [:],
                    clearing: [String] = [], directory: URL? = nil) throws -> VitaBinary.Result {
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for k in clearing { env[k] = nil }
        for (k, v) in environment where !v.isEmpty { env[k] = v }
        process.environment = env
        if let directory { process.currentDirectoryURL = directory }
        let out = Pipe(), err = Pipe(), input = Pipe()
        process.standardOutput = out
        process.standardError = err
        process.standardInput = input
        try process.run()
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        // Read both pipes while the child runs, so neither can fill up and stall it.
        let group = DispatchGroup()
        nonisolated(unsafe) var e = Data()
        group.enter()
        DispatchQueue.global().async {
            e = err.fileHandleForReading.readDataToEndOfFile()
            group.leave()
        }
        let o = out.fileHandleForReading.readDataToEndOfFile()
        group.wait()
        process.waitUntilExit()
        return VitaBinary.Result(status: process.terminationStatus, stdout: String(decoding: o, as: UTF8.self),
                                 stderr: String(decoding: e, as: UTF8.self))
    }
}

let asOf = TestSeed.asOfArguments

@Suite("vita on the command line")
struct CLITests {
    @Test func listShowsTheSeedFromAnyDirectory() throws {
        let r = try VitaBinary.run(["list"] + asOf, directory: URL(fileURLWithPath: NSTemporaryDirectory()))
        #expect(r.status == 0)
        #expect(r.stderr == "")
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 34)
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(lines.first?.contains("2026?-04-14") == true)
        #expect(lines.first?.contains("Chain-of-Models") == true)
        #expect(lines.last?.contains("HyperNet") == true)
    }

    @Test func listOptions() throws {
        let r = try VitaBinary.run(["list", "--sort", "title", "--limit", "2", "--width", "120"] + asOf)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        #expect(lines[0].contains("3D Human Pose Lifting with Grid Convolution"))
        let rev = try VitaBinary.run(["list", "--sort", "date", "--reverse", "--limit", "1"] + asOf)
        #expect(rev.stdout.contains("HyperNet"))
        let bad = try VitaBinary.run(["list", "--sort", "colour"])
        #expect(bad.status == 64)
        // A search's first matches, ranked only as far as they are shown, are the whole listing's first.
        let all = try VitaBinary.run(["search", "net", "--width", "120"] + asOf).stdout.split(separator: "\n")
        let first = try VitaBinary.run(["search", "net", "--limit", "3", "--width", "120"] + asOf).stdout.split(separator: "\n")
        #expect(all.count > 3 && first == Array(all.prefix(3)), "\(first)")
    }

    @Test func jsonCarriesEveryField() throws {
        let r = try VitaBinary.run(["list", "--format", "json", "--sort", "file"] + asOf)
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        let papers = try #require(doc["papers"] as? [[String: Any]])
        #expect(papers.count == 34)
        let first = papers[0]
        for key in ["id", "title", "authors", "authorsTruncated", "owner", "affiliation", "date", "category",
                    "hasCode", "codeLink", "abstract", "links", "source", "possibleDuplicates"] {
            #expect(first[key] != nil, "missing \(key)")
        }
        let date = try #require(papers[2]["date"] as? [String: Any])
        #expect(date["yearInferred"] as? Bool == true)
        #expect(papers[2]["score"] as? Double == 62.2)
        let profile = try #require(doc["profile"] as? [String: Any])
        #expect(profile["citationCount"] as? Int == 5290)
        #expect((doc["files"] as? [String]) == ["seeds/anbang-yao.txt"])
    }

    @Test func tsvHasAHeaderAndOneRowAPaper() throws {
        let r = try VitaBinary.run(["list", "--format", "tsv"] + asOf)
        let rows = r.stdout.split(separator: "\n")
        #expect(rows.count == 35)
        #expect(rows[0].hasPrefix("number\tid\tdate"))
        #expect(rows.dropFirst().allSatisfy { $0.split(separator: "\t", omittingEmptySubsequences: false).count == 13 })
    }

    @Test func showOnePaper() throws {
        let r = try VitaBinary.run(["show", "ske2grid-skeleton-2023", "--width", "60"] + asOf)
        #expect(r.status == 0)
        #expect(r.stdout.hasPrefix("Ske2Grid: Skeleton-to-Grid Representation Learning for"))
        #expect(r.stdout.contains("code      https://github.com/OSVAI/Ske2Grid"))
        #expect(r.stdout.split(separator: "\n").allSatisfy { $0.count <= 60 })
        let byNumber = try VitaBinary.run(["show", "1"] + asOf)
        #expect(byNumber.stdout.hasPrefix("Ske2Grid"))
        let missing = try VitaBinary.run(["show", "no-such-paper"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("no paper 'no-such-paper'"))
    }

    @Test func statsAgreeWithTheSeed() throws {
        let r = try VitaBinary.run(["stats"] + asOf)
        #expect(r.status == 0)
        #expect(r.stdout.contains("34 papers (the header says 34), 22 with code"))
        #expect(r.stdout.contains("  2018    0"))
        #expect(r.stdout.contains("  2023    6"))
        #expect(r.stdout.contains("Chao Li        10  2022–2026"))
        #expect(r.stdout.contains("Diagnostics: 0"))
        let json = try VitaBinary.run(["stats", "--format", "json"] + asOf)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let stats = try #require(doc["statistics"] as? [String: Any])
        #expect(stats["papers"] as? Int == 34)
    }

    @Test func brokenInputGivesDiagnosticsAndTheRest() throws {
        let text = "Jane Doe\n\nCVJan 5, 2020\nGood One\nA B\nabs\n\nCVXyz 5, 2020\nBad Month\nC D\nabs\n\u{FF}"
        var bytes = Data(text.utf8)
        bytes.append(contentsOf: [0xFF, 0xFE, 0x0A])
        let r = try VitaBinary.run(["list", "-"] + asOf, stdin: bytes)
        #expect(r.status == 0)
        #expect(r.stdout.contains("Good One"))
        #expect(r.stdout.contains("Bad Month"))
        #expect(r.stderr.contains("<stdin>:8:3: warning: unknown month 'Xyz'"))
        #expect(r.stderr.contains("invalid UTF-8"))
        let strict = try VitaBinary.run(["list", "--strict", "-"] + asOf, stdin: bytes)
        #expect(strict.status == 1)
    }

    @Test func anUnreadableFileAmongOthersStillPrintsTheRest() throws {
        let r = try VitaBinary.run(["list", VitaBinary.packageRoot.appendingPathComponent("seeds/anbang-yao.txt").path,
                                    "/nonexistent/other.txt"] + asOf)
        #expect(r.status == 1)
        #expect(r.stdout.split(separator: "\n").count == 34)
        #expect(r.stderr.contains("/nonexistent/other.txt: error: cannot open"))
    }

    @Test func unreadableOrEmptyInputExitsOne() throws {
        let missing = try VitaBinary.run(["list", "/nonexistent/record.txt"])
        #expect(missing.status == 1)
        #expect(missing.stderr.contains("/nonexistent/record.txt: error: cannot open"))
        let empty = try VitaBinary.run(["list", "-"], stdin: Data())
        #expect(empty.status == 1)
        #expect(empty.stderr.contains("file is empty"))
    }

    @Test func controlCharactersNeverReachTheTerminal() throws {
        let text = "CVJan 5, 2020\nEvil \u{1B}[2J Title\nA \u{07}B\nabs \u{1B}]0;pwned\u{07}"
        for args in [["list", "-"], ["list", "--format", "tsv", "-"], ["show", "1", "-"]] {
            let r = try VitaBinary.run(args + asOf, stdin: Data(text.utf8))
            #expect(r.status == 0)
            #expect(!r.stdout.contains("\u{1B}"), "\(args)")
            #expect(!r.stdout.contains("\u{07}"), "\(args)")
            #expect(r.stdout.contains("␛[2J"), "\(args)")
        }
        let json = try VitaBinary.run(["list", "--format", "json", "-"] + asOf, stdin: Data(text.utf8))
        #expect(json.stdout.contains("\\u001b[2J"))
    }

    @Test func seedOverrideAndUsageErrors() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try "CVJan 5, 2020\nOverride Paper\nA B\nabs".write(to: dir.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        let r = try VitaBinary.run(["list"] + asOf, environment: ["VITA_SEEDS": dir.path])
        #expect(r.stdout.contains("Override Paper"))
        #expect(try VitaBinary.run(["--as-of", "2026-02-30"]).status == 64)
        #expect(try VitaBinary.run(["--version"]).stdout.hasPrefix("0."))
        #expect(try VitaBinary.run(["list", "--help"]).stdout.contains("--sort"))
    }

    /// Each command's help above its usage (the overview and the discussion) is wrapped to the
    /// terminal's width as whole paragraphs: a line never ends where the next line's first word
    /// would still have fitted (lines are kept a column short of the width), as text broken at a
    /// width of its own and wrapped again does.
    @Test func helpParagraphsWrapToTheTerminal() throws {
        let commands = [[], ["explore"], ["list"], ["search"], ["show"], ["stats"], ["graph"], ["export"], ["check"], ["tags"],
                        ["notes"], ["state"], ["state", "export"], ["state", "import"], ["cache"], ["cache", "build"], ["person"]]
        for command in commands {
            for width in [80, 200] {
                let help = try VitaBinary.run(command + ["--help"], environment: ["COLUMNS": "\(width)"]).stdout
                let lines = help.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.hasPrefix("USAGE:") }
                #expect(lines.count > 1, "\(command) at \(width): \(help)")
                for (line, next) in zip(lines, lines.dropFirst()) where !line.isEmpty && !next.isEmpty && !line.hasPrefix(" ") && !next.hasPrefix(" ") {
                    let word = next.split(separator: " ").first ?? ""
                    #expect(line.count + 1 + word.count >= width, "vita \(command.joined(separator: " ")) --help at \(width) columns breaks early:\n\(line)\n\(next)")
                }
            }
        }
        // The query syntax in the search help names what queries can ask.
        let search = try VitaBinary.run(["search", "--help"]).stdout
        for term in ["cites:>=50", "is:first", "pos:2", "person:\"manish singh 0001\"", "journal:"] {
            #expect(search.contains(term), "\(term)")
        }
    }
}

@Suite("vita search")
struct SearchCLITests {
    @Test func exitCodesAndFormats() throws {
        let hit = try VitaBinary.run(["search", #"author:"chao li" year:2023..2024"#] + asOf)
        #expect(hit.status == 0)
        #expect(hit.stdout.split(separator: "\n").count == 6)
        let none = try VitaBinary.run(["search", "zebrafish"] + asOf)
        #expect(none.status == 1)
        #expect(none.stdout == "")
        let count = try VitaBinary.run(["search", "quant", "--count"] + asOf)
        #expect(count.stdout == "5\n")
        let json = try VitaBinary.run(["search", "quant", "--format", "json"] + asOf)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect((doc["papers"] as? [Any])?.count == 5)
        let tsv = try VitaBinary.run(["search", "quant", "--format", "tsv"] + asOf)
        #expect(tsv.stdout.split(separator: "\n").count == 6)
        let usage = try VitaBinary.run(["search"])
        #expect(usage.status == 64)
    }

    /// A record large enough to be scanned rather than read whole: the seed's papers 160 times,
    /// with two broken blocks, one among the matches and one not.
    /// `at`: where to write it (tests running side by side each want their own).
    static func largeRecord(at place: URL? = nil) -> URL {
        let seed = (try? String(contentsOf: VitaBinary.packageRoot.appendingPathComponent("seeds/anbang-yao.txt"), encoding: .utf8)) ?? ""
        let blocks = seed.components(separatedBy: "\n\n34 Papers\n").last ?? ""
        var text = "Anbang Yao\n\nCV\nh-index19\n\n5440 Papers\n"
        for copy in 0..<160 {
            var part = blocks
            if copy == 7 { part = part.replacingOccurrences(of: "CVAug 15, 2023Code", with: "CVAgu 15, 2023Code") }
            if copy == 9 { part = part.replacingOccurrences(of: "CVJul 20, 2022Code", with: "CVJul 40, 2022Code") }
            text += "\n" + part
        }
        let url = place ?? FileManager.default.temporaryDirectory.appendingPathComponent("vita-large-\(getpid()).txt")
        try? text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    /// Large records without a snapshot are answered by reading only the papers that can match
    /// (`--strict` reads them whole, and a snapshot is made after): the listing is the same every way.
    @Test func largeRecordsGiveWhatAFullReadGives() throws {
        let url = Self.largeRecord()
        defer {
            try? FileManager.default.removeItem(at: url)
            // The snapshot the full read kept (the only large record the tests open there).
            try? FileManager.default.removeItem(atPath: VitaBinary.cacheHome)
        }
        let file = url.path
        #expect(try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int ?? 0 > 8 << 20)
        // One full read (slow in a debug build) to compare with.
        let query = ["quant OR muller OR ske2grid", "--reverse"]
        let scanned = try VitaBinary.run(["search"] + query + [file, "--width", "100", "--no-cache"] + asOf)
        let full = try VitaBinary.run(["search"] + query + [file, "--width", "100", "--strict"] + asOf)
        #expect(scanned.status == 0)
        #expect(scanned.stdout == full.stdout)
        #expect(scanned.stdout.split(separator: "\n").count == 160 * 6)
        // The seed's answers, 160 times over.
        let chao = try VitaBinary.run(["search", #"author:"chao li" year:2023..2024"#, file, "--count", "--no-cache"] + asOf)
        #expect(chao.stdout == "\(160 * 6)\n")
        let none = try VitaBinary.run(["search", "zebrafish", file, "--no-cache"] + asOf)
        #expect(none.status == 1 && none.stdout.isEmpty)
        // Numbers are the papers' places in the whole record; file order follows them.
        let ordered = try VitaBinary.run(["search", "quant", file, "--sort", "file", "--width", "100", "--no-cache"] + asOf)
        let numbers = ordered.stdout.split(separator: "\n").compactMap { Int($0.split(separator: " ").first ?? "") }
        #expect(numbers.count == 160 * 5 && numbers == numbers.sorted())
        // The broken block among the matches is reported; the one elsewhere is left to a full read.
        let ske = try VitaBinary.run(["search", "ske2grid", file, "--no-cache"] + asOf)
        #expect(ske.stderr.contains("unknown month 'Agu'"))
        #expect(!ske.stderr.contains("Jul has no day 40"))
        #expect(ske.stdout.split(separator: "\n").count == 160)
        // From the snapshot made after the full read's answer (by a process of its own): the same
        // answers, and the whole record's problems.
        #expect(try CacheCLITests.becomesCurrent(cacheHome: VitaBinary.cacheHome))
        let kept = try VitaBinary.run(["search"] + query + [file, "--width", "100"] + asOf)
        #expect(kept.stdout == full.stdout && kept.stderr == full.stderr)
        let keptSke = try VitaBinary.run(["search", "ske2grid", file] + asOf)
        #expect(keptSke.stdout == ske.stdout && keptSke.stderr.contains("unknown month 'Agu'") && keptSke.stderr.contains("Jul has no day 40"))
    }

    @Test func problemsGoToStandardError() throws {
        let r = try VitaBinary.run(["search", "year:abc quant"] + asOf)
        #expect(r.status == 0)
        #expect(r.stderr.contains("vita: query: column 6: year: expects"))
        #expect(r.stdout.split(separator: "\n").count == 5)
    }
}
