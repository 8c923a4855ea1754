/// The short and long forms every front end shows of a paper: first authors, the date, and the
/// labelled fields of its detail view. Text comes out as read; callers make it visible.
public enum PaperSummary {
    /// `Cai, Kang, Yao et al.`: family names of the first authors.
    public static func shortAuthors(_ paper: Paper, max: Int = 3) -> String {
        shortAuthors(paper.authors, truncated: paper.authorsTruncated, max: max)
    }

    /// A paper's authors as `shortAuthors(_:max:)` gives them (`truncated`: the paper's list
    /// stops short of them all): a listing takes them from each paper where it lies, not a copy
    /// of the paper.
    public static func shortAuthors(_ authors: [Author], truncated: Bool, max: Int = 3) -> String {
        shortAuthors(authors.prefix(max).map(\.shortName), more: truncated || authors.count > max)
    }

    /// `names` joined, and `et al.` when there are `more`.
    private static func shortAuthors(_ names: some Collection<String>, more: Bool) -> String {
        var text = names.joined(separator: ", ")
        if more { text += " et al." }
        return text
    }

    /// The fullest short author list that fits in `width` cells: fewer names before cutting one.
    public static func shortAuthors(_ paper: Paper, width: Int) -> String {
        shortAuthors(paper.authors, truncated: paper.authorsTruncated, width: width)
    }

    public static func shortAuthors(_ authors: [Author], truncated: Bool, width: Int) -> String {
        let names = authors.prefix(3).map(\.shortName)
        // Printable ASCII names, as most are: a list's width is its bytes, known without making it
        // (a listing asks this of nearly every line, the fullest list being too wide).
        if names.allSatisfy(ByteScan.isPrintableASCII) {
            var widths = [0]
            for name in names { widths.append(widths[widths.count - 1] + name.utf8.count + (widths.count > 1 ? 2 : 0)) }
            for count in stride(from: 3, through: 1, by: -1) {
                let more = truncated || authors.count > count
                if widths[min(count, names.count)] + (more ? 7 : 0) <= width { return shortAuthors(names.prefix(count), more: more) }
            }
            return DisplayWidth.truncate(shortAuthors(names.prefix(1), more: truncated || authors.count > 1), to: width)
        }
        for count in stride(from: 3, through: 1, by: -1) {
            let text = VisibleText.singleLine(shortAuthors(names.prefix(count), more: truncated || authors.count > count))
            if DisplayWidth.of(text) <= width { return text }
        }
        return DisplayWidth.truncate(VisibleText.singleLine(shortAuthors(names.prefix(1), more: truncated || authors.count > 1)), to: width)
    }

    /// `2023-08-14`, `2026?-04-14` when the year was inferred, `undated` without a date.
    public static func date(_ paper: Paper) -> String { date(paper.date) }

    public static func date(_ date: PaperDate?) -> String { date?.description ?? "undated" }

    public struct Field: Sendable, Equatable {
        public enum Kind: Sendable, Equatable { case plain, authors, owner, link, warning }
        public var label: String
        public var value: String
        public var kind: Kind
    }

    /// A format's name for people (`OpenAlex`), from its id.
    public static func formatName(_ id: String) -> String {
        switch id {
        case "openalex": "OpenAlex"
        case "s2": "Semantic Scholar"
        case "crossref": "Crossref"
        case "dblp": "DBLP"
        case "orcid", "orcid-xml": "ORCID"
        case "csl-json": "CSL-JSON"
        case "csl-yaml": "CSL-YAML"
        case "ris": "RIS"
        case "wos": "Web of Science"
        case "pubmed": "PubMed"
        case "arxiv": "arXiv"
        case "bibtex": "BibTeX"
        case "profile": "profile"
        default: id
        }
    }

    /// `retracted (OpenAlex)`: the paper's retraction and the source that says it.
    public static func retraction(_ r: Retraction, of paper: Paper) -> String {
        // A paper read from a .bib alone has no sources listed: its entry says it.
        let by = paper.sources.first { $0.fields.contains("retraction") }.map { formatName($0.format) }
            ?? (paper.sources.isEmpty && paper.entry != nil ? "BibTeX" : nil)
        return r.rawValue + (by.map { " (\($0))" } ?? "")
    }

    /// What a list shows before the title of a paper taken back (`[retracted] `), unless its
    /// title says so already (`RETRACTED: …`).
    public static func retractionTag(of paper: Paper) -> String? {
        guard let r = paper.retraction, Retraction(title: paper.title) == nil else { return nil }
        return "[\(r.rawValue)] "
    }

    /// How many authors' affiliations the detail view lists before it counts the rest.
    static let authorsPlaced = 8

    /// The fields a query names (`publisher:`, `journal:`, as `Paper.neutralField` and an entry
    /// know them) whose value the detail shows under `label`; none for a label no field query
    /// reads.
    public static func fieldNames(shownAs label: String) -> [String] {
        switch label {
        case "venue": ["journal", "journaltitle", "booktitle"]
        case "type": ["type", "entrytype"]
        case "volume", "pages", "series", "edition", "note", "keywords": [label]
        case "issue", "number": ["number", "issue"]
        case "editor", "editors": ["editor"]
        case "publisher": ["publisher", "school", "institution"]
        case "place": ["address", "location"]
        case "ISBN": ["isbn"]
        case "ISSN": ["issn"]
        default: []
        }
    }

    /// The labelled fields of the detail view, in the order shown.
    public static func fields(of paper: Paper, library: Library) -> [Field] {
        var out: [Field] = []
        func add(_ label: String, _ value: String, _ kind: Field.Kind = .plain) { out.append(Field(label: label, value: value, kind: kind)) }
        if let r = paper.retraction { add("status", retraction(r, of: paper), .warning) }
        add("id", paper.id)
        var date = date(paper)
        if paper.date?.yearInferred == true { date += " (year inferred)" }
        add("date", date)
        if let c = paper.category { add("category", c) }
        if let s = paper.score { add("score", String(s)) }
        var authors = paper.authors.map(\.name).joined(separator: ", ")
        if paper.authorsTruncated { authors += " et al." }
        add("authors", authors.isEmpty ? "(none listed)" : authors, .authors)
        switch paper.owner {
        case .listed(let position): add("owner", "\(paper.authors[position].name), author \(position + 1)", .owner)
        case .implied:
            // A profile lists the first authors only; a source that names every author but not
            // the person (an ORCID work under another spelling), or none at all, says so.
            let why = paper.authorsTruncated || paper.sources.isEmpty || paper.sources.contains { $0.format == "profile" } ? "behind et al."
                : paper.authors.isEmpty ? "on their record; no author named" : "on their record, not among the names given"
            add("owner", "\(library.ownerName ?? "the profile owner") (\(why))", .owner)
        case .none: break
        }
        // Each author's affiliations where the source names them (the first few authors; the
        // JSON has them all), and the paper's own when it is not among them.
        var placed = 0, more = 0
        for a in paper.authors where !a.affiliations.isEmpty {
            if placed == Self.authorsPlaced { more += 1; continue }
            add(placed == 0 ? "affil." : "", "\(a.name): \(a.affiliations.joined(separator: "; "))")
            placed += 1
        }
        if more > 0 { add("", "and \(more) more author\(more == 1 ? "" : "s") with affiliations") }
        if let a = paper.affiliation, placed == 0 || !paper.authors.contains(where: { $0.affiliations.contains(a) }) {
            add(placed == 0 ? "affil." : "", a)
        }
        if let e = paper.entry {
            add("bibtex", "@\(e.type){\(e.key)}")
        }
        if let v = paper.venue { add("venue", v) }
        if let t = paper.type { add("type", t.rawValue) }
        if let v = paper.volume { add("volume", v) }
        // Pages are kept as BibTeX writes a range (`279--289`) and shown with the dash it stands for.
        if let n = paper.details[.number] { add(paper.type == .report ? "number" : "issue", n) }
        if let p = paper.pages { add("pages", p.replacingAll("--", with: "\u{2013}")) }
        let d = paper.details
        if let v = d[.series] { add("series", v) }
        let editors = d.all(.editor)
        if !editors.isEmpty { add(editors.count == 1 ? "editor" : "editors", editors.joined(separator: ", ")) }
        // A book's publisher that is its venue is said once.
        if let v = d[.publisher], v != paper.venue { add("publisher", v) }
        if let v = d[.place] { add("place", v) }
        if let v = d[.edition] { add("edition", v) }
        if let v = d.joined(.isbn) { add("ISBN", v) }
        if let v = d.joined(.issn) { add("ISSN", v) }
        if let v = d[.note] { add("note", v) }
        if !paper.keywords.isEmpty { add("keywords", paper.keywords.joined(separator: ", ")) }
        for item in paper.identifiers.items { add(item.scheme == .orcidPutCode ? "put-code" : item.scheme.rawValue, item.value) }
        if let c = paper.citations {
            add("cited", "\(c.count) (\(formatName(c.source))\(c.asOf.map { ", \($0)" } ?? ""))")
        }
        if !paper.citationsByYear.isEmpty {
            add("per year", paper.citationsByYear.suffix(8).map { "\($0.year): \($0.count)" }.joined(separator: ", "))
        }
        if paper.hasCode { add("code", paper.codeLink ?? "yes (no repository link given)", paper.codeLink == nil ? .plain : .link) }
        for (i, link) in paper.links.enumerated() { add(i == 0 ? "links" : "", link, .link) }
        if !paper.possibleDuplicates.isEmpty { add("see also", paper.possibleDuplicates.joined(separator: ", ")) }
        if paper.sources.count > 1 {
            for (i, src) in paper.sources.enumerated() {
                add(i == 0 ? "sources" : "", "\(src.description) (\(formatName(src.format))\(src.fields.isEmpty ? "" : ": " + src.fields.joined(separator: ", ")))")
            }
        } else {
            add("source", paper.sources.first?.description ?? paper.source.description)
        }
        return out
    }
}
