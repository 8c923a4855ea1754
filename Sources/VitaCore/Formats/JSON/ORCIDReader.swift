/// ORCID v3.0 (https://info.orcid.org/documentation/api-tutorials/): works and activities
/// summaries, a whole record, and full works (`/work/{put-code}`, and `/works/{put-codes}`,
/// which answers `{"bulk": [{"work": …}, {"error": …}]}`). Summaries carry no authors: the
/// ORCID person is the one author known. A full work lists its contributors.
enum ORCIDReader {
    static func isORCID(_ o: JSONNode) -> Bool {
        o["group"] != nil || o["activities-summary"] != nil || o["orcid-identifier"] != nil || o["put-code"] != nil
            || o["title"]?["title"]?["value"] != nil
            || o["bulk"]?.array?.first.map { $0["work"] != nil || $0["error"] != nil } == true
            || (o["path"]?.string.map { $0.contains("/works") || $0.contains("/activities") || $0.hasSuffix("/employments") } ?? false)
            || isEmployments(o)
    }

    /// The employments alone (`/employments`): groups of employment summaries, no works.
    static func isEmployments(_ o: JSONNode) -> Bool {
        o["affiliation-group"]?.array?.first?["summaries"]?.array?.first?["employment-summary"] != nil
            || o["employment-summary"]?.array != nil
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
        if root["put-code"] != nil || root["title"]?["title"]?["value"] != nil { summaries = [(root, "")] }
        for (k, item) in (root["bulk"]?.array ?? []).enumerated() {
            if let work = item["work"] {
                summaries.append((work, "bulk[\(k)].work"))
            } else if let error = item["error"] {
                let said = error["developer-message"]?.string ?? error["user-message"]?.string ?? "an error"
                d.warn(error.offset, "bulk[\(k)].error", "ORCID answered with an error for this work: \(VisibleText.singleLine(said))")
            }
        }
        for (g, group) in d.array(groups.0, groups.1).enumerated() {
            // One group is one work as several sources claim it; the first summary is the preferred one.
            let list = d.array(group["work-summary"], "\(groups.1)[\(g)].work-summary")
            if let first = list.first { summaries.append((first, "\(groups.1)[\(g)].work-summary[0]")) }
        }
        if id == nil, let path = summaries.first?.0["path"]?.string ?? employmentSummaries(root).first?["path"]?.string,
           let first = path.split(separator: "/").first {
            id = AuthorIdentifiers.normaliseORCID(String(first))
        }
        let owner = name.map { Author(name: $0, ids: AuthorIdentifiers(orcid: id)) }
        for (w, path) in summaries {
            // ORCID writes a subtitle and a URL as `{"value": …}`; its own samples also give them
            // as strings.
            func value(_ node: JSONNode?) -> String? { node?["value"]?.string ?? node?.string }
            guard let title = FieldText.title(w["title"]?["title"]?["value"]?.string).map({
                FieldText.title($0, subtitle: FieldText.title(value(w["title"]?["subtitle"])))
            }) else {
                d.warn(w.offset, path, "a work without a title; left out")
                continue
            }
            var p = Paper(title: title, source: d.location(w.offset))
            p.identifiers.add(.orcidPutCode, w["put-code"]?.text)
            var ids: [ExternalID] = []
            for (k, x) in (w["external-ids"]?["external-id"]?.array ?? []).enumerated() {
                guard let type = x["external-id-type"]?.string, let value = x["external-id-value"]?.text else {
                    d.warn(x.offset, "\(path).external-ids.external-id[\(k)]", "expected an external-id-type and an external-id-value")
                    continue
                }
                ids.append(ExternalID(type: type, value: value, relationship: x["external-id-relationship"]?.string))
            }
            add(ids, to: &p)
            p.type = type(w["type"]?.string)
            if let date = w["publication-date"], !date.isNull {
                p.date = FieldText.date(year: date["year"]?["value"]?.int, month: date["month"]?["value"]?.int, day: date["day"]?["value"]?.int)
            }
            p.venue = FieldText.title(w["journal-title"]?["value"]?.string)
            let contributors = (w["contributors"]?["contributor"]?.array ?? []).map { c in
                Contributor(name: c["credit-name"]?["value"]?.string, orcid: c["contributor-orcid"]?["path"]?.string ?? c["contributor-orcid"]?["uri"]?.string,
                            role: c["contributor-attributes"]?["contributor-role"]?.string)
            }
            let citation = w["citation"].flatMap { c in
                Self.citation(type: c["citation-type"]?.string, value: c["citation-value"]?.string) {
                    d.warn(c.offset, path.isEmpty ? "citation" : "\(path).citation", $0)
                }
            }
            if !Self.take(contributors, citation: citation, into: &p, ownerORCID: id, ownerName: name) {
                if let owner {
                    p.authors = [owner]
                    p.owner = .listed(position: 0)
                } else {
                    p.owner = .implied
                }
            }
            if p.abstract.isEmpty { p.abstract = FieldText.paragraphs(w["short-description"]?.string) }
            if let citation { Self.complete(&p, from: citation) }
            p.links = FieldText.links(p.identifiers, others: [value(w["url"])])
            FieldText.finish(&p, format: "orcid", at: d.location(w.offset), path: path.isEmpty ? nil : path)
            contents.papers.append(p)
        }
        if let who = name ?? id {
            var profile = Profile(name: who, source: d.location(root.offset))
            profile.ids = AuthorIdentifiers(orcid: id)
            profile.statedBy = "ORCID"
            profile.addAffiliations(employments(root))
            contents.profile = profile
        }
        return contents
    }

    /// The places of work with no end date, where they are now: v3.0 groups them
    /// (`employments.affiliation-group[].summaries[].employment-summary`), v2 lists them
    /// (`employments.employment-summary[]`); in a record (`activities-summary.employments`), in
    /// activities, or the employments alone (`/employments`, whose person is named by its `path`).
    static func employments(_ root: JSONNode) -> [String?] {
        employmentSummaries(root).filter { $0["end-date"]?.isNull ?? true }.map { $0["organization"]?["name"]?.string }
    }

    static func employmentSummaries(_ root: JSONNode) -> [JSONNode] {
        guard let list = root["activities-summary"]?["employments"] ?? root["employments"] ?? (isEmployments(root) ? root : nil) else { return [] }
        return (list["affiliation-group"]?.array ?? []).flatMap { g in (g["summaries"]?.array ?? []).compactMap { $0["employment-summary"] } }
            + (list["employment-summary"]?.array ?? [])
    }

    /// One of a work's `external-ids`, as ORCID gives it.
    struct ExternalID {
        var type: String
        var value: String
        var relationship: String?
    }

    /// A work's own identifiers: those of the work itself (`self`, or no relationship) first,
    /// then those of another version of it (`version-of`: the preprint of an article); never
    /// those of what it is part of (`part-of`: a chapter's book, a paper's journal) or what
    /// funded it, which would make it one paper with them.
    static func add(_ ids: [ExternalID], to p: inout Paper) {
        func rank(_ x: ExternalID) -> Int? {
            switch x.relationship?.trimmingWhitespace().lowercased().replacingAll("_", with: "-") {
            case nil, "", "self": 0
            case "version-of": 1
            default: nil
            }
        }
        for pass in 0...1 {
            for x in ids where rank(x) == pass {
                switch x.type.trimmingWhitespace().lowercased() {
                case "doi": p.identifiers.add(.doi, x.value)
                case "arxiv": p.identifiers.add(.arxiv, x.value)
                case "pmid": p.identifiers.add(.pubmed, x.value)
                default: break
                }
            }
        }
    }

    /// One contributor of a full work, as ORCID gives it.
    struct Contributor {
        var name: String?
        var orcid: String?
        var role: String?
    }

    /// A full work's contributors as its authors, in order: editors, translators and chairs left
    /// out (unless no one else is named); when it names none, the authors of its BibTeX
    /// `citation`. The ORCID person is the author with their ORCID, else their name; when neither
    /// stands, the work is still theirs (implied). False when neither names anyone (a summary),
    /// and the paper is left as it was.
    static func take(_ contributors: [Contributor], citation: Paper?, into p: inout Paper, ownerORCID: String?, ownerName: String?) -> Bool {
        let named = contributors.filter { FieldText.line($0.name) != nil }
        if named.isEmpty {
            guard let citation, !citation.authors.isEmpty else { return false }
            p.authors = citation.authors
            p.authorsTruncated = citation.authorsTruncated
        } else {
            let notAuthors: Set<String> = ["editor", "chair-or-translator", "translator", "chair"]
            let authors = named.filter { c in !notAuthors.contains(c.role?.lowercased().replacingAll("_", with: "-") ?? "") }
            p.authors = (authors.isEmpty ? named : authors).map { c in
                Author(name: FieldText.line(c.name)!, ids: AuthorIdentifiers(orcid: c.orcid))
            }
        }
        placeOwner(&p, orcid: ownerORCID, name: ownerName)
        return true
    }

    /// The paper a full work's `citation` describes, when it is BibTeX (as works imported from
    /// Crossref carry one, often the only place their authors are named); nil for a citation of
    /// another type. A BibTeX citation that holds no entry is said through `warn`.
    static func citation(type: String?, value: String?, warn: (String) -> Void) -> Paper? {
        guard type?.trimmingWhitespace().lowercased() == "bibtex", let value, !value.trimmingWhitespace().isEmpty else { return nil }
        guard let paper = BibTeXReader.read(value, fileName: "citation").papers.first else {
            warn("its BibTeX citation holds no entry that can be read; left aside")
            return nil
        }
        return paper
    }

    /// What the work's own fields leave out, taken from its citation: the venue, volume, pages,
    /// date and DOI.
    static func complete(_ p: inout Paper, from citation: Paper) {
        if p.venue == nil { p.venue = citation.venue }
        if p.volume == nil { p.volume = citation.volume }
        if p.pages == nil { p.pages = citation.pages }
        if p.date == nil { p.date = citation.date }
        if p.identifiers.doi == nil, let doi = citation.identifiers.doi { p.identifiers.add(.doi, doi) }
    }

    /// The ORCID person among a work's authors: by their ORCID, else their name; implied when
    /// neither stands (the work is on their record).
    static func placeOwner(_ p: inout Paper, orcid: String?, name: String?) {
        let key = name.map(NameKey.make)
        if let at = p.authors.firstIndex(where: { orcid != nil && $0.ids?.orcid == orcid })
            ?? p.authors.firstIndex(where: { key != nil && $0.key == key }) {
            p.owner = .listed(position: at)
        } else {
            p.owner = .implied
        }
    }

    static func type(_ t: String?) -> PublicationType? {
        switch t?.lowercased().replacingAll("_", with: "-") {
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
