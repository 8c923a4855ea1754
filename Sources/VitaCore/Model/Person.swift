import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One author as written on a paper, with the key that identifies the person across papers.
public struct Author: Sendable, Hashable, Codable {
    public var name: String
    public var key: String
    /// The family name where the source says which it is (`van den Heuvel`, or a corporate name
    /// written whole, `World Health Organization`); nil when only the whole name is known.
    public var family: String?
    /// ORCID, DBLP pid, OpenAlex and Semantic Scholar ids, where a source gives them.
    public var ids: AuthorIdentifiers?
    /// Where the author was when the paper appeared, as the source names it (OpenAlex's
    /// institutions, arXiv's `arxiv:affiliation`, Crossref's `affiliation`, PubMed's `AD`, Web of
    /// Science's `C1`), each once, in the source's order; empty when the source says nothing.
    public var affiliations: [String] = []

    public init(name: String, family: String? = nil, ids: consuming AuthorIdentifiers? = nil) {
        self.name = name
        self.key = NameKey.make(name)
        self.family = family ?? (Self.namesAGroup(name) ? name : nil)
        // Taken, not copied (a copy retained each of its four strings, for every author read).
        self.ids = ids?.isEmpty == true ? nil : ids
    }

    public init(name: String, key: String, family: String? = nil) {
        self.name = name
        self.key = key
        self.family = family
    }

    /// Whether a name of more than one word ends in a word that names a group among a paper's
    /// authors (arXiv's `ATLAS Collaboration`, `Gemini Team`, `SPRINT Investigators`; OpenAlex's
    /// and Semantic Scholar's alike): Collaboration, Collaborators, Investigators, Consortium,
    /// Initiative, Organization (Organisation), Association, Committee, Alliance, Project,
    /// Society, Council, Network, Group, Team. Such a name, where the source does not say which
    /// part is the family name, is a name written whole, as CSL's `literal` is. Looked at in its
    /// bytes, with nothing made, since every author of a source that gives no family name is asked.
    static func namesAGroup(_ name: String) -> Bool {
        var name = name
        return name.withUTF8 { u in
            guard u.count > 5, let last = u.last, last >= 0x61, last <= 0x7A else { return false }
            var start = u.count - 1
            while start > 0, u[start - 1] != 0x20 { start -= 1 }
            let n = u.count - start
            guard start > 0, u[start] >= 0x41, u[start] <= 0x5A else { return false }
            let word = u.baseAddress! + start
            func `is`(_ w: StaticString) -> Bool { memcmp(w.utf8Start, word, n) == 0 }
            switch n {
            case 4: return `is`("Team")
            case 5: return `is`("Group")
            case 7: return `is`("Project") || `is`("Society") || `is`("Council") || `is`("Network")
            case 8: return `is`("Alliance")
            case 9: return `is`("Committee")
            case 10: return `is`("Consortium") || `is`("Initiative")
            case 11: return `is`("Association")
            case 12: return `is`("Organization") || `is`("Organisation")
            case 13: return `is`("Collaboration") || `is`("Collaborators") || `is`("Investigators")
            default: return false
            }
        }
    }

    private enum CodingKeys: String, CodingKey { case name, key, family, ids, affiliations }

    /// Every key always written (`family` as null when unknown, `affiliations` as `[]`), so the
    /// JSON shape never changes.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(name, forKey: .name)
        try c.encode(key, forKey: .key)
        try c.encode(family, forKey: .family)
        try c.encode(ids, forKey: .ids)
        try c.encode(affiliations, forKey: .affiliations)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        self.init(name: try c.decode(String.self, forKey: .name), key: try c.decode(String.self, forKey: .key),
                  family: try c.decodeIfPresent(String.self, forKey: .family))
        ids = try c.decodeIfPresent(AuthorIdentifiers.self, forKey: .ids)
        affiliations = try c.decodeIfPresent([String].self, forKey: .affiliations) ?? []
    }

    /// Adds the places a source names for this author (each a line of text), each once; `pool`
    /// gives one string for a place many authors of a file share.
    public mutating func addAffiliations(_ names: [String?]) { FieldText.addPlaces(names, to: &affiliations) }

    mutating func addAffiliations(_ names: [String?], pool: StringPool) { FieldText.addPlaces(names, to: &affiliations, pool: pool) }

    /// The name a short author list shows: the family name, else the last word of the name.
    public var shortName: String {
        if let family, !family.isEmpty { return family }
        // The last word: for an ASCII name found from its bytes, with no list of words made (a
        // listing asks this of every author it shows).
        let u = name.utf8
        if u.allSatisfy({ $0 < 0x80 }) {
            guard let last = u.lastIndex(where: { $0 != 0x20 }) else { return name }
            let start = u[..<last].lastIndex(of: 0x20).map(u.index(after:)) ?? u.startIndex
            return String(name[start...last])
        }
        return name.split(separator: " ").last.map(String.init) ?? name
    }
}

/// A person of the library: the display name (as first seen) and the normalised key.
public struct Person: Sendable, Hashable, Codable {
    public var name: String
    public var key: String
    /// Ids of the papers this person is a visible author of, in library order.
    public var paperIDs: [String]

    public init(name: String, key: String, paperIDs: [String] = []) {
        self.name = name
        self.key = key
        self.paperIDs = paperIDs
    }
}
