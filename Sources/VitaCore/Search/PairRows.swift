/// For each ordered pair of a shard's common words (`SearchShard.commonTerms`), the papers where
/// the two stand side by side: a row a pair, `a * commonLimit + b`.
///
/// A row is kept as a bit set only when it is dense enough for that to be the smaller: most pairs
/// of common words seldom stand together ("the of"), and a bit set for each of the 1,024 pairs,
/// twice over (anywhere, and in the title), was 256 bytes a paper, a fifth of the index of a DBLP
/// record and as much of its memory while it is built. Row `r` is `values[starts[r]..<starts[r+1]]`:
/// exactly `2 * wordsPerSet` values are the bit set, word by word (its low half first); fewer are
/// the row's papers (local numbers), ascending.
struct PairRows: Sendable {
    let starts: Flat<Int32>
    let values: Flat<UInt32>
    let wordsPerSet: Int

    static let rows = SearchShard.commonLimit * SearchShard.commonLimit

    init(starts: Flat<Int32>, values: Flat<UInt32>, wordsPerSet: Int) {
        self.starts = starts
        self.values = values
        self.wordsPerSet = wordsPerSet
    }

    /// No rows (a shard without common words).
    init() { self.init(starts: Flat(), values: Flat(), wordsPerSet: 0) }

    /// The rows of a shard of `papers` papers, each given as its papers, ascending.
    init(rows: [[UInt32]], papers: Int) {
        precondition(rows.count == Self.rows)
        let wps = (papers + 63) / 64
        var starts = [Int32](repeating: 0, count: Self.rows + 1)
        var values: [UInt32] = []
        values.reserveCapacity(rows.reduce(0) { $0 + min($1.count, 2 * wps) })
        for (r, row) in rows.enumerated() {
            if row.count >= 2 * wps {
                var words = [UInt64](repeating: 0, count: wps)
                for p in row { words[Int(p) >> 6] |= 1 << UInt64(p & 63) }
                for w in words { values.append(UInt32(truncatingIfNeeded: w)); values.append(UInt32(w >> 32)) }
            } else {
                values.append(contentsOf: row)
            }
            starts[r + 1] = Int32(values.count)
        }
        self.init(starts: Flat(starts), values: Flat(values), wordsPerSet: wps)
    }

    /// Row `r`'s papers as a bit set of `wordsPerSet` words.
    func words(_ r: Int) -> [UInt64] {
        var out = [UInt64](repeating: 0, count: wordsPerSet)
        let s = Int(starts[r]), e = Int(starts[r + 1])
        if e - s == 2 * wordsPerSet {
            for k in 0..<wordsPerSet { out[k] = UInt64(values[s + 2 * k]) | UInt64(values[s + 2 * k + 1]) << 32 }
        } else {
            for i in s..<e { let p = Int(values[i]); out[p >> 6] |= 1 << UInt64(p & 63) }
        }
        return out
    }

    /// Whether rows read from a snapshot hold together for a shard of `papers` papers: a start
    /// for each row and one more, rising to the values' end; each row a bit set with no bit past
    /// the last paper, or a shorter list of papers, ascending, each in the shard.
    func fit(papers: Int) -> Bool {
        if starts.isEmpty { return values.isEmpty }
        guard starts.count == Self.rows + 1, starts[0] == 0, Int(starts[Self.rows]) == values.count,
              wordsPerSet == (papers + 63) / 64 else { return false }
        let tail = papers % 64 == 0 ? 0 : ~UInt64(0) << UInt64(papers % 64)
        return starts.withUnsafeBufferPointer { starts in
            values.withUnsafeBufferPointer { values in
                for r in 0..<Self.rows where starts[r] > starts[r + 1] { return false }
                for r in 0..<Self.rows {
                    let s = Int(starts[r]), e = Int(starts[r + 1])
                    if e - s == 2 * wordsPerSet {
                        guard wordsPerSet == 0 || (UInt64(values[e - 2]) | UInt64(values[e - 1]) << 32) & tail == 0 else { return false }
                        continue
                    }
                    guard e - s < 2 * wordsPerSet else { return false }
                    var previous: Int64 = -1
                    for i in s..<e {
                        let p = Int64(values[i])
                        guard p > previous, p < Int64(papers) else { return false }
                        previous = p
                    }
                }
                return true
            }
        }
    }
}
