import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// What a snapshot was made from: the record's files as they were (path, size, times, inode, a
/// checksum of the first and last 4 KiB), the owner asked for, the program that made it, and the
/// reference date when the record has dates it had to complete with one. A snapshot is used only
/// when all of these are the same now.
public struct RecordKey: Equatable, Sendable {
    public struct File: Equatable, Sendable {
        public var path: String
        public var size: Int
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var ends: UInt64
    }

    public var files: [File]
    public var owner: String?
    /// The program's own size and time, so a new build of Vita never reads an older one's model.
    var program: String
    /// The reference date; a snapshot keeps it only when the record has a date whose year was
    /// inferred from it.
    var asOf: String?
    /// The reference date the record is read with (to read it again; not stored).
    var referenceDate: PaperDate?

    /// The bytes of the record's files together.
    public var size: Int { files.reduce(0) { $0 + $1.size } }

    /// The snapshot's file name: from the files' absolute paths and the owner only, so a record's
    /// newer snapshot replaces its older one.
    public var fileName: String {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in (files.map(\.path).joined(separator: "\u{0}") + "\u{0}" + (owner ?? "")).utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        return String(h, radix: 16).leftPadded(to: 16) + ".snapshot"
    }

    /// The key of `paths` as they are now; nil for standard input, a file that is not a regular
    /// file, or one that cannot be read.
    public static func current(_ paths: [String], owner: String?, asOf: PaperDate?) -> RecordKey? {
        var files: [File] = []
        for path in paths {
            guard path != "-", let absolute = Self.absolute(path) else { return nil }
            let fd = open(path, O_RDONLY)
            guard fd >= 0 else { return nil }
            defer { close(fd) }
            var st = stat()
            guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else { return nil }
            let size = Int(st.st_size)
            var ends = [UInt8](repeating: 0, count: min(size, 8192))
            let head = min(size, 4096)
            let got = ends.withUnsafeMutableBytes { b -> Int in
                let a = pread(fd, b.baseAddress, head, 0)
                let z = pread(fd, b.baseAddress! + head, b.count - head, off_t(size - (b.count - head)))
                return a < 0 || z < 0 ? -1 : a + z
            }
            guard got == ends.count else { return nil }
            files.append(File(path: absolute, size: size,
                              modified: Int64(st.st_mtim.tv_sec) * 1_000_000_000 + Int64(st.st_mtim.tv_nsec),
                              changed: Int64(st.st_ctim.tv_sec) * 1_000_000_000 + Int64(st.st_ctim.tv_nsec),
                              inode: UInt64(st.st_ino), ends: ends.withUnsafeBytes(SnapshotChecksum.of)))
        }
        return RecordKey(files: files, owner: owner, program: programStamp, asOf: asOf?.iso, referenceDate: asOf)
    }

    static func absolute(_ path: String) -> String? {
        if path.hasPrefix("/") { return path }
        guard let cwd = getcwd(nil, 0) else { return nil }
        defer { free(cwd) }
        return String(cString: cwd) + "/" + path
    }

    /// The running program's size and modification time.
    static let programStamp: String = {
        var st = stat()
        guard stat("/proc/self/exe", &st) == 0 else { return "unknown" }
        return "\(st.st_size)-\(st.st_mtim.tv_sec).\(st.st_mtim.tv_nsec)"
    }()

    /// The same record as `other`, leaving aside the reference date.
    func sameRecord(as other: RecordKey) -> Bool {
        files == other.files && owner == other.owner && program == other.program
    }
}

extension String {
    fileprivate func leftPadded(to n: Int) -> String {
        count >= n ? self : String(repeating: "0", count: n - count) + self
    }
}

/// A record's snapshot: its model and search index in one file, written once and read in a
/// fraction of the time reading the record takes. The layout (`docs/snapshot.md`): a 64-byte
/// header (magic, layout version, byte order, length, checksum), then the key, the library and
/// the index.
public enum Snapshot {
    static let magic: [UInt8] = Array("VITASNAP".utf8)
    /// Raised whenever the layout or what the readers make of a record changes.
    public static let layoutVersion: UInt32 = 14
    static let byteOrderMark: UInt32 = 0x0102_0304
    static let headerSize = 64

    /// Writes the snapshot of `library` under `key` through `emit`, piece by piece: the header's
    /// room, the key and the model, its papers a few chunks at a time; then the index (built now
    /// if it was not); `patch` writes the papers' table and the header over the room left for
    /// them, once it is known where everything is. The written papers are never held all at once,
    /// nor with the index: on 1,000,000 DBLP records that is 0.4 GB less at the peak. False once
    /// `emit` or `patch` failed.
    /// `keepIndex` false: the library's index is not wanted after (the snapshot is read from
    /// now on), so when it is not made yet it is made for the snapshot alone, each shard written
    /// as soon as it is made and let go (`index(of:built:at:put:patch:)`), never all held at once.
    static func produce(_ library: Library, key: RecordKey, keepIndex: Bool = true, emit: (UnsafeRawBufferPointer) -> Bool,
                      patch: (Int, UnsafeRawBufferPointer) -> Bool) -> Bool {
        var ok = true
        func put(_ b: UnsafeRawBufferPointer) { if ok { ok = emit(b) } }
        var model = SnapshotWriter(capacity: 1 << 20)
        model.zeros(headerSize)
        model.key(key)
        let tableAt = model.library(library)
        let papersStart = model.length
        model.forEachPiece(put)
        let table = SnapshotWriter.paperChunks(library.papers, emit: put)
        // The papers' table filled in, here and in the file; the model's checksum covers it up to
        // its papers, each chunk of papers has its own.
        model.fillPaperTable(at: tableAt, table)
        model.bytes.withUnsafeBytes { b in
            if ok { ok = patch(tableAt, UnsafeRawBufferPointer(rebasing: b[tableAt..<papersStart])) }
        }
        let modelSum = model.checksum(after: headerSize)
        // The index starts on an 8-byte boundary, with names numbered afresh.
        var modelLength = table.reduce(papersStart) { $0 + $1.length }
        let padding = [UInt8](repeating: 0, count: (8 - modelLength % 8) % 8)
        padding.withUnsafeBytes(put)
        modelLength += padding.count
        // The library's index when it is made or wanted after, else one made for the snapshot alone.
        let built = keepIndex || library.hasSearchIndex ? library.searchIndex : nil
        let (indexLength, shardsAt, i) = index(of: library.papers, built: built, at: modelLength, put: put,
                                               patch: { at, b in if ok { ok = patch(at, b) }; return ok })
        let (indexStart, length) = (modelLength, modelLength + indexLength)
        var header = [UInt8](repeating: 0, count: headerSize)
        header.withUnsafeMutableBytes { b in
            for (k, byte) in magic.enumerated() { b[k] = byte }
            b.storeBytes(of: layoutVersion, toByteOffset: 8, as: UInt32.self)
            b.storeBytes(of: byteOrderMark, toByteOffset: 12, as: UInt32.self)
            b.storeBytes(of: UInt64(length), toByteOffset: 16, as: UInt64.self)
            b.storeBytes(of: modelSum, toByteOffset: 24, as: UInt64.self)
            b.storeBytes(of: UInt64(indexStart), toByteOffset: 32, as: UInt64.self)
            b.storeBytes(of: i, toByteOffset: 40, as: UInt64.self)
            b.storeBytes(of: UInt64(papersStart), toByteOffset: 48, as: UInt64.self)
            b.storeBytes(of: UInt64(indexStart + shardsAt), toByteOffset: 56, as: UInt64.self)
        }
        if ok { ok = header.withUnsafeBytes { patch(0, $0) } }
        return ok
    }

    /// The index of `papers` written through `put`, starting `indexStart` bytes into the
    /// snapshot: what covers every paper (years, categories, flags, the date order), the tables
    /// of ids and of identities, the table of the shards (each one's first paper, count, length
    /// and checksum), then the shards, each on an 8-byte boundary. Each piece is laid out on the
    /// next core free and written as soon as it and those before it are, then let go; the shards'
    /// table is filled in (`patch`) once they are all written. `built`: the library's index,
    /// whose columns and shards are laid out; when nil, each is made here for the snapshot alone,
    /// and no shard waits for the others in memory (on 1,000,000 DBLP records the shards were
    /// 0.5 GB held at once with the papers, and written on one core after all were made). The
    /// same bytes either way. Returns the index's length, where its shards start (what is before
    /// is read on opening, a shard when a search first needs it), and the checksum of what is
    /// before them.
    static func index(of papers: [Paper], built: SearchIndex?, at indexStart: Int, put: (UnsafeRawBufferPointer) -> Void,
                      patch: (Int, UnsafeRawBufferPointer) -> Bool) -> (length: Int, shardsAt: Int, sum: UInt64) {
        let bounds = built.map { $0.shards.map { $0.base..<$0.base + $0.count } } ?? SearchIndex.shardBounds(papers.count)
        enum Piece {
            case columns(IndexColumns)
            case table(PlaceTable)
            case shard(SnapshotWriter, UInt64)
        }
        var head = SnapshotWriter(capacity: 1 << 16)
        var table = (byte: 0, offset: 0)
        var laid: [(length: Int, sum: UInt64)] = []
        var length = 0
        Parallel.inOrder(3 + bounds.count, make: { k -> Piece in
            switch k {
            case 0: .columns(built.map(IndexColumns.init(of:)) ?? IndexColumns(papers))
            case 1, 2: .table(SnapshotWriter.placeTable(k == 1 ? .ids : .identities, papers))
            default: {
                let (w, sum) = SnapshotWriter.shardPiece(built?.shards[k - 3] ?? SearchShard(papers: papers[bounds[k - 3]]))
                return .shard(w, sum)
            }()
            }
        }, take: { k, piece in
            switch piece {
            case .columns(let c):
                head.columns(c, count: papers.count)
            case .table(let t):
                head.placeTable(t)
                if k == 2 {
                    table = head.shardTable(bounds)
                    head.forEachPiece(put)
                    length = head.length
                }
            case .shard(let w, let sum):
                w.forEachPiece(put)
                laid.append((w.length, sum))
                length += w.length
            }
        })
        head.fillShardTable(at: table, laid)
        head.bytes.withUnsafeBytes { b in
            _ = patch(indexStart + table.offset, UnsafeRawBufferPointer(rebasing: b[table.byte..<table.byte + 32 * bounds.count]))
        }
        return (length, head.length, head.checksum(after: 0))
    }

    /// The whole snapshot in one array (tests, the fuzz corpus). `keepIndex` as `produce` has it.
    static func bytes(of library: Library, key: RecordKey, keepIndex: Bool = true) -> [UInt8] {
        var out: [UInt8] = []
        _ = produce(library, key: key, keepIndex: keepIndex, emit: { out.append(contentsOf: $0); return true },
                  patch: { at, b in out.replaceSubrange(at..<(at + b.count), with: b); return true })
        return out
    }

    /// The header checked and the key read, without reading the rest (for `vita cache list`).
    static func key(in bytes: UnsafeRawBufferPointer, fileSize: Int) throws -> RecordKey {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else {
            throw SnapshotProblem.foreign("it is not a Vita snapshot")
        }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        let order = bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self)
        guard order == byteOrderMark else { throw SnapshotProblem.foreign("it was written on a machine of another byte order") }
        guard version == layoutVersion else { throw SnapshotProblem.foreign("it has layout \(version), this Vita reads \(layoutVersion)") }
        let length = bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self)
        guard length == UInt64(fileSize) else {
            throw SnapshotProblem.damaged(length > UInt64(fileSize) ? "it is cut short (\(fileSize) of \(length) bytes)" : "it is longer than it says")
        }
        var r = SnapshotReader(bytes, at: headerSize)
        return try r.key()
    }

    /// Where the papers, the index and its shards start; throws when the header's offsets are out of place.
    static func starts(_ bytes: UnsafeRawBufferPointer) throws -> (papers: Int, index: Int, shards: Int) {
        let index = bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self)
        let papers = bytes.loadUnaligned(fromByteOffset: 48, as: UInt64.self)
        let shards = bytes.loadUnaligned(fromByteOffset: 56, as: UInt64.self)
        guard index >= UInt64(headerSize), index <= UInt64(bytes.count), index % 8 == 0,
              papers >= UInt64(headerSize), papers <= index,
              shards >= index, shards <= UInt64(bytes.count), shards % 8 == 0 else { throw SnapshotReader.damaged("header") }
        return (Int(papers), Int(index), Int(shards))
    }

    /// The library of a snapshot made under `key`; throws why it cannot be used. Only the header,
    /// the key and the model up to the papers are read (and checked against their checksum): the
    /// papers are read from `mapping` when first asked for, a chunk or all of them, each chunk
    /// after its own checksum, and the index when a command first searches. Papers found damaged
    /// then are read from the record instead (`reread`), and the snapshot is removed (`discard`).
    static func library(from mapping: SnapshotMapping, key: RecordKey, keepPapers: Int = PaperStore.keepLimit,
                        reread: @escaping @Sendable () -> [Paper], discard: @escaping @Sendable () -> Void) throws -> Library {
        let bytes = mapping.bytes
        let stored = try Self.key(in: bytes, fileSize: bytes.count)
        guard stored.sameRecord(as: key) else { throw SnapshotProblem.stale(stored.difference(from: key)) }
        if let asOf = stored.asOf, asOf != key.asOf { throw SnapshotProblem.stale("its dates were completed as of \(asOf)") }
        let (papersStart, indexStart, shardsStart) = try starts(bytes)
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[headerSize..<papersStart])) == bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self) else {
            throw SnapshotProblem.damaged("its checksum does not match its bytes")
        }
        let (parts, count, chunks) = try model(bytes, papersStart: papersStart, indexStart: indexStart, owner: mapping)
        let name = VisibleText.singleLine(key.files.first?.path ?? "")
        let reader = PaperStore.Reader(
            chunkSize: SnapshotWriter.papersPerChunk,
            all: {
                let papers = try SnapshotReader.papers(in: mapping.bytes, chunks, count: count)
                mapping.release(papersStart..<indexStart)
                return papers
            },
            chunk: { c in try SnapshotReader.papers(in: mapping.bytes, chunks[c]) },
            one: { i in try SnapshotReader.paper(i % SnapshotWriter.papersPerChunk, in: mapping.bytes, chunks[i / SnapshotWriter.papersPerChunk]) },
            recover: { problem in
                discard()
                let papers = reread()
                guard papers.count == count else {
                    // The record changed since it was opened: its snapshot's index no longer fits.
                    SessionNotices.fatal("vita: \(name) changed while it was open; open it again")
                }
                SessionNotices.say("vita: the snapshot of \(name) was damaged (\(problem)); its papers were read from the record")
                return papers
            },
            forget: { c in mapping.release(chunks[c].bytes) })
        let library = Library(restoring: parts, store: PaperStore(count: count, reader: reader, keepLimit: keepPapers))
        mapping.release(headerSize..<papersStart)
        library.deferIndex { store in
            let bytes = mapping.bytes
            guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[indexStart..<shardsStart])) == bytes.loadUnaligned(fromByteOffset: 40, as: UInt64.self) else { return nil }
            let index = try? decodeIndex(bytes, at: indexStart, shards: shardsStart, store: store, mapping: mapping)
            // Checked, its pages are given back: a search reads again only those it needs.
            mapping.release(indexStart..<bytes.count)
            return index
        }
        return library
    }

    /// The model but its papers, and where the papers' chunks are (checked to end at the index,
    /// padding aside).
    /// `owner`: the mapping the bytes lie in, which its flat arrays (the stated places) keep.
    static func model(_ bytes: UnsafeRawBufferPointer, papersStart: Int, indexStart: Int, owner: AnyObject? = nil) throws -> (Library.Parts, Int, [PaperChunk]) {
        var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[..<indexStart]), at: headerSize, owner: owner)
        _ = try r.key()
        let (parts, count, chunks) = try r.library()
        try r.require(r.at == papersStart, "papers")
        let end = chunks.last?.bytes.upperBound ?? papersStart
        try r.require(end <= indexStart && indexStart - end < 8, "papers")
        for k in end..<indexStart { try r.require(bytes[k] == 0, "end") }
        return (parts, count, chunks)
    }

    /// The library with every paper read (checksums aside: the fuzz target's way in).
    static func decodeLibrary(_ bytes: UnsafeRawBufferPointer) throws -> Library {
        let (papersStart, indexStart, _) = try starts(bytes)
        let (parts, count, chunks) = try model(bytes, papersStart: papersStart, indexStart: indexStart)
        let papers = try SnapshotReader.papers(in: bytes, chunks, count: count)
        let library = Library(restoring: parts, store: PaperStore(papers))
        guard !library.hasRepeatedIDs else { throw SnapshotReader.damaged("papers") }
        return library
    }

    /// The index (its shards from `shards` on), its large arrays used in place in `mapping` and its
    /// shards read on first use when given, else copied and read at once.
    static func decodeIndex(_ bytes: UnsafeRawBufferPointer, at start: Int, shards: Int, store: PaperStore, mapping: SnapshotMapping? = nil) throws -> SearchIndex {
        var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[start...]), owner: mapping)
        return try r.index(store: store, shardsAt: shards - start, mapping: mapping, indexStart: start)
    }

    /// The library and its index, checksums aside, both read at once (the fuzz target's way in).
    static func decode(_ bytes: UnsafeRawBufferPointer) throws -> (Library, SearchIndex) {
        guard bytes.count >= headerSize else { throw SnapshotReader.damaged("header") }
        let library = try decodeLibrary(bytes)
        let (_, index, shards) = try starts(bytes)
        return (library, try decodeIndex(bytes, at: index, shards: shards, store: PaperStore(library.papers)))
    }
}

/// A snapshot file mapped into memory, for as long as its library may still read its index.
final class SnapshotMapping: @unchecked Sendable {
    let base: UnsafeMutableRawPointer
    let size: Int

    init?(fd: Int32, size: Int) {
        guard size > 0, let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        base = map
        self.size = size
    }

    var bytes: UnsafeRawBufferPointer { UnsafeRawBufferPointer(start: base, count: size) }

    /// Gives back the pages of `range` (read and no longer needed); they are read again if touched.
    func release(_ range: Range<Int>) {
        giveBackMappedPages(UnsafeRawBufferPointer(rebasing: bytes[range.clamped(to: 0..<size)]))
    }

    deinit { munmap(base, size) }
}

extension RecordKey {
    /// What changed, in a few words.
    func difference(from now: RecordKey) -> String {
        if program != now.program { return "it was made by another build of Vita" }
        if owner != now.owner { return "it was made for another owner" }
        if files.map(\.path) != now.files.map(\.path) { return "it was made from other files" }
        for (a, b) in zip(files, now.files) where a != b {
            return "\(VisibleText.singleLine(b.path)) changed since"
        }
        return "the record changed since"
    }
}

extension SnapshotWriter {
    mutating func key(_ k: RecordKey) {
        string(k.program)
        uint(UInt64(k.files.count))
        for f in k.files {
            string(f.path)
            uint(UInt64(f.size))
            int(Int(f.modified))
            int(Int(f.changed))
            uint(f.inode)
            uint(f.ends)
        }
        optional(k.owner)
        optional(k.asOf)
    }
}

extension SnapshotReader {
    mutating func key() throws -> RecordKey {
        let program = try string()
        let n = try count(each: 6, "key")
        var files: [RecordKey.File] = []
        for _ in 0..<n {
            let path = try string()
            let size = Int(clamping: try uint())
            let modified = Int64(try int()), changed = Int64(try int())
            let inode = try uint()
            files.append(RecordKey.File(path: path, size: size, modified: modified, changed: changed, inode: inode, ends: try uint()))
        }
        let owner = try optionalString()
        return RecordKey(files: files, owner: owner, program: program, asOf: try optionalString())
    }
}
