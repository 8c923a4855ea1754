import Dispatch
import Foundation

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
    /// Where reading stops looking for new entries (the end of this reader's part).
    private var entryLimit = 0
    private var hasCrossrefs = false
    private var preambles: [String] = []
    private var diagnostics: [Diagnostic] = []

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    public init(fileName: String) {
        self.fileName = fileName
    }

    /// `parts`: how many parts to read side by side (default: one per core for large files).
    public static func read(_ bytes: some Collection<UInt8>, fileName: String, parts: Int? = nil) -> RecordContents {
        var reader = BibTeXReader(fileName: fileName)
        return reader.read(Array(bytes), parts: parts)
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

    mutating func read(_ input: [UInt8], parts: Int? = nil) -> RecordContents {
        if !ByteScan.isValidUTF8(input) {
            warn(1, "not valid UTF-8; read as Latin-1 (expected UTF-8 text)")
            b = Array(String(input.map { Character(Unicode.Scalar($0)) }).utf8)
        } else {
            b = input
        }
        let cuts = Self.cuts(in: b, parts: parts ?? (b.count >= Self.parallelThreshold ? ProcessInfo.processInfo.activeProcessorCount : 1))
        if cuts.count > 2 {
            readInParts(cuts)
        } else {
            entryLimit = b.count
            while let at = nextEntry() { entry(at: at) }
        }
        if entries.isEmpty && diagnostics.isEmpty {
            warn(max(1, line(at: b.count)), "no BibTeX entries found; expected entries like '@article{key, title = {…}}'")
        }
        var keysSeen = Set<String>(minimumCapacity: entries.count)
        for e in entries where !keysSeen.insert(e.entry.key.lowercased()).inserted {
            warn(e.line, "duplicate key '\(e.entry.key)'; both entries are kept")
        }
        resolveCrossrefs()
        // Turning entries into papers is independent per entry: large files do it on every core,
        // straight into the array.
        let all = entries
        let file = fileName
        let papers = [Paper](unsafeUninitializedCapacity: all.count) { buffer, initialized in
            let out = PaperBox(papers: buffer)
            // Large chunks keep each chunk's name cache warm; four per core keep the cores even.
            let chunk = max(2_048, all.count / (4 * ProcessInfo.processInfo.activeProcessorCount))
            DispatchQueue.concurrentPerform(iterations: (all.count + chunk - 1) / chunk) { c in
                // Co-authors come back entry after entry: each written name is parsed once per chunk.
                var names: [String: Author] = [:]
                for k in (c * chunk)..<min(all.count, (c + 1) * chunk) {
                    (out.papers.baseAddress! + k).initialize(to: Self.paper(from: all[k].entry, line: all[k].line, fileName: file, names: &names))
                }
            }
            initialized = all.count
        }
        // In line order, whichever part of the file found them.
        let ordered = diagnostics.enumerated().sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
        return RecordContents(profile: nil, papers: papers, diagnostics: ordered.map(\.element))
    }

    /// Files at least this large are read in parts, one per core.
    static let parallelThreshold = 8 << 20

    /// Where to cut the file into parts read side by side: `@type{` at the start of a line,
    /// which no value crosses (a value that runs into one is cut there). A `@comment` (which may
    /// hold such lines) or a `@string` (whose macro later parts would need) before the last cut
    /// means one part. The result starts at 0 and ends at the file's size.
    static func cuts(in b: [UInt8], parts: Int) -> [Int] {
        guard parts > 1 else { return [0, b.count] }
        var cuts = [0]
        for k in 1..<parts {
            var at = max(cuts.last! + 1, b.count / parts * k)
            while at < b.count, !(b[at] == UInt8(ascii: "@") && b[at - 1] == 0x0A && startsEntry(b, at)) { at += 1 }
            if at < b.count { cuts.append(at) }
        }
        cuts.append(b.count)
        guard cuts.count > 2 else { return [0, b.count] }
        // Every `@` before the last cut: none may start a comment or a macro.
        let last = cuts[cuts.count - 2]
        let safe = b.withUnsafeBufferPointer { buf -> Bool in
            let base = buf.baseAddress!
            var at = 0
            func word(_ j: Int, is literal: String) -> Bool {
                var k = j
                for c in literal.utf8 {
                    guard k < buf.count, buf[k] | 0x20 == c else { return false }
                    k += 1
                }
                return true
            }
            while at < last, let p = memchr(base + at, Int32(UInt8(ascii: "@")), last - at) {
                at = base.distance(to: p.assumingMemoryBound(to: UInt8.self)) + 1
                var j = at
                while j < buf.count, buf[j] == 0x20 || buf[j] == 0x09 || buf[j] == 0x0A || buf[j] == 0x0D { j += 1 }
                if word(j, is: "comment") || word(j, is: "string") { return false }
            }
            return true
        }
        return safe ? cuts : [0, b.count]
    }

    /// Whether `@letters{` or `@letters(` stands at `k`.
    static func startsEntry(_ b: [UInt8], _ k: Int) -> Bool {
        var j = k + 1
        while j < b.count, (b[j] >= 0x41 && b[j] <= 0x5A) || (b[j] >= 0x61 && b[j] <= 0x7A) { j += 1 }
        return j > k + 1 && j < b.count && (b[j] == UInt8(ascii: "{") || b[j] == UInt8(ascii: "("))
    }

    /// Reads the parts between `cuts` side by side, each with its own reader, and joins what
    /// they found in order. Each part reads on past its end to finish its last entry, exactly as
    /// a reader going straight through would.
    private mutating func readInParts(_ cuts: [Int]) {
        let parts = cuts.count - 1
        let found = UnsafeMutableBufferPointer<BibTeXReader>.allocate(capacity: parts)
        defer { found.deinitialize().deallocate() }
        let box = ReaderBox(readers: found)
        let bytes = b
        let file = fileName
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            var reader = BibTeXReader(fileName: file)
            reader.b = bytes
            reader.i = cuts[k]
            reader.entryLimit = cuts[k + 1]
            reader.lineAt = (0, 1)
            _ = reader.line(at: cuts[k])
            while let at = reader.nextEntry() { reader.entry(at: at) }
            (box.readers.baseAddress! + k).initialize(to: reader)
        }
        for reader in found {
            entries += reader.entries
            diagnostics += reader.diagnostics
            preambles += reader.preambles
            hasCrossrefs = hasCrossrefs || reader.hasCrossrefs
        }
    }

    // MARK: Scanning

    /// The line of byte `offset`, counted on from the last one asked (or back from it).
    private mutating func line(at offset: Int) -> Int {
        let offset = min(offset, b.count)
        let from = lineAt
        let line = b.withUnsafeBufferPointer { buf in
            offset >= from.offset ? from.line + ByteScan.newlines(in: buf, from: from.offset, to: offset)
                                  : from.line - ByteScan.newlines(in: buf, from: offset, to: from.offset)
        }
        lineAt = (offset, line)
        return line
    }

    private mutating func warn(_ line: Int, _ message: String) {
        diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: fileName, line: line), message))
    }

    private mutating func nextEntry() -> Int? {
        while i < entryLimit {
            if b[i] == UInt8(ascii: "@") { return i }
            i += 1
        }
        return nil
    }

    private mutating func skipSpace() {
        while i < b.count, b[i] == 0x20 || b[i] == 0x09 || b[i] == 0x0A || b[i] == 0x0D { i += 1 }
    }

    private static let nameBytes: [Bool] = (0...255).map { (c: Int) -> Bool in
        (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A) || c >= 0x80
            || "_-:./+'!?&*<>|".utf8.contains(UInt8(c))
    }

    @inline(__always) private static func isNameByte(_ c: UInt8) -> Bool { nameBytes[Int(c)] }

    private mutating func name() -> String {
        let start = i
        let table = Self.nameBytes
        while i < b.count, table[Int(b[i])] { i += 1 }
        return String(decoding: b[start..<i], as: UTF8.self)
    }

    /// `name()` in lowercase (field names, macros, types): ASCII letters folded on the bytes.
    private mutating func lowercaseName() -> String {
        let start = i
        var ascii = true, upper = false
        let table = Self.nameBytes
        while i < b.count, table[Int(b[i])] {
            if b[i] >= 0x80 { ascii = false }
            if b[i] >= 0x41 && b[i] <= 0x5A { upper = true }
            i += 1
        }
        if !ascii { return String(decoding: b[start..<i], as: UTF8.self).lowercased() }
        if !upper { return String(decoding: b[start..<i], as: UTF8.self) }
        return String(decoding: b[start..<i].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// Whether `@word{` starts at `k` at the beginning of a line: where a runaway value is cut.
    private func entryStarts(at k: Int) -> Bool {
        guard k < b.count, b[k] == UInt8(ascii: "@"), k == 0 || b[k - 1] == 0x0A else { return false }
        return Self.startsEntry(b, k)
    }

    // MARK: Entries

    private mutating func entry(at start: Int) {
        let entryLine = line(at: start)
        i = start + 1
        skipSpace()
        let type = lowercaseName()
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
            let key = lowercaseName()
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
        fields.reserveCapacity(16)
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
            let fieldStart = i
            let field = lowercaseName()
            skipSpace()
            guard !field.isEmpty, i < b.count, b[i] == UInt8(ascii: "=") else {
                warn(line(at: fieldStart), "expected 'field = value' in entry '\(key)'")
                skipToNextField(closer: closer)
                continue
            }
            i += 1
            guard let v = value(entryLine: entryLine, needText: false) else { skipToNextField(closer: closer); continue }
            if fields.contains(where: { $0.name == field }) {
                warn(line(at: fieldStart), "field '\(field)' is given twice in entry '\(key)'; the first is kept")
                continue
            }
            if field == "crossref" { hasCrossrefs = true }
            fields.append(BibTeXEntry.Field(name: field, raw: v.raw))
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
    /// written back: a bare month macro or number as itself, anything else braced. Without
    /// `needText`, a value that is one braced part (nearly all) gives its bytes as `raw` at once
    /// and no `text`.
    private mutating func value(entryLine: Int, needText: Bool = true) -> (text: String, raw: String)? {
        var text = ""
        var bare: String?
        var parts = 0
        while true {
            skipSpace()
            guard i < b.count else { return nil }
            let c = b[i]
            parts += 1
            if c == UInt8(ascii: "{") {
                guard let r = delimited(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), entryLine: entryLine) else { return nil }
                if !needText, parts == 1, nextNonSpace() != UInt8(ascii: "#") {
                    skipSpace()
                    return ("", String(decoding: b[(r.lowerBound - 1)...r.upperBound], as: UTF8.self))
                }
                text += String(decoding: b[r], as: UTF8.self)
            } else if c == UInt8(ascii: "\"") {
                guard let r = delimited(open: UInt8(ascii: "\""), close: UInt8(ascii: "\""), entryLine: entryLine) else { return nil }
                text += String(decoding: b[r], as: UTF8.self)
            } else if c >= 0x30 && c <= 0x39 {
                let start = i
                while i < b.count, b[i] >= 0x30 && b[i] <= 0x39 { i += 1 }
                let number = String(decoding: b[start..<i], as: UTF8.self)
                text += number
                bare = number
            } else if Self.isNameByte(c) {
                let macroStart = i
                let macro = name()
                let key = macro.lowercased()
                if let m = Self.months.firstIndex(of: key) {
                    text += Self.monthNames[m]
                    bare = key
                } else if let v = macros[key] {
                    text += v
                } else {
                    warn(line(at: macroStart), "undefined macro '\(macro)'; expected a @string defined before it, or a value in braces")
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

    /// Bytes `delimited` must look at: backslash, braces, a double quote, newline.
    private static let delimiterBytes: [Bool] = (0...255).map { b in
        b == 0x5C || b == 0x7B || b == 0x7D || b == 0x22 || b == 0x0A
    }

    /// The bytes between `open` and its matching `close`, braces nested; `i` ends past `close`.
    /// A value that runs into the next entry's `@type{` at the start of a line is cut there with
    /// a diagnostic.
    private mutating func delimited(open: UInt8, close: UInt8, entryLine: Int) -> Range<Int>? {
        let openAt = i
        i += 1
        let start = i
        var depth = 0
        let n = b.count
        let table = Self.delimiterBytes
        while i < n {
            // Skip the bytes that need no look, then decide on the one that does.
            i = b.withUnsafeBufferPointer { buf in
                table.withUnsafeBufferPointer { t in
                    var k = i
                    while k < n, !t[Int(buf[k])] { k += 1 }
                    return k
                }
            }
            guard i < n else { break }
            let c = b[i]
            if c == UInt8(ascii: "\\"), i + 1 < n { i += 2; continue }
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
                warn(line(at: openAt), "unbalanced braces: the value opened here runs into the next entry; expected '\(Character(Unicode.Scalar(close)))'")
                i += 1
                return nil
            }
            i += 1
        }
        guard i < n else {
            warn(line(at: openAt), "unbalanced braces: the value opened here never closes; expected '\(Character(Unicode.Scalar(close)))'")
            return nil
        }
        let content = start..<i
        i += 1
        return content
    }

    // MARK: Model

    private mutating func resolveCrossrefs() {
        guard hasCrossrefs else { return }
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

    /// A paper from an entry; fields are looked up by name in order (a dozen fields are found
    /// faster so than through a dictionary built per entry).
    private static func paper(from e: BibTeXEntry, line: Int, fileName: String, names: inout [String: Author]) -> Paper {
        let (rawNames, truncated) = BibTeXNames.splitAuthors(e["author"] ?? e["editor"] ?? "")
        let authors = rawNames.map { raw in
            if let known = names[raw] { return known }
            let author = Author(name: BibTeXNames.parts(ofBibTeXName: raw).display)
            names[raw] = author
            return author
        }
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
            k.utf8.split(separator: UInt8(ascii: ",")).lazy.map { Substring($0).trimmingSpaces() }
                .first { $0.hasPrefix("cs.") || $0.hasPrefix("stat.") || $0.hasPrefix("eess.") }
        }
        if let primary = e["primaryclass"] ?? e["eprintclass"] ?? keyword {
            category = primary.utf8.split(separator: UInt8(ascii: ".")).last.map { String(Substring($0)) } ?? primary
        }
        let affiliation = (e["affiliation"] ?? e["organization"] ?? e["institution"] ?? e["school"]).map(LaTeXText.decodePlain)
        return Paper(title: LaTeXText.decodePlain(e["title"] ?? ""), authors: authors, authorsTruncated: truncated,
                     owner: .none, affiliation: affiliation, date: date(of: e), category: category,
                     hasCode: code != nil, codeLink: code, abstract: abstract, links: links,
                     source: SourceLocation(file: fileName, line: line), entry: e)
    }

    static func date(of e: BibTeXEntry) -> PaperDate? {
        if let d = e["date"] {
            // `2023-08-15`, `2023-08`, `2023`, or a range `2023-08-15/2023-08-20` (its start).
            let parts = d.utf8.split(separator: UInt8(ascii: "/")).first.map { $0.split(separator: UInt8(ascii: "-")) } ?? []
            if let y = parts.first.flatMap({ Int(Substring($0)) }) {
                let m = parts.count > 1 ? Int(Substring(parts[1])) : nil
                let day = parts.count > 2 ? Int(Substring(parts[2])) : nil
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

private struct ReaderBox: @unchecked Sendable {
    let readers: UnsafeMutableBufferPointer<BibTeXReader>
}

private struct PaperBox: @unchecked Sendable {
    let papers: UnsafeMutableBufferPointer<Paper>
}
