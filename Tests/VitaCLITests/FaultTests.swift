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
}
