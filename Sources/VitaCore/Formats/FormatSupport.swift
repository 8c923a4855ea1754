import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
/// What every reader needs besides the bytes.
public struct ReadContext: Sendable {
    /// The file as diagnostics name it (`<stdin>` for standard input).
    public var fileName: String
    /// For dates given without a year.
    public var asOf: PaperDate
    /// BibTeX macros defined by the files before this one.
    public var macros: [BibTeXFileParts.Macro]
    /// Told how far reading has come (the first open of a large record shows it).
    public var progress: ReadProgress?
    /// Told of a stretch of the text that is read and not needed again, when the text is a
    /// mapped file: its pages may be given back (read from the file again should they be
    /// touched). Nil for a text held in memory.
    public var letGo: (@Sendable (UnsafeBufferPointer<UInt8>) -> Void)?

    public init(fileName: String, asOf: PaperDate, macros: [BibTeXFileParts.Macro] = [], progress: ReadProgress? = nil) {
        self.fileName = fileName
        self.asOf = asOf
        self.macros = macros
        self.progress = progress
    }
}

/// Helpers the readers of the newer formats share: one way to clean a value for display, to read
/// a date, and to say where a paper came from.
enum FieldText {
    /// A title (or a venue's name) as the JSON sources give it: one line, without the inline
    /// markup Crossref, OpenAlex and CSL-JSON carry in their titles (`CO<sub>2</sub>`,
    /// `<i>Xenopus laevis</i>`, `<span class="nocase">`, MathML). Text between the tags stays; a
    /// `<` that opens no such tag (`a < b`) stays too.
    static func title(_ raw: String?) -> String? {
        guard let raw else { return nil }
        return line(raw.containsByte(0x3C) ? withoutMarkup(raw) : raw)
    }

    /// A title with its subtitle after it (`Definition of the CRMarchaeo: Extension of CIDOC
    /// CRM…`), as CSL and most sources give a whole title; after a title that ends in a stop or
    /// a question, a space alone.
    static func title(_ title: String, subtitle: String?) -> String {
        guard let subtitle, !subtitle.isEmpty else { return title }
        if title.isEmpty { return subtitle }
        return title + (title.last.map { ".?!:;".contains($0) } == true ? " " : ": ") + subtitle
    }

    /// The inline tags `title` takes out, lowercase; any `mml:` tag (MathML) is taken out too.
    static let inlineTags: Set<String> = ["i", "b", "u", "em", "strong", "sup", "sub", "sc", "scp", "span", "small", "tt", "br"]

    static func withoutMarkup(_ raw: String) -> String {
        let b = Array(raw.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var k = 0
        while k < b.count {
            guard b[k] == 0x3C, let end = tagEnd(b, k) else { out.append(b[k]); k += 1; continue }
            // A line break is a space between words; other tags join what they hold.
            if b[k + 1] | 0x20 == UInt8(ascii: "b"), b[k + 2] | 0x20 == UInt8(ascii: "r") { out.append(0x20) }
            k = end
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Where the inline tag that opens at `k` ends (after its `>`), or nil when no such tag opens there.
    private static func tagEnd(_ b: [UInt8], _ k: Int) -> Int? {
        var j = k + 1
        if j < b.count, b[j] == UInt8(ascii: "/") { j += 1 }
        let nameStart = j
        while j < b.count, b[j] < 0x80, (b[j] | 0x20 >= 0x61 && b[j] | 0x20 <= 0x7A) || b[j] == UInt8(ascii: ":") || (b[j] >= 0x30 && b[j] <= 0x39) { j += 1 }
        guard j > nameStart, j - nameStart <= 32 else { return nil }
        let name = String(decoding: b[nameStart..<j].map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }, as: UTF8.self)
        guard inlineTags.contains(name) || name.hasPrefix("mml:") else { return nil }
        guard j < b.count else { return nil }
        if b[j] == UInt8(ascii: ">") { return j + 1 }
        if b[j] == UInt8(ascii: "/"), j + 1 < b.count, b[j + 1] == UInt8(ascii: ">") { return j + 2 }
        // Attributes (`class="nocase"`), after a space, up to the `>`: never past another `<`.
        guard b[j] == 0x20 || b[j] == 0x09 || b[j] == 0x0A || b[j] == 0x0D else { return nil }
        while j < b.count, b[j] != UInt8(ascii: ">") {
            if b[j] == 0x3C { return nil }
            j += 1
        }
        return j < b.count ? j + 1 : nil
    }

    /// A title as pandoc's CSL-YAML writes one, in Markdown (`**bold**`, `*italic*`, `_italic_`,
    /// `~sub~`, `^sup^`, `~~struck~~`, `[text]{.smallcaps}` or `{.nocase}`, `\\*` for a star): the
    /// text without the marks. A mark that opens nothing (`2 * 3`, a word_with underscores) stays.
    /// One pass over the text, each mark matched with the nearest open one of its kind.
    static func withoutMarkdown(_ raw: String) -> String {
        guard raw.utf8.contains(where: { $0 == 0x2A || $0 == 0x5F || $0 == 0x7E || $0 == 0x5E || $0 == 0x5B || $0 == 0x5C }) else { return raw }
        let s = Array(raw.unicodeScalars)
        var keep = [Bool](repeating: true, count: s.count)
        var escaped = [Bool](repeating: false, count: s.count)
        var i = 0
        while i < s.count {
            if s[i] == "\\", i + 1 < s.count, s[i + 1].isASCII, s[i + 1].properties.isPatternSyntax {
                keep[i] = false
                escaped[i + 1] = true
                i += 2
            } else {
                i += 1
            }
        }
        // `[text]{.class}`: the brackets and the attributes go. Where the next brace is, from each place.
        var nextBrace = [Int](repeating: s.count, count: s.count + 1)
        for k in stride(from: s.count - 1, through: 0, by: -1) { nextBrace[k] = s[k] == "{" || s[k] == "}" ? k : nextBrace[k + 1] }
        var brackets: [Int] = []
        i = 0
        while i < s.count {
            defer { i += 1 }
            guard !escaped[i] else { continue }
            if s[i] == "[" {
                brackets.append(i)
            } else if s[i] == "]", let open = brackets.popLast(), i + 2 < s.count, s[i + 1] == "{", s[i + 2] == "." || s[i + 2] == "#" {
                let close = nextBrace[i + 2]
                guard close < s.count, s[close] == "}" else { continue }
                keep[open] = false
                for k in i...close { keep[k] = false }
                i = close
            }
        }
        // Emphasis (`*`, `_`, `**`, `__`), `~~struck~~`, `~sub~` and `^sup^` (the last two hold no space).
        func isSpace(_ u: Unicode.Scalar) -> Bool { u.properties.isWhitespace }
        func isWordy(_ u: Unicode.Scalar) -> Bool { u.properties.isAlphabetic || u.properties.numericType != nil }
        var open: [[(at: Int, count: Int)]] = Array(repeating: [], count: 5)   // *, _, ~, ~~, ^
        i = 0
        while i < s.count {
            let c = s[i]
            if isSpace(c) { open[2].removeAll(); open[4].removeAll() }
            guard !escaped[i], keep[i], c == "*" || c == "_" || c == "~" || c == "^" else { i += 1; continue }
            var j = i
            while j < s.count, s[j] == c, !escaped[j] { j += 1 }
            let run = j - i
            let before = i > 0 ? s[i - 1] : " ", after = j < s.count ? s[j] : " "
            var canOpen = !isSpace(after), canClose = !isSpace(before)
            let kind: Int
            switch c {
            case "*": kind = 0
            case "_":
                kind = 1
                canOpen = canOpen && !isWordy(before)
                canClose = canClose && !isWordy(after)
            case "~": kind = run == 2 ? 3 : 2
            default: kind = 4
            }
            if (kind == 2 || kind == 4) && run != 1 || run > 3 { i = j; continue }
            var left = run
            if canClose, let top = open[kind].last {
                let n = min(top.count, left)
                for k in (top.at + top.count - n)..<(top.at + top.count) { keep[k] = false }
                for k in i..<(i + n) { keep[k] = false }
                open[kind].removeLast()
                if top.count > n { open[kind].append((top.at, top.count - n)) }
                left -= n
            }
            if left > 0, canOpen { open[kind].append((j - left, left)) }
            i = j
        }
        var out = String.UnicodeScalarView()
        for k in s.indices where keep[k] { out.append(s[k]) }
        return String(out)
    }

    /// Adds places as a source writes them to `list`: each made one clean line, empty ones and
    /// those already there passed over; a long one taken from `pool` when one is given.
    static func addPlaces(_ places: [String?], to list: inout [String], pool: StringPool? = nil) {
        for place in places {
            guard let line = Self.line(place), !list.contains(line) else { continue }
            list.append(pool?.shared(line) ?? line)
        }
    }

    /// One line of display text: runs of whitespace (line breaks included) become one space,
    /// control characters are dropped, and the ends are trimmed. Nil when nothing is left.
    static func line(_ raw: String?) -> String? {
        guard var raw else { return nil }
        if raw.withUTF8({ isPlainLine($0) }) { return raw }
        return lineByScalars(raw)
    }

    /// Whether UTF-8 text is a line already clean, to be given back as it is: ASCII and the
    /// letters of U+00A1 to U+05FF (two bytes each: an accented name is no reason to build the
    /// string again), no control, no space at either end, never two spaces in a row. Runs of
    /// ASCII are checked eight bytes at a time (an abstract a paper goes through here).
    static func isPlainLine(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = b.baseAddress else { return false }
        let n = b.count
        let high: UInt64 = 0x8080_8080_8080_8080, low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F, ones: UInt64 = 0x0101_0101_0101_0101
        var lastSpace = true
        var lead: UInt8 = 0
        var k = 0
        while k < n {
            if lead == 0, k + 8 <= n {
                let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                if w & high == 0 {
                    // A byte under 0x20, or DEL (0x7F): not plain.
                    if ByteScan.asciiHasControl(w) { return false }
                    // 0x80 in each byte that is a space (exact: no carry crosses bytes).
                    let x = w ^ (ones &* 0x20)
                    let spaces = ~(((x & low7) &+ low7) | x | low7)
                    if spaces != 0 {
                        if lastSpace, spaces & 0x80 != 0 { return false }
                        if spaces & (spaces << 8) != 0 { return false }
                    }
                    lastSpace = spaces >> 63 != 0
                    k += 8
                    continue
                }
            }
            let u = b[k]
            k += 1
            if lead != 0 {
                // U+0080 to U+00A0 (C1 controls, the no-break space) and the soft hyphen are not plain.
                if lead == 0xC2 && (u < 0xA1 || u == 0xAD) { return false }
                lead = 0
                lastSpace = false
                continue
            }
            if u >= 0x80 {
                if u >= 0xC2 && u <= 0xD7 { lead = u; continue }
                return false
            }
            if u < 0x20 || u == 0x7F { return false }
            if u == 0x20 { if lastSpace { return false }; lastSpace = true } else { lastSpace = false }
        }
        return lead == 0 && !lastSpace
    }

    /// `line` the long way, a scalar at a time (what the quick check above must agree with).
    static func lineByScalars(_ raw: String) -> String? {
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for s in raw.unicodeScalars {
            // U+00A1 to U+05FF (Latin, Greek, Cyrillic, Armenian, Hebrew letters and signs): never
            // a space, a control or a format character but the soft hyphen, so no table is read.
            if s.value >= 0xA1 && s.value < 0x600 && s.value != 0xAD {
                if pendingSpace { out.append(" "); pendingSpace = false }
                out.append(s)
                continue
            }
            let ascii = s.value < 0x80
            if ascii ? (s == " " || (0x09...0x0D).contains(s.value) || s.value == 0) : s.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if ascii ? s.value < 0x20 || s.value == 0x7F
                     : VisibleText.isControl(s) || s.properties.generalCategory == .format && s.value != 0x200D { continue }
            if pendingSpace { out.append(" "); pendingSpace = false }
            out.append(s)
        }
        return out.isEmpty ? nil : String(out)
    }

    /// An abstract: `paragraphs`, or, written in JATS as Crossref gives abstracts
    /// (`<jats:title>Abstract</jats:title><jats:p>…</jats:p>`), its paragraphs one a line, its
    /// section titles on lines of their own but a first one that only says "Abstract", its
    /// inline tags taken out and XML's character references read.
    static func abstract(_ raw: String?) -> String {
        guard let raw, raw.utf8.contains(ascii: "<jats:") else { return paragraphs(raw) }
        let b = Array(raw.utf8)
        var blocks: [[UInt8]] = []
        var current: [UInt8] = []
        func endBlock() {
            let text = String(decoding: current, as: UTF8.self)
            if let line = line(characterReferences(text)) { blocks.append(Array(line.utf8)) }
            current.removeAll(keepingCapacity: true)
        }
        var k = 0
        while k < b.count {
            guard b[k] == 0x3C, let close = b[k...].firstIndex(of: 0x3E) else { current.append(b[k]); k += 1; continue }
            let tag = b[(k + 1)..<close]
            let name = tag.drop { $0 == 0x2F }.prefix { $0 != 0x20 && $0 != 0x2F && $0 != 0x09 && $0 != 0x0A }
            // A paragraph, a title or a section begins or ends a line; other tags join what they hold.
            if ["jats:p", "jats:title", "jats:sec", "jats:list-item", "p"].contains(String(decoding: name, as: UTF8.self)) { endBlock() } else if name.isEmpty { current.append(b[k]); k += 1; continue }
            k = close + 1
        }
        endBlock()
        if let first = blocks.first, ["abstract", "summary"].contains(String(decoding: first, as: UTF8.self).lowercased()) { blocks.removeFirst() }
        return blocks.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
    }

    /// `&amp;`, `&#233;` and the like read, as XML reads them; anything else kept as written.
    static func characterReferences(_ text: String) -> String {
        guard text.containsByte(UInt8(ascii: "&")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(32).firstIndex(of: ";"), let scalar = XMLParser.entity(String(after[..<semi])) {
                out.unicodeScalars.append(scalar)
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }

    /// Text of several paragraphs (an abstract): line breaks kept, other controls dropped.
    static func paragraphs(_ raw: String?) -> String {
        guard let raw else { return "" }
        if !hasControlOrCR(raw) { return raw.trimmingWhitespace() }
        var out = String.UnicodeScalarView()
        for s in raw.unicodeScalars where !VisibleText.isControl(s) && s != "\r" { out.append(s) }
        return String(out).trimmingWhitespace()
    }

    /// Whether the text holds a carriage return or a character `VisibleText.isControl` names,
    /// looked for in its UTF-8 bytes (an abstract a paper: scalars would cost ten times more).
    static func hasControlOrCR(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { b in
            guard let base = b.baseAddress else { return false }
            var k = 0
            let n = b.count
            while k < n {
                // Eight bytes of ASCII with no control and no DEL pass at once.
                if k + 8 <= n {
                    let w = UnsafeRawPointer(base + k).loadUnaligned(as: UInt64.self)
                    if w & 0x8080_8080_8080_8080 == 0, !ByteScan.asciiHasControl(w) {
                        k += 8
                        continue
                    }
                }
                let c = b[k]
                if c < 0x20 { if c != 0x0A && c != 0x09 { return true } }
                else if c == 0x7F { return true }
                else if c == 0xC2, k + 1 < n, b[k + 1] >= 0x80, b[k + 1] <= 0x9F { return true }   // C1
                else if c == 0xE2, k + 2 < n {
                    let (d, e) = (b[k + 1], b[k + 2])
                    if d == 0x80, e >= 0xA8, e <= 0xAE { return true }                           // U+2028–U+202E
                    if d == 0x81, e >= 0xA6, e <= 0xA9 { return true }                           // U+2066–U+2069
                }
                k += 1
            }
            return false
        }
    }

    /// A date as sources write it: `2021`, `2021-05`, `2021-05-03` (with or without a time after
    /// it), `0800`, `-0379-02` (ISO 8601's years before year 1; a year has four digits), or
    /// year, month and day apart.
    /// Nil when there is no plausible year (year 0 is none).
    static func date(_ text: String?) -> PaperDate? {
        guard var text = text?.trimmingWhitespace(), !text.isEmpty else { return nil }
        // Nearly every date is ASCII (`2021-03-01`, `2021-03-01T00:00:00`), read in its bytes:
        // split as characters, the date took a twelfth of reading an OpenAlex work.
        if let quick = text.withUTF8({ asciiDate($0) }) { return quick }
        return dateByCharacters(text[...])
    }

    /// `date(_:)` read in the bytes of a text whose first eleven bytes after its sign (all of
    /// them when it is shorter) are ASCII but for a carriage return, so that each of its first
    /// ten characters is one byte: the same answer as `dateByCharacters`. Nil for any other text
    /// (`.some(nil)`: such a text that holds no date).
    static func asciiDate(_ b: UnsafeBufferPointer<UInt8>) -> PaperDate?? {
        let negative = b.first == UInt8(ascii: "-")
        let start = negative ? 1 : 0
        guard b.count > start else { return nil }
        for k in start..<min(b.count, start + 11) where b[k] >= 0x80 || b[k] == 0x0D { return nil }
        let end = min(b.count, start + 10)
        // The first three parts between hyphens, as `split(separator:omittingEmptySubsequences:
        // false)` cuts them: the year, the month and the day.
        func part(from k: Int) -> Range<Int> { k..<(b[k..<end].firstIndex(of: UInt8(ascii: "-")) ?? end) }
        let y = part(from: start)
        let m = y.upperBound < end ? part(from: y.upperBound + 1) : nil
        let d = m.flatMap { $0.upperBound < end ? part(from: $0.upperBound + 1) : nil }
        // `Int` of at most the first two bytes: digits after an optional sign.
        func number(_ r: Range<Int>?) -> Int? {
            guard let r else { return nil }
            var k = r.lowerBound
            let last = min(r.upperBound, k + 2)
            if k < last, b[k] == UInt8(ascii: "+") { k += 1 }
            guard k < last else { return nil }
            var v = 0
            for j in k..<last {
                guard b[j] >= 0x30, b[j] <= 0x39 else { return nil }
                v = v * 10 + Int(b[j] - 0x30)
            }
            return v
        }
        guard y.count == 4, b[y].allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return .some(nil) }
        let year = b[y].reduce(0) { $0 * 10 + Int($1 - 0x30) }
        return .some(date(year: negative ? -year : year, month: number(m), day: number(d)))
    }

    /// `date(_:)` read as characters, for any text.
    static func dateByCharacters(_ text: Substring) -> PaperDate? {
        var text = text
        guard !text.isEmpty else { return nil }
        let negative = text.hasPrefix("-")
        if negative { text = text.dropFirst() }
        let parts = text.prefix(10).split(separator: "-", omittingEmptySubsequences: false)
        // Four digits, as ISO 8601 and RIS write a year: `99` is no year 99 (nor a sure 1999).
        guard isYear(parts[0]), let year = Int(parts[0]) else { return nil }
        let month = parts.count > 1 ? Int(parts[1].prefix(2)) : nil
        let day = parts.count > 2 ? Int(parts[2].prefix(2)) : nil
        return date(year: negative ? -year : year, month: month, day: day)
    }

    /// A date written in words (`Spring 2012`, `circa 1820`, `May 5, 1999`, `5 Sept. 1999`), as
    /// CSL's `raw` and `literal` dates may be: its year, the first word of four digits; its month
    /// when a word names one; and its day, a number of one or two digits beside that word. Nil
    /// without a year.
    static func writtenDate(_ text: String?) -> PaperDate? {
        guard let text else { return nil }
        let words = text.split { !$0.isLetter && !$0.isNumber }
        guard let year = words.first(where: isYear).flatMap({ Int($0) }) else { return nil }
        let months = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"]
        func month(_ w: Substring) -> Int? {
            let t = w.lowercased()
            guard t.count >= 3 else { return nil }
            return months.firstIndex { $0.hasPrefix(t) }.map { $0 + 1 }
        }
        guard let at = words.firstIndex(where: { month($0) != nil }) else { return date(year: year, month: nil, day: nil) }
        func day(_ k: Int) -> Int? {
            guard words.indices.contains(k), words[k].count <= 2 else { return nil }
            return Int(words[k])
        }
        return date(year: year, month: month(words[at]), day: day(at + 1) ?? day(at - 1))
    }

    /// Whether `word` is a year as dates write it in text: four ASCII digits.
    static func isYear(_ word: Substring) -> Bool {
        word.utf8.count == 4 && word.utf8.allSatisfy { $0 >= 0x30 && $0 <= 0x39 }
    }

    static func date(year: Int?, month: Int?, day: Int?) -> PaperDate? {
        // Year 0 is what Scopus and others write for no date (`PY  - 0000`).
        guard let year, year != 0, PaperDate.plausibleYears.contains(year) else { return nil }
        guard let month, (1...12).contains(month) else { return PaperDate(year: year, month: 1, day: 1, precision: .year) }
        guard let day, day >= 1, day <= PaperDate.daysIn(month: month, year: year) else {
            return PaperDate(year: year, month: month, day: 1, precision: .month)
        }
        return PaperDate(year: year, month: month, day: day)
    }

    /// A page range as BibTeX writes it: `12--19` from `12-19`, `12–19` or `12--19`.
    static func pages(_ raw: String?) -> String? {
        guard var s = line(raw) else { return nil }
        // Dashes of any kind and number become `--`; the rest is kept. In the bytes: `-`, and
        // U+2012, U+2013 and U+2014 (E2 80 92, 93 and 94).
        // Made in a buffer on the stack, then taken as a string (a short one kept in place).
        return s.withUTF8 { b in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: b.count * 2 + 2) { out in
                var (n, k, dash) = (0, 0, false)
                while k < b.count {
                    let c = b[k]
                    if c == 0x2D { dash = true; k += 1; continue }
                    if c == 0xE2, k + 2 < b.count, b[k + 1] == 0x80, b[k + 2] >= 0x92, b[k + 2] <= 0x94 {
                        dash = true
                        k += 3
                        continue
                    }
                    if dash { out[n] = 0x2D; out[n + 1] = 0x2D; n += 2; dash = false }
                    out[n] = c
                    n += 1
                    k += 1
                }
                if dash { out[n] = 0x2D; out[n + 1] = 0x2D; n += 2 }
                return String(decoding: UnsafeBufferPointer(rebasing: out[..<n]), as: UTF8.self)
            }
        }
    }

    /// The values a paper has, by name, for `PaperSource.fields`: one array shared by every
    /// paper with the same values (see `FieldNames`).
    static func present(in p: Paper) -> [String] {
        let has = [!p.title.isEmpty, !p.authors.isEmpty, p.date != nil, p.venue != nil, p.type != nil, p.volume != nil,
                   p.pages != nil, !p.abstract.isEmpty, !p.identifiers.isEmpty, p.citations != nil,
                   !p.citationsByYear.isEmpty, !p.links.isEmpty, p.hasAffiliation, p.category != nil, !p.keywords.isEmpty,
                   p.retraction != nil]
        var mask: UInt16 = 0
        for (k, on) in has.enumerated() where on { mask |= 1 << UInt16(k) }
        return FieldNames.list(mask)
    }

    /// Sets `source` and the one `sources` entry of a paper just read.
    /// A title the publisher marked retracted says so when the source does not.
    static func finish(_ p: inout Paper, format: String, at location: SourceLocation, path: String? = nil) {
        venueFromPublisher(&p)
        if p.retraction == nil { p.retraction = Retraction(title: p.title) }
        p.source = location
        // Read before the write begins: read within it, the paper was copied whole.
        let fields = present(in: p)
        p.sources = [PaperSource(format: format, location: location, path: path, fields: fields)]
    }

    /// A book's, a thesis's or a report's publisher (school, institution) is where it appeared
    /// when nothing else is named: every reader takes it so, so the same book read from a .bib
    /// and from its CSL or RIS export is the same paper.
    static func venueFromPublisher(_ p: inout Paper) {
        if p.venue == nil, p.type?.appearsAsItsPublisher == true { p.venue = p.details[.publisher] }
    }

    /// Links of a paper for the detail view: the DOI's and arXiv's pages first, then `others`,
    /// each once.
    static func links(_ ids: PaperIdentifiers, others: [String?]) -> [String] {
        let (doi, arxiv) = (ids.doi, ids.arxiv)
        // The DOI's page is given once, whatever resolver another link names it by.
        func kept(_ s: String?) -> String? {
            guard let s else { return nil }
            if let doi, resolves(s, doi) { return nil }
            return s
        }
        // Room for what is given and no more: a DBLP record's two links in room for four took 32
        // bytes more of each of a million papers held at once.
        var out: [String] = []
        out.reserveCapacity(others.reduce((doi == nil ? 0 : 1) + (arxiv == nil ? 0 : 1)) { $0 + (kept($1) == nil ? 0 : 1) })
        if let doi { add("https://doi.org/" + doi, to: &out) }
        if let arxiv { add("https://arxiv.org/abs/" + arxiv, to: &out) }
        for s in others { add(kept(s), to: &out) }
        return out
    }

    /// Keywords as the sources give them: one each, or several in one value split at `;` (and at
    /// `,` where `commas`: CSL's `keyword`, a .bib's `keywords`); each a clean line, each once
    /// whatever its letter case.
    static func keywords(_ values: [String?], commas: Bool = false) -> [String] {
        var out: [String] = []
        for value in values {
            guard let value else { continue }
            for piece in value.split(whereSeparator: { $0 == ";" || (commas && $0 == ",") }) {
                guard let k = line(String(piece)), !out.contains(where: { $0.equalsIgnoringCase(k) }) else { continue }
                out.append(k)
            }
        }
        return out
    }

    /// Whether a link is the DOI's own at another of its resolvers (`http://dx.doi.org/…`, as
    /// Crossref gives a work's URL): the paper has it already, at `https://doi.org/`. Most links
    /// are told apart by their length alone (this runs for every link of every paper read); the
    /// others are read as the DOIs are.
    static func resolves(_ link: String, _ doi: String) -> Bool {
        let extra = link.utf8.count - doi.utf8.count
        guard resolverLengths.contains(extra), link.utf8.starts(with: "http".utf8) else { return false }
        // The DOI's own link as DBLP and most sources write it (`https://doi.org/` and the DOI as
        // it is kept) is known by its bytes; others are read as DOIs are.
        let prefix: StaticString = "https://doi.org/"
        var (l, d) = (link, doi)
        if extra == prefix.utf8CodeUnitCount, l.withUTF8({ b in
            d.withUTF8 { x in
                memcmp(b.baseAddress!, prefix.utf8Start, extra) == 0 && (x.isEmpty || memcmp(b.baseAddress! + extra, x.baseAddress!, x.count) == 0)
            }
        }) { return true }
        return PaperIdentifiers.normalise(link, as: .doi) == doi
    }

    /// The lengths of the resolvers' addresses a DOI link starts with (`https://doi.org/`, …).
    private static let resolverLengths = Set(PaperIdentifiers.doiPrefixes.filter { $0.hasPrefix("http") }.map(\.utf8.count))

    /// A link added once (any case), when it is an address on one line. One without its scheme
    /// (`//www.sciencedirect.com/…`, as ScienceDirect's RIS gives it) is taken as `https:`.
    private static func add(_ s: String?, to out: inout [String]) {
        guard var s = s?.trimmingWhitespace() else { return }
        // Begins with `http`, looked at in the bytes (the UTF-8 view's `starts(with:)` cost more).
        var http = s.withUTF8 { $0.starts(with: "http".utf8) }
        if !http, s.withUTF8({ $0.count > 3 && $0[0] == 0x2F && $0[1] == 0x2F && $0[2] != 0x2F }) {
            s = "https:" + s
            http = true
        }
        guard http, !s.containsByte(0x20), !out.contains(where: { sameAddress($0, s) }), !hasControlOrCR(s) else { return }
        out.append(s)
    }

    /// Whether two links are one address: the same but for letter case and `http` or `https`
    /// (OpenAlex gives an arXiv paper's `http://arxiv.org/abs/…` beside its arXiv id's own).
    /// Asked of every link of every paper read against those before it: only two links whose
    /// lengths differ by the `s` are cut to be compared.
    static func sameAddress(_ a: String, _ b: String) -> Bool {
        if a.equalsIgnoringCase(b) { return true }
        let (la, lb) = (a.utf8.count, b.utf8.count)
        guard la == lb + 1 || lb == la + 1 else { return false }
        let (long, short) = la > lb ? (a, b) : (b, a)
        guard long.hasASCIIPrefix("https://", ignoringCase: true), short.hasASCIIPrefix("http://", ignoringCase: true) else { return false }
        return String(long.utf8.dropFirst(8))!.equalsIgnoringCase(String(short.utf8.dropFirst(7))!)
    }

    /// A name with a DBLP homonym number (`Manish Singh 0001`) split in two: the name shown and
    /// the number kept as identity.
    static func homonym(_ name: String) -> (name: String, number: String?) {
        // In the bytes: a space and four digits at the end.
        var text = name
        return text.withUTF8 { b in
            let n = b.count
            guard n > 5, b[n - 5] == 0x20, (n - 4..<n).allSatisfy({ b[$0] >= 0x30 && b[$0] <= 0x39 }) else { return (name, nil) }
            return (String(decoding: UnsafeBufferPointer(rebasing: b[..<(n - 5)]), as: UTF8.self),
                    String(decoding: UnsafeBufferPointer(rebasing: b[(n - 4)...]), as: UTF8.self))
        }
    }
}

/// One string for each text met again within a part of a file (an institution that thousands of
/// authors share), so the authors hold one copy, not one each. Texts of up to 15 bytes are held
/// inside a string anyway and are passed through.
final class StringPool {
    private var seen: Set<String> = []

    func shared(_ text: String) -> String {
        text.utf8.count <= 15 ? text : seen.insert(text).memberAfterInsert
    }
}

/// A reader's diagnostics for a JSON text, placed by byte offset (line and column) and path,
/// and the strings its part shares (`pool`).
struct JSONDiagnostics {
    let fileName: String
    /// This part's shared texts (each part its own: parts are read on different cores).
    let pool = StringPool()
    private(set) var list = DiagnosticList()
    /// The line the text begins on (JSON Lines: each line is parsed alone).
    var lineBase = 0
    private var table: LineTable?
    private let bytes: UnsafeBufferPointer<UInt8>?

    init(fileName: String, bytes: UnsafeBufferPointer<UInt8>?) {
        self.fileName = fileName
        self.bytes = bytes
    }

    /// Diagnostics for another part of the same text (items read on another core): the same
    /// file and line table, none of these problems. `prepare()` first, so the table is made once.
    func part() -> JSONDiagnostics {
        var d = JSONDiagnostics(fileName: fileName, bytes: bytes)
        (d.lineBase, d.table) = (lineBase, table)
        return d
    }

    mutating func prepare() {
        if let bytes, table == nil { table = LineTable(bytes) }
    }

    /// Another part's problems after these.
    mutating func append(_ other: JSONDiagnostics) { list.append(contentsOf: other.list) }

    mutating func location(_ offset: Int) -> SourceLocation {
        guard let bytes else { return SourceLocation(file: fileName, line: lineBase + 1, column: offset + 1) }
        if table == nil { table = LineTable(bytes) }
        let (line, column) = table!.position(of: offset)
        return SourceLocation(file: fileName, line: lineBase + line, column: column)
    }

    mutating func warn(_ offset: Int, _ path: String, _ message: String, error: Bool = false) {
        list.append(Diagnostic(error ? .error : .warning, at: location(offset), path.isEmpty ? message : "\(path): \(message)"))
    }

    /// A value of the wrong kind: said once, and the paper goes on without it.
    mutating func expected(_ what: String, _ node: JSONNode, _ path: @autoclosure () -> String) {
        warn(node.offset, path(), "expected \(what), found \(node.kindName)")
    }

    mutating func problem(_ p: JSONProblem) {
        warn(p.offset, "", "not valid JSON: \(p.message); what was read before it is kept", error: true)
    }

    /// A string field: absent and null are nothing, another kind is a warning.
    mutating func string(_ node: JSONNode?, _ path: @autoclosure () -> String) -> String? {
        guard let node, !node.isNull else { return nil }
        if let s = node.string { return s }
        expected("a string", node, path())
        return nil
    }

    /// A count: a whole number, or a string of one.
    mutating func count(_ node: JSONNode?, _ path: @autoclosure () -> String) -> Int? {
        guard let node, !node.isNull else { return nil }
        if let n = node.int, n >= 0 { return n }
        expected("a whole number of zero or more", node, path())
        return nil
    }

    mutating func array(_ node: JSONNode?, _ path: @autoclosure () -> String) -> [JSONNode] {
        guard let node, !node.isNull else { return [] }
        if let a = node.array { return a }
        expected("an array", node, path())
        return []
    }

    func finished() -> [Diagnostic] { list.finished(file: fileName) }
}

/// The names of the values a source gave (`PaperSource.fields`), in their order, as arrays
/// shared by every paper that has the same ones: each paper's own array was about 190 bytes, a
/// sixth of a DBLP paper in memory.
enum FieldNames {
    static let all = ["title", "authors", "date", "venue", "type", "volume", "pages", "abstract", "identifiers",
                      "citations", "citations per year", "links", "affiliation", "category", "keywords", "retraction"]
    private static let made = Made()

    /// The lists made so far, by mask; readers on several cores ask at once. (A lock the thread
    /// sanitizer knows: it takes `Synchronization.Mutex`'s guarded value for a race.)
    private final class Made: @unchecked Sendable {
        let lock = Lock()
        var lists: [UInt16: [String]] = [:]
    }

    /// The names of the values whose bits `mask` has (bit k for `all[k]`).
    static func list(_ mask: UInt16) -> [String] {
        made.lock.lock()
        defer { made.lock.unlock() }
        if let list = made.lists[mask] { return list }
        let list = all.indices.filter { mask & (1 << UInt16($0)) != 0 }.map { all[$0] }
        made.lists[mask] = list
        return list
    }

    /// `names` as the shared array when they are known names in their order (as every reader
    /// writes them), else as they are.
    static func shared(_ names: [String]) -> [String] {
        var mask: UInt16 = 0, k = 0
        for name in names {
            while k < all.count, all[k] != name { k += 1 }
            guard k < all.count else { return names }
            mask |= 1 << UInt16(k)
            k += 1
        }
        return list(mask)
    }
}
