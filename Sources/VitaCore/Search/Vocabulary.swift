/// The index's dictionary of folded words: an open-addressing hash table over a byte arena,
/// so adding a token allocates nothing (a `[String: Int]` would hash with SipHash and box long words).
struct Vocabulary: Sendable {
    private(set) var bytes: [UInt8] = []
    /// Term `t` is `bytes[starts[t]..<starts[t + 1]]`.
    private(set) var starts: [Int32] = [0]
    /// Slots: the term id (-1 when empty) and, for words of up to 8 bytes, the word itself packed
    /// in a key, so a lookup of a short word never touches the byte arena.
    private var table: [Int32]
    private var keys: [UInt64]
    private var mask: Int

    init(capacity: Int = 1 << 12) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        table = [Int32](repeating: -1, count: size)
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(key: UInt64) -> Int {
        let h = key &* 0x9E3779B97F4A7C15
        return Int(truncatingIfNeeded: h ^ (h >> 32))
    }

    /// Words of 1 to 7 bytes packed with their length in the top byte; 0 for longer words.
    @inline(__always)
    static func key(_ word: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard word.count <= 7 else { return 0 }
        var k = UInt64(word.count) << 56
        for (i, b) in word.enumerated() { k |= UInt64(b) << UInt64(8 * i) }
        return k
    }

    var count: Int { starts.count - 1 }

    @inline(__always)
    static func hash(_ word: UnsafeBufferPointer<UInt8>) -> Int {
        // Short words: one multiply of the packed key (see `key`); longer ones: FNV-1a.
        if word.count <= 7 { return hash(key: key(word)) }
        var h: UInt64 = 0xcbf29ce484222325
        for b in word { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    func string(_ t: Int) -> String {
        String(decoding: bytes[Int(starts[t])..<Int(starts[t + 1])], as: UTF8.self)
    }

    @inline(__always)
    private func equals(_ t: Int, _ word: UnsafeBufferPointer<UInt8>) -> Bool {
        let s = Int(starts[t]), e = Int(starts[t + 1])
        guard e - s == word.count else { return false }
        for k in 0..<word.count where bytes[s + k] != word[k] { return false }
        return true
    }

    func lookup(_ word: UnsafeBufferPointer<UInt8>) -> Int? {
        let key = Self.key(word)
        var slot = (key != 0 ? Self.hash(key: key) : Self.hash(word)) & mask
        while true {
            let e = Int(table[slot])
            if e < 0 { return nil }
            if key != 0 ? keys[slot] == key : equals(e, word) { return e }
            slot = (slot + 1) & mask
        }
    }

    func lookup(_ word: String) -> Int? {
        var w = word
        return w.withUTF8 { lookup($0) }
    }

    /// The id of `word`, adding it when new; `isNew` says which.
    mutating func id(for word: UnsafeBufferPointer<UInt8>) -> (id: Int, isNew: Bool) {
        let key = Self.key(word)
        var slot = (key != 0 ? Self.hash(key: key) : Self.hash(word)) & mask
        while true {
            let e = Int(table[slot])
            if e < 0 { break }
            if key != 0 ? keys[slot] == key : equals(e, word) { return (e, false) }
            slot = (slot + 1) & mask
        }
        let id = count
        bytes.append(contentsOf: word)
        starts.append(Int32(bytes.count))
        table[slot] = Int32(id)
        keys[slot] = key
        if count * 2 > table.count { grow() }
        return (id, true)
    }

    private mutating func grow() {
        let size = table.count * 2
        table = [Int32](repeating: -1, count: size)
        keys = [UInt64](repeating: 0, count: size)
        mask = size - 1
        for t in 0..<count {
            let s = Int(starts[t]), e = Int(starts[t + 1])
            let (h, k) = bytes.withUnsafeBufferPointer { b in
                let w = UnsafeBufferPointer(rebasing: b[s..<e])
                return (Self.hash(w), Self.key(w))
            }
            var slot = h & mask
            while table[slot] >= 0 { slot = (slot + 1) & mask }
            table[slot] = Int32(t)
            keys[slot] = k
        }
    }

    /// Term ids in byte order, for prefix ranges by binary search.
    func sortedIDs() -> [Int32] {
        bytes.withUnsafeBufferPointer { b in
            (0..<count).map(Int32.init).sorted { x, y in
                let xs = Int(starts[Int(x)]), xe = Int(starts[Int(x) + 1])
                let ys = Int(starts[Int(y)]), ye = Int(starts[Int(y) + 1])
                return UnsafeBufferPointer(rebasing: b[xs..<xe]).lexicographicallyPrecedes(UnsafeBufferPointer(rebasing: b[ys..<ye]))
            }
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
