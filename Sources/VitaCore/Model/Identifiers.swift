/// The schemes a paper is known by outside any one file.
public enum IdentifierScheme: String, Sendable, Hashable, Codable, CaseIterable {
    case doi, arxiv, dblp, openalex, s2, orcidPutCode = "orcid-put-code", pubmed

    /// How `vita show` labels it.
    public var label: String {
        switch self {
        case .doi: "DOI"
        case .arxiv: "arXiv"
        case .dblp: "DBLP"
        case .openalex: "OpenAlex"
        case .s2: "Semantic Scholar"
        case .orcidPutCode: "ORCID put-code"
        case .pubmed: "PubMed"
        }
    }
}

/// A paper's identifiers, normalised so that two sources that name the same work agree:
/// DOIs lowercase without `https://doi.org/`, arXiv ids without `arXiv:` or a version,
/// OpenAlex ids as `W…` without the URL. Kept as a short list (most papers have one or two).
public struct PaperIdentifiers: Sendable, Hashable, Codable {
    public private(set) var items: [Item]

    public struct Item: Sendable, Hashable, Codable {
        public var scheme: IdentifierScheme
        public var value: String
    }

    public init() { items = [] }

    /// As stored (a snapshot): values already normalised, one per scheme.
    init(items: [Item]) { self.items = items }

    public var isEmpty: Bool { items.isEmpty }

    public subscript(scheme: IdentifierScheme) -> String? {
        get { items.first { $0.scheme == scheme }?.value }
        set {
            if items.contains(where: { $0.scheme == scheme }) { items.removeAll { $0.scheme == scheme } }
            guard let newValue, let v = Self.normalise(newValue, as: scheme) else { return }
            // Most papers get two or three: room for them at once, not grown one by one.
            if items.capacity == 0 { items.reserveCapacity(3) }
            items.append(Item(scheme: scheme, value: v))
            // arXiv's own DOI (`10.48550/arxiv.2401.00001`) names the preprint: its arXiv id is
            // known too, so the paper matches a source that gives only that id, and its BibTeX
            // has an `eprint`.
            if scheme == .doi, v.hasASCIIPrefix(Self.arxivDOIPrefix), !items.contains(where: { $0.scheme == .arxiv }),
               let id = Self.normalise(v, as: .arxiv) {
                items.append(Item(scheme: .arxiv, value: id))
            }
        }
    }

    /// The prefix of the DOIs arXiv gives its preprints, as a normalised DOI has it.
    static let arxivDOIPrefix = "10.48550/arxiv."

    /// Sets a scheme only when the paper has none yet (the first source to say wins).
    public mutating func add(_ scheme: IdentifierScheme, _ value: String?) {
        guard self[scheme] == nil, let value else { return }
        self[scheme] = value
    }

    /// Every identifier of `other` that this list lacks.
    public mutating func fill(from other: PaperIdentifiers) {
        // An empty list takes the other's as it is (shared, not copied item by item).
        if items.isEmpty { items = other.items; return }
        guard other.items.contains(where: { self[$0.scheme] == nil }) else { return }
        items.reserveCapacity(items.count + other.items.count)
        for item in other.items where self[item.scheme] == nil { items.append(item) }
    }

    public var doi: String? { self[.doi] }
    public var arxiv: String? { self[.arxiv] }

    /// The canonical form of an identifier, or nil when the text is not one.
    public static func normalise(_ raw: String, as scheme: IdentifierScheme) -> String? {
        var s = raw.trimmingWhitespace()
        guard !s.isEmpty else { return nil }
        switch scheme {
        case .doi:
            return doi(s)
        case .arxiv:
            for prefix in ["https://arxiv.org/abs/", "http://arxiv.org/abs/", "https://arxiv.org/pdf/", "http://arxiv.org/pdf/", "arxiv:", "arXiv:"]
            where s.hasASCIIPrefix(prefix, ignoringCase: true) { s = s.droppingASCII(prefix) }
            if s.hasSuffix(".pdf") { s.removeLast(4) }
            // A version (`v2`) is not part of the work's identity.
            if let v = s.lastIndex(of: "v"), v != s.startIndex, s[s.index(after: v)...].allSatisfy(\.isNumber),
               s.index(after: v) != s.endIndex, s[s.index(before: v)].isNumber {
                s = String(s[..<v])
            }
            if s.hasASCIIPrefix(arxivDOIPrefix, ignoringCase: true) { s = s.droppingASCII(arxivDOIPrefix) }
            return s.isEmpty ? nil : s
        case .openalex:
            s = s.afterLastSlash
            if s.utf8.contains(where: { $0 >= 0x61 && $0 <= 0x7A || $0 >= 0x80 }) { s = s.uppercased() }
            return s.isEmpty ? nil : s
        case .dblp:
            for prefix in Self.dblpPrefixes where s.hasASCIIPrefix(prefix) { s = s.droppingASCII(prefix) }
            if s.utf8.suffix(5).elementsEqual(".html".utf8) { s = String(decoding: s.utf8.dropLast(5), as: UTF8.self) }
            return s.isEmpty ? nil : s
        case .s2:
            s = s.afterLastSlash
            if s.utf8.contains(where: { $0 >= 0x41 && $0 <= 0x5A || $0 >= 0x80 }) { s = s.lowercased() }
            return s.isEmpty ? nil : s
        case .orcidPutCode, .pubmed:
            return s
        }
    }

    static let doiPrefixes = ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/", "doi.org/", "doi:"]
    /// The same as bytes, compared in place.
    static let doiPrefixBytes = doiPrefixes.map { Array($0.utf8) }
    static let dblpPrefixes = ["https://dblp.org/rec/", "http://dblp.org/rec/", "DBLP:"]

    /// A DOI lowercased, without the resolver's address (`https://doi.org/`) or `doi:`. An ASCII
    /// DOI (nearly all) is read from its bytes: lowercased once, after the prefix, or given back
    /// as it is when it is already so.
    static func doi(_ raw: String) -> String? {
        enum Answer { case doi(String?), same, notASCII }
        var raw = raw
        let answer = raw.withUTF8 { b -> Answer in
            if b.contains(where: { $0 >= 0x80 }) { return .notASCII }
            @inline(__always) func lower(_ c: UInt8) -> UInt8 { c >= 0x41 && c <= 0x5A ? c | 0x20 : c }
            var start = 0
            for prefix in doiPrefixBytes where b.count - start >= prefix.count {
                var k = 0
                while k < prefix.count, lower(b[start + k]) == prefix[k] { k += 1 }
                if k == prefix.count { start += k }
            }
            let rest = UnsafeBufferPointer(rebasing: b[start...])
            guard rest.count > 3, rest[0] == 0x31, rest[1] == 0x30, rest[2] == 0x2E, rest.contains(0x2F) else { return .doi(nil) }
            if start == 0, !rest.contains(where: { $0 >= 0x41 && $0 <= 0x5A }) { return .same }
            return .doi(String(unsafeUninitializedCapacity: rest.count) { out in
                for k in 0..<rest.count { out[k] = lower(rest[k]) }
                return rest.count
            })
        }
        switch answer {
        case .doi(let doi): return doi
        case .same: return raw
        case .notASCII:
            var s = raw.lowercased()
            for prefix in doiPrefixes where s.hasASCIIPrefix(prefix) { s = s.droppingASCII(prefix) }
            return s.hasASCIIPrefix("10.") && s.utf8.contains(UInt8(ascii: "/")) ? s : nil
        }
    }
}

/// A person's identifiers, as the sources give them.
public struct AuthorIdentifiers: Sendable, Hashable, Codable {
    /// `0000-0002-1825-0097`, without `https://orcid.org/`.
    public var orcid: String?
    /// DBLP's person id (`12/3456`) or, where only the name is known, the name with its homonym
    /// number (`Manish Singh 0001`).
    public var dblp: String?
    /// `A…`, without the URL.
    public var openalex: String?
    public var s2: String?

    public init(orcid: String? = nil, dblp: String? = nil, openalex: String? = nil, s2: String? = nil) {
        self.orcid = orcid.flatMap(Self.normaliseORCID)
        self.dblp = dblp
        self.openalex = openalex.flatMap { PaperIdentifiers.normalise($0, as: .openalex) }
        self.s2 = s2
    }

    public var isEmpty: Bool { orcid == nil && dblp == nil && openalex == nil && s2 == nil }

    /// One identifier with its scheme, for matching people across sources.
    public struct Key: Hashable, Sendable {
        public var scheme: UInt8
        public var value: String
    }

    /// The values in a stable order, each with its scheme, for matching.
    public var keys: [Key] {
        var out: [Key] = []
        out.reserveCapacity(2)
        if let orcid { out.append(Key(scheme: 0, value: orcid)) }
        if let dblp { out.append(Key(scheme: 1, value: dblp)) }
        if let openalex { out.append(Key(scheme: 2, value: openalex)) }
        if let s2 { out.append(Key(scheme: 3, value: s2)) }
        return out
    }

    /// `keys`, one by one, without making a list.
    @inline(__always) func forEachKey(_ body: (Key) -> Void) {
        if let orcid { body(Key(scheme: 0, value: orcid)) }
        if let dblp { body(Key(scheme: 1, value: dblp)) }
        if let openalex { body(Key(scheme: 2, value: openalex)) }
        if let s2 { body(Key(scheme: 3, value: s2)) }
    }

    public mutating func fill(from other: AuthorIdentifiers) {
        orcid = orcid ?? other.orcid
        dblp = dblp ?? other.dblp
        openalex = openalex ?? other.openalex
        s2 = s2 ?? other.s2
    }

    /// `0000-0002-1825-0097` from any of its written forms, or nil when it is not one (16 digits,
    /// the last may be X).
    public static func normaliseORCID(_ raw: String) -> String? {
        // Already in its canonical form (as DBLP gives it): kept as it is, no list and no string made.
        var text = raw
        let canonical = text.withUTF8 { b in
            b.count == 19 && (0..<19).allSatisfy { k in
                k % 5 == 4 ? b[k] == UInt8(ascii: "-") : (b[k] >= 0x30 && b[k] <= 0x39) || (k == 18 && b[k] == UInt8(ascii: "X"))
            }
        }
        if canonical { return raw }
        // ASCII digits and X only, byte by byte (every reader calls this for every author).
        var digits: [UInt8] = []
        digits.reserveCapacity(16)
        for b in raw.utf8 {
            if b >= 0x30 && b <= 0x39 || b == UInt8(ascii: "X") || b == UInt8(ascii: "x") {
                digits.append(b == UInt8(ascii: "x") ? UInt8(ascii: "X") : b)
                if digits.count > 16 { return nil }
            }
        }
        guard digits.count == 16, !digits.dropLast().contains(UInt8(ascii: "X")) else { return nil }
        var out = [UInt8]()
        out.reserveCapacity(19)
        for (k, b) in digits.enumerated() {
            if k > 0, k % 4 == 0 { out.append(UInt8(ascii: "-")) }
            out.append(b)
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// How often a paper has been cited, by whom that was counted and when.
public struct CitationCount: Sendable, Hashable, Codable {
    public var count: Int
    /// The format id of the source that counted (`openalex`, `s2`, `profile`).
    public var source: String
    /// When it was counted, where the source says (`2024-05-01`), else nil.
    public var asOf: String?

    public init(count: Int, source: String, asOf: String? = nil) {
        self.count = count
        self.source = source
        self.asOf = asOf
    }
}

/// A count for one year (citations received, papers written).
public struct YearCount: Sendable, Hashable, Codable {
    public var year: Int
    public var count: Int

    public init(year: Int, count: Int) {
        self.year = year
        self.count = count
    }
}

/// The kind of publication, in the few kinds every source can be mapped to.
public enum PublicationType: String, Sendable, Hashable, Codable, CaseIterable {
    case article, inproceedings, proceedings, incollection, book, phdthesis, mastersthesis,
         report, preprint, dataset, other

    /// The BibTeX entry type a writer uses.
    public var bibtexType: String {
        switch self {
        case .article: "article"
        case .inproceedings: "inproceedings"
        case .proceedings: "proceedings"
        case .incollection: "incollection"
        case .book: "book"
        case .phdthesis: "phdthesis"
        case .mastersthesis: "mastersthesis"
        case .report: "techreport"
        case .preprint, .dataset, .other: "misc"
        }
    }

    /// A book, a volume of proceedings, a thesis or a report: where it appeared is its
    /// publisher (its school, its institution) when nothing else is named.
    public var appearsAsItsPublisher: Bool {
        self == .book || self == .proceedings || self == .phdthesis || self == .mastersthesis || self == .report
    }
}

/// A paper taken back: retracted by its journal (misconduct, error), or withdrawn (by its authors
/// or its server, as arXiv and DBLP's CoRR say). Where a source says it: OpenAlex's `is_retracted`,
/// Crossref's `updated-by`, PubMed's `Retracted Publication`, DBLP's `publtype`, CSL's `status`,
/// biblatex's `pubstate`, and a title the publisher marked (`RETRACTED: …`).
public enum Retraction: String, Sendable, Hashable, Codable, CaseIterable {
    case retracted, withdrawn

    /// The stronger of two: a retraction says more than a withdrawal.
    public static func strongest(_ a: Retraction?, _ b: Retraction?) -> Retraction? {
        a == .retracted || b == .retracted ? .retracted : a ?? b
    }

    /// A status as CSL's `status` or biblatex's `pubstate` writes it (`retracted`, `Withdrawn`).
    public init?(status: String) {
        switch status.trimmingWhitespace().lowercased() {
        case "retracted", "retraction": self = .retracted
        case "withdrawn", "withdrawal": self = .withdrawn
        default: return nil
        }
    }

    /// What a publisher puts before the title of a paper it retracted: `RETRACTED: …` (Elsevier,
    /// Wiley, Sage), `RETRACTED ARTICLE: …` (Springer), `WITHDRAWN: …`. Capitals only: a notice
    /// of retraction is titled `Retracted: …` (Hindawi) or `Retraction notice to …`, and is not
    /// itself taken back.
    public init?(title: String) {
        guard let (kind, _) = Self.marker(in: title) else { return nil }
        self = kind
    }

    /// The kind a title's marker says, and how many characters it takes (`RETRACTED: ` is 11).
    public static func marker(in title: String) -> (Retraction, characters: Int)? {
        var t = title.utf8[...]
        while let c = t.first, c == 0x20 || c == 0x5B || c == 0x28 { t = t.dropFirst() }   // space, [ (
        // Asked of every title read: most begin with another letter.
        guard let c = t.first, c == 0x52 || c == 0x57 else { return nil }   // R, W
        for (prefix, kind) in Self.titlePrefixes where t.starts(with: prefix.utf8) {
            // A colon or a closing bracket follows (`[RETRACTED]`): not a title in capitals that
            // begins with the word.
            guard let next = t.dropFirst(prefix.utf8.count).first, next == 0x3A || next == 0x5D || next == 0x29 else { continue }
            // Through the colon or bracket and the spaces after it (all ASCII: a byte a character).
            var rest = t.dropFirst(prefix.utf8.count + 1)
            while rest.first == 0x20 { rest = rest.dropFirst() }
            return (kind, title.utf8.distance(from: title.utf8.startIndex, to: rest.startIndex))
        }
        return nil
    }

    private static let titlePrefixes: [(String, Retraction)] = [("RETRACTED ARTICLE", .retracted), ("RETRACTED", .retracted), ("WITHDRAWN", .withdrawn)]
}

/// One record a paper was read from: its format, where it is, and which of the paper's values it
/// gave (`title`, `authors`, `citations`, …).
public struct PaperSource: Sendable, Hashable, Codable {
    /// The format id (`dblp`, `bibtex`, …).
    public var format: String
    public var location: SourceLocation
    /// For a record in JSON, its path (`results[3]`).
    public var path: String?
    public var fields: [String]

    public init(format: String, location: SourceLocation, path: String? = nil, fields: [String] = []) {
        self.format = format
        self.location = location
        self.path = path
        self.fields = fields
    }

    public var description: String {
        // A JSON Lines record's path is its line, which the location already says.
        guard let path, path != "line \(location.line)" else { return "\(location)" }
        return "\(location) \(path)"
    }
}

extension String {
    /// Without white space (of any kind, line ends too) at either end.
    public func trimmingWhitespace() -> String {
        // Nearly every value begins and ends with a visible ASCII character: nothing to trim.
        // Looked at in the bytes (the UTF-8 view's `last` took eighty instructions).
        var text = self
        let plain = text.withUTF8 { b in
            guard let f = b.first, let l = b.last else { return false }
            return f > 0x20 && f < 0x7F && l > 0x20 && l < 0x7F
        }
        if plain { return self }
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }

    /// Whether the text's bytes begin with those of an ASCII `prefix` (any case of its letters
    /// with `ignoringCase`): no characters made, no lowercased copy.
    func hasASCIIPrefix(_ prefix: String, ignoringCase: Bool = false) -> Bool {
        var text = utf8.makeIterator()
        for p in prefix.utf8 {
            guard let b = text.next() else { return false }
            if b == p { continue }
            guard ignoringCase, b | 0x20 == p | 0x20, b | 0x20 >= 0x61, b | 0x20 <= 0x7A else { return false }
        }
        return true
    }

    /// The text after its last `/` (the last part of an address), else the text itself; found
    /// in the bytes.
    var afterLastSlash: String {
        guard let slash = utf8.lastIndex(of: UInt8(ascii: "/")) else { return self }
        return String(self[utf8.index(after: slash)...])
    }

    /// The text after an ASCII `prefix` it begins with (bytes counted, not characters).
    func droppingASCII(_ prefix: String) -> String {
        String(decoding: utf8.dropFirst(prefix.utf8.count), as: UTF8.self)
    }

    /// `lowercased() == other.lowercased()`, without making either when both are ASCII.
    func equalsIgnoringCase(_ other: String) -> Bool {
        guard utf8.count == other.utf8.count else {
            // Of different lengths, only letters outside ASCII can make them one (`ß` and `SS`).
            func ascii(_ s: String) -> Bool {
                s.utf8.withContiguousStorageIfAvailable { b in b.allSatisfy { $0 < 0x80 } } ?? !s.utf8.contains { $0 >= 0x80 }
            }
            return !(ascii(self) && ascii(other)) && lowercased() == other.lowercased()
        }
        // On the bytes in place (native strings): iterating two UTF-8 views in step costs more
        // than the comparison.
        var answer: Bool?
        _ = utf8.withContiguousStorageIfAvailable { a in
            other.utf8.withContiguousStorageIfAvailable { b in answer = Self.asciiEqualsIgnoringCase(a, b) }
        }
        if let answer { return answer }
        for (x, y) in zip(utf8, other.utf8) where x != y {
            if x >= 0x80 || y >= 0x80 { return lowercased() == other.lowercased() }
            if x | 0x20 != y | 0x20 || !(x | 0x20 >= 0x61 && x | 0x20 <= 0x7A) { return false }
        }
        return true
    }

    /// Two byte strings of one length equal but for the case of ASCII letters; nil when a byte
    /// that differs is not ASCII (the caller then compares lowercased text).
    private static func asciiEqualsIgnoringCase(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool? {
        for k in 0..<a.count {
            let x = a[k], y = b[k]
            if x == y { continue }
            if x >= 0x80 || y >= 0x80 { return nil }
            if x | 0x20 != y | 0x20 || !(x | 0x20 >= 0x61 && x | 0x20 <= 0x7A) { return false }
        }
        return true
    }
}
