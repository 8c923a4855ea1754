import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The search index of a library, built once and shared read-only.
///
/// Papers are split into shards (a few thousand papers and up, one per core), each an inverted
/// index of its own (`SearchShard`), built in parallel. A query term is answered by every shard
/// into one `BitSet`; flags and years are kept for the whole library. Ranking walks a precomputed
/// newest-first order.
///
/// Unchecked `Sendable`: everything is immutable but the map from id to paper, made on first use
/// under a lock.
public final class SearchIndex: @unchecked Sendable {
    public let count: Int
    /// The shards: built with the index, or read from a snapshot when a search first needs them.
    var shards: [SearchShard] { shardSlot.get { loadShards?() ?? [] } }
    private let shardSlot: Once<[SearchShard]>

    /// Reads what a search needs that is not read yet (a snapshot's shards), so the first search
    /// is as quick as the next.
    public func prepare() { _ = shards.count }
    private let loadShards: (@Sendable () -> [SearchShard])?
    let years: [Int16]
    /// Each paper's category, as a number into `categoryNames` (folded).
    let categoryOf: [Int16]
    let categoryNames: [String]
    let hasCode: BitSet, hasLink: BitSet, hasAffiliation: BitSet
    let yearInferred: BitSet, truncated: BitSet, duplicate: BitSet
    /// Papers a source says were retracted or withdrawn.
    let retracted: BitSet
    /// Paper indices, newest first (undated last), ties in file order.
    public let dateOrder: [Int32]
    /// Each paper's place in `dateOrder`.
    public let dateRank: [Int32]
    /// The papers themselves (shared with the library, not copied), for entry-field, citation
    /// and author queries and `is:marked` (whose map from id to paper is made on its first use).
    let store: PaperStore
    var papers: [Paper] { store.papers }
    /// From a snapshot: the papers by id and by identity, found without reading them.
    var byID: PlaceTable?
    var byIdentity: PlaceTable?
    /// The library's people index, for `person:` (its papers listed, not every paper read), when
    /// the index is made or kept beside the snapshot; set once, before the index is shared.
    nonisolated(unsafe) var people: PeopleSlot?
    /// Whether any paper has a citation count (`cites:` matches none where none has), set once
    /// by the library, before the index is shared; an index made without one says yes.
    nonisolated(unsafe) var papersHaveCitations = true
    private let idLock = Lock()
    nonisolated(unsafe) private var idMap: [String: Int]?
    nonisolated(unsafe) private var fieldNames: [String]?

    /// Papers per shard at the least: smaller libraries get one shard.
    static let minimumShard = 4_096

    public convenience init(library: Library) {
        self.init(papers: library.papers)
    }

    public convenience init(papers: [Paper], shards requested: Int? = nil) {
        self.init(store: PaperStore(papers), shards: requested)
    }

    /// `only`: build for these words alone (see `WordsAsked`).
    init(store: PaperStore, shards requested: Int? = nil, only: WordsAsked? = nil) {
        let papers = store.papers
        count = papers.count
        let bounds = Self.shardBounds(papers.count, requested: requested)
        let built = UnsafeMutableBufferPointer<SearchShard?>.allocate(capacity: bounds.count)
        built.initialize(repeating: nil)
        defer { built.deinitialize().deallocate() }
        let columns = UnsafeMutablePointer<IndexColumns?>.allocate(capacity: 1)
        columns.initialize(to: nil)
        defer { columns.deinitialize(count: 1).deallocate() }
        let box = ShardBox(built: built, columns: columns)
        // The columns first, beside the shards: made after them, on one core, they kept the
        // other idle (a sort of every paper by date among them).
        DispatchQueue.concurrentPerform(iterations: bounds.count + 1) { i in
            if i == 0 {
                box.columns.pointee = IndexColumns(papers)
            } else {
                box.built[i - 1] = SearchShard(papers: papers[bounds[i - 1]], only: only)
            }
        }
        shardSlot = Once(built.map { $0! })
        loadShards = nil
        let c = columns.pointee!
        (years, categoryOf, categoryNames) = (c.years, c.categoryOf, c.categoryNames)
        (hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted) =
            (c.hasCode, c.hasLink, c.hasAffiliation, c.yearInferred, c.truncated, c.duplicate, c.retracted)
        (dateOrder, dateRank) = (c.dateOrder, c.dateRank)
        self.store = store
    }

    /// The papers of each shard of an index of `count` papers, `requested` shards or as many as
    /// suit the machine.
    static func shardBounds(_ count: Int, requested: Int? = nil) -> [Range<Int>] {
        // A shard holds at most `maximumPapers` (a multiple of 64, so rounding the step up keeps to it).
        let fewest = (count + SearchShard.maximumPapers - 1) / SearchShard.maximumPapers
        // Four shards a core (at most 32): shards of equal papers do not take equal time, and with
        // one a core the index waited for the slower while the other core was idle; now a core
        // that finishes takes the next.
        let n = max(1, fewest, requested ?? min(min(32, 4 * Cores.active), count / minimumShard))
        // Shard boundaries on multiples of 64, so shard bit sets join word by word.
        let step = max(((count + n - 1) / n + 63) / 64 * 64, 64)
        return stride(from: 0, to: max(count, 1), by: step).map { $0..<min($0 + step, count) }
    }

    /// An index as stored (`SnapshotIndex`), its parts already checked against `papers`.
    /// `shards`, or when nil, `load` to read them on first use.
    init(restoring shards: [SearchShard]?, load: (@Sendable () -> [SearchShard])?, years: [Int16], categoryOf: [Int16], categoryNames: [String],
         flags: [BitSet], dateOrder: [Int32], dateRank: [Int32], store: PaperStore) {
        count = store.count
        shardSlot = Once(shards)
        loadShards = load
        self.years = years
        self.categoryOf = categoryOf
        self.categoryNames = categoryNames
        (hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted) = (flags[0], flags[1], flags[2], flags[3], flags[4], flags[5], flags[6])
        self.dateOrder = dateOrder
        self.dateRank = dateRank
        self.store = store
    }

    /// The flag sets in the order a snapshot stores them.
    var flags: [BitSet] { [hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted] }
    static let flagCount = 7

    /// Every entry field name any paper has, sorted; gathered on first use (only a query that
    /// names an entry field asks), not while the index is built.
    public var entryFieldNames: [String] {
        idLock.lock()
        defer { idLock.unlock() }
        if let fieldNames { return fieldNames }
        var names = Set<String>()
        for p in store.papers {
            for f in p.entry?.fields ?? [] { names.insert(f.name) }
            for name in p.neutralFieldNames { names.insert(name) }
        }
        fieldNames = names.sorted()
        return fieldNames!
    }

    /// Whether some paper's entry has the field (`journal` also finds `journaltitle`).
    func hasEntryField(_ name: String) -> Bool {
        Self.entryFieldAliases(name).contains { entryFieldNames.contains($0) }
    }

    static func entryFieldAliases(_ name: String) -> [String] {
        switch name {
        case "journal": return ["journal", "journaltitle"]
        case "journaltitle": return ["journaltitle", "journal"]
        case "keyword": return ["keywords"]
        case "type": return ["type", "entrytype"]
        default: return [name]
        }
    }

    /// Papers whose entry field `name` holds `words` in order (the last one a prefix with `prefixLast`).
    func entryFieldBits(_ name: String, _ words: [String], prefixLast: Bool, within: BitSet?) -> BitSet {
        var b = BitSet(count: count)
        let names = Self.entryFieldAliases(name)
        let papers = self.papers
        func test(_ i: Int) {
            var texts: [String] = []
            if let e = papers[i].entry {
                for f in e.fields where names.contains(f.name) { texts.append(LaTeXText.decodePlain(e.text(of: f))) }
            }
            if texts.isEmpty { texts = names.compactMap { papers[i].neutralField($0) } }
            for text in texts {
                let tokens = Tokenizer.tokens(text)
                guard tokens.count >= words.count else { continue }
                for start in 0...(tokens.count - words.count) {
                    var ok = true
                    for (k, w) in words.enumerated() {
                        let t = tokens[start + k]
                        if !(t == w || (prefixLast && k == words.count - 1 && t.hasPrefix(w))) { ok = false; break }
                    }
                    if ok { b.insert(i); return }
                }
            }
        }
        if let within { within.forEach(test) } else { for i in 0..<count { test(i) } }
        return b
    }

    /// The texts a field is made of; several (authors, links) are kept apart by a separator so a
    /// phrase never runs from one into the next.
    static func texts(of paper: Paper, field: SearchFields) -> [String] {
        switch field {
        case .title: return [paper.title]
        case .authors: return paper.authors.map(\.name)
        case .abstract: return [paper.abstract]
        case .affiliation:
            var out: [String] = []
            paper.forEachAffiliationText { out.append($0) }
            return out
        case .category: return (paper.category.map { [$0] } ?? []) + paper.keywords
        default: return paper.links
        }
    }

    /// Whether every shard keeps a bit set of the words beginning with `word`.
    func hasPrefixSets(_ word: String) -> Bool {
        shards.allSatisfy { $0.prefixRow(word) != nil }
    }

    /// Papers with a word matching `word` in any of `fields`.
    func wordBits(_ word: String, prefix: Bool, fields: SearchFields) -> BitSet {
        var bits = BitSet(count: count)
        for shard in shards { shard.wordBits(word, prefix: prefix, fields: fields, into: &bits) }
        return bits
    }

    /// Papers with a word matching `word` in `fields`, and those with it in the title.
    func wordBitsWithTitles(_ word: String, prefix: Bool, fields: SearchFields) -> (BitSet, BitSet) {
        var bits = BitSet(count: count)
        var titles = BitSet(count: count)
        for shard in shards { shard.wordBits(word, prefix: prefix, fields: fields, into: &bits, titles: &titles) }
        return (bits, titles)
    }

    /// How many postings a term's evaluation reads: the planner's cost estimate.
    func cost(_ term: QueryTerm) -> Int {
        switch term {
        case let .words(words, prefixLast, _):
            let w = words.last!
            if prefixLast, hasPrefixSets(w) { return count / 8 }
            let single = shards.reduce(0) { $0 + $1.postingCount(w, prefix: prefixLast) }
            return words.count > 1 ? single + count / 4 : single
        case .category, .year, .hasCode, .hasLink, .hasAffiliation, .isYearInferred, .isTruncated, .isDuplicate, .isRetracted, .citations, .ownerPosition, .person, .type:
            return count / 16
        case .isMarked, .tag, .hasNote:
            return 0
        case .entryField:
            return count
        }
    }

    /// Papers matching `term`. `within`, when given, limits the papers that need checking
    /// (phrases are verified only there); the result may then hold only papers of `within`.
    func bits(_ term: QueryTerm, within: BitSet?, marked: Set<String>) -> BitSet {
        switch term {
        case let .words(words, prefixLast, fields):
            if words.count == 1 { return wordBits(words[0], prefix: prefixLast, fields: fields) }
            // Phrases read positions, the costliest part of a search: shards check theirs in parallel.
            let parts = UnsafeMutableBufferPointer<BitSet>.allocate(capacity: shards.count)
            parts.initialize(repeating: BitSet(count: count))
            defer { parts.deinitialize().deallocate() }
            let box = PartBox(parts: parts)
            let shards = self.shards
            DispatchQueue.concurrentPerform(iterations: shards.count) { i in
                shards[i].phraseBits(words, prefixLast: prefixLast, fields: fields, within: within, into: &box.parts[i])
            }
            var bits = parts[0]
            for part in parts.dropFirst() { bits.formUnion(part) }
            return bits
        case .category(let c):
            let wanted = categoryNames.indices.filter { categoryNames[$0] == c }.map(Int16.init)
            if wanted.isEmpty { return BitSet(count: count) }
            return scan { wanted.contains(categoryOf[$0]) }
        case .year(let range):
            return scan { years[$0] != 0 && range.contains(Int(years[$0])) }
        case .hasCode: return hasCode
        case .hasLink: return hasLink
        case .hasAffiliation: return hasAffiliation
        case .isYearInferred: return yearInferred
        case .citations(let range):
            let papers = self.papers
            return scan { papers[$0].citations.map { range.contains($0.count) } ?? false }
        case .ownerPosition(let wanted):
            let papers = self.papers
            return scan { i in
                guard case .listed(let at) = papers[i].owner else { return false }
                switch wanted {
                case .first: return at == 0
                case .last: return at == papers[i].authors.count - 1 && !papers[i].authorsTruncated
                case .nth(let n): return at == n - 1
                }
            }
        case .person(let key):
            // The person's papers as the people index lists them (the owner's behind `et al.` too).
            if let index = people?.ready, let p = index.person(key: key) {
                var b = BitSet(count: count)
                for i in index.papers(p) { b.insert(i) }
                return b
            }
            // The owner is on the papers that list them only behind `et al.` too.
            let papers = self.papers
            let isOwner = papers.lazy.compactMap { p -> String? in
                if case .listed(let at) = p.owner, p.authors.indices.contains(at) { return p.authors[at].key }
                return nil
            }.first == key
            return scan { i in papers[i].authors.contains { $0.key == key } || (isOwner && papers[i].owner == .implied) }
        case .type(let kind):
            let papers = self.papers
            return scan { papers[$0].type == kind }
        case .isTruncated: return truncated
        case .isDuplicate: return duplicate
        case .isRetracted: return retracted
        case let .entryField(name, words, prefixLast):
            return entryFieldBits(name, words, prefixLast: prefixLast, within: within)
        case .tag, .hasNote:
            return BitSet(count: count)   // answered by the session, which knows the tags and notes
        case .isMarked:
            return bits(ids: marked)
        }
    }

    /// The papers with these ids: marks, a tag's papers, the noted ones.
    public func bits(ids: some Sequence<String>) -> BitSet {
        var b = BitSet(count: count)
        for id in ids { if let i = index(ofID: id) { b.insert(i) } }
        return b
    }

    private func index(ofID id: String) -> Int? {
        idLock.lock()
        defer { idLock.unlock() }
        if idMap == nil {
            var map: [String: Int] = [:]
            map.reserveCapacity(count)
            for (i, p) in papers.enumerated() { map[p.id] = i }
            idMap = map
        }
        return idMap![id]
    }

    private func scan(_ test: (Int) -> Bool) -> BitSet {
        var b = BitSet(count: count)
        for i in 0..<count where test(i) { b.insert(i) }
        return b
    }
}

/// The words a query asks the shards for, each with whether longer words beginning with it
/// match too. A shard that indexes only the words one of these wants (a word's other words keep
/// their places, so phrases stand where they stood) answers the query as a shard of every word
/// does: each lookup the query makes (a word, the words beginning with it, a phrase's words, a
/// prefix's bit set) reads only terms it wants. A one-shot search builds that (see
/// `Library.searchIndex(answering:)`): a word's lookup in the table of every word is most of
/// building an index.
struct WordsAsked: Sendable {
    /// Each word, with whether longer words beginning with it match too (`prefix`) and whether
    /// some term asks for it alone (`exact`: `"net"`, or a word of a phrase but its last).
    let words: [(bytes: [UInt8], prefix: Bool, exact: Bool)]
    /// Those of ASCII letters and digits: the only ones an ASCII text's words can match.
    let asciiWords: [(bytes: [UInt8], prefix: Bool, exact: Bool)]
    /// Whether the query has a phrase (words that must stand side by side): only then do the
    /// places of the words matter, and the words between them.
    let hasPhrase: Bool

    init(_ query: Query) {
        var words: [(bytes: [UInt8], prefix: Bool, exact: Bool)] = []
        var hasPhrase = false
        func walk(_ node: QueryNode) {
            switch node {
            case .all: break
            case .term(.words(let ws, let prefixLast, _)):
                if ws.count > 1 { hasPhrase = true }
                for (k, w) in ws.enumerated() {
                    let prefix = prefixLast && k == ws.count - 1
                    let bytes = Array(w.utf8)
                    // A prefix wants every word an exact one would; a word asked twice is one.
                    if let at = words.firstIndex(where: { $0.bytes == bytes }) {
                        words[at].prefix = words[at].prefix || prefix
                        words[at].exact = words[at].exact || !prefix
                    } else {
                        words.append((bytes, prefix, !prefix))
                    }
                }
            case .term: break
            case .not(let inner): walk(inner)
            case .and(let items), .or(let items): items.forEach(walk)
            }
        }
        walk(query.root)
        self.words = words
        self.hasPhrase = hasPhrase
        asciiWords = words.filter { !$0.bytes.isEmpty && $0.bytes.allSatisfy { $0 < 0x80 } }
        looksForBytes = asciiWords.count <= 4 && asciiWords.allSatisfy { $0.bytes.count >= 3 }
    }

    /// Whether a text's bytes are looked over for the words before (or instead of) cutting it
    /// into words: for a few words of three letters or more. Each word is a pass over the text,
    /// and a short one stands inside most words, where cutting finds it at once.
    let looksForBytes: Bool

    /// Past this many words, a query is answered by the index of every word: each word asked
    /// is a comparison for each word of the text.
    static let most = 8

    /// Whether `text` may hold a word wanted: false only for ASCII text where no wanted word's
    /// bytes stand, case aside (its words, runs of ASCII letters and digits, hold them if they match).
    func mayHold(_ text: UnsafeBufferPointer<UInt8>) -> Bool {
        if words.contains(where: { $0.bytes.isEmpty }) { return true }
        for w in asciiWords where ByteScan.containsFolded(w.bytes, in: text) { return true }
        return ByteScan.hasNonASCII(text)
    }

    /// For a query without a phrase, which asks only whether a field holds a word, not where nor
    /// how often: the ranges of `text`'s words that answer for each wanted word, at most two a
    /// word (the first word equal to it and, for a prefix, the first longer one; a prefix not
    /// asked alone needs only the first of either), found where the wanted words' bytes stand
    /// (sixteen bytes at a time) and looked for no further once found, rather than by cutting
    /// every word. Only words of ASCII letters and digits with no other letter beside them are
    /// taken: `Tokenizer` cuts those as they stand, whatever the text's other letters.
    /// Returns whether every wanted word was found: when not, a text with letters outside ASCII
    /// must still be cut (a wanted word may stand in `Müller`, `ｎｅｔ` or beside an accent).
    func firstWordsWanted(in text: UnsafeBufferPointer<UInt8>, into found: inout [Range<Int>]) -> Bool {
        var all = words.count == asciiWords.count
        for w in asciiWords {
            let n = w.bytes.count
            let prefix = w.prefix, exact = w.exact
            // Where the first word equal to it, and the first longer one, stand (-1: none yet).
            var equal = -1, longer = -1, longerEnd = -1
            ByteScan.forEachFoldedMatch(of: w.bytes, in: text, from: 0, to: text.count) { o in
                // A word starts here (a byte under 0x20 may have matched a digit: no word then).
                if o > 0, Tokenizer.isWordByte(text[o - 1]) { return true }
                var end = o
                var ascii = true
                while end < text.count, Tokenizer.isWordByte(text[end]) {
                    if text[end] >= 0x80 { ascii = false }
                    end += 1
                }
                guard ascii, end >= o + n else { return true }
                if end == o + n {
                    if equal < 0 { equal = o }
                } else if prefix, longer < 0 {
                    (longer, longerEnd) = (o, end)
                }
                // Enough: a word equal to it answers both ways, a longer one a word asked only as a prefix.
                return !(equal >= 0 || (longer >= 0 && !exact))
            }
            if equal >= 0 { found.append(equal..<(equal + n)) }
            if longer >= 0 { found.append(longer..<longerEnd) }
            if !(equal >= 0 || (longer >= 0 && !exact)) { all = false }
        }
        return all
    }

    @inline(__always)
    func wants(_ token: UnsafeBufferPointer<UInt8>) -> Bool {
        for w in words {
            let n = w.bytes.count
            guard w.prefix ? token.count >= n : token.count == n else { continue }
            if n == 0 { return true }
            if w.bytes.withUnsafeBufferPointer({ memcmp($0.baseAddress!, token.baseAddress!, n) == 0 }) { return true }
        }
        return false
    }
}

/// What the index keeps of each paper beside its shards: year, category, flags, date order.
struct IndexColumns {
    var years: [Int16]
    var categoryOf: [Int16]
    var categoryNames: [String]
    var hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted: BitSet
    var dateOrder: [Int32]
    var dateRank: [Int32]

    init(_ papers: [Paper]) {
        years = papers.map { Int16(clamping: $0.date?.year ?? 0) }
        // A record has a handful of categories: each paper keeps the number of its (folded) one.
        var names: [String] = [], folded: [String] = []
        var last = -1
        categoryOf = papers.map { p in
            let c = p.category ?? ""
            if last >= 0, names[last] == c { return Int16(last) }
            if let k = names.firstIndex(of: c) { last = k; return Int16(k) }
            names.append(c)
            folded.append(TextFolding.fold(c))
            last = names.count - 1
            return Int16(last)
        }
        categoryNames = folded
        // The flags, in one pass over the papers.
        var code = BitSet(count: papers.count), link = code, aff = code, inferred = code, cut = code, dup = code, taken = code
        for i in papers.indices {
            if papers[i].hasCode { code.insert(i) }
            if !papers[i].links.isEmpty { link.insert(i) }
            if papers[i].hasAffiliation { aff.insert(i) }
            if papers[i].date?.yearInferred == true { inferred.insert(i) }
            if papers[i].authorsTruncated { cut.insert(i) }
            if !papers[i].possibleDuplicates.isEmpty { dup.insert(i) }
            if papers[i].retraction != nil { taken.insert(i) }
        }
        (hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted) = (code, link, aff, inferred, cut, dup, taken)
        let order = PaperSort.date.sortedIndices(papers).map(Int32.init)
        var rank = [Int32](repeating: 0, count: order.count)
        for (r, p) in order.enumerated() { rank[Int(p)] = Int32(r) }
        (dateOrder, dateRank) = (order, rank)
    }

    /// An index's own, as made with it.
    init(of index: SearchIndex) {
        (years, categoryOf, categoryNames) = (index.years, index.categoryOf, index.categoryNames)
        (hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted) =
            (index.hasCode, index.hasLink, index.hasAffiliation, index.yearInferred, index.truncated, index.duplicate, index.retracted)
        (dateOrder, dateRank) = (index.dateOrder, index.dateRank)
    }

    /// The flags in the order `SearchIndex.flags` gives them.
    var flags: [BitSet] { [hasCode, hasLink, hasAffiliation, yearInferred, truncated, duplicate, retracted] }
}

private struct ShardBox: @unchecked Sendable {
    let built: UnsafeMutableBufferPointer<SearchShard?>
    let columns: UnsafeMutablePointer<IndexColumns?>
}

private struct PartBox: @unchecked Sendable {
    let parts: UnsafeMutableBufferPointer<BitSet>
}
