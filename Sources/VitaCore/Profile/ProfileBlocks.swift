import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Where the paper blocks of a profile text file start, found without reading the papers.
///
/// `ProfileReader` starts a block at every meta line, whatever came before, and a block becomes a
/// paper when a line that is not blank follows its meta line before the next one. So the blocks
/// can be found line by line with nothing but `MetaLine`, in parts on every core, and each block
/// read on its own later gives exactly what a straight read gives for it.
struct ProfileBlocks: Sendable {
    /// Byte offset of each block's meta line, in file order.
    var starts: [Int] = []
    /// 1-based line number of each meta line.
    var lines: [Int] = []
    /// Whether each block has a title line, so is read as a paper.
    var titled: [Bool] = []
    /// The file's size: the end of the last block.
    var end = 0

    var count: Int { starts.count }

    func range(of block: Int) -> Range<Int> {
        starts[block]..<(block + 1 < starts.count ? starts[block + 1] : end)
    }

    /// The paper number (1-based, in file order) of every titled block; 0 for the others.
    var paperNumbers: [Int] {
        var n = 0
        return titled.map { t in
            if t { n += 1; return n }
            return 0
        }
    }

    /// One part's findings: its blocks, its line count, and whether a non-blank line comes before
    /// its first meta line (which is the title of the previous part's last block, if it lacks one).
    private struct Part {
        var blocks = ProfileBlocks()
        var lineCount = 0
        var leadingText = false
    }

    static func scan(_ bytes: UnsafeBufferPointer<UInt8>, parts requested: Int = 0) -> ProfileBlocks {
        let cores = max(1, min(8, Cores.active))
        let n = max(1, requested > 0 ? requested : min(cores, bytes.count / (1 << 20) + 1))
        // Cut just after a newline near each n-th of the file.
        var cuts = [0]
        for k in 1..<max(n, 1) {
            let target = bytes.count * k / n
            guard target > cuts.last!, let base = bytes.baseAddress,
                  let nl = memchr(base + target, 0x0A, bytes.count - target) else { continue }
            let cut = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(nl)) + 1
            if cut < bytes.count { cuts.append(cut) }
        }
        cuts.append(bytes.count)
        let results = UnsafeMutableBufferPointer<Part>.allocate(capacity: cuts.count - 1)
        results.initialize(repeating: Part())
        defer { results.deinitialize(); results.deallocate() }
        let shared = Shared((bytes: bytes, results: results, cuts: cuts))
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { k in
            let s = shared.value
            s.results[k] = scanPart(s.bytes, from: s.cuts[k], to: s.cuts[k + 1])
        }
        var all = ProfileBlocks()
        all.end = bytes.count
        var lineOffset = 0
        for part in results {
            if part.leadingText, let open = all.titled.indices.last, !all.titled[open] { all.titled[open] = true }
            all.starts += part.blocks.starts
            all.lines += part.blocks.lines.map { $0 + lineOffset }
            all.titled += part.blocks.titled
            lineOffset += part.lineCount
        }
        return all
    }

    /// Lines as `LineSplitter` cuts them: at `\n`, a `\r` before it dropped, a last line without one.
    private static func scanPart(_ bytes: UnsafeBufferPointer<UInt8>, from: Int, to: Int) -> Part {
        var part = Part()
        guard let base = bytes.baseAddress else { return part }
        var i = from
        var awaitingTitle = false
        var beforeFirstMeta = true
        while i < to {
            let lineEnd = memchr(base + i, 0x0A, to - i).map { UnsafeRawPointer(base).distance(to: UnsafeRawPointer($0)) } ?? to
            var end = lineEnd
            if end > i, base[end - 1] == 0x0D { end -= 1 }
            part.lineCount += 1
            let line = UnsafeBufferPointer(rebasing: bytes[i..<end])
            if MetaLine.matches(bytes: line) {
                part.blocks.starts.append(i)
                part.blocks.lines.append(part.lineCount)
                part.blocks.titled.append(false)
                awaitingTitle = true
                beforeFirstMeta = false
            } else if awaitingTitle || (beforeFirstMeta && !part.leadingText), !line.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) {
                if beforeFirstMeta { part.leadingText = true }
                if awaitingTitle { part.blocks.titled[part.blocks.titled.count - 1] = true }
                awaitingTitle = false
            }
            i = lineEnd + 1
        }
        return part
    }
}
