import Foundation
import VitaCore

/// A deterministic record in the profile text format: a header and `papers` blocks with realistic
/// titles, author lists and ~1.6 KB abstracts. The same count always gives the same bytes.
struct SyntheticRecord {
    let papers: Int
    var seed: UInt64 = 42

    static let words = """
    we propose a novel efficient network the of and in to for with on by is that this our are from which as be an
    convolution dynamic knowledge distillation transformer
    vision language model training acceleration sparse binary neural representation learning graph skeleton
    action recognition detection segmentation semantic pose estimation lossless compression pruning kernel
    attention diffusion generative benchmark dataset experiments show that our method outperforms existing
    approaches significantly under different settings with fewer parameters and lower latency on mobile devices
    in this paper the results demonstrate robust generalization across tasks domains and scales contrastive
    """.split(whereSeparator: \.isWhitespace).map(String.init)

    /// A vocabulary shaped like real abstracts: the common words above, then 20,000 made-up
    /// technical words, drawn with Zipf's law (the k-th most common word ~ 1/k).
    static let vocabulary: [String] = {
        var rng = Rng(seed: 7)
        let syllables = ["qua", "ti", "za", "net", "con", "vo", "lu", "tion", "gra", "phi", "mo", "del", "ker", "nel",
                         "ten", "sor", "bi", "na", "ry", "spa", "rse", "tra", "ns", "for", "mer", "di", "ff", "us", "ion"]
        var words = SyntheticRecord.words
        var seen = Set(words)
        while words.count < 20_000 {
            let n = 2 + Int(rng.next() % 3)
            let w = (0..<n).map { _ in syllables[Int(rng.next() % UInt64(syllables.count))] }.joined()
            if seen.insert(w).inserted { words.append(w) }
        }
        // A specialist word, as rare as in real abstracts (about 1 paper in 100).
        words.insert("quantization", at: 2_000)
        return words
    }()

    static let cumulative: [Double] = {
        var total = 0.0
        return vocabulary.indices.map { k in total += 1.0 / Double(k + 1); return total }
    }()

    static func zipfWord(_ rng: inout Rng) -> String {
        let x = Double(rng.next() % 1_000_000) / 1_000_000 * cumulative.last!
        var lo = 0, hi = cumulative.count - 1
        while lo < hi {
            let mid = (lo + hi) / 2
            if cumulative[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return vocabulary[lo]
    }

    static let given = ["Anbang", "Chao", "Jiawei", "Yikai", "Duo", "Aojun", "Hao", "Ming", "Yiwen", "Dawei", "Xiaolong",
                        "Tao", "Fuchun", "Yurong", "Qifeng", "Lujun", "Shigeng", "Zhang", "Elena", "Jürgen", "Zoë", "María"]
    static let family = ["Yao", "Li", "Fan", "Wang", "Zhou", "Zhao", "Lu", "Guo", "Sun", "Liu", "Kong", "Chen", "Müller",
                         "García", "Smith", "Kang", "Cai", "Zhang", "Huang", "Dong", "Wei", "Zheng", "Cheng", "Luo"]
    static let categories = ["CV", "CV", "CV", "AI", "LG", "NE", "GR", "CL"]
    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Writes the record to `url`, a paper at a time, and returns its size in bytes.
    func write(to url: URL) throws -> Int {
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        var rng = Rng(seed: seed)
        var total = 0
        var buffer = "Synthetic Researcher\n\nCV\nh-index42\n\(papers)papers\n123,456citations\nNovelty50%\nAI Score70\n\n\(papers) Papers\n"
        for i in 0..<papers {
            buffer += "\n" + block(i, &rng)
            if buffer.utf8.count > 1 << 20 {
                total += buffer.utf8.count
                handle.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        total += buffer.utf8.count
        handle.write(Data(buffer.utf8))
        return total
    }

    func block(_ i: Int, _ rng: inout Rng) -> String {
        var meta = ""
        if rng.next() % 5 == 0 { meta += String(format: "%.1f", Double(rng.next() % 1000) / 10) }
        meta += Self.categories[Int(rng.next() % UInt64(Self.categories.count))]
        meta += Self.months[Int(rng.next() % 12)] + " \(1 + rng.next() % 28)"
        if rng.next() % 10 != 0 { meta += ", \(1990 + rng.next() % 36)" }
        let hasCode = rng.next() % 3 != 0
        if hasCode { meta += "Code" }

        let titleWords = (0..<(5 + Int(rng.next() % 8))).map { _ in Self.zipfWord(&rng) }
        let title = "Paper\(i): " + titleWords.joined(separator: " ").capitalized

        let authorCount = 1 + Int(rng.next() % 3)
        var authors = (0..<authorCount).map { _ in
            Self.given[Int(rng.next() % UInt64(Self.given.count))] + " " + Self.family[Int(rng.next() % UInt64(Self.family.count))]
        }
        if rng.next() % 2 == 0 { authors.append("Synthetic Researcher") }
        var authorLine = authors.joined(separator: ", ")
        if rng.next() % 2 == 0 { authorLine += " et al." }
        if rng.next() % 8 == 0 { authorLine += " · university" }

        var abstract = ""
        while abstract.utf8.count < 1420 {
            abstract += Self.zipfWord(&rng) + (rng.next() % 12 == 0 ? ". " : " ")
        }
        abstract += hasCode ? "Code is at https://github.com/synthetic/repo\(i)." : "See \\url{https://example.org/p\(i)}."
        return "\(meta)\n\(title)\n\n\(authorLine)\n\n\(abstract)\n"
    }
}

typealias Rng = SeededRandom
