/// What the tagged texts (RIS, Web of Science's) share: their lines, their tags as numbers, and
/// the records their tags open and end.
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

    /// A two-character tag as one number (`TI` → 0x5449).
    @inline(__always) static func code(_ tag: StaticString) -> UInt16 { UInt16(tag.utf8Start[0]) << 8 | UInt16(tag.utf8Start[1]) }

    static func name(_ tag: UInt16) -> String { String(decoding: [UInt8(tag >> 8), UInt8(tag & 0xFF)], as: UTF8.self) }

    /// The records of a tagged text as its lines are read: the one open and since which line,
    /// the papers made of those ended, and what is said when a record begins before the last
    /// ends, a tag stands outside every record, or the text ends inside one.
    struct Records<Fields> {
        /// The tag that opens a record (`TY`, `PT`); `ER` ends it.
        let opener: UInt16
        let fileName: String
        var diagnostics: DiagnosticList
        let make: (Fields, SourceLocation, inout DiagnosticList) -> Paper?
        var fields: Fields?
        var start = 0
        var papers: [Paper] = []

        init(opener: StaticString, fileName: String, diagnostics: DiagnosticList,
             make: @escaping (Fields, SourceLocation, inout DiagnosticList) -> Paper?) {
            self.opener = TaggedText.code(opener)
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
        /// other tag is added to the open record by `add`.
        mutating func tag(_ tag: UInt16, line: Int, first: @autoclosure () -> Fields, add: (inout Fields) -> Void) {
            switch tag {
            case opener:
                if open {
                    warn(line, "a record begins before the one at line \(start) ends with ER; that one is kept")
                    finish()
                }
                fields = first()
                start = line
            case TaggedText.code("ER"):
                if open { finish() } else { warn(line, "ER with no record open; ignored") }
            default:
                if fields != nil { add(&fields!) } else {
                    warn(line, "the tag \(TaggedText.name(tag)) is outside a record (expected \(TaggedText.name(opener)) first); ignored")
                }
            }
        }

        /// The record left open, if any, kept with a warning.
        mutating func endOpen() {
            guard open else { return }
            warn(start, "the record that begins here never ends with ER; kept")
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
