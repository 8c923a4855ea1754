/// Summary figures of a set of papers: the numbers behind `vita stats` and the charts.
public struct Statistics: Sendable, Equatable, Codable {
    public struct YearCount: Sendable, Equatable, Codable {
        public var year: Int
        public var papers: Int
        /// Of those, how many had their year inferred.
        public var inferred: Int
        public var byCategory: [String: Int]
    }

    public struct Coauthor: Sendable, Equatable, Codable {
        public var name: String
        public var key: String
        public var sharedPapers: Int
        public var firstYear: Int?
        public var lastYear: Int?
    }

    public var papers: Int
    /// Every year from the first to the last, empty years included.
    public var perYear: [YearCount]
    public var undated: Int
    /// Category and count, most papers first.
    public var perCategory: [CategoryCount]
    public var withCode: Int
    public var truncatedAuthorLists: Int
    /// People who share papers with the owner (or, without a profile, everyone), most shared first.
    public var coauthors: [Coauthor]
    public var diagnostics: Int

    public struct CategoryCount: Sendable, Equatable, Codable {
        public var category: String
        public var papers: Int
    }

    /// `coauthors: false` leaves `coauthors` empty, for callers that only chart the years.
    public init(library: Library, papers selection: [Paper]? = nil, coauthors countCoauthors: Bool = true) {
        let list = selection ?? library.papers
        papers = list.count
        withCode = list.filter(\.hasCode).count
        truncatedAuthorLists = list.filter(\.authorsTruncated).count
        diagnostics = library.diagnostics.count

        var years: [Int: YearCount] = [:]
        var categories: [String: Int] = [:]
        undated = 0
        for p in list {
            // Without a category (a .bib), the entry type says what kind of work it is.
            let cat = p.category ?? p.entry?.type ?? "other"
            categories[cat, default: 0] += 1
            guard let date = p.date else { undated += 1; continue }
            var y = years[date.year] ?? YearCount(year: date.year, papers: 0, inferred: 0, byCategory: [:])
            y.papers += 1
            if date.yearInferred { y.inferred += 1 }
            y.byCategory[cat, default: 0] += 1
            years[date.year] = y
        }
        if let first = years.keys.min(), let last = years.keys.max() {
            perYear = (first...last).map { years[$0] ?? YearCount(year: $0, papers: 0, inferred: 0, byCategory: [:]) }
        } else {
            perYear = []
        }
        perCategory = categories.map { CategoryCount(category: $0.key, papers: $0.value) }
            .sorted { ($0.papers, $1.category) > ($1.papers, $0.category) }

        let ownerKey = library.ownerKey
        let shared = countCoauthors ? Statistics.people(in: list).filter { $0.key != ownerKey } : [:]
        coauthors = shared.values.sorted { ($0.sharedPapers, $1.name) > ($1.sharedPapers, $0.name) }
    }

    /// Everyone visible on `papers`, by name key: the name as first written, the papers they are on
    /// (a paper counts once even if it lists a name twice), the first and last year. `Anonymous`
    /// and `others` are nobody.
    public static func people(in papers: [Paper]) -> [String: Coauthor] {
        var out: [String: Coauthor] = [:]
        for p in papers {
            for (i, a) in p.authors.enumerated() where !NameKey.isNobody(a.key) && !p.authors[..<i].contains(where: { $0.key == a.key }) {
                var c = out[a.key] ?? Coauthor(name: a.name, key: a.key, sharedPapers: 0)
                c.sharedPapers += 1
                if let y = p.year {
                    c.firstYear = min(c.firstYear ?? y, y)
                    c.lastYear = max(c.lastYear ?? y, y)
                }
                out[a.key] = c
            }
        }
        return out
    }
}
