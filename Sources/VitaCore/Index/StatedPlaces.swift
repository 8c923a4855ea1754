/// Where people of a record are, as their own records in it state (the DBLP dump's person
/// records: each `www` record's affiliation note, not one labelled former), by name key: the
/// keys sorted by their bytes beside the places, two tables of text. Kept in the snapshot as
/// those tables and used in place from the mapped file, so a reopened record of millions of
/// people makes no string of them until its people are counted.
public struct StatedPlaces: Sendable {
    let keys: TextTable
    let places: TextTable

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.count == 0 }

    public init(_ byKey: [String: String] = [:]) {
        let sorted = byKey.sorted { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
        keys = TextTable(sorted.map(\.key))
        places = TextTable(sorted.map(\.value))
    }

    /// Stored tables, checked: nil unless as many places as keys, the keys rising.
    init?(keys: TextTable, places: TextTable) {
        guard keys.count == places.count else { return nil }
        let rising = keys.bytes.withUnsafeBufferPointer { b in
            (1..<max(1, keys.count)).allSatisfy { k in
                Self.compare(b, keys.range(k - 1), b, keys.range(k)) < 0
            }
        }
        guard rising else { return nil }
        (self.keys, self.places) = (keys, places)
    }

    /// The place stated for the person of `key`.
    public subscript(key: String) -> String? {
        var key = key
        return key.withUTF8 { wanted -> String? in
            keys.bytes.withUnsafeBufferPointer { b in
                var (low, high) = (0, keys.count)
                while low < high {
                    let mid = (low + high) / 2
                    let c = Self.compare(b, keys.range(mid), wanted, 0..<wanted.count)
                    if c == 0 { return places[mid] }
                    if c < 0 { low = mid + 1 } else { high = mid }
                }
                return nil
            }
        }
    }

    /// Each key with its place, in key order.
    public func forEach(_ body: (_ key: String, _ place: String) -> Void) {
        for k in 0..<count { body(keys[k], places[k]) }
    }

    /// The bytes of `a` against those of `b`: negative when `a` comes first.
    private static func compare(_ x: UnsafeBufferPointer<UInt8>, _ a: Range<Int>, _ y: UnsafeBufferPointer<UInt8>, _ b: Range<Int>) -> Int {
        let n = min(a.count, b.count)
        for k in 0..<n where x[a.lowerBound + k] != y[b.lowerBound + k] {
            return Int(x[a.lowerBound + k]) - Int(y[b.lowerBound + k])
        }
        return a.count - b.count
    }
}
