import FoundationEssentials

/// Everything that was opened: the profiles, the papers in file order, the people, and the
/// diagnostics of every file. Built once; every front end reads it.
public struct Library: Sendable {
    /// The first file's profile header, if any: the record's owner.
    public var profile: Profile? { profiles.first }
    public private(set) var profiles: [Profile]
    /// The papers, in file order (from a snapshot, read on first use: `paperCount` and
    /// `paper(at:)` read fewer).
    public var papers: [Paper] { store.papers }
    /// How many papers there are, without reading them.
    public var paperCount: Int { store.count }
    /// The paper at `i` (0 ..< paperCount); from a snapshot, only its chunk is read.
    public func paper(at i: Int) -> Paper { store[i] }
    /// The papers at `indices`, in that order; from a snapshot, only their chunks are read (on
    /// every core), or all papers when the chunks are many.
    public func papers(at indices: [Int]) -> [Paper] { store.papers(at: indices) }
    /// The papers at `indices` (a screen's rows): only their chunks are read, on every core, however many they are.
    public func papersShown(at indices: [Int]) -> [Paper] { store.papers(at: indices, onlyTheirChunks: true) }
    /// Whether its papers are in memory, or will be once read: false for a record too large to
    /// keep them (each pass over them reads them again from its snapshot).
    public var keepsItsPapers: Bool { store.keepsAll || store.isRead }
    private let store: PaperStore
    /// Everyone who is a visible author, in order of first appearance (gathered on first use).
    public var people: [Person] { peopleSlot.get { Self.collectPeople(store.papers, personNumbers) }.people }
    public private(set) var diagnostics: [Diagnostic]
    /// The files read, in order.
    public private(set) var files: [String]
    /// What the BibTeX files hold besides entries (macros, preambles, comments), in file order.
    public private(set) var bibtexParts: [BibTeXFileParts]

    /// Where people of the record are, as their own records in it state (the DBLP dump's person
    /// records), by the key they have here.
    public private(set) var statedPlaces: StatedPlaces

    /// The person the record is about: the one given (`--owner`), else the first profile's.
    /// A record with neither (a plain .bib) has no owner: nobody is made one.
    public private(set) var ownerName: String?
    /// The owner's key among the authors (name variants an identifier joins are one key).
    public private(set) var ownerKey: String?
    /// The owner's ORCID, DBLP pid and other ids, where a source or `--owner` gives them.
    public private(set) var ownerIDs: AuthorIdentifiers?

    /// Whether the papers are only the owner's, taken from a record of many people (`--owner`
    /// on a record that names no owner of its own).
    public private(set) var onlyOwner = false

    /// What at least one paper of the record has, for the explorer's columns: a column no paper
    /// would fill is left out (a DBLP record has no categories, no code, no dates finer than a year).
    public struct Present: OptionSet, Sendable, Hashable {
        public let rawValue: UInt8
        public init(rawValue: UInt8) { self.rawValue = rawValue }
        public static let citations = Present(rawValue: 1)
        public static let category = Present(rawValue: 2)
        public static let code = Present(rawValue: 4)
        /// A date with its month or day.
        public static let finerDate = Present(rawValue: 8)
        /// An author with an affiliation of their own (what only some sources give).
        public static let authorAffiliations = Present(rawValue: 16)
        public static let all: Present = [.citations, .category, .code, .finerDate, .authorAffiliations]

        /// What the papers have, in one pass (stopping once all is found).
        /// Each paper read where it lies: taken from the array, a paper is copied, every string
        /// and array of it retained and released (a million times on a first open).
        public init(_ papers: [Paper]) {
            self = []
            papers.withUnsafeBufferPointer { all in
                for i in all.indices {
                    if all[i].citations != nil { insert(.citations) }
                    if let c = all[i].category, !c.isEmpty { insert(.category) }
                    if all[i].hasCode { insert(.code) }
                    if let d = all[i].date, d.precision != .year { insert(.finerDate) }
                    if !contains(.authorAffiliations), Paper.anyHasAffiliations(all[i].authors) { insert(.authorAffiliations) }
                    if self == .all { break }
                }
            }
        }
    }
    public private(set) var present: Present = []

    /// Whether any paper has a citation count (the explorer then shows a column for it).
    public var hasCitations: Bool { present.contains(.citations) }

    /// The kinds of work of every paper (`Statistics.perCategory` over the whole record), most
    /// papers first; kept in a snapshot, so the explorer colours its first rows without the papers.
    public var categories: [Statistics.CategoryCount] { categorySlot.get { [store] in Statistics.categories(of: store.papers) } }
    private let categorySlot: Once<[Statistics.CategoryCount]>

    /// Each paper's place by its id (from a snapshot, made on first use).
    private let idSlot: Once<[String: Int]>
    private var indexByID: [String: Int] { idSlot.get { Self.places(of: store.papers) } }
    private let peopleSlot = Once<(people: [Person], byKey: [String: Int])>()
    private let peopleIndexSlot = PeopleSlot()
    private let personNumbersSlot = Once<PersonNumbers>()
    private let factsSlot = Once<[Metrics.Facts]>()
    /// The search index, built on first use or given by a snapshot; shared by copies (a library
    /// never changes once built).
    private let indexSlot = IndexSlot()

    /// The search index of the papers: from the record's snapshot when there is one, else built
    /// on first use (on every core) and kept.
    public var searchIndex: SearchIndex {
        indexSlot.get { [peopleIndexSlot, present] read in
            let index = read?(store) ?? SearchIndex(store: store)
            index.people = peopleIndexSlot
            index.papersHaveCitations = present.contains(.citations)
            return index
        }
    }

    /// An index that answers `query` as `searchIndex` does: that one when it is made or can be
    /// read, or the query asks for many words; else one built for the query's words alone and not
    /// kept (a one-shot search, where indexing every word would be most of the time).
    public func searchIndex(answering query: Query) -> SearchIndex {
        let asked = WordsAsked(query)
        if indexSlot.isReady || asked.words.count > WordsAsked.most { return searchIndex }
        let index = SearchIndex(store: store, only: asked)
        index.people = peopleIndexSlot
        index.papersHaveCitations = hasCitations
        return index
    }

    /// Lets the search index go, for a library that will not be searched again: one whose
    /// snapshot was just written and whose people are counted next (half a gigabyte at a million
    /// DBLP records, held while they were counted). Asked for again, it is made again.
    public func letSearchIndexGo() { indexSlot.forget() }

    /// Gives the library a way to its index other than building it (reading it from a snapshot),
    /// tried on first use; when it gives nothing the index is built.
    func deferIndex(_ read: @escaping @Sendable (PaperStore) -> SearchIndex?) { indexSlot.defer(read) }

    /// Whether the search index has been built or read (tests: what does not need it leaves it).
    var hasSearchIndex: Bool { indexSlot.isMade }

    /// `owner`: the person the record is about, instead of the profile's: a name, an ORCID
    /// (`0000-0002-1825-0097`) or a DBLP pid (`12/3456`).
    ///
    /// Papers of different files that are the same work become one (`RecordMerge`); a file
    /// named twice is one file.
    public init(records: consuming [(file: String, contents: RecordContents)], owner: String? = nil) {
        profiles = records.compactMap(\.contents.profile)
        files = records.map(\.file)
        bibtexParts = records.compactMap(\.contents.bibtex)
        diagnostics = records.flatMap(\.contents.diagnostics)
        var papers: [Paper]
        if Set(records.map(\.file)).count > 1 {
            papers = RecordMerge.merge(records.map(\.contents.papers), fileKeys: records.map(\.file))
        } else if records.count == 1 {
            // Taken, not copied: the record's papers are this library's.
            papers = []
            swap(&papers, &records[0].contents.papers)
        } else {
            papers = records.flatMap(\.contents.papers)
        }
        // A DBLP name standing in for a pid joins names only where sources were merged.
        let alias = Self.joinNameVariants(&papers, namesJoin: records.count > 1 || papers.withUnsafeBufferPointer { b in
            b.indices.contains { (b.baseAddress! + $0).pointee.sources.count > 1 }
        })
        // Each person's stated place by the key they have once names are joined; the first file's first.
        var stated: [String: String] = [:]
        for r in records {
            for (key, place) in r.contents.statedPlaces where stated[alias[key] ?? key] == nil { stated[alias[key] ?? key] = place }
        }
        statedPlaces = StatedPlaces(stated)
        // The record's profile, stating no place of its person, takes one another source states
        // for them (DBLP's person page has none, ORCID's has their employments).
        if profiles.count > 1, profiles[0].affiliations.isEmpty {
            let first = profiles[0], key = alias[profiles[0].ownerKey] ?? profiles[0].ownerKey
            let same = profiles.dropFirst().first { p in
                !p.affiliations.isEmpty && ((alias[p.ownerKey] ?? p.ownerKey) == key || first.ids.flatMap { a in p.ids.map { Self.share(a, $0) } } == true)
            }
            if let same { profiles[0].affiliations = same.affiliations }
        }
        // The owner: given, else the first profile's.
        let given = owner.map(Self.ownerIDs(_:))
        let profileOwner = profiles.first
        if let given, !given.isEmpty {
            ownerIDs = given
            // Named by an id: the name is the one the papers give that person.
            let found = Self.firstAuthor(in: papers) { a in a.ids.map { Self.share($0, given) } ?? false }
            ownerName = found?.name ?? owner
        } else {
            ownerName = owner ?? profileOwner?.name
            ownerIDs = owner == nil ? profileOwner?.ids : nil
        }
        if let name = ownerName {
            var key = NameKey.make(name)
            if let ids = ownerIDs, let a = Self.firstAuthor(in: papers, where: { a in a.ids.map { Self.share($0, ids) } ?? false }) {
                key = a.key
            }
            ownerKey = alias[key] ?? key
        }
        if owner != nil, let profileOwner = profiles.first?.ownerKey, ownerKey != (alias[profileOwner] ?? profileOwner) {
            // Another person than the profile's: their place is looked up anew on every paper.
            for i in papers.indices { papers[i].owner = .none }
        }
        // Papers from files without a profile name the record's owner where they list them: each
        // paper read where it lies, a run of them on each core (taken from the array, every
        // paper was copied, a fifth of this pass).
        if let ownerKey {
            let ids = ownerIDs
            papers.withUnsafeMutableBufferPointer { b in
                guard let first = b.baseAddress else { return }
                let shared = Shared(first)
                _ = Parallel.runs(b.count) { run in
                    for i in run {
                        let p = shared.value + i
                        guard p.pointee.owner == .none || p.pointee.owner == .implied && !p.pointee.authors.isEmpty else { continue }
                        if let at = p.pointee.authors.firstIndex(where: { $0.key == ownerKey || (ids != nil && $0.ids.map { Self.share($0, ids!) } == true) }) {
                            p.pointee.owner = .listed(position: at)
                        }
                    }
                }
            }
        }
        // A record that names nobody of its own (a DBLP dump, a .bib, a list of works) opened for
        // a person is that person's record: their papers only.
        if owner != nil, profiles.isEmpty, ownerKey != nil {
            papers.removeAll { $0.owner == .none }
            onlyOwner = true
        }
        present = Present(papers)
        Self.assignIDs(&papers)
        Self.linkDuplicates(&papers)
        store = PaperStore(papers)
        idSlot = Once()
        categorySlot = Once()
    }

    /// The first author of `papers` that `match` takes, each paper read where it lies (through
    /// a lazy `flatMap` every paper was copied to give its authors: the whole record, when
    /// nobody matches).
    static func firstAuthor(in papers: [Paper], where match: (Author) -> Bool) -> Author? {
        papers.withUnsafeBufferPointer { b in
            for i in b.indices {
                if let a = (b.baseAddress! + i).pointee.authors.first(where: match) { return a }
            }
            return nil
        }
    }

    /// One person's record taken from a whole record of many people (a DBLP dump, a .bib, a list
    /// of works) through its people index: the library `--owner` opens, as reading the record
    /// with `owner` makes it, reading only that person's papers. Nil where the index cannot tell
    /// (a record with an owner of its own, a name or id it does not know, an id two people
    /// share): the record is then read for the owner.
    public static func narrowing(_ whole: Library, to owner: String) -> Library? {
        guard whole.profiles.isEmpty, whole.ownerKey == nil else { return nil }
        let people = whole.peopleIndex
        let given = ownerIDs(owner)
        let person: Int
        if given.isEmpty {
            // A name: the person whose key it is (a name variant an id joined has no key of its own).
            guard let p = people.person(key: NameKey.make(owner)) else { return nil }
            person = p
        } else {
            let sharing = people.people(sharing: given)
            guard sharing.count == 1 else { return nil }
            person = sharing[0]
        }
        // Their papers as read: ids and duplicates are made again among them alone.
        var papers = whole.papers(at: people.papers(person))
        for i in papers.indices {
            papers[i].id = ""
            papers[i].possibleDuplicates = []
        }
        var library = Library(records: [(whole.files.first ?? "-", RecordContents(papers: papers))], owner: owner)
        guard library.ownerKey == people.key(person) else { return nil }
        (library.files, library.diagnostics, library.bibtexParts) = (whole.files, whole.diagnostics, whole.bibtexParts)
        library.statedPlaces = whole.statedPlaces
        return library
    }

    /// What a library is made of once built: what a snapshot stores (`SnapshotModel`).
    struct Parts {
        var files: [String] = []
        var ownerName: String?
        var ownerKey: String?
        var ownerIDs: AuthorIdentifiers?
        var onlyOwner = false
        var profiles: [Profile] = []
        var diagnostics: [Diagnostic] = []
        var bibtexParts: [BibTeXFileParts] = []
        var present: Present = []
        var categories: [Statistics.CategoryCount] = []
        var statedPlaces = StatedPlaces()
    }

    /// A library as it was built before (from a snapshot), its papers in `store`; the lookups
    /// are made again when first used.
    init(restoring parts: Parts, store: PaperStore) {
        (files, ownerName, ownerKey, ownerIDs, onlyOwner) = (parts.files, parts.ownerName, parts.ownerKey, parts.ownerIDs, parts.onlyOwner)
        (profiles, diagnostics, bibtexParts, present) = (parts.profiles, parts.diagnostics, parts.bibtexParts, parts.present)
        statedPlaces = parts.statedPlaces
        self.store = store
        idSlot = Once()
        categorySlot = Once(parts.categories)
    }

    /// Whether two papers share an id (which a built library never has: a snapshot that says so
    /// is damaged).
    var hasRepeatedIDs: Bool { indexByID.count != store.count }

    static func places(of papers: [Paper]) -> [String: Int] {
        var places: [String: Int] = [:]
        places.reserveCapacity(papers.count)
        for i in papers.indices { places[papers[i].id] = i }
        return places
    }

    /// What `--owner` names: an ORCID, a DBLP pid (`12/3456`, `g/JohnDoe`), or a name (no ids).
    static func ownerIDs(_ text: String) -> AuthorIdentifiers {
        var t = text.trimmingWhitespace()
        for prefix in ["https://orcid.org/", "http://orcid.org/", "orcid.org/"] where t.lowercased().hasPrefix(prefix) { t.removeFirst(prefix.count) }
        // Sixteen digits (the last may be X), with or without dashes.
        if t.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "-" || $0 == "X" || $0 == "x") }), let orcid = AuthorIdentifiers.normaliseORCID(t) {
            return AuthorIdentifiers(orcid: orcid)
        }
        // `12/3456`, `g/JohnDoe`: letters and digits on both sides of one slash.
        let halves = t.split(separator: "/", omittingEmptySubsequences: false)
        if halves.count == 2, halves.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } }) {
            return AuthorIdentifiers(dblp: t)
        }
        return AuthorIdentifiers()
    }

    static func share(_ a: AuthorIdentifiers, _ b: AuthorIdentifiers) -> Bool {
        (a.orcid != nil && a.orcid == b.orcid) || (a.dblp != nil && a.dblp == b.dblp)
            || (a.openalex != nil && a.openalex == b.openalex) || (a.s2 != nil && a.s2 == b.s2)
    }

    /// Name variants of one person (`B. Chen` and `Bo Chen`, a name with and without its accents)
    /// become one key when an identifier (ORCID, DBLP pid, OpenAlex or Semantic Scholar id) says
    /// they are one person: the key first seen with that id. Returns the keys replaced.
    /// `namesJoin`: whether a DBLP name standing in for a pid can join names (`mayJoin`).
    static func joinNameVariants(_ papers: inout [Paper], namesJoin: Bool = true) -> [String: String] {
        // Only an id written with more than one name can join names: those are found on every
        // core first, and only the papers that carry one are walked in order.
        let (several, walked) = idsWithSeveralNames(papers, namesJoin: namesJoin)
        guard !several.isEmpty else { return [:] }
        // Ids by a hash of their bytes, checked byte for byte on a hit: a String key would compare
        // names with accents (a DBLP name stands in for a pid) through Unicode normalisation.
        var keyOfID: [UInt64: (id: AuthorIdentifiers.Key, key: String)] = [:]
        var alias: [String: String] = [:]
        func canonical(_ k: String) -> String {
            if alias.isEmpty { return k }
            var k = k
            var seen = 0
            while let next = alias[k], next != k, seen < 64 { k = next; seen += 1 }
            return k
        }
        for i in papers.indices where walked[i] {
            for a in papers[i].authors {
                guard let ids = a.ids else { continue }
                var before: String?
                ids.forEachKey { id in
                    guard mayJoin(id, namesJoin) else { return }
                    let h = idHash(id)
                    guard several.contains(h) else { return }
                    // The author's key as it stood before this author's first id that joins.
                    let key = before ?? canonical(a.key)
                    before = key
                    if let known = keyOfID[h] {
                        // Another id with the same hash (never seen in practice) joins nobody.
                        guard known.id.scheme == id.scheme, known.id.value.utf8.elementsEqual(id.value.utf8) else { return }
                        let c = canonical(known.key)
                        if c != key, alias[key] == nil, !NameKey.isNobody(key) { alias[key] = c }
                    } else {
                        keyOfID[h] = (id, key)
                    }
                }
            }
        }
        guard !alias.isEmpty else { return [:] }
        var flat: [String: String] = [:]
        for k in alias.keys { flat[k] = canonical(k) }
        // Each author's key looked up by a hash of its bytes (a `String` key hashed each of
        // millions of authors' keys).
        let table = KeyTable(flat)
        Paper.changeAuthors(&papers) { author in
            guard let to = table[author.pointee.key] else { return nil }
            var joined = author.pointee
            joined.key = to
            return joined
        }
        return flat
    }

    /// Whether an id may join two name keys. A DBLP name standing in for a pid (`Wei Wang 0001`,
    /// no `/` in it) is given, within one record, only to the authors written with that name, all
    /// of one key: it joins no names there, and is not looked at (three in four of a DBLP dump's
    /// ids). Records merged from several files (`namesJoin`) may give it to another source's
    /// spelling of the person, and there it joins.
    @inline(__always) static func mayJoin(_ id: AuthorIdentifiers.Key, _ namesJoin: Bool) -> Bool {
        namesJoin || id.scheme != 1 || id.value.containsByte(UInt8(ascii: "/"))
    }

    @inline(__always) static func idHash(_ id: AuthorIdentifiers.Key) -> UInt64 {
        var h: UInt64 = 0xcbf29ce484222325 ^ UInt64(id.scheme)
        for b in id.value.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
        return h
    }

    /// The hashes of the ids written with more than one name key, the name keys told apart by a
    /// 64-bit hash of their bytes, and which papers carry one of them. Every id is hashed once, on
    /// every core, into as many shares as there are cores (by its hash), with its paper; then each
    /// core takes one share, so each id is seen whole by one core, and only a hash per id is kept.
    static func idsWithSeveralNames(_ papers: [Paper], namesJoin: Bool = true) -> (several: Set<UInt64>, carried: [Bool]) {
        // A small record is one share on this thread: starting workers costs more than its ids.
        let shares = papers.count < 8_192 ? 1 : max(1, min(16, Cores.active))
        // For each run of papers, each share's (id, name) hashes with their paper, in paper order.
        let hashed = Parallel.runs(papers.count) { run -> [[(id: UInt64, name: UInt64, paper: Int32)]] in
            var out = [[(id: UInt64, name: UInt64, paper: Int32)]](repeating: [], count: shares)
            // Through pointers: a paper or author taken from its array is a copy, every string of
            // it retained and released.
            papers.withUnsafeBufferPointer { all in
                for i in run {
                    (all.baseAddress! + i).pointee.authors.withUnsafeBufferPointer { authors in
                        for a in authors.indices {
                            var name: UInt64?
                            // Read where they lie (bound to a name, the ids were copied, each string retained).
                            (authors.baseAddress! + a).pointee.ids?.forEachKey { id in
                                guard mayJoin(id, namesJoin) else { return }
                                let h = idHash(id)
                                let n = name ?? PersonNumbers.hash(authors[a].key) | 1
                                name = n
                                out[Int(h % UInt64(shares))].append((h, n, Int32(i)))
                            }
                        }
                    }
                }
            }
            return out
        }
        let found = Parallel.map(shares, chunk: 1) { share -> [UInt64] in
            // Each id's first name, 0 once it has had two (names are odd).
            var nameOf = HashTable<UInt64>(capacity: hashed.reduce(0) { $0 + $1[share].count } / 2 + 16, free: 0)
            var out: [UInt64] = []
            let several: UInt64 = 0
            for run in hashed {
                for (h, n, _) in run[share] {
                    if let seen = nameOf.valueOrInsert(h, n), seen != n, seen != several {
                        nameOf.set(h, several)
                        out.append(h)
                    }
                }
            }
            return out
        }
        let several = Set(found.joined())
        guard !several.isEmpty else { return (several, []) }
        // The papers that carry one, found run by run from the ids hashed (no author read again).
        let carriers = Parallel.map(hashed.count, chunk: 1) { r -> [Int32] in
            var out: [Int32] = []
            for share in hashed[r] { for e in share where several.contains(e.id) { out.append(e.paper) } }
            return out
        }
        var carried = [Bool](repeating: false, count: papers.count)
        for list in carriers { for i in list { carried[Int(i)] = true } }
        return (several, carried)
    }

    public init(papers: [Paper], profile: Profile? = nil, file: String = "-") {
        self.init(records: [(file, RecordContents(profile: profile, papers: papers))])
    }

    public func paper(id: String) -> Paper? {
        index(of: id).map { store[$0] }
    }

    /// The place of the paper with id `id`. From a snapshot it is found by the snapshot's table of
    /// ids (reading only that paper's chunk, if the papers are not all read), never by a map of
    /// every id made first.
    public func index(of id: String) -> Int? {
        if let map = idSlot.made { return map[id] }
        // A record read afresh has no table of ids until its index is built: a map of ids is far
        // cheaper than building the whole index to number one paper, or than waiting for another
        // thread making it (the explorer's Esc, which keeps the paper selected, would wait). A
        // record whose papers are not read (a snapshot's) waits instead for the thread reading its
        // index (a moment), rather than read every paper for their ids.
        if store.isRead ? indexSlot.isReadyNow : indexSlot.isReady, let table = searchIndex.byID {
            return table.candidates(id).first { store[$0].id == id }
        }
        return indexByID[id]
    }

    /// The first paper (in record order) of each identity (`Paper.identity`) asked for, found by
    /// the snapshot's table of identities reading only those papers; nil when the record has no
    /// such table or its papers are all read (a pass over them is then as quick).
    public func places(ofIdentities identities: Set<String>) -> [String: Int]? {
        guard !store.isRead, let table = searchIndex.byIdentity else { return nil }
        var found: [String: Int] = [:]
        for identity in identities {
            if let place = table.candidates(identity).first(where: { store[$0].identity == identity }) { found[identity] = place }
        }
        return found
    }

    /// The papers at `indices`, to be read by their index: when the papers are not all read yet
    /// (a record reopened from its snapshot) and these are a few of them, only their chunks are
    /// read; when they are many, every paper, in memory and not copied, or (a record too large
    /// to keep its papers, `PaperStore.keepsAll`) each read with its chunk as it is asked for.
    public func reader(for indices: [Int]) -> PaperReader {
        if store.isRead || indices.count * 8 >= store.count { return PaperReader.every(store) }
        var picked: [Int: Paper] = [:]
        picked.reserveCapacity(indices.count)
        for (i, p) in zip(indices, store.papers(at: indices)) { picked[i] = p }
        return PaperReader(all: [], picked: picked)
    }

    /// The ids of the papers at `indices`, in that order, each read where it lies (no paper
    /// copied: marking every paper of a large record copied each to take its id); a record read
    /// as it is asked for is read in its own order.
    public func ids(at indices: [Int]) -> [String] {
        let reader = reader(for: indices)
        guard reader.reads else { return indices.map { i in reader.at(i) { $0.pointee.id } } }
        var out = [String](repeating: "", count: indices.count)
        for k in indices.indices.sorted(by: { indices[$0] < indices[$1] }) { out[k] = reader.at(indices[k]) { $0.pointee.id } }
        return out
    }

    /// Whether every paper is in memory (a record reopened from its snapshot reads them when asked).
    public var papersAreRead: Bool { store.isRead }

    /// Every paper, to be read by its index: in memory, or (a record too large to keep its
    /// papers) read a chunk at a time, in the record's order.
    var everyPaper: PaperReader { PaperReader.every(store) }

    /// The citation metrics of the papers at `indices`. A record whose papers are not all kept
    /// reads what the metrics need of every paper once (a chunk at a time) and keeps only that,
    /// so the explorer can redo them at each keystroke.
    public func metrics(of indices: [Int]) -> Metrics {
        if store.keepsAll || store.isRead { return Metrics(indices, of: reader(for: indices)) }
        let facts = factsSlot.get { [store] in
            let papers = PaperReader(reading: store)
            return (0..<store.count).map { Metrics.Facts(papers[$0]) }
        }
        return Metrics(facts: indices.lazy.map { facts[$0] })
    }

    /// The citation metrics of the papers a search matched (which do not depend on their order).
    public func metrics(of matches: BitSet) -> Metrics {
        var indices: [Int] = []
        indices.reserveCapacity(matches.cardinality)
        matches.forEach { indices.append($0) }
        return metrics(of: indices)
    }

    /// Whether another thread is making (or reading) the search index now: asking for it would
    /// wait (the explorer puts off a search typed meanwhile rather than hold its keys).
    public var searchIndexBeingMade: Bool { indexSlot.isBusy }

    /// Papers newest first, as the search index orders them, without waiting for an index that
    /// another thread is making: a record whose papers are read and whose index is not made or
    /// readable yet sorts its papers (under a second at 1,000,000), so the explorer's first frame
    /// of a record just read does not wait for the index its snapshot is being written with.
    public var dateOrder: [Int] {
        if store.isRead, !indexSlot.isReadyNow { return order(by: .date) }
        return searchIndex.dateOrder.map(Int.init)
    }

    /// The papers at `indices` newest first, in the index's date order, as `dateOrder` without
    /// waiting for an index another thread is making (their dates read from the papers then).
    public func newestFirst(_ indices: [Int]) -> [Int] {
        guard store.isRead, !indexSlot.isReadyNow else {
            let rank = searchIndex.dateRank
            return indices.sorted { rank[$0] < rank[$1] }
        }
        // Newest first, undated last, ties in the record's order, as `PaperSort.date` orders them.
        let papers = PaperReader.every(store)
        let keyed: [(Int, Int)] = indices.map { (PaperSort.dateKey(papers[$0].date), $0) }
        return keyed.sorted { $0 < $1 }.map(\.1)
    }

    /// The indices of every paper in the order `sort` gives (its keys read a chunk at a time
    /// when the papers are not all kept).
    public func order(by sort: PaperSort, reversed: Bool = false) -> [Int] {
        sort.sortedIndices(count: store.count, PaperReader.every(store), reversed: reversed)
    }

    /// The people numbers if they are made (they read every paper to be made).
    var personNumbersIfMade: PersonNumbers? { personNumbersSlot.made }

    /// Every person of the record numbered, each paper's people by number (made on first use, kept).
    public var personNumbers: PersonNumbers {
        // Kept beside the snapshot with the people index, when it was: read from there.
        // (The numbers' slot is always taken before the people's, never the other way round.)
        personNumbersSlot.get { [store, peopleIndexSlot] in peopleIndexSlot.readOrNil()?.numbers ?? PersonNumbers(count: store.count, PaperReader.every(store)) }
    }

    /// Every person of the record, to find them by name as it is typed: read from beside the
    /// record's snapshot when it was kept there, else made on first use (and kept there).
    public var peopleIndex: PeopleIndex {
        if let found = peopleIndexSlot.readOrNil() { return found }
        // The numbers first, outside the people's slot: another thread numbering the people waits
        // for that slot only to look for numbers kept beside the snapshot.
        let numbers = personNumbers
        return peopleIndexSlot.get { PeopleIndex(library: self, numbers: numbers) }
    }

    /// The people index when it is made or can be read without being made; nil otherwise (and
    /// while another thread makes it: this never waits).
    public var peopleIndexIfReady: PeopleIndex? { peopleIndexSlot.ready }

    /// Gives the library a way to its people index other than making it (`read`, tried first),
    /// and where to keep one it makes (`keep`, called on the thread that made it). `readable`,
    /// when given, says whether `read` would answer now: while it says no, `peopleIndexIfReady`
    /// is nil rather than wait for `read`.
    func deferPeople(read: (@Sendable () -> PeopleIndex?)?, keep: @escaping @Sendable (PeopleIndex) -> Void,
                     readable: (@Sendable () -> Bool)? = nil) {
        peopleIndexSlot.defer(read: read, keep: keep, readable: readable)
    }

    /// The name a person of the record is shown by (as first written in the record): from the
    /// people index when the papers are not all read and it is at hand, so no paper is read; a
    /// record too large to keep its papers waits for its people index rather than read them all.
    public func personName(key: String) -> String? {
        if !store.isRead, let index = peopleIndexIfReady ?? (store.keepsAll ? nil : peopleIndex) {
            if let p = index.person(key: key) { return index.name(p) }
            if !store.keepsAll { return nil }
        }
        return person(key: key)?.name
    }

    public func person(key: String) -> Person? {
        let (people, byKey) = peopleSlot.get { Self.collectPeople(store.papers, personNumbers) }
        return byKey[key].map { people[$0] }
    }

    public enum Lookup: Equatable, Sendable {
        case found(Paper)
        /// A prefix that begins several ids.
        case ambiguous([Paper])
        case none
    }

    /// Looks a paper up the way a person types it: its id, its 1-based position, its citation key
    /// (bibtex compares keys without case), or a prefix of one id.
    public func lookup(_ query: String) -> Lookup {
        let papers = self.papers
        if let p = paper(id: query) { return .found(p) }
        if let n = Int(query), n >= 1, n <= paperCount { return .found(paper(at: n - 1)) }
        if let p = papers.first(where: { $0.entry?.key == query }) ?? papers.first(where: { $0.entry?.key.lowercased() == query.lowercased() }) {
            return .found(p)
        }
        guard !query.isEmpty else { return .none }
        let matches = papers.filter { $0.id.hasPrefix(query) }
        switch matches.count {
        case 0: return .none
        case 1: return .found(matches[0])
        default: return .ambiguous(matches)
        }
    }

    public func find(_ query: String) -> Paper? {
        if case .found(let p) = lookup(query) { return p }
        return nil
    }

    // MARK: Building

    /// Ids are slugs of the title's first two significant words and the year, numbered on a clash.
    /// The slugs and a hash of each are made on every core, each paper read where it lies; the
    /// clashes are found, in order, by those hashes (an id is looked at only where two hashes
    /// agree, and kept aside only when it is numbered), and the ids are given to the papers on
    /// every core. The map of ids is made when first asked for.
    private static func assignIDs(_ papers: inout [Paper]) {
        guard !papers.isEmpty else { return }
        let bases = papers.withUnsafeBufferPointer { b in
            let shared = Shared(b.baseAddress!)
            return Parallel.map(b.count) { i -> (id: String, hash: Int) in
                let p = shared.value + i
                let id = p.pointee.id.isEmpty ? Self.slug(title: p.pointee.title, year: p.pointee.date?.year) : p.pointee.id
                return (id, id.hashValue)
            }
        }
        let numbered = numberClashes(bases)
        // Each core gives its run of papers their ids (a paper written by one core only).
        papers.withUnsafeMutableBufferPointer { b in
            let shared = Shared((b.baseAddress!, bases, numbered))
            _ = Parallel.runs(b.count) { run in
                let (out, bases, numbered) = shared.value
                for i in run { (out + i).pointee.id = numbered.isEmpty ? bases[i].id : numbered[i] ?? bases[i].id }
            }
        }
    }

    /// The papers whose base id (`bases`, each with its `hash`) an earlier paper took, and the
    /// id each takes instead: the base numbered `-2`, `-3`, … with the first number free. A large
    /// record's first takers of each hash are found on every core (`numberClashesInParts`),
    /// where in order it was a quarter of a second of one core's work at a million papers; the
    /// answer is the same as `numberClashesInOrder`'s, which gives it otherwise.
    static func numberClashes(_ bases: [(id: String, hash: Int)], hash: (String) -> Int = { $0.hashValue },
                              inPartsFrom: Int = 65_536) -> [Int: String] {
        if bases.count >= inPartsFrom, Cores.active > 1, let numbered = numberClashesInParts(bases, hash: hash) { return numbered }
        return numberClashesInOrder(bases, hash: hash)
    }

    /// `numberClashes` paper by paper, in order.
    static func numberClashesInOrder(_ bases: [(id: String, hash: Int)], hash: (String) -> Int) -> [Int: String] {
        // Each id given, by its hash (equal ids, as Swift compares them, hash alike); ids whose
        // hash another id has are kept by the id itself. A paper's id is its base unless it was
        // numbered (`numbered`).
        var byHash = HashTable<Int32>(capacity: bases.count, free: -1)
        var sharing: [String: Int] = [:]
        var numbered: [Int: String] = [:]
        func taken(_ id: String, _ h: Int) -> Bool {
            guard let j = byHash[UInt64(bitPattern: Int64(h))] else { return false }
            return (numbered[Int(j)] ?? bases[Int(j)].id) == id || sharing[id] != nil
        }
        func give(_ id: String, _ h: Int, to i: Int) {
            if byHash.valueOrInsert(UInt64(bitPattern: Int64(h)), Int32(i)) != nil { sharing[id] = i }
        }
        // The number last given after each id that clashed (`firstFree`).
        var lastNumber: [String: Int] = [:]
        bases.withUnsafeBufferPointer { b in
            for i in b.indices {
                // Nearly every id: a hash not given before, taken without looking at the id.
                if byHash.valueOrInsert(UInt64(bitPattern: Int64(b[i].hash)), Int32(i)) == nil { continue }
                let (base, h) = b[i]
                // Its hash is another id's, but no paper has it: it is given, and kept by the id itself.
                guard taken(base, h) else { sharing[base] = i; continue }
                let (id, idHash) = firstFree(after: base, &lastNumber, hash: hash, taken: taken)
                give(id, idHash, to: i)
                numbered[i] = id
            }
        }
        return numbered
    }

    /// The first id free after `base` (`base-2`, `base-3`, …) and its hash, from the number last
    /// given after it, which it sets. Ids are only ever taken, so the first free number is never
    /// below the one given last (without it, the n papers of one common slug try 2, 3, … each:
    /// n² / 2 looks).
    private static func firstFree(after base: String, _ lastNumber: inout [String: Int], hash: (String) -> Int,
                                  taken: (String, Int) -> Bool) -> (id: String, hash: Int) {
        var k = (lastNumber[base] ?? 1) + 1
        while true {
            let id = base + "-\(k)", idHash = hash(id)
            if !taken(id, idHash) {
                lastNumber[base] = k
                return (id, idHash)
            }
            k += 1
        }
    }

    /// `numberClashes` with the first taker of each base's hash found on every core: the hashes
    /// fall into parts by their low bits, and each part's papers are looked up in a table of its
    /// own, in order. Only the papers whose hash an earlier one has (the clashes, a seventh of a
    /// DBLP dump's) are then gone through in order, as `numberClashesInOrder` goes through them:
    /// before paper `i`, a hash is held by its first base taker if that comes before `i`, else
    /// by the numbered id given it. Nil where that is not the order's answer: when an id
    /// numbered here is the hash of a later paper's base (a title "Alpha" numbered `alpha-2`
    /// before one whose base is `alpha-2`), which in order would meet the numbered id first.
    static func numberClashesInParts(_ bases: [(id: String, hash: Int)], hash: (String) -> Int) -> [Int: String]? {
        var parts = 1
        while parts < 4 * Cores.active { parts <<= 1 }
        let all = Shared(bases)
        let firsts = Parallel.map(parts, chunk: 1) { p -> (table: HashTable<Int32>, later: [Int32]) in
            var table = HashTable<Int32>(capacity: all.value.count / parts + 16, free: -1)
            var later: [Int32] = []
            all.value.withUnsafeBufferPointer { b in
                for i in b.indices where b[i].hash & (parts - 1) == p {
                    if table.valueOrInsert(UInt64(bitPattern: Int64(b[i].hash)), Int32(i)) != nil { later.append(Int32(i)) }
                }
            }
            return (table, later)
        }
        func firstTaker(_ h: Int) -> Int? { firsts[h & (parts - 1)].table[UInt64(bitPattern: Int64(h))].map(Int.init) }
        var clashes = firsts.flatMap(\.later)
        clashes.sort()
        var numberedHashes = HashTable<Int32>(capacity: 1_024, free: -1)
        var sharing: [String: Int] = [:]
        var numbered: [Int: String] = [:]
        var lastNumber: [String: Int] = [:]
        func holder(_ h: Int, before i: Int) -> Int? {
            if let j = firstTaker(h), j < i { return j }
            return numberedHashes[UInt64(bitPattern: Int64(h))].map(Int.init)
        }
        func taken(_ id: String, _ h: Int, before i: Int) -> Bool {
            guard let j = holder(h, before: i) else { return false }
            return (numbered[j] ?? bases[j].id) == id || sharing[id] != nil
        }
        for c in clashes {
            let i = Int(c)
            let (base, h) = bases[i]
            guard taken(base, h, before: i) else { sharing[base] = i; continue }
            let (id, idHash) = firstFree(after: base, &lastNumber, hash: hash) { taken($0, $1, before: i) }
            if let j = firstTaker(idHash), j > i { return nil }
            if holder(idHash, before: i) != nil {
                sharing[id] = i
            } else {
                numberedHashes.set(UInt64(bitPattern: Int64(idHash)), Int32(i))
            }
            numbered[i] = id
        }
        return numbered
    }

    static let stopWords: Set<String> = ["a", "an", "the", "of", "on", "in", "for", "to", "and", "with",
                                         "via", "by", "from", "at", "is", "are", "towards", "toward"]

    public static func slug(title: String, year: Int?) -> String {
        asciiSlug(title, year: year) ?? slug(words: TitleWords.split(title, limit: 8), year: year)
    }

    /// The slug of an ASCII title (nearly all), made from its bytes: the words it takes are the
    /// ones `TitleWords.split` gives, with no array of them and no string for each (a first open
    /// makes one for every paper). Nil for any other title.
    static func asciiSlug(_ title: String, year: Int?) -> String? {
        var title = title
        return title.withUTF8 { b -> String? in
            var out: [UInt8] = []
            out.reserveCapacity(40)
            var (seen, taken, i) = (0, 0, 0)
            while i < b.count, seen < 8, taken < 2 {
                guard b[i] < 0x80 else { return nil }
                guard TitleWords.foldedAlphanumeric(b[i]) != nil else { i += 1; continue }
                let start = i
                while i < b.count, TitleWords.foldedAlphanumeric(b[i]) != nil { i += 1 }
                seen += 1
                let word = UnsafeBufferPointer(rebasing: b[start..<i])
                if isStopWord(word) { continue }
                if taken > 0 { out.append(UInt8(ascii: "-")) }
                for c in word { out.append(TitleWords.foldedAlphanumeric(c)!) }
                taken += 1
            }
            // Past the words taken, the rest of the title must be ASCII too (as `split` reads it whole).
            while i < b.count { if b[i] >= 0x80 { return nil }; i += 1 }
            if taken == 0 { out.append(contentsOf: "untitled".utf8) }
            out.append(UInt8(ascii: "-"))
            if let year { out.append(contentsOf: String(year).utf8) } else { out.append(contentsOf: "nd".utf8) }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// Whether an ASCII word, its letters in any case, is one of `stopWords`.
    private static func isStopWord(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
        guard word.count >= 1, word.count <= 7 else { return false }
        var key: UInt64 = 0
        for (k, c) in word.enumerated() { key |= UInt64(TitleWords.foldedAlphanumeric(c)!) << UInt64(8 * k) }
        return stopWordKeys.contains(key)
    }

    /// `stopWords`, each packed into one number (its bytes, first byte lowest).
    private static let stopWordKeys: Set<UInt64> = Set(stopWords.map { w in
        w.utf8.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64(8 * $1.offset) }
    })

    static func slug(words titleWords: [String], year: Int?) -> String {
        var words: [String] = []
        for word in titleWords where !stopWords.contains(word) {
            words.append(word)
            if words.count == 2 { break }
        }
        if words.isEmpty { words = ["untitled"] }
        return words.joined(separator: "-") + "-" + (year.map(String.init) ?? "nd")
    }

    /// Two papers are possible duplicates when their titles agree once folded, or when they share
    /// the head before a colon (`KernelWarehouse: …`) and the first author.
    private static func linkDuplicates(_ papers: inout [Paper]) {
        // Keys are fingerprints; the first paper seen per key is remembered, and groups are made
        // only where a key repeats (rare), after checking the words really agree.
        var first = HashTable<Int32>(capacity: papers.count * 2, free: -1)
        var groups: [Int: [Int]] = [:]
        func add(_ key: UInt64, _ i: Int, same: (Int, Int) -> Bool) {
            if let f = first.valueOrInsert(key, Int32(i)).map(Int.init), same(f, i) {
                groups[f, default: [f]].append(i)
            }
        }
        // Each paper's keys, made on every core: its title's fingerprint, and its title's head
        // (before a colon) with its first author, when it has both.
        let keys = Parallel.map(papers.count) { [papers] i -> (title: UInt64, head: UInt64?) in
            let title = papers[i].title
            guard let colon = title.firstIndex(ofByte: UInt8(ascii: ":")), let firstAuthor = papers[i].authors.first else {
                return (TitleWords.fingerprint(title), nil)
            }
            var h = TitleWords.fingerprint(title[..<colon])
            if TitleWords.isUntitled(h) { return (TitleWords.fingerprint(title), nil) }
            for b in firstAuthor.key.utf8 { h = (h ^ UInt64(b)) &* 0x100000001b3 }
            return (TitleWords.fingerprint(title), h)
        }
        for i in papers.indices {
            let fingerprint = keys[i].title
            // Papers without a title are not duplicates of each other for that.
            if !TitleWords.isUntitled(fingerprint) {
                add(fingerprint << 1, i) { a, b in
                    TitleWords.split(papers[a].title) == TitleWords.split(papers[b].title)
                }
            }
            if let h = keys[i].head {
                add(h << 1 | 1, i) { a, b in
                    head(papers[a].title) == head(papers[b].title) && papers[a].authors.first?.key == papers[b].authors.first?.key
                }
            }
        }
        // Each paper names at most `maxDuplicates` others (the first in record order): a group of
        // thousands (one title head shared by a whole series) must not cost thousands squared.
        // The groups in the order of their first papers: a paper in two groups (its title's and
        // its title head's) names the first group's papers first on every run (a dictionary's
        // order changes from one run to the next).
        for first in groups.keys.sorted() {
            let members = groups[first]!
            let named = members.prefix(Self.maxDuplicates + 1).map { papers[$0].id }
            for i in members {
                var listed = Set(papers[i].possibleDuplicates)
                for id in named where id != papers[i].id && papers[i].possibleDuplicates.count < Self.maxDuplicates && listed.insert(id).inserted {
                    papers[i].possibleDuplicates.append(id)
                }
            }
        }
    }

    /// The most possible duplicates a paper names.
    public static let maxDuplicates = 20

    /// A title's words before its colon (a title is passed, not its paper: a paper passed from an
    /// array a closure reaches through a box is copied whole first).
    private static func head(_ title: String) -> [String] {
        guard let colon = title.firstIndex(of: ":") else { return [] }
        return TitleWords.split(title[..<colon])
    }

    /// Every person with the ids of their papers, from the people as numbered once.
    private static func collectPeople(_ papers: [Paper], _ numbers: PersonNumbers) -> (people: [Person], byKey: [String: Int]) {
        var paperIDs = [[String]](repeating: [], count: numbers.count)
        for i in papers.indices {
            for s in numbers.of(paper: i) { paperIDs[Int(s)].append(papers[i].id) }
        }
        let people = numbers.keys.indices.map { Person(name: numbers.names[$0], key: numbers.keys[$0], paperIDs: paperIDs[$0]) }
        return (people, Dictionary(uniqueKeysWithValues: numbers.keys.enumerated().map { ($1, $0) }))
    }
}

/// A title cut into folded words (letters and digits), for ids and duplicate checks.
public enum TitleWords {
    /// Whether a fingerprint is that of no title (empty, or `Paper.untitled`): papers without
    /// a title are never the same work, nor possible duplicates, for that.
    static func isUntitled(_ fingerprint: UInt64) -> Bool { fingerprint == none || fingerprint == placeholder }
    private static let none = fingerprint(""), placeholder = fingerprint(Paper.untitled)

    /// The first `limit` words. ASCII titles (nearly all) are cut byte by byte; others go through
    /// full Unicode folding.
    public static func split(_ title: some StringProtocol, limit: Int = .max) -> [String] {
        var words: [String] = []
        var word: [UInt8] = []
        for b in title.utf8 {
            if b >= 0x80 { return Array(splitUnicode(title).prefix(limit)) }
            if let folded = foldedAlphanumeric(b) {
                word.append(folded)
            } else if !word.isEmpty {
                words.append(String(decoding: word, as: UTF8.self))
                word.removeAll(keepingCapacity: true)
                if words.count == limit { return words }
            }
        }
        if !word.isEmpty { words.append(String(decoding: word, as: UTF8.self)) }
        return words
    }

    /// A 64-bit hash of the folded words, equal for titles that differ only in case, accents,
    /// punctuation and spacing. Computed without building the words.
    public static func fingerprint(_ title: some StringProtocol) -> UInt64 {
        // On the bytes in place where the text lends them (a long native string), else on a copy
        // (a short one kept in place): iterating the UTF-8 view cost ten times the hashing.
        let ascii = title.utf8.withContiguousStorageIfAvailable(fingerprintASCII) ?? {
            var copy = String(title)
            return copy.withUTF8(fingerprintASCII)
        }()
        return ascii ?? fingerprintUnicode(title)
    }

    /// `fingerprint` of ASCII bytes; nil when a byte is outside ASCII.
    static func fingerprintASCII(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64? {
        var hash: UInt64 = 0xcbf29ce484222325
        var pendingSpace = false
        for b in bytes {
            if b >= 0x80 { return nil }
            if let folded = foldedAlphanumeric(b) {
                if pendingSpace { hash = (hash ^ 0x20) &* 0x100000001b3; pendingSpace = false }
                hash = (hash ^ UInt64(folded)) &* 0x100000001b3
            } else if hash != 0xcbf29ce484222325 {
                pendingSpace = true
            }
        }
        return hash
    }

    static func foldedAlphanumeric(_ b: UInt8) -> UInt8? {
        if (b >= 0x30 && b <= 0x39) || (b >= 0x61 && b <= 0x7A) { return b }
        if b >= 0x41 && b <= 0x5A { return b | 0x20 }
        return nil
    }

    static func fingerprintUnicode(_ title: some StringProtocol) -> UInt64 {
        // Folded to ASCII (most accented Latin titles): the byte path, which hashes the same words.
        let folded = TextFolding.fold(title)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return fingerprint(folded) }
        var hash: UInt64 = 0xcbf29ce484222325
        for b in splitUnicode(title).joined(separator: " ").utf8 { hash = (hash ^ UInt64(b)) &* 0x100000001b3 }
        return hash
    }

    static func splitUnicode(_ title: some StringProtocol) -> [String] {
        let folded = TextFolding.fold(title)
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return split(folded) }
        return folded.unicodeScalars
            .split(whereSeparator: { !($0.properties.isAlphabetic || $0.properties.numericType != nil) })
            .map { String(String.UnicodeScalarView($0)) }
    }
}

/// A value made once, on first use, by one thread while the others asking for it wait; shared
/// by copies of what holds it.
final class Once<Value>: @unchecked Sendable {
    /// Held while the value is made.
    private let making = Lock()
    /// Held only to look at the value or set it, never while it is made.
    private let lock = Lock()
    private var value: Value?

    init(_ value: Value? = nil) { self.value = value }

    /// The value if it has been made, without making it, and without waiting while another
    /// thread makes it (nil then): what asks goes another way instead (a coauthor graph drawn
    /// while the explorer's charts make the person numbers, for seconds at DBLP's size, reads
    /// its own papers).
    var made: Value? {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    func get(_ make: () -> Value) -> Value {
        if let value = made { return value }
        making.lock()
        defer { making.unlock() }
        if let value = made { return value }
        let value = make()
        lock.lock()
        self.value = value
        lock.unlock()
        return value
    }
}

/// A value made once, by the first thread to ask, the others waiting for it; unlike `Once`, the
/// lock is not held while it is made, so whether it is made can be asked without waiting.
final class Awaited<Value>: @unchecked Sendable {
    private let condition = Condition()
    private var value: Value?
    private var making = false

    func get(_ make: () -> Value) -> Value {
        condition.lock()
        while making { condition.wait() }
        if let value {
            condition.unlock()
            return value
        }
        making = true
        condition.unlock()
        let made = make()
        condition.lock()
        (value, making) = (made, false)
        condition.broadcast()
        condition.unlock()
        return made
    }

    var isMade: Bool {
        condition.lock()
        defer { condition.unlock() }
        return value != nil
    }
}

/// One library's search index, made once under a lock.
final class IndexSlot: @unchecked Sendable {
    private let lock = Lock()
    private var index: SearchIndex?
    private var read: (@Sendable (PaperStore) -> SearchIndex?)?

    /// The index, made by `make` (given the deferred reader, if any) the first time.
    func get(_ make: ((@Sendable (PaperStore) -> SearchIndex?)?) -> SearchIndex) -> SearchIndex {
        lock.lock()
        defer { lock.unlock() }
        if let index { return index }
        let made = make(read)
        index = made
        read = nil
        return made
    }

    /// Whether the index has been made or read.
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return index != nil
    }

    /// Whether another thread holds the slot now: making the index, or reading it.
    var isBusy: Bool {
        guard lock.try() else { return true }
        lock.unlock()
        return false
    }

    /// As `isReady`, but false rather than wait while another thread holds the slot (making the
    /// index, or reading it).
    var isReadyNow: Bool {
        guard lock.try() else { return false }
        defer { lock.unlock() }
        return index != nil || read != nil
    }

    /// Whether the index is made or can be read (a snapshot's): asking for it then builds nothing.
    var isReady: Bool {
        lock.lock()
        defer { lock.unlock() }
        return index != nil || read != nil
    }

    func `defer`(_ read: @escaping @Sendable (PaperStore) -> SearchIndex?) {
        lock.lock()
        self.read = read
        lock.unlock()
    }

    /// The index made let go (a way to read it, if any, is kept).
    func forget() {
        lock.lock()
        let made = index
        index = nil
        lock.unlock()
        _ = made
    }
}

/// One library's people index: read when it can be, else made once (under a lock) and then kept.
final class PeopleSlot: @unchecked Sendable {
    private let lock = Lock()
    private var index: PeopleIndex?
    private var read: (@Sendable () -> PeopleIndex?)?
    private var readable: (@Sendable () -> Bool)?
    private var keep: (@Sendable (PeopleIndex) -> Void)?

    func get(_ make: () -> PeopleIndex) -> PeopleIndex {
        lock.lock()
        if let index {
            lock.unlock()
            return index
        }
        if let found = takeRead() {
            lock.unlock()
            return found
        }
        let made = make()
        index = made
        let keep = self.keep
        self.keep = nil
        lock.unlock()
        keep?(made)
        return made
    }

    /// The index made or read (read now if it can be, waiting for another thread that holds the
    /// slot); nil when it would have to be made.
    func readOrNil() -> PeopleIndex? {
        lock.lock()
        defer { lock.unlock() }
        return index ?? takeRead()
    }

    /// The index read or made; nil when it would have to be made, or another thread is making it
    /// now (never waits for that).
    var ready: PeopleIndex? {
        guard lock.try() else { return nil }
        defer { lock.unlock() }
        if index == nil, let readable, !readable() { return nil }
        return index ?? takeRead()
    }

    /// The index `read` gives, kept (under the lock).
    private func takeRead() -> PeopleIndex? {
        guard let read else { return nil }
        self.read = nil
        readable = nil
        guard let found = read() else { return nil }
        index = found
        keep = nil
        return found
    }

    /// An index made before this (by another thread, while a snapshot was written behind the
    /// explorer's first frame) is kept at once.
    func `defer`(read: (@Sendable () -> PeopleIndex?)?, keep: @escaping @Sendable (PeopleIndex) -> Void,
                 readable: (@Sendable () -> Bool)? = nil) {
        lock.lock()
        if let made = index {
            lock.unlock()
            keep(made)
            return
        }
        self.read = read
        self.readable = readable
        self.keep = keep
        lock.unlock()
    }
}

/// Papers of a library by index (`Library.reader(for:)`): all of them, those picked, or (a large
/// record reopened from its snapshot) each read with its chunk when it is asked for, the last few
/// chunks kept.
public struct PaperReader: Sendable {
    private let all: [Paper]
    private let picked: [Int: Paper]?
    private let store: PaperStore?

    init(all: [Paper], picked: [Int: Paper]?) {
        self.all = all
        self.picked = picked
        store = nil
    }

    /// The papers of an array, by their places in it (none copied).
    public init(_ papers: [Paper]) {
        self.init(all: papers, picked: nil)
    }

    /// Every paper of `store`: in memory when it keeps them, else read a chunk at a time.
    static func every(_ store: PaperStore) -> PaperReader {
        store.keepsAll || store.isRead ? PaperReader(all: store.papers, picked: nil) : PaperReader(reading: store)
    }

    /// Papers read from `store` a chunk at a time.
    init(reading store: PaperStore) {
        all = []
        picked = nil
        self.store = store
    }

    /// Whether every paper of the library is at hand in memory (so any index may be read at no cost).
    public var hasAll: Bool { picked == nil && store == nil }

    /// Whether the papers are read as they are asked for: then a pass over many should ask for
    /// them in the order of the record (`inReadingOrder`), a chunk read once.
    public var reads: Bool { store != nil }

    /// `indices` in the order they are best read in: ascending when the papers are read as they
    /// are asked for (a pass that only counts may take them in any order), else as they are.
    public func inReadingOrder(_ indices: [Int]) -> [Int] {
        reads ? indices.sorted() : indices
    }

    /// `body` given paper `i` whole, for a pass that reads most of it (the paper may be copied
    /// into `body`, every string and array of it retained and released: a pass that reads a few
    /// fields of millions of papers takes them through `at`).
    @inline(__always)
    public func with<R>(_ i: Int, _ body: (borrowing Paper) throws -> R) rethrows -> R {
        try at(i) { try body($0.pointee) }
    }

    /// What `get` takes from paper `i` through a pointer to it, where it lies: only the fields
    /// read are retained. (A paper lent to a closure is copied whole, every string and array of
    /// it retained and released, where the compiler cannot prove it unchanged meanwhile.)
    @inline(__always)
    public func at<R>(_ i: Int, _ get: (UnsafePointer<Paper>) throws -> R) rethrows -> R {
        if let store {
            let size = store.chunkSize
            if let chunk = store.chunk(i / size, ahead: true) { return try chunk.withUnsafeBufferPointer { try get($0.baseAddress! + i % size) } }
        } else if picked == nil {
            return try all.withUnsafeBufferPointer { try get($0.baseAddress! + i) }
        }
        return try withUnsafePointer(to: self[i]) { try get($0) }
    }

    /// Paper `i` of the library: one of the indices the reader was made for. Lent where it lies,
    /// not copied (a copy retains every string and array of the paper, and releases them after).
    public subscript(i: Int) -> Paper {
        _read {
            if let store {
                let size = store.chunkSize
                if let chunk = store.chunk(i / size, ahead: true) { yield chunk[i % size] } else { yield store[i] }
            } else if let picked {
                yield picked[i]!
            } else {
                yield all[i]
            }
        }
    }
}
