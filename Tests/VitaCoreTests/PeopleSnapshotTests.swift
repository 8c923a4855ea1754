import Foundation
import Testing
import VitaTestSupport
@testable import VitaCore

@Suite("The people index kept beside a snapshot: read back as made, refused when damaged")
struct PeopleSnapshotTests {

    /// Records with ids, affiliations, homonyms, name variants and an owner behind `et al.`.
    static func libraries() -> [Library] {
        [Library(papers: papers(500, seed: 9)), PeopleTests.library(), TestSeed.library(named: "seeds/anbang-yao.txt")]
    }

    /// Random papers, some of whose authors have an ORCID or a DBLP pid (one of them under two
    /// names) and some an affiliation.
    static func papers(_ n: Int, seed: UInt64) -> [Paper] {
        var papers = PeopleTests.randomPapers(n, seed: seed)
        for i in stride(from: 0, to: papers.count, by: 7) {
            papers[i].authors[0].ids = AuthorIdentifiers(orcid: String(format: "0000-0002-0000-%04d", i % 50), dblp: i % 3 == 0 ? "12/\(i % 50)" : nil)
        }
        for i in stride(from: 0, to: papers.count, by: 3) {
            papers[i].authors[papers[i].authors.count - 1].affiliations = ["Place \(i % 11)"]
        }
        return papers
    }

    static func bytes(_ index: PeopleIndex, _ identity: PeopleSnapshot.Identity) -> [UInt8] {
        var out: [UInt8] = []
        PeopleSnapshot.write(index, identity: identity).forEachPiece { out.append(contentsOf: $0) }
        return out
    }

    /// Everything a lookup can ask of person `p`, as text.
    static func describe(_ index: PeopleIndex, _ p: Int) -> String {
        let ids = index.ids(p)
        return [index.name(p), index.key(p), "\(index.paperCount(p))", "\(index.years(p).map { "\($0.first)-\($0.last)" } ?? "-")",
                ids.orcid ?? "-", ids.dblp ?? "-", index.otherNames(p).joined(separator: "|"), index.place(p) ?? "-", "\(index.papers(p))",
                "\(index.coauthors(of: p, limit: 3).map { "\($0.person):\($0.shared)" })", "\(index.coauthors(of: p, limit: 6).map { "\($0.person):\($0.shared)" })"]
            .joined(separator: " ")
    }

    /// Whether two numberings are the same, field by field.
    static func same(_ a: PersonNumbers?, _ b: PersonNumbers?) -> Bool {
        guard let a, let b else { return a == nil && b == nil }
        return a.keys == b.keys && a.names == b.names && a.starts == b.starts && a.people == b.people && a.positions == b.positions
            && a.otherNames == b.otherNames && a.years == b.years && a.owned == b.owned && a.truncated == b.truncated
            && a.orcids == b.orcids && a.dblps == b.dblps && a.places == b.places
    }

    @Test func aKeptIndexAnswersAsTheOneMade() throws {
        for library in Self.libraries() {
            let made = library.peopleIndex
            let identity = PeopleSnapshot.Identity(modelSum: 1, indexSum: 2, papers: library.paperCount)
            let bytes = Self.bytes(made, identity)
            let read = try bytes.withUnsafeBytes { try PeopleSnapshot.read($0, identity: identity, owner: nil) }
            // Written again from what was read (before anything more is counted): the same bytes.
            let again = Self.bytes(read, identity)
            #expect(again.count == bytes.count && again.elementsEqual(bytes))
            #expect(read.count == made.count && made.count > 3)
            // The numbers it was made from come back with it (the seed's owner is behind `et al.`).
            #expect(Self.same(read.numbers, library.personNumbers) && read.numbers != nil)
            // Where people were last, where any paper says (none on the seed's).
            #expect((0..<made.count).contains { made.place($0) != nil } == (library.paperCount == 500))
            // The coauthors counted ahead come back counted.
            #expect(read.counted.all(limit: 3).map { "\($0.0) \($0.1.map(\.person))" } == made.counted.all(limit: 3).map { "\($0.0) \($0.1.map(\.person))" })
            for p in 0..<made.count {
                #expect(Self.describe(read, p) == Self.describe(made, p))
                #expect(read.person(key: made.key(p)) == p)
            }
            #expect(read.person(key: "no such person") == nil)
            for query in ["", "w", "wang", "an le", "jü", "0001", "singh 0002", "anbang", "chao li", "m", "zz"] {
                #expect(read.find(query, limit: 12) == made.find(query, limit: 12), "\(query)")
            }
        }
    }

    /// Read from a mapped file, the person numbers are made when first asked for, not with the
    /// index (a lookup needs none of them): then the same as the numbers made with the index. A
    /// file whose numbers do not hold (changed by hand, its checksum made again) gives, read in
    /// place, the index all the same and no numbers (the library counts them from its papers),
    /// where a reading that makes them at once refuses the file.
    @Test func numbersReadInPlaceAreMadeWhenAskedFor() throws {
        final class Mapped {
            let bytes: UnsafeMutableRawBufferPointer
            init(_ b: [UInt8]) {
                bytes = .allocate(byteCount: b.count, alignment: 16)
                b.withUnsafeBytes { bytes.copyMemory(from: $0) }
            }
            deinit { bytes.deallocate() }
        }
        let library = Self.libraries()[2]
        let identity = PeopleSnapshot.Identity(modelSum: 1, indexSum: 2, papers: library.paperCount)
        let bytes = Self.bytes(library.peopleIndex, identity)
        func inPlace(_ b: [UInt8]) -> PeopleIndex? {
            let m = Mapped(b)
            return try? PeopleSnapshot.read(UnsafeRawBufferPointer(m.bytes), identity: identity, owner: m)
        }
        func atOnce(_ b: [UInt8]) -> PeopleIndex? { b.withUnsafeBytes { try? PeopleSnapshot.read($0, identity: identity, owner: nil) } }
        let read = try #require(inPlace(bytes))
        #expect(!read.numbersAreMade && atOnce(bytes)?.numbersAreMade == true)
        #expect(read.find("anbang", limit: 3).total > 0 && !read.numbersAreMade)
        #expect(Self.same(read.numbers, library.personNumbers) && read.numbers != nil && read.numbersAreMade)
        var rng = SeededRandom(seed: 11)
        var withoutNumbers = 0
        for _ in 0..<300 {
            var crafted = bytes
            // The numbers are the file's last part.
            let at = bytes.count / 2 + Int(rng.next() % UInt64(bytes.count / 2))
            crafted[at] = UInt8(truncatingIfNeeded: rng.next())
            let sum = crafted.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[PeopleSnapshot.headerSize...])) }
            crafted.withUnsafeMutableBytes { $0.storeBytes(of: sum, toByteOffset: 24, as: UInt64.self) }
            let (whole, lazy) = (atOnce(crafted), inPlace(crafted))
            if let whole {
                #expect(lazy != nil && Self.same(lazy?.numbers, whole.numbers))
            } else if let lazy {
                #expect(lazy.numbers == nil)
                withoutNumbers += 1
            }
        }
        #expect(withoutNumbers > 10)
    }

    /// The fuzz corpus's people files (records of 50 papers) read, past their header, as the fuzz
    /// target reads them; what the fuzzer found (`found-…`: person numbers said to be more than
    /// the tables of keys, ORCIDs and pids hold, read past their end) is refused.
    /// The corpus's two records are these, of 50 papers each; `VITA_RECORD_SNAPSHOTS=1` writes
    /// them again when the layout changes, and this fails until then.
    @Test func theFuzzCorpusIsMadeFromTheseRecords() throws {
        let dir = TestSeed.packageRoot.appendingPathComponent("Fuzz/corpus/people").path
        let records = [("record-1.people", Library(papers: PeopleTests.randomPapers(50, seed: 3))),
                       ("record-2.people", Library(papers: Self.papers(50, seed: 5)))]
        for (name, library) in records {
            let bytes = Self.bytes(library.peopleIndex, PeopleSnapshot.Identity(modelSum: 1, indexSum: 2, papers: 50))
            let url = URL(fileURLWithPath: dir + "/" + name)
            if ProcessInfo.processInfo.environment["VITA_RECORD_SNAPSHOTS"] == "1" { try Data(bytes).write(to: url) }
            #expect(try [UInt8](Data(contentsOf: url)) == bytes, "\(name): write it again with VITA_RECORD_SNAPSHOTS=1")
        }
    }

    @Test func theFuzzCorpusReads() throws {
        let dir = TestSeed.packageRoot.appendingPathComponent("Fuzz/corpus/people").path
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".people") }
        #expect(names.count >= 3)
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: dir + "/" + name)))
            if name.hasPrefix("found-") {
                #expect(throws: (any Error).self, "\(name)") { try bytes.withUnsafeBytes { _ = try PeopleSnapshot.decode($0, papers: 50, owner: nil) } }
                continue
            }
            let index = try bytes.withUnsafeBytes { try PeopleSnapshot.decode($0, papers: 50, owner: nil) }
            #expect(index.count > 2 && index.find("ann", limit: 3).total > 0, "\(name)")
        }
    }

    @Test func aDamagedOrForeignFileIsRefusedNeverTrusted() throws {
        let library = Self.libraries()[0]
        let identity = PeopleSnapshot.Identity(modelSum: 1, indexSum: 2, papers: library.paperCount)
        let bytes = Self.bytes(library.peopleIndex, identity)
        func read(_ b: [UInt8], _ id: PeopleSnapshot.Identity = identity) -> PeopleIndex? {
            b.withUnsafeBytes { try? PeopleSnapshot.read($0, identity: id, owner: nil) }
        }
        #expect(read(bytes) != nil)
        // Made for another snapshot.
        #expect(read(bytes, PeopleSnapshot.Identity(modelSum: 1, indexSum: 3, papers: library.paperCount)) == nil)
        #expect(read(bytes, PeopleSnapshot.Identity(modelSum: 1, indexSum: 2, papers: library.paperCount + 1)) == nil)
        // Cut short anywhere, or one byte changed anywhere.
        var rng = SeededRandom(seed: 3)
        for _ in 0..<200 {
            #expect(read(Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))) == nil)
            var flipped = bytes
            flipped[Int(rng.next() % UInt64(bytes.count))] ^= UInt8(1 + rng.next() % 255)
            #expect(read(flipped) == nil)
        }
        // Changed with the checksum made again (as if by hand): refused, or every lookup stays in
        // its arrays (a crash here fails the run).
        var refused = 0
        for _ in 0..<300 {
            var crafted = bytes
            for _ in 0..<(1 + rng.next() % 3) {
                let at = PeopleSnapshot.headerSize + Int(rng.next() % UInt64(bytes.count - PeopleSnapshot.headerSize))
                crafted[at] = UInt8(truncatingIfNeeded: rng.next())
            }
            let sum = crafted.withUnsafeBytes { SnapshotChecksum.of(UnsafeRawBufferPointer(rebasing: $0[PeopleSnapshot.headerSize...])) }
            crafted.withUnsafeMutableBytes { $0.storeBytes(of: sum, toByteOffset: 24, as: UInt64.self) }
            guard let index = read(crafted) else { refused += 1; continue }
            for query in ["", "w", "an le", "0001"] { _ = index.find(query, limit: 5) }
            for p in 0..<index.count { _ = Self.describe(index, p) }
        }
        #expect(refused > 100)
    }

    /// The first time the people of a record kept in a snapshot are wanted they are made and kept
    /// beside it; the next open reads them (nothing made), `person:` is answered from them as by
    /// reading every paper, and a damaged file is made again.
    @Test func aReopenedRecordReadsItsPeopleFromBesideItsSnapshot() throws {
        let s = try SnapshotTests.Scratch()
        let (first, _) = s.open()
        let peoplePath = SnapshotCache.peoplePath(s.snapshotPath)
        #expect(first.peopleIndexIfReady == nil && !FileManager.default.fileExists(atPath: peoplePath))
        let made = first.peopleIndex
        #expect(FileManager.default.fileExists(atPath: peoplePath))
        let (second, _) = s.open()
        let read = try #require(second.peopleIndexIfReady, "read from beside the snapshot, not made")
        #expect((0..<made.count).allSatisfy { Self.describe(read, $0) == Self.describe(made, $0) })
        // The person numbers with it: the coauthor graph of the reopened record reads no paper.
        #expect(made.numbers != nil && Self.same(read.numbers, first.personNumbers))
        #expect(Self.same(second.personNumbers, first.personNumbers) && !second.searchIndex.store.isRead)
        #expect(CoauthorGraph(library: second, people: 20) == CoauthorGraph(library: first, people: 20) && !second.searchIndex.store.isRead)
        // Asked for at once on two threads, the people and their numbers are read, not made,
        // and neither waits on the other for good.
        for _ in 0..<20 {
            let (again, _) = s.open()
            DispatchQueue.concurrentPerform(iterations: 4) { k in
                if k % 2 == 0 { _ = again.personNumbers } else { _ = again.peopleIndex }
            }
            #expect(Self.same(again.personNumbers, first.personNumbers) && !again.searchIndex.store.isRead)
        }
        // `person:` from the index, as reading every paper finds (the owner's `et al.` papers too).
        let plain = Library(papers: first.papers, profile: first.profile)
        var fromIndex = SearchSession(index: second.searchIndex), byReading = SearchSession(index: plain.searchIndex)
        #expect(plain.peopleIndexIfReady == nil)
        for p in 0..<made.count {
            let q = "person:\"\(made.key(p))\""
            #expect(fromIndex.search(q).ranked == byReading.search(q).ranked, "\(q)")
        }
        #expect(fromIndex.search("person:\"anbang yao\"").count == 34)
        // Cut short: not used, made again and kept again.
        let whole = try Data(contentsOf: URL(fileURLWithPath: peoplePath))
        try whole.prefix(whole.count / 2).write(to: URL(fileURLWithPath: peoplePath))
        let (third, _) = s.open()
        #expect(third.peopleIndexIfReady == nil)
        _ = third.peopleIndex
        #expect(try Data(contentsOf: URL(fileURLWithPath: peoplePath)).count == whole.count)
        #expect(s.open().0.peopleIndexIfReady != nil)
        // Listed with its snapshot, and cleared with it.
        #expect(s.cache.entries().first?.size == (try FileManager.default.attributesOfItem(atPath: s.snapshotPath)[.size] as! Int) + whole.count)
        #expect(s.cache.clear().files == 2 && !FileManager.default.fileExists(atPath: peoplePath))
    }

    /// A person opened on a record reopened from its snapshot, as the explorer opens one: their
    /// papers, the years and coauthors over them, the graph centred on them and on a coauthor,
    /// and the facets, all as an in-memory record gives them, reading only their papers' chunks.
    @Test func aPersonOfAReopenedRecordReadsOnlyTheirPapers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-people-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        // 3,000 works (a dozen chunks); Zed Person's are among the first 300, with Ann Lee on some.
        var rng = SeededRandom(seed: 21)
        let names = ["Wei Wang", "Ann Lee", "Bo Chen", "Jürgen Müller", "Li Singh", "Marie-Claire O'Brien"]
        var bib = ""
        for i in 0..<3_000 {
            var authors = (0..<(1 + Int(rng.next() % 3))).map { _ in names[Int(rng.next() % UInt64(names.count))] }
            if i < 300 && i % 20 == 3 { authors.insert("Zed Person", at: Int(rng.next() % UInt64(authors.count + 1))) }
            bib += "@article{w\(i), author = {\(authors.joined(separator: " and "))}, title = {Work number \(i)}, journal = {J\(i % 7)}, year = {\(1990 + i % 30)}}\n"
        }
        let path = dir + "/lab.bib"
        try bib.write(toFile: path, atomically: true, encoding: .utf8)
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0)
        let plain = RecordLoader.load([path], asOf: TestSeed.asOf)
        _ = RecordLoader.load([path], asOf: TestSeed.asOf, cache: cache).library.peopleIndex
        let reopened = RecordLoader.load([path], asOf: TestSeed.asOf, cache: cache).library
        #expect(reopened.peopleIndexIfReady != nil)
        var a = SearchSession(index: reopened.searchIndex), b = SearchSession(index: plain.searchIndex)
        let theirs = a.search("person:\"zed person\"").ranked
        #expect(theirs.count == 15 && theirs == b.search("person:\"zed person\"").ranked)
        #expect(Statistics(library: reopened, indices: theirs) == Statistics(library: plain, indices: theirs))
        #expect(Statistics(library: reopened, indices: theirs, coauthors: false) == Statistics(library: plain, indices: theirs, coauthors: false))
        let zed = (key: "zed person", name: "Zed Person"), ann = (key: "ann lee", name: "Ann Lee")
        let graph = CoauthorGraph.centred(on: zed, library: reopened, indices: theirs)
        #expect(graph == CoauthorGraph.centred(on: zed, library: plain, indices: theirs) && graph.nodes.count > 2)
        #expect(CoauthorGraph.centred(on: ann, library: reopened, indices: theirs) == CoauthorGraph.centred(on: ann, library: plain, indices: theirs))
        #expect(CoauthorGraph(library: reopened, indices: theirs) == CoauthorGraph(library: plain, indices: theirs))
        #expect(Facets(library: reopened, indices: theirs) == Facets(library: plain, indices: theirs))
        #expect(!reopened.searchIndex.store.isRead, "only the chunks of their papers were read")
    }
}

extension PeopleSnapshotTests {
    /// An ORCID or a DBLP pid finds its person on a reopened record through the ids kept with the
    /// people, reading no paper; the same people as reading every paper.
    @Test func anIdFindsItsPersonWithoutReadingThePapers() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-ids-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/p.xml"
        try FormatSamples.dblpHomonyms.write(toFile: path, atomically: true, encoding: .utf8)
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0)
        let plain = RecordLoader.load([path], asOf: TestSeed.asOf)
        _ = RecordLoader.load([path], asOf: TestSeed.asOf, cache: cache).library.peopleIndex
        let reopened = RecordLoader.load([path], asOf: TestSeed.asOf, cache: cache).library
        for id in ["0000-0002-1825-0097", "01/1234", "03/3"] {
            let found = People.find(id, in: reopened)
            #expect(found.matches == People.find(id, in: plain).matches && found.total == 1, "\(id)")
        }
        #expect(!reopened.papersAreRead)
    }
}

extension PeopleSnapshotTests {
    /// People still being counted elsewhere (the papers a first open read, before they are let
    /// go) are not waited for by what never waits (`peopleIndexIfReady`, asked while a frame is
    /// drawn); what needs them waits, and gets the ones counted.
    /// A coauthor graph of a few of a record's papers (one person's), drawn while the person
    /// numbers are made on another thread (the explorer's charts make them, for seconds at
    /// DBLP's size), reads its papers rather than wait for the numbers: the same graph.
    @Test func numbersBeingMadeAreNotWaitedForByAGraph() {
        let seed = TestSeed.library(named: "seeds/anbang-yao.txt")
        let counted = seed.peopleIndex
        let fresh = Library(papers: seed.papers)
        let gate = DispatchSemaphore(value: 0)
        fresh.deferPeople(read: { gate.wait(); return counted }, keep: { _ in })
        let asked = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            asked.signal()
            _ = fresh.personNumbers
        }
        asked.wait()
        usleep(20_000)
        // Were the graph to wait, it would wait until this lets the numbers be made.
        DispatchQueue.global().asyncAfter(deadline: .now() + 5) { gate.signal() }
        let start = Date()
        #expect(fresh.personNumbersIfMade == nil)
        #expect(Date().timeIntervalSince(start) < 4, "the numbers' slot not waited for")
        let few = Array(stride(from: 0, to: fresh.paperCount, by: 10))
        let graph = CoauthorGraph(library: fresh, indices: few, people: 20)
        #expect(Date().timeIntervalSince(start) < 4, "not waited for")
        gate.signal()
        // As a graph drawn from the person numbers made first draws it.
        let numbered = Library(papers: seed.papers)
        _ = numbered.personNumbers
        #expect(graph == CoauthorGraph(library: numbered, indices: few, people: 20) && graph.nodes.count > 3)
        #expect(Self.same(fresh.personNumbers, counted.numbers) && fresh.personNumbersIfMade != nil)
    }

    @Test func peopleBeingCountedAreNotWaitedForByWhatNeverWaits() {
        let seed = TestSeed.library(named: "seeds/anbang-yao.txt")
        let counted = seed.peopleIndex
        let fresh = Library(papers: seed.papers)
        let people = Awaited<PeopleIndex>()
        let gate = DispatchSemaphore(value: 0)
        let count: @Sendable () -> PeopleIndex = { people.get { gate.wait(); return counted } }
        fresh.deferPeople(read: { count() }, keep: { _ in }, readable: { people.isMade })
        Thread.detachNewThread { _ = count() }
        usleep(20_000)
        let start = Date()
        #expect(fresh.peopleIndexIfReady == nil)
        #expect(Date().timeIntervalSince(start) < 1, "not waited for")
        gate.signal()
        #expect(fresh.peopleIndex.count == counted.count && fresh.peopleIndex.key(0) == counted.key(0))
        #expect(fresh.peopleIndexIfReady != nil)
    }
}

@Suite("One person's record taken from a whole record through its people index")
struct NarrowingTests {
    /// For every person (by name, by ORCID, by DBLP pid), the record narrowed to them is the
    /// record read with them as its owner: the same papers (ids and duplicates made among theirs),
    /// owner, files and problems. Names it cannot tell give nil, never another person.
    @Test func narrowedIsAsReadForTheOwner() {
        var raw = PeopleTests.randomPapers(700, seed: 13)
        // ORCIDs and pids on some authors, name variants joined by them, same-titled papers.
        for i in stride(from: 0, to: raw.count, by: 5) {
            raw[i].authors[0].ids = AuthorIdentifiers(orcid: String(format: "0000-0002-0000-%04d", i % 40), dblp: i % 2 == 0 ? "12/\(i % 40)" : nil)
        }
        for i in stride(from: 1, to: raw.count, by: 9) { raw[i].title = "A Shared Title" }
        let contents = RecordContents(papers: raw, diagnostics: [Diagnostic(.warning, at: SourceLocation(file: "x", line: 3, column: 1), "a problem")])
        let whole = Library(records: [("x", contents)])
        let people = whole.peopleIndex
        var owners = (0..<people.count).map { people.name($0) + (People.homonym(people.key($0)).map { " " + $0 } ?? "") }
        owners += (0..<40).map { String(format: "0000-0002-0000-%04d", $0) } + ["12/4", "12/6", "nobody here", "B. Chen"]
        var narrowed = 0
        for owner in owners {
            let direct = Library(records: [("x", contents)], owner: owner)
            guard let theirs = Library.narrowing(whole, to: owner) else {
                #expect(!direct.papers.isEmpty || direct.ownerKey.map { people.person(key: $0) == nil } ?? true, "\(owner)")
                continue
            }
            narrowed += 1
            #expect(theirs.papers == direct.papers, "\(owner)")
            #expect(theirs.ownerName == direct.ownerName && theirs.ownerKey == direct.ownerKey && theirs.ownerIDs == direct.ownerIDs, "\(owner)")
            #expect(theirs.onlyOwner && theirs.files == direct.files && theirs.diagnostics == direct.diagnostics, "\(owner)")
        }
        #expect(narrowed > people.count / 2)
        // A record with an owner of its own is not narrowed.
        #expect(Library.narrowing(TestSeed.library(named: "seeds/anbang-yao.txt"), to: "Chao Li") == nil)
    }

    /// `--owner` on a large record of many people: the whole record's snapshot is made (once) and
    /// each person taken from it, no snapshot kept per person; the same as reading for them.
    @Test func theLoaderTakesAPersonFromTheWholeRecordsSnapshot() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-narrow-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let bib = (0..<400).map { i in
            "@article{w\(i), author = {\(["Ann Lee", "Bo Chen", "Wei Wang", "Li Singh"][i % 4]) and \(["Cy Clark", "Ann Lee", "Dee Davis"][i % 3])}, title = {Work \(i % 150)}, journal = {J}, year = {\(2000 + i % 20)}}"
        }.joined(separator: "\n")
        let path = dir + "/lab.bib"
        try bib.write(toFile: path, atomically: true, encoding: .utf8)
        let cache = SnapshotCache(directory: dir + "/cache", minimumSize: 0)
        for owner in ["Ann Lee", "Dee Davis", "Nobody Known"] {
            let direct = RecordLoader.load([path], asOf: TestSeed.asOf, owner: owner)
            let (theirs, notices) = RecordLoader.load([path], asOf: TestSeed.asOf, owner: owner, cache: cache)
            #expect(notices.isEmpty && theirs.papers == direct.papers && theirs.ownerKey == direct.ownerKey && theirs.onlyOwner == direct.onlyOwner, "\(owner)")
        }
        // One snapshot (the whole record's) and its people, plus the one made for the name it could not tell.
        let names = try FileManager.default.contentsOfDirectory(atPath: dir + "/cache").sorted()
        #expect(names.filter { $0.hasSuffix(".people") }.count == 1 && names.filter { $0.hasSuffix(".snapshot") }.count == 2, "\(names)")
    }
}
