/// What the tagged texts (RIS, Web of Science's, PubMed's MEDLINE) share: their encoding, their
/// lines, their tags as numbers, and the records their tags open and end.
enum TaggedText {
    /// Each line of a text's bytes with its number (from 1): its start, and its end before the
    /// line break (LF, CRLF or CR) and any spaces or tabs that trail it.
    @inline(__always)
    static func forEachLine(_ b: UnsafeBufferPointer<UInt8>, _ body: (_ number: Int, _ start: Int, _ end: Int) -> Void) {
        let n = b.count
        var i = 0
        var number = 0
        while i < n {
            var e = i
            while e < n, b[e] != 0x0A, b[e] != 0x0D { e += 1 }
            let next = e + 1 < n && b[e] == 0x0D && b[e + 1] == 0x0A ? e + 2 : e + 1
            var end = e
            while end > i, b[end - 1] == 0x20 || b[end - 1] == 0x09 { end -= 1 }
            number += 1
            body(number, i, end)
            i = next
        }
    }

    /// A tag of up to four characters as one number, padded with spaces (`TI` → `TI  `).
    @inline(__always) static func code(_ tag: StaticString) -> UInt32 {
        var out: UInt32 = 0
        for k in 0..<4 { out = out << 8 | UInt32(k < tag.utf8CodeUnitCount ? tag.utf8Start[k] : 0x20) }
        return out
    }

    /// The tag of `n` characters (at most four) at `s`, as `code` makes it.
    @inline(__always) static func code(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ n: Int) -> UInt32 {
        var out: UInt32 = 0
        for k in 0..<4 { out = out << 8 | UInt32(k < n ? b[s + k] : 0x20) }
        return out
    }

    static func name(_ tag: UInt32) -> String {
        let bytes = (0..<4).map { UInt8(truncatingIfNeeded: tag >> (24 - 8 * $0)) }
        return String(decoding: bytes.prefix { $0 != 0x20 }, as: UTF8.self)
    }

    /// A record read as byte ranges: each tag with its lines, in the order first met.
    typealias Fields = [(tag: UInt32, lines: [Range<Int>])]

    /// Adds a line to its tag's entry, which becomes the last (the one continued lines go to): a
    /// tag may come back after others (`FAU` for each author, with `AU` and `AD` between).
    static func add(_ tag: UInt32, _ line: Range<Int>, to fields: inout Fields) {
        guard let k = fields.firstIndex(where: { $0.tag == tag }) else { fields.append((tag, [line])); return }
        if k != fields.count - 1 { fields.append(fields.remove(at: k)) }
        fields[fields.count - 1].lines.append(line)
    }

    /// A record's fields as strings, made only when asked for (a paper takes twenty of the sixty
    /// tags a record may have).
    struct Lookup {
        let fields: Fields
        let bytes: UnsafeBufferPointer<UInt8>

        func lines(_ t: StaticString) -> [Substring] {
            let tag = TaggedText.code(t)
            guard let k = fields.firstIndex(where: { $0.tag == tag }) else { return [] }
            return fields[k].lines.map { Substring(TaggedText.value(bytes, $0)) }
        }

        func joined(_ t: StaticString, _ separator: String = " ") -> String? {
            let l = lines(t)
            return l.isEmpty ? nil : l.joined(separator: separator)
        }
    }

    /// A value's text. A value that goes on over lines (one range from its first line to its
    /// last, as MEDLINE's are kept) is one line: each break, with the indentation after it, one
    /// space.
    static func value(_ b: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let slice = UnsafeBufferPointer(rebasing: b[range])
        guard slice.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return String(decoding: slice, as: UTF8.self) }
        var out: [UInt8] = []
        out.reserveCapacity(slice.count)
        var k = 0
        while k < slice.count {
            let c = slice[k]
            k += 1
            guard c == 0x0A || c == 0x0D else { out.append(c); continue }
            while k < slice.count, slice[k] == 0x0A || slice[k] == 0x0D || slice[k] == 0x20 || slice[k] == 0x09 { k += 1 }
            while out.last == 0x20 || out.last == 0x09 { out.removeLast() }
            out.append(0x20)
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Well-formed multi-byte UTF-8 sequences and bytes that are not UTF-8.
    static func utf8Sequences(_ bytes: [UInt8]) -> (valid: Int, invalid: Int) {
        var valid = 0, invalid = 0, i = 0
        while i < bytes.count {
            let b = bytes[i]
            let n = b < 0x80 ? 1 : b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0
            if n == 1 { i += 1; continue }
            if n > 1, i + n <= bytes.count, bytes[(i + 1)..<(i + n)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                i += n
            } else {
                invalid += 1
                i += 1
            }
        }
        return (valid, invalid)
    }

    /// A tagged text's bytes as text: UTF-8 (a byte-order mark dropped), a few broken sequences
    /// replaced with a warning, else Latin-1 with a warning (the format states no encoding).
    static func text(_ input: [UInt8], _ context: ReadContext, _ diagnostics: inout DiagnosticList, format: String) -> String {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        // Mostly UTF-8 with a few broken sequences (a cut character): UTF-8, the broken bytes
        // replaced. No UTF-8 at all: Latin-1.
        let (valid, invalid) = utf8Sequences(bytes)
        if valid > invalid {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: context.fileName, line: 0),
                                          "\(invalid) bytes are not UTF-8 and were replaced; the rest is read as UTF-8"))
        } else {
            bytes = TextEncoding.latin1.decode(bytes)
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: context.fileName, line: 0),
                                          "not UTF-8; read as Latin-1 (\(format) states no encoding)"))
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// An ORCID a record gives an author, unless the author has one already.
    static func give(_ orcid: String, to author: inout Author) {
        var ids = author.ids ?? AuthorIdentifiers()
        if ids.orcid == nil { ids.orcid = orcid }
        author.ids = ids
    }

    /// A year and a date as written (Web of Science's `PD`: `DEC 31`, `JUN`, `SPR`; MEDLINE's `DP`
    /// after its year: `Aug 1`, `Dec-2020 Jan`) as RIS writes a date: `2019/12/31`.
    static func date(year: String, written: String?) -> String {
        let year = year.trimmingWhitespace()
        let words = (written ?? "").split { $0 == " " || $0 == "-" }
        guard let month = words.lazy.compactMap({ w in w.allSatisfy(\.isLetter) ? FieldText.monthNumber(String(w)) : nil }).first else { return year }
        let day = words.lazy.compactMap { Int($0) }.first { (1...31).contains($0) }
        return "\(year)/\(month)" + (day.map { "/\($0)" } ?? "")
    }

    /// The records of a tagged text as its lines are read: the one open and since which line,
    /// the papers made of those ended, and what is said when a record begins before the last
    /// ends, a tag stands outside every record, or the text ends inside one.
    struct Records<Fields> {
        /// The tag that opens a record (`TY`, `PT`, `PMID`); `ER` ends it.
        let opener: UInt32
        let fileName: String
        var diagnostics: DiagnosticList
        let make: (Fields, SourceLocation, inout DiagnosticList) -> Paper?
        var fields: Fields?
        var start = 0
        var papers: [Paper] = []

        /// What ends a record, as warnings name it.
        let ending: String
        /// Whether any tag opens a record when none is open (records told apart by blank lines,
        /// as MEDLINE's are), not only `opener`.
        let anyTagOpens: Bool

        init(opener: StaticString, ending: String = "ER", anyTagOpens: Bool = false, fileName: String, diagnostics: DiagnosticList,
             make: @escaping (Fields, SourceLocation, inout DiagnosticList) -> Paper?) {
            self.opener = TaggedText.code(opener)
            self.ending = ending
            self.anyTagOpens = anyTagOpens
            self.fileName = fileName
            self.diagnostics = diagnostics
            self.make = make
        }

        var open: Bool { fields != nil }

        mutating func warn(_ line: Int, _ message: String) {
            diagnostics.append(Diagnostic(.warning, at: SourceLocation(file: fileName, line: line), message))
        }

        mutating func finish() {
            guard let done = fields else { return }
            fields = nil
            if let p = make(done, SourceLocation(file: fileName, line: start), &diagnostics) { papers.append(p) }
        }

        /// A tag line: the opener opens a record (ending one left open), `ER` ends it, and any
        /// other tag is added to the open record by `add` (or opens one, with `anyTagOpens`).
        mutating func tag(_ tag: UInt32, line: Int, first: @autoclosure () -> Fields, add: (inout Fields) -> Void) {
            switch tag {
            case opener:
                if open {
                    warn(line, "a record begins before the one at line \(start) ends with \(ending); that one is kept")
                    finish()
                }
                fields = first()
                start = line
            case TaggedText.code("ER"):
                if open { finish() } else { warn(line, "ER with no record open; ignored") }
            default:
                if fields != nil { add(&fields!) } else if anyTagOpens {
                    fields = first()
                    start = line
                } else {
                    warn(line, "the tag \(TaggedText.name(tag)) is outside a record (expected \(TaggedText.name(opener)) first); ignored")
                }
            }
        }

        /// The record left open, if any, kept with a warning.
        mutating func endOpen() {
            guard open else { return }
            warn(start, "the record that begins here never ends with \(ending); kept")
            finish()
        }

        /// The papers and diagnostics once the text has ended.
        mutating func end() -> RecordContents {
            endOpen()
            var contents = RecordContents(papers: papers)
            contents.diagnostics = diagnostics.finished(file: fileName)
            return contents
        }
    }
}
