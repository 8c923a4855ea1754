import Foundation
import VitaCore

/// A command run to its end: its wall time and its peak resident memory.
struct Run {
    var seconds: Double
    var peakKB: Int
}

/// Spawns `tool` with `args` (standard output to a file, standard error to /dev/null) and reaps it
/// directly, with `env` added to the environment. The best of `times` runs.
func spawnRun(_ tool: String, _ args: [String], env: [String: String] = [:], times: Int = 1, output: String) -> Run {
    var best = Run(seconds: .infinity, peakKB: 0)
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    for _ in 0..<times {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = ([tool] + args).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var pid = pid_t()
        var status: Int32 = 0
        var usage = rusage()
        let t = seconds {
            guard posix_spawn(&pid, tool, &actions, nil, argv, envp) == 0 else { return }
            wait4(pid, &status, 0, &usage)
        }
        if t < best.seconds { best = Run(seconds: t, peakKB: Int(usage.ru_maxrss)) }
    }
    return best
}

/// The snapshot of a record: its first open (read, index, snapshot written), reopening it, and
/// searches answered from it beside grep on the same file; the first search without any snapshot
/// beside `vita list`.
func snapshotFigures(papers n: Int, in dir: URL) throws {
    let vita = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("vita").path
    guard FileManager.default.isExecutableFile(atPath: vita) else {
        print("snapshot: build the vita product too (swift build -c release)")
        return
    }
    let file = dir.appendingPathComponent("snapshot-\(n).txt")
    let size = try SyntheticRecord(papers: n).write(to: file)
    let cache = dir.appendingPathComponent("cache")
    let env = ["XDG_CACHE_HOME": cache.path]
    let out = dir.appendingPathComponent("snapshot.out").path
    let asOf = ["--as-of", "2026-11-25"]
    func mbKB(_ kb: Int) -> String { String(format: "%.0f MB", Double(kb) / 1024) }
    func clear() { try? FileManager.default.removeItem(at: cache) }

    print(String(format: "snapshot, %d papers (%@):", n, mb(size)))
    clear()
    let list = spawnRun(vita, ["list", file.path, "--no-cache"] + asOf, env: env, output: out)
    let first = spawnRun(vita, ["search", "network", file.path, "--count"] + asOf, env: env, output: out)
    print(String(format: "  first search, no snapshot yet, a word in 95%% of papers: %@ (vita list --no-cache: %@), RSS %@",
                 ms(first.seconds), ms(list.seconds), mbKB(first.peakKB)))
    clear()
    let build = spawnRun(vita, ["stats", file.path] + asOf, env: env, output: out)
    let snapshotSize = ((try? FileManager.default.contentsOfDirectory(atPath: cache.path + "/vita")) ?? [])
        .compactMap { try? FileManager.default.attributesOfItem(atPath: cache.path + "/vita/" + $0)[.size] as? Int }.reduce(0, +)
    print(String(format: "  first open (read + index + snapshot written): %@, peak RSS %@ (%.1fx the record); snapshot %@",
                 ms(build.seconds), mbKB(build.peakKB), Double(build.peakKB) * 1024 / Double(size), mb(snapshotSize)))
    let reopen = spawnRun(vita, ["stats", file.path] + asOf, env: env, times: 3, output: out)
    let noCache = spawnRun(vita, ["stats", file.path, "--no-cache"] + asOf, env: env, times: 1, output: out)
    print(String(format: "  reopen (vita stats, snapshot read, no index needed): %@, RSS %@; reading the record instead: %@, RSS %@",
                 ms(reopen.seconds), mbKB(reopen.peakKB), ms(noCache.seconds), mbKB(noCache.peakKB)))
    for (label, query) in [("rare word", "quantization"), ("word in 95% of papers", "network"), ("two words", "efficient sparse")] {
        let grep = spawnRun("/usr/bin/grep", ["-c", "-i", query.split(separator: " ")[0].description, file.path], times: 3, output: out)
        let v = spawnRun(vita, ["search", query, file.path, "--count"] + asOf, env: env, times: 3, output: out)
        print(String(format: "  search --count, %@ (%@): %@, RSS %@; grep -c -i %@: %@ (%.1fx grep)",
                     label, query, ms(v.seconds), mbKB(v.peakKB), query.split(separator: " ")[0].description, ms(grep.seconds), v.seconds / grep.seconds))
    }
    clear()
}
