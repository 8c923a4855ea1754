import Dispatch
import FoundationEssentials

/// A query answered over one profile text file in memory, reading in full only the paper blocks
/// that can match: how `vita search` answers on a large record.
///
/// Every word a query asks for (bare, in a phrase or a field, or a `cat:` value) stands in the
/// block of a paper that matches it: as ASCII letters in some case, or inside a word with other
/// letters that folds to hold it. So the blocks that hold those words are found at memory speed
/// (`ByteScan`), only they are read by `ProfileReader`, and the query runs over their papers with
/// a `SearchIndex` of their own. What comes out is what a full read and search give for those
/// papers: the same papers in the same order, with the same numbers in the record. Only the
/// problems differ: those of the header and of the papers read are reported, not those of the
/// papers skipped.
public struct ScannedSearch: Sendable {
    /// The papers read in full, in file order; `result` indexes into them.
    public let papers: [Paper]
    /// Each paper's number (1-based, file order) in the whole record.
    public let numbers: [Int]
    /// How many papers the whole record holds.
    public let paperCount: Int
    public let profile: Profile?
    public let diagnostics: [Diagnostic]
    public let result: SearchResult

    /// The matching papers, ranked, with their numbers in the record.
    public var ranked: [(paper: Paper, number: Int)] {
        result.ranked.map { (papers[$0], numbers[$0]) }
    }

    /// Runs `query` over `bytes`, a profile text file named `fileName`. Nil when the query names no
    /// word to look for (or needs the whole record, as `is:duplicate` does), when more than one
    /// block in `denseShare` may match, or when the file has no paper block: then a full read
    /// answers (as quickly, or more).
    /// `parts` sets how many parts the blocks are found in (0: by the file's size and the cores);
    /// `denseShare` when a full read is quicker (1: never).
    public static func run(_ query: Query, bytes: UnsafeBufferPointer<UInt8>, fileName: String, asOf: PaperDate,
                           parts: Int = 0, denseShare: Int = denseShare) -> ScannedSearch? {
        guard !needsWholeRecord(query.root), let filter = Filter(query.root) else { return nil }
        let blocks = ProfileBlocks.scan(bytes, parts: parts)
        guard blocks.count > 0 else { return nil }
        var scanner = Scanner(bytes: bytes, blocks: blocks)
        var wanted = scanner.blocks(filter, within: nil)
        // Many blocks to read (a word in a good share of the papers): one straight read of the
        // whole record is quicker than thousands of runs.
        guard wanted.cardinality <= blocks.count / max(1, denseShare) else { return nil }
        wanted.insert(0)   // read with the header anyway

        // The header and the first block, as a straight read starts.
        var contents = read(bytes, 0..<blocks.range(of: 0).upperBound, fileName: fileName, asOf: asOf, midRecord: false)
        let allNumbers = blocks.paperNumbers
        var numbers = blocks.titled[0] ? [1] : []

        // Runs of consecutive wanted blocks, each read by a reader of its own, in parallel.
        var runs: [Range<Int>] = []
        var k = 1
        while k < blocks.count {
            guard wanted.contains(k), blocks.titled[k] else { k += 1; continue }
            let first = k
            while k < blocks.count, wanted.contains(k), blocks.titled[k] { k += 1 }
            runs.append(first..<k)
        }
        let parts = UnsafeMutableBufferPointer<RecordContents>.allocate(capacity: runs.count)
        parts.initialize(repeating: RecordContents())
        defer { parts.deinitialize(); parts.deallocate() }
        let shared = Shared((bytes: bytes, parts: parts, runs: runs, blocks: blocks))
        let cores = max(1, min(8, Cores.active))
        let chunk = max(1, (runs.count + cores * 4 - 1) / (cores * 4))
        DispatchQueue.concurrentPerform(iterations: (runs.count + chunk - 1) / chunk) { c in
            let s = shared.value
            for r in (c * chunk)..<min(s.runs.count, (c + 1) * chunk) {
                let run = s.runs[r]
                let range = s.blocks.starts[run.lowerBound]..<s.blocks.range(of: run.upperBound - 1).upperBound
                s.parts[r] = read(s.bytes, range, fileName: fileName, asOf: asOf, midRecord: true)
            }
        }
        // Taken out of their slots, not copied, and joined at once.
        var taken = runs.indices.map { r -> RecordContents in
            var part = RecordContents()
            swap(&part, &parts[r])
            return part
        }
        contents.append(parts: &taken, lineOffsets: runs.map { blocks.lines[$0.lowerBound] - 1 })
        for run in runs { numbers += run.map { allNumbers[$0] } }
        let paperCount = allNumbers.max() ?? 0
        contents.checkHeaderCount(found: paperCount)

        // Even a few hundred papers are indexed faster on every core.
        let shards = contents.papers.count >= 512 ? cores : 1
        var session = SearchSession(index: SearchIndex(papers: contents.papers, shards: shards))
        return ScannedSearch(papers: contents.papers, numbers: numbers, paperCount: paperCount,
                             profile: contents.profile, diagnostics: contents.diagnostics, result: session.search(query))
    }

    /// Past one block in this many to read, the record is read whole instead (`run` gives nil).
    public static let denseShare = 4

    /// Whether the words stand in more than twice one block in `share` of those in `head`, the
    /// file's first sixteenth: a word in most papers is told there, before the whole file is
    /// looked over for it (or even mapped in). A look, never an answer: words with other letters
    /// are left out (they could only add blocks), and a head of few blocks tells nothing.
    static func isDense(_ filter: Filter, head: UnsafeBufferPointer<UInt8>, share: Int) -> Bool {
        let blocks = ProfileBlocks.scan(head, parts: 1)
        guard blocks.count >= 64 else { return false }
        var scanner = Scanner(bytes: head, blocks: blocks)
        scanner.skipsForeignWords = true
        return scanner.blocks(filter, within: nil).cardinality * share > blocks.count * 2
    }

    private static func read(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>, fileName: String, asOf: PaperDate,
                             midRecord: Bool) -> RecordContents {
        var reader = ProfileReader(fileName: fileName, asOf: asOf)
        if midRecord { reader.startMidRecord() }
        var splitter = LineSplitter(reader)
        splitter.feed(UnsafeRawBufferPointer(rebasing: UnsafeRawBufferPointer(bytes)[range]))
        splitter.finish()
        return splitter.sink.finishPart()
    }

    /// `is:duplicate` compares every paper with every other, and `person:` the owner's papers
    /// with those that name them: no part of the record answers them.
    static func needsWholeRecord(_ node: QueryNode) -> Bool {
        switch node {
        case .all: return false
        case .term(.person): return true
        case .term(let t): return t == .isDuplicate
        case .not(let inner): return needsWholeRecord(inner)
        case .and(let items), .or(let items): return items.contains(where: needsWholeRecord)
        }
    }

    /// What a matching paper's block must hold, from the query's tree. Terms that name no word
    /// (years, flags, exclusions) narrow nothing and drop out: the search over the papers read
    /// applies them.
    indirect enum Filter: Equatable {
        /// Folded ASCII letters and digits.
        case word([UInt8])
        case all([Filter])
        case any([Filter])

        init?(_ node: QueryNode) {
            switch node {
            case .term(.words(let words, _, _)):
                let needles = words.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.map { Filter.word(Array($0.utf8)) }
                guard !needles.isEmpty else { return nil }
                self = needles.count == 1 ? needles[0] : .all(needles)
            case .term(.category(let c)):
                guard !c.isEmpty, c.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
                self = .word(Array(c.utf8))
            case .and(let items):
                let filters = items.compactMap(Filter.init)
                guard !filters.isEmpty else { return nil }
                self = filters.count == 1 ? filters[0] : .all(filters)
            case .or(let items):
                var filters: [Filter] = []
                for item in items {
                    guard let f = Filter(item) else { return nil }
                    filters.append(f)
                }
                self = .any(filters)
            case .all, .term, .not:
                return nil
            }
        }

        /// Longer words are rarer: looked for first, the others then only in the blocks left.
        var weight: Int {
            switch self {
            case .word(let w): return w.count
            case .all(let items): return items.map(\.weight).max() ?? 0
            case .any(let items): return items.map(\.weight).min() ?? 0
            }
        }
    }

    /// Finds the blocks that hold words, over the whole file or only over some blocks.
    struct Scanner {
        let bytes: UnsafeBufferPointer<UInt8>
        let blocks: ProfileBlocks
        /// The words with letters outside ASCII, folded as the index folds them (`Müller` gives
        /// `muller`), and where they stand: each distinct word once, with the blocks holding it.
        /// Found once, on first need.
        private var foreign: (pieces: [[String]], blocks: [[Int]])?
        /// Whether only ASCII matches are looked for (a quick look, never an answer).
        var skipsForeignWords = false

        init(bytes: UnsafeBufferPointer<UInt8>, blocks: ProfileBlocks) {
            self.bytes = bytes
            self.blocks = blocks
        }

        mutating func blocks(_ filter: Filter, within: BitSet?) -> BitSet {
            switch filter {
            case .word(let needle):
                return blocks(holding: needle, within: within)
            case .all(let items):
                var acc = within
                for f in items.sorted(by: { $0.weight > $1.weight }) {
                    acc = blocks(f, within: acc)
                    if acc!.isEmpty { break }
                }
                return acc ?? BitSet(count: blocks.count, filled: true)
            case .any(let items):
                var union = BitSet(count: blocks.count)
                for f in items { union.formUnion(blocks(f, within: within)) }
                return union
            }
        }

        private mutating func blocks(holding needle: [UInt8], within: BitSet?) -> BitSet {
            var found = BitSet(count: blocks.count)
            // Byte ranges to look in: the blocks left, or the whole file; in groups, one or more per core.
            let cores = max(1, min(8, Cores.active))
            var groups: [[Range<Int>]] = []
            if let within {
                var ranges: [Range<Int>] = []
                within.forEach { b in
                    let r = blocks.range(of: b)
                    if let last = ranges.last, last.upperBound == r.lowerBound {
                        ranges[ranges.count - 1] = last.lowerBound..<r.upperBound
                    } else {
                        ranges.append(r)
                    }
                }
                let size = max(1, (ranges.count + cores * 4 - 1) / (cores * 4))
                groups = stride(from: 0, to: ranges.count, by: size).map { Array(ranges[$0..<min(ranges.count, $0 + size)]) }
            } else {
                let start = blocks.starts[0]
                let step = max(1, (bytes.count - start + cores - 1) / cores)
                groups = stride(from: start, to: bytes.count, by: step).map { [$0..<min(bytes.count, $0 + step)] }
            }
            // Parts of the whole file are cut anywhere: each reaches the needle's length past its
            // end, so a match across the cut is found, and only matches starting in it are kept.
            // Blocks end at a line end, which no match crosses.
            let hits = UnsafeMutableBufferPointer<[Int]>.allocate(capacity: groups.count)
            hits.initialize(repeating: [])
            defer { hits.deinitialize(); hits.deallocate() }
            let overlap = within == nil ? needle.count - 1 : 0
            let shared = Shared((bytes: bytes, hits: hits, groups: groups))
            DispatchQueue.concurrentPerform(iterations: groups.count) { g in
                let s = shared.value
                var found: [Int] = []
                for r in s.groups[g] {
                    let reach = min(s.bytes.count, r.upperBound + overlap)
                    found += ByteScan.foldedMatches(of: needle, in: s.bytes, from: r.lowerBound, to: reach)
                        .filter { $0 < r.upperBound }
                }
                s.hits[g] = found
            }
            var b = 0
            for part in hits {
                for offset in part {
                    while b + 1 < blocks.count, blocks.starts[b + 1] <= offset { b += 1 }
                    found.insert(b)
                }
            }
            // Words with other letters, folded: `muller` is in `Müller`.
            if skipsForeignWords {
                if let within { found.formIntersection(within) }
                return found
            }
            if foreign == nil { foreign = findForeignWords() }
            let text = String(decoding: needle, as: UTF8.self)
            for (w, pieces) in foreign!.pieces.enumerated() where pieces.contains(where: { $0.utf8.contains(text.utf8) }) {
                for b in foreign!.blocks[w] { found.insert(b) }
            }
            if let within { found.formIntersection(within) }
            return found
        }

        private func findForeignWords() -> (pieces: [[String]], blocks: [[Int]]) {
            // Found in one part per core, each naming its words; then joined by word.
            let cores = max(1, min(8, Cores.active))
            let start = blocks.starts[0]
            let step = max(1, (bytes.count - start + cores - 1) / cores)
            var cuts = Array(stride(from: start, to: bytes.count, by: step))
            // Cut at line ends, so no word is split.
            cuts = cuts.map { c in c == start ? c : (bytes[c...].firstIndex(of: 0x0A).map { $0 + 1 } ?? bytes.count) }
            cuts.append(bytes.count)
            typealias Found = [String: [Int]]   // word -> blocks, in order
            let parts = UnsafeMutableBufferPointer<Found>.allocate(capacity: cuts.count - 1)
            parts.initialize(repeating: [:])
            defer { parts.deinitialize(); parts.deallocate() }
            let shared = Shared((bytes: bytes, parts: parts, cuts: cuts, starts: blocks.starts))
            DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { k in
                let s = shared.value
                var found: Found = [:]
                var b = 0
                for range in ByteScan.nonASCIIWords(in: s.bytes, from: s.cuts[k], to: s.cuts[k + 1]) {
                    let word = String(decoding: UnsafeBufferPointer(rebasing: s.bytes[range]), as: UTF8.self)
                    while b + 1 < s.starts.count, s.starts[b + 1] <= range.lowerBound { b += 1 }
                    found[word, default: []].append(b)
                }
                s.parts[k] = found
            }
            var index: [String: Int] = [:]
            var pieces: [[String]] = []
            var where_: [[Int]] = []
            for part in parts {
                for (word, holders) in part {
                    let w: Int
                    if let known = index[word] {
                        w = known
                    } else {
                        w = pieces.count
                        index[word] = w
                        pieces.append(Tokenizer.foldedPieces(word))
                        where_.append([])
                    }
                    where_[w] += holders
                }
            }
            return (pieces, where_)
        }
    }
}
