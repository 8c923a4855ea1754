import Foundation

/// Every person of a record, made once for finding people as a name is typed: their names,
/// keys, paper counts and years, each one's papers, and the folded words of every name in one
/// byte run that a lookup reads straight through (no sort to build, a few milliseconds a lookup
/// at a million people).
///
/// A person is a key: DBLP's homonyms (`manish singh 0001`, `… 0002`) are two people, with the
/// same name shown. The owner is on every paper of theirs, those behind `et al.` too.
public struct PeopleIndex: Sendable {
    public var count: Int { names.count }
    private let names: [String]
    private let keys: [String]
    /// Papers of each person, and their first and last years (0: none known).
    private let paperCounts: [Int32]
    private let firstYears: [Int32]
    private let lastYears: [Int32]
    /// Person `p`'s papers (library indices, rising) are `paperList[paperStarts[p]..<paperStarts[p + 1]]`.
    private let paperStarts: [Int32]
    private let paperList: [Int32]
    /// Person `p`'s folded name words (and homonym number), each followed by a space, are
    /// `words[wordStarts[p]..<wordStarts[p + 1]]`.
    private let wordStarts: [Int32]
    private let words: [UInt8]
    /// Paper `i`'s people are `paperPeople[paperPeopleStarts[i]..<paperPeopleStarts[i + 1]]`.
    private let paperPeopleStarts: [Int32]
    private let paperPeople: [Int32]
    private let byKey: [String: Int32]
    /// The other names a person is written with (a name variant joined by an id), where any.
    private let otherNames: [Int32: [String]]
    /// Coauthors counted once a person is shown (the same people come back as a name is typed).
    private let counted = CoauthorMemo()

    public init(library: Library) {
        let papers = library.papers
        var slot: [String: Int32] = [:]
        var names: [String] = [], keys: [String] = []
        var otherNames: [Int32: [String]] = [:]
        // Each paper's people, in one flat run: the papers of each person are laid out from it.
        var flat: [Int32] = []
        var flatStarts: [Int32] = [0]
        flat.reserveCapacity(papers.count * 3)
        flatStarts.reserveCapacity(papers.count + 1)
        func number(_ key: String, _ name: String) -> Int32 {
            if let s = slot[key] {
                // Names one key joins (by an id) are kept, a few at most.
                if names[Int(s)] != name, otherNames[s].map({ $0.count < 8 && !$0.contains(name) }) ?? true {
                    otherNames[s, default: []].append(name)
                }
                return s
            }
            let s = Int32(names.count)
            slot[key] = s
            names.append(name)
            keys.append(key)
            return s
        }
        let ownerKey = library.ownerKey
        for p in papers {
            let start = flat.count
            for a in p.authors where !NameKey.isNobody(a.key) {
                let s = number(a.key, a.name)
                // A person listed twice on one paper counts once.
                if !flat[start...].contains(s) { flat.append(s) }
            }
            if let ownerKey, p.owner != .none {
                let s = number(ownerKey, library.ownerName ?? ownerKey)
                if !flat[start...].contains(s) { flat.append(s) }
            }
            flatStarts.append(Int32(flat.count))
        }
        let n = names.count
        var counts = [Int32](repeating: 0, count: n)
        for s in flat { counts[Int(s)] += 1 }
        var starts = [Int32](repeating: 0, count: n + 1)
        for p in 0..<n { starts[p + 1] = starts[p] + counts[p] }
        var list = [Int32](repeating: 0, count: flat.count)
        var next = Array(starts.dropLast())
        var first = [Int32](repeating: 0, count: n), last = [Int32](repeating: 0, count: n)
        for (i, paper) in papers.enumerated() {
            let year = Int32(clamping: paper.date?.year ?? 0)
            for s in flat[Int(flatStarts[i])..<Int(flatStarts[i + 1])].map(Int.init) {
                list[Int(next[s])] = Int32(i)
                next[s] += 1
                if year != 0 {
                    if first[s] == 0 || year < first[s] { first[s] = year }
                    if year > last[s] { last[s] = year }
                }
            }
        }
        var words: [UInt8] = []
        var wordStarts: [Int32] = [0]
        wordStarts.reserveCapacity(n + 1)
        for p in 0..<n {
            // Every name the person is written with finds them.
            var seen = Set<String>()
            for name in [names[p]] + (otherNames[Int32(p)] ?? []) {
                for w in Tokenizer.tokens(name) where seen.insert(w).inserted { words.append(contentsOf: w.utf8); words.append(0x20) }
            }
            if let h = People.homonym(keys[p]) { words.append(contentsOf: h.utf8); words.append(0x20) }
            wordStarts.append(Int32(words.count))
        }
        (self.names, self.keys, paperCounts, firstYears, lastYears) = (names, keys, counts, first, last)
        (paperStarts, paperList, self.wordStarts, self.words) = (starts, list, wordStarts, words)
        (paperPeopleStarts, paperPeople, byKey, self.otherNames) = (flatStarts, flat, slot, otherNames)
    }

    public func name(_ p: Int) -> String { names[p] }
    public func key(_ p: Int) -> String { keys[p] }
    public func paperCount(_ p: Int) -> Int { Int(paperCounts[p]) }
    /// The other names person `p` is written with, in the order met.
    public func otherNames(_ p: Int) -> [String] { otherNames[Int32(p)] ?? [] }
    public func years(_ p: Int) -> (first: Int, last: Int)? {
        firstYears[p] == 0 ? nil : (Int(firstYears[p]), Int(lastYears[p]))
    }
    /// The person's papers: indices into the library's papers, in record order.
    public func papers(_ p: Int) -> [Int] { paperList[Int(paperStarts[p])..<Int(paperStarts[p + 1])].map(Int.init) }

    /// The person whose key this is.
    public func person(key: String) -> Int? { byKey[key].map(Int.init) }

    /// The people `p` shares most papers with, most first (then by name), at most `limit`.
    public func coauthors(of p: Int, limit: Int) -> [(person: Int, shared: Int)] {
        if let known = counted.get(p, limit: limit) { return known }
        var counts: [Int32: Int32] = [:]
        for i in paperList[Int(paperStarts[p])..<Int(paperStarts[p + 1])] {
            for q in paperPeople[Int(paperPeopleStarts[Int(i)])..<Int(paperPeopleStarts[Int(i) + 1])] where Int(q) != p {
                counts[q, default: 0] += 1
            }
        }
        let ordered: ((key: Int32, value: Int32), (key: Int32, value: Int32)) -> Bool = { a, b in
            (a.value, self.names[Int(b.key)], self.keys[Int(b.key)]) > (b.value, self.names[Int(a.key)], self.keys[Int(a.key)])
        }
        var top: [(key: Int32, value: Int32)] = []
        for c in counts {
            if top.count == limit, let worst = top.last, !ordered(c, worst) { continue }
            top.insert(c, at: top.firstIndex { ordered(c, $0) } ?? top.count)
            if top.count > limit { top.removeLast() }
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
        var found: [Int] = []
        words.withUnsafeBufferPointer { blob in
            wordStarts.withUnsafeBufferPointer { starts in
                for p in 0..<count where typed.allSatisfy({ Self.hasWord(beginning: $0, in: blob, Int(starts[p])..<Int(starts[p + 1])) }) {
                    found.append(p)
                }
            }
        }
        return (rank(found, limit: limit), found.count)
    }

    /// `people`, most papers first (then by name and key), the first `limit` of them.
    public func rank(_ people: [Int], limit: Int) -> [Int] {
        let ordered: (Int, Int) -> Bool = { a, b in
            (self.paperCounts[a], self.names[b], self.keys[b]) > (self.paperCounts[b], self.names[a], self.keys[a])
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

/// The coauthors counted for each person shown, kept for the next keystroke.
private final class CoauthorMemo: @unchecked Sendable {
    private let lock = NSLock()
    private var known: [Int: (limit: Int, people: [(person: Int, shared: Int)])] = [:]

    func get(_ p: Int, limit: Int) -> [(person: Int, shared: Int)]? {
        lock.lock()
        defer { lock.unlock() }
        return known[p].flatMap { $0.limit == limit ? $0.people : nil }
    }

    func keep(_ people: [(person: Int, shared: Int)], for p: Int, limit: Int) {
        lock.lock()
        if known.count > 10_000 { known = [:] }
        known[p] = (limit, people)
        lock.unlock()
    }
}
