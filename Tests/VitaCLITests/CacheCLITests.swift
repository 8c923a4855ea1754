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

    @Test func theSecondOpenReadsTheSnapshotAndSaysNothing() throws {
        let (d, env) = try Self.setUp()
        let args = ["list", d.path("rec.txt")] + TestSeed.asOfArguments
        let first = try VitaBinary.run(args, environment: env)
        #expect(first.status == 0 && Self.snapshots(d).count == 1, "\(first.stderr)")
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
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == whole)

        let cleared = try VitaBinary.run(["cache", "clear"], environment: env)
        #expect(cleared.stdout.hasPrefix("removed 1 file,") && Self.snapshots(d).isEmpty, "\(cleared.stdout)")
        // --no-cache neither reads nor writes one.
        _ = try VitaBinary.run(args + ["--no-cache"], environment: env)
        #expect(Self.snapshots(d).isEmpty)
        let none = try VitaBinary.run(["cache", "list"], environment: env)
        #expect(none.status == 0 && none.stdout.isEmpty && none.stderr.contains("no snapshot in"))
    }

    /// kill -9 at twenty moments of a first open: the snapshot is then absent or whole, never
    /// half written, and the next open reads the record or the snapshot without a complaint.
    @Test func killedAtTwentyMomentsTheSnapshotIsAbsentOrWhole() throws {
        let (d, _) = try Self.setUp()
        let gen = try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "\"$BENCH\" --write 1500 \(d.path("rec.txt"))"],
                               environment: ["BENCH": VitaBinary.url.deletingLastPathComponent().appendingPathComponent("vita-bench").path])
        guard gen.status == 0 else { print("⚠️  SKIPPED: no vita-bench to make a record"); return }
        let r = try HostileCLITests.script("""
        cd \(d.url.path)
        export XDG_CACHE_HOME=\(d.path("cache")) VITA_CACHE_MIN_BYTES=0
        start=$(date +%s%N); "$VITA" stats --as-of 2026-11-25 rec.txt >/dev/null 2>&1; end=$(date +%s%N)
        step=$(( (end - start) / 20000 ))
        for i in $(seq 0 19); do
            "$VITA" cache clear >/dev/null
            "$VITA" stats --as-of 2026-11-25 rec.txt >/dev/null 2>&1 & p=$!
            usleep=$(( i * step )); sleep "$(printf '%d.%06d' $(( usleep / 1000000 )) $(( usleep % 1000000 )))"
            kill -9 $p 2>/dev/null; wait $p 2>/dev/null
            state=$("$VITA" cache list 2>/dev/null | cut -f4)
            "$VITA" stats --as-of 2026-11-25 rec.txt >/dev/null 2>err.txt
            if grep -q snapshot err.txt; then echo "NOTICE $(cat err.txt)"; else echo "${state:-absent}"; fi
        done
        ls -A cache/vita
        """, in: d)
        let lines = r.split(separator: "\n").map(String.init)
        let outcomes = Array(lines.prefix(20))
        #expect(outcomes.count == 20 && outcomes.allSatisfy { $0 == "absent" || $0 == "current" }, "\(r)")
        // What a killed writer left is removed by the next one.
        #expect(lines.dropFirst(20).allSatisfy { $0.hasSuffix(".snapshot") }, "\(r)")
    }

    /// Two processes opening the same record at once: both read it, one snapshot stays, whole.
    @Test func twoProcessesAtOnce() throws {
        let (d, _) = try Self.setUp()
        let r = try HostileCLITests.script("""
        cd \(d.url.path)
        export XDG_CACHE_HOME=\(d.path("cache")) VITA_CACHE_MIN_BYTES=0
        "$VITA" list --as-of 2026-11-25 rec.txt > a.txt 2>&1 & a=$!
        "$VITA" list --as-of 2026-11-25 rec.txt > b.txt 2>&1 & b=$!
        wait $a; echo "a $?"; wait $b; echo "b $?"
        cmp -s a.txt b.txt && echo same
        "$VITA" cache list 2>/dev/null | cut -f4
        """, in: d)
        #expect(r == "a 0\nb 0\nsame\ncurrent\n", "\(r)")
    }
}
