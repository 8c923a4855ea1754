/// One kind of record file: how it is recognised (by name and by its first bytes) and how it is
/// read into papers and diagnostics. Every place that chooses a format (the loader, the scanned
/// search, the seed, `--help`) asks `RecordFormats`.
public struct RecordFormat: Sendable, Hashable {
    /// Short and stable (`dblp`, `csl-json`): in `PaperSource.format` and JSON output.
    public let id: String
    /// For people: `DBLP XML`.
    public let name: String
    /// File name endings that name this format alone (lowercase, with the dot).
    public let extensions: [String]
    /// Whether the head of a file (its first 4 KiB, a byte-order mark removed) is this format.
    let recognises: @Sendable (_ head: ArraySlice<UInt8>) -> Bool
    let reader: @Sendable (_ bytes: [UInt8], _ context: ReadContext) -> RecordContents
    /// A reader that works on a mapped file in place, for formats that read large files so (the
    /// DBLP dump, JSON): memory holds the papers, not the text.
    var mappedReader: (@Sendable (_ bytes: UnsafeBufferPointer<UInt8>, _ context: ReadContext) -> RecordContents)? = nil

    public static func == (a: RecordFormat, b: RecordFormat) -> Bool { a.id == b.id }
    public func hash(into h: inout Hasher) { h.combine(id) }

    /// Reads a whole file's bytes. Total: any bytes give papers and diagnostics.
    public func read(_ bytes: [UInt8], _ context: ReadContext) -> RecordContents {
        reader(bytes, context)
    }
}

public enum RecordFormats {
    public static let profile = RecordFormat(id: "profile", name: "profile text", extensions: [],
                                             recognises: { _ in true },
                                             reader: { ProfileReader.read(RecordLoader.endingLinesWithLF($0), fileName: $1.fileName, asOf: $1.asOf) })
    public static let bibtex = RecordFormat(id: "bibtex", name: "BibTeX", extensions: [".bib", ".bibtex"],
                                            recognises: { BibTeXReader.looksLikeBibTeX($0) },
                                            reader: { BibTeXReader.read($0, fileName: $1.fileName, macros: $1.macros) })
    public static let dblp = RecordFormat(id: "dblp", name: "DBLP XML (a person's page, the dump or a search answer)", extensions: [],
                                          recognises: { head in XMLHead.rootName(head).map { $0 == "dblpperson" || $0 == "dblp" || $0 == "result" && XMLHead.mentions(head, "<hits") } ?? false },
                                          reader: { XMLRecords.read($0, $1) },
                                          mappedReader: { XMLRecords.read(mapped: $0, $1) })
    public static let arxiv = RecordFormat(id: "arxiv", name: "arXiv API (Atom)", extensions: [".atom"],
                                           recognises: { XMLHead.rootName($0) == "feed" },
                                           reader: { XMLRecords.read($0, $1) })
    public static let orcidXML = RecordFormat(id: "orcid-xml", name: "ORCID v3.0 XML", extensions: [],
                                              recognises: { head in XMLHead.rootName(head) != nil && XMLHead.mentions(head, "orcid.org/ns") },
                                              reader: { XMLRecords.read($0, $1) })
    public static let openalex = RecordFormat(id: "openalex", name: "OpenAlex JSON or JSON Lines", extensions: [".jsonl", ".ndjson"],
                                              recognises: { JSONHead.isJSON($0) && (XMLHead.mentions($0, "openalex.org") || XMLHead.mentions($0, "\"authorships\"")) },
                                              reader: { JSONRecords.read($0, $1) },
                                              mappedReader: { JSONRecords.read(mapped: $0, $1) })
    public static let s2 = RecordFormat(id: "s2", name: "Semantic Scholar JSON", extensions: [],
                                        recognises: { JSONHead.isJSON($0) && (XMLHead.mentions($0, "\"paperId\"") || XMLHead.mentions($0, "\"authorId\"")) },
                                        reader: { JSONRecords.read($0, $1) },
                                        mappedReader: { JSONRecords.read(mapped: $0, $1) })
    public static let orcid = RecordFormat(id: "orcid", name: "ORCID v3.0 JSON", extensions: [],
                                           recognises: { JSONHead.isJSON($0) && (XMLHead.mentions($0, "\"put-code\"") || XMLHead.mentions($0, "\"orcid-identifier\"")) },
                                           reader: { JSONRecords.read($0, $1) },
                                           mappedReader: { JSONRecords.read(mapped: $0, $1) })
    public static let dblpJSON = RecordFormat(id: "dblp-json", name: "DBLP search answer (JSON)", extensions: [],
                                              recognises: { JSONHead.isJSON($0) && XMLHead.mentions($0, "\"hits\"") && XMLHead.mentions($0, "\"info\"") },
                                              reader: { JSONRecords.read($0, $1) },
                                              mappedReader: { JSONRecords.read(mapped: $0, $1) })
    public static let cslJSON = RecordFormat(id: "csl-json", name: "CSL-JSON (Crossref's works too)", extensions: [".json"],
                                             recognises: { JSONHead.isJSON($0) },
                                             reader: { JSONRecords.read($0, $1) },
                                             mappedReader: { JSONRecords.read(mapped: $0, $1) })
    public static let cslYAML = RecordFormat(id: "csl-yaml", name: "CSL-YAML", extensions: [".yaml", ".yml"],
                                             recognises: { CSLYAMLReader.looksLikeYAML($0) },
                                             reader: { CSLYAMLReader.read($0, $1) })
    public static let ris = RecordFormat(id: "ris", name: "RIS", extensions: [".ris"],
                                         recognises: { RISReader.looksLikeRIS($0) },
                                         reader: { RISReader.read($0, $1) })
    public static let wos = RecordFormat(id: "wos", name: "Web of Science text (savedrecs.txt, .ciw)", extensions: [".ciw"],
                                         recognises: { WoSReader.looksLikeWoS($0) },
                                         reader: { WoSReader.read($0, $1) })
    public static let pubmed = RecordFormat(id: "pubmed", name: "PubMed MEDLINE text (.nbib)", extensions: [".nbib"],
                                            recognises: { MEDLINEReader.looksLikeMEDLINE($0) },
                                            reader: { MEDLINEReader.read($0, $1) })

    /// In the order content is tried: the first that recognises a file's head reads it; the
    /// profile text takes what no other does.
    public static let all: [RecordFormat] = [bibtex, dblp, arxiv, orcidXML, openalex, s2, orcid, dblpJSON, cslJSON, cslYAML, ris, wos, pubmed, profile]

    /// XML that no format recognises: said to be so, with what is read, rather than read as
    /// profile text (each of its lines a header line not understood). Not a format of `all`.
    static let otherXML = RecordFormat(id: "xml", name: "XML", extensions: [], recognises: { XMLHead.rootName($0) != nil }, reader: { bytes, context in
        var contents = RecordContents()
        let root = XMLHead.rootName(ArraySlice(bytes.prefix(4096))).map { VisibleText.singleLine($0) } ?? "?"
        contents.diagnostics = [Diagnostic(.error, at: SourceLocation(file: context.fileName, line: 1),
                                           "an XML document of <\(root)>, not one Vita reads; expected DBLP (<dblpperson>, <dblp>, a search answer's <result>), arXiv Atom (<feed>) or ORCID v3.0 XML")]
        return contents
    })

    /// The format of a file: by its name when the name says (`.bib`, `.ris`), else by its head.
    /// A `.json` name only says JSON: which JSON format is told by the content. A head that is
    /// plainly another format than the name's wins (Web of Science text saved as `.ris`); one
    /// that no format recognises keeps the name's (a .bib that opens with prose).
    public static func detect(name: String, head: some Collection<UInt8>) -> RecordFormat {
        var bytes = ArraySlice(head.prefix(4096))
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let lower = name.lowercased()
        let byContent = all.first { $0 != profile && $0.recognises(bytes) }
        for f in all where f.id != "csl-json" && f.id != "openalex" && f.extensions.contains(where: { lower.hasSuffix($0) }) {
            if let byContent, !f.recognises(bytes) { return byContent }
            return f
        }
        return byContent ?? (otherXML.recognises(bytes) ? otherXML : profile)
    }

    /// For `--help`: one line a format.
    public static var summary: String {
        all.map(\.name).joined(separator: ", ")
    }
}

/// Looks at the head of a file for JSON.
enum JSONHead {
    static func isJSON(_ head: ArraySlice<UInt8>) -> Bool {
        guard let first = head.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return false }
        return first == UInt8(ascii: "{") || first == UInt8(ascii: "[")
    }
}

/// Looks at the head of a file for XML and its root element.
enum XMLHead {
    /// The name of the first element (`dblpperson`, `feed`, `record:record` → `record`), skipping
    /// the declaration, comments and the doctype. Nil when the head is not XML.
    static func rootName(_ head: ArraySlice<UInt8>) -> String? {
        var i = head.startIndex
        func skipSpace() { while i < head.endIndex, head[i] == 0x20 || head[i] == 0x0A || head[i] == 0x0D || head[i] == 0x09 { i += 1 } }
        while true {
            skipSpace()
            guard i < head.endIndex, head[i] == UInt8(ascii: "<") else { return nil }
            let next = head.index(after: i)
            guard next < head.endIndex else { return nil }
            if head[next] == UInt8(ascii: "?") || head[next] == UInt8(ascii: "!") {
                // Declaration, comment or doctype (its internal subset in brackets): skip to its end.
                let isComment = head[next...].starts(with: Array("!--".utf8))
                var j = next
                var depth = 0
                var quote: UInt8 = 0
                while j < head.endIndex {
                    let c = head[j]
                    if isComment {
                        if head[j...].starts(with: Array("-->".utf8)) { j += 3; break }
                    } else if quote != 0 {
                        if c == quote { quote = 0 }
                    } else if c == 0x22 || c == 0x27 {
                        quote = c
                    } else if c == UInt8(ascii: "[") {
                        depth += 1
                    } else if c == UInt8(ascii: "]") {
                        depth -= 1
                    } else if c == UInt8(ascii: ">"), depth <= 0 {
                        j += 1
                        break
                    }
                    j += 1
                }
                guard j < head.endIndex else { return nil }
                i = j
                continue
            }
            var j = next
            while j < head.endIndex, head[j] != 0x20, head[j] != UInt8(ascii: ">"), head[j] != UInt8(ascii: "/"), head[j] != 0x0A, head[j] != 0x0D, head[j] != 0x09 { j += 1 }
            var name = String(decoding: head[next..<j], as: UTF8.self)
            if let colon = name.firstIndex(of: ":") { name = String(name[name.index(after: colon)...]) }
            return name.isEmpty ? nil : name
        }
    }

    static func mentions(_ head: ArraySlice<UInt8>, _ text: String) -> Bool {
        let needle = Array(text.utf8)
        guard let first = needle.first, head.count >= needle.count else { return false }
        var i = head.startIndex
        let last = head.endIndex - needle.count
        while i <= last {
            if head[i] == first, head[i..<(i + needle.count)].elementsEqual(needle) { return true }
            i += 1
        }
        return false
    }
}
