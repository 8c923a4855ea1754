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
                return converted.withUnsafeBufferPointer { read(text: $0, latin1: false, notes: [], context) }
            case nil:
                notes.append(Diagnostic(.warning, at: SourceLocation(file: context.fileName, line: 1),
                                        "the declared encoding \(VisibleText.singleLine(stated)) is not one Vita reads; read as UTF-8"))
            }
        }
        return read(text: buffer, latin1: latin1, notes: notes, context)
    }

    static func read(text buffer: UnsafeBufferPointer<UInt8>, latin1: Bool, notes: [Diagnostic], _ context: ReadContext) -> RecordContents {
        var parser = XMLParser(buffer)
        parser.latin1 = latin1
        var contents = RecordContents()
        var lines = LineCounter(buffer)
        func location(_ offset: Int) -> SourceLocation {
            let (line, column) = lines.position(of: offset)
            return SourceLocation(file: context.fileName, line: line, column: column)
        }
        var diagnostics = DiagnosticList()
        notes.forEach { diagnostics.append($0) }
        var root: String?
        var rootAttributes: [(name: String, value: String)] = []
        var ownerPerson: XMLElement?
        var feedErrors: [(Int, String)] = []
        var reporter = ProgressReporter(context.progress)
        // The dump's person records (`www`, at its end): the ids of people known by several names
        // or by an ORCID, by the key of each name. Only those: a name alone says nothing new.
        var homepages: [String: AuthorIdentifiers] = [:]
        parser.parse { element, depth in
            if depth == 0 {
                root = element.name
                rootAttributes = element.attributes
                return false
            }
            if dblpRecords.contains(element.name), element.attribute("key") != nil || element.child("title") != nil,
               depth <= 2, element.prefix.isEmpty {
                if let p = dblpPaper(element, location(element.offset), &diagnostics) { contents.papers.append(p) }
                reporter.reached(element.offset, papers: contents.papers.count)
                return false
            }
            if element.name == "person", depth == 1, ownerPerson == nil { ownerPerson = element; return false }
            if element.name == "entry", depth == 1 {
                if let id = element.child("id")?.allText, id.contains("/api/errors") {
                    feedErrors.append((element.offset, FieldText.line(element.child("summary")?.allText) ?? "an error"))
                } else if let p = arxivPaper(element, location(element.offset), &diagnostics) {
                    contents.papers.append(p)
                }
                return false
            }
            if element.name == "work-summary" {
                if let p = orcidPaper(element, location(element.offset), &diagnostics) { contents.papers.append(p) }
                return false
            }
            if element.name == "person", element.prefix == "person" { ownerPerson = element; return false }
            if element.name == "www", depth == 1 {
                if let key = element.attribute("key"), key.hasPrefix("homepages/"), key.count > 10 {
                    let names = element.children("author").compactMap { FieldText.line($0.allText) }
                    let orcid = element.children("url").lazy.map(\.allText).first { $0.contains("orcid.org") }
                    if names.count > 1 || orcid != nil {
                        let ids = AuthorIdentifiers(orcid: orcid, dblp: String(key.dropFirst(10)))
                        for n in names { homepages[NameKey.make(n)] = ids }
                    }
                }
                return false
            }
            // Records are taken as they close; what is around them is kept only to depth 2.
            return depth >= 2 || element.name == "r" || element.name == "group" || element.name == "works"
        }
        if root == nil {
            diagnostics.append(Diagnostic(.error, at: SourceLocation(file: context.fileName, line: 1),
                                          "no XML element found; expected DBLP, arXiv Atom or ORCID XML"))
        }
        // A person's names and ORCID from their record: every paper of a name variant then
        // carries the person's pid, so the library makes the variants one person.
        if !homepages.isEmpty {
            for i in contents.papers.indices {
                for j in contents.papers[i].authors.indices {
                    guard let h = homepages[contents.papers[i].authors[j].key] else { continue }
                    let had = contents.papers[i].authors[j].ids
                    // A pid the record gave stays; a name standing in for one gives way.
                    let pid = had?.dblp.flatMap { $0.contains("/") ? $0 : nil } ?? h.dblp
                    contents.papers[i].authors[j].ids = AuthorIdentifiers(orcid: had?.orcid ?? h.orcid, dblp: pid,
                                                                          openalex: had?.openalex, s2: had?.s2)
                }
            }
        }
        for p in parser.problems { diagnostics.append(Diagnostic(.warning, at: location(p.offset), p.message)) }
        for (offset, message) in feedErrors {
            diagnostics.append(Diagnostic(.error, at: location(offset), "the arXiv API answered with an error: \(VisibleText.singleLine(message))"))
        }
        // Whose record it is.
        if root == "dblpperson", let name = rootAttributes.first(where: { $0.name == "name" })?.value {
            let (shown, _) = FieldText.homonym(name)
            var profile = Profile(name: FieldText.line(shown) ?? shown, source: SourceLocation(file: context.fileName, line: 1))
            let orcid = ownerPerson?.children("url").compactMap { u in u.allText.contains("orcid.org") ? u.allText : nil }.first
            let pid = rootAttributes.first(where: { $0.name == "pid" })?.value
            profile.ids = AuthorIdentifiers(orcid: orcid, dblp: pid ?? name)
            profile.paperCount = (rootAttributes.first(where: { $0.name == "n" })?.value).flatMap { Int($0) }
            profile.statedBy = "DBLP"
            if let note = ownerPerson?.children("note").first(where: { $0.attribute("type") == "affiliation" }) {
                profile.otherLines = ["affiliation: " + (FieldText.line(note.allText) ?? "")]
            }
            contents.profile = profile
        } else if root == "record" || root == "works" || root == "activities-summary", let owner = ownerPerson ?? nil {
            let given = owner.child("name")?.child("given-names")?.allText, family = owner.child("name")?.child("family-name")?.allText
            if let name = FieldText.line([given, family].compactMap { $0 }.joined(separator: " ")) {
                var profile = Profile(name: name, source: location(owner.offset))
                let path = rootAttributes.first { $0.name == "path" }?.value
                profile.ids = AuthorIdentifiers(orcid: path.flatMap { $0.split(separator: "/").first.map(String.init) })
                profile.statedBy = "ORCID"
                contents.profile = profile
                for i in contents.papers.indices where contents.papers[i].authors.isEmpty && contents.papers[i].sources.first?.format == "orcid" {
                    contents.papers[i].authors = [Author(name: name, ids: profile.ids)]
                    contents.papers[i].owner = .listed(position: 0)
                }
            }
        }
        contents.diagnostics = diagnostics.finished(file: context.fileName)
        return contents
    }

    // MARK: DBLP

    static func dblpPaper(_ e: XMLElement, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        var title = FieldText.line(e.child("title")?.allText) ?? ""
        // DBLP ends every title with a full stop.
        if title.hasSuffix("."), !title.hasSuffix("..") { title.removeLast() }
        if title.isEmpty { d.append(Diagnostic(.warning, at: at, "a <\(e.name)> without a title; kept as \"(untitled)\"")) }
        var p = Paper(title: title.isEmpty ? "(untitled)" : title, source: at)
        for a in e.children.filter({ $0.name == "author" || $0.name == "editor" && e.name == "proceedings" }) {
            guard let written = FieldText.line(a.allText) else { continue }
            let (name, number) = FieldText.homonym(written)
            var author = Author(name: name, ids: AuthorIdentifiers(orcid: a.attribute("orcid"), dblp: a.attribute("pid") ?? written))
            if let number { author.key += " " + number }
            p.authors.append(author)
        }
        p.identifiers.add(.dblp, e.attribute("key"))
        p.venue = FieldText.line(e.child("journal")?.allText ?? e.child("booktitle")?.allText ?? e.child("publisher")?.allText
                                 ?? e.child("school")?.allText)
        p.volume = FieldText.line(e.child("volume")?.allText)
        p.pages = FieldText.pages(e.child("pages")?.allText)
        let year = e.child("year").flatMap { Int($0.allText.trimmingWhitespace()) }
        p.date = FieldText.date(year: year, month: FieldText.monthNumber(e.child("month")?.allText), day: nil)
        if year == nil { d.append(Diagnostic(.warning, at: at, "a <\(e.name)> without a year")) }
        p.type = switch e.name {
        case "article": (e.attribute("publtype") == "informal" || p.venue == "CoRR") ? .preprint : .article
        case "inproceedings": .inproceedings
        case "proceedings": .proceedings
        case "incollection": .incollection
        case "book": .book
        case "phdthesis": .phdthesis
        case "mastersthesis": .mastersthesis
        case "data": .dataset
        default: .other
        }
        var links: [String] = []
        for ee in e.children("ee") {
            let url = ee.allText.trimmingWhitespace()
            if url.utf8.contains(ascii: "doi.org/") { p.identifiers.add(.doi, url) }
            if url.utf8.contains(ascii: "arxiv.org/abs/") { p.identifiers.add(.arxiv, url) }
            links.append(url)
        }
        if p.venue == "CoRR", let vol = p.volume, vol.hasPrefix("abs/") { p.identifiers.add(.arxiv, String(vol.dropFirst(4))) }
        if let url = e.child("url")?.allText.trimmingWhitespace(), !url.isEmpty {
            links.append(url.hasPrefix("http") ? url : "https://dblp.org/" + url)
        }
        p.links = FieldText.links(p, others: links)
        FieldText.finish(&p, format: "dblp", at: at)
        return p
    }

    // MARK: arXiv

    static func arxivPaper(_ e: XMLElement, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        guard let title = FieldText.line(e.child("title")?.allText) else {
            d.append(Diagnostic(.warning, at: at, "an <entry> without a title; left out"))
            return nil
        }
        var p = Paper(title: title, source: at)
        p.identifiers.add(.arxiv, e.child("id")?.allText)
        if let doi = e.children.first(where: { $0.name == "doi" })?.allText { p.identifiers.add(.doi, doi) }
        p.abstract = FieldText.paragraphs(e.child("summary")?.allText.replacingOccurrences(of: "\n", with: " "))
        p.date = FieldText.date(e.child("published")?.allText)
        for a in e.children("author") {
            guard let name = FieldText.line(a.child("name")?.allText) else { continue }
            p.authors.append(Author(name: name))
            if p.affiliation == nil { p.affiliation = FieldText.line(a.child("affiliation")?.allText) }
        }
        let primary = e.children.first { $0.name == "primary_category" }?.attribute("term") ?? e.child("category")?.attribute("term")
        p.category = primary.map { $0.hasPrefix("cs.") ? String($0.dropFirst(3)) : $0 }
        p.venue = FieldText.line(e.children.first { $0.name == "journal_ref" }?.allText)
        p.type = p.venue == nil ? .preprint : .article
        let alternate = e.children("link").first { $0.attribute("rel") == "alternate" }?.attribute("href")
        let pdf = e.children("link").first { $0.attribute("title") == "pdf" }?.attribute("href")
        p.links = FieldText.links(p, others: [alternate, pdf])
        FieldText.finish(&p, format: "arxiv", at: at)
        return p
    }

    // MARK: ORCID

    static func orcidPaper(_ e: XMLElement, _ at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        guard let title = FieldText.line(e.child("title")?.child("title")?.allText) else {
            d.append(Diagnostic(.warning, at: at, "a work-summary without a title; left out"))
            return nil
        }
        var p = Paper(title: title, source: at)
        p.identifiers.add(.orcidPutCode, e.attribute("put-code"))
        for x in e.child("external-ids")?.children("external-id") ?? [] {
            guard let type = x.child("external-id-type")?.allText, let value = x.child("external-id-value")?.allText else { continue }
            switch type.trimmingWhitespace().lowercased() {
            case "doi": p.identifiers.add(.doi, value)
            case "arxiv": p.identifiers.add(.arxiv, value)
            case "pmid": p.identifiers.add(.pubmed, value)
            default: break
            }
        }
        p.type = ORCIDReader.type(e.child("type")?.allText.trimmingWhitespace())
        if let date = e.child("publication-date") {
            p.date = FieldText.date(year: date.child("year").flatMap { Int($0.allText.trimmingWhitespace()) },
                                    month: date.child("month").flatMap { Int($0.allText.trimmingWhitespace()) },
                                    day: date.child("day").flatMap { Int($0.allText.trimmingWhitespace()) })
        }
        p.venue = FieldText.line(e.child("journal-title")?.allText)
        p.owner = .implied
        p.links = FieldText.links(p, others: [e.child("url")?.allText])
        FieldText.finish(&p, format: "orcid", at: at)
        return p
    }
}

extension FieldText {
    /// `5`, `05`, `May`, `may` → 5.
    static func monthNumber(_ text: String?) -> Int? {
        guard let t = text?.trimmingWhitespace().lowercased(), !t.isEmpty else { return nil }
        if let n = Int(t), (1...12).contains(n) { return n }
        let names = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
        return names.firstIndex { t.hasPrefix($0) }.map { $0 + 1 }
    }
}

extension String.UTF8View {
    /// Whether the ASCII `needle` stands in the text, byte by byte (no Unicode comparison).
    func contains(ascii needle: StaticString) -> Bool {
        let n = needle.utf8CodeUnitCount
        guard n > 0, count >= n else { return n == 0 }
        return needle.withUTF8Buffer { pattern in
            var i = startIndex
            var left = count - n
            while left >= 0 {
                if self[i] == pattern[0], self[i...].starts(with: pattern) { return true }
                i = index(after: i)
                left -= 1
            }
            return false
        }
    }
}
