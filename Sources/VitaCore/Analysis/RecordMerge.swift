/// Several files opened as one record: the same paper read from two sources becomes one paper.
///
/// Two papers of different files are the same work when they share an identifier (DOI, arXiv
/// id, DBLP key, Semantic Scholar or OpenAlex id, PubMed id), or else when their titles agree
/// once folded, their years are at most one apart and their first authors agree (or one source
/// names only the person the record is about, as ORCID does). Papers of one file are never
/// merged with each other (they are linked as possible duplicates instead), and one merged paper
/// takes at most one paper of each file.
///
/// Which source gives each value is `precedence`, one table, shown by `vita show`.
public enum RecordMerge {
    /// For each value, the formats in the order they are trusted; a format not listed comes after
    /// those listed, in the order the files were given. Rules beyond the order:
    /// - authors: the fullest list (most names, not cut with et al.) wins; the order breaks ties.
    /// - date: the first source by the order; a later one of the same year refines a coarser date.
    /// - venue: a preprint server (`CoRR`, `arXiv`) gives way to any other venue.
    /// - abstract: the longest.
    /// - citations: the newest count (a source that says when it counted is newer than one that
    ///   does not); between undated counts, the largest. Citations per year come with it.
    /// - identifiers and links: every source's, joined.
    public static let precedence: [(field: String, formats: [String])] = [
        ("title", ["dblp", "bibtex", "csl-json", "ris", "orcid", "orcid-xml", "openalex", "arxiv", "s2", "profile"]),
        ("authors", ["dblp", "bibtex", "csl-json", "ris", "openalex", "s2", "arxiv", "profile", "orcid", "orcid-xml"]),
        ("date", ["dblp", "bibtex", "csl-json", "ris", "openalex", "orcid", "orcid-xml", "s2", "arxiv", "profile"]),
        ("venue", ["dblp", "bibtex", "csl-json", "ris", "openalex", "orcid", "orcid-xml", "s2", "arxiv", "profile"]),
        ("type", ["dblp", "bibtex", "csl-json", "ris", "openalex", "orcid", "orcid-xml", "s2", "arxiv", "profile"]),
        ("volume", ["dblp", "bibtex", "csl-json", "ris", "openalex", "s2"]),
        ("pages", ["dblp", "bibtex", "csl-json", "ris", "openalex", "s2"]),
        ("abstract", ["profile", "arxiv", "s2", "openalex", "csl-json", "ris", "bibtex"]),
        ("citations", ["openalex", "s2", "ris", "profile"]),
        ("category", ["profile", "arxiv", "openalex", "s2"]),
        ("affiliation", ["profile", "openalex", "arxiv", "ris", "bibtex"]),
    ]

    /// `precedence` as lookups: field, then format, to its place (made once).
    static let ranks: [String: [String: Int]] = {
        var out: [String: [String: Int]] = [:]
        for (field, formats) in precedence {
            out[field] = Dictionary(formats.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        }
        return out
    }()

    static func rank(_ field: String) -> [String: Int] { ranks[field] ?? [:] }

    /// The papers of each file, in file order, merged. Files with the same `fileKeys` entry are one
    /// source (a path given twice is one source, not two).
    public static func merge(_ files: [[Paper]], fileKeys: [String]) -> [Paper] {
        guard files.count > 1 else { return files.first ?? [] }
        // Files named alike are one source: each file gets the number of the first of its name.
        var sourceOf: [String: Int] = [:]
        let source = fileKeys.map { key in sourceOf[key] ?? { sourceOf[key] = sourceOf.count; return sourceOf.count - 1 }() }
        var out: [Paper] = []               // each merged paper's first part
        var sourcesIn: [[Int]] = []         // the sources each merged paper has a part from
        var more: [Int: [Paper]] = [:]      // the other parts, for the few that have them
        var byID: [IDKey: Int] = [:]
        var byTitle: [UInt64: [Int]] = [:]
        let total = files.reduce(0) { $0 + $1.count }
        out.reserveCapacity(total)
        sourcesIn.reserveCapacity(total)
        byID.reserveCapacity(total)
        byTitle.reserveCapacity(total)
        let untitled = TitleWords.fingerprint("")
        for (f, papers) in files.enumerated() {
            let src = source[f]
            // Papers of this file match only what earlier files gave.
            let firstNew = out.count
            for p in papers {
                var match: Int?
                for item in p.identifiers.items {
                    if let k = byID[IDKey(item)], !sourcesIn[k].contains(src) {
                        match = k
                        break
                    }
                }
                let fingerprint = TitleWords.fingerprint(p.title)
                if match == nil, fingerprint != untitled, let candidates = byTitle[fingerprint] {
                    for k in candidates where !sourcesIn[k].contains(src) && sameWork(out[k], p) {
                        match = k
                        break
                    }
                }
                if let k = match {
                    sourcesIn[k].append(src)
                    more[k, default: []].append(p)
                    for item in p.identifiers.items where byID[IDKey(item)] == nil { byID[IDKey(item)] = k }
                } else {
                    out.append(p)
                    sourcesIn.append([src])
                    if fingerprint != untitled { byTitle[fingerprint, default: []].append(out.count - 1) }
                }
            }
            for k in firstNew..<out.count {
                for item in out[k].identifiers.items where byID[IDKey(item)] == nil { byID[IDKey(item)] = k }
            }
        }
        for (k, others) in more { out[k] = combine([out[k]] + others) }
        return out
    }

    struct IDKey: Hashable {
        var scheme: IdentifierScheme
        var value: String
        init(_ item: PaperIdentifiers.Item) { scheme = item.scheme; value = item.value }
    }

    /// Titles agree (checked by the caller's fingerprint and here word by word), years at most one
    /// apart, and the first authors agree.
    static func sameWork(_ a: Paper, _ b: Paper) -> Bool {
        guard TitleWords.split(a.title) == TitleWords.split(b.title) else { return false }
        if let ya = a.year, let yb = b.year, abs(ya - yb) > 1 { return false }
        return authorsAgree(a, b)
    }

    static func authorsAgree(_ a: Paper, _ b: Paper) -> Bool {
        guard let fa = a.authors.first, let fb = b.authors.first else { return true }
        if familyKey(fa) == familyKey(fb) { return true }
        // A source that names one person only (ORCID: its owner) agrees when that person is on the other list.
        if a.authors.count == 1 { return b.authors.contains { familyKey($0) == familyKey(fa) } }
        if b.authors.count == 1 { return a.authors.contains { familyKey($0) == familyKey(fb) } }
        return false
    }

    static func familyKey(_ a: Author) -> String {
        NameKey.make(a.shortName)
    }

    /// One paper from several parts (in file order).
    static func combine(_ parts: [Paper]) -> Paper {
        // CSL-YAML ranks as CSL-JSON: the same items in another syntax.
        let formats = parts.map { p -> String in
            let f = p.sources.first?.format ?? format(of: p)
            return f == "csl-yaml" ? "csl-json" : f
        }
        func order(_ field: String) -> [Int] {
            let r = ranks[field] ?? [:]
            if parts.count == 2 {
                let a = r[formats[0]] ?? 100, b = r[formats[1]] ?? 100
                return b < a ? [1, 0] : [0, 1]
            }
            return parts.indices.sorted { (r[formats[$0]] ?? 100, $0) < (r[formats[$1]] ?? 100, $1) }
        }
        var won = [[String]](repeating: [], count: parts.count)
        func take(_ field: String, _ i: Int) { won[i].append(field) }
        let titleFrom = order("title").first { !parts[$0].title.isEmpty && parts[$0].title != "(untitled)" } ?? 0
        var p = parts[titleFrom]
        take("title", titleFrom)
        // Authors: the fullest list.
        let authorOrder = order("authors")
        let authorsFrom = authorOrder.max { a, b in
            let ka = (parts[a].authorsTruncated ? 0 : 1, parts[a].authors.count), kb = (parts[b].authorsTruncated ? 0 : 1, parts[b].authors.count)
            if ka != kb { return ka < kb }
            return authorOrder.firstIndex(of: a)! > authorOrder.firstIndex(of: b)!
        }!
        p.authors = parts[authorsFrom].authors
        p.authorsTruncated = parts[authorsFrom].authorsTruncated
        p.owner = parts[authorsFrom].owner
        if !p.authors.isEmpty { take("authors", authorsFrom) }
        // The others' ids for the same people (matched by family name, each key made once).
        var families: [String]?
        for (i, q) in parts.enumerated() where i != authorsFrom {
            for (j, qa) in q.authors.enumerated() {
                guard let ids = qa.ids else { continue }
                // The same place and the same key first (the usual case), else a search.
                var k: Int?
                if j < p.authors.count, p.authors[j].key == qa.key {
                    k = j
                } else {
                    let key = familyKey(qa)
                    if families == nil { families = p.authors.map(familyKey) }
                    k = j < families!.count && families![j] == key ? j : families!.firstIndex(of: key)
                }
                guard let k else { continue }
                var merged = p.authors[k].ids ?? AuthorIdentifiers()
                merged.fill(from: ids)
                p.authors[k].ids = merged
            }
        }
        // Date.
        if let i = order("date").first(where: { parts[$0].date != nil }) {
            var date = parts[i].date!
            var from = i
            for j in order("date") where j != i {
                if let d = parts[j].date, d.year == date.year, precisionRank(d) > precisionRank(date) { date = d; from = j }
            }
            p.date = date
            take("date", from)
        }
        func first<T>(_ field: String, _ value: (Paper) -> T?) -> T? {
            for i in order(field) { if let v = value(parts[i]) { take(field, i); return v } }
            return nil
        }
        p.venue = first("venue") { q in q.venue.flatMap { isPreprintServer($0) ? nil : $0 } } ?? first("venue") { $0.venue }
        p.type = first("type") { q in q.type.flatMap { $0 == .preprint || $0 == .other ? nil : $0 } } ?? first("type") { $0.type }
        p.volume = first("volume") { $0.volume }
        p.pages = first("pages") { $0.pages }
        p.category = first("category") { $0.category }
        p.affiliation = first("affiliation") { $0.affiliation }
        if let i = parts.indices.max(by: { parts[$0].abstract.utf8.count < parts[$1].abstract.utf8.count }), !parts[i].abstract.isEmpty {
            p.abstract = parts[i].abstract
            take("abstract", i)
        }
        // Citations: the newest count.
        if let i = parts.indices.filter({ parts[$0].citations != nil }).max(by: { a, b in
            let ca = parts[a].citations!, cb = parts[b].citations!
            if (ca.asOf ?? "") != (cb.asOf ?? "") { return (ca.asOf ?? "") < (cb.asOf ?? "") }
            return ca.count < cb.count
        }) {
            p.citations = parts[i].citations
            take("citations", i)
            p.citationsByYear = parts[i].citationsByYear
            if p.citationsByYear.isEmpty, let j = parts.indices.first(where: { !parts[$0].citationsByYear.isEmpty }) {
                p.citationsByYear = parts[j].citationsByYear
                take("citations per year", j)
            } else if !p.citationsByYear.isEmpty {
                take("citations per year", i)
            }
        }
        p.score = parts.lazy.compactMap(\.score).first
        p.hasCode = parts.contains(where: \.hasCode)
        p.codeLink = parts.lazy.compactMap(\.codeLink).first
        p.entry = parts.lazy.compactMap(\.entry).first
        p.identifiers = PaperIdentifiers()
        for (i, q) in parts.enumerated() where !q.identifiers.isEmpty {
            p.identifiers.fill(from: q.identifiers)
            take("identifiers", i)
        }
        var links: [String] = []
        var seen = Set<String>()
        for (i, q) in parts.enumerated() where !q.links.isEmpty {
            var gave = false
            for l in q.links where seen.insert(l.lowercased()).inserted { links.append(l); gave = true }
            if gave { take("links", i) }
        }
        p.links = links
        p.id = parts.first { !$0.id.isEmpty }?.id ?? ""
        p.source = parts[0].source
        p.possibleDuplicates = []
        p.sources = parts.enumerated().map { i, q in
            var s = q.sources.first ?? PaperSource(format: format(of: q), location: q.source)
            s.fields = won[i]
            return s
        }
        return p
    }

    static let preprintServers: Set<String> = ["corr", "arxiv", "arxiv org", "arxiv.org", "biorxiv", "medrxiv", "ssrn"]

    static func isPreprintServer(_ venue: String) -> Bool {
        venue.utf8.count <= 9 && preprintServers.contains(NameKey.make(venue))
    }

    static func precisionRank(_ d: PaperDate) -> Int {
        switch d.precision {
        case .year: 0
        case .month: 1
        case .day: 2
        }
    }

    /// The format of a paper made by the profile or BibTeX readers, which list no sources.
    static func format(of p: Paper) -> String {
        p.entry != nil ? "bibtex" : "profile"
    }
}
