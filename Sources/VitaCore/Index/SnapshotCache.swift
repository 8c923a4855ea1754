import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// The folder of snapshots: `$XDG_CACHE_HOME/vita`, else `~/.cache/vita`. One file a record
/// (its files and owner), replaced whole when the record changes; written to a temporary file
/// and renamed, so two processes or a kill leave the old snapshot or the new one.
public struct SnapshotCache: Sendable {
    public let directory: String
    /// Records smaller than this (all files together) are read each time: reading them is as
    /// quick as a snapshot.
    public var minimumSize: Int
    /// A reopened record of more papers than this reads them a chunk at a time whenever they are
    /// asked for, and keeps only a few chunks (`PaperStore.keepsAll`).
    public var keepPapers: Int

    public static let defaultMinimumSize = 8 << 20

    public init(directory: String, minimumSize: Int = defaultMinimumSize, keepPapers: Int = PaperStore.keepLimit) {
        self.directory = directory
        self.minimumSize = minimumSize
        self.keepPapers = keepPapers
    }

    /// The folder the environment names; nil with neither `XDG_CACHE_HOME` (absolute) nor `HOME`.
    /// `VITA_CACHE_MIN_BYTES` sets `minimumSize`.
    public static func standard(environment: (String) -> String? = Environment.value) -> SnapshotCache? {
        let base: String
        if let xdg = environment("XDG_CACHE_HOME"), xdg.hasPrefix("/") {
            base = xdg
        } else if let home = environment("HOME"), home.hasPrefix("/") {
            base = home + "/.cache"
        } else {
            return nil
        }
        let minimum = environment("VITA_CACHE_MIN_BYTES").flatMap { Int($0) }.map { max(0, $0) } ?? defaultMinimumSize
        return SnapshotCache(directory: base + "/vita", minimumSize: minimum)
    }

    public enum Lookup {
        case hit(Library)
        case miss
        /// There is one, and it cannot be used.
        case refused(SnapshotProblem)
    }

    /// Whether snapshots can be written here (the folder made if need be).
    public var isWritable: Bool {
        (try? makeDirectory()) != nil && access(directory, W_OK) == 0
    }

    /// Whether the folder's file system has room for the snapshot of the record `key` names
    /// (a snapshot is about twice its record's size; three times is asked).
    public func hasRoom(for key: RecordKey) -> Bool {
        var fs = statvfs()
        guard statvfs(directory, &fs) == 0 else { return false }
        return UInt64(fs.f_bavail).multipliedReportingOverflow(by: UInt64(fs.f_frsize)).partialValue >= UInt64(key.size) * 3
    }

    /// Whether the record `key` names is large enough to keep a snapshot of.
    public func keeps(_ key: RecordKey) -> Bool { key.size >= minimumSize }

    public func path(for key: RecordKey) -> String { directory + "/" + key.fileName }

    /// Where the people index of the snapshot at `path` is kept.
    static func peoplePath(_ snapshotPath: String) -> String { String(snapshotPath.dropLast(".snapshot".count)) + ".people" }

    /// The lock a writer of `key`'s snapshot holds while it reads the record and writes it.
    func lockPath(for key: RecordKey) -> String { String(path(for: key).dropLast(".snapshot".count)) + ".lock" }

    /// The lock of one record's snapshot, held while the record is read and its snapshot written,
    /// so that a second process opening the record waits for the first one's snapshot instead of
    /// making one of its own. The system lets it go when its holder ends, killed or not. Where no
    /// lock can be taken (a folder that cannot be written) it holds nothing, and snapshots are
    /// written as before: the last one renamed in place wins.
    public final class WriterLock: @unchecked Sendable {
        private var fd: Int32
        private let path: String
        /// Another process held it first and has let it go: its snapshot may be there now.
        public let waited: Bool

        init(fd: Int32, path: String, waited: Bool) { (self.fd, self.path, self.waited) = (fd, path, waited) }

        /// Lets it go, removing its file unless another process made a new one meanwhile.
        public func release() {
            guard fd >= 0 else { return }
            if Self.names(fd, path) { unlink(path) }
            close(fd)
            fd = -1
        }

        /// Whether `path` is still the file `fd` holds open.
        static func names(_ fd: Int32, _ path: String) -> Bool {
            var held = stat(), named = stat()
            return fstat(fd, &held) == 0 && stat(path, &named) == 0 && held.st_ino == named.st_ino && held.st_dev == named.st_dev
        }

        deinit { release() }
    }

    /// Takes the lock of `key`'s snapshot: at once when no other process holds it; else, with
    /// `wait`, once the other lets it go (`waiting` is called first), and without, nil.
    /// A lock taken is checked to be the file at its path: a holder letting it go removes its
    /// file, so a process that was waiting on that file holds a lock no one else sees, while a
    /// third makes a new file at the path and locks that at once; both then wrote the snapshot
    /// (seen once in a test of two `vita cache build` at once). Such a lock is let go and the
    /// lock at the path taken instead.
    public func lockWriter(_ key: RecordKey, wait: Bool = true, waiting: () -> Void = {}) -> WriterLock? {
        try? makeDirectory()
        let path = lockPath(for: key)
        var waited = false
        while true {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
            guard fd >= 0 else { return WriterLock(fd: -1, path: path, waited: waited) }
            if flock(fd, LOCK_EX | LOCK_NB) != 0 {
                guard errno == EWOULDBLOCK, wait else {
                    close(fd)
                    return wait ? WriterLock(fd: -1, path: path, waited: waited) : nil
                }
                if !waited { waiting() }
                waited = true
                while flock(fd, LOCK_EX) != 0 {
                    guard errno == EINTR else { close(fd); return WriterLock(fd: -1, path: path, waited: true) }
                }
            }
            if WriterLock.names(fd, path) { return WriterLock(fd: fd, path: path, waited: waited) }
            close(fd)
        }
    }

    public func lookup(_ key: RecordKey) -> Lookup {
        let path = path(for: key)
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .miss }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return .refused(.foreign("it is not a regular file")) }
        let size = Int(st.st_size)
        guard size >= Snapshot.headerSize else { return .refused(.damaged(size == 0 ? "it is empty" : "it is cut short (\(size) bytes)")) }
        guard let mapping = SnapshotMapping(fd: fd, size: size) else {
            return .refused(.damaged("it cannot be mapped: \(String(cString: strerror(errno)))"))
        }
        do {
            let paths = key.files.map(\.path), owner = key.owner, asOf = key.referenceDate ?? PaperDate.today()
            let library = try Snapshot.library(from: mapping, key: key, keepPapers: keepPapers,
                                               reread: { RecordLoader.load(paths, asOf: asOf, owner: owner).papers },
                                               discard: { unlink(path); unlink(Self.peoplePath(path)) })
            let identity = PeopleSnapshot.Identity(snapshotHeader: mapping.bytes, papers: library.paperCount)
            let people = Self.peoplePath(path)
            library.deferPeople(read: { Self.readPeople(people, identity: identity) },
                                keep: { try? Self.writePeople($0, identity: identity, to: people) })
            return .hit(library)
        } catch let problem as SnapshotProblem {
            return .refused(problem)
        } catch {
            return .refused(.damaged("\(error)"))
        }
    }

    /// Writes the snapshot of `library` (building its index if need be). Throws `AtomicFile.WriteError`.
    /// `keepIndex` false: the library's index is not searched after (see `Snapshot.produce`).
    public func store(_ library: Library, key: RecordKey, keepIndex: Bool = true) throws {
        try makeDirectory()
        var key = key
        // The reference date matters only to a record with a date it completed.
        if !library.papers.contains(where: { $0.date?.yearInferred == true }) { key.asOf = nil }
        let path = path(for: key)
        // Not synced: a snapshot cut short by a crash fails its checks and is made again.
        var header: [UInt8] = []
        try AtomicFile.write(to: path, mode: .replace, permissions: 0o600, durable: false) { emit, patch in
            _ = Snapshot.produce(library, key: key, keepIndex: keepIndex, emit: emit, patch: { at, bytes in
                if at == 0 { header = Array(bytes) }
                return patch(at, bytes)
            })
        }
        // The people index, when it is first made, is kept beside it.
        let identity = header.withUnsafeBytes { PeopleSnapshot.Identity(snapshotHeader: $0, papers: library.paperCount) }
        let people = Self.peoplePath(path)
        unlink(people)
        if let made = library.peopleIndexIfReady {
            try? Self.writePeople(made, identity: identity, to: people)
        } else {
            library.deferPeople(read: nil, keep: { try? Self.writePeople($0, identity: identity, to: people) })
        }
    }

    /// The people index kept at `path` for the snapshot `identity` names; nil when there is none
    /// or it cannot be used (then it is made again, and kept again).
    static func readPeople(_ path: String, identity: PeopleSnapshot.Identity) -> PeopleIndex? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, let mapping = SnapshotMapping(fd: fd, size: Int(st.st_size)) else { return nil }
        return try? PeopleSnapshot.read(mapping.bytes, identity: identity, owner: mapping)
    }

    /// Writes a people index beside its snapshot (a temporary file renamed, as the snapshot is).
    static func writePeople(_ index: PeopleIndex, identity: PeopleSnapshot.Identity, to path: String) throws {
        let w = PeopleSnapshot.write(index, identity: identity)
        try AtomicFile.write(to: path, mode: .replace, permissions: 0o600, durable: false) { emit in
            var ok = true
            w.forEachPiece { if ok { ok = emit($0) } }
        }
    }

    func makeDirectory() throws {
        var path = ""
        for part in directory.split(separator: "/") {
            path += "/" + part
            if mkdir(path, 0o700) != 0, errno != EEXIST {
                throw AtomicFile.WriteError(path: path, reason: String(cString: strerror(errno)))
            }
        }
    }

    /// One snapshot in the folder, as `vita cache list` shows it.
    public struct Entry: Sendable {
        public var path: String
        /// The snapshot's bytes and those of the people index kept beside it.
        public var size: Int
        /// When it was written (seconds since 1970).
        public var written: Int
        /// The record's files and owner; nil when the snapshot cannot be read.
        public var key: RecordKey?
        /// Why it would not be used (`nil`: it would).
        public var problem: String?
    }

    /// Every snapshot in the folder, largest first.
    public func entries() -> [Entry] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return [] }
        var out: [Entry] = []
        for name in names where name.hasSuffix(".snapshot") {
            let path = directory + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { continue }
            // With the people index kept beside it, if any.
            var people = stat()
            let peopleSize = lstat(Self.peoplePath(path), &people) == 0 && (people.st_mode & S_IFMT) == S_IFREG ? Int(people.st_size) : 0
            var entry = Entry(path: path, size: Int(st.st_size) + peopleSize, written: Int(st.st_mtim.tv_sec))
            let fd = open(path, O_RDONLY)
            if fd >= 0 {
                // The header and the key are at the start: 64 KiB hold them for any record of
                // fewer than some hundreds of files.
                var head = [UInt8](repeating: 0, count: min(Int(st.st_size), 1 << 16))
                let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
                close(fd)
                if n == head.count {
                    do {
                        let key = try head.withUnsafeBytes { try Snapshot.key(in: $0, fileSize: Int(st.st_size)) }
                        entry.key = key
                        if let now = RecordKey.current(key.files.map(\.path), owner: key.owner, asOf: nil) {
                            if !now.sameRecord(as: key) { entry.problem = "stale: " + key.difference(from: now) }
                        } else {
                            entry.problem = "stale: its record is gone"
                        }
                    } catch {
                        entry.problem = "\(error)"
                    }
                }
            }
            out.append(entry)
        }
        return out.sorted { $0.size > $1.size }
    }

    /// Removes every snapshot (and what a killed writer left); returns how many files and bytes.
    public func clear() -> (files: Int, bytes: Int) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return (0, 0) }
        var files = 0, bytes = 0
        // The empty lock file a killed writer left is not counted.
        for name in names where name.hasSuffix(".lock") { unlink(directory + "/" + name) }
        for name in names where name.hasSuffix(".snapshot") || name.hasSuffix(".people") || name.hasPrefix(".vita-") {
            let path = directory + "/" + name
            var st = stat()
            guard lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, unlink(path) == 0 else { continue }
            files += 1
            bytes += Int(st.st_size)
        }
        return (files, bytes)
    }
}
