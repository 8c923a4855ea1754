import Dispatch

/// The model in a snapshot: every value of a `Library` the reader made, field by field, so a
/// record reopened from its snapshot equals the record read anew (a test compares them for every
/// format). A field added to the model is added here and in `read` in the same order.
extension SnapshotWriter {
    /// The library but its papers, then the table of the papers' chunks (each chunk's length and
    /// checksum); returns the chunks, which follow the table, each with names numbered afresh.
    mutating func library(_ l: Library) -> Int {
        uint(UInt64(l.files.count))
        for f in l.files { name(f) }
        optional(l.ownerName)
        optional(l.ownerKey)
        authorIDs(l.ownerIDs)
        bool(l.onlyOwner)
        uint(UInt64(l.present.rawValue))
        uint(UInt64(l.categories.count))
        for c in l.categories { string(c.category); uint(UInt64(c.papers)) }
        uint(UInt64(l.profiles.count))
        for p in l.profiles { profile(p) }
        uint(UInt64(l.diagnostics.count))
        for d in l.diagnostics { diagnostic(d) }
        uint(UInt64(l.bibtexParts.count))
        for b in l.bibtexParts { bibtexParts(b) }
        for table in [l.statedPlaces.keys, l.statedPlaces.places] {
            raw(table.bytes, inline: true)
            raw(table.starts, inline: true)
        }
        // The papers' table: their count, the number of chunks, then room for each chunk's
        // length and checksum, a flat array of 8-byte values filled once the chunks are written
        // (`paperChunks`, `fillPaperTable`). Where the room starts is given back.
        let chunks = (l.papers.count + Self.papersPerChunk - 1) / Self.papersPerChunk
        uint(UInt64(l.papers.count))
        uint(UInt64(chunks))
        uint(UInt64(2 * chunks))
        pad(to: 8)
        precondition(isFlat, "the papers' table is written over where it lies")
        let table = length
        zeros(16 * chunks)
        return table
    }

    /// `papers` in chunks of `papersPerChunk`, made on every core a few chunks a core at a time
    /// and given to `emit` in order, so the written papers are never held all at once: each
    /// chunk's length and checksum.
    static func paperChunks(_ papers: [Paper], emit: (UnsafeRawBufferPointer) -> Void) -> [(length: Int, sum: UInt64)] {
        let count = (papers.count + papersPerChunk - 1) / papersPerChunk
        let batch = 64 * Cores.active
        var table: [(length: Int, sum: UInt64)] = []
        table.reserveCapacity(count)
        var first = 0
        while first < count {
            let made = Parallel.map(min(batch, count - first), chunk: 1) { [first] k -> (SnapshotWriter, UInt64) in
                let c = first + k
                // The papers with their names by number alone; then the chunk: its head (the names'
                // table, where each paper starts in what follows and each paper's checksum, then
                // the head's own checksum) and the papers.
                var body = SnapshotWriter(capacity: 1 << 16, namesApart: true)
                var starts: [Int] = []
                starts.reserveCapacity(papersPerChunk + 1)
                papers.withUnsafeBufferPointer { all in
                    for i in (c * papersPerChunk)..<min((c + 1) * papersPerChunk, papers.count) {
                        starts.append(body.length)
                        body.paper(all.baseAddress! + i)
                    }
                }
                starts.append(body.length)
                var chunk = SnapshotWriter(capacity: body.length + 12 * starts.count + 1024)
                let names = body.names
                chunk.uint(UInt64(names.count))
                for name in names { chunk.string(name) }
                for start in starts.dropLast() { chunk.fixed(UInt32(start)) }
                body.bytes.withUnsafeBytes { b in
                    for k in 0..<(starts.count - 1) {
                        chunk.fixed(SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: b[starts[k]..<starts[k + 1]])))
                    }
                }
                chunk.fixed(chunk.bytes.withUnsafeBytes { SnapshotChecksum.of($0) })
                chunk.append(body)
                var sum = SnapshotChecksum()
                chunk.forEachPiece { sum.update($0) }
                return (chunk, sum.finish())
            }
            for (chunk, sum) in made {
                chunk.forEachPiece(emit)
                table.append((chunk.length, sum))
            }
            first += made.count
        }
        return table
    }

    /// Fills the papers' table that `library` left room for at `at`.
    mutating func fillPaperTable(at: Int, _ table: [(length: Int, sum: UInt64)]) {
        patch { b in
            for (k, entry) in table.enumerated() {
                b.storeBytes(of: UInt64(entry.length), toByteOffset: at + 16 * k, as: UInt64.self)
                b.storeBytes(of: entry.sum, toByteOffset: at + 16 * k + 8, as: UInt64.self)
            }
        }
    }

    static let papersPerChunk = 256

    /// A paper, read where it lies: taken from its array it would be copied, every string and
    /// array of it retained and released, and each of its authors with it.
    mutating func paper(_ p: UnsafePointer<Paper>) {
        string(p.pointee.id)
        string(p.pointee.title)
        uint(UInt64(p.pointee.authors.count))
        p.pointee.authors.withUnsafeBufferPointer { a in
            for k in a.indices { author(a.baseAddress! + k) }
        }
        bool(p.pointee.authorsTruncated)
        switch p.pointee.owner {
        case .none: uint(0)
        case .implied: uint(1)
        case .listed(let k): uint(2); int(k)
        }
        optional(p.pointee.affiliation)
        optional(p.pointee.venue)
        date(p.pointee.date)
        optional(p.pointee.category)
        if let s = p.pointee.score { bool(true); uint(s.bitPattern) } else { bool(false) }
        bool(p.pointee.hasCode)
        optional(p.pointee.codeLink)
        string(p.pointee.abstract)
        strings(p.pointee.links)
        location(p.pointee.source)
        strings(p.pointee.possibleDuplicates)
        if let e = p.pointee.entry { bool(true); entry(e) } else { bool(false) }
        uint(UInt64(p.pointee.identifiers.items.count))
        for item in p.pointee.identifiers.items { name(item.scheme.rawValue); string(item.value) }
        optional(p.pointee.type?.rawValue)
        optional(p.pointee.volume)
        optional(p.pointee.pages)
        if let c = p.pointee.citations { bool(true); int(c.count); name(c.source); optional(c.asOf) } else { bool(false) }
        uint(UInt64(p.pointee.citationsByYear.count))
        for y in p.pointee.citationsByYear { int(y.year); int(y.count) }
        uint(UInt64(p.pointee.sources.count))
        for s in p.pointee.sources {
            name(s.format)
            location(s.location)
            optional(s.path)
            uint(UInt64(s.fields.count))
            for f in s.fields { name(f) }
        }
        strings(p.pointee.keywords)
        optional(p.pointee.retraction?.rawValue)
        uint(UInt64(p.pointee.details.items.count))
        for item in p.pointee.details.items { name(item.kind.rawValue); string(item.value) }
    }

    mutating func author(_ a: UnsafePointer<Author>) {
        string(a.pointee.name)
        string(a.pointee.key)
        optional(a.pointee.family)
        authorIDs(a.pointee.ids)
        strings(a.pointee.affiliations)
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
        strings(p.affiliations)
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

/// Where a chunk of papers is in a snapshot: its bytes, their checksum, and how many papers.
struct PaperChunk: Sendable {
    let bytes: Range<Int>
    let sum: UInt64
    let papers: Int
}

extension SnapshotReader {
    /// The library but its papers, and where the papers' chunks are: they follow the table,
    /// from where it ends (`at` afterwards).
    mutating func library() throws -> (parts: Library.Parts, papers: Int, chunks: [PaperChunk]) {
        var parts = Library.Parts()
        let files = try count("files")
        for _ in 0..<files { parts.files.append(try name()) }
        parts.ownerName = try optionalString()
        parts.ownerKey = try optionalString()
        parts.ownerIDs = try authorIDs()
        parts.onlyOwner = try bool()
        parts.present = Library.Present(rawValue: UInt8(truncatingIfNeeded: try uint()))
        let categories = try count(each: 2, "categories")
        for _ in 0..<categories {
            let name = try string()
            parts.categories.append(Statistics.CategoryCount(category: name, papers: Int(clamping: try uint())))
        }
        let profiles = try count("profiles")
        for _ in 0..<profiles { parts.profiles.append(try profile()) }
        let diagnostics = try count("diagnostics")
        for _ in 0..<diagnostics { parts.diagnostics.append(try diagnostic()) }
        let bibtex = try count("BibTeX parts")
        for _ in 0..<bibtex { parts.bibtexParts.append(try bibtexParts()) }
        var tables: [TextTable] = []
        for what in ["stated keys", "stated places"] {
            guard let t = TextTable(stored: try flat(UInt8.self, what), starts: try flat(Int32.self, what)) else { throw Self.damaged(what) }
            tables.append(t)
        }
        guard let stated = StatedPlaces(keys: tables[0], places: tables[1]) else { throw Self.damaged("stated places") }
        parts.statedPlaces = stated
        let papers = try count(each: 2, "papers")
        let n = try count(each: 2, "papers")
        try require(n == (papers + SnapshotWriter.papersPerChunk - 1) / SnapshotWriter.papersPerChunk, "papers")
        let table = try raw(UInt64.self, "papers")
        try require(table.count == 2 * n, "papers")
        let lengths = (0..<n).map { (Int(clamping: table[2 * $0]), table[2 * $0 + 1]) }
        var chunks: [PaperChunk] = []
        var start = at
        for (length, sum) in lengths {
            // Each chunk's papers are 8 bytes each at the least (a paper has more than 8 fields).
            let want = min(SnapshotWriter.papersPerChunk, papers - chunks.count * SnapshotWriter.papersPerChunk)
            try require(length <= base.count - start && length >= want * 8, "papers")
            chunks.append(PaperChunk(bytes: start..<start + length, sum: sum, papers: want))
            start += length
        }
        return (parts, papers, chunks)
    }

    /// Papers whose bytes do not match their checksum (the file changed or was damaged while open).
    static let papersDiffer = SnapshotProblem.damaged("its papers' checksum does not match their bytes")

    /// Whether chunk `chunk` of `base` matches its checksum.
    static func check(_ base: UnsafeRawBufferPointer, _ chunk: PaperChunk) throws {
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: base[chunk.bytes])) == chunk.sum else {
            throw Self.papersDiffer
        }
    }

    /// A chunk's head read: a reader of the chunk past it (its names read), where the starts of
    /// its papers are (4 bytes each, from where the papers start) and their checksums (8 bytes each).
    private static func chunkReader(_ base: UnsafeRawBufferPointer, _ chunk: PaperChunk) throws -> (reader: SnapshotReader, starts: Int, sums: Int) {
        var r = SnapshotReader(UnsafeRawBufferPointer(rebasing: base[chunk.bytes]))
        try r.nameTable()
        let starts = r.at
        try r.require(r.remaining >= 12 * chunk.papers + 8, "papers")
        r.at += 12 * chunk.papers + 8
        return (r, starts, starts + 4 * chunk.papers)
    }

    /// Each paper of one chunk with its place in it, read in order (its checksum checked first).
    static func eachPaper(in base: UnsafeRawBufferPointer, _ chunk: PaperChunk, _ body: (Int, Paper) -> Void) throws {
        try check(base, chunk)
        var (r, starts, _) = try chunkReader(base, chunk)
        let first = r.at
        for k in 0..<chunk.papers {
            try r.require(r.at - first == Int(r.base.loadUnaligned(fromByteOffset: starts + 4 * k, as: UInt32.self)), "papers")
            body(k, try r.paper())
        }
        try r.require(r.remaining == 0, "papers")
    }

    /// The papers of one chunk, after its checksum.
    static func papers(in base: UnsafeRawBufferPointer, _ chunk: PaperChunk) throws -> [Paper] {
        var out: [Paper] = []
        out.reserveCapacity(chunk.papers)
        try eachPaper(in: base, chunk) { _, p in out.append(p) }
        return out
    }

    /// Paper `k` of one chunk alone, the others not read: after the checksums of the chunk's head
    /// and of the paper's bytes (not the whole chunk's).
    static func paper(_ k: Int, in base: UnsafeRawBufferPointer, _ chunk: PaperChunk) throws -> Paper {
        var (r, starts, sums) = try chunkReader(base, chunk)
        try r.require(k >= 0 && k < chunk.papers, "papers")
        let head = UnsafeRawBufferPointer(rebasing: r.base[..<(r.at - 8)])
        guard SnapshotChecksum.of(head) == r.base.loadUnaligned(fromByteOffset: r.at - 8, as: UInt64.self) else {
            throw Self.papersDiffer
        }
        let first = r.at
        func start(_ k: Int) -> Int { k == chunk.papers ? r.remaining : Int(r.base.loadUnaligned(fromByteOffset: starts + 4 * k, as: UInt32.self)) }
        let (from, to) = (start(k), start(k + 1))
        try r.require(from <= to && to <= r.remaining, "papers")
        guard SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: r.base[(first + from)..<(first + to)])) == r.base.loadUnaligned(fromByteOffset: sums + 8 * k, as: UInt64.self) else {
            throw Self.papersDiffer
        }
        r.at = first + from
        let paper = try r.paper()
        try r.require(r.at == first + to, "papers")
        return paper
    }

    /// Every paper, each chunk on a core of its own, straight into its place.
    static func papers(in base: UnsafeRawBufferPointer, _ chunks: [PaperChunk], count papers: Int) throws -> [Paper] {
        var failure: SnapshotProblem?
        let all = [Paper](uninitializedCount: papers) { buffer, initialised in
            let made = UnsafeMutableBufferPointer<Int>.allocate(capacity: chunks.count)
            made.initialize(repeating: 0)
            let failed = UnsafeMutableBufferPointer<SnapshotProblem?>.allocate(capacity: chunks.count)
            failed.initialize(repeating: nil)
            defer { made.deallocate(); failed.deinitialize(); failed.deallocate() }
            let shared = Shared((base: base, chunks: chunks, out: buffer, made: made, failed: failed))
            DispatchQueue.concurrentPerform(iterations: chunks.count) { c in
                let s = shared.value
                let first = c * SnapshotWriter.papersPerChunk
                do {
                    try eachPaper(in: s.base, s.chunks[c]) { k, p in
                        (s.out.baseAddress! + first + k).initialize(to: p)
                        s.made[c] = k + 1
                    }
                } catch {
                    s.failed[c] = error as? SnapshotProblem ?? Self.damaged("papers")
                }
            }
            failure = failed.lazy.compactMap { $0 }.first
            if failure != nil {
                for c in 0..<chunks.count { (buffer.baseAddress! + c * SnapshotWriter.papersPerChunk).deinitialize(count: made[c]) }
                initialised = 0
            } else {
                initialised = papers
            }
        }
        if let failure { throw failure }
        return all
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
            p.sources.append(PaperSource(format: format, location: location, path: path, fields: FieldNames.shared(names)))
        }
        p.keywords = try strings()
        if let r = try optionalString() {
            guard let retraction = Retraction(rawValue: r) else { throw Self.damaged("retractions") }
            p.retraction = retraction
        }
        let details = try count(each: 2, "details")
        if details > 0 {
            var items: [PaperDetails.Item] = []
            items.reserveCapacity(details)
            for _ in 0..<details {
                guard let kind = DetailKind(rawValue: try name()) else { throw Self.damaged("details") }
                items.append(PaperDetails.Item(kind: kind, value: try string()))
            }
            p.details = PaperDetails(items: items)
        }
        return p
    }

    mutating func author() throws -> Author {
        let name = try string()
        var a = Author(name: name, key: try string(), family: try optionalString())
        a.ids = try authorIDs()
        a.affiliations = try strings()
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
        p.affiliations = try strings()
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
