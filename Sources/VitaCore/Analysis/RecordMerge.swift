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

    /// `precedence` as lookups: for each format, its place in each field's list (100 when it
    /// is not listed), fields in the order of `precedence` (made once).
    static let ranks: [String: [Int]] = {
        var out: [String: [Int]] = [:]
        for (f, (_, formats)) in precedence.enumerated() {
            for (place, format) in formats.enumerated() where out[format]?[f] ?? 100 == 100 {
                out[format, default: [Int](repeating: 100, count: precedence.count)][f] = place
            }
        }
        return out
    }()

    /// A field's place in `precedence`.
    static func field(_ name: String) -> Int { precedence.firstIndex { $0.field == name }! }
    static let title = field("title"), authors = field("authors"), date = field("date"), venue = field("venue"),
               type = field("type"), volume = field("volume"), pages = field("pages"), category = field("category"),
               affiliation = field("affiliation")
    static let unranked = [Int](repeating: 100, count: precedence.count)

    /// The papers of each file, in file order, merged. Files with the same `fileKeys` entry are one
    /// source (a path given twice is one source, not two).
    public static func merge(_ files: [[Paper]], fileKeys: [String]) -> [Paper] {
        guard files.count > 1 else { return files.first ?? [] }
        // Files named alike are one source: each file gets the number of the first of its name.
        var sourceOf: [String: Int] = [:]
        let source = fileKeys.map { key in sourceOf[key] ?? { sourceOf[key] = sourceOf.count; return sourceOf.count - 1 }() }
        // Matching goes by place, (file, paper): no paper is copied until the merged ones are made.
        // Each paper's title fingerprint and identifier hashes are made first, a file a core.
        var firsts: [Place] = []            // each merged paper's first part
        var sourcesIn: [[Int]] = []         // the sources each merged paper has a part from
        var more: [Int: [Place]] = [:]      // the other parts, for those that have them
        var byID: [UInt64: (merged: Int, item: Place, at: Int)] = [:]
        var byTitle: [UInt64: [Int]] = [:]
        let total = files.reduce(0) { $0 + $1.count }
        firsts.reserveCapacity(total)
        sourcesIn.reserveCapacity(total)
        byID.reserveCapacity(total * 2)
        byTitle.reserveCapacity(total)
        let untitled = TitleWords.fingerprint("")
        func paper(_ at: Place) -> Paper { files[Int(at.file)][Int(at.index)] }
        let keys = Keys.make(files)
        /// Whether the identifier `item` of `at` is the one `byID` holds for its hash.
        func same(_ held: (merged: Int, item: Place, at: Int), _ at: Place, _ item: Int) -> Bool {
            files[Int(held.item.file)][Int(held.item.index)].identifiers.items[held.at]
                == files[Int(at.file)][Int(at.index)].identifiers.items[item]
        }
        for (f, papers) in files.enumerated() {
            let src = source[f]
            let fileKeys = keys[f]
            // Papers of this file match only what earlier files gave.
            let firstNew = firsts.count
            for i in papers.indices {
                let here = Place(file: Int32(f), index: Int32(i))
                let ids = Int(fileKeys.idStart[i])..<Int(fileKeys.idStart[i + 1])
                var match: Int?
                for (j, h) in zip(0..., fileKeys.ids[ids]) {
                    if let held = byID[h], !sourcesIn[held.merged].contains(src), same(held, here, j) {
                        match = held.merged
                        break
                    }
                }
                let fingerprint = fileKeys.fingerprints[i]
                if match == nil, fingerprint != untitled, let candidates = byTitle[fingerprint] {
                    for k in candidates where !sourcesIn[k].contains(src) && sameWork(files[Int(firsts[k].file)][Int(firsts[k].index)], papers[i]) {
                        match = k
                        break
                    }
                }
                if let k = match {
                    sourcesIn[k].append(src)
                    more[k, default: []].append(here)
                    for (j, h) in zip(0..., fileKeys.ids[ids]) where byID[h] == nil { byID[h] = (k, here, j) }
                } else {
                    firsts.append(here)
                    sourcesIn.append([src])
                    if fingerprint != untitled { byTitle[fingerprint, default: []].append(firsts.count - 1) }
                }
            }
            for k in firstNew..<firsts.count {
                let at = firsts[k], i = Int(at.index)
                let ids = Int(fileKeys.idStart[i])..<Int(fileKeys.idStart[i + 1])
                for (j, h) in zip(0..., fileKeys.ids[ids]) where byID[h] == nil { byID[h] = (k, at, j) }
            }
        }
        // The merged papers, made on every core: each is its parts combined, or its one part.
        return Parallel.map(firsts.count) { k in
            guard let others = more[k] else { return paper(firsts[k]) }
            var parts: [Paper] = []
            parts.reserveCapacity(1 + others.count)
            parts.append(paper(firsts[k]))
            for o in others { parts.append(paper(o)) }
            return combine(parts)
        }
    }

    /// A paper's place: its file and its place in the file.
    struct Place {
        var file: Int32
        var index: Int32
    }

    /// A file's papers' title fingerprints and identifier hashes (the identifiers of paper `i`
    /// are `ids[idStart[i]..<idStart[i + 1]]`, in the order of its items).
    struct Keys {
        var fingerprints: [UInt64] = []
        var idStart: [Int32] = [0]
        var ids: [UInt64] = []

        static func make(_ files: [[Paper]]) -> [Keys] {
            Parallel.map(files.count, chunk: 1) { f in
                var keys = Keys()
                keys.fingerprints.reserveCapacity(files[f].count)
                keys.idStart.reserveCapacity(files[f].count + 1)
                for p in files[f].indices {
                    keys.fingerprints.append(TitleWords.fingerprint(files[f][p].title))
                    for item in files[f][p].identifiers.items { keys.ids.append(hash(item)) }
                    keys.idStart.append(Int32(keys.ids.count))
                }
                return keys
            }
        }

        /// FNV-1a over the scheme and the value (a match is checked on the values themselves).
        static func hash(_ item: PaperIdentifiers.Item) -> UInt64 {
            var h: UInt64 = 0xcbf29ce484222325
            for b in item.scheme.rawValue.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            h = (h ^ 0xFF) &* 0x100000001b3
            for b in item.value.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return h
        }
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
        let rows = formats.map { ranks[$0] ?? unranked }
        func order(_ field: Int) -> [Int] {
            if parts.count == 2 { return rows[1][field] < rows[0][field] ? [1, 0] : [0, 1] }
            return parts.indices.sorted { (rows[$0][field], $0) < (rows[$1][field], $1) }
        }
        var won = [[String]](repeating: [], count: parts.count)
        for i in won.indices { won[i].reserveCapacity(precedence.count + 3) }
        func take(_ field: String, _ i: Int) { won[i].append(field) }
        let titleFrom = order(Self.title).first { !parts[$0].title.isEmpty && parts[$0].title != "(untitled)" } ?? 0
        var p = parts[titleFrom]
        take("title", titleFrom)
        // Authors: the fullest list.
        let authorOrder = order(Self.authors)
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
        for i in parts.indices where i != authorsFrom {
            for (j, qa) in parts[i].authors.enumerated() {
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
        if let i = order(Self.date).first(where: { parts[$0].date != nil }) {
            var date = parts[i].date!
            var from = i
            for j in order(Self.date) where j != i {
                if let d = parts[j].date, d.year == date.year, precisionRank(d) > precisionRank(date) { date = d; from = j }
            }
            p.date = date
            take("date", from)
        }
        // Each value read from its part in place (a part passed whole would be copied whole).
        func first<T>(_ field: Int, _ value: (Int) -> T?) -> T? {
            for i in order(field) { if let v = value(i) { take(precedence[field].field, i); return v } }
            return nil
        }
        p.venue = first(Self.venue) { parts[$0].venue.flatMap { isPreprintServer($0) ? nil : $0 } } ?? first(Self.venue) { parts[$0].venue }
        p.type = first(Self.type) { parts[$0].type.flatMap { $0 == .preprint || $0 == .other ? nil : $0 } } ?? first(Self.type) { parts[$0].type }
        p.volume = first(Self.volume) { parts[$0].volume }
        p.pages = first(Self.pages) { parts[$0].pages }
        p.category = first(Self.category) { parts[$0].category }
        p.affiliation = first(Self.affiliation) { parts[$0].affiliation }
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
        for i in parts.indices where !parts[i].identifiers.isEmpty {
            p.identifiers.fill(from: parts[i].identifiers)
            take("identifiers", i)
        }
        // Links once each, letter case aside (a few a paper: compared, not hashed).
        var links: [String] = []
        links.reserveCapacity(parts.reduce(0) { $0 + $1.links.count })
        for i in parts.indices where !parts[i].links.isEmpty {
            var gave = false
            for l in parts[i].links where !links.contains(where: { $0.equalsIgnoringCase(l) }) { links.append(l); gave = true }
            if gave { take("links", i) }
        }
        p.links = links
        p.id = parts.first { !$0.id.isEmpty }?.id ?? ""
        p.source = parts[0].source
        p.possibleDuplicates = []
        p.sources = parts.indices.map { i in
            var s = parts[i].sources.first ?? PaperSource(format: format(of: parts[i]), location: parts[i].source)
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
