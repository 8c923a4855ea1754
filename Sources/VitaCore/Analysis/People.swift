/// One person of a record found by name or id: how many papers they have in it, over which
/// years, their ids, and the people they publish with most (which tells homonyms apart).
public struct PersonMatch: Sendable, Equatable, Codable {
    public var name: String
    /// The key that is the person's identity in the record (DBLP's homonym number included).
    public var key: String
    /// DBLP's homonym number (`0001`), when the key carries one.
    public var homonym: String?
    public var papers: Int
    public var firstYear: Int?
    public var lastYear: Int?
    public var orcid: String?
    public var dblp: String?
    /// The three coauthors with the most papers together, most first.
    public var coauthors: [String]
}

/// Finding people in a record: `vita person`.
public enum People {
    /// The people whose name holds every word of `query` as the start of one of its words (case
    /// and accents aside), or whose ORCID or DBLP pid is `query`; most papers first. `total` is
    /// how many matched before `limit`.
    public static func find(_ query: String, in library: Library, limit: Int = 20) -> (matches: [PersonMatch], total: Int) {
        let words = Tokenizer.tokens(query)
        let asID = Library.ownerIDs(query)
        var everyone = Statistics.people(in: library, indices: Array(library.papers.indices))
        // The owner is on papers that list only the first authors too (`et al.`).
        if let owner = library.ownerKey, var o = everyone[owner] {
            let theirs = library.papers.filter { $0.owner != .none }
            if theirs.count > o.sharedPapers {
                let years = theirs.compactMap(\.date?.year)
                (o.sharedPapers, o.firstYear, o.lastYear) = (theirs.count, years.min(), years.max())
                everyone[owner] = o
            }
        }
        // Ids of the people named by one, found in one pass.
        var idKeys = Set<String>()
        if !asID.isEmpty {
            for p in library.papers {
                for a in p.authors where a.ids.map({ Library.share($0, asID) }) == true { idKeys.insert(a.key) }
            }
        }
        var found = everyone.values.filter { person in
            if idKeys.contains(person.key) { return true }
            guard !words.isEmpty else { return asID.isEmpty }
            let nameWords = Tokenizer.tokens(person.name)
            return words.allSatisfy { w in nameWords.contains { $0.hasPrefix(w) } }
        }
        let total = found.count
        found.sort { ($0.sharedPapers, $1.name, $1.key) > ($1.sharedPapers, $0.name, $0.key) }
        let chosen = Array(found.prefix(max(0, limit)))
        let wanted = Set(chosen.map(\.key))
        // Their papers and ids, in one more pass.
        var papersOf: [String: [Int]] = [:]
        var ids: [String: AuthorIdentifiers] = [:]
        for (i, p) in library.papers.enumerated() {
            for a in p.authors where wanted.contains(a.key) {
                if papersOf[a.key]?.last != i { papersOf[a.key, default: []].append(i) }
                if let found = a.ids {
                    var known = ids[a.key] ?? AuthorIdentifiers()
                    known.orcid = known.orcid ?? found.orcid
                    known.dblp = known.dblp ?? found.dblp
                    ids[a.key] = known
                }
            }
        }
        let matches = chosen.map { c -> PersonMatch in
            let with = Statistics.people(in: library, indices: papersOf[c.key] ?? []).values
                .filter { $0.key != c.key }
                .sorted { ($0.sharedPapers, $1.name) > ($1.sharedPapers, $0.name) }
                .prefix(3).map { $0.name + (homonym($0.key).map { " " + $0 } ?? "") }
            let number = homonym(c.key)
            let dblp = ids[c.key]?.dblp
            return PersonMatch(name: c.name, key: c.key, homonym: number, papers: c.sharedPapers, firstYear: c.firstYear,
                               lastYear: c.lastYear, orcid: ids[c.key]?.orcid,
                               // A DBLP "id" that is only the name with its number says nothing more.
                               dblp: dblp.flatMap { $0.contains("/") ? $0 : nil }, coauthors: Array(with))
        }
        return (matches, total)
    }

    /// DBLP's homonym number at the end of a key (`manish singh 0001`).
    static func homonym(_ key: String) -> String? {
        guard let last = key.split(separator: " ").last, last.count == 4, last.allSatisfy(\.isNumber), last != Substring(key) else { return nil }
        return String(last)
    }
}
