/// The index's dictionary of folded words: an open-addressing hash table over a byte arena,
/// so adding a token allocates nothing (a `[String: Int]` would hash with SipHash and box long words).
struct Vocabulary: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Term `t` is `bytes[starts[t]..<starts[t + 1]]`.
    private(set) var starts: [Int32] = [0]
    /// Open-addressing slots, each a term id (-1 when empty) beside its word's key (see `key`),
    /// side by side so a probe reads one cache line.
    private var slots: [Slot]
    private var mask: Int

    private struct Slot {
        var key: UInt64
        var id: Int32
    }

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = [Slot](repeating: Slot(key: 0, id: -1), count: size)
        mask = size - 1
    }

    /// The dictionary of a stored index: its words' bytes and bounds and its hash table, checked
    /// (each word non-empty; the table a power of two at least twice the words, each word in it
    /// once, so every probe ends). Nil when they do not hold.
    init?(restoring bytes: [UInt8], starts: [Int32], keys: [UInt64], ids: [Int32]) {
        guard starts.first == 0, Int(starts.last ?? -1) == bytes.count else { return nil }
        for t in 1..<starts.count where starts[t] <= starts[t - 1] { return nil }
        let words = starts.count - 1
        let size = keys.count
        guard size == ids.count, size >= 16, size & (size - 1) == 0, words * 2 <= size else { return nil }
        // One bit a word (a byte a word missed the cache at nearly every id of a large table).
        var seen = BitSet(count: words)
        var found = 0
        for id in ids where id >= 0 {
            guard Int(id) < words, !seen.contains(Int(id)) else { return nil }
            seen.insert(Int(id))
            found += 1
        }
        guard found == words else { return nil }
        self.bytes = bytes
        self.starts = starts
        slots = [Slot](uninitializedCount: size) { out, made in
            for i in 0..<size { (out.baseAddress! + i).initialize(to: Slot(key: keys[i], id: ids[i])) }
            made = size
        }
        mask = size - 1
    }

    /// The hash table as stored: each slot's key and term id (-1 for none), in the smallest table
    /// that holds the words (at least twice as many slots, a power of two).
    var table: (keys: [UInt64], ids: [Int32]) {
        var size = 16
        while size < count * 2 { size <<= 1 }
        guard size < slots.count else { return (slots.map { $0.id < 0 ? 0 : $0.key }, slots.map { max(-1, $0.id) }) }
        var keys = [UInt64](repeating: 0, count: size), ids = [Int32](repeating: -1, count: size)
        for e in slots where e.id >= 0 {
            var slot = hash(ofTerm: Int(e.id)) & (size - 1)
            while ids[slot] >= 0 { slot = (slot + 1) & (size - 1) }
            (keys[slot], ids[slot]) = (e.key, e.id)
        }
        return (keys, ids)
    }

    @inline(__always)
    static func hash(key: UInt64) -> Int {
        let h = key &* 0x9E3779B97F4A7C15
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// A word's key and where its probe starts. Words of 1 to 7 bytes are packed whole into the
    /// key, with their length in the top byte: equal keys are equal words, and the byte arena is
    /// never read. Longer words carry 56 bits of their FNV-1a hash under a top byte of 0xFF:
    /// keys that differ tell different words apart, and only an equal key is checked byte by byte.
    @inline(__always)
    static func key(_ word: UnsafeBufferPointer<UInt8>) -> (key: UInt64, hash: Int) {
        if word.count <= 7 {
            var k = UInt64(word.count) << 56
            for (i, b) in word.enumerated() { k |= UInt64(b) << UInt64(8 * i) }
            return (k, hash(key: k))
        }
        // Eight bytes at a time, each chunk mixed in by a multiply; the last chunk overlaps the
        // one before rather than reading past the word.
        let base = UnsafeRawPointer(word.baseAddress!)
        var h = UInt64(word.count) &* 0x9E3779B97F4A7C15
        var i = 0
        while true {
            let at = min(i, word.count - 8)
            h = (h ^ base.loadUnaligned(fromByteOffset: at, as: UInt64.self)) &* 0xFF51AFD7ED558CCD
            h ^= h >> 32
            i += 8
            if i >= word.count { break }
        }
        return (h | 0xFF00_0000_0000_0000, Int(truncatingIfNeeded: h ^ (h >> 29)))
    }

    var count: Int { starts.count - 1 }

    func string(_ t: Int) -> String {
        String(decoding: bytes[Int(starts[t])..<Int(starts[t + 1])], as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ t: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(starts[t]), e = Int(starts[t + 1])
        let n = word.count
        guard e - s == n else { return false }
        // Words here are 8 bytes or longer: compare 8 at a time, the last chunk overlapping.
        return bytes.withUnsafeBufferPointer { b in
            let x = UnsafeRawPointer(b.baseAddress! + s), y = UnsafeRawPointer(word.baseAddress!)
            var i = 0
            while true {
                let at = min(i, n - 8)
                if x.loadUnaligned(fromByteOffset: at, as: UInt64.self) != y.loadUnaligned(fromByteOffset: at, as: UInt64.self) { return false }
                i += 8
                if i >= n { return true }
            }
        }
    }

    /// The slot holding `word`, or the empty slot where it would go.
    @inline(__always)
    private func find(_ word: UnsafeBufferPointer<UInt8>, key: UInt64, hash: Int) -> Int {
        var slot = hash & mask
        while true {
            let e = slots[slot]
            if e.id < 0 || (e.key == key && (word.count <= 7 || equals(Int(e.id), word))) { return slot }
            slot = (slot + 1) & mask
        }
    }

    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let (key, hash) = Self.key(word)
        let id = slots[find(word, key: key, hash: hash)].id
        return id < 0 ? nil : Int(id)
    }

    func lookup(_ word: String) -> Int? {
        var w = word
        return w.withUTF8 { lookup($0) }
    }

    /// The id of `word`, adding it when new; `isNew` says which.
    mutating func id(for word: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let (key, hash) = Self.key(word)
        let slot = find(word, key: key, hash: hash)
        if slots[slot].id >= 0 { return (Int(slots[slot].id), false) }
        let id = count
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        slots[slot] = Slot(key: key, id: Int32(id))
        if count * 2 > slots.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = slots.count * 2
        let old = slots
        slots = [Slot](repeating: Slot(key: 0, id: -1), count: size)
        mask = size - 1
        for e in old where e.id >= 0 {
            var slot = hash(ofTerm: Int(e.id)) & mask
            while slots[slot].id >= 0 { slot = (slot + 1) & mask }
            slots[slot] = e
        }
    }

    /// Where the probe for term `t` starts: the hash of its word, from its bytes (as it was found).
    @inline(__always)
    private func hash(ofTerm t: Int) -> Int {
        bytes.withUnsafeBufferPointer { Self.key(UnsafeBufferPointer(rebasing: $0[Int(starts[t])..<Int(starts[t + 1])])).hash }
    }

    /// Term ids in byte order, for prefix ranges by binary search. Sorted on each word's first
    /// eight bytes as one number (zero-padded: no word holds a zero byte, so a shorter word still
    /// sorts first), the whole words compared only where those agree.
    func sortedIDs() -> [Int32] {
        bytes.withUnsafeBufferPointer { b in
            func word(_ t: Int) -> UnsafeBufferPointer<UInt8> {
                UnsafeBufferPointer(rebasing: b[Int(starts[t])..<Int(starts[t + 1])])
            }
            var keyed: [(head: UInt64, id: Int32)] = (0..<count).map { t in
                var head: UInt64 = 0
                for (k, byte) in word(t).prefix(8).enumerated() { head |= UInt64(byte) << UInt64(56 - 8 * k) }
                return (head, Int32(t))
            }
            keyed.sort { x, y in
                if x.head != y.head { return x.head < y.head }
                return word(Int(x.id)).lexicographicallyPrecedes(word(Int(y.id)))
            }
            return keyed.map(\.id)
        }
    }

    /// Whether term `t` begins with `prefix`.
    func hasPrefix(_ t: Int, _ prefix: [UInt8]) -> Bool {
        let s = Int(starts[t]), e = Int(starts[t + 1])
        guard e - s >= prefix.count else { return false }
        for k in 0..<prefix.count where bytes[s + k] != prefix[k] { return false }
        return true
    }

    /// Compares term `t` with `word` in byte order, looking at no more than `word.count` bytes
    /// when `asPrefix` (so every term that begins with `word` compares equal).
    func compare(_ t: Int, _ word: [UInt8], asPrefix: Bool) -> Int {
        let s = Int(starts[t]), e = Int(starts[t + 1])
        let n = asPrefix ? min(e - s, word.count) : e - s
        for k in 0..<min(n, word.count) where bytes[s + k] != word[k] {
            return bytes[s + k] < word[k] ? -1 : 1
        }
        if asPrefix { return e - s < word.count ? -1 : 0 }
        return n == word.count ? 0 : (n < word.count ? -1 : 1)
    }
}
