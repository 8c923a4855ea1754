/// An inverted index over a library's papers, built once and shared read-only.
///
/// - Every field is cut into folded words (`Tokenizer`); each word gets an id in the `Vocabulary`.
/// - Postings, per word, in paper order: the paper, a mask of the fields the word is in there, and
///   the word's positions in the paper (so phrases are checked without re-reading any text).
///   All of it lives in flat arrays (compressed sparse rows), not one array per word.
/// - Word prefixes of one and two letters or digits have ready-made paper bit sets (any field, and
///   title only), so the first keystrokes of a search cost no more than the later ones.
/// Queries are evaluated to `BitSet`s; ranking walks a precomputed newest-first order.
public final class SearchIndex: Sendable {
    public let count: Int
    let vocabulary: Vocabulary
    let sortedTerms: [Int32]
    /// Term `t`'s postings are `postPaper[postStart[t]..<postStart[t+1]]` (and the same for masks).
    let postStart: [Int32]
    let postPaper: [Int32]
    let postMask: [UInt8]
    /// Posting `j`'s positions are `positions[positionStart[j]..<positionStart[j+1]]`, counted from
    /// the paper's first word; a separator between fields, authors and links takes a position too.
    let positionStart: [Int32]
    let positions: [Int32]
    /// Paper `p`'s field `f` (index in `SearchFields.ordered`) covers positions
    /// `fieldStart[p*7+f]..<fieldStart[p*7+f+1]`.
    let fieldStart: [Int32]
    let prefixAny: [UInt64]
    let prefixTitle: [UInt64]
    let wordsPerSet: Int
    let years: [Int16]
    let categories: [String]
    let hasCode: BitSet, hasLink: BitSet, hasAffiliation: BitSet
    let yearInferred: BitSet, truncated: BitSet, duplicate: BitSet
    /// Paper indices, newest first (undated last), ties in file order.
    public let dateOrder: [Int32]
    /// The ids of the papers, for `is:marked`.
    let ids: [String: Int]

    static let fieldCount = 6
    static let fieldStride = 7
    /// 36 one-symbol prefixes and 36 × 36 two-symbol ones.
    static let prefixSlots = 36 + 36 * 36

    public convenience init(library: Library) {
        self.init(papers: library.papers)
    }

    public init(papers: [Paper]) {
        count = papers.count
        // Pass 1: cut every paper into term ids, counting papers and occurrences per term.
        var pass = FirstPass()
        pass.tokens.reserveCapacity(papers.count * 128)
        var fields = [Int32]()
        fields.reserveCapacity(papers.count * Self.fieldStride)
        var paperStart = [Int32]()
        paperStart.reserveCapacity(papers.count + 1)
        for (p, paper) in papers.enumerated() {
            pass.paper = Int32(p)
            let base = pass.tokens.count
            paperStart.append(Int32(base))
            for field in SearchFields.ordered {
                fields.append(Int32(pass.tokens.count - base))
                for (k, text) in Self.texts(of: paper, field: field).enumerated() {
                    if k > 0 { pass.tokens.append(-1) }
                    var text = text
                    text.withUTF8 { Tokenizer.tokenize($0, into: &pass) }
                }
                pass.tokens.append(-1)   // fields never run into each other
            }
            fields.append(Int32(pass.tokens.count - base))
        }
        paperStart.append(Int32(pass.tokens.count))

        // Pass 2: lay out postings and positions, then fill them.
        let terms = pass.vocabulary.count
        var pStart = [Int32](repeating: 0, count: terms + 1)
        for t in 0..<terms { pStart[t + 1] = pStart[t] + pass.documents[t] }
        let postings = Int(pStart[terms])
        var pPaper = [Int32](repeating: 0, count: postings)
        var pMask = [UInt8](repeating: 0, count: postings)
        var posCount = [Int32](repeating: 0, count: postings + 1)
        var current = [Int32](repeating: -1, count: terms)      // posting of term t in the paper at hand
        var cursor = Array(pStart.dropLast())
        let wps = (papers.count + 63) / 64
        var pAny = [UInt64](repeating: 0, count: Self.prefixSlots * wps)
        var pTitle = [UInt64](repeating: 0, count: Self.prefixSlots * wps)
        let tok = pass.tokens
        do {
            for p in 0..<papers.count {
                let s = Int(paperStart[p]), e = Int(paperStart[p + 1])
                let bit: UInt64 = 1 << UInt64(p & 63), w = p >> 6
                var f = 0
                for k in s..<e {
                    while f < Self.fieldCount - 1, k - s >= Int(fields[p * Self.fieldStride + f + 1]) { f += 1 }
                    let t = Int(tok[k])
                    if t < 0 { continue }
                    var j = Int(current[t])
                    if j < 0 || pPaper[j] != Int32(p) || j >= Int(cursor[t]) {
                        j = Int(cursor[t])
                        cursor[t] += 1
                        current[t] = Int32(j)
                        pPaper[j] = Int32(p)
                        let (s1, s2) = pass.slots[t]
                        if s1 >= 0 { pAny[Int(s1) * wps + w] |= bit }
                        if s2 >= 0 { pAny[Int(s2) * wps + w] |= bit }
                    }
                    pMask[j] |= 1 << UInt8(f)
                    posCount[j + 1] += 1
                    if f == 0 {
                        let (s1, s2) = pass.slots[t]
                        if s1 >= 0 { pTitle[Int(s1) * wps + w] |= bit }
                        if s2 >= 0 { pTitle[Int(s2) * wps + w] |= bit }
                    }
                }
            }
        }
        for j in 0..<postings { posCount[j + 1] += posCount[j] }
        var pos = [Int32](repeating: 0, count: Int(posCount[postings]))
        var fill = posCount
        for t in 0..<terms { current[t] = -1 }
        do {
            for p in 0..<papers.count {
                let s = Int(paperStart[p]), e = Int(paperStart[p + 1])
                for k in s..<e {
                    let t = Int(tok[k])
                    if t < 0 { continue }
                    // Postings of a term are in paper order, so the next one of t is the one after the last.
                    var j = Int(current[t])
                    if j < 0 || pPaper[j] != Int32(p) {
                        j = j < 0 ? Int(pStart[t]) : j + 1
                        current[t] = Int32(j)
                    }
                    pos[Int(fill[j])] = Int32(k - s)
                    fill[j] += 1
                }
            }
        }

        vocabulary = pass.vocabulary
        sortedTerms = pass.vocabulary.sortedIDs()
        postStart = pStart
        postPaper = pPaper
        postMask = pMask
        positionStart = posCount
        positions = pos
        fieldStart = fields
        prefixAny = pAny
        prefixTitle = pTitle
        wordsPerSet = wps
        years = papers.map { Int16(clamping: $0.date?.year ?? 0) }
        categories = papers.map { TextFolding.fold($0.category ?? "") }
        func flags(_ test: (Paper) -> Bool) -> BitSet {
            var b = BitSet(count: papers.count)
            for (i, p) in papers.enumerated() where test(p) { b.insert(i) }
            return b
        }
        hasCode = flags(\.hasCode)
        hasLink = flags { !$0.links.isEmpty }
        hasAffiliation = flags { $0.affiliation != nil }
        yearInferred = flags { $0.date?.yearInferred == true }
        truncated = flags(\.authorsTruncated)
        duplicate = flags { !$0.possibleDuplicates.isEmpty }
        dateOrder = PaperSort.date.sortedIndices(papers).map(Int32.init)
        var ids: [String: Int] = [:]
        ids.reserveCapacity(papers.count)
        for (i, p) in papers.enumerated() { ids[p.id] = i }
        self.ids = ids
    }

    /// Pass 1 of the build: term ids for every word, papers per term, prefix slots per term.
    private struct FirstPass: TokenSink {
        var vocabulary = Vocabulary(capacity: 1 << 14)
        var tokens: [Int32] = []
        var documents: [Int32] = []
        var lastPaper: [Int32] = []
        var slots: [(Int16, Int16)] = []
        var paper: Int32 = 0

        mutating func token(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
            let (t, isNew) = vocabulary.id(for: word)
            if isNew {
                documents.append(0)
                lastPaper.append(-1)
                slots.append(SearchIndex.slots(word))
            }
            tokens.append(Int32(t))
            if lastPaper[t] != paper {
                lastPaper[t] = paper
                documents[t] += 1
            }
        }
    }

    /// The texts a field is made of; several (authors, links) are kept apart by a separator so a
    /// phrase never runs from one into the next.
    static func texts(of paper: Paper, field: SearchFields) -> [String] {
        switch field {
        case .title: return [paper.title]
        case .authors: return paper.authors.map(\.name)
        case .abstract: return [paper.abstract]
        case .affiliation: return paper.affiliation.map { [$0] } ?? []
        case .category: return paper.category.map { [$0] } ?? []
        default: return paper.links
        }
    }

    static func symbol(_ b: UInt8) -> Int? {
        if b >= 0x61 && b <= 0x7A { return Int(b - 0x61) }
        if b >= 0x30 && b <= 0x39 { return 26 + Int(b - 0x30) }
        return nil
    }

    static func slots(_ word: UnsafeBufferPointer<UInt8>) -> (Int16, Int16) {
        guard let a = word.first.flatMap(symbol) else { return (-1, -1) }
        guard word.count >= 2, let b = symbol(word[1]) else { return (Int16(a), -1) }
        return (Int16(a), Int16(36 + a * 36 + b))
    }

    static func slot(ofPrefix word: String) -> Int? {
        let u = Array(word.utf8)
        guard (1...2).contains(u.count), let a = symbol(u[0]) else { return nil }
        if u.count == 1 { return a }
        guard let b = symbol(u[1]) else { return nil }
        return 36 + a * 36 + b
    }

    // MARK: Terms

    /// Term ids whose word begins with `prefix` (or equals `word`), via binary search of the sorted vocabulary.
    func termRange(_ word: String, prefix: Bool) -> ArraySlice<Int32> {
        let w = Array(word.utf8)
        var lo = 0, hi = sortedTerms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabulary.compare(Int(sortedTerms[mid]), w, asPrefix: prefix) < 0 { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < sortedTerms.count, vocabulary.compare(Int(sortedTerms[end]), w, asPrefix: prefix) == 0 { end += 1 }
        return sortedTerms[lo..<end]
    }

    func postings(_ t: Int32) -> Range<Int> { Int(postStart[Int(t)])..<Int(postStart[Int(t) + 1]) }

    /// Papers with a word matching `word` in any of `fields`.
    func wordBits(_ word: String, prefix: Bool, fields: SearchFields) -> BitSet {
        if prefix, fields == .all || fields == .title, let slot = Self.slot(ofPrefix: word) {
            let source = fields == .all ? prefixAny : prefixTitle
            return BitSet(words: Array(source[(slot * wordsPerSet)..<((slot + 1) * wordsPerSet)]), count: count)
        }
        var bits = BitSet(count: count)
        let mask = fields.rawValue
        for t in termRange(word, prefix: prefix) {
            for j in postings(t) where postMask[j] & mask != 0 { bits.insert(Int(postPaper[j])) }
        }
        return bits
    }

    /// How many postings a term's evaluation reads: the planner's cost estimate.
    func cost(_ term: QueryTerm) -> Int {
        switch term {
        case let .words(words, prefixLast, _):
            let w = words.last!
            if prefixLast, Self.slot(ofPrefix: w) != nil { return count / 8 }
            let single = termRange(w, prefix: prefixLast).reduce(0) { $0 + postings($1).count }
            return words.count > 1 ? single + count / 4 : single
        case .category, .year, .hasCode, .hasLink, .hasAffiliation, .isYearInferred, .isTruncated, .isDuplicate:
            return count / 16
        case .isMarked:
            return 0
        }
    }

    /// Papers matching `term`. `within`, when given, limits the papers that need checking
    /// (phrases are verified only there); the result may then hold only papers of `within`.
    func bits(_ term: QueryTerm, within: BitSet?, marked: Set<String>) -> BitSet {
        switch term {
        case let .words(words, prefixLast, fields):
            if words.count == 1 { return wordBits(words[0], prefix: prefixLast, fields: fields) }
            return phraseBits(words, prefixLast: prefixLast, fields: fields, within: within)
        case .category(let c):
            return scan { categories[$0] == c }
        case .year(let range):
            return scan { years[$0] != 0 && range.contains(Int(years[$0])) }
        case .hasCode: return hasCode
        case .hasLink: return hasLink
        case .hasAffiliation: return hasAffiliation
        case .isYearInferred: return yearInferred
        case .isTruncated: return truncated
        case .isDuplicate: return duplicate
        case .isMarked:
            var b = BitSet(count: count)
            for id in marked { if let i = ids[id] { b.insert(i) } }
            return b
        }
    }

    private func scan(_ test: (Int) -> Bool) -> BitSet {
        var b = BitSet(count: count)
        for i in 0..<count where test(i) { b.insert(i) }
        return b
    }

    /// Papers where the words stand in order. The postings of all the phrase's terms are walked
    /// together in paper order (a merge join); where all are present, their position lists are
    /// compared: word i must stand at the first word's position + i, inside one allowed field.
    private func phraseBits(_ words: [String], prefixLast: Bool, fields: SearchFields, within: BitSet?) -> BitSet {
        var result = BitSet(count: count)
        var ids: [Int32] = []
        for w in words.dropLast() {
            guard let id = vocabulary.lookup(w) else { return result }
            ids.append(Int32(id))
        }
        let lastTerms = termRange(words.last!, prefix: prefixLast)
        for last in lastTerms {
            let terms = ids + [last]
            // Drive from the rarest term; look the others up by binary search in their postings.
            let driver = terms.indices.min { postings(terms[$0]).count < postings(terms[$1]).count }!
            for j in postings(terms[driver]) {
                let p = Int(postPaper[j])
                if result.contains(p) || postMask[j] & fields.rawValue == 0 { continue }
                if let within, !within.contains(p) { continue }
                var lists: [Range<Int>] = []
                for (i, t) in terms.enumerated() {
                    if i == driver { lists.append(Int(positionStart[j])..<Int(positionStart[j + 1])); continue }
                    guard let k = find(paper: Int32(p), in: postings(t)) else { break }
                    lists.append(Int(positionStart[k])..<Int(positionStart[k + 1]))
                }
                guard lists.count == terms.count else { continue }
                if phraseStands(lists, paper: p, fields: fields) { result.insert(p) }
            }
        }
        return result
    }

    private func find(paper: Int32, in range: Range<Int>) -> Int? {
        var lo = range.lowerBound, hi = range.upperBound
        while lo < hi {
            let mid = (lo + hi) / 2
            if postPaper[mid] < paper { lo = mid + 1 } else { hi = mid }
        }
        return lo < range.upperBound && postPaper[lo] == paper ? lo : nil
    }

    private func phraseStands(_ lists: [Range<Int>], paper p: Int, fields: SearchFields) -> Bool {
        for x in lists[0] {
            let start = positions[x]
            var ok = true
            for i in 1..<lists.count {
                // Position lists are ascending: binary search for start + i.
                let want = start + Int32(i)
                var lo = lists[i].lowerBound, hi = lists[i].upperBound
                while lo < hi {
                    let mid = (lo + hi) / 2
                    if positions[mid] < want { lo = mid + 1 } else { hi = mid }
                }
                if lo >= lists[i].upperBound || positions[lo] != want { ok = false; break }
            }
            if ok, fields.contains(field(at: start, paper: p)) { return true }
        }
        return false
    }

    /// The field that position `x` of paper `p` lies in.
    func field(at x: Int32, paper p: Int) -> SearchFields {
        var f = 0
        while f < Self.fieldCount - 1, x >= fieldStart[p * Self.fieldStride + f + 1] { f += 1 }
        return SearchFields.ordered[f]
    }
}
