/// Papers found by a text key (their id, their identity) without reading them: each paper's key
/// hashed (64-bit FNV-1a), the hashes sorted with the papers' places beside them. A lookup finds
/// the places whose hash is the key's; the caller checks the paper itself, so a collision can only
/// cost a look, never give a wrong paper. Kept in a snapshot, so a reopened record finds a paper
/// by id, or a saved mark by identity, reading only that paper's chunk.
struct PlaceTable: Sendable {
    let hashes: Flat<UInt64>
    let places: Flat<Int32>

    init(keys: [String]) {
        var pairs = keys.enumerated().map { (Self.hash($1), Int32($0)) }
        pairs.sort { $0 < $1 }
        hashes = Flat(pairs.map(\.0))
        places = Flat(pairs.map(\.1))
    }

    /// A stored table, checked: as many hashes as places, hashes never falling, places of `count` papers.
    init?(hashes: Flat<UInt64>, places: Flat<Int32>, count: Int) {
        guard hashes.count == places.count, hashes.count == count else { return nil }
        let ok = hashes.withUnsafeBufferPointer { h in
            places.withUnsafeBufferPointer { p in
                for i in 0..<h.count {
                    if p[i] < 0 || Int(p[i]) >= count { return false }
                    if i > 0, h[i] < h[i - 1] { return false }
                }
                return true
            }
        }
        guard ok else { return nil }
        self.hashes = hashes
        self.places = places
    }

    /// FNV-1a over the key's bytes, as the people's numbering hashes a name key.
    static func hash(_ key: String) -> UInt64 { PersonNumbers.hash(key) }

    /// The places whose key hashes as `key` does, in record order.
    func candidates(_ key: String) -> [Int] {
        let h = Self.hash(key)
        return hashes.withUnsafeBufferPointer { hashes in
            var lo = 0, hi = hashes.count
            while lo < hi {
                let mid = (lo + hi) / 2
                if hashes[mid] < h { lo = mid + 1 } else { hi = mid }
            }
            var out: [Int] = []
            while lo < hashes.count, hashes[lo] == h {
                out.append(Int(places[lo]))
                lo += 1
            }
            return out
        }
    }
}
