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

    /// Stable within a library: a slug of the title and year (`ske2grid-skeleton-2023`).
    public var id: String
    public var title: String
    public var authors: [Author]
    /// True when the record lists only the first authors (`et al.`, `and others`).
    public var authorsTruncated: Bool
    public var owner: Owner
    public var affiliation: String?
    public var date: PaperDate?
    /// arXiv-style subject, e.g. `CV`, `AI`, `NE`.
    public var category: String?
    public var score: Double?
    public var hasCode: Bool
    /// The repository the abstract points to when the paper carries `Code`.
    public var codeLink: String?
    /// Exactly as written in the record.
    public var abstract: String
    /// Every link in the abstract, in order (bare URLs and `\url{...}`).
    public var links: [String]
    public var source: SourceLocation
    /// Ids of other papers that are likely the same work (same title, or same title head and first author).
    public var possibleDuplicates: [String]
    /// The BibTeX entry the paper was read from, kept whole so it is written back as it was.
    public var entry: BibTeXEntry?

    public init(id: String = "", title: String, authors: [Author] = [], authorsTruncated: Bool = false,
                owner: Owner = .none, affiliation: String? = nil, date: PaperDate? = nil,
                category: String? = nil, score: Double? = nil, hasCode: Bool = false,
                codeLink: String? = nil, abstract: String = "", links: [String] = [],
                source: SourceLocation, possibleDuplicates: [String] = [], entry: BibTeXEntry? = nil) {
        self.id = id
        self.title = title
        self.authors = authors
        self.authorsTruncated = authorsTruncated
        self.owner = owner
        self.affiliation = affiliation
        self.date = date
        self.category = category
        self.score = score
        self.hasCode = hasCode
        self.codeLink = codeLink
        self.abstract = abstract
        self.links = links
        self.source = source
        self.possibleDuplicates = possibleDuplicates
        self.entry = entry
    }

    public var year: Int? { date?.year }
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
    /// Every key is always written, unknown values as `null`, so the JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(authors, forKey: .authors)
        try c.encode(authorsTruncated, forKey: .authorsTruncated)
        try c.encode(owner, forKey: .owner)
        try c.encode(affiliation, forKey: .affiliation)
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
    }
}

/// A BibTeX entry as read: its type, key and fields in file order. Field values are kept as
/// BibTeX source (`{…}` or a bare month macro or number), macros and `#` already resolved.
public struct BibTeXEntry: Sendable, Hashable, Codable {
    public struct Field: Sendable, Hashable, Codable {
        /// Lowercase.
        public var name: String
        /// The value as it is written back: `{text}`, or bare `aug` / `2023`.
        public var raw: String

        public init(name: String, raw: String) {
            self.name = name
            self.raw = raw
        }

        /// The value without its outer braces.
        public var text: String {
            let u = raw.utf8
            guard u.count >= 2, u.first == UInt8(ascii: "{"), u.last == UInt8(ascii: "}") else { return raw }
            return String(decoding: u.dropFirst().dropLast(), as: UTF8.self)
        }
    }

    /// Lowercase: `article`, `inproceedings`, `misc`, …
    public var type: String
    public var key: String
    public var fields: [Field]

    public init(type: String, key: String, fields: [Field]) {
        self.type = type
        self.key = key
        self.fields = fields
    }

    public subscript(name: String) -> String? {
        fields.first { $0.name == name }?.text
    }
}
