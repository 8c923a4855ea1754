import Foundation
import VitaCore

/// `--read FILE --memory`: where the memory of a record's papers goes, value by value, as glibc
/// sizes its blocks (a block is the request and 8 bytes, in steps of 16, at least 32; a native
/// string of more than 15 bytes is a block of its 32-byte head, its bytes and a zero; an array a
/// block of its 32-byte head and its room). A string or array several papers share is counted
/// once. An estimate, not a measurement: the allocator's own lists and what was freed are not
/// in it (the RSS printed beside it is).
func paperMemory(_ url: URL) {
    let before = currentRSS()
    let library = RecordLoader.load([url.path], asOf: PaperDate(year: 2026, month: 11, day: 25))
    let rss = currentRSS() - before
    var seen = Set<UInt>()
    var by: [String: Int] = [:]
    func block(_ n: Int) -> Int { max(32, (n + 8 + 15) / 16 * 16) }
    func string(_ s: String?, _ what: String) {
        guard var s, s.utf8.count > 15 else { return }
        let at = s.withUTF8 { UInt(bitPattern: $0.baseAddress) }
        guard seen.insert(at).inserted else { return }
        by[what, default: 0] += block(32 + s.utf8.count + 1)
    }
    func array<T>(_ a: [T], _ what: String) {
        guard a.capacity > 0 else { return }
        let at = a.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
        guard seen.insert(at).inserted else { return }
        by[what, default: 0] += block(32 + a.capacity * MemoryLayout<T>.stride)
    }
    let papers = library.papers
    for p in papers {
        by["the paper itself (\(MemoryLayout<Paper>.stride) bytes)", default: 0] += MemoryLayout<Paper>.stride
        string(p.id, "id"); string(p.title, "title"); string(p.abstract, "abstract"); string(p.venue, "venue")
        for (s, what) in [(p.affiliation, "affiliation"), (p.category, "category"), (p.codeLink, "code link"), (p.volume, "volume"),
                          (p.pages, "pages"), (p.source.file, "file name"), (p.citations?.source, "citations")] {
            string(s, what)
        }
        array(p.authors, "authors' list (\(MemoryLayout<Author>.stride) bytes an author)")
        for a in p.authors {
            string(a.name, "author: name"); string(a.key, "author: key"); string(a.family, "author: family name")
            string(a.ids?.orcid, "author: ORCID"); string(a.ids?.dblp, "author: DBLP id"); string(a.ids?.openalex, "author: other ids")
            string(a.ids?.s2, "author: other ids"); array(a.affiliations, "author: affiliations"); a.affiliations.forEach { string($0, "author: affiliations") }
        }
        array(p.links, "links"); p.links.forEach { string($0, "links") }
        array(p.possibleDuplicates, "possible duplicates"); p.possibleDuplicates.forEach { string($0, "possible duplicates") }
        array(p.identifiers.items, "identifiers"); p.identifiers.items.forEach { string($0.value, "identifiers") }
        array(p.citationsByYear, "citations by year")
        array(p.sources, "sources"); p.sources.forEach { s in string(s.path, "sources"); array(s.fields, "sources"); s.fields.forEach { string($0, "sources") } }
        array(p.keywords, "keywords"); p.keywords.forEach { string($0, "keywords") }
        array(p.details.items, "details"); p.details.items.forEach { string($0.value, "details") }
    }
    let total = by.values.reduce(0, +), n = max(1, papers.count)
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    print(String(format: "%@: %d papers, %@; their values about %@ (%d bytes a paper, %.1fx the file); RSS +%@ with the library",
                 url.lastPathComponent as NSString, papers.count, mb(size), mb(total), total / n, Double(total) / Double(max(1, size)), mb(rss)))
    for (what, bytes) in by.sorted(by: { $0.value > $1.value }) where bytes >= total / 1000 {
        let amount = mb(bytes)
        print("  " + what.padding(toLength: 44, withPad: " ", startingAt: 0) + String(repeating: " ", count: max(0, 9 - amount.count)) + amount
              + String(format: "  %5d bytes a paper", bytes / n))
    }
}
