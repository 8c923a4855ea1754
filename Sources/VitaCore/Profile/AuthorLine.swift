import FoundationEssentials

/// The author line of a paper block: `Name, Name, Name et al. · affiliation`.
struct AuthorLine: Equatable {
    var names: [String]
    var truncated: Bool
    var affiliation: String?

    static func parse(_ line: String) -> AuthorLine {
        var line = line
        return line.withUTF8(parse(bytes:))
    }

    /// Works on bytes: the separators (`,`, `·`, `et al.`) are ASCII or fixed UTF-8 sequences.
    static func parse(bytes u: UnsafeBufferPointer<UInt8>) -> AuthorLine {
        var end = u.count
        var affiliation: String?
        // `·` is C2 B7 in UTF-8.
        var k = 0
        while k + 1 < u.count {
            if u[k] == 0xC2, u[k + 1] == 0xB7 {
                let aff = trimmed(u, k + 2, u.count)
                affiliation = aff.isEmpty ? nil : aff
                end = k
                break
            }
            k += 1
        }
        var names: [String] = []
        var start = 0
        for i in 0...end where i == end || u[i] == UInt8(ascii: ",") {
            let name = trimmed(u, start, i)
            if !name.isEmpty { names.append(name) }
            start = i + 1
        }
        var truncated = false
        if let last = names.last {
            for marker in ["et al.", "et al"] {
                if last == marker {
                    names.removeLast()
                } else if last.hasSuffix(" " + marker) {
                    names[names.count - 1] = String(last.dropLast(marker.count)).trimmingSpaces()
                } else {
                    continue
                }
                truncated = true
                break
            }
        }
        // `A, B and C` and `A and B`: the last separator may be a word.
        if let last = names.last, last.utf8.count > 5, last.containsWord("and") {
            names.removeLast()
            names += last.pieces(separatedBy: " and ").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
        }
        if names.last == "others" { names.removeLast(); truncated = true }
        return AuthorLine(names: names, truncated: truncated, affiliation: affiliation)
    }

    private static func trimmed(_ u: UnsafeBufferPointer<UInt8>, _ from: Int, _ to: Int) -> String {
        var a = from, b = to
        while a < b, u[a] == 0x20 || u[a] == 0x09 { a += 1 }
        while b > a, u[b - 1] == 0x20 || u[b - 1] == 0x09 { b -= 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: u[a..<b]), as: UTF8.self)
    }
}

extension String {
    /// Whether ` word ` stands in the string, compared byte for byte (no Foundation search);
    /// `ignoringASCIICase` folds A–Z.
    func containsWord(_ word: String, ignoringASCIICase: Bool = false) -> Bool {
        var hay = self
        var needle = word
        return hay.withUTF8 { h in
            needle.withUTF8 { w in
                let n = w.count + 2
                guard h.count >= n, !w.isEmpty else { return false }
                func fold(_ b: UInt8) -> UInt8 { ignoringASCIICase && b >= 0x41 && b <= 0x5A ? b | 0x20 : b }
                for i in 0...(h.count - n) where h[i] == 0x20 && h[i + n - 1] == 0x20 {
                    var k = 0
                    while k < w.count, fold(h[i + 1 + k]) == fold(w[k]) { k += 1 }
                    if k == w.count { return true }
                }
                return false
            }
        }
    }
}
