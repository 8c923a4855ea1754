/// The search index in a snapshot: each shard's flat arrays as they are in memory, so reading
/// one back is a copy, not a build. Every number that is later used to reach into another array
/// is checked on the way in: a snapshot that passes its checksum but was made by hand (or by a
/// fault the checksum missed) is refused, never trusted.
extension SnapshotWriter {
    /// What covers every paper, before the tables of ids and identities.
    mutating func columns(_ c: IndexColumns, count: Int) {
        uint(UInt64(count))
        raw(c.years)
        raw(c.categoryOf)
        strings(c.categoryNames)
        for flag in c.flags { raw(flag.words) }
        raw(c.dateOrder)
        raw(c.dateRank)
    }

    enum PlaceKeys { case ids, identities }

    /// The table that finds a paper by its id or its identity, each paper read where it lies
    /// (taken from the array, it is copied: every string retained).
    static func placeTable(_ keys: PlaceKeys, _ papers: [Paper]) -> PlaceTable {
        let list = papers.withUnsafeBufferPointer { p in
            Parallel.map(p.count) { i in keys == .ids ? p[i].id : Paper.identity(at: p.baseAddress! + i) }
        }
        return PlaceTable(keys: list)
    }

    mutating func placeTable(_ table: PlaceTable) {
        raw(table.hashes)
        raw(table.places)
    }

    /// A shard laid out on its own, a multiple of 8 bytes long, and its checksum.
    static func shardPiece(_ shard: SearchShard) -> (writer: SnapshotWriter, sum: UInt64) {
        var w = SnapshotWriter(capacity: 1 << 12)
        w.shard(shard)
        w.pad(to: 8)
        var sum = SnapshotChecksum()
        w.forEachPiece { sum.update($0) }
        return (w, sum.finish())
    }

    /// The table of the shards of these papers, each entry of fixed width with its length and
    /// checksum left zero, filled in by `fillShardTable` once the shards are laid out (a shard
    /// is written before the next is made: `Snapshot.produce`); then zeros to an 8-byte
    /// boundary. Returns where the entries are: in the bytes written and in all written.
    mutating func shardTable(_ shards: [Range<Int>]) -> (byte: Int, offset: Int) {
        uint(UInt64(shards.count))
        let at = (byte: bytes.count, offset: length)
        for r in shards {
            fixed(UInt64(r.lowerBound))
            fixed(UInt64(r.count))
            fixed(UInt64(0))
            fixed(UInt64(0))
        }
        pad(to: 8)
        return at
    }

    mutating func fillShardTable(at table: (byte: Int, offset: Int), _ laid: [(length: Int, sum: UInt64)]) {
        patch { b in
            for (k, entry) in laid.enumerated() {
                b.storeBytes(of: UInt64(entry.length), toByteOffset: table.byte + 32 * k + 16, as: UInt64.self)
                b.storeBytes(of: entry.sum, toByteOffset: table.byte + 32 * k + 24, as: UInt64.self)
            }
        }
    }

    mutating func shard(_ s: SearchShard) {
        uint(UInt64(s.base))
        uint(UInt64(s.count))
        raw(s.vocabulary.bytes)
        raw(s.vocabulary.starts)
        let table = s.vocabulary.table
        raw(table.keys)
        raw(table.ids)
        raw(s.sortedTerms)
        raw(s.postStart)
        raw(s.postings)
        raw(s.positions)
        raw(s.positionStart)
        raw(s.fieldStart)
        raw(s.prefixAny)
        raw(s.prefixTitle)
        let heavy = s.heavyPrefixes.sorted { $0.value < $1.value }
        raw(heavy.map(\.key))
        raw(heavy.map { Int32($0.value) })
        raw(s.commonTerms)
        for rows in [s.commonPairs, s.commonTitlePairs] {
            raw(rows.starts)
            raw(rows.values)
        }
    }
}

/// Where a shard of the index is (from where the shards start), its papers and its checksum.
struct ShardRef: Sendable {
    let base: Int
    let count: Int
    let bytes: Range<Int>
    let sum: UInt64
}

extension SnapshotReader {
    /// The index of the papers in `store`. Its shards are read when a search first needs them
    /// when the bytes are `mapping`'s (`indexStart` is where the index is in it), else at once.
    /// `shardsAt`: where the header says the shards start, from the index's start.
    mutating func index(store: PaperStore, shardsAt: Int, mapping: SnapshotMapping? = nil, indexStart: Int = 0) throws -> SearchIndex {
        let n = store.count
        try require(try uint() == UInt64(n), "index")
        let years = try raw(Int16.self, "index")
        let categoryOf = try raw(Int16.self, "index")
        let categoryNames = try strings()
        try require(years.count == n && categoryOf.count == n, "index")
        try require(categoryOf.allSatisfy { $0 >= 0 && Int($0) < categoryNames.count }, "index")
        var flags: [BitSet] = []
        for _ in 0..<SearchIndex.flagCount {
            let words = try raw(UInt64.self, "index")
            try require(words.count == (n + 63) / 64, "index")
            // No bit past the last paper.
            if n % 64 != 0, let last = words.last { try require(last >> UInt64(n % 64) == 0, "index") }
            flags.append(BitSet(words: words, count: n))
        }
        let dateOrder = try raw(Int32.self, "index")
        let dateRank = try raw(Int32.self, "index")
        try require(dateOrder.count == n && dateRank.count == n, "index")
        // The order holds each paper once (ranking fills a list of exactly the matches from it),
        // and the ranks are its inverse.
        let permutation = dateOrder.withUnsafeBufferPointer { order in
            dateRank.withUnsafeBufferPointer { rank in
                for (r, p) in order.enumerated() where p < 0 || Int(p) >= n || rank[Int(p)] != Int32(r) { return false }
                return true
            }
        }
        try require(permutation, "index")
        var tables: [PlaceTable] = []
        for _ in 0..<2 {
            let hashes = try flat(UInt64.self, "index"), places = try flat(Int32.self, "index")
            guard let table = PlaceTable(hashes: hashes, places: places, count: n) else { throw Self.damaged("index") }
            tables.append(table)
        }
        // The table of the shards: they follow one another over every paper, each starting on a
        // multiple of 64, each on an 8-byte boundary, filling the rest of the index.
        let shardCount = try count(each: 32, "index")
        var refs: [ShardRef] = []
        var next = 0, offset = 0
        for _ in 0..<shardCount {
            let base = Int(clamping: try fixed64()), count = Int(clamping: try fixed64())
            let length = Int(clamping: try fixed64()), sum = try fixed64()
            try require(base == next && base % 64 == 0 && count > 0 || n == 0 && count == 0, "index")
            try require(count <= SearchShard.maximumPapers && length % 8 == 0 && length <= remaining, "index")
            refs.append(ShardRef(base: base, count: count, bytes: offset..<offset + length, sum: sum))
            next = base + count
            offset += length
        }
        try require(next == n && !refs.isEmpty, "index")
        while at % 8 != 0 { try require(try byte() == 0, "index") }
        try require(at == shardsAt && offset == remaining, "index")
        let shardsStart = at
        let index: SearchIndex
        if let mapping {
            let from = indexStart + shardsStart
            let refs = refs
            let load: @Sendable () -> [SearchShard] = {
                let shards = Parallel.map(refs.count, chunk: 1) { i -> SearchShard in
                    let ref = refs[i]
                    // A shard found damaged is built from its papers instead.
                    return (try? Self.shard(in: mapping.bytes, ref, from: from, owner: mapping))
                        ?? SearchShard(papers: store.papers[ref.base..<ref.base + ref.count])
                }
                // Checked, their pages are given back: a search reads again only those it needs.
                mapping.release(from..<mapping.size)
                return shards
            }
            index = SearchIndex(restoring: nil, load: load, years: years, categoryOf: categoryOf, categoryNames: categoryNames,
                                flags: flags, dateOrder: dateOrder, dateRank: dateRank, store: store)
        } else {
            let shards = try refs.map { try Self.shard(in: base, $0, from: shardsStart, owner: nil) }
            index = SearchIndex(restoring: shards, load: nil, years: years, categoryOf: categoryOf, categoryNames: categoryNames,
                                flags: flags, dateOrder: dateOrder, dateRank: dateRank, store: store)
        }
        at = base.count
        (index.byID, index.byIdentity) = (tables[0], tables[1])
        return index
    }

    /// One shard, after its checksum; `from` is where the shards start in `bytes`.
    static func shard(in bytes: UnsafeRawBufferPointer, _ ref: ShardRef, from: Int, owner: AnyObject?) throws -> SearchShard {
        let range = (from + ref.bytes.lowerBound)..<(from + ref.bytes.upperBound)
        guard range.upperBound <= bytes.count,
              SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[range])) == ref.sum else { throw damaged("index") }
        var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: bytes[range]), owner: owner)
        let shard = try r.shard()
        try r.require(shard.base == ref.base && shard.count == ref.count, "index")
        while r.remaining > 0 { try r.require(try r.byte() == 0, "index") }
        return shard
    }

    mutating func shard() throws -> SearchShard {
        let base = Int(clamping: try uint()), count = Int(clamping: try uint())
        try require(count <= SearchShard.maximumPapers && base <= Int(Int32.max), "index")
        let words = try raw(UInt8.self, "index"), starts = try raw(Int32.self, "index")
        let keys = try raw(UInt64.self, "index"), ids = try raw(Int32.self, "index")
        guard let vocabulary = Vocabulary(restoring: words, starts: starts, keys: keys, ids: ids) else { throw Self.damaged("index") }
        let terms = vocabulary.count
        let sortedTerms = try flat(Int32.self, "index")
        try require(sortedTerms.count == terms && sortedTerms.withUnsafeBufferPointer { $0.allSatisfy { $0 >= 0 && Int($0) < terms } }, "index")
        let postStart = try flat(Int32.self, "index")
        let postings = try flat(Posting.self, "index")
        let positions = try flat(UInt16.self, "index")
        let positionStart = try flat(Int32.self, "index")
        let fieldStart = try flat(Int32.self, "index")
        try require(Self.rising(postStart, count: terms + 1, last: postings.count), "index")
        try require(Self.rising(positionStart, count: count + 1, last: positions.count), "index")
        try require(fieldStart.count == count * SearchShard.fieldStride, "index")
        // Every posting's paper is one of the shard's. Its positions are kept to its paper's run
        // where they are read (`SearchShard.positionRange`), so they need no look here: checking
        // each against its paper's run read that run's bounds at random, the larger part of
        // reading a shard of a few million papers.
        let highestPaper = postings.withUnsafeBufferPointer { postings in
            postings.reduce(Int32(0)) { max($0, $1.paper) }
        }
        try require(postings.count == 0 || Int(highestPaper) < count, "index")
        let wordsPerSet = (count + 63) / 64
        let prefixAny = try flat(UInt64.self, "index"), prefixTitle = try flat(UInt64.self, "index")
        let heavyKeys = try raw(UInt32.self, "index"), heavyRows = try raw(Int32.self, "index")
        let rows = heavyKeys.count
        try require(heavyKeys.count == heavyRows.count && heavyKeys.count <= SearchShard.prefixSlots + SearchShard.heavyLimit, "index")
        try require(prefixAny.count == rows * wordsPerSet && prefixTitle.count == rows * wordsPerSet, "index")
        var heavy: [UInt32: Int] = [:]
        for (k, row) in zip(heavyKeys, heavyRows) {
            try require(Int(row) >= 0 && Int(row) < rows && heavy.updateValue(Int(row), forKey: k) == nil, "index")
        }
        // Bit sets of the shard's papers: no bit past its last paper.
        let tail = count % 64 == 0 ? 0 : ~UInt64(0) << UInt64(count % 64)
        func clean(_ sets: Flat<UInt64>, rows: Int) -> Bool {
            guard tail != 0, wordsPerSet > 0 else { return true }
            let last = (wordsPerSet - 1) * rows
            for k in last..<last + rows where sets[k] & tail != 0 { return false }
            return true
        }
        try require(clean(prefixAny, rows: rows) && clean(prefixTitle, rows: rows), "index")
        let commonTerms = try flat(Int32.self, "index")
        try require(commonTerms.count <= SearchShard.commonLimit && commonTerms.allSatisfy { $0 >= 0 && Int($0) < terms }, "index")
        var pairs: [PairRows] = []
        for _ in 0..<2 {
            let starts = try flat(Int32.self, "index"), values = try flat(UInt32.self, "index")
            let rows = PairRows(starts: starts, values: values, wordsPerSet: wordsPerSet)
            try require(rows.fit(papers: count) && rows.starts.isEmpty == commonTerms.isEmpty, "index")
            pairs.append(rows)
        }
        return SearchShard(base: base, count: count, vocabulary: vocabulary, sortedTerms: sortedTerms, postStart: postStart,
                           postings: postings, positions: positions, positionStart: positionStart, fieldStart: fieldStart,
                           prefixAny: prefixAny, prefixTitle: prefixTitle, heavyPrefixes: heavy, commonTerms: commonTerms,
                           commonPairs: pairs[0], commonTitlePairs: pairs[1], wordsPerSet: wordsPerSet)
    }

    /// `count` numbers from 0 to `last`, never falling.
    static func rising(_ list: Flat<Int32>, count: Int, last: Int) -> Bool {
        guard list.count == count, list.first == 0, Int(list.last!) == last else { return false }
        return list.withUnsafeBufferPointer { b in
            for i in 1..<b.count where b[i] < b[i - 1] { return false }
            return true
        }
    }
}

extension SearchShard {
    init(base: Int, count: Int, vocabulary: Vocabulary, sortedTerms: Flat<Int32>, postStart: Flat<Int32>, postings: Flat<Posting>,
         positions: Flat<UInt16>, positionStart: Flat<Int32>, fieldStart: Flat<Int32>, prefixAny: Flat<UInt64>, prefixTitle: Flat<UInt64>,
         heavyPrefixes: [UInt32: Int], commonTerms: Flat<Int32>, commonPairs: PairRows, commonTitlePairs: PairRows, wordsPerSet: Int) {
        self.base = base
        self.count = count
        self.vocabulary = vocabulary
        self.sortedTerms = sortedTerms
        self.postStart = postStart
        self.postings = postings
        self.positions = positions
        self.positionStart = positionStart
        self.fieldStart = fieldStart
        self.prefixAny = prefixAny
        self.prefixTitle = prefixTitle
        self.heavyPrefixes = heavyPrefixes
        self.commonTerms = commonTerms
        self.commonPairs = commonPairs
        self.commonTitlePairs = commonTitlePairs
        self.wordsPerSet = wordsPerSet
    }
}
