import FoundationEssentials

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
        let cleaned = Self.keyCharacters(Self.ascii(key))
        return cleaned.isEmpty ? "paper" : cleaned
    }

    /// ASCII letters, digits and `-_:.` only (the text is ASCII by now).
    static func keyCharacters(_ text: String) -> String {
        func kept(_ b: UInt8) -> Bool {
            (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) || b == 0x2D || b == 0x5F || b == 0x3A || b == 0x2E
        }
        if text.utf8.allSatisfy(kept) { return text }
        return String(decoding: text.utf8.filter(kept), as: UTF8.self)
    }

    static let stopWords: Set<String> = ["a", "an", "the", "of", "on", "in", "for", "to", "and", "with", "via",
                                         "by", "from", "at", "is", "are", "towards", "toward", "into", "as", "or"]

    private func value(_ name: String, _ p: Paper) -> String {
        // Only what the field needs: most patterns read one author and a few title words.
        func lastNames(_ count: Int) -> [String] {
            p.authors.prefix(count).map { Self.alphanumeric(Self.ascii(Self.lastName(of: $0))) }
        }
        func significant(_ limit: Int) -> [String] {
            Self.words(Self.ascii(p.title), limit: limit) { !Self.stopWords.contains($0.lowercased()) }
        }
        func capitalised(_ w: String) -> String { w.prefix(1).uppercased() + w.dropFirst() }
        switch name {
        case "auth": return lastNames(1).first ?? "anon"
        case "autheta", "authetal":
            let last = lastNames(2)
            if p.authors.count == 1 && !p.authorsTruncated { return last[0] }
            if p.authors.count == 2 && !p.authorsTruncated { return last[0] + last[1] }
            return (last.first ?? "anon") + "EtAl"
        case "authors":
            let last = lastNames(p.authors.count)
            return last.isEmpty ? "anon" : last.joined()
        case "year": return p.year.map(String.init) ?? "nd"
        case "shortyear": return p.year.map { NumberText.padded($0 % 100, 2) } ?? "nd"
        case "title": return significant(.max).map(capitalised).joined()
        case "shorttitle": return significant(3).map(capitalised).joined()
        default: return significant(1).first ?? "untitled"
        }
    }

    /// The name `[auth]` takes of an author: the family name where the source says which it is,
    /// without the lowercase particles that begin it (`van den Heuvel` gives `Heuvel`, `De Grassi`
    /// `DeGrassi`), all of a name given whole (`World Health Organization`, as JabRef takes a
    /// braced name), else the last word of the name.
    static func lastName(of author: Author) -> String {
        guard let family = author.family, !family.isEmpty else { return BibTeXNames.parts(ofDisplayName: author.name).last }
        var words = family.split(separator: " ")
        while words.count > 1, words[0].first?.isLowercase == true { words.removeFirst() }
        return words.joined()
    }

    /// Letters and digits of an ASCII name.
    static func alphanumeric(_ text: String) -> String {
        func kept(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        if text.utf8.allSatisfy(kept) { return text }
        return String(decoding: text.utf8.filter(kept), as: UTF8.self)
    }

    /// Runs of ASCII letters and digits (the text is ASCII by now), case kept: the first `limit`
    /// that satisfy `keep`.
    static func words(_ text: String, limit: Int = .max, where keep: (String) -> Bool = { _ in true }) -> [String] {
        var words: [String] = []
        var start: String.UTF8View.Index?
        let utf8 = text.utf8
        var k = utf8.startIndex
        func isWordByte(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
        while words.count < limit {
            let atEnd = k == utf8.endIndex
            if !atEnd, isWordByte(utf8[k]) {
                if start == nil { start = k }
            } else if let s = start {
                let word = String(decoding: utf8[s..<k], as: UTF8.self)
                if keep(word) { words.append(word) }
                start = nil
            }
            if atEnd { break }
            k = utf8.index(after: k)
        }
        return words
    }

    /// ASCII letters for a key: accents dropped, common ligatures spelled out, other scripts
    /// transliterated to Latin (`UnicodeText.keyLetters`, each character as Foundation's folding
    /// and Latin transliteration spell it alone).
    static func ascii(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        var out = ""
        for s in text.unicodeScalars {
            // A Chinese character is a syllable of its own, after a space as transliteration
            // puts one (`水中` → `shui zhong`): the title's first word is its first syllable.
            if s.properties.isUnifiedIdeograph, !out.isEmpty, !out.hasSuffix(" ") { out += " " }
            out += UnicodeText.keyLetters(s)
        }
        return out
    }
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

    /// Takes `key` as it is, whether or not it was free.
    public mutating func reserve(_ key: String) {
        used.insert(key.lowercased())
    }

    public func isTaken(_ key: String) -> Bool { used.contains(key.lowercased()) }

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
