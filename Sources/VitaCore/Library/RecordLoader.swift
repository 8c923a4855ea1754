import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Opens record files (or standard input, `-`) into one `Library`. A file that cannot be read is an
/// error diagnostic; the other files still load.
///
/// Large regular files are read in parts on every core, cut at papers' meta lines, and joined in
/// order: the result is the same as reading straight through.
public enum RecordLoader {
    /// Files at least this large are read in parallel parts.
    public static let parallelThreshold = 8 << 20

    /// BibTeX macros carry from each file to the files after it, as bibtex reads
    /// `\bibliography{abbrev,refs}`.
    /// `progress`, when given, is advanced as the files are read.
    public static func load(_ paths: [String], asOf: PaperDate, owner: String? = nil, progress: ReadProgress? = nil) -> Library {
        var macros: [BibTeXFileParts.Macro] = []
        var records: [(file: String, contents: RecordContents)] = []
        var papers = 0
        for path in paths {
            let contents = read(path, asOf: asOf, macros: macros, progress: progress)
            macros += contents.bibtex?.macros ?? []
            records.append((path, contents))
            if let progress {
                var st = stat()
                progress.finishFile(size: stat(path, &st) == 0 ? Int(st.st_size) : 0, papers: contents.papers.count, papersBefore: papers)
                papers += contents.papers.count
            }
        }
        return Library(records: consume records, owner: owner)
    }

    /// `load` through a snapshot: a record of regular files at least `cache.minimumSize` large
    /// is read from its snapshot when there is one that is current, else read and its snapshot
    /// (model and search index) written. `notices` says, a line each, why a snapshot was not used
    /// or could not be written; the record loads either way.
    /// `building`, when given, is told before a snapshot is made (the record is read and indexed
    /// first, which takes seconds for a large one), with the record's size in bytes.
    /// One process at a time makes a record's snapshot: another waits for it (`waiting` is told
    /// first, with the progress in its waiting stage, the one `building` is given should this
    /// process make the snapshot after all) and then reads the snapshot made.
    /// `reopen`: a record too large to keep its papers in memory when reopened (more than
    /// `cache.keepPapers`) goes on from the snapshot just written, as a reopen would, and the
    /// papers read are let go on another thread. For a session that lasts (the explorer): its
    /// memory is then what a reopen's is, not the whole record's; a command that reads every
    /// paper once is quicker with them in memory.
    /// `searched`: whether the library handed back may be searched through its own index (false:
    /// `vita cache build`, which only keeps the snapshot); a library that goes on from its
    /// snapshot is searched there. When not, the index is made for the snapshot alone, a shard
    /// at a time (`Snapshot.produce`).
    /// `behind`: a record that keeps its papers in memory is handed back as soon as it is read,
    /// and its snapshot written on another thread (holding the writer's lock until it is in
    /// place), which `behind` is given to wait for: a session that lasts shows the record while
    /// its index is made and kept.
    public static func load(_ paths: [String], asOf: PaperDate, owner: String? = nil, cache: SnapshotCache?,
                            building: ((ReadProgress) -> Void)? = nil,
                            waiting: ((ReadProgress) -> Void)? = nil, reopen: Bool = false, searched: Bool = true,
                            behind: ((SnapshotBeingWritten) -> Void)? = nil) -> (library: Library, notices: [String]) {
        guard let cache, let key = RecordKey.current(paths, owner: owner, asOf: asOf), cache.keeps(key) else {
            return (load(paths, asOf: asOf, owner: owner), [])
        }
        var notices: [String] = []
        let name = recordName(paths)
        var refused: String?
        switch cache.lookup(key) {
        case .hit(let library):
            return (library, [])
        case .miss:
            break
        case .refused(let problem):
            notices.append(refusedNotice(paths, problem))
            refused = "\(problem)"
        }
        // A person of a record of many people: taken from the whole record's snapshot (made first
        // when there is none) through its people index, not read again for each person.
        if let owner {
            let (whole, more) = load(paths, asOf: asOf, owner: nil, cache: cache, building: building, waiting: waiting, reopen: reopen,
                                     searched: searched, behind: behind)
            if let theirs = Library.narrowing(whole, to: owner) { return (theirs, more) }
            notices += more
        }
        // Another process making this snapshot: wait for it (told with the progress, in its
        // waiting stage), then read what it made.
        let progress = ReadProgress(totalBytes: key.size)
        let lock = cache.lockWriter(key, waiting: {
            progress.enter(.waiting)
            waiting?(progress)
        })
        var lockHandedOn = false
        defer { if !lockHandedOn { lock?.release() } }
        // Made meanwhile: waited for, or finished between the look above and the lock.
        if lock != nil, case .hit(let library) = cache.lookup(key) { return (library, []) }
        progress.enter(.reading)
        if let refused { progress.remaking(refused) }
        building?(progress)
        let library = load(paths, asOf: asOf, owner: owner, progress: progress)
        progress.enter(.keeping)
        // A file that could not be read whole, or one that changed while it was read, is not kept.
        let unreadable = library.diagnostics.contains { $0.severity == .error && $0.location.line == 0 }
        guard !unreadable, RecordKey.current(paths, owner: owner, asOf: asOf) == key else { return (library, notices) }
        if let behind, library.paperCount <= cache.keepPapers {
            let writing = SnapshotBeingWritten(name: name)
            lockHandedOn = true
            Threads.detach { [lock] in
                var failure: String?
                do { try cache.store(library, key: key) } catch { failure = "vita: no snapshot of \(name) kept: \(error)" }
                lock?.release()
                // Said among the explorer's messages while it is up, else on standard error.
                if let failure { SessionNotices.say(failure) }
                writing.finish(failure)
            }
            behind(writing)
            return (library, notices)
        }
        // Going on from the snapshot, the papers read are not searched again.
        let goesOn = reopen && library.paperCount > cache.keepPapers
        do {
            try cache.store(library, key: key, keepIndex: searched && !goesOn)
        } catch {
            notices.append("vita: no snapshot of \(name) kept: \(error)")
            return (library, notices)
        }
        if goesOn, case .hit(let mapped) = cache.lookup(key) {
            goOn(mapped, after: library)
            return (mapped, notices)
        }
        return (library, notices)
    }

    /// A snapshot being written on another thread (see `load(_:asOf:owner:cache:…behind:)`).
    public final class SnapshotBeingWritten: @unchecked Sendable {
        /// The record, as notices name it.
        public let name: String
        private let done = DispatchSemaphore(value: 0)
        private let lock = Lock()
        private var finished = false
        private var failure: String?

        init(name: String) { self.name = name }

        func finish(_ failure: String?) {
            lock.lock()
            (finished, self.failure) = (true, failure)
            lock.unlock()
            done.signal()
        }

        public var isDone: Bool {
            lock.lock()
            defer { lock.unlock() }
            return finished
        }

        /// Waits until the snapshot is in place, or could not be: then the line that says why.
        public func wait() -> String? {
            done.wait()
            done.signal()
            lock.lock()
            defer { lock.unlock() }
            return failure
        }
    }

    /// `mapped` (a record reopened from the snapshot just written) takes its people from `read`,
    /// the same papers in memory: they are counted there, on a thread of their own, and kept
    /// beside the snapshot (counted again from the snapshot, they would take minutes at DBLP's
    /// size: every paper read back); `mapped` waits for them when it first needs them. Then the
    /// papers read are freed (millions take a second or two) and their memory handed back.
    static func goOn(_ mapped: Library, after read: consuming Library) {
        // Its index was written to the snapshot, and `mapped` reads it there.
        read.letSearchIndexGo()
        final class Held: @unchecked Sendable { var library: Library?; init(_ l: consuming Library) { library = l } }
        let held = Held(read)
        // Made once, by this thread or by `mapped` asking first; the papers are let go only after.
        let people = Awaited<PeopleIndex>()
        let counted: @Sendable () -> PeopleIndex = { people.get { held.library!.peopleIndex } }
        mapped.deferPeople(read: { counted() }, keep: { _ in }, readable: { people.isMade })
        Threads.detach {
            _ = counted()
            held.library = nil
            handBackFreedMemory()
        }
    }

    /// A mapped file's stretches read, given back (`ReadContext.letGo`).
    static let letGo: @Sendable (UnsafeBufferPointer<UInt8>) -> Void = { giveBackMappedPages(UnsafeRawBufferPointer($0)) }

    /// A record's files as a notice names them: the first, and how many more.
    public static func recordName(_ paths: [String]) -> String {
        VisibleText.singleLine(paths.count == 1 ? paths[0] : "\(paths[0]) and \(paths.count - 1) more")
    }

    /// The line that says another process is making the record's snapshot, and this one waits.
    public static func waitingNotice(_ paths: [String]) -> String {
        "vita: another vita is writing the snapshot of \(recordName(paths)); waiting for it"
    }

    /// The line that says a record's snapshot was not used, and why.
    public static func refusedNotice(_ paths: [String], _ problem: SnapshotProblem) -> String {
        "vita: the snapshot of \(recordName(paths)) was not used (\(problem)); reading the record and writing it again"
    }

    public static func read(_ path: String, asOf: PaperDate, parallelThreshold: Int = parallelThreshold,
                            macros: [BibTeXFileParts.Macro] = [], progress: ReadProgress? = nil) -> RecordContents {
        let name = path == "-" ? "<stdin>" : path
        func failure(_ message: String, line: Int = 0) -> Diagnostic {
            Diagnostic(.error, at: SourceLocation(file: name, line: line, column: 0), message)
        }
        let fd = path == "-" ? 0 : open(path, O_RDONLY)
        if fd < 0 { return RecordContents(diagnostics: [failure("cannot open: \(describe(errno))")]) }
        defer { if fd != 0 { close(fd) } }
        var st = stat()
        let known = fstat(fd, &st) == 0
        let isRegular = known && (st.st_mode & S_IFMT) == S_IFREG
        if known, (st.st_mode & S_IFMT) == S_IFDIR {
            return RecordContents(diagnostics: [failure("is a directory; expected a record file")])
        }
        // The format: by the file's name, else by its first bytes (`RecordFormats`). A pipe or
        // a device, and a file in UTF-16, is read whole first, then told.
        let context = ReadContext(fileName: name, asOf: asOf, macros: macros, progress: progress)
        var format: RecordFormat
        let first = isRegular ? head(fd: fd) : []
        if isRegular, TextEncoding.utf16BigEndian(first) == nil {
            format = RecordFormats.detect(name: path, head: first)
        } else {
            var bytes: [UInt8] = []
            // A pipe or a device may never end (`yes |`, `/dev/zero`): it is read up to a limit.
            if let err = readAll(fd: fd, into: &bytes, limit: isRegular ? .max : maxStream, sizeHint: isRegular ? Int(st.st_size) : 0) {
                return RecordContents(diagnostics: [failure("read failed: \(describe(err))")])
            }
            let stopped = !isRegular && bytes.count >= maxStream
            // UTF-16 (a Windows program's export) is read as the same text in UTF-8, whatever its format.
            if let bigEndian = TextEncoding.utf16BigEndian(bytes.prefix(1_024)) {
                bytes = TextEncoding.utf8(fromUTF16: bytes, bigEndian: bigEndian)
            }
            format = RecordFormats.detect(name: path, head: bytes.prefix(4096))
            var contents = format.read(bytes, context)
            if stopped {
                contents.diagnostics.append(failure("stopped after \(maxStream >> 20) MiB: a pipe or device is read up to \(maxStream >> 20) MiB (save the record to a file to read it whole); what was read is kept"))
            }
            return contents
        }
        if let mapped = format.mappedReader, Int(st.st_size) >= parallelThreshold {
            // Read in place: the file's pages come and go; the papers stay.
            let size = Int(st.st_size)
            if let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED {
                defer { munmap(map, size) }
                madvise(map, size, MADV_SEQUENTIAL)
                var inPlace = context
                inPlace.letGo = Self.letGo
                return mapped(UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size), inPlace)
            }
        }
        if format != RecordFormats.profile {
            var bytes: [UInt8] = []
            if let err = readAll(fd: fd, into: &bytes, sizeHint: isRegular ? Int(st.st_size) : 0) {
                return RecordContents(diagnostics: [failure("read failed: \(describe(err))")])
            }
            return format.read(bytes, context)
        }
        if isRegular, Int(st.st_size) >= parallelThreshold, case let cuts = cuts(fd: fd, size: Int(st.st_size)), !cuts.isEmpty {
            return readInParts(fd: fd, name: name, cuts: cuts, size: Int(st.st_size), asOf: asOf, progress: progress)
        }
        // Lines ended by CR alone (classic Mac OS): read whole, CR taken for a line end.
        if isRegular, Int(st.st_size) < parallelThreshold, crOnly(fd: fd) {
            var bytes: [UInt8] = []
            if let err = readAll(fd: fd, into: &bytes) {
                return RecordContents(diagnostics: [failure("read failed: \(describe(err))")])
            }
            return ProfileReader.read(endingLinesWithLF(bytes), fileName: name, asOf: asOf)
        }
        var splitter = LineSplitter(ProfileReader(fileName: name, asOf: asOf))
        if let err = splitter.read(fd: fd, progress: progress) {
            var contents = splitter.sink.finish()
            contents.diagnostics.append(failure("read failed: \(describe(err)); the papers before it are kept", line: splitter.linesSeen))
            return contents
        }
        return splitter.sink.finish()
    }

    /// Answers `query` over one large profile text file without reading every paper in full (see
    /// `ScannedSearch`). Nil when that does not apply: standard input, BibTeX, a file under
    /// `minimumSize`, one that cannot be opened or mapped, or a query with no word to look for.
    /// Then load the record and search it in full.
    public static func scannedSearch(_ path: String, query: Query, asOf: PaperDate,
                                     minimumSize: Int = parallelThreshold) -> ScannedSearch? {
        guard path != "-" else { return nil }
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG, Int(st.st_size) >= max(1, minimumSize),
              case let first = head(fd: fd), TextEncoding.utf16BigEndian(first) == nil,
              RecordFormats.detect(name: path, head: first) == RecordFormats.profile else { return nil }
        let size = Int(st.st_size)
        guard let map = mmap(nil, size, PROT_READ, MAP_PRIVATE, fd, 0), map != MAP_FAILED else { return nil }
        defer { munmap(map, size) }
        let bytes = UnsafeBufferPointer(start: map.assumingMemoryBound(to: UInt8.self), count: size)
        // Mapped in whole (MADV_POPULATE_READ) only once a look at the file's head finds the query's
        // words rare enough to scan for (a word in most papers is answered by a full read).
        if let filter = ScannedSearch.Filter(query.root),
           ScannedSearch.isDense(filter, head: UnsafeBufferPointer(rebasing: bytes[0..<(size / 16)]), share: ScannedSearch.denseShare) {
            return nil
        }
        _ = madvise(map, size, 22)
        return ScannedSearch.run(query, bytes: bytes, fileName: path, asOf: asOf)
    }

    /// Whether the head of the file has carriage returns and no line feed.
    static func crOnly(fd: Int32) -> Bool {
        var head = [UInt8](repeating: 0, count: 65_536)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 65_536, 0) }
        return n > 0 && head[..<n].contains(0x0D) && !head[..<n].contains(0x0A)
    }

    /// `bytes` with each lone CR made an LF, when no LF ends a line in them; else as they are.
    static func endingLinesWithLF(_ bytes: [UInt8]) -> [UInt8] {
        // memchr: a .bib of 180 MB is looked over in a few milliseconds.
        let crOnly = bytes.withUnsafeBufferPointer { u in
            guard let base = u.baseAddress else { return false }
            return memchr(base, 0x0D, u.count) != nil && memchr(base, 0x0A, u.count) == nil
        }
        return crOnly ? bytes.map { $0 == 0x0D ? 0x0A : $0 } : bytes
    }

    /// The first 4 KiB of a file, for telling its format.
    static func head(fd: Int32) -> ArraySlice<UInt8> {
        var head = [UInt8](repeating: 0, count: 4096)
        let n = head.withUnsafeMutableBytes { pread(fd, $0.baseAddress, 4096, 0) }
        return head[..<max(0, n)]
    }

    /// The most read from standard input, a pipe or a device.
    public static let maxStream = 256 << 20

    /// Reads `fd` to its end, or until `limit` bytes.
    /// A regular file's size, when known, is read straight into the array first.
    static func readAll(fd: Int32, into bytes: inout [UInt8], limit: Int = .max, sizeHint: Int = 0) -> Int32? {
        if sizeHint > 0, bytes.isEmpty {
            var failure: Int32?
            bytes = [UInt8](uninitializedCount: min(sizeHint, limit)) { buffer, count in
                while count < buffer.count {
                    let n = Glibc.read(fd, buffer.baseAddress! + count, buffer.count - count)
                    if n < 0 { if errno == EINTR { continue }; failure = errno; return }
                    if n == 0 { return }
                    count += n
                }
            }
            if let failure { return failure }
        }
        // The rest (a pipe's whole, or what a file grew by) a megabyte at a time, into a buffer not
        // zeroed first: a file read whole above meets its end at once, and zeroing the megabyte
        // (its pages faulted in and cleared each time) was 7% of reading a DBLP person page of
        // 1,000 papers.
        let chunk = UnsafeMutableRawPointer.allocate(byteCount: 1 << 20, alignment: 16)
        defer { chunk.deallocate() }
        while bytes.count < limit {
            let want = min(1 << 20, limit - bytes.count)
            let n = Glibc.read(fd, chunk, want)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 { return nil }
            bytes.append(contentsOf: UnsafeRawBufferPointer(start: chunk, count: n))
        }
        return nil
    }

    /// Where a large profile file is cut to be read in parts: at meta lines (a paper block's
    /// first line) near equal shares of it, four parts a core, so a core that finishes its part
    /// takes the next one rather than waiting for the other (on a shared machine one core is
    /// often slowed for a while; with a part a core the read waited for the slower half). Empty
    /// when no meta line is found: the file is read straight through.
    static func cuts(fd: Int32, size: Int) -> [Int] {
        let parts = max(2, 4 * min(8, Cores.active))
        var cuts: [Int] = []
        for k in 1..<parts {
            guard let cut = splitPoint(fd: fd, near: size / parts * k), cut > (cuts.last ?? 0) else { continue }
            cuts.append(cut)
        }
        return cuts
    }

    /// The byte offset of a meta line at or after `start` (within 1 MiB), or nil if none is found.
    static func splitPoint(fd: Int32, near start: Int) -> Int? {
        let window = 1 << 20
        var buffer = [UInt8](repeating: 0, count: window)
        let n = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, window, off_t(start)) }
        guard n > 0 else { return nil }
        var lineStart: Int? = nil
        for i in 0..<n where buffer[i] == 0x0A {
            if let ls = lineStart {
                let line = String(decoding: buffer[ls..<i], as: UTF8.self)
                if MetaLine.parse(line) != nil { return start + ls }
            }
            lineStart = i + 1
        }
        return nil
    }

    private struct Parts: @unchecked Sendable {
        let results: UnsafeMutableBufferPointer<(RecordContents, lines: Int, error: Int32?)>
    }

    /// Reads a profile file in parts cut at `cuts` (ascending meta line offsets), on every core,
    /// and joins them in order.
    static func readInParts(fd: Int32, name: String, cuts: [Int], size: Int, asOf: PaperDate, progress: ReadProgress? = nil) -> RecordContents {
        let bounds = [0] + cuts + [size]
        let count = bounds.count - 1
        let results = UnsafeMutableBufferPointer<(RecordContents, lines: Int, error: Int32?)>.allocate(capacity: count)
        results.initialize(repeating: (RecordContents(), 0, nil))
        defer { results.deinitialize().deallocate() }
        let parts = Parts(results: results)
        DispatchQueue.concurrentPerform(iterations: count) { part in
            var reader = ProfileReader(fileName: name, asOf: asOf)
            if part > 0 { reader.startMidRecord() }
            var splitter = LineSplitter(reader)
            let error = splitter.read(fd: fd, from: bounds[part], to: bounds[part + 1], progress: progress)
            parts.results[part] = (splitter.sink.finishPart(), splitter.linesSeen, error)
        }
        // Taken out of the results, not copied: a copy shares their papers' buffer, which the
        // first append then copies whole to grow.
        var contents = RecordContents()
        swap(&contents, &results[0].0)
        var rest = [RecordContents](repeating: RecordContents(), count: count - 1)
        var lineOffsets: [Int] = []
        var lines = results[0].lines
        for k in 1..<count {
            swap(&rest[k - 1], &results[k].0)
            lineOffsets.append(lines)
            lines += results[k].lines
        }
        contents.append(parts: &rest, lineOffsets: lineOffsets)
        contents.checkHeaderCount()
        for (i, r) in results.enumerated() {
            if let err = r.error {
                contents.diagnostics.append(Diagnostic(.error, at: SourceLocation(file: name, line: 0, column: 0),
                                                       "read failed in part \(i + 1): \(describe(err))"))
            }
        }
        return contents
    }

    static func describe(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
