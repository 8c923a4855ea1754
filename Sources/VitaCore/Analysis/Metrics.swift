/// Citation metrics over a set of papers (the ones shown: they follow every search and filter),
/// computed from each paper's citation count.
public struct Metrics: Sendable, Hashable, Codable {
    public var papers: Int
    /// Papers with a citation count: the metrics count only these.
    public var counted: Int
    public var citations: Int
    /// The largest h such that h papers have at least h citations each.
    public var hIndex: Int
    /// Papers with at least 10 citations.
    public var i10Index: Int
    /// The largest g such that the g most cited papers have at least g² citations together
    /// (g at most the number of papers).
    public var gIndex: Int
    /// Citations received each year, summed over the papers that give them (ascending).
    public var citationsPerYear: [YearCount]
    /// Papers each year (ascending; undated papers are not counted).
    public var papersPerYear: [YearCount]

    /// The citations `citationsPerYear` holds: sources date a work's citations for recent years
    /// only (OpenAlex, the last ten), so these may be fewer than `citations`.
    public var datedCitations: Int { citationsPerYear.reduce(0) { $0 + $1.count } }

    /// In one pass and without sorting (counts are bucketed, capped at the number of papers), so
    /// the explorer can redo it for every search.
    public init(papers list: some Collection<Paper>) {
        self.init(facts: list.lazy.map(Facts.init))
    }

    /// The metrics of the papers at `indices`, each read where it lies (the explorer redoes them
    /// at every keystroke: a paper copied is a retain of every string and array in it).
    public init(_ indices: some Collection<Int>, of papers: PaperReader) {
        self.init(facts: indices.lazy.map { Facts(papers[$0]) })
    }

    /// What the metrics read of a paper.
    struct Facts: Sendable {
        let citations: Int?, citationsByYear: [YearCount], year: Int?
        init(_ p: borrowing Paper) { (citations, citationsByYear, year) = (p.citations?.count, p.citationsByYear, p.year) }
    }

    init(facts list: some Collection<Facts>) {
        let n = list.count
        var buckets = [Int](repeating: 0, count: n + 1)
        var perYear: [Int: Int] = [:], papersYear: [Int: Int] = [:]
        var total = 0, counted = 0, i10 = 0, bigCount = 0, bigSum = 0
        for p in list {
            if let c = p.citations {
                counted += 1
                total += c
                if c >= 10 { i10 += 1 }
                if c >= n { bigCount += 1; bigSum += c }
                buckets[min(c, n)] += 1
            }
            for y in p.citationsByYear { perYear[y.year, default: 0] += y.count }
            if let y = p.year { papersYear[y, default: 0] += 1 }
        }
        papers = n
        self.counted = counted
        citations = total
        i10Index = i10
        // h: the largest k with at least k papers cited k times or more.
        var atLeast = 0, h = 0
        var k = n
        while k > 0 {
            atLeast += buckets[k]
            if atLeast >= k { h = k; break }
            k -= 1
        }
        hIndex = h
        // g: the papers cited n times or more all count (each is cited at least g times); then
        // the others, most cited first.
        var g = min(bigCount, n), rank = bigCount, sum = bigSum
        var v = n - 1
        while v >= 0, rank < n {
            for _ in 0..<buckets[v] {
                rank += 1
                sum += v
                if sum >= rank * rank { g = rank }
            }
            v -= 1
        }
        gIndex = g
        citationsPerYear = perYear.keys.sorted().map { YearCount(year: $0, count: perYear[$0]!) }
        papersPerYear = papersYear.keys.sorted().map { YearCount(year: $0, count: papersYear[$0]!) }
    }

    /// The h-index of counts sorted most first (for checking the one-pass count).
    public static func h(sortedDescending c: [Int]) -> Int {
        var h = 0
        while h < c.count, c[h] >= h + 1 { h += 1 }
        return h
    }

    /// The g-index of counts sorted most first, at most their number.
    public static func g(sortedDescending c: [Int]) -> Int {
        var sum = 0, g = 0
        for (k, x) in c.enumerated() {
            sum += x
            if sum >= (k + 1) * (k + 1) { g = k + 1 }
        }
        return g
    }

    /// Whether any paper had a count: without one the metrics say nothing.
    public var hasCitations: Bool { counted > 0 }
}
