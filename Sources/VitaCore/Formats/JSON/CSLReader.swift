/// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as Zotero and
/// Better BibTeX export it: an array of items. Crossref's works (its REST API, and the CSL-JSON a
/// DOI answers with) are read here too: they give a title and a container title as lists,
/// Crossref's own type names, the count of works citing them and a JATS abstract.
enum CSLReader {
    static func isItem(_ o: JSONNode) -> Bool {
        if o["type"]?.string != nil { return o["issued"] != nil || o["container-title"] != nil || o["author"] != nil || o["id"] != nil || o["title"] != nil }
        // CSL requires a type, but items without one are written too: an id with a title.
        return o["id"] != nil && o["title"]?.string != nil
    }

    static func item(_ o: JSONNode, path: String, _ d: inout JSONDiagnostics, format: String = "csl-json") -> Paper? {
        guard case .object = o.value else {
            d.expected("an item object", o, path)
            return nil
        }
        /// A string, or the first of a list of them (Crossref's `["A title"]`); pandoc's CSL-YAML
        /// without its Markdown.
        func text(_ key: String) -> String? {
            let s = o[key]?.array.map { $0.first?.string } ?? d.string(o[key], "\(path).\(key)")
            return format == "csl-yaml" ? s.map(FieldText.withoutMarkdown) : s
        }
        let title = FieldText.title(text("title")).map { FieldText.title($0, subtitle: FieldText.title(text("subtitle"))) } ?? ""
        var p = Paper(title: title.isEmpty ? Paper.untitled : title, source: d.location(o.offset))
        if title.isEmpty { d.warn(o.offset, path, "an item without a title; kept as \"(untitled)\"") }
        // A book of proceedings or an edited volume names its editors alone: they stand for its
        // authors, as a .bib entry's editor does.
        let role = o["author"]?.array?.isEmpty ?? true && o["editor"]?.array?.isEmpty == false ? "editor" : "author"
        for (k, a) in d.array(o[role], "\(path).\(role)").enumerated() {
            guard var author = name(a) else {
                d.warn(a.offset, "\(path).\(role)[\(k)]", "expected family, given or literal; left out")
                continue
            }
            // Crossref's `affiliation`: a list of `{"name": …}` (not CSL's own, which has none).
            author.addAffiliations((a["affiliation"]?.array ?? []).map { $0["name"]?.string }, pool: d.pool)
            p.authors.append(author)
        }
        if let issued = o["issued"], !issued.isNull {
            if let parts = issued["date-parts"]?.array?.first?.array {
                p.date = FieldText.date(year: parts.first?.int, month: parts.count > 1 ? parts[1].int : nil, day: parts.count > 2 ? parts[2].int : nil)
            } else if let first = issued.array?.first, first["year"] != nil {
                // Better BibTeX's CSL-YAML: `issued: [{year: 2020, month: 5}]`.
                p.date = FieldText.date(year: first["year"]?.int, month: first["month"]?.int, day: first["day"]?.int)
            } else if let raw = issued["raw"]?.string ?? issued["literal"]?.string ?? issued.text {
                p.date = FieldText.date(raw) ?? FieldText.writtenDate(raw)
            }
            if p.date == nil { d.warn(issued.offset, "\(path).issued", "expected date-parts with a year") }
        }
        // A preprint's server is its `institution` in Crossref (`medRxiv`); the publisher last.
        p.venue = FieldText.title(text("container-title")) ?? FieldText.title(o["institution"]?.array?.first?["name"]?.string)
            ?? FieldText.title(o["publisher"]?.string)
        p.volume = FieldText.line(o["volume"]?.text)
        p.pages = FieldText.pages(o["page"]?.text)
        p.identifiers.add(.doi, o["DOI"]?.string)
        p.identifiers.add(.pubmed, o["PMID"]?.text)
        p.abstract = FieldText.abstract(o["abstract"]?.string)
        if let n = o["is-referenced-by-count"]?.int, n >= 0 {
            p.citations = CitationCount(count: n, source: "crossref", asOf: o["indexed"]?["date-time"]?.string.map { String($0.prefix(10)) })
        }
        p.type = type(o["type"]?.string)
        if let url = o["URL"]?.string, url.utf8.contains(ascii: "arxiv.org/abs/") { p.identifiers.add(.arxiv, url) }
        if let number = o["number"]?.string, number.lowercased().hasPrefix("arxiv:") { p.identifiers.add(.arxiv, number) }
        p.links = FieldText.links(p.identifiers, others: [o["URL"]?.string])
        // `keyword`: one string, its keywords apart by commas (Zotero) or semicolons.
        p.keywords = FieldText.keywords([o["keyword"]?.string], commas: true)
        p.retraction = retraction(o)
        p.details = details(o, editorsAreAuthors: role == "editor")
        FieldText.finish(&p, format: format, at: d.location(o.offset), path: path)
        return p
    }

    /// A CSL name (`family`, `given`, particles, `suffix`, `literal`, Crossref's `name`), or nil
    /// when it has none of them.
    static func name(_ a: JSONNode) -> Author? {
        let family = FieldText.line(a["family"]?.string), given = FieldText.line(a["given"]?.string)
        let particle = FieldText.line(a["non-dropping-particle"]?.string)
        let fullFamily = [particle, family].compactMap { $0 }.joined(separator: " ")
        // `Ludwig van Beethoven`: the dropping particle is shown, not part of the family name.
        let dropping = FieldText.line(a["dropping-particle"]?.string)
        let ids = AuthorIdentifiers(orcid: a["ORCID"]?.string)
        // Crossref names an organisation with `name` where CSL says `literal`.
        if let literal = FieldText.line(a["literal"]?.string ?? a["name"]?.string) {
            return Author(name: literal, family: literal)
        } else if !fullFamily.isEmpty {
            let suffix = FieldText.line(a["suffix"]?.string)
            // `static-ordering`: a name written family first (`Mao Zedong`), as CSL shows it.
            let familyFirst = { if case .bool(true) = a["static-ordering"]?.value { return true }; return false }()
            let parts = familyFirst ? [fullFamily, given, suffix] : [given, dropping, fullFamily, suffix]
            return Author(name: parts.compactMap { $0 }.joined(separator: " "), family: fullFamily, ids: ids)
        } else if let given {
            // A given name alone (`Banksy`) is the whole name.
            return Author(name: given, ids: ids)
        }
        return nil
    }

    /// The item's details: `publisher` (Crossref's `institution` of a report), its place
    /// (`publisher-place`, Crossref's `publisher-location`), the editors (when they do not stand for
    /// the authors), `issue` (`number` of a report), `edition` (Crossref's `edition-number`), `ISBN` and `ISSN` (a string, or
    /// Crossref's list), `collection-title`, `note`.
    static func details(_ o: JSONNode, editorsAreAuthors: Bool) -> PaperDetails {
        var d = PaperDetails()
        d.add(.publisher, o["publisher"]?.string)
        d.add(.place, o["publisher-place"]?.string ?? o["publisher-location"]?.string)
        if !editorsAreAuthors {
            for e in o["editor"]?.array ?? [] { d.add(.editor, name(e)?.name) }
        }
        d.add(.number, o["issue"]?.text)
        if let n = o["number"]?.text, !n.lowercased().hasPrefix("arxiv:") { d.add(.number, n) }
        d.add(.edition, o["edition"]?.text ?? o["edition-number"]?.text)
        for (key, kind) in [("ISBN", DetailKind.isbn), ("ISSN", .issn)] {
            let values = o[key]?.array?.compactMap(\.string) ?? o[key]?.string.map { [$0] } ?? []
            // Zotero writes several in one string, apart by spaces or commas.
            for v in values { d.addNumbers(kind, v) }
        }
        d.add(.series, o["collection-title"]?.array?.first?.string ?? o["collection-title"]?.string)
        d.add(.note, o["note"]?.string)
        return d
    }

    /// CSL's `status` (`retracted`), or Crossref's `updated-by`, the notices that updated the work
    /// (`{"type": "retraction", "source": "retraction-watch", …}`; a correction or an expression
    /// of concern does not take it back).
    static func retraction(_ o: JSONNode) -> Retraction? {
        var found = o["status"]?.string.flatMap(Retraction.init(status:))
        for update in o["updated-by"]?.array ?? [] {
            switch update["type"]?.string?.lowercased() {
            case "retraction", "removal": found = .retracted
            case "withdrawal": found = Retraction.strongest(found, .withdrawn)
            default: break
            }
        }
        return found
    }

    /// CSL's types, and Crossref's (`journal-article`, `proceedings-article`, `posted-content`…).
    static func type(_ t: String?) -> PublicationType? {
        switch t {
        case "article-journal", "article-magazine", "article-newspaper", "review", "journal-article": .article
        case "paper-conference", "proceedings-article": .inproceedings
        case "chapter", "entry-encyclopedia", "entry-dictionary", "book-chapter", "book-section", "book-part", "reference-entry": .incollection
        case "book", "monograph", "edited-book", "reference-book": .book
        case "proceedings": .proceedings
        case "thesis", "dissertation": .phdthesis
        case "report": .report
        case "article", "manuscript", "posted-content": .preprint
        case "dataset": .dataset
        case nil: nil
        default: .other
        }
    }

    static func cslType(_ t: PublicationType?) -> String {
        switch t {
        case .article: "article-journal"
        case .inproceedings: "paper-conference"
        case .incollection: "chapter"
        case .book, .proceedings: "book"
        case .phdthesis, .mastersthesis: "thesis"
        case .report: "report"
        case .preprint: "article"
        case .dataset: "dataset"
        case .other, nil: "document"
        }
    }
}
