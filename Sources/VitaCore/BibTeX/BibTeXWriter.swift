import Dispatch
import Foundation

/// Writes papers as BibTeX that bibtex, biber and pdflatex accept.
///
/// A profile paper becomes `@misc` (preprint listings have no venue) with author, title, year,
/// `month` as a bare macro, `date` for biblatex, url (the code link when there is one), the arXiv
/// fields when an arXiv identifier is known, abstract, keywords (`cs.CV`) and the affiliation as
/// `organization`. A paper read from a .bib keeps its own type and fields. Text is encoded by
/// `LaTeXText`; titles protect words whose capitals must stay (`{ImageNet}`, `{BNN}`).
public struct BibTeXWriter: Sendable {
    public struct Options: Sendable {
        /// LaTeX accent commands instead of UTF-8, for classic bibtex.
        public var ascii = false
        public var abstracts = true
        public var keyPattern = CitationKeyPattern.default

        public init(ascii: Bool = false, abstracts: Bool = true, keyPattern: CitationKeyPattern = .default) {
            self.ascii = ascii
            self.abstracts = abstracts
            self.keyPattern = keyPattern
        }
    }

    public struct Result: Sendable {
        /// The entries, separated by blank lines, ending in a newline.
        public var text: String
        /// The key each paper got, in order.
        public var keys: [String]
        /// Characters `--ascii` could not turn into LaTeX (written as they are).
        public var unmapped: Set<Character>
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Entries for `papers`, with keys unique among themselves and against `reservedKeys`.
    public func write(_ papers: [Paper], reservedKeys: some Sequence<String> = [String]()) -> Result {
        // Keys are made in order (uniqueness depends on what came before); entries are then
        // written in parallel chunks and joined in order.
        let chunk = 1_024
        let count = (papers.count + chunk - 1) / chunk
        let bases = UnsafeMutableBufferPointer<String>.allocate(capacity: papers.count)
        bases.initialize(repeating: "")
        defer { bases.deallocate() }
        let baseBox = KeysBox(keys: bases)
        let pattern = options.keyPattern
        DispatchQueue.concurrentPerform(iterations: count) { c in
            for k in (c * chunk)..<min(papers.count, (c + 1) * chunk) {
                baseBox.keys[k] = Self.safeKey(papers[k].entry.map { $0.key } ?? pattern.key(for: papers[k]))
            }
        }
        var keys = CitationKeys(reserved: reservedKeys)
        let given = bases.map { keys.unique($0) }
        let parts = UnsafeMutableBufferPointer<(String, Set<Character>)>.allocate(capacity: count)
        parts.initialize(repeating: ("", []))
        defer { parts.deallocate() }
        let box = PartsBox(parts: parts)
        DispatchQueue.concurrentPerform(iterations: count) { c in
            var text = ""
            var unmapped = Set<Character>()
            for k in (c * chunk)..<min(papers.count, (c + 1) * chunk) {
                text += entry(papers[k], key: given[k], unmapped: &unmapped) + "\n"
            }
            box.parts[c] = (text, unmapped)
        }
        var text = ""
        text.reserveCapacity(parts.reduce(0) { $0 + $1.0.utf8.count })
        var unmapped = Set<Character>()
        for part in parts {
            text += part.0
            unmapped.formUnion(part.1)
        }
        return Result(text: text, keys: given, unmapped: unmapped)
    }

    /// Key characters bibtex and biber accept.
    static func safeKey(_ key: String) -> String {
        let banned = Set(",{}()=\"#%'~\\".utf8)
        let kept = key.utf8.filter { $0 > 0x20 && $0 < 0x7F && !banned.contains($0) }
        return kept.isEmpty ? "paper" : String(decoding: kept, as: UTF8.self)
    }

    func entry(_ paper: Paper, key: String, unmapped: inout Set<Character>) -> String {
        var fields: [(String, String)] = []
        if let e = paper.entry {
            for f in e.fields where options.abstracts || f.name != "abstract" {
                fields.append((f.name, options.ascii ? asciiRaw(f.raw, &unmapped) : f.raw))
            }
            return Self.format(type: e.type, key: key, fields: fields)
        }
        func braced(_ s: String) -> String { "{" + s + "}" }
        let authorList = paper.authors.map { BibTeXNames.bibtex($0.name, ascii: options.ascii, unmapped: &unmapped) }
            + (paper.authorsTruncated ? ["others"] : [])
        if !authorList.isEmpty { fields.append(("author", braced(authorList.joined(separator: " and ")))) }
        fields.append(("title", braced(title(paper.title, &unmapped))))
        if let d = paper.date {
            fields.append(("year", braced(String(d.year))))
            if d.precision != .year { fields.append(("month", BibTeXReader.months[d.month - 1])) }
            fields.append(("date", braced(d.iso)))
        }
        if let url = paper.codeLink ?? arxivID(paper).map({ "https://arxiv.org/abs/" + $0 }) ?? paper.links.first {
            fields.append(("url", braced(LaTeXText.encodePlain(url, ascii: options.ascii, unmapped: &unmapped))))
        }
        if let id = arxivID(paper) {
            fields.append(("eprint", braced(id)))
            fields.append(("archiveprefix", "{arXiv}"))
            if let c = arxivClass(paper.category) { fields.append(("primaryclass", braced(c))) }
        }
        if options.abstracts, !paper.abstract.isEmpty {
            fields.append(("abstract", braced(LaTeXText.encodeSource(paper.abstract, ascii: options.ascii, unmapped: &unmapped))))
        }
        if let c = arxivClass(paper.category) {
            fields.append(("keywords", braced(LaTeXText.encodePlain(c, ascii: options.ascii, unmapped: &unmapped))))
        }
        if let a = paper.affiliation {
            fields.append(("organization", braced(LaTeXText.encodePlain(a, ascii: options.ascii, unmapped: &unmapped))))
        }
        return Self.format(type: "misc", key: key, fields: fields)
    }

    static let fieldNames = ["archiveprefix": "archivePrefix", "primaryclass": "primaryClass"]

    static func format(type: String, key: String, fields: [(String, String)]) -> String {
        var out = "@"
        out.reserveCapacity(fields.reduce(type.utf8.count + key.utf8.count + 8) { $0 + $1.0.utf8.count + $1.1.utf8.count + 7 })
        out += type
        out += "{"
        out += key
        out += ",\n"
        for (name, value) in fields {
            out += "  "
            out += fieldNames[name] ?? name
            out += " = "
            out += value
            out += ",\n"
        }
        out += "}\n"
        return out
    }

    /// A title with LaTeX encoded and the words that must keep their capitals in braces. White
    /// space is kept exactly as it was.
    func title(_ text: String, _ unmapped: inout Set<Character>) -> String {
        if let fast = Self.asciiTitle(text) { return fast }
        var out = ""
        // Words are cut at ASCII white space, byte by byte; only non-ASCII words look at Characters.
        var utf8 = Array(text.utf8)[...]
        while !utf8.isEmpty {
            let spaceEnd = utf8.firstIndex { !Self.isSpace($0) } ?? utf8.endIndex
            if spaceEnd > utf8.startIndex {
                out += LaTeXText.encodePlain(String(decoding: utf8[..<spaceEnd], as: UTF8.self))
            }
            utf8 = utf8[spaceEnd...]
            let wordEnd = utf8.firstIndex(where: Self.isSpace) ?? utf8.endIndex
            guard wordEnd > utf8.startIndex else { continue }
            let word = String(decoding: utf8[..<wordEnd], as: UTF8.self)
            utf8 = utf8[wordEnd...]
            func enc(_ s: Substring) -> String { LaTeXText.encodePlain(String(s), ascii: options.ascii, unmapped: &unmapped) }
            // Protect from the first to the last letter or digit, so `Ske2Grid:` gives `{Ske2Grid}:`.
            if Self.mustKeepCapitals(word),
               let first = word.firstIndex(where: { $0.isLetter || $0.isNumber }),
               let last = word.lastIndex(where: { $0.isLetter || $0.isNumber }) {
                out += enc(word[..<first]) + "{" + enc(word[first...last]) + "}" + enc(word[word.index(after: last)...])
            } else {
                out += enc(Substring(word))
            }
        }
        return out
    }

    /// `title` for an all-ASCII title (nearly all), in one pass over its bytes; nil for others.
    static func asciiTitle(_ text: String) -> String? {
        var source = text
        return source.withUTF8 { u -> String? in
            guard !u.contains(where: { $0 >= 0x80 }) else { return nil }
            func isAlphanumeric(_ b: UInt8) -> Bool { (b >= 0x30 && b <= 0x39) || (b | 0x20 >= 0x61 && b | 0x20 <= 0x7A) }
            func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
            var out: [UInt8] = []
            out.reserveCapacity(u.count + 16)
            let special = LaTeXText.specialBytes
            func copy(_ range: Range<Int>) {
                for k in range {
                    let b = u[k]
                    if special[Int(b)] { out += LaTeXText.encoded(b) } else { out.append(b) }
                }
            }
            var k = 0
            while k < u.count {
                var end = k
                while end < u.count, !isSpace(u[end]) { end += 1 }
                if end == k {
                    copy(k..<(k + 1))
                    k += 1
                    continue
                }
                // A word: braces from its first to its last letter or digit when it must keep its capitals.
                if u[(k + 1)..<end].contains(where: isUpper),
                   let first = (k..<end).first(where: { isAlphanumeric(u[$0]) }),
                   let last = (k..<end).last(where: { isAlphanumeric(u[$0]) }) {
                    copy(k..<first)
                    out.append(UInt8(ascii: "{"))
                    copy(first..<(last + 1))
                    out.append(UInt8(ascii: "}"))
                    copy((last + 1)..<end)
                } else {
                    copy(k..<end)
                }
                k = end
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    static func isSpace(_ b: UInt8) -> Bool { b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D }

    /// A capital anywhere but at the start: acronyms and names like `ImageNet`, `CNNs`, `3D`, `Ske2Grid`.
    static func mustKeepCapitals(_ word: String) -> Bool {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return word.utf8.dropFirst().contains { $0 >= 0x41 && $0 <= 0x5A } }
        return word.dropFirst().contains { $0.isUppercase }
    }

    /// `cs.CV` for the profile's `CV`; categories that already name an archive stay.
    func arxivClass(_ category: String?) -> String? {
        guard let c = category, !c.isEmpty else { return nil }
        let u = c.utf8
        if u.contains(UInt8(ascii: ".")) || u.contains(UInt8(ascii: "-")) { return c }
        if u.count == 2, u.allSatisfy({ $0 >= 0x41 && $0 <= 0x5A }) { return "cs." + c }
        // Two uppercase letters outside ASCII (rare): the same rule by Characters.
        return u.count > 2 && c.count == 2 && c.allSatisfy(\.isUppercase) ? "cs." + c : c
    }

    /// The arXiv identifier from an `arxiv.org/abs/…` or `/pdf/…` link, if the paper has one.
    func arxivID(_ paper: Paper) -> String? {
        for link in paper.links {
            guard Links.host(of: link)?.hasSuffix("arxiv.org") == true else { continue }
            for marker in ["/abs/", "/pdf/"] {
                if let r = link.range(of: marker) {
                    var id = String(link[r.upperBound...])
                    if id.hasSuffix(".pdf") { id.removeLast(4) }
                    if !id.isEmpty { return id }
                }
            }
        }
        return nil
    }

    func asciiRaw(_ raw: String, _ unmapped: inout Set<Character>) -> String {
        var out = ""
        for ch in raw {
            if ch.isASCII { out.append(ch) } else if let l = LaTeXText.accentCommand(for: ch) { out += l } else { unmapped.insert(ch); out.append(ch) }
        }
        return out
    }
}

private struct PartsBox: @unchecked Sendable {
    let parts: UnsafeMutableBufferPointer<(String, Set<Character>)>
}

private struct KeysBox: @unchecked Sendable {
    let keys: UnsafeMutableBufferPointer<String>
}
