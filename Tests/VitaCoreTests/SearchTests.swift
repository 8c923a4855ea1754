import Foundation
import Testing
@testable import VitaCore

/// A paper for search tests: only what the test sets.
func paper(_ title: String, authors: [String] = ["Ann Lee"], abstract: String = "", year: Int? = 2020,
           category: String = "CV", affiliation: String? = nil, code: Bool = false, links: [String] = []) -> Paper {
    Paper(title: title, authors: authors.map { Author(name: $0) }, affiliation: affiliation,
          date: year.map { PaperDate(year: $0, month: 1, day: 1) }, category: category, hasCode: code,
          abstract: abstract, links: links, source: SourceLocation(file: "t", line: 1))
}

@Suite("Search")
struct SearchTests {
    let seed = Fixtures.seedLibrary

    /// A one-shot search indexes only its query's words and keeps nothing; a query of many words
    /// (each a comparison for every word of the text) is answered by the whole index, then kept.
    @Test func aOneShotSearchIndexesItsWordsAloneUnlessTheyAreMany() {
        let library = Library(papers: seed.papers)
        for text in ["quant", "\"knowledge distillation\" -vision", "year:2020", "a OR b OR c OR d OR e OR f OR g OR h"] {
            let query = Query(text)
            var alone = SearchSession(index: library.searchIndex(answering: query))
            var whole = SearchSession(index: SearchIndex(papers: library.papers))
            #expect(alone.search(query).ranked == whole.search(query).ranked, "\(text)")
            #expect(!library.hasSearchIndex, "\(text)")
        }
        let many = Query((1...9).map { "w\($0)" }.joined(separator: " OR "))
        #expect(library.searchIndex(answering: many) === library.searchIndex)
        #expect(library.hasSearchIndex)
        // Once made, it answers every query.
        #expect(library.searchIndex(answering: Query("quant")) === library.searchIndex)
        // Let go (its snapshot written, the people counted next), it is held no more; the people
        // are counted without it, and asked for again, it is made again and answers alike.
        var before = SearchSession(index: library.searchIndex)
        let found = before.search(Query("quant")).ranked
        library.letSearchIndexGo()
        #expect(!library.hasSearchIndex)
        #expect(library.peopleIndex.count > 0 && !library.hasSearchIndex)
        var after = SearchSession(index: library.searchIndex)
        #expect(after.search(Query("quant")).ranked == found && !found.isEmpty)
    }

    func titles(_ query: String, in library: Library? = nil, marked: Set<String> = []) -> [String] {
        let lib = library ?? seed
        var session = SearchSession(index: SearchIndex(library: lib))
        return session.search(query, marked: marked).ranked.map { lib.papers[$0].title }
    }

    @Test func doneCriterion() {
        #expect(titles(#"author:"chao li" year:2023..2024"#) == [
            "ScaleKD: Strong Vision Transformers Could Be Excellent Teachers",
            "KernelWarehouse: Rethinking the Design of Dynamic Convolution",
            "NOAH: Learning Pairwise Object Category Attentions for Image Classification",
            "Augmentation-Free Dense Contrastive Knowledge Distillation for Efficient Semantic Segmentation",
            "KernelWarehouse: Towards Parameter-Efficient Dynamic Convolution",
            "NORM: Knowledge Distillation via N-to-One Representation Matching",
        ])
    }

    @Test func prefixesAndRanking() {
        // Title hits first (newest first), then abstract-only hits (newest first).
        #expect(titles("quant") == [
            "SliderQuant: Accurate Post-Training Quantization for LLMs",
            "Incremental Network Quantization: Towards Lossless CNNs with Low-Precision Weights",
            "Sub-bit Neural Networks: Learning to Compress and Accelerate Binary Neural Networks",
            "Resolution Switchable Networks for Runtime Efficient Image Recognition",
            "A Closed-form Solution to Universal Style Transfer",
        ])
        #expect(titles("quantization") == Array(titles("quant").prefix(4)))
        #expect(titles("QUANTIZATION") == titles("quantization"))
        #expect(titles("q").count > titles("quant").count)
    }

    @Test func operators() {
        let lib = Library(papers: [
            paper("Deep Learning for Cats", abstract: "cats and dogs", year: 2019),
            paper("Shallow Learning", abstract: "deep dogs", year: 2021),
            paper("Graph Networks", abstract: "nothing here", year: 2023, code: true),
        ])
        #expect(titles("deep", in: lib) == ["Deep Learning for Cats", "Shallow Learning"])
        #expect(titles("deep dogs", in: lib) == ["Deep Learning for Cats", "Shallow Learning"])
        #expect(titles("\"deep dogs\"", in: lib) == ["Shallow Learning"])
        #expect(titles("\"deep learning\"", in: lib) == ["Deep Learning for Cats"])
        #expect(titles("deep -cats", in: lib) == ["Shallow Learning"])
        #expect(titles("cats OR graph", in: lib) == ["Graph Networks", "Deep Learning for Cats"])
        #expect(titles("(cats OR graph) -deep", in: lib) == ["Graph Networks"])
        #expect(titles("title:deep", in: lib) == ["Deep Learning for Cats"])
        #expect(titles("abstract:deep", in: lib) == ["Shallow Learning"])
        #expect(titles("has:code", in: lib) == ["Graph Networks"])
        #expect(titles("-has:code", in: lib) == ["Shallow Learning", "Deep Learning for Cats"])
        #expect(titles("year:2021", in: lib) == ["Shallow Learning"])
        #expect(titles("year:2019..2021", in: lib) == ["Shallow Learning", "Deep Learning for Cats"])
        #expect(titles("year:>=2021", in: lib) == ["Graph Networks", "Shallow Learning"])
        #expect(titles("year:<2021", in: lib) == ["Deep Learning for Cats"])
        #expect(titles("year:2020..", in: lib) == ["Graph Networks", "Shallow Learning"])
        #expect(titles("", in: lib).count == 3)
        #expect(titles("is:marked", in: lib, marked: [lib.papers[1].id]) == ["Shallow Learning"])
    }

    @Test func fieldsAndCategories() {
        let lib = Library(papers: [
            paper("One", authors: ["Jürgen Müller", "Chao Li"], category: "CV", affiliation: "cambridge"),
            paper("Two", authors: ["Chao Lin", "Li Wei"], category: "AI", links: ["https://github.com/a/zeta"]),
        ])
        #expect(titles("muller", in: lib) == ["One"])
        #expect(titles("MÜLLER", in: lib) == ["One"])
        #expect(titles("jurgen", in: lib) == ["One"])
        #expect(titles(#"author:"chao li""#, in: lib) == ["One"])
        #expect(titles("author:chao", in: lib).count == 2)
        // A phrase never runs from one author into the next.
        #expect(titles(#"author:"li chao""#, in: lib) == [])
        #expect(titles("cat:cv", in: lib) == ["One"])
        #expect(titles("cat:C", in: lib) == [])
        #expect(titles("aff:cambridge", in: lib) == ["One"])
        #expect(titles("venue:camb", in: lib) == ["One"])
        #expect(titles("zeta", in: lib) == ["Two"])
        #expect(titles("link:github", in: lib) == ["Two"])
        #expect(titles("has:link", in: lib) == ["Two"])
    }

    /// A field before parentheses is each word's in them: `title:(a OR b)` is `title:a OR
    /// title:b`, a phrase in it too; a field named inside is its own. Before, the field was left
    /// with no value and the group searched every field.
    @Test func aFieldBeforeParenthesesScopesTheGroup() {
        let lib = Library(papers: [
            paper("Quantized Networks", authors: ["Ann Lee"], abstract: "We distil.", year: 2020),
            paper("Knowledge Distillation", authors: ["Chao Li"], abstract: "Quantization helps.", year: 2021),
            paper("Vision Transformers", authors: ["Chao Li"], abstract: "Quantized and distilled.", year: 2023),
        ])
        let pairs: [(String, String)] = [
            ("title:(quant OR distil)", "title:quant OR title:distil"),
            ("title:(quant)", "title:quant"),
            ("-title:(quant OR distil)", "-title:quant -title:distil"),
            ("title:(\"knowledge distillation\")", "title:\"knowledge distillation\""),
            ("title:(vision author:chao)", "title:vision author:chao"),
            ("year:(2020 OR 2023)", "year:2020 OR year:2023"),
            ("abstract:(quant distil) title:(vision OR networks)", "abstract:quant abstract:distil (title:vision OR title:networks)"),
        ]
        for (grouped, spelled) in pairs {
            #expect(Query(grouped).problems == [], "\(grouped)")
            #expect(titles(grouped, in: lib) == titles(spelled, in: lib), "\(grouped)")
        }
        #expect(titles("title:(quant OR distil)", in: lib) == ["Knowledge Distillation", "Quantized Networks"])
        #expect(titles("quant OR distil", in: lib).count == 3)
        // Its problems are said where they stand; an empty or unclosed group finds nothing.
        #expect(Query("year:(abc)").problems == [QueryProblem(message: "year: expects a year (2020), a range (2019..2021) or a bound (>=2023), not 'abc'", column: 7)])
        #expect(Query("title:(quant").problems == [QueryProblem(message: "unclosed '('", column: 1)])
        #expect(titles("title:(quant", in: lib) == titles("title:quant", in: lib))
        #expect(Query("title:()").root == .all)
    }

    /// `cites:` over papers none of which has a citation count says so, where it stands, instead
    /// of finding nothing with nothing said (a profile's header states its total, not each
    /// paper's); with a count on any paper it says nothing.
    @Test func citesWhereNoPaperHasACountSaysSo() {
        var counted = paper("Counted")
        counted.citations = CitationCount(count: 12, source: "openalex")
        let without = Library(papers: [paper("One"), paper("Two")])
        let with = Library(papers: [paper("One"), counted])
        let message = "no paper here has a citation count, so cites: matches none (OpenAlex, Semantic Scholar, Web of Science and RIS records give them)"
        for library in [without, with] {
            for index in [library.searchIndex(answering: Query("one cites:>=10")), library.searchIndex] {
                var session = SearchSession(index: index)
                let result = session.search(Query("one cites:>=10 OR -citations:5"))
                let said = result.problems.filter { $0.message == message }.map(\.column)
                #expect(said == (library.hasCitations ? [] : [5, 20]), "\(result.problems)")
            }
        }
        var session = SearchSession(index: with.searchIndex)
        #expect(session.search(Query("cites:>=10")).ranked.map { with.papers[$0].title } == ["Counted"])
        #expect(session.search(Query("one")).problems == [])
    }

    @Test func malformedQueriesRunWhatTheyCan() {
        let cases: [(String, String, Int)] = [
            (#"quant "unclosed"#, "unclosed quote", 7),
            ("year:abc quant", "year: expects a year (2020), a range (2019..2021) or a bound (>=2023), not 'abc'", 6),
            ("quant OR", "OR needs a term after it", 7),
            ("OR quant", "OR needs a term before it", 1),
            ("(quant", "unclosed '('", 1),
            ("quant)", "')' without '('", 6),
            ("has:wings", "has: expects code, link, aff or note, not 'wings'", 5),
        ]
        for (text, message, column) in cases {
            let q = Query(text)
            #expect(q.problems == [QueryProblem(message: message, column: column)], "\(text)")
        }
        // The valid part still answers.
        #expect(titles("year:abc quant") == titles("quant"))
        #expect(titles("quant OR") == titles("quant"))
        #expect(titles("(quant") == titles("quant"))
        // A half-typed query is no problem at all.
        for partial in ["year:", "title:", "-", "auth", "author:\"chao"] {
            #expect(Query(partial).problems.filter { $0.message != "unclosed quote" } == [], "\(partial)")
        }
        #expect(titles("author:\"chao l").count == titles(#"author:"chao li""#).count)
    }

    @Test func highlights() throws {
        let p = paper("SliderQuant: Accurate Post-Training Quantization", authors: ["Chao Li", "Ann Lee"], abstract: "We quantize.")
        let h = Highlight.ranges(in: p, for: Query(#"quant author:"chao li" -accurate"#))
        let title = p.title
        #expect(h[.title]?.map { String(title[$0]) } == ["Quant"])
        #expect(h[.abstract]?.map { String(p.abstract[$0]) } == ["quant"])
        let authors = Highlight.text(of: p, field: .authors)
        #expect(h[.authors]?.map { String(authors[$0]) } == ["Chao Li"])
        #expect(h[.title]?.contains { String(title[$0]) == "Accurate" } != true)
        let accent = paper("Über Müller")
        let ha = Highlight.ranges(in: accent, for: Query("muller"))
        #expect(ha[.title]?.map { String(accent.title[$0]) } == ["Müller"])
    }

    @Test func incrementalTypingMatchesFreshSearches() {
        let index = SearchIndex(library: seed)
        var session = SearchSession(index: index)
        let typed = "quantization network"
        for end in typed.indices {
            let prefix = String(typed[...end])
            var fresh = SearchSession(index: index)
            #expect(session.search(prefix).ranked == fresh.search(prefix).ranked, "\(prefix)")
        }
    }
}

/// Brute force: the query's meaning, checked paper by paper on the model.
enum BruteForce {
    /// Each text's words, cut once: a test that asks many queries of one library asks for the same
    /// texts each time (cutting them again was most of such a test's time).
    final class Words {
        private var known: [String: [String]] = [:]
        init() {}
        func of(_ text: String) -> [String] {
            if let words = known[text] { return words }
            let words = Tokenizer.tokens(text)
            known[text] = words
            return words
        }
    }

    static func matches(_ node: QueryNode, _ p: Paper, marked: Set<String>, words: Words? = nil) -> Bool {
        switch node {
        case .all: return true
        case .term(let t): return matches(t, p, marked: marked, words: words)
        case .not(let n): return !matches(n, p, marked: marked, words: words)
        case .and(let items): return items.allSatisfy { matches($0, p, marked: marked, words: words) }
        case .or(let items): return items.contains { matches($0, p, marked: marked, words: words) }
        }
    }

    static func matches(_ t: QueryTerm, _ p: Paper, marked: Set<String>, words known: Words? = nil) -> Bool {
        switch t {
        case let .words(words, prefixLast, fields):
            for field in SearchFields.ordered where fields.contains(field) {
                for text in SearchIndex.texts(of: p, field: field) {
                    let tokens = known?.of(text) ?? Tokenizer.tokens(text)
                    guard tokens.count >= words.count else { continue }
                    for k in 0...(tokens.count - words.count) {
                        let ok = words.indices.allSatisfy { i in
                            i == words.count - 1 && prefixLast ? tokens[k + i].hasPrefix(words[i]) : tokens[k + i] == words[i]
                        }
                        if ok { return true }
                    }
                }
            }
            return false
        case .category(let c): return TextFolding.fold(p.category ?? "") == c
        case .year(let r): return p.year.map(r.contains) ?? false
        case .hasCode: return p.hasCode
        case .hasLink: return !p.links.isEmpty
        case .hasAffiliation: return p.affiliation != nil
        case .isMarked: return marked.contains(p.id)
        case .isYearInferred: return p.date?.yearInferred == true
        case .isTruncated: return p.authorsTruncated
        case .isDuplicate: return !p.possibleDuplicates.isEmpty
        case .isRetracted: return p.retraction != nil
        case .tag, .hasNote: return false
        case .citations(let r): return p.citations.map { r.contains($0.count) } ?? false
        case .person(let key): return p.authors.contains { $0.key == key }
        case .type(let kind): return p.type == kind
        case .ownerPosition(let w):
            guard case .listed(let at) = p.owner else { return false }
            switch w {
            case .first: return at == 0
            case .last: return at == p.authors.count - 1 && !p.authorsTruncated
            case .nth(let n): return at == n - 1
            }
        case let .entryField(name, words, prefixLast):
            guard let e = p.entry else { return false }
            return e.fields.contains { f in
                guard f.name == name else { return false }
                let tokens = Tokenizer.tokens(LaTeXText.decodePlain(e.text(of: f)))
                guard tokens.count >= words.count else { return false }
                return (0...(tokens.count - words.count)).contains { k in
                    words.indices.allSatisfy { i in
                        i == words.count - 1 && prefixLast ? tokens[k + i].hasPrefix(words[i]) : tokens[k + i] == words[i]
                    }
                }
            }
        }
    }
}

@Suite("Search index agrees with a brute-force scan")
struct SearchPropertyTests {
    static let words = ["deep", "deeper", "net", "network", "quant", "quantization", "müller", "muller", "li", "chao",
                        "graph", "grid", "conv", "convolution", "a", "b", "x1", "über", "café", "cafe",
                        // words cut by punctuation, and a control that folds to a digit where bytes are compared case-blind
                        "net-deep", "x1.b", "\u{10}x1", "QUANT0",
                        // words that hold an ASCII word only once folded, or stand beside other letters
                        "ne\u{301}twork", "ｎｅｔ", "networkä", "—network", "über-net"]

    @Test(arguments: 0..<60)
    func randomLibrariesAndQueries(_ seed: Int) {
        var rng = SplitMix(seed: UInt64(seed) &* 7919)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        func phrase(_ count: Int) -> String { (0..<count).map { _ in Self.words[pick(Self.words.count)] }.joined(separator: " ") }
        let papers = (0..<(1 + pick(300))).map { _ -> Paper in
            var p = paper(phrase(1 + pick(6)).capitalized, authors: (0..<(1 + pick(3))).map { _ in phrase(2).capitalized },
                  // Now and then an abstract too long to be looked over for the words alone (see `WordsAsked`).
                  abstract: phrase(pick(40) == 0 ? 3_000 : pick(30)), year: pick(5) == 0 ? nil : 2015 + pick(10),
                  category: ["CV", "AI", "cs.LG"][pick(3)], affiliation: pick(3) == 0 ? phrase(1) : nil,
                  code: pick(2) == 0, links: pick(3) == 0 ? ["https://github.com/\(phrase(1))/r"] : [])
            p.type = [nil, .article, .preprint, .inproceedings][pick(4)]
            p.retraction = [nil, nil, nil, .retracted, .withdrawn][pick(5)]
            return p
        }
        let library = Library(papers: papers)
        let marked = Set(library.papers.filter { _ in pick(4) == 0 }.map(\.id))
        // Several shards on some runs, so shard borders are crossed.
        var session = SearchSession(index: SearchIndex(papers: library.papers, shards: 1 + seed % 3))
        // Ranked in parts on some runs, as many matches are.
        if seed % 2 == 1 { session.rankInPartsFrom = 1 }
        // Every ranking kept on some runs, and each query searched again with other marks: a
        // ranking kept is given back only for the same query and the same matches.
        if seed % 3 != 2 { session.keepRankedFrom = 1 }
        let otherMarks = Set(library.papers.filter { _ in pick(3) == 0 }.map(\.id))
        let words = BruteForce.Words()
        let byDate = PaperSort.date.sortedIndices(library.papers)
        let atoms = ["deep", "qu", "q", "\"deep net\"", "\"chao li\"", "author:li", "title:conv", "abstract:\"graph grid\"",
                     "cat:cv", "cat:cs.lg", "year:2018", "year:2016..2020", "year:>=2022", "has:code", "has:link",
                     "is:marked", "aff:a", "muller", "MÜLL", "cafe", "x", "x1", "b", "link:github", "zzz", "-deep", "-q",
                     // three-symbol prefixes (kept as bit sets when common), phrases of common words
                     "qua", "gra", "mül", "title:con", "\"net deep\"", "title:\"deep net\"", "\"deep net graph\"", "\"li chao\"",
                     // one person's papers, by their whole name
                     "person:\"chao li\"", "person:\"Deep Net\"", "person:net",
                     // the kind of publication, by its name and by a word for it
                     "type:article", "type:preprint", "type:conference", "type:book",
                     // papers taken back
                     "is:retracted", "is:withdrawn",
                     // words a control or punctuation stands beside
                     "0", "1", "x1b", "quant0", "quant", "\"x1 b\"", "\"net deep\"",
                     // a word alone, asked exactly and as a prefix, and one a prefix of another
                     "\"net\"", "\"network\"", "net", "network", "title:\"net\"", "\"deep\" deeper",
                     "\"net\" net", "-\"net\" net", "\"network\" -network"]
        for _ in 0..<25 {
            var parts: [String] = []
            for _ in 0..<(1 + pick(3)) {
                var atom = atoms[pick(atoms.count)]
                if pick(4) == 0 { atom = "-" + atom }
                parts.append(atom)
            }
            var text = parts.joined(separator: pick(3) == 0 ? " OR " : " ")
            if pick(5) == 0 { text = "(\(text)) " + atoms[pick(atoms.count)] }
            let query = Query(text)
            // An index of the query's words alone, as a one-shot search builds, answers as the whole one.
            var alone = SearchSession(index: SearchIndex(store: PaperStore(library.papers), shards: 1 + seed % 3, only: WordsAsked(query)))
            // Ranked only as far as asked: the first places, found by walking the date order
            // or sorting the few, are the whole ranking's.
            alone.rankLaterFrom = 1
            alone.rankAheadAtLeast = 1
            for marked in [marked, otherMarks, marked] {
                let result = session.search(query, marked: marked)
                let lazy = alone.search(query, marked: marked).ranking
                let k = pick(4) == 0 ? 0 : 1 + pick(40)
                #expect(lazy.first(k) == Array(result.ranked.prefix(k)), "\(text): first \(k)")
                if lazy.count > 0 {
                    let i = pick(lazy.count)
                    #expect(lazy[i] == result.ranked[i], "\(text): place \(i)")
                    let page = i..<min(lazy.count, i + 1 + pick(5))
                    #expect(lazy.places(page) == Array(result.ranked[page]), "\(text): places \(page)")
                }
                let expected = library.papers.indices.filter { BruteForce.matches(query.root, library.papers[$0], marked: marked, words: words) }
                #expect(result.ranked.sorted() == expected, "\(text)")
                #expect(alone.search(query, marked: marked).ranked == result.ranked, "\(text)")
                // Ranked: papers whose title holds one of the query's words first, newest first within each.
                let titled = Set(expected.filter { p in
                    query.positiveTerms.contains { t in
                        guard case let .words(w, prefixLast, fields) = t, fields.contains(.title) else { return false }
                        return BruteForce.matches(.words(w, prefixLast: prefixLast, fields: .title), library.papers[p], marked: marked, words: words)
                    }
                })
                let dated = byDate.filter(Set(expected).contains)
                #expect(result.ranked == dated.filter(titled.contains) + dated.filter { !titled.contains($0) }, "\(text)")
            }
        }
    }
}

@Suite("Rows of common word pairs: a bit set when dense, a list of papers when not")
struct PairRowsTests {
    /// Random rows of random shards give, row by row, the same papers as a bit set made the
    /// plain way, in shards whose rows are all lists, all bit sets or a mix; and each is taken
    /// as sound when read back.
    @Test(arguments: 0..<40)
    func rowsHoldThePapersOfTheirPairs(_ seed: Int) {
        var rng = SplitMix(seed: UInt64(seed) &* 104_729 &+ 1)
        func pick(_ n: Int) -> Int { Int(rng.next() % UInt64(n)) }
        let papers = 1 + pick(700)
        let busy = [1, 3, 40, PairRows.rows][pick(4)]   // how many rows have papers
        var lists = [[UInt32]](repeating: [], count: PairRows.rows)
        for p in 0..<papers {
            for _ in 0..<pick(6) {
                let r = pick(busy) * (PairRows.rows / busy)
                if lists[r].last != UInt32(p) { lists[r].append(UInt32(p)) }
            }
        }
        let rows = PairRows(rows: lists, papers: papers)
        let wps = (papers + 63) / 64
        for r in 0..<PairRows.rows {
            var expected = [UInt64](repeating: 0, count: wps)
            for p in lists[r] { expected[Int(p) >> 6] |= 1 << UInt64(p & 63) }
            #expect(rows.words(r) == expected, "row \(r) of \(papers) papers")
        }
        #expect(rows.fit(papers: papers))
        // Never larger than bit sets for every row.
        #expect(rows.values.count <= PairRows.rows * 2 * wps)
    }

    /// Rows read from a damaged or crafted snapshot that would give papers not in the shard, or
    /// read past their values, are refused.
    @Test func rowsThatDoNotHoldTogetherAreRefused() {
        let papers = 100, wps = 2
        func rows(_ lengths: [Int: [UInt32]], starts fix: ((inout [Int32]) -> Void)? = nil) -> PairRows {
            var starts = [Int32](repeating: 0, count: PairRows.rows + 1), values: [UInt32] = []
            for r in 0..<PairRows.rows {
                values += lengths[r] ?? []
                starts[r + 1] = Int32(values.count)
            }
            fix?(&starts)
            return PairRows(starts: Flat(starts), values: Flat(values), wordsPerSet: wps)
        }
        #expect(rows([0: [1, 5, 99], 7: [0]]).fit(papers: papers))
        #expect(rows([3: [UInt32.max, 15, 0, 0]]).fit(papers: papers), "a bit set of papers 0 to 31 and 32 to 35")
        #expect(!rows([0: [5, 1]]).fit(papers: papers), "a list not ascending")
        #expect(!rows([0: [5, 5]]).fit(papers: papers), "a paper twice")
        #expect(!rows([0: [100]]).fit(papers: papers), "a paper past the last")
        #expect(!rows([3: [0, 0, 0, 1 << 4]]).fit(papers: papers), "a bit set's bit for paper 100")
        #expect(!rows([3: [1, 2, 3, 4, 5]]).fit(papers: papers), "a list longer than a bit set")
        #expect(!rows([0: [1, 2]], starts: { $0[1] = 3 }).fit(papers: papers), "starts past the values")
        #expect(!rows([0: [1, 2]], starts: { $0[5] = 1 }).fit(papers: papers), "starts that fall back")
        #expect(!PairRows(starts: Flat([0, 0]), values: Flat(), wordsPerSet: wps).fit(papers: papers), "too few rows")
        #expect(!rows([:]).fit(papers: 1_000), "rows made for another number of papers")
        #expect(PairRows().fit(papers: papers))
    }
    /// A stored shard's postings are not each checked against their paper's run of positions
    /// when read (that look was most of reading a large shard): a crafted one that points past
    /// its paper's run is kept to the run where it is read, so a phrase search stays within the
    /// paper and finds nothing it should not.
    @Test func aPostingPastItsPapersPositionsIsKeptToThem() {
        let papers = (0..<200).map { paper($0 % 2 == 0 ? "Neural Network \($0)" : "Network Neural \($0)") }
        let good = SearchShard(papers: papers[...])
        var phrase = BitSet(count: papers.count)
        good.phraseBits(["neural", "network"], prefixLast: false, fields: .all, within: nil, into: &phrase)
        #expect(phrase.cardinality == 100)
        for (offset, length) in [(60_000, 65_535), (0, 65_535), (3, 1), (65_535, 65_535)] {
            let crafted = SearchShard(
                base: good.base, count: good.count, vocabulary: good.vocabulary, sortedTerms: good.sortedTerms, postStart: good.postStart,
                postings: Flat(good.postings.map { Posting(paper: Int($0.paper), localOffset: offset, length: length, mask: $0.mask) }),
                positions: good.positions, positionStart: good.positionStart, fieldStart: good.fieldStart, prefixAny: good.prefixAny,
                prefixTitle: good.prefixTitle, heavyPrefixes: good.heavyPrefixes, commonTerms: good.commonTerms,
                commonPairs: good.commonPairs, commonTitlePairs: good.commonTitlePairs, wordsPerSet: good.wordsPerSet)
            for posting in crafted.postings {
                let p = Int(posting.paper)
                let run = Int(crafted.positionStart[p])...Int(crafted.positionStart[p + 1])
                let range = crafted.positionRange(posting)
                #expect(run.contains(range.lowerBound) && run.contains(range.upperBound), "\(offset), \(length): \(range) outside \(run)")
            }
            var found = BitSet(count: papers.count)
            crafted.phraseBits(["neural", "network"], prefixLast: false, fields: .all, within: nil, into: &found)
            var outside = 0
            found.forEach { if $0 >= papers.count { outside += 1 } }
            #expect(outside == 0)
        }
    }
    /// A stored dictionary is taken only when its table holds each word once and nothing else.
    @Test func aStoredDictionaryHoldsEachWordOnce() {
        var v = Vocabulary()
        for w in (0..<300).map({ "word\($0)" }) { _ = Array(w.utf8).withUnsafeBufferPointer { v.id(for: $0) } }
        let (keys, ids) = v.table
        let restored = Vocabulary(restoring: v.bytes, starts: v.starts, keys: keys, ids: ids)
        #expect(restored?.lookup("word17") == v.lookup("word17") && restored?.count == 300)
        let used = ids.indices.filter { ids[$0] >= 0 }
        var twice = ids
        twice[used[1]] = ids[used[0]]
        var missing = ids
        missing[used[5]] = -1
        var outside = ids
        outside[used[2]] = 300
        for (label, bad) in [("a word twice", twice), ("a word missing", missing), ("an id past the words", outside)] {
            #expect(Vocabulary(restoring: v.bytes, starts: v.starts, keys: keys, ids: bad) == nil, "\(label)")
        }
    }
}
