import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
    /// Macro name (lowercase) to its expanded text: `@string`s read so far, and those of the files before.
    private var macros: [String: String] = [:]
    /// The longest value `@string` macros may build (a real one is a journal's name).
    static let maxExpansion = 100_000
    /// What this file holds besides entries.
    private var parts = BibTeXFileParts()
    /// Where the last value read ran on past the end of a line that looks like the end of a field
    /// (`…},` and then `name =`): the end of that line and the start of the next.
    private var runOnLine: (lineEnd: Int, nextLine: Int)?
    private var entries: [(entry: BibTeXEntry, line: Int)] = []
    /// Where reading stops looking for new entries (the end of this reader's part).
    private var entryLimit = 0
    private var hasCrossrefs = false
    private var diagnostics = DiagnosticList()

    static let months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// `macros`: the `@string`s of the files read before this one, as with `\bibliography{abbrev,refs}`.
    public init(fileName: String, macros: [BibTeXFileParts.Macro] = []) {
        self.fileName = fileName
        parts.file = fileName
        for m in macros { self.macros[m.name] = m.text }
    }

    /// `parts`: how many parts to read side by side (default: one per core for large files).
    public static func read(_ bytes: some Collection<UInt8>, fileName: String, parts: Int? = nil,
                            macros: [BibTeXFileParts.Macro] = []) -> RecordContents {
        var reader = BibTeXReader(fileName: fileName, macros: macros)
        return reader.read(Array(bytes), parts: parts)
    }

    public static func read(_ text: String, fileName: String, macros: [BibTeXFileParts.Macro] = []) -> RecordContents {
        read(Array(text.utf8), fileName: fileName, macros: macros)
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
        // Lines ended by CR alone (a classic Mac OS file): a `%` comment ends with its line.
        b = RecordLoader.endingLinesWithLF(decoded(input))
        let cuts = Self.cuts(in: b, parts: parts ?? (b.count >= Self.parallelThreshold ? Cores.active : 1))
        if cuts.count > 2 {
            readInParts(cuts)
        } else {
            entryLimit = b.count
            while let at = nextEntry() { entry(at: at) }
        }
        if entries.isEmpty && diagnostics.isEmpty && self.parts.isEmpty {
            warn(max(1, line(at: b.count)), "no BibTeX entries found; expected entries like '@article{key, title = {…}}'")
        }
        var keysSeen = Set<String>(minimumCapacity: entries.count)
        for e in entries where !keysSeen.insert(e.entry.key.lowercased()).inserted {
            warn(e.line, "duplicate key '\(e.entry.key)'; both entries are kept")
        }
        let resolved = resolveInheritance()
        // `@xdata` entries only lend their fields; they are no papers.
        if hasCrossrefs {
            self.parts.xdata = entries.filter { $0.entry.type == "xdata" }.map(\.entry)
            entries.removeAll { $0.entry.type == "xdata" }
        }
        // Turning entries into papers is independent per entry: large files do it on every core,
        // straight into the array.
        let all = entries
        let file = fileName
        // What was impossible in an entry's date, found while its paper is made: one list a chunk.
        let chunk = max(2_048, all.count / (4 * Cores.active))
        let chunks = (all.count + chunk - 1) / chunk
        let dateProblems = UnsafeMutableBufferPointer<[Diagnostic]>.allocate(capacity: max(1, chunks))
        dateProblems.initialize(repeating: [])
        defer { dateProblems.deinitialize().deallocate() }
        let problemBox = ProblemBox(lists: dateProblems)
        let papers = [Paper](uninitializedCount: all.count) { buffer, initialized in
            let out = PaperBox(papers: buffer)
            // Large chunks keep each chunk's name cache warm; four per core keep the cores even.
            DispatchQueue.concurrentPerform(iterations: chunks) { c in
                // Co-authors come back entry after entry: each written name is parsed once per chunk.
                var names: [String: Author] = [:]
                var problems: [Diagnostic] = []
                for k in (c * chunk)..<min(all.count, (c + 1) * chunk) {
                    let e = all[k].entry
                    var problem: String?
                    var p = Self.paper(from: resolved.isEmpty ? e : resolved[e.key.lowercased()] ?? e, line: all[k].line,
                                       fileName: file, names: &names, dateProblem: &problem)
                    p.entry = e
                    if let problem {
                        problems.append(Diagnostic(.warning, at: SourceLocation(file: file, line: all[k].line), "entry '\(e.key)': \(problem)"))
                    }
                    (out.papers.baseAddress! + k).initialize(to: p)
                }
                problemBox.lists[c] = problems
            }
            initialized = all.count
        }
        for list in dateProblems { for d in list { diagnostics.append(d) } }
        // In line order, whichever part of the file found them.
        let ordered = diagnostics.items.enumerated().sorted { ($0.element.location.line, $0.offset) < ($1.element.location.line, $1.offset) }
        let listed = ordered.map(\.element) + diagnostics.finished(file: fileName).dropFirst(diagnostics.items.count)
        return RecordContents(profile: nil, papers: papers, diagnostics: listed, bibtex: self.parts)
    }

    /// The file as UTF-8: in the encoding its head states (`-*- coding: latin-9 -*-`, JabRef's
    /// `% Encoding: windows-1252`), else UTF-8, else Latin-1 with a warning.
    private mutating func decoded(_ input: [UInt8]) -> [UInt8] {
        let valid = ByteScan.isValidUTF8(input)
        if let stated = TextEncoding.stated(in: input) {
            guard let encoding = stated.encoding else {
                warn(1, "unknown encoding '\(stated.name)'; expected UTF-8, Latin-1, Latin-2, Latin-9 or windows-1252 (read as \(valid ? "UTF-8" : "Latin-1"))")
                return valid ? input : TextEncoding.latin1.decode(input)
            }
            if encoding != .utf8 {
                // ASCII is the same in all of them.
                return input.contains(where: { $0 >= 0x80 }) ? encoding.decode(input) : input
            }
            if valid { return input }
            warn(1, "the file says it is UTF-8 but is not; read as Latin-1")
            return TextEncoding.latin1.decode(input)
        }
        if valid { return input }
        warn(1, "not valid UTF-8; read as Latin-1 (expected UTF-8 text, or an encoding stated in the file such as '% Encoding: windows-1252')")
        return TextEncoding.latin1.decode(input)
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
        let inherited = macros
        DispatchQueue.concurrentPerform(iterations: parts) { k in
            var reader = BibTeXReader(fileName: file)
            reader.macros = inherited
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
            diagnostics.append(contentsOf: reader.diagnostics)
            self.parts.preambles += reader.parts.preambles
            self.parts.macros += reader.parts.macros
            self.parts.comments += reader.parts.comments
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

    /// The next `@` between entries. One after a `%` on its line is commented out, as biber
    /// reads it (`%@book{old, …}`): reading goes on after that line.
    private mutating func nextEntry() -> Int? {
        while i < entryLimit {
            if b[i] == UInt8(ascii: "@") {
                if !commentedOut(i) { return i }
                while i < b.count, b[i] != 0x0A { i += 1 }
                continue
            }
            i += 1
        }
        return nil
    }

    /// Whether a `%` stands before `at` on its line.
    private func commentedOut(_ at: Int) -> Bool {
        var k = at - 1
        while k >= 0, b[k] != 0x0A {
            if b[k] == UInt8(ascii: "%") { return true }
            k -= 1
        }
        return false
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
            // Everything to the matching brace is a comment, kept as written.
            var depth = 1
            let bodyStart = i
            while i < b.count, depth > 0 {
                if b[i] == UInt8(ascii: "{") { depth += 1 } else if b[i] == UInt8(ascii: "}") { depth -= 1 }
                i += 1
            }
            parts.comments.append(String(decoding: b[bodyStart..<(depth == 0 ? i - 1 : i)], as: UTF8.self))
        case "preamble":
            if let v = value(entryLine: entryLine) { parts.preambles.append(v.raw) }
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
            if let v = value(entryLine: entryLine) {
                macros[key] = v.text
                parts.macros.append(BibTeXFileParts.Macro(name: key, raw: v.raw, text: v.text))
            }
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
        var seenFields: Set<String> = []
        fields.reserveCapacity(16)
        var expansions: [String: String] = [:]
        // A value whose braces do not balance runs on over the next fields; where its first line
        // ended is kept, to read it again from there if the entry then never closes.
        var runaway: (field: Int, name: String, valueStart: Int, lineEnd: Int, nextLine: Int)?
        while true {
            skipSpace()
            while i < b.count, b[i] == UInt8(ascii: ",") || b[i] == UInt8(ascii: "%") {
                // `%` starts a comment to the end of the line between fields, as biber reads it.
                if b[i] == UInt8(ascii: "%") { while i < b.count, b[i] != 0x0A { i += 1 } } else { i += 1 }
                skipSpace()
            }
            let unclosedAtEnd = i >= b.count || (b[i] != closer && entryStarts(at: i))
            if unclosedAtEnd, let r = runaway {
                // Read the runaway value to the end of its first line, closing its open braces, and
                // the fields after it as fields.
                let head = String(decoding: b[r.valueStart..<r.lineEnd], as: UTF8.self)
                fields[r.field].raw = Self.balanced(head)
                for f in fields[r.field...] { expansions[f.name] = nil }
                warn(line(at: r.valueStart), "unbalanced braces in field '\(r.name)' of entry '\(key)': its value ran on over the next lines; it was read to the end of its line (expected '}' before the line ends)")
                fields.removeSubrange((r.field + 1)...)
                i = r.nextLine
                runaway = nil
                continue
            }
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
            runOnLine = nil
            let valueStart = i
            guard let v = value(entryLine: entryLine, needText: false) else { skipToNextField(closer: closer); continue }
            // A few fields are compared in turn; an entry with many keeps a set of their names
            // (100,000 fields compared in turn would take minutes).
            if fields.count >= 16 && seenFields.isEmpty { seenFields = Set(fields.map(\.name)) }
            if seenFields.isEmpty ? fields.contains(where: { $0.name == field }) : !seenFields.insert(field).inserted {
                warn(line(at: fieldStart), "field '\(field)' is given twice in entry '\(key)'; the first is kept")
                continue
            }
            if field == "crossref" || field == "xdata" { hasCrossrefs = true }
            if runaway == nil, let cut = runOnLine {
                var start = valueStart
                while start < b.count, b[start] == 0x20 || b[start] == 0x09 { start += 1 }
                runaway = (fields.count, field, start, cut.lineEnd, cut.nextLine)
            }
            if let x = v.expanded { expansions[field] = x }
            fields.append(BibTeXEntry.Field(name: field, raw: v.raw))
        }
        entries.append((BibTeXEntry(type: type, key: key, fields: fields, expansions: expansions), entryLine))
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
    /// written back: a bare month macro or number as itself, one braced or quoted part braced,
    /// and anything with a macro or `#` as it was written (then `expanded` holds its text; an
    /// undefined macro stands as its name). Without `needText`, a value that is one braced part
    /// (nearly all) gives its bytes as `raw` at once and no `text`.
    private mutating func value(entryLine: Int, needText: Bool = true) -> (text: String, raw: String, expanded: String?)? {
        var text = ""
        var bare: String?
        var parts = 0
        var written = false
        skipSpace()
        let valueStart = i
        while true {
            skipSpace()
            guard i < b.count else { return nil }
            let c = b[i]
            parts += 1
            if c == UInt8(ascii: "{") {
                let open = i
                guard let r = delimited(open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), entryLine: entryLine) else {
                    return parts == 1 ? firstLine(ofValueAt: open) : nil
                }
                if !needText, parts == 1, nextNonSpace() != UInt8(ascii: "#") {
                    skipSpace()
                    return ("", String(decoding: b[(r.lowerBound - 1)...r.upperBound], as: UTF8.self), nil)
                }
                text += String(decoding: b[r], as: UTF8.self)
            } else if c == UInt8(ascii: "\"") {
                let open = i
                guard let r = delimited(open: UInt8(ascii: "\""), close: UInt8(ascii: "\""), entryLine: entryLine) else {
                    return parts == 1 ? firstLine(ofValueAt: open) : nil
                }
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
                if let m = Self.months.firstIndex(of: key), macros[key] == nil {
                    text += Self.monthNames[m]
                    bare = key
                } else if let v = macros[key] {
                    // A chain of macros that doubles (`@string{b = a # a}`, twenty times) would
                    // grow past memory: a value made of macros stops at `maxExpansion` bytes.
                    if text.utf8.count + v.utf8.count > Self.maxExpansion {
                        if text.utf8.count < Self.maxExpansion {
                            warn(line(at: macroStart), "macro '\(macro)' makes the value longer than \(Self.maxExpansion) bytes; expected a shorter @string chain (the value is cut there)")
                            text += String(decoding: v.utf8.prefix(Self.maxExpansion - text.utf8.count), as: UTF8.self)
                        }
                    } else {
                        text += v
                    }
                    written = true
                } else {
                    warn(line(at: macroStart), "undefined macro '\(macro)'; expected a @string defined before it (in this file or one named before it), or a value in braces; kept as '\(macro)'")
                    text += macro
                    written = true
                }
            } else {
                warn(line(at: i), "expected a value ({…}, \"…\", a number or a macro)")
                return nil
            }
            let partEnd = i
            skipSpace()
            if i < b.count, b[i] == UInt8(ascii: "#") { i += 1; written = true; continue }
            if written || parts > 1 {
                return (text, String(decoding: b[valueStart..<partEnd], as: UTF8.self), text)
            }
            break
        }
        if parts == 1, let bare { return (text, bare, nil) }
        return (text, "{" + text + "}", nil)
    }

    /// A value opened at `open` that never closes (the file ends, or the next entry starts,
    /// inside it), read to the end of its first line (less a `,` ending it) with its open braces
    /// closed; the reading goes on at the next line, whose fields stay fields.
    private mutating func firstLine(ofValueAt open: Int) -> (text: String, raw: String, expanded: String?) {
        var end = open
        while end < b.count, b[end] != 0x0A { end += 1 }
        i = min(b.count, end + 1)
        if end < b.count, endsAField(before: end) {
            end = fieldEnd(before: end)
        } else {
            while end > open + 1, b[end - 1] == 0x20 || b[end - 1] == 0x09 || b[end - 1] == 0x0D { end -= 1 }
        }
        let raw = Self.balanced(String(decoding: b[open..<end], as: UTF8.self))
        return (String(raw.dropFirst().dropLast()), raw, nil)
    }

    /// The bytes between `open` and its matching `close`, braces nested; `i` ends past `close`.
    /// A value that runs into the next entry's `@type{` at the start of a line is cut there with
    /// a diagnostic.
    private mutating func delimited(open: UInt8, close: UInt8, entryLine: Int) -> Range<Int>? {
        let openAt = i
        i += 1
        let start = i
        var depth = 0
        var escapedBraces = 0
        let n = b.count
        while i < n {
            // Skip the bytes that need no look (backslash, braces, a double quote, a newline),
            // a word at a time, then decide on the one that does.
            i = b.withUnsafeBufferPointer { ByteScan.firstOf((0x5C, 0x7B, 0x7D, 0x22, 0x0A), in: $0, from: i, to: n) }
            guard i < n else { break }
            let c = b[i]
            if c == UInt8(ascii: "\\"), i + 1 < n {
                if b[i + 1] == UInt8(ascii: "{") { escapedBraces += 1 } else if b[i + 1] == UInt8(ascii: "}") { escapedBraces -= 1 }
                i += 2
                continue
            }
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
            if c == 0x0A, runOnLine == nil, endsAField(before: i), startsAField(after: i) {
                runOnLine = (fieldEnd(before: i), i + 1)
            }
            if c == 0x0A, entryStarts(at: i + 1) {
                warn(line(at: openAt), "unbalanced braces: the value opened here runs into the next entry; expected '\(Character(Unicode.Scalar(close)))' (it was read to the end of its line)")
                i += 1
                return nil
            }
            i += 1
        }
        guard i < n else {
            warn(line(at: openAt), "unbalanced braces: the value opened here never closes; expected '\(Character(Unicode.Scalar(close)))' (it was read to the end of its line)")
            return nil
        }
        let content = start..<i
        i += 1
        if escapedBraces != 0 {
            warn(line(at: openAt), "'\\{' or '\\}' inside a value: bibtex counts them as braces, so for bibtex this value does not balance; Vita writes them as {\\textbraceleft} and {\\textbraceright}")
        }
        return content
    }

    /// Whether the line ending at `newline` ends like a field: its last byte but spaces is `,`.
    private func endsAField(before newline: Int) -> Bool {
        var k = newline - 1
        while k >= 0, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D { k -= 1 }
        return k >= 0 && b[k] == UInt8(ascii: ",")
    }

    /// Where the field before `newline` ends: before its trailing `,`.
    private func fieldEnd(before newline: Int) -> Int {
        var k = newline - 1
        while k >= 0, b[k] == 0x20 || b[k] == 0x09 || b[k] == 0x0D { k -= 1 }
        return k
    }

    /// Whether the line after `newline` starts like a field: `name =`.
    private func startsAField(after newline: Int) -> Bool {
        var k = newline + 1
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        let start = k
        while k < b.count, (b[k] | 0x20 >= 0x61 && b[k] | 0x20 <= 0x7A) || b[k] == UInt8(ascii: "_") || b[k] == UInt8(ascii: "-") { k += 1 }
        guard k > start else { return false }
        while k < b.count, b[k] == 0x20 || b[k] == 0x09 { k += 1 }
        return k < b.count && b[k] == UInt8(ascii: "=")
    }

    /// A value cut short (`{Taylor {{\\&} Francis}`) with its open braces closed, braced whole.
    static func balanced(_ head: String) -> String {
        var body = Substring(head)
        if body.hasPrefix("\"") { body = body.dropFirst(); if body.hasSuffix("\"") { body = body.dropLast() } }
        else if body.hasPrefix("{") { body = body.dropFirst() }
        var depth = 0, escaped = false
        var out = ""
        for ch in body {
            if escaped { escaped = false; out.append(ch); continue }
            if ch == "\\" { escaped = true; out.append(ch); continue }
            if ch == "{" { depth += 1 }
            if ch == "}" { if depth == 0 { continue }; depth -= 1 }
            out.append(ch)
        }
        return "{" + out + String(repeating: "}", count: depth) + "}"
    }

    // MARK: Model

    /// Entries that inherit fields through `crossref` or `xdata`, with those fields added, by
    /// lowercase key; the entries themselves stay as written. As biber resolves them: `xdata`
    /// lends every field; a `crossref` parent lends the fields the child lacks, its title as the
    /// child's `booktitle` (`maintitle` from a multi-volume work, `journaltitle` from a
    /// periodical). Chains are followed; a cycle is reported and cut.
    private mutating func resolveInheritance() -> [String: BibTeXEntry] {
        guard hasCrossrefs else { return [:] }
        var byKey: [String: Int] = [:]
        for (k, e) in entries.enumerated() where byKey[e.entry.key.lowercased()] == nil { byKey[e.entry.key.lowercased()] = k }
        // biber's `ids`: other keys an entry answers to.
        for (k, e) in entries.enumerated() {
            for alias in (e.entry["ids"] ?? "").split(separator: ",").map({ $0.trimmingSpaces().lowercased() }) where !alias.isEmpty {
                if byKey[alias] == nil { byKey[alias] = k }
            }
        }
        var done: [String: BibTeXEntry] = [:]
        var visiting = Set<String>()
        func resolve(_ k: Int) -> BibTeXEntry {
            let key = entries[k].entry.key.lowercased()
            if let e = done[key] { return e }
            var e = entries[k].entry
            guard visiting.insert(key).inserted else {
                warn(entries[k].line, "'\(entries[k].entry.key)' inherits from itself through crossref or xdata; the cycle is cut here")
                return e
            }
            defer { visiting.remove(key) }
            var names = Set(e.fields.map(\.name))
            func lend(_ field: BibTeXEntry.Field, from source: BibTeXEntry, as name: String) {
                guard names.insert(name).inserted else { return }
                e.fields.append(BibTeXEntry.Field(name: name, raw: field.raw))
                if let x = source.expansions[field.name] { e.expansions[name] = x }
            }
            for xkey in (entries[k].entry["xdata"] ?? "").split(separator: ",").map({ $0.trimmingSpaces() }) where !xkey.isEmpty {
                guard let p = byKey[xkey.lowercased()] else {
                    warn(entries[k].line, "xdata '\(xkey)' names no entry in this file")
                    continue
                }
                let lender = resolve(p)
                for f in lender.fields where !Self.notInherited.contains(f.name) { lend(f, from: lender, as: f.name) }
            }
            if let parentKey = entries[k].entry["crossref"]?.trimmingSpaces() {
                if let p = byKey[parentKey.lowercased()] {
                    let parent = resolve(p)
                    for f in parent.fields where !Self.notInherited.contains(f.name) {
                        lend(f, from: parent, as: Self.inheritedName(f.name, from: parent.type, to: e.type))
                    }
                } else {
                    warn(entries[k].line, "crossref '\(parentKey)' names no entry in this file")
                }
            }
            done[key] = e
            return e
        }
        for k in entries.indices where entries[k].entry["crossref"] != nil || entries[k].entry["xdata"] != nil { _ = resolve(k) }
        return done
    }

    /// Fields a parent never lends (biber's defaults).
    static let notInherited: Set<String> = ["crossref", "xdata", "xref", "ids", "entryset", "entrysubtype", "execute",
                                            "label", "options", "presort", "related", "relatedoptions", "relatedtype",
                                            "shorthand", "shorthandintro", "sortkey"]

    /// The name a parent's field takes in the child, by biblatex's default inheritance: a
    /// book's, collection's or proceedings' title becomes the title of the book its part is in
    /// (`booktitle`), a multi-volume work's the `maintitle`, a periodical's its article's
    /// `journaltitle`; between any other two types a field is lent under its own name (an
    /// `@article` without a title takes its `@book` parent's title).
    static func inheritedName(_ name: String, from parent: String, to child: String) -> String {
        let titles: (String, String, String)?
        switch (parent, child) {
        case ("mvbook", "book"), ("mvbook", "inbook"), ("mvbook", "bookinbook"), ("mvbook", "suppbook"),
             ("mvcollection", "collection"), ("mvcollection", "reference"), ("mvcollection", "incollection"),
             ("mvcollection", "inreference"), ("mvcollection", "suppcollection"),
             ("mvreference", "collection"), ("mvreference", "reference"), ("mvreference", "incollection"),
             ("mvreference", "inreference"), ("mvreference", "suppcollection"),
             ("mvproceedings", "proceedings"), ("mvproceedings", "inproceedings"):
            titles = ("maintitle", "mainsubtitle", "maintitleaddon")
        case ("book", "inbook"), ("book", "bookinbook"), ("book", "suppbook"),
             ("collection", "incollection"), ("collection", "inreference"), ("collection", "suppcollection"),
             ("reference", "incollection"), ("reference", "inreference"), ("reference", "suppcollection"),
             ("proceedings", "inproceedings"):
            titles = ("booktitle", "booksubtitle", "booktitleaddon")
        case ("periodical", "article"), ("periodical", "suppperiodical"):
            titles = ("journaltitle", "journalsubtitle", "")
        default:
            titles = nil
        }
        guard let titles else { return name }
        switch name {
        case "title": return titles.0
        case "subtitle": return titles.1
        case "titleaddon": return titles.2.isEmpty ? name : titles.2
        default: return name
        }
    }

    /// A biblatex annotation of a list's items (`1="0000-0002-1825-0097"; 2:family="x"`), as
    /// (item index from 0, annotation): annotations of a name's part are left out.
    static func annotations(_ spec: String) -> [(Int, String)] {
        spec.split(separator: ";").compactMap { item -> (Int, String)? in
            guard let eq = item.firstIndex(of: "=") else { return nil }
            let target = item[..<eq].trimmingSpaces()
            guard let n = Int(target), n >= 1 else { return nil }
            var value = item[item.index(after: eq)...].trimmingSpaces()
            if value.count >= 2, value.first == "\"", value.last == "\"" { value = String(value.dropFirst().dropLast()) }
            return (n - 1, value)
        }
    }

    /// The title with biblatex's `subtitle` after it (`Definition of the CRMarchaeo: Extension of
    /// CIDOC CRM…`), as the other sources and CSL give the whole title: it is listed, searched
    /// and matched whole. The entry keeps both fields as written.
    static func fullTitle(of e: BibTeXEntry) -> String {
        FieldText.title(LaTeXText.decodePlain(e["title"] ?? ""), subtitle: e["subtitle"].map(LaTeXText.decodePlain))
    }

    /// A paper from an entry; fields are looked up by name in order (a dozen fields are found
    /// faster so than through a dictionary built per entry).
    private static func paper(from e: BibTeXEntry, line: Int, fileName: String, names: inout [String: Author],
                              dateProblem: inout String?) -> Paper {
        let authorText = e["author"]
        let (rawNames, truncated) = BibTeXNames.splitAuthors(authorText ?? e["editor"] ?? "")
        var authors = rawNames.compactMap { raw -> Author? in
            if let known = names[raw] { return known }
            let parts = BibTeXNames.parts(ofBibTeXName: raw)
            var author = Author(name: parts.display, family: parts.von.isEmpty ? parts.last : parts.von + " " + parts.last)
            if parts.display.isEmpty {
                // A name that is a command of its file's own (`\Thanh`, defined in its preamble):
                // the command's name, not an empty name.
                let bare = String(raw.filter { $0 != "\\" && $0 != "{" && $0 != "}" }).trimmingSpaces()
                guard raw.contains("\\"), bare.contains(where: \.isLetter) else { return nil }
                author = Author(name: bare, family: bare)
            }
            names[raw] = author
            return author
        }
        // biblatex's data annotations give the authors' ORCIDs: `author+an:orcid = {1="0000-…"; 2="…"}`.
        if let orcids = e[authorText != nil ? "author+an:orcid" : "editor+an:orcid"] {
            for (k, value) in annotations(orcids) where k < authors.count {
                var ids = authors[k].ids ?? AuthorIdentifiers()
                ids.orcid = AuthorIdentifiers.normaliseORCID(value)
                authors[k].ids = ids
            }
        }
        // An abstract keeps its LaTeX source (math, `\url`), its line breaks and indentation read as one space.
        let abstract = e["abstract"].map { a -> String in
            let source = LaTeXText.decodeSource(a)
            var probe = source
            return probe.withUTF8 { $0.isEmpty || memchr($0.baseAddress!, 0x0A, $0.count) == nil } ? source : LaTeXText.collapsingWhiteSpace(source)
        } ?? ""
        var links: [String] = []
        if let url = e["url"] { links.append(url.trimmingSpaces()) }
        if let doi = e["doi"] { links.append("https://doi.org/" + doi.trimmingSpaces()) }
        if let eprint = e["eprint"], (e["archiveprefix"] ?? e["eprinttype"] ?? "arxiv").lowercased() == "arxiv" {
            links.append("https://arxiv.org/abs/" + eprint.trimmingSpaces())
        }
        for link in Links.extract(from: abstract) where !links.contains(link) { links.append(link) }
        // `howpublished = {\url{…}}`, `note = {… \href{…}{…}}`: where a web page is most often given.
        // One pass over the fields, by their first byte (most entries have none of these).
        for f in e.fields {
            guard let first = f.name.utf8.first, first == UInt8(ascii: "h") || first == UInt8(ascii: "n") || first == UInt8(ascii: "a"),
                  f.name == "howpublished" || f.name == "note" || f.name == "addendum" else { continue }
            for link in Links.extract(from: e.text(of: f)) where !links.contains(link) { links.append(link) }
        }
        let code = Links.repository(in: links)
        var category: String?
        // arXiv's class (`cs.CV`) gives the category, from the arXiv fields or the keywords Vita writes.
        let keywords = e["keywords"]
        let keyword = keywords.flatMap { k in
            k.utf8.split(separator: UInt8(ascii: ",")).lazy.map { Substring($0).trimmingSpaces() }
                .first { $0.hasPrefix("cs.") || $0.hasPrefix("stat.") || $0.hasPrefix("eess.") }
        }
        if let primary = e["primaryclass"] ?? e["eprintclass"] ?? keyword {
            category = primary.utf8.split(separator: UInt8(ascii: ".")).last.map { String(Substring($0)) } ?? primary
        }
        let affiliation = (e["affiliation"] ?? e["organization"] ?? e["institution"] ?? e["school"]).map(LaTeXText.decodePlain)
        // Impossible months and days are reported (`month = {25}`, `date = {1996-13-03}`); the date keeps what is valid.
        let (date, problem) = date(of: e)
        dateProblem = problem
        // A venue that is only a web address (`howpublished = {\url{…}}`) is a link, not a venue.
        let venue = venueField(of: e).map(LaTeXText.decodePlain).flatMap { Self.isOnlyAWebAddress($0) ? nil : $0 }
        // An entry without a title (BibTeX allows it: `@misc`, `@online`) is listed as a paper of
        // any other source is; the entry keeps its fields as written.
        let title = fullTitle(of: e)
        var p = Paper(title: title.isEmpty ? Paper.untitled : title, authors: authors, authorsTruncated: truncated,
                      owner: .none, affiliation: affiliation, venue: venue?.isEmpty == false ? venue : nil, date: date, category: category,
                      hasCode: code != nil, codeLink: code, abstract: abstract, links: links,
                      source: SourceLocation(file: fileName, line: line), entry: e)
        // The format-neutral values other sources give too, so papers merge and write alike.
        p.identifiers.add(.doi, e["doi"])
        if let eprint = e["eprint"], (e["archiveprefix"] ?? e["eprinttype"] ?? "arxiv").lowercased() == "arxiv" { p.identifiers.add(.arxiv, eprint) }
        p.type = publicationType(e.type)
        p.volume = e["volume"].map(LaTeXText.decodePlain).flatMap { $0.isEmpty ? nil : $0 }
        // DBLP writes its CoRR papers as `@article{…, journal = {CoRR}, volume = {abs/…}}`
        // (Semantic Scholar as `{ArXiv}`), Google Scholar an arXiv paper as `journal = {arXiv
        // preprint arXiv:2101.00001}`, ADS as `{arXiv e-prints}`: preprints, as their other
        // records read; the id taken from the volume or the venue where no eprint gives it.
        if p.type == .article, let venue = p.venue, RecordMerge.isPreprintServer(venue) {
            p.type = .preprint
            let last = venue.split(separator: " ").last.map(String.init)
            let named = last.flatMap { $0.hasASCIIPrefix("arxiv:", ignoringCase: true) ? $0 : nil }
                ?? p.volume.flatMap { $0.hasASCIIPrefix("abs/") ? String($0.utf8.dropFirst(4))! : nil }
            if p.identifiers.arxiv == nil, let named, named.contains(where: \.isNumber) {
                p.identifiers.add(.arxiv, named)
                if let id = p.identifiers.arxiv, !p.links.contains(where: { Links.arxivID($0) == id }) { p.links.append("https://arxiv.org/abs/" + id) }
            }
        }
        p.pages = e["pages"].map { $0.trimmingSpaces() }.flatMap { $0.isEmpty ? nil : $0 }
        // Keywords, less the arXiv class that gave the category (`cs.LG`, as Vita's export writes it).
        if let k = keywords {
            p.keywords = FieldText.keywords([LaTeXText.decodePlain(k)], commas: true).filter { k in keyword.map { String($0) != k } ?? true }
        }
        // biblatex's `pubstate = {retracted}`, or a title the publisher marked.
        p.retraction = e["pubstate"].flatMap { Retraction(status: LaTeXText.decodePlain($0)) } ?? Retraction(title: p.title)
        p.details = details(of: e, editorsAreAuthors: authorText == nil)
        FieldText.venueFromPublisher(&p)
        return p
    }

    /// The entry's details, in one pass over its fields: `publisher` (else `school`,
    /// `institution`; `organization` is the paper's affiliation), `address` (`location`), each `editor` (not when they stand
    /// for the authors), `number` (`issue`), `edition`, `isbn`, `issn`, `series`, `note`.
    static func details(of e: BibTeXEntry, editorsAreAuthors: Bool) -> PaperDetails {
        var d = PaperDetails()
        var publisher: (rank: Int, text: String)?
        for f in e.fields {
            // Most fields are none of these: told by their first letter and length, no string compared.
            let u = f.name.utf8
            guard let first = u.first else { continue }
            switch (first, u.count) {
            case (0x70, 9), (0x73, 6), (0x69, 4), (0x69, 5), (0x69, 11), (0x61, 7), (0x6C, 8), (0x65, 6), (0x65, 7), (0x6E, 4), (0x6E, 6): break
            default: continue
            }
            let kind: DetailKind
            switch f.name {
            case "publisher", "school", "institution":
                let rank = ["publisher", "school", "institution"].firstIndex(of: f.name)!
                if publisher == nil || rank < publisher!.rank { publisher = (rank, LaTeXText.decodePlain(e.text(of: f))) }
                continue
            case "address", "location": kind = .place
            case "editor":
                guard !editorsAreAuthors else { continue }
                for raw in BibTeXNames.splitAuthors(e.text(of: f)).names {
                    d.add(.editor, BibTeXNames.parts(ofBibTeXName: raw).display)
                }
                continue
            case "number", "issue": kind = .number
            case "edition": kind = .edition
            case "isbn", "issn":
                // Several, as some files give them: `978-…, 978-…` or `… and …`.
                d.addNumbers(f.name == "isbn" ? .isbn : .issn, LaTeXText.decodePlain(e.text(of: f)))
                continue
            case "series": kind = .series
            case "note": kind = .note
            default: continue
            }
            d.add(kind, LaTeXText.decodePlain(e.text(of: f)))
        }
        if let publisher { d.add(.publisher, publisher.text) }
        return d
    }

    /// Whether `text` is one web address and nothing else (`https://example.org/tool`).
    static func isOnlyAWebAddress(_ text: String) -> Bool {
        let t = text.trimmingSpaces()
        guard t.hasPrefix("http://") || t.hasPrefix("https://") else { return false }
        return !t.utf8.contains { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A }
    }

    /// The kind of work an entry type names.
    static func publicationType(_ type: String) -> PublicationType? {
        switch type {
        case "article": .article
        case "inproceedings", "conference": .inproceedings
        case "proceedings", "mvproceedings": .proceedings
        case "incollection", "inbook", "bookinbook", "suppbook": .incollection
        case "book", "mvbook", "collection", "mvcollection": .book
        case "phdthesis", "thesis": .phdthesis
        case "mastersthesis": .mastersthesis
        case "techreport", "report": .report
        case "unpublished", "online", "misc", "electronic": nil
        case "dataset": .dataset
        default: .other
        }
    }

    /// The entry's date, from `date` (ISO 8601: `2023-08-15`, `2023-08`, `-0379`, a timestamp, a
    /// range's start) or `year`, `month` and `day`; and what was impossible in it, if anything.
    /// Where the work appeared: `journal` (`journaltitle`), else `booktitle`, `series`,
    /// `howpublished`; one pass over the fields (a paper has none of them more often than not).
    static func venueField(of e: BibTeXEntry) -> String? {
        var best: (rank: Int, field: BibTeXEntry.Field)?
        for f in e.fields {
            let u = f.name.utf8
            guard let first = u.first, first == 0x6A || first == 0x62 || first == 0x73 || first == 0x68 else { continue }
            let rank: Int
            switch f.name {
            case "journal": rank = 0
            case "journaltitle": rank = 1
            case "booktitle": rank = 2
            case "series": rank = 3
            case "howpublished": rank = 4
            default: continue
            }
            if best == nil || rank < best!.rank { best = (rank, f) }
        }
        return best.map { e.text(of: $0.field) }
    }

    static func date(of e: BibTeXEntry) -> (date: PaperDate?, problem: String?) {
        if let d = e["date"]?.trimmingSpaces(), !d.isEmpty {
            // Nearly every date is plain `YYYY`, `YYYY-MM` or `YYYY-MM-DD`: read on bytes.
            if let (y, m, day) = plainISODate(d) { return valid(year: y, month: m, day: day, what: "date '\(d)'") }
            // biber's dates (ISO 8601-2): a range's start, or its end when the start is open
            // (`/2004`, `../2004`); a timestamp's day; `~ ? %` (approximate, uncertain) and `X`
            // (unspecified digits, `199X`) read as the year they bound; `Y17000002` years; digits
            // of any script; seasons (`2003-21`) as their year.
            var text = String(d.unicodeScalars.map { s -> Character in
                if s.properties.numericType == .decimal, let v = s.properties.numericValue, !s.isASCII { return Character(String(Int(v))) }
                return Character(s)
            })
            let range = text.split(separator: "/", omittingEmptySubsequences: false)
            if range.count > 1 {
                let start = range[0].trimmingSpaces()
                text = start.isEmpty || start == ".." ? String(range[1]) : start
            }
            var u = Array(text.utf8).filter { $0 != UInt8(ascii: "~") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "%") }
            if let t = u.firstIndex(where: { $0 == UInt8(ascii: "T") || $0 == UInt8(ascii: " ") }) { u = Array(u[..<t]) }
            if u.first == UInt8(ascii: "Y") { u.removeFirst() }
            let negative = u.first == UInt8(ascii: "-")
            let parts = u.dropFirst(negative ? 1 : 0).split(separator: UInt8(ascii: "-"), omittingEmptySubsequences: false)
            let yearDigits = parts.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
            // EDTF's unspecified digits: `199X`, and `199u` as its first draft (and Zotero) wrote them.
            let unspecified = yearDigits.contains { $0 == "X" || $0 == "x" || $0 == "u" }
            if let y = Int(String(yearDigits.map { $0 == "X" || $0 == "x" || $0 == "u" ? "0" : $0 })) {
                let year = negative ? -y : y
                var m = parts.count > 1 ? Int(String(decoding: parts[1], as: UTF8.self)) : nil
                var day = parts.count > 2 ? Int(String(decoding: parts[2], as: UTF8.self)) : nil
                if unspecified { m = nil; day = nil }
                if let mm = m, (21...24).contains(mm) || (parts.count > 1 && parts[1].contains(UInt8(ascii: "X"))) { m = nil; day = nil }
                return valid(year: year, month: m, day: day, what: "date '\(d)'")
            }
            if e["year"] == nil { return (nil, "date '\(d)' is not a date; expected YYYY, YYYY-MM or YYYY-MM-DD") }
        }
        guard let yearText = e["year"] else { return (nil, nil) }
        let digits = yearText.trimmingSpaces()
        let negative = digits.hasPrefix("-")
        if digits.drop(while: { $0 == "-" }).prefix(while: \.isNumber).count > 4 {
            return (nil, "year '\(yearText)' is out of range; expected -9999 to 9999 (no date kept)")
        }
        guard let y = Int(digits.filter(\.isNumber).prefix(4)) else { return (nil, nil) }
        var month: Int?
        var problem: String?
        // `oct`, `10`, `{October}`, and a day beside the month's name: Web of Science's
        // `{{OCT 1}}`, and `"10~" # jan` as BibTeX's own examples write it.
        var dayInMonth: Int?
        if let raw = e["month"]?.trimmingSpaces().lowercased(), !raw.isEmpty {
            let m = String(raw.drop { $0 == "{" }.reversed().drop { $0 == "}" }.reversed()).trimmingSpaces()
            let words = m.split { !$0.isLetter && !$0.isNumber }
            if let k = words.firstIndex(where: { w in months.contains { w.hasPrefix($0) } }) {
                month = months.firstIndex { words[k].hasPrefix($0) }.map { $0 + 1 }
                // A number that can be a day (`May 2018` carries a year, not a day), an ordinal
                // too (`July 30th`).
                func day(_ w: Substring) -> Int? {
                    Int(w) ?? (w.count > 2 && ["st", "nd", "rd", "th"].contains(String(w.suffix(2))) ? Int(w.dropLast(2)) : nil)
                }
                dayInMonth = words.indices.lazy.filter { $0 != k }.compactMap { day(words[$0]) }.first { (1...31).contains($0) }
            } else {
                month = Int(m)
            }
            if month == nil { problem = "month '\(raw)' is not a month; expected 1 to 12 or jan to dec" }
        }
        let day = e["day"].flatMap { Int($0.trimmingSpaces()) } ?? dayInMonth
        let result = valid(year: negative ? -y : y, month: month, day: month != nil ? day : nil, what: "month")
        return (result.date, problem ?? result.problem)
    }

    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD` in ASCII digits, else nil.
    static func plainISODate(_ d: String) -> (Int, Int?, Int?)? {
        let u = d.utf8
        guard u.count == 4 || u.count == 7 || u.count == 10 else { return nil }
        var values: [Int] = []
        var current = 0, digits = 0
        for b in u {
            if b >= 0x30 && b <= 0x39 { current = current * 10 + Int(b - 0x30); digits += 1 }
            else if b == UInt8(ascii: "-"), digits > 0 { values.append(current); current = 0; digits = 0 }
            else { return nil }
        }
        values.append(current)
        let widths = d.utf8.split(separator: UInt8(ascii: "-")).map(\.count)
        guard widths.first == 4, widths.dropFirst().allSatisfy({ $0 == 2 }) else { return nil }
        // A season (`2003-21`, spring, to `2003-24`) is read as its year, as biber reads it.
        if values.count == 2, (21...24).contains(values[1]) { return (values[0], nil, nil) }
        return (values[0], values.count > 1 ? values[1] : nil, values.count > 2 ? values[2] : nil)
    }

    /// A date from its parts, cut to the precision that is valid, and what was not.
    static func valid(year: Int, month: Int?, day: Int?, what: @autoclosure () -> String) -> (date: PaperDate?, problem: String?) {
        guard PaperDate.plausibleYears.contains(year) else {
            return (nil, "\(what()): year \(year) is out of range; expected \(PaperDate.plausibleYears.lowerBound) to \(PaperDate.plausibleYears.upperBound) (no date kept)")
        }
        guard let m = month else { return (PaperDate(year: year, month: 1, day: 1, precision: .year), nil) }
        guard (1...12).contains(m) else {
            return (PaperDate(year: year, month: 1, day: 1, precision: .year), "\(what()): \(m) is not a month; expected 1 to 12")
        }
        guard let d = day else { return (PaperDate(year: year, month: m, day: 1, precision: .month), nil) }
        guard d >= 1, d <= PaperDate.daysIn(month: m, year: year) else {
            return (PaperDate(year: year, month: m, day: 1, precision: .month),
                    "\(what()): day \(d) does not exist in month \(m); expected 1 to \(PaperDate.daysIn(month: m, year: year))")
        }
        return (PaperDate(year: year, month: m, day: d, precision: .day), nil)
    }
}

private struct ReaderBox: @unchecked Sendable {
    let readers: UnsafeMutableBufferPointer<BibTeXReader>
}

private struct ProblemBox: @unchecked Sendable {
    let lists: UnsafeMutableBufferPointer<[Diagnostic]>
}

private struct PaperBox: @unchecked Sendable {
    let papers: UnsafeMutableBufferPointer<Paper>
}
