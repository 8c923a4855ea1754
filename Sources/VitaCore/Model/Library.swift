/// Everything that was opened: the profiles, the papers in file order, the people, and the
/// diagnostics of every file. Built once; every front end reads it.
public struct Library: Sendable {
    /// The first file's profile header, if any: the record's owner.
    public var profile: Profile? { profiles.first }
    public private(set) var profiles: [Profile]
    public private(set) var papers: [Paper]
    /// Everyone who is a visible author, in order of first appearance.
    public private(set) var people: [Person]
    public private(set) var diagnostics: [Diagnostic]
    /// The files read, in order.
    public private(set) var files: [String]

    private var indexByID: [String: Int]
    private var personByKey: [String: Int]

    public init(records: [(file: String, contents: RecordContents)]) {
        profiles = records.compactMap(\.contents.profile)
        files = records.map(\.file)
        diagnostics = records.flatMap(\.contents.diagnostics)
        papers = records.flatMap(\.contents.papers)
        indexByID = [:]
        personByKey = [:]
        people = []
        assignIDs()
        linkDuplicates()
        collectPeople()
    }

    public init(papers: [Paper], profile: Profile? = nil, file: String = "-") {
        self.init(records: [(file, RecordContents(profile: profile, papers: papers))])
    }

    public func paper(id: String) -> Paper? {
        indexByID[id].map { papers[$0] }
    }

    public func index(of id: String) -> Int? { indexByID[id] }

    public func person(key: String) -> Person? {
        personByKey[key].map { people[$0] }
    }

    /// Looks a paper up the way a person types it: its id, a unique id prefix, or its 1-based position.
    public func find(_ query: String) -> Paper? {
        if let p = paper(id: query) { return p }
        if let n = Int(query), n >= 1, n <= papers.count { return papers[n - 1] }
        let matches = papers.filter { $0.id.hasPrefix(query) }
        return matches.count == 1 ? matches[0] : nil
    }

    // MARK: Building

    /// Ids are slugs of the title's first two significant words and the year, numbered on a clash.
    private mutating func assignIDs() {
        for i in papers.indices {
            let base = papers[i].id.isEmpty ? Self.slug(papers[i]) : papers[i].id
            var id = base
            var k = 2
            while indexByID[id] != nil {
                id = base + "-\(k)"
                k += 1
            }
            papers[i].id = id
            indexByID[id] = i
        }
    }

    static let stopWords: Set<String> = ["a", "an", "the", "of", "on", "in", "for", "to", "and", "with",
                                         "via", "by", "from", "at", "is", "are", "towards", "toward"]

    public static func slug(_ paper: Paper) -> String {
        var words: [String] = []
        for word in TitleWords.split(paper.title) where !stopWords.contains(word) {
            words.append(word)
            if words.count == 2 { break }
        }
        if words.isEmpty { words = ["untitled"] }
        return words.joined(separator: "-") + "-" + (paper.year.map(String.init) ?? "nd")
    }

    /// Two papers are possible duplicates when their titles agree once folded, or when they share
    /// the head before a colon (`KernelWarehouse: …`) and the first author.
    private mutating func linkDuplicates() {
        var groups: [String: [Int]] = [:]
        for (i, p) in papers.enumerated() {
            let words = TitleWords.split(p.title)
            groups["t:" + words.joined(separator: " "), default: []].append(i)
            if let colon = p.title.firstIndex(of: ":"), let first = p.authors.first {
                let head = TitleWords.split(p.title[..<colon]).joined(separator: " ")
                if !head.isEmpty { groups["h:" + head + "|" + first.key, default: []].append(i) }
            }
        }
        for members in groups.values where members.count > 1 {
            for i in members {
                for j in members where j != i && !papers[i].possibleDuplicates.contains(papers[j].id) {
                    papers[i].possibleDuplicates.append(papers[j].id)
                }
            }
        }
    }

    private mutating func collectPeople() {
        for p in papers {
            for a in p.authors {
                if let k = personByKey[a.key] {
                    if people[k].paperIDs.last != p.id { people[k].paperIDs.append(p.id) }
                } else {
                    personByKey[a.key] = people.count
                    people.append(Person(name: a.name, key: a.key, paperIDs: [p.id]))
                }
            }
        }
    }
}

/// A title cut into folded words (letters and digits), for ids and duplicate checks.
public enum TitleWords {
    public static func split(_ title: some StringProtocol) -> [String] {
        TextFolding.fold(title).split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map(String.init)
    }
}
