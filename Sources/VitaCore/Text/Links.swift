#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Links in free text: `\url{...}` and bare `http(s)://` URLs, in order of appearance.
public enum Links {
    public static func extract(from text: String) -> [String] {
        var text = text
        return text.withUTF8 { extract(bytes: $0) }
    }

    /// Finds candidates with `memmem` (fast on long abstracts with no links) and checks each.
    static func extract(bytes: UnsafeBufferPointer<UInt8>) -> [String] {
        guard let base = bytes.baseAddress else { return [] }
        var found: [String] = []
        let n = bytes.count
        var i = 0
        // Where the next of each marker stands, searched again only once `i` has passed it.
        var nextURL = find(base, n, from: 0, "\\url{")
        var nextScheme = find(base, n, from: 0, "://")
        while i < n {
            if let u = nextURL, u < i { nextURL = find(base, n, from: i, "\\url{") }
            if let c = nextScheme, c < i { nextScheme = find(base, n, from: i, "://") }
            if let u = nextURL, u < (nextScheme ?? .max) {
                let start = u + 5
                var end = start
                while end < n, bytes[end] != UInt8(ascii: "}") { end += 1 }
                let url = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self).trimmingSpaces()
                if !url.isEmpty { append(url, to: &found) }
                i = end + 1
                continue
            }
            guard let colon = nextScheme else { break }
            // Only http and https; the scheme must start a word.
            var start = -1
            if colon >= 5, matches(bytes, at: colon - 5, "https") { start = colon - 5 }
            else if colon >= 4, matches(bytes, at: colon - 4, "http") { start = colon - 4 }
            if start >= 0, start == 0 || !isURLByte(bytes[start - 1]) || bytes[start - 1] == UInt8(ascii: "(") {
                var end = colon + 3
                while end < n, isURLByte(bytes[end]) { end += 1 }
                let url = trimTrailingPunctuation(Array(UnsafeBufferPointer(rebasing: bytes[start..<end])))
                if url.count > start.distance(to: colon) + 3 { append(String(decoding: url, as: UTF8.self), to: &found) }
                i = end
            } else {
                i = colon + 3
            }
        }
        return found
    }

    private static func find(_ base: UnsafePointer<UInt8>, _ n: Int, from: Int, _ needle: StaticString) -> Int? {
        guard from < n else { return nil }
        return needle.withUTF8Buffer { lit in
            // memchr on the needle's first byte (rare in prose: `\\` and `:`), then compare the rest.
            var at = from
            while at + lit.count <= n, let hit = memchr(base + at, Int32(lit[0]), n - at) {
                let pos = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(hit))
                guard pos + lit.count <= n else { return nil }
                if memcmp(base + pos, lit.baseAddress!, lit.count) == 0 { return pos }
                at = pos + 1
            }
            return nil
        }
    }

    /// The first link that points at a source repository host.
    public static func repository(in links: [String]) -> String? {
        links.first(where: isRepository)
    }

    static let repositoryHosts: Set<String> = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com",
                                               "sourceforge.net", "huggingface.co", "git.sr.ht", "sr.ht"]

    public static func isRepository(_ link: String) -> Bool {
        guard let host = host(of: link) else { return false }
        return repositoryHosts.contains(host.hasPrefix("www.") ? String(host.dropFirst(4)) : host)
    }

    /// Whether the link is at a DOI resolver (`doi.org`, `dx.doi.org`, …).
    static func isDOI(_ link: String) -> Bool {
        guard let host = host(of: link) else { return false }
        return host == "doi.org" || host.hasSuffix(".doi.org")
    }

    /// The host of `scheme://host/…`, lowercase.
    public static func host(of link: String) -> String? {
        let u = link.utf8
        guard let colon = u.firstIndex(of: UInt8(ascii: ":")) else { return nil }
        var k = u.index(after: colon)
        for _ in 0..<2 {
            guard k != u.endIndex, u[k] == UInt8(ascii: "/") else { return nil }
            k = u.index(after: k)
        }
        let start = k
        var upper = false
        while k != u.endIndex {
            let b = u[k]
            if b == UInt8(ascii: "/") || b == UInt8(ascii: "?") || b == UInt8(ascii: "#") || b == UInt8(ascii: ":") { break }
            if b >= 0x41 && b <= 0x5A || b >= 0x80 { upper = true }
            k = u.index(after: k)
        }
        guard start != k else { return nil }
        let host = String(decoding: u[start..<k], as: UTF8.self)
        return upper ? host.lowercased() : host
    }

    private static func append(_ url: String, to found: inout [String]) {
        if !found.contains(url) { found.append(url) }
    }

    private static func matches(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int, _ literal: StaticString) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard i + count <= bytes.count else { return false }
        return literal.withUTF8Buffer { lit in
            for k in 0..<count where bytes[i + k] != lit[k] { return false }
            return true
        }
    }

    /// Bytes that can stand in a URL as people write them in prose (no spaces, quotes or angle brackets).
    private static func isURLByte(_ b: UInt8) -> Bool {
        b > 0x20 && b != 0x7F && b != UInt8(ascii: "\"") && b != UInt8(ascii: "<") && b != UInt8(ascii: ">")
            && b != UInt8(ascii: "\\") && b != UInt8(ascii: "{") && b != UInt8(ascii: "}")
    }

    /// A sentence's full stop, a comma or a closing bracket that the URL did not open are not part of it.
    private static func trimTrailingPunctuation(_ url: [UInt8]) -> [UInt8] {
        var url = url
        while let last = url.last {
            if [UInt8(ascii: "."), UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"),
                UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "'")].contains(last) {
                url.removeLast()
            } else if last == UInt8(ascii: ")") || last == UInt8(ascii: "]") {
                let open: UInt8 = last == UInt8(ascii: ")") ? UInt8(ascii: "(") : UInt8(ascii: "[")
                let opens = url.filter { $0 == open }.count
                let closes = url.filter { $0 == last }.count
                if closes > opens { url.removeLast() } else { break }
            } else {
                break
            }
        }
        return url
    }
}

extension String {
    /// Without spaces, tabs and no-break spaces at either end.
    public func trimmingSpaces() -> String {
        // Nothing to trim (the common case): the string itself, not a copy.
        if let f = utf8.first, let l = utf8.last, Substring.isKept(f), Substring.isKept(l) { return self }
        return Substring(self).trimmingSpaces()
    }
}

extension Substring {
    /// An ASCII byte that is not white space: the ends of a string that needs no trimming.
    static func isKept(_ b: UInt8) -> Bool { b < 0x80 && b != 0x20 && !(b >= 0x09 && b <= 0x0D) }

    /// Without leading and trailing white space (spaces, tabs, no-break spaces).
    public func trimmingSpaces() -> String {
        let u = utf8
        var start = u.startIndex, end = u.endIndex
        // ASCII spaces and tabs are by far the common case; anything else takes the Character path.
        while start < end, u[start] == 0x20 || u[start] == 0x09 { start = u.index(after: start) }
        while start < end, case let b = u[u.index(before: end)], b == 0x20 || b == 0x09 { end = u.index(before: end) }
        if start < end, Self.isKept(u[start]), Self.isKept(u[u.index(before: end)]) { return String(self[start..<end]) }
        var s = Substring(self[start..<end])
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}

extension Links {
    /// The arXiv identifier of an `arxiv.org/abs/…` or `/pdf/…` link (with its version, if it
    /// names one), else nil.
    public static func arxivID(_ link: String) -> String? {
        guard host(of: link)?.hasSuffix("arxiv.org") == true else { return nil }
        for marker: StaticString in ["/abs/", "/pdf/"] {
            guard var id = link.after(marker) else { continue }
            if id.hasSuffix(".pdf") { id.removeLast(4) }
            if !id.isEmpty { return id }
        }
        return nil
    }

    /// The first arXiv identifier among a paper's links.
    public static func arxivID(of paper: Paper) -> String? {
        arxivID(given: paper.identifiers.arxiv, links: paper.links)
    }

    /// The arXiv id a paper's identifiers give, else the first of its links.
    static func arxivID(given: String?, links: [String]) -> String? {
        given ?? links.lazy.compactMap(arxivID).first
    }

    /// Every link of a paper a reader may want to open, labelled, without repeats: the code
    /// repository, the arXiv abstract and its PDF, the DOI, links to other DOIs, then the other links.
    public static func choices(for paper: Paper) -> [(label: String, url: String)] {
        var out: [(String, String)] = []
        func add(_ label: String, _ url: String) { if !out.contains(where: { $0.1 == url }) { out.append((label, url)) } }
        if let code = paper.codeLink { add("code", code) }
        for link in paper.links where link.contains("/abs/") {
            guard let id = arxivID(link) else { continue }
            add("arXiv", link)
            add("arXiv PDF", "https://arxiv.org/pdf/" + id)
        }
        // The paper's own DOI first; a link to another DOI (a dataset's, a version's) says so.
        let dois = paper.links.filter(isDOI)
        let own = paper.identifiers.doi
        for link in dois where own.map({ FieldText.resolves(link, $0) }) ?? true { add("DOI", link) }
        for link in dois { add("other DOI", link) }
        for link in paper.links { add(isRepository(link) ? "code" : "link", link) }
        return out
    }
}
