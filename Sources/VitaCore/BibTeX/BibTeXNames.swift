/// Person names between display form (`Jan van der Berg`) and BibTeX form (`van der Berg, Jan`).
public enum BibTeXNames {
    public struct Parts: Equatable, Sendable {
        public var first: String
        public var von: String
        public var last: String
        public var jr: String

        /// `First von Last Jr`, spaces evened out.
        public var display: String {
            [first, von, last, jr].filter { !$0.isEmpty }.joined(separator: " ")
        }
    }

    static let suffixes: Set<String> = ["jr", "jr.", "sr", "sr.", "ii", "iii", "iv"]

    /// Splits a display name: a trailing Jr/Sr/II…, lowercase particles before the last word, and
    /// the first names before those. Hyphenated names stay whole (`Ming-Ming`).
    public static func parts(ofDisplayName name: String) -> Parts {
        var words = name.utf8.allSatisfy({ $0 < 0x80 })
            ? name.utf8.split(separator: 0x20).map { String(decoding: $0, as: UTF8.self) }
            : name.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        func startsLowercase(_ w: String) -> Bool {
            guard let b = w.utf8.first else { return false }
            return b < 0x80 ? (b >= 0x61 && b <= 0x7A) : w.first?.isLowercase == true
        }
        var jr = ""
        if words.count > 2, let last = words.last, suffixes.contains(last.lowercased()) {
            jr = last
            words.removeLast()
        }
        guard let last = words.popLast() else { return Parts(first: "", von: "", last: "", jr: jr) }
        // The von part: the lowercase words just before the last name.
        var vonWords: [String] = []
        while let w = words.last, startsLowercase(w) {
            vonWords.insert(w, at: 0)
            words.removeLast()
        }
        // A lowercase run that starts the name is first names written in lowercase, not a particle.
        if words.isEmpty, !vonWords.isEmpty {
            words = vonWords
            vonWords = []
        }
        return Parts(first: words.joined(separator: " "), von: vonWords.joined(separator: " "), last: last, jr: jr)
    }

    /// `von Last, Jr, First` with LaTeX specials encoded; a name that would be split wrongly
    /// (it holds ` and ` or a comma) is wrapped in braces whole.
    public static func bibtex(_ name: String, family: String? = nil, ascii: Bool, unmapped: inout Set<Character>) -> String {
        if name.utf8.contains(UInt8(ascii: ",")) || name.containsWord("and", ignoringASCIICase: true)
            || (name.utf8.count == 6 && name.lowercased() == "others") {
            return "{" + LaTeXText.encodePlain(name, ascii: ascii, unmapped: &unmapped) + "}"
        }
        func enc(_ s: String) -> String { LaTeXText.encodePlain(s, ascii: ascii, unmapped: &unmapped) }
        // A name written whole (CSL's `literal`, an institution: its family is all of it) is
        // braced whole, so no style takes its last word for a family name and the rest for
        // initials (`World Health Organization` was written `Organization, World Health`).
        if let family, family == name, name.utf8.contains(0x20) { return "{" + enc(name) + "}" }
        // The family name a source gave (`De Grassi, Anna` in RIS or MEDLINE, `family` in CSL)
        // is kept whole: read from the name alone, `Anna De Grassi` would be `Grassi, Anna De`.
        if let family, family != name, name.hasSuffix(" " + family), !family.contains(" and "),
           !family.utf8.contains(UInt8(ascii: ",")) {
            let given = String(name.dropLast(family.count + 1)).trimmingWhitespace()
            return given.isEmpty ? enc(family) : enc(family) + ", " + enc(given)
        }
        // Written family first (CSL's `static-ordering`: `Mao Zedong`).
        if let family, family != name, name.hasPrefix(family + " "), !family.contains(" and "),
           !family.utf8.contains(UInt8(ascii: ",")) {
            return enc(family) + ", " + enc(String(name.dropFirst(family.count + 1)).trimmingWhitespace())
        }
        let p = parts(ofDisplayName: name)
        var out = p.von.isEmpty ? enc(p.last) : enc(p.von) + " " + enc(p.last)
        if !p.jr.isEmpty { out += ", " + enc(p.jr) }
        if !p.first.isEmpty { out += ", " + enc(p.first) }
        return out
    }

    /// Parses one BibTeX name in any of its three forms (`First von Last`, `von Last, First`,
    /// `von Last, Jr, First`) and decodes its LaTeX.
    public static func parts(ofBibTeXName raw: String) -> Parts {
        let pieces = splitTopLevel(raw, on: ",").map { $0.trimmingSpaces() }
        if pieces.count > 1 || raw.contains("="), let extended = extendedParts(pieces) { return extended }
        func words(_ s: String) -> [String] { splitTopLevel(s, on: " ").filter { !$0.isEmpty } }
        func decode(_ ws: [String]) -> String { LaTeXText.decodePlain(ws.joined(separator: " ")) }
        func isLower(_ w: String) -> Bool {
            // A word is lowercase when its first letter outside braces is.
            var depth = 0
            for b in w.utf8 {
                if b >= 0x80 { break }
                if b == UInt8(ascii: "{") { depth += 1; continue }
                if b == UInt8(ascii: "}") { depth -= 1; continue }
                if depth == 0, b | 0x20 >= 0x61, b | 0x20 <= 0x7A { return b >= 0x61 }
            }
            // Only when something outside ASCII comes first: the same by Characters.
            depth = 0
            for c in w {
                if c == "{" { depth += 1; continue }
                if c == "}" { depth -= 1; continue }
                if depth == 0, c.isLetter { return c.isLowercase }
            }
            return false
        }
        switch pieces.count {
        case 0, 1:
            let ws = words(pieces.first ?? "")
            guard ws.count > 1 else { return Parts(first: "", von: "", last: decode(ws), jr: "") }
            let body = Array(ws.dropLast())
            if let firstLower = body.firstIndex(where: isLower) {
                let lastLower = body.lastIndex(where: isLower)!
                return Parts(first: decode(Array(body[..<firstLower])), von: decode(Array(body[firstLower...lastLower])),
                             last: decode(Array(body[(lastLower + 1)...]) + [ws.last!]), jr: "")
            }
            return Parts(first: decode(body), von: "", last: decode([ws.last!]), jr: "")
        default:
            let head = words(pieces[0])
            var vonEnd = 0
            for (k, w) in head.enumerated().dropLast() where isLower(w) { vonEnd = k + 1 }
            let jr = pieces.count > 2 ? LaTeXText.decodePlain(pieces[1]) : ""
            let first = LaTeXText.decodePlain(pieces.count > 2 ? pieces[2...].joined(separator: ", ") : pieces[1])
            return Parts(first: first, von: decode(Array(head[..<vonEnd])), last: decode(Array(head[vonEnd...])), jr: jr)
        }
    }

    /// biblatex's extended name format: `family=Heuvel, given=Charles, prefix=van den, useprefix=false`
    /// (`family=Plato` alone too). Nil unless every piece is `key=value` with a key of that format:
    /// a part of the name, or an option for this name (`juniorcomma=true`, `uniquename=…`).
    static func extendedParts(_ pieces: [String]) -> Parts? {
        guard let values = extendedValues(pieces) else { return nil }
        func decode(_ key: String) -> String { values[key].map(LaTeXText.decodePlain) ?? "" }
        return Parts(first: decode("given"), von: decode("prefix"), last: decode("family"), jr: decode("suffix"))
    }

    /// The parts of a name in the extended format as written (LaTeX and braces kept), by their
    /// lowercased keys; nil when the name is not in that format.
    static func extendedValues(_ pieces: [String]) -> [String: String]? {
        var values: [String: String] = [:]
        for piece in pieces {
            guard let eq = piece.firstIndex(of: "=") else { return nil }
            let key = piece[..<eq].trimmingSpaces().lowercased()
            // `id=` is biber's name hash id, not a part of the name.
            guard ["family", "given", "prefix", "suffix", "middle", "given-i", "family-i", "prefix-i", "suffix-i", "middle-i", "id"].contains(key)
                    || nameOptions.contains(key) else { return nil }
            var value = piece[piece.index(after: eq)...].trimmingSpaces()
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            values[key] = value
        }
        guard values["family"] != nil || values["given"] != nil else { return nil }
        // A `middle` part (a name part biber's data model may add) goes after the given names.
        if let middle = values["middle"], !middle.isEmpty {
            values["given"] = [values["given"] ?? "", middle].filter { !$0.isEmpty }.joined(separator: " ")
        }
        return values
    }

    /// The fields whose values are lists of names, in bibtex and biblatex.
    static let nameFields: Set<String> = ["author", "editor", "editora", "editorb", "editorc", "translator", "annotator",
                                          "commentator", "introduction", "foreword", "afterword", "bookauthor", "holder", "shortauthor",
                                          "shorteditor", "sortname"]

    /// A name list as written (`{…}` or `"…"`) with each name in biblatex's extended format
    /// (`family=Heuvel, given=Charles, prefix=van den`) written in the form every bibtex reads
    /// (`van den Heuvel, Charles`; bibtex stops on the extended form: too many commas). Its
    /// options (`useprefix`, `juniorcomma`) have no place there and are left out. Nil when the
    /// list has no such name, or is not one braced or quoted value.
    public static func classicNameList(_ raw: String) -> String? {
        guard raw.utf8.contains(UInt8(ascii: "=")), raw.utf8.count >= 2,
              let open = raw.utf8.first, let close = raw.utf8.last,
              (open == UInt8(ascii: "{") && close == UInt8(ascii: "}")) || (open == UInt8(ascii: "\"") && close == UInt8(ascii: "\"")) else { return nil }
        let inner = String(raw.dropFirst().dropLast())
        // One value: the braces that open and close it belong together.
        if open == UInt8(ascii: "{"), case let chars = Array(raw), LaTeXText.closingBrace(chars, from: 0) != chars.count - 1 { return nil }
        let (names, truncated) = splitAuthors(inner)
        var changed = false
        let written = names.map { name -> String in
            let pieces = splitTopLevel(name, on: ",").map { $0.trimmingSpaces() }
            guard let v = extendedValues(pieces) else { return name }
            changed = true
            // The family name braced where bibtex would split it (`de la Cruz` is one family name
            // here); a part with a comma braced too.
            func guarded(_ s: String, spaces: Bool) -> String {
                (spaces && splitTopLevel(s, on: " ").count > 1) || splitTopLevel(s, on: ",").count > 1 ? "{" + s + "}" : s
            }
            let family = [v["prefix"] ?? "", guarded(v["family"] ?? "", spaces: true)].filter { !$0.isEmpty }.joined(separator: " ")
            let (jr, given) = (v["suffix"] ?? "", v["given"] ?? "")
            if family.isEmpty { return guarded(given, spaces: false) }
            return [family, jr.isEmpty ? nil : guarded(jr, spaces: false), given.isEmpty ? nil : guarded(given, spaces: false)]
                .compactMap { $0 }.joined(separator: ", ")
        }
        guard changed else { return nil }
        let list = (written + (truncated ? ["others"] : [])).joined(separator: " and ")
        return open == UInt8(ascii: "{") ? "{" + list + "}" : "\"" + list + "\""
    }

    /// The options biblatex takes for one name in the extended format.
    static let nameOptions: Set<String> = ["useprefix", "juniorcomma", "uniquename", "uniquelist", "sortingnamekeytemplatename",
                                           "uniquenametemplatename", "labelalphanametemplatename", "nohashothers", "nosortothers"]

    /// Splits an author field on ` and ` outside braces; `others` at the end means the list is cut.
    public static func splitAuthors(_ field: String) -> (names: [String], truncated: Bool) {
        // Bytes: the separators (braces, white space, `and`) are all ASCII.
        let u = Array(field.utf8)
        var names: [String] = []
        var current: [UInt8] = []
        var depth = 0
        var i = 0
        func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }
        func flush() {
            // White space runs become one space; ends are trimmed.
            var out: [UInt8] = []
            for b in current {
                if isSpace(b) { if let l = out.last, l != 0x20 { out.append(0x20) } } else { out.append(b) }
            }
            if out.last == 0x20 { out.removeLast() }
            if !out.isEmpty { names.append(String(decoding: out, as: UTF8.self)) }
            current.removeAll(keepingCapacity: true)
        }
        while i < u.count {
            let c = u[i]
            if c == UInt8(ascii: "\\"), i + 1 < u.count {
                current += u[i...(i + 1)]
                i += 2
                continue
            }
            if c == UInt8(ascii: "{") { depth += 1 }
            if c == UInt8(ascii: "}") { depth -= 1 }
            if depth == 0, isSpace(c) {
                var j = i
                while j < u.count, isSpace(u[j]) { j += 1 }
                if j + 3 < u.count, u[j] | 0x20 == UInt8(ascii: "a"), u[j + 1] | 0x20 == UInt8(ascii: "n"),
                   u[j + 2] | 0x20 == UInt8(ascii: "d"), isSpace(u[j + 3]) {
                    flush()
                    i = j + 3
                    continue
                }
                // The run is passed whole: looking at it again from each of its spaces is quadratic.
                current += u[i..<j]
                i = j
                continue
            }
            current.append(c)
            i += 1
        }
        flush()
        var truncated = false
        if let last = names.last, last.utf8.count == 6, last.lowercased() == "others" { names.removeLast(); truncated = true }
        return (names, truncated)
    }

    static func splitTopLevel(_ s: String, on separator: Character) -> [String] {
        if let sep = separator.asciiValue, s.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII (nearly every name): the same split on bytes.
            var parts: [String] = []
            var depth = 0
            var start = s.utf8.startIndex
            var k = start
            while k != s.utf8.endIndex {
                let b = s.utf8[k]
                if b == UInt8(ascii: "{") { depth += 1 }
                if b == UInt8(ascii: "}") { depth -= 1 }
                if b == sep, depth == 0 {
                    parts.append(String(decoding: s.utf8[start..<k], as: UTF8.self))
                    start = s.utf8.index(after: k)
                }
                k = s.utf8.index(after: k)
            }
            parts.append(String(decoding: s.utf8[start...], as: UTF8.self))
            return parts
        }
        var parts: [String] = []
        var current = ""
        var depth = 0
        for c in s {
            if c == "{" { depth += 1 }
            if c == "}" { depth -= 1 }
            if c == separator, depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(c)
            }
        }
        parts.append(current)
        return parts
    }
}
