/// The byte level of a snapshot (see `docs/snapshot.md`): numbers as LEB128 varints (signed ones
/// zigzagged), strings as a length and UTF-8, flat arrays of plain values raw on an 8-byte
/// boundary. Names that repeat across papers (files, formats) are
/// written once and then by number.
///
/// Large arrays are not copied: the writer keeps them as pieces of their own, written to the file
/// in turn (`forEachPiece`).
struct SnapshotWriter {
    /// What was written, less the large arrays.
    private(set) var bytes: [UInt8] = []
    private var interned: [String: Int] = [:]
    /// The large arrays, each after `at` bytes of `bytes`.
    private var external: [(at: Int, count: Int, lend: ((UnsafeRawBufferPointer) -> Void) -> Void)] = []
    /// Bytes written in all.
    private(set) var length = 0
    /// Whether a name is written by its number alone, its text left to a table written apart
    /// (`names`): a chunk of papers, so that any one of its papers can be read on its own.
    private let namesApart: Bool

    init(capacity: Int = 1 << 16, namesApart: Bool = false) {
        bytes.reserveCapacity(capacity)
        self.namesApart = namesApart
    }

    /// The names written, in the order of their numbers.
    var names: [String] {
        var out = [String](repeating: "", count: interned.count)
        for (name, k) in interned { out[k] = name }
        return out
    }

    /// Arrays of this many bytes and more stay pieces of their own.
    static let externalFrom = 1 << 16

    /// Every piece in order: the whole snapshot.
    func forEachPiece(_ body: (UnsafeRawBufferPointer) -> Void) {
        bytes.withUnsafeBytes { b in
            var from = 0
            for e in external {
                body(UnsafeRawBufferPointer(rebasing: b[from..<e.at]))
                e.lend(body)
                from = e.at
            }
            body(UnsafeRawBufferPointer(rebasing: b[from...]))
        }
    }

    /// The checksum of what was written after its first `skip` bytes (the header).
    func checksum(after skip: Int) -> UInt64 {
        var sum = SnapshotChecksum()
        var skip = skip
        forEachPiece { b in
            let cut = min(skip, b.count)
            skip -= cut
            sum.update(UnsafeRawBufferPointer(rebasing: b[cut...]))
        }
        return sum.finish()
    }

    /// Whether everything written is in `bytes` (no large array kept apart): then an offset in
    /// `bytes` is one in what is written.
    var isFlat: Bool { external.isEmpty }

    /// Overwrites bytes written before the first large array (the header).
    mutating func patch(_ body: (UnsafeMutableRawBufferPointer) -> Void) {
        bytes.withUnsafeMutableBytes(body)
    }

    private mutating func put(_ b: UInt8) {
        bytes.append(b)
        length += 1
    }

    private mutating func put(contentsOf b: some Collection<UInt8>) {
        bytes.append(contentsOf: b)
        length += b.count
    }

    mutating func uint(_ v: UInt64) {
        var v = v
        while v >= 0x80 {
            put(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        put(UInt8(v))
    }

    mutating func int(_ v: Int) {
        let z = UInt64(bitPattern: Int64(v) << 1 ^ Int64(v) >> 63)
        uint(z)
    }

    mutating func bool(_ v: Bool) { put(v ? 1 : 0) }

    mutating func string(_ s: String) {
        var s = s
        s.withUTF8 { u in
            uint(UInt64(u.count))
            put(contentsOf: u)
        }
    }

    mutating func optional(_ s: String?) {
        if let s { bool(true); string(s) } else { bool(false) }
    }

    mutating func optional(_ v: Int?) {
        if let v { bool(true); int(v) } else { bool(false) }
    }

    mutating func strings(_ list: [String]) {
        uint(UInt64(list.count))
        for s in list { string(s) }
    }

    /// A name that repeats: its number when written before, else the next number and the name.
    mutating func name(_ s: String) {
        if let k = interned[s] { uint(UInt64(k)); return }
        let k = interned.count
        interned[s] = k
        uint(UInt64(k))
        if !namesApart { string(s) }
    }

    /// A number in this machine's byte order, in as many bytes as it has (read in place).
    mutating func fixed<T: FixedWidthInteger>(_ v: T) {
        withUnsafeBytes(of: v) { put(contentsOf: $0) }
    }

    /// A flat array of plain values, raw in this machine's byte order (the header says which, and
    /// a reader on another order rebuilds), on an 8-byte boundary.
    mutating func raw<T: BitwiseCopyable>(_ list: [T]) {
        raw(Flat(list))
    }

    /// `inline`: copied in among the bytes however large (before a place written over later).
    mutating func raw<T: BitwiseCopyable>(_ list: Flat<T>, inline: Bool = false) {
        uint(UInt64(list.count))
        while length % 8 != 0 { put(0) }
        let size = list.count * MemoryLayout<T>.stride
        if size >= Self.externalFrom, !inline {
            external.append((bytes.count, size, { body in list.withUnsafeBufferPointer { body(UnsafeRawBufferPointer($0)) } }))
            length += size
        } else {
            list.withUnsafeBufferPointer { put(contentsOf: UnsafeRawBufferPointer($0)) }
        }
    }

    /// Everything `other` wrote (its names numbered on their own: it is read apart).
    mutating func append(_ other: SnapshotWriter) {
        other.forEachPiece { put(contentsOf: $0) }
    }

    /// Everything `other` wrote, as pieces of this writer: lent when the snapshot is written, not
    /// copied (a record's papers, written in chunks, would otherwise be held twice).
    mutating func attach(_ other: SnapshotWriter) {
        external.append((bytes.count, other.length, { body in other.forEachPiece(body) }))
        length += other.length
    }

    /// Everything `other` wrote, its large arrays kept as pieces of their own (not copied); on an
    /// 8-byte boundary, so its arrays stay aligned.
    mutating func adopt(_ other: SnapshotWriter) {
        precondition(length % 8 == 0, "adopted on an 8-byte boundary")
        var from = 0
        for e in other.external {
            put(contentsOf: other.bytes[from..<e.at])
            external.append((bytes.count, e.count, e.lend))
            length += e.count
            from = e.at
        }
        put(contentsOf: other.bytes[from...])
    }

    mutating func pad(to alignment: Int) {
        while length % alignment != 0 { put(0) }
    }

    mutating func zeros(_ n: Int) { put(contentsOf: repeatElement(0, count: n)) }
}

/// Why a snapshot was not used: each is rebuilt from the record with a one-line notice.
public enum SnapshotProblem: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not a snapshot at all, or one of another layout version or byte order.
    case foreign(String)
    /// Shorter than it says, or its checksum does not match its bytes.
    case damaged(String)
    /// Made from another state of the record (changed, moved, another owner or version).
    case stale(String)

    public var description: String {
        switch self {
        case .foreign(let s), .damaged(let s), .stale(let s): s
        }
    }
}

/// Reads what `SnapshotWriter` wrote. Total: every count is checked against the bytes left and
/// every read against the end, so damaged bytes are an error, never a crash or a huge allocation.
struct SnapshotReader {
    let base: UnsafeRawBufferPointer
    var at: Int
    private var interned: [String] = []
    /// What keeps `base` mapped, when flat arrays may be used in place rather than copied.
    let owner: AnyObject?

    init(_ base: UnsafeRawBufferPointer, at: Int = 0, owner: AnyObject? = nil) {
        self.base = base
        self.at = at
        self.owner = owner
    }

    /// A table of names written apart (`SnapshotWriter(namesApart:)`): its count, then each text.
    /// The names read after it are numbers into it.
    mutating func nameTable() throws {
        let n = try count("names")
        interned.reserveCapacity(n)
        for _ in 0..<n { interned.append(try string()) }
    }

    var remaining: Int { base.count - at }

    static func damaged(_ what: String) -> SnapshotProblem { .damaged("its \(what) is damaged") }

    mutating func byte() throws -> UInt8 {
        guard at < base.count else { throw Self.damaged("end") }
        defer { at += 1 }
        return base[at]
    }

    mutating func uint() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard shift < 64 else { throw Self.damaged("numbers") }
            v |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return v }
            shift += 7
        }
    }

    /// A number `SnapshotWriter.fixed` wrote, of eight bytes.
    mutating func fixed64() throws -> UInt64 {
        guard remaining >= 8 else { throw Self.damaged("end") }
        defer { at += 8 }
        return base.loadUnaligned(fromByteOffset: at, as: UInt64.self)
    }

    mutating func int() throws -> Int {
        let z = try uint()
        return Int(truncatingIfNeeded: Int64(bitPattern: z >> 1) ^ -Int64(bitPattern: z & 1))
    }

    /// A count of things each at least `each` bytes long: never more than the bytes left allow.
    mutating func count(each: Int = 1, _ what: String) throws -> Int {
        let n = try uint()
        guard n <= UInt64(remaining / max(1, each)) else { throw Self.damaged(what) }
        return Int(n)
    }

    mutating func bool() throws -> Bool {
        switch try byte() {
        case 0: return false
        case 1: return true
        default: throw Self.damaged("flags")
        }
    }

    mutating func string() throws -> String {
        let n = try count("text")
        defer { at += n }
        return String(decoding: UnsafeRawBufferPointer(rebasing: base[at..<at + n]), as: UTF8.self)
    }

    mutating func optionalString() throws -> String? {
        try bool() ? try string() : nil
    }

    mutating func optionalInt() throws -> Int? {
        try bool() ? try int() : nil
    }

    mutating func strings() throws -> [String] {
        let n = try count("text lists")
        var out: [String] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try string()) }
        return out
    }

    mutating func name() throws -> String {
        let k = try uint()
        if k < UInt64(interned.count) { return interned[Int(k)] }
        guard k == UInt64(interned.count) else { throw Self.damaged("names") }
        let s = try string()
        interned.append(s)
        return s
    }

    /// Any bit pattern is a valid value of the types stored so (numbers, and postings made of
    /// numbers); what the values mean is checked by the one who reads them.
    mutating func raw<T: BitwiseCopyable>(_: T.Type, _ what: String) throws -> [T] {
        let (start, count) = try rawBounds(T.self, what)
        return [T](uninitializedCount: count) { buffer, initialised in
            UnsafeMutableRawBufferPointer(buffer).copyMemory(from: UnsafeRawBufferPointer(rebasing: base[start..<start + count * MemoryLayout<T>.stride]))
            initialised = count
        }
    }

    /// A flat array: in place when the bytes are mapped (and the values aligned), else copied.
    mutating func flat<T: BitwiseCopyable>(_: T.Type, _ what: String) throws -> Flat<T> {
        let before = at
        let (start, count) = try rawBounds(T.self, what)
        if let owner, let pointer = base.baseAddress.map({ $0 + start }), Int(bitPattern: pointer) % MemoryLayout<T>.alignment == 0 {
            return Flat(mapped: pointer, count: count, owner: owner)
        }
        at = before
        return Flat(try raw(T.self, what))
    }

    /// Where a flat array's values start and how many there are; `at` is moved past them.
    private mutating func rawBounds<T: BitwiseCopyable>(_: T.Type, _ what: String) throws -> (start: Int, count: Int) {
        let n = try uint()
        while at % 8 != 0 {
            guard try byte() == 0 else { throw Self.damaged(what) }
        }
        let size = MemoryLayout<T>.stride
        guard n <= UInt64(remaining / size) else { throw Self.damaged(what) }
        let count = Int(n)
        let start = at
        at += count * size
        return (start, count)
    }

    mutating func require(_ ok: Bool, _ what: String) throws {
        if !ok { throw Self.damaged(what) }
    }
}

/// A 64-bit checksum of a snapshot's bytes, eight at a time (several GB a second): it tells a
/// damaged or truncated file from a whole one; it is no defence against a crafted one, which the
/// reader's checks are.
struct SnapshotChecksum {
    private var lanes: (UInt64, UInt64, UInt64, UInt64) = (0x9E37_79B9_7F4A_7C15, 0x9E37_79B9_7F4A_7C16, 0x9E37_79B9_7F4A_7C17, 0x9E37_79B9_7F4A_7C18)
    private var pending: [UInt8] = []
    private var total = 0

    static func of(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var c = SnapshotChecksum()
        c.update(bytes)
        return c.finish()
    }

    mutating func update(_ bytes: UnsafeRawBufferPointer) {
        total += bytes.count
        var i = 0
        if !pending.isEmpty {
            let take = min(32 - pending.count, bytes.count)
            pending.append(contentsOf: bytes[0..<take])
            i = take
            guard pending.count == 32 else { return }
            pending.withUnsafeBytes { mix($0, 0) }
            pending.removeAll(keepingCapacity: true)
        }
        while i + 32 <= bytes.count {
            mix(bytes, i)
            i += 32
        }
        pending.append(contentsOf: bytes[i...])
    }

    @inline(__always) private mutating func mix(_ bytes: UnsafeRawBufferPointer, _ i: Int) {
        var (a, b, c, d) = lanes
        a = (a ^ bytes.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        b = (b ^ bytes.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
        c = (c ^ bytes.loadUnaligned(fromByteOffset: i + 16, as: UInt64.self)) &* 0xFF51_AFD7_ED55_8CCD
        d = (d ^ bytes.loadUnaligned(fromByteOffset: i + 24, as: UInt64.self)) &* 0xC4CE_B9FE_1A85_EC53
        lanes = (a ^ a >> 29, b ^ b >> 31, c ^ c >> 29, d ^ d >> 31)
    }

    func finish() -> UInt64 {
        let (a, b, c, d) = lanes
        var h = a ^ (b &* 3) ^ (c &* 5) ^ (d &* 7) ^ UInt64(total)
        for byte in pending { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        return h
    }
}
