/// One publication, as read from a record.
public struct Paper: Sendable, Hashable, Codable, Identifiable {
    /// Where the profile owner stands among the authors.
    public enum Owner: Sendable, Hashable, Codable {
        /// The owner is the visible author at this 0-based position.
        case listed(position: Int)
        /// The owner is not among the visible authors but is an author because the paper is on
        /// their profile (the visible list is truncated with `et al.`, or cut short otherwise).
        case implied
        /// The record has no profile owner (a plain BibTeX file, say).
        case none
    }

    // The stored values are laid out largest first, so that a paper wastes no bytes between
    // them: a million papers are held in memory at once while a record is first opened. Three
    // are kept in a smaller form than they are given in (`owner`, `score`, `entry`, below).

    /// Stable within a library: a slug of the title and year (`ske2grid-skeleton-2023`).
    public var id: String
    public var title: String
    public var affiliation: String?
    /// Where it appeared: the journal, the proceedings (`booktitle`), the series, or how it was published.
    public var venue: String?
    /// arXiv-style subject, e.g. `CV`, `AI`, `NE`.
    public var category: String?
    /// The repository the abstract points to when the paper carries `Code`.
    public var codeLink: String?
    /// Exactly as written in the record.
    public var abstract: String
    public var volume: String?
    public var pages: String?
    public var source: SourceLocation
    /// How often it has been cited, as the newest source that counts says.
    public var citations: CitationCount?
    public var authors: [Author]
    /// Every link in the abstract, in order (bare URLs and `\url{...}`).
    public var links: [String]
    /// Ids of other papers that are likely the same work (same title, or same title head and first author).
    public var possibleDuplicates: [String]
    /// DOI, arXiv id, DBLP key, OpenAlex and Semantic Scholar ids, … as the sources give them.
    public var identifiers = PaperIdentifiers()
    /// Citations received each year, where a source gives them (ascending years).
    public var citationsByYear: [YearCount] = []
    /// Every record the paper was read from, and which values each gave. Empty for a paper made
    /// in code; `source` is the first.
    public var sources: [PaperSource] = []
    /// The keywords the sources give (RIS's `KW`, CSL's `keyword`, a .bib's `keywords`,
    /// OpenAlex's, Web of Science's author keywords, MEDLINE's other terms), each once.
    public var keywords: [String] = []
    /// The publisher and its place, the editors, the issue, edition, ISBN, ISSN, series and note,
    /// as the sources give them. Inline: most of DBLP's articles have an issue, and held apart
    /// with `entry` each would take an object more.
    public var details = PaperDetails()
    /// `entry`, held apart: only a paper read from a .bib has one, and inline it took 48 bytes of
    /// every paper.
    private var entryHeld: EntryHeld?
    /// `score`'s bits, `noScore` for none (a `Double?` takes 16 bytes in a paper, with its padding).
    private var scoreBits = Self.noScore
    /// `owner` as one number: `listed` its position, `implied` -1, `none` -2 (an `Owner` takes 16).
    private var ownerCode = -2
    public var date: PaperDate?
    /// True when the record lists only the first authors (`et al.`, `and others`).
    public var authorsTruncated: Bool
    public var hasCode: Bool
    public var type: PublicationType?
    /// Retracted or withdrawn, where a source says so (see `Retraction`).
    public var retraction: Retraction?

    /// Where the profile owner stands among the authors.
    public var owner: Owner {
        get {
            switch ownerCode {
            case -1: .implied
            case ..<0: .none
            default: .listed(position: ownerCode)
            }
        }
        set {
            switch newValue {
            case .listed(let position): ownerCode = max(0, position)
            case .implied: ownerCode = -1
            case .none: ownerCode = -2
            }
        }
    }

    public var score: Double? {
        get { scoreBits == Self.noScore ? nil : Double(bitPattern: scoreBits) }
        set { scoreBits = newValue.map { $0.isNaN ? Double.nan.bitPattern : $0.bitPattern } ?? Self.noScore }
    }

    /// A NaN no arithmetic makes (a signalling NaN with every payload bit set).
    private static let noScore: UInt64 = 0xFFF7_FFFF_FFFF_FFFF

    /// The BibTeX entry the paper was read from, kept whole so it is written back as it was.
    public var entry: BibTeXEntry? {
        get { entryHeld?.entry }
        set { entryHeld = newValue.map(EntryHeld.init) }
    }

    /// A BibTeX entry held by reference: it is never changed where it is held, only replaced.
    private final class EntryHeld: Hashable, @unchecked Sendable {
        let entry: BibTeXEntry
        init(_ entry: BibTeXEntry) { self.entry = entry }
        static func == (a: EntryHeld, b: EntryHeld) -> Bool { a === b || a.entry == b.entry }
        func hash(into hasher: inout Hasher) { hasher.combine(entry) }
    }

    public init(id: String = "", title: String, authors: [Author] = [], authorsTruncated: Bool = false,
                owner: Owner = .none, affiliation: String? = nil, venue: String? = nil, date: PaperDate? = nil,
                category: String? = nil, score: Double? = nil, hasCode: Bool = false,
                codeLink: String? = nil, abstract: String = "", links: [String] = [],
                source: SourceLocation, possibleDuplicates: [String] = [], entry: BibTeXEntry? = nil) {
        self.id = id
        self.title = title
        self.authors = authors
        self.authorsTruncated = authorsTruncated
        self.affiliation = affiliation
        self.venue = venue
        self.date = date
        self.category = category
        self.hasCode = hasCode
        self.codeLink = codeLink
        self.abstract = abstract
        self.links = links
        self.source = source
        self.possibleDuplicates = possibleDuplicates
        self.owner = owner
        self.score = score
        self.entry = entry
    }

    public var year: Int? { date?.year }

    /// Whether any author has an affiliation of their own.
    public var authorsHaveAffiliations: Bool { Self.anyHasAffiliations(authors) }

    /// Whether any of `authors` has an affiliation, each read where it lies (not copied).
    static func anyHasAffiliations(_ authors: [Author]) -> Bool {
        authors.withUnsafeBufferPointer { a in a.indices.contains { !a[$0].affiliations.isEmpty } }
    }

    /// Whether the paper or any of its authors has an affiliation (`has:aff`).
    public var hasAffiliation: Bool { affiliation != nil || authorsHaveAffiliations }

    /// The authors' affiliations, each once, in the order of the authors, leaving out the
    /// paper's own (`affiliation`).
    public var authorAffiliations: [String] {
        var out: [String] = []
        forEachAuthorAffiliation { out.append($0) }
        return out
    }

    /// `authorAffiliations` one by one, with no list made (nothing at all when no author has one).
    func forEachAuthorAffiliation(_ body: (String) -> Void) {
        Self.forEachAuthorAffiliation(authors, besides: affiliation, body)
    }

    private static func forEachAuthorAffiliation(_ authors: [Author], besides affiliation: String?, _ body: (String) -> Void) {
        guard anyHasAffiliations(authors) else { return }
        var seen: Set<String> = affiliation.map { [$0] } ?? []
        for a in authors {
            for name in a.affiliations where seen.insert(name).inserted { body(name) }
        }
    }

    /// Each author of `papers` for whom `changed` gives a new value (asked of the author where
    /// it lies) given it, in place: on every core, a run of papers each. Taken from its array, a
    /// paper or author is a copy, every string of it retained and released; changes gathered on
    /// every core and made after on one were 0.1–0.2 s of a million DBLP records, each time. Only
    /// a paper that changes is written to, so authors shared with another copy of the papers are
    /// copied only where they change.
    static func changeAuthors(_ papers: inout [Paper], _ changed: (UnsafePointer<Author>) -> Author?) {
        let count = papers.count
        papers.withUnsafeMutableBufferPointer { all in
            let base = all.baseAddress!
            _ = Parallel.runs(count) { run in
                for i in run {
                    for j in base[i].authors.indices {
                        if let new = base[i].authors.withUnsafeBufferPointer({ changed($0.baseAddress! + j) }) {
                            base[i].authors[j] = new
                        }
                    }
                }
            }
        }
    }

    /// What `aff:` and `venue:` search, one by one: the paper's affiliation, its authors' others,
    /// its venue.
    func forEachAffiliationText(_ body: (String) -> Void) {
        Self.forEachAffiliationText(affiliation, authors, venue, body)
    }

    /// The same of a paper read where it lies (the index reads every paper): taken from its
    /// array, it was copied, every string of it retained and released.
    static func forEachAffiliationText(at p: UnsafePointer<Paper>, _ body: (String) -> Void) {
        forEachAffiliationText(p.pointee.affiliation, p.pointee.authors, p.pointee.venue, body)
    }

    private static func forEachAffiliationText(_ affiliation: String?, _ authors: [Author], _ venue: String?, _ body: (String) -> Void) {
        if let a = affiliation { body(a) }
        forEachAuthorAffiliation(authors, besides: affiliation, body)
        if let v = venue { body(v) }
    }

    /// The title of a paper whose source gives none, in every format.
    public static let untitled = "(untitled)"
}

extension Paper.Owner {
    private enum CodingKeys: String, CodingKey { case role, position }

    /// Encoded flat, `{"role": "listed", "position": 2}` or `{"role": "implied"}`, which reads
    /// well from jq and other languages.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        switch try c.decode(String.self, forKey: .role) {
        case "listed": self = .listed(position: try c.decode(Int.self, forKey: .position))
        case "implied": self = .implied
        case "none": self = .none
        case let other:
            throw DecodingError.dataCorruptedError(forKey: .role, in: c, debugDescription: "unknown owner role \(other)")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        switch self {
        case .listed(let position):
            try c.encode("listed", forKey: .role)
            try c.encode(position, forKey: .position)
        case .implied:
            try c.encode("implied", forKey: .role)
            try c.encodeNil(forKey: .position)
        case .none:
            try c.encode("none", forKey: .role)
            try c.encodeNil(forKey: .position)
        }
    }
}

extension Paper {
    enum CodingKeys: String, CodingKey {
        case id, title, authors, authorsTruncated, owner, affiliation, venue, date, category, score, hasCode, codeLink,
             abstract, links, source, possibleDuplicates, entry, identifiers, type, volume, pages, citations,
             citationsByYear, sources, keywords, retraction, details
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(id: try c.decode(String.self, forKey: .id), title: try c.decode(String.self, forKey: .title),
                  authors: try c.decode([Author].self, forKey: .authors),
                  authorsTruncated: try c.decode(Bool.self, forKey: .authorsTruncated),
                  owner: try c.decode(Owner.self, forKey: .owner),
                  affiliation: try c.decodeIfPresent(String.self, forKey: .affiliation),
                  venue: try c.decodeIfPresent(String.self, forKey: .venue),
                  date: try c.decodeIfPresent(PaperDate.self, forKey: .date),
                  category: try c.decodeIfPresent(String.self, forKey: .category),
                  score: try c.decodeIfPresent(Double.self, forKey: .score),
                  hasCode: try c.decode(Bool.self, forKey: .hasCode),
                  codeLink: try c.decodeIfPresent(String.self, forKey: .codeLink),
                  abstract: try c.decode(String.self, forKey: .abstract), links: try c.decode([String].self, forKey: .links),
                  source: try c.decode(SourceLocation.self, forKey: .source),
                  possibleDuplicates: try c.decode([String].self, forKey: .possibleDuplicates),
                  entry: try c.decodeIfPresent(BibTeXEntry.self, forKey: .entry))
        identifiers = try c.decode(PaperIdentifiers.self, forKey: .identifiers)
        type = try c.decodeIfPresent(PublicationType.self, forKey: .type)
        volume = try c.decodeIfPresent(String.self, forKey: .volume)
        pages = try c.decodeIfPresent(String.self, forKey: .pages)
        citations = try c.decodeIfPresent(CitationCount.self, forKey: .citations)
        citationsByYear = try c.decode([YearCount].self, forKey: .citationsByYear)
        sources = try c.decode([PaperSource].self, forKey: .sources)
        keywords = try c.decode([String].self, forKey: .keywords)
        retraction = try c.decodeIfPresent(Retraction.self, forKey: .retraction)
        details = try c.decodeIfPresent(PaperDetails.self, forKey: .details) ?? PaperDetails()
    }

    /// Every key is always written, unknown values as `null`, so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encode(authorsTruncated, forKey: .authorsTruncated)
        try c.encode(owner, forKey: .owner)
        try c.encode(affiliation, forKey: .affiliation)
        try c.encode(venue, forKey: .venue)
        try c.encode(date, forKey: .date)
        try c.encode(category, forKey: .category)
        try c.encode(score, forKey: .score)
        try c.encode(hasCode, forKey: .hasCode)
        try c.encode(codeLink, forKey: .codeLink)
        try c.encode(abstract, forKey: .abstract)
        try c.encode(links, forKey: .links)
        try c.encode(source, forKey: .source)
        try c.encode(possibleDuplicates, forKey: .possibleDuplicates)
        try c.encode(entry, forKey: .entry)
        try c.encode(identifiers, forKey: .identifiers)
        try c.encode(type, forKey: .type)
        try c.encode(volume, forKey: .volume)
        try c.encode(pages, forKey: .pages)
        try c.encode(citations, forKey: .citations)
        try c.encode(citationsByYear, forKey: .citationsByYear)
        try c.encode(sources, forKey: .sources)
        try c.encode(keywords, forKey: .keywords)
        try c.encode(retraction, forKey: .retraction)
        try c.encode(details, forKey: .details)
    }
}

/// A BibTeX entry as read: its type, key and fields in file order. Field values are kept as
/// written back: `{…}`, a bare month macro or number, or, where a value uses macros or `#`, as it
/// was written (`jacm`, `ieee # { Trans.}`), with its expanded text in `expansions`.
public struct BibTeXEntry: Sendable, Hashable, Codable {
    public struct Field: Sendable, Hashable, Codable {
        /// Lowercase.
        public var name: String
        /// The value as it is written back.
        public var raw: String

        public init(name: String, raw: String) {
            self.name = name
            self.raw = raw
        }

        /// The value without its outer braces (for a value with macros, see `BibTeXEntry.expansions`).
        public var text: String {
            let u = raw.utf8
            guard u.count >= 2, u.first == UInt8(ascii: "{"), u.last == UInt8(ascii: "}") else { return raw }
            return String(decoding: u.dropFirst().dropLast(), as: UTF8.self)
        }

        /// The macros a value as written names (lowercase), in order: the words outside braces and
        /// quotes that are not numbers (`acm # { Press}` names `acm`).
        public static func macroNames(in raw: String) -> [String] {
            var names: [String] = []
            var depth = 0, inQuote = false, escaped = false
            var word: [UInt8] = []
            func flush() {
                if !word.isEmpty, !(word[0] >= 0x30 && word[0] <= 0x39) {
                    names.append(String(decoding: word, as: UTF8.self).lowercased())
                }
                word.removeAll()
            }
            for c in raw.utf8 {
                if escaped { escaped = false; continue }
                if c == UInt8(ascii: "\\") { escaped = true; continue }
                if c == UInt8(ascii: "{") { flush(); depth += 1; continue }
                if c == UInt8(ascii: "}") { depth -= 1; continue }
                if depth == 0, c == UInt8(ascii: "\"") { flush(); inQuote.toggle(); continue }
                if depth > 0 || inQuote { continue }
                if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == UInt8(ascii: "#") { flush() } else { word.append(c) }
            }
            flush()
            return names
        }
    }

    /// Lowercase: `article`, `inproceedings`, `misc`, …
    public var type: String
    public var key: String
    public var fields: [Field]
    /// For the fields whose value uses macros or `#` (few): field name to the value with its
    /// macros expanded (an undefined macro stands as its name). Empty for nearly every entry.
    public var expansions: [String: String]

    public init(type: String, key: String, fields: [Field], expansions: [String: String] = [:]) {
        self.type = type
        self.key = key
        self.fields = fields
        self.expansions = expansions
    }

    /// A field's text, macros expanded, without its outer braces.
    public subscript(name: String) -> String? {
        if !expansions.isEmpty, let x = expansions[name] { return x }
        return fields.first { $0.name == name }?.text
    }

    /// A field's text, macros expanded.
    public func text(of field: Field) -> String {
        if !expansions.isEmpty, let x = expansions[field.name] { return x }
        return field.text
    }

    private enum CodingKeys: String, CodingKey { case type, key, fields }
    private enum FieldKeys: String, CodingKey { case name, raw, expanded }

    /// Fields as `{"name", "raw", "expanded"}`, `expanded` null where no macro is used.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(type, forKey: .type)
        try c.encode(key, forKey: .key)
        var list = c.nestedUnkeyedContainer(forKey: .fields)
        for f in fields {
            var fc = list.nestedContainer(keyedBy: FieldKeys.self)
            try fc.encode(f.name, forKey: .name)
            try fc.encode(f.raw, forKey: .raw)
            try fc.encode(expansions[f.name], forKey: .expanded)
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        type = try c.decode(String.self, forKey: .type)
        key = try c.decode(String.self, forKey: .key)
        var list = try c.nestedUnkeyedContainer(forKey: .fields)
        fields = []
        expansions = [:]
        while !list.isAtEnd {
            let fc = try list.nestedContainer(keyedBy: FieldKeys.self)
            let f = Field(name: try fc.decode(String.self, forKey: .name), raw: try fc.decode(String.self, forKey: .raw))
            if let x = try fc.decodeIfPresent(String.self, forKey: .expanded) { expansions[f.name] = x }
            fields.append(f)
        }
    }
}

/// What a BibTeX file holds besides its entries, kept so an export stands alone and compiles as
/// the original did.
public struct BibTeXFileParts: Sendable, Hashable, Codable {
    public struct Macro: Sendable, Hashable, Codable {
        /// Lowercase.
        public var name: String
        /// The value as written (`"Journal of the ACM"`, `ieee # { Trans.}`).
        public var raw: String
        /// Expanded.
        public var text: String
    }

    /// The file, as the reader names it (`<stdin>` for standard input).
    public var file: String = ""
    /// `@string` definitions in file order.
    public var macros: [Macro] = []
    /// `@xdata` entries: no papers, but the fields they lend are written with the entries that use them.
    public var xdata: [BibTeXEntry] = []
    /// `@preamble` values as written (`"\providecommand{\bibcyr}[1]{#1}"`).
    public var preambles: [String] = []
    /// `@comment` bodies, as written (JabRef keeps its groups there).
    public var comments: [String] = []

    public init(file: String = "", macros: [Macro] = [], preambles: [String] = [], comments: [String] = []) {
        self.file = file
        self.macros = macros
        self.preambles = preambles
        self.comments = comments
    }

    public var isEmpty: Bool { macros.isEmpty && preambles.isEmpty && comments.isEmpty && xdata.isEmpty }
}

extension Paper {
    /// A value every source can give, under the name a BibTeX entry gives it (`doi`, `journal`,
    /// `booktitle`, `volume`, `pages`, `eprint`, `url`, the details: `publisher`, `editor`,
    /// `number`, `isbn`, …), and the other identifiers by scheme
    /// (`dblp`, `openalex`, `s2`, `pmid`): what `name:` in a query looks in when the paper has no
    /// BibTeX entry with that field.
    public func neutralField(_ name: String) -> String? {
        switch name {
        case "doi": return identifiers.doi
        case "eprint", "arxiv": return identifiers.arxiv
        case "journal", "journaltitle": return type == .article || type == .preprint ? venue : nil
        case "booktitle": return type == .inproceedings || type == .incollection ? venue : nil
        case "venue": return venue
        case "volume": return volume
        case "pages": return pages
        case "url": return links.first
        case "dblp": return identifiers[.dblp]
        case "openalex": return identifiers[.openalex]
        case "s2": return identifiers[.s2]
        case "pmid", "pubmed": return identifiers[.pubmed]
        case "type", "entrytype": return type?.rawValue
        case "keywords": return keywords.isEmpty ? nil : keywords.joined(separator: ", ")
        case "publisher", "school", "institution": return details[.publisher]
        case "address", "location": return details[.place]
        case "editor": return details.joined(.editor)
        case "number", "issue": return details[.number]
        case "edition": return details[.edition]
        case "isbn": return details.joined(.isbn)
        case "issn": return details.joined(.issn)
        case "series": return details[.series]
        case "note": return details[.note]
        default: return nil
        }
    }

    /// The names `neutralField` has a value for.
    var neutralFieldNames: [String] {
        ["doi", "eprint", "journal", "booktitle", "venue", "volume", "pages", "url", "dblp", "openalex", "s2", "pmid", "type", "keywords",
         "publisher", "address", "editor", "number", "issue", "edition", "isbn", "issn", "series", "note"]
            .filter { neutralField($0) != nil }
    }
}
