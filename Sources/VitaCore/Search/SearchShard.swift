/// One word's occurrence in one paper: which paper, in which fields, and where its positions
/// are. Eight bytes: building writes one per word per paper, so their size is much of its time.
struct Posting {
    /// The shard-local paper (low 26 bits) and the fields mask (top 6 bits).
    private let paperAndMask: UInt32
    /// Where the positions start inside the paper's run (see `SearchShard.positionStart`), and how many.
    let localOffset: UInt16
    let length: UInt16

    init(paper: Int, localOffset: Int, length: Int, mask: UInt8) {
        paperAndMask = UInt32(truncatingIfNeeded: paper) & Self.paperBits | UInt32(mask) << 26
        self.localOffset = UInt16(truncatingIfNeeded: localOffset)
        self.length = UInt16(clamping: length)
    }

    static let paperBits: UInt32 = (1 << 26) - 1
    @inline(__always) var paper: Int32 { Int32(bitPattern: paperAndMask & Self.paperBits) }
    @inline(__always) var mask: UInt8 { UInt8(truncatingIfNeeded: paperAndMask >> 26) }
}

/// The inverted index of a contiguous run of papers. Shards are built in parallel and queried
/// one after the other; their bit sets join end to end (shards start at multiples of 64 papers).
///
/// - Per word, in paper order: postings (paper, fields mask, positions).
/// - Positions are stored paper by paper, grouped by word, so building writes them in order.
/// - One- and two-symbol word prefixes have ready-made bit sets (any field, and title only).
struct SearchShard: Sendable {
    /// First paper of the shard (a multiple of 64) and how many.
    let base: Int
    let count: Int
    let vocabulary: Vocabulary
    let sortedTerms: Flat<Int32>
    /// Term `t`'s postings are `postings[postStart[t]..<postStart[t+1]]`.
    let postStart: Flat<Int32>
    let postings: Flat<Posting>
    /// Word positions within a paper; a paper's words past 65,535 are not indexed.
    let positions: Flat<UInt16>
    /// Where local paper `p`'s positions start in `positions` (`count + 1` entries).
    let positionStart: Flat<Int32>
    /// Local paper `p`'s field `f` covers positions `fieldStart[p*7+f]..<fieldStart[p*7+f+1]`.
    let fieldStart: Flat<Int32>
    /// Bit sets of the papers with a word that begins with a given prefix (in any field, and in
    /// the title), one row per heavy prefix (`heavyPrefixes`): a prefix of one, two or three
    /// symbols whose words have many postings. The others are read from their postings, which
    /// is as quick for so few: most two-symbol prefixes are rare, and a row for each would cost
    /// a bit per paper each (hundreds of bytes a paper). Stored word by word (see `row`).
    let prefixAny: Flat<UInt64>
    let prefixTitle: Flat<UInt64>
    let heavyPrefixes: [UInt32: Int]
    /// The shard's commonest words (`commonTerms`) and, for each ordered pair of them, the papers
    /// where the two stand side by side (anywhere, and in the title; see `PairRows`). A two-word
    /// phrase of such words is read off at once; a longer one is checked only where its pairs
    /// all stand.
    let commonTerms: Flat<Int32>
    let commonPairs: PairRows
    let commonTitlePairs: PairRows
    let wordsPerSet: Int

    static let fieldCount = 6
    static let fieldStride = 7
    /// 36 one-symbol prefixes and 36 × 36 two-symbol ones.
    static let prefixSlots = 36 + 36 * 36
    /// A prefix gets a bit set when its words have at least this share of postings per paper
    /// (so reading them would take long); at most `heavyLimit` three-byte prefixes do.
    static let heavyShare = 8
    static let heavyLimit = 1024
    static let commonLimit = 32

    /// Papers in one shard at the most (their local numbers share a posting's word with its mask).
    static let maximumPapers = Int(Posting.paperBits) + 1

    /// `only`: the words of one query, when the shard is to answer it alone (see `WordsAsked`).
    init(papers: ArraySlice<Paper>, only: WordsAsked? = nil) {
        precondition(papers.count <= Self.maximumPapers, "a search shard holds at most \(Self.maximumPapers) papers")
        base = papers.startIndex
        count = papers.count
        // Pass 1: cut every paper into term ids, counting papers per term.
        // The word table sized for the shard (a few dozen papers need no table of 32,768 slots:
        // it grows as words come).
        var pass = FirstPass(vocabulary: Vocabulary(capacity: only != nil ? 256 : min(1 << 14, max(256, papers.count * 32))))
        pass.only = only
        // A word takes at least two bytes with its separator: reserving for that keeps the token
        // array from regrowing (only words folded into several pieces could outrun it), and the
        // pages past what is written are never touched.
        // A shard for one query's words that looks for their bytes cuts few words: it reserves
        // for the separators alone, and counts a paper's bytes only when it comes to it.
        let cutsFew = only?.looksForBytes == true
        let textBytes = cutsFew ? 0 : papers.withUnsafeBufferPointer { all in all.indices.reduce(0) { $0 + Self.textBytes(all.baseAddress! + $1) } }
        pass.tokens.reserveCapacity(textBytes / 2 + papers.count * 8)
        var fields = [Int32]()
        fields.reserveCapacity(papers.count * Self.fieldStride)
        var paperStart = [Int32]()
        paperStart.reserveCapacity(papers.count + 1)
        papers.withUnsafeBufferPointer { all in
            for p in 0..<papers.count {
                // Read where it lies: taken from the slice, the paper was copied (every string retained).
                let paper = all.baseAddress! + p
                pass.paper = Int32(p)
                let start = pass.tokens.count
                pass.paperStart = start
                paperStart.append(Int32(start))
                // A shard for one query's words need not cut a text that cannot hold them, unless the
                // paper may have more words than positions (which of them are indexed then depends on
                // every word before them). A text has fewer tokens than bytes, but for a rare folding
                // that makes several words of one character (U+FDFA gives four from its three bytes):
                // a quarter of the positions leaves room for those.
                pass.skipping = cutsFew && Self.textBytes(paper) < Int(UInt16.max) / 4
                // Fields in `SearchFields.ordered` order; authors and links never run into each other,
                // nor do fields: a separator (-1) stands between them.
                fields.append(0)
                pass.add(paper.pointee.title)
                pass.tokens.append(-1)
                fields.append(Int32(pass.tokens.count - start))
                for k in paper.pointee.authors.indices {
                    if k > 0 { pass.tokens.append(-1) }
                    pass.add(paper.pointee.authors[k].name)
                }
                pass.tokens.append(-1)
                fields.append(Int32(pass.tokens.count - start))
                pass.add(paper.pointee.abstract)
                pass.tokens.append(-1)
                fields.append(Int32(pass.tokens.count - start))
                // The affiliations and the venue share a field (`aff:`, `venue:`), kept apart.
                var any = false
                Paper.forEachAffiliationText(at: paper) { text in
                    if any { pass.tokens.append(-1) }
                    pass.add(text)
                    any = true
                }
                pass.tokens.append(-1)
                fields.append(Int32(pass.tokens.count - start))
                // The category and the keywords share a field, kept apart.
                if let c = paper.pointee.category { pass.add(c) }
                for (k, keyword) in paper.pointee.keywords.enumerated() {
                    if k > 0 || paper.pointee.category != nil { pass.tokens.append(-1) }
                    pass.add(keyword)
                }
                pass.tokens.append(-1)
                fields.append(Int32(pass.tokens.count - start))
                for k in paper.pointee.links.indices {
                    if k > 0 { pass.tokens.append(-1) }
                    pass.add(paper.pointee.links[k])
                }
                pass.tokens.append(-1)
                fields.append(Int32(pass.tokens.count - start))
            }
        }
        paperStart.append(Int32(pass.tokens.count))

        // Pass 2, paper by paper: group the paper's words (stamps keep this in cache), write their
        // positions in order, and append one posting per word at that word's cursor. The loop
        // runs over raw buffers: it touches every word of the shard, and bounds and uniqueness
        // checks were a third of its time.
        let terms = pass.vocabulary.count
        var pStart = [Int32](repeating: 0, count: terms + 1)
        for t in 0..<terms { pStart[t + 1] = pStart[t] + pass.terms[t].documents }
        var posts = [Posting](repeating: Posting(paper: 0, localOffset: 0, length: 0, mask: 0), count: Int(pStart[terms]))
        var pos = [UInt16](repeating: 0, count: pass.words)
        var posStart = [Int32](repeating: 0, count: papers.count + 1)
        let heavy = Self.heavyPrefixes(pass.vocabulary, pass.terms, papers: papers.count)
        let common = Self.commonTerms(pass.terms)
        // Per term, side by side (a rare term costs one cache miss, not four): the paper that last
        // saw it, its place among that paper's distinct words, its posting cursor, its prefix
        // slots, its rank among the common words.
        func row(_ slot: Int16) -> Int16 { slot < 0 ? -1 : heavy.slotRows[Int(slot)] }
        var state = (0..<terms).map { t in
            TermState(stamp: -1, local: 0, cursor: pStart[t], slot1: row(pass.terms[t].slot1),
                      slot2: row(pass.terms[t].slot2), slot3: Int16(heavy.slots[t]), common: -1)
        }
        for (rank, t) in common.enumerated() { state[Int(t)].common = Int16(rank) }
        // Per distinct word of the paper at hand: its term, count, field mask and fill cursor.
        let most = (0..<papers.count).reduce(0) { max($0, Int(paperStart[$1 + 1] - paperStart[$1])) }
        var distinct = [Int32](repeating: 0, count: most), lcount = [Int32](repeating: 0, count: most)
        var lmask = [UInt8](repeating: 0, count: most), lfill = [Int32](repeating: 0, count: most)
        let wps = (papers.count + 63) / 64
        let rows = heavy.prefixes.count
        var pAny = [UInt64](repeating: 0, count: rows * wps)
        var pTitle = [UInt64](repeating: 0, count: rows * wps)
        let cl = Self.commonLimit
        // The papers where each pair stands side by side, ascending (see `PairRows`).
        var pairs = [[UInt32]](repeating: [], count: common.isEmpty ? 0 : cl * cl), titlePairs = pairs
        let tok = pass.tokens
        let paperCount = papers.count
        withUnsafeMutableBuffers(&posts, &pos, &state, &distinct, &lcount, &lmask, &lfill, &pAny, &pTitle) {
            posts, pos, state, distinct, lcount, lmask, lfill, pAny, pTitle in
            tok.withUnsafeBufferPointer { tok in
            fields.withUnsafeBufferPointer { fields in
            paperStart.withUnsafeBufferPointer { paperStart in
                var written = 0
                for p in 0..<paperCount {
                    let s = Int(paperStart[p]), e = Int(paperStart[p + 1])
                    var n = 0
                    var f = 0
                    for k in s..<e {
                        while f < Self.fieldCount - 1, k - s >= Int(fields[p * Self.fieldStride + f + 1]) { f += 1 }
                        let t = Int(tok[k])
                        if t < 0 { continue }
                        if state[t].stamp != Int32(p) {
                            state[t].stamp = Int32(p)
                            state[t].local = Int32(n)
                            distinct[n] = Int32(t)
                            lcount[n] = 0
                            lmask[n] = 0
                            n += 1
                        }
                        let li = Int(state[t].local)
                        lcount[li] += 1
                        lmask[li] |= 1 << UInt8(f)
                    }
                    // Offsets of each word's positions inside this paper's run.
                    var running = written
                    for i in 0..<n { lfill[i] = Int32(running); running += Int(lcount[i]) }
                    let bit: UInt64 = 1 << UInt64(p & 63), w = p >> 6
                    for i in 0..<n {
                        let t = Int(distinct[i])
                        let j = Int(state[t].cursor)
                        state[t].cursor += 1
                        posts[j] = Posting(paper: p, localOffset: Int(lfill[i]) - written, length: Int(lcount[i]), mask: lmask[i])
                        let s1 = Int(state[t].slot1), s2 = Int(state[t].slot2), s3 = Int(state[t].slot3)
                        if s1 >= 0 { pAny[w * rows + s1] |= bit }
                        if s2 >= 0 { pAny[w * rows + s2] |= bit }
                        if s3 >= 0 { pAny[w * rows + s3] |= bit }
                        if lmask[i] & 1 != 0 {
                            if s1 >= 0 { pTitle[w * rows + s1] |= bit }
                            if s2 >= 0 { pTitle[w * rows + s2] |= bit }
                            if s3 >= 0 { pTitle[w * rows + s3] |= bit }
                        }
                    }
                    var previous = -1   // common rank of the word before, -1 at a field's start
                    let titleEnd = s + Int(fields[p * Self.fieldStride + 1])
                    for k in s..<e {
                        let t = Int(tok[k])
                        if t < 0 { previous = -1; continue }
                        let li = Int(state[t].local)
                        pos[Int(lfill[li])] = UInt16(k - s)
                        lfill[li] += 1
                        let rank = Int(state[t].common)
                        if rank >= 0, previous >= 0 {
                            let row = previous * cl + rank, paper = UInt32(p)
                            if pairs[row].last != paper { pairs[row].append(paper) }
                            if k < titleEnd, titlePairs[row].last != paper { titlePairs[row].append(paper) }
                        }
                        previous = rank
                    }
                    written = running
                    posStart[p + 1] = Int32(written)
                }
            }
            }
            }
        }

        vocabulary = pass.vocabulary
        sortedTerms = Flat(pass.vocabulary.sortedIDs())
        postStart = Flat(pStart)
        postings = Flat(posts)
        positions = Flat(pos)
        positionStart = Flat(posStart)
        fieldStart = Flat(fields)
        prefixAny = Flat(pAny)
        prefixTitle = Flat(pTitle)
        heavyPrefixes = heavy.prefixes
        commonTerms = Flat(common)
        commonPairs = common.isEmpty ? PairRows() : PairRows(rows: pairs, papers: paperCount)
        commonTitlePairs = common.isEmpty ? PairRows() : PairRows(rows: titlePairs, papers: paperCount)
        wordsPerSet = wps
    }

    /// A paper's text in bytes, with two for each author and link and sixteen more: about as
    /// many as the tokens and separators the shard gives it, at the most.
    /// Read where the paper lies: passed by value, each paper was copied (every string retained).
    static func textBytes(_ paper: UnsafePointer<Paper>) -> Int {
        let p = paper
        var n = p.pointee.title.utf8.count + p.pointee.abstract.utf8.count + (p.pointee.affiliation?.utf8.count ?? 0)
            + (p.pointee.venue?.utf8.count ?? 0) + (p.pointee.category?.utf8.count ?? 0)
            + 2 * (p.pointee.authors.count + p.pointee.links.count) + 16
        p.pointee.authors.withUnsafeBufferPointer { authors in
            for a in authors.indices {
                n += authors[a].name.utf8.count
                for place in authors[a].affiliations { n += place.utf8.count + 2 }
            }
        }
        for l in p.pointee.links { n += l.utf8.count }
        for k in p.pointee.keywords { n += k.utf8.count + 2 }
        return n
    }

    /// The prefixes whose words have the most postings, past `heavyShare`: one- and two-symbol
    /// ones first in slot order, then three-byte ones (at most `heavyLimit`, most postings first).
    /// Each has its row; each one- or two-symbol slot its row or -1, and each term its three-byte
    /// prefix's row or -1.
    private static func heavyPrefixes(_ vocabulary: Vocabulary, _ terms: [TermInfo], papers: Int)
        -> (prefixes: [UInt32: Int], slots: [Int], slotRows: [Int16]) {
        var postings: [UInt32: Int] = [:]
        postings.reserveCapacity(min(terms.count, 1 << 16))
        var bySlot = [Int](repeating: 0, count: prefixSlots)
        var keys = [UInt32](repeating: 0, count: terms.count)
        vocabulary.bytes.withUnsafeBufferPointer { b in
            for t in terms.indices {
                if terms[t].slot1 >= 0 { bySlot[Int(terms[t].slot1)] += Int(terms[t].documents) }
                if terms[t].slot2 >= 0 { bySlot[Int(terms[t].slot2)] += Int(terms[t].documents) }
                let s = Int(vocabulary.starts[t]), e = Int(vocabulary.starts[t + 1])
                guard e - s >= 3 else { continue }
                let key = UInt32(b[s]) << 16 | UInt32(b[s + 1]) << 8 | UInt32(b[s + 2]) | 1 << 24
                keys[t] = key
                postings[key, default: 0] += Int(terms[t].documents)
            }
        }
        let floor = max(64, papers / heavyShare)
        var prefixes: [UInt32: Int] = [:]
        var slotRows = [Int16](repeating: -1, count: prefixSlots)
        for slot in bySlot.indices where bySlot[slot] >= floor {
            slotRows[slot] = Int16(prefixes.count)
            prefixes[prefixKey(slot: slot)] = prefixes.count
        }
        // Ties in key order: the same papers always give the same index (and snapshot).
        let chosen = postings.filter { $0.value >= floor }.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.prefix(heavyLimit)
        for entry in chosen { prefixes[entry.key] = prefixes.count }
        let slots = keys.map { $0 == 0 ? -1 : (prefixes[$0] ?? -1) }
        return (prefixes, slots, slotRows)
    }

    /// The key of a one- or two-symbol prefix's row in `heavyPrefixes`: its bytes, with 2 or 3 in
    /// the top byte (three-byte prefixes have 1 there).
    static func prefixKey(slot: Int) -> UInt32 {
        func byte(_ symbol: Int) -> UInt32 { symbol < 26 ? UInt32(0x61 + symbol) : UInt32(0x30 + symbol - 26) }
        if slot < 36 { return 2 << 24 | byte(slot) }
        let (a, b) = ((slot - 36) / 36, (slot - 36) % 36)
        return 3 << 24 | byte(a) << 8 | byte(b)
    }

    /// The terms in the most papers, at most `commonLimit` of them, commonest first.
    private static func commonTerms(_ terms: [TermInfo]) -> [Int32] {
        var top: [Int32] = []
        for t in terms.indices {
            let d = terms[t].documents
            guard top.count < commonLimit || d > terms[Int(top.last!)].documents else { continue }
            var at = top.count
            while at > 0, terms[Int(top[at - 1])].documents < d { at -= 1 }
            top.insert(Int32(t), at: at)
            if top.count > commonLimit { top.removeLast() }
        }
        return top
    }

    /// Pass 1 of the build: term ids for every word, papers per term, prefix slots per term.
    private struct FirstPass: TokenSink {
        var vocabulary = Vocabulary(capacity: 1 << 14)
        var tokens: [Int32] = []
        /// Per term: how many papers have it, the last paper that did, its prefix slots.
        var terms: [TermInfo] = []
        var paper: Int32 = 0
        var words = 0

        /// Where the paper at hand starts in `tokens`.
        var paperStart = 0
        /// Words with letters outside ASCII (names, mostly) recur: fold each once.
        var folded: [String: [String]] = [:]
        /// The words a shard for one query keeps; the others take their places (-2) and no term.
        var only: WordsAsked?

        /// Whether the paper at hand is cut only where the query's words stand (see `cut`).
        var skipping = false
        /// The ranges of a text's words that answer a query without a phrase (see `WordsAsked`).
        var found: [Range<Int>] = []

        /// Cuts `text` into the paper's tokens. Methods of the pass, not functions nested in the
        /// build's loop: those captured the pass, and each use of it was checked at run time for
        /// overlapping access (a tenth of a one-query shard's build).
        mutating func add(_ text: String) {
            // Native strings lend their bytes without a copy; others are copied once.
            if text.utf8.withContiguousStorageIfAvailable({ cut($0) }) == nil {
                var copy = text
                copy.withUTF8 { cut($0) }
            }
        }

        mutating func cut(_ bytes: UnsafeBufferPointer<UInt8>) {
            if skipping, let only {
                // Without a phrase, a text's wanted words are found where they stand, the
                // first of each only: enough, when each is found or the text is ASCII.
                if !only.hasPhrase {
                    found.removeAll(keepingCapacity: true)
                    if only.firstWordsWanted(in: bytes, into: &found) || !ByteScan.hasNonASCII(bytes) {
                        // Each an ASCII word standing alone: cut (and folded) as the whole text would cut it.
                        for range in found { Tokenizer.tokenize(UnsafeBufferPointer(rebasing: bytes[range]), into: &self) }
                        return
                    }
                }
                if !only.mayHold(bytes) { return }
            }
            Tokenizer.tokenize(bytes, into: &self)
        }

        mutating func foldedPieces(_ word: String) -> [String] {
            if let pieces = folded[word] { return pieces }
            let pieces = Tokenizer.foldedPieces(word)
            folded[word] = pieces
            return pieces
        }

        mutating func token(_ word: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
            // Positions are 16-bit: a paper's words past 65,535 are left out of the index.
            if tokens.count - paperStart >= Int(UInt16.max) { return }
            if let only, !only.wants(word) {
                tokens.append(-2)
                return
            }
            let (t, isNew) = vocabulary.id(for: word)
            if isNew {
                let (s1, s2) = SearchShard.slots(word)
                terms.append(TermInfo(documents: 0, lastPaper: -1, slot1: s1, slot2: s2))
            }
            tokens.append(Int32(t))
            words += 1
            if terms[t].lastPaper != paper {
                terms[t].lastPaper = paper
                terms[t].documents += 1
            }
        }
    }

    private struct TermInfo {
        var documents: Int32
        var lastPaper: Int32
        var slot1: Int16
        var slot2: Int16
    }

    private struct TermState {
        var stamp: Int32
        var local: Int32
        var cursor: Int32
        var slot1: Int16
        var slot2: Int16
        var slot3: Int16
        var common: Int16
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

    // MARK: Lookup

    /// Term ids whose word begins with `word` (or equals it), by binary search of the sorted vocabulary.
    func termRange(_ word: [UInt8], prefix: Bool) -> Slice<Flat<Int32>> {
        var lo = 0, hi = sortedTerms.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if vocabulary.compare(Int(sortedTerms[mid]), word, asPrefix: prefix) < 0 { lo = mid + 1 } else { hi = mid }
        }
        var end = lo
        while end < sortedTerms.count, vocabulary.compare(Int(sortedTerms[end]), word, asPrefix: prefix) == 0 { end += 1 }
        return sortedTerms[lo..<end]
    }

    func postingRange(_ t: Int32) -> Range<Int> { Int(postStart[Int(t)])..<Int(postStart[Int(t) + 1]) }

    /// Bit sets are kept paper-word by paper-word (word `w` of every set side by side), so the
    /// build sets a paper's bits in one stretch of memory; a set is gathered when read.
    static func row(_ row: Int, of sets: Flat<UInt64>, rows: Int) -> [UInt64] {
        stride(from: row, to: sets.count, by: rows).map { sets[$0] }
    }

    var prefixRows: Int { heavyPrefixes.count }

    /// The row of the bit set of words beginning with `word`, if the shard keeps one.
    func prefixRow(_ word: String) -> Int? {
        if let slot = Self.slot(ofPrefix: word) { return heavyPrefixes[Self.prefixKey(slot: slot)] }
        let u = Array(word.utf8)
        guard u.count == 3 else { return nil }
        return heavyPrefixes[UInt32(u[0]) << 16 | UInt32(u[1]) << 8 | UInt32(u[2]) | 1 << 24]
    }

    /// Adds to `bits` (global numbering) the papers with a word matching `word` in `fields`.
    func wordBits(_ word: String, prefix: Bool, fields: SearchFields, into bits: inout BitSet) {
        if prefix, fields == .all || fields == .title, let slot = prefixRow(word) {
            let source = fields == .all ? prefixAny : prefixTitle
            bits.orWords(Self.row(slot, of: source, rows: prefixRows)[...], at: base / 64)
            return
        }
        let mask = fields.rawValue
        for t in termRange(Array(word.utf8), prefix: prefix) {
            for j in postingRange(t) where postings[j].mask & mask != 0 { bits.insert(base + Int(postings[j].paper)) }
        }
    }

    /// Like `wordBits`, and in the same pass the papers where the word stands in the title: the
    /// ranking asks for those right after, and reading the postings twice was the slow part of a
    /// fresh keystroke.
    func wordBits(_ word: String, prefix: Bool, fields: SearchFields, into bits: inout BitSet, titles: inout BitSet) {
        let mask = fields.rawValue
        let title = SearchFields.title.rawValue
        for t in termRange(Array(word.utf8), prefix: prefix) {
            for j in postingRange(t) {
                let m = postings[j].mask
                guard m & mask != 0 else { continue }
                bits.insert(base + Int(postings[j].paper))
                if m & title != 0 { titles.insert(base + Int(postings[j].paper)) }
            }
        }
    }

    func postingCount(_ word: String, prefix: Bool) -> Int {
        termRange(Array(word.utf8), prefix: prefix).reduce(0) { $0 + postingRange($1).count }
    }

    /// Adds the papers where the words stand in this order inside one of `fields`. Drives from
    /// the rarest word's postings; the others are found by binary search, then their positions
    /// compared: word i must stand at the first word's position + i.
    func phraseBits(_ words: [String], prefixLast: Bool, fields: SearchFields, within: BitSet?, into result: inout BitSet) {
        var ids: [Int32] = []
        for w in words.dropLast() {
            guard let id = vocabulary.lookup(w) else { return }
            ids.append(Int32(id))
        }
        // Side by side pairs of common words: the answer itself for two exact words in any field,
        // otherwise the only papers worth checking.
        var exact = ids
        if !prefixLast {
            guard let id = vocabulary.lookup(words.last!) else { return }
            exact.append(Int32(id))
        }
        var candidates: [UInt64]?
        for i in exact.indices.dropLast() {
            guard let a = commonTerms.firstIndex(of: exact[i]), let b = commonTerms.firstIndex(of: exact[i + 1]) else { continue }
            let inTitle = fields == .title
            let row = (inTitle ? commonTitlePairs : commonPairs).words(a * Self.commonLimit + b)[...]
            if exact.count == 2, words.count == 2, fields == .all || inTitle {
                result.orWords(row, at: base / 64)
                return
            }
            if candidates == nil { candidates = Array(row) } else { for (k, w) in row.enumerated() { candidates![k] &= w } }
        }
        for last in termRange(Array(words.last!.utf8), prefix: prefixLast) {
            let terms = ids + [last]
            let n = terms.count
            let driver = terms.indices.min { postingRange(terms[$0]).count < postingRange(terms[$1]).count }!
            // Cursors into every term's postings; papers only grow, so each list is walked once.
            var cursors = terms.map { postingRange($0).lowerBound }
            let ends = terms.map { postingRange($0).upperBound }
            withUnsafeTemporaryAllocation(of: Range<Int>.self, capacity: n) { lists in
                candidates: for j in postingRange(terms[driver]) {
                    let posting = postings[j]
                    let p = Int(posting.paper)
                    if posting.mask & fields.rawValue == 0 { continue }
                    if let within, !within.contains(base + p) { continue }
                    if let candidates, candidates[p >> 6] & (1 << UInt64(p & 63)) == 0 { continue }
                    for i in 0..<n {
                        if i == driver {
                            lists[i] = positionRange(posting)
                            continue
                        }
                        while cursors[i] < ends[i], postings[cursors[i]].paper < posting.paper { cursors[i] += 1 }
                        guard cursors[i] < ends[i] else { break candidates }
                        let other = postings[cursors[i]]
                        guard other.paper == posting.paper else { continue candidates }
                        lists[i] = positionRange(other)
                    }
                    if phraseStands(lists, paper: p, fields: fields) { result.insert(base + p) }
                }
            }
        }
    }

    /// A posting's positions, never past its paper's run (a stored shard's postings are not
    /// each checked against it when read).
    @inline(__always) func positionRange(_ posting: Posting) -> Range<Int> {
        let paper = Int(posting.paper)
        let run = Int(positionStart[paper])..<Int(positionStart[paper + 1])
        let start = min(run.lowerBound + Int(posting.localOffset), run.upperBound)
        return start..<min(start + Int(posting.length), run.upperBound)
    }

    private func phraseStands(_ lists: UnsafeMutableBufferPointer<Range<Int>>, paper p: Int, fields: SearchFields) -> Bool {
        // Position lists are ascending and so are the wanted positions (start + i), so one
        // pointer per list only moves forward: a merge, linear in the lists' lengths.
        withUnsafeTemporaryAllocation(of: Int.self, capacity: lists.count) { cursor in
            for i in 0..<lists.count { cursor[i] = lists[i].lowerBound }
            return positions.withUnsafeBufferPointer { pos in
                for x in lists[0] {
                    let start = Int(pos[x])
                    var ok = true
                    for i in 1..<lists.count {
                        let want = start + i
                        while cursor[i] < lists[i].upperBound, Int(pos[cursor[i]]) < want { cursor[i] += 1 }
                        if cursor[i] >= lists[i].upperBound { return false }   // no later start can fit either
                        if Int(pos[cursor[i]]) != want { ok = false; break }
                    }
                    if ok, fields.contains(field(at: Int32(start), paper: p)) { return true }
                }
                return false
            }
        }
    }

    /// The field that position `x` of local paper `p` lies in.
    func field(at x: Int32, paper p: Int) -> SearchFields {
        var f = 0
        while f < Self.fieldCount - 1, x >= fieldStart[p * Self.fieldStride + f + 1] { f += 1 }
        return SearchFields.ordered[f]
    }
}

/// Runs `body` with raw mutable buffers over nine arrays at once (the shard build's pass 2).
@inline(__always)
private func withUnsafeMutableBuffers<A, B, C, D, E, F, G, H, I>(
    _ a: inout [A], _ b: inout [B], _ c: inout [C], _ d: inout [D], _ e: inout [E], _ f: inout [F],
    _ g: inout [G], _ h: inout [H], _ i: inout [I],
    _ body: (UnsafeMutableBufferPointer<A>, UnsafeMutableBufferPointer<B>, UnsafeMutableBufferPointer<C>,
             UnsafeMutableBufferPointer<D>, UnsafeMutableBufferPointer<E>, UnsafeMutableBufferPointer<F>,
             UnsafeMutableBufferPointer<G>, UnsafeMutableBufferPointer<H>, UnsafeMutableBufferPointer<I>) -> Void
) {
    a.withUnsafeMutableBufferPointer { a in b.withUnsafeMutableBufferPointer { b in c.withUnsafeMutableBufferPointer { c in
    d.withUnsafeMutableBufferPointer { d in e.withUnsafeMutableBufferPointer { e in f.withUnsafeMutableBufferPointer { f in
    g.withUnsafeMutableBufferPointer { g in h.withUnsafeMutableBufferPointer { h in i.withUnsafeMutableBufferPointer { i in
        body(a, b, c, d, e, f, g, h, i)
    } } } } } } } } }
}
