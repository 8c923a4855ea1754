import Foundation

/// How far the first open of a record has come, for a progress bar: the bytes of its files read
/// and the papers made so far, then the stage after reading. The readers advance it as they go
/// (from any thread); a display reads it from another.
public final class ReadProgress: @unchecked Sendable {
    public enum Stage: Sendable, Equatable {
        case reading
        /// The search index built and the snapshot written.
        case keeping
    }

    public struct State: Sendable, Equatable {
        public var stage: Stage
        public var bytes: Int
        public var totalBytes: Int
        public var papers: Int

        public init(stage: Stage, bytes: Int, totalBytes: Int, papers: Int) {
            (self.stage, self.bytes, self.totalBytes, self.papers) = (stage, bytes, totalBytes, papers)
        }
    }

    private let lock = NSLock()
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

    func enter(_ stage: Stage) {
        lock.lock()
        state.stage = stage
        lock.unlock()
    }
}

/// The readers' side: advancing the progress every so many papers, not at each one.
struct ProgressReporter {
    let progress: ReadProgress?
    private var bytes = 0
    private var papers = 0

    init(_ progress: ReadProgress?) { self.progress = progress }

    /// The reader has reached `offset` of its input with `papers` papers made.
    mutating func reached(_ offset: Int, papers count: Int) {
        guard let progress, count - papers >= 256 || offset - bytes >= 1 << 20 else { return }
        progress.advance(bytes: offset - bytes, papers: count - papers)
        (bytes, papers) = (max(bytes, offset), count)
    }
}
