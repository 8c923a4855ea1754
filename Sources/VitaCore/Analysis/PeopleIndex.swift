import FoundationEssentials

/// Every person of a record, made once for finding people as a name is typed: their names,
/// keys, paper counts and years, each one's papers, and the folded words of every name in one
/// byte run that a lookup reads straight through (no sort to build, a few milliseconds a lookup
/// at a million people).
///
/// A person is a key: DBLP's homonyms (`manish singh 0001`, `… 0002`) are two people, with the
/// same name shown. The owner is on every paper of theirs, those behind `et al.` too.
public struct PeopleIndex: Sendable {
    public var count: Int { names.count }
    let names: TextTable
    let keys: TextTable
    /// Papers of each person, and their first and last years (0: none known).
    let paperCounts: Flat<Int32>
    let firstYears: Flat<Int32>
    let lastYears: Flat<Int32>
    /// Each person's ORCID and DBLP id (empty: none), as the first of their papers that gives each says.
    let orcids: TextTable
    let dblps: TextTable
    /// Where each person is, as their own record in the file states (a DBLP person record's
    /// affiliation), else as their latest paper that says gives it ("": not said); empty, with
    /// no row at all, when nobody's is said.
    let places: TextTable
    /// Person `p`'s papers (library indices, rising) are `paperList[paperStarts[p]..<paperStarts[p + 1]]`.
    let paperStarts: Flat<Int32>
    let paperList: Flat<Int32>
    /// Person `p`'s folded name words (and homonym number), each followed by a space, are `words[p]`.
    let words: TextTable
    /// Paper `i`'s people are `paperPeople[paperPeopleStarts[i]..<paperPeopleStarts[i + 1]]`.
    let paperPeopleStarts: Flat<Int32>
    let paperPeople: Flat<Int32>
    /// The people by key (hashed; the key itself is checked).
    let byKey: PlaceTable
    /// The other names a person is written with (a name variant joined by an id), where any.
    let otherNames: [Int32: [String]]
    /// Every word of `words` (its offset), sorted by the word's bytes: the words a typed prefix
    /// begins are one run of it, found by two binary searches.
    let sortedWords: Flat<Int32>
    /// The person each word of `words` belongs to, by the word's place in `sortedWords`.
    let sortedPeople: Flat<Int32>
    /// Coauthors counted once a person is shown (the same people come back as a name is typed).
    let counted = CoauthorMemo()
    /// The person numbers this index was made from (the same numbering; this index may add the
    /// owner after them), kept beside the snapshot with it so a reopened record has them too.
    /// Nil for an index read from a file that does not hold them. Read from the file when first
    /// asked for, not with the index: they make a string of every name, key and id (at 1,000,000
    /// DBLP records, 100 ms of a `vita person` that uses none of them).
    var numbers: PersonNumbers? { numbersSlot.get { numbersLater?() ?? nil } }
    /// Whether `numbers` has been made (or given), without making it.
    var numbersAreMade: Bool { numbersSlot.made != nil }
    /// The numbers once made or given, and how a file's are made when first asked for.
    let numbersSlot: Once<PersonNumbers?>
    let numbersLater: (@Sendable () -> PersonNumbers?)?
    /// A count a person, reused by each lookup (held under its lock).
    private let scratch = Scratch()

    /// The index of `library`'s people, from their numbers (`library.personNumbers`, passed in).
    init(library: Library, numbers: PersonNumbers) {
        (numbersSlot, numbersLater) = (Once(numbers), nil)
        // What is read of each paper, in the numbering's pass (a record too large to keep its
        // papers reads them as they are asked for): whether it is the owner's, and its year.
        let count = library.paperCount
        let (owned, years) = (numbers.owned, numbers.years)
        var names = numbers.names, keys = numbers.keys
        var otherNames = numbers.otherNames
        var flat = numbers.people
        var flatStarts = numbers.starts
        // The owner is on every paper of theirs, those behind `et al.` too.
        if let ownerKey = library.ownerKey, owned.contains(true) {
            let ownerName = library.ownerName ?? ownerKey
            let owner: Int32
            if let s = keys.firstIndex(of: ownerKey) {
                owner = Int32(s)
                PersonNumbers.addOtherName(ownerName, of: owner, names: names, to: &otherNames)
            } else {
                owner = Int32(names.count)
                names.append(ownerName)
                keys.append(ownerKey)
            }
            var withOwner: [Int32] = []
            var ownerStarts: [Int32] = [0]
            withOwner.reserveCapacity(flat.count + count)
            ownerStarts.reserveCapacity(count + 1)
            for i in 0..<count {
                let theirs = flat[Int(flatStarts[i])..<Int(flatStarts[i + 1])]
                withOwner.append(contentsOf: theirs)
                if owned[i], !theirs.contains(owner) { withOwner.append(owner) }
                ownerStarts.append(Int32(withOwner.count))
            }
            (flat, flatStarts) = (withOwner, ownerStarts)
        }
        let n = names.count
        var counts = [Int32](repeating: 0, count: n)
        for s in flat { counts[Int(s)] += 1 }
        var starts = [Int32](repeating: 0, count: n + 1)
        for p in 0..<n { starts[p + 1] = starts[p] + counts[p] }
        var list = [Int32](repeating: 0, count: flat.count)
        var next = Array(starts.dropLast())
        var first = [Int32](repeating: 0, count: n), last = [Int32](repeating: 0, count: n)
        for i in 0..<count {
            let year = years[i]
            for s32 in flat[Int(flatStarts[i])..<Int(flatStarts[i + 1])] {
                let s = Int(s32)
                list[Int(next[s])] = Int32(i)
                next[s] += 1
                if year != 0 {
                    if first[s] == 0 || year < first[s] { first[s] = year }
                    if year > last[s] { last[s] = year }
                }
            }
        }
        // Each person's ids, as the numbering found them (the owner added above has none of theirs).
        let extra = [String](repeating: "", count: n - numbers.count)
        // Each person's words made on every core, then laid end to end.
        let own = Parallel.map(n) { [names, keys, otherNames] p -> [UInt8] in
            // Every name the person is written with finds them.
            var out: [UInt8] = []
            var seen = Set<String>()
            for name in [names[p]] + (otherNames[Int32(p)] ?? []) {
                for w in Tokenizer.tokens(name) where seen.insert(w).inserted { out.append(contentsOf: w.utf8); out.append(0x20) }
            }
            if let h = People.homonym(keys[p]) { out.append(contentsOf: h.utf8); out.append(0x20) }
            return out
        }
        var words: [UInt8] = []
        var wordStarts: [Int32] = [0]
        words.reserveCapacity(own.reduce(0) { $0 + $1.count })
        wordStarts.reserveCapacity(n + 1)
        for w in own {
            words.append(contentsOf: w)
            wordStarts.append(Int32(words.count))
        }
        // The words' offsets, sorted by their bytes (ties by person: a stable table).
        var offsets: [Int32] = []
        var owners: [Int32] = []
        offsets.reserveCapacity(n * 3)
        owners.reserveCapacity(n * 3)
        for p in 0..<n {
            var k = Int(wordStarts[p])
            while k < Int(wordStarts[p + 1]) {
                offsets.append(Int32(k))
                owners.append(Int32(p))
                while words[k] != 0x20 { k += 1 }
                k += 1
            }
        }
        // The words sorted beside the tables of names, keys and ids, each on a core of its own
        // (made one after another, they were a second of one core's work at 1,000,000 records;
        // a few thousand people are made on this thread).
        let lists = [names, keys, numbers.orcids + extra, numbers.dblps + extra]
        let make = { [words, offsets] (k: Int) -> (order: [Int], table: TextTable?) in
            k == 0 ? (Self.sortedWords(words, offsets), nil) : ([], TextTable(lists[k - 1]))
        }
        let made = n < 8_192 ? (0...lists.count).map(make) : Parallel.map(1 + lists.count, chunk: 1, make)
        let order = made[0].order
        let (nameTable, keyTable, orcidTable, dblpTable) = (made[1].table!, made[2].table!, made[3].table!, made[4].table!)
        sortedWords = Flat(order.map { offsets[$0] })
        sortedPeople = Flat(order.map { owners[$0] })
        let table = PlaceTable(keys: keys)
        (self.names, self.keys, byKey) = (nameTable, keyTable, table)
        (paperCounts, firstYears, lastYears) = (Flat(counts), Flat(first), Flat(last))
        (orcids, dblps) = (orcidTable, dblpTable)
        // Where each was last by their papers, unless their own record in the file states where they are.
        var placed = numbers.places
        library.statedPlaces.forEach { key, place in
            if let p = table.candidates(key).first(where: { keyTable.equals($0, key) }) { placed[Int32(p)] = place }
        }
        places = Self.placeTable(placed, people: n)
        (paperStarts, paperList, self.words) = (Flat(starts), Flat(list), TextTable(bytes: words, starts: wordStarts))
        (paperPeopleStarts, paperPeople, self.otherNames) = (Flat(flatStarts), Flat(flat), otherNames)
        // The rows a first letter typed shows are the most prolific people with a word that
        // begins with it, whose coauthors take longest to count: counted now, with the index.
        for p in firstLetterRows(64) { _ = coauthors(of: p, limit: Self.shownCoauthors) }
    }

    /// The order of the words at `offsets` in `words` (each ended by a space), by their bytes,
    /// ties by place (a stable table): sorted by the first eight bytes as one number (zeros after
    /// a shorter word's end, so it comes first), the rest compared only where those agree.
    static func sortedWords(_ words: [UInt8], _ offsets: [Int32]) -> [Int] {
        words.withUnsafeBufferPointer { blob in
            var keyed = offsets.indices.map { k -> (head: UInt64, k: Int) in
                var head: UInt64 = 0
                var i = Int(offsets[k])
                for shift in stride(from: 56, through: 0, by: -8) {
                    guard blob[i] != 0x20 else { break }
                    head |= UInt64(blob[i]) << UInt64(shift)
                    i += 1
                }
                return (head, k)
            }
            keyed.sort { a, b in
                if a.head != b.head { return a.head < b.head }
                let c = Self.compareWords(blob, Int(offsets[a.k]), Int(offsets[b.k]))
                return c != 0 ? c < 0 : a.k < b.k
            }
            return keyed.map(\.k)
        }
    }

    /// The coauthors a person's row shows (`People.match`), counted ahead for the first-letter rows.
    static let shownCoauthors = 3

    /// For each first byte of a word, the `limit` people a prefix of that one letter ranks first.
    func firstLetterRows(_ limit: Int) -> [Int] {
        var out: [Int] = []
        var seenWith = [Int16](repeating: -1, count: paperCounts.count)
        var k = 0
        while k < sortedWords.count {
            let letter = words.bytes[Int(sortedWords[k])]
            var end = k
            var people: [Int] = []
            while end < sortedWords.count, words.bytes[Int(sortedWords[end])] == letter {
                // Each person once a letter: the letter's first byte marks them (no set hashed
                // for each of a large record's million words).
                let p = Int(sortedPeople[end])
                if seenWith[p] != Int16(letter) {
                    seenWith[p] = Int16(letter)
                    people.append(p)
                }
                end += 1
            }
            out += rank(people, limit: limit)
            k = end
        }
        return out
    }

    public func name(_ p: Int) -> String { names[p] }
    public func key(_ p: Int) -> String { keys[p] }
    public func paperCount(_ p: Int) -> Int { Int(paperCounts[p]) }
    /// Where person `p` is, as their own record states, else as their latest paper that says gives it.
    public func place(_ p: Int) -> String? { p < places.count && !places.range(p).isEmpty ? places[p] : nil }

    /// The places by person number as a table of a row each, or of none when there are none.
    static func placeTable(_ places: [Int32: String], people n: Int) -> TextTable {
        guard !places.isEmpty else { return TextTable([]) }
        var bytes: [UInt8] = []
        var starts = [Int32](repeating: 0, count: n + 1)
        for p in 0..<n {
            if let place = places[Int32(p)] { bytes.append(contentsOf: place.utf8) }
            starts[p + 1] = Int32(bytes.count)
        }
        return TextTable(bytes: bytes, starts: starts)
    }
    /// The other names person `p` is written with, in the order met.
    public func otherNames(_ p: Int) -> [String] { otherNames[Int32(p)] ?? [] }
    /// Person `p`'s ORCID and DBLP id, as the first of their papers that gives
    /// each says (made with the index).
    public func ids(_ p: Int) -> AuthorIdentifiers {
        let (o, d) = (orcids.range(p).isEmpty ? nil : orcids[p], dblps.range(p).isEmpty ? nil : dblps[p])
        var ids = AuthorIdentifiers()
        (ids.orcid, ids.dblp) = (o, d)
        return ids
    }
    public func years(_ p: Int) -> (first: Int, last: Int)? {
        firstYears[p] == 0 ? nil : (Int(firstYears[p]), Int(lastYears[p]))
    }
    /// The person's papers: indices into the library's papers, in record order.
    public func papers(_ p: Int) -> [Int] { paperList[Int(paperStarts[p])..<Int(paperStarts[p + 1])].map(Int.init) }

    /// The people whose kept ORCID or DBLP id is one of `ids`' (compared in place: no string made
    /// a person).
    public func people(sharing ids: AuthorIdentifiers) -> [Int] {
        (0..<count).filter { p in
            ids.orcid.map { orcids.equals(p, $0) } == true || ids.dblp.map { dblps.equals(p, $0) } == true
        }
    }

    /// The person whose key this is.
    public func person(key: String) -> Int? { byKey.candidates(key).first { keys.equals($0, key) } }

    /// The people `p` shares most papers with, most first (then by name), at most `limit`.
    public func coauthors(of p: Int, limit: Int) -> [(person: Int, shared: Int)] {
        if let known = counted.get(p, limit: limit) { return known }
        // Counted in a slot a person (a prolific person's coauthors are a hundred thousand
        // increments), the slots touched listed and put back to zero after.
        // Names are compared only between equal counts (a tuple with them copies both names).
        let ordered: ((key: Int32, value: Int32), (key: Int32, value: Int32)) -> Bool = { a, b in
            if a.value != b.value { return a.value > b.value }
            return self.before(Int(a.key), Int(b.key))
        }
        var top: [(key: Int32, value: Int32)] = []
        scratch.with(count) { counts, _ in
            var touched: [Int32] = []
            for i in paperList[Int(paperStarts[p])..<Int(paperStarts[p + 1])] {
                for q in paperPeople[Int(paperPeopleStarts[Int(i)])..<Int(paperPeopleStarts[Int(i) + 1])] where Int(q) != p {
                    if counts[Int(q)] == 0 { touched.append(q) }
                    counts[Int(q)] += 1
                }
            }
            for q in touched {
                let c = (key: q, value: counts[Int(q)])
                counts[Int(q)] = 0
                if top.count == limit, let worst = top.last, !ordered(c, worst) { continue }
                top.insert(c, at: top.firstIndex { ordered(c, $0) } ?? top.count)
                if top.count > limit { top.removeLast() }
            }
        }
        let found = top.map { (person: Int($0.key), shared: Int($0.value)) }
        counted.keep(found, for: p, limit: limit)
        return found
    }

    /// The people whose name has, for each word of `query`, a word it begins (case and accents
    /// aside; a homonym number is a word too), most papers first, at most `limit`; `total` is how
    /// many matched. An empty query is everyone.
    public func find(_ query: String, limit: Int) -> (people: [Int], total: Int) {
        let typed = Tokenizer.tokens(query).map { Array($0.utf8) }
        guard !typed.isEmpty else { return (rank(Array(0..<count), limit: limit), count) }
        var found: [Int] = []
        words.bytes.withUnsafeBufferPointer { blob in
            // The people of the typed word whose run of words is shortest, each once, then the
            // other words looked for in each one's name.
            let runs = typed.map { run(of: $0, in: blob) }
            let shortest = runs.indices.min { runs[$0].count < runs[$1].count }!
            let others = typed.indices.filter { $0 != shortest }.map { typed[$0] }
            scratch.with(count) { _, marks in
                marks.generation &+= 1
                if marks.generation == 0 { for k in marks.seen.indices { marks.seen[k] = 0 }; marks.generation = 1 }
                let g = marks.generation
                for k in runs[shortest] {
                    let p = Int(sortedPeople[k])
                    guard marks.seen[p] != g else { continue }
                    marks.seen[p] = g
                    if others.allSatisfy({ Self.hasWord(beginning: $0, in: blob, words.range(p)) }) { found.append(p) }
                }
            }
        }
        return (rank(found, limit: limit), found.count)
    }

    /// The places in `sortedWords` of the words `prefix` begins.
    private func run(of prefix: [UInt8], in blob: UnsafeBufferPointer<UInt8>) -> Range<Int> {
        // A word's bytes against the prefix: the word cut to the prefix's length.
        func order(_ k: Int) -> Int {
            var i = Int(sortedWords[k])
            for c in prefix {
                let b = blob[i]
                if b == 0x20 { return -1 }          // the word is shorter, and a prefix of it: before
                if b != c { return b < c ? -1 : 1 }
                i += 1
            }
            return 0
        }
        func first(_ beyond: Bool) -> Int {
            var lo = 0, hi = sortedWords.count
            while lo < hi {
                let mid = (lo + hi) / 2
                let c = order(mid)
                if c < 0 || (beyond && c == 0) { lo = mid + 1 } else { hi = mid }
            }
            return lo
        }
        return first(false)..<first(true)
    }

    /// Two words of the blob (each ended by a space) by their bytes: negative, zero or positive.
    private static func compareWords(_ blob: UnsafeBufferPointer<UInt8>, _ a: Int, _ b: Int) -> Int {
        var i = a, j = b
        while true {
            let x = blob[i], y = blob[j]
            if x == 0x20 || y == 0x20 { return x == y ? 0 : x == 0x20 ? -1 : 1 }
            if x != y { return x < y ? -1 : 1 }
            i += 1
            j += 1
        }
    }

    /// `people`, most papers first (then by name and key), the first `limit` of them.
    public func rank(_ people: [Int], limit: Int) -> [Int] {
        let ordered: (Int, Int) -> Bool = { a, b in
            if self.paperCounts[a] != self.paperCounts[b] { return self.paperCounts[a] > self.paperCounts[b] }
            return self.before(a, b)
        }
        guard limit < people.count else { return people.sorted(by: ordered) }
        // Only the first few are sorted: a letter typed matches a good part of a large record.
        var top: [Int] = []
        top.reserveCapacity(limit + 1)
        for p in people {
            if top.count == limit, let worst = top.last, !ordered(p, worst) { continue }
            let at = top.firstIndex { ordered(p, $0) } ?? top.count
            top.insert(p, at: at)
            if top.count > limit { top.removeLast() }
        }
        return top
    }

    /// Whether person `a`'s name, then key, comes before person `b`'s.
    private func before(_ a: Int, _ b: Int) -> Bool {
        let byName = names.order(a, b)
        return byName != 0 ? byName < 0 : keys.order(a, b) < 0
    }

    /// Whether a word of `range` (words each followed by a space) begins with `prefix`.
    private static func hasWord(beginning prefix: [UInt8], in blob: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> Bool {
        var i = range.lowerBound
        while i < range.upperBound {
            var k = 0
            while k < prefix.count, i + k < range.upperBound, blob[i + k] == prefix[k] { k += 1 }
            if k == prefix.count { return true }
            // The next word.
            while i < range.upperBound, blob[i] != 0x20 { i += 1 }
            i += 1
        }
        return false
    }
}

/// Room a person, reused from lookup to lookup: counts (left at zero after each use) and marks of
/// the people seen, by a generation that moves on each lookup.
private final class Scratch: @unchecked Sendable {
    struct Marks {
        var seen: [UInt32] = []
        var generation: UInt32 = 0
    }
    private let lock = Lock()
    private var counts: [Int32] = []
    private var marks = Marks()

    func with(_ people: Int, _ body: (inout [Int32], inout Marks) -> Void) {
        lock.lock()
        defer { lock.unlock() }
        if counts.count < people { counts = [Int32](repeating: 0, count: people) }
        if marks.seen.count < people { marks.seen = [UInt32](repeating: 0, count: people); marks.generation = 0 }
        body(&counts, &marks)
    }
}

/// The coauthors counted for each person shown, kept for the next keystroke.
final class CoauthorMemo: @unchecked Sendable {
    private let lock = Lock()
    private var known: [Int: (limit: Int, people: [(person: Int, shared: Int)])] = [:]

    func get(_ p: Int, limit: Int) -> [(person: Int, shared: Int)]? {
        lock.lock()
        defer { lock.unlock() }
        return known[p].flatMap { $0.limit == limit ? $0.people : nil }
    }

    /// Everyone counted with `limit`, by person.
    func all(limit: Int) -> [(Int, [(person: Int, shared: Int)])] {
        lock.lock()
        defer { lock.unlock() }
        return known.compactMap { $0.value.limit == limit ? ($0.key, $0.value.people) : nil }.sorted { $0.0 < $1.0 }
    }

    func keep(_ people: [(person: Int, shared: Int)], for p: Int, limit: Int) {
        lock.lock()
        if known.count > 10_000 { known = [:] }
        known[p] = (limit, people)
        lock.unlock()
    }
}
