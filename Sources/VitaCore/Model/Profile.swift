/// The header of a profile page: who it is and the summary figures the page shows.
public struct Profile: Sendable, Hashable, Codable {
    public var name: String
    /// Primary field, e.g. `CV`.
    public var field: String?
    public var hIndex: Int?
    /// The i10-index the source states (OpenAlex does).
    public var i10Index: Int?
    /// Who states the figures: the profile page, or a service (`OpenAlex`, `Semantic Scholar`).
    public var statedBy: String?
    /// The person's ORCID, DBLP pid, OpenAlex or Semantic Scholar id, where the source gives them.
    public var ids: AuthorIdentifiers?
    /// Where the person is now, as the source states it: DBLP's affiliation notes (not those
    /// labelled former), ORCID's employments with no end, Semantic Scholar's affiliations,
    /// OpenAlex's last known institutions. Each once, in the source's order.
    public var affiliations: [String]
    /// The `34papers` figure of the header.
    public var paperCount: Int?
    public var citationCount: Int?
    /// `Novelty57%` as 57.
    public var noveltyPercent: Int?
    public var aiScore: Int?
    /// The `34 Papers` line that opens the list.
    public var listedPaperCount: Int?
    /// Header lines the reader did not recognise, kept as written (each also has a diagnostic).
    public var otherLines: [String]
    /// Where the header was read from.
    public var source: SourceLocation

    public init(name: String, source: SourceLocation) {
        self.name = name
        self.source = source
        self.otherLines = []
        self.affiliations = []
    }

    /// Adds places as a source writes them: each made one clean line, empty ones and repeats
    /// passed over.
    public mutating func addAffiliations(_ places: [String?]) { FieldText.addPlaces(places, to: &affiliations) }

    /// The key of the owner's name, for matching against authors.
    public var ownerKey: String { NameKey.make(name) }
}

extension Profile {
    enum CodingKeys: String, CodingKey {
        case name, field, hIndex, i10Index, statedBy, ids, affiliations, paperCount, citationCount, noveltyPercent, aiScore
        case listedPaperCount, otherLines, source
    }

    /// Every key is always written, unknown values as `null`.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(field, forKey: .field)
        try c.encode(hIndex, forKey: .hIndex)
        try c.encode(i10Index, forKey: .i10Index)
        try c.encode(statedBy, forKey: .statedBy)
        try c.encode(ids, forKey: .ids)
        try c.encode(affiliations, forKey: .affiliations)
        try c.encode(paperCount, forKey: .paperCount)
        try c.encode(citationCount, forKey: .citationCount)
        try c.encode(noveltyPercent, forKey: .noveltyPercent)
        try c.encode(aiScore, forKey: .aiScore)
        try c.encode(listedPaperCount, forKey: .listedPaperCount)
        try c.encode(otherLines, forKey: .otherLines)
        try c.encode(source, forKey: .source)
    }

    /// Reads what `encode` writes; `affiliations` may be missing (written before they were kept).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), source: try c.decode(SourceLocation.self, forKey: .source))
        field = try c.decodeIfPresent(String.self, forKey: .field)
        hIndex = try c.decodeIfPresent(Int.self, forKey: .hIndex)
        i10Index = try c.decodeIfPresent(Int.self, forKey: .i10Index)
        statedBy = try c.decodeIfPresent(String.self, forKey: .statedBy)
        ids = try c.decodeIfPresent(AuthorIdentifiers.self, forKey: .ids)
        affiliations = try c.decodeIfPresent([String].self, forKey: .affiliations) ?? []
        paperCount = try c.decodeIfPresent(Int.self, forKey: .paperCount)
        citationCount = try c.decodeIfPresent(Int.self, forKey: .citationCount)
        noveltyPercent = try c.decodeIfPresent(Int.self, forKey: .noveltyPercent)
        aiScore = try c.decodeIfPresent(Int.self, forKey: .aiScore)
        listedPaperCount = try c.decodeIfPresent(Int.self, forKey: .listedPaperCount)
        otherLines = try c.decodeIfPresent([String].self, forKey: .otherLines) ?? []
    }
}
