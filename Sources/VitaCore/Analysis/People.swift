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
    /// Other names the person is written with (variants an id joins: `B. Chen` for `Bo Chen`).
    public var otherNames: [String] = []
    /// Where they are: as their own record in the file states (the DBLP dump's person records),
    /// else the first affiliation of theirs on the latest of their papers that gives one.
    public var affiliation: String?
}

/// Finding people in a record: `vita person`.
public enum People {
    /// The people whose name holds every word of `query` as the start of one of its words (case
    /// and accents aside), or whose ORCID or DBLP pid is `query`; most papers first. `total` is
    /// how many matched before `limit`.
    public static func find(_ query: String, in library: Library, limit: Int = 20) -> (matches: [PersonMatch], total: Int) {
        let index = library.peopleIndex
        let asID = Library.ownerIDs(query)
        guard !asID.isEmpty else {
            let (people, total) = index.find(query, limit: max(0, limit))
            return (people.map { match($0, in: library) }, total)
        }
        // The people an id names: by the ids kept with the index when the papers are not read (a
        // reopened record: one id is one person once name variants are joined), else in one pass
        // over the papers (a person's later ids too).
        if !library.papersAreRead {
            let named = index.people(sharing: asID)
            if !named.isEmpty { return (index.rank(named, limit: max(0, limit)).map { match($0, in: library) }, named.count) }
        }
        var idKeys = Set<String>()
        for p in library.papers {
            for a in p.authors where a.ids.map({ Library.share($0, asID) }) == true { idKeys.insert(a.key) }
        }
        let named = idKeys.compactMap(index.person(key:))
        return (index.rank(named, limit: max(0, limit)).map { match($0, in: library) }, named.count)
    }

    /// Person `p` of the library's people index, with their ids and most frequent coauthors.
    public static func match(_ p: Int, in library: Library) -> PersonMatch {
        let index = library.peopleIndex
        let key = index.key(p)
        let ids = index.ids(p)
        let with = index.coauthors(of: p, limit: 3).map { c in index.name(c.person) + (homonym(index.key(c.person)).map { " " + $0 } ?? "") }
        let years = index.years(p)
        return PersonMatch(name: index.name(p), key: key, homonym: homonym(key), papers: index.paperCount(p), firstYear: years?.first,
                           lastYear: years?.last, orcid: ids.orcid,
                           // A DBLP "id" that is only the name with its number says nothing more.
                           dblp: ids.dblp.flatMap { $0.contains("/") ? $0 : nil }, coauthors: Array(with), otherNames: index.otherNames(p),
                           affiliation: index.place(p))
    }

    /// `name` with DBLP's homonym number when `key` carries one (`Wei Wang 0003`), so two people
    /// of one name are told apart where they are listed together.
    public static func shown(_ name: String, key: String) -> String {
        guard let h = homonym(key), !name.hasSuffix(" " + h) else { return name }
        return name + " " + h
    }

    /// DBLP's homonym number at the end of a key (`manish singh 0001`).
    static func homonym(_ key: String) -> String? {
        guard let last = key.split(separator: " ").last, last.count == 4, last.allSatisfy(\.isNumber), last != Substring(key) else { return nil }
        return String(last)
    }
}
