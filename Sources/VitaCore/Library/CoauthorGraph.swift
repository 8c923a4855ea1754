import FoundationEssentials
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The people on the same papers as the profile owner: nodes with paper counts, edges weighted by
/// papers shared. Built from the visible author lists: authors behind `et al.` are unknown.
public struct CoauthorGraph: Sendable, Equatable {
    public struct Node: Sendable, Equatable, Codable {
        public var name: String
        public var key: String
        /// Papers (of the selection) the person is a visible author of.
        public var papers: Int
        /// Papers shared with the owner (every paper of a profile is the owner's).
        public var shared: Int
        public var firstYear: Int?
        public var lastYear: Int?
        public var isOwner: Bool
    }

    public struct Edge: Sendable, Equatable, Codable {
        public var a: Int
        public var b: Int
        public var weight: Int
        public var firstYear: Int?
        public var lastYear: Int?
        /// An edge of the owner's (else between two coauthors).
        public var withOwner: Bool
    }

    /// The owner first, then coauthors by papers shared (then by name).
    public var nodes: [Node]
    public var edges: [Edge]
    /// Papers whose author list ends in `et al.`: their other authors are missing from the graph.
    public var truncatedPapers: Int
    public var papers: Int
    /// Everyone on the papers (the owner or first person included), also those left out of
    /// `nodes` by a limit of people.
    public var allPeople = 0

    /// `papers` defaults to all of the library's. The owner is the record's person (its profile's,
    /// or the one given); their papers are those that list them (every paper of a profile). A
    /// record without an owner is shown as it is: the first node is the most published person,
    /// marked as no owner, and every edge joins two people who share a paper.
    /// `indices`: the papers of the library to draw from (all by default), read in place.
    /// `centre`: the person in the owner's place instead (a coauthor the graph was re-centred on):
    /// their papers are those that list them.
    /// `people`: at most this many people in `nodes` (the first and those sharing most with them),
    /// and only the edges among them counted: a whole record of many people has hundreds of
    /// thousands, and the pairs of a paper of 500 authors alone are 124,750.
    public init(library: Library, indices: [Int]? = nil, centre: (key: String, name: String)? = nil, people: Int? = nil) {
        self.init(library: library, indices: indices, centre: centre, people: people, centreOnEach: false)
    }

    /// `centreOnEach`: the papers given are known to be the centre's, each (their papers as the
    /// people index lists them), so none is looked through for them again.
    init(library: Library, indices: [Int]?, centre: (key: String, name: String)?, people: Int?, centreOnEach: Bool) {
        let given = indices ?? Array(0..<library.paperCount)
        let facts = PaperFacts(library: library, given: given)
        let list = facts.list
        papers = list.count
        truncatedPapers = list.reduce(0) { $0 + (facts.truncated($1) ? 1 : 0) }
        var index: [String: Int] = [:]
        var nodes: [Node] = []
        let centreIsOwner = centre == nil || centre?.key == library.ownerKey
        let centreKey = centre?.key ?? library.ownerKey ?? ""
        let isCentres = centreOnEach ? { _ in true } : facts.isOf(key: centreKey, ownerKey: library.ownerKey)
        if let numbers = facts.numbers {
            // From the numbers: each person's counts in arrays by number, and the people sorted
            // by their counts, their names compared only where the counts tie.
            let hasCentre = centre?.key ?? library.ownerKey != nil
            // Without one, each person's papers are all shared (the first node is the most published).
            let own = hasCentre ? list.filter(isCentres) : list
            if hasCentre {
                let ownYears = own.compactMap(facts.year)
                nodes.append(Node(name: (centreIsOwner ? library.ownerName : centre?.name) ?? "owner", key: centreKey, papers: own.count, shared: own.count,
                                  firstYear: ownYears.min(), lastYear: ownYears.max(), isOwner: true))
            }
            let (ranked, total) = facts.ranked(list: list, own: own, numbers: numbers, excluding: hasCentre ? centreKey : nil,
                                               recordOwner: centreIsOwner ? nil : library.ownerKey, ownerName: library.ownerName,
                                               limit: people.map { max(0, max(1, $0) - nodes.count) })
            allPeople = nodes.count + total
            for (c, name, key) in ranked {
                nodes.append(Node(name: name, key: key, papers: Int(c.papers), shared: Int(c.shared),
                                  firstYear: c.first == 0 ? nil : Int(c.first), lastYear: c.last == 0 ? nil : Int(c.last), isOwner: false))
            }
        } else if let ownerKey = centre?.key ?? library.ownerKey {
            // Only the owner's papers count for the owner and their edges.
            let own = list.filter(isCentres)
            // The papers read above, not read again.
            var counts = Statistics.people(in: library, indices: list, reader: facts.reader)
            // Every paper of a profile is its owner's: the same count twice is made once.
            var shared = own.count == list.count ? counts : Statistics.people(in: library, indices: own, reader: facts.reader)
            // Centred on a coauthor, the record's owner is still on every paper of theirs.
            if !centreIsOwner, let recordOwner = library.ownerKey {
                func ownersCount(_ among: [Int], in table: inout [String: Statistics.Coauthor]) {
                    let theirs = among.filter(facts.owned)
                    guard !theirs.isEmpty else { return }
                    let years = theirs.compactMap(facts.year)
                    table[recordOwner] = Statistics.Coauthor(name: library.ownerName ?? table[recordOwner]?.name ?? recordOwner, key: recordOwner,
                                                             sharedPapers: theirs.count, firstYear: years.min(), lastYear: years.max())
                }
                ownersCount(list, in: &counts)
                ownersCount(own, in: &shared)
            }
            let ownYears = own.compactMap(facts.year)
            nodes.append(Node(name: (centreIsOwner ? library.ownerName : centre?.name) ?? "owner", key: ownerKey, papers: own.count, shared: own.count,
                              firstYear: ownYears.min(), lastYear: ownYears.max(), isOwner: true))
            let others = counts.values.filter { $0.key != ownerKey }
                .map { c in (c, shared[c.key]?.sharedPapers ?? 0) }
                .sorted { ($0.1, $0.0.sharedPapers, $1.0.name, $1.0.key) > ($1.1, $1.0.sharedPapers, $0.0.name, $0.0.key) }
            for (c, withOwner) in others {
                nodes.append(Node(name: c.name, key: c.key, papers: c.sharedPapers, shared: withOwner,
                                  firstYear: c.firstYear, lastYear: c.lastYear, isOwner: false))
            }
        } else {
            let counts = Statistics.people(in: library, indices: list, reader: facts.reader)
            for c in counts.values.sorted(by: { ($0.sharedPapers, $1.name, $1.key) > ($1.sharedPapers, $0.name, $0.key) }) {
                nodes.append(Node(name: c.name, key: c.key, papers: c.sharedPapers, shared: c.sharedPapers,
                                  firstYear: c.firstYear, lastYear: c.lastYear, isOwner: false))
            }
        }
        if facts.numbers == nil {
            allPeople = nodes.count
            if let people, nodes.count > max(1, people) { nodes.removeLast(nodes.count - max(1, people)) }
        }
        for (i, n) in nodes.enumerated() { index[n.key] = i }
        let withOwner = nodes.first?.isOwner == true
        // The record's owner as a coauthor (the graph centred on someone else) is on the papers
        // that list them only behind `et al.` too.
        let impliedOwner = centreIsOwner ? nil : library.ownerKey.flatMap { index[$0] }
        let n = nodes.count
        let dense = n <= 2_048
        let nodeOf = facts.nodes(index), drawn = index
        // The centre's node is among a paper's people when they are listed; only the owner may be
        // on a paper behind `et al.` alone (looking for the centre on each paper again took a
        // tenth of a graph centred on a person of 40,000 papers).
        let centreUnlisted = withOwner && centreIsOwner
        /// The pairs of the papers `range` of `list`: in `weight`, `first` and `last` (`dense`), else in `pairs`.
        func countPairs(_ range: Range<Int>, _ weight: inout [Int32], _ first: inout [Int32], _ last: inout [Int32], _ pairs: inout [Int: Edge]) {
            var members: [Int] = []
            for k in list[range] {
                members.removeAll(keepingCapacity: true)
                facts.people(k, nodeOf, drawn, into: &members)
                // A profile's paper is its owner's even when the owner is behind `et al.`.
                if centreUnlisted, isCentres(k) { members.append(0) }
                if let o = impliedOwner, facts.implied(k) { members.append(o) }
                members.sort()
                var unique = 0
                for m in members where unique == 0 || members[unique - 1] != m {
                    members[unique] = m
                    unique += 1
                }
                guard unique > 1 else { continue }
                let year = facts.year(k)
                for i in 0..<unique {
                    for j in (i + 1)..<unique {
                        let a = members[i], b = members[j]
                        if dense {
                            let cell = a * n + b
                            weight[cell] += 1
                            if let y = year {
                                first[cell] = min(first[cell], Int32(truncatingIfNeeded: y))
                                last[cell] = max(last[cell], Int32(truncatingIfNeeded: y))
                            }
                        } else {
                            var e = pairs[a * n + b] ?? Edge(a: a, b: b, weight: 0, withOwner: a == 0 && withOwner)
                            e.weight += 1
                            if let y = year { e.firstYear = min(e.firstYear ?? y, y); e.lastYear = max(e.lastYear ?? y, y) }
                            pairs[a * n + b] = e
                        }
                    }
                }
            }
        }
        // Pairs are counted in flat arrays indexed a * n + b when they fit (a few thousand people,
        // the usual case: a profile, a filtered list), else in a dictionary. Many papers (a
        // prolific person's, as a key re-centres the graph) are shared between the cores, each
        // counting into arrays of its own, added up after, when their people are numbered (no
        // paper read: a snapshot's papers are read through one reader).
        func flat() -> ([Int32], [Int32], [Int32]) {
            ([Int32](repeating: 0, count: n * n), [Int32](repeating: Int32.max, count: n * n), [Int32](repeating: Int32.min, count: n * n))
        }
        var (weight, first, last): ([Int32], [Int32], [Int32]) = ([], [], [])
        var pairs: [Int: Edge] = [:]
        if dense, facts.numbers != nil, list.count >= 4_096, Cores.active > 1 {
            let parts = Parallel.map(2, chunk: 1) { p -> ([Int32], [Int32], [Int32]) in
                var (w, f, l) = flat()
                var unused: [Int: Edge] = [:]
                countPairs(list.count * p / 2..<list.count * (p + 1) / 2, &w, &f, &l, &unused)
                return (w, f, l)
            }
            (weight, first, last) = parts[0]
            for c in 0..<(n * n) where parts[1].0[c] > 0 {
                weight[c] += parts[1].0[c]
                first[c] = min(first[c], parts[1].1[c])
                last[c] = max(last[c], parts[1].2[c])
            }
        } else {
            if dense { (weight, first, last) = flat() }
            countPairs(0..<list.count, &weight, &first, &last, &pairs)
        }
        if dense {
            var out: [Edge] = []
            for a in 0..<n {
                for b in (a + 1)..<max(a + 1, n) where weight[a * n + b] > 0 {
                    let cell = a * n + b
                    out.append(Edge(a: a, b: b, weight: Int(weight[cell]),
                                    firstYear: first[cell] == Int32.max ? nil : Int(first[cell]),
                                    lastYear: last[cell] == Int32.min ? nil : Int(last[cell]), withOwner: a == 0 && withOwner))
                }
            }
            edges = out
            self.nodes = nodes
            return
        }
        edges = pairs.values.sorted { ($0.a, $0.b) < ($1.a, $1.b) }
        self.nodes = nodes
    }

    /// Whether the person of `key` is an author of `paper`: a visible one, or the owner (of every
    /// paper of theirs, those behind `et al.` too).
    public static func isOf(_ paper: Paper, key: String, ownerKey: String?) -> Bool {
        key == ownerKey ? paper.owner != .none : paper.authors.contains { $0.key == key }
    }

    /// The graph of one person's papers among `indices`, with them in the owner's place.
    public static func centred(on centre: (key: String, name: String), library: Library, indices: [Int], people: Int? = nil) -> CoauthorGraph {
        let theirs: [Int]
        if let people = library.peopleIndexIfReady, let p = people.person(key: centre.key) {
            // Their papers as the people index lists them (the owner's behind `et al.` too), among those given.
            var mine = BitSet(count: library.paperCount)
            for k in people.papers(p) where k >= 0 && k < library.paperCount { mine.insert(k) }
            if indices.count == library.paperCount {
                // Every paper shown (the whole record, in some order): theirs are all of theirs,
                // taken from the set without a pass over millions of places. The graph does not
                // depend on their order.
                var all: [Int] = []
                mine.forEach { all.append($0) }
                theirs = all
            } else {
                theirs = indices.filter { $0 >= 0 && $0 < library.paperCount && mine.contains($0) }
            }
        } else {
            let all = library.reader(for: indices)
            theirs = all.inReadingOrder(indices).filter { isOf(all[$0], key: centre.key, ownerKey: library.ownerKey) }
        }
        return CoauthorGraph(library: library, indices: theirs, centre: centre, people: people, centreOnEach: true)
    }

    /// The owner and the `count` coauthors sharing the most papers, with the edges among them.
    public func top(_ count: Int) -> CoauthorGraph {
        guard count + 1 < nodes.count else { return self }
        var g = self
        let keep = count + 1
        g.nodes = Array(nodes.prefix(keep))
        g.edges = edges.filter { $0.a < keep && $0.b < keep }
        return g
    }

    // MARK: Output

    /// Graphviz: node labels with paper counts, edge weights as pen widths and labels.
    public var dot: String {
        func quote(_ s: String) -> String {
            // Control characters (escape sequences in a name) shown, never sent to a terminal.
            "\"" + VisibleText.singleLine(s).replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"") + "\""
        }
        var out = ["graph coauthors {", "  graph [overlap=false, splines=true];", "  node [shape=ellipse, fontname=\"Helvetica\"];"]
        for (i, n) in nodes.enumerated() {
            let style = n.isOwner ? ", style=filled, fillcolor=\"#ffd75f\", shape=box" : ""
            // `\n` inside a DOT string is a line break in the label.
            out.append("  n\(i) [label=\(quote(n.name).dropLast())\\n\(n.papers) papers\"\(style)];")
        }
        for e in edges {
            let years = [e.firstYear, e.lastYear].compactMap { $0 }.map(String.init)
            let span = years.isEmpty ? "" : ", tooltip=\(quote(Set(years).count == 1 ? years[0] : years.joined(separator: "–")))"
            let color = e.withOwner ? "\"#005f87\"" : "\"#9e9e9e\""
            out.append("  n\(e.a) -- n\(e.b) [weight=\(e.weight), penwidth=\(min(8, 1 + e.weight)), label=\"\(e.weight)\", color=\(color)\(span)];")
        }
        out.append("}")
        return out.joined(separator: "\n") + "\n"
    }

    /// TSV: a `node` line per person and an `edge` line per pair.
    public var tsv: String {
        // One meaning per column: a node is `id`; an edge joins `id` and `to`; `papers` are the
        // node's papers or those the two share; `with_owner` the node's papers with the owner, or
        // whether the edge is the owner's.
        var lines = ["kind\tid\tto\tname\tpapers\twith_owner\tfirst_year\tlast_year\towner"]
        for (i, n) in nodes.enumerated() {
            lines.append(["node", String(i), "", VisibleText.singleLine(n.name), String(n.papers), n.isOwner || nodes.first?.isOwner != true ? "" : String(n.shared),
                          n.firstYear.map(String.init) ?? "", n.lastYear.map(String.init) ?? "", n.isOwner ? "1" : "0"].joined(separator: "\t"))
        }
        for e in edges {
            lines.append(["edge", String(e.a), String(e.b), VisibleText.singleLine(nodes[e.a].name + " – " + nodes[e.b].name), String(e.weight),
                          e.withOwner ? "1" : "0", e.firstYear.map(String.init) ?? "", e.lastYear.map(String.init) ?? "", ""].joined(separator: "\t"))
        }
        return lines.joined(separator: "\n") + "\n"
    }
}

extension CoauthorGraph.Node {
    /// The name with DBLP's homonym number when the key carries one: homonyms told apart.
    public var shownName: String { People.shown(name, key: key) }
}

extension CoauthorGraph: Codable {
    enum CodingKeys: String, CodingKey {
        case nodes, edges, truncatedPapers, papers
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        nodes = try c.decode([Node].self, forKey: .nodes)
        edges = try c.decode([Edge].self, forKey: .edges)
        truncatedPapers = try c.decode(Int.self, forKey: .truncatedPapers)
        papers = try c.decode(Int.self, forKey: .papers)
        allPeople = nodes.count
    }
}

/// A deterministic force-directed layout (Fruchterman–Reingold with a grid for the repulsion, so
/// it stays near-linear on large graphs). The owner is pinned at the centre; positions come out in
/// the unit square. Starting places are radial: people who share more papers start closer.
public enum GraphLayout {
    public struct Point: Sendable, Equatable {
        public var x: Double
        public var y: Double
        public init(x: Double, y: Double) { self.x = x; self.y = y }
    }

    /// `iterations` defaults by size: big graphs get fewer, longer steps (the cooling reaches the
    /// same final temperature), which keeps 2,000 people within a few hundred milliseconds.
    public static func compute(_ graph: CoauthorGraph, iterations: Int? = nil, seed: UInt64 = 7) -> [Point] {
        let n = graph.nodes.count
        let iterations = iterations ?? (n <= 300 ? 60 : n <= 1000 ? 40 : 24)
        let cooling = pow(0.013, 1 / Double(iterations))
        guard n > 1 else { return n == 1 ? [Point(x: 0.5, y: 0.5)] : [] }
        var rng = SeededRandom(seed: seed)
        let maxShared = Double(graph.nodes.dropFirst().map(\.shared).max() ?? 1)
        var x = [Double](repeating: 0, count: n), y = [Double](repeating: 0, count: n)
        for i in 1..<n {
            let r = 0.15 + 0.8 * (1 - Double(graph.nodes[i].shared) / (maxShared + 1))
            let angle = Double(i) * 2.399963 + Double(rng.next() % 1000) / 1000 * 0.3   // golden angle
            x[i] = r * cos(angle)
            y[i] = r * sin(angle)
        }
        let k = 1.6 / Double(n).squareRoot()   // ideal distance in a [-1, 1] square
        var temperature = 0.2
        var dx = [Double](repeating: 0, count: n), dy = [Double](repeating: 0, count: n)
        // Repulsion reaches 1.5 ideal distances: beyond that it is weak, and a short reach keeps each round near-linear.
        let cell = 1.5 * k
        for _ in 0..<iterations {
            for i in 0..<n { dx[i] = 0; dy[i] = 0 }
            // Repulsion between nodes in neighbouring grid cells: a flat grid bucketed by a
            // counting sort, rebuilt each round (no per-cell allocation).
            var minX = x[0], maxX = x[0], minY = y[0], maxY = y[0]
            for i in 1..<n { minX = min(minX, x[i]); maxX = max(maxX, x[i]); minY = min(minY, y[i]); maxY = max(maxY, y[i]) }
            let gw = min(512, Int((maxX - minX) / cell) + 1), gh = min(512, Int((maxY - minY) / cell) + 1)
            var cellOf = [Int](repeating: 0, count: n)
            var start = [Int](repeating: 0, count: gw * gh + 1)
            for i in 0..<n {
                let c = min(gh - 1, Int((y[i] - minY) / cell)) * gw + min(gw - 1, Int((x[i] - minX) / cell))
                cellOf[i] = c
                start[c + 1] += 1
            }
            for c in 0..<(gw * gh) { start[c + 1] += start[c] }
            var fillAt = start
            var members = [Int](repeating: 0, count: n)
            for i in 0..<n { members[fillAt[cellOf[i]]] = i; fillAt[cellOf[i]] += 1 }
            let cell2 = cell * cell
            for i in 0..<n {
                let cx = cellOf[i] % gw, cy = cellOf[i] / gw
                for oy in max(0, cy - 1)...min(gh - 1, cy + 1) {
                    for ox in max(0, cx - 1)...min(gw - 1, cx + 1) {
                        let c = oy * gw + ox
                        for m in start[c]..<start[c + 1] {
                            let j = members[m]
                            guard j != i else { continue }
                            var ddx = x[i] - x[j], ddy = y[i] - y[j]
                            var d2 = ddx * ddx + ddy * ddy
                            if d2 < 1e-12 { ddx = Double(i - j) * 1e-4; ddy = 1e-4; d2 = ddx * ddx + ddy * ddy }
                            guard d2 < cell2 else { continue }
                            let f = k * k / d2
                            dx[i] += ddx * f
                            dy[i] += ddy * f
                        }
                    }
                }
            }
            // Attraction along edges, stronger for heavier ones.
            for e in graph.edges {
                let ddx = x[e.a] - x[e.b], ddy = y[e.a] - y[e.b]
                let d = max(1e-6, (ddx * ddx + ddy * ddy).squareRoot())
                let f = d / k * (1 + log(Double(e.weight))) * (e.withOwner ? 0.5 : 1)
                dx[e.a] -= ddx * f; dy[e.a] -= ddy * f
                dx[e.b] += ddx * f; dy[e.b] += ddy * f
            }
            // Move, limited by the temperature; the owner stays at the centre; a weak pull keeps
            // disconnected parts on screen.
            for i in 1..<n {
                dx[i] -= x[i] * 0.05 / k
                dy[i] -= y[i] * 0.05 / k
                let d = max(1e-9, (dx[i] * dx[i] + dy[i] * dy[i]).squareRoot())
                let step = min(d, temperature)
                x[i] += dx[i] / d * step
                y[i] += dy[i] / d * step
            }
            x[0] = 0; y[0] = 0
            temperature *= cooling
        }
        // Into the unit square, the owner at the centre, aspect kept.
        let extent = max(1e-9, (1..<n).map { max(abs(x[$0]), abs(y[$0])) }.max() ?? 1)
        return (0..<n).map { Point(x: 0.5 + x[$0] / extent / 2, y: 0.5 + y[$0] / extent / 2) }
    }
}

/// What the coauthor graph reads of each paper: from the person numbers once they are made (no
/// paper read: a record that does not keep its papers would read every one of them again), else
/// from the papers.
struct PaperFacts {
    let list: [Int]
    let reader: PaperReader?
    let numbers: PersonNumbers?
    /// The people index when it is at hand: it numbers people as `numbers` do, and finds a key's
    /// number without a look through every key.
    private let people: PeopleIndex?
    /// The record owner's number, when the numbers are read and the owner is numbered.
    private let ownerNumber: Int32?

    /// The numbers' facts of each paper, held apart: a look into the optional `numbers` copies
    /// it, a retain of each of its arrays, and these are looked at for every paper.
    private let years: [Int32], ownedFlags: [Bool], truncatedFlags: [Bool], starts: [Int32], members: [Int32]

    init(library: Library, given: [Int]) {
        if let numbers = library.personNumbersIfMade {
            let people = library.peopleIndexIfReady
            (self.numbers, reader, list, self.people) = (numbers, nil, given, people)
            ownerNumber = library.ownerKey.flatMap { Self.number(of: $0, numbers, people) }
            (years, ownedFlags, truncatedFlags, starts, members) = (numbers.years, numbers.owned, numbers.truncated, numbers.starts, numbers.people)
        } else {
            let all = library.reader(for: given)
            (numbers, reader, list, people, ownerNumber) = (nil, all, all.inReadingOrder(given), nil, nil)
            (years, ownedFlags, truncatedFlags, starts, members) = ([], [], [], [], [])
        }
    }

    /// Paper `k`'s people by number (the numbers are made).
    private func numbered(_ k: Int) -> ArraySlice<Int32> { members[Int(starts[k])..<Int(starts[k + 1])] }

    /// One person among a graph's papers: their papers there, those shared with the centre, and
    /// the first and last year (0: none). `s` is their number, -1 for the record's owner when
    /// only `et al.` stands for them.
    struct Ranked {
        var s: Int32
        var papers: Int32
        var shared: Int32
        var first: Int32
        var last: Int32
    }

    /// The people of `list` but the one of key `excluding`, as the graph lists them: by papers
    /// shared with the centre (`own`: the centre's papers), then by papers, then by name and
    /// key; the first `limit` of them (all when nil) with their names and keys, and how many
    /// there are. `recordOwner`: the record's owner, counted on every paper of theirs, `et al.`
    /// or not (a graph centred on someone else). Counted by number and ordered by the counts,
    /// so no table of names is made and names are compared only among the people tied at the
    /// limit (tens of thousands of a prolific person's coauthors share one paper with them).
    func ranked(list: [Int], own: [Int], numbers: PersonNumbers, excluding: String?, recordOwner: String?, ownerName: String?,
                limit: Int?) -> (people: [(Ranked, name: String, key: String)], total: Int) {
        let all = numbers.tally(list, years: years, starts: starts, members: members)
        // The centre's papers are all of them, or their counts are looked up.
        let shared = own.count == list.count ? nil : numbers.tally(own, years: years, starts: starts, members: members).counts
        let left = excluding.flatMap { Self.number(of: $0, numbers, people) } ?? -1
        var out: [Ranked] = []
        out.reserveCapacity(all.met.count + 1)
        for (s, c) in zip(all.met, all.counted) where s != left {
            out.append(Ranked(s: s, papers: c.papers, shared: shared?[s].papers ?? c.papers, first: c.first, last: c.last))
        }
        var ownerName = ownerName
        let r = recordOwner.flatMap { Self.number(of: $0, numbers, people) } ?? -1
        if recordOwner != nil {
            // The owner's papers are those they own, listed or behind `et al.`.
            let theirs = list.filter(owned), theirsShared = own.filter(owned)
            if !theirs.isEmpty {
                let ys = theirs.compactMap(year)
                let counted = Ranked(s: r, papers: Int32(theirs.count), shared: Int32(theirsShared.count),
                                     first: Int32(ys.min() ?? 0), last: Int32(ys.max() ?? 0))
                if r >= 0, let at = out.firstIndex(where: { $0.s == r }) { out[at] = counted } else { out.append(counted) }
                if ownerName == nil, r >= 0 { ownerName = numbers.names[Int(r)] }
            }
        }
        func name(_ s: Int32) -> String { s < 0 || (recordOwner != nil && s == r) ? ownerName ?? recordOwner ?? "" : numbers.names[Int(s)] }
        func key(_ s: Int32) -> String { s < 0 ? recordOwner ?? "" : numbers.keys[Int(s)] }
        func named(_ a: Int32, before b: Int32) -> Bool {
            let (na, nb) = (name(out[Int(a)].s), name(out[Int(b)].s))
            return na != nb ? na < nb : key(out[Int(a)].s) < key(out[Int(b)].s)
        }
        // By the counts, most first; then the groups of equal counts named in turn, up to the limit.
        var byCounts = out.indices.map { i in (UInt64(UInt32(out[i].shared)) << 32 | UInt64(UInt32(out[i].papers)), Int32(i)) }
        let wanted = min(limit ?? out.count, out.count)
        var chosen: [Int32] = []
        chosen.reserveCapacity(wanted)
        func take(_ sorted: [(UInt64, Int32)]) {
            var i = 0
            while chosen.count < wanted, i < sorted.count {
                var j = i
                while j < sorted.count, sorted[j].0 == sorted[i].0 { j += 1 }
                chosen += Self.first(wanted - chosen.count, of: sorted[i..<j].map(\.1), by: named)
                i = j
            }
        }
        if wanted > 0, wanted < byCounts.count {
            // Not all sorted: the counts of the last one wanted found first; those with more are
            // fewer than the limit, sorted; those with as many are named, the first few taken.
            let cut = Self.nthLargest(wanted, of: byCounts.map(\.0))
            var above = byCounts.filter { $0.0 > cut }
            above.sort { $0.0 > $1.0 }
            take(above)
            chosen += Self.first(wanted - chosen.count, of: byCounts.compactMap { $0.0 == cut ? $0.1 : nil }, by: named)
        } else {
            byCounts.sort { $0.0 > $1.0 }
            take(byCounts)
        }
        return (chosen.map { c in (out[Int(c)], name(out[Int(c)].s), key(out[Int(c)].s)) }, out.count)
    }

    /// The `n`-th largest of `values` (`n` in 1...`values.count`), found without sorting them: a
    /// selection that parts them three ways around a pivot (so many equal values, the usual case
    /// of counts, are settled at once).
    static func nthLargest(_ n: Int, of values: [UInt64]) -> UInt64 {
        var v = values
        let target = n - 1
        var lo = 0, hi = v.count - 1
        while lo < hi {
            let (a, b, c) = (v[lo], v[lo + (hi - lo) / 2], v[hi])
            let pivot = max(min(a, b), min(max(a, b), c))
            // Larger ones first, then those equal to the pivot, then the smaller ones.
            var lt = lo, i = lo, gt = hi
            while i <= gt {
                if v[i] > pivot {
                    v.swapAt(lt, i)
                    lt += 1
                    i += 1
                } else if v[i] < pivot {
                    v.swapAt(i, gt)
                    gt -= 1
                } else {
                    i += 1
                }
            }
            if target < lt { hi = lt - 1 } else if target > gt { lo = gt + 1 } else { return pivot }
        }
        return v[target]
    }

    /// The first `count` of `items` in the order `before` gives, in that order: the few of many
    /// kept in a heap of `count` (its last first), so most items are compared once.
    static func first(_ count: Int, of items: [Int32], by before: (Int32, Int32) -> Bool) -> [Int32] {
        guard count < items.count else { return items.sorted(by: before) }
        guard count > 0 else { return [] }
        if count * 8 >= items.count { return Array(items.sorted(by: before).prefix(count)) }
        // A max-heap: its root is the last of the kept ones.
        var heap: [Int32] = []
        heap.reserveCapacity(count)
        func siftDown(_ from: Int) {
            var at = from
            while true {
                let l = 2 * at + 1, r = l + 1
                var top = at
                if l < heap.count, before(heap[top], heap[l]) { top = l }
                if r < heap.count, before(heap[top], heap[r]) { top = r }
                if top == at { return }
                heap.swapAt(at, top)
                at = top
            }
        }
        for x in items {
            if heap.count < count {
                heap.append(x)
                var at = heap.count - 1
                while at > 0, before(heap[(at - 1) / 2], heap[at]) {
                    heap.swapAt(at, (at - 1) / 2)
                    at = (at - 1) / 2
                }
            } else if before(x, heap[0]) {
                heap[0] = x
                siftDown(0)
            }
        }
        return heap.sorted(by: before)
    }

    /// The number of the person of `key`, if the record has them.
    private static func number(of key: String, _ numbers: PersonNumbers, _ people: PeopleIndex?) -> Int32? {
        if let people {
            guard let p = people.person(key: key) else { return nil }
            if p < numbers.count, numbers.keys[p] == key { return Int32(p) }
        }
        return numbers.keys.firstIndex(of: key).map(Int32.init)
    }

    func truncated(_ k: Int) -> Bool { reader.map { $0[k].authorsTruncated } ?? truncatedFlags[k] }
    /// Whether the record's owner is on paper `k` (listed, or behind `et al.`).
    func owned(_ k: Int) -> Bool { reader.map { $0[k].owner != .none } ?? ownedFlags[k] }
    func year(_ k: Int) -> Int? {
        if let reader { return reader[k].date?.year }
        return years[k] == 0 ? nil : Int(years[k])
    }

    /// Whether the person of `key` is on paper `k` (`CoauthorGraph.isOf`).
    func isOf(key: String, ownerKey: String?) -> (Int) -> Bool {
        guard let numbers else {
            let reader = reader!
            return { CoauthorGraph.isOf(reader[$0], key: key, ownerKey: ownerKey) }
        }
        if key == ownerKey { return { numbers.owned[$0] } }
        guard let s = Self.number(of: key, numbers, people) else { return { _ in false } }
        // The paper's run looked through in place (a slice of it retained and released each time
        // cost as much as the look).
        let (starts, members) = (starts, members)
        return { k in
            var j = Int(starts[k])
            let end = Int(starts[k + 1])
            while j < end {
                if members[j] == s { return true }
                j += 1
            }
            return false
        }
    }

    /// Whether the record's owner is on paper `k` only behind `et al.`.
    func implied(_ k: Int) -> Bool {
        guard let numbers else { return reader![k].owner == .implied }
        guard numbers.owned[k] else { return false }
        guard let owner = ownerNumber else { return true }
        return !numbered(k).contains(owner)
    }

    /// Each drawn person's node by their number, for `people(_:_:into:)`; empty when the papers are read.
    func nodes(_ index: [String: Int]) -> NodeMap {
        guard let numbers else { return NodeMap(people: 0, drawn: 0) }
        var out = NodeMap(people: numbers.count, drawn: index.count)
        // The few people drawn found by key when the people index is at hand, else every key looked up.
        if people != nil {
            for (key, i) in index { if let s = Self.number(of: key, numbers, people) { out.set(s, Int32(i)) } }
        } else {
            for s in 0..<numbers.count { if let i = index[numbers.keys[s]] { out.set(Int32(s), Int32(i)) } }
        }
        return out
    }

    /// The nodes of the people drawn, by person number. For a few of a large record's people (a
    /// graph on screen), a bit a person says whether they are drawn (most of a paper's people are
    /// not) and a table gives the node of those who are: a node a person took 14 MB, zeroed for
    /// each graph, at DBLP's size. For many, a node a person.
    struct NodeMap {
        private var drawn: BitSet
        private var node: [Int32: Int32] = [:]
        /// A node a person (-1: none), when many are drawn; else empty.
        private var dense: [Int32] = []

        init(people: Int, drawn count: Int) {
            if count * 64 >= people {
                (drawn, dense) = (BitSet(count: 0), [Int32](repeating: -1, count: people))
            } else {
                drawn = BitSet(count: people)
            }
        }

        mutating func set(_ s: Int32, _ n: Int32) {
            if !dense.isEmpty { dense[Int(s)] = n; return }
            drawn.insert(Int(s))
            node[s] = n
        }

        /// Person `s`'s node, or nil when they are not drawn.
        @inline(__always) subscript(_ s: Int32) -> Int32? {
            if !dense.isEmpty { return dense[Int(s)] >= 0 ? dense[Int(s)] : nil }
            return drawn.contains(Int(s)) ? node[s] : nil
        }
    }

    /// The nodes of paper `k`'s listed people: by their numbers' nodes (`nodes(_:)`), else by
    /// their keys in `index`.
    func people(_ k: Int, _ nodeOf: NodeMap, _ index: [String: Int], into members: inout [Int]) {
        if let reader {
            for a in reader[k].authors { if let i = index[a.key] { members.append(i) } }
            return
        }
        for s in numbered(k) { if let n = nodeOf[s] { members.append(Int(n)) } }
    }
}
