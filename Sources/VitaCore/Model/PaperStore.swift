import Foundation

/// A library's papers: held in memory, or left in a record's snapshot and read from it when they
/// are first asked for, all at once (`papers`) or a chunk at a time (`self[i]`). A command that
/// only counts matches, or shows a few of them, reads none or a few chunks of a large record.
///
/// Shared by copies of the library (a library never changes once built). Unchecked `Sendable`:
/// what it holds changes only under its lock.
public final class PaperStore: @unchecked Sendable {
    public let count: Int
    /// Guards what follows; the reading itself is done outside it, so a chunk is read for the
    /// screen while another thread reads every paper.
    private let lock = NSCondition()
    private var all: [Paper]?
    private var readingAll = false
    private var chunks: [Int: [Paper]] = [:]
    private let reader: Reader?

    /// How papers are read from where they are kept.
    struct Reader: Sendable {
        /// Papers per chunk (the last may hold fewer).
        let chunkSize: Int
        let all: @Sendable () throws -> [Paper]
        let chunk: @Sendable (Int) throws -> [Paper]
        /// The papers when reading them failed (a snapshot damaged after it was opened): read from
        /// the record instead.
        let recover: @Sendable (Error) -> [Paper]
    }

    init(_ papers: [Paper]) {
        all = papers
        count = papers.count
        reader = nil
    }

    init(count: Int, reader: Reader) {
        self.count = count
        self.reader = reader
    }

    /// Every paper, in order (read on first use, once: a second caller waits for the first).
    var papers: [Paper] {
        lock.lock()
        while all == nil && readingAll { lock.wait() }
        if let all { lock.unlock(); return all }
        let reader = reader!
        readingAll = true
        lock.unlock()
        let made: [Paper]
        do { made = try reader.all() } catch { made = reader.recover(error) }
        lock.lock()
        all = made
        chunks = [:]
        readingAll = false
        lock.broadcast()
        lock.unlock()
        return made
    }

    /// Whether the papers are all in memory.
    var isRead: Bool {
        lock.lock()
        defer { lock.unlock() }
        return all != nil
    }

    /// The papers at `indices` (each 0 ..< count), in that order. Their chunks are read on every
    /// core; when they are a good share of all chunks, every paper is read instead (and kept).
    func papers(at indices: [Int]) -> [Paper] {
        lock.lock()
        // A store without a reader holds all its papers from the start.
        if let all { lock.unlock(); return indices.map { all[$0] } }
        let reader = reader!
        let size = reader.chunkSize
        var wanted = Set(indices.map { $0 / size })
        wanted.subtract(chunks.keys)
        let have = chunks
        lock.unlock()
        let chunkCount = (count + size - 1) / size
        if wanted.count * 4 >= chunkCount {
            let all = papers
            return indices.map { all[$0] }
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
        lock.lock()
        if all == nil { chunks.merge(zip(list, read.map { (try? $0.get()) ?? [] })) { old, _ in old } }
        lock.unlock()
        return indices.map { found[$0 / size]![$0 % size] }
    }

    /// The paper at `i` (0 ..< count), reading only its chunk when the papers are not all read.
    subscript(i: Int) -> Paper {
        lock.lock()
        if let all { lock.unlock(); return all[i] }
        let reader = reader!
        let c = i / reader.chunkSize
        if let chunk = chunks[c] { lock.unlock(); return chunk[i - c * reader.chunkSize] }
        lock.unlock()
        guard let chunk = try? reader.chunk(c) else { return papers[i] }
        lock.lock()
        if all == nil { chunks[c] = chunk }
        lock.unlock()
        return chunk[i - c * reader.chunkSize]
    }
}
