/// A table from 64-bit hashes to values, for a pass over every paper of a record (its ids, its
/// possible duplicates, its name variants) keyed by hashes already made: open addressing, each
/// key's slot taken from its bits by one multiplication, a key beside its value (one cache miss
/// a look, not two). A `Dictionary` hashed each key again and probed through its own layout:
/// most of such a pass's time, on one core.
struct HashTable<Value> {
    private var slots: [(key: UInt64, value: Value?)]
    private var shift: UInt64
    private var mask: Int
    private(set) var count = 0
    /// The keys it holds before it grows (half its slots).
    private var maximum: Int

    /// Room for `capacity` keys before it grows.
    init(capacity: Int) {
        var bits = 4
        while 1 << bits < 2 * max(1, capacity) { bits += 1 }
        slots = Array(repeating: (0, nil), count: 1 << bits)
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
        var s = start(key)
        while let v = slots[s].value {
            if slots[s].key == key { return v }
            s = (s + 1) & mask
        }
        return nil
    }

    /// The value `key` has; else `value` given to it, and nil returned.
    @inline(__always) mutating func valueOrInsert(_ key: UInt64, _ value: Value) -> Value? {
        var s = start(key)
        while let v = slots[s].value {
            if slots[s].key == key { return v }
            s = (s + 1) & mask
        }
        if count >= maximum { grow(); return valueOrInsert(key, value) }
        slots[s] = (key, value)
        count += 1
        return nil
    }

    /// Gives `key` the value `value`, whether it had one or not.
    mutating func set(_ key: UInt64, _ value: Value) {
        var s = start(key)
        while slots[s].value != nil {
            if slots[s].key == key { slots[s].value = value; return }
            s = (s + 1) & mask
        }
        if count >= maximum { grow(); return set(key, value) }
        slots[s] = (key, value)
        count += 1
    }

    /// Twice the slots, every key placed again.
    private mutating func grow() {
        var bigger = HashTable(capacity: mask + 1)
        for slot in slots { if let v = slot.value { bigger.set(slot.key, v) } }
        self = bigger
    }
}
