import Dispatch
import FoundationEssentials

/// What a search found: the matching papers, best first (title matches before others, then
/// newest first), and the query with any problems it had.
public struct SearchResult: Sendable {
    public let query: Query
    public let matches: BitSet
    /// The matches ranked, as far as they are asked for.
    public let ranking: Ranking
    /// Indices into the library's papers, ranked (every match ranked on first use).
    public var ranked: [Int] { ranking.all }
    /// The query's problems, and fields it names that no paper has.
    public let problems: [QueryProblem]

    public var count: Int { ranking.count }
}

/// A search's matches in ranked order, made only as far as they are asked for. A keystroke's
/// frame shows the first page of what may be millions of matches (a letter typed over DBLP's
/// seven million papers): those are found by walking the date order from its start, not by
/// ranking every match; asking past them (`all`, or a place further on) ranks them all, once.
/// Unchecked `Sendable`: what it holds changes only under its lock.
public final class Ranking: @unchecked Sendable {
    public let count: Int
    private let lock = Lock()
    private var whole: [Int]?
    /// The first ranked, when not all are.
    private var head: [Int] = []
    private let makeHead: (@Sendable (Int) -> [Int])?
    private let makeAll: @Sendable () -> [Int]
    /// The fewest made at once ahead (a page or two of the list), and the most: past it, all.
    static let headAtLeast = 512, headAtMost = 8_192
    private var atLeast = Ranking.headAtLeast

    /// A ranking made whole.
    public init(_ all: [Int]) {
        count = all.count
        whole = all
        makeHead = nil
        makeAll = { all }
    }

    /// `count` matches: `head(k)` gives the first `k` ranked, `all()` every one.
    init(count: Int, atLeast: Int = Ranking.headAtLeast, head: @escaping @Sendable (Int) -> [Int], all: @escaping @Sendable () -> [Int]) {
        self.count = count
        self.atLeast = atLeast
        makeHead = head
        makeAll = all
    }

    /// Every match, ranked.
    public var all: [Int] {
        lock.lock()
        defer { lock.unlock() }
        return allLocked()
    }

    private func allLocked() -> [Int] {
        if let whole { return whole }
        let made = makeAll()
        whole = made
        head = []
        return made
    }

    /// Whether every match has been ranked.
    public var isWhole: Bool {
        lock.lock()
        defer { lock.unlock() }
        return whole != nil
    }

    /// The first `k` ranked (all when there are fewer).
    public func first(_ k: Int) -> [Int] { places(0..<max(0, min(k, count))) }

    /// The matches ranked at these places, as a list draws a page of them.
    public func places(_ range: Range<Int>) -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        return Array(through(range.upperBound)[range])
    }

    /// The match ranked `i`th.
    public subscript(i: Int) -> Int {
        lock.lock()
        defer { lock.unlock() }
        return through(i + 1)[i]
    }

    /// The places ranked so far when they reach `end` (the head, made longer when it is short),
    /// else every one; under the lock.
    private func through(_ end: Int) -> [Int] {
        if let whole { return whole }
        if end <= head.count { return head }
        guard end <= Self.headAtMost, let makeHead else { return allLocked() }
        head = makeHead(min(count, max(end, atLeast, 2 * head.count)))
        return head
    }
}

/// A run of searches over one index, as a person types. Results of terms are kept, so each
/// keystroke evaluates only the term that changed; the index itself is never modified.
public struct SearchSession: Sendable {
    /// The index searched: given, or its library's, made (or read) when a search first needs it.
    public var index: SearchIndex { source() }
    private let source: @Sendable () -> SearchIndex
    private var cache: [QueryTerm: BitSet] = [:]
    private var cacheOrder: [QueryTerm] = []
    public var cacheLimit = 64
    /// The user's tags (folded) of each paper, by paper id, for `tag:` terms: looked through when
    /// such a term is asked, so handing them over costs nothing.
    public var tags: [String: Set<String>] = [:]
    /// The user's note on each paper, by paper id, for `has:note`.
    public var notes: [String: String] = [:]
    /// Matches from which they are ranked in parts, on every core (at least two parts).
    var rankInPartsFrom = 1 << 16

    public init(index: SearchIndex) {
        source = { index }
    }

    /// Searches `library`'s index, which is not asked for before a search needs it (the
    /// explorer's first frame of a record just read does not wait for it).
    public init(library: Library) {
        source = { library.searchIndex }
    }

    public mutating func search(_ text: String, marked: Set<String> = []) -> SearchResult {
        search(Query(text), marked: marked)
    }

    public mutating func search(_ query: Query, marked: Set<String> = []) -> SearchResult {
        let matches = evaluate(query.root, within: nil, marked: marked)
        var problems = query.problems
        for use in query.entryFields where !index.hasEntryField(use.name) {
            let known = index.entryFieldNames
            problems.append(QueryProblem(message: known.isEmpty
                ? "no paper has a field '\(use.name)' (only papers read from BibTeX have entry fields)"
                : "no paper has a field '\(use.name)'; the fields here: \(known.prefix(24).joined(separator: ", "))\(known.count > 24 ? ", …" : "")",
                column: use.column))
        }
        if !index.papersHaveCitations {
            for column in query.citationColumns {
                problems.append(QueryProblem(message: "no paper here has a citation count, so cites: matches none (OpenAlex, Semantic Scholar, Web of Science and RIS records give them)", column: column))
            }
        }
        problems.sort { $0.column < $1.column }
        return SearchResult(query: query, matches: matches, ranking: ranked(matches, query: query, marked: marked), problems: problems)
    }

    /// Many matches ranked lately, with the query and matches they were ranked from: a query typed
    /// again (a letter taken back and typed, the same search made twice) is not ranked again. The
    /// ranking depends on nothing else (the title matches are found within the matches).
    private var rankedLately: [(root: QueryNode, matches: BitSet, ranked: Ranking)] = []
    /// The fewest matches kept ranked (fewer are ranked in a few milliseconds), and how many
    /// rankings are kept.
    var keepRankedFrom = 1 << 16
    static let rankingsKept = 16

    /// `rank`, through the rankings kept: at most sixteen, and no more papers in all than twice the
    /// index's (at DBLP's size at most about 100 MB; a one-letter prefix there matches millions,
    /// and the words typed after it as many again).
    mutating func ranked(_ matches: BitSet, query: Query, marked: Set<String>) -> Ranking {
        if let k = rankedLately.firstIndex(where: { $0.root == query.root && $0.matches == matches }) {
            let hit = rankedLately.remove(at: k)
            rankedLately.append(hit)
            return hit.ranked
        }
        let made = rank(matches, query: query, marked: marked)
        guard made.count >= keepRankedFrom else { return made }
        rankedLately.append((query.root, matches, made))
        while rankedLately.count > Self.rankingsKept || rankedLately.reduce(0, { $0 + $1.ranked.count }) > 2 * index.count {
            rankedLately.removeFirst()
        }
        return made
    }

    // MARK: Evaluation

    mutating func evaluate(_ node: QueryNode, within: BitSet?, marked: Set<String>) -> BitSet {
        switch node {
        case .all:
            return BitSet(count: index.count, filled: true)
        case .term(let t):
            return term(t, within: within, marked: marked)
        case .not(let inner):
            var b = evaluate(inner, within: nil, marked: marked)
            b.invert()
            return b
        case .or(let items):
            var b = BitSet(count: index.count)
            for item in items { b.formUnion(evaluate(item, within: within, marked: marked)) }
            return b
        case .and(let items):
            // Cheapest first; each later item only needs checking inside what is left.
            let ordered = items.map { ($0, cost($0)) }.sorted { $0.1 < $1.1 }.map(\.0)
            var acc: BitSet? = within
            for item in ordered {
                let b = evaluate(item, within: acc, marked: marked)
                if var a = acc { a.formIntersection(b); acc = a } else { acc = b }
                if acc!.isEmpty { break }
            }
            return acc ?? BitSet(count: index.count, filled: true)
        }
    }

    func cost(_ node: QueryNode) -> Int {
        switch node {
        case .all: return 0
        case .term(let t): return index.cost(t)
        case .not(let inner): return cost(inner) + index.count / 64
        case .and(let items): return items.map(cost).min() ?? 0
        case .or(let items): return items.map(cost).reduce(0, +)
        }
    }

    private mutating func term(_ t: QueryTerm, within: BitSet?, marked: Set<String>) -> BitSet {
        if case .isMarked = t { return index.bits(t, within: nil, marked: marked) }
        if case .tag(let name) = t { return index.bits(ids: tags.lazy.filter { $0.value.contains(name) }.map(\.key)) }
        if case .hasNote = t { return index.bits(ids: notes.keys) }
        if let hit = cache[t] { return hit }
        // Phrases checked only inside `within` are partial: use them, but do not keep them.
        if case .words(let words, _, _) = t, words.count > 1, within != nil {
            return index.bits(t, within: within, marked: marked)
        }
        if case .entryField = t, within != nil { return index.bits(t, within: within, marked: marked) }
        // A one-word term over several fields yields its title-only twin in the same pass (the
        // ranking needs it next), unless a precomputed prefix set answers both anyway.
        if case let .words(words, prefixLast, fields) = t, words.count == 1, fields.contains(.title), fields != .title,
           !(prefixLast && index.hasPrefixSets(words[0]) && fields == .all) {
            let (b, titles) = index.wordBitsWithTitles(words[0], prefix: prefixLast, fields: fields)
            remember(t, b)
            remember(.words(words, prefixLast: prefixLast, fields: .title), titles)
            return b
        }
        let b = index.bits(t, within: nil, marked: marked)
        remember(t, b)
        return b
    }

    private mutating func remember(_ t: QueryTerm, _ b: BitSet) {
        if cache.updateValue(b, forKey: t) == nil { cacheOrder.append(t) }
        if cacheOrder.count > cacheLimit { cache[cacheOrder.removeFirst()] = nil }
    }

    // MARK: Ranking

    /// Title matches of the query's words first, then the rest; newest first within each. Many
    /// matches are ranked when first asked past their first page (see `Ranking`).
    mutating func rank(_ matches: BitSet, query: Query, marked: Set<String>) -> Ranking {
        var titleHits = BitSet(count: index.count)
        for t in query.positiveTerms {
            if case let .words(words, prefixLast, fields) = t, fields.contains(.title) {
                titleHits.formUnion(term(.words(words, prefixLast: prefixLast, fields: .title), within: matches, marked: marked))
            }
        }
        titleHits.formIntersection(matches)
        let total = matches.cardinality
        let (index, parts, titled) = (self.index, total >= rankInPartsFrom ? max(2, Cores.active) : 1, titleHits)
        guard total >= rankLaterFrom else {
            return Ranking(Self.rank(matches, titleHits: titled, total: total, index: index, parts: parts))
        }
        return Ranking(count: total, atLeast: rankAheadAtLeast, head: { k in Self.first(k, of: matches, titleHits: titled, index: index) },
                       all: { Self.rank(matches, titleHits: titled, total: total, index: index, parts: parts) })
    }

    /// Matches from which they are ranked only as far as asked (fewer are ranked at once), and
    /// the fewest ranked ahead when they are.
    var rankLaterFrom = 1 << 15
    var rankAheadAtLeast = Ranking.headAtLeast

    /// The first `k` of `rank`'s order: the title matches, newest first, then the others. Each of
    /// the two is taken by walking the date order from its start when it holds many papers (a
    /// walk of about `k` times the share it is of the record), else sorted by its places in it.
    static func first(_ k: Int, of matches: BitSet, titleHits: BitSet, index: SearchIndex) -> [Int] {
        var out: [Int] = []
        out.reserveCapacity(k)
        var others = matches
        others.subtract(titleHits)
        let n = index.count
        for set in [titleHits, others] {
            let need = k - out.count
            guard need > 0 else { break }
            let c = set.cardinality
            guard c > 0 else { continue }
            if c * 256 < n || c <= need {
                var places: [Int32] = []
                places.reserveCapacity(c)
                let rank = index.dateRank
                set.forEach { places.append(rank[$0]) }
                places.sort()
                let order = index.dateOrder
                for r in places.prefix(need) { out.append(Int(order[Int(r)])) }
            } else {
                var taken = 0
                index.dateOrder.withUnsafeBufferPointer { order in
                    for r in 0..<order.count where set.contains(Int(order[r])) {
                        out.append(Int(order[r]))
                        taken += 1
                        if taken == need { break }
                    }
                }
            }
        }
        return out
    }

    /// Every match ranked: title matches first, then the rest; newest first within each.
    static func rank(_ matches: BitSet, titleHits: BitSet, total: Int, index: SearchIndex, parts: Int) -> [Int] {
        guard total > 0 else { return [] }
        // A few matches: sorted by their places in the date order, each match one number (title
        // matches first, then its place), sorted as integers and turned back into papers.
        let n = index.count
        if total * 256 < n {
            var keys: [UInt64] = []
            keys.reserveCapacity(total)
            let rank = index.dateRank
            matches.forEach { a in keys.append((titleHits.contains(a) ? 0 : 1 << 32) | UInt64(UInt32(bitPattern: rank[a]))) }
            keys.sort()
            let order = index.dateOrder
            return keys.map { Int(order[Int($0 & 0xFFFF_FFFF)]) }
        }
        // More: each match's place in the date order set as a bit, the title matches' in the first
        // half of a set of places and the others' in the second; then the places in order, each
        // turned back into its paper. The work is the matches and a pass over the bits, with no
        // sort and no walk over every paper. Many matches are set in parts (each part's matches
        // in a set of its own, the sets then joined) and turned back in parts, on every core.
        let half = (n + 63) / 64
        let given = Shared((matches.words, titleHits.words, index.dateRank))
        var sets = Parallel.map(parts, chunk: 1) { k -> [UInt64] in
            let (matchWords, titleWords, dateRank) = given.value
            var places = [UInt64](repeating: 0, count: 2 * half)
            places.withUnsafeMutableBufferPointer { places in
                dateRank.withUnsafeBufferPointer { rank in
                    matchWords.withUnsafeBufferPointer { m in
                        titleWords.withUnsafeBufferPointer { t in
                            for w in (m.count * k / parts)..<(m.count * (k + 1) / parts) {
                                var bits = m[w]
                                let titled = t[w]
                                while bits != 0 {
                                    let b = bits.trailingZeroBitCount
                                    bits &= bits - 1
                                    let r = Int(rank[w << 6 | b])
                                    let side = Int((titled >> UInt64(b)) & 1 ^ 1) * half
                                    places[side + r >> 6] |= 1 << UInt64(r & 63)
                                }
                            }
                        }
                    }
                }
            }
            return places
        }
        var places = sets.removeFirst()
        for other in sets { for w in places.indices { places[w] |= other[w] } }
        // Where each part of the places starts in the result.
        var starts = [0]
        for k in 0..<parts {
            starts.append(starts[k] + places[(places.count * k / parts)..<(places.count * (k + 1) / parts)].reduce(0) { $0 + $1.nonzeroBitCount })
        }
        return [Int](uninitializedCount: total) { out, filled in
            let shared = Shared((places, index.dateOrder, out.baseAddress!, starts))
            DispatchQueue.concurrentPerform(iterations: parts) { k in
                let (places, dateOrder, out, starts) = shared.value
                var at = starts[k]
                dateOrder.withUnsafeBufferPointer { order in
                    places.withUnsafeBufferPointer { places in
                        for w in (places.count * k / parts)..<(places.count * (k + 1) / parts) {
                            var bits = places[w]
                            let first = (w < half ? w : w - half) << 6
                            while bits != 0 {
                                (out + at).initialize(to: Int(order[first | bits.trailingZeroBitCount]))
                                at += 1
                                bits &= bits - 1
                            }
                        }
                    }
                }
            }
            filled = total
        }
    }
}
