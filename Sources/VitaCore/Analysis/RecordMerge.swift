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
    /// - identifiers, links and keywords: every source's, joined.
    /// - details (publisher, place, editors, number, edition, ISBN, ISSN, series, note): each kind
    ///   from the first source by the order that gives it (all its editors, or ISBNs, together).
    /// - retraction: any source's (a retraction before a withdrawal).
    public static let precedence: [(field: String, formats: [String])] = [
        ("title", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "orcid", "orcid-xml", "openalex", "arxiv", "s2", "profile"]),
        ("authors", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "openalex", "s2", "arxiv", "profile", "orcid", "orcid-xml"]),
        ("date", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "openalex", "orcid", "orcid-xml", "s2", "arxiv", "profile"]),
        ("venue", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "openalex", "orcid", "orcid-xml", "s2", "arxiv", "profile"]),
        ("type", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "openalex", "orcid", "orcid-xml", "s2", "arxiv", "profile"]),
        ("volume", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "openalex", "s2"]),
        ("pages", ["dblp", "bibtex", "csl-json", "ris", "wos", "pubmed", "openalex", "s2"]),
        ("abstract", ["profile", "arxiv", "s2", "openalex", "csl-json", "ris", "wos", "pubmed", "bibtex"]),
        ("citations", ["openalex", "s2", "wos", "ris", "profile"]),
        ("category", ["profile", "arxiv", "openalex", "s2"]),
        ("affiliation", ["profile", "openalex", "arxiv", "ris", "wos", "pubmed", "bibtex"]),
        ("details", ["bibtex", "csl-json", "ris", "dblp", "wos", "pubmed", "openalex"]),
    ]

    /// `precedence` as lookups: for each format, its place in each field's list, four bits a field
    /// in the order of `precedence` (15 when it is not listed; no list is longer than 15). One
    /// number, not an array: the workers that combine papers would all retain the same arrays, a
    /// cache line passed between the cores at every paper.
    static let ranks: [String: UInt64] = {
        precondition(precedence.count <= 16 && precedence.allSatisfy { $0.formats.count < 15 })
        var out: [String: UInt64] = [:]
        for (f, (_, formats)) in precedence.enumerated() {
            for (place, format) in formats.enumerated() where (out[format] ?? unranked) >> (4 * UInt64(f)) & 0xF == 0xF {
                out[format, default: unranked] &= ~(0xF << (4 * UInt64(f)))
                out[format, default: unranked] |= UInt64(place) << (4 * UInt64(f))
            }
        }
        return out
    }()
    static let unranked = UInt64.max

    /// A format's place in the list of field `field` (`ranks`).
    @inline(__always) static func rank(_ row: UInt64, _ field: Int) -> UInt64 { row >> (4 * UInt64(field)) & 0xF }

    /// A field's place in `precedence`.
    static func field(_ name: String) -> Int { precedence.firstIndex { $0.field == name }! }
    static let title = field("title"), authors = field("authors"), date = field("date"), venue = field("venue"),
               type = field("type"), volume = field("volume"), pages = field("pages"), category = field("category"),
               affiliation = field("affiliation"), details = field("details")

    /// The papers of each file, in file order, merged. Files with the same `fileKeys` entry are one
    /// source (a path given twice is one source, not two).
    public static func merge(_ files: [[Paper]], fileKeys: [String]) -> [Paper] {
        guard files.count > 1 else { return files.first ?? [] }
        // Files named alike are one source: each file gets the number of the first of its name.
        var sourceOf: [String: Int] = [:]
        let source = fileKeys.map { key in sourceOf[key] ?? { sourceOf[key] = sourceOf.count; return sourceOf.count - 1 }() }
        // Matching goes by place: paper `i` of file `f` is number `starts[f] + i`, and no paper is
        // copied until the merged ones are made. Each paper's title fingerprint and identifier
        // hashes are made first, a file a core.
        var starts = [0]
        for f in files { starts.append(starts.last! + f.count) }
        let total = starts.last!
        let fileOf = (0..<files.count).flatMap { f in [Int32](repeating: Int32(f), count: files[f].count) }
        let keys = Keys.make(files)
        // Papers are read where they lie (a paper taken out of its array is a copy: a retain of
        // every string and array in it).
        return withPointers(to: files[...]) { buffers in
            var m = Matching(total: total, source: source, fileOf: fileOf, starts: starts, buffers: buffers)
            keys.ids.withUnsafeBufferPointer { ids in
                keys.idStart.withUnsafeBufferPointer { idStart in
                    keys.fingerprints.withUnsafeBufferPointer { fingerprints in
                        for f in files.indices { m.add(file: f, ids: ids, idStart: idStart, fingerprints: fingerprints) }
                    }
                }
            }
            // The merged papers, made on every core: each is its parts combined (read where they
            // lie), or its one part.
            let made = m
            return Parallel.map(made.firsts.count) { k in
                let first = Int(made.firsts[k])
                guard made.nextPart[first] >= 0 else { return made.paper(first).pointee }
                var parts: [UnsafePointer<Paper>] = []
                var g = first
                while g >= 0 {
                    parts.append(made.paper(g))
                    g = Int(made.nextPart[g])
                }
                return combine(Parts(pointers: parts))
            }
        }
    }

    /// Which papers are one: filled a file at a time, each file's papers matched against what the
    /// earlier files gave. A struct with a mutating method, not variables a closure captures: those
    /// would be reached through boxes, with a retain and an exclusivity check at every use.
    struct Matching {
        let source: [Int], fileOf: [Int32], starts: [Int]
        let buffers: [UnsafeBufferPointer<Paper>]
        var firsts: [Int32] = []            // each merged paper's first part
        var nextPart: [Int32]               // the part after each, in file order
        var lastPart: [Int32] = []          // each merged paper's last part
        var sourceMask: [UInt64] = []       // the sources below 64 each merged paper has a part from
        var byID: [UInt64: (merged: Int32, place: Int32, at: Int32)] = [:]
        var byTitle: [UInt64: (first: Int32, last: Int32)] = [:]
        var nextSameTitle: [Int32] = []     // the merged paper after each with its title's fingerprint

        init(total: Int, source: [Int], fileOf: [Int32], starts: [Int], buffers: [UnsafeBufferPointer<Paper>]) {
            (self.source, self.fileOf, self.starts, self.buffers) = (source, fileOf, starts, buffers)
            nextPart = [Int32](repeating: -1, count: total)
            firsts.reserveCapacity(total)
            lastPart.reserveCapacity(total)
            sourceMask.reserveCapacity(total)
            nextSameTitle.reserveCapacity(total)
            byID.reserveCapacity(total * 2)
            byTitle.reserveCapacity(total)
        }

        /// Paper `g` (numbered across the files) where it lies.
        func paper(_ g: Int) -> UnsafePointer<Paper> {
            let f = Int(fileOf[g])
            return buffers[f].baseAddress! + (g - starts[f])
        }

        /// Whether merged paper `k` has a part from source `src`.
        func has(_ k: Int, _ src: Int) -> Bool {
            if src < 64 { return sourceMask[k] & (1 << UInt64(src)) != 0 }
            var g = firsts[k]
            while g >= 0 {
                if source[Int(fileOf[Int(g)])] == src { return true }
                g = nextPart[Int(g)]
            }
            return false
        }

        mutating func add(file f: Int, ids: UnsafeBufferPointer<UInt64>, idStart: UnsafeBufferPointer<Int32>,
                          fingerprints: UnsafeBufferPointer<UInt64>) {
            let src = source[f]
            // Papers of this file match only what earlier files gave.
            let firstNew = firsts.count
            for g in starts[f]..<starts[f + 1] {
                let p = paper(g)
                let own = Int(idStart[g])..<Int(idStart[g + 1])
                var match: Int?
                for (j, h) in zip(0..., ids[own]) {
                    if let held = byID[h], !has(Int(held.merged), src),
                       paper(Int(held.place)).pointee.identifiers.items[Int(held.at)] == p.pointee.identifiers.items[j] {
                        match = Int(held.merged)
                        break
                    }
                }
                let fingerprint = fingerprints[g]
                if match == nil, !TitleWords.isUntitled(fingerprint), let chain = byTitle[fingerprint] {
                    var k = Int(chain.first)
                    while k >= 0 {
                        if !has(k, src) && sameWork(paper(Int(firsts[k])).pointee, p.pointee) { match = k; break }
                        k = Int(nextSameTitle[k])
                    }
                }
                if let k = match {
                    nextPart[Int(lastPart[k])] = Int32(g)
                    lastPart[k] = Int32(g)
                    if src < 64 { sourceMask[k] |= 1 << UInt64(src) }
                    for (j, h) in zip(0..., ids[own]) where byID[h] == nil { byID[h] = (Int32(k), Int32(g), Int32(j)) }
                } else {
                    let k = Int32(firsts.count)
                    firsts.append(Int32(g))
                    lastPart.append(Int32(g))
                    sourceMask.append(src < 64 ? 1 << UInt64(src) : 0)
                    nextSameTitle.append(-1)
                    if !TitleWords.isUntitled(fingerprint) {
                        if let chain = byTitle[fingerprint] {
                            nextSameTitle[Int(chain.last)] = k
                            byTitle[fingerprint] = (chain.first, k)
                        } else {
                            byTitle[fingerprint] = (k, k)
                        }
                    }
                }
            }
            for k in firstNew..<firsts.count {
                let g = Int(firsts[k])
                for (j, h) in zip(0..., ids[Int(idStart[g])..<Int(idStart[g + 1])]) where byID[h] == nil {
                    byID[h] = (Int32(k), Int32(g), Int32(j))
                }
            }
        }
    }

    /// `body` given where each file's papers lie.
    static func withPointers<R>(to files: ArraySlice<[Paper]>, _ buffers: [UnsafeBufferPointer<Paper>] = [],
                                _ body: ([UnsafeBufferPointer<Paper>]) -> R) -> R {
        guard let first = files.first else { return body(buffers) }
        return first.withUnsafeBufferPointer { withPointers(to: files.dropFirst(), buffers + [$0], body) }
    }

    /// The papers' title fingerprints and identifier hashes, numbered across the files (the
    /// identifiers of paper `g` are `ids[idStart[g]..<idStart[g + 1]]`, in the order of its items).
    struct Keys {
        var fingerprints: [UInt64] = []
        var idStart: [Int32] = [0]
        var ids: [UInt64] = []

        static func make(_ files: [[Paper]]) -> Keys {
            let made = Parallel.map(files.count, chunk: 1) { f -> Keys in
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
            var keys = made[0]
            for more in made.dropFirst() {
                let base = Int32(keys.ids.count)
                keys.fingerprints += more.fingerprints
                keys.idStart += more.idStart.dropFirst().lazy.map { $0 + base }
                keys.ids += more.ids
            }
            return keys
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
    /// The parts of a merged paper where they lie: each value is read in place, not the whole
    /// paper copied.
    struct Parts {
        let pointers: [UnsafePointer<Paper>]
        var count: Int { pointers.count }
        var indices: Range<Int> { pointers.indices }
        subscript(i: Int) -> Paper { _read { yield pointers[i].pointee } }
    }

    static func combine(_ parts: Parts) -> Paper {
        // CSL-YAML ranks as CSL-JSON: the same items in another syntax.
        let rows = parts.indices.map { i -> UInt64 in
            let f = parts[i].sources.first?.format ?? format(of: parts[i])
            return ranks[f == "csl-yaml" ? "csl-json" : f] ?? unranked
        }
        // Two parts (the usual merge) in one of two orders, with no array made a field.
        func order(_ field: Int) -> Order {
            if parts.count == 2 { return rank(rows[1], field) < rank(rows[0], field) ? Order(1, 0) : Order(0, 1) }
            return Order(parts.indices.sorted { (rank(rows[$0], field), $0) < (rank(rows[$1], field), $1) })
        }
        var won = [[String]](repeating: [], count: parts.count)
        for i in won.indices { won[i].reserveCapacity(precedence.count + 3) }
        func take(_ field: String, _ i: Int) { won[i].append(field) }
        let titleFrom = order(Self.title).first { !parts[$0].title.isEmpty && parts[$0].title != Paper.untitled } ?? 0
        // Made afresh, every value taken from the part it comes from (a copy of a whole part
        // would copy every value only to replace most).
        var p = Paper(title: parts[titleFrom].title, source: parts[0].source)
        take("title", titleFrom)
        // Authors: the fullest list.
        let authorOrder = Array(order(Self.authors))
        let authorsFrom = authorOrder.max { a, b in
            let ka = (parts[a].authorsTruncated ? 0 : 1, parts[a].authors.count), kb = (parts[b].authorsTruncated ? 0 : 1, parts[b].authors.count)
            if ka != kb { return ka < kb }
            return authorOrder.firstIndex(of: a)! > authorOrder.firstIndex(of: b)!
        }!
        p.authors = parts[authorsFrom].authors
        p.authorsTruncated = parts[authorsFrom].authorsTruncated
        p.owner = parts[authorsFrom].owner
        if !p.authors.isEmpty { take("authors", authorsFrom) }
        // The others' ids and affiliations for the same people (matched by family name, each
        // key made once).
        var families: [String]?
        for i in parts.indices where i != authorsFrom {
            for (j, qa) in parts[i].authors.enumerated() {
                guard qa.ids != nil || !qa.affiliations.isEmpty else { continue }
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
                if let ids = qa.ids {
                    var merged = p.authors[k].ids ?? AuthorIdentifiers()
                    merged.fill(from: ids)
                    p.authors[k].ids = merged
                }
                // Where one source names an author's affiliations and the list taken does not.
                if p.authors[k].affiliations.isEmpty { p.authors[k].affiliations = qa.affiliations }
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
        for i in order(Self.details) where !parts[i].details.isEmpty {
            if p.details.fill(from: parts[i].details) { take("details", i) }
        }
        if let i = parts.indices.max(by: { parts[$0].abstract.utf8.count < parts[$1].abstract.utf8.count }), !parts[i].abstract.isEmpty {
            p.abstract = parts[i].abstract
            take("abstract", i)
        }
        // Citations: the newest count.
        if let i = parts.indices.lazy.filter({ parts[$0].citations != nil }).max(by: { a, b in
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
        } else {
            p.citationsByYear = parts[titleFrom].citationsByYear
        }
        p.score = parts.indices.lazy.compactMap { parts[$0].score }.first
        p.hasCode = parts.indices.contains { parts[$0].hasCode }
        p.codeLink = parts.indices.lazy.compactMap { parts[$0].codeLink }.first
        p.entry = parts.indices.lazy.compactMap { parts[$0].entry }.first
        p.identifiers = PaperIdentifiers()
        for i in parts.indices where !parts[i].identifiers.isEmpty {
            p.identifiers.fill(from: parts[i].identifiers)
            take("identifiers", i)
        }
        // Links once each, letter case aside (a few a paper: compared, not hashed).
        var links: [String] = []
        links.reserveCapacity(parts.indices.reduce(0) { $0 + parts[$1].links.count })
        for i in parts.indices where !parts[i].links.isEmpty {
            var gave = false
            for l in parts[i].links where !links.contains(where: { $0.equalsIgnoringCase(l) }) { links.append(l); gave = true }
            if gave { take("links", i) }
        }
        p.links = links
        // Keywords once each, letter case aside, in the order the parts give them.
        for i in parts.indices where !parts[i].keywords.isEmpty {
            var gave = false
            for k in parts[i].keywords where !p.keywords.contains(where: { $0.equalsIgnoringCase(k) }) { p.keywords.append(k); gave = true }
            if gave { take("keywords", i) }
        }
        // Taken back when any source says so: a retraction before a withdrawal.
        var retractedBy: Int?
        for i in parts.indices where parts[i].retraction != nil && Retraction.strongest(p.retraction, parts[i].retraction) != p.retraction {
            p.retraction = parts[i].retraction
            retractedBy = i
        }
        if let retractedBy { take("retraction", retractedBy) }
        p.id = parts.indices.first { !parts[$0].id.isEmpty }.map { parts[$0].id } ?? ""
        p.sources = parts.indices.map { i in
            var s = parts[i].sources.first ?? PaperSource(format: format(of: parts[i]), location: parts[i].source)
            s.fields = won[i]
            return s
        }
        return p
    }

    /// The parts in the order a field trusts them: two (the usual merge) held inline, more in a list.
    struct Order: Sequence, IteratorProtocol {
        private var two: (Int, Int) = (0, 0)
        private var list: [Int]?
        private var at = 0

        init(_ first: Int, _ second: Int) { two = (first, second) }
        init(_ list: [Int]) { self.list = list }

        mutating func next() -> Int? {
            defer { at += 1 }
            if let list { return at < list.count ? list[at] : nil }
            return at == 0 ? two.0 : at == 1 ? two.1 : nil
        }
    }

    static let preprintServers: Set<String> = ["corr", "arxiv", "arxiv org", "biorxiv", "medrxiv", "ssrn", "chemrxiv",
                                               "techrxiv", "psyarxiv", "socarxiv", "eartharxiv", "research square", "preprints org"]

    /// The preprint server a venue names, as a name key (`arxiv`, `medrxiv`), or nil when it names
    /// none. OpenAlex names a server with its host (`arXiv (Cornell University)`, `medRxiv (Cold
    /// Spring Harbor Laboratory)`): the host is left out. Google Scholar's `arXiv preprint
    /// arXiv:2101.00001` and ADS's `arXiv e-prints` name arXiv too. Looked at by length first
    /// (every venue of every paper merged is asked).
    static func preprintServer(_ venue: String) -> String? {
        var name = Substring(venue)
        if name.utf8.last == UInt8(ascii: ")"), let open = name.utf8.lastIndex(of: UInt8(ascii: "(")) { name = name[..<open] }
        if name.utf8.count > 16 {
            guard name.utf8.count <= 64, name.utf8.prefix(5).elementsEqual("arxiv".utf8, by: { $0 | 0x20 == $1 }) else { return nil }
            return NameKey.make(name).hasPrefix("arxiv preprint") ? "arxiv" : nil
        }
        let key = NameKey.make(name)
        if key == "arxiv e-prints" { return "arxiv" }
        return preprintServers.contains(key) ? key : nil
    }

    static func isPreprintServer(_ venue: String) -> Bool { preprintServer(venue) != nil }

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
