import Foundation
import Testing
@testable import VitaCore
import VitaTestSupport

@Suite("Model, text helpers and loading")
struct ModelTests {
    @Test func jsonRoundTrip() throws {
        let papers = Fixtures.seedLibrary.papers
        let data = try JSONEncoder().encode(papers)
        let back = try JSONDecoder().decode([Paper].self, from: data)
        #expect(back == papers)
        let json = String(decoding: try JSONEncoder().encode(papers[0]), as: UTF8.self)
        #expect(json.contains(#""owner":{"position":2,"role":"listed"}"#) || json.contains(#""owner":{"role":"listed","position":2}"#))
    }

    /// A paper keeps its owner, score and BibTeX entry in a smaller form than it is given them
    /// in: each reads back as set, and a paper is no larger than its values laid end to end.
    @Test func aPaperKeepsWhatItIsGivenInLessRoom() throws {
        var p = Paper(title: "T", source: SourceLocation(file: "f", line: 1))
        #expect(p.owner == .none && p.score == nil && p.entry == nil)
        for owner in [Paper.Owner.listed(position: 0), .listed(position: 7), .implied, .none] {
            p.owner = owner
            #expect(p.owner == owner)
        }
        for score in [0.0, -0.0, 1.5, -62.2, .infinity, 1e300] {
            p.score = score
            #expect(p.score == score)
        }
        p.score = .nan
        #expect(p.score?.isNaN == true)
        p.score = nil
        #expect(p.score == nil)
        let entry = BibTeXEntry(type: "article", key: "k", fields: [.init(name: "title", raw: "{T}")])
        p.entry = entry
        var q = p
        #expect(q.entry == entry && q == p)
        q.entry?.fields.append(.init(name: "year", raw: "2020"))
        #expect(q.entry?.fields.count == 2 && p.entry?.fields.count == 1 && q != p)
        q.entry = BibTeXEntry(type: "article", key: "k", fields: [.init(name: "title", raw: "{T}")])
        #expect(q == p && q.hashValue == p.hashValue)
        q.entry = nil
        #expect(q.entry == nil && q != p)
        let back = try JSONDecoder().decode(Paper.self, from: JSONEncoder().encode(p))
        #expect(back == p)
        // A million are held at once while a record is first opened: no room lost between values
        // (the details, 8 bytes, inline since they came).
        #expect(MemoryLayout<Paper>.stride <= 336, "\(MemoryLayout<Paper>.stride)")
        // A part of a large text reserves a block mapped apart, given back when the part is
        // joined; a small text only what it needs.
        var part: [Paper] = [], small: [Paper] = []
        part.reserve(forBytes: 2 << 20, bytesPerPaper: 300)
        small.reserve(forBytes: 100_000, bytesPerPaper: 300)
        #expect(part.capacity * MemoryLayout<Paper>.stride >= mappedApartFrom)
        #expect(small.capacity >= 100_000 / 300 && small.capacity * MemoryLayout<Paper>.stride < 1 << 20)
    }

    /// A record's categories, counted a run of papers on each core (40,000 papers: several runs),
    /// are what one count over every paper in turn gives: a paper's category, else its .bib entry
    /// type, else its publication type, else "other"; most papers first, then by name.
    @Test func categoriesCountedOnEveryCoreAreCountedOnce() {
        let types: [PublicationType?] = [.article, .inproceedings, nil, .preprint]
        let papers = (0..<40_000).map { i in
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "f", line: i + 1))
            if i % 7 == 0 { p.category = i % 2 == 0 ? "ML" : "Systems" }
            if i % 11 == 0 { p.entry = BibTeXEntry(type: "misc", key: "k\(i)", fields: []) }
            p.type = types[i % types.count]
            return p
        }
        var expected: [String: Int] = [:]
        for p in papers { expected[p.category ?? p.entry?.type ?? p.type?.rawValue ?? "other", default: 0] += 1 }
        let counted = Statistics.categories(of: papers)
        #expect(counted.map(\.papers).reduce(0, +) == papers.count)
        #expect(Dictionary(uniqueKeysWithValues: counted.map { ($0.category, $0.papers) }) == expected)
        #expect(counted.map(\.category) == expected.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map(\.key))
        #expect(Set(counted.map(\.category)) == ["ML", "Systems", "misc", "article", "inproceedings", "preprint", "other"])
    }

    /// The record's owner is placed on the papers that list them, a run of papers on each core
    /// (10,000 papers: several runs): at the first author with their key, where a paper had no
    /// place for them or only an implied one; a paper placing them already, or listing nobody,
    /// keeps what it had.
    @Test func theOwnerIsPlacedOnEveryPaperThatListsThem() {
        let others = ["Ada Lovelace", "Alan Turing", "Grace Hopper"]
        var papers: [Paper] = []
        var expected: [Paper.Owner] = []
        for i in 0..<10_000 {
            var p = Paper(title: "Paper \(i)", source: SourceLocation(file: "f", line: i + 1))
            var names = others
            let at = i % 5
            if at < 3 { names.insert(i % 7 == 0 ? "Synthetic Researcher" : "Synthetic  researcher", at: at) }
            p.authors = names.map { Author(name: $0) }
            switch i % 11 {
            case 0:
                p.owner = .listed(position: 1)
                expected.append(.listed(position: 1))
            case 1:
                p.owner = .implied
                p.authors = []
                expected.append(.implied)
            case 2:
                p.owner = .implied
                expected.append(at < 3 ? .listed(position: at) : .implied)
            default:
                expected.append(at < 3 ? .listed(position: at) : .none)
            }
            papers.append(p)
        }
        var contents = RecordContents(papers: papers)
        contents.profile = Profile(name: "Synthetic Researcher", source: SourceLocation(file: "f", line: 1))
        let library = Library(records: [("f", contents)])
        #expect(library.papers.count == 10_000)
        let wrong = library.papers.indices.filter { library.papers[$0].owner != expected[$0] }
        #expect(wrong.isEmpty, "\(wrong.prefix(5).map { (library.papers[$0].owner, expected[$0]) })")
    }

    /// Ids numbered on a clash are the same whether the first taker of each hash is found on
    /// every core or paper by paper in order: random records of few titles (many clashes),
    /// some without a year, some with ids of their own that look numbered (`alpha-2`), with
    /// Swift's hash and with one of 61 values (ids sharing their hash with other ids).
    @Test func idsNumberedInPartsAreTheIdsNumberedInOrder() {
        var rng = SplitMix(seed: 7)
        let words = ["alpha", "beta", "gamma", "delta"]
        var inParts = 0, inOrder = 0
        for round in 0..<200 {
            let count = 20 + Int(rng.next() % 400)
            // One record in four has ids of its own that look numbered (a few of its papers).
            let lookNumbered = round % 4 == 0
            let bases: [String] = (0..<count).map { _ in
                let w = words[Int(rng.next() % UInt64(words.count))] + (rng.next() % 2 == 0 ? "-2020" : "")
                return lookNumbered && rng.next() % 20 == 0 ? w + "-\(2 + rng.next() % 3)" : w
            }
            // One in four with a hash of 61 values: ids sharing a hash with other ids.
            let hash: (String) -> Int = round % 4 == 1 ? { $0.utf8.reduce(0) { ($0 &* 31 &+ Int($1)) % 61 } } : { $0.hashValue }
            let given = bases.map { ($0, hash($0)) }
            let ordered = Library.numberClashesInOrder(given, hash: hash)
            if let parted = Library.numberClashesInParts(given, hash: hash) {
                inParts += 1
                #expect(parted == ordered, "round \(round)")
            } else {
                inOrder += 1
            }
            #expect(Library.numberClashes(given, hash: hash, inPartsFrom: 0) == ordered, "round \(round)")
            // Every paper ends with an id of its own.
            let ids = given.indices.map { ordered[$0] ?? given[$0].0 }
            #expect(Set(ids).count == ids.count, "round \(round)")
        }
        // Both ways were taken: most records in parts, some given back to the order.
        #expect(inParts > 50 && inOrder > 0, "\(inParts) in parts, \(inOrder) in order")
        // "Alpha" twice, then a paper whose own base is the second's number.
        let crafted = ["alpha", "alpha", "alpha-2"].map { ($0, $0.hashValue) }
        #expect(Library.numberClashesInParts(crafted, hash: { $0.hashValue }) == nil)
        #expect(Library.numberClashes(crafted, inPartsFrom: 0) == [1: "alpha-2", 2: "alpha-2-2"])
    }

    @Test func twoFilesMakeOneLibrary() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("vita-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let second = dir.appendingPathComponent("tiny.txt")
        try Fixtures.tiny.write(to: second, atomically: true, encoding: .utf8)
        let lib = RecordLoader.load([Fixtures.seedPath, second.path, dir.appendingPathComponent("missing.txt").path], asOf: Fixtures.asOf)
        #expect(lib.papers.count == 36)
        #expect(lib.profiles.map(\.name) == ["Anbang Yao", "Jane Doe"])
        #expect(lib.papers[35].source.file == second.path)
        #expect(lib.diagnostics.count == 1)
        #expect(lib.diagnostics.first?.severity == .error)
        #expect(lib.diagnostics.first?.description.hasSuffix("missing.txt: error: cannot open: No such file or directory") == true)
        // Same file twice: every paper kept, each linked to its twin.
        let twice = RecordLoader.load([second.path, second.path], asOf: Fixtures.asOf)
        #expect(twice.papers.count == 4)
        #expect(Set(twice.papers.map(\.id)).count == 4)
        #expect(twice.papers[0].possibleDuplicates == [twice.papers[2].id])
        // A paper's place in a record read afresh is found without building the search index
        // (`vita list` numbers its lines this way).
        #expect(twice.index(of: twice.papers[3].id) == 3 && twice.index(of: "no such id") == nil)
        #expect(!twice.hasSearchIndex)
        _ = twice.searchIndex
        #expect(twice.hasSearchIndex && twice.index(of: twice.papers[1].id) == 1)
    }

    @Test func nameKeys() {
        #expect(NameKey.make("Anbang Yao") == NameKey.make("  anbang   YAO "))
        #expect(NameKey.make("Müller") == NameKey.make("Muller"))
        #expect(NameKey.make("Mu\u{0308}ller") == NameKey.make("M\u{00FC}ller"))
        #expect(NameKey.make("J. Smith") == NameKey.make("J Smith"))
        #expect(NameKey.make("Chao Li") != NameKey.make("Chao Lin"))
        // Names whose letters fold outside ASCII (ø, ı, ł) and names that fold to ASCII.
        #expect(NameKey.make("Søren  Bjørn") == "søren bjørn" && NameKey.make("SØREN") == "søren")
        #expect(NameKey.make("Yılmaz, A.") == "yılmaz a" && NameKey.make("Łukasz") == "łukasz")
        #expect(NameKey.make("Jürgen\u{2003}Müller") == "jurgen muller" && NameKey.make("  ") == "")
        #expect(NameKey.make("Zoë Dvořák"[...]) == "zoe dvorak")
    }

    /// The quick fold of U+00C0–U+024F gives what Foundation's folding gives, for each letter
    /// alone and between ASCII letters (where it does not, the quick way must give nil).
    @Test func quickLatinFoldingAgreesWithTheGeneralWay() {
        func general(_ s: String) -> String {
            s.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .precomposedStringWithCompatibilityMapping.lowercased()
        }
        var quick = 0
        for v in 0xC0..<0x250 {
            let letter = String(Unicode.Scalar(v)!)
            for text in [letter, "Ab" + letter + "cD"] {
                guard let folded = TextFolding.foldLatin(text) else { continue }
                quick += 1
                #expect(folded == general(text), "U+\(String(v, radix: 16, uppercase: true)) in \(text)")
            }
            #expect(TextFolding.fold(letter) == general(letter))
        }
        #expect(quick > 600)
    }

    /// An author's short name (the family the source gave, else the last word) as the listing
    /// shows it: the quick reading of ASCII names agrees with splitting the name into words, on
    /// names with spaces before, after and between, and on names of spaces only.
    @Test func shortNamesAreTheLastWord() {
        #expect(Author(name: "Anbang Yao").shortName == "Yao")
        #expect(Author(name: "Anna De Grassi", family: "De Grassi").shortName == "De Grassi")
        #expect(Author(name: "Müller, Jörg Ümit").shortName == "Ümit")
        #expect(Author(name: "Plato").shortName == "Plato")
        var rng = SplitMix(seed: 77)
        let pieces = [" ", "  ", "a", "Bo", "Lee", "x.", "-", "Ng"]
        for _ in 0..<5_000 {
            let name = (0..<Int(rng.next() % 6)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let expected = name.split(separator: " ").last.map(String.init) ?? name
            #expect(Author(name: name, key: "k").shortName == expected, "\(name.debugDescription)")
        }
    }

    /// DOIs and DBLP keys as sources write them, made one form; the quick reading of ASCII
    /// DOIs agrees with lowercasing the whole text first.
    @Test func identifiersAreNormalised() {
        let dois: [(String, String?)] = [
            ("https://doi.org/10.1000/ABC.2022", "10.1000/abc.2022"), ("DOI:10.1/X", "10.1/x"), ("HTTPS://DX.DOI.ORG/10.1/x", "10.1/x"),
            ("10.1000/abc", "10.1000/abc"), (" 10.1000/abc\n", "10.1000/abc"), ("doi.org/10.1/\u{C9}t\u{E9}", "10.1/\u{E9}t\u{E9}"),
            ("https://doi.org/doi:10.1/X", "10.1/x"), ("10.1000", nil), ("https://example.org/10.1/x", nil), ("", nil), ("10./", "10./"),
        ]
        for (raw, want) in dois { #expect(PaperIdentifiers.normalise(raw, as: .doi) == want, "\(raw)") }
        func reference(_ raw: String) -> String? {
            var s = raw.trimmingWhitespace().lowercased()
            guard !s.isEmpty else { return nil }
            for prefix in PaperIdentifiers.doiPrefixes where s.hasASCIIPrefix(prefix) { s = s.droppingASCII(prefix) }
            return s.hasASCIIPrefix("10.") && s.utf8.contains(UInt8(ascii: "/")) ? s : nil
        }
        let parts = ["https://", "HTTP://", "doi.org/", "DX.", "doi:", "10.", "1000", "/", "AbC", "x", "\u{C9}", ".", ":"]
        var rng = SeededRandom(seed: 5)
        for _ in 0..<5_000 {
            let raw = (0..<Int(rng.next() % 6)).map { _ in parts[Int(rng.next() % UInt64(parts.count))] }.joined()
            #expect(PaperIdentifiers.normalise(raw, as: .doi) == reference(raw), "\(raw)")
        }
        let keys: [(String, String?)] = [
            ("https://dblp.org/rec/conf/x/A1.html", "conf/x/A1"), ("DBLP:journals/x/B", "journals/x/B"), ("conf/x/A1", "conf/x/A1"),
            (".html", nil), ("https://dblp.org/rec/.html", nil),
        ]
        for (raw, want) in keys { #expect(PaperIdentifiers.normalise(raw, as: .dblp) == want, "\(raw)") }
        // Semantic Scholar and OpenAlex ids: the last part of an address, one case; read from the
        // bytes, as reading the characters would.
        let ids: [(String, IdentifierScheme, String?)] = [
            ("https://www.semanticscholar.org/paper/Title-Words/ABCdef0123", .s2, "abcdef0123"), ("abcdef", .s2, "abcdef"),
            ("https://openalex.org/W2741809807", .openalex, "W2741809807"), ("w12", .openalex, "W12"), ("https://openalex.org/", .openalex, nil),
            ("x/\u{C9}t\u{E9}", .s2, "\u{E9}t\u{E9}"), ("x/\u{E9}", .openalex, "\u{C9}"), ("/", .s2, nil), (" a/B ", .s2, "b"),
        ]
        for (raw, scheme, want) in ids { #expect(PaperIdentifiers.normalise(raw, as: scheme) == want, "\(raw)") }
        let idParts = ["https://", "openalex.org", "/", "W", "w", "12", "\u{C9}", "\u{E9}", "A", "-"]
        for _ in 0..<2_000 {
            let raw = (0..<Int(rng.next() % 6)).map { _ in idParts[Int(rng.next() % UInt64(idParts.count))] }.joined()
            let last = raw.trimmingWhitespace().split(separator: "/", omittingEmptySubsequences: false).last.map(String.init) ?? ""
            #expect(PaperIdentifiers.normalise(raw, as: .s2) == (last.isEmpty ? nil : last.lowercased()), "\(raw)")
            #expect(PaperIdentifiers.normalise(raw, as: .openalex) == (last.isEmpty ? nil : last.uppercased()), "\(raw)")
        }
    }

    @Test func aPaperIsKnownByItsDOILinkInAnyCase() {
        func identity(_ links: [String]) -> String {
            var p = Paper(title: "On Things", source: SourceLocation(file: "x", line: 1))
            p.links = links
            return p.identity
        }
        #expect(identity(["https://doi.org/10.1000/ABC.2022"]) == "doi:10.1000/abc.2022")
        #expect(identity(["https://example.org/doi.org/10.1/x", "HTTPS://DX.DOI.ORG/doi.org/10.2/Y"]) == "doi:10.2/y",
                "the host is a DOI resolver's, and the DOI is what follows its first doi.org/")
        #expect(identity(["https://dx.doi.org/10.1/\u{C9}t\u{E9}"]) == "doi:10.1/\u{E9}t\u{E9}")
        #expect(identity(["https://doi.org/"]) == "doi:", "a resolver with nothing after it is still a DOI link, as before")
        #expect(identity(["https://doi.org"]).hasPrefix("title:"))
        #expect(Links.arxivID("https://arxiv.org/abs/2101.00001v2") == "2101.00001v2" && Links.arxivID("https://arxiv.org/pdf/2101.00001.pdf") == "2101.00001")
        #expect(Links.arxivID("https://arxiv.org/abs/") == nil && Links.arxivID("https://example.org/abs/2101.00001") == nil)
        #expect(identity(["https://arxiv.org/abs/2101.00001v3"]) == "arxiv:2101.00001")
        #expect("doi.org".after("doi.org/") == nil && "adoi.org/doi.org/z".after("doi.org/") == "doi.org/z" && "".after("/") == nil)
    }

    /// An array made in place: with no elements its body still runs, on room of its own.
    @Test func anArrayMadeInPlaceOfNoElementsIsEmpty() {
        var ran = false
        let none = [Int](uninitializedCount: 0) { buffer, made in
            ran = buffer.baseAddress != nil && buffer.isEmpty
            made = 0
        }
        let three = [Int](uninitializedCount: 3) { buffer, made in
            for k in 0..<3 { (buffer.baseAddress! + k).initialize(to: k * 2) }
            made = 3
        }
        #expect(none.isEmpty && ran && three == [0, 2, 4])
    }

    @Test func trimmingAndComparingWithoutCase() {
        for (text, byte, want) in [("a/b", UInt8(ascii: "/"), true), ("ab", UInt8(ascii: "/"), false), ("", UInt8(ascii: " "), false),
                                   ("Zoë Wang", UInt8(ascii: " "), true), ("é", 0xA9, true), (String(repeating: "x", count: 40) + "/", UInt8(ascii: "/"), true)] {
            #expect(text.containsByte(byte) == want && text.utf8.contains(byte) == want, "\(text)")
        }
        #expect("  a b \n".trimmingWhitespace() == "a b" && "ab".trimmingWhitespace() == "ab")
        #expect("\u{A0}Zoë\u{2003}".trimmingWhitespace() == "Zoë" && "é ".trimmingWhitespace() == "é")
        #expect("https://DOI.org/10.1/X".equalsIgnoringCase("https://doi.org/10.1/x"))
        #expect(!"a@b".equalsIgnoringCase("a`b") && !"abc".equalsIgnoringCase("abd") && !"ab".equalsIgnoringCase("abc"))
        #expect("ÉCOLE".equalsIgnoringCase("école") && !"Straße".equalsIgnoringCase("STRASSE"))
        // Controls are found in the bytes as they are in the scalars.
        for text in ["plain", "tab\tand\nline", "cr\r", "nul\u{0}", "del\u{7F}", "c1\u{85}", "ls\u{2028}", "rlo\u{202E}",
                     "fsi\u{2068}", "ok\u{2027}\u{202F}\u{2065}\u{206A}é€😀", "\u{A0}\u{9F}", "\u{1F}", " ~", "\u{7F}"] {
            // At every place within and across the eight bytes looked at together.
            for (before, after) in [(0, 0), (1, 0), (5, 9), (7, 1), (8, 8), (13, 3), (16, 0)] {
                let padded = String(String(repeating: "ab ~", count: 4).prefix(before)) + text + String(String(repeating: "xy z", count: 4).prefix(after))
                #expect(FieldText.hasControlOrCR(padded) == padded.unicodeScalars.contains { VisibleText.isControl($0) || $0 == "\r" },
                        "\(padded.debugDescription)")
            }
        }
        // Parallel.map keeps the order, over one chunk and over many.
        #expect(Parallel.map(10) { $0 * 2 } == Array(stride(from: 0, to: 20, by: 2)))
        #expect(Parallel.map(100_000, chunk: 100) { $0 } == Array(0..<100_000))
        // Items each a chunk of their own, many more than four a core: still in order.
        #expect(Parallel.map(1_000, chunk: 1) { $0 * 3 } == Array(stride(from: 0, to: 3_000, by: 3)))
        // Items made on every core are handed on in their order, each once, whichever is made
        // first (the later ones here are quicker to make), and none after the call returns.
        for count in [0, 1, 3, 40] {
            var taken: [Int] = []
            Parallel.inOrder(count, make: { k -> [Int] in
                usleep(UInt32((count - k) * 200))
                return [k, k * k]
            }, take: { k, item in
                #expect(item == [k, k * k])
                taken.append(k)
            })
            #expect(taken == Array(0..<count))
        }
        // A large text is read in parts of at most 16 MiB, and never fewer than four a core.
        #expect(Parallel.parts(ofBytes: 500 << 20) == max(4 * Cores.active, 32))
        #expect(Parallel.parts(ofBytes: 4_000 << 20) == max(4 * Cores.active, 250))
        #expect(Parallel.parts(ofBytes: 1 << 20) == 4 * Cores.active)
    }

    @Test func displayWidth() {
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("論文") == 4)
        #expect(DisplayWidth.of("e\u{0301}") == 1)
        #expect(DisplayWidth.of("👍") == 2)
        #expect(DisplayWidth.truncate("論文論文", to: 5) == "論文…")
        #expect(DisplayWidth.fit("ab", to: 4) == "ab  ")
        #expect(DisplayWidth.wrap("aaa bbb ccc", width: 7) == ["aaa bbb", "ccc"])
        #expect(DisplayWidth.wrap("abcdefghij", width: 4) == ["abcd", "efgh", "ij"])
    }

    /// The check eight bytes at a time agrees with a byte-by-byte one for each edge byte at each
    /// place of buffers of every length up to 20 (the word-sized steps and the tail).
    @Test func printableASCIIIsFoundAtEveryPlace() {
        let edges: [UInt8] = [0x00, 0x09, 0x0A, 0x1F, 0x20, 0x41, 0x7E, 0x7F, 0x80, 0xC3, 0xFF]
        for length in 0...20 {
            for place in 0..<max(1, length) {
                for b in edges {
                    var bytes = [UInt8](repeating: UInt8(ascii: "a"), count: length)
                    if length > 0 { bytes[place] = b }
                    let expected = bytes.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
                    #expect(bytes.withUnsafeBufferPointer { ByteScan.isPrintableASCII($0) } == expected, "\(bytes)")
                }
            }
        }
        #expect(ByteScan.isPrintableASCII("plain text, 42 ~"))
        #expect(!ByteScan.isPrintableASCII("a line\n") && !ByteScan.isPrintableASCII("Über") && !ByteScan.isPrintableASCII("\u{7F}"))
        #expect(ByteScan.isPrintableASCII("xx Über yy".dropFirst(7)) && !ByteScan.isPrintableASCII("xx Über yy".dropLast(5)))
        // The widths and one-line forms views draw, through the paths for String and Substring.
        let title: Substring = "«Über» the\tnets"[...]
        #expect(DisplayWidth.of(title) == 14 && DisplayWidth.of(String(title)) == 14)   // a tab takes no cell
        #expect(VisibleText.singleLine(title) == "«Über» the nets" && VisibleText.singleLine("a\u{85}b") == "a\u{FFFD}b")
    }

    @Test func controlCharactersBecomeVisible() {
        #expect(VisibleText.make("a\u{1B}[2Jb") == "a␛[2Jb")
        #expect(VisibleText.make("plain") == "plain")
        #expect(VisibleText.singleLine("a\tb\nc") == "a b c")
        #expect(VisibleText.make("x\u{7F}\u{9B}") == "x␡\u{FFFD}")
    }

    @Test func links() {
        #expect(Links.extract(from: "see \\url{https://a.org/x} and https://github.com/u/r.") == ["https://a.org/x", "https://github.com/u/r"])
        #expect(Links.extract(from: "(https://en.wikipedia.org/wiki/A_(b)) end") == ["https://en.wikipedia.org/wiki/A_(b)"])
        #expect(Links.extract(from: "no links here http:// nope") == [])
        #expect(Links.repository(in: ["https://arxiv.org/abs/1", "https://gitlab.com/a/b"]) == "https://gitlab.com/a/b")
    }

    @Test func sortOrders() {
        let lib = Fixtures.seedLibrary
        let byDate = PaperSort.date.sorted(lib.papers)
        #expect(byDate.first?.title.hasPrefix("Chain-of-Models") == true)
        #expect(byDate.last?.title.hasPrefix("HyperNet") == true)
        #expect(PaperSort.date.sorted(lib.papers, reversed: true).first?.title.hasPrefix("HyperNet") == true)
        #expect(PaperSort.title.sorted(lib.papers).first?.title.hasPrefix("3D Human") == true)
        #expect(PaperSort.score.sorted(lib.papers).prefix(2).map(\.score) == [79.2, 62.2])
        #expect(PaperSort.file.sorted(lib.papers) == lib.papers)
        #expect(PaperSort.category.sorted(lib.papers).first?.category == "AI")
    }

    /// Newest first, undated last, ties in file order; reversed is the exact reverse. Also for
    /// dates far out of range, which take the general path.
    /// A date read in its bytes (an ASCII text) is the date read as characters, for the dates
    /// sources write and for every short text of the characters a date is made of.
    @Test func aDateReadInItsBytesIsTheDateReadAsCharacters() {
        let written = ["2021", "2021-03", "2021-03-01", "2021-03-01T00:00:00", "2021-3-1", "-0044-03-15", "0000",
                       "2021-00-00", "2021-13-40", "2021-+3-+1", "2021-+-", "21-03-01", "20210301", "2021/03/01",
                       "  2021-03-01  ", "2021-03-01\r\n", "2021-03-0\u{301}", "2021-03-01\u{301}", "2021-03-1\u{301}",
                       "2021\r\n-03", "２０２１-03", "-", "--", "2021--01", "2021-03-01-05", "1999 (online)", "", " "]
        for text in written {
            #expect(FieldText.date(text) == FieldText.dateByCharacters(text.trimmingWhitespace()[...]), "\(text.debugDescription)")
        }
        var rng = SystemRandomNumberGenerator()
        let alphabet = Array("0123456789-+T :/")
        for _ in 0..<20_000 {
            let text = String((0..<Int.random(in: 0...13, using: &rng)).map { _ in alphabet.randomElement(using: &rng)! })
            #expect(FieldText.date(text) == FieldText.dateByCharacters(text.trimmingWhitespace()[...]), "\(text.debugDescription)")
        }
        #expect(FieldText.date("2021-03-01T00:00:00") == PaperDate(year: 2021, month: 3, day: 1))
        #expect(FieldText.date("-0044-03-15")?.year == -44)
    }

    @Test func dateOrderWithTiesAndUndatedPapers() {
        var rng = SplitMix(seed: 3)
        for years in [2019...2021, -5...12_000, -900_000...2_000] {
            let papers = (0..<500).map { i in
                Paper(title: "p\(i)", date: rng.next() % 7 == 0 ? nil
                      : PaperDate(year: Int.random(in: years, using: &rng), month: 1 + Int(rng.next() % 2), day: 1),
                      source: SourceLocation(file: "t", line: i))
            }
            func key(_ i: Int) -> Int { papers[i].date.map { -($0.year * 10_000 + $0.month * 100 + $0.day) } ?? .max }
            let expected = papers.indices.sorted { (key($0), $0) < (key($1), $1) }
            #expect(PaperSort.date.sortedIndices(papers) == expected)
            #expect(PaperSort.date.sortedIndices(papers, reversed: true) == expected.reversed())
        }
    }
}

@Suite("Possible duplicates")
struct DuplicateOrderTests {
    /// A paper in two groups (its title shared with one paper, its title's head and first author
    /// with another) names them in the record's order, on every run: thirty such papers, whose
    /// groups a dictionary would give in an order of its own.
    @Test func aPaperInTwoGroupsNamesThemInTheRecordsOrder() {
        var papers: [Paper] = []
        for k in 0..<30 {
            func paper(_ title: String, _ author: String) -> Paper {
                Paper(title: title, authors: [Author(name: author)], date: PaperDate(year: 2020, month: 1, day: 1),
                      source: SourceLocation(file: "d.bib", line: papers.count + 1))
            }
            papers.append(paper("Warehouse\(k): Towards Topic Number \(k)", "Ming Zhou"))
            papers.append(paper("Warehouse\(k): Rethinking Another Design", "Chao Li"))
            papers.append(paper("Warehouse\(k): Towards Topic Number \(k)", "Chao Li"))
        }
        let library = Library(papers: papers)
        let byLine = library.papers.sorted { $0.source.line < $1.source.line }
        for k in 0..<30 {
            let (b, a, x) = (byLine[3 * k], byLine[3 * k + 1], byLine[3 * k + 2])
            #expect(x.possibleDuplicates == [b.id, a.id], "\(x.title)")
        }
    }
}

@Suite("Paper ids")
struct SlugTests {
    /// An ASCII title's slug made from its bytes is the one made from its words, for titles of
    /// stop words, digits, capitals, punctuation, more than eight words, none, and with a
    /// character outside ASCII anywhere (then the words' way makes it).
    @Test(arguments: 0..<20)
    func slugFromBytesIsSlugFromWords(_ seed: Int) {
        var rng = SeededRandom(seed: UInt64(seed) &* 104_729 &+ 11)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let pieces = ["The", "a", "AN", "of", "towards", "Toward", "via", "Deep", "net", "2d", "X", "GANs", "on-line",
                      "Müller", "é", "B\u{301}", ":", "--", " ", "  ", "(", "\t", "Quant8", "is", "are", "by", "TOWARDS", "ff"]
        for _ in 0..<300 {
            let title = (0..<pick(14)).map { _ in pieces[pick(pieces.count)] }.joined(separator: pick(3) == 0 ? "" : " ")
            let year: Int? = pick(4) == 0 ? nil : 1950 + pick(80)
            let expected = Library.slug(words: TitleWords.split(title, limit: 8), year: year)
            #expect(Library.slug(title: title, year: year) == expected, "\(title.debugDescription)")
            if title.utf8.allSatisfy({ $0 < 0x80 }) {
                #expect(Library.asciiSlug(title, year: year) == expected, "\(title.debugDescription)")
            } else {
                #expect(Library.asciiSlug(title, year: year) == nil)
            }
        }
    }
}

@Suite("Reading large files in parts")
struct ParallelReadTests {
    @Test func listsAreJoinedInOrderAndLeftEmpty() {
        // The last two large enough to be moved on every core.
        for sizes in [[], [0], [5], [0, 0, 3], [3, 0, 4, 1], [1, 1, 1, 1, 1, 1], [700, 2, 0, 299],
                      [40_000, 0, 30_000], [9_000, 20_000, 1, 25_000, 17_000]] {
            for start in [0, 2] {
                var n = 0
                var lists: [[String]] = sizes.map { size in (0..<size).map { _ -> String in
                    n += 1
                    return "item \(n) of a list, long enough to be on the heap"
                } }
                var joined = (0..<start).map { "had \($0)" }
                let expected = joined + lists.flatMap { $0 }
                joined.appendMoving(&lists)
                #expect(joined == expected)
                #expect(lists.isEmpty)
            }
        }
    }

    /// Ids are given as a plain walk in order would give them: a paper's slug when free, else the
    /// slug with the first free number from 2, whatever ids other papers were given as written.
    @Test func clashingIdsGetTheFirstFreeNumber() {
        var rng = SplitMix(seed: 11)
        let titles = ["Sparse networks", "Sparse networks again", "Dense models", "Quantized nets"]
        var papers: [Paper] = []
        for i in 0..<3_000 {
            let r = rng.next()
            // Some papers come with their ids written, some of them the numbered form of a slug.
            let id = r % 9 == 0 ? "sparse-networks-2019-\(2 + Int(r / 9 % 40))" : r % 13 == 0 ? "dense-models-2020" : ""
            papers.append(Paper(id: id, title: titles[Int(r / 7 % 4)], date: PaperDate(year: 2019 + Int(r / 31 % 2), month: 1, day: 1),
                                source: SourceLocation(file: "t", line: i)))
        }
        var taken = Set<String>()
        var expected: [String] = []
        for p in papers {
            let base = p.id.isEmpty ? Library.slug(title: p.title, year: p.year) : p.id
            var id = base, k = 2
            while taken.contains(id) { id = base + "-\(k)"; k += 1 }
            taken.insert(id)
            expected.append(id)
        }
        let library = Library(papers: papers)
        let given = library.papers.sorted { $0.source.line < $1.source.line }.map(\.id)
        #expect(given == expected)
        #expect(Set(given).count == papers.count)
    }

    @Test func partsGiveTheSameResultAsOneStraightRead() throws {
        var text = "Big Record\n\nCV\nh-index1\n900papers\n\n900 Papers\n"
        for i in 0..<900 {
            let month = i == 700 ? "Xyz" : "Mar"           // one broken block in the second half
            text += "\nCV\(month) \(1 + i % 28), 20\(10 + i % 15)Code\nTitle number \(i)\n\nAnn Lee, Big Record, Bo Wu et al.\n\n"
            text += String(repeating: "Words of the abstract. ", count: 20) + "https://github.com/x/r\(i).\n"
        }
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("vita-parts-\(UUID().uuidString).txt")
        try text.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let straight = RecordLoader.read(url.path, asOf: Fixtures.asOf, parallelThreshold: .max)
        let parts = RecordLoader.read(url.path, asOf: Fixtures.asOf, parallelThreshold: 0)
        // Read in several parts a core, each cut at a paper block's first line.
        let fd = open(url.path, O_RDONLY)
        defer { close(fd) }
        let cuts = RecordLoader.cuts(fd: fd, size: text.utf8.count)
        #expect(cuts.count >= 3 && cuts == cuts.sorted() && Set(cuts).count == cuts.count)
        let bytes = Array(text.utf8)
        for cut in cuts { #expect(Array(bytes[cut..<(cut + 2)]) == Array("CV".utf8)) }
        #expect(straight.papers.count == 900)
        #expect(parts.papers == straight.papers)
        #expect(parts.diagnostics == straight.diagnostics)
        #expect(parts.diagnostics.count == 1)
        #expect(parts.profile == straight.profile)
        #expect(parts.papers[899].owner == .listed(position: 1))
    }
}

@Suite("The heap")
struct HeapTests {
    /// With the heap's steps set, a block of a few megabytes freed and asked for again comes
    /// from the heap as it was left, not mapped anew (its pages faulted in and zeroed again):
    /// glibc's threshold for mapping large blocks, fixed when the pad is set, is set too.
    /// A sanitizer's allocator serves blocks of its own, whatever glibc is told.
    static let sanitized = ["ASAN_OPTIONS", "TSAN_OPTIONS", "__asan_init", "__tsan_init"].contains { (name: String) in
        name.hasPrefix("__") ? dlsym(nil, name) != nil : getenv(name) != nil
    }

    @Test(.disabled(if: sanitized, "a sanitizer's allocator")) func aLargeBlockFreedIsServedAgainFromTheHeap() {
        growHeapsInLargeSteps()
        let size = 3 << 20
        let first = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        first.initializeMemory(as: UInt8.self, repeating: 0xAB, count: size)
        first.deallocate()
        let again = UnsafeMutableRawPointer.allocate(byteCount: size, alignment: 16)
        defer { again.deallocate() }
        // A block mapped anew would read zero; the heap's keeps what was written (past the
        // few bytes the allocator writes into a free block).
        #expect(again.load(fromByteOffset: size / 2, as: UInt8.self) == 0xAB)
    }
}

@Suite("The coauthor graph")
struct CoauthorGraphTests {
    /// Every pair of people on a paper, counted the plain way, to check the graph's two ways
    /// (flat arrays for up to 2,048 people, a dictionary beyond) against.
    static func plainPairs(_ library: Library, _ indices: [Int], _ graph: CoauthorGraph) -> [String: (Int, Int?, Int?)] {
        let index = Dictionary(uniqueKeysWithValues: graph.nodes.enumerated().map { ($1.key, $0) })
        var out: [String: (Int, Int?, Int?)] = [:]
        for k in indices {
            let p = library.papers[k]
            let members = Array(Set(p.authors.compactMap { index[$0.key] })).sorted()
            for i in members.indices { for j in members.indices where j > i {
                let key = "\(members[i])-\(members[j])"
                var e = out[key] ?? (0, nil, nil)
                e.0 += 1
                if let y = p.year { e.1 = min(e.1 ?? y, y); e.2 = max(e.2 ?? y, y) }
                out[key] = e
            } }
        }
        return out
    }

    /// Once the people are numbered, the graph reads each paper's people, year, owner and `et al.`
    /// from the numbers, not from the papers: the same graph, whole or of some papers, centred on
    /// the owner, on a coauthor (the owner then on their papers behind `et al.` too) or on
    /// someone absent, with or without a limit of people; and on a record with no owner.
    @Test func theGraphFromThePersonNumbersIsTheGraphFromThePapers() {
        var papers: [Paper] = []
        for i in 0..<600 {
            let names = [i % 90, (i * 7) % 90, (i * 13 + 1) % 90].map { "Person\($0) Name" }
            papers.append(Paper(id: "p\(i)", title: "Paper \(i)", authors: names.map { Author(name: $0) }, authorsTruncated: i % 9 == 0,
                                date: i % 5 == 0 ? nil : PaperDate(year: 1990 + i % 30, month: 1, day: 1), source: SourceLocation(file: "t", line: i + 1)))
        }
        // Many people, one of them on a few papers: a graph centred on them counts a few of the
        // record's people (in a table of those, not a slot for everyone) and draws fewer still.
        var wide: [Paper] = []
        for i in 0..<1_500 {
            let names = (i % 50 == 0 ? ["Hub Person"] : []) + [2 * i, 2 * i + 1, (i * 37) % 3_000].map { "Wide\($0) Name" }
            wide.append(Paper(id: "w\(i)", title: "Wide \(i)", authors: names.map { Author(name: $0) }, authorsTruncated: i % 9 == 0,
                              date: i % 5 == 0 ? nil : PaperDate(year: 1990 + i % 30, month: 1, day: 1), source: SourceLocation(file: "w", line: i + 1)))
        }
        // Enough papers, with one person on each, that the pairs of the whole record and of a
        // graph centred on them are counted on both cores.
        var many: [Paper] = []
        for i in 0..<4_500 {
            let names = ["Hub Person"] + [(i * 7) % 400, (i * 13 + 1) % 400, i % 97].map { "Many\($0) Name" }
            many.append(Paper(id: "m\(i)", title: "Many \(i)", authors: names.map { Author(name: $0) }, authorsTruncated: i % 9 == 0,
                              date: i % 5 == 0 ? nil : PaperDate(year: 1990 + i % 30, month: 1, day: 1), source: SourceLocation(file: "m", line: i + 1)))
        }
        let makers: [() -> Library] = [{ TestSeed.library(named: "seeds/anbang-yao.txt") }, { Library(papers: papers) }, { Library(papers: wide) },
                                       { Library(papers: many) }]
        for make in makers {
            let library = make()
            let key = library.papers.lazy.flatMap(\.authors).first { $0.key != library.ownerKey }!.key
            let cases: [([Int]?, (key: String, name: String)?, Int?)] = [
                (nil, nil, nil), (Array(stride(from: 0, to: library.paperCount, by: 3)), nil, nil), (nil, (key, "Them"), nil),
                (nil, (key, "Them"), 5), (Array(0..<(library.paperCount / 2)), (key, "Them"), nil), (nil, ("nobody here", "No One"), nil),
                // Limits that cut through a group of equal counts, at its start, or take one.
                (nil, nil, 12), (nil, (key, "Them"), 2), (nil, (key, "Them"), 30), (Array(0..<(library.paperCount / 3)), nil, 9),
            ]
            // Each from a library of its own, not yet numbered: read from the papers.
            let fromPapers = cases.map { c in
                let fresh = make()
                #expect(fresh.personNumbersIfMade == nil)
                return CoauthorGraph(library: fresh, indices: c.0, centre: c.1, people: c.2)
            }
            _ = library.personNumbers
            // Numbered now: the papers are not read; keys are found among the numbers, then
            // (the people counted too) through the people index.
            for indexed in [false, true] {
                if indexed { _ = library.peopleIndex }
                for (c, expected) in zip(cases, fromPapers) {
                    let g = CoauthorGraph(library: library, indices: c.0, centre: c.1, people: c.2)
                    #expect(g == expected, "\(c.0?.count ?? -1) \(c.1?.name ?? "-") \(c.2 ?? -1) indexed \(indexed)")
                    #expect(g.nodes.count > 1 || c.1?.name == "No One")
                }
            }
            #expect(fromPapers[0].truncatedPapers > 0)
            // Re-centred among papers given in another order: their papers found through the
            // people index are those found by reading every paper given.
            // Every paper shown, in another order, too: their papers are then taken from the
            // people index as they are, with no pass over the places shown.
            let everything = Array((0..<library.paperCount).reversed())
            for shown in [everything.filter { $0 % 4 != 1 }, everything] {
                let read = CoauthorGraph.centred(on: (key, "Them"), library: make(), indices: shown, people: 7)
                #expect(CoauthorGraph.centred(on: (key, "Them"), library: library, indices: shown, people: 7) == read)
                #expect(read.nodes.count == min(7, read.allPeople) && read.nodes.count > 1)
            }
        }
    }

    /// A graph centred on one of a record's many people counts each coauthor's papers as the
    /// papers say (their counts kept in a table of the people met, not a slot for everyone).
    @Test func aGraphCentredOnOneOfManyCountsAsThePapersSay() {
        var papers: [Paper] = []
        for i in 0..<1_500 {
            let names = (i % 50 == 0 ? ["Hub Person"] : []) + [2 * i, 2 * i + 1, (i * 37) % 3_000, (i * 11) % 3_000].map { "Wide\($0) Name" }
            papers.append(Paper(id: "w\(i)", title: "Wide \(i)", authors: names.map { Author(name: $0) },
                                date: PaperDate(year: 1990 + i % 30, month: 1, day: 1), source: SourceLocation(file: "w", line: i + 1)))
        }
        let library = Library(papers: papers)
        _ = library.personNumbers
        let hub = library.papers.lazy.flatMap(\.authors).first { $0.name == "Hub Person" }!.key
        let all = library.papers
        let theirs = all.filter { $0.authors.contains { $0.key == hub } }
        func count(_ key: String, in list: [Paper]) -> Int { list.filter { $0.authors.contains { $0.key == key } }.count }
        for people in [nil, 7] {
            for g in [CoauthorGraph(library: library, centre: (hub, "Hub Person"), people: people),
                      CoauthorGraph.centred(on: (hub, "Hub Person"), library: library, indices: Array(0..<library.paperCount), people: people)] {
                #expect(g.nodes.first?.key == hub && g.nodes.first?.papers == theirs.count)
                let whole = g.papers == all.count
                for node in g.nodes.dropFirst() {
                    #expect(node.shared == count(node.key, in: theirs) && node.papers == count(node.key, in: whole ? all : theirs), "\(node)")
                }
                // Everyone on the papers drawn from (all of them, or the hub's), the hub aside.
                let coauthors = Set((whole ? all : theirs).flatMap { $0.authors.map(\.key) }).subtracting([hub])
                #expect(g.nodes.count == min(people ?? .max, coauthors.count + 1) && g.nodes.allSatisfy { $0.key == hub || coauthors.contains($0.key) })
                // Those drawn share most with the hub, then most papers.
                let order = g.nodes.dropFirst().map { $0.shared * 100_000 + $0.papers }
                #expect(order == order.sorted(by: >), "\(order)")
            }
        }
    }

    @Test func theFirstFewOfManyAreTheFirstOfTheSorted() {
        var rng = SplitMix(seed: 5)
        for (n, count) in [(0, 3), (5, 0), (5, 9), (40, 5), (1_000, 7), (1_000, 1), (5_000, 499), (300, 299)] {
            let items = (0..<n).map { _ in Int32(truncatingIfNeeded: rng.next() % 100_000) }
            // Many equal by the first rule (a tenth), told apart by the second.
            let before: (Int32, Int32) -> Bool = { a, b in a % 10 != b % 10 ? a % 10 < b % 10 : a < b }
            let unique = Array(Set(items))
            #expect(PaperFacts.first(count, of: unique, by: before) == Array(unique.sorted(by: before).prefix(count)), "\(n) \(count)")
        }
    }

    /// The n-th largest found by selection is the sorted list's n-th, on values mostly equal (as
    /// counts of shared papers are), all equal, all apart, and at both ends.
    @Test func theNthLargestIsTheSortedOnes() {
        var rng = SplitMix(seed: 8)
        for (count, spread) in [(1, 5), (2, 1), (7, 3), (500, 1), (3_000, 4), (10_000, 100_000), (20_000, 2)] {
            let values = (0..<count).map { _ in UInt64(rng.next() % UInt64(spread)) << 32 | UInt64(rng.next() % 2) }
            let sorted = values.sorted(by: >)
            for n in Set([1, 2, count / 3, count / 2, count - 1, count].filter { $0 >= 1 && $0 <= count }) {
                #expect(PaperFacts.nthLargest(n, of: values) == sorted[n - 1], "\(count) \(spread) \(n)")
            }
        }
    }

    @Test func bothWaysOfCountingPairsAgreeWithThePlainCount() {
        var papers: [Paper] = []
        for i in 0..<3_000 {
            let names = [i % 2_500, (i * 7) % 2_500, (i * 13 + 1) % 2_500, i % 2_500].map { "Person\($0) Name" }
            papers.append(Paper(id: "p\(i)", title: "Paper \(i)", authors: names.map { Author(name: $0) },
                                date: i % 5 == 0 ? nil : PaperDate(year: 1990 + i % 30, month: 1, day: 1), source: SourceLocation(file: "t", line: i + 1)))
        }
        let library = Library(papers: papers)
        for indices in [Array(library.papers.indices), Array(0..<400)] {
            let g = CoauthorGraph(library: library, indices: indices)
            #expect((indices.count == 3_000) == (g.nodes.count > 2_048), "one case each way")
            let plain = Self.plainPairs(library, indices, g)
            #expect(g.edges.count == plain.count)
            for e in g.edges {
                let p = plain["\(e.a)-\(e.b)"]
                #expect(p?.0 == e.weight && p?.1 == e.firstYear && p?.2 == e.lastYear, "\(e)")
            }
        }
    }
}
