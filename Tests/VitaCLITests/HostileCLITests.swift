import Foundation
import Testing

/// The command line against what a hostile or careless caller gives it: a full disk, absurd
/// widths, input that never ends. Each gets one clear line and an exit status, never a crash.
@Suite("vita against hostile callers")
struct HostileCLITests {
    /// Runs vita through the shell, for redirections a Process cannot express.
    static func shell(_ command: String) throws -> VitaBinary.Result {
        try Tool.run(URL(fileURLWithPath: "/bin/sh"), ["-c", command], environment: ["VITA": VitaBinary.url.path, "SWIFT_BACKTRACE": "enable=no"],
                     directory: VitaBinary.packageRoot)
    }

    @Test func aFullDiskIsSaidNotACrash() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        for sub in ["list", "export", "stats"] {
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
