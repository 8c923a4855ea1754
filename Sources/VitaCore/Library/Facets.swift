import Dispatch
import FoundationEssentials

/// Counts of the papers shown by category, year, type, status (retracted or withdrawn), venue, affiliation, keyword, coauthor and tag: the facets panel of
/// the explorer, where a facet added to the filter narrows the list to its papers.
public struct Facets: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable {
        case category, year, type, status, venue, affiliation, keyword, coauthor, tag

        public var title: String {
            switch self {
            case .category: return "Category"
            case .year: return "Year"
            case .type: return "Type"
            case .status: return "Status"
            case .venue: return "Venue"
            case .affiliation: return "Affiliation"
            case .keyword: return "Keyword"
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
                let clean = s.replacingAll("\"", with: " ")
                return clean.contains(where: { $0 == " " || $0 == ":" || $0 == "(" || $0 == ")" }) || clean.hasPrefix("-") ? "\"\(clean)\"" : clean
            }
            switch kind {
            case .category: return "cat:" + quoted(value)
            case .year: return "year:" + value
            case .type: return "type:" + value
            // `is:retracted` finds the withdrawn papers too: the one value counts both.
            case .status: return "is:retracted"
            case .venue: return "venue:\"" + value.replacingAll("\"", with: " ") + "\""
            case .affiliation: return "aff:\"" + value.replacingAll("\"", with: " ") + "\""
            case .keyword: return "keywords:\"" + value.replacingAll("\"", with: " ") + "\""
            case .coauthor: return "author:\"" + value.replacingAll("\"", with: " ") + "\""
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

    /// Counts `indices` of `library` (read in place, a part on each core). The owner of a
    /// profile is not a coauthor of their own papers, and neither is `Anonymous`. Years are all
    /// listed (up to `yearLimit`), newest first; other kinds the `limit` most common. Tags are
    /// the user's, not the record's: `withTags` adds them.
    public init(library: Library, indices: [Int], limit: Int = 8, yearLimit: Int = 60) {
        struct Part {
            var categories: [String: Int] = [:], years: [Int: Int] = [:], venues: [String: Int] = [:], people: [String: Int] = [:]
            var keywords: [String: Int] = [:], types: [String: Int] = [:]
            /// The paper's affiliation and its authors' others, each once a paper (what `aff:` searches).
            var places: [String: Int] = [:]
            /// Papers a source says were retracted, and withdrawn.
            var retracted = 0, withdrawn = 0
            /// Papers by person number, when the people are numbered.
            var byNumber: [Int32] = []
        }
        let all = library.reader(for: indices)
        let indices = all.inReadingOrder(indices)
        papers = indices.count
        let ownerKey = library.ownerKey
        let cores = indices.count < 20_000 ? 1 : max(1, Cores.active)
        let chunk = (indices.count + cores - 1) / max(1, cores)
        // Many papers of a record whose people are numbered (the explorer numbers them after its
        // first frame) count their people by number: a map of a name for each of millions of
        // authors was most of the counting (1 s for 180,000 papers of DBLP's, 0.2 s by number).
        let numbers = indices.count >= 20_000 ? library.personNumbersIfMade : nil
        let countable = numbers.map { n in n.keys.map { !$0.isEmpty && $0 != ownerKey && !NameKey.isNobody($0) } }
        let authorPlaces = library.present.contains(.authorAffiliations)
        let parts = UnsafeMutableBufferPointer<Part>.allocate(capacity: cores)
        parts.initialize(repeating: Part())
        defer { parts.deinitialize().deallocate() }
        let box = PartsBox(parts: parts)
        DispatchQueue.concurrentPerform(iterations: cores) { c in
            var part = Part()
            if let numbers { part.byNumber = [Int32](repeating: 0, count: numbers.count) }
            for k in (c * chunk)..<min(indices.count, (c + 1) * chunk) {
                let i = indices[k]
                all.at(i) { p in
                    if let c = p.pointee.category { part.categories[c, default: 0] += 1 }
                    if let y = p.pointee.date?.year { part.years[y, default: 0] += 1 }
                    if let t = p.pointee.type { part.types[t.rawValue, default: 0] += 1 }
                    switch p.pointee.retraction {
                    case .retracted: part.retracted += 1
                    case .withdrawn: part.withdrawn += 1
                    case nil: break
                    }
                    if let v = p.pointee.venue, !v.isEmpty { part.venues[v, default: 0] += 1 }
                    for k in p.pointee.keywords { part.keywords[k, default: 0] += 1 }
                    if let a = p.pointee.affiliation { part.places[a, default: 0] += 1 }
                    // The authors looked at only in a record where some have them (read by
                    // number, a paper's authors are otherwise not read at all).
                    if authorPlaces { p.pointee.forEachAuthorAffiliation { part.places[$0, default: 0] += 1 } }
                    var ownerPosition = -1
                    if case .listed(let position) = p.pointee.owner { ownerPosition = position }
                    // Each person once a paper (a paper lists a person twice now and then): the
                    // count is of the papers a facet filters to.
                    if let numbers, let countable {
                        for j in Int(numbers.starts[i])..<Int(numbers.starts[i + 1]) {
                            let s = Int(numbers.people[j])
                            if countable[s], Int(numbers.positions[j]) != ownerPosition { part.byNumber[s] += 1 }
                        }
                        return
                    }
                    p.pointee.authors.withUnsafeBufferPointer { authors in
                        // Met before on the paper: looked for among the few before, or in a set
                        // on a paper of many (DBLP's run to 500 authors).
                        var seen: Set<String>? = authors.count > 16 ? Set(minimumCapacity: authors.count) : nil
                        for (j, a) in authors.enumerated() {
                            if seen != nil {
                                guard seen!.insert(a.key).inserted else { continue }
                            } else if j > 0, authors[..<j].contains(where: { $0.key == a.key }) {
                                continue
                            }
                            guard j != ownerPosition, !a.key.isEmpty, a.key != ownerKey, !NameKey.isNobody(a.key) else { continue }
                            part.people[a.key, default: 0] += 1
                        }
                    }
                }
            }
            box.parts[c] = part
        }
        var total = Part()
        for part in parts {
            total.categories.merge(part.categories, uniquingKeysWith: +)
            total.years.merge(part.years, uniquingKeysWith: +)
            total.venues.merge(part.venues, uniquingKeysWith: +)
            total.keywords.merge(part.keywords, uniquingKeysWith: +)
            total.places.merge(part.places, uniquingKeysWith: +)
            total.types.merge(part.types, uniquingKeysWith: +)
            total.people.merge(part.people, uniquingKeysWith: +)
            total.retracted += part.retracted
            total.withdrawn += part.withdrawn
        }
        if let numbers {
            for s in 0..<numbers.count {
                let n = parts.reduce(0) { $0 + Int($1.byNumber[s]) }
                if n > 0 { total.people[numbers.keys[s], default: 0] += n }
            }
        }
        // People are counted by key and named by the library's people index.
        let people = Self.top(.coauthor, total.people.map { ($0.key, $0.value) }, limit: limit).map { g -> Group in
            var named = g
            named.facets = g.facets.map { f in
                var n = f
                n.value = library.personName(key: f.value) ?? f.value
                return n
            }
            return named
        }
        groups = [
            Self.top(.category, total.categories.map { ($0.key, $0.value) }, limit: limit),
            Self.top(.year, total.years.sorted { $0.key > $1.key }.map { (String($0.key), $0.value) }, limit: yearLimit, ordered: true),
            Self.top(.type, total.types.map { ($0.key, $0.value) }, limit: limit),
            Self.status(retracted: total.retracted, withdrawn: total.withdrawn),
            Self.top(.venue, total.venues.map { ($0.key, $0.value) }, limit: limit),
            Self.top(.affiliation, total.places.map { ($0.key, $0.value) }, limit: limit),
            Self.top(.keyword, total.keywords.map { ($0.key, $0.value) }, limit: limit),
            people,
        ].compactMap { $0 }
    }

    /// The most common first (ties by name), unless `ordered` says the order is given.
    static func top(_ kind: Kind, _ counts: [(String, Int)], limit: Int, ordered: Bool = false) -> Group? {
        guard !counts.isEmpty else { return nil }
        let sorted = ordered ? counts : counts.sorted { ($0.1, $1.0) > ($1.1, $0.0) }
        return Group(kind: kind, facets: sorted.prefix(limit).map { Facet(kind: kind, value: $0.0, count: $0.1) }, distinct: counts.count)
    }

    /// The papers taken back among those shown, as one value (`is:retracted` finds both kinds),
    /// named by the kinds there are; none when there are none.
    static func status(retracted: Int, withdrawn: Int) -> Group? {
        let value: String
        switch (retracted > 0, withdrawn > 0) {
        case (false, false): return nil
        case (true, false): value = Retraction.retracted.rawValue
        case (false, true): value = Retraction.withdrawn.rawValue
        case (true, true): value = "taken back"   // both, as `vita check` says
        }
        return Group(kind: .status, facets: [Facet(kind: .status, value: value, count: retracted + withdrawn)], distinct: 1)
    }

    /// These counts with the tags of the papers shown (`tags`: paper id to its tags).
    public func withTags(_ tags: [String: Set<String>], shown: (String) -> Bool, limit: Int = 8) -> Facets {
        var counts: [String: Int] = [:]
        for (id, ts) in tags where shown(id) { for t in ts { counts[t, default: 0] += 1 } }
        var out = self
        out.groups.removeAll { $0.kind == .tag }
        if let g = Self.top(.tag, counts.map { ($0.key, $0.value) }, limit: limit) { out.groups.append(g) }
        return out
    }
}

private struct PartsBox<T>: @unchecked Sendable {
    let parts: UnsafeMutableBufferPointer<T>
}
