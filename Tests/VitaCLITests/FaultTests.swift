import Foundation
import Testing
import VitaTestSupport

/// Writes on a disk that fills up and on one that is read-only, as root sees them too (a small
/// tmpfs, then mounted read-only): every write says why in one line, leaves what was there and
/// no litter, and the record still loads. Skipped, loudly, where tmpfs cannot be mounted.
@Suite("Faults: a full disk and a read-only one", .serialized)
struct FaultTests {
    /// A tmpfs of `kilobytes` at `dir/disk`, unmounted when the body ends; nil when mounting is not allowed.
    static func withDisk<T>(_ d: Scratch, kilobytes: Int, _ body: (String) throws -> T) throws -> T? {
        let disk = d.path("disk")
        try FileManager.default.createDirectory(atPath: disk, withIntermediateDirectories: true)
        let mounted = try Tool.run(URL(fileURLWithPath: "/bin/mount"), ["-t", "tmpfs", "-o", "size=\(kilobytes)k", "tmpfs", disk])
        guard mounted.status == 0 else {
            print("⚠️  SKIPPED: cannot mount a tmpfs here (\(mounted.stderr.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return nil
        }
        defer { _ = try? Tool.run(URL(fileURLWithPath: "/bin/umount"), ["-l", disk]) }
        return try body(disk)
    }

    /// Fills the disk to its last 8 KB.
    static func fill(_ disk: String) throws {
        _ = try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", "dd if=/dev/zero of='\(disk)/filler' bs=1k count=$(( $(df -k --output=avail '\(disk)' | tail -1) - 8 )) 2>/dev/null; true"])
    }

    static func litter(_ dir: String) -> [String] {
        ((try? FileManager.default.subpathsOfDirectory(atPath: dir)) ?? []).filter { ($0 as NSString).lastPathComponent.hasPrefix(".vita-") }
    }

    @Test func aFullDisk() throws {
        let d = try Scratch()
        let seed = TestSeed.path
        let normal = try VitaBinary.run(["list", seed] + TestSeed.asOfArguments)
        _ = try Self.withDisk(d, kilobytes: 512) { disk in
            try FileManager.default.createDirectory(atPath: disk + "/data", withIntermediateDirectories: true)
            try "@misc{old, title={Old}}\n".write(toFile: disk + "/out.bib", atomically: false, encoding: .utf8)
            try Self.fill(disk)
            let env = ["XDG_CACHE_HOME": disk + "/cache", "VITA_CACHE_MIN_BYTES": "0", "XDG_DATA_HOME": disk + "/data"]

            // The snapshot: one line, the record as ever, nothing left behind.
            let list = try VitaBinary.run(["list", seed] + TestSeed.asOfArguments, environment: env)
            #expect(list.status == 0 && list.stdout == normal.stdout)
            #expect(list.stderr.hasPrefix("vita: no snapshot of \(seed) kept: cannot write") && list.stderr.contains("No space left on device")
                     && list.stderr.split(separator: "\n").count == 1, "\(list.stderr)")
            #expect(Self.litter(disk).isEmpty && !((try? FileManager.default.contentsOfDirectory(atPath: disk + "/cache/vita")) ?? []).contains { $0.hasSuffix(".snapshot") })

            // An export: the old file stays.
            let export = try VitaBinary.run(["export", seed, "-o", disk + "/out.bib", "--force"] + TestSeed.asOfArguments, environment: env)
            #expect(export.status == 1 && export.stderr.contains("No space left on device"), "\(export.stderr)")
            #expect((try? String(contentsOfFile: disk + "/out.bib", encoding: .utf8)) == "@misc{old, title={Old}}\n")
            #expect(Self.litter(disk).isEmpty)

            // The state store: an import that does not fit is an error, not a crash.
            var tags: [String: [String]] = [:]
            for p in 0..<34 { tags["p\(p)"] = (0..<200).map { "tag-\($0)-" + String(repeating: "x", count: 40) } }
            let doc = try JSONSerialization.data(withJSONObject: ["marks": [String](), "tags": tags, "notes": [String: String](), "settings": [String: String](), "history": [String]()] as [String: Any])
            try doc.write(to: URL(fileURLWithPath: d.path("state.json")))
            let imported = try VitaBinary.run(["state", "import", d.path("state.json"), seed] + TestSeed.asOfArguments, environment: env)
            #expect(imported.status != 0 && !imported.stderr.isEmpty && !imported.stderr.contains("Fatal error"), "\(imported.status) \(imported.stderr)")
            return ()
        }
    }

    @Test func aReadOnlyDisk() throws {
        let d = try Scratch()
        let seed = TestSeed.path
        _ = try Self.withDisk(d, kilobytes: 4096) { disk in
            try "@misc{old, title={Old}}\n".write(toFile: disk + "/out.bib", atomically: false, encoding: .utf8)
            try FileManager.default.createDirectory(atPath: disk + "/cache", withIntermediateDirectories: true)
            let remount = try Tool.run(URL(fileURLWithPath: "/bin/mount"), ["-o", "remount,ro", disk])
            guard remount.status == 0 else { print("⚠️  SKIPPED: cannot remount read-only"); return () }
            let env = ["XDG_CACHE_HOME": disk + "/cache", "VITA_CACHE_MIN_BYTES": "0", "XDG_DATA_HOME": disk + "/data"]
            let list = try VitaBinary.run(["list", seed] + TestSeed.asOfArguments, environment: env)
            #expect(list.status == 0 && list.stderr.contains("no snapshot of") && list.stderr.contains("Read-only file system"), "\(list.stderr)")
            let export = try VitaBinary.run(["export", seed, "-o", disk + "/out.bib", "--force", "--no-cache"] + TestSeed.asOfArguments, environment: env)
            #expect(export.status == 1 && export.stderr.contains("Read-only file system") && export.stderr.split(separator: "\n").count == 1, "\(export.stderr)")
            #expect((try? String(contentsOfFile: disk + "/out.bib", encoding: .utf8)) == "@misc{old, title={Old}}\n")
            let tags = try VitaBinary.run(["tags", seed] + TestSeed.asOfArguments, environment: env)
            #expect(tags.status != 0 && tags.stderr.hasPrefix("vita: ") && !tags.stderr.contains("Fatal error"), "\(tags.status) \(tags.stderr)")
            return ()
        }
    }

    /// No permission, as a user who has none (root is run as `nobody`; anyone else is refused by
    /// the folder's mode): a folder that cannot be written, and one where the new file is
    /// written whole and only its last step, taking the old file's name, is refused (a sticky
    /// folder, as /tmp is, where the old file is someone else's). Each says why in one line and
    /// leaves the old file and no litter; the record still loads.
    @Test func permissionDenied() throws {
        let d = try Scratch()
        let asRoot = getuid() == 0
        let seed = d.path("rec.txt")
        try FileManager.default.copyItem(atPath: TestSeed.path, toPath: seed)
        let old = "@misc{old, title={Old}}\n"
        let locked = d.path("locked"), shared = d.path("shared"), home = d.path("home")
        for dir in [locked, shared, home] { try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        try old.write(toFile: locked + "/out.bib", atomically: false, encoding: .utf8)
        try old.write(toFile: shared + "/out.bib", atomically: false, encoding: .utf8)
        chmod(d.url.path, 0o755)
        chmod(seed, 0o644)
        chmod(home, 0o777)
        chmod(shared, 0o1777)
        chmod(locked, asRoot ? 0o755 : 0o555)
        defer { chmod(locked, 0o755) }
        let env = ["HOME": home, "XDG_CACHE_HOME": locked + "/cache", "VITA_CACHE_MIN_BYTES": "0", "XDG_DATA_HOME": locked + "/data",
                   "XDG_CONFIG_HOME": home + "/config"]
        func vita(_ arguments: [String], environment: [String: String] = env) throws -> VitaBinary.Result {
            guard asRoot else { return try VitaBinary.run(arguments + TestSeed.asOfArguments, environment: environment) }
            return try Tool.run(URL(fileURLWithPath: "/usr/bin/setpriv"),
                                ["--reuid=65534", "--regid=65534", "--clear-groups", "--", VitaBinary.url.path] + arguments + TestSeed.asOfArguments,
                                environment: environment, clearing: ["COLUMNS", "VITA_SEEDS"])
        }
        func oneLine(_ r: VitaBinary.Result, _ why: String) -> Bool {
            r.status == 1 && r.stderr.contains(why) && r.stderr.split(separator: "\n").count == 1 && !r.stderr.contains("Fatal error")
        }
        let normal = try VitaBinary.run(["list", seed] + TestSeed.asOfArguments)

        // A folder that cannot be written: the export, the snapshot, the state store.
        let export = try vita(["export", seed, "-o", locked + "/out.bib", "--force", "--no-cache"])
        #expect(oneLine(export, "Permission denied"), "\(export.status) \(export.stderr)")
        #expect((try? String(contentsOfFile: locked + "/out.bib", encoding: .utf8)) == old && FaultTests.litter(locked).isEmpty)
        let list = try vita(["list", seed])
        #expect(list.status == 0 && list.stdout == normal.stdout, "\(list.stderr)")
        #expect(list.stderr.hasPrefix("vita: no snapshot of \(seed) kept: ") && list.stderr.contains("Permission denied")
                && list.stderr.split(separator: "\n").count == 1, "\(list.stderr)")
        // A search answers, and says in one line that no snapshot is kept (none is left to a
        // process of its own to make).
        let search = try vita(["search", "quant", seed, "--count"])
        #expect(search.status == 0 && Int(search.stdout.trimmingCharacters(in: .newlines)) ?? 0 > 0
                && search.stderr.hasPrefix("vita: no snapshot of \(seed) kept: ") && search.stderr.split(separator: "\n").count == 1, "\(search.stderr)")
        let tags = try vita(["tags", seed])
        #expect(tags.status != 0 && tags.stderr.hasPrefix("vita: ") && !tags.stderr.contains("Fatal error"), "\(tags.status) \(tags.stderr)")

        // Half way: the new file is written beside the old one, and taking its name is refused.
        guard asRoot else { return }
        let replace = try vita(["export", seed, "-o", shared + "/out.bib", "--force"], environment: env.merging(["XDG_CACHE_HOME": home + "/cache"]) { $1 })
        #expect(oneLine(replace, "Operation not permitted"), "\(replace.status) \(replace.stderr)")
        #expect((try? String(contentsOfFile: shared + "/out.bib", encoding: .utf8)) == old && FaultTests.litter(shared).isEmpty)
        // Written where it may be, it is whole.
        let fresh = try vita(["export", seed, "-o", shared + "/new.bib"], environment: env.merging(["XDG_CACHE_HOME": home + "/cache"]) { $1 })
        #expect(fresh.status == 0 && ((try? String(contentsOfFile: shared + "/new.bib", encoding: .utf8)) ?? "").components(separatedBy: "\n@").count == 34,
                "\(fresh.stderr)")
    }
}
