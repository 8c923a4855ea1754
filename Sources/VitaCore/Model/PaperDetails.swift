/// What a bibliography says of a paper besides its title, authors, date and where it appeared:
/// what a citation of a book, a chapter or a report needs, and what is lost when a paper goes
/// from one format to another without it.
public enum DetailKind: String, Sendable, Hashable, Codable, CaseIterable {
    /// The publisher; for a thesis the school, for a report the institution.
    case publisher
    /// Where the publisher is (`address`, `publisher-place`, RIS's `CY`).
    case place
    /// One editor, a name shown as it is read (`Ann Smith`); as many as the source names.
    case editor
    /// The issue of a journal, or a report's number.
    case number
    case edition
    /// ISBN and ISSN: as many as the source gives (print and electronic).
    case isbn, issn
    /// The series a book or a volume of proceedings is in.
    case series
    case note

    /// How `vita show` labels it.
    public var label: String {
        switch self {
        case .publisher: "Publisher"
        case .place: "Place"
        case .editor: "Editor"
        case .number: "Number"
        case .edition: "Edition"
        case .isbn: "ISBN"
        case .issn: "ISSN"
        case .series: "Series"
        case .note: "Note"
        }
    }

    /// Kinds a source may give several of.
    public var isList: Bool { self == .editor || self == .isbn || self == .issn }
}

/// A paper's details (`DetailKind`), in the order read. Most papers of large records have none:
/// an empty list costs a paper one word.
public struct PaperDetails: Sendable, Hashable, Codable {
    public private(set) var items: [Item]

    public struct Item: Sendable, Hashable {
        public var kind: DetailKind
        public var value: String
    }

    public init() { items = [] }

    /// As stored (a snapshot): values already on one line each.
    init(items: [Item]) { self.items = items }

    public var isEmpty: Bool { items.isEmpty }

    /// The first value of a kind.
    public subscript(kind: DetailKind) -> String? { items.first { $0.kind == kind }?.value }

    /// Every value of a kind, in the order read.
    public func all(_ kind: DetailKind) -> [String] { items.compactMap { $0.kind == kind ? $0.value : nil } }

    /// Every value of a kind joined by `, `; nil when there is none.
    public func joined(_ kind: DetailKind) -> String? {
        let values = all(kind)
        return values.isEmpty ? nil : values.joined(separator: ", ")
    }

    /// Adds a value on one line (nothing when it is empty): one more of a list kind unless it is
    /// there already, else only when the paper has none of that kind (the first source to say wins).
    public mutating func add(_ kind: DetailKind, _ raw: String?) {
        guard let value = FieldText.line(raw) else { return }
        if kind.isList {
            guard !items.contains(where: { $0.kind == kind && $0.value.equalsIgnoringCase(value) }) else { return }
        } else if self[kind] != nil {
            return
        }
        items.append(Item(kind: kind, value: value))
    }

    /// ISBNs or ISSNs given in one text (`0-262-03384-4 978-0-262-03384-8`, `…, …`, `ISBN …`):
    /// each number read as one; the text whole when no part is one.
    public mutating func addNumbers(_ kind: DetailKind, _ raw: String?) {
        guard let raw else { return }
        let parts = raw.split(whereSeparator: { $0 == "," || $0 == ";" || $0 == " " || $0 == "\n" || $0 == "\t" })
            .filter { Self.standardNumberKind(String($0)) != nil }
        if parts.isEmpty { add(kind, raw) } else { for part in parts { add(kind, String(part)) } }
    }

    /// Every kind of `other` that this list has none of; true when any was taken.
    @discardableResult
    public mutating func fill(from other: PaperDetails) -> Bool {
        if items.isEmpty { items = other.items; return !other.items.isEmpty }
        let missing = other.items.filter { item in !items.contains { $0.kind == item.kind } }
        items += missing
        return !missing.isEmpty
    }

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    /// As JSON, one key a kind, always written: a list kind (`editor`, `isbn`, `issn`) an array,
    /// the others a string or null.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: Key.self)
        for kind in DetailKind.allCases {
            let key = Key(stringValue: kind.rawValue)
            if kind.isList { try c.encode(all(kind), forKey: key) } else { try c.encode(self[kind], forKey: key) }
        }
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: Key.self)
        self.init()
        for kind in DetailKind.allCases {
            let key = Key(stringValue: kind.rawValue)
            if kind.isList {
                for v in try c.decodeIfPresent([String].self, forKey: key) ?? [] { add(kind, v) }
            } else {
                add(kind, try c.decodeIfPresent(String.self, forKey: key))
            }
        }
    }

    /// An ISBN or ISSN told apart by its digits (RIS's `SN` and others give either): eight digits
    /// (the last may be X) an ISSN, ten or thirteen an ISBN; nil for anything else.
    public static func standardNumberKind(_ raw: String) -> DetailKind? {
        var digits = 0, xs = 0
        for u in raw.utf8 {
            if u >= 0x30 && u <= 0x39 { digits += 1 } else if u == 0x58 || u == 0x78 { xs += 1 } else if u != 0x2D && u != 0x20 { return nil }
        }
        switch (digits + xs, xs) {
        case (8, 0...1): return .issn
        case (10, 0...1), (13, 0): return .isbn
        default: return nil
        }
    }
}
