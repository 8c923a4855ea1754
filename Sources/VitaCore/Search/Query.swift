import FoundationEssentials

/// The parts of a paper a query can look in.
public struct SearchFields: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let title = SearchFields(rawValue: 1)
    public static let authors = SearchFields(rawValue: 2)
    public static let abstract = SearchFields(rawValue: 4)
    public static let affiliation = SearchFields(rawValue: 8)
    public static let category = SearchFields(rawValue: 16)
    public static let links = SearchFields(rawValue: 32)
    /// Where bare words look.
    public static let all: SearchFields = [.title, .authors, .abstract, .affiliation, .category, .links]

    /// The fields in index order, for per-field storage.
    public static let ordered: [SearchFields] = [.title, .authors, .abstract, .affiliation, .category, .links]
}

/// One thing a query asks of a paper.
public enum QueryTerm: Hashable, Sendable {
    /// Folded words that must stand in this order in one of `fields`. One word is a single-word
    /// match. When `prefixLast` is true the last word matches any word it begins.
    case words([String], prefixLast: Bool, fields: SearchFields)
    /// The category, whole (`cat:CV`).
    case category(String)
    case year(ClosedRange<Int>)
    case hasCode, hasLink, hasAffiliation
    /// A note written on the paper in the explorer (`has:note`).
    case hasNote
    case isMarked, isYearInferred, isTruncated, isDuplicate, isRetracted
    /// A tag the user gave papers in the explorer (`tag:reading`), folded.
    case tag(String)
    /// Folded words in a field of the entry a paper was read from (`journal:`, `doi:`, `keywords:`),
    /// in this order; with `prefixLast`, the last word matches any word it begins.
    case entryField(String, [String], prefixLast: Bool)
    /// Papers whose citation count is in the range (`cites:>=50`, `cites:10..100`); papers
    /// without a count match none.
    case citations(ClosedRange<Int>)
    /// Where the record's owner stands among a paper's authors (`is:first`, `is:last`, `pos:2`).
    case ownerPosition(OwnerPosition)
    /// The papers of one person, by their key: a name with DBLP's homonym number tells
    /// homonyms apart (`person:"manish singh 0001"`).
    case person(String)
    /// The kind of publication the sources give (`type:article`, `type:preprint`); papers of no
    /// known kind match none.
    case type(PublicationType)
}

public enum OwnerPosition: Hashable, Sendable {
    case first, last
    /// 1-based.
    case nth(Int)
}

public indirect enum QueryNode: Hashable, Sendable {
    /// Every paper: the empty query.
    case all
    case term(QueryTerm)
    case not(QueryNode)
    case and([QueryNode])
    case or([QueryNode])
}

/// A problem with the query text. The rest of the query still runs.
public struct QueryProblem: Hashable, Sendable, CustomStringConvertible {
    public var message: String
    /// 1-based column (in characters) where the problem starts.
    public var column: Int

    public var description: String { "column \(column): \(message)" }
}

/// A parsed query: the expression tree of what could be understood, and what could not.
///
/// Grammar: `expr := and ("OR" and)*`, `and := unary+`, `unary := "-" unary | "(" expr ")" | atom`,
/// `atom := word | "phrase" | field ":" (word | "phrase") | field ":(" expr ")"` (each word of
/// the group that field's). Parsing never fails.
public struct Query: Hashable, Sendable {
    public let text: String
    public let root: QueryNode
    public let problems: [QueryProblem]
    /// The entry fields the query names (`journal:`), with the column of each: a search checks
    /// that some paper has them.
    public let entryFields: [EntryFieldUse]
    /// Where the query asks for a citation count (`cites:`): a search says when no paper has one.
    public let citationColumns: [Int]

    public struct EntryFieldUse: Hashable, Sendable {
        public var name: String
        public var column: Int
    }

    /// The deepest parentheses that group, and the longest query read: what a person types is far
    /// within both, and a query built to exhaust time or the stack is cut with a warning.
    public static let maxDepth = 64
    public static let maxLength = 5_000

    public init(_ text: String) {
        var parser = QueryParser(text)
        self.text = text
        root = parser.parse()
        problems = parser.problems.sorted { $0.column < $1.column }
        entryFields = parser.entryFields
        citationColumns = parser.citationColumns
    }

    /// The terms that must be present (not under a `-`): what highlighting and ranking look at.
    public var positiveTerms: [QueryTerm] {
        var out: [QueryTerm] = []
        func walk(_ n: QueryNode, negated: Bool) {
            switch n {
            case .all: break
            case .term(let t): if !negated { out.append(t) }
            case .not(let inner): walk(inner, negated: !negated)
            case .and(let items), .or(let items): items.forEach { walk($0, negated: negated) }
            }
        }
        walk(root, negated: false)
        return out
    }

    public var isEmpty: Bool { root == .all }

    /// Whether a term, asked for or excluded, reads the user's marks, tags or notes
    /// (`is:marked`, `tag:`, `has:note`): its answer changes when they do.
    public var namesAnnotations: Bool {
        func walk(_ n: QueryNode) -> Bool {
            switch n {
            case .all: return false
            case .term(let t):
                if case .tag = t { return true }
                return t == .isMarked || t == .hasNote
            case .not(let inner): return walk(inner)
            case .and(let items), .or(let items): return items.contains(where: walk)
            }
        }
        return walk(root)
    }
}

/// Lexical tokens of the query language, with 1-based columns.
private enum Lexeme: Equatable {
    case word(String, quoted: Bool, closed: Bool)
    case field(String, value: String, quoted: Bool, closed: Bool, valueColumn: Int)
    /// A field's name before `(`: the group's words are that field's (`title:(quant OR distil)`).
    case fieldOpen(String)
    case open, close, or, minus
}

private struct QueryParser {
    var lexemes: [(Lexeme, Int)] = []
    var position = 0
    var problems: [QueryProblem] = []
    var entryFields: [Query.EntryFieldUse] = []
    var citationColumns: [Int] = []
    /// The field whose group is being read (`title:(…)`), innermost last: a word in it is that
    /// field's; a field named in it is its own.
    var scopes: [String] = []

    static let fieldNames: [String: SearchFields] = [
        "title": .title, "ti": .title,
        "author": .authors, "authors": .authors, "au": .authors,
        "abstract": .abstract, "abs": .abstract,
        "aff": .affiliation, "affiliation": .affiliation, "venue": .affiliation,
        "link": .links, "links": .links, "url": .links,
    ]
    static let specialFields: Set<String> = ["cat", "category", "year", "has", "is", "tag", "person", "cites", "citations", "cited", "pos", "position", "type"]

    /// `type:` values: the kinds' own names and the words people use for them.
    static let typeNames: [String: PublicationType] = {
        var out = Dictionary(uniqueKeysWithValues: PublicationType.allCases.map { ($0.rawValue, $0) })
        for (word, kind) in [("journal", PublicationType.article), ("conference", .inproceedings), ("paper", .inproceedings),
                             ("chapter", .incollection), ("thesis", .phdthesis), ("phd", .phdthesis), ("masters", .mastersthesis),
                             ("techreport", .report), ("misc", .other)] { out[word] = kind }
        return out
    }()

    init(_ text: String) {
        lex(Array(text))
    }

    mutating func lex(_ whole: [Character]) {
        var chars = whole
        if chars.count > Query.maxLength {
            problems.append(QueryProblem(message: "the query is \(chars.count) characters long; only the first \(Query.maxLength) are read", column: Query.maxLength + 1))
            chars = Array(chars.prefix(Query.maxLength))
        }
        var i = 0
        func isBreak(_ c: Character) -> Bool { c.isWhitespace || c == "(" || c == ")" }
        // Parentheses deeper than `maxDepth` group nothing more: they are dropped with their
        // closing partners (always the innermost), so parsing and searching stay shallow.
        var depth = 0, dropped = 0
        while i < chars.count {
            let c = chars[i]
            let column = i + 1
            if c.isWhitespace { i += 1; continue }
            if c == "(" {
                if depth >= Query.maxDepth {
                    if dropped == 0 && !problems.contains(where: { $0.message.hasPrefix("parentheses nested") }) {
                        problems.append(QueryProblem(message: "parentheses nested deeper than \(Query.maxDepth); the deeper ones are ignored", column: column))
                    }
                    dropped += 1
                } else {
                    depth += 1
                    lexemes.append((.open, column))
                }
                i += 1
                continue
            }
            if c == ")" {
                if dropped > 0 { dropped -= 1 } else { depth = max(0, depth - 1); lexemes.append((.close, column)) }
                i += 1
                continue
            }
            if c == "-", i + 1 < chars.count, !isBreak(chars[i + 1]), chars[i + 1] != "-",
               i == 0 || isBreak(chars[i - 1]) {
                lexemes.append((.minus, column)); i += 1; continue
            }
            if c == "\"" {
                let (phrase, closed, next) = quoted(chars, from: i)
                if !closed { problems.append(QueryProblem(message: "unclosed quote", column: column)) }
                lexemes.append((.word(phrase, quoted: true, closed: closed), column))
                i = next
                continue
            }
            var j = i
            while j < chars.count, !isBreak(chars[j]), chars[j] != ":", chars[j] != "\"" { j += 1 }
            let word = String(chars[i..<j])
            if j < chars.count, chars[j] == ":", isFieldName(word) || isEntryFieldName(word, before: j + 1 < chars.count ? chars[j + 1] : nil) {
                let valueStart = j + 1
                // `title:(…)`: the group's words are the field's. Past the depth parentheses
                // group, the field is left with no value, as `title:` alone is.
                if valueStart < chars.count, chars[valueStart] == "(", depth < Query.maxDepth {
                    depth += 1
                    lexemes.append((.fieldOpen(word.lowercased()), column))
                    i = valueStart + 1
                    continue
                }
                if valueStart < chars.count, chars[valueStart] == "\"" {
                    let (phrase, closed, next) = quoted(chars, from: valueStart)
                    if !closed { problems.append(QueryProblem(message: "unclosed quote", column: valueStart + 1)) }
                    lexemes.append((.field(word.lowercased(), value: phrase, quoted: true, closed: closed, valueColumn: valueStart + 1), column))
                    i = next
                } else {
                    var k = valueStart
                    while k < chars.count, !isBreak(chars[k]) { k += 1 }
                    lexemes.append((.field(word.lowercased(), value: String(chars[valueStart..<k]), quoted: false, closed: true,
                                           valueColumn: valueStart + 1), column))
                    i = k
                }
                continue
            }
            // Not a field: the colon belongs to the word (`https://…`, `10:30`).
            var k = j
            while k < chars.count, !isBreak(chars[k]) { k += 1 }
            let whole = String(chars[i..<k])
            lexemes.append((whole == "OR" ? .or : .word(whole, quoted: false, closed: true), column))
            i = k
        }
    }

    func isFieldName(_ word: String) -> Bool {
        let w = word.lowercased()
        return Self.fieldNames[w] != nil || Self.specialFields.contains(w)
    }

    /// Any other name of letters (and `-`, `_`) before a colon names a field of the papers'
    /// entries, unless a `/` follows (`https://…`).
    func isEntryFieldName(_ word: String, before next: Character?) -> Bool {
        guard word.count >= 2, word.first?.isLetter == true, next != "/" else { return false }
        return word.allSatisfy { ($0.isASCII && $0.isLetter) || $0 == "-" || $0 == "_" }
    }

    func quoted(_ chars: [Character], from start: Int) -> (String, Bool, Int) {
        var k = start + 1
        while k < chars.count, chars[k] != "\"" { k += 1 }
        let closed = k < chars.count
        return (String(chars[(start + 1)..<min(k, chars.count)]), closed, closed ? k + 1 : k)
    }

    // MARK: Parsing

    mutating func parse() -> QueryNode {
        var items: [QueryNode] = []
        while position < lexemes.count {
            if case .close = lexemes[position].0 {
                problems.append(QueryProblem(message: "')' without '('", column: lexemes[position].1))
                position += 1
                continue
            }
            if let node = parseOr() { items.append(node) }
        }
        return simplify(.and(items))
    }

    mutating func parseOr() -> QueryNode? {
        var alternatives: [QueryNode] = []
        if case .or = lexemes[position].0 {
            problems.append(QueryProblem(message: "OR needs a term before it", column: lexemes[position].1))
            position += 1
        }
        if let first = parseAnd() { alternatives.append(first) }
        while position < lexemes.count, case .or = lexemes[position].0 {
            let column = lexemes[position].1
            position += 1
            if let next = parseAnd() {
                alternatives.append(next)
            } else {
                problems.append(QueryProblem(message: "OR needs a term after it", column: column))
            }
        }
        if alternatives.isEmpty { return nil }
        return alternatives.count == 1 ? alternatives[0] : .or(alternatives)
    }

    mutating func parseAnd() -> QueryNode? {
        var items: [QueryNode] = []
        while position < lexemes.count {
            switch lexemes[position].0 {
            case .or, .close: return items.isEmpty ? nil : simplify(.and(items))
            default: if let n = parseUnary() { items.append(n) }
            }
        }
        return items.isEmpty ? nil : simplify(.and(items))
    }

    mutating func parseUnary() -> QueryNode? {
        let (lexeme, column) = lexemes[position]
        position += 1
        switch lexeme {
        case .minus:
            guard position < lexemes.count, lexemes[position].0 != .or, lexemes[position].0 != .close else { return nil }
            return parseUnary().map { .not($0) }
        case .open, .fieldOpen:
            if case .fieldOpen(let name) = lexeme { scopes.append(name) }
            defer { if case .fieldOpen = lexeme { scopes.removeLast() } }
            var items: [QueryNode] = []
            while position < lexemes.count, lexemes[position].0 != .close {
                if let n = parseOr() { items.append(n) }
            }
            if position < lexemes.count {
                position += 1
            } else if let said = problems.firstIndex(where: { $0.message == "unclosed '('" }) {
                // Said once, for the outermost: the others are inside it.
                problems[said] = QueryProblem(message: "unclosed '('", column: min(column, problems[said].column))
            } else {
                problems.append(QueryProblem(message: "unclosed '('", column: column))
            }
            return items.isEmpty ? nil : simplify(.and(items))
        case .close, .or:
            return nil
        case let .word(text, quoted, closed):
            if let scope = scopes.last {
                return field(scope, text, quoted: quoted, closed: closed, column: column, valueColumn: quoted ? column + 1 : column)
            }
            return words(text, quoted: quoted, closed: closed, fields: .all)
        case let .field(name, value, quoted, closed, valueColumn):
            return field(name, value, quoted: quoted, closed: closed, column: column, valueColumn: valueColumn)
        }
    }

    func words(_ text: String, quoted: Bool, closed: Bool, fields: SearchFields) -> QueryNode? {
        let tokens = Tokenizer.tokens(text)
        guard !tokens.isEmpty else { return nil }
        // A bare word is a prefix; a closed phrase is exact; an unclosed one is still being typed.
        let prefix = !quoted || !closed
        return .term(.words(tokens, prefixLast: prefix, fields: fields))
    }

    mutating func field(_ name: String, _ value: String, quoted: Bool, closed: Bool, column: Int, valueColumn: Int) -> QueryNode? {
        if let fields = Self.fieldNames[name] { return words(value, quoted: quoted, closed: closed, fields: fields) }
        let v = value.lowercased()
        if v.isEmpty { return nil }   // `year:` while it is being typed
        switch name {
        case "cat", "category":
            return .term(.category(v))
        case "tag":
            return .term(.tag(v))
        case "person":
            let key = NameKey.make(value)
            return key.isEmpty ? nil : .term(.person(key))
        case "cites", "citations", "cited":
            if let range = Self.countRange(v) {
                citationColumns.append(column)
                return .term(.citations(range))
            }
            problems.append(QueryProblem(message: "cites: expects a count (50), a range (10..100) or a bound (>=50), not '\(value)'", column: valueColumn))
            return nil
        case "type":
            if let kind = Self.typeNames[v] { return .term(.type(kind)) }
            problems.append(QueryProblem(message: "type: expects article, inproceedings, preprint, book, incollection, phdthesis, report, proceedings, dataset or other, not '\(value)'", column: valueColumn))
            return nil
        case "pos", "position":
            if let n = Int(v), n >= 1, n <= 10_000 { return .term(.ownerPosition(.nth(n))) }
            if v == "first" { return .term(.ownerPosition(.first)) }
            if v == "last" { return .term(.ownerPosition(.last)) }
            problems.append(QueryProblem(message: "pos: expects the owner's place among the authors (1, 2, …, first or last), not '\(value)'", column: valueColumn))
            return nil
        case "year":
            if let range = Self.yearRange(v) { return .term(.year(range)) }
            problems.append(QueryProblem(message: "year: expects a year (2020), a range (2019..2021) or a bound (>=2023), not '\(value)'", column: valueColumn))
            return nil
        case "has":
            switch v {
            case "code": return .term(.hasCode)
            case "link", "links", "url": return .term(.hasLink)
            case "aff", "affiliation", "venue": return .term(.hasAffiliation)
            case "note", "notes": return .term(.hasNote)
            default:
                problems.append(QueryProblem(message: "has: expects code, link, aff or note, not '\(value)'", column: valueColumn))
                return nil
            }
        case "is":
            switch v {
            case "marked": return .term(.isMarked)
            case "inferred": return .term(.isYearInferred)
            case "truncated": return .term(.isTruncated)
            case "duplicate", "dup": return .term(.isDuplicate)
            case "retracted", "withdrawn": return .term(.isRetracted)
            case "first": return .term(.ownerPosition(.first))
            case "last": return .term(.ownerPosition(.last))
            default:
                problems.append(QueryProblem(message: "is: expects marked, inferred, truncated, duplicate, retracted, first or last, not '\(value)'", column: valueColumn))
                return nil
            }
        default:
            let tokens = Tokenizer.tokens(value)
            guard !tokens.isEmpty else { return nil }
            entryFields.append(Query.EntryFieldUse(name: name, column: column))
            return .term(.entryField(name, tokens, prefixLast: !quoted || !closed))
        }
    }

    static func yearRange(_ v: String) -> ClosedRange<Int>? {
        func year(_ s: Substring) -> Int? {
            guard (1...4).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        // A bound past the years there can be (`>9999`, `<0`) is no range: the caller says so.
        for (op, bounds) in [(">=", { (y: Int) in (y, 9999) }), ("<=", { (y: Int) in (0, y) }),
                             (">", { (y: Int) in (y + 1, 9999) }), ("<", { (y: Int) in (0, y - 1) })] {
            guard v.hasPrefix(op) else { continue }
            guard let (a, b) = year(v.dropFirst(op.count)).map(bounds), a <= b else { return nil }
            return a...b
        }
        if let dots = v.firstRange(of: "..") {
            let lo = v[..<dots.lowerBound], hi = v[dots.upperBound...]
            let a = lo.isEmpty ? 0 : year(lo), b = hi.isEmpty ? 9999 : year(hi)
            guard let a, let b, a <= b else { return nil }
            return a...b
        }
        return year(Substring(v)).map { $0...$0 }
    }

    /// `50`, `10..100`, `..9`, `>=50`, `>49`, `<10`, `<=9`.
    static func countRange(_ v: String) -> ClosedRange<Int>? {
        func count(_ s: Substring) -> Int? {
            guard (1...9).contains(s.count), s.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            return Int(s)
        }
        let most = Int(Int32.max)
        for (op, bounds) in [(">=", { (n: Int) in (n, most) }), ("<=", { (n: Int) in (0, n) }),
                             (">", { (n: Int) in (n + 1, most) }), ("<", { (n: Int) in (0, n - 1) })] {
            guard v.hasPrefix(op) else { continue }
            guard let (a, b) = count(v.dropFirst(op.count)).map(bounds), a <= b else { return nil }
            return a...b
        }
        if let dots = v.firstRange(of: "..") {
            let lo = v[..<dots.lowerBound], hi = v[dots.upperBound...]
            let a = lo.isEmpty ? 0 : count(lo), b = hi.isEmpty ? most : count(hi)
            guard let a, let b, a <= b else { return nil }
            return a...b
        }
        return count(Substring(v)).map { $0...$0 }
    }

    func simplify(_ node: QueryNode) -> QueryNode {
        if case .and(let items) = node {
            if items.isEmpty { return .all }
            if items.count == 1 { return items[0] }
        }
        return node
    }
}
