/// Semantic Scholar Graph API (https://api.semanticscholar.org/api-docs/graph): a paper, an author
/// with `papers`, and a paginated `{"data": [...]}` response.
enum SemanticScholarReader {
    static func isPaper(_ o: JSONNode) -> Bool { o["paperId"] != nil || o["externalIds"] != nil && o["title"] != nil }
    static func isAuthor(_ o: JSONNode) -> Bool { o["authorId"] != nil && (o["papers"] != nil || o["hIndex"] != nil || o["paperCount"] != nil) }

    static func paper(_ o: JSONNode, path: String, _ d: inout JSONDiagnostics) -> Paper? {
        guard case .object = o.value else {
            d.expected("a paper object", o, path)
            return nil
        }
        // A citation or reference response wraps the paper.
        if let inner = o["citingPaper"] ?? o["citedPaper"], case .object = inner.value { return paper(inner, path: "\(path).paper", &d) }
        let title = FieldText.line(d.string(o["title"], "\(path).title")) ?? ""
        var p = Paper(title: title.isEmpty ? "(untitled)" : title, source: d.location(o.offset))
        if title.isEmpty { d.warn(o.offset, path, "a paper without a title; kept as \"(untitled)\"") }
        p.identifiers.add(.s2, d.string(o["paperId"], "\(path).paperId"))
        if let ids = o["externalIds"], !ids.isNull {
            if case .object = ids.value {
                p.identifiers.add(.doi, ids["DOI"]?.text)
                p.identifiers.add(.arxiv, ids["ArXiv"]?.text)
                p.identifiers.add(.dblp, ids["DBLP"]?.text)
                p.identifiers.add(.pubmed, ids["PubMed"]?.text)
            } else {
                d.expected("an object", ids, "\(path).externalIds")
            }
        }
        p.abstract = FieldText.paragraphs(d.string(o["abstract"], "\(path).abstract"))
        p.venue = FieldText.line(d.string(o["venue"], "\(path).venue"))
        if let j = o["journal"], !j.isNull {
            p.venue = p.venue ?? FieldText.line(j["name"]?.string)
            p.volume = FieldText.line(j["volume"]?.text)
            p.pages = FieldText.pages(j["pages"]?.text)
        }
        p.date = FieldText.date(d.string(o["publicationDate"], "\(path).publicationDate"))
            ?? FieldText.date(year: d.count(o["year"], "\(path).year"), month: nil, day: nil)
        for (k, a) in d.array(o["authors"], "\(path).authors").enumerated() {
            guard let name = FieldText.line(d.string(a["name"], "\(path).authors[\(k)].name")) else {
                d.warn(a.offset, "\(path).authors[\(k)]", "an author without a name; left out")
                continue
            }
            p.authors.append(Author(name: name, ids: AuthorIdentifiers(s2: a["authorId"]?.text)))
        }
        if let n = d.count(o["citationCount"], "\(path).citationCount") {
            p.citations = CitationCount(count: n, source: "s2")
        }
        let types = o["publicationTypes"]?.array?.compactMap(\.string) ?? []
        p.type = types.contains("Conference") ? .inproceedings : types.contains("JournalArticle") ? .article
            : types.contains("Book") ? .book : types.contains("BookSection") ? .incollection : types.isEmpty ? nil : .other
        if let fields = o["fieldsOfStudy"]?.array?.compactMap(\.string), let first = fields.first { p.category = FieldText.line(first) }
        p.links = FieldText.links(p, others: [o["url"]?.string, o["openAccessPdf"]?["url"]?.string])
        FieldText.finish(&p, format: "s2", at: d.location(o.offset), path: path)
        return p
    }

    static func author(_ o: JSONNode, _ d: inout JSONDiagnostics) -> Profile? {
        guard let name = FieldText.line(o["name"]?.string) else {
            d.warn(o.offset, "", "an author without a name")
            return nil
        }
        var profile = Profile(name: name, source: d.location(o.offset))
        profile.ids = AuthorIdentifiers(s2: o["authorId"]?.text)
        profile.hIndex = o["hIndex"]?.int
        profile.citationCount = o["citationCount"]?.int
        profile.paperCount = o["paperCount"]?.int
        profile.statedBy = "Semantic Scholar"
        return profile
    }
}

/// ORCID v3.0 (https://info.orcid.org/documentation/api-tutorials/): works and activities
/// summaries, and a whole record. Summaries carry no authors: the ORCID person is the one
/// author known.
enum ORCIDReader {
    static func isORCID(_ o: JSONNode) -> Bool {
        o["group"] != nil || o["activities-summary"] != nil || o["orcid-identifier"] != nil || o["put-code"] != nil
            || (o["path"]?.string.map { $0.contains("/works") || $0.contains("/activities") } ?? false)
    }

    /// The ORCID id a response is about, from its `path` or `orcid-identifier`.
    static func orcid(_ o: JSONNode) -> String? {
        if let p = o["orcid-identifier"]?["path"]?.string { return AuthorIdentifiers.normaliseORCID(p) }
        if let p = o["path"]?.string, let first = p.split(separator: "/").first { return AuthorIdentifiers.normaliseORCID(String(first)) }
        return nil
    }

    static func read(_ root: JSONNode, _ d: inout JSONDiagnostics) -> RecordContents {
        var contents = RecordContents()
        var id = orcid(root)
        var name: String?
        if let person = root["person"]?["name"], !person.isNull {
            let given = person["given-names"]?["value"]?.string, family = person["family-name"]?["value"]?.string
            name = FieldText.line([given, family].compactMap { $0 }.joined(separator: " "))
                ?? FieldText.line(person["credit-name"]?["value"]?.string)
        }
        var groups: (JSONNode?, String) = (root["group"], "group")
        if let works = root["activities-summary"]?["works"] ?? root["works"] {
            groups = (works["group"], root["activities-summary"] != nil ? "activities-summary.works.group" : "works.group")
        }
        var summaries: [(JSONNode, String)] = []
        if root["put-code"] != nil { summaries = [(root, "")] }
        for (g, group) in d.array(groups.0, groups.1).enumerated() {
            // One group is one work as several sources claim it; the first summary is the preferred one.
            let list = d.array(group["work-summary"], "\(groups.1)[\(g)].work-summary")
            if let first = list.first { summaries.append((first, "\(groups.1)[\(g)].work-summary[0]")) }
        }
        if id == nil, let path = summaries.first?.0["path"]?.string, let first = path.split(separator: "/").first {
            id = AuthorIdentifiers.normaliseORCID(String(first))
        }
        let owner = name.map { Author(name: $0, ids: AuthorIdentifiers(orcid: id)) }
        for (w, path) in summaries {
            guard let title = FieldText.line(w["title"]?["title"]?["value"]?.string) else {
                d.warn(w.offset, path, "a work without a title; left out")
                continue
            }
            var p = Paper(title: title, source: d.location(w.offset))
            p.identifiers.add(.orcidPutCode, w["put-code"]?.text)
            for (k, x) in (w["external-ids"]?["external-id"]?.array ?? []).enumerated() {
                guard let type = x["external-id-type"]?.string, let value = x["external-id-value"]?.text else {
                    d.warn(x.offset, "\(path).external-ids.external-id[\(k)]", "expected an external-id-type and an external-id-value")
                    continue
                }
                switch type.lowercased() {
                case "doi": p.identifiers.add(.doi, value)
                case "arxiv": p.identifiers.add(.arxiv, value)
                case "pmid": p.identifiers.add(.pubmed, value)
                default: break
                }
            }
            p.type = type(w["type"]?.string)
            if let date = w["publication-date"], !date.isNull {
                p.date = FieldText.date(year: date["year"]?["value"]?.int, month: date["month"]?["value"]?.int, day: date["day"]?["value"]?.int)
            }
            p.venue = FieldText.line(w["journal-title"]?["value"]?.string)
            if let owner {
                p.authors = [owner]
                p.owner = .listed(position: 0)
            } else {
                p.owner = .implied
            }
            p.links = FieldText.links(p, others: [w["url"]?["value"]?.string])
            FieldText.finish(&p, format: "orcid", at: d.location(w.offset), path: path.isEmpty ? nil : path)
            contents.papers.append(p)
        }
        if let who = name ?? id {
            var profile = Profile(name: who, source: d.location(root.offset))
            profile.ids = AuthorIdentifiers(orcid: id)
            profile.statedBy = "ORCID"
            contents.profile = profile
        }
        return contents
    }

    static func type(_ t: String?) -> PublicationType? {
        switch t?.lowercased().replacingOccurrences(of: "_", with: "-") {
        case "journal-article", "magazine-article", "newspaper-article", "review": .article
        case "conference-paper", "conference-abstract", "conference-poster": .inproceedings
        case "book-chapter": .incollection
        case "book", "edited-book": .book
        case "dissertation", "dissertation-thesis": .phdthesis
        case "report", "working-paper": .report
        case "preprint": .preprint
        case "data-set": .dataset
        case nil: nil
        default: .other
        }
    }
}

/// CSL-JSON (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), as Zotero and
/// Better BibTeX export it: an array of items.
enum CSLReader {
    static func isItem(_ o: JSONNode) -> Bool {
        o["type"]?.string != nil && (o["issued"] != nil || o["container-title"] != nil || o["author"] != nil || o["id"] != nil)
    }

    static func item(_ o: JSONNode, path: String, _ d: inout JSONDiagnostics, format: String = "csl-json") -> Paper? {
        guard case .object = o.value else {
            d.expected("an item object", o, path)
            return nil
        }
        let title = FieldText.line(d.string(o["title"], "\(path).title")) ?? ""
        var p = Paper(title: title.isEmpty ? "(untitled)" : title, source: d.location(o.offset))
        if title.isEmpty { d.warn(o.offset, path, "an item without a title; kept as \"(untitled)\"") }
        for (k, a) in d.array(o["author"], "\(path).author").enumerated() {
            let family = FieldText.line(a["family"]?.string), given = FieldText.line(a["given"]?.string)
            let particle = FieldText.line(a["non-dropping-particle"]?.string)
            let fullFamily = [particle, family].compactMap { $0 }.joined(separator: " ")
            if let literal = FieldText.line(a["literal"]?.string) {
                p.authors.append(Author(name: literal, family: literal))
            } else if !fullFamily.isEmpty {
                p.authors.append(Author(name: [given, fullFamily].compactMap { $0 }.joined(separator: " "), family: fullFamily,
                                        ids: AuthorIdentifiers(orcid: a["ORCID"]?.string)))
            } else {
                d.warn(a.offset, "\(path).author[\(k)]", "expected family, given or literal; left out")
            }
        }
        if let issued = o["issued"], !issued.isNull {
            if let parts = issued["date-parts"]?.array?.first?.array {
                p.date = FieldText.date(year: parts.first?.int, month: parts.count > 1 ? parts[1].int : nil, day: parts.count > 2 ? parts[2].int : nil)
            } else if let first = issued.array?.first, first["year"] != nil {
                // Better BibTeX's CSL-YAML: `issued: [{year: 2020, month: 5}]`.
                p.date = FieldText.date(year: first["year"]?.int, month: first["month"]?.int, day: first["day"]?.int)
            } else if let raw = issued["raw"]?.string ?? issued["literal"]?.string ?? issued.text {
                p.date = FieldText.date(raw)
            }
            if p.date == nil { d.warn(issued.offset, "\(path).issued", "expected date-parts with a year") }
        }
        p.venue = FieldText.line(o["container-title"]?.string ?? o["publisher"]?.string)
        p.volume = FieldText.line(o["volume"]?.text)
        p.pages = FieldText.pages(o["page"]?.text)
        p.identifiers.add(.doi, o["DOI"]?.string)
        p.identifiers.add(.pubmed, o["PMID"]?.text)
        p.abstract = FieldText.paragraphs(o["abstract"]?.string)
        p.type = type(o["type"]?.string)
        if let url = o["URL"]?.string, url.contains("arxiv.org/abs/") { p.identifiers.add(.arxiv, url) }
        if let number = o["number"]?.string, number.lowercased().hasPrefix("arxiv:") { p.identifiers.add(.arxiv, number) }
        p.links = FieldText.links(p, others: [o["URL"]?.string])
        FieldText.finish(&p, format: format, at: d.location(o.offset), path: path)
        return p
    }

    static func type(_ t: String?) -> PublicationType? {
        switch t {
        case "article-journal", "article-magazine", "article-newspaper", "review": .article
        case "paper-conference": .inproceedings
        case "chapter", "entry-encyclopedia", "entry-dictionary": .incollection
        case "book": .book
        case "thesis": .phdthesis
        case "report": .report
        case "article", "manuscript": .preprint
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
