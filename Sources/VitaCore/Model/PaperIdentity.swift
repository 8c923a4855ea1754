import FoundationEssentials

extension Paper {
    /// The paper's identity across edits and downloads of its file: its citation key, else its
    /// DOI, else its arXiv id (without version), else a fingerprint of its folded title words and
    /// its year. What the explorer's marks, tags and notes are kept by. Made for every paper when
    /// a record is opened without a snapshot, so kept cheap: hosts are read on bytes, titles
    /// hashed without building their words.
    public var identity: String {
        Self.identity(key: entry?.key, links: links, arxiv: identifiers.arxiv, title: title, year: date?.year)
    }

    /// The identity of a paper read where it lies (a paper taken from its array is copied, every
    /// string of it retained and released).
    static func identity(at p: UnsafePointer<Paper>) -> String {
        identity(key: p.pointee.entry?.key, links: p.pointee.links, arxiv: p.pointee.identifiers.arxiv,
                 title: p.pointee.title, year: p.pointee.date?.year)
    }

    static func identity(key: String?, links: [String], arxiv: String?, title: String, year: Int?) -> String {
        if let key { return "key:" + key }
        for link in links {
            guard Links.isDOI(link), let doi = link.after("doi.org/") else { continue }
            return "doi:" + doi.lowercased()
        }
        if var id = Links.arxivID(given: arxiv, links: links) {
            // Without its version: v3 is the same paper as v1.
            if let v = id.lastRange(of: "v"), id[v.upperBound...].allSatisfy(\.isNumber), !id[v.upperBound...].isEmpty {
                id = String(id[..<v.lowerBound])
            }
            return "arxiv:" + id
        }
        return "title:" + String(TitleWords.fingerprint(title), radix: 16) + "|" + (year.map(String.init) ?? "")
    }
}
