/// Web of Science's tagged text: what its "Plain text file" and "Other reference software"
/// exports write (`savedrecs.txt`, `.ciw`), and what bibliometric tools read. `FN` and `VR` head
/// the file and `EF` ends it; a record runs from `PT` to `ER`; a tag is two characters and a space
/// at the start of a line, and a line that starts with three spaces (or, inside a record, is no
/// tag) continues the field above it (one author a line in `AU` and `AF`, one paragraph a line in
/// `AB`).
///
/// A record's fields are given the RIS tags they mean and read by `RISReader.paper`, so the two
/// formats make papers the same way; what only Web of Science says is added here: full names
/// (`AF`) over initials (`AU`), group authors (`CA`), the date of the export as the date of the
/// citation count (`DA`, `TC`), authors' ORCIDs (`OI`) and the record's page (`UT`).
enum WoSReader {
    /// The first line is the file's head (`FN … Web of Science`, or `FN` then `VR`) or opens a
    /// record (`PT J`: the tag and one capital).
    static func looksLikeWoS(_ head: ArraySlice<UInt8>) -> Bool {
        let text = head.drop { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }
        let lines = text.split(omittingEmptySubsequences: true) { $0 == 0x0A || $0 == 0x0D }.prefix(2)
        guard let first = lines.first else { return false }
        if first.starts(with: "FN ".utf8) {
            return XMLHead.mentions(first, "Web of Science") || lines.dropFirst().first?.starts(with: "VR ".utf8) == true
        }
        return first.count == 4 && first.starts(with: "PT ".utf8) && first.last.map { $0 >= 0x41 && $0 <= 0x5A } == true
    }

    typealias Fields = TaggedText.Fields

    /// Reads the text's bytes a line at a time; strings are made only for the fields a paper
    /// takes (a record has sixty tags, a paper needs twenty).
    static func read(_ input: [UInt8], _ context: ReadContext) -> RecordContents {
        var diagnostics = DiagnosticList()
        var text = TaggedText.text(input, context, &diagnostics, format: "Web of Science text")
        return text.withUTF8 { b in
            var records = TaggedText.Records<Fields>(opener: "PT", fileName: context.fileName, diagnostics: diagnostics) {
                paper($0, b, at: $1, &$2)
            }
            TaggedText.forEachLine(b) { lineNumber, lineStart, end in
                var s = lineStart
                // A byte-order mark where exported files were joined end to end.
                if end - s >= 3, b[s] == 0xEF, b[s + 1] == 0xBB, b[s + 2] == 0xBF { s += 3 }
                // `EF` run into the next file's head (files without a last line end, joined).
                if end - s > 5, b[s] == UInt8(ascii: "E"), b[s + 1] == UInt8(ascii: "F"), b[s + 2] == 0xEF, b[s + 3] == 0xBB, b[s + 4] == 0xBF {
                    records.endOpen()
                    s += 5
                }
                guard end > s else { return }
                if end - s > 3, b[s] == 0x20, b[s + 1] == 0x20, b[s + 2] == 0x20 {
                    var v = s
                    while b[v] == 0x20 || b[v] == 0x09 { v += 1 }
                    if let n = records.fields?.count, n > 0 { records.fields?[n - 1].lines.append(v..<end) }
                    else { records.warn(lineNumber, "a continued line (three spaces) outside a record; ignored") }
                    return
                }
                let isTag = end - s >= 2 && b[s] >= 0x41 && b[s] <= 0x5A
                    && (b[s + 1] >= 0x41 && b[s + 1] <= 0x5A || b[s + 1] >= 0x30 && b[s + 1] <= 0x39) && (end - s == 2 || b[s + 2] == 0x20)
                guard isTag else {
                    // Inside a record, a line that is no tag continues the field above it, as one
                    // with three spaces does (some exports lose the spaces).
                    if let n = records.fields?.count, n > 0 { records.fields?[n - 1].lines.append(s..<end) }
                    else { records.warn(lineNumber, "expected a two-letter tag and a space (such as 'TI ') or a line continued with three spaces; ignored") }
                    return
                }
                let tag = TaggedText.code(b, s, 2)
                let value = min(s + 3, end)..<end
                switch tag {
                case TaggedText.code("FN"), TaggedText.code("VR"):
                    if records.open { records.warn(lineNumber, "\(TaggedText.name(tag)) inside a record; ignored") }
                case TaggedText.code("EF"):
                    records.endOpen()
                default:
                    records.tag(tag, line: lineNumber, first: [(tag, [value])]) { TaggedText.add(tag, value, to: &$0) }
                }
            }
            return records.end()
        }
    }

    static func paper(_ fields: Fields, _ b: UnsafeBufferPointer<UInt8>, at: SourceLocation, _ d: inout DiagnosticList) -> Paper? {
        let record = TaggedText.Lookup(fields: fields, bytes: b)
        func lines(_ t: StaticString) -> [Substring] { record.lines(t) }
        func joined(_ t: StaticString, _ separator: String = " ") -> String? { record.joined(t, separator) }
        var ris: [(tag: String, value: String)] = []
        let pt = joined("PT")?.trimmingWhitespace().uppercased() ?? ""
        let dt = joined("DT")?.lowercased() ?? ""
        let type = dt.contains("proceedings paper") || pt == "C" ? "CONF" : dt.contains("book chapter") ? "CHAP"
            : pt == "B" ? "BOOK" : pt == "P" ? "PAT" : "JOUR"
        ris.append(("TY", type))
        if let title = joined("TI") { ris.append(("TI", title)) }
        let names = lines("AF").isEmpty ? lines("AU") : lines("AF")
        for name in names { ris.append(("AU", String(name))) }
        for group in lines("CA") { ris.append((RISReader.groupTag, String(group))) }
        if let year = joined("PY") { ris.append(("PY", TaggedText.date(year: year, written: joined("PD")))) }
        if let source = joined("SO") { ris.append(("JO", source)) }
        if let volume = joined("VL") { ris.append(("VL", volume)) }
        if let first = joined("BP") ?? joined("AR") { ris.append(("SP", first)) }
        if joined("BP") != nil, let last = joined("EP") { ris.append(("EP", last)) }
        if let issue = joined("IS") { ris.append(("IS", issue)) }
        if let publisher = joined("PU") { ris.append(("PB", publisher)) }
        if let city = joined("PI") { ris.append(("CY", city)) }
        if let series = joined("SE") { ris.append(("T3", series)) }
        // The book's editors (`BE`), a name a line.
        for editor in lines("BE") { ris.append(("ED", String(editor))) }
        for tag: StaticString in ["SN", "EI", "BN"] { if let n = joined(tag) { ris.append(("SN", n)) } }
        if let doi = joined("DI") { ris.append(("DO", doi)) }
        if let pubmed = joined("PM") { ris.append(("PM", pubmed)) }
        if let ut = joined("UT")?.trimmingWhitespace(), ut.hasPrefix("WOS:") {
            ris.append(("UR", "https://www.webofscience.com/wos/woscc/full-record/" + ut))
        }
        if let abstract = joined("AB", "\n") { ris.append(("AB", abstract)) }
        // The first address, without the names it is given for (`[Ada, B.; Bo, C.] Univ …`).
        if let address = lines("C1").first {
            let place = address.hasPrefix("["), close = address.firstIndex(of: "]")
            ris.append(("C1", String(place && close != nil ? address[address.index(after: close!)...] : address)))
        }
        if let cited = joined("TC") ?? joined("Z9") { ris.append(("TC", cited.trimmingWhitespace())) }
        // The author keywords (`DE`), then Keywords Plus (`ID`), `;` between them.
        for keywords in [joined("DE"), joined("ID")] { if let keywords { ris.append(("KW", keywords)) } }
        let exported = joined("DA").flatMap { FieldText.date($0) != nil ? $0.trimmingWhitespace() : nil }
        // `DT Article; Retracted Publication`: the paper was taken back (`Retraction`: the notice).
        let retraction: Retraction? = dt.contains("retracted publication") ? .retracted : nil
        guard var p = RISReader.paper(ris, at: at, &d, format: "wos", countedOn: exported, retraction: retraction) else { return nil }
        // ORCIDs: `Family, Given/0000-0002-1825-0097; …`, given to the author of that name.
        let orcids = (joined("OI") ?? "").split(separator: ";")
        let authorNames = orcids.isEmpty ? [] : NameParts.list(short: lines("AU"), full: lines("AF"))
        for entry in orcids {
            guard let slash = entry.lastIndex(of: "/"),
                  let orcid = AuthorIdentifiers.normaliseORCID(String(entry[entry.index(after: slash)...])) else { continue }
            let name = entry[..<slash].trimmingSpaces()
            let k = name.isEmpty ? (p.authors.count == 1 ? 0 : nil) : NameParts.author(named: name, in: authorNames)
            guard let k, k < p.authors.count else { continue }
            TaggedText.give(orcid, to: &p.authors[k])
        }
        // Each address with the authors it is given for (`[Chen, Bo; Example, Ada] Univ …`).
        let addresses = lines("C1")
        if addresses.contains(where: { $0.hasPrefix("[") }) {
            let names = authorNames.isEmpty ? NameParts.list(short: lines("AU"), full: lines("AF")) : authorNames
            for line in addresses {
                guard line.hasPrefix("["), let close = line.firstIndex(of: "]") else { continue }
                let place = String(line[line.index(after: close)...])
                for name in line[line.index(after: line.startIndex)..<close].split(separator: ";") {
                    guard let k = NameParts.author(named: String(name), in: names), k < p.authors.count else { continue }
                    p.authors[k].addAffiliations([place])
                }
            }
            let fields = FieldText.present(in: p)
            p.sources[0].fields = fields
        }
        return p
    }

    /// A name as `OI` and the author lists match it: the family name's key and the first
    /// letter of the given names, lowercased.
    struct NameParts: Equatable {
        var family: String
        var initial: Character?

        init(_ s: Substring) {
            let comma = s.firstIndex(of: ",") ?? s.endIndex
            let given = s[comma...].drop { $0 == "," || $0 == " " }
            family = NameKey.make(String(s[..<comma]))
            initial = given.first.map { Character($0.lowercased()) }
        }

        /// Each author's short (`AU`: `Martinez-Gonzalez, MA`) and full (`AF`: `Angel
        /// Martinez-Gonzalez, Miguel`) name, which are in the same order.
        static func list(short: [Substring], full: [Substring]) -> [[NameParts]] {
            (0..<max(short.count, full.count)).map { k in
                (k < short.count ? [NameParts(short[k])] : []) + (k < full.count ? [NameParts(full[k])] : [])
            }
        }

        /// The place of the author a name stands for, by family name and first initial in either
        /// form; nil unless exactly one author fits.
        static func author(named written: String, in authors: [[NameParts]]) -> Int? {
            let wanted = NameParts(Substring(written))
            guard !wanted.family.isEmpty else { return nil }
            let fits = authors.indices.filter { k in
                authors[k].contains { $0.family == wanted.family && (wanted.initial == nil || $0.initial == wanted.initial) }
            }
            return fits.count == 1 ? fits[0] : nil
        }
    }
}
