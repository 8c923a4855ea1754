import Foundation
import Testing
@testable import VitaCLI
import VitaCore
import VitaTestSupport

/// The command line against what a hostile or careless caller gives it: a full disk, absurd
/// widths, input that never ends. Each gets one clear line and an exit status, never a crash.
@Suite("vita against hostile callers")
struct HostileCLITests {
    /// Runs a shell script as a user's shell would: every signal unblocked (the test runner's
    /// threads block most), its own children reaped by it; returns what it printed.
    static func script(_ command: String, in dir: Scratch) throws -> String {
        let out = dir.path(".script-out")
        // Snapshots of large records in the scratch folder, never in the user's cache.
        try TmuxSession.spawnDetached(["/bin/sh", "-c", "export VITA='\(VitaBinary.url.path)' SWIFT_BACKTRACE=enable=no XDG_CACHE_HOME='\(dir.path("cache"))'; (\(command)) > '\(out)' 2>&1"])
        return (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
    }

    /// Runs vita through the shell, for redirections a Process cannot express.
    static func shell(_ command: String) throws -> VitaBinary.Result {
        try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command],
                     environment: ["VITA": VitaBinary.url.path, "SWIFT_BACKTRACE": "enable=no", "XDG_CACHE_HOME": VitaBinary.cacheHome],
                     directory: VitaBinary.packageRoot)
    }

    @Test func aFullDiskIsSaidNotACrash() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        for sub in ["list", "export", "stats", "graph --format dot", "graph --format tsv"] {
            let r = try Self.shell("\"$VITA\" \(sub) --as-of 2026-11-25 seeds/anbang-yao.txt > /dev/full")
            #expect(r.status == 1, "\(sub): \(r.stderr)")
            #expect(r.stderr == "vita: cannot write the output: No space left on device\n", "\(sub): \(r.stderr)")
        }
    }

    @Test func widthsAreCheckedAndClamped() throws {
        let negative = try VitaBinary.run(["list", "--width", "-5"] + asOf)
        #expect(negative.status == 64 && negative.stderr.contains("--width must be a positive number of columns, not -5"), "\(negative.stderr)")
        let huge = try VitaBinary.run(["list", "--width", "9223372036854775807"] + asOf)
        #expect(huge.status == 0)
        #expect(huge.stdout.split(separator: "\n").allSatisfy { $0.count <= 1_000 })
        let columns = try VitaBinary.run(["stats", "--chart"] + asOf, environment: ["COLUMNS": "100000000"])
        #expect(columns.status == 0 && columns.stdout.split(separator: "\n").allSatisfy { $0.count <= 1_000 })
        #expect(try VitaBinary.run(["stats", "--chart", "--height", "100000000"] + asOf).status == 64)
        let past = try VitaBinary.run(["list", "--as-of", "0000-01-01"])
        #expect(past.status == 64 && past.stderr.contains("--as-of expects a date from 1900 to 2999"), "\(past.stderr)")
    }

    @Test func endlessInputStopsWithBoundedMemory() throws {
        // `yes`: 256 MiB read, then a clear stop; well within a few seconds.
        let r = try Self.shell("yes | \"$VITA\" check - 2>&1; echo \"status $?\"")
        #expect(r.stdout.contains("no paper in the first 100000 lines"), "\(r.stdout.prefix(300))")
        #expect(r.stdout.contains("stopped after 256 MiB"), "\(r.stdout.suffix(300))")
        let zero = try Self.shell("\"$VITA\" list /dev/zero")
        #expect(zero.status == 1 && zero.stderr.contains("no paper found in /dev/zero"), "\(zero.stderr)")
        let folder = try VitaBinary.run(["list", "Sources"])
        #expect(folder.status == 1 && folder.stderr.contains("Sources: error: is a directory; expected a record file"), "\(folder.stderr)")
    }
}

/// Exports onto what is already there: links, files that are not BibTeX or not UTF-8, private
/// files, FIFOs, folders, long names, writers side by side, and a kill in the middle.
@Suite("vita export onto what is there")
struct ExportSafetyTests {
    func export(_ args: [String], in dir: Scratch) throws -> VitaBinary.Result {
        try VitaBinary.run(["export"] + args + asOf + [VitaBinary.packageRoot.appendingPathComponent("seeds/anbang-yao.txt").path], directory: dir.url)
    }

    @Test func linksAreWrittenThroughAndSaidSo() throws {
        let d = try Scratch()
        try d.write("real.bib", "@misc{old, title={Old}}\n")
        try FileManager.default.createSymbolicLink(atPath: d.path("link.bib"), withDestinationPath: "real.bib")
        let r = try export(["--ids", "1", "-o", "link.bib", "--append"], in: d)
        #expect(r.status == 0 && r.stderr.contains("appended 1 entry to link.bib (a link: written to "), "\(r.stderr)")
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: d.path("link.bib"))) == "real.bib", "the link stays a link")
        #expect(d.read("real.bib").hasPrefix("@misc{old, title={Old}}\n\n@misc{"))
    }

    @Test func appendOnlyToBibTeXAndInTheFilesEncoding() throws {
        let d = try Scratch()
        try d.write("notes.txt", "Some notes\nthat are not BibTeX\n")
        let r = try export(["--ids", "1", "-o", "notes.txt", "--append"], in: d)
        #expect(r.status == 1 && r.stderr.contains("it holds no BibTeX entry"), "\(r.stderr)")
        #expect(d.read("notes.txt") == "Some notes\nthat are not BibTeX\n")
        // Latin-1: `é` as the byte E9.
        _ = FileManager.default.createFile(atPath: d.path("lat.bib"), contents: Data("@misc{old, title={Caf".utf8) + Data([0xE9]) + Data("}}\n".utf8))
        let l = try export(["--ids", "1", "-o", "lat.bib", "--append"], in: d)
        #expect(l.status == 0 && l.stderr.contains("as ASCII with LaTeX accents: the file is not UTF-8"), "\(l.stderr)")
        let bytes = FileManager.default.contents(atPath: d.path("lat.bib"))!
        #expect(bytes.allSatisfy { $0 < 0x80 || $0 == 0xE9 }, "no UTF-8 joins the Latin-1 file")
    }

    @Test func sixWritersAtOnceAllLand() throws {
        let d = try Scratch()
        try d.write("conc.bib", "")
        let seed = VitaBinary.packageRoot.appendingPathComponent("seeds/anbang-yao.txt").path
        let r = try HostileCLITests.script("cd \(d.url.path) && for i in 1 2 3 4 5 6; do \"$VITA\" export --as-of 2026-11-25 \(seed) --ids $i -o conc.bib --append 2>>err & done; wait; grep -c '^@' conc.bib", in: d)
        #expect(r.trimmingCharacters(in: .whitespacesAndNewlines) == "6", "\(r) \(d.read("err"))")
    }

    @Test func permissionsAreKeptAndOddTargetsRefused() throws {
        let d = try Scratch()
        try d.write("p.bib", "secret\n")
        chmod(d.path("p.bib"), 0o600)
        #expect(try export(["--ids", "1", "-o", "p.bib", "--force"], in: d).status == 0)
        let mode = (try FileManager.default.attributesOfItem(atPath: d.path("p.bib"))[.posixPermissions] as? Int) ?? 0
        #expect(mode == 0o600, "mode \(String(mode, radix: 8))")
        mkfifo(d.path("f.bib"), 0o644)
        let fifo = try export(["--ids", "1", "-o", "f.bib", "--force"], in: d)
        #expect(fifo.status == 1 && fifo.stderr.contains("it is a FIFO, not a regular file"), "\(fifo.stderr)")
        try FileManager.default.createDirectory(atPath: d.path("adir"), withIntermediateDirectories: true)
        let folder = try export(["-o", "adir", "--append"], in: d)
        #expect(folder.status == 1 && folder.stderr.contains("it is a folder; expected a file name"), "\(folder.stderr)")
        let long = String(repeating: "a", count: 250) + ".bib"
        #expect(try export(["--ids", "1", "-o", long], in: d).status == 0, "a 254-character name is a valid name")
    }

    @Test func aKillLeavesTheOldFileAndNoLitter() throws {
        let d = try Scratch()
        // A big record, exported and killed (SIGTERM, then kill -9) while it writes.
        let big = d.path("big.txt")
        let gen = try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$BENCH\" --write 20000 \(big)"],
                               environment: ["BENCH": VitaBinary.url.deletingLastPathComponent().appendingPathComponent("vita-bench").path])
        guard gen.status == 0 else { print("⚠️  SKIPPED: no vita-bench to make a big record"); return }
        try d.write("out.bib", "@misc{old, title={Old}}\n")
        for signal in ["TERM", "KILL"] {
            let r = try HostileCLITests.script("""
            cd \(d.url.path) && "$VITA" export --as-of 2026-11-25 big.txt -o out.bib --force 2>/dev/null & p=$!
            for i in $(seq 1 600); do ls -A | grep -q '^[.]vita-' && break; sleep 0.02; done
            kill -\(signal) $p; wait $p; echo "status $?"; ls -A
            """, in: d)
            let old = d.read("out.bib") == "@misc{old, title={Old}}\n"
            // Killed while writing: the old file. (Finished first: the whole new one.)
            if r.contains("status 0") {
                #expect(!old && d.read("out.bib").trimmingCharacters(in: .newlines).hasSuffix("}"), "\(signal): the whole new file")
            } else {
                #expect(r.contains(signal == "TERM" ? "status 143" : "status 137"), "\(signal): \(r)")
                #expect(old, "\(signal): the old file stays")
            }
            if signal == "TERM" { #expect(!r.contains(".vita-"), "SIGTERM removes the temporary file: \(r)") }
            try d.write("out.bib", "@misc{old, title={Old}}\n")
        }
        // What kill -9 left is removed by the next export to the folder.
        _ = try export(["--ids", "1", "-o", "small.bib"], in: d)
        #expect(try FileManager.default.contentsOfDirectory(atPath: d.url.path).allSatisfy { !$0.hasPrefix(".vita-") })
    }

    /// kill -9 at twenty moments of an export: the target is always the old file or the whole new one.
    @Test func killedAtTwentyMomentsTheTargetIsOldOrNew() throws {
        let d = try Scratch()
        let gen = try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$BENCH\" --write 2000 \(d.path("rec.txt"))"],
                               environment: ["BENCH": VitaBinary.url.deletingLastPathComponent().appendingPathComponent("vita-bench").path])
        guard gen.status == 0 else { print("⚠️  SKIPPED: no vita-bench to make a record"); return }
        try d.write("old.bib", "@misc{old, title={Old}}\n")
        let r = try HostileCLITests.script("""
        cd \(d.url.path)
        start=$(date +%s%N); "$VITA" export --as-of 2026-11-25 rec.txt -o new.bib 2>/dev/null; end=$(date +%s%N)
        step=$(( (end - start) / 20000 ))
        for i in $(seq 0 19); do
            cp old.bib out.bib
            "$VITA" export --as-of 2026-11-25 rec.txt -o out.bib --force 2>/dev/null & p=$!
            usleep=$(( i * step )); sleep "$(printf '%d.%06d' $(( usleep / 1000000 )) $(( usleep % 1000000 )))"
            kill -9 $p 2>/dev/null; wait $p 2>/dev/null
            if cmp -s out.bib old.bib; then echo old; elif cmp -s out.bib new.bib; then echo new; else echo BROKEN; fi
        done
        """, in: d)
        let outcomes = r.split(separator: "\n").map(String.init)
        #expect(outcomes.count == 20 && outcomes.allSatisfy { $0 == "old" || $0 == "new" }, "\(r)")
    }

    /// Writes that fail half way (a file size limit, a folder without write permission) leave
    /// the old file and say why in one line.
    @Test func failedWritesLeaveTheOldFile() throws {
        let d = try Scratch()
        try d.write("out.bib", "@misc{old, title={Old}}\n")
        let seed = VitaBinary.packageRoot.appendingPathComponent("seeds/anbang-yao.txt").path
        let r = try HostileCLITests.script("cd \(d.url.path) && ulimit -f 20 && \"$VITA\" export --as-of 2026-11-25 \(seed) -o out.bib --force; echo \"status $?\"; ls -A", in: d)
        #expect(r.contains("vita: cannot write out.bib: File too large") && r.contains("status 1"), "\(r)")
        #expect(!r.contains(".vita-"), "no temporary file left: \(r)")
        #expect(d.read("out.bib") == "@misc{old, title={Old}}\n")
        guard getuid() != 0 else { return }   // root writes anywhere
        try FileManager.default.createDirectory(atPath: d.path("ro"), withIntermediateDirectories: true)
        chmod(d.path("ro"), 0o555)
        defer { chmod(d.path("ro"), 0o755) }
        let ro = try export(["--ids", "1", "-o", "ro/x.bib"], in: d)
        #expect(ro.status == 1 && ro.stderr.contains("Permission denied"), "\(ro.stderr)")
    }

    @Test func queriesThatStartWithAMinusAndBrokenExportQueries() throws {
        let r = try VitaBinary.run(["search", "-binary", "--count"] + asOf)
        #expect(r.status == 0 && r.stdout == "30\n", "\(r.stdout) \(r.stderr)")
        let broken = try VitaBinary.run(["export", "--query", "year:2020..2019"] + asOf)
        #expect(broken.status == 64 && broken.stdout.isEmpty && broken.stderr.contains("nothing was exported"), "\(broken.stderr)")
        let negated = try VitaBinary.run(["export", "--query", "-binary", "--no-abstract"] + asOf)
        #expect(negated.status == 0 && negated.stdout.components(separatedBy: "@misc{").count - 1 == 30)
    }
}

@Suite("JSON a paper at a time")
struct StreamedJSONTests {
    /// The streamed document is the one the encoder makes whole, byte for byte.
    @Test func streamedIsWhatTheEncoderMakes() throws {
        let seed = TestSeed.library(named: "seeds/anbang-yao.txt")
        let bib = Library(records: [("b.bib", BibTeXReader.read("@misc{a, title={A}, month={13}, year=2020}\n@misc{b}\n", fileName: "b.bib"))])
        let empty = Library(records: [("e.bib", BibTeXReader.read("", fileName: "e.bib"))])
        for library in [seed, bib, empty] {
            var streamed = ""
            try RecordDocument.stream(files: library.files, profile: library.profile, papers: library.papers,
                                      diagnostics: library.diagnostics) { streamed += $0 }
            let whole = try Output.json(RecordDocument(files: library.files, profile: library.profile,
                                                       papers: library.papers, diagnostics: library.diagnostics)) + "\n"
            let a = streamed.split(separator: "\n", omittingEmptySubsequences: false), b = whole.split(separator: "\n", omittingEmptySubsequences: false)
            let first = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }
            #expect(streamed == whole, "\(library.files): lines \(a.count) vs \(b.count); first difference at \(first?.offset ?? -1): \(first.map { "\($0.element.0.prefix(80)) | \($0.element.1.prefix(80))" } ?? "")")
        }
    }
}
