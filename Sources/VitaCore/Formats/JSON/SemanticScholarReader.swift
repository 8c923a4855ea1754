/// Semantic Scholar Graph API (https://api.semanticscholar.org/api-docs/graph): a paper, an author
/// with `papers`, and a paginated `{"data": [...]}` response.
enum SemanticScholarReader {
    static func isPaper(_ o: JSONNode) -> Bool { o["paperId"] != nil || o["externalIds"] != nil && o["title"] != nil }
    static func isAuthor(_ o: JSONNode) -> Bool { o["authorId"] != nil && (o["papers"] != nil || o["hIndex"] != nil || o["paperCount"] != nil) }
    /// An author as a list of them gives one (`{"authorId": …, "name": …}`), not a paper.
    static func isAuthorItem(_ o: JSONNode) -> Bool { o["authorId"] != nil && o["paperId"] == nil && o["title"] == nil }
    /// Whether every item of a list is an author (a search for authors, a paper's authors); an
    /// item the text cut off says nothing.
    static func areAuthors(_ items: [JSONNode]) -> Bool {
        // Looked at lazily: a list of 100,000 papers is told by its first item, not copied.
        let whole = items.lazy.filter { !$0.cut }
        guard let first = whole.first, isAuthorItem(first) else { return false }
        return whole.allSatisfy { isAuthorItem($0) }
    }

    static func paper(_ o: JSONNode, path: String, _ d: inout JSONDiagnostics) -> Paper? {
        guard case .object = o.value else {
            // A batch answer (`/paper/batch`) gives null in the place of an id it does not know.
            if o.isNull { d.warn(o.offset, path, "no paper here (null: a batch answer's place for an id Semantic Scholar does not know); left out") }
            else { d.expected("a paper object", o, path) }
            return nil
        }
        // A citation or reference response wraps the paper.
        if let inner = o["citingPaper"] ?? o["citedPaper"], case .object = inner.value { return paper(inner, path: "\(path).paper", &d) }
        let title = FieldText.title(d.string(o["title"], "\(path).title")) ?? ""
        var p = Paper(title: title.isEmpty ? Paper.untitled : title, source: d.location(o.offset))
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
            // `venue` is Semantic Scholar's name of the `publicationVenue`; where that is null, the
            // journal named is the better one (a reprint's book stood for Turing's `Mind` paper),
            // unless it is a preprint server.
            let journal = FieldText.line(j["name"]?.string)
            if o["publicationVenue"]?.isNull == true, let journal, !RecordMerge.isPreprintServer(journal) {
                p.venue = journal
            }
            p.venue = p.venue ?? journal
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
            var author = Author(name: name, ids: AuthorIdentifiers(s2: a["authorId"]?.text))
            // Asked for (`fields=authors.affiliations`), the places Semantic Scholar knows them by.
            author.addAffiliations((a["affiliations"]?.array ?? []).map(\.string), pool: d.pool)
            if p.affiliation == nil { p.affiliation = author.affiliations.first }
            p.authors.append(author)
        }
        if let n = d.count(o["citationCount"], "\(path).citationCount") {
            p.citations = CitationCount(count: n, source: "s2")
            // The citing papers themselves (`fields=citations.year`): counted by year when the
            // list is whole (as many as the count; the API gives at most 1,000 here).
            if let citing = o["citations"]?.array, !citing.isEmpty, citing.count >= n {
                var years: [Int: Int] = [:]
                for c in citing {
                    let paper = c["citingPaper"] ?? c
                    if let y = paper["year"]?.int ?? paper["publicationDate"]?.string.flatMap({ FieldText.date($0)?.year }) { years[y, default: 0] += 1 }
                }
                p.citationsByYear = years.keys.sorted().map { YearCount(year: $0, count: years[$0]!) }
            }
        }
        let types = o["publicationTypes"]?.array?.compactMap(\.string) ?? []
        p.type = types.contains("Conference") ? .inproceedings : types.contains("JournalArticle") ? .article
            : types.contains("Book") ? .book : types.contains("BookSection") ? .incollection : types.isEmpty ? nil : .other
        // An arXiv paper is given as a `JournalArticle` in `arXiv.org` (volume `abs/…`): a preprint.
        if p.type == .article || p.type == nil, let venue = p.venue, RecordMerge.isPreprintServer(venue) { p.type = .preprint }
        if let fields = o["fieldsOfStudy"]?.array?.compactMap(\.string), let first = fields.first { p.category = FieldText.line(first) }
        p.links = FieldText.links(p.identifiers, others: [o["url"]?.string, o["openAccessPdf"]?["url"]?.string])
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
        profile.addAffiliations((o["affiliations"]?.array ?? []).map(\.string))
        return profile
    }
}
