/// PubMed's MEDLINE text: what "Send to: Citation manager" (`.nbib`) and the "PubMed" format
/// write, and ERIC's records in the same form. A record begins with `PMID- ` (ERIC's with any
/// tag, `OWN - ERIC` first) and ends at a blank line; a tag is up to four characters
/// padded with spaces, then a hyphen and a space (`TI  - `, `AUID- `); a line that starts with
/// spaces continues the field above it.
///
/// Fields are given the RIS tags they mean and read by `RISReader.paper`, as Web of Science's are;
/// what only PubMed says is added around that: full names (`FAU`) over initials (`AU`), group
/// authors (`CN`), each author's ORCID (`AUID`, after the author it belongs to), the DOI (an
/// `LID` or `AID` marked `[doi]`), and the PubMed and PubMed Central pages.
enum MEDLINEReader {
    /// The first line is a record's `PMID- `, or ERIC's `OWN - ERIC`.
    static func looksLikeMEDLINE(_ head: ArraySlice<UInt8>) -> Bool {
        let text = head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        return text.starts(with: "PMID-".utf8) || text.starts(with: "OWN - ".utf8)
    }

    /// A record's fields, and each `AUID` and `AD` with the place of the author it follows.
    struct Fields {
        var tags: TaggedText.Fields = []
        var authorIDs: [(author: Int, value: Range<Int>)] = []
        var authorPlaces: [(author: Int, value: Range<Int>)] = []
        var fullNames = 0, shortNames = 0

        /// The last value read goes on to `end`; false when there is none.
        mutating func stretchLast(to end: Int) -> Bool {
            guard let last = tags.last?.lines.last else { return false }
            tags[tags.count - 1].lines[tags[tags.count - 1].lines.count - 1] = last.lowerBound..<end
            // An author's `AD` is the same value, kept apart too.
            if tags[tags.count - 1].tag == MEDLINEReader.address, let at = authorPlaces.last, at.value == last {
                authorPlaces[authorPlaces.count - 1].value = last.lowerBound..<end
            }
            return true
        }
    }

    /// A tag line's tag and where its value starts: up to four characters (a capital first, then
    /// capitals, digits or spaces), a hyphen in the fifth place, a space after it (or none:
    /// `TI  -Title` keeps its first letter).
    static func tag(_ b: UnsafeBufferPointer<UInt8>, _ s: Int, _ end: Int) -> (tag: UInt32, value: Int)? {
        // ERIC writes a tag of four a space apart from its hyphen (`ISSN - `).
        if end - s >= 6, b[s + 4] == 0x20, b[s + 5] == UInt8(ascii: "-"),
           (0..<4).allSatisfy({ b[s + $0] >= 0x41 && b[s + $0] <= 0x5A || $0 > 0 && b[s + $0] >= 0x30 && b[s + $0] <= 0x39 }) {
            return (TaggedText.code(b, s, 4), s + 6 < end && b[s + 6] == 0x20 ? s + 7 : s + 6)
        }
        guard end - s >= 5, b[s] >= 0x41 && b[s] <= 0x5A, b[s + 4] == UInt8(ascii: "-") else { return nil }
        var n = 1
        while n < 4, b[s + n] >= 0x41 && b[s + n] <= 0x5A || b[s + n] >= 0x30 && b[s + n] <= 0x39 { n += 1 }
        for k in n..<4 where b[s + k] != 0x20 { return nil }
        return (TaggedText.code(b, s, n), s + 5 < end && b[s + 5] == 0x20 ? s + 6 : s + 5)
    }

    /// A page range as MEDLINE shortens it, written out: `454-81` is `454-481`, `1003-12`
    /// `1003-1012`. Anything else (`e123`, `S1-S7`, `454-81; 490`) is kept as written.
    static func fullRange(_ pages: String) -> String {
        let parts = pages.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, let first = parts.first, let last = parts.last, !first.isEmpty, !last.isEmpty,
              (first + last).allSatisfy({ $0.isASCII && $0.isNumber }), last.count < first.count else { return pages }
        let full = first.prefix(first.count - last.count) + last
        guard let start = Int(first), let end = Int(full), end > start else { return pages }
        return "\(first)-\(full)"
    }

    /// `AD`, an author's affiliation.
    static let address = TaggedText.code("AD")

    static func read(_ input: [UInt8], _ context: ReadContext) -> RecordContents {
        var diagnostics = DiagnosticList()
        var text = TaggedText.text(input, context, &diagnostics, format: "MEDLINE text")
        return text.withUTF8 { b in
            var records = TaggedText.Records<Fields>(opener: "PMID", ending: "a blank line", anyTagOpens: true, fileName: context.fileName, diagnostics: diagnostics) {
                paper($0, b, at: $1, &$2)
            }
            let fau = TaggedText.code("FAU"), au = TaggedText.code("AU"), auid = TaggedText.code("AUID"), ad = Self.address
            TaggedText.forEachLine(b) { lineNumber, s, end in
                // A blank line ends the record.
                guard end > s else { records.finish(); return }
                if b[s] == 0x20 || b[s] == 0x09 {
                    // The value goes on: its range is stretched to this line's end (the break
                    // becomes a space when the value is read).
                    if records.fields?.stretchLast(to: end) != true {
                        records.warn(lineNumber, "a continued line (it starts with spaces) outside a record; ignored")
                    }
                    return
                }
                guard let (tag, value) = tag(b, s, end) else {
                    records.warn(lineNumber, "expected a tag of up to four letters and a hyphen (such as 'TI  - '), or a line continued with spaces; ignored")
                    return
                }
                records.tag(tag, line: lineNumber, first: Fields(tags: [(tag, [value..<end])])) { fields in
                    TaggedText.add(tag, value..<end, to: &fields.tags)
                    if tag == fau { fields.fullNames += 1 }
                    if tag == au { fields.shortNames += 1 }
                    if tag == auid { fields.authorIDs.append((max(fields.fullNames, fields.shortNames) - 1, value..<end)) }
                    if tag == ad { fields.authorPlaces.append((max(fields.fullNames, fields.shortNames) - 1, value..<end)) }
                }
            }
            // The last record ends with the text.
            records.finish()
            return records.end()
        }
    }

    static func paper(_ fields: Fields, _ b: UnsafeBufferPointer<UInt8>, at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        let record = TaggedText.Lookup(fields: fields.tags, bytes: b)
        func lines(_ t: StaticString) -> [Substring] { record.lines(t) }
        func first(_ t: StaticString) -> String? { record.lines(t).first.map(String.init) }
        let kinds = lines("PT").map { $0.lowercased() }
        let type = kinds.contains { $0.contains("preprint") } ? "UNPB" : kinds.contains { $0.contains("congress") } ? "CONF"
            : kinds.contains { $0.contains("book") } && lines("BTI").isEmpty == false ? "CHAP" : "JOUR"
        var ris: [(tag: String, value: String)] = [("TY", type)]
        // MEDLINE ends every title with a full stop.
        if var title = first("TI") ?? first("BTI") {
            if title.hasSuffix("."), !title.hasSuffix("..") { title.removeLast() }
            ris.append(("TI", title))
        }
        let full = !lines("FAU").isEmpty
        for name in full ? lines("FAU") : lines("AU") { ris.append((full ? "AU" : RISReader.medlineInitials, String(name))) }
        for group in lines("CN") { ris.append((RISReader.groupTag, String(group))) }
        if let written = first("DP") {
            // The year first (`2019 Apr 3`), or in ERIC's records after the month (`Apr 2019`).
            var words = written.split(separator: " ")
            let at = words.firstIndex(where: FieldText.isYear) ?? 0
            let year = words.isEmpty ? "" : String(words.remove(at: at))
            ris.append(("PY", TaggedText.date(year: year, written: words.joined(separator: " "))))
        }
        if let journal = first("JT") ?? first("TA") { ris.append(("JO", journal)) }
        if let volume = first("VI") { ris.append(("VL", volume)) }
        if let pages = first("PG") { ris.append(("SP", Self.fullRange(pages))) }
        if let issue = first("IP") { ris.append(("IS", issue)) }
        // `IS  - 1476-4687 (Electronic)`: the number alone.
        for issn in lines("IS") { ris.append(("SN", String(issn.prefix { $0 != " " && $0 != "(" }))) }
        // ERIC's numbers, `ISSN - EISSN-2375-5636`, `ISBN - ISBN-978-…`: from the first digit.
        for n in lines("ISSN") + lines("ISBN") { ris.append(("SN", String(n.drop { !$0.isNumber }))) }
        if let publisher = first("PB") {
            ris.append(("PB", publisher))
            // A book's place of publication (`Bethesda (MD)`); an article's `PL` is its journal's country.
            if let place = first("PL") { ris.append(("CY", place)) }
        }
        for editor in lines("FED").isEmpty ? lines("ED") : lines("FED") { ris.append(("ED", String(editor))) }
        let doi = (lines("LID") + lines("AID")).first { $0.hasSuffix("[doi]") }
        if let doi { ris.append(("DO", String(doi.dropLast(5)))) }
        if let pmid = first("PMID")?.trimmingWhitespace() {
            ris.append(("PM", pmid))
            ris.append(("UR", "https://pubmed.ncbi.nlm.nih.gov/\(pmid)/"))
        }
        if let pmc = first("PMC")?.trimmingWhitespace(), pmc.hasPrefix("PMC") {
            ris.append(("UR", "https://www.ncbi.nlm.nih.gov/pmc/articles/\(pmc)/"))
        }
        if let abstract = first("AB") { ris.append(("AB", abstract)) }
        if let address = lines("AD").first { ris.append(("C1", String(address))) }
        // The authors' own keywords (`OT`, other terms), one a line.
        for term in lines("OT") { ris.append(("KW", String(term))) }
        // `Retracted Publication` is a paper taken back, and `RIN - Retraction in: …` names its
        // notice; `Retraction of Publication` is the notice itself.
        let retraction: Retraction? = kinds.contains { $0.hasPrefix("retracted publication") } || !lines("RIN").isEmpty ? .retracted : nil
        guard var p = RISReader.paper(ris, at: at, &d, format: "pubmed", retraction: retraction) else { return nil }
        // `AUID- ORCID: 0000-0002-1825-0097` after the author it belongs to.
        for (k, range) in fields.authorIDs where k >= 0 && k < p.authors.count {
            let value = TaggedText.value(b, range)
            guard value.uppercased().hasPrefix("ORCID"), let orcid = AuthorIdentifiers.normaliseORCID(value) else { continue }
            TaggedText.give(orcid, to: &p.authors[k])
        }
        // `AD - …` after the author whose affiliation it is (one or more each); the first is the
        // paper's, as before.
        for (k, range) in fields.authorPlaces where k >= 0 && k < p.authors.count {
            p.authors[k].addAffiliations([TaggedText.value(b, range)])
        }
        if !fields.authorPlaces.isEmpty {
            let present = FieldText.present(in: p)
            p.sources[0].fields = present
        }
        return p
    }
}
