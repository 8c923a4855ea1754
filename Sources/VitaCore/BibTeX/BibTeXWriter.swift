import Dispatch
import FoundationEssentials

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
        /// The entries, separated by blank lines, ending in a newline; with a library, after the
        /// `@preamble`s and `@string`s they need, and before the `@comment`s of whole files.
        public var text: String
        /// The key each paper got, in order.
        public var keys: [String]
        /// Characters `--ascii` could not turn into LaTeX (written as they are).
        public var unmapped: Set<Character>
        /// Keys read from a .bib that had to change because an earlier entry holds them.
        public var keyChanges: [KeyChange] = []
    }

    /// A key read from a .bib that clashes with an earlier one (bibtex compares keys without case).
    public struct KeyChange: Sendable, Equatable, CustomStringConvertible {
        public var key: String
        public var place: SourceLocation
        public var clashesWith: String
        public var clashPlace: SourceLocation
        public var exportedAs: String

        /// `kim_2019 (refs.bib:12) and Kim_2019 (refs.bib:40) clash: the second is exported as Kim_2019b`.
        public var description: String {
            "\(clashesWith) (\(clashPlace.file):\(clashPlace.line)) and \(key) (\(place.file):\(place.line)) clash: the second is exported as \(exportedAs)"
        }
    }

    public var options: Options

    public init(options: Options = Options()) {
        self.options = options
    }

    /// Entries for `papers`, with keys unique among themselves and against `reservedKeys`. Keys
    /// read from a .bib are kept as they are; one that clashes with an earlier one gets a free key
    /// and is listed in `keyChanges`. With `library`, the text starts with the `@preamble`s and
    /// `@string`s the entries need (less the macros in `knownMacros`), so it stands alone, and
    /// ends with the `@xdata` entries they use and the `@comment`s of files exported whole.
    public func write(_ papers: [Paper], reservedKeys: some Sequence<String> = [String](), library: Library? = nil,
                      knownMacros: Set<String> = []) -> Result {
        // Keys are made in order (uniqueness depends on what came before); entries are then
        // written in parallel chunks and joined in order.
        let chunk = 1_024
        let count = (papers.count + chunk - 1) / chunk
        let bases = UnsafeMutableBufferPointer<String>.allocate(capacity: papers.count)
        bases.initialize(repeating: "")
        defer { bases.deinitialize().deallocate() }
        let baseBox = KeysBox(keys: bases)
        let pattern = options.keyPattern
        DispatchQueue.concurrentPerform(iterations: count) { c in
            for k in (c * chunk)..<min(papers.count, (c + 1) * chunk) {
                baseBox.keys[k] = papers[k].entry.map { Self.keptKey($0.key) } ?? Self.safeKey(pattern.key(for: papers[k]))
            }
        }
        var keys = CitationKeys(reserved: reservedKeys)
        // Keys read from a .bib come first: the first entry holding one keeps it, before any key is made.
        var holder: [String: Int] = [:]
        for k in papers.indices where papers[k].entry != nil {
            let folded = bases[k].lowercased()
            if holder[folded] == nil, !keys.isTaken(bases[k]) { holder[folded] = k }
        }
        for k in holder.values { keys.reserve(bases[k]) }
        var keyChanges: [KeyChange] = []
        let given = papers.indices.map { k -> String in
            guard papers[k].entry != nil else { return keys.unique(bases[k]) }
            if holder[bases[k].lowercased()] == k { return bases[k] }
            let key = keys.unique(bases[k])
            if let h = holder[bases[k].lowercased()] {
                keyChanges.append(KeyChange(key: papers[k].entry!.key, place: papers[k].source, clashesWith: papers[h].entry!.key,
                                            clashPlace: papers[h].source, exportedAs: key))
            }
            return key
        }
        let parts = UnsafeMutableBufferPointer<(String, Set<Character>)>.allocate(capacity: count)
        parts.initialize(repeating: ("", []))
        defer { parts.deinitialize().deallocate() }
        let box = PartsBox(parts: parts)
        DispatchQueue.concurrentPerform(iterations: count) { c in
            var text = ""
            var unmapped = Set<Character>()
            for k in (c * chunk)..<min(papers.count, (c + 1) * chunk) {
                text += entry(papers[k], key: given[k], unmapped: &unmapped) + "\n"
            }
            box.parts[c] = (text, unmapped)
        }
        var unmapped = Set<Character>()
        var around: (head: String, tail: String) = ("", "")
        if let library { around = fileParts(for: papers, in: library, knownMacros: knownMacros, unmapped: &unmapped) }
        var text = around.head
        text.reserveCapacity(parts.reduce(around.head.utf8.count + around.tail.utf8.count) { $0 + $1.0.utf8.count })
        for part in parts {
            text += part.0
            unmapped.formUnion(part.1)
        }
        text += around.tail
        return Result(text: Self.withoutControls(text), keys: given, unmapped: unmapped, keyChanges: keyChanges)
    }

    /// What the exported entries need from their files: `@preamble`s and the `@string`s they use
    /// (in definition order, with the macros those use), and after them the `@xdata` entries they
    /// name and the `@comment`s of the files all of whose papers are exported.
    func fileParts(for papers: [Paper], in library: Library, knownMacros: Set<String>,
                   unmapped: inout Set<Character>) -> (head: String, tail: String) {
        guard !library.bibtexParts.isEmpty else { return ("", "") }
        let fromBib = papers.filter { $0.entry != nil }
        guard !fromBib.isEmpty else { return ("", "") }
        let files = Set(fromBib.map(\.source.file))
        var head = "", tail = ""
        // The @xdata entries used (named by key or by an alias in their `ids`, and those they
        // use in turn), and the macros used by the entries and by those.
        func named(_ e: BibTeXEntry?, _ field: String) -> [String] {
            (e?[field] ?? "").split(separator: ",").map { $0.trimmingSpaces().lowercased() }.filter { !$0.isEmpty }
        }
        let allXdata = library.bibtexParts.flatMap(\.xdata)
        var xdataByName: [String: Int] = [:]
        for (k, x) in allXdata.enumerated() {
            for name in [x.key.lowercased()] + named(x, "ids") where xdataByName[name] == nil { xdataByName[name] = k }
        }
        var used = Set<Int>()
        var names = fromBib.flatMap { named($0.entry, "xdata") }
        while let name = names.popLast() {
            guard let k = xdataByName[name], used.insert(k).inserted else { continue }
            names += named(allXdata[k], "xdata")
        }
        let xdata = used.sorted().map { allXdata[$0] }
        var wanted = Set<String>()
        var pending = (fromBib.compactMap(\.entry) + xdata).flatMap { e in
            e.expansions.isEmpty ? [] : e.fields.filter { e.expansions[$0.name] != nil }.flatMap { BibTeXEntry.Field.macroNames(in: $0.raw) }
        }
        let definitions = library.bibtexParts.flatMap(\.macros)
        let byName = Dictionary(definitions.map { ($0.name, $0) }, uniquingKeysWith: { _, last in last })
        while let name = pending.popLast() {
            guard wanted.insert(name).inserted, let m = byName[name] else { continue }
            pending += BibTeXEntry.Field.macroNames(in: m.raw)
        }
        var preambles: [String] = []
        for parts in library.bibtexParts where files.contains(parts.file) {
            for p in parts.preambles where !preambles.contains(p) { preambles.append(p) }
        }
        for p in preambles { head += "@preamble{ " + p + " }\n\n" }
        var written = Set<String>()
        var strings = ""
        for m in definitions.reversed() where wanted.contains(m.name) && !knownMacros.contains(m.name) && written.insert(m.name).inserted {
            strings = "@string{" + m.name + " = " + (options.ascii ? asciiRaw(m.raw, &unmapped) : m.raw) + "}\n" + strings
        }
        if !strings.isEmpty { head += strings + "\n" }
        for x in xdata {
            let fields = x.fields.map { ($0.name, options.ascii ? asciiRaw(Self.bibtexSafe($0.raw), &unmapped) : Self.bibtexSafe($0.raw)) }
            tail += "\n" + Self.format(type: x.type, key: x.key, fields: fields)
        }
        let exported = Set(fromBib.map(\.id))
        for parts in library.bibtexParts where files.contains(parts.file) && !parts.comments.isEmpty {
            let whole = library.papers.allSatisfy { $0.source.file != parts.file || exported.contains($0.id) }
            guard whole else { continue }
            for c in parts.comments { tail += "\n@comment{" + c + "}\n" }
        }
        return (head, tail)
    }

    /// The papers to write for `papers` out of `library`: with the `crossref` parents they need
    /// (bibtex looks a parent up only after the entries that name it), parents after children.
    public static func withCrossrefParents(_ papers: [Paper], in library: Library) -> [Paper] {
        func parentKey(_ p: Paper) -> String? { p.entry?["crossref"]?.trimmingSpaces().lowercased() }
        guard papers.contains(where: { parentKey($0) != nil }) else { return papers }
        var byKey: [String: Paper] = [:]
        for p in library.papers { if let k = p.entry?.key.lowercased(), byKey[k] == nil { byKey[k] = p } }
        var list = papers
        var have = Set(papers.compactMap { $0.entry?.key.lowercased() })
        var k = 0
        while k < list.count {
            if let parent = parentKey(list[k]), !have.contains(parent), let p = byKey[parent] {
                list.append(p)
                have.insert(parent)
            }
            k += 1
        }
        // How far down a chain of parents each paper stands: children first, then their parents.
        var depth = [String: Int]()
        for _ in 0..<min(list.count, 16) {
            var changed = false
            for p in list {
                guard let parent = parentKey(p) else { continue }
                let d = (depth[p.entry!.key.lowercased()] ?? 0) + 1
                if d > depth[parent] ?? 0 { depth[parent] = d; changed = true }
            }
            if !changed { break }
        }
        return list.enumerated().sorted { a, b in
            let da = depth[a.element.entry?.key.lowercased() ?? ""] ?? 0, db = depth[b.element.entry?.key.lowercased() ?? ""] ?? 0
            return da != db ? da < db : a.offset < b.offset
        }.map(\.element)
    }

    /// A key read from a .bib, kept as written (non-ASCII letters and apostrophes included, as
    /// biber takes them) unless bibtex could not read it back.
    static func keptKey(_ key: String) -> String {
        let breaks = Set(",{}\"#%=\\ \t\n\r".utf8)
        return key.utf8.contains(where: { breaks.contains($0) || $0 < 0x20 }) ? safeKey(key) : key
    }

    /// A value as bibtex reads it: `\{` and `\}` count as braces there, so where they do not
    /// balance they are written as `{\textbraceleft}` and `{\textbraceright}`.
    /// The text with control characters (an escape sequence in a title, a bell) made visible: a
    /// .bib is printed to terminals, and no bibliography means them. Tabs and line breaks stay.
    static func withoutControls(_ text: String) -> String {
        var text = text
        let clean = text.withUTF8 { u -> Bool in
            for (i, b) in u.enumerated() {
                if b < 0x20 ? b != 0x0A && b != 0x09 && b != 0x0D : b == 0x7F || (b == 0xC2 && i + 1 < u.count && u[i + 1] >= 0x80 && u[i + 1] <= 0x9F) {
                    return false
                }
            }
            return true
        }
        if clean { return text }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { VisibleText.make($0) }.joined(separator: "\n")
    }

    static func bibtexSafe(_ raw: String) -> String {
        guard raw.utf8.contains(UInt8(ascii: "\\")), raw.contains("\\{") || raw.contains("\\}") else { return raw }
        var depth = 0
        for b in raw.utf8 {
            if b == UInt8(ascii: "{") { depth += 1 } else if b == UInt8(ascii: "}") { depth -= 1 }
        }
        guard depth != 0 else { return raw }
        return raw.replacingAll("\\{", with: "{\\textbraceleft}").replacingAll("\\}", with: "{\\textbraceright}")
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
                var raw = Self.bibtexSafe(f.raw)
                if BibTeXNames.nameFields.contains(f.name), let classic = BibTeXNames.classicNameList(raw) { raw = classic }
                fields.append((f.name, options.ascii ? asciiRaw(raw, &unmapped) : raw))
            }
            return Self.format(type: e.type, key: key, fields: fields)
        }
        func braced(_ s: String) -> String { "{" + s + "}" }
        let authorList = paper.authors.map { BibTeXNames.bibtex($0.name, family: $0.family, ascii: options.ascii, unmapped: &unmapped) }
            + (paper.authorsTruncated ? ["others"] : [])
        if !authorList.isEmpty { fields.append(("author", braced(authorList.joined(separator: " and ")))) }
        // The authors' ORCIDs as biblatex's data annotations (bibtex and pybtex take the field as one
        // they do not use; biber, citation-js and Vita read it).
        let orcids = paper.authors.enumerated().compactMap { k, a in a.ids?.orcid.map { "\(k + 1)=\"\($0)\"" } }
        if !orcids.isEmpty { fields.append(("author+an:orcid", braced(orcids.joined(separator: "; ")))) }
        fields.append(("title", braced(title(paper.title, &unmapped))))
        // The type the sources give (DBLP's `@inproceedings` with `booktitle`, `@article` with
        // `journal`); a type whose required venue is unknown is written as `@misc`.
        var type = paper.type?.bibtexType ?? "misc"
        // DBLP's CoRR papers as DBLP writes them: an `@article` in the journal `CoRR`, its volume
        // `abs/` and the arXiv id (a preprint from elsewhere stays `@misc`). Typed a journal article
        // by another source it joined (Semantic Scholar's `JournalArticle`), it is still one of them.
        let corr = (paper.type == .preprint || paper.type == .article) && paper.venue == "CoRR"
        if corr { type = "article" }
        let venueField: String? = switch type {
        case "article": "journal"
        case "inproceedings", "incollection": "booktitle"
        case "phdthesis", "mastersthesis": "school"
        case "techreport": "institution"
        case "book", "proceedings": "publisher"
        default: nil
        }
        // arXiv's name (OpenAlex's `arXiv (Cornell University)` too) is left out: its `eprint`
        // says it. A server of no eprint, medRxiv, stays the `howpublished`.
        let preprintServer = !corr && paper.venue.flatMap(RecordMerge.preprintServer).map { ["corr", "arxiv", "arxiv org"].contains($0) } ?? false
        // A thesis's school, a report's institution and a book's publisher, where no venue says it.
        let publisher = paper.details[.publisher]
        let venue = venueField == "publisher" ? publisher ?? paper.venue : paper.venue ?? (["school", "institution"].contains(venueField) ? publisher : nil)
        // A book's venue that is not its publisher is its series (`Lecture Notes in Computer Science`).
        let series = paper.details[.series] ?? (venueField == "publisher" && publisher != nil && paper.venue != publisher ? paper.venue : nil)
        if let venue, !preprintServer {
            if let venueField {
                fields.append((venueField, braced(LaTeXText.encodePlain(venue, ascii: options.ascii, unmapped: &unmapped))))
            } else if paper.entry == nil, paper.type != nil {
                fields.append(("howpublished", braced(LaTeXText.encodePlain(venue, ascii: options.ascii, unmapped: &unmapped))))
            }
        } else if venueField != nil, type != "book", type != "proceedings" {
            type = "misc"
        }
        if let v = paper.volume, !preprintServer { fields.append(("volume", braced(LaTeXText.encodePlain(v, ascii: options.ascii, unmapped: &unmapped)))) }
        func plain(_ name: String, _ value: String?) {
            if let value { fields.append((name, braced(LaTeXText.encodePlain(value, ascii: options.ascii, unmapped: &unmapped)))) }
        }
        // The details, each once: the publisher where the venue was not written as it.
        if let publisher, venueField != "publisher", publisher != venue { plain("publisher", publisher) }
        plain("address", paper.details[.place])
        let editors = paper.details.all(.editor).map { BibTeXNames.bibtex($0, family: nil, ascii: options.ascii, unmapped: &unmapped) }
        if !editors.isEmpty { fields.append(("editor", braced(editors.joined(separator: " and ")))) }
        plain("number", paper.details[.number])
        plain("edition", paper.details[.edition])
        plain("series", series)
        plain("isbn", paper.details.joined(.isbn))
        plain("issn", paper.details.joined(.issn))
        plain("note", paper.details[.note])
        if let pages = paper.pages {
            // `1201--1210` as BibTeX writes a page range; anything else in pages is encoded.
            let plain = pages.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x41 && $0 <= 0x5A) || ($0 >= 0x61 && $0 <= 0x7A) || $0 == 0x2D || $0 == 0x2C || $0 == 0x20 || $0 == 0x2B }
            fields.append(("pages", braced(plain ? pages : LaTeXText.encodePlain(pages, ascii: options.ascii, unmapped: &unmapped))))
        }
        if let d = paper.date {
            fields.append(("year", braced(String(d.year))))
            if d.precision != .year { fields.append(("month", BibTeXReader.months[d.month - 1])) }
            fields.append(("date", braced(d.iso)))
        }
        if let doi = paper.identifiers.doi { fields.append(("doi", braced(LaTeXText.encodePlain(doi, ascii: options.ascii, unmapped: &unmapped)))) }
        if let url = paper.codeLink ?? Links.arxivID(of: paper).map({ "https://arxiv.org/abs/" + $0 }) ?? paper.links.first {
            fields.append(("url", braced(LaTeXText.encodePlain(url, ascii: options.ascii, unmapped: &unmapped))))
        }
        if let id = Links.arxivID(of: paper) {
            fields.append(("eprint", braced(id)))
            fields.append(("archiveprefix", "{arXiv}"))
            if let c = arxivClass(paper.category) { fields.append(("primaryclass", braced(c))) }
        }
        if options.abstracts, !paper.abstract.isEmpty {
            fields.append(("abstract", braced(LaTeXText.encodeSource(paper.abstract, ascii: options.ascii, unmapped: &unmapped))))
        }
        // The arXiv class first (it gives the category back), then the sources' keywords.
        let keywords = (arxivClass(paper.category).map { [$0] } ?? []) + paper.keywords
        if !keywords.isEmpty {
            fields.append(("keywords", braced(LaTeXText.encodePlain(keywords.joined(separator: ", "), ascii: options.ascii, unmapped: &unmapped))))
        }
        // biblatex's publication state; BibTeX passes over a field it does not know.
        if let r = paper.retraction { fields.append(("pubstate", braced(r.rawValue))) }
        if let a = paper.affiliation {
            fields.append(("organization", braced(LaTeXText.encodePlain(a, ascii: options.ascii, unmapped: &unmapped))))
        }
        return Self.format(type: type, key: key, fields: fields)
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
    /// space is kept exactly as it was. Math (`$\sigma$-models`, as a .bib or arXiv title has it)
    /// is written as it stands, not as text.
    func title(_ text: String, _ unmapped: inout Set<Character>) -> String {
        let spans = Self.mathSpans(text)
        guard !spans.isEmpty else { return plainTitle(text, &unmapped) }
        let bytes = Array(text.utf8)
        func piece(_ r: Range<Int>) -> String { String(decoding: bytes[r], as: UTF8.self) }
        var out = ""
        var at = 0
        for span in spans {
            out += plainTitle(piece(at..<span.lowerBound), &unmapped) + LaTeXText.commandsInMath(piece(span))
            at = span.upperBound
        }
        return out + plainTitle(piece(at..<bytes.count), &unmapped)
    }

    /// The byte ranges of a title's math: `$` paired left to right, as TeX pairs them, around
    /// text on one line with balanced braces that neither starts nor ends with a space unless it
    /// holds a command, `^` or `_` (so the prices in `$5 and $10` stay text, and `$ \Omega $` is
    /// math). A `\` escapes what follows it.
    static func mathSpans(_ text: String) -> [Range<Int>] {
        guard text.containsByte(0x24) else { return [] }
        let b = Array(text.utf8)
        func isMath(_ r: Range<Int>) -> Bool {
            guard !r.isEmpty else { return false }
            // Spaces inside the dollars (`{$ \Omega $}`, as TUGboat writes math) only around
            // something only math has: a command, a superscript or a subscript.
            if b[r.lowerBound] == 0x20 || b[r.upperBound - 1] == 0x20 {
                guard b[r].contains(where: { $0 == 0x5C || $0 == 0x5E || $0 == 0x5F }) else { return false }
            }
            var depth = 0
            var k = r.lowerBound
            while k < r.upperBound {
                switch b[k] {
                case 0x5C: k += 1
                case 0x7B: depth += 1
                case 0x7D: depth -= 1; if depth < 0 { return false }
                case 0x0A, 0x0D: return false
                default: break
                }
                k += 1
            }
            return depth == 0 && k == r.upperBound
        }
        var spans: [Range<Int>] = []
        var open: Int?
        var i = 0
        while i < b.count {
            if b[i] == 0x5C { i += 2; continue }
            if b[i] == 0x24 {
                if let o = open, isMath((o + 1)..<i) {
                    spans.append(o..<(i + 1))
                    open = nil
                } else {
                    open = i
                }
            }
            i += 1
        }
        return spans
    }

    /// `title` for text without math.
    private func plainTitle(_ text: String, _ unmapped: inout Set<Character>) -> String {
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
            return LaTeXText.breakLigatures(String(decoding: out, as: UTF8.self))
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
