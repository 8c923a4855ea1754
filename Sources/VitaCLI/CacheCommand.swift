import ArgumentParser
import Foundation
import VitaCore

/// `vita cache list|clear`: the snapshots of large records, what they take and whether each is
/// current.
struct CacheCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cache",
        abstract: "The snapshots that reopen large records at once: list them, or clear them.",
        discussion: """
        A record of 8 MB or more (all its files together) is read once and kept as a snapshot of its
        papers and search index in $XDG_CACHE_HOME/vita (else ~/.cache/vita); later opens read the
        snapshot. A snapshot whose record changed, or one that is damaged, is written again with a
        one-line notice. --no-cache on any command skips it. VITA_CACHE_MIN_BYTES sets the size
        from which records are kept.
        """,
        subcommands: [List.self, Clear.self],
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
            if bytes >= 1 << 30 { return String(format: "%.1f GB", Double(bytes) / Double(1 << 30)) }
            if bytes >= 1 << 20 { return String(format: "%.1f MB", Double(bytes) / Double(1 << 20)) }
            return String(format: "%.1f KB", Double(bytes) / 1024)
        }

        static func date(_ seconds: Int) -> String {
            var t = time_t(seconds)
            var parts = tm()
            localtime_r(&t, &parts)
            return String(format: "%04d-%02d-%02d %02d:%02d", Int(parts.tm_year) + 1900, Int(parts.tm_mon) + 1, Int(parts.tm_mday), Int(parts.tm_hour), Int(parts.tm_min))
        }
    }

    struct Clear: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove every snapshot (records are read anew, and kept again, when next opened).")

        func run() throws {
            let cache = try CacheCommand.cache()
            let (files, bytes) = cache.clear()
            Output.print("removed \(files) \(files == 1 ? "file" : "files"), \(List.size(bytes)) from \(VisibleText.singleLine(cache.directory))")
        }
    }
}
