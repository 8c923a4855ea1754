import Dispatch
import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads every JSON format Vita knows (OpenAlex, Semantic Scholar, ORCID, CSL-JSON), whole
/// documents and JSON Lines, telling them apart by their shape. Any bytes give papers and
/// diagnostics: a document cut short keeps the papers read before the cut.
enum JSONRecords {
    enum Kind: String { case openalex, s2, orcid, csl, dblp }

    /// The kind of records an object (or the first item of a list) holds.
    static func kind(of o: JSONNode) -> Kind? {
        if case .array(let items) = o.value {
            // A loop, not `lazy.compactMap(…).first`, which asks the item found twice: through
            // nested lists that doubled at each level (40 levels around one work never ended).
            for item in items { if let k = kind(of: item) { return k } }
            return nil
        }
        if o["result"]?["hits"] != nil { return .dblp }
        // Crossref's REST API: `{"message-type": "work" | "work-list", "message": …}`.
        if let type = o["message-type"]?.string, type == "work" || type == "work-list", o["message"] != nil { return .csl }
        if let results = o["results"]?.array { return results.first.flatMap(kind(of:)) ?? .openalex }
        if let data = o["data"]?.array { return data.first.flatMap(kind(of:)) ?? .s2 }
        if o["recommendedPapers"]?.array != nil { return .s2 }
        if o["citingPaper"] != nil || o["citedPaper"] != nil { return .s2 }
        if OpenAlexReader.isWork(o) || OpenAlexReader.isAuthor(o) { return .openalex }
        if SemanticScholarReader.isPaper(o) || SemanticScholarReader.isAuthor(o) { return .s2 }
        if ORCIDReader.isORCID(o) { return .orcid }
        if CSLReader.isItem(o) { return .csl }
        if SemanticScholarReader.isAuthorItem(o) { return .s2 }
        return nil
    }

    static func formatID(_ k: Kind) -> String {
        switch k {
        case .openalex: "openalex"
        case .s2: "s2"
        case .orcid: "orcid"
        case .csl: "csl-json"
        case .dblp: "dblp"
        }
    }

    /// Whether the text holds one JSON value a line (a JSON Lines snapshot): it starts with an
    /// object that ends on its first line, and another line follows.
    static func isJSONLines(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let nl = bytes.firstIndex(of: 0x0A),
              bytes[(nl + 1)...].contains(where: { $0 != 0x0A && $0 != 0x0D && $0 != 0x20 && $0 != 0x09 }) else { return false }
        var end = nl
        while end > 0, bytes[end - 1] == 0x0D || bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
        var start = 0
        while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 || bytes[start] == 0xEF || bytes[start] == 0xBB || bytes[start] == 0xBF { start += 1 }
        guard start < end, bytes[start] == UInt8(ascii: "{"), bytes[end - 1] == UInt8(ascii: "}") else { return false }
        let (_, problem) = JSONParser.parse(UnsafeBufferPointer(rebasing: bytes[start..<end]))
        return problem == nil
    }

    static func read(_ input: [UInt8], _ context: ReadContext) -> RecordContents {
        input.withUnsafeBufferPointer { read(mapped: $0, context) }
    }

    /// Reads JSON in place (a mapped file): no copy of the text is made.
    static func read(mapped all: UnsafeBufferPointer<UInt8>, _ context: ReadContext) -> RecordContents {
        var bytes = all
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { bytes = UnsafeBufferPointer(rebasing: bytes[3...]) }
        if isJSONLines(bytes) { return readLines(bytes, context) }
        var d = JSONDiagnostics(fileName: context.fileName, bytes: bytes)
        let (root, problem) = JSONParser.parse(bytes)
        if let problem { d.problem(problem) }
        var contents = RecordContents()
        if let root {
            var c = records(in: root, path: "", &d)
            c.diagnostics = []
            contents = c
        }
        contents.diagnostics = d.finished()
        // JSON Lines whose first line is broken is not told by its first line: read line by
        // line too, and the reading that keeps more papers wins (the others' lines still load).
        if problem != nil, bytes.contains(0x0A) {
            let lines = readLines(bytes, context)
            if lines.papers.count > contents.papers.count { return lines }
        }
        return contents
    }

    /// JSON Lines over 1 MiB is read in parts on every core, cut at line ends, and joined in
    /// order: the same papers and diagnostics as reading straight through.
    static func readLines(_ bytes: UnsafeBufferPointer<UInt8>, _ context: ReadContext) -> RecordContents {
        let parts = bytes.count < 1 << 20 ? 1 : max(1, min(8, Cores.active))
        var cuts = [0]
        for k in 1..<parts {
            var at = max(cuts.last!, bytes.count * k / parts)
            while at < bytes.count, bytes[at - 1] != 0x0A { at += 1 }
            if at < bytes.count { cuts.append(at) }
        }
        cuts.append(bytes.count)
        // The line each part starts on (its line ends counted eight bytes at a time: a byte at a
        // time, counting them took a tenth of a second on one core before the parts were read).
        var firstLines = [0]
        for k in 1..<(cuts.count - 1) {
            firstLines.append(firstLines[k - 1] + ByteScan.newlines(in: bytes, from: cuts[k - 1], to: cuts[k]))
        }
        // A mapped file's pages, read to count the lines, given back; each part gives back its own
        // as it reads them (`readLines(_:_:firstLine:)`).
        if cuts.count > 2 { context.letGo?(bytes) }
        let results = UnsafeMutableBufferPointer<(RecordContents, DiagnosticList)>.allocate(capacity: cuts.count - 1)
        results.initialize(repeating: (RecordContents(), DiagnosticList()))
        defer { results.deinitialize().deallocate() }
        let (bounds, starts) = (cuts, firstLines)
        let shared = Shared((bytes, results))
        DispatchQueue.concurrentPerform(iterations: cuts.count - 1) { k in
            let (all, out) = shared.value
            out[k] = readLines(UnsafeBufferPointer(rebasing: all[bounds[k]..<bounds[k + 1]]), context, firstLine: starts[k])
        }
        var contents = RecordContents()
        var diagnostics = DiagnosticList()
        var lists = results.indices.map { k in
            defer { results[k].0.papers = [] }
            return results[k].0.papers
        }
        contents.papers.appendMoving(&lists)
        for k in results.indices {
            if contents.profile == nil { contents.profile = results[k].0.profile }
            diagnostics.append(contentsOf: results[k].1)
        }
        contents.diagnostics = diagnostics.finished(file: context.fileName)
        return contents
    }

    /// `giveBackEvery`: how many bytes of lines read are given back at once (`ReadContext.letGo`).
    static func readLines(_ bytes: UnsafeBufferPointer<UInt8>, _ context: ReadContext, firstLine: Int,
                          giveBackEvery: Int = 8 << 20) -> (RecordContents, DiagnosticList) {
        var contents = RecordContents()
        // Room for a work a kilobyte and a half at once (an OpenAlex work takes about three):
        // grown by doubling, the list was copied into fresh pages again and again.
        contents.papers.reserve(forBytes: bytes.count, bytesPerPaper: 1536)
        var d = JSONDiagnostics(fileName: context.fileName, bytes: nil)
        var lineStart = 0, line = firstLine
        // The lines read, given back every 8 MiB when the text is a mapped file: an OpenAlex
        // snapshot of 1.4 GB was held whole until the last line was read, most of the peak.
        var givenBack = 0
        defer { context.letGo?(UnsafeBufferPointer(rebasing: bytes[givenBack...])) }
        while lineStart < bytes.count {
            if lineStart - givenBack >= giveBackEvery, let letGo = context.letGo {
                letGo(UnsafeBufferPointer(rebasing: bytes[givenBack..<lineStart]))
                givenBack = lineStart
            }
            let end = memchr(bytes.baseAddress! + lineStart, 0x0A, bytes.count - lineStart)
                .map { UnsafePointer($0.assumingMemoryBound(to: UInt8.self)) - bytes.baseAddress! } ?? bytes.count
            let text = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
            d.lineBase = line
            if text.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                let (root, problem) = JSONParser.parse(text)
                if let problem { d.problem(problem) }
                if let root, !root.cut {
                    let c = records(in: root, path: "line \(line + 1)", &d)
                    contents.papers += c.papers
                    if contents.profile == nil { contents.profile = c.profile }
                } else if root?.cut == true {
                    d.warn(0, "", "the record on this line is cut off; left out")
                }
            }
            lineStart = end + 1
            line += 1
        }
        return (contents, d.list)
    }

    /// The papers (and the person) in one parsed value.
    static func records(in root: JSONNode, path: String, _ d: inout JSONDiagnostics) -> RecordContents {
        var contents = RecordContents()
        guard let kind = kind(of: root) else {
            if case .array(let items) = root.value, items.isEmpty { return contents }
            // An API's answer of an error (ORCID's `developer-message`, Semantic Scholar's and
            // OpenAlex's `error` and `message`) saved in place of the records: said as such.
            if case .object(let members) = root.value, members.count <= 12,
               // Crossref's: `{"status": "failed", "message": [{"type": …, "message": …}]}`.
               let said = ["developer-message", "user-message", "message", "error", "detail"].lazy.compactMap({ root[$0]?.text }).first
                ?? root["message"]?.array?.first?["message"]?.text {
                let code = (root["response-code"] ?? root["code"] ?? root["status"])?.text.map { " (\($0))" } ?? ""
                d.warn(root.offset, path, "an error answer\(code), not records: \(DisplayWidth.truncate(VisibleText.singleLine(said), to: 200))", error: true)
                return contents
            }
            d.warn(root.offset, path, "not a record Vita knows: expected an OpenAlex work or list, a Semantic Scholar paper, author or list, an ORCID works summary, or CSL-JSON items")
            return contents
        }
        func each(_ list: [JSONNode], _ listPath: String, _ read: (JSONNode, String, inout JSONDiagnostics) -> Paper?) {
            func items(_ range: Range<Int>, _ d: inout JSONDiagnostics) -> [Paper] {
                var papers: [Paper] = []
                papers.reserveCapacity(range.count)
                for k in range {
                    let item = list[k]
                    let itemPath = "\(listPath)[\(k)]"
                    if item.cut {
                        d.warn(item.offset, itemPath, "cut off; left out")
                        continue
                    }
                    if let p = read(item, itemPath, &d) { papers.append(p) }
                }
                return papers
            }
            // A long list is read in chunks on every core, joined in order.
            let chunk = 256
            guard list.count >= 2 * chunk else { contents.papers += items(list.indices, &d); return }
            d.prepare()
            let chunks = (list.count + chunk - 1) / chunk
            let base = d
            var parts = Parallel.map(chunks, chunk: 1) { c -> ([Paper], JSONDiagnostics) in
                var pd = base.part()
                let papers = items((c * chunk)..<min(list.count, (c + 1) * chunk), &pd)
                return (papers, pd)
            }
            var lists = parts.indices.map { k in
                defer { parts[k].0 = [] }
                return parts[k].0
            }
            contents.papers.appendMoving(&lists)
            for k in parts.indices { d.append(parts[k].1) }
        }
        let prefix = path.isEmpty ? "" : path + "."
        /// A list under `key` or a bare array, read item by item: whether `root` was one.
        func list(_ key: String, _ read: (JSONNode, String, inout JSONDiagnostics) -> Paper?) -> Bool {
            if let items = root[key]?.array { each(items, prefix + key, read); return true }
            if case .array(let items) = root.value { each(items, path, read); return true }
            return false
        }
        switch kind {
        case .openalex:
            // A list of authors (an author search), institutions or the like: no work in it, said
            // once (each was read as a paper titled by its name), and where their works are.
            if let items = root["results"]?.array ?? root.array {
                // Told by the first whole item (a list of works is not copied to be looked at).
                let whole = items.lazy.filter { !$0.cut }
                if let first = whole.first, let entity = OpenAlexReader.entity(first), whole.allSatisfy({ OpenAlexReader.entity($0) == entity }) {
                    let n = whole.count
                    let works = first["works_api_url"]?.string.map { " (the first one's: \($0))" } ?? ""
                    d.warn(root.offset, path, "a list of \(n) OpenAlex \(entity)\(n == 1 ? "" : "s"), not works; expected works\(works)")
                    break
                }
                if items.isEmpty, let groups = root["group_by"]?.array, !groups.isEmpty {
                    d.warn(root.offset, path, "an OpenAlex group_by answer (works counted in \(groups.count) groups), not the works; expected works (the same query without group_by)")
                    break
                }
            }
            if list("results", OpenAlexReader.work) {
                // A page of a larger answer: said, so a record is not taken for whole.
                if let meta = root["meta"], let count = meta["count"]?.int, let held = root["results"]?.array?.count, count > held {
                    let page = meta["page"]?.int.map { "page \($0), " } ?? ""
                    d.warn(meta.offset, prefix + "meta", "OpenAlex found \(count) works; this answer holds \(held) of them (\(page)\(meta["per_page"]?.int ?? held) a page): ask for the others with page= (per-page= up to 200) or cursor=")
                }
                break
            }
            if OpenAlexReader.isAuthor(root) {
                contents.profile = OpenAlexReader.author(root, &d)
            } else if let p = OpenAlexReader.work(root, path: path, &d) {
                contents.papers.append(p)
            }
        case .s2:
            // A list of authors (an author search, a paper's authors): their papers where they
            // carry them, else no paper, and that said once (each read as an untitled paper before).
            if let (items, at) = root["data"]?.array.map({ ($0, prefix + "data") }) ?? root.array.map({ ($0, path) }),
               SemanticScholarReader.areAuthors(items) {
                for (k, a) in items.enumerated() {
                    if let papers = a["papers"]?.array { each(papers, "\(at)[\(k)].papers", SemanticScholarReader.paper) }
                }
                if contents.papers.isEmpty {
                    d.warn(root.offset, path, "a list of \(items.count) Semantic Scholar \(items.count == 1 ? "author" : "authors") without their papers; "
                           + "expected papers (an author's: /author/{id}/papers, or the papers field)")
                }
                break
            }
            if list("data", SemanticScholarReader.paper) || list("recommendedPapers", SemanticScholarReader.paper) {
                // A page of a larger answer (`next`: the offset of the next; `token`: a bulk search's).
                if let held = root["data"]?.array?.count {
                    let of = "\(held) \(held == 1 ? "paper" : "papers")" + (root["total"]?.int.map { " of \($0)" } ?? "")
                    if let next = root["next"]?.int {
                        d.warn(root.offset, path, "this answer is a page: \(of); ask for the others from offset=\(next)")
                    } else if let token = root["token"]?.string, !token.isEmpty {
                        d.warn(root.offset, path, "this answer is a page: \(of); ask for the others with token=\(VisibleText.singleLine(token))")
                    }
                }
                break
            }
            if SemanticScholarReader.isAuthor(root) {
                contents.profile = SemanticScholarReader.author(root, &d)
                each(d.array(root["papers"], prefix + "papers"), prefix + "papers", SemanticScholarReader.paper)
                // The author is on each of their papers; where a paper lists nobody, they are implied.
                for i in contents.papers.indices where contents.papers[i].authors.isEmpty { contents.papers[i].owner = .implied }
            } else if SemanticScholarReader.isAuthorItem(root) {
                d.warn(root.offset, path, "a Semantic Scholar author without their papers; expected papers (an author's: /author/{id}/papers, or the papers field)")
            } else if let p = SemanticScholarReader.paper(root, path: path, &d) {
                contents.papers.append(p)
            }
        case .dblp:
            // DBLP's search API answer: `{"result": {"hits": {"@total": …, "hit": [{"info": {…}}]}}}`;
            // a list of one is written as the one, and so are one author and one link.
            func items(_ n: JSONNode?) -> [JSONNode] { n.map { $0.array ?? [$0] } ?? [] }
            let hits = root["result"]?["hits"]
            let at = prefix + "result.hits.hit"
            for (k, hit) in items(hits?["hit"]).enumerated() {
                let itemPath = "\(at)[\(k)]"
                guard let info = hit["info"], case .object = info.value else {
                    d.warn(hit.offset, itemPath, "a hit without its info; left out")
                    continue
                }
                let authors = items(info["authors"]?["author"]).compactMap { a -> (name: String, pid: String?)? in
                    (a["text"]?.text ?? a.text).map { ($0, a["@pid"]?.text) }
                }
                let record = DBLPRecord(searchHit: { items(info[$0]).compactMap(\.text) }, authors: authors)
                var said = DiagnosticList()
                if let p = XMLRecords.dblpPaper(record, d.location(hit.offset), &said) { contents.papers.append(p) }
                for x in said.items { d.warn(hit.offset, itemPath, x.message) }
            }
            if let total = hits?["@total"]?.int, let sent = hits?["@sent"]?.int ?? Optional(items(hits?["hit"]).count), total > sent, let hits {
                d.warn(hits.offset, prefix + "result.hits", XMLRecords.page(of: "DBLP", found: total, held: sent, first: hits["@first"]?.int ?? 0))
            }
        case .orcid:
            contents = ORCIDReader.read(root, &d)
        case .csl:
            if root["message-type"] != nil, let message = root["message"] {
                // Crossref's REST API: one work, or a page of a search (`work-list`) with its total.
                if let items = message["items"]?.array {
                    each(items, prefix + "message.items") { CSLReader.item($0, path: $1, &$2) }
                    if let total = message["total-results"]?.int, total > items.count {
                        d.warn(message.offset, prefix + "message", XMLRecords.page(of: "Crossref", found: total, held: items.count, first: message["query"]?["start-index"]?.int ?? 0))
                    }
                } else if let p = CSLReader.item(message, path: prefix + "message", &d) {
                    contents.papers.append(p)
                }
            } else if case .array(let items) = root.value {
                each(items, path) { CSLReader.item($0, path: $1, &$2) }
            } else if let p = CSLReader.item(root, path: path, &d) {
                contents.papers.append(p)
            }
        }
        return contents
    }
}
