import FoundationEssentials

/// The formats `vita export --to` writes besides BibTeX. Each reads back through Vita's own
/// reader to the same papers (title, authors, date, venue, type, volume, pages, DOI, arXiv id,
/// abstract).
public enum ExportFormat: String, Sendable, CaseIterable {
    case bibtex
    case cslJSON = "csl-json"
    case ris

    /// The file ending the format is usually given.
    public var fileExtension: String {
        switch self {
        case .bibtex: ".bib"
        case .cslJSON: ".json"
        case .ris: ".ris"
        }
    }
}

/// CSL-JSON: an array of items, as Zotero and pandoc read them.
public enum CSLWriter {
    public static func write(_ papers: [Paper], keys: [String]) -> String {
        var items: [String] = []
        for (p, key) in zip(papers, keys) {
            var fields: [(String, String)] = []
            fields.append(("id", quote(key)))
            fields.append(("type", quote(CSLReader.cslType(p.type))))
            fields.append(("title", quote(p.title)))
            if !p.authors.isEmpty {
                fields.append(("author", "[" + p.authors.map(name).joined(separator: ", ") + "]"))
            }
            if let d = p.date {
                var parts = [String(d.year)]
                if d.precision != .year { parts.append(String(d.month)) }
                if d.precision == .day { parts.append(String(d.day)) }
                fields.append(("issued", "{\"date-parts\": [[\(parts.joined(separator: ", "))]]}"))
            }
            // A book's, a thesis's or a report's publisher is not its container.
            let publisher = p.details[.publisher]
            if let v = p.venue, v != publisher || p.type?.appearsAsItsPublisher != true { fields.append(("container-title", quote(v))) }
            if let v = p.volume { fields.append(("volume", quote(v))) }
            if let pages = p.pages { fields.append(("page", quote(pages.replacingAll("--", with: "-")))) }
            if let doi = p.identifiers.doi { fields.append(("DOI", quote(doi))) }
            if let arxiv = Links.arxivID(of: p) {
                fields.append(("number", quote("arXiv:" + arxiv)))
                fields.append(("URL", quote("https://arxiv.org/abs/" + arxiv)))
            } else if let url = p.links.first {
                fields.append(("URL", quote(url)))
            }
            if let v = publisher { fields.append(("publisher", quote(v))) }
            if let v = p.details[.place] { fields.append(("publisher-place", quote(v))) }
            let editors = p.details.all(.editor)
            if !editors.isEmpty { fields.append(("editor", "[" + editors.map { name(Author(name: $0)) }.joined(separator: ", ") + "]")) }
            // A report's number is `number` (unless an arXiv id took it); an issue is `issue`.
            if let v = p.details[.number] {
                fields.append((p.type == .report && Links.arxivID(of: p) == nil ? "number" : "issue", quote(v)))
            }
            if let v = p.details[.edition] { fields.append(("edition", quote(v))) }
            for kind in [DetailKind.isbn, .issn] where !p.details.all(kind).isEmpty {
                fields.append((kind == .isbn ? "ISBN" : "ISSN", quote(p.details.all(kind).joined(separator: " "))))
            }
            if let v = p.details[.series] { fields.append(("collection-title", quote(v))) }
            if let v = p.details[.note] { fields.append(("note", quote(v))) }
            if !p.abstract.isEmpty { fields.append(("abstract", quote(p.abstract))) }
            if !p.keywords.isEmpty { fields.append(("keyword", quote(p.keywords.joined(separator: ", ")))) }
            if let r = p.retraction { fields.append(("status", quote(r.rawValue))) }
            items.append("  {\n" + fields.map { "    \(quote($0.0)): \($0.1)" }.joined(separator: ",\n") + "\n  }")
        }
        return "[\n" + items.joined(separator: ",\n") + "\n]\n"
    }

    /// A CSL name object: family and given names (a name written whole as `literal`), the ORCID
    /// and affiliations as Crossref writes them on a name.
    static func name(_ a: Author) -> String {
        let places = a.affiliations.isEmpty ? ""
            : ", \"affiliation\": [" + a.affiliations.map { "{\"name\": \(quote($0))}" }.joined(separator: ", ") + "]"
        let (given, family, suffix) = split(a)
        guard let family else { return "{\"literal\": \(quote(a.name))\(places)}" }
        var name = "{\"family\": \(quote(family))"
        if !given.isEmpty { name += ", \"given\": \(quote(given))" }
        if !suffix.isEmpty { name += ", \"suffix\": \(quote(suffix))" }
        // Written family first (`Mao Zedong`), said so, as CSL reads it.
        if !given.isEmpty, a.name.hasPrefix(family + " "), !a.name.hasSuffix(family) { name += ", \"static-ordering\": true" }
        // The author's ORCID, as Crossref writes it on a name.
        if let orcid = a.ids?.orcid { name += ", \"ORCID\": \(quote("https://orcid.org/" + orcid))" }
        return name + places + "}"
    }

    /// Given names, family name and suffix (`Jr.`): the family as the source gave it (what
    /// follows it in the name is the suffix: `Joseph M. Reagle Jr.` from `Reagle, Jr., Joseph M.`),
    /// else as BibTeX would split the name shown (`Jan van der Berg`: `van der Berg`). No family
    /// for a corporate name written whole.
    static func split(_ a: Author) -> (given: String, family: String?, suffix: String) {
        if let family = a.family, !family.isEmpty {
            if family == a.name { return ("", nil, "") }
            if a.name.hasSuffix(family) { return (String(a.name.dropLast(family.count)).trimmingWhitespace(), family, "") }
            if a.name.hasPrefix(family + " ") { return (String(a.name.dropFirst(family.count + 1)).trimmingWhitespace(), family, "") }
            if let r = a.name.lastRange(of: " " + family + " ") {
                return (String(a.name[..<r.lowerBound]).trimmingWhitespace(), family, String(a.name[r.upperBound...]).trimmingWhitespace())
            }
            return (a.name, family, "")
        }
        let parts = BibTeXNames.parts(ofDisplayName: a.name)
        guard !parts.last.isEmpty else { return ("", a.name, "") }
        return (parts.first, [parts.von, parts.last].filter { !$0.isEmpty }.joined(separator: " "), parts.jr)
    }

    /// A JSON string literal of `s`.
    public static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\t": out += "\\t"
            case "\r": out += "\\r"
            default:
                if u.value < 0x20 || u.value == 0x7F || (0x2028...0x2029).contains(u.value) {
                    out += "\\u" + NumberText.hex(u.value, 4, uppercase: false)
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out + "\""
    }
}

/// RIS: `TY  - ` … `ER  - `, one tag a line, authors `Family, Given`.
public enum RISWriter {
    public static func write(_ papers: [Paper], keys: [String]) -> String {
        var out = ""
        for (p, key) in zip(papers, keys) {
            func add(_ tag: String, _ value: String?) {
                guard let value = value.flatMap(FieldText.line) else { return }
                out += "\(tag)  - \(value)\n"
            }
            add("TY", type(p.type))
            add("ID", key)
            add("TI", p.title)
            for a in p.authors {
                // `Reagle, Joseph M., Jr.`, RIS's order.
                let (given, family, suffix) = CSLWriter.split(a)
                add("AU", family.map { [$0, given, suffix].filter { !$0.isEmpty }.joined(separator: ", ") } ?? a.name)
            }
            if let d = p.date {
                // Four digits a year, as RIS writes it (`0731`): a shorter one is read as no year.
                add("PY", d.isoYear)
                add("DA", d.precision == .day ? d.isoYear + "/" + NumberText.padded(d.month, 2) + "/" + NumberText.padded(d.day, 2)
                        : d.precision == .month ? d.isoYear + "/" + NumberText.padded(d.month, 2) : d.isoYear)
            }
            let publisher = p.details[.publisher]
            if let v = p.venue, v != publisher || p.type?.appearsAsItsPublisher != true {
                add(p.type == .inproceedings || p.type == .incollection ? "T2" : "JO", v)
            }
            add("VL", p.volume)
            add("IS", p.details[.number])
            if let pages = p.pages {
                let parts = pages.pieces(separatedBy: "--")
                add("SP", parts[0])
                if parts.count > 1 { add("EP", parts[1]) }
            }
            add("DO", p.identifiers.doi)
            if let arxiv = Links.arxivID(of: p) { add("UR", "https://arxiv.org/abs/" + arxiv) }
            for link in p.links where !link.contains("arxiv.org/abs/") && !link.contains("doi.org/") { add("UR", link) }
            add("PB", publisher)
            add("CY", p.details[.place])
            for e in p.details.all(.editor) {
                let (given, family, suffix) = CSLWriter.split(Author(name: e))
                add("ED", family.map { [$0, given, suffix].filter { !$0.isEmpty }.joined(separator: ", ") } ?? e)
            }
            add("ET", p.details[.edition])
            for n in p.details.all(.isbn) + p.details.all(.issn) { add("SN", n) }
            // A book's or a report's series is its `T2`, a chapter's or paper's its `T3`.
            add(p.type == .book || p.type == .proceedings || p.type == .report ? "T2" : "T3", p.details[.series])
            if !p.abstract.isEmpty { add("AB", p.abstract) }
            for k in p.keywords { add("KW", k) }
            out += "ER  - \n\n"
        }
        return out
    }

    static func type(_ t: PublicationType?) -> String {
        switch t {
        case .article: "JOUR"
        case .inproceedings: "CPAPER"
        case .incollection: "CHAP"
        case .book, .proceedings: "BOOK"
        case .phdthesis, .mastersthesis: "THES"
        case .report: "RPRT"
        case .preprint: "UNPB"
        case .dataset: "DATA"
        case .other, nil: "GEN"
        }
    }
}
