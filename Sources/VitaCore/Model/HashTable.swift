import FoundationEssentials

/// A table from 64-bit hashes to values, for a pass over every paper of a record (its ids, its
/// possible duplicates) keyed by hashes already made: open addressing, each key's slot taken
/// from its bits by one multiplication, a key beside its value (one cache miss a look, not two),
/// 16 bytes a slot for a value of up to 8 bytes (the key 0 marks a free slot; its own value is
/// kept apart). A `Dictionary` hashed each key again and probed through its own layout: most of
/// such a pass's time, on one core.
struct HashTable<Value> {
    private var slots: [(key: UInt64, value: Value)]
    /// The value of the key 0, which cannot be told from a free slot's.
    private var zero: Value?
    /// What a free slot holds.
    private let free: Value
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0
    /// The keys it holds before it grows (half its slots).
    private var maximum: Int

    /// Room for `capacity` keys before it grows; `free` fills the slots not taken.
    init(capacity: Int, free: Value) {
        var bits = 4
        while 1 << bits < 2 * max(1, capacity) { bits += 1 }
        slots = Array(repeating: (0, free), count: 1 << bits)
        self.free = free
        shift = UInt64(64 - bits)
        mask = (1 << bits) - 1
        maximum = (1 << bits) / 2
    }

    /// The first slot looked at for `key`: its bits mixed (FNV hashes vary little in their low
    /// bits), the top ones taken.
    @inline(__always) private func start(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
    }

    subscript(key: UInt64) -> Value? {
        if key == 0 { return zero }
        var s = start(key)
        while slots[s].key != 0 {
            if slots[s].key == key { return slots[s].value }
            s = (s + 1) & mask
        }
        return nil
    }

    /// The value `key` has; else `value` given to it, and nil returned.
    @inline(__always) mutating func valueOrInsert(_ key: UInt64, _ value: Value) -> Value? {
        if key == 0 {
            if let had = zero { return had }
            zero = value
            count += 1
            return nil
        }
        var s = start(key)
        while slots[s].key != 0 {
            if slots[s].key == key { return slots[s].value }
            s = (s + 1) & mask
        }
        if count >= maximum { grow(); return valueOrInsert(key, value) }
        slots[s] = (key, value)
        count += 1
        return nil
    }

    /// Gives `key` the value `value`, whether it had one or not.
    mutating func set(_ key: UInt64, _ value: Value) {
        if key == 0 {
            if zero == nil { count += 1 }
            zero = value
            return
        }
        var s = start(key)
        while slots[s].key != 0 {
            if slots[s].key == key { slots[s].value = value; return }
            s = (s + 1) & mask
        }
        if count >= maximum { grow(); return set(key, value) }
        slots[s] = (key, value)
        count += 1
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        var bigger = HashTable(capacity: mask + 1, free: free)
        bigger.zero = zero
        bigger.count = zero == nil ? 0 : 1
        for slot in slots where slot.key != 0 { bigger.set(slot.key, slot.value) }
        self = bigger
    }
}

/// A table from name keys to values for a pass that looks up every author of a record (millions
/// of keys): an ASCII key is found by the FNV hash of its bytes in a `HashTable` and compared byte
/// for byte, where a `[String: Value]` hashed each key with SipHash and compared through its own
/// layout. Answers as the dictionary does: `String` equality is canonical equivalence, so a key
/// held with other bytes whose canonical decomposition is ASCII (U+212A KELVIN SIGN for K) is
/// found by that decomposition, and a key looked up outside ASCII is asked of the dictionary.
struct KeyTable<Value> {
    private let all: [String: Value]
    /// The ASCII form of each key held that has one, and its value.
    private var keys: [String] = []
    private var values: [Value] = []
    private var byHash: HashTable<Int32>
    /// Two keys held share a hash: a miss is asked of `all` too.
    private var collided = false

    init(_ all: [String: Value]) {
        self.all = all
        byHash = HashTable(capacity: all.count, free: -1)
        keys.reserveCapacity(all.count)
        values.reserveCapacity(all.count)
        for (key, value) in all {
            // No ASCII key equals one whose decomposition is not ASCII.
            let ascii = PersonNumbers.asciiHash(key) != nil ? key : UnicodeText.decomposed(key)
            guard let h = PersonNumbers.asciiHash(ascii) else { continue }
            guard byHash.valueOrInsert(h, Int32(keys.count)) == nil else { collided = true; continue }
            keys.append(ascii)
            values.append(value)
        }
    }

    subscript(key: String) -> Value? {
        guard let h = PersonNumbers.asciiHash(key) else { return all[key] }
        if let i = byHash[h], PersonNumbers.sameBytes(keys[Int(i)], key) { return values[Int(i)] }
        return collided ? all[key] : nil
    }
}
