#if canImport(Glibc)
import Glibc
#endif

/// Hands the free pages of the heap back to the system (glibc otherwise keeps them for the
/// process): after millions of papers were let go.
public func handBackFreedMemory() {
    #if canImport(Glibc)
    _ = vitaMallocTrim(0)
    #endif
}

/// Gives back the pages wholly within `stretch` of a file mapped for reading (private, never
/// written): the system drops them from the process, and reads them from the file again should
/// they be touched. Never for memory that is not such a mapping, whose bytes it would clear.
func giveBackMappedPages(_ stretch: UnsafeRawBufferPointer) {
    guard let start = stretch.baseAddress, stretch.count > 0 else { return }
    let page = UInt(max(1, sysconf(Int32(_SC_PAGESIZE))))
    let from = (UInt(bitPattern: start) + page - 1) / page * page
    let to = (UInt(bitPattern: start) + UInt(stretch.count)) / page * page
    guard to > from, let at = UnsafeMutableRawPointer(bitPattern: from) else { return }
    madvise(at, Int(to - from), MADV_DONTNEED)
}

/// Makes glibc's heaps grow (and shrink) in steps of 64 MB rather than of what each allocation
/// needs. A record read on two cores allocates hundreds of megabytes in small pieces; a thread's
/// heap other than the main one grew a page or so at a time, each step a system call that
/// reshapes the process's memory map (26,875 of them for 100,000 profile papers, a third of a
/// second of the kernel's time). Pages reserved are not memory used until they are written.
///
/// Setting the pad turns off glibc's moving threshold, by which a block freed after being
/// served by `mmap` raises the size served so to its own (to 32 MB at most), and the heap is
/// trimmed only past twice that. Left at its start (128 KB), every block of that size or more
/// was mapped, its pages faulted in and zeroed by the kernel, and unmapped when freed, each
/// time: a coauthor graph re-centred at 1,000,000 DBLP records spent a third of its time in
/// page faults for the same few megabytes of counts made again at each key. The two are set
/// where the moving threshold ends. Called once, first thing, before any thread starts.
public func growHeapsInLargeSteps() {
    #if canImport(Glibc)
    _ = vitaMallopt(-2 /* M_TOP_PAD */, 64 << 20)
    _ = vitaMallopt(-3 /* M_MMAP_THRESHOLD */, Int32(mappedApartFrom))
    _ = vitaMallopt(-1 /* M_TRIM_THRESHOLD */, 64 << 20)
    #endif
}

/// Blocks of this many bytes or more are mapped apart (`growHeapsInLargeSteps`): freed, such a
/// block goes back to the system at once, where a smaller one stays with the process for its next
/// allocations. A list let go while others are still growing is best allocated at least this
/// large: room reserved and never written is never memory used.
let mappedApartFrom = 32 << 20

extension Array where Element == Paper {
    /// Room at once for the papers of `bytes` of a record at `bytesPerPaper` each at the least
    /// (grown by doubling, a list is copied into fresh pages again and again; room not used is
    /// never touched). A part of a large text (1 MiB or more) has room for at least as many as
    /// make a block mapped apart: its list is freed as soon as it is joined to the others, and a
    /// smaller block would stay with the process (a million DBLP records read in 32 parts held
    /// 0.2 GB more at the end of the read).
    mutating func reserve(forBytes bytes: Int, bytesPerPaper: Int) {
        let least = bytes < 1 << 20 ? 0 : mappedApartFrom / MemoryLayout<Paper>.stride + 1
        reserveCapacity(Swift.max(Swift.max(0, bytes) / bytesPerPaper + 16, least))
    }
}

#if canImport(Glibc)
/// glibc's `malloc_trim` and `mallopt` (their header is not in the Glibc module).
@_silgen_name("malloc_trim")
private func vitaMallocTrim(_ pad: Int) -> Int32
@_silgen_name("mallopt")
private func vitaMallopt(_ parameter: Int32, _ value: Int32) -> Int32
#endif
