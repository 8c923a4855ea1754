import FoundationEssentials
#if canImport(Glibc)
import Glibc
#endif

/// A record's people index kept beside its snapshot (`<name>.people`), written the first time the
/// index is made for a record read from (or kept in) a snapshot, so a reopened record finds any
/// person, lists their papers and ranks their coauthors without reading a paper.
///
/// It is made for one snapshot: its header carries the snapshot's two checksums and paper count
/// (`Identity`), and it is used only beside a snapshot that has them. The layout
/// (`docs/snapshot.md`): a 64-byte header (magic, layout version, byte order, length, checksum of
/// what follows, the identity), then the index's arrays, each as the snapshot writes flat arrays,
/// used in place in the mapped file. Every array is checked before it is used: a file that is cut
/// short, damaged or made for another snapshot is ignored (and the index made again).
enum PeopleSnapshot {
    static let magic: [UInt8] = Array("VITAPPL\u{0}".utf8)
    static let layoutVersion: UInt32 = 4
    static let headerSize = 64

    /// The snapshot a people file belongs to.
    struct Identity: Equatable, Sendable {
        var modelSum: UInt64
        var indexSum: UInt64
        var papers: Int

        init(modelSum: UInt64, indexSum: UInt64, papers: Int) {
            (self.modelSum, self.indexSum, self.papers) = (modelSum, indexSum, papers)
        }

        /// The identity of the snapshot whose header is `header`, with `papers` papers.
        init(snapshotHeader header: UnsafeRawBufferPointer, papers: Int) {
            modelSum = header.loadUnaligned(fromByteOffset: 24, as: UInt64.self)
            indexSum = header.loadUnaligned(fromByteOffset: 40, as: UInt64.self)
            self.papers = papers
        }
    }

    /// The file's bytes, as pieces (`forEachPiece`).
    static func write(_ index: PeopleIndex, identity: Identity) -> SnapshotWriter {
        var w = SnapshotWriter(capacity: 1 << 16)
        w.zeros(headerSize)
        for table in [index.names, index.keys, index.orcids, index.dblps, index.words, index.places] {
            w.raw(table.bytes)
            w.raw(table.starts)
        }
        for list in [index.paperCounts, index.firstYears, index.lastYears, index.paperStarts, index.paperList,
                     index.paperPeopleStarts, index.paperPeople, index.sortedWords, index.sortedPeople, index.byKey.places] {
            w.raw(list)
        }
        w.raw(index.byKey.hashes)
        w.uint(UInt64(index.otherNames.count))
        for (p, names) in index.otherNames.sorted(by: { $0.key < $1.key }) {
            w.uint(UInt64(p))
            w.strings(names)
        }
        // The coauthors counted ahead (the first-letter rows'), so they are not counted again.
        let memo = index.counted.all(limit: PeopleIndex.shownCoauthors)
        w.uint(UInt64(memo.count))
        for (p, with) in memo {
            w.uint(UInt64(p))
            w.uint(UInt64(with.count))
            for c in with {
                w.uint(UInt64(c.person))
                w.uint(UInt64(c.shared))
            }
        }
        // The person numbers the index was made from (its people but the owner it may add):
        // each paper's people, their places, each paper's year, owner and `et al.`, other names.
        if let numbers = index.numbers {
            w.bool(true)
            w.uint(UInt64(numbers.count))
            for list in [numbers.starts, numbers.people, numbers.positions, numbers.years] { w.raw(list) }
            for flags in [numbers.owned, numbers.truncated] { w.raw(flags.map { $0 ? UInt8(1) : 0 }) }
            w.uint(UInt64(numbers.otherNames.count))
            for (p, names) in numbers.otherNames.sorted(by: { $0.key < $1.key }) {
                w.uint(UInt64(p))
                w.strings(names)
            }
        } else {
            w.bool(false)
        }
        let (length, checksum) = (w.length, w.checksum(after: headerSize))
        w.patch { b in
            for (k, byte) in magic.enumerated() { b[k] = byte }
            b.storeBytes(of: layoutVersion, toByteOffset: 8, as: UInt32.self)
            b.storeBytes(of: Snapshot.byteOrderMark, toByteOffset: 12, as: UInt32.self)
            b.storeBytes(of: UInt64(length), toByteOffset: 16, as: UInt64.self)
            b.storeBytes(of: checksum, toByteOffset: 24, as: UInt64.self)
            b.storeBytes(of: identity.modelSum, toByteOffset: 32, as: UInt64.self)
            b.storeBytes(of: identity.indexSum, toByteOffset: 40, as: UInt64.self)
            b.storeBytes(of: UInt64(identity.papers), toByteOffset: 48, as: UInt64.self)
        }
        return w
    }

    /// The people index in `bytes` (kept alive by `owner`, when mapped), if it was made for
    /// `identity` and is whole; throws why not.
    static func read(_ bytes: UnsafeRawBufferPointer, identity: Identity, owner: AnyObject?) throws -> PeopleIndex {
        guard bytes.count >= headerSize, Array(bytes[0..<8]) == magic else { throw SnapshotProblem.foreign("it is not a Vita people file") }
        guard bytes.loadUnaligned(fromByteOffset: 12, as: UInt32.self) == Snapshot.byteOrderMark else {
            throw SnapshotProblem.foreign("it was written on a machine of another byte order")
        }
        let version = bytes.loadUnaligned(fromByteOffset: 8, as: UInt32.self)
        guard version == layoutVersion else { throw SnapshotProblem.foreign("it has layout \(version), this Vita reads \(layoutVersion)") }
        guard bytes.loadUnaligned(fromByteOffset: 16, as: UInt64.self) == UInt64(bytes.count) else { throw SnapshotProblem.damaged("it is not as long as it says") }
        let made = (bytes.loadUnaligned(fromByteOffset: 32, as: UInt64.self), bytes.loadUnaligned(fromByteOffset: 40, as: UInt64.self),
                    bytes.loadUnaligned(fromByteOffset: 48, as: UInt64.self))
        guard made == (identity.modelSum, identity.indexSum, UInt64(identity.papers)) else { throw SnapshotProblem.stale("it was made for another snapshot") }
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: bytes[headerSize...])) == bytes.loadUnaligned(fromByteOffset: 24, as: UInt64.self) else {
            throw SnapshotProblem.damaged("its checksum does not match its bytes")
        }
        return try decode(bytes, papers: identity.papers, owner: owner)
    }

    /// The index after the header, for a record of `papers` papers, header and checksum aside
    /// (the fuzz target's way in): every array checked, or a throw.
    static func decode(_ bytes: UnsafeRawBufferPointer, papers: Int, owner: AnyObject?) throws -> PeopleIndex {
        guard bytes.count >= headerSize else { throw SnapshotReader.damaged("header") }
        var r = SnapshotReader(bytes, at: headerSize, owner: owner)
        var tables: [TextTable] = []
        for what in ["names", "keys", "ORCIDs", "DBLP ids", "name words", "places"] {
            guard let t = TextTable(stored: try r.flat(UInt8.self, what), starts: try r.flat(Int32.self, what)) else { throw SnapshotReader.damaged(what) }
            tables.append(t)
        }
        var lists: [Flat<Int32>] = []
        for what in ["paper counts", "first years", "last years", "paper starts", "papers", "paper people starts", "paper people",
                     "sorted words", "sorted people", "key places"] {
            lists.append(try r.flat(Int32.self, what))
        }
        let n = tables[0].count
        guard let byKey = PlaceTable(hashes: try r.flat(UInt64.self, "key hashes"), places: lists[9], count: n) else { throw SnapshotReader.damaged("key table") }
        var otherNames: [Int32: [String]] = [:]
        for _ in 0..<(try r.count(each: 2, "other names")) {
            let p = try r.uint()
            try r.require(p < UInt64(n), "other names")
            otherNames[Int32(p)] = try r.strings()
        }
        var memo: [(Int, [(person: Int, shared: Int)])] = []
        for _ in 0..<(try r.count(each: 2, "coauthors")) {
            let p = try r.uint()
            var with: [(person: Int, shared: Int)] = []
            for _ in 0..<(try r.count(each: 2, "coauthors")) {
                let q = try r.uint(), shared = try r.uint()
                try r.require(q < UInt64(n) && shared <= UInt64(papers), "coauthors")
                with.append((Int(q), Int(shared)))
            }
            try r.require(p < UInt64(n) && with.count <= PeopleIndex.shownCoauthors, "coauthors")
            memo.append((Int(p), with))
        }
        // The person numbers: checked and made now when the bytes do not outlive this call;
        // from a mapped file, passed over (their arrays' bounds checked) and made when first
        // asked for, nil then if they do not hold (the numbers are then counted from the papers).
        let numbersAt = r.at
        let numbers: PeopleIndex.Numbers
        if try r.bool() {
            if let owner {
                try Self.skipNumbers(&r)
                let held = Shared((bytes, owner, tables))
                numbers = .later {
                    let (bytes, owner, tables) = held.value
                    var r = SnapshotReader(bytes, at: numbersAt + 1, owner: owner)
                    return try? Self.numbers(&r, tables, papers: papers)
                }
            } else {
                numbers = .made(try Self.numbers(&r, tables, papers: papers))
            }
        } else {
            numbers = .made(nil)
        }
        try r.require(r.at == bytes.count, "end")
        guard let index = PeopleIndex(stored: tables, lists, byKey: byKey, otherNames: otherNames, papers: papers, numbers: numbers) else {
            throw SnapshotReader.damaged("people")
        }
        for (p, with) in memo { index.counted.keep(with, for: p, limit: PeopleIndex.shownCoauthors) }
        return index
    }
}

extension PeopleSnapshot {
    /// Moves past the person numbers as `numbers` reads them, making nothing of them (only that
    /// each array lies within the file is checked).
    static func skipNumbers(_ r: inout SnapshotReader) throws {
        _ = try r.uint()
        for what in ["paper people starts", "paper people", "author places", "years"] { _ = try r.flat(Int32.self, what) }
        for what in ["owned", "et al."] { _ = try r.flat(UInt8.self, what) }
        for _ in 0..<(try r.count(each: 2, "other names")) {
            _ = try r.uint()
            _ = try r.strings()
        }
    }

    /// The person numbers after the index (`write`), their names, keys and ids the index's first
    /// ones: every array checked (counts, bounds rising, numbers in range, flags 0 or 1).
    static func numbers(_ r: inout SnapshotReader, _ tables: [TextTable], papers: Int) throws -> PersonNumbers {
        let count = try r.uint()
        // Each of the four tables read for them holds as many (names, keys, ORCIDs, DBLP pids).
        try r.require(tables.count >= 4 && tables[0..<4].allSatisfy { count <= UInt64($0.count) }, "person numbers")
        let n = Int(count)
        let starts = try r.raw(Int32.self, "paper people starts"), people = try r.raw(Int32.self, "paper people")
        let positions = try r.raw(Int32.self, "author places"), years = try r.raw(Int32.self, "years")
        let owned = try r.raw(UInt8.self, "owned"), truncated = try r.raw(UInt8.self, "et al.")
        try r.require(starts.count == papers + 1 && starts.first == 0 && Int(starts[papers]) == people.count
                      && zip(starts, starts.dropFirst()).allSatisfy({ $0 <= $1 }), "paper people starts")
        try r.require(people.allSatisfy { $0 >= 0 && Int($0) < n } && positions.count == people.count, "paper people")
        try r.require(years.count == papers && owned.count == papers && truncated.count == papers
                      && owned.allSatisfy({ $0 <= 1 }) && truncated.allSatisfy({ $0 <= 1 }), "paper facts")
        var otherNames: [Int32: [String]] = [:]
        for _ in 0..<(try r.count(each: 2, "other names")) {
            let p = try r.uint()
            try r.require(p < count, "other names")
            otherNames[Int32(p)] = try r.strings()
        }
        func strings(_ t: TextTable) -> [String] { (0..<n).map { t[$0] } }
        // The index's places are the numbers' (a table of none when nobody has one).
        var places: [Int32: String] = [:]
        if tables.count > 5, tables[5].count >= n {
            for p in 0..<n where !tables[5].range(p).isEmpty { places[Int32(p)] = tables[5][p] }
        }
        return PersonNumbers(keys: strings(tables[1]), names: strings(tables[0]), starts: starts, people: people, positions: positions,
                             otherNames: otherNames, years: years, owned: owned.map { $0 == 1 }, truncated: truncated.map { $0 == 1 },
                             orcids: strings(tables[2]), dblps: strings(tables[3]), places: places)
    }
}

extension PeopleIndex {
    /// Person numbers read with an index: made, or to be made when first asked for.
    enum Numbers {
        case made(PersonNumbers?)
        case later(@Sendable () -> PersonNumbers?)
    }

    /// An index read back (`PeopleSnapshot`), checked so that no lookup can reach outside its
    /// arrays: nil when a count, a bound or a number is out of place.

    init?(stored tables: [TextTable], _ lists: [Flat<Int32>], byKey: PlaceTable, otherNames: [Int32: [String]], papers: Int,
          numbers: Numbers = .made(nil)) {
        guard tables.count == 6, lists.count == 10 else { return nil }
        let n = tables[0].count
        let (counts, starts, list, peopleStarts, people) = (lists[0], lists[3], lists[4], lists[5], lists[6])
        let (sortedWords, sortedPeople) = (lists[7], lists[8])
        let (words, places) = (tables[4], tables[5])
        guard tables[0..<5].allSatisfy({ $0.count == n }), places.count == n || places.count == 0, lists[0...2].allSatisfy({ $0.count == n }),
              starts.count == n + 1, peopleStarts.count == papers + 1, sortedWords.count == sortedPeople.count,
              Self.bounds(starts, end: list.count), Self.bounds(peopleStarts, end: people.count),
              Self.all(list, below: papers), Self.all(people, below: n), Self.all(sortedPeople, below: n),
              Self.all(sortedWords, below: words.bytes.count),
              // Every person's words end with a space (a lookup reads a word up to its space).
              words.bytes.last.map({ $0 == 0x20 }) ?? true,
              (0..<n).allSatisfy({ p in words.range(p).isEmpty || words.bytes[words.range(p).upperBound - 1] == 0x20 }),
              (0..<n).allSatisfy({ counts[$0] == starts[$0 + 1] - starts[$0] }) else { return nil }
        (names, keys, orcids, dblps, self.words, self.places) = (tables[0], tables[1], tables[2], tables[3], words, places)
        (paperCounts, firstYears, lastYears) = (counts, lists[1], lists[2])
        (paperStarts, paperList, paperPeopleStarts, paperPeople) = (starts, list, peopleStarts, people)
        (self.sortedWords, self.sortedPeople, self.byKey, self.otherNames) = (sortedWords, sortedPeople, byKey, otherNames)
        switch numbers {
        case .made(let made): (numbersSlot, numbersLater) = (Once(made), nil)
        case .later(let read): (numbersSlot, numbersLater) = (Once<PersonNumbers?>(), read)
        }
    }

    /// Bounds of runs: from 0, never falling, ending at `end`.
    private static func bounds(_ starts: Flat<Int32>, end: Int) -> Bool {
        starts.withUnsafeBufferPointer { s in
            guard s.first == 0, Int(s[s.count - 1]) == end else { return false }
            for i in 1..<s.count where s[i] < s[i - 1] { return false }
            return true
        }
    }

    private static func all(_ values: Flat<Int32>, below n: Int) -> Bool {
        values.withUnsafeBufferPointer { v in v.allSatisfy { $0 >= 0 && Int($0) < n } }
    }
}
