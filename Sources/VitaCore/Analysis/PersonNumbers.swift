import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Every person of a record numbered once, by name key: each paper's people in one flat run
/// (nobody left out, a person listed twice on a paper once), each person's key and name as first
/// written, and the other names a key is written with. The people index, the coauthor counts
/// (`vita stats`, the graph) and the person prompt read it instead of each making a map of names.
///
/// Keys are numbered by a 64-bit hash of their bytes, the hashes made on every core; every key is
/// then checked against its number's key on every core, and a record where two keys share a hash
/// is numbered again by the keys themselves. A million papers take a fraction of a second where
/// a map of names took seconds.
public struct PersonNumbers: Sendable {
    public let keys: [String]
    public let names: [String]
    /// Paper `i`'s people are `people[starts[i]..<starts[i + 1]]`, in the order listed.
    public let starts: [Int32]
    public let people: [Int32]
    /// Where in its paper's author list each of `people` is (the first place, when listed twice).
    public let positions: [Int32]
    /// The other names of a person, in the order met (eight at most).
    public let otherNames: [Int32: [String]]
    /// Each paper's year (0 without one) and whether it is the record owner's, read in the same
    /// pass (the people index needs them, and a record that does not keep its papers would read
    /// every paper again for them).
    public let years: [Int32]
    public let owned: [Bool]
    /// Whether each paper's author list ends in `et al.` (the coauthor graph counts them).
    public let truncated: [Bool]
    /// Each person's ORCID and DBLP id ("": none), as the first of their papers that gives each
    /// says; found in the pass that checks the numbering.
    public let orcids: [String]
    public let dblps: [String]
    /// Where each person was last, by number: the first affiliation their author entry has on
    /// the latest of their papers that gives them one (two of one year: the later in the
    /// record). Only those with one: most records' people have none (DBLP gives none).
    public let places: [Int32: String]

    public var count: Int { keys.count }

    public func of(paper i: Int) -> ArraySlice<Int32> { people[Int(starts[i])..<Int(starts[i + 1])] }

    /// One person's papers among those tallied, and their first and last year (0: none).
    struct Counted {
        var papers: Int32 = 0
        var first: Int32 = 0
        var last: Int32 = 0
    }

    /// Each person's papers among `indices` and their first and last year, by number, and the
    /// numbers met, in the order first met (in each part's order, one part after another, when
    /// counted on several cores), with their counts (`counted[i]` is `met[i]`'s, gathered by the
    /// core that counted them, where a look in `counts` for each would be a miss in the cache).
    /// `years`, `starts` and `members` are this one's `years`, `starts` and `people`, passed in
    /// so a caller that holds them does not copy the whole (a retain of each of its arrays) for
    /// each look. A person's three counts are side by side: a
    /// coauthor met is one cache line, not three. `parts`: on how many cores (a power of two); by
    /// default two when the papers list many people (a prolific person's tens of thousands of
    /// papers at DBLP's size, whose graph is made as a key is pressed), else one.
    func tally(_ indices: [Int], years: [Int32], starts: [Int32], members: [Int32], parts wanted: Int? = nil)
        -> (counts: Tally, met: [Int32], counted: [Counted]) {
        var listed = 0
        for k in indices { listed += Int(starts[k + 1] - starts[k]) }
        let parts = wanted ?? (listed >= Tally.listedForParts && Cores.active > 1 ? 2 : 1)
        let counts = Tally(people: count, listed: listed, parts: parts)
        var mets = [(met: [Int32], counted: [Counted])](repeating: ([], []), count: counts.parts)
        indices.withUnsafeBufferPointer { ix in
            years.withUnsafeBufferPointer { ys in
                starts.withUnsafeBufferPointer { st in
                    members.withUnsafeBufferPointer { ms in
                        if counts.parts == 1 {
                            mets[0] = counts.count(part: 0, ix, years: ys, starts: st, members: ms)
                            return
                        }
                        mets.withUnsafeMutableBufferPointer { out in
                            // Each core writes its own part of the table and its own list of those met.
                            let shared = Shared((counts, ix, ys, st, ms, out))
                            DispatchQueue.concurrentPerform(iterations: counts.parts) { p in
                                let (counts, ix, ys, st, ms, out) = shared.value
                                out[p] = counts.count(part: p, ix, years: ys, starts: st, members: ms)
                            }
                        }
                    }
                }
            }
        }
        if counts.parts == 1 { return (counts, mets[0].met, mets[0].counted) }
        var (met, counted): ([Int32], [Counted]) = ([], [])
        met.reserveCapacity(mets.reduce(0) { $0 + $1.met.count })
        counted.reserveCapacity(met.capacity)
        for part in mets {
            met += part.met
            counted += part.counted
        }
        return (counts, met, counted)
    }

    /// The counts of a tally, by person number. Over many papers, a slot for every person of the
    /// record; over few of a large record's (a graph centred on one person), a table sized to the
    /// people those papers list: at DBLP's size the slots for every person were 42 MB zeroed and
    /// faulted in for each graph, for the hundred thousand people a prolific author meets.
    ///
    /// Counted on several cores, the people are shared out among them: each reads every paper's
    /// people and counts only its own, a range of person numbers in the slots a person, else
    /// those whose hash falls in its region of the table. Each zeroes and writes only its own
    /// slots: none is written by two, and no table is merged.
    struct Tally {
        /// The slots, made without being zeroed: each part zeroes its own as it starts.
        private final class Slots {
            let counts: UnsafeMutablePointer<Counted>
            /// Each slot's person number (-1: empty); nil when there is a slot a person.
            let numbers: UnsafeMutablePointer<Int32>?
            init(_ n: Int, table: Bool) {
                counts = .allocate(capacity: max(1, n))
                numbers = table ? .allocate(capacity: max(1, n)) : nil
            }
            deinit { counts.deallocate(); numbers?.deallocate() }
        }
        /// From how many people listed a tally is counted on several cores.
        static let listedForParts = 1 << 16
        private let slots: Slots
        let parts: Int
        private let partBits: Int
        /// A table's region: `1 << regionBits` slots, `mask` their number less one.
        private let regionBits: Int
        private let mask: Int
        private let people: Int

        init(people: Int, listed: Int, parts wanted: Int) {
            let partBits = max(0, min(6, Int.bitWidth - 1 - max(1, wanted).leadingZeroBitCount))
            (self.partBits, parts, self.people) = (partBits, 1 << partBits, people)
            if listed * 8 >= people {
                (slots, regionBits, mask) = (Slots(people, table: false), 0, 0)
            } else {
                // Room in each region for every person listed (a region could be given them all),
                // and at most half full when the hash shares them out evenly.
                var size = 16
                while size < max((2 * listed) >> partBits, listed + 1) { size <<= 1 }
                (slots, regionBits, mask) = (Slots(size << partBits, table: true), size.trailingZeroBitCount, size - 1)
            }
        }

        @inline(__always) private static func hash(_ s: Int32) -> UInt64 { UInt64(UInt32(bitPattern: s)) &* 0x9E37_79B9_7F4A_7C15 }

        /// Part `p`'s slots: a range of person numbers, or its region of the table (for the
        /// people whose hash's top bits are `p`).
        private func slots(of p: Int) -> Range<Int> {
            guard slots.numbers != nil else { return (people * p + parts - 1) / parts..<(people * (p + 1) + parts - 1) / parts }
            return p << regionBits..<(p + 1) << regionBits
        }

        /// The slot of person `s`: where they are, or the empty one they would take, in their part's region.
        @inline(__always) private func slot(_ s: Int32, _ numbers: UnsafeMutablePointer<Int32>) -> Int {
            let h = Self.hash(s)
            let base = partBits == 0 ? 0 : Int(truncatingIfNeeded: h >> (64 - partBits)) << regionBits
            var i = Int(truncatingIfNeeded: h >> 32) & mask
            while numbers[base + i] != s && numbers[base + i] != -1 { i = (i + 1) & mask }
            return base + i
        }

        /// Person `s`'s counts (none: zeros).
        subscript(_ s: Int32) -> Counted {
            guard let numbers = slots.numbers else { return slots.counts[Int(s)] }
            let i = slot(s, numbers)
            return numbers[i] == s ? slots.counts[i] : Counted()
        }

        /// Counts the people of part `p` on papers `indices` (their slots zeroed first); returns
        /// them in the order first met, with their counts.
        func count(part p: Int, _ indices: UnsafeBufferPointer<Int>, years: UnsafeBufferPointer<Int32>, starts: UnsafeBufferPointer<Int32>,
                   members: UnsafeBufferPointer<Int32>) -> (met: [Int32], counted: [Counted]) {
            let own = slots(of: p)
            let counts = slots.counts
            (counts + own.lowerBound).initialize(repeating: Counted(), count: own.count)
            let numbers = slots.numbers
            if let numbers { (numbers + own.lowerBound).initialize(repeating: -1, count: own.count) }
            var met: [Int32] = [], at: [Int] = []
            for k in indices {
                let year = years[k]
                for j in Int(starts[k])..<Int(starts[k + 1]) {
                    let s = members[j]
                    let i: Int
                    if let numbers {
                        if partBits > 0, Int(truncatingIfNeeded: Self.hash(s) >> (64 - partBits)) != p { continue }
                        i = slot(s, numbers)
                        numbers[i] = s
                    } else {
                        guard own.contains(Int(s)) else { continue }
                        i = Int(s)
                    }
                    var c = counts[i]
                    if c.papers == 0 { met.append(s); at.append(i) }
                    c.papers += 1
                    if year != 0 {
                        if c.first == 0 || year < c.first { c.first = year }
                        if year > c.last { c.last = year }
                    }
                    counts[i] = c
                }
            }
            return (met, at.map { counts[$0] })
        }
    }

    /// One chunk of papers: each listed author's key hash and place, and how many each paper has.
    private struct Chunk {
        var hashes: [UInt64] = []
        var authors: [Int32] = []
        var counts: [Int32] = []
        var years: [Int32] = []
        var owned: [Bool] = []
        var truncated: [Bool] = []
    }

    public init(papers: [Paper]) {
        self.init(count: papers.count, PaperReader(all: papers, picked: nil))
    }

    /// The `count` papers `papers` reads (0 ..< count), each read in the record's order.
    init(count: Int, _ papers: PaperReader) {
        self = Self.byHashes(count, papers) ?? Self(byKeys: count, papers)
    }

    init(byKeys papers: [Paper]) {
        self.init(byKeys: papers.count, PaperReader(all: papers, picked: nil))
    }

    init(keys: [String], names: [String], starts: [Int32], people: [Int32], positions: [Int32], otherNames: [Int32: [String]],
                 years: [Int32], owned: [Bool], truncated: [Bool], orcids: [String], dblps: [String], places: [Int32: String] = [:]) {
        (self.keys, self.names, self.starts, self.people, self.positions, self.otherNames) = (keys, names, starts, people, positions, otherNames)
        (self.years, self.owned, self.truncated, self.orcids, self.dblps, self.places) = (years, owned, truncated, orcids, dblps, places)
    }

    /// Keeps `place` as person `s`'s when the paper's year is not before that of the one they have.
    @inline(__always) static func take(_ place: String, year: Int32, of s: Int32, into found: inout [Int32: (year: Int32, place: String)]) {
        if let had = found[s], had.year > year { return }
        found[s] = (year, place)
    }

    /// The key and name of each hash's first author in a part of the papers, by the hash.
    private struct Firsts {
        var at = HashTable<Int32>(capacity: 1_024, free: -1)
        var keys: [String] = [], names: [String] = []

        /// `author` read where it lies: copied, each of its strings was retained.
        mutating func add(_ h: UInt64, _ author: UnsafePointer<Author>) {
            guard at.valueOrInsert(h, Int32(keys.count)) == nil else { return }
            keys.append(author.pointee.key)
            names.append(author.pointee.name)
        }
    }

    /// Numbered by hash; nil when two keys share one.
    private static func byHashes(_ count: Int, _ papers: PaperReader) -> PersonNumbers? {
        let size = 4_096
        let chunkCount = (count + size - 1) / size
        // Numbers given in order, by hash. The parts are hashed a few on every core at a time;
        // each part keeps the key and name of each hash's first author in it, so a person's key
        // and name as first written are taken from there, with no pass over the papers for them,
        // and those of a batch only are held at once.
        var chunks: [Chunk] = []
        chunks.reserveCapacity(chunkCount)
        // By the hash itself, in open addressing: a `Dictionary` hashed each hash again, and this
        // numbering is one core's work while the next parts wait to be hashed.
        var number = HashTable<Int32>(capacity: count / 2 + 16, free: -1)
        var keys: [String] = [], names: [String] = []
        var lastPaper: [Int32] = []
        var people: [Int32] = [], positions: [Int32] = []
        var starts: [Int32] = [0]
        starts.reserveCapacity(count + 1)
        // Each listed author's number, by chunk, for the check below.
        var given: [[Int32]] = []
        given.reserveCapacity(chunkCount)
        var i = 0
        let batch = 4 * max(1, Cores.active)
        for from in stride(from: 0, to: chunkCount, by: batch) {
            let made = Parallel.map(min(batch, chunkCount - from), chunk: 1) { t -> (Chunk, Firsts) in
                let c = from + t
                var out = Chunk()
                var firsts = Firsts()
                for i in (c * size)..<min(count, (c + 1) * size) {
                    var n: Int32 = 0
                    let (list, year, owned, truncated) = papers.at(i) { p in
                        (p.pointee.authors, p.pointee.date?.year, p.pointee.owner != .none, p.pointee.authorsTruncated)
                    }
                    list.withUnsafeBufferPointer { authors in
                        for j in authors.indices where !NameKey.isNobody(authors[j].key) {
                            let h = Self.hash(authors[j].key)
                            out.hashes.append(h)
                            out.authors.append(Int32(j))
                            firsts.add(h, authors.baseAddress! + j)
                            n += 1
                        }
                    }
                    out.years.append(Int32(clamping: year ?? 0))
                    out.owned.append(owned)
                    out.truncated.append(truncated)
                    out.counts.append(n)
                }
                return (out, firsts)
            }
            for (chunk, firsts) in made {
                var k = 0
                var numbered: [Int32] = []
                numbered.reserveCapacity(chunk.hashes.count)
                for n in chunk.counts {
                    for _ in 0..<n {
                        let h = chunk.hashes[k]
                        let s: Int32
                        if let known = number.valueOrInsert(h, Int32(keys.count)) {
                            s = known
                        } else {
                            s = Int32(keys.count)
                            let f = firsts.at[h]!
                            keys.append(firsts.keys[Int(f)])
                            names.append(firsts.names[Int(f)])
                            lastPaper.append(-1)
                        }
                        k += 1
                        numbered.append(s)
                        if lastPaper[Int(s)] == Int32(i) { continue }
                        lastPaper[Int(s)] = Int32(i)
                        people.append(s)
                        positions.append(chunk.authors[k - 1])
                    }
                    starts.append(Int32(people.count))
                    i += 1
                }
                given.append(numbered)
                chunks.append(chunk)
            }
        }
        // Each key checked against its number's, the other names found, and each person's first
        // ORCID and DBLP id in each part: a batch of parts on every core at a time, each taken in
        // as the batch ends (in the record's order: the first paper that gives an id gives it), so
        // what the parts found is never held for every part at once.
        typealias Checked = (clash: Bool, variants: [(Int32, String)], ids: [Int32: (orcid: String?, dblp: String?)],
                             places: [Int32: (year: Int32, place: String)])
        var otherNames: [Int32: [String]] = [:]
        var orcids = [String](repeating: "", count: keys.count), dblps = [String](repeating: "", count: keys.count)
        var places: [Int32: (year: Int32, place: String)] = [:]
        for from in stride(from: 0, to: chunks.count, by: batch) {
            let these = Array(from..<min(chunks.count, from + batch))
            // A person whose ORCID (or DBLP id) an earlier batch gave keeps it: their authors are
            // not asked for one again (in the DBLP dump every author has a DBLP id, and each was a
            // copy of their ids and a look in a table).
            let checked = Parallel.map(these.count, chunk: 1) { [given, keys, names, orcids, dblps] t -> Checked in
                let c = these[t]
                var variants: [(Int32, String)] = []
                var ids: [Int32: (orcid: String?, dblp: String?)] = [:]
                var placed: [Int32: (year: Int32, place: String)] = [:]
                var k = 0
                var i = c * size
                let (places, numbers) = (chunks[c].authors, given[c])
                for n in chunks[c].counts {
                    let year = chunks[c].years[i - c * size]
                    let clash = papers.at(i) { $0.pointee.authors }.withUnsafeBufferPointer { authors -> Bool in
                        for _ in 0..<n {
                            let a = Int(places[k])
                            let s = Int(numbers[k])
                            k += 1
                            if !Self.sameBytes(authors[a].key, keys[s]) { return true }
                            if !Self.sameBytes(authors[a].name, names[s]) { variants.append((Int32(s), authors[a].name)) }
                            let orcid = orcids[s].isEmpty ? authors[a].ids?.orcid : nil
                            let dblp = dblps[s].isEmpty ? authors[a].ids?.dblp : nil
                            if orcid != nil || dblp != nil {
                                let had = ids[Int32(s)]
                                if (orcid != nil && had?.orcid == nil) || (dblp != nil && had?.dblp == nil) {
                                    ids[Int32(s)] = (had?.orcid ?? orcid, had?.dblp ?? dblp)
                                }
                            }
                            if let place = authors[a].affiliations.first { Self.take(place, year: year, of: Int32(s), into: &placed) }
                        }
                        return false
                    }
                    if clash { return (true, [], [:], [:]) }
                    i += 1
                }
                return (false, variants, ids, placed)
            }
            if checked.contains(where: \.clash) { return nil }
            for part in checked {
                for (s, name) in part.variants { Self.addOtherName(name, of: s, names: names, to: &otherNames) }
                for (s, found) in part.ids {
                    if orcids[Int(s)].isEmpty, let o = found.orcid { orcids[Int(s)] = o }
                    if dblps[Int(s)].isEmpty, let d = found.dblp { dblps[Int(s)] = d }
                }
                for (s, found) in part.places { Self.take(found.place, year: found.year, of: s, into: &places) }
            }
        }
        return PersonNumbers(keys: keys, names: names, starts: starts, people: people, positions: positions, otherNames: otherNames,
                             years: chunks.flatMap(\.years), owned: chunks.flatMap(\.owned), truncated: chunks.flatMap(\.truncated),
                             orcids: orcids, dblps: dblps, places: places.mapValues(\.place))
    }

    /// Numbered by the keys themselves, in one pass (a record where two keys share a hash).
    init(byKeys count: Int, _ papers: PaperReader) {
        var number: [String: Int32] = [:]
        var keys: [String] = [], names: [String] = []
        var otherNames: [Int32: [String]] = [:]
        var lastPaper: [Int32] = []
        var people: [Int32] = [], positions: [Int32] = []
        var starts: [Int32] = [0]
        var years: [Int32] = [], owned: [Bool] = [], truncated: [Bool] = []
        var orcids: [String] = [], dblps: [String] = []
        var places: [Int32: (year: Int32, place: String)] = [:]
        for i in 0..<count {
            years.append(Int32(clamping: papers[i].date?.year ?? 0))
            owned.append(papers[i].owner != .none)
            truncated.append(papers[i].authorsTruncated)
            for (j, a) in papers[i].authors.enumerated() where !NameKey.isNobody(a.key) {
                let s: Int32
                if let known = number[a.key] {
                    s = known
                    if names[Int(s)] != a.name { Self.addOtherName(a.name, of: s, names: names, to: &otherNames) }
                } else {
                    s = Int32(keys.count)
                    number[a.key] = s
                    keys.append(a.key)
                    names.append(a.name)
                    lastPaper.append(-1)
                    orcids.append("")
                    dblps.append("")
                }
                if let found = a.ids {
                    if orcids[Int(s)].isEmpty, let o = found.orcid { orcids[Int(s)] = o }
                    if dblps[Int(s)].isEmpty, let d = found.dblp { dblps[Int(s)] = d }
                }
                if let place = a.affiliations.first { Self.take(place, year: years[i], of: s, into: &places) }
                if lastPaper[Int(s)] == Int32(i) { continue }
                lastPaper[Int(s)] = Int32(i)
                people.append(s)
                positions.append(Int32(j))
            }
            starts.append(Int32(people.count))
        }
        (self.keys, self.names, self.starts, self.people, self.positions, self.otherNames) = (keys, names, starts, people, positions, otherNames)
        (self.years, self.owned, self.truncated, self.orcids, self.dblps) = (years, owned, truncated, orcids, dblps)
        self.places = places.mapValues(\.place)
    }

    /// Names one key joins (by an id, or the same name written with accents and without) are
    /// kept, a few at most.
    static func addOtherName(_ name: String, of s: Int32, names: [String], to otherNames: inout [Int32: [String]]) {
        if names[Int(s)] != name, otherNames[s].map({ $0.count < 8 && !$0.contains(name) }) ?? true {
            otherNames[s, default: []].append(name)
        }
    }

    static func hash(_ key: String) -> UInt64 { hashAndHighBits(key).hash }

    /// `hash(key)` of an ASCII key; nil for any other.
    static func asciiHash(_ key: String) -> UInt64? {
        let (h, high) = hashAndHighBits(key)
        return high < 0x80 ? h : nil
    }

    /// The key's hash (FNV-1a over its bytes) and its bytes' bits or-ed together.
    @inline(__always) private static func hashAndHighBits(_ key: String) -> (hash: UInt64, high: UInt8) {
        // On the bytes in place: through the UTF-8 view's iterator, each byte cost as much as
        // hashing the whole key with SipHash.
        func over(_ bytes: UnsafeBufferPointer<UInt8>) -> (hash: UInt64, high: UInt8) {
            var h: UInt64 = 0xcbf29ce484222325
            var high: UInt8 = 0
            for b in bytes { h = (h ^ UInt64(b)) &* 0x100000001b3; high |= b }
            return (h, high)
        }
        return key.utf8.withContiguousStorageIfAvailable(over) ?? Array(key.utf8).withUnsafeBufferPointer(over)
    }

    static func sameBytes(_ a: String, _ b: String) -> Bool {
        var a = a, b = b
        return a.withUTF8 { x in b.withUTF8 { y in x.count == y.count && (x.count == 0 || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) } }
    }
}
