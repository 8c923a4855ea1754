import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Hands a value to `DispatchQueue.concurrentPerform`'s workers when the caller knows they use it
/// safely: memory they only read, or result slots each worker writes its own of.
struct Shared<Value>: @unchecked Sendable {
    let value: Value
    init(_ value: Value) { self.value = value }
}

/// The cores this process may use, asked once: Foundation reads the scheduler's affinity and the
/// control group's quota each time it is asked, which cost more than the work of a small record.
public enum Cores {
    /// Made by a function the optimiser may not inline: with the expression written here, it
    /// inlined Foundation's getter at every use and asked again each time.
    public static let active = count()
    @inline(never) private static func count() -> Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}

/// One variable of this process's environment. Foundation's `environment` copies every variable
/// into a new dictionary each time it is asked.
public enum Environment {
    public static func value(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }
}

/// Work over many items on every core.
public enum Parallel {
    /// `[body(0), body(1), …, body(count - 1)]`, made in chunks of at least `chunk` items on every
    /// core, at most four chunks a core; with `chunk` 1 (each item a large piece of work: a part
    /// of a file, a shard), each item is a chunk of its own, taken by the next core free. (Four
    /// parts of a file a chunk, a core that finished its chunk waited up to a second at a million
    /// DBLP records while the other read its last parts.) `body` must be safe to call from
    /// several threads at once (it reads only).
    public static func map<T>(_ count: Int, chunk: Int = 2_048, _ body: (Int) -> T) -> [T] {
        let chunks = chunk <= 1 ? max(1, count) : max(1, min(4 * Cores.active, count / chunk))
        if chunks == 1 { return (0..<count).map(body) }
        return withoutActuallyEscaping(body) { body in
            [T](uninitializedCount: count) { buffer, initialized in
                let shared = Shared((body, buffer.baseAddress!))
                DispatchQueue.concurrentPerform(iterations: chunks) { c in
                    let (body, out) = shared.value
                    for k in (count * c / chunks)..<(count * (c + 1) / chunks) { (out + k).initialize(to: body(k)) }
                }
                initialized = count
            }
        }
    }

    /// How many parts a text of `bytes` is read in on every core: four a core, and for a large
    /// text more, of at most 16 MiB each (about a quarter of a second's reading on one core).
    /// Parts of equal bytes do not take equal time; a core that finishes early takes the next
    /// part, and what is left when the last is taken is at most one part of one core's work.
    public static func parts(ofBytes bytes: Int) -> Int {
        max(4 * Cores.active, (bytes + (16 << 20) - 1) >> 24)
    }

    /// `body` over runs of `0..<count` (of at least `chunk` items), a run at a time on every core,
    /// the results in the runs' order: for a pass whose work per item is small (an author's key
    /// looked up), where a call, and the retains it makes, for each item cost more than the work.
    public static func runs<T>(_ count: Int, chunk: Int = 2_048, _ body: (Range<Int>) -> T) -> [T] {
        let runs = max(1, min(4 * Cores.active, count / max(1, chunk)))
        return map(runs, chunk: 1) { r in body((count * r / runs)..<(count * (r + 1) / runs)) }
    }

    /// `make(0)`, `make(1)`, … made on every core, each item taken by the next core free, and
    /// handed to `take` on the calling thread in their order, each as soon as it and those before
    /// it are made: for large results written out in order (a snapshot's shards), so that each
    /// is let go once written, not held with all the others, and the writing goes on while the
    /// next are made. `make` must be safe to call from several threads at once.
    public static func inOrder<T>(_ count: Int, make: @escaping @Sendable (Int) -> T, take: (Int, consuming T) -> Void) {
        guard count > 0 else { return }
        let slots = UnsafeMutableBufferPointer<T?>.allocate(capacity: count)
        slots.initialize(repeating: nil)
        // A slot's semaphore says it is filled; it is filled and emptied under the lock, an order
        // every checker of threads knows.
        let made = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        let finished = DispatchSemaphore(value: 0)
        let lock = Lock()
        let shared = Shared(slots)
        DispatchQueue.global().async {
            DispatchQueue.concurrentPerform(iterations: count) { i in
                let item = make(i)
                lock.lock()
                shared.value[i] = item
                lock.unlock()
                made[i].signal()
            }
            finished.signal()
        }
        for i in 0..<count {
            made[i].wait()
            lock.lock()
            let item = slots[i].take()!
            lock.unlock()
            take(i, item)
        }
        // The workers are done with the slots before they go.
        finished.wait()
        slots.deinitialize()
        slots.deallocate()
    }
}

extension Array {
    /// `init(unsafeUninitializedCapacity:initializingWith:)`, with one difference: for no
    /// elements the standard library gives the empty storage every empty array shares and writes
    /// the count into it, a write that races with any other thread reading an empty array
    /// (ThreadSanitizer reports it). For none, `body` is given a buffer of its own with no room.
    @inline(__always)
    init(uninitializedCount count: Int, _ body: (inout UnsafeMutableBufferPointer<Element>, inout Int) throws -> Void) rethrows {
        guard count == 0 else {
            try self.init(unsafeUninitializedCapacity: count, initializingWith: body)
            return
        }
        let room = UnsafeMutablePointer<Element>.allocate(capacity: 1)
        defer { room.deallocate() }
        var buffer = UnsafeMutableBufferPointer(start: room, count: 0), made = 0
        try body(&buffer, &made)
        self = []
    }

    /// Appends the elements of `lists`, in order, moved, not copied, and leaves `lists` empty.
    /// Copying a paper retains every string and array it holds and the emptied list then
    /// releases them all: for a million papers joined from the parts read on each core, seconds
    /// of work and, while both are held, a second copy of every paper's fields. Each element is
    /// moved once, into a buffer of the joined size (`popLast` moves it out, from the end, so
    /// each list's place is filled from its end), each list on a core of its own when they are
    /// large (the join was one core's work between reading on every core and building the
    /// record on every core); one list appended to an empty array is taken whole.
    mutating func appendMoving(_ lists: inout [[Element]]) {
        let had = count, total = lists.reduce(had) { $0 + $1.count }
        defer { lists = [] }
        if had == 0, let only = lists.firstIndex(where: { !$0.isEmpty }), lists[only].count == total {
            swap(&self, &lists[only])
            return
        }
        guard total > had else { return }
        // This array's elements first, then each list's: every one held by `all` alone, so
        // each is popped in place, never copied.
        var all: [[Element]] = [[]]
        all.reserveCapacity(lists.count + 1)
        swap(&self, &all[0])
        for k in lists.indices {
            all.append([])
            swap(&all[k + 1], &lists[k])
        }
        var ends: [Int] = []
        var end = 0
        for list in all { end += list.count; ends.append(end) }
        var joined = [Element](uninitializedCount: total) { buffer, initialized in
            all.withUnsafeMutableBufferPointer { parts in
                let shared = Shared((parts, buffer.baseAddress!, ends))
                let move: @Sendable (Int) -> Void = { k in
                    let (parts, out, ends) = shared.value
                    var end = ends[k]
                    while let e = parts[k].popLast() {
                        end -= 1
                        (out + end).initialize(to: e)
                    }
                    // Its buffer freed at once, not when every list is moved (a million papers
                    // held 0.3 GB more at the peak).
                    parts[k] = []
                }
                if total < 65_536 || Cores.active < 2 {
                    for k in 0..<parts.count { move(k) }
                } else {
                    DispatchQueue.concurrentPerform(iterations: parts.count, execute: move)
                }
            }
            initialized = total
        }
        swap(&self, &joined)
    }
}
