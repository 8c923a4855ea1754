/// An inverted index over a library's papers, built once and shared read-only.
///
/// - Every field is cut into folded words (`Tokenizer`); each word gets an id in the `Vocabulary`.
/// - Per word: the papers it occurs in, with a bit mask of the fields it occurs in there.
/// - Per paper: its word ids in order, field by field, so phrases are checked without re-reading text.
/// - Word prefixes of one and two letters or digits have ready-made paper bit sets (any field, and
///   title only), so the first keystrokes of a search cost no more than the later ones.
/// Queries are evaluated to `BitSet`s; ranking walks a precomputed newest-first order.
public final class SearchIndex: Sendable {
    public let count: Int
    let vocabulary: Vocabulary
    let sortedTerms: [Int32]
    let postPapers: [[Int32]]
    let postMasks: [[UInt8]]
    let tokens: [Int32]
    /// Paper `p`'s field `f` (index in `SearchFields.ordered`) is `tokens[fieldStart[p*6+f]..<fieldStart[p*6+f+1]]`.
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

    static let separator: Int32 = -1
    static let fieldCount = 6
    /// 36 one-symbol prefixes and 36 × 36 two-symbol ones.
    static let prefixSlots = 36 + 36 * 36

    public convenience init(library: Library) {
        self.init(papers: library.papers)
    }

    public init(papers: [Paper]) {
        count = papers.count
        var vocab = Vocabulary(capacity: 1 << 14)
        var postP: [[Int32]] = []
        var postM: [[UInt8]] = []
        var lastPaper: [Int32] = []
        var slots: [(Int16, Int16)] = []
        var toks: [Int32] = []
        toks.reserveCapacity(papers.count * 64)
        var starts: [Int32] = []
        starts.reserveCapacity(papers.count * Self.fieldCount + 1)
        let wps = (papers.count + 63) / 64
        var pAny = [UInt64](repeating: 0, count: Self.prefixSlots * wps)
        var pTitle = [UInt64](repeating: 0, count: Self.prefixSlots * wps)

        for (p, paper) in papers.enumerated() {
            let pid = Int32(p)
            for (f, field) in SearchFields.ordered.enumerated() {
                starts.append(Int32(toks.count))
                let mask = field.rawValue
                for (k, text) in Self.texts(of: paper, field: field).enumerated() {
                    if k > 0 { toks.append(Self.separator) }
                    Tokenizer.forEachToken(in: text) { word, _ in
                        let (t, isNew) = vocab.id(for: word)
                        if isNew {
                            postP.append([])
                            postM.append([])
                            lastPaper.append(-1)
                            slots.append(Self.slots(word))
                        }
                        toks.append(Int32(t))
                        if lastPaper[t] != pid {
                            lastPaper[t] = pid
                            postP[t].append(pid)
                            postM[t].append(mask)
                            let (s1, s2) = slots[t]
                            let bit: UInt64 = 1 << UInt64(p & 63), w = p >> 6
                            if s1 >= 0 { pAny[Int(s1) * wps + w] |= bit }
                            if s2 >= 0 { pAny[Int(s2) * wps + w] |= bit }
                        } else {
                            postM[t][postM[t].count - 1] |= mask
                        }
                        if f == 0 {
                            let (s1, s2) = slots[t]
                            let bit: UInt64 = 1 << UInt64(p & 63), w = p >> 6
                            if s1 >= 0 { pTitle[Int(s1) * wps + w] |= bit }
                            if s2 >= 0 { pTitle[Int(s2) * wps + w] |= bit }
                        }
                    }
                }
            }
        }
        starts.append(Int32(toks.count))

        vocabulary = vocab
        sortedTerms = vocab.sortedIDs()
        postPapers = postP
        postMasks = postM
        tokens = toks
        fieldStart = starts
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

    /// Papers with a word matching `word` in any of `fields`.
    func wordBits(_ word: String, prefix: Bool, fields: SearchFields) -> BitSet {
        if prefix, fields == .all || fields == .title, let slot = Self.slot(ofPrefix: word) {
            let source = fields == .all ? prefixAny : prefixTitle
            var bits = BitSet(count: count)
            bits.setWords(source[(slot * wordsPerSet)..<((slot + 1) * wordsPerSet)])
            return bits
        }
        var bits = BitSet(count: count)
        let mask = fields.rawValue
        for t in termRange(word, prefix: prefix) {
            let papers = postPapers[Int(t)], masks = postMasks[Int(t)]
            if mask == SearchFields.all.rawValue {
                for p in papers { bits.insert(Int(p)) }
            } else {
                for k in papers.indices where masks[k] & mask != 0 { bits.insert(Int(papers[k])) }
            }
        }
        return bits
    }

    /// How many postings a term's evaluation reads: the planner's cost estimate.
    func cost(_ term: QueryTerm) -> Int {
        switch term {
        case let .words(words, prefixLast, _):
            let w = words.last!
            if prefixLast, Self.slot(ofPrefix: w) != nil { return count / 8 }
            let single = termRange(w, prefix: prefixLast).reduce(0) { $0 + postPapers[Int($1)].count }
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

    private func phraseBits(_ words: [String], prefixLast: Bool, fields: SearchFields, within: BitSet?) -> BitSet {
        // Every word but the last must be a known word; the last may be a prefix of several.
        var ids: [Int32] = []
        for w in words.dropLast() {
            guard let id = vocabulary.lookup(w) else { return BitSet(count: count) }
            ids.append(Int32(id))
        }
        let lastIDs = Set(termRange(words.last!, prefix: prefixLast))
        if lastIDs.isEmpty { return BitSet(count: count) }
        var candidates = wordBits(words[0], prefix: false, fields: fields)
        for w in words.dropFirst().dropLast() { candidates.formIntersection(wordBits(w, prefix: false, fields: fields)) }
        candidates.formIntersection(wordBits(words.last!, prefix: prefixLast, fields: fields))
        if let within { candidates.formIntersection(within) }

        var result = BitSet(count: count)
        let n = words.count
        tokens.withUnsafeBufferPointer { tok in
            candidates.forEach { p in
                for (f, field) in SearchFields.ordered.enumerated() where fields.contains(field) {
                    let s = Int(fieldStart[p * Self.fieldCount + f]), e = Int(fieldStart[p * Self.fieldCount + f + 1])
                    var k = s
                    while k + n <= e {
                        var ok = true
                        for i in 0..<(n - 1) where tok[k + i] != ids[i] { ok = false; break }
                        if ok, lastIDs.contains(tok[k + n - 1]) { result.insert(p); return }
                        k += 1
                    }
                }
            }
        }
        return result
    }
}

extension BitSet {
    mutating func setWords(_ source: ArraySlice<UInt64>) {
        self = BitSet(words: Array(source), count: count)
    }
}

