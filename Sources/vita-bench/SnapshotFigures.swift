import Foundation
import VitaCore

/// A command run to its end: its wall time and its peak resident memory.
struct Run {
    var seconds: Double
    var peakKB: Int
    /// Of the resident memory, how much is the process's own (not pages of mapped files).
    var anonKB: Int? = nil
}

/// Spawns `tool` with `args` (standard output to a file, standard error to /dev/null) and reaps it
/// directly, with `env` added to the environment. The best of `times` runs. Its peak memory is
/// the high-water mark the system keeps for it (`VmHWM`), read every 2 ms by another thread while
/// it runs: the peak `wait4` gives a spawned process counts the memory of the process that spawned
/// it (the child shares it until it runs the tool), so it said 1.5 GB for any command run after
/// this one had read large records itself. Taken from `wait4` only when the run was too short
/// to be read.
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
        let watch = HighWater()
        let t = seconds {
            guard posix_spawn(&pid, tool, &actions, nil, argv, envp) == 0 else { return }
            watch.follow(pid)
            wait4(pid, &status, 0, &usage)
            watch.stop()
        }
        if t < best.seconds { best = Run(seconds: t, peakKB: watch.peakKB ?? Int(usage.ru_maxrss)) }
    }
    return best
}

/// What `vita search WORD --count` is held to: ripgrep (`rg -c -i WORD FILE`) where it is on the
/// `PATH`, else grep (`grep -c -i`, which is slower); `name` says which in the figures.
let lineCounter: (path: String, name: String) = {
    for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
        let path = "\(dir)/rg"
        if FileManager.default.isExecutableFile(atPath: path) { return (path, "rg") }
    }
    return ("/usr/bin/grep", "grep")
}()

/// Fields of a process's `/proc/PID/status` in kB (`VmRSS:`, …), nil for each it does not give.
func statusKB(_ pid: pid_t, _ fields: [String]) -> [Int?] {
    let status = (try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8)) ?? ""
    return fields.map { field in
        status.split(separator: "\n").first { $0.hasPrefix(field) }.flatMap { Int($0.split(separator: " ").dropFirst().first ?? "") }
    }
}

/// The high-water mark of a process's resident memory, read from `/proc` on a thread of its own
/// until `stop`.
final class HighWater: @unchecked Sendable {
    private let lock = Lock()
    private var stopped = false
    private var highest: Int?

    var peakKB: Int? { lock.lock(); defer { lock.unlock() }; return highest }

    func follow(_ pid: pid_t) {
        Threads.detach { [self] in
            while true {
                lock.lock()
                let done = stopped
                lock.unlock()
                if done { return }
                if let kb = statusKB(pid, ["VmHWM:"]).first ?? nil {
                    lock.lock()
                    if !stopped { highest = max(highest ?? 0, kb) }
                    lock.unlock()
                }
                usleep(2_000)
            }
        }
    }

    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }
}

/// A record's first open as `vita cache build` makes it: read, indexed and its snapshot written,
/// then its people counted and kept beside it. `snapshot` and `people` are the times the command
/// says each took; `run` is the whole process (its wall time and its peak memory). A one-shot
/// command (`vita stats`) answers from the record read and leaves the snapshot to a process of
/// its own: timing it would time the answer, not the snapshot.
struct FirstOpen {
    var run: Run
    var snapshot: Double?
    var people: Double?
    var snapshotBytes: Int
}

func firstOpen(_ vita: String, _ file: String, asOf: [String], env: [String: String], cache: String, output: String) -> FirstOpen {
    try? FileManager.default.removeItem(atPath: cache)
    let run = spawnRun(vita, ["cache", "build", file] + asOf, env: env, output: output)
    let said = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
    // "kept a snapshot of NAME: N papers, SIZE, in 13.23 s, and its N people in 4.75 s: PATH"
    func seconds(after marker: String) -> Double? {
        guard let r = said.range(of: marker, options: .backwards) else { return nil }
        return Double(said[r.upperBound...].prefix { $0.isNumber || $0 == "." })
    }
    let snapshot = seconds(after: ", in ")
    let people = seconds(after: " people in ") ?? seconds(after: " person in ")
    let folder = cache + "/vita"
    let bytes = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
        .filter { $0.hasSuffix(".snapshot") }
        .compactMap { try? FileManager.default.attributesOfItem(atPath: folder + "/" + $0)[.size] as? Int }.reduce(0, +)
    return FirstOpen(run: run, snapshot: snapshot, people: people, snapshotBytes: bytes)
}

/// "read + index + snapshot written 9.81 s, its people counted 3.70 s more (13.72 s in all), peak
/// RSS 2716 MB (5.5x the record); snapshot 925.0 MB".
func describe(_ open: FirstOpen, recordBytes: Int) -> String {
    func s(_ t: Double?) -> String { t.map { String(format: "%.2f s", $0) } ?? "?" }
    let peak = Double(open.run.peakKB) * 1024
    return String(format: "read + index + snapshot written %@, its people counted %@ more (%@ in all), peak RSS %.0f MB (%.1fx the record); snapshot %@",
                  s(open.snapshot), s(open.people), s(open.run.seconds), peak / 1_048_576, peak / Double(recordBytes), mb(open.snapshotBytes))
}

/// The explorer started on a pseudo-terminal of 200x60 (`env` added to the environment), timed
/// from its start to its first frame (when `marker` has been drawn), with its resident memory
/// then; it is told to quit after. Nil when it drew no such frame within a minute.
func firstFrame(_ tool: String, _ args: [String], env: [String: String], marker: String) -> Run? {
    explorerSteps(tool, args, env: env, steps: [("", marker)]).first
}

/// The explorer on a pseudo-terminal of 200x60, driven by `steps`: each step's keys are typed
/// once the step before has drawn its marker, and timed from then until the step's own marker
/// has been drawn (the first step's from the start), with the resident memory then. It is told to
/// quit after. The runs of the steps done, fewer when a marker was not drawn within a minute.
/// `settle`: seconds waited after the first frame before the next keys.
func explorerSteps(_ tool: String, _ args: [String], env: [String: String], steps: [(keys: String, marker: String)], settle: Double = 0) -> [Run] {
    // posix_openpt and ptsname by hand (Swift's Glibc module leaves them out): Linux's
    // TIOCSPTLCK unlocks the new terminal, TIOCGPTN gives its number.
    let master = open("/dev/ptmx", O_RDWR | O_NOCTTY)
    guard master >= 0 else { return [] }
    defer { close(master) }
    var unlock: Int32 = 0, number: UInt32 = 0
    guard withUnsafeMutablePointer(to: &unlock, { ioctl(master, 0x4004_5431, $0) }) == 0,
          withUnsafeMutablePointer(to: &number, { ioctl(master, 0x8004_5430, $0) }) == 0 else { return [] }
    let slave = "/dev/pts/\(number)"
    var size = winsize(ws_row: 60, ws_col: 200, ws_xpixel: 0, ws_ypixel: 0)
    _ = withUnsafeMutablePointer(to: &size) { ioctl(master, UInt(TIOCSWINSZ), $0) }
    var environment = ProcessInfo.processInfo.environment
    for (k, v) in env { environment[k] = v }
    environment["TERM"] = "xterm-256color"
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer { envp.forEach { free($0) } }
    let argv = ([tool] + args).map { strdup($0) } + [nil]
    defer { argv.forEach { free($0) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, slave, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    var pid = pid_t()
    var start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, tool, &actions, nil, argv, envp) == 0 else { return [] }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var results: [Run] = []
    steps: for (k, step) in steps.enumerated() {
        if k > 0 {
            // Before the second step, `settle` seconds for what the explorer does after its first frame.
            if k == 1, settle > 0 { usleep(useconds_t(settle * 1e6)) }
            start = DispatchTime.now().uptimeNanoseconds
            _ = step.keys.withCString { write(master, $0, strlen($0)) }
        }
        var seen: [UInt8] = []
        let want = Array(step.marker.utf8)
        while DispatchTime.now().uptimeNanoseconds - start < 60_000_000_000 {
            var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
            guard poll(&p, 1, 1000) >= 0 else { break steps }
            if p.revents & Int16(POLLIN) == 0 { if p.revents != 0 { break steps }; continue }
            let n = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) }
            if n <= 0 { break steps }
            seen += buffer[..<n]
            if seen.count >= want.count, (0...(seen.count - want.count)).contains(where: { seen[$0..<($0 + want.count)].elementsEqual(want) }) {
                let t = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let kB = statusKB(pid, ["VmRSS:", "RssAnon:"])
                results.append(Run(seconds: t, peakKB: kB[0] ?? 0, anonKB: kB[1]))
                continue steps
            }
            if seen.count > 1 << 22 { seen.removeFirst(seen.count - want.count) }
        }
        break
    }
    _ = "q".withCString { write(master, $0, 1) }
    // Its output is read until it has gone, so it never blocks on a full terminal (a first open
    // waits for the snapshot written behind its first frame).
    var status: Int32 = 0
    for _ in 0..<4800 {
        if waitpid(pid, &status, WNOHANG) == pid { return results }
        var p = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        if poll(&p, 1, 50) > 0 { _ = buffer.withUnsafeMutableBytes { read(master, $0.baseAddress, $0.count) } }
    }
    kill(pid, SIGKILL)
    waitpid(pid, &status, 0)
    return results
}

/// The explorer's first open of a record with no snapshot (a scratch cache, emptied first): to
/// its first frame at 200x60, with its resident memory then, and until it has gone after `q`
/// (it waits for the snapshot written behind its first frame). One run.
func printExplorerFirstOpen(_ vita: String, _ file: String, env: [String: String], scratch: String) {
    try? FileManager.default.removeItem(atPath: scratch)
    let state = ["XDG_CACHE_HOME": scratch + "/cache", "XDG_DATA_HOME": scratch + "/state", "XDG_CONFIG_HOME": scratch + "/config"]
    var run: Run?
    let whole = seconds { run = firstFrame(vita, [file, "--as-of", "2026-11-25"], env: env.merging(state) { $1 }, marker: "sort: date") }
    let kept = ((try? FileManager.default.contentsOfDirectory(atPath: scratch + "/cache/vita")) ?? []).contains { $0.hasSuffix(".snapshot") }
    try? FileManager.default.removeItem(atPath: scratch)
    guard let run else {
        print("  explorer's first open: no first frame seen within a minute")
        return
    }
    print(String(format: "  explorer's first open, no snapshot yet, start to first frame at 200x60: %@, RSS %.0f MB then; its snapshot written behind it, %@ after `q` at once: %@ from the start",
                 ms(run.seconds), Double(run.peakKB) / 1024, kept ? "kept" : "NOT kept", ms(whole)))
}

/// The explorer reopened from the record's snapshot, to its first frame at 200x60 (best of three),
/// beside the same with `--no-cache`. The state folder is a scratch one.
func printFirstFrame(_ vita: String, _ file: String, env: [String: String], cache: String, readToo: Bool = true) {
    let state = ["XDG_DATA_HOME": cache + "/state", "XDG_CONFIG_HOME": cache + "/config"]
    let args = [file, "--as-of", "2026-11-25"]
    func best(_ args: [String], times: Int) -> Run? {
        (0..<times).compactMap { _ in firstFrame(vita, args, env: env.merging(state) { $1 }, marker: "sort: date") }.min { $0.seconds < $1.seconds }
    }
    guard let mapped = best(args, times: 3) else {
        print("  explorer reopened: no first frame seen within a minute")
        return
    }
    let read = readToo ? best(args + ["--no-cache"], times: 1) : nil
    print(String(format: "  explorer reopened from the snapshot, key to first frame at 200x60: %@, RSS %.0f MB then, %.0f MB of it its own, the rest mapped pages (reading the record instead: %@, %.0f MB)",
                 ms(mapped.seconds), Double(mapped.peakKB) / 1024, Double(mapped.anonKB ?? 0) / 1024,
                 read.map { ms($0.seconds) } ?? "-", Double(read?.peakKB ?? 0) / 1024))
}

/// A first search of `file` with no snapshot (`--no-cache`), its matches listed, beside `vita list
/// --no-cache` on it, best of two runs each: a rare word, a word in 95% of the papers, two words.
/// A search is not to take longer than the listing of every paper.
func firstSearches(_ vita: String, _ file: URL, label: String, out: String) {
    let args = [file.path, "--no-cache", "--as-of", "2026-11-25"]
    let list = spawnRun(vita, ["list"] + args, times: 2, output: out)
    var slower = false
    let parts = ["quantization", "network", "efficient sparse"].map { query in
        let search = spawnRun(vita, ["search", query] + args, times: 2, output: out)
        slower = slower || search.seconds > list.seconds
        return String(format: "%@ %@ (%.2fx)", query, ms(search.seconds), search.seconds / list.seconds)
    }
    print(String(format: "  first search without a snapshot, matches listed, %@ (%@): %@; vita list --no-cache %@%@",
                 label, mb(Int((try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? 0)),
                 parts.joined(separator: ", "), ms(list.seconds), slower ? "  SLOWER than the listing" : ""))
}

/// The snapshot of a record: its first open (read, index, snapshot written), reopening it, and
/// searches answered from it beside ripgrep (else grep) on the same file; the first search without any snapshot
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
    // The snapshot is made after the answer, in the background: `cache build` waits for it.
    let after = spawnRun(vita, ["cache", "build", file.path] + asOf, env: env, output: out)
    print(String(format: "  first search, no snapshot yet, a word in 95%% of papers: %@ (vita list --no-cache: %@), RSS %@; its snapshot current %@ after the answer",
                 ms(first.seconds), ms(list.seconds), mbKB(first.peakKB), ms(after.seconds)))
    firstSearches(vita, file, label: "profile text", out: out)
    let openAlex = dir.appendingPathComponent("snapshot-\(n).jsonl")
    try writeOpenAlexLines(SyntheticWork.make(n), to: openAlex)
    firstSearches(vita, openAlex, label: "OpenAlex JSON Lines", out: out)
    try? FileManager.default.removeItem(at: openAlex)
    let build = firstOpen(vita, file.path, asOf: asOf, env: env, cache: cache.path, output: out)
    print("  first open (vita cache build): " + describe(build, recordBytes: size))
    printExplorerFirstOpen(vita, file.path, env: [:], scratch: dir.appendingPathComponent("first-open").path)
    let reopen = spawnRun(vita, ["stats", file.path] + asOf, env: env, times: 3, output: out)
    let noCache = spawnRun(vita, ["stats", file.path, "--no-cache"] + asOf, env: env, times: 1, output: out)
    print(String(format: "  reopen (vita stats, snapshot read, no index needed): %@, RSS %@; reading the record instead: %@, RSS %@",
                 ms(reopen.seconds), mbKB(reopen.peakKB), ms(noCache.seconds), mbKB(noCache.peakKB)))
    printFirstFrame(vita, file.path, env: env, cache: cache.path)
    for (label, query) in [("rare word", "quantization"), ("word in 95% of papers", "network"), ("two words", "efficient sparse")] {
        let word = query.split(separator: " ")[0].description
        let counted = spawnRun(lineCounter.path, ["-c", "-i", word, file.path], times: 3, output: out)
        let v = spawnRun(vita, ["search", query, file.path, "--count"] + asOf, env: env, times: 3, output: out)
        print(String(format: "  search --count, %@ (%@): %@, RSS %@; %@ -c -i %@: %@ (%.1fx %@)",
                     label, query, ms(v.seconds), mbKB(v.peakKB), lineCounter.name, word, ms(counted.seconds), v.seconds / counted.seconds,
                     lineCounter.name))
    }
    clear()
}
