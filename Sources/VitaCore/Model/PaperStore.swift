import Dispatch
import FoundationEssentials

/// A library's papers: held in memory, or left in a record's snapshot and read from it when they
/// are first asked for, all at once (`papers`), a chunk at a time (`chunk`) or one at a time
/// (`self[i]`, a screen's rows spread over the record). A command that only counts matches, or
/// shows a few of them, reads none or a few papers of a large record.
///
/// Shared by copies of the library (a library never changes once built). Unchecked `Sendable`:
/// what it holds changes only under its lock.
public final class PaperStore: @unchecked Sendable {
    public let count: Int
    /// Whether the papers are kept in memory once they are all read: always for papers given in
    /// memory, and for a snapshot's up to `keepLimit` papers. A larger record's papers are read a
    /// chunk at a time whenever they are asked for, and only the last `window` chunks read are
    /// kept: a pass over every paper (the charts, the facets, a sort) then holds a few thousand
    /// papers at a time, not millions.
    public let keepsAll: Bool
    /// Guards what follows; the reading itself is done outside it, so a chunk is read for the
    /// screen while another thread reads every paper.
    private let lock = Condition()
    private var all: [Paper]?
    private var readingAll = false
    private var chunks: [Int: [Paper]] = [:]
    /// The chunks kept, the first read first (when not all are kept: the first read is the first let go).
    private var recent: [Int] = []
    private let reader: Reader?

    /// How many papers of a snapshot are kept in memory once read: `VITA_KEEP_PAPERS`, else as
    /// many as take a quarter of the machine's memory at about 2.5 KB a paper (a DBLP paper in
    /// memory is 2.1 KB): 2.4 million papers with 24 GB, 800,000 with 8 GB.
    public static let keepLimit: Int = {
        if let given = Environment.value("VITA_KEEP_PAPERS").flatMap({ Int($0) }) { return max(0, given) }
        let memory = Int(ProcessInfo.processInfo.physicalMemory)
        return memory > 0 ? memory / 4 / 2_500 : 400_000
    }()
    /// Chunks kept when the papers are not all kept.
    static let window = 64

    /// How papers are read from where they are kept.
    struct Reader: Sendable {
        /// Papers per chunk (the last may hold fewer).
        let chunkSize: Int
        let all: @Sendable () throws -> [Paper]
        let chunk: @Sendable (Int) throws -> [Paper]
        /// Paper `i` alone, the others of its chunk not read.
        let one: @Sendable (Int) throws -> Paper
        /// The papers when reading them failed (a snapshot damaged after it was opened): read from
        /// the record instead.
        let recover: @Sendable (Error) -> [Paper]
        /// Told when a chunk has been read and will not be kept (its bytes may be let go).
        var forget: @Sendable (Int) -> Void = { _ in }
    }

    init(_ papers: [Paper]) {
        all = papers
        count = papers.count
        reader = nil
        keepsAll = true
    }

    init(count: Int, reader: Reader, keepLimit: Int = PaperStore.keepLimit) {
        self.count = count
        self.reader = reader
        keepsAll = count <= keepLimit
    }

    /// Every paper, in order (read on first use, once: a second caller waits for the first). When
    /// the papers are not all kept, they are read again at each call: a caller that only passes
    /// over them reads them through `reader(for:)` instead.
    var papers: [Paper] {
        lock.lock()
        while all == nil && readingAll { lock.wait() }
        if let all { lock.unlock(); return all }
        let reader = reader!
        if !keepsAll {
            wholeReads += 1
            lock.unlock()
            do { return try reader.all() } catch { return keep(reader.recover(error)) }
        }
        readingAll = true
        lock.unlock()
        let made: [Paper]
        do { made = try reader.all() } catch { made = reader.recover(error) }
        lock.lock()
        all = made
        chunks = [:]
        recent = []
        (singles, singlesOrder) = ([:], [])
        readingAll = false
        lock.broadcast()
        lock.unlock()
        return made
    }

    /// Papers read from the record because the snapshot could not give them: kept, whatever their number.
    private func keep(_ papers: [Paper]) -> [Paper] {
        lock.lock()
        defer { lock.unlock() }
        if let all { return all }
        all = papers
        chunks = [:]
        recent = []
        (singles, singlesOrder) = ([:], [])
        return papers
    }

    /// Whether the papers are all in memory.
    var isRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        return all != nil
    }

    /// How many times every paper was read at once without being kept (tests: what passes over a
    /// record too large to keep its papers reads them a chunk at a time instead). Held under the lock.
    private(set) var wholeReads = 0
    /// How many chunks `papers(at:)` read whole to take some of their papers, on a store that does
    /// not keep them (tests: papers few to a chunk are read alone). Held under the lock.
    private(set) var chunksReadWhole = 0

    /// How many chunks are kept (tests: a store that does not keep its papers keeps a few).
    var keptChunks: Int {
        lock.lock()
        defer { lock.unlock() }
        return chunks.count
    }

    /// Papers per chunk (the whole store when it has no chunks).
    var chunkSize: Int { reader?.chunkSize ?? max(1, count) }

    /// Chunk `c` of the papers: kept, or read (and kept, within the window when the papers are not
    /// all kept). Nil when the papers are all in memory, or when reading it failed (then they
    /// are, from the record). `ahead`: a pass over the papers in order asks, so the chunks after
    /// it are read meanwhile on another thread, a few at a time on every core, while the pass
    /// goes through those it has.
    func chunk(_ c: Int, ahead: Bool = false) -> [Paper]? {
        lock.lock()
        while true {
            if all != nil { lock.unlock(); return nil }
            if let chunk = chunks[c] {
                let next = ahead ? readAhead(after: c) : nil
                lock.unlock()
                next?()
                return chunk
            }
            // Being read ahead: waited for.
            if reading.contains(c) { lock.wait(); continue }
            break
        }
        let reader = reader!
        reading.insert(c)
        lock.unlock()
        let made = try? reader.chunk(c)
        lock.lock()
        reading.remove(c)
        let dropped = made.flatMap { keepChunk(c, $0) }
        lock.broadcast()
        let next = ahead && made != nil ? readAhead(after: c) : nil
        lock.unlock()
        withExtendedLifetime(dropped) {}
        next?()
        guard let made else { _ = papers; return nil }
        if !keepsAll { reader.forget(c) }
        return made
    }

    /// The last papers read alone, by index, and in the order read (held under the lock): a
    /// screen's rows are drawn again at each key, and reading one alone decodes its chunk's
    /// table of names as well as the paper.
    private var singles: [Int: Paper] = [:]
    private var singlesOrder: [Int] = []
    /// Papers read alone that are kept: a few screens' rows.
    static let singlesKept = 512
    /// How many papers were read alone (tests: a row drawn again is not read again). Held under the lock.
    private(set) var singleReads = 0

    /// Under the lock: the papers read alone kept, the first read first let go; gives those let go.
    private func keepSingles(_ read: [(Int, Paper)]) -> [Paper] {
        singleReads += read.count
        var dropped: [Paper] = []
        for (i, p) in read where singles.updateValue(p, forKey: i) == nil { singlesOrder.append(i) }
        if singlesOrder.count > Self.singlesKept {
            let gone = singlesOrder.count - Self.singlesKept
            for i in singlesOrder[..<gone] { if let p = singles.removeValue(forKey: i) { dropped.append(p) } }
            singlesOrder.removeFirst(gone)
        }
        return dropped
    }

    /// Chunks being read (held under the lock).
    private var reading = Set<Int>()
    /// The last chunk a pass asked for ahead of (held under the lock).
    private var aheadOf = -1

    /// Under the lock: `made` kept as chunk `c`, within the window when the papers are not all
    /// kept. Gives the chunk let go, to be released once the lock is (its papers' strings and
    /// arrays are thousands of releases).
    private func keepChunk(_ c: Int, _ made: [Paper]) -> [Paper]? {
        guard all == nil, chunks[c] == nil else { return nil }
        chunks[c] = made
        guard !keepsAll else { return nil }
        recent.append(c)
        return recent.count > Self.window ? chunks.removeValue(forKey: recent.removeFirst()) : nil
    }

    /// Under the lock: when the chunks after `c` are neither kept nor being read, what reads the
    /// next few of them on another thread (to be called once the lock is let go).
    private func readAhead(after c: Int) -> (() -> Void)? {
        guard !keepsAll, c != aheadOf, let reader else { return nil }
        aheadOf = c
        let step = 2 * max(1, Cores.active)
        let last = (count + reader.chunkSize - 1) / reader.chunkSize
        // Ahead enough already: the next `step` are kept or on their way.
        guard ((c + 1)..<min(last, c + 1 + step)).contains(where: { chunks[$0] == nil && !reading.contains($0) }) else { return nil }
        let batch = ((c + 1)..<min(last, c + 1 + 2 * step)).filter { chunks[$0] == nil && !reading.contains($0) }
        guard !batch.isEmpty else { return nil }
        reading.formUnion(batch)
        return { [self] in
            DispatchQueue.global(qos: .userInitiated).async { [self] in
                let read = Parallel.map(batch.count, chunk: 1) { k in try? reader.chunk(batch[k]) }
                var dropped: [[Paper]] = []
                lock.lock()
                for (k, r) in zip(batch, read) {
                    reading.remove(k)
                    if let r, let old = keepChunk(k, r) { dropped.append(old) }
                }
                lock.broadcast()
                lock.unlock()
                withExtendedLifetime(dropped) {}
                batch.forEach(reader.forget)
            }
        }
    }

    /// The papers at `indices` (each 0 ..< count), in that order. Their chunks are read on every
    /// core; when they are a good share of all chunks and the papers are kept, every paper is
    /// read instead, unless `onlyTheirChunks` (the rows of a screen).
    func papers(at indices: [Int], onlyTheirChunks: Bool = false) -> [Paper] {
        lock.lock()
        // A store without a reader holds all its papers from the start.
        if let all { lock.unlock(); return indices.map { all[$0] } }
        let reader = reader!
        let size = reader.chunkSize
        var wanted = Set(indices.map { $0 / size })
        wanted.subtract(chunks.keys)
        // Every chunk at hand (the rows of a screen scrolled over): no copy of the kept chunks.
        if wanted.isEmpty {
            let out = indices.map { chunks[$0 / size]![$0 % size] }
            lock.unlock()
            return out
        }
        let have = chunks
        var alone: [Int: Paper] = [:]
        // A screen's rows, not a pass over many papers (a look for each under the lock).
        if indices.count <= Self.singlesKept, !singles.isEmpty {
            for i in indices where have[i / size] == nil { if let p = singles[i] { alone[i] = p } }
        }
        lock.unlock()
        // The rows of a screen, or papers wanted of a store that does not keep them (one
        // person's among a million): those of a chunk that holds few of them are read alone, not
        // with their chunk's other papers (papers spread over the record: one read for each, not 256).
        if onlyTheirChunks || !keepsAll {
            var rows: [Int: Int] = [:]
            for i in indices where alone[i] == nil { rows[i / size, default: 0] += 1 }
            // Chunks whose papers asked for were all read alone before need nothing more.
            wanted = wanted.filter { rows[$0] != nil }
            let few = wanted.filter { rows[$0]! < Self.rowsForAChunk }
            wanted.subtract(few)
            let lone = indices.filter { alone[$0] == nil && few.contains($0 / size) }
            let read = Parallel.map(lone.count, chunk: 8) { k in try? reader.one(lone[k]) }
            var fresh: [(Int, Paper)] = []
            fresh.reserveCapacity(lone.count)
            for (i, p) in zip(lone, read) {
                guard let p else { let all = papers; return indices.map { all[$0] } }
                alone[i] = p
                fresh.append((i, p))
            }
            lock.lock()
            let dropped = keepSingles(fresh)
            lock.unlock()
            withExtendedLifetime(dropped) {}
            if !keepsAll { few.forEach(reader.forget) }
            if wanted.isEmpty { return indices.map { alone[$0] ?? have[$0 / size]![$0 % size] } }
        }
        let chunkCount = (count + size - 1) / size
        if keepsAll, !onlyTheirChunks, wanted.count * 4 >= chunkCount {
            let all = papers
            return indices.map { all[$0] }
        }
        if !keepsAll, !onlyTheirChunks || wanted.count > Self.window {
            guard !alone.isEmpty else { return papersPassing(indices, have: have, reader: reader) }
            let rest = indices.filter { alone[$0] == nil }
            for (i, p) in zip(rest, papersPassing(rest, have: have, reader: reader)) { alone[i] = p }
            return indices.map { alone[$0]! }
        }
        let list = Array(wanted)
        let read = Parallel.map(list.count, chunk: 1) { k in Result { try reader.chunk(list[k]) } }
        var found = have
        for (c, r) in zip(list, read) {
            guard case .success(let papers) = r else {
                let all = papers
                return indices.map { all[$0] }
            }
            found[c] = papers
        }
        // Kept: all of them when the papers are, else within the window (the next frame's rows).
        var dropped: [[Paper]] = []
        lock.lock()
        for (c, r) in zip(list, read) { if let papers = try? r.get(), let old = keepChunk(c, papers) { dropped.append(old) } }
        lock.unlock()
        withExtendedLifetime(dropped) {}
        if !keepsAll { list.forEach(reader.forget) }
        return indices.map { alone[$0] ?? found[$0 / size]![$0 % size] }
    }

    /// Rows of a screen in one chunk from which the chunk is read whole (and kept, for the rows
    /// scrolled to next), not each paper alone.
    static let rowsForAChunk = 32

    /// `papers(at:)` of a store that does not keep its papers: their chunks read in order, a few
    /// on every core at a time, only the papers asked for taken from each (so the papers of a
    /// search spread over every chunk never hold every chunk at once).
    private func papersPassing(_ indices: [Int], have: [Int: [Paper]], reader: Reader) -> [Paper] {
        let size = reader.chunkSize
        var wanted: [Int: [Int]] = [:]
        for (k, i) in indices.enumerated() { wanted[i / size, default: []].append(k) }
        let list = wanted.keys.sorted()
        var out = [Paper?](repeating: nil, count: indices.count)
        let step = 8 * max(1, Cores.active)
        var from = 0
        while from < list.count {
            let batch = Array(list[from..<min(list.count, from + step)])
            from += batch.count
            lock.lock()
            chunksReadWhole += batch.filter { have[$0] == nil }.count
            lock.unlock()
            let read = Parallel.map(batch.count, chunk: 1) { k -> [(Int, Paper)]? in
                let c = batch[k]
                guard let chunk = have[c] ?? (try? reader.chunk(c)) else { return nil }
                if have[c] == nil { reader.forget(c) }
                return wanted[c]!.map { ($0, chunk[indices[$0] % size]) }
            }
            for r in read {
                guard let r else { let all = papers; return indices.map { all[$0] } }
                for (k, p) in r { out[k] = p }
            }
        }
        return out.map { $0! }
    }

    /// The paper at `i` (0 ..< count): from its chunk when that is kept, else read alone.
    subscript(i: Int) -> Paper {
        lock.lock()
        if let all { lock.unlock(); return all[i] }
        let reader = reader!
        let c = i / reader.chunkSize
        if let chunk = chunks[c] { lock.unlock(); return chunk[i - c * reader.chunkSize] }
        if let paper = singles[i] { lock.unlock(); return paper }
        lock.unlock()
        guard let paper = try? reader.one(i) else { return papers[i] }
        lock.lock()
        let dropped = keepSingles([(i, paper)])
        lock.unlock()
        withExtendedLifetime(dropped) {}
        if !keepsAll { reader.forget(c) }
        return paper
    }
}
