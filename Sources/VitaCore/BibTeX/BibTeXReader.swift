import Dispatch

/// Reads BibTeX files as reference managers and TeX distributions write them: `@string` macros and
/// `#` concatenation, month macros, quoted and braced values with nested braces, `@comment`,
/// `@preamble`, `crossref`, any entry type, unknown fields (kept). A broken entry is a diagnostic
/// with its line, and reading goes on with the next entry. Bytes that are not UTF-8 are read as
/// Latin-1 with a warning.
public struct BibTeXReader {
    public let fileName: String
    private var b: [UInt8] = []
    private var i = 0
    private var lineAt = (offset: 0, line: 1)
    private var macros: [String: String] = [:]
    private var entries: [(entry: BibTeXEntry, line: Int)] = []
    private var keysSeen: Set<String> = []
    private var preambles: [String] = []
    private var diagnostics: [Diagnostic] = []

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    public init(fileName: String) {
        self.fileName = fileName
    }

    public static func read(_ bytes: some Collection<UInt8>, fileName: String) -> RecordContents {
        var reader = BibTeXReader(fileName: fileName)
        return reader.read(Array(bytes))
    }

    public static func read(_ text: String, fileName: String) -> RecordContents {
        read(Array(text.utf8), fileName: fileName)
    }

    /// Whether bytes look like BibTeX: the first thing that is not white space or a `%` comment is `@`.
    public static func looksLikeBibTeX(_ bytes: some Collection<UInt8>) -> Bool {
        var inComment = false
        for c in bytes.prefix(4096) {
            if inComment { if c == 0x0A { inComment = false }; continue }
            if c == UInt8(ascii: "%") { inComment = true; continue }
            if c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0xEF || c == 0xBB || c == 0xBF { continue }
            return c == UInt8(ascii: "@")
        }
        return false
    }

    mutating func read(_ input: [UInt8]) -> RecordContents {
        if String(validating: input, as: UTF8.self) == nil {
            warn(1, "not valid UTF-8; read as Latin-1 (expected UTF-8 text)")
            b = Array(String(input.map { Character(Unicode.Scalar($0)) }).utf8)
        } else {
            b = input
        }
        while let at = nextEntry() { entry(at: at) }
        if entries.isEmpty && diagnostics.isEmpty {
            warn(max(1, line(at: b.count)), "no BibTeX entries found; expected entries like '@article{key, title = {…}}'")
        }
        resolveCrossrefs()
        // Turning entries into papers is independent per entry: large files do it on every core.
        let papers = UnsafeMutableBufferPointer<Paper?>.allocate(capacity: entries.count)
        papers.initialize(repeating: nil)
        defer { papers.deallocate() }
        let chunk = 2_048
        let box = PaperBox(papers: papers)
        let all = entries
        let file = fileName
        DispatchQueue.concurrentPerform(iterations: (entries.count + chunk - 1) / chunk) { c in
            for k in (c * chunk)..<min(all.count, (c + 1) * chunk) {
                box.papers[k] = Self.paper(from: all[k].entry, line: all[k].line, fileName: file)
            }
        }
        let converted = papers.map { $0! }
        return RecordContents(profile: nil, papers: converted, diagnostics: diagnostics)
    }

    // MARK: Scanning

    private mutating func line(at offset: Int) -> Int {
        if offset < lineAt.offset { lineAt = (0, 1) }
        var line = lineAt.line
        var k = lineAt.offset
        while k < offset && k < b.count {
            if b[k] == 0x0A { line += 1 }
            k += 1
        }
        lineAt = (offset, line)
        return line
    }

    private mutating func warn(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: fileName, line: line), message))
    }

    private mutating func nextEntry() -> Int? {
        while i < b.count {
            if b[i] == UInt8(ascii: "@") { return i }
            i += 1
        }
        return nil
    }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    private static func isNameByte(_ c: UInt8) -> Bool {
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
            || "_-:./+'!?&*<>|".utf8.contains(c)
    }

    private mutating func name() -> String {
        let start = i
        while i < b.count, Self.isNameByte(b[i]) { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    /// Whether `@word{` starts at `k` at the beginning of a line: where a runaway value is cut.
    private func entryStarts(at k: Int) -> Bool {
        guard k < b.count, b[k] == UInt8(ascii: "@"), k == 0 || b[k - 1] == 0x0A else { return false }
        var j = k + 1
        while j < b.count, (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x61 && b[j] <= 0x7A) { j += 1 }
        return j > k + 1 && j < b.count && (b[j] == UInt8(ascii: "{") || b[j] == UInt8(ascii: "("))
    }

    // MARK: Entries

    private mutating func entry(at start: Int) {
        let entryLine = line(at: start)
        i = start + 1
        skipSpace()
        let type = name().lowercased()
        guard !type.isEmpty else {
            warn(entryLine, "expected an entry type after '@' (like @article)")
            return
        }
        skipSpace()
        guard i < b.count, b[i] == UInt8(ascii: "{") || b[i] == UInt8(ascii: "(") else {
            if type != "comment" { warn(entryLine, "expected '{' after @\(type)") }
            return
        }
        let closer: UInt8 = b[i] == UInt8(ascii: "{") ? UInt8(ascii: "}") : UInt8(ascii: ")")
        i += 1
        switch type {
        case "comment":
            // Everything to the matching brace is a comment.
            var depth = 1
            while i < b.count, depth > 0 {
                if b[i] == UInt8(ascii: "{") { depth += 1 } else if b[i] == UInt8(ascii: "}") { depth -= 1 }
                i += 1
            }
        case "preamble":
            if let v = value(entryLine: entryLine) { preambles.append(v.text) }
            skipSpace()
            if i < b.count, b[i] == closer { i += 1 }
        case "string":
            skipSpace()
            let key = name().lowercased()
            skipSpace()
            guard !key.isEmpty, i < b.count, b[i] == UInt8(ascii: "=") else {
                warn(entryLine, "@string expects 'name = value'")
                return
            }
            i += 1
            if let v = value(entryLine: entryLine) { macros[key] = v.text }
            skipSpace()
            if i < b.count, b[i] == closer { i += 1 }
        default:
            regularEntry(type: type, line: entryLine, closer: closer)
        }
    }

    private mutating func regularEntry(type: String, line entryLine: Int, closer: UInt8) {
        skipSpace()
        // The key runs to the first comma; if an `=` comes first, the key is missing.
        let keyStart = i
        while i < b.count, b[i] != UInt8(ascii: ","), b[i] != closer, b[i] != UInt8(ascii: "="), b[i] != 0x0A { i += 1 }
        var key = String(decoding: b[keyStart..<i], as: UTF8.self).trimmingSpaces()
        if i < b.count, b[i] == UInt8(ascii: "=") || (b[i] == 0x0A && nextNonSpace() == UInt8(ascii: "=")) {
            warn(entryLine, "@\(type) entry has no key; expected '@\(type){key, …' (a key was made up)")
            i = keyStart
            key = ""
        } else if key.isEmpty {
            warn(entryLine, "@\(type) entry has no key; expected '@\(type){key, …' (a key was made up)")
        }
        if key.isEmpty { key = "entry-line-\(entryLine)" }
        var fields: [BibTeXEntry.Field] = []
        var seen = Set<String>()
        while true {
            skipSpace()
            while i < b.count, b[i] == UInt8(ascii: ",") { i += 1; skipSpace() }
            guard i < b.count else {
                warn(entryLine, "entry '\(key)' is not closed; expected '\(Character(Unicode.Scalar(closer)))' before the end of the file")
                break
            }
            if b[i] == closer { i += 1; break }
            if entryStarts(at: i) {
                warn(entryLine, "entry '\(key)' is not closed; expected '\(Character(Unicode.Scalar(closer)))' before the next entry")
                break
            }
            let fieldLine = line(at: i)
            let field = name().lowercased()
            skipSpace()
            guard !field.isEmpty, i < b.count, b[i] == UInt8(ascii: "=") else {
                warn(fieldLine, "expected 'field = value' in entry '\(key)'")
                skipToNextField(closer: closer)
                continue
            }
            i += 1
            guard let v = value(entryLine: entryLine) else { skipToNextField(closer: closer); continue }
            if seen.contains(field) {
                warn(fieldLine, "field '\(field)' is given twice in entry '\(key)'; the first is kept")
                continue
            }
            seen.insert(field)
            fields.append(BibTeXEntry.Field(name: field, raw: v.raw))
        }
        if !keysSeen.insert(key.lowercased()).inserted {
            warn(entryLine, "duplicate key '\(key)'; both entries are kept")
        }
        entries.append((BibTeXEntry(type: type, key: key, fields: fields), entryLine))
    }

    private func nextNonSpace() -> UInt8? {
        var k = i
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0A || b[k] == 0x0D { k += 1 }
        return k < b.count ? b[k] : nil
    }

    /// Skips past what could not be read, to the next `,` or the entry's end; always moves on.
    private mutating func skipToNextField(closer: UInt8) {
        var depth = 0
        let start = i
        defer { if i == start, i < b.count, !entryStarts(at: i) { i += 1 } }
        while i < b.count {
            let c = b[i]
            if entryStarts(at: i) { return }
            if c == UInt8(ascii: "{") { depth += 1 }
            if c == UInt8(ascii: "}") {
                if depth == 0 { return }
                depth -= 1
            }
            if depth == 0, c == UInt8(ascii: ",") || c == closer { return }
            i += 1
        }
    }

    /// A value: parts joined by `#`, each `{…}`, `"…"`, a number or a macro. `raw` is how it is
    /// written back: a bare month macro or number as itself, anything else braced.
    private mutating func value(entryLine: Int) -> (text: String, raw: String)? {
        var text = ""
        var bare: String?
        var parts = 0
        while true {
            skipSpace()
            guard i < b.count else { return nil }
            let c = b[i]
            parts += 1
            if c == UInt8(ascii: "{") {
                guard let s = delimited(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), entryLine: entryLine) else { return nil }
                text += s
            } else if c == UInt8(ascii: "\"") {
                guard let s = delimited(open: UInt8(ascii: "\""), close: UInt8(ascii: "\""), entryLine: entryLine) else { return nil }
                text += s
            } else if c >= 0x30 && c <= 0x39 {
                let start = i
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                let number = String(decoding: b[start..<i], as: UTF8.self)
                text += number
                bare = number
            } else if Self.isNameByte(c) {
                let macroLine = line(at: i)
                let macro = name()
                let key = macro.lowercased()
                if let m = Self.months.firstIndex(of: key) {
                    text += Self.monthNames[m]
                    bare = key
                } else if let v = macros[key] {
                    text += v
                } else {
                    warn(macroLine, "undefined macro '\(macro)'; expected a @string defined before it, or a value in braces")
                }
            } else {
                warn(line(at: i), "expected a value ({…}, \"…\", a number or a macro)")
                return nil
            }
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "#") { i += 1; continue }
            break
        }
        if parts == 1, let bare { return (text, bare) }
        return (text, "{" + text + "}")
    }

    /// The text between `open` and its matching `close`, braces nested. A value that runs into
    /// the next entry's `@type{` at the start of a line is cut there with a diagnostic.
    private mutating func delimited(open: UInt8, close: UInt8, entryLine: Int) -> String? {
        let startLine = line(at: i)
        i += 1
        let start = i
        var depth = 0
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\\"), i + 1 < b.count { i += 2; continue }
            if c == UInt8(ascii: "{") { depth += 1 }
            else if c == UInt8(ascii: "}") {
                if depth == 0 && close == UInt8(ascii: "}") { break }
                depth -= 1
                if depth < 0 {
                    warn(line(at: i), "unbalanced '}' in a quoted value")
                    depth = 0
                }
            } else if c == close, depth == 0 {
                break
            }
            if c == 0x0A, entryStarts(at: i + 1) {
                warn(startLine, "unbalanced braces: the value opened here runs into the next entry; expected '\(Character(Unicode.Scalar(close)))'")
                i += 1
                return nil
            }
            i += 1
        }
        guard i < b.count else {
            warn(startLine, "unbalanced braces: the value opened here never closes; expected '\(Character(Unicode.Scalar(close)))'")
            return nil
        }
        let s = String(decoding: b[start..<i], as: UTF8.self)
        i += 1
        return s
    }

    // MARK: Model

    private mutating func resolveCrossrefs() {
        var byKey: [String: Int] = [:]
        for (k, e) in entries.enumerated() { byKey[e.entry.key.lowercased()] = k }
        for k in entries.indices {
            guard let parentKey = entries[k].entry["crossref"] else { continue }
            guard let p = byKey[parentKey.lowercased()] else {
                warn(entries[k].line, "crossref '\(parentKey)' names no entry in this file")
                continue
            }
            let parent = entries[p].entry
            var names = Set(entries[k].entry.fields.map(\.name))
            for f in parent.fields where f.name != "crossref" {
                // A book's title is its chapters' booktitle.
                let name = f.name == "title" ? "booktitle" : f.name
                if !names.contains(name) {
                    entries[k].entry.fields.append(BibTeXEntry.Field(name: name, raw: f.raw))
                    names.insert(name)
                }
            }
        }
    }

    private static func paper(from entry: BibTeXEntry, line: Int, fileName: String) -> Paper {
        // Each field's text once, looked up by name.
        var map: [String: String] = [:]
        for f in entry.fields where map[f.name] == nil { map[f.name] = f.text }
        let e = FieldMap(map: map)
        let (rawNames, truncated) = BibTeXNames.splitAuthors(e["author"] ?? e["editor"] ?? "")
        let authors = rawNames.map { Author(name: BibTeXNames.parts(ofBibTeXName: $0).display) }
        let abstract = e["abstract"].map(LaTeXText.decodeSource) ?? ""
        var links: [String] = []
        if let url = e["url"] { links.append(url.trimmingSpaces()) }
        if let doi = e["doi"] { links.append("https://doi.org/" + doi.trimmingSpaces()) }
        if let eprint = e["eprint"], (e["archiveprefix"] ?? e["eprinttype"] ?? "arxiv").lowercased() == "arxiv" {
            links.append("https://arxiv.org/abs/" + eprint.trimmingSpaces())
        }
        for link in Links.extract(from: abstract) where !links.contains(link) { links.append(link) }
        let code = Links.repository(in: links)
        var category: String?
        // arXiv's class (`cs.CV`) gives the category, from the arXiv fields or the keywords Vita writes.
        let keyword = e["keywords"].flatMap { k in
            k.split(separator: ",").map { $0.trimmingSpaces() }.first { $0.hasPrefix("cs.") || $0.hasPrefix("stat.") || $0.hasPrefix("eess.") }
        }
        if let primary = e["primaryclass"] ?? e["eprintclass"] ?? keyword {
            category = String(primary.split(separator: ".").last ?? Substring(primary))
        }
        let affiliation = (e["affiliation"] ?? e["organization"] ?? e["institution"] ?? e["school"]).map(LaTeXText.decodePlain)
        return Paper(title: LaTeXText.decodePlain(e["title"] ?? ""), authors: authors, authorsTruncated: truncated,
                     owner: .none, affiliation: affiliation, date: date(of: e), category: category,
                     hasCode: code != nil, codeLink: code, abstract: abstract, links: links,
                     source: SourceLocation(file: fileName, line: line), entry: entry)
    }

    struct FieldMap {
        let map: [String: String]
        subscript(name: String) -> String? { map[name] }
    }

    /// `date = {2023-08-15}` (or `2023-08`, `2023`), else `year` with `month` (a macro, a name or a number) and `day`.
    static func date(of e: FieldMap) -> PaperDate? {
        if let d = e["date"] {
            let parts = d.split(separator: "/").first.map { $0.split(separator: "-") } ?? []
            if let y = parts.first.flatMap({ Int($0) }) {
                let m = parts.count > 1 ? Int(parts[1]) : nil
                let day = parts.count > 2 ? Int(parts[2]) : nil
                return PaperDate(year: y, month: m ?? 1, day: day ?? 1,
                                 precision: day != nil ? .day : (m != nil ? .month : .year))
            }
        }
        guard let y = e["year"].flatMap({ Int($0.filter(\.isNumber).prefix(4)) }) else { return nil }
        var month: Int?
        if let m = e["month"]?.trimmingSpaces().lowercased() {
            month = Int(m) ?? months.firstIndex(where: { m.hasPrefix($0) }).map { $0 + 1 }
        }
        let day = month != nil ? e["day"].flatMap { Int($0.trimmingSpaces()) } : nil
        return PaperDate(year: y, month: month ?? 1, day: day ?? 1,
                         precision: day != nil ? .day : (month != nil ? .month : .year))
    }
}

private struct PaperBox: @unchecked Sendable {
    let papers: UnsafeMutableBufferPointer<Paper?>
}
