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

    /// An affiliation and the papers that give it, with their first and last year.
    public struct Affiliation: Sendable, Equatable, Codable {
        public var name: String
        public var papers: Int
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
    /// Papers a source says were retracted or withdrawn (counted in the metrics as any other).
    public var retracted: Int
    /// People who share papers with the owner (or, without a profile, everyone), most shared first.
    public var coauthors: [Coauthor]
    /// Where the owner was, as their papers' sources say (or, without an owner, where any author
    /// was), most papers first: a paper counts once for each of its affiliations.
    public var affiliations: [Affiliation] = []
    public var diagnostics: Int
    /// Citations, h-index, i10, g-index and citations per year over the same papers.
    public var metrics: Metrics

    public struct CategoryCount: Sendable, Equatable, Codable {
        public var category: String
        public var papers: Int
    }

    /// `indices`: the papers of the library to count (all by default), as the explorer shows them.
    /// `coauthors: false` leaves `coauthors` and `affiliations` empty, for callers that only chart
    /// the years. Papers are read in place, never copied (a copy of each is most of the cost on
    /// large records).
    public init(library: Library, indices: [Int]? = nil, coauthors countCoauthors: Bool = true) {
        let chosen = indices ?? Array(0..<library.paperCount)
        let all = library.reader(for: chosen)
        papers = chosen.count
        // What the metrics need is taken in the same pass (the papers of a large record are read as they are asked for).
        var facts: [Metrics.Facts] = []
        facts.reserveCapacity(chosen.count)
        var code = 0, cut = 0, taken = 0
        diagnostics = library.diagnostics.count

        var years: [Int: YearCount] = [:]
        var categories: [String: Int] = [:]
        var noDate = 0
        var places: [String: Affiliation] = [:]
        let anyOwner = library.ownerKey != nil
        let countPlaces = countCoauthors && library.present.contains(.authorAffiliations)
        for i in all.inReadingOrder(chosen) { all.with(i) { paper in
            facts.append(Metrics.Facts(paper))
            if countPlaces { Self.countAffiliations(of: paper, ownerOnly: anyOwner, into: &places) }
            if paper.hasCode { code += 1 }
            if paper.authorsTruncated { cut += 1 }
            if paper.retraction != nil { taken += 1 }
            // Without a category (a .bib), the entry type says what kind of work it is.
            let cat = Self.category(of: paper)
            categories[cat, default: 0] += 1
            guard let date = paper.date else { noDate += 1; return }
            var y = years[date.year] ?? YearCount(year: date.year, papers: 0, inferred: 0, byCategory: [:])
            y.papers += 1
            if date.yearInferred { y.inferred += 1 }
            y.byCategory[cat, default: 0] += 1
            years[date.year] = y
        } }
        undated = noDate
        withCode = code
        truncatedAuthorLists = cut
        retracted = taken
        metrics = Metrics(facts: facts)
        if let first = years.keys.min(), let last = years.keys.max() {
            perYear = (first...last).map { years[$0] ?? YearCount(year: $0, papers: 0, inferred: 0, byCategory: [:]) }
        } else {
            perYear = []
        }
        perCategory = Self.sorted(categories)
        affiliations = places.values.sorted { ($0.papers, $1.name) > ($1.papers, $0.name) }

        let ownerKey = library.ownerKey
        let shared = countCoauthors ? Statistics.peopleList(in: library, indices: chosen).filter { $0.key != ownerKey } : []
        coauthors = shared.sorted { ($0.sharedPapers, $1.name, $1.key) > ($1.sharedPapers, $0.name, $0.key) }
    }

    /// Counts a paper's affiliations: the owner's, where the owner is among its authors (or, for
    /// a record with no owner, every author's), each once.
    static func countAffiliations(of paper: Paper, ownerOnly: Bool, into places: inout [String: Affiliation]) {
        let names: [String]
        if ownerOnly {
            guard case .listed(let k) = paper.owner, k < paper.authors.count, !paper.authors[k].affiliations.isEmpty else { return }
            names = paper.authors[k].affiliations
        } else {
            guard paper.authorsHaveAffiliations else { return }
            var seen = Set<String>()
            names = paper.authors.flatMap(\.affiliations).filter { seen.insert($0).inserted }
        }
        let year = paper.date?.year
        for name in names {
            var a = places[name] ?? Affiliation(name: name, papers: 0, firstYear: nil, lastYear: nil)
            a.papers += 1
            if let year {
                a.firstYear = min(a.firstYear ?? year, year)
                a.lastYear = max(a.lastYear ?? year, year)
            }
            places[name] = a
        }
    }

    /// What kind of work a paper is, for counting: its category, else (a .bib) its entry type, else
    /// its publication type.
    static func category(of p: borrowing Paper) -> String {
        p.category ?? p.entry?.type ?? p.type?.rawValue ?? "other"
    }

    /// Categories and their counts, most papers first.
    static func sorted(_ counts: [String: Int]) -> [CategoryCount] {
        counts.map { CategoryCount(category: $0.key, papers: $0.value) }.sorted { ($0.papers, $1.category) > ($1.papers, $0.category) }
    }

    /// The categories of every paper of `papers`, most papers first. Each paper is read where it
    /// lies, a run of them on each core: a `for` over the array copied every paper (every string
    /// and array of it retained and released), 0.3 s of one core's work in a million records'
    /// first open, while the other waited.
    static func categories(of papers: [Paper]) -> [CategoryCount] {
        let parts = papers.withUnsafeBufferPointer { all in
            let all = Shared(all)
            return Parallel.runs(all.value.count, chunk: 16_384) { run -> [String: Int] in
                var counts: [String: Int] = [:]
                for i in run { counts[category(of: all.value[i]), default: 0] += 1 }
                return counts
            }
        }
        var counts: [String: Int] = [:]
        for part in parts { counts.merge(part, uniquingKeysWith: +) }
        return sorted(counts)
    }

    /// Everyone visible on `papers`, by name key: the name as first written in the record, the
    /// papers they are on (a paper counts once even if it lists a name twice), the first and last
    /// year. `Anonymous` and `others` are nobody.
    /// `reader`: the papers, when the caller has already read them (of these or more).
    public static func people(in library: Library, indices: [Int], reader: PaperReader? = nil) -> [String: Coauthor] {
        Dictionary(uniqueKeysWithValues: peopleList(in: library, indices: indices, reader: reader).map { ($0.key, $0) })
    }

    /// `peopleList` of a few papers of a record whose papers are not all read (numbering every
    /// person would read them all): counted by key. The names are the people index's when it is
    /// at hand (the name as first written in the record), else the first met among these papers.
    static func peopleByKey(_ all: PaperReader, _ indices: [Int], names index: PeopleIndex?) -> [Coauthor] {
        var slot: [String: Int] = [:]
        var out: [Coauthor] = []
        var lastPaper: [Int] = []
        for k in indices { all.with(k) { paper in
            let year = paper.date?.year
            for a in paper.authors where !NameKey.isNobody(a.key) {
                let s: Int
                if let known = slot[a.key] {
                    s = known
                } else {
                    s = out.count
                    slot[a.key] = s
                    out.append(Coauthor(name: index.flatMap { i in i.person(key: a.key).map(i.name) } ?? a.name, key: a.key, sharedPapers: 0))
                    lastPaper.append(-1)
                }
                // A paper counts once for a person it lists twice.
                if lastPaper[s] == k { continue }
                lastPaper[s] = k
                out[s].sharedPapers += 1
                if let year {
                    out[s].firstYear = min(out[s].firstYear ?? year, year)
                    out[s].lastYear = max(out[s].lastYear ?? year, year)
                }
            }
        } }
        return out
    }

    /// `people(in:indices:)` as a list, in no order callers may rely on (the order first met,
    /// or, counted on several cores, each core's people in that order, one core's after
    /// another): counted by person number (`Library.personNumbers`), with no map of names.
    /// Once the people are numbered, no paper is read: each paper's people and year are the numbers'.
    public static func peopleList(in library: Library, indices: [Int], reader: PaperReader? = nil) -> [Coauthor] {
        let numbers: PersonNumbers
        if let made = library.personNumbersIfMade {
            numbers = made
        } else {
            let all = reader ?? library.reader(for: indices)
            // A few papers of a record whose people are not numbered yet (one person's, while the
            // explorer's charts number them all on another thread, for seconds at DBLP's size)
            // are counted by key, not made to wait for every person of the record numbered.
            guard all.hasAll, indices.count * 8 >= library.paperCount else {
                return peopleByKey(all, all.inReadingOrder(indices), names: library.peopleIndexIfReady)
            }
            numbers = library.personNumbers
        }
        let t = numbers.tally(indices, years: numbers.years, starts: numbers.starts, members: numbers.people)
        return zip(t.met, t.counted).map { s32, c in
            let s = Int(s32)
            return Coauthor(name: numbers.names[s], key: numbers.keys[s], sharedPapers: Int(c.papers),
                            firstYear: c.first == 0 ? nil : Int(c.first), lastYear: c.last == 0 ? nil : Int(c.last))
        }
    }
}

extension Statistics {
    /// The same papers' citations per year in the shape of papers per year (one series,
    /// `citations`, every year from the first to the last), for the years chart to draw.
    public var citationsAsYears: Statistics {
        var s = self
        let years = metrics.citationsPerYear
        var perYear: [YearCount] = []
        if let first = years.first?.year, let last = years.last?.year, last - first < 10_000 {
            let byYear = Dictionary(years.map { ($0.year, $0.count) }, uniquingKeysWith: +)
            for y in first...last {
                let n = byYear[y] ?? 0
                perYear.append(YearCount(year: y, papers: n, inferred: 0, byCategory: n > 0 ? ["citations": n] : [:]))
            }
        }
        s.perYear = perYear
        s.undated = 0
        s.perCategory = [CategoryCount(category: "citations", papers: years.reduce(0) { $0 + $1.count })]
        return s
    }
}

