/// The orders a list of papers can be shown in. Each has a natural direction (newest first,
/// A to Z, highest score first, most cited first, file order); `reversed` flips it. Ties keep file order.
public enum PaperSort: String, Sendable, CaseIterable, Codable {
    case date, title, category, score, citations, file

    public func sorted(_ papers: [Paper], reversed: Bool = false) -> [Paper] {
        sortedIndices(papers, reversed: reversed).map { papers[$0] }
    }

    /// Indices into `papers` in this order. Keys are computed once per paper, so sorting compares
    /// numbers and strings, never whole papers.
    public func sortedIndices(_ papers: [Paper], reversed: Bool = false) -> [Int] {
        sortedIndices(count: papers.count, PaperReader(all: papers, picked: nil), reversed: reversed)
    }

    /// A date as one number that sorts newest first, undated last.
    static func dateKey(_ date: PaperDate?) -> Int {
        guard let d = date else { return Int.max }
        return -(d.year * 10_000 + d.month * 100 + d.day)
    }

    /// Indices of the `count` papers `papers` reads (0 ..< count), in this order; each paper's
    /// keys read once, in the record's order.
    public func sortedIndices(count: Int, _ papers: PaperReader, reversed: Bool = false) -> [Int] {
        if self == .file { return reversed ? Array((0..<count).reversed()) : Array(0..<count) }
        let dateKeys = (0..<count).map { Self.dateKey(papers[$0].date) }
        if self == .date, count < 1 << 31, dateKeys.allSatisfy({ $0 == Int.max || ($0 > -100_000_000 && $0 < 4_000_000_000) }) {
            // Key and index packed in one number (newest first, undated last, ties in file
            // order): a plain sort of integers, several times faster than comparing by closure.
            var packed = dateKeys.enumerated().map { i, k in
                UInt64(k == Int.max ? UInt32.max : UInt32(100_000_000 + k)) << 32 | UInt64(i)
            }
            packed.sort()
            let order = packed.map { Int($0 & 0xFFFF_FFFF) }
            return reversed ? order.reversed() : order
        }
        let keys: [String]
        switch self {
        case .title: keys = (0..<count).map { TextFolding.fold(papers[$0].title) }
        case .category: keys = (0..<count).map { papers[$0].category ?? "\u{10FFFF}" }
        default: keys = []
        }
        let scores = self == .score ? (0..<count).map { papers[$0].score.map { -$0 } ?? .infinity }
            : self == .citations ? (0..<count).map { papers[$0].citations.map { -Double($0.count) } ?? .infinity } : []
        func order(_ a: Int, _ b: Int) -> Int {
            switch self {
            case .title:
                if keys[a] != keys[b] { return keys[a] < keys[b] ? -1 : 1 }
                return 0
            case .category:
                if keys[a] != keys[b] { return keys[a] < keys[b] ? -1 : 1 }
            case .score, .citations:
                if scores[a] != scores[b] { return scores[a] < scores[b] ? -1 : 1 }
            default:
                break
            }
            return dateKeys[a] == dateKeys[b] ? 0 : (dateKeys[a] < dateKeys[b] ? -1 : 1)
        }
        return (0..<count).sorted { a, b in
            let c = order(a, b)
            if c != 0 { return reversed ? c > 0 : c < 0 }
            return reversed ? a > b : a < b
        }
    }
}
