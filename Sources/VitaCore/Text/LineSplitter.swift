#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Cuts a byte stream into lines and decodes each as UTF-8, reading in fixed chunks so memory stays
/// flat however large the input. `\n` and `\r\n` both end a line; a last line without a newline counts.
/// Invalid UTF-8 is decoded with U+FFFD in place of the bad bytes and reported once per line.
public protocol LineSink {
    mutating func line(_ text: String, number: Int)
    /// Line `number` held bytes that are not UTF-8; the first stands at `column`.
    mutating func invalidUTF8(line number: Int, column: Int)
    /// Line `number` was longer than `LineSplitter.maxLine` bytes: it was cut there.
    mutating func lineCut(line number: Int, bytes: Int)
    /// Whether the sink wants no more lines (the input is plainly not what it reads).
    var isDone: Bool { get }
    /// Papers made so far, for a progress bar.
    var paperCount: Int { get }
}

extension LineSink {
    public mutating func lineCut(line number: Int, bytes: Int) {}
    public var isDone: Bool { false }
    public var paperCount: Int { 0 }
}

public struct LineSplitter<Sink: LineSink> {
    public var sink: Sink
    private var pending: [UInt8] = []
    private var lineNumber = 0
    /// Bytes of the current line dropped past `maxLine`.
    private var cut = 0

    /// The longest line kept (a paper's abstract is a few KB): the rest of a longer one is
    /// dropped, so a file without line breaks (`/dev/zero`) cannot fill memory.
    public static var maxLine: Int { 4 << 20 }

    private mutating func keep(_ bytes: UnsafeRawBufferPointer) {
        let room = Self.maxLine - pending.count
        if bytes.count <= room {
            pending.append(contentsOf: bytes)
        } else {
            if room > 0 { pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[..<room])) }
            cut += bytes.count - max(0, room)
        }
    }

    public init(_ sink: Sink) {
        self.sink = sink
    }

    /// Feeds the next chunk of bytes.
    public mutating func feed(_ chunk: UnsafeRawBufferPointer) {
        guard let base = chunk.baseAddress, chunk.count > 0 else { return }
        var start = 0
        while start < chunk.count, !sink.isDone {
            guard let hit = memchr(base + start, 0x0A, chunk.count - start) else {
                keep(UnsafeRawBufferPointer(rebasing: chunk[start...]))
                return
            }
            let end = base.distance(to: UnsafeRawPointer(hit))
            if pending.isEmpty && cut == 0 && end - start <= Self.maxLine {
                emit(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
            } else {
                keep(UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
                let line = pending
                pending.removeAll(keepingCapacity: true)
                line.withUnsafeBytes { emit($0) }
            }
            start = end + 1
        }
    }

    public mutating func feed(_ bytes: some Collection<UInt8>) {
        let array = Array(bytes)
        array.withUnsafeBytes { feed($0) }
    }

    /// Emits the last line if the input did not end with a newline.
    public mutating func finish() {
        if !pending.isEmpty || cut > 0 {
            let line = pending
            pending = []
            line.withUnsafeBytes { emit($0) }
        }
    }

    public var linesSeen: Int { lineNumber }

    private mutating func emit(_ raw: UnsafeRawBufferPointer) {
        lineNumber += 1
        if cut > 0 {
            sink.lineCut(line: lineNumber, bytes: raw.count + cut)
            cut = 0
        }
        var bytes = raw.bindMemory(to: UInt8.self)
        if let last = bytes.last, last == 0x0D { bytes = UnsafeBufferPointer(rebasing: bytes.dropLast()) }
        // A byte order mark opens some files (Windows editors): it is no part of the first line.
        if lineNumber == 1, bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF {
            bytes = UnsafeBufferPointer(rebasing: bytes.dropFirst(3))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            sink.line(text, number: lineNumber)
        } else {
            let repaired = String(decoding: bytes, as: UTF8.self)
            let column = (repaired.firstIndex(of: "\u{FFFD}").map { repaired.distance(from: repaired.startIndex, to: $0) } ?? 0) + 1
            sink.invalidUTF8(line: lineNumber, column: column)
            sink.line(repaired, number: lineNumber)
        }
    }

    /// Reads bytes `from..<to` of a file with `pread` (so several readers can share one descriptor).
    /// Returns errno on a read error.
    public mutating func read(fd: Int32, from: Int, to: Int, progress: ReadProgress? = nil) -> Int32? {
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var offset = from
        var reporter = ProgressReporter(progress)
        while offset < to {
            let n = pread(fd, buffer, min(size, to - offset), off_t(offset))
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 || sink.isDone { break }
            feed(UnsafeRawBufferPointer(start: buffer, count: n))
            offset += n
            reporter.reached(offset - from, papers: sink.paperCount)
        }
        finish()
        return nil
    }

    /// Reads a whole file descriptor through a splitter in 1 MiB chunks. Returns errno on a read error.
    public mutating func read(fd: Int32, progress: ReadProgress? = nil) -> Int32? {
        let size = 1 << 20
        let buffer = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { buffer.deallocate() }
        var reporter = ProgressReporter(progress)
        var offset = 0
        while true {
            let n = systemRead(fd, buffer, size)
            if n < 0 {
                if errno == EINTR { continue }
                return errno
            }
            if n == 0 || sink.isDone { break }
            feed(UnsafeRawBufferPointer(start: buffer, count: n))
            offset += n
            reporter.reached(offset, papers: sink.paperCount)
        }
        finish()
        return nil
    }
}

#if canImport(Glibc)
private let systemRead = Glibc.read
#else
private let systemRead = Darwin.read
#endif
