/// OpenAlex (https://docs.openalex.org): a work object, a list response (`{"results": [...]}`),
/// a JSON Lines snapshot (one work a line), and an author object (its name, ids and
/// `summary_stats` make the record's profile).
enum OpenAlexReader {
    /// Whether a JSON object is an OpenAlex work.
    static func isWork(_ o: JSONNode) -> Bool {
        if o["authorships"] != nil { return true }
        if let id = o["id"]?.string, id.utf8.contains(ascii: "openalex.org/W") { return true }
        return false
    }

    static func isAuthor(_ o: JSONNode) -> Bool {
        if let id = o["id"]?.string, id.utf8.contains(ascii: "openalex.org/A") { return true }
        return o["summary_stats"] != nil && o["works_count"] != nil
    }

    /// The kind of OpenAlex entity an object is when it is not a work (`author`, from its id
    /// `https://openalex.org/A…` or its `summary_stats`; `institution`, `source`, `concept`,
    /// `topic`, `publisher`, `funder`, `keyword` from its id); nil for a work or an object that
    /// does not say.
    static func entity(_ o: JSONNode) -> String? {
        guard !isWork(o) else { return nil }
        if isAuthor(o) { return "author" }
        guard let id = o["id"]?.string, let r = id.firstRange(of: "openalex.org/") else { return nil }
        let rest = id[r.upperBound...]
        if rest.hasPrefix("keywords/") { return "keyword" }
        switch rest.first {
        case "I": return "institution"
        case "S": return "source"
        case "C": return "concept"
        case "T": return "topic"
        case "P": return "publisher"
        case "F": return "funder"
        default: return nil
        }
    }

    static func work(_ o: JSONNode, path: String, _ d: inout JSONDiagnostics) -> Paper? {
        guard case .object = o.value else {
            d.expected("a work object", o, path)
            return nil
        }
        // `title` is null on some works whose `display_name` has it.
        let titled = o["title"].flatMap { $0.isNull ? nil : $0 }
        let title = FieldText.title(d.string(titled ?? o["display_name"], titled != nil ? "\(path).title" : "\(path).display_name")) ?? ""
        var p = Paper(title: title, source: d.location(o.offset))
        if title.isEmpty { d.warn(o.offset, path, "a work without a title; kept as \"(untitled)\"") }
        if p.title.isEmpty { p.title = Paper.untitled }
        p.identifiers.add(.openalex, d.string(o["id"], "\(path).id"))
        p.identifiers.add(.doi, d.string(o["doi"], "\(path).doi"))
        if let ids = o["ids"] {
            p.identifiers.add(.doi, ids["doi"]?.string)
            p.identifiers.add(.pubmed, ids["pmid"]?.string.map { $0.split(separator: "/").last.map(String.init) ?? $0 })
            p.identifiers.add(.arxiv, ids["arxiv"]?.string)
        }
        p.date = FieldText.date(d.string(o["publication_date"], "\(path).publication_date"))
            ?? FieldText.date(year: d.count(o["publication_year"], "\(path).publication_year"), month: nil, day: nil)
        if let loc = o["primary_location"], !loc.isNull {
            p.venue = FieldText.line(loc["source"]?["display_name"]?.string)
            // The source's publisher and ISSNs (`issn_l` when no list is given).
            if let source = loc["source"], !source.isNull {
                p.details.add(.publisher, source["host_organization_name"]?.string)
                for issn in source["issn"]?.array?.compactMap(\.string) ?? source["issn_l"]?.string.map({ [$0] }) ?? [] { p.details.add(.issn, issn) }
            }
        }
        p.venue = p.venue ?? FieldText.line(o["host_venue"]?["display_name"]?.string)
        p.type = type(o["type_crossref"]?.string ?? o["type"]?.string)
        if let b = o["biblio"], !b.isNull {
            p.volume = FieldText.line(b["volume"]?.text)
            let first = FieldText.line(b["first_page"]?.text), last = FieldText.line(b["last_page"]?.text)
            p.pages = first.map { f in last.map { $0 == f ? f : "\(f)--\($0)" } ?? f }
            p.details.add(.number, b["issue"]?.text)
        }
        for (k, a) in d.array(o["authorships"], "\(path).authorships").enumerated() {
            let author = a["author"]
            let raw = a["raw_author_name"]?.string
            guard let name = FieldText.line(author?["display_name"]?.string ?? raw) else {
                d.warn(a.offset, "\(path).authorships[\(k)]", "an authorship without an author's name; left out")
                continue
            }
            var written = Author(name: name, ids: AuthorIdentifiers(orcid: author?["orcid"]?.string, openalex: author?["id"]?.string))
            // The institutions OpenAlex matched, else the affiliations as the paper printed them.
            written.addAffiliations((a["institutions"]?.array ?? []).map { $0["display_name"]?.string }, pool: d.pool)
            if written.affiliations.isEmpty {
                written.addAffiliations((a["raw_affiliation_strings"]?.array ?? []).map(\.string) + [a["raw_affiliation_string"]?.string], pool: d.pool)
            }
            if p.affiliation == nil { p.affiliation = written.affiliations.first }
            p.authors.append(written)
        }
        if let n = d.count(o["cited_by_count"], "\(path).cited_by_count") {
            p.citations = CitationCount(count: n, source: "openalex", asOf: o["updated_date"]?.string.map { String($0.prefix(10)) })
        }
        var byYear: [YearCount] = []
        for (k, y) in d.array(o["counts_by_year"], "\(path).counts_by_year").enumerated() {
            guard let year = y["year"]?.int, let n = y["cited_by_count"]?.int, n >= 0 else {
                d.warn(y.offset, "\(path).counts_by_year[\(k)]", "expected a year and a cited_by_count")
                continue
            }
            byYear.append(YearCount(year: year, count: n))
        }
        p.citationsByYear = byYear.sorted { $0.year < $1.year }
        if let inverted = o["abstract_inverted_index"] {
            if case .wordPlaces(let read) = inverted.value {
                p.abstract = abstract(read)
            } else if case .object(let words) = inverted.value {
                p.abstract = abstract(words)
            }
        }
        p.category = FieldText.line(o["primary_topic"]?["field"]?["display_name"]?.string)
        if case .bool(true)? = o["is_retracted"]?.value { p.retraction = .retracted }
        // `keywords`: `[{"id": …, "display_name": "Deep learning", "score": 0.6}]`.
        p.keywords = FieldText.keywords((o["keywords"]?.array ?? []).map { $0["display_name"]?.string ?? $0.string })
        p.links = FieldText.links(p.identifiers, others: [o["primary_location"]?["landing_page_url"]?.string, o["primary_location"]?["pdf_url"]?.string,
                                                                    o["open_access"]?["oa_url"]?.string])
        FieldText.finish(&p, format: "openalex", at: d.location(o.offset), path: path)
        return p
    }

    /// The abstract from OpenAlex's inverted index (word → positions): each word put at its
    /// places, in one pass (no sort). Positions past `maxWords` or given twice are ignored.
    static func abstract(_ words: [(key: String, value: JSONNode)]) -> String {
        // Each word's places, once: (word, place) pairs, read by index (no copy of a word).
        var read = JSONNode.WordPlaces()
        for k in words.indices {
            read.append(word: words[k].key.utf8)
            guard case .array(let positions) = words[k].value.value else { continue }
            for at in positions.indices {
                let n: Int
                if case .number(let d) = positions[at].value {
                    guard d >= 0, d < Double(maxWords) else { continue }
                    n = Int(d)
                } else {
                    guard let m = positions[at].int, m >= 0, m < maxWords else { continue }
                    n = m
                }
                read.places.append((Int32(k), Int32(n)))
            }
        }
        return abstract(read)
    }

    /// The abstract from its words and their places (a word and a place, in any order).
    static func abstract(_ read: JSONNode.WordPlaces) -> String {
        var most = -1
        for (_, n) in read.places where n < maxWords { most = max(most, Int(n)) }
        guard most >= 0 else { return "" }
        var slots = [Int32](repeating: -1, count: most + 1)
        for (k, n) in read.places where n < maxWords && slots[Int(n)] < 0 { slots[Int(n)] = k }
        // The words copied into the string in place, a space between them (invalid UTF-8 repaired
        // as the string is made).
        var length = 0
        for k in slots where k >= 0 { length += read.word(Int(k)).count + 1 }
        let text = read.text.withUnsafeBufferPointer { text in
            String(unsafeUninitializedCapacity: max(0, length - 1)) { out in
                var at = 0
                for k in slots where k >= 0 {
                    if at > 0 { out[at] = 0x20; at += 1 }
                    let word = read.word(Int(k))
                    guard !word.isEmpty else { continue }
                    UnsafeMutableRawPointer(out.baseAddress! + at).copyMemory(from: text.baseAddress! + word.lowerBound, byteCount: word.count)
                    at += word.count
                }
                return at
            }
        }
        return FieldText.line(text) ?? ""
    }

    /// The longest abstract rebuilt, in words.
    static let maxWords = 100_000

    static func type(_ t: String?) -> PublicationType? {
        switch t {
        case "article", "journal-article", "review": .article
        case "proceedings-article": .inproceedings
        case "proceedings": .proceedings
        case "book-chapter", "chapter": .incollection
        case "book", "monograph", "edited-book": .book
        case "dissertation": .phdthesis
        case "report": .report
        case "preprint", "posted-content": .preprint
        case "dataset": .dataset
        case nil: nil
        default: .other
        }
    }

    /// An author object: the record's person and the figures OpenAlex states.
    static func author(_ o: JSONNode, _ d: inout JSONDiagnostics) -> Profile? {
        guard let name = FieldText.line(o["display_name"]?.string) else {
            d.warn(o.offset, "", "an author object without a display_name")
            return nil
        }
        var profile = Profile(name: name, source: d.location(o.offset))
        profile.ids = AuthorIdentifiers(orcid: o["orcid"]?.string ?? o["ids"]?["orcid"]?.string, openalex: o["id"]?.string)
        profile.paperCount = o["works_count"]?.int
        profile.citationCount = o["cited_by_count"]?.int
        profile.hIndex = o["summary_stats"]?["h_index"]?.int
        profile.i10Index = o["summary_stats"]?["i10_index"]?.int
        profile.statedBy = "OpenAlex"
        // `last_known_institutions` (a list since 2024; one `last_known_institution` before).
        let institutions = o["last_known_institutions"]?.array ?? o["last_known_institution"].map { [$0] } ?? []
        profile.addAffiliations(institutions.map { $0["display_name"]?.string })
        return profile
    }
}
