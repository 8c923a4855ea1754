/// What a search found: the matching papers, best first (title matches before others, then
/// newest first), and the query with any problems it had.
public struct SearchResult: Sendable {
    public let query: Query
    public let matches: BitSet
    /// Indices into the library's papers, ranked.
    public let ranked: [Int]
    /// The query's problems, and fields it names that no paper has.
    public let problems: [QueryProblem]

    public var count: Int { ranked.count }
}

/// A run of searches over one index, as a person types. Results of terms are kept, so each
/// keystroke evaluates only the term that changed; the index itself is never modified.
public struct SearchSession: Sendable {
    public let index: SearchIndex
    private var cache: [QueryTerm: BitSet] = [:]
    private var cacheOrder: [QueryTerm] = []
    public var cacheLimit = 64
    /// Tag name (folded) to the ids of the papers that carry it, for `tag:` terms.
    public var tags: [String: Set<String>] = [:]
    /// The ids of the papers with a note, for `has:note`.
    public var noted: Set<String> = []

    public init(index: SearchIndex) {
        self.index = index
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
        problems.sort { $0.column < $1.column }
        return SearchResult(query: query, matches: matches, ranked: rank(matches, query: query, marked: marked), problems: problems)
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
        if case .tag(let name) = t { return index.bits(ids: tags[name] ?? []) }
        if case .hasNote = t { return index.bits(ids: noted) }
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

    /// Title matches of the query's words first, then the rest; newest first within each.
    mutating func rank(_ matches: BitSet, query: Query, marked: Set<String>) -> [Int] {
        var titleHits = BitSet(count: index.count)
        for t in query.positiveTerms {
            if case let .words(words, prefixLast, fields) = t, fields.contains(.title) {
                titleHits.formUnion(term(.words(words, prefixLast: prefixLast, fields: .title), within: matches, marked: marked))
            }
        }
        titleHits.formIntersection(matches)
        let total = matches.cardinality
        guard total > 0 else { return [] }
        // Few matches: sort them by date place. Many: walk the date order.
        if total * 32 < index.count {
            // Each match as one number, title matches first, then by its place in the date order
            // (a place is one paper's), sorted as integers and turned back into papers.
            var keys: [UInt64] = []
            keys.reserveCapacity(total)
            let rank = index.dateRank
            matches.forEach { a in keys.append((titleHits.contains(a) ? 0 : 1 << 32) | UInt64(UInt32(bitPattern: rank[a]))) }
            keys.sort()
            let order = index.dateOrder
            return keys.map { Int(order[Int($0 & 0xFFFF_FFFF)]) }
        }
        // Without a branch per paper (a match or not, in the title or not, is as likely as not):
        // each paper is written where it goes, title matches from the front and the others after
        // them, a paper that does not match to a slot past the end.
        let titled = titleHits.cardinality
        var ranked = [Int](unsafeUninitializedCapacity: total + 1) { out, filled in
            var front = 0, back = titled
            index.dateOrder.withUnsafeBufferPointer { order in
                matches.words.withUnsafeBufferPointer { m in
                    titleHits.words.withUnsafeBufferPointer { t in
                        for p in order {
                            let i = Int(p), w = i >> 6, shift = UInt64(i & 63)
                            let hit = Int((m[w] >> shift) & 1), inTitle = Int((t[w] >> shift) & 1) & hit
                            out[hit == 0 ? total : (inTitle != 0 ? front : back)] = i
                            front += inTitle
                            back += hit - inTitle
                        }
                    }
                }
            }
            filled = total + 1
        }
        ranked.removeLast()
        return ranked
    }
}
