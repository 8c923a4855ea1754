import Foundation

/// Citation keys from a JabRef-style pattern. The default, `[auth:lower][year][veryshorttitle:lower]`,
/// gives the keys people know from Google Scholar: `cai2023ske2grid`.
///
/// Fields: `[auth]` first author's last name, `[authEtAl]` (`Yao`, `YaoLi`, `YaoEtAl`),
/// `[authors]` all last names, `[year]`, `[shortyear]`, `[title]` every word capitalised,
/// `[shorttitle]` the first three significant words, `[veryshorttitle]` the first one. A field
/// may end in `:lower` or `:upper`; text outside brackets is copied. Keys keep only ASCII letters,
/// digits and `-_:.`; accents are dropped (`Müller` → `Muller`).
public struct CitationKeyPattern: Sendable {
    public static let `default` = CitationKeyPattern(validated: "[auth:lower][year][veryshorttitle:lower]")

    enum Part: Sendable {
        case literal(String)
        case field(String, modifier: String?)
    }

    let parts: [Part]
    static let fields: Set<String> = ["auth", "autheta", "authetal", "authors", "year", "shortyear",
                                      "title", "shorttitle", "veryshorttitle"]

    /// Nil, with a message, when the pattern names a field Vita does not know or leaves a bracket open.
    public init(_ pattern: String) throws {
        var parts: [Part] = []
        var rest = Substring(pattern)
        while !rest.isEmpty {
            if rest.first == "[" {
                guard let close = rest.firstIndex(of: "]") else {
                    throw CitationKeyError(message: "unclosed '[' in key pattern '\(pattern)'")
                }
                let inner = rest[rest.index(after: rest.startIndex)..<close]
                let bits = inner.split(separator: ":", maxSplits: 1)
                let name = String(bits.first ?? "")
                guard Self.fields.contains(name.lowercased()) else {
                    throw CitationKeyError(message: "unknown key field '[\(inner)]'; expected one of [auth] [authEtAl] [authors] [year] [shortyear] [title] [shorttitle] [veryshorttitle]")
                }
                let modifier = bits.count > 1 ? String(bits[1]).lowercased() : nil
                if let modifier, modifier != "lower", modifier != "upper" {
                    throw CitationKeyError(message: "unknown modifier ':\(modifier)'; expected :lower or :upper")
                }
                parts.append(.field(name.lowercased(), modifier: modifier))
                rest = rest[rest.index(after: close)...]
            } else {
                let end = rest.firstIndex(of: "[") ?? rest.endIndex
                parts.append(.literal(String(rest[..<end])))
                rest = rest[end...]
            }
        }
        self.parts = parts
    }

    private init(validated: String) {
        self = try! CitationKeyPattern(validated)
    }

    /// The key for `paper` (not yet made unique).
    public func key(for paper: Paper) -> String {
        var key = ""
        for part in parts {
            switch part {
            case .literal(let s): key += s
            case let .field(name, modifier):
                var v = value(name, paper)
                if modifier == "lower" { v = v.lowercased() }
                if modifier == "upper" { v = v.uppercased() }
                key += v
            }
        }
        let cleaned = Self.ascii(key).filter { $0.isLetter || $0.isNumber || "-_:.".contains($0) }
        return cleaned.isEmpty ? "paper" : cleaned
    }

    static let stopWords: Set<String> = ["a", "an", "the", "of", "on", "in", "for", "to", "and", "with", "via",
                                         "by", "from", "at", "is", "are", "towards", "toward", "into", "as", "or"]

    private func value(_ name: String, _ p: Paper) -> String {
        // Only what the field needs: most patterns read one author and a few title words.
        let authorCount = name == "authors" ? p.authors.count : (name.hasPrefix("autheta") ? 2 : 1)
        let last = p.authors.prefix(authorCount).map {
            Self.ascii(BibTeXNames.parts(ofDisplayName: $0.name).last).filter { $0.isLetter || $0.isNumber }
        }
        let words = name.hasSuffix("title") ? Self.words(Self.ascii(p.title)) : []
        let significant = words.filter { !Self.stopWords.contains($0.lowercased()) }
        func capitalised(_ w: String) -> String { w.prefix(1).uppercased() + w.dropFirst() }
        switch name {
        case "auth": return last.first ?? "anon"
        case "autheta", "authetal":
            if p.authors.count == 1 && !p.authorsTruncated { return last[0] }
            if p.authors.count == 2 && !p.authorsTruncated { return last[0] + last[1] }
            return (last.first ?? "anon") + "EtAl"
        case "authors": return last.isEmpty ? "anon" : last.joined()
        case "year": return p.year.map(String.init) ?? "nd"
        case "shortyear": return p.year.map { String(format: "%02d", $0 % 100) } ?? "nd"
        case "title": return significant.map(capitalised).joined()
        case "shorttitle": return significant.prefix(3).map(capitalised).joined()
        default: return significant.first ?? "untitled"
        }
    }

    /// Runs of ASCII letters and digits (the text is ASCII by now), case kept.
    static func words(_ text: String) -> [String] {
        text.utf8.split(whereSeparator: { !(($0 >= 0x30 && $0 <= 0x39) || ($0 | 0x20 >= 0x61 && $0 | 0x20 <= 0x7A)) })
            .map { String(decoding: $0, as: UTF8.self) }
    }

    /// ASCII letters for a key: accents dropped, common ligatures spelled out, other scripts
    /// transliterated to Latin where the platform can.
    static func ascii(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let spelled = text.map { special[$0] ?? String($0) }.joined()
        var latin = spelled.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if latin.contains(where: { !$0.isASCII }), let t = latin.applyingTransform(.toLatin, reverse: false) {
            latin = t.folding(options: [.diacriticInsensitive], locale: nil)
        }
        return String(latin.filter(\.isASCII))
    }

    static let special: [Character: String] = ["ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                                               "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ı": "i"]
}

public struct CitationKeyError: Error, CustomStringConvertible, Sendable {
    public var message: String
    public var description: String { message }
}

/// Keys unique within one export, compared without case (bibtex treats `Yao2023x` and `yao2023x`
/// as one): the first keeps its key, the next ones get `a`, `b`, … `z`, `aa`, ….
public struct CitationKeys: Sendable {
    private var used: Set<String> = []

    public init(reserved: some Sequence<String> = [String]()) {
        used = Set(reserved.map { $0.lowercased() })
    }

    public mutating func unique(_ base: String) -> String {
        var key = base
        var n = 0
        while used.contains(key.lowercased()) {
            key = base + Self.suffix(n)
            n += 1
        }
        used.insert(key.lowercased())
        return key
    }

    static func suffix(_ n: Int) -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyz")
        var n = n
        var s = ""
        repeat {
            s = String(letters[n % 26]) + s
            n = n / 26 - 1
        } while n >= 0
        return s
    }
}
