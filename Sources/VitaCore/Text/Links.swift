/// Links in free text: `\url{...}` and bare `http(s)://` URLs, in order of appearance.
public enum Links {
    public static func extract(from text: String) -> [String] {
        var found: [String] = []
        let bytes = Array(text.utf8)
        let n = bytes.count
        var i = 0
        while i < n {
            let b = bytes[i]
            if b == UInt8(ascii: "\\"), matches(bytes, at: i, "\\url{") {
                let start = i + 5
                var end = start
                while end < n, bytes[end] != UInt8(ascii: "}") { end += 1 }
                let url = String(decoding: bytes[start..<end], as: UTF8.self).trimmingSpaces()
                if !url.isEmpty { append(url, to: &found) }
                i = end + 1
                continue
            }
            if b == UInt8(ascii: "h"), matches(bytes, at: i, "http://") || matches(bytes, at: i, "https://"),
               i == 0 || !isURLByte(bytes[i - 1]) || bytes[i - 1] == UInt8(ascii: "(") {
                var end = i
                while end < n, isURLByte(bytes[end]) { end += 1 }
                let url = trimTrailingPunctuation(Array(bytes[i..<end]))
                if url.count > 8 { append(String(decoding: url, as: UTF8.self), to: &found) }
                i = end
                continue
            }
            i += 1
        }
        return found
    }

    /// The first link that points at a source repository host.
    public static func repository(in links: [String]) -> String? {
        links.first(where: isRepository)
    }

    public static func isRepository(_ link: String) -> Bool {
        guard let host = host(of: link) else { return false }
        let hosts = ["github.com", "gitlab.com", "bitbucket.org", "codeberg.org", "gitee.com",
                     "sourceforge.net", "huggingface.co", "git.sr.ht", "sr.ht"]
        return hosts.contains { host == $0 || host == "www." + $0 }
    }

    public static func host(of link: String) -> String? {
        guard let scheme = link.range(of: "://") else { return nil }
        let rest = link[scheme.upperBound...]
        let host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != ":" }
        return host.isEmpty ? nil : host.lowercased()
    }

    private static func append(_ url: String, to found: inout [String]) {
        if !found.contains(url) { found.append(url) }
    }

    private static func matches(_ bytes: [UInt8], at i: Int, _ literal: StaticString) -> Bool {
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
    func trimmingSpaces() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
