/// The orders a list of papers can be shown in. Each has a natural direction (newest first,
/// A to Z, highest score first, file order); `reversed` flips it. Ties keep file order.
public enum PaperSort: String, Sendable, CaseIterable, Codable {
    case date, title, category, score, file

    public func sorted(_ papers: [Paper], reversed: Bool = false) -> [Paper] {
        sortedIndices(papers, reversed: reversed).map { papers[$0] }
    }

    /// Negative when `a` comes first in the natural direction.
    func compare(_ a: Paper, _ b: Paper) -> Int {
        switch self {
        case .date:
            // Newest first; undated last.
            switch (a.date, b.date) {
            case let (x?, y?): return x == y ? 0 : (x > y ? -1 : 1)
            case (nil, nil): return 0
            case (nil, _): return 1
            case (_, nil): return -1
            }
        case .title:
            let x = TextFolding.fold(a.title), y = TextFolding.fold(b.title)
            return x == y ? 0 : (x < y ? -1 : 1)
        case .category:
            let x = a.category ?? "~", y = b.category ?? "~"
            if x != y { return x < y ? -1 : 1 }
            return PaperSort.date.compare(a, b)
        case .score:
            switch (a.score, b.score) {
            case let (x?, y?): return x == y ? PaperSort.date.compare(a, b) : (x > y ? -1 : 1)
            case (nil, nil): return PaperSort.date.compare(a, b)
            case (nil, _): return 1
            case (_, nil): return -1
            }
        case .file:
            return 0
        }
    }
}

extension PaperSort {
    /// Indices into `papers` in this order.
    public func sortedIndices(_ papers: [Paper], reversed: Bool = false) -> [Int] {
        if self == .file { return reversed ? Array(papers.indices.reversed()) : Array(papers.indices) }
        let titleKeys = self == .title ? papers.map { TextFolding.fold($0.title) } : []
        return papers.indices.sorted { a, b in
            let c = self == .title
                ? (titleKeys[a] == titleKeys[b] ? 0 : (titleKeys[a] < titleKeys[b] ? -1 : 1))
                : compare(papers[a], papers[b])
            if c != 0 { return reversed ? c > 0 : c < 0 }
            return reversed ? a > b : a < b
        }
    }
}
