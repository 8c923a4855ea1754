/// Counts of the papers shown by category, year, venue, coauthor and tag: the facets panel of
/// the explorer, where a facet added to the filter narrows the list to its papers.
public struct Facets: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case category, year, venue, coauthor, tag

        public var title: String {
            switch self {
            case .category: return "Category"
            case .year: return "Year"
            case .venue: return "Venue"
            case .coauthor: return "Coauthor"
            case .tag: return "Tag"
            }
        }
    }

    /// One value of a kind and how many of the papers have it.
    public struct Facet: Sendable, Equatable {
        public var kind: Kind
        public var value: String
        public var count: Int

        /// The query term that finds the papers with this value (`cat:CV`, `venue:"Neural Networks"`).
        public var term: String {
            func quoted(_ s: String) -> String {
                let clean = s.replacingOccurrences(of: "\"", with: " ")
                return clean.contains(where: { $0 == " " || $0 == ":" || $0 == "(" || $0 == ")" }) || clean.hasPrefix("-") ? "\"\(clean)\"" : clean
            }
            switch kind {
            case .category: return "cat:" + quoted(value)
            case .year: return "year:" + value
            case .venue: return "venue:\"" + value.replacingOccurrences(of: "\"", with: " ") + "\""
            case .coauthor: return "author:\"" + value.replacingOccurrences(of: "\"", with: " ") + "\""
            case .tag: return "tag:" + value
            }
        }
    }

    public struct Group: Sendable, Equatable {
        public var kind: Kind
        /// The values with the most papers first (years: newest first), at most the limit asked.
        public var facets: [Facet]
        /// How many different values there are in all.
        public var distinct: Int
    }

    /// Groups with at least one value, in the order of `Kind`.
    public var groups: [Group]
    public var papers: Int

    /// Counts `indices` of `library` (read in place); `tags` is paper id to its tags. The owner of
    /// a profile is not a coauthor of their own papers, and neither is `Anonymous`.
    /// Years are all listed (up to `yearLimit`), newest first; other kinds the `limit` most common.
    public init(library: Library, indices: [Int], tags: [String: Set<String>] = [:], limit: Int = 8, yearLimit: Int = 60) {
        let all = library.papers
        papers = indices.count
        var categories: [String: Int] = [:]
        var years: [Int: Int] = [:]
        var venues: [String: Int] = [:]
        var people: [String: (name: String, count: Int)] = [:]
        var tagCounts: [String: Int] = [:]
        let ownerKey = library.ownerKey
        for i in indices {
            let p = all[i]
            if let c = p.category { categories[c, default: 0] += 1 }
            if let y = p.year { years[y, default: 0] += 1 }
            if let v = p.venue, !v.isEmpty { venues[v, default: 0] += 1 }
            var ownerPosition = -1
            if case .listed(let position) = p.owner { ownerPosition = position }
            for (k, a) in p.authors.enumerated() where k != ownerPosition && a.key != ownerKey && !NameKey.isNobody(a.key) && !a.key.isEmpty {
                people[a.key, default: (a.name, 0)].count += 1
            }
            if !tags.isEmpty, let ts = tags[p.id] { for t in ts { tagCounts[t, default: 0] += 1 } }
        }
        /// The most common first (ties by name), unless `ordered` says the order is given.
        func top(_ kind: Kind, _ counts: [(String, Int)], ordered: Bool = false) -> Group? {
            guard !counts.isEmpty else { return nil }
            let sorted = ordered ? counts : counts.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
            return Group(kind: kind, facets: sorted.prefix(ordered ? yearLimit : limit).map { Facet(kind: kind, value: $0.0, count: $0.1) }, distinct: counts.count)
        }
        groups = [
            top(.category, categories.map { ($0.key, $0.value) }),
            top(.year, years.sorted { $0.key > $1.key }.map { (String($0.key), $0.value) }, ordered: true),
            top(.venue, venues.map { ($0.key, $0.value) }),
            top(.coauthor, people.values.map { ($0.name, $0.count) }),
            top(.tag, tagCounts.map { ($0.key, $0.value) }),
        ].compactMap { $0 }
    }
}
