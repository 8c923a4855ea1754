import VitaCore

/// The papers the list shows, in order: an array, or a search's ranking made only as far as the
/// list looks (`Ranking`). A letter typed over millions of papers draws its first page without
/// every match ranked; what needs them all (`array`, a place past the first pages) ranks them then.
public struct PaperOrder: RandomAccessCollection, Sendable {
    private let whole: [Int]?
    private let ranking: Ranking?
    public let count: Int

    public init(_ papers: [Int] = []) {
        (whole, ranking, count) = (papers, nil, papers.count)
    }

    public init(_ ranking: Ranking) {
        (whole, self.ranking, count) = (nil, ranking, ranking.count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { count }
    public subscript(i: Int) -> Int { whole?[i] ?? ranking![i] }

    /// Every paper shown, in order (a ranking is made whole).
    public var array: [Int] { whole ?? ranking!.all }

    /// Whether every paper's place is known (a ranking made whole, or an array).
    public var isWhole: Bool { ranking?.isWhole ?? true }

    /// The papers at these places, as the list draws a page.
    public func papers(at places: Range<Int>) -> [Int] {
        if let whole { return Array(whole[places]) }
        return ranking!.places(places)
    }
}
