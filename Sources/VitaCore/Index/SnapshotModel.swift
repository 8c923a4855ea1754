import Dispatch

/// The model in a snapshot: every value of a `Library` the reader made, field by field, so a
/// record reopened from its snapshot equals the record read anew (a test compares them for every
/// format). A field added to the model is added here and in `read` in the same order.
extension SnapshotWriter {
    mutating func library(_ l: Library) {
        uint(UInt64(l.files.count))
        for f in l.files { name(f) }
        optional(l.ownerName)
        optional(l.ownerKey)
        authorIDs(l.ownerIDs)
        bool(l.onlyOwner)
        uint(UInt64(l.profiles.count))
        for p in l.profiles { profile(p) }
        uint(UInt64(l.diagnostics.count))
        for d in l.diagnostics { diagnostic(d) }
        uint(UInt64(l.bibtexParts.count))
        for b in l.bibtexParts { bibtexParts(b) }
        // The papers in chunks, each with names numbered afresh, read on every core: a table of
        // the chunks' sizes, then the chunks.
        let bounds = Swift.stride(from: 0, to: l.papers.count, by: Self.papersPerChunk).map { $0..<min($0 + Self.papersPerChunk, l.papers.count) }
        // Written on every core too, each chunk apart.
        let made = UnsafeMutableBufferPointer<SnapshotWriter>.allocate(capacity: bounds.count)
        made.initialize(repeating: SnapshotWriter(capacity: 0))
        defer { made.deinitialize().deallocate() }
        let shared = Shared((papers: l.papers, bounds: bounds, made: made))
        DispatchQueue.concurrentPerform(iterations: bounds.count) { c in
            let s = shared.value
            var chunk = SnapshotWriter(capacity: 1 << 20)
            for p in s.papers[s.bounds[c]] { chunk.paper(p) }
            s.made[c] = chunk
        }
        let chunks = Array(made)
        uint(UInt64(l.papers.count))
        uint(UInt64(chunks.count))
        for c in chunks { uint(UInt64(c.length)) }
        for c in chunks { append(c) }
    }

    static let papersPerChunk = 4096

    mutating func paper(_ p: Paper) {
        string(p.id)
        string(p.title)
        uint(UInt64(p.authors.count))
        for a in p.authors { author(a) }
        bool(p.authorsTruncated)
        switch p.owner {
        case .none: uint(0)
        case .implied: uint(1)
        case .listed(let k): uint(2); int(k)
        }
        optional(p.affiliation)
        optional(p.venue)
        date(p.date)
        optional(p.category)
        if let s = p.score { bool(true); uint(s.bitPattern) } else { bool(false) }
        bool(p.hasCode)
        optional(p.codeLink)
        string(p.abstract)
        strings(p.links)
        location(p.source)
        strings(p.possibleDuplicates)
        if let e = p.entry { bool(true); entry(e) } else { bool(false) }
        uint(UInt64(p.identifiers.items.count))
        for item in p.identifiers.items { name(item.scheme.rawValue); string(item.value) }
        optional(p.type?.rawValue)
        optional(p.volume)
        optional(p.pages)
        if let c = p.citations { bool(true); int(c.count); name(c.source); optional(c.asOf) } else { bool(false) }
        uint(UInt64(p.citationsByYear.count))
        for y in p.citationsByYear { int(y.year); int(y.count) }
        uint(UInt64(p.sources.count))
        for s in p.sources {
            name(s.format)
            location(s.location)
            optional(s.path)
            uint(UInt64(s.fields.count))
            for f in s.fields { name(f) }
        }
    }

    mutating func author(_ a: Author) {
        string(a.name)
        string(a.key)
        optional(a.family)
        authorIDs(a.ids)
    }

    mutating func authorIDs(_ ids: AuthorIdentifiers?) {
        guard let ids else { bool(false); return }
        bool(true)
        optional(ids.orcid)
        optional(ids.dblp)
        optional(ids.openalex)
        optional(ids.s2)
    }

    mutating func date(_ d: PaperDate?) {
        guard let d else { bool(false); return }
        bool(true)
        int(d.year)
        int(d.month)
        int(d.day)
        bool(d.yearInferred)
        name(d.precision.rawValue)
    }

    mutating func location(_ l: SourceLocation) {
        name(l.file)
        int(l.line)
        int(l.column)
    }

    mutating func diagnostic(_ d: Diagnostic) {
        name(d.severity.rawValue)
        location(d.location)
        string(d.message)
    }

    mutating func profile(_ p: Profile) {
        string(p.name)
        optional(p.field)
        optional(p.hIndex)
        optional(p.i10Index)
        optional(p.statedBy)
        authorIDs(p.ids)
        optional(p.paperCount)
        optional(p.citationCount)
        optional(p.noveltyPercent)
        optional(p.aiScore)
        optional(p.listedPaperCount)
        strings(p.otherLines)
        location(p.source)
    }

    mutating func entry(_ e: BibTeXEntry) {
        name(e.type)
        string(e.key)
        uint(UInt64(e.fields.count))
        for f in e.fields { name(f.name); string(f.raw) }
        let expansions = e.expansions.sorted { $0.key < $1.key }
        uint(UInt64(expansions.count))
        for (k, v) in expansions { name(k); string(v) }
    }

    mutating func bibtexParts(_ b: BibTeXFileParts) {
        name(b.file)
        uint(UInt64(b.macros.count))
        for m in b.macros { string(m.name); string(m.raw); string(m.text) }
        uint(UInt64(b.xdata.count))
        for e in b.xdata { entry(e) }
        strings(b.preambles)
        strings(b.comments)
    }
}

extension SnapshotReader {
    mutating func library() throws -> Library.Parts {
        var parts = Library.Parts()
        let files = try count("files")
        for _ in 0..<files { parts.files.append(try name()) }
        parts.ownerName = try optionalString()
        parts.ownerKey = try optionalString()
        parts.ownerIDs = try authorIDs()
        parts.onlyOwner = try bool()
        let profiles = try count("profiles")
        for _ in 0..<profiles { parts.profiles.append(try profile()) }
        let diagnostics = try count("diagnostics")
        for _ in 0..<diagnostics { parts.diagnostics.append(try diagnostic()) }
        let bibtex = try count("BibTeX parts")
        for _ in 0..<bibtex { parts.bibtexParts.append(try bibtexParts()) }
        let papers = try count(each: 8, "papers")
        let chunks = try count("papers")
        try require(chunks == (papers + SnapshotWriter.papersPerChunk - 1) / SnapshotWriter.papersPerChunk, "papers")
        var ranges: [Range<Int>] = []
        var start = 0
        for _ in 0..<chunks {
            let n = try count("papers")
            ranges.append(start..<start + n)
            start += n
        }
        try require(start <= remaining && (papers == 0) == (chunks == 0), "papers")
        let base = at
        at += start
        // Each chunk on a core of its own, straight into its place in the papers.
        var failure: SnapshotProblem?
        parts.papers = [Paper](unsafeUninitializedCapacity: papers) { buffer, initialised in
            let made = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks)
            made.initialize(repeating: 0)
            let failed = UnsafeMutableBufferPointer<SnapshotProblem?>.allocate(capacity: chunks)
            failed.initialize(repeating: nil)
            defer { made.deallocate(); failed.deinitialize(); failed.deallocate() }
            let shared = Shared((base: self.base, from: base, ranges: ranges, out: buffer, made: made, failed: failed))
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                let s = shared.value
                let range = s.ranges[c]
                var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: s.base[(s.from + range.lowerBound)..<(s.from + range.upperBound)]))
                let first = c * SnapshotWriter.papersPerChunk
                let want = min(SnapshotWriter.papersPerChunk, papers - first)
                do {
                    for k in 0..<want {
                        (s.out.baseAddress! + first + k).initialize(to: try r.paper())
                        s.made[c] = k + 1
                    }
                    try r.require(r.remaining == 0, "papers")
                } catch {
                    s.failed[c] = error as? SnapshotProblem ?? Self.damaged("papers")
                }
            }
            failure = failed.lazy.compactMap { $0 }.first
            if failure != nil {
                for c in 0..<chunks { (buffer.baseAddress! + c * SnapshotWriter.papersPerChunk).deinitialize(count: made[c]) }
                initialised = 0
            } else {
                initialised = papers
            }
        }
        if let failure { throw failure }
        return parts
    }

    mutating func paper() throws -> Paper {
        let id = try string()
        let title = try string()
        let n = try count(each: 3, "authors")
        var authors: [Author] = []
        authors.reserveCapacity(n)
        for _ in 0..<n { authors.append(try author()) }
        let truncated = try bool()
        let owner: Paper.Owner
        switch try uint() {
        case 0: owner = .none
        case 1: owner = .implied
        case 2: owner = .listed(position: try int())
        default: throw Self.damaged("papers")
        }
        let affiliation = try optionalString()
        let venue = try optionalString()
        let date = try date()
        let category = try optionalString()
        let score = try bool() ? Double(bitPattern: try uint()) : nil
        let hasCode = try bool()
        let codeLink = try optionalString()
        let abstract = try string()
        let links = try strings()
        let source = try location()
        let duplicates = try strings()
        let entry = try bool() ? try entry() : nil
        var p = Paper(id: id, title: title, authors: authors, authorsTruncated: truncated, owner: owner,
                      affiliation: affiliation, venue: venue, date: date, category: category, score: score,
                      hasCode: hasCode, codeLink: codeLink, abstract: abstract, links: links, source: source,
                      possibleDuplicates: duplicates, entry: entry)
        let ids = try count(each: 2, "identifiers")
        var items: [PaperIdentifiers.Item] = []
        for _ in 0..<ids {
            guard let scheme = IdentifierScheme(rawValue: try name()) else { throw Self.damaged("identifiers") }
            items.append(PaperIdentifiers.Item(scheme: scheme, value: try string()))
        }
        p.identifiers = PaperIdentifiers(items: items)
        if let t = try optionalString() {
            guard let type = PublicationType(rawValue: t) else { throw Self.damaged("types") }
            p.type = type
        }
        p.volume = try optionalString()
        p.pages = try optionalString()
        if try bool() {
            let count = try int()
            p.citations = CitationCount(count: count, source: try name(), asOf: try optionalString())
        }
        let years = try count(each: 2, "citations per year")
        p.citationsByYear.reserveCapacity(years)
        for _ in 0..<years {
            let year = try int()
            p.citationsByYear.append(YearCount(year: year, count: try int()))
        }
        let sources = try count(each: 4, "sources")
        p.sources.reserveCapacity(sources)
        for _ in 0..<sources {
            let format = try name()
            let location = try location()
            let path = try optionalString()
            let fields = try count("source fields")
            var names: [String] = []
            names.reserveCapacity(fields)
            for _ in 0..<fields { names.append(try name()) }
            p.sources.append(PaperSource(format: format, location: location, path: path, fields: names))
        }
        return p
    }

    mutating func author() throws -> Author {
        let name = try string()
        var a = Author(name: name, key: try string(), family: try optionalString())
        a.ids = try authorIDs()
        return a
    }

    mutating func authorIDs() throws -> AuthorIdentifiers? {
        guard try bool() else { return nil }
        var ids = AuthorIdentifiers()
        ids.orcid = try optionalString()
        ids.dblp = try optionalString()
        ids.openalex = try optionalString()
        ids.s2 = try optionalString()
        return ids
    }

    mutating func date() throws -> PaperDate? {
        guard try bool() else { return nil }
        let year = try int(), month = try int(), day = try int()
        let inferred = try bool()
        guard let precision = PaperDate.Precision(rawValue: try name()) else { throw Self.damaged("dates") }
        return PaperDate(year: year, month: month, day: day, yearInferred: inferred, precision: precision)
    }

    mutating func location() throws -> SourceLocation {
        let file = try name()
        let line = try int()
        return SourceLocation(file: file, line: line, column: try int())
    }

    mutating func diagnostic() throws -> Diagnostic {
        guard let severity = Diagnostic.Severity(rawValue: try name()) else { throw Self.damaged("diagnostics") }
        let at = try location()
        return Diagnostic(severity, at: at, try string())
    }

    mutating func profile() throws -> Profile {
        let name = try string()
        var p = Profile(name: name, source: SourceLocation(file: "", line: 0))
        p.field = try optionalString()
        p.hIndex = try optionalInt()
        p.i10Index = try optionalInt()
        p.statedBy = try optionalString()
        p.ids = try authorIDs()
        p.paperCount = try optionalInt()
        p.citationCount = try optionalInt()
        p.noveltyPercent = try optionalInt()
        p.aiScore = try optionalInt()
        p.listedPaperCount = try optionalInt()
        p.otherLines = try strings()
        p.source = try location()
        return p
    }

    mutating func entry() throws -> BibTeXEntry {
        let type = try name()
        let key = try string()
        let n = try count(each: 2, "BibTeX fields")
        var fields: [BibTeXEntry.Field] = []
        fields.reserveCapacity(n)
        for _ in 0..<n {
            let field = try name()
            fields.append(BibTeXEntry.Field(name: field, raw: try string()))
        }
        let e = try count(each: 2, "BibTeX expansions")
        var expansions: [String: String] = [:]
        for _ in 0..<e {
            let k = try name()
            expansions[k] = try string()
        }
        return BibTeXEntry(type: type, key: key, fields: fields, expansions: expansions)
    }

    mutating func bibtexParts() throws -> BibTeXFileParts {
        var b = BibTeXFileParts(file: try name())
        let macros = try count(each: 3, "macros")
        for _ in 0..<macros {
            let name = try string(), raw = try string()
            b.macros.append(BibTeXFileParts.Macro(name: name, raw: raw, text: try string()))
        }
        let xdata = try count(each: 3, "xdata")
        for _ in 0..<xdata { b.xdata.append(try entry()) }
        b.preambles = try strings()
        b.comments = try strings()
        return b
    }
}
