import Foundation
import Testing
import VitaTestSupport

@Suite("Snapshots from the command line: kept, reused, refused when damaged, never half written")
struct CacheCLITests {
    /// A scratch folder with the seed as `rec.txt` and a cache folder of its own; every record is kept.
    static func setUp() throws -> (Scratch, [String: String]) {
        let d = try Scratch()
        try FileManager.default.copyItem(atPath: TestSeed.path, toPath: d.path("rec.txt"))
        return (d, ["XDG_CACHE_HOME": d.path("cache"), "VITA_CACHE_MIN_BYTES": "0"])
    }

    static func snapshots(_ d: Scratch) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: d.path("cache/vita"))) ?? []).filter { $0.hasSuffix(".snapshot") }
    }

    /// Whether the record's snapshot is current, and its people kept beside it, within 30 s (made
    /// by a process of its own after a one-shot command's answer).
    static func becomesCurrent(_ d: Scratch, _ env: [String: String]) throws -> Bool {
        try becomesCurrent(cacheHome: d.path("cache"), env)
    }

    /// The same for the one record kept under `cacheHome` (made the `XDG_CACHE_HOME` of `env`).
    static func becomesCurrent(cacheHome: String, _ env: [String: String] = [:]) throws -> Bool {
        var env = env
        env["XDG_CACHE_HOME"] = cacheHome
        for _ in 0..<600 {
            let state = try VitaBinary.run(["cache", "list"], environment: env).stdout.split(separator: "\t").last
            let people = ((try? FileManager.default.contentsOfDirectory(atPath: cacheHome + "/vita")) ?? []).contains { $0.hasSuffix(".people") }
            if state.map({ $0.trimmingCharacters(in: .newlines) }) == "current", people { return true }
            usleep(50_000)
        }
        return false
    }

    @Test func theSecondOpenReadsTheSnapshotAndSaysNothing() throws {
        let (d, env) = try Self.setUp()
        let args = ["list", d.path("rec.txt")] + TestSeed.asOfArguments
        let first = try VitaBinary.run(args, environment: env)
        #expect(first.status == 0 && first.stderr.isEmpty, "\(first.stderr)")
        #expect(try Self.becomesCurrent(d, env) && Self.snapshots(d).count == 1)
        let second = try VitaBinary.run(args, environment: env)
        #expect(second.stdout == first.stdout && second.stderr == first.stderr && second.status == 0)
        let search = ["search", "quantization", d.path("rec.txt"), "--format", "tsv"] + TestSeed.asOfArguments
        let cached = try VitaBinary.run(search, environment: env), uncached = try VitaBinary.run(search + ["--no-cache"], environment: env)
        #expect(cached.stdout == uncached.stdout && !cached.stdout.isEmpty)
        let listed = try VitaBinary.run(["cache", "list"], environment: env)
        #expect(listed.stdout.hasSuffix("\t\(d.path("rec.txt"))\tcurrent\n") && listed.stderr.contains("1 snapshot,"), "\(listed.stdout)")

        // Damaged: said in one line, the record read anew, the same output, the snapshot written again.
        let path = d.path("cache/vita/" + Self.snapshots(d)[0])
        let whole = try Data(contentsOf: URL(fileURLWithPath: path))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: path))
        let damaged = try VitaBinary.run(["cache", "list"], environment: env)
        #expect(damaged.stdout.contains("\tit is cut short ("), "\(damaged.stdout)")
        let reread = try VitaBinary.run(args, environment: env)
        #expect(reread.stdout == first.stdout && reread.status == 0)
        #expect(reread.stderr.components(separatedBy: "\n").filter { $0.contains("snapshot") }
            == ["vita: the snapshot of \(d.path("rec.txt")) was not used (it is cut short (\(whole.count / 2) of \(whole.count) bytes)); reading the record and writing it again"],
                "\(reread.stderr)")
        #expect(try Self.becomesCurrent(d, env))
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)

        let cleared = try VitaBinary.run(["cache", "clear"], environment: env)
        // The snapshot and its people.
        #expect(cleared.stdout.hasPrefix("removed 2 files,") && Self.snapshots(d).isEmpty, "\(cleared.stdout)")
        // --no-cache neither reads nor writes one.
        _ = try VitaBinary.run(args + ["--no-cache"], environment: env)
        #expect(Self.snapshots(d).isEmpty)
        let none = try VitaBinary.run(["cache", "list"], environment: env)
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no snapshot in"))
    }

    /// A search of a record with no snapshot answers from the record, and the snapshot is made
    /// after it, by a process of its own; `vita cache build` makes it at once, or says it is current.
    @Test func aFirstSearchAnswersAndItsSnapshotIsMadeAfterwards() throws {
        let (d, env) = try Self.setUp()
        for query in [["quantization", "--count"], ["quant", "--format", "tsv"]] {
            _ = try VitaBinary.run(["cache", "clear"], environment: env)
            let search = ["search"] + query + [d.path("rec.txt")] + TestSeed.asOfArguments
            let first = try VitaBinary.run(search, environment: env)
            let uncached = try VitaBinary.run(search + ["--no-cache"], environment: env)
            #expect(first.status == 0 && first.stdout == uncached.stdout && first.stderr.isEmpty && !first.stdout.isEmpty, "\(first.stderr)")
            #expect(try Self.becomesCurrent(d, env), "no snapshot made after the search \(query)")
            let again = try VitaBinary.run(search, environment: env)
            #expect(again.stdout == first.stdout && again.stderr.isEmpty)
        }
        // --no-cache makes none.
        _ = try VitaBinary.run(["cache", "clear"], environment: env)
        _ = try VitaBinary.run(["search", "quant", d.path("rec.txt"), "--no-cache"] + TestSeed.asOfArguments, environment: env)
        usleep(500_000)
        #expect(Self.snapshots(d).isEmpty)

        // Made at once, then current.
        let build = ["cache", "build", d.path("rec.txt")] + TestSeed.asOfArguments
        let made = try VitaBinary.run(build, environment: env)
        #expect(made.status == 0 && made.stdout.hasPrefix("kept a snapshot of \(d.path("rec.txt")): 34 papers, ") && Self.snapshots(d).count == 1,
                "\(made.stdout)\(made.stderr)")
        // Its people counted from the papers read and kept beside it.
        let kept = (try? FileManager.default.contentsOfDirectory(atPath: d.path("cache/vita"))) ?? []
        #expect(made.stdout.contains(" people in ") && kept.filter { $0.hasSuffix(".people") }.count == 1, "\(made.stdout) \(kept)")
        // One paper by one person: said so.
        try "@article{a, title = {One}, author = {Lee, Ann}, year = 2001}\n".write(toFile: d.path("one.bib"), atomically: true, encoding: .utf8)
        let one = try VitaBinary.run(["cache", "build", d.path("one.bib")] + TestSeed.asOfArguments, environment: env)
        #expect(one.stdout.contains(": 1 paper, ") && one.stdout.contains(", and its 1 person in "), "\(one.stdout)")
        let current = try VitaBinary.run(build, environment: env)
        #expect(current.stdout.hasPrefix("the snapshot of \(d.path("rec.txt")) is current: ") && current.status == 0, "\(current.stdout)")
        // A record below the size kept says so; one that is not a file cannot be kept.
        let small = try VitaBinary.run(build, environment: ["XDG_CACHE_HOME": d.path("cache")])
        #expect(small.stdout.contains("is smaller than 8.0 MB: it is read each time, and no snapshot is kept"), "\(small.stdout)")
        let missing = try VitaBinary.run(["cache", "build", d.path("none.txt")], environment: env)
        #expect(missing.status == 1 && missing.stderr.contains("no snapshot of \(d.path("none.txt")): only regular files"), "\(missing.stderr)")
    }

    /// A one-shot command on a large record with no snapshot answers as `--no-cache` does, with
    /// no snapshot written before its answer, and leaves it to a process of its own: current
    /// soon after, with the record's people, and the next command answers from it the same.
    @Test func oneShotCommandsAnswerFirstAndTheSnapshotFollows() throws {
        let d = try Scratch()
        let url = SearchCLITests.largeRecord(at: d.url.appendingPathComponent("large.txt"))
        let env = ["XDG_CACHE_HOME": d.path("cache")]
        for command in [["list", "--format", "tsv"], ["stats"], ["show", "2"]] {
            _ = try VitaBinary.run(["cache", "clear"], environment: env)
            let args = command + [url.path] + TestSeed.asOfArguments
            let first = try VitaBinary.run(args, environment: env)
            let atAnswer = Self.snapshots(d)
            let uncached = try VitaBinary.run(args + ["--no-cache"], environment: env)
            #expect(first.status == 0 && first.stdout == uncached.stdout && first.stderr == uncached.stderr && !first.stdout.isEmpty,
                    "\(command) \(first.stderr)")
            #expect(atAnswer.isEmpty, "\(command): a snapshot was written before the answer")
            #expect(try Self.becomesCurrent(d, env), "\(command): no snapshot made after the answer")
            let again = try VitaBinary.run(args, environment: env)
            #expect(again.stdout == first.stdout && again.status == 0, "\(command) \(again.stderr)")
        }
        // A listing whose reader stops early (`| head`): the snapshot is still made after it.
        _ = try VitaBinary.run(["cache", "clear"], environment: env)
        let headed = try HostileCLITests.script("""
        { "$VITA" list --as-of 2026-11-25 \(url.path) 2>/dev/null; echo $? > \(d.path("status")); } | head -n 1 | wc -l; cat \(d.path("status"))
        """, in: d)
        #expect(headed == "1\n141\n", "\(headed)")
        #expect(try Self.becomesCurrent(d, env), "no snapshot made after a listing cut short")
    }

    /// Two builds at once: one makes the snapshot, the other waits for it and finds it current.
    @Test func twoBuildsAtOnceMakeOneSnapshot() throws {
        let (d, _) = try Self.setUp()
        let r = try HostileCLITests.script("""
        cd \(d.url.path)
        export XDG_CACHE_HOME=\(d.path("cache")) VITA_CACHE_MIN_BYTES=0
        "$VITA" cache build --as-of 2026-11-25 rec.txt > a.txt 2>&1 & a=$!
        "$VITA" cache build --as-of 2026-11-25 rec.txt > b.txt 2>&1 & b=$!
        wait $a; echo "a $?"; wait $b; echo "b $?"
        cat a.txt b.txt | grep -c '^kept a snapshot'
        cat a.txt b.txt | grep -c 'is current'
        ls -A cache/vita | grep -vcE '[.](snapshot|people)$'
        """, in: d)
        #expect(r == "a 0\nb 0\n1\n1\n0\n", "\(r)")
    }

    /// kill -9 at twenty moments of a snapshot's making: it is then absent or whole, never half
    /// written, and the next open reads the record or the snapshot without a complaint.
    @Test func killedAtTwentyMomentsTheSnapshotIsAbsentOrWhole() throws {
        let (d, _) = try Self.setUp()
        let gen = try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$BENCH\" --write 1500 \(d.path("rec.txt"))"],
                               environment: ["BENCH": VitaBinary.url.deletingLastPathComponent().appendingPathComponent("vita-bench").path])
        guard gen.status == 0 else { print("⚠️  SKIPPED: no vita-bench to make a record"); return }
        let r = try HostileCLITests.script("""
        cd \(d.url.path)
        export XDG_CACHE_HOME=\(d.path("cache")) VITA_CACHE_MIN_BYTES=0
        start=$(date +%s%N); "$VITA" cache build --as-of 2026-11-25 rec.txt >/dev/null 2>&1; end=$(date +%s%N)
        step=$(( (end - start) / 20000 ))
        for i in $(seq 0 19); do
            "$VITA" cache clear >/dev/null
            "$VITA" cache build --as-of 2026-11-25 rec.txt >/dev/null 2>&1 & p=$!
            usleep=$(( i * step )); sleep "$(printf '%d.%06d' $(( usleep / 1000000 )) $(( usleep % 1000000 )))"
            kill -9 $p 2>/dev/null; wait $p 2>/dev/null
            state=$("$VITA" cache list 2>/dev/null | cut -f4)
            "$VITA" cache build --as-of 2026-11-25 rec.txt >/dev/null 2>err.txt
            if grep -q snapshot err.txt; then echo "NOTICE $(cat err.txt)"; else echo "${state:-absent}"; fi
        done
        ls -A cache/vita
        """, in: d)
        let lines = r.split(separator: "\n").map(String.init)
        let outcomes = Array(lines.prefix(20))
        #expect(outcomes.count == 20 && outcomes.allSatisfy { $0 == "absent" || $0 == "current" }, "\(r)")
        // What a killed writer left is removed by the next one.
        #expect(lines.dropFirst(20).allSatisfy { $0.hasSuffix(".snapshot") || $0.hasSuffix(".people") }, "\(r)")
    }

    /// Two processes opening the same record at once: the same output at once, each leaving the
    /// snapshot for afterwards, and one snapshot made, whole (`cache build` waits for the process
    /// making it, and finds it current; nothing else is left in the folder).
    @Test func twoProcessesAtOnce() throws {
        let (d, _) = try Self.setUp()
        let r = try HostileCLITests.script("""
        cd \(d.url.path)
        export XDG_CACHE_HOME=\(d.path("cache")) VITA_CACHE_MIN_BYTES=0
        "$VITA" list --as-of 2026-11-25 rec.txt > a.txt 2>ae.txt & a=$!
        "$VITA" list --as-of 2026-11-25 rec.txt > b.txt 2>be.txt & b=$!
        wait $a; echo "a $?"; wait $b; echo "b $?"
        cmp -s a.txt b.txt && echo same
        cat ae.txt be.txt
        for i in $(seq 600); do "$VITA" cache list 2>/dev/null | grep -q current && break; sleep 0.05; done
        "$VITA" cache build --as-of 2026-11-25 rec.txt 2>/dev/null | sed 's/:.*//'
        ls -A cache/vita | grep -vcE '[.](snapshot|people|lock)$'
        ls -A cache/vita | grep -cE '[.]snapshot$'
        """, in: d)
        #expect(r == "a 0\nb 0\nsame\nthe snapshot of rec.txt is current\n0\n1\n", "\(r)")
    }
}
