import Foundation
import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("Snapshots: a record's model and index kept on disk, never trusted when damaged")
struct SnapshotTests {
    static let asOf = TestSeed.asOf

    static let bibtex = """
    @string{jacm = "Journal of the ACM"}
    @preamble{"\\providecommand{\\noop}[1]{}"}
    @comment{jabref-meta: groupsversion:3;}
    @xdata{shared, publisher = {ACM}}
    @article{knuth1984, author = {Donald E. Knuth and Ann {van der} Berg}, title = {Literate Programming},
      journal = jacm # { (short)}, year = 1984, volume = {27}, pages = {97--111}, doi = {10.1093/comjnl/27.2.97}, xdata = {shared}}
    @inproceedings{x, title = {Second}, booktitle = {Proc.}, year = {2020}, month = mar}
    """

    /// Every format's sample, the seed, and a .bib with macros: each as one record and all merged.
    static func libraries() -> [(String, Library)] {
        let files: [(String, String)] = [
            ("dblp.xml", FormatSamples.dblpPerson), ("s2.json", FormatSamples.s2Author), ("oa.json", FormatSamples.openAlexList),
            ("orcid.json", FormatSamples.orcidWorks), ("csl.json", FormatSamples.cslJSON), ("refs.ris", FormatSamples.ris),
            ("arxiv.xml", FormatSamples.arxivAtom), ("csl.yaml", FormatSamples.cslYAML), ("refs.bib", bibtex),
        ]
        func read(_ name: String, _ text: String) -> RecordContents {
            let bytes = Array(text.utf8)
            return RecordFormats.detect(name: name, head: bytes.prefix(4096)).read(bytes, ReadContext(fileName: name, asOf: asOf))
        }
        var out = files.map { ($0.0, Library(records: [($0.0, read($0.0, $0.1))])) }
        out.append(("seed", TestSeed.library(named: "seeds/anbang-yao.txt")))
        let dump = """
        <dblp><article key="journals/x/1"><author>Bo Chen</author><title>Learning to Sort.</title><year>2019</year><journal>J</journal></article>
        <www key="homepages/1/1"><author>Bo Chen</author><title>Home Page</title><note type="affiliation">Example Labs</note></www>
        <www key="homepages/1/2"><author>Ann Lee</author><title>Home Page</title><note type="affiliation">Harbour College</note></www></dblp>
        """
        out.append(("dump", Library(records: [("dump.xml", read("dump.xml", dump))])))
        out.append(("all merged", Library(records: files.map { ($0.0, read($0.0, $0.1)) }, owner: "0000-0002-1825-0097")))
        return out
    }

    static func key(_ name: String = "/r/record.txt", owner: String? = nil) -> RecordKey {
        RecordKey(files: [.init(path: name, size: 10, modified: 1, changed: 1, inode: 1, ends: 1)], owner: owner,
                  program: RecordKey.programStamp, asOf: nil)
    }

    static func expectSame(_ a: Library, _ b: Library, _ label: String) {
        #expect(a.papers == b.papers, "\(label): papers")
        #expect(a.profiles == b.profiles, "\(label): profiles")
        #expect(a.diagnostics == b.diagnostics, "\(label): diagnostics")
        #expect(a.files == b.files && a.bibtexParts == b.bibtexParts, "\(label): files")
        #expect(a.ownerName == b.ownerName && a.ownerKey == b.ownerKey && a.ownerIDs == b.ownerIDs && a.onlyOwner == b.onlyOwner, "\(label): owner")
        #expect(a.people == b.people && a.present == b.present, "\(label): people and what the papers have")
        #expect(a.categories == b.categories, "\(label): categories")
        var (x, y): ([String], [String]) = ([], [])
        a.statedPlaces.forEach { x.append($0 + " " + $1) }
        b.statedPlaces.forEach { y.append($0 + " " + $1) }
        #expect(x == y, "\(label): stated places")
    }

    static let queries = ["learning", "qu", "\"neural network\"", "author:yao", "year:2019..2023", "has:code", "-deep",
                          "title:quant OR abstract:binary", "doi:10.1093", "cites:>=1", "cat:cv", "is:first",
                          "aff:labs", "aff:examples", "has:aff"]

    static func answers(_ library: Library) -> [[Int]] {
        var session = SearchSession(index: library.searchIndex)
        return queries.map { session.search(Query($0)).ranked }
    }

    @Test func aRecordReadFromItsSnapshotIsTheRecordReadAnew() throws {
        for (label, library) in Self.libraries() {
            let bytes = Snapshot.bytes(of: library, key: Self.key())
            let (back, index) = try bytes.withUnsafeBytes { try Snapshot.decode($0) }
            Self.expectSame(library, back, label)
            var fresh = SearchSession(index: library.searchIndex), stored = SearchSession(index: index)
            for q in Self.queries {
                #expect(fresh.search(Query(q)).ranked == stored.search(Query(q)).ranked, "\(label): \(q)")
            }
            // The same bytes again: writing is deterministic.
            let again = Snapshot.bytes(of: back, key: Self.key())
            let same = again == bytes
            #expect(same, "\(label): first difference at \(again.indices.first { $0 < bytes.count && again[$0] != bytes[$0] } ?? min(again.count, bytes.count)) of \(bytes.count)")
        }
    }

    /// An index made for the snapshot alone (`vita cache build`: each shard written as it is made,
    /// the shards' table filled in after) is byte for byte the index made whole, and the library
    /// is left without one.
    @Test func anIndexWrittenAShardAtATimeIsTheIndexMadeWhole() throws {
        var text = "Ann Lee\n\nCV\n\n20000 Papers\n"
        for i in 0..<20_000 {
            text += "\nCVMar \(1 + i % 28), \(1990 + i % 35)\nPaper \(i) on \(i % 3 == 0 ? "graphs" : "codes") and w\(i % 97)\n\nAnn Lee, B. Author\(i % 50)\n\nAbstract \(i) about networks.\n"
        }
        let big = Library(records: [("big.txt", ProfileReader.read(Array(text.utf8), fileName: "big.txt", asOf: Self.asOf))])
        #expect(SearchIndex.shardBounds(big.paperCount).count >= 4 || Cores.active == 1)
        for (label, library) in Self.libraries() + [("20000", big)] {
            let streamed = Snapshot.bytes(of: library, key: Self.key(), keepIndex: false)
            #expect(!library.hasSearchIndex, "\(label): the index made for the snapshot is not kept")
            let whole = Snapshot.bytes(of: library, key: Self.key())
            #expect(library.hasSearchIndex, "\(label)")
            #expect(streamed == whole, "\(label): first difference at \(streamed.indices.first { $0 < whole.count && streamed[$0] != whole[$0] } ?? min(streamed.count, whole.count)) of \(whole.count)")
            // An index already made is written as it is.
            #expect(Snapshot.bytes(of: library, key: Self.key(), keepIndex: false) == whole, "\(label)")
        }
        let (_, index) = try Snapshot.bytes(of: big, key: Self.key(), keepIndex: false).withUnsafeBytes { try Snapshot.decode($0) }
        var a = SearchSession(index: big.searchIndex), b = SearchSession(index: index)
        for q in ["graphs", "w42", "\"paper 17\"", "author:author3 year:2001", "net"] {
            #expect(a.search(Query(q)).ranked == b.search(Query(q)).ranked, "\(q)")
        }
    }

    /// Papers are stored in chunks read on several cores; the order and the shards survive.
    @Test func largeRecordsInChunksAndShards() throws {
        var text = "Ann Lee\n\nCV\n\n9000 Papers\n"
        for i in 0..<9000 {
            text += "\nCVMar \(1 + i % 28), \(1990 + i % 35)\nPaper \(i) on \(i % 3 == 0 ? "graphs" : "codes") and w\(i % 97)\n\nAnn Lee, B. Author\(i % 50)\n\nAbstract \(i) about networks.\n"
        }
        let library = Library(records: [("big.txt", ProfileReader.read(Array(text.utf8), fileName: "big.txt", asOf: Self.asOf))])
        #expect(library.papers.count == 9000)
        let bytes = Snapshot.bytes(of: library, key: Self.key())
        let (back, index) = try bytes.withUnsafeBytes { try Snapshot.decode($0) }
        Self.expectSame(library, back, "9000")
        #expect(index.shards.count == library.searchIndex.shards.count)
        var a = SearchSession(index: library.searchIndex), b = SearchSession(index: index)
        for q in ["graphs", "w42", "\"paper 17\"", "author:author3 year:2001", "net"] {
            #expect(a.search(Query(q)).ranked == b.search(Query(q)).ranked, "\(q)")
        }
    }

    /// A record reopened from its snapshot reads no paper until one is asked for: a count reads
    /// none, a few papers read only their chunks, all of them read every chunk, and each answer is
    /// the record's as read anew.
    @Test func aReopenedRecordReadsOnlyThePapersAskedFor() throws {
        let s = try Scratch()
        // 5,000 papers: 20 chunks, of which a few are read.
        try s.writeRecord(papers: 5000)
        let (fresh, _) = s.open()
        guard case .hit(let library) = s.lookup() else { Issue.record("no snapshot"); return }
        #expect(library.paperCount == 5000 && library.categories == fresh.categories)
        var session = SearchSession(index: library.searchIndex)
        var freshSession = SearchSession(index: fresh.searchIndex)
        for q in ["graphs", "\"paper 17\"", "year:2001..2003 codes", "-graphs"] {
            #expect(session.search(Query(q)).ranked == freshSession.search(Query(q)).ranked, "\(q)")
        }
        #expect(library.searchIndex.store.isRead == false, "a search by words reads no paper")
        #expect(library.paper(at: 4999) == fresh.papers[4999] && library.paper(at: 3) == fresh.papers[3])
        #expect(library.papers(at: [700, 5, 1500]) == [fresh.papers[700], fresh.papers[5], fresh.papers[1500]])
        // A paper by its id, marks by their identities: through the snapshot's tables.
        #expect(library.index(of: fresh.papers[1234].id) == 1234 && library.paper(id: fresh.papers[42].id) == fresh.papers[42])
        #expect(library.index(of: "no-such-paper-1999") == nil)
        let wanted: Set = [fresh.papers[77].identity, fresh.papers[1998].identity, "title:0|1990"]
        #expect(library.places(ofIdentities: wanted) == [fresh.papers[77].identity: 77, fresh.papers[1998].identity: 1998])
        #expect(library.searchIndex.store.isRead == false, "a few papers read only their chunks")
        #expect(library.papers == fresh.papers)
        #expect(library.searchIndex.store.isRead)
        // Every paper read, a paper by id is still found through the table, no map of ids made.
        #expect(library.index(of: fresh.papers[4321].id) == 4321 && library.index(of: "no-such-paper-1999") == nil)
    }

    /// A session that lasts (`reopen`) goes on from the snapshot it has just written when the record
    /// is too large to keep its papers in memory when reopened: it reads them from there, as a
    /// reopen does, and gives the same papers and answers. Otherwise, or for a command, the papers
    /// read are the library's.
    @Test func aLargeRecordGoesOnFromTheSnapshotItFirstWrote() throws {
        let s = try Scratch()
        try s.writeRecord(papers: 1200)
        let read = RecordLoader.load([s.record], asOf: Self.asOf)
        let tight = SnapshotCache(directory: s.dir + "/cache/vita", minimumSize: 0, keepPapers: 1000)
        let (first, notices) = RecordLoader.load([s.record], asOf: Self.asOf, cache: tight, reopen: true)
        #expect(notices.isEmpty)
        #expect(!first.searchIndex.store.keepsAll, "papers read from the snapshot, not held")
        #expect(first.searchIndex.store.isRead == false)
        // Its people counted from the papers read, not from the snapshot's, and kept beside it.
        let people = first.peopleIndex, readPeople = read.peopleIndex
        #expect(people.count == readPeople.count && (0..<people.count).allSatisfy { people.key($0) == readPeople.key($0) && people.papers($0) == readPeople.papers($0) })
        #expect(first.personNumbers.count == read.personNumbers.count)
        #expect(first.searchIndex.store.isRead == false && first.searchIndex.store.keptChunks == 0, "no paper read back for the people")
        #expect(FileManager.default.fileExists(atPath: SnapshotCache.peoplePath(s.snapshotPath)))
        var session = SearchSession(index: first.searchIndex)
        var readSession = SearchSession(index: read.searchIndex)
        for q in ["graphs", "\"paper 17\"", "year:2001..2003 codes"] {
            #expect(session.search(Query(q)).ranked == readSession.search(Query(q)).ranked, "\(q)")
        }
        #expect(first.papers == read.papers && first.categories == read.categories)
        // A command, or a record whose papers a reopen keeps: the papers read are kept.
        for (cache, reopen) in [(tight, false), (SnapshotCache(directory: s.dir + "/cache/vita", minimumSize: 0, keepPapers: 1200), true)] {
            try? FileManager.default.removeItem(atPath: s.dir + "/cache")
            let (library, _) = RecordLoader.load([s.record], asOf: Self.asOf, cache: cache, reopen: reopen)
            #expect(library.searchIndex.store.keepsAll && library.searchIndex.store.isRead)
            #expect(Self.isHit(s.lookup()), "the snapshot is written either way")
        }
    }

    /// A record too large to keep its papers in memory (here: any) reads them a chunk at a time
    /// for every pass over them, keeps a few chunks, and gives the same statistics, facets, graph,
    /// metrics and orders as the record read anew.
    @Test func aRecordTooLargeToKeepReadsItsPapersAChunkAtATime() throws {
        let s = try Scratch()
        // 6,000 works (24 chunks) with citations, in OpenAlex JSON Lines.
        var text = ""
        for i in 0..<6000 {
            let authors = (0..<(1 + i % 4)).map { k in
                "{\"author_position\": \"\(k == 0 ? "first" : "middle")\", \"author\": {\"id\": \"https://openalex.org/A\((i + k * 7) % 300)\", \"display_name\": \"Person \((i + k * 7) % 300)\"}}"
            }.joined(separator: ", ")
            text += "{\"id\": \"https://openalex.org/W\(i)\", \"title\": \"Work \(i) on \(i % 3 == 0 ? "graphs" : "codes")\", \"publication_year\": \(1990 + i % 35), "
                + "\"type\": \"\(i % 5 == 0 ? "book" : "article")\", \"primary_location\": {\"source\": {\"display_name\": \"Venue \(i % 11)\"}}, "
                + "\"authorships\": [\(authors)], \"cited_by_count\": \((i * 37) % 101), \"counts_by_year\": [{\"year\": 2024, \"cited_by_count\": \(i % 7)}]}\n"
        }
        let record = s.dir + "/works.jsonl"
        try text.write(toFile: record, atomically: true, encoding: .utf8)
        let streaming = SnapshotCache(directory: s.dir + "/cache/vita", minimumSize: 0, keepPapers: 0)
        let fresh = RecordLoader.load([record], asOf: Self.asOf)
        #expect(fresh.paperCount == 6000 && fresh.hasCitations)
        _ = RecordLoader.load([record], asOf: Self.asOf, cache: streaming)
        guard case .hit(let library) = streaming.lookup(RecordKey.current([record], owner: nil, asOf: Self.asOf)!) else {
            Issue.record("no snapshot")
            return
        }
        let store = library.searchIndex.store
        let all = Array(0..<6000), some = stride(from: 5999, to: 0, by: -3).map { $0 }
        #expect(Statistics(library: library) == Statistics(library: fresh))
        #expect(Statistics(library: library, indices: some, coauthors: false) == Statistics(library: fresh, indices: some, coauthors: false))
        #expect(Facets(library: library, indices: some) == Facets(library: fresh, indices: some))
        #expect(CoauthorGraph(library: library, people: 40) == CoauthorGraph(library: fresh, people: 40))
        #expect(library.metrics(of: some) == fresh.metrics(of: some) && library.metrics(of: all) == fresh.metrics(of: all))
        for sort in PaperSort.allCases { #expect(library.order(by: sort) == fresh.order(by: sort), "\(sort)") }
        #expect(library.papers(at: some) == some.map { fresh.papers[$0] })
        // A screen's rows, spread over many chunks, read together and again (their chunks kept within the window).
        let rows = stride(from: 5, to: 6000, by: 107).map { $0 }
        #expect(library.papersShown(at: rows) == rows.map { fresh.papers[$0] })
        #expect(store.keptChunks <= PaperStore.window)
        #expect(library.papersShown(at: rows) == rows.map { fresh.papers[$0] })
        #expect(library.paper(at: 4321) == fresh.papers[4321])
        // The people counted from the papers read in order, as from the papers in memory.
        #expect(library.peopleIndex.count == fresh.peopleIndex.count)
        #expect((0..<fresh.peopleIndex.count).allSatisfy { library.peopleIndex.ids($0) == fresh.peopleIndex.ids($0) && library.peopleIndex.papers($0) == fresh.peopleIndex.papers($0) })
        for q in ["person", "person 1", "person 29", "p", "0"] {
            let (a, b) = (People.find(q, in: library, limit: 400), People.find(q, in: fresh, limit: 400))
            #expect(a.matches == b.matches && a.total == b.total, "\(q)")
        }
        let (numbers, freshNumbers) = (library.personNumbers, fresh.personNumbers)
        #expect(numbers.keys == freshNumbers.keys && numbers.names == freshNumbers.names && numbers.people == freshNumbers.people)
        // Every paper was read, more than once, never all at once; none is kept but the last few chunks.
        #expect(!store.isRead && store.keptChunks <= PaperStore.window && store.wholeReads == 0)
        // Asked for all at once, they are given and not kept either.
        #expect(library.papers == fresh.papers && !store.isRead && store.wholeReads == 1)
    }

    /// A paper is read from its chunk alone, the others of the chunk not read: each is the paper
    /// the whole chunk gives, and the rows of a screen spread over the record read one paper
    /// each, keeping no chunk; rows that fill much of a chunk read it whole and keep it.
    @Test func aPaperIsReadFromItsChunkAlone() throws {
        let s = try Scratch()
        try s.writeRecord(papers: 3000)
        let fresh = RecordLoader.load([s.record], asOf: Self.asOf)
        let bytes = Snapshot.bytes(of: fresh, key: Self.key())
        try bytes.withUnsafeBytes { b in
            let (papersStart, indexStart, _) = try Snapshot.starts(b)
            let (_, count, chunks) = try Snapshot.model(b, papersStart: papersStart, indexStart: indexStart)
            #expect(count == 3000 && chunks.count == 12)
            for (c, chunk) in chunks.enumerated() {
                let whole = try SnapshotReader.papers(in: b, chunk)
                for k in [0, 1, 100, chunk.papers - 1] {
                    #expect(try SnapshotReader.paper(k, in: b, chunk) == whole[k] && whole[k] == fresh.papers[c * 256 + k])
                }
                #expect(throws: SnapshotProblem.self) { try SnapshotReader.paper(chunk.papers, in: b, chunk) }
            }
        }
        // A byte of one paper changed: that paper is refused (its own checksum), the others of
        // its chunk still read alone; a byte of the chunk's head changed: every paper is refused.
        let chunk = try bytes.withUnsafeBytes { b in
            let (papersStart, indexStart, _) = try Snapshot.starts(b)
            return try Snapshot.model(b, papersStart: papersStart, indexStart: indexStart).2[5]
        }
        var damaged = bytes
        damaged[chunk.bytes.upperBound - 3] ^= 0x01
        let paperDamaged = damaged
        #expect(throws: SnapshotProblem.self) { try paperDamaged.withUnsafeBytes { try SnapshotReader.paper(255, in: $0, chunk) } }
        #expect(try paperDamaged.withUnsafeBytes { try SnapshotReader.paper(254, in: $0, chunk) } == fresh.papers[5 * 256 + 254])
        #expect(throws: SnapshotProblem.self) { try paperDamaged.withUnsafeBytes { try SnapshotReader.papers(in: $0, chunk) } }
        damaged = bytes
        damaged[chunk.bytes.lowerBound + 1] ^= 0x01
        let headDamaged = damaged
        for k in [0, 100, 255] {
            #expect(throws: SnapshotProblem.self) { try headDamaged.withUnsafeBytes { try SnapshotReader.paper(k, in: $0, chunk) } }
        }
        for keep in [0, 10_000] {
            let cache = SnapshotCache(directory: s.dir + "/cache-\(keep)/vita", minimumSize: 0, keepPapers: keep)
            _ = RecordLoader.load([s.record], asOf: Self.asOf, cache: cache)
            guard case .hit(let library) = cache.lookup(RecordKey.current([s.record], owner: nil, asOf: Self.asOf)!) else {
                Issue.record("no snapshot")
                return
            }
            let store = library.searchIndex.store
            let spread = stride(from: 3, to: 3000, by: 211).map { $0 }
            #expect(library.papersShown(at: spread) == spread.map { fresh.papers[$0] })
            #expect(library.paper(at: 2999) == fresh.papers[2999] && library.paper(at: 1) == fresh.papers[1])
            #expect(store.keptChunks == 0 && !store.isRead, "rows spread over the record read alone (keep \(keep))")
            // Drawn again (the next frame), they are not read again; rows new to the screen are.
            let readAlone = store.singleReads
            #expect(library.papersShown(at: spread) == spread.map { fresh.papers[$0] } && store.singleReads == readAlone)
            #expect(library.paper(at: 2999) == fresh.papers[2999] && store.singleReads == readAlone)
            let moved = spread.map { $0 + 1 }
            #expect(library.papersShown(at: moved) == moved.map { fresh.papers[$0] } && store.singleReads == readAlone + moved.count)
            // 22 rows in chunk 1, read alone; 48 in chunk 2, read with it.
            let page = Array(490..<560)
            #expect(library.papersShown(at: page) == page.map { fresh.papers[$0] })
            #expect(store.keptChunks == 1, "a page of rows reads the chunk it fills (keep \(keep))")
            #expect(library.paper(at: 530) == fresh.papers[530])
            guard keep == 0 else { continue }
            // A store that does not keep its papers reads papers wanted few to a chunk alone for
            // any reader (one person's papers among many), and reads whole the chunks they fill.
            let before = store.chunksReadWhole
            let some = stride(from: 7, to: 3000, by: 97).map { $0 } + Array(1024..<1100)
            #expect(library.papers(at: some) == some.map { fresh.papers[$0] })
            #expect(library.reader(for: spread)[spread[3]] == fresh.papers[spread[3]])
            #expect(store.chunksReadWhole == before + 1, "only chunk 4, which holds 76 of them, is read whole")
            let kept = store.keptChunks
            #expect(library.papers(at: Array(0..<3000)) == fresh.papers && store.chunksReadWhole == before + 1 + 12 - kept)
        }
    }

    /// A scratch folder with a record file and a cache folder in it, removed afterwards.
    final class Scratch: Sendable {
        let dir: String
        var cache: SnapshotCache { SnapshotCache(directory: dir + "/cache/vita", minimumSize: 0) }
        var record: String { dir + "/record.txt" }

        init() throws {
            dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-snapshot-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TestSeed.path, toPath: record)
        }

        deinit { try? FileManager.default.removeItem(atPath: dir) }

        func open() -> (Library, [String]) { RecordLoader.load([record], asOf: SnapshotTests.asOf, cache: cache) }

        /// The record made of `papers` papers by Ann Lee, a third on graphs, the others on codes.
        func writeRecord(papers: Int) throws {
            var text = "Ann Lee\n\nCV\n\n\(papers) Papers\n"
            for i in 0..<papers {
                text += "\nCVMar \(1 + i % 28), \(1990 + i % 35)\nPaper \(i) on \(i % 3 == 0 ? "graphs" : "codes")\n\nAnn Lee, B. Author\(i % 50)\n\nAbstract \(i).\n"
            }
            try text.write(toFile: record, atomically: true, encoding: .utf8)
        }

        func lookup() -> SnapshotCache.Lookup {
            cache.lookup(RecordKey.current([record], owner: nil, asOf: SnapshotTests.asOf)!)
        }

        var snapshotPath: String { cache.path(for: RecordKey.current([record], owner: nil, asOf: SnapshotTests.asOf)!) }
    }

    static func isHit(_ l: SnapshotCache.Lookup) -> Bool { if case .hit = l { return true } else { return false } }
    static func problem(_ l: SnapshotCache.Lookup) -> SnapshotProblem? { if case .refused(let p) = l { return p } else { return nil } }

    /// The snapshot the cache writes to disk, its papers written out before its index is made and
    /// its header written last over the room left for it, is byte for byte the one made in memory.
    @Test func theStoredSnapshotIsTheOneMadeInMemory() throws {
        let s = try Scratch()
        let key = RecordKey.current([s.record], owner: nil, asOf: Self.asOf)!
        let library = RecordLoader.load([s.record], asOf: Self.asOf)
        try s.cache.store(library, key: key)
        let stored = try [UInt8](Data(contentsOf: URL(fileURLWithPath: s.snapshotPath)))
        #expect(stored == Snapshot.bytes(of: RecordLoader.load([s.record], asOf: Self.asOf), key: key))
        #expect(Array(stored.prefix(8)) == Array("VITASNAP".utf8))
        #expect(Self.isHit(s.lookup()))
        // Its index made for it alone, a shard at a time, the shards' table filled in in the file.
        let unsearched = try Scratch()
        try unsearched.writeRecord(papers: 12_000)
        let read = RecordLoader.load([unsearched.record], asOf: Self.asOf, cache: unsearched.cache, searched: false).library
        #expect(!read.hasSearchIndex)
        let written = try [UInt8](Data(contentsOf: URL(fileURLWithPath: unsearched.snapshotPath)))
        #expect(Self.isHit(unsearched.lookup()))
        // The same file as one written with the index made whole.
        try unsearched.cache.store(RecordLoader.load([unsearched.record], asOf: Self.asOf),
                                   key: RecordKey.current([unsearched.record], owner: nil, asOf: Self.asOf)!)
        #expect(written == (try [UInt8](Data(contentsOf: URL(fileURLWithPath: unsearched.snapshotPath)))))
    }

    /// A file written in pieces may write over what it wrote before (a header written last), never
    /// past it: that write fails and leaves no file.
    @Test func aFileWrittenInPiecesMayBeWrittenOverWithinWhatItHas() throws {
        let s = try Scratch()
        let path = s.dir + "/pieces"
        try AtomicFile.write(to: path, mode: .replace) { emit, patch in
            _ = Array("....body".utf8).withUnsafeBytes(emit)
            _ = Array("tail".utf8).withUnsafeBytes(emit)
            _ = Array("HEAD".utf8).withUnsafeBytes { patch(0, $0) }
            _ = Array("AI".utf8).withUnsafeBytes { patch(9, $0) }
        }
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "HEADbodytAIl")
        let other = s.dir + "/past"
        #expect(throws: AtomicFile.WriteError.self) {
            try AtomicFile.write(to: other, mode: .replace) { emit, patch in
                _ = Array("four".utf8).withUnsafeBytes(emit)
                _ = Array("xy".utf8).withUnsafeBytes { patch(3, $0) }
            }
        }
        #expect(!FileManager.default.fileExists(atPath: other))
    }

    /// One writer a record: a second open waits for the first one's snapshot and reads it, and
    /// does not read the record itself.
    @Test func aSecondOpenWaitsForTheSnapshotBeingWritten() throws {
        let s = try Scratch()
        let key = RecordKey.current([s.record], owner: nil, asOf: Self.asOf)!
        let held = try #require(s.cache.lockWriter(key, wait: false))
        #expect(s.cache.lockWriter(key, wait: false) == nil, "taken twice")
        let waiting = DispatchSemaphore(value: 0), done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var opened: (library: Library, notices: [String])?
        nonisolated(unsafe) var built = false
        nonisolated(unsafe) var told: ReadProgress.State?
        DispatchQueue.global().async {
            opened = RecordLoader.load([s.record], asOf: Self.asOf, cache: s.cache, building: { _ in built = true },
                                       waiting: { told = $0.current; waiting.signal() })
            done.signal()
        }
        #expect(waiting.wait(timeout: .now() + 30) == .success, "never told it waits")
        // Told with a progress that says so (the explorer shows it on its screen).
        #expect(told?.stage == .waiting && told?.totalBytes == key.size)
        #expect(told?.line(name: "rec.txt", elapsed: 3, width: 100) == "vita: another vita is writing the snapshot of rec.txt; waiting for it · 0:03")
        #expect(done.wait(timeout: .now() + 0.2) == .timedOut, "did not wait")
        // The first writer's snapshot, then the lock let go: the waiting open reads it.
        let fresh = RecordLoader.load([s.record], asOf: Self.asOf)
        try s.cache.store(fresh, key: key)
        held.release()
        #expect(done.wait(timeout: .now() + 30) == .success)
        #expect(!built && opened?.notices == [])
        if let opened { Self.expectSame(opened.library, fresh, "waited for") }
        // Let go, its file is gone and it can be taken again.
        #expect(!FileManager.default.fileExists(atPath: s.cache.lockPath(for: key)))
        #expect(s.cache.lockWriter(key, wait: false) != nil)
    }

    /// A lock waited for is the one at its path: its holder, letting it go, removes its file,
    /// and the waiter then holds a file no one else sees; it takes the lock at the path instead,
    /// so a third taking it finds it held. (Before, the third made a new file and took it at
    /// once: two writers of one snapshot, seen in a test of two `vita cache build` at once.)
    @Test func aLockWaitedForIsTheOneAtItsPath() throws {
        let s = try Scratch()
        let key = RecordKey.current([s.record], owner: nil, asOf: Self.asOf)!
        let first = try #require(s.cache.lockWriter(key, wait: false))
        let waiting = DispatchSemaphore(value: 0), taken = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var second: SnapshotCache.WriterLock?
        DispatchQueue.global().async {
            second = s.cache.lockWriter(key, waiting: { waiting.signal() })
            taken.signal()
        }
        #expect(waiting.wait(timeout: .now() + 30) == .success, "never waited")
        first.release()
        #expect(taken.wait(timeout: .now() + 30) == .success)
        #expect(second?.waited == true)
        #expect(s.cache.lockWriter(key, wait: false) == nil, "a third took it while the second held it")
        second?.release()
        #expect(s.cache.lockWriter(key, wait: false) != nil)
    }

    @Test func theFirstOpenWritesItAndTheNextReadsIt() throws {
        let s = try Scratch()
        guard case .miss = s.lookup() else { Issue.record("a snapshot before the first open"); return }
        let (first, notices) = s.open()
        #expect(notices.isEmpty && first.papers.count == 34)
        #expect(Self.isHit(s.lookup()))
        // Told before a snapshot is made, and only then.
        nonisolated(unsafe) var told: [Int] = []
        let (second, again) = RecordLoader.load([s.record], asOf: Self.asOf, cache: s.cache, building: { told.append($0.current.totalBytes) })
        #expect(again.isEmpty && told.isEmpty)
        _ = s.cache.clear()
        _ = RecordLoader.load([s.record], asOf: Self.asOf, cache: s.cache, building: { told.append($0.current.totalBytes) })
        #expect(told == [first.files.isEmpty ? 0 : (try FileManager.default.attributesOfItem(atPath: s.record)[.size] as? Int ?? -1)])
        Self.expectSame(first, second, "reopened")
        #expect(Self.answers(first) == Self.answers(second))
        // Kept private: a snapshot holds the record.
        var st = stat()
        #expect(stat(s.snapshotPath, &st) == 0 && st.st_mode & 0o777 == 0o600)
        let listed = s.cache.entries()
        #expect(listed.count == 1 && listed[0].problem == nil && listed[0].key?.files.first?.path == s.record)
        #expect(s.cache.clear().files == 1 && s.cache.entries().isEmpty)
    }

    @Test func aChangedRecordIsReadAnewAndItsSnapshotReplaced() throws {
        let s = try Scratch()
        _ = s.open()
        let handle = FileHandle(forWritingAtPath: s.record)!
        handle.seekToEndOfFile()
        handle.write(Data("\nCVMar 3, 2024\nA Paper Added Later\n\nAnbang Yao\n\nIt was added.\n".utf8))
        try handle.close()
        // The key of the record as it is now no longer matches the snapshot's.
        let old = try Data(contentsOf: URL(fileURLWithPath: s.snapshotPath))
        let stale = old.withUnsafeBytes { b -> SnapshotProblem? in
            do {
                let stored = try Snapshot.key(in: b, fileSize: b.count)
                let now = RecordKey.current([s.record], owner: nil, asOf: Self.asOf)!
                return stored.sameRecord(as: now) ? nil : .stale(stored.difference(from: now))
            } catch { return error as? SnapshotProblem }
        }
        #expect(stale == .stale("\(s.record) changed since"))
        let (library, notices) = s.open()
        #expect(library.papers.count == 35)
        #expect(notices.count == 1 && notices[0].contains("was not used (\(s.record) changed since)"), "\(notices)")
        #expect(Self.isHit(s.lookup()))
        #expect(s.cache.entries().count == 1)
    }

    /// A snapshot cut short, flipped, emptied, of another layout or byte order, or not one at
    /// all: refused with the reason, the record read anew, the snapshot written again.
    @Test func damagedSnapshotsAreRefusedAndRebuilt() throws {
        let s = try Scratch()
        _ = s.open()
        let good = try Data(contentsOf: URL(fileURLWithPath: s.snapshotPath))
        func with(_ bytes: Data, expect: (SnapshotProblem) -> Bool, _ label: String) throws {
            try bytes.write(to: URL(fileURLWithPath: s.snapshotPath))
            let p = Self.problem(s.lookup())
            #expect(p.map(expect) == true, "\(label): \(String(describing: p)) \(s.lookup())")
            let (library, notices) = s.open()
            #expect(library.papers.count == 34 && notices.count == 1 && notices[0].contains("was not used"), "\(label): \(notices)")
            #expect(Self.isHit(s.lookup()), "\(label): written again")
        }
        func damaged(_ p: SnapshotProblem) -> Bool { if case .damaged = p { true } else { false } }
        func foreign(_ p: SnapshotProblem) -> Bool { if case .foreign = p { true } else { false } }
        try with(Data(), expect: damaged, "empty")
        try with(good.prefix(good.count / 2), expect: damaged, "cut in half")
        try with(good.prefix(good.count - 1), expect: damaged, "one byte short")
        try with(good + Data([0]), expect: damaged, "one byte more")
        var flipped = good
        let indexStart = Int(good[32..<40].reversed().reduce(0) { $0 << 8 | UInt64($1) })
        let papersStart = Int(good[48..<56].reversed().reduce(0) { $0 << 8 | UInt64($1) })
        flipped[(Snapshot.headerSize + papersStart) / 2] ^= 0x10
        try with(flipped, expect: damaged, "a bit flipped in the model")
        // The papers are checked a chunk at a time when first read: found then, they are read
        // from the record instead, and the snapshot is removed (the next open writes it again).
        flipped = good
        flipped[(papersStart + indexStart) / 2] ^= 0x10
        try flipped.write(to: URL(fileURLWithPath: s.snapshotPath))
        if case .hit(let library) = s.lookup() {
            let fresh = TestSeed.library(named: s.record)
            #expect(library.paperCount == fresh.papers.count)
            #expect(library.paper(at: 0) == fresh.papers[0] && library.papers == fresh.papers)
            #expect(Self.answers(library) == Self.answers(fresh))
            guard case .miss = s.lookup() else { Issue.record("a snapshot with damaged papers is removed"); return }
        } else {
            Issue.record("a flip in the papers is found when they are read")
        }
        _ = s.open()
        flipped = good
        flipped[good.count - 9] ^= 0x01
        // The index is checked when first used; the record then still searches (the index built anew).
        try flipped.write(to: URL(fileURLWithPath: s.snapshotPath))
        if case .hit(let library) = s.lookup() {
            #expect(Self.answers(library) == Self.answers(TestSeed.library(named: s.record)))
        } else {
            Issue.record("a flip in the index is found when the index is read")
        }
        var other = good
        other[8] = 99
        try with(other, expect: foreign, "another layout version")
        other = good
        other.replaceSubrange(12..<16, with: [4, 3, 2, 1].reversed())
        try with(other, expect: foreign, "another byte order")
        try with(Data("not a snapshot at all, but long enough to have a header of sixty-four bytes in it".utf8), expect: foreign, "foreign")
    }

    /// Bytes flipped at every kind of place, past the checksum (as a crafted file would be):
    /// the reader refuses or reads something, and what it reads searches without a crash.
    @Test func flippedBytesAtEveryOffsetNeverCrash() throws {
        let library = TestSeed.library(named: "seeds/anbang-yao.txt")
        let good = Snapshot.bytes(of: library, key: Self.key())
        var refused = 0, read = 0
        // Every header byte, then 600 places spread over the rest, each with three patterns.
        let offsets = Array(0..<Snapshot.headerSize) + Array(stride(from: Snapshot.headerSize, to: good.count, by: max(1, good.count / 600)))
        for offset in offsets {
            for pattern: UInt8 in [0x01, 0x80, 0xFF] {
                var bad = good
                bad[offset] ^= pattern
                do {
                    let (l, index) = try bad.withUnsafeBytes { try Snapshot.decode($0) }
                    var session = SearchSession(index: index)
                    for q in ["learning", "qu", "\"neural network\"", "author:yao year:2020"] {
                        let ranked = session.search(Query(q)).ranked
                        #expect(ranked.allSatisfy { $0 >= 0 && $0 < l.papers.count }, "offset \(offset): \(q)")
                    }
                    _ = l.people.count
                    read += 1
                } catch {
                    refused += 1
                }
            }
        }
        #expect(refused > 0 && read > 0)
        // Truncated at every length class.
        for n in [0, 1, 63, 64, 65, good.count / 2, good.count - 8, good.count - 1] {
            #expect(throws: (any Error).self) { try Array(good.prefix(n)).withUnsafeBytes { try Snapshot.decode($0) } }
        }
    }

    /// A bit set of the index with a bit past the shard's last paper (what the fuzzer once found:
    /// a search then gave papers that are not there) is refused, in today's layout. Made here from
    /// the snapshot of 100 papers that all begin with `deep` (so `d` and `de` keep rows): a bit
    /// past paper 100 set in the last word of such a set, and the shard's checksum made to match,
    /// so only the check of the sets themselves can refuse it, whatever the layout becomes.
    @Test func aBitSetWithABitPastTheLastPaperIsRefused() throws {
        let library = Library(papers: (0..<100).map { paper("Deep Net \($0)") })
        let bytes = Snapshot.bytes(of: library, key: Self.key())
        #expect(throws: Never.self) { try bytes.withUnsafeBytes { _ = try Snapshot.decode($0) } }
        func number(_ value: UInt64) -> [UInt8] { withUnsafeBytes(of: value) { Array($0) } }
        func shardSum(_ b: [UInt8], _ from: Int) -> UInt64 { b.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[from...])) } }
        // One shard, the last thing in the file; its checksum is the last entry of the table before it.
        let shardsStart = Int(bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: 56, as: UInt64.self) })
        let oldSum = number(shardSum(bytes, shardsStart))
        let sumAt = try #require((0...(shardsStart - oldSum.count)).last { bytes[$0..<($0 + oldSum.count)].elementsEqual(oldSum) })
        // The last word of a set of all 100 papers: its 36 low bits, on the 8-byte grid.
        let lastWord = UInt64(1) << 36 - 1
        let places = stride(from: shardsStart, to: bytes.count - 8, by: 8).filter { k in
            bytes.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: k, as: UInt64.self) } == lastWord
        }
        #expect(places.count >= 4, "the prefix rows of d and de, in any field and in titles")
        var tried = 0
        for k in places {
            for bit in 36..<64 {
                var crafted = bytes
                crafted[k + bit / 8] |= 1 << UInt8(bit % 8)
                let newSum = number(shardSum(crafted, shardsStart))
                crafted.replaceSubrange(sumAt..<(sumAt + newSum.count), with: newSum)
                #expect(throws: (any Error).self, "bit \(bit) at \(k)") { try crafted.withUnsafeBytes { _ = try Snapshot.decode($0) } }
                tried += 1
                break
            }
        }
        #expect(tried == places.count)
    }

    /// The fuzz corpus's snapshots are of these records (the seed, a .bib, one with details, CSL
    /// and OpenAlex): `VITA_RECORD_SNAPSHOTS=1` writes them again when the layout changes, and this
    /// fails until then.
    @Test func theSnapshotCorpusIsMadeFromTheseRecords() throws {
        let root = TestSeed.packageRoot.appendingPathComponent("Fuzz/corpus")
        let records = ["profile/seed.txt", "bibtex/small.bib", "bibtex/details.bib", "json/csl.json", "json/openalex-list.json"]
        for (k, record) in records.enumerated() {
            // Read under the record's name in the corpus, not its path here: the papers say where they came from.
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(record)))
            let contents = RecordFormats.detect(name: record, head: bytes.prefix(4096)).read(bytes, ReadContext(fileName: record, asOf: Self.asOf))
            let fresh = Library(records: [(record, contents)])
            let key = RecordKey(files: [.init(path: record, size: 1, modified: 1, changed: 1, inode: 1, ends: 1)], owner: nil,
                                program: "fuzz-corpus", asOf: nil)
            let url = root.appendingPathComponent("snapshot/record-\(k + 1).snapshot")
            if ProcessInfo.processInfo.environment["VITA_RECORD_SNAPSHOTS"] == "1" { try Data(Snapshot.bytes(of: fresh, key: key)).write(to: url) }
            let kept = try [UInt8](Data(contentsOf: url))
            let decoded = try? kept.withUnsafeBytes { try Snapshot.decode($0) }
            #expect(decoded?.0.papers == fresh.papers, "\(record): write it again with VITA_RECORD_SNAPSHOTS=1")
        }
    }

    /// What the fuzzer found: a bit set of the index with bits past the last paper, so a search
    /// gave papers that are not there. Refused now; every corpus file reads or is refused cleanly.
    @Test func theFuzzCorpusIsReadOrRefused() throws {
        let dir = TestSeed.packageRoot.appendingPathComponent("Fuzz/corpus/snapshot").path
        let files = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(files.count >= 4)
        for name in files {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            let decoded = try? bytes.withUnsafeBytes { try Snapshot.decode($0) }
            if name.hasPrefix("found-") {
                #expect(decoded == nil, "\(name)")
            } else if let (library, index) = decoded {
                var session = SearchSession(index: index)
                #expect(session.search(Query("learning OR programming")).ranked.allSatisfy { $0 < library.papers.count }, "\(name)")
            } else {
                Issue.record("\(name) should read")
            }
        }
    }

    /// A record whose dates were completed from the reference date is kept for that date only.
    @Test func datesCompletedFromTheReferenceDateKeyTheSnapshot() throws {
        let s = try Scratch()
        try "Ann Lee\n\nCV\n\nCVMar 3\nA Paper Of This Year\n\nAnn Lee\n\nText.\n".write(toFile: s.record, atomically: true, encoding: .utf8)
        _ = s.open()
        #expect(Self.isHit(s.lookup()))
        let later = RecordKey.current([s.record], owner: nil, asOf: PaperDate(year: 2027, month: 1, day: 2))!
        #expect(Self.problem(s.cache.lookup(later)) == .stale("its dates were completed as of 2026-11-25"))
        // A record without such dates is kept whatever the date.
        let t = try Scratch()
        try "Ann Lee\n\nCV\n\nCVMar 3, 2024\nA Paper Of 2024\n\nAnn Lee\n\nText.\n".write(toFile: t.record, atomically: true, encoding: .utf8)
        _ = t.open()
        #expect(Self.isHit(t.cache.lookup(RecordKey.current([t.record], owner: nil, asOf: PaperDate(year: 2030, month: 1, day: 1))!)))
    }

    /// Another owner is another snapshot; standard input and small records have none.
    @Test func ownersStandardInputAndSmallRecords() throws {
        let s = try Scratch()
        _ = s.open()
        _ = RecordLoader.load([s.record], asOf: Self.asOf, owner: "Ann Lee", cache: s.cache)
        #expect(s.cache.entries().count == 2)
        #expect(RecordKey.current(["-"], owner: nil, asOf: Self.asOf) == nil)
        let small = SnapshotCache(directory: s.dir + "/other", minimumSize: 1 << 30)
        _ = RecordLoader.load([s.record], asOf: Self.asOf, cache: small)
        #expect(small.entries().isEmpty)
    }

    /// A cache folder that cannot be written: the record loads, and one line says why.
    @Test func anUnwritableCacheIsANoticeNotAFailure() throws {
        let s = try Scratch()
        try "a file where the folder should be".write(toFile: s.dir + "/cache", atomically: true, encoding: .utf8)
        let (library, notices) = s.open()
        #expect(library.papers.count == 34)
        #expect(notices.count == 1 && notices[0].hasPrefix("vita: no snapshot of") && notices[0].contains("Not a directory"), "\(notices)")
    }
}
