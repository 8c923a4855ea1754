import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads the XML formats: DBLP (a person's page `<dblpperson>` and the dump `<dblp>`), arXiv API
/// responses (Atom) and ORCID v3.0 XML. Records are taken as their elements close, so the dump's
/// records are not all held as elements at once.
enum XMLRecords {
    /// DBLP's record elements.
    static let dblpRecords: Set<String> = ["article", "inproceedings", "proceedings", "incollection", "book",
                                           "phdthesis", "mastersthesis", "data"]

    static func read(_ input: [UInt8], _ context: ReadContext) -> RecordContents {
        input.withUnsafeBufferPointer { read(mapped: $0, context) }
    }

    /// Reads XML in place (a mapped file): ISO-8859-1, the DBLP dump's encoding, is turned into
    /// UTF-8 string by string, so no copy of the text is made; other 8-bit encodings are
    /// converted first.
    static func read(mapped input: UnsafeBufferPointer<UInt8>, _ context: ReadContext) -> RecordContents {
        var buffer = input
        var notes: [Diagnostic] = []
        if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { buffer = UnsafeBufferPointer(rebasing: buffer[3...]) }
        var latin1 = false
        if let stated = XMLParser.declaredEncoding(buffer) {
            switch TextEncoding(name: stated) {
            case .some(.utf8): break
            case .some(.latin1): latin1 = true
            case .some(let e):
                let converted = e.decode(Array(buffer))
                var inMemory = context
                inMemory.letGo = nil
                return converted.withUnsafeBufferPointer { read(text: $0, latin1: false, notes: [], inMemory) }
            case nil:
                notes.append(Diagnostic(.warning, at: SourceLocation(file: context.fileName, line: 1),
                                        "the declared encoding \(VisibleText.singleLine(stated)) is not one Vita reads; read as UTF-8"))
            }
        }
        return read(text: buffer, latin1: latin1, notes: notes, context)
    }

    /// What one part of a text gave: its papers and what the whole record is made from.
    struct Part {
        var papers: [Paper] = []
        var diagnostics = DiagnosticList()
        var root: String?
        var rootAttributes: [(name: String, value: String)] = []
        var ownerPerson: XMLElement?
        var ownerLocation: SourceLocation?
        var feedErrors: [(SourceLocation, String)] = []
        /// An ORCID record's places of work that have no end date, in its order.
        var employments: [String] = []
        /// The dump's person records' affiliations (not those labelled former), by name key.
        var statedPlaces: [String: String] = [:]
        /// The dump's person records (`www`, at its end): the ids of people known by several
        /// names or by an ORCID, by the key of each name. Only those: a name alone says nothing new.
        var homepages: [String: AuthorIdentifiers] = [:]
        /// What a search answer says it found (DBLP's `<hits total sent first>`, arXiv's
        /// `opensearch:totalResults` and `startIndex`): how many, how many it holds when it says
        /// (else the entries read), and the first one's place; read as its root closes.
        var found: (at: SourceLocation, source: String, total: Int, held: Int?, first: Int)?
        /// The hits or entries read.
        var entries = 0
    }

    /// A DBLP record (or the `<r>` around one) starting ends one still open, and any field of
    /// it never closed: the records after a broken one are read, not taken for its text.
    static let restarts: [String: Int] = dblpRecords.reduce(into: ["r": 0, "www": 1]) { $0[$1] = 1 }

    /// Gives the authors whose key a person record of the DBLP dump names (`homepages`) the ids
    /// it gives them, on every core (every author's key looked up, the dump's millions, by a
    /// hash of its bytes).
    static func givePersonIDs(_ papers: inout [Paper], _ homepages: KeyTable<AuthorIdentifiers>) {
        Paper.changeAuthors(&papers) { author in
            guard let h = homepages[author.pointee.key] else { return nil }
            var given = author.pointee
            let had = given.ids
            // A pid the record gave stays; a name standing in for one gives way.
            let pid = had?.dblp.flatMap { $0.containsByte(UInt8(ascii: "/")) ? $0 : nil } ?? h.dblp
            given.ids = AuthorIdentifiers(orcid: had?.orcid ?? h.orcid, dblp: pid, openalex: had?.openalex, s2: had?.s2)
            return given
        }
    }

    /// Texts this large are read in parts on every core, cut where a DBLP record starts a line.
    static let parallelThreshold = 256 << 10

    /// `parts`: how many parts a text of `parallelThreshold` bytes or more is read in
    /// (`Parallel.parts(ofBytes:)` when nil). `plainRecords`: DBLP records of the plain shape read from the text (see
    /// `DBLPRecord`); false reads every record through its elements, the same papers slower.
    static func read(text buffer: UnsafeBufferPointer<UInt8>, latin1: Bool, notes: [Diagnostic], _ context: ReadContext,
                     parallelThreshold: Int = parallelThreshold, parts count: Int? = nil, plainRecords: Bool = true) -> RecordContents {
        var parts: [Part] = []
        if buffer.count >= parallelThreshold,
           let cut = readInParts(buffer, latin1: latin1, context, parts: count ?? Parallel.parts(ofBytes: buffer.count),
                                 plainRecords: plainRecords) {
            parts = cut
        } else {
            var parser = XMLParser(buffer)
            parser.latin1 = latin1
            parts = [readPart(&parser, open: [], cut: false, context, plainRecords: plainRecords).part]
        }
        // The parts joined in order: the root closes in the last, the owner is the first found.
        var whole = Part()
        notes.forEach { whole.diagnostics.append($0) }
        var lists = parts.indices.map { k in
            defer { parts[k].papers = [] }
            return parts[k].papers
        }
        whole.papers.appendMoving(&lists)
        for k in parts.indices {
            whole.diagnostics.append(contentsOf: parts[k].diagnostics)
            if let r = parts[k].root { (whole.root, whole.rootAttributes) = (r, parts[k].rootAttributes) }
            if whole.ownerPerson == nil { (whole.ownerPerson, whole.ownerLocation) = (parts[k].ownerPerson, parts[k].ownerLocation) }
            whole.feedErrors += parts[k].feedErrors
            whole.employments += parts[k].employments
            whole.statedPlaces.merge(parts[k].statedPlaces) { first, _ in first }
            whole.homepages.merge(parts[k].homepages) { _, later in later }
            if let f = parts[k].found { whole.found = f }
            whole.entries += parts[k].entries
        }
        var contents = RecordContents(papers: whole.papers)
        contents.statedPlaces = whole.statedPlaces
        whole.statedPlaces = [:]
        whole.papers = []
        var diagnostics = whole.diagnostics
        let (root, rootAttributes, ownerPerson, ownerLocation) = (whole.root, whole.rootAttributes, whole.ownerPerson, whole.ownerLocation)
        let (feedErrors, homepages) = (whole.feedErrors, whole.homepages)
        if root == nil {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: context.fileName, line: 1),
                                          "no XML element found; expected DBLP, arXiv Atom or ORCID XML"))
        }
        // A page of a larger answer: said, with how to ask for the rest.
        if let f = whole.found, f.total > f.held ?? whole.entries {
            diagnostics.append(Diagnostic(.warning, at: f.at, Self.page(of: f.source, found: f.total, held: f.held ?? whole.entries, first: f.first)))
        }
        // A person's names and ORCID from their record: every paper of a name variant then
        // carries the person's pid, so the library makes the variants one person.
        if !homepages.isEmpty {
            Self.givePersonIDs(&contents.papers, KeyTable(homepages))
        }
        for (at, message) in feedErrors {
            diagnostics.append(Diagnostic(.error, at: at, "the arXiv API answered with an error: \(VisibleText.singleLine(message))"))
        }
        // Whose record it is.
        if root == "dblpperson", let name = rootAttributes.first(where: { $0.name == "name" })?.value {
            let (shown, _) = FieldText.homonym(name)
            var profile = Profile(name: FieldText.line(shown) ?? shown, source: SourceLocation(file: context.fileName, line: 1))
            let orcid = ownerPerson?.children("url").compactMap { u in u.allText.utf8.contains(ascii: "orcid.org") ? u.allText : nil }.first
            let pid = rootAttributes.first(where: { $0.name == "pid" })?.value
            profile.ids = AuthorIdentifiers(orcid: orcid, dblp: pid ?? name)
            profile.paperCount = (rootAttributes.first(where: { $0.name == "n" })?.value).flatMap { Int($0) }
            profile.statedBy = "DBLP"
            // Where they are now: DBLP labels the places they have left (`label="former"`).
            profile.addAffiliations((ownerPerson?.children("note") ?? [])
                .filter { $0.attribute("type") == "affiliation" && $0.attribute("label") == nil }.map(\.allText))
            contents.profile = profile
        } else if root == "employments", ownerPerson == nil,
                  let orcid = (rootAttributes.first { $0.name == "path" }?.value).flatMap({ $0.split(separator: "/").first }).flatMap({ AuthorIdentifiers.normaliseORCID(String($0)) }) {
            // The employments alone (`/employments`): their person is named by the ORCID id of its
            // `path`, as a list of works is, so a record of their works beside it takes the places.
            var profile = Profile(name: orcid, source: SourceLocation(file: context.fileName, line: 1))
            profile.ids = AuthorIdentifiers(orcid: orcid)
            profile.statedBy = "ORCID"
            profile.addAffiliations(whole.employments)
            contents.profile = profile
        } else if root == "record" || root == "works" || root == "activities-summary", let owner = ownerPerson ?? nil {
            let given = owner.child("name")?.child("given-names")?.allText, family = owner.child("name")?.child("family-name")?.allText
            if let name = FieldText.line([given, family].compactMap { $0 }.joined(separator: " ")) {
                var profile = Profile(name: name, source: ownerLocation ?? SourceLocation(file: context.fileName, line: 1))
                let path = rootAttributes.first { $0.name == "path" }?.value
                profile.ids = AuthorIdentifiers(orcid: path.flatMap { $0.split(separator: "/").first.map(String.init) })
                profile.statedBy = "ORCID"
                profile.addAffiliations(whole.employments)
                contents.profile = profile
                for i in contents.papers.indices where contents.papers[i].sources.first?.format == "orcid" {
                    if contents.papers[i].authors.isEmpty {
                        contents.papers[i].authors = [Author(name: name, ids: profile.ids)]
                        contents.papers[i].owner = .listed(position: 0)
                    } else {
                        ORCIDReader.placeOwner(&contents.papers[i], orcid: profile.ids?.orcid, name: name)
                    }
                }
            }
        }
        contents.diagnostics = diagnostics.finished(file: context.fileName)
        return contents
    }

    /// Reads from the parser's place to its end, the elements `open` already open; when `cut`,
    /// the text goes on after this part (see `XMLParser.parse(continuing:cut:)`).
    /// `line`: the line the parser's place starts, when it is the start of a line and known (a
    /// part of a text cut at lines); else the lines before it are counted.
    static func readPart(_ parser: inout XMLParser, open: [XMLElement], cut: Bool, _ context: ReadContext, plainRecords: Bool = true,
                         line: Int? = nil) -> (part: Part, open: [XMLElement]) {
        var part = Part()
        // Room for the part's papers at once (a DBLP record rarely takes under 300 bytes): grown
        // by doubling, the list was copied again and again, a twentieth of a large dump's read.
        part.papers.reserve(forBytes: parser.end - parser.i, bytesPerPaper: 300)
        parser.restarts = restarts
        var lines = line.map { LineCounter(parser.bytes, atLineStart: parser.i, line: $0) } ?? LineCounter(parser.bytes, from: parser.i)
        func location(_ offset: Int) -> SourceLocation {
            let (line, column) = lines.position(of: offset)
            return SourceLocation(file: context.fileName, line: line, column: column)
        }
        var reporter = ProgressReporter(context.progress, from: parser.i)
        func isRecord(_ element: XMLElement, _ depth: Int) -> Bool {
            depth <= 2 && element.prefix.isEmpty && dblpRecords.contains(element.name)
        }
        // A document that is one full ORCID work keeps every element, for the work as it closes.
        var wholeWork = false
        // A record of the plain shape is read from the text, without its elements.
        let onOpen = { (parser: inout XMLParser, element: XMLElement, depth: Int) -> Bool in
            if depth == 0, element.name == "work", element.prefix == "work" { wholeWork = true }
            guard plainRecords, isRecord(element, depth), element.attribute("key") != nil,
                  let record = DBLPRecord.read(&parser, element) else { return false }
            if let p = dblpPaper(record, location(element.offset), &part.diagnostics) { part.papers.append(p) }
            reporter.reached(element.offset, papers: part.papers.count)
            return true
        }
        let stillOpen = parser.parse(continuing: open, cut: cut, onOpen: onOpen) { element, depth in
            if depth == 0 {
                part.root = element.name
                part.rootAttributes = element.attributes
                // One full ORCID work (`/work/{put-code}`) is the whole document.
                if element.name == "work", element.prefix == "work", let p = orcidPaper(element, location(element.offset), &part.diagnostics) {
                    part.papers.append(p)
                }
                // A search answer's counts, kept under the root for this.
                if let hits = element.child("hits"), let total = hits.attribute("total").flatMap({ Int($0) }) {
                    part.found = (location(hits.offset), "DBLP", total, hits.attribute("sent").flatMap { Int($0) }, hits.attribute("first").flatMap { Int($0) } ?? 0)
                } else if let t = element.children.first(where: { $0.prefix == "opensearch" && $0.name == "totalResults" }),
                          let total = Int(t.allText.trimmingWhitespace()) {
                    let start = element.children.first { $0.prefix == "opensearch" && $0.name == "startIndex" }.flatMap { Int($0.allText.trimmingWhitespace()) }
                    part.found = (location(t.offset), "arXiv", total, nil, start ?? 0)
                }
                return false
            }
            if isRecord(element, depth), element.attribute("key") != nil || element.child("title") != nil {
                if let p = dblpPaper(DBLPRecord(element), location(element.offset), &part.diagnostics) { part.papers.append(p) }
                reporter.reached(element.offset, papers: part.papers.count)
                return false
            }
            // A DBLP search answer: `<result><hits><hit>`.
            if depth == 2, element.name == "hit" {
                part.entries += 1
                if let p = searchHitPaper(element, location(element.offset), &part.diagnostics) { part.papers.append(p) }
                return false
            }
            if element.name == "person", depth == 1, part.ownerPerson == nil {
                (part.ownerPerson, part.ownerLocation) = (element, location(element.offset))
                return false
            }
            if element.name == "entry", depth == 1 {
                part.entries += 1
                if let id = element.child("id")?.allText, id.utf8.contains(ascii: "/api/errors") {
                    part.feedErrors.append((location(element.offset), FieldText.line(element.child("summary")?.allText) ?? "an error"))
                } else if let p = arxivPaper(element, location(element.offset), &part.diagnostics) {
                    part.papers.append(p)
                }
                return false
            }
            if element.name == "work-summary" || element.name == "work" && element.prefix == "work" {
                if let p = orcidPaper(element, location(element.offset), &part.diagnostics) { part.papers.append(p) }
                return false
            }
            if element.name == "employment-summary" {
                // A place of work with no end date is where they are now.
                if element.child("end-date") == nil, let org = element.child("organization")?.child("name")?.allText {
                    part.employments.append(org)
                }
                return false
            }
            if element.name == "person", element.prefix == "person" {
                (part.ownerPerson, part.ownerLocation) = (element, location(element.offset))
                return false
            }
            if element.name == "www", depth == 1 {
                if let key = element.attribute("key"), key.hasPrefix("homepages/"), key.count > 10 {
                    let names = element.children("author").compactMap { FieldText.line($0.allText) }
                    let orcid = element.children("url").lazy.map(\.allText).first { $0.utf8.contains(ascii: "orcid.org") }
                    if names.count > 1 || orcid != nil {
                        let ids = AuthorIdentifiers(orcid: orcid, dblp: String(key.dropFirst(10)))
                        for n in names { part.homepages[NameKey.make(n)] = ids }
                    }
                    // Where they are now: DBLP labels the places they have left (`label="former"`).
                    if let note = element.children("note").first(where: { $0.attribute("type") == "affiliation" && $0.attribute("label") == nil }),
                       let place = FieldText.line(note.allText) {
                        for n in names where part.statedPlaces[NameKey.make(n)] == nil { part.statedPlaces[NameKey.make(n)] = place }
                    }
                }
                return false
            }
            // Records are taken as they close; what is around them is kept only to depth 2.
            return depth >= 2 || wholeWork || element.name == "r" || element.name == "group" || element.name == "works"
                || depth == 1 && (element.name == "hits" || element.prefix == "opensearch")
        }
        reporter.finished(parser.i, papers: part.papers.count)
        for p in parser.problems { part.diagnostics.append(Diagnostic(.warning, at: location(p.offset), p.message)) }
        parser.problems = []
        return (part, stillOpen)
    }

    /// Whether a DBLP record (or the `<r>` around one in a person's page) starts at `k`.
    static func startsRecord(_ b: UnsafeBufferPointer<UInt8>, at k: Int) -> Bool {
        guard k + 2 < b.count, b[k] == UInt8(ascii: "<") else { return false }
        var e = k + 1
        while e < b.count, e - k < 16, b[e] >= UInt8(ascii: "a"), b[e] <= UInt8(ascii: "z") { e += 1 }
        guard e < b.count, b[e] == UInt8(ascii: " ") || b[e] == UInt8(ascii: ">") else { return false }
        let name = String(decoding: UnsafeBufferPointer(rebasing: b[(k + 1)..<e]), as: UTF8.self)
        return name == "r" || name == "www" || dblpRecords.contains(name)
    }

    /// The first line at or after `from` (and before `limit`) that starts a record.
    static func recordLine(in b: UnsafeBufferPointer<UInt8>, from: Int, limit: Int) -> Int? {
        var k = from
        while k < limit {
            if (k == 0 || b[k - 1] == 0x0A), startsRecord(b, at: k) { return k }
            guard let nl = memchr(b.baseAddress! + k, 0x0A, limit - k) else { return nil }
            k = b.baseAddress!.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
        }
        return nil
    }

    /// A large DBLP text read in parts on every core, each starting at a line that starts a
    /// record, with the elements open there (found by reading the head up to the first record).
    /// Nil when the text is not cut that way (no records at line starts, or a part that did not
    /// end between records, as a comment across a cut would): then it is read straight through.
    static func readInParts(_ buffer: UnsafeBufferPointer<UInt8>, latin1: Bool, _ context: ReadContext, parts count: Int,
                            plainRecords: Bool = true) -> [Part]? {
        guard let first = recordLine(in: buffer, from: 0, limit: min(buffer.count, 1 << 20)) else { return nil }
        var head = XMLParser(buffer)
        head.latin1 = latin1
        head.end = first
        var open = head.parse(continuing: [], cut: true) { _, _ in false }
        guard !head.ranOut, !open.isEmpty else { return nil }
        for k in open.indices { open[k].children = []; open[k].text = "" }
        let count = max(2, min(1_024, count))
        var cuts = [0]
        for k in 1..<count {
            guard let at = recordLine(in: buffer, from: max(cuts.last! + 1, buffer.count * k / count), limit: buffer.count) else { break }
            cuts.append(at)
        }
        guard cuts.count > 1 else { return nil }
        cuts.append(buffer.count)
        let names = open.map(XMLParser.qualified)
        // The line each part starts on: each part's line ends counted on every core, once (each
        // part counting every line before it read the text three and a half times over).
        let ends = Parallel.map(cuts.count - 1, chunk: 1) { k in ByteScan.newlines(in: buffer, from: cuts[k], to: cuts[k + 1]) }
        var firstLines = [1]
        for k in 0..<(cuts.count - 2) { firstLines.append(firstLines[k] + ends[k]) }
        // A mapped file's pages, all read to count the lines, given back, and each part's again
        // once it is read: on 1,000,000 DBLP records the file's 0.5 GB were held until the end
        // of the reading, with every paper read.
        context.letGo?(buffer)
        let results = Parallel.map(cuts.count - 1, chunk: 1) { k -> (part: Part, open: [String], ranOut: Bool) in
            var parser = XMLParser(buffer)
            parser.latin1 = latin1
            parser.i = cuts[k]
            parser.end = cuts[k + 1]
            let (part, left) = readPart(&parser, open: k == 0 ? [] : open, cut: k < cuts.count - 2, context, plainRecords: plainRecords,
                                        line: firstLines[k])
            context.letGo?(UnsafeBufferPointer(rebasing: buffer[cuts[k]..<cuts[k + 1]]))
            return (part, left.map(XMLParser.qualified), parser.ranOut)
        }
        // Every part but the last must end between records, with the same elements open.
        for k in 0..<(cuts.count - 2) where results[k].ranOut || results[k].open != names { return nil }
        return results.map(\.part)
    }

    // MARK: DBLP

    /// What an answer holding one page of what a search found says: how many of how many, from
    /// which (0 the first), and how to ask `source` (DBLP, arXiv or Crossref) for the others.
    static func page(of source: String, found total: Int, held: Int, first: Int) -> String {
        let (unit, ask) = switch source {
        case "DBLP": ("hits", "h= up to 1000 and f=")
        case "Crossref": ("works", "rows= up to 1000 and offset=, or cursor=*")
        default: ("entries", "start= and max_results=")
        }
        return "\(source) found \(total) \(unit); this answer holds \(held) of them, from the \(first + 1)\(ordinal(first + 1)) (ask for the others with \(ask))"
    }

    /// `st`, `nd`, `rd` or `th` after a number.
    static func ordinal(_ n: Int) -> String {
        if (11...13).contains(n % 100) { return "th" }
        switch n % 10 { case 1: return "st"; case 2: return "nd"; case 3: return "rd"; default: return "th" }
    }

    /// A hit of a DBLP search answer (`<hit><info>…</info></hit>`) as a paper.
    static func searchHitPaper(_ hit: XMLElement, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        guard let info = hit.child("info") else {
            d.append(Diagnostic(.warning, at: at, "a <hit> without its <info>; left out"))
            return nil
        }
        let authors = info.child("authors")?.children("author").map { (name: $0.allText, pid: $0.attribute("pid")) } ?? []
        return dblpPaper(DBLPRecord(searchHit: { info.children($0).map(\.allText) }, authors: authors), at, &d)
    }

    /// "a" or "an" before a record's element name, as it is said (`an <article>`, `a <book>`).
    static func a(_ kind: String) -> String {
        kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
    }

    static func dblpPaper(_ r: DBLPRecord, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        var title = FieldText.line(r.title) ?? ""
        // DBLP ends every title with a full stop (looked for in the bytes: a Character search
        // cost more than the rest of the title; the UTF-8 view's `last` and indices, a fifth).
        if let cut = title.withUTF8({ b -> String? in
            let n = b.count
            guard n >= 1, b[n - 1] == UInt8(ascii: "."), n < 2 || b[n - 2] != UInt8(ascii: ".") else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: b[..<(n - 1)]), as: UTF8.self)
        }) {
            title = cut.trimmingWhitespace()
        }
        if title.isEmpty { d.append(Diagnostic(.warning, at: at, "\(Self.a(r.kind)) <\(r.kind)> without a title; kept as \"(untitled)\"")) }
        var p = Paper(title: title.isEmpty ? Paper.untitled : title, source: at)
        // Room for every author at once: grown one by one, the list of a paper of three authors
        // took three allocations and kept room for four (a million records held 0.2 GB more).
        p.authors.reserveCapacity(r.people.count)
        for a in r.people where !a.editor || r.kind == "proceedings" {
            guard let written = FieldText.line(a.text) else { continue }
            let (name, number) = FieldText.homonym(written)
            var author = Author(name: name, ids: AuthorIdentifiers(orcid: a.orcid, dblp: a.pid ?? written))
            if let number { author.key += " " + number }
            p.authors.append(consume author)
        }
        p.identifiers.add(.dblp, r.key)
        p.venue = FieldText.line(r.journal ?? r.booktitle ?? r.publisher ?? r.school)
        p.volume = FieldText.line(r.volume)
        p.pages = FieldText.pages(r.pages)
        let year = r.year.flatMap { Int($0.trimmingWhitespace()) }
        p.date = FieldText.date(year: year, month: FieldText.monthNumber(r.month), day: nil)
        if year == nil { d.append(Diagnostic(.warning, at: at, "\(Self.a(r.kind)) <\(r.kind)> without a year")) }
        // `publtype="informal withdrawn"`: a CoRR paper its authors withdrew.
        let publtype = r.publtype?.split(separator: " ") ?? []
        if publtype.contains("withdrawn") { p.retraction = .withdrawn }
        p.type = switch r.kind {
        case "article": (publtype.contains("informal") || p.venue == "CoRR") ? .preprint : .article
        case "inproceedings": .inproceedings
        case "proceedings": .proceedings
        case "incollection": .incollection
        case "book": .book
        case "phdthesis": .phdthesis
        case "mastersthesis": .mastersthesis
        case "data": .dataset
        default: .other
        }
        var links: [String?] = []
        links.reserveCapacity(r.ee.count + 1)
        for ee in r.ee {
            let url = ee.trimmingWhitespace()
            if url.utf8.contains(ascii: "doi.org/") { p.identifiers.add(.doi, url) }
            if url.utf8.contains(ascii: "arxiv.org/abs/") { p.identifiers.add(.arxiv, url) }
            links.append(url)
        }
        if p.venue == "CoRR", let vol = p.volume, vol.hasPrefix("abs/") { p.identifiers.add(.arxiv, String(vol.dropFirst(4))) }
        if let url = r.url?.trimmingWhitespace(), !url.isEmpty {
            links.append(url.utf8.starts(with: "http".utf8) ? url : "https://dblp.org/" + url)
        }
        p.links = FieldText.links(p.identifiers, others: links)
        // Most records have none of these but an issue number.
        if r.publisher != nil || r.school != nil || r.number != nil || r.series != nil || r.address != nil || !r.isbn.isEmpty
            || r.kind != "proceedings" && r.people.contains(where: \.editor) {
            if r.kind != "proceedings" { for a in r.people where a.editor { p.details.add(.editor, FieldText.line(a.text).map { FieldText.homonym($0).name }) } }
            p.details.add(.publisher, r.publisher ?? r.school)
            p.details.add(.place, r.address)
            p.details.add(.number, r.number)
            p.details.add(.series, r.series)
            for n in r.isbn { p.details.addNumbers(.isbn, n) }
        }
        FieldText.finish(&p, format: "dblp", at: at)
        return p
    }

    // MARK: arXiv

    static func arxivPaper(_ e: XMLElement, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        // arXiv gives a title as its authors wrote it, in LaTeX (`Landau--Kolmogorov`,
        // `Schr\"odinger`, `$\sigma$-models`): read as a .bib title is, math kept.
        guard let title = FieldText.line(e.child("title")?.allText).map({ FieldText.line(LaTeXText.decodePlain($0)) ?? $0 }) else {
            d.append(Diagnostic(.warning, at: at, "an <entry> without a title; left out"))
            return nil
        }
        var p = Paper(title: title, source: at)
        p.identifiers.add(.arxiv, e.child("id")?.allText)
        if let doi = e.children.first(where: { $0.name == "doi" })?.allText { p.identifiers.add(.doi, doi) }
        p.abstract = FieldText.paragraphs(e.child("summary")?.allText.replacingAll("\n", with: " "))
        p.date = FieldText.date(e.child("published")?.allText)
        for a in e.children("author") {
            guard let name = FieldText.line(a.child("name")?.allText) else { continue }
            var author = Author(name: name)
            author.addAffiliations(a.children("affiliation").map(\.allText))
            if p.affiliation == nil { p.affiliation = author.affiliations.first }
            p.authors.append(author)
        }
        let primary = e.children.first { $0.name == "primary_category" }?.attribute("term") ?? e.child("category")?.attribute("term")
        p.category = primary.map { $0.hasPrefix("cs.") ? String($0.dropFirst(3)) : $0 }
        if let ref = FieldText.line(e.children.first { $0.name == "journal_ref" }?.allText) {
            let (venue, volume, pages) = FieldText.journalReference(ref)
            (p.venue, p.volume, p.pages) = (venue, volume, pages)
        }
        p.type = p.venue == nil ? .preprint : .article
        let alternate = e.children("link").first { $0.attribute("rel") == "alternate" }?.attribute("href")
        let pdf = e.children("link").first { $0.attribute("title") == "pdf" }?.attribute("href")
        p.links = FieldText.links(p.identifiers, others: [alternate, pdf])
        FieldText.finish(&p, format: "arxiv", at: at)
        return p
    }

    // MARK: ORCID

    static func orcidPaper(_ e: XMLElement, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        guard let title = FieldText.title(e.child("title")?.child("title")?.allText) else {
            d.append(Diagnostic(.warning, at: at, "a \(e.name) without a title; left out"))
            return nil
        }
        var p = Paper(title: FieldText.title(title, subtitle: FieldText.title(e.child("title")?.child("subtitle")?.allText)), source: at)
        p.identifiers.add(.orcidPutCode, e.attribute("put-code"))
        ORCIDReader.add((e.child("external-ids")?.children("external-id") ?? []).compactMap { x in
            guard let type = x.child("external-id-type")?.allText, let value = x.child("external-id-value")?.allText else { return nil }
            return ORCIDReader.ExternalID(type: type, value: value, relationship: x.child("external-id-relationship")?.allText)
        }, to: &p)
        p.type = ORCIDReader.type(e.child("type")?.allText.trimmingWhitespace())
        if let date = e.child("publication-date") {
            p.date = FieldText.date(year: date.child("year").flatMap { Int($0.allText.trimmingWhitespace()) },
                                    month: date.child("month").flatMap { Int($0.allText.trimmingWhitespace()) },
                                    day: date.child("day").flatMap { Int($0.allText.trimmingWhitespace()) })
        }
        p.venue = FieldText.title(e.child("journal-title")?.allText)
        p.owner = .implied
        // A full work (`<work:work>`) lists its contributors; the person is placed among them
        // once the record's owner is known.
        let contributors = e.child("contributors")?.children("contributor").map { c in
            ORCIDReader.Contributor(name: c.child("credit-name")?.allText, orcid: c.child("contributor-orcid")?.child("path")?.allText,
                                    role: c.child("contributor-attributes")?.child("contributor-role")?.allText.trimmingWhitespace())
        } ?? []
        let citation = e.child("citation").flatMap { c in
            ORCIDReader.citation(type: c.child("citation-type")?.allText, value: c.child("citation-value")?.allText) {
                d.append(Diagnostic(.warning, at: at, $0))
            }
        }
        _ = ORCIDReader.take(contributors, citation: citation, into: &p, ownerORCID: nil, ownerName: nil)
        if let citation { ORCIDReader.complete(&p, from: citation) }
        p.abstract = FieldText.paragraphs(e.child("short-description")?.allText)
        p.links = FieldText.links(p.identifiers, others: [e.child("url")?.allText])
        FieldText.finish(&p, format: "orcid", at: at)
        return p
    }
}

extension FieldText {
    /// A journal reference as arXiv gives it, the journal, volume and pages apart where it has
    /// their shape, a year at its end (`Phys. Rev. Lett. 98, 030403 (2007)`, `JHEP 0712:030,2007`,
    /// `Astrophys.J.660:1-10,2007`); anything else (`NeurIPS 2020`, a reference with an issue or
    /// `pp.`) is the venue whole.
    static func journalReference(_ ref: String) -> (venue: String, volume: String?, pages: String?) {
        let whole = (ref, nil as String?, nil as String?)
        var s = Substring(ref.trimmingWhitespace())
        func trim() { while let c = s.last, c == " " || c == "," || c == "." { s.removeLast() } }
        func digit(_ c: Character) -> Bool { c.isASCII && c.isNumber }
        func isYear(_ t: Substring) -> Bool { t.count == 4 && t.allSatisfy(digit) && (t.hasPrefix("19") || t.hasPrefix("20")) }
        trim()
        // The year: `(2007)` or `, 2007` at the end.
        if s.last == ")", let open = s.lastIndex(of: "("), isYear(s[s.index(after: open)..<s.index(before: s.endIndex)]) {
            s = s[..<open]
        } else if let comma = s.lastIndex(of: ","), isYear(s[s.index(after: comma)...].drop { $0 == " " }) {
            s = s[..<comma]
        } else {
            return whole
        }
        trim()
        // The pages after the last `,` or `:`: `030403`, `1-10`, `L12`, `e0815`.
        guard let cut = s.lastIndex(where: { $0 == "," || $0 == ":" }) else { return whole }
        let pages = String(s[s.index(after: cut)...]).trimmingWhitespace()
        let pageShape = pages.contains(where: digit) && pages.allSatisfy { ($0.isASCII && ($0.isNumber || $0.isLetter)) || $0 == "-" || $0 == "\u{2013}" }
        guard pageShape else { return whole }
        // The volume: the digits that end what comes before (`Phys. Rev. D 76`, `Astrophys.J.660`).
        let head = String(s[..<cut]).trimmingWhitespace()
        let volume = head.reversed().prefix(while: digit)
        guard !volume.isEmpty, volume.count <= 6 else { return whole }
        let venue = String(head.dropLast(volume.count)).trimmingWhitespace()
        guard venue.contains(where: \.isLetter) else { return whole }
        return (venue, String(volume.reversed()), FieldText.pages(pages))
    }

    /// `5`, `05`, `May`, `may` → 5.
    static func monthNumber(_ text: String?) -> Int? {
        guard let t = text?.trimmingWhitespace().lowercased(), !t.isEmpty else { return nil }
        if let n = Int(t), (1...12).contains(n) { return n }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex { t.hasPrefix($0) }.map { $0 + 1 }
    }
}

extension String.UTF8View {
    /// Whether the ASCII `needle` stands in the text, byte by byte (no Unicode comparison): its
    /// first byte found by memchr, the rest compared in place.
    func contains(ascii needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, count >= n else { return n == 0 }
        var text = String(self)
        return text.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            var k = 0
            let last = b.count - n
            while k <= last, let hit = memchr(base + k, Int32(needle.utf8Start[0]), last - k + 1) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at, needle.utf8Start, n) == 0 { return true }
                k = at + 1
            }
            return false
        }
    }
}
