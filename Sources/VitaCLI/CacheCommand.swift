import ArgumentParser
import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import VitaCore

/// `vita cache list|clear`: the snapshots of large records, what they take and whether each is
/// current.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "The snapshots that reopen large records at once: list them, clear them, or make one now.",
        discussion: """
        A record of 8 MB or more (all its files together) is read once and kept as a snapshot of its \
        papers and search index in $XDG_CACHE_HOME/vita (else ~/.cache/vita); later opens read the \
        snapshot. A snapshot whose record changed, or one that is damaged, is written again with a \
        one-line notice. --no-cache on any command skips it. VITA_CACHE_MIN_BYTES sets the size \
        from which records are kept.

        A command (list, search, show, stats, export…) on a record without a current snapshot \
        answers first and makes the snapshot afterwards, in the background; the explorer and \
        vita cache build make it at once.
        """,
        subcommands: [List.self, Clear.self, Build.self],
        defaultSubcommand: List.self
    )

    static func cache() throws -> SnapshotCache {
        guard let cache = SnapshotCache.standard() else {
            Output.error("vita: no place for snapshots: neither XDG_CACHE_HOME nor HOME is set")
            throw ExitCode(1)
        }
        return cache
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "Each snapshot: its size, when it was written, its record, and whether it is current (tab-separated).")

        func run() throws {
            let cache = try CacheCommand.cache()
            let entries = cache.entries()
            if entries.isEmpty {
                Output.error("vita: no snapshot in \(VisibleText.singleLine(cache.directory))")
                return
            }
            for e in entries {
                let record = e.key.map { k in
                    k.files.map { VisibleText.singleLine($0.path) }.joined(separator: " ") + (k.owner.map { " (owner \(VisibleText.singleLine($0)))" } ?? "")
                } ?? "?"
                Output.print("\(Self.size(e.size))\t\(Self.date(e.written))\t\(record)\t\(e.problem.map { VisibleText.singleLine($0) } ?? "current")")
            }
            let total = entries.reduce(0) { $0 + $1.size }
            Output.error("vita: \(entries.count) \(entries.count == 1 ? "snapshot" : "snapshots"), \(Self.size(total)) in \(VisibleText.singleLine(cache.directory))")
        }

        static func size(_ bytes: Int) -> String {
            if bytes >= 1 << 30 { return NumberText.fixed(Double(bytes) / Double(1 << 30), 1) + " GB" }
            if bytes >= 1 << 20 { return NumberText.fixed(Double(bytes) / Double(1 << 20), 1) + " MB" }
            return NumberText.fixed(Double(bytes) / 1024, 1) + " KB"
        }

        static func date(_ seconds: Int) -> String {
            var t = time_t(seconds)
            var parts = tm()
            localtime_r(&t, &parts)
            return NumberText.padded(Int(parts.tm_year) + 1900, 4) + "-" + NumberText.padded(Int(parts.tm_mon) + 1, 2) + "-"
                + NumberText.padded(Int(parts.tm_mday), 2) + " " + NumberText.padded(Int(parts.tm_hour), 2) + ":" + NumberText.padded(Int(parts.tm_min), 2)
        }
    }

    struct Build: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "build",
            abstract: "Make the snapshot of a record now, so its next open is at once (waits for another vita making it).")

        @OptionGroup var record: RecordOptions
        /// Started by a search: quiet, at a low priority, and not at all when another process is at it.
        @Flag(help: .hidden) var background = false

        func run() throws {
            guard !record.files.isEmpty else {
                Output.error("vita: cache build expects the files of a record")
                throw ExitCode(64)
            }
            guard !record.noCache else {
                Output.error("vita: cache build makes a snapshot; --no-cache says not to")
                throw ExitCode(64)
            }
            let cache = try CacheCommand.cache()
            let name = RecordLoader.recordName(record.files)
            // The whole record's snapshot serves every person of it (`--owner`).
            var whole = record
            whole.owner = nil
            guard let key = RecordKey.current(whole.files, owner: nil, asOf: whole.referenceDate) else {
                Output.error("vita: no snapshot of \(name): only regular files that can be read are kept")
                throw ExitCode(1)
            }
            guard cache.keeps(key) else {
                Output.print("\(name) is smaller than \(List.size(cache.minimumSize)): it is read each time, and no snapshot is kept")
                return
            }
            if background {
                _ = nice(10)
                // Another process making it makes it.
                guard let probe = cache.lockWriter(key, wait: false) else { return }
                probe.release()
            } else {
                let other = cache.lockWriter(key, waiting: { Output.error(RecordLoader.waitingNotice(record.files)) })
                other?.release()
            }
            if case .hit = cache.lookup(key) {
                if !background { Output.print("the snapshot of \(name) is current: \(cache.path(for: key))") }
                return
            }
            let start = DispatchTime.now().uptimeNanoseconds
            // Read here, or made by another process meanwhile (then this one only found it).
            var read = false
            let library = try whole.load(snapshot: .now, searched: false, display: { progress, name in
                read = true
                return background ? nil : ProgressBar.start(progress, name: name)
            })
            // Its people, counted now from the papers this process read, are kept beside it:
            // counted on a later open, every paper would be read back from the snapshot (minutes
            // at DBLP's size). The index, written, is not searched here again.
            if read { library.letSearchIndexGo() }
            if background {
                if read { _ = library.peopleIndex }
                return
            }
            if !read, case .hit = cache.lookup(key) {
                Output.print("the snapshot of \(name) is current: \(cache.path(for: key))")
                return
            }
            guard case .hit = cache.lookup(key) else {
                Output.error("vita: no snapshot of \(name) was kept")
                throw ExitCode(1)
            }
            let kept = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
            let people = library.peopleIndex.count
            let counted = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 - kept
            var st = stat()
            let size = stat(cache.path(for: key), &st) == 0 ? Int(st.st_size) : 0
            let papers = library.paperCount
            Output.print("kept a snapshot of \(name): \(NumberText.grouped(papers)) \(papers == 1 ? "paper" : "papers"), \(List.size(size)), "
                + "in \(NumberText.fixed(kept, 2)) s, and its \(NumberText.grouped(people)) \(people == 1 ? "person" : "people") in "
                + "\(NumberText.fixed(counted, 2)) s: \(cache.path(for: key))")
        }

        /// Runs `vita cache build --background` on `record` in a process of its own, apart from
        /// this one's terminal and session, its output discarded: this process does not wait for it.
        static func startInBackground(_ record: RecordOptions) {
            guard let exe = FilePath.linkDestination("/proc/self/exe") else { return }
            // Nothing else this process has open goes with it (a pipe left open would keep a
            // reader of this process's output waiting for the build).
            if let open = try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd") {
                for fd in open.compactMap({ Int32($0) }) where fd > 2 { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            }
            _ = ChildProcess.start(exe, ["cache", "build", "--background", "--as-of", record.referenceDate.iso, "--"] + record.files,
                                   input: .null, output: .null, errors: .null, newSession: true)
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "clear", abstract: "Remove every snapshot (records are read anew, and kept again, when next opened).")

        func run() throws {
            let cache = try CacheCommand.cache()
            let (files, bytes) = cache.clear()
            Output.print("removed \(files) \(files == 1 ? "file" : "files"), \(List.size(bytes)) from \(VisibleText.singleLine(cache.directory))")
        }
    }
}
