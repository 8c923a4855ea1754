/// A flat, read-only array of plain values: either made in memory (an index just built) or
/// standing in a mapped snapshot, used in place with no copy. Either way it is read the same
/// way, so an index built now and one mapped from disk answer through the same code.
///
/// Unchecked `Sendable`: the values never change, and `keep` holds what they live in.
struct Flat<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    /// What holds the values alive: the array's storage, or the mapping.
    private let keep: AnyObject?
    private let base: UnsafePointer<Element>?
    let count: Int

    /// The values of `array`, kept with it (an array that is never changed again keeps its
    /// storage where it is).
    init(_ array: [Element]) {
        let box = Box(array)
        keep = box
        base = box.array.withUnsafeBufferPointer { $0.baseAddress }
        count = array.count
    }

    /// `count` values at `pointer` (aligned for `Element`), inside what `owner` keeps mapped.
    init(mapped pointer: UnsafeRawPointer, count: Int, owner: AnyObject) {
        keep = owner
        base = count == 0 ? nil : pointer.assumingMemoryBound(to: Element.self)
        self.count = count
    }

    init() { self.init([]) }

    private final class Box {
        let array: [Element]
        init(_ array: [Element]) { self.array = array }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { count }

    @inline(__always)
    subscript(i: Int) -> Element {
        precondition(UInt(bitPattern: i) < UInt(bitPattern: count), "index out of range")
        return base.unsafelyUnwrapped[i]
    }

    /// Walks the values straight through their pointer.
    struct Iterator: IteratorProtocol {
        let keep: AnyObject?
        let base: UnsafePointer<Element>?
        let count: Int
        var i = 0

        @inline(__always)
        mutating func next() -> Element? {
            guard i < count else { return nil }
            defer { i += 1 }
            return base.unsafelyUnwrapped[i]
        }
    }

    func makeIterator() -> Iterator { Iterator(keep: keep, base: base, count: count) }

    func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
        try withExtendedLifetime(keep) { try body(UnsafeBufferPointer(start: base, count: count)) }
    }
}
