#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What Vita takes from one DBLP record element (`<article key="…">` and the fields in it). It is
/// read either from an element the XML reader built, or straight from the text when the record
/// has the plain shape DBLP writes (fields of text, titles with `<i>`, `<sub>` and the like):
/// then no element is made for the record or its fields, which is most of the cost of a record.
/// Both ways give the same record; anything the plain reading does not know (a comment, CDATA,
/// a field DBLP does not define, a tag left open) makes it give the record back to the element
/// reader untouched.
struct DBLPRecord {
    /// The element's name: `article`, `inproceedings`, …
    var kind: String
    var key: String?
    var publtype: String?
    /// Authors and editors, in the order written.
    var people: [Person] = []
    var title, journal, booktitle, publisher, school, volume, pages, year, month, url: String?
    var number, series, address: String?
    var ee: [String] = []
    var isbn: [String] = []

    struct Person {
        var text: String
        var editor: Bool
        var pid: String?
        var orcid: String?
    }

    /// The fields DBLP's DTD defines in a record; the ones not listed in `take` are read and left.
    enum Field: String, CaseIterable {
        case author, editor, title, booktitle, pages, year, address, journal, volume, number, month, url, ee, cdrom,
             cite, publisher, note, crossref, isbn, series, school, chapter, publnr, stream, rel
    }

    init(kind: String, attributes: [(name: String, value: String)]) {
        self.kind = kind
        key = attributes.first { $0.name == "key" }?.value
        publtype = attributes.first { $0.name == "publtype" }?.value
    }

    /// From the element the XML reader built (fields by their names, any prefix aside, as the
    /// element tree has them; the first of a field that is one a record wins).
    init(_ e: XMLElement) {
        self.init(kind: e.name, attributes: e.attributes)
        for c in e.children {
            guard let field = Field(rawValue: c.name) else { continue }
            take(field, c.allText, c.attributes)
        }
    }

    mutating func take(_ field: Field, _ text: String, _ attributes: [(name: String, value: String)]) {
        func first(_ slot: inout String?) { if slot == nil { slot = text } }
        switch field {
        case .author, .editor:
            people.append(Person(text: text, editor: field == .editor, pid: attributes.first { $0.name == "pid" }?.value,
                                 orcid: attributes.first { $0.name == "orcid" }?.value))
        case .title: first(&title)
        case .journal: first(&journal)
        case .booktitle: first(&booktitle)
        case .publisher: first(&publisher)
        case .school: first(&school)
        case .volume: first(&volume)
        case .pages: first(&pages)
        case .year: first(&year)
        case .month: first(&month)
        case .url: first(&url)
        case .ee: ee.append(text)
        case .number: first(&number)
        case .series: first(&series)
        case .address: first(&address)
        case .isbn: isbn.append(text)
        default: break
        }
    }

    /// Reads the record whose start tag the parser has just read (`record`, its content at
    /// `parser.i`) through its end tag. Nil, with the parser unmoved, when the record is not of
    /// the plain shape: the element reader then reads it.
    static func read(_ parser: inout XMLParser, _ record: XMLElement) -> DBLPRecord? {
        var p = parser
        var r = DBLPRecord(kind: record.name, attributes: record.attributes)
        // Room for a few authors at once (grown one by one, the list was made three times).
        r.people.reserveCapacity(4)
        while true {
            guard let lt = p.nextLT() else { return nil }
            // Between fields only whitespace (other text is the element reader's to keep).
            for k in p.i..<lt where !isSpace(p.bytes[k]) { return nil }
            p.i = lt
            if p.at("</") {
                p.i += 2
                let s = p.skipName()
                guard p.i - s == record.name.utf8.count,
                      record.name.utf8.elementsEqual(UnsafeBufferPointer(rebasing: p.bytes[s..<p.i])) else { return nil }
                p.skipSpace()
                guard p.i < p.end, p.bytes[p.i] == UInt8(ascii: ">") else { return nil }
                p.i += 1
                parser = p
                return r
            }
            p.i += 1
            let s = p.skipName()
            let e = p.i
            guard let field = field(p.bytes, s, e) else { return nil }
            let problems = p.problems.count
            let (attributes, selfClosing, ended) = p.attributes(of: "")
            guard ended, p.problems.count == problems else { return nil }
            if selfClosing {
                r.take(field, "", attributes)
            } else {
                guard let text = content(&p, s, e) else { return nil }
                r.take(field, text, attributes)
            }
        }
    }

    /// A field's text to its end tag (the field's name from `s` to `e`), inline markup such as
    /// `<i>…</i>` dropped and its text kept, as the element tree's `allText` gives it.
    static func content(_ p: inout XMLParser, _ s: Int, _ e: Int) -> String? {
        var text = ""
        var inline: [(Int, Int)] = []
        while true {
            guard let lt = p.nextLT() else { return nil }
            if lt > p.i { text += p.decode(p.i, lt) }
            p.i = lt
            if p.at("</") {
                p.i += 2
                let ns = p.skipName(), ne = p.i
                p.skipSpace()
                guard p.i < p.end, p.bytes[p.i] == UInt8(ascii: ">") else { return nil }
                p.i += 1
                let (os, oe) = inline.popLast() ?? (s, e)
                guard ne - ns == oe - os, (0..<(ne - ns)).allSatisfy({ p.bytes[ns + $0] == p.bytes[os + $0] }) else { return nil }
                if inline.isEmpty, os == s { return text }
                continue
            }
            guard !p.at("<!"), !p.at("<?"), inline.count < 8 else { return nil }
            p.i += 1
            let ns = p.skipName(), ne = p.i
            guard p.matches(ns, ne, "i") || p.matches(ns, ne, "sub") || p.matches(ns, ne, "sup")
                    || p.matches(ns, ne, "tt") || p.matches(ns, ne, "ref") || p.matches(ns, ne, "b")
                    || p.matches(ns, ne, "em") else { return nil }
            let problems = p.problems.count
            let (_, selfClosing, ended) = p.attributes(of: "")
            guard ended, p.problems.count == problems else { return nil }
            if !selfClosing { inline.append((ns, ne)) }
        }
    }

    @inline(__always) static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    /// The field a name in the text is, by its bytes; nil for a name DBLP does not define.
    static func field(_ bytes: UnsafeBufferPointer<UInt8>, _ s: Int, _ e: Int) -> Field? {
        guard e > s else { return nil }
        // On the text's bytes, not a copy of the parser (whose lists a copy retains and releases).
        func is_(_ name: StaticString, _ f: Field) -> Field? {
            guard e - s == name.utf8CodeUnitCount else { return nil }
            return memcmp(bytes.baseAddress! + s, name.utf8Start, e - s) == 0 ? f : nil
        }
        switch bytes[s] {
        case UInt8(ascii: "a"): return is_("author", .author) ?? is_("address", .address)
        case UInt8(ascii: "b"): return is_("booktitle", .booktitle)
        case UInt8(ascii: "c"): return is_("cite", .cite) ?? is_("crossref", .crossref) ?? is_("cdrom", .cdrom) ?? is_("chapter", .chapter)
        case UInt8(ascii: "e"): return is_("ee", .ee) ?? is_("editor", .editor)
        case UInt8(ascii: "i"): return is_("isbn", .isbn)
        case UInt8(ascii: "j"): return is_("journal", .journal)
        case UInt8(ascii: "m"): return is_("month", .month)
        case UInt8(ascii: "n"): return is_("note", .note) ?? is_("number", .number)
        case UInt8(ascii: "p"): return is_("pages", .pages) ?? is_("publisher", .publisher) ?? is_("publnr", .publnr)
        case UInt8(ascii: "r"): return is_("rel", .rel)
        case UInt8(ascii: "s"): return is_("school", .school) ?? is_("series", .series) ?? is_("stream", .stream)
        case UInt8(ascii: "t"): return is_("title", .title)
        case UInt8(ascii: "u"): return is_("url", .url)
        case UInt8(ascii: "v"): return is_("volume", .volume)
        case UInt8(ascii: "y"): return is_("year", .year)
        default: return nil
        }
    }
}

extension DBLPRecord {
    /// A record from a hit of DBLP's search API (`/search/publ/api`, its XML or JSON answer):
    /// `values(name)` gives the texts of a field of the hit's `info` in order, `authors` its
    /// authors with their pids. The section DBLP files it under (`type`: "Journal Articles",
    /// "Conference and Workshop Papers", …) gives the record's element, and `venue` is the
    /// journal, the proceedings' or book's title, or the publisher, as that element names it.
    init(searchHit values: (String) -> [String], authors: [(name: String, pid: String?)]) {
        let (kind, publtype): (String, String?) = switch values("type").first?.trimmingWhitespace() {
        case "Journal Articles": ("article", nil)
        case "Conference and Workshop Papers": ("inproceedings", nil)
        case "Informal and Other Publications", "Informal Publications": ("article", "informal")
        case "Books and Theses": ("book", nil)
        case "Editorship": ("proceedings", nil)
        case "Parts in Books or Collections": ("incollection", nil)
        case "Reference Works": ("incollection", "encyclopedia")
        case "Data and Artifacts": ("data", nil)
        case "Withdrawn Items": ("article", "withdrawn")
        default: ("publication", nil)
        }
        var attributes: [(name: String, value: String)] = []
        if let key = values("key").first { attributes.append(("key", key)) }
        if let publtype { attributes.append(("publtype", publtype)) }
        self.init(kind: kind, attributes: attributes)
        people = authors.map { Person(text: $0.name, editor: kind == "proceedings", pid: $0.pid, orcid: nil) }
        title = values("title").first
        let venue = values("venue").first
        switch kind {
        case "inproceedings", "incollection": booktitle = venue
        case "book", "proceedings": publisher = venue
        default: journal = venue
        }
        volume = values("volume").first
        pages = values("pages").first
        year = values("year").first
        ee = values("ee")
        // The DOI is a field of its own in an answer; a record gives it as a link.
        if let doi = values("doi").first, !ee.contains(where: { $0.lowercased().hasSuffix(doi.lowercased()) }) {
            ee.append("https://doi.org/" + doi)
        }
        url = values("url").first
    }
}
