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
            guard let title = FieldText.title(w["title"]?["title"]?["value"]?.string) else {
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
            p.venue = FieldText.title(w["journal-title"]?["value"]?.string)
            if let owner {
                p.authors = [owner]
                p.owner = .listed(position: 0)
            } else {
                p.owner = .implied
            }
            p.links = FieldText.links(p.identifiers, others: [w["url"]?["value"]?.string])
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
