import Foundation

extension Paper {
    /// The paper's identity across edits and downloads of its file: its citation key, else its
    /// DOI, else its arXiv id (without version), else a fingerprint of its folded title words and
    /// its year. What the explorer's marks, tags and notes are kept by. Made for every paper when
    /// a record is opened without a snapshot, so kept cheap: hosts are read on bytes, titles
    /// hashed without building their words.
    public var identity: String {
        if let key = entry?.key { return "key:" + key }
        for link in links {
            guard let host = Links.host(of: link), host == "doi.org" || host.hasSuffix(".doi.org"),
                  let doi = Self.after("doi.org/", in: link) else { continue }
            return "doi:" + doi.lowercased()
        }
        if var id = Links.arxivID(of: self) {
            // Without its version: v3 is the same paper as v1.
            if let v = id.range(of: "v", options: .backwards), id[v.upperBound...].allSatisfy(\.isNumber), !id[v.upperBound...].isEmpty {
                id = String(id[..<v.lowerBound])
            }
            return "arxiv:" + id
        }
        return "title:" + String(TitleWords.fingerprint(title), radix: 16) + "|" + (year.map(String.init) ?? "")
    }

    /// The text after the first `needle` in `text`, found byte for byte (a Foundation search
    /// compared Unicode for every paper of a record).
    static func after(_ needle: StaticString, in text: String) -> String? {
        var text = text
        let n = needle.utf8CodeUnitCount
        return text.withUTF8 { b -> String? in
            guard n > 0, b.count >= n else { return nil }
            for k in 0...(b.count - n) where b[k] == needle.utf8Start[0] && memcmp(b.baseAddress! + k, needle.utf8Start, n) == 0 {
                return String(decoding: UnsafeBufferPointer(rebasing: b[(k + n)...]), as: UTF8.self)
            }
            return nil
        }
    }
}
