/// RIS (`TY  - JOUR` … `ER  -`), as Scopus, Web of Science, JabRef, Zotero and EndNote write it.
/// The format states no encoding: UTF-8 is read as such, anything else as Latin-1 with a warning.
enum RISReader {
    /// A line that opens a record: `TY  - ` (some writers put one space before the hyphen).
    static func looksLikeRIS(_ head: ArraySlice<UInt8>) -> Bool {
        let text = String(decoding: head.prefix(1024), as: UTF8.self)
        for line in text.split(whereSeparator: { $0 == "\n" || $0 == "\r" }).prefix(5) {
            let t = line.drop { $0 == " " || $0 == "\u{FEFF}" }
            if t.isEmpty { continue }
            return t.hasPrefix("TY  -") || t.hasPrefix("TY -")
        }
        return false
    }

    /// A tag line's tag and where its value starts: two characters (a capital, then a capital
    /// or digit), one to four spaces, a hyphen.
    static func tag(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> (tag: UInt32, value: Int)? {
        guard end - s >= 4, b[s] >= 0x41 && b[s] <= 0x5A, b[s + 1] >= 0x41 && b[s + 1] <= 0x5A || b[s + 1] >= 0x30 && b[s + 1] <= 0x39 else { return nil }
        var k = s + 2
        while k < end, k < s + 6, b[k] == 0x20 { k += 1 }
        guard k > s + 2, k < end, b[k] == UInt8(ascii: "-") else { return nil }
        k += 1
        while k < end, b[k] == 0x20 { k += 1 }
        return (TaggedText.code(b, s, 2), k)
    }

    /// A RIS date: `2005/07/15`, `2016/12//`, `2005///Summer`, `2005`, or ISO `2005-07-15`.
    static func date(_ text: String) -> PaperDate? {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count >= 2 else { return FieldText.date(text) }
        // A year before year 1 with its sign (`-0379/02`).
        let year = parts[0].hasPrefix("-") ? Int(parts[0].prefix(5)) : Int(parts[0].prefix(4))
        return FieldText.date(year: year, month: Int(parts[1]), day: parts.count > 2 ? Int(parts[2].prefix(2)) : nil)
    }

    /// Reads the text's bytes a line at a time.
    static func read(_ input: [UInt8], _ context: ReadContext) -> RecordContents {
        var diagnostics = DiagnosticList()
        var text = TaggedText.text(input, context, &diagnostics, format: "RIS")
        return text.withUTF8 { b in
            func string(_ s: Int, _ e: Int) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[s..<e]), as: UTF8.self) }
            var records = TaggedText.Records<[(tag: String, value: String)]>(opener: "TY", fileName: context.fileName, diagnostics: diagnostics) {
                paper($0, at: $1, &$2)
            }
            TaggedText.forEachLine(b) { lineNumber, s, end in
                guard let (tag, value) = tag(b, s, end) else {
                    // A line without a tag continues the field before it (a long abstract).
                    var r = s
                    while r < end, b[r] == 0x20 || b[r] == 0x09 { r += 1 }
                    guard r < end else { return }
                    // Numbering between records (`1.`, as some exports write) is not text to report.
                    let numbering = !records.open && b[end - 1] == UInt8(ascii: ".") && b[r..<(end - 1)].allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
                    if numbering { return }
                    guard let n = records.fields?.count, n > 0 else {
                        records.warn(lineNumber, "text outside a record (expected a tag such as 'TY  - '); ignored")
                        return
                    }
                    // Only text goes on over lines: a name, a date or an identifier is one line,
                    // and stray text joined to it would change it unseen.
                    let above = records.fields![n - 1].tag
                    let text = string(r, end)
                    if listTags.contains(above) || linkTags.contains(above) && !text.contains(" ") && text.contains("://") {
                        records.fields?.append((above, text))   // another keyword, ISSN or link, a line each
                    } else if oneLineTags.contains(above) {
                        records.warn(lineNumber, "a line without a tag after \(above), whose value is one line; ignored: '\(DisplayWidth.truncate(VisibleText.singleLine(text), to: 60))' (expected a tag such as 'N1  - ')")
                    } else {
                        records.fields?[n - 1].value += " " + text
                    }
                    return
                }
                records.tag(tag, line: lineNumber, first: [("TY", string(value, end))]) { $0.append((TaggedText.name(tag), string(value, end))) }
            }
            return records.end()
        }
    }

    /// Tags whose value is one line by nature (names, dates, identifiers, numbers): a line without
    /// a tag after them is not taken as their continuation.
    static let oneLineTags: Set<String> = Set(["TY", "AU", "A1", "A2", "A3", "A4", "ED", "PY", "Y1", "Y2", "DA", "DO",
                                           "VL", "IS", "SP", "EP", "ID", "AN", "ER"]).union(linkTags)
    /// Tags EndNote writes once with each further value on a line of its own (`KW  - citation`,
    /// then `reference`, `library`; a second ISSN under `SN`; each author's address under `AD`):
    /// such a line is one more value, not more words of the one before.
    static let listTags: Set<String> = ["KW", "SN", "AD"]
    /// Tags of links: a line without a tag after them that is a link is one more.
    static let linkTags: Set<String> = ["UR", "L1", "L2", "L3", "L4", "LK"]

    /// A group or corporate author (Web of Science's `CA`, MEDLINE's `CN`), as those readers hand
    /// it in: a name written whole, never split at its commas or turned (no RIS tag is lowercase).
    static let groupTag = "group"
    /// MEDLINE's `AU` (family name and initials, `Smith JA`), as that reader hands it in when a
    /// record has no full names (`FAU`).
    static let medlineInitials = "medline-au"

    /// A paper from a record's fields, by their RIS tags (`format`: the format id its source is
    /// given, as Web of Science records are read through here too).
    static func paper(_ fields: [(tag: String, value: String)], at: SourceLocation, _ d: inout DiagnosticList,
                      format: String = "ris", countedOn: String? = nil, retraction: Retraction? = nil) -> Paper? {
        func first(_ tags: String...) -> String? {
            for t in tags { if let v = fields.first(where: { $0.tag == t }), let s = FieldText.line(v.value) { return s } }
            return nil
        }
        let title = first("TI", "T1", "CT", "ST", "BT")
        guard title != nil || fields.count > 1 else {
            d.append(Diagnostic(.warning, at: at, "an empty record; left out"))
            return nil
        }
        if title == nil { d.append(Diagnostic(.warning, at: at, "a record without a title (TI, T1 or ST); kept as \"(untitled)\"")) }
        var p = Paper(title: title ?? Paper.untitled, source: at)
        let type = fields.first?.value.trimmingWhitespace().uppercased() ?? ""
        for f in fields where Self.authorTags.contains(f.tag) {
            p.authors += f.tag == groupTag ? FieldText.line(f.value).map { [Author(name: $0, family: $0)] } ?? []
                : authors(f.value, initialsUndotted: f.tag == medlineInitials)
        }
        // No author named: the editors stand for them (and are not details too).
        let editorsAreAuthors = p.authors.isEmpty
        if editorsAreAuthors {
            let editors = editorTag(type)
            for f in fields where f.tag == editors || f.tag == "ED" { p.authors += authors(f.value) }
        }
        // The first of PY, DA and Y1 that reads, made fuller by a later one of the same year: Scopus,
        // Zotero and EndNote give the year alone in PY and the day in DA or Y1 (`2005/07/15`).
        // Y1 is the older tag: where DA is given too, DA is the date (as Zotero reads them).
        let dates = ["PY", "DA", "Y1"].compactMap { tag in first(tag).map { ($0, Self.date($0)) } }
        for (_, date) in dates {
            guard let date else { continue }
            guard let known = p.date else { p.date = date; continue }
            if date.year == known.year, date.precision.rank > known.precision.rank { p.date = date }
        }
        if p.date == nil, let (text, _) = dates.first {
            d.append(Diagnostic(.warning, at: at, "the date \(VisibleText.singleLine(text)) has no year Vita can read"))
        }
        // A book's or a report's `T2` is its series (as EndNote and Zotero write it), not its venue.
        p.venue = type == "CHAP" || type == "CONF" || type == "CPAPER" ? first("T2", "BT", "JO", "JF", "T3")
            : Self.seriesInT2.contains(type) ? first("JO", "JF", "JA", "J2", "BT") : first("JO", "JF", "T2", "JA", "J2", "BT")
        p.volume = first("VL", "VO")
        if let sp = first("SP") {
            let ep = first("EP")
            p.pages = FieldText.pages(ep.map { $0 == sp ? sp : "\(sp)-\($0)" } ?? sp)
        }
        p.identifiers.add(.doi, first("DO", "DI", "M3").flatMap { PaperIdentifiers.normalise($0, as: .doi) })
        var urls: [String?] = []
        for f in fields where f.tag == "UR" || f.tag == "L1" || f.tag == "L2" || f.tag == "LK" {
            for u in f.value.split(whereSeparator: { $0 == " " || $0 == ";" }) {
                let s = String(u)
                if s.utf8.contains(ascii: "arxiv.org/abs/") { p.identifiers.add(.arxiv, s) }
                if s.utf8.contains(ascii: "doi.org/") { p.identifiers.add(.doi, s) }
                urls.append(s)
            }
        }
        p.abstract = fields.filter { $0.tag == "AB" || $0.tag == "N2" }.map(\.value).first.map { FieldText.paragraphs($0) } ?? ""
        p.affiliation = first("AD", "C1")
        p.type = switch type {
        case "JOUR", "JFULL", "MGZN", "NEWS", "EJOUR": .article
        case "CONF", "CPAPER": .inproceedings
        case "CHAP": .incollection
        case "BOOK", "EBOOK", "EDBOOK": .book
        case "THES": .phdthesis
        case "RPRT": .report
        case "UNPB", "INPR", "PREPRINT": .preprint
        case "DATA", "DBASE": .dataset
        default: .other
        }
        // Zotero writes an arXiv preprint as `TY  - GEN` (or `PREPRINT`) published by `PB  - arXiv`,
        // with no journal: a preprint, the server its venue.
        if p.type == .other || p.type == .preprint || p.type == .article, p.venue == nil, let server = first("PB"), RecordMerge.isPreprintServer(server) {
            p.type = .preprint
            p.venue = server
        }
        p.identifiers.add(.pubmed, first("PM"))
        p.details = details(fields, type: type, editorsAreAuthors: editorsAreAuthors)
        if let c = first("TC", "Z9"), let n = Int(c), n >= 0 { p.citations = CitationCount(count: n, source: format, asOf: countedOn) }
        p.links = FieldText.links(p.identifiers, others: urls)
        // `KW` a keyword a line; some exports put several in one, split at `;`.
        p.keywords = FieldText.keywords(fields.lazy.filter { $0.tag == "KW" }.map(\.value))
        p.retraction = retraction
        FieldText.finish(&p, format: format, at: at)
        return p
    }

    /// The tags of a record's authors.
    static let authorTags: Set<String> = ["AU", "A1", groupTag, medlineInitials]

    /// Types whose `T2` is their series, and whose `A3` (not `A2`, the series editor) their editor.
    static let seriesInT2: Set<String> = ["BOOK", "EBOOK", "EDBOOK", "RPRT"]

    /// The tag of a type's editors besides `ED`: a book's `A3` (its `A2` is the series editor), a
    /// chapter's, a paper's or an entry's `A2`.
    static func editorTag(_ type: String) -> String {
        seriesInT2.contains(type) ? "A3" : ["CHAP", "ECHAP", "CONF", "CPAPER", "DICT", "ENCYC", "JOUR", "GEN"].contains(type) ? "A2" : "ED"
    }

    /// A record's details: `PB` (not a preprint server taken as the venue), `CY`, the editors
    /// (`ED`; `A2` of a chapter, a paper in proceedings or an entry, `A3` of a book, as EndNote and
    /// Zotero write them; not when they stand for the authors), `IS`, `ET`, each `SN` (an ISBN or
    /// an ISSN by its digits, else by the type: a book's or a chapter's an ISBN), `T3` (a book's
    /// or a report's `T2`).
    static func details(_ fields: [(tag: String, value: String)], type: String, editorsAreAuthors: Bool) -> PaperDetails {
        var d = PaperDetails()
        let editorTag = editorTag(type)
        for f in fields {
            switch f.tag {
            case "PB": if !RecordMerge.isPreprintServer(f.value) { d.add(.publisher, f.value) }
            case "CY", "PP": d.add(.place, f.value)
            case "ED", editorTag: if !editorsAreAuthors { for a in authors(f.value) { d.add(.editor, a.name) } }
            case "IS": d.add(.number, f.value)
            case "ET": d.add(.edition, f.value)
            case "SN":
                let isbn = ["BOOK", "EBOOK", "EDBOOK", "CHAP", "ECHAP"].contains(type)
                for part in f.value.split(whereSeparator: { $0 == ";" || $0 == "," || $0 == " " }) {
                    let v = String(part)
                    guard v.contains(where: \.isNumber) else { continue }
                    d.add(PaperDetails.standardNumberKind(v) ?? (isbn ? .isbn : .issn), v)
                }
            case "T3": d.add(.series, f.value)
            case "T2": if seriesInT2.contains(type) { d.add(.series, f.value) }
            default: break
            }
        }
        return d
    }

    /// The people of one author tag: one as RIS has it, or several separated by `;` as some
    /// exports write them (`AU  - Smith, John; Doe, Kate`).
    static func authors(_ value: String, initialsUndotted: Bool = false) -> [Author] {
        value.split(separator: ";").compactMap { FieldText.line(String($0)).map { author($0, initialsUndotted: initialsUndotted) } }
    }

    /// `Fanning E.` → (`Fanning`, `E.`), `Ng A. B.` → (`Ng`, `A. B.`): a name whose last words
    /// are initials (capitals each followed by a full stop, `J.-P.` too, or one capital alone;
    /// with `undotted`, up to three capitals, `JA`) after words that are not.
    static func familyFirst(_ name: String, undotted: Bool) -> (family: String, initials: String)? {
        let words = name.split(separator: " ")
        var cut = words.count
        while cut > 0, isInitials(words[cut - 1], undotted: undotted) { cut -= 1 }
        guard cut > 0, cut < words.count else { return nil }
        return (words[..<cut].joined(separator: " "), words[cut...].joined(separator: " "))
    }

    static func isInitials(_ word: Substring, undotted: Bool) -> Bool {
        let u = Array(word.utf8)
        func capital(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        guard let first = u.first, capital(first) else { return false }
        if u.count == 1 { return true }
        if u.contains(0x2E) {
            // Capitals, each with its full stop, a hyphen between two (`J.-P.`).
            var k = 0
            while k < u.count {
                guard capital(u[k]), k + 1 < u.count, u[k + 1] == 0x2E else { return false }
                k += 2
                if k < u.count, u[k] == 0x2D { k += 1 }
            }
            return true
        }
        return undotted && u.count <= 3 && u.allSatisfy(capital)
    }

    /// `Family, Given` (the RIS form) to `Given Family`, keeping the family. A name with no comma
    /// that ends in initials is written family first, as Embase's and Ovid's RIS and MEDLINE's
    /// `AU` write every name (`Fanning E.`, `Smith JA`): `E. Fanning`, family `Fanning`.
    /// `initialsUndotted`: whether initials may be written without full stops past one letter
    /// (`JA`); MEDLINE's are, where in RIS `Wei LI` is a given name and an upper-case family name.
    static func author(_ written: String, initialsUndotted: Bool = false) -> Author {
        let parts = written.split(separator: ",", maxSplits: 2, omittingEmptySubsequences: false).map { String($0).trimmingWhitespace() }
        if parts.count == 1, let (family, initials) = familyFirst(written, undotted: initialsUndotted) {
            return Author(name: "\(initials) \(family)", family: family)
        }
        guard parts.count >= 2, !parts[0].isEmpty else { return Author(name: written) }
        // `Last, First, Suffix` shown `First Last Suffix`, as a .bib's `Last, Jr, First` is.
        let given = parts[1]
        let suffix = parts.count > 2 && !parts[2].isEmpty ? " " + parts[2] : ""
        return Author(name: given.isEmpty ? parts[0] + suffix : "\(given) \(parts[0])\(suffix)", family: parts[0])
    }
}
