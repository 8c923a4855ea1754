import FoundationEssentials

/// How far the first open of a record has come, for a progress bar: the bytes of its files read
/// and the papers made so far, then the stage after reading. The readers advance it as they go
/// (from any thread); a display reads it from another.
public final class ReadProgress: @unchecked Sendable {
    public enum Stage: Sendable, Equatable {
        /// Another process is writing the record's snapshot; this one waits to read it.
        case waiting
        case reading
        /// The search index built and the snapshot written.
        case keeping
    }

    public struct State: Sendable, Equatable {
        public var stage: Stage
        public var bytes: Int
        public var totalBytes: Int
        public var papers: Int
        /// Why the record's snapshot is made again (`it was made by another build of Vita`);
        /// nil when there was none.
        public var remade: String?

        public init(stage: Stage, bytes: Int, totalBytes: Int, papers: Int, remade: String? = nil) {
            (self.stage, self.bytes, self.totalBytes, self.papers, self.remade) = (stage, bytes, totalBytes, papers, remade)
        }
    }

    private let lock = Lock()
    private var state: State
    /// Bytes of the files read whole before the current one.
    private var finishedBytes = 0

    public init(totalBytes: Int) {
        state = State(stage: .reading, bytes: 0, totalBytes: totalBytes, papers: 0)
    }

    public var current: State {
        lock.lock()
        defer { lock.unlock() }
        return state
    }

    /// More of the current file read, and more papers made of it.
    public func advance(bytes: Int, papers: Int) {
        lock.lock()
        state.bytes = min(state.totalBytes, state.bytes + max(0, bytes))
        state.papers += max(0, papers)
        lock.unlock()
    }

    /// A file read whole, `size` bytes and `papers` papers in all: what its reader did not say is
    /// counted now.
    func finishFile(size: Int, papers: Int, papersBefore: Int) {
        lock.lock()
        finishedBytes += size
        state.bytes = min(state.totalBytes, finishedBytes)
        state.papers = papersBefore + papers
        lock.unlock()
    }

    /// The record had a snapshot, not used for `why`: this one is made again.
    func remaking(_ why: String) {
        lock.lock()
        state.remade = why
        lock.unlock()
    }

    func enter(_ stage: Stage) {
        lock.lock()
        state.stage = stage
        lock.unlock()
    }
}

/// What shows a `ReadProgress` while a record opens (a line on standard error, the explorer's
/// first screen); stopped when the record is open.
public protocol ProgressDisplay: AnyObject {
    func stop()
}

extension ReadProgress.State {
    /// The state in one line of at most `width` cells:
    /// `vita: reading dblp.xml ██████░░░░ 41% 203/497 MB · 52,000 papers/s · 0:45 left`.
    public func line(name: String, elapsed: Double, width: Int) -> String {
        let shown = VisibleText.singleLine(name)
        switch stage {
        case .waiting:
            // The name cut first, so the time waited shows.
            let head = "vita: another vita is writing the snapshot of ", tail = "; waiting for it · \(Self.clock(elapsed))"
            let name = DisplayWidth.truncate(shown, to: max(4, width - DisplayWidth.of(head) - DisplayWidth.of(tail)))
            return DisplayWidth.truncate(head + name + tail, to: max(10, width))
        case .keeping:
            let text = "vita: indexing \(shown) and keeping a snapshot of it (\(NumberText.grouped(papers)) papers) · \(Self.clock(elapsed))"
            return DisplayWidth.truncate(text, to: max(10, width))
        case .reading:
            let share = totalBytes > 0 ? min(1, Double(bytes) / Double(totalBytes)) : 0
            let rate = elapsed > 0 ? Double(papers) / elapsed : 0
            let left = share > 0.01 ? Self.clock(elapsed * (1 - share) / share) + " left" : "…"
            let figures = " " + String(repeating: " ", count: max(0, 3 - String(Int(share * 100)).count)) + "\(Int((share * 100).rounded()))% "
                + "\(bytes / 1_000_000)/\(max(1, totalBytes / 1_000_000)) MB · \(NumberText.grouped(Int(rate))) papers/s · \(left)"
            let lead = "vita: reading "
            var head = lead + DisplayWidth.truncate(shown, to: max(8, width / 4)) + " "
            var room = width - DisplayWidth.of(head) - DisplayWidth.of(figures)
            if room < 5 {
                // Short of room, the file's own name without its folders, cut to what is left
                // beside a bar of five: the figures (the time left last) stay whole while they can.
                let base = shown.split(separator: "/").last.map(String.init) ?? shown
                head = lead + DisplayWidth.truncate(base, to: max(8, width - DisplayWidth.of(lead) - 1 - 5 - DisplayWidth.of(figures))) + " "
                room = width - DisplayWidth.of(head) - DisplayWidth.of(figures)
            }
            guard room >= 5 else { return DisplayWidth.truncate(head + figures, to: max(10, width)) }
            let cells = min(30, room)
            let full = Int((share * Double(cells)).rounded(.down))
            return head + String(repeating: "█", count: full) + String(repeating: "░", count: cells - full) + figures
        }
    }

    /// `0:45`, `1:02:03`.
    public static func clock(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return s >= 3600 ? "\(s / 3600):\(two(s / 60 % 60)):\(two(s % 60))" : "\(s / 60):\(two(s % 60))"
    }
}

/// The readers' side: advancing the progress every so many papers, not at each one.
struct ProgressReporter {
    let progress: ReadProgress?
    private var bytes = 0
    private var papers = 0

    init(_ progress: ReadProgress?) { self.progress = progress }

    /// A reporter for a part of the input that starts at `start`.
    init(_ progress: ReadProgress?, from start: Int) {
        self.progress = progress
        bytes = start
    }

    /// The reader has reached `offset` of its input with `papers` papers made.
    mutating func reached(_ offset: Int, papers count: Int) {
        guard let progress, count - papers >= 256 || offset - bytes >= 1 << 20 else { return }
        progress.advance(bytes: offset - bytes, papers: count - papers)
        (bytes, papers) = (max(bytes, offset), count)
    }

    /// The reader has read its part through `offset`, with `papers` papers made: what is left
    /// to say of it is said (a part of fewer than 256 papers said nothing before).
    mutating func finished(_ offset: Int, papers count: Int) {
        guard let progress, count > papers || offset > bytes else { return }
        progress.advance(bytes: max(0, offset - bytes), papers: count - papers)
        (bytes, papers) = (max(bytes, offset), count)
    }
}
