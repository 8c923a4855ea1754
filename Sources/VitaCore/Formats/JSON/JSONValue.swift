import Dispatch
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A JSON document as read: every value with the byte offset it starts at, so a reader can say
/// where a wrong value is (`file:line:column` and its path, `results[3].authorships[0]`).
///
/// The parser is total: bytes that are not JSON give the values read up to the problem (arrays
/// and objects cut there are marked `cut`) and the problem with its offset. Nesting deeper than
/// `JSONParser.maxDepth` is a problem, not a stack overflow; strings are checked UTF-8 (invalid
/// bytes become U+FFFD) and `\u0000` escapes are kept as the characters they name, for the
/// readers to clean.
public struct JSONNode: Sendable {
    public enum Value: Sendable {
        case null
        case bool(Bool)
        case number(Double)
        case string(String)
        case array([JSONNode])
        case object([(key: String, value: JSONNode)])
        /// An object of words to their places (`{"deep": [0, 7], "nets": [1]}`: an OpenAlex
        /// abstract's inverted index), read as such: the most common object in OpenAlex by far,
        /// and a node for each word and place cost more than the rest of a work. Boxed: held in
        /// place, its four arrays made every value of every document twice as large.
        indirect case wordPlaces(WordPlaces)
    }

    public struct WordPlaces: Sendable {
        /// Text holding the words' bytes, as written (the quick reading takes no word with an
        /// escape in it): no string is made a word. Read from JSON, the object's own text, copied
        /// once (a copy of each word cost more than reading it).
        public var text: [UInt8] = []
        /// Where each word starts and ends in `text`: word `k` is `text[starts[k]..<ends[k]]`.
        public var starts: [Int32] = []
        public var ends: [Int32] = []
        /// Each place with the word at it (an index into the words), in the order written.
        public var places: [(word: Int32, at: Int32)] = []

        /// Word `k`'s bytes.
        public func word(_ k: Int) -> Range<Int> { Int(starts[k])..<Int(ends[k]) }

        /// A word added at the end of `text`.
        public mutating func append<S: Sequence>(word bytes: S) where S.Element == UInt8 {
            starts.append(Int32(text.count))
            text.append(contentsOf: bytes)
            ends.append(Int32(text.count))
        }

        /// The words as strings.
        public var words: [String] { ends.indices.map { String(decoding: text[word($0)], as: UTF8.self) } }
    }

    /// Where the value starts, in bytes from the start of the text parsed. (Before the value, so
    /// the flag after it fits in the value's last word: a node is four words, not five.)
    public var offset: Int
    public var value: Value
    /// An array or object the text ended (or went wrong) inside.
    public var cut: Bool

    public init(value: Value, offset: Int, cut: Bool) {
        (self.value, self.offset, self.cut) = (value, offset, cut)
    }

    public subscript(key: String) -> JSONNode? {
        guard case .object(let members) = value else { return nil }
        // Lengths first: comparing two short strings that differ costs more than their lengths.
        // Through a pointer: each member taken in turn by a loop is a copy, its strings retained.
        let n = key.utf8.count
        return members.withUnsafeBufferPointer { b in
            for k in b.indices where b[k].key.utf8.count == n && b[k].key == key { return b[k].value }
            return nil
        }
    }

    public var string: String? {
        if case .string(let s) = value { return s }
        return nil
    }

    /// A string, or a number written as one (`"2019"`, `2019`), as text.
    public var text: String? {
        switch value {
        case .string(let s): return s
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default: return nil
        }
    }

    public var int: Int? {
        switch value {
        case .number(let d) where d.isFinite && abs(d) < 1e15: return Int(d)
        case .string(let s): return Int(s.trimmingWhitespace())
        default: return nil
        }
    }

    public var array: [JSONNode]? {
        if case .array(let a) = value { return a }
        return nil
    }

    public var isNull: Bool {
        if case .null = value { return true }
        return false
    }

    /// What kind of value this is, for "expected a string, found a number".
    public var kindName: String {
        switch value {
        case .null: "null"
        case .bool: "a boolean"
        case .number: "a number"
        case .string: "a string"
        case .array: "an array"
        case .object, .wordPlaces: "an object"
        }
    }
}

public struct JSONProblem: Sendable, Error {
    public var offset: Int
    public var message: String
}

public struct JSONParser {
    /// The deepest nesting read; deeper values are a problem (a file nested 100,000 deep cannot
    /// exhaust the stack).
    public static let maxDepth = 512

    /// Parses one JSON value filling `bytes` (whitespace around it allowed). The value read up to
    /// a problem, and the problem; `nil` value only when nothing could be read.
    public static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> (JSONNode?, JSONProblem?) {
        parse(bytes, inPartsAbove: partsAbove)
    }

    /// A list of objects longer than this many bytes, at the top of the document or in its top
    /// object (`papers`, `results`, `data`, Zotero's items), is read in parts on every core.
    public static let partsAbove = 1 << 20

    /// `parse`, reading a long list in parts above `inPartsAbove` bytes (tests: any size).
    static func parse(_ bytes: UnsafeBufferPointer<UInt8>, inPartsAbove: Int) -> (JSONNode?, JSONProblem?) {
        var p = JSONParser(bytes: bytes)
        p.partsAbove = inPartsAbove
        p.skipSpace()
        if p.i >= bytes.count { return (nil, JSONProblem(offset: p.i, message: "expected a JSON value, found the end of the text")) }
        let v = p.value(depth: 0)
        if p.problem == nil {
            p.skipSpace()
            if p.i < bytes.count { p.fail("expected the end of the text after the JSON value, found \(p.describeHere())") }
        }
        return (v, p.problem)
    }

    public static func parse(_ bytes: [UInt8]) -> (JSONNode?, JSONProblem?) {
        bytes.withUnsafeBufferPointer { parse($0) }
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    var problem: JSONProblem?
    /// See `parse(_:inPartsAbove:)`; a part's own parser reads straight through.
    var partsAbove = Int.max

    mutating func fail(_ message: String, at offset: Int? = nil) {
        if problem == nil { problem = JSONProblem(offset: offset ?? i, message: message) }
    }

    func describeHere() -> String {
        guard i < bytes.count else { return "the end of the text" }
        let c = bytes[i]
        if c >= 0x21 && c < 0x7F { return "'\(Character(Unicode.Scalar(c)))'" }
        return "byte 0x" + NumberText.hex(c, 2)
    }

    mutating func skipSpace() {
        while i < bytes.count {
            let c = bytes[i]
            if c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 { i += 1 } else { break }
        }
    }

    /// The items of the list that starts at `i` (after its `[`), read in parts on every core, and
    /// `i` after its `]`; nil when the list cannot be read so, and `i` is left as it was.
    ///
    /// After its head, the text is cut where an object seems to follow another (`}`, `,`, `{`,
    /// white space between), each part read by a parser of its own from its cut up to the next.
    /// They are joined from the first, which starts at an item (after the head): a part is taken
    /// when the reading before it ended exactly on its cut, which proves the cut starts an item,
    /// so each is read as a straight reading reads it. Where a cut was not an item's start
    /// (inside a nested list of objects, or a string), the items from where the reading stands
    /// to the next cut are read again on this core. A list with a problem anywhere gives nil, and
    /// is read straight through, problems and all.
    mutating func itemsInParts(depth: Int) -> [JSONNode]? {
        // Its first 64 KB read here: a short list (an author's aliases before their papers) ends
        // there, and nothing is read in parts for it.
        var probe = JSONParser(bytes: bytes)
        let head = probe.items(from: i, until: i + (1 << 16), depth: depth)
        guard !head.failed else { return nil }
        if head.closed {
            i = head.end
            return head.items
        }
        let start = head.end
        let count = min(8, Cores.active)
        let size = (bytes.count - start) / count
        // The first item's first key (`"paperId"`): an object that opens with it is far more
        // likely an item than one nested in an item (its authors).
        var key: Range<Int>?
        var j = start
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
        while j < bytes.count, isSpace(bytes[j]) { j += 1 }
        if j + 1 < bytes.count, bytes[j] == UInt8(ascii: "{") {
            j += 1
            while j < bytes.count, isSpace(bytes[j]) { j += 1 }
            if j < bytes.count, bytes[j] == UInt8(ascii: "\""), let close = (j + 1..<min(bytes.count, j + 66)).first(where: { bytes[$0] == UInt8(ascii: "\"") || bytes[$0] == UInt8(ascii: "\\") }),
               bytes[close] == UInt8(ascii: "\"") {
                key = j..<(close + 1)
            }
        }
        var cuts = [start]
        for k in 1..<count {
            guard let cut = Self.objectStart(in: bytes, after: max(start + k * size, cuts[k - 1] + 1), key: key) else { break }
            cuts.append(cut)
        }
        guard cuts.count > 1 else { return nil }
        let parts = UnsafeMutableBufferPointer<ItemRun>.allocate(capacity: cuts.count)
        parts.initialize(repeating: ItemRun())
        defer { parts.deinitialize().deallocate() }
        let shared = Shared((bytes, parts, cuts))
        DispatchQueue.concurrentPerform(iterations: cuts.count) { k in
            let (bytes, parts, cuts) = shared.value
            var p = JSONParser(bytes: bytes)
            parts[k] = p.items(from: cuts[k], until: k + 1 < cuts.count ? cuts[k + 1] : Int.max, depth: depth)
        }
        var items = head.items
        items.reserveCapacity(head.items.count + parts.reduce(0) { $0 + $1.items.count })
        var run = parts[0]
        parts[0].items = []
        var k = 1
        while true {
            guard !run.failed else { return nil }
            items.append(contentsOf: run.items)
            if run.closed { break }
            let at = run.end
            while k < cuts.count, cuts[k] < at { k += 1 }
            if k < cuts.count, cuts[k] == at, !parts[k].failed {
                run = parts[k]
                parts[k].items = []
                k += 1
            } else {
                // The reading stands between cuts: on to the next cut on this core.
                var p = JSONParser(bytes: bytes)
                run = p.items(from: at, until: k < cuts.count ? cuts[k] : Int.max, depth: depth)
            }
        }
        i = run.end
        return items
    }

    /// Items of a list read from `from` (an item's start) until the next item starts at or past
    /// `until`, or the list ends.
    struct ItemRun {
        var items: [JSONNode] = []
        /// Where the next item starts, or after the `]` when `closed`.
        var end = 0
        var closed = false
        /// A problem, or a cut value: the run is of no use (a straight reading says what).
        var failed = false
    }

    mutating func items(from: Int, until: Int, depth: Int) -> ItemRun {
        i = from
        var run = ItemRun()
        while true {
            guard let v = value(depth: depth), problem == nil, !v.cut else { run.failed = true; return run }
            run.items.append(v)
            skipSpace()
            guard i < bytes.count else { run.failed = true; return run }
            if bytes[i] == UInt8(ascii: "]") {
                (run.closed, run.end) = (true, i + 1)
                return run
            }
            guard bytes[i] == UInt8(ascii: ",") else { run.failed = true; return run }
            i += 1
            skipSpace()
            if i >= until {
                run.end = i
                return run
            }
        }
    }

    /// The first place at or after `from` where an object seems to start right after another in
    /// a list: `{` after `}` and `,` with only white space between, and when `key` is given (the
    /// bytes of a quoted key in `b`), that key first. Nil when none does.
    static func objectStart(in b: UnsafeBufferPointer<UInt8>, after from: Int, key: Range<Int>? = nil) -> Int? {
        func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }
        func opensWithKey(_ open: Int) -> Bool {
            guard let key else { return true }
            var j = open + 1
            while j < b.count, isSpace(b[j]) { j += 1 }
            guard j + key.count < b.count, (0..<key.count).allSatisfy({ b[j + $0] == b[key.lowerBound + $0] }) else { return false }
            j += key.count
            while j < b.count, isSpace(b[j]) { j += 1 }
            return j < b.count && b[j] == UInt8(ascii: ":")
        }
        var k = from
        while k < b.count {
            guard let found = memchr(b.baseAddress! + k, 0x7B, b.count - k) else { return nil }
            let open = b.baseAddress!.distance(to: found.assumingMemoryBound(to: UInt8.self))
            var j = open - 1
            while j >= from, isSpace(b[j]) { j -= 1 }
            if j >= from, b[j] == UInt8(ascii: ",") {
                j -= 1
                while j >= from, isSpace(b[j]) { j -= 1 }
                if j >= from, b[j] == UInt8(ascii: "}"), opensWithKey(open) { return open }
            }
            k = open + 1
        }
        return nil
    }

    mutating func value(depth: Int) -> JSONNode? {
        skipSpace()
        let start = i
        guard i < bytes.count else {
            fail("expected a value, found the end of the text")
            return nil
        }
        switch bytes[i] {
        case UInt8(ascii: "{"):
            guard depth < Self.maxDepth else {
                fail("nested deeper than \(Self.maxDepth) levels")
                return nil
            }
            i += 1
            var members: [(key: String, value: JSONNode)] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return JSONNode(value: .object(members), offset: start, cut: false)
            }
            while true {
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else {
                    fail("expected a quoted key, found \(describeHere())")
                    return JSONNode(value: .object(members), offset: start, cut: true)
                }
                guard let key = string() else { return JSONNode(value: .object(members), offset: start, cut: true) }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else {
                    fail("expected ':' after the key \"\(key)\", found \(describeHere())")
                    return JSONNode(value: .object(members), offset: start, cut: true)
                }
                i += 1
                if Self.unread(key) || key.utf8.count == 12 && key == "affiliations" && listOfObjectsHere() {
                    guard skipValue(depth: depth + 1) else { return JSONNode(value: .object(members), offset: start, cut: true) }
                } else {
                    var read: JSONNode?
                    if key.utf8.count == 23, key == "abstract_inverted_index", depth + 1 < Self.maxDepth {
                        skipSpace()
                        read = wordPlaces()
                    }
                    guard let v = read ?? value(depth: depth + 1) else { return JSONNode(value: .object(members), offset: start, cut: true) }
                    members.append((key, v))
                    if problem != nil { return JSONNode(value: .object(members), offset: start, cut: true) }
                }
                skipSpace()
                guard i < bytes.count else {
                    fail("expected ',' or '}', found the end of the text")
                    return JSONNode(value: .object(members), offset: start, cut: true)
                }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "}") { i += 1; return JSONNode(value: .object(members), offset: start, cut: false) }
                fail("expected ',' or '}', found \(describeHere())")
                return JSONNode(value: .object(members), offset: start, cut: true)
            }
        case UInt8(ascii: "["):
            guard depth < Self.maxDepth else {
                fail("nested deeper than \(Self.maxDepth) levels")
                return nil
            }
            i += 1
            var items: [JSONNode] = []
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
                return JSONNode(value: .array(items), offset: start, cut: false)
            }
            if depth <= 1, bytes.count - i > partsAbove, Cores.active > 1, let read = itemsInParts(depth: depth + 1) {
                items = read
                return JSONNode(value: .array(items), offset: start, cut: false)
            }
            while true {
                guard let v = value(depth: depth + 1) else { return JSONNode(value: .array(items), offset: start, cut: true) }
                items.append(v)
                if problem != nil { return JSONNode(value: .array(items), offset: start, cut: true) }
                skipSpace()
                guard i < bytes.count else {
                    fail("expected ',' or ']', found the end of the text")
                    return JSONNode(value: .array(items), offset: start, cut: true)
                }
                if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                if bytes[i] == UInt8(ascii: "]") { i += 1; return JSONNode(value: .array(items), offset: start, cut: false) }
                fail("expected ',' or ']', found \(describeHere())")
                return JSONNode(value: .array(items), offset: start, cut: true)
            }
        case UInt8(ascii: "\""):
            guard let s = string() else { return nil }
            return JSONNode(value: .string(s), offset: start, cut: false)
        case UInt8(ascii: "t"):
            return literal("true", .bool(true), start)
        case UInt8(ascii: "f"):
            return literal("false", .bool(false), start)
        case UInt8(ascii: "n"):
            return literal("null", .null, start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return number(start)
        default:
            fail("expected a value, found \(describeHere())")
            return nil
        }
    }

    /// Keys whose values no reader takes, passed over without being made: OpenAlex's concepts,
    /// topics, locations, references and related works, grants and funders (`grants`; `awards`
    /// and `funders` since 2025), Crossref's references, licences and links, Semantic Scholar's
    /// references, embeddings (768 numbers a paper) and citation styles. A real OpenAlex work is
    /// mostly these (its referenced works alone are often a third of it), and making a node of
    /// each of their values cost more than reading the rest. Lengths first: most keys are told
    /// apart by them. A reader that comes to take one of these takes it off the list.
    static func unread(_ key: String) -> Bool {
        switch key.utf8.count {
        case 4: key == "mesh" || key == "link"
        case 6: key == "topics" || key == "grants" || key == "funder" || key == "awards"
        case 7: key == "license" || key == "funders"
        case 8: key == "concepts" || key == "apc_list" || key == "apc_paid" || key == "datasets" || key == "versions" || key == "relation"
        case 9: key == "locations" || key == "countries" || key == "reference" || key == "assertion" || key == "embedding"
        case 10: key == "indexed_in" || key == "x_concepts" || key == "references"
        case 11: key == "has_content"
        case 13: key == "related_works"
        case 14: key == "citationStyles"
        case 16: key == "referenced_works" || key == "best_oa_location"
        case 22: key == "institution_assertions"
        case 24: key == "cited_by_percentile_year" || key == "corresponding_author_ids"
        case 29: key == "sustainable_development_goals" || key == "corresponding_institution_ids"
        case 30: key == "citation_normalized_percentile"
        default: false
        }
    }

    /// Whether the value at `i` (after white space) is a list whose first item is an object;
    /// nothing is read. OpenAlex's `affiliations` (of an authorship: each raw string beside
    /// its institution ids; of an author: each institution with its years) are such lists, and
    /// no reader takes them; Semantic Scholar's are lists of names, and are read.
    mutating func listOfObjectsHere() -> Bool {
        skipSpace()
        guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return false }
        let list = i
        defer { i = list }
        i += 1
        skipSpace()
        return i < bytes.count && bytes[i] == UInt8(ascii: "{")
    }

    /// Passes over the value at `i` (after white space) without making it, as far as its end;
    /// false, with the problem said, where the text ends inside it or its brackets do not pair.
    /// Only its strings and brackets are read: a wrong word inside it (`[tru]`) goes unnoticed,
    /// as nothing of it is used.
    mutating func skipValue(depth: Int) -> Bool {
        skipSpace()
        let start = i
        let (quote, backslash) = (UInt8(ascii: "\""), UInt8(ascii: "\\"))
        let (openList, closeList, openObject, closeObject) = (UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"))
        var closers: [UInt8] = []
        repeat {
            guard i < bytes.count else {
                if let want = closers.last {
                    fail("expected ',' or '\(Character(Unicode.Scalar(want)))', found the end of the text")
                } else {
                    fail("expected a value, found the end of the text")
                }
                return false
            }
            let c = bytes[i]
            switch c {
            case quote:
                let open = i
                i += 1
                while true {
                    i = ByteScan.firstOf((quote, backslash, quote, quote, quote), in: bytes, from: i, to: bytes.count)
                    guard i < bytes.count else {
                        fail("a string opened here is never closed", at: open)
                        return false
                    }
                    if bytes[i] == backslash { i += 2; continue }
                    i += 1
                    break
                }
            case openList, openObject:
                guard depth + closers.count < Self.maxDepth else {
                    fail("nested deeper than \(Self.maxDepth) levels")
                    return false
                }
                closers.append(c == openList ? closeList : closeObject)
                i += 1
            case closeList, closeObject:
                guard let want = closers.last else {
                    fail("expected a value, found \(describeHere())")
                    return false
                }
                guard want == c else {
                    fail("expected ',' or '\(Character(Unicode.Scalar(want)))', found \(describeHere())")
                    return false
                }
                closers.removeLast()
                i += 1
            default:
                if closers.isEmpty {
                    // A number or a word, up to what follows it.
                    while i < bytes.count {
                        let b = bytes[i]
                        if b == 0x2C || b == closeObject || b == closeList || b == 0x20 || b == 0x0A || b == 0x0D || b == 0x09 { break }
                        i += 1
                    }
                    guard i > start else {
                        fail("expected a value, found \(describeHere())")
                        return false
                    }
                    return true
                }
                i = ByteScan.firstOf((quote, openList, closeList, openObject, closeObject), in: bytes, from: i + 1, to: bytes.count)
            }
        } while !closers.isEmpty
        return true
    }

    /// An object of words to lists of places, read straight into `WordPlaces`; nil, with the
    /// parser unmoved, when the value is not of that plain shape (places that are not plain
    /// whole numbers of at most 9 digits, a value that is not a list, anything amiss): the
    /// general reading then reads it, and says what is wrong where.
    mutating func wordPlaces() -> JSONNode? {
        let start = i
        guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
        func giveUp() -> JSONNode? {
            i = start
            problem = nil
            return nil
        }
        i += 1
        var read = JSONNode.WordPlaces()
        skipSpace()
        if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
            i += 1
            return JSONNode(value: .wordPlaces(read), offset: start, cut: false)
        }
        read.places.reserveCapacity(256)
        read.starts.reserveCapacity(128)
        read.ends.reserveCapacity(128)
        while true {
            skipSpace()
            // A word with no escape in it, its bytes kept as they are.
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return giveUp() }
            i += 1
            let wordStart = i
            while i < bytes.count, bytes[i] != UInt8(ascii: "\""), bytes[i] != UInt8(ascii: "\\") { i += 1 }
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return giveUp() }
            let wordEnd = i
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return giveUp() }
            i += 1
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "[") else { return giveUp() }
            i += 1
            let w = Int32(read.ends.count)
            read.starts.append(Int32(wordStart - start))
            read.ends.append(Int32(wordEnd - start))
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "]") {
                i += 1
            } else {
                while true {
                    skipSpace()
                    let digits = i
                    var n: Int32 = 0
                    while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39, i - digits < 9 {
                        n = n * 10 + Int32(bytes[i] - 0x30)
                        i += 1
                    }
                    guard i > digits, i < bytes.count else { return giveUp() }
                    let c = bytes[i]
                    guard c < 0x30 || c > 0x39, c != UInt8(ascii: "."), c != UInt8(ascii: "e"), c != UInt8(ascii: "E") else { return giveUp() }
                    read.places.append((w, n))
                    skipSpace()
                    guard i < bytes.count else { return giveUp() }
                    if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
                    if bytes[i] == UInt8(ascii: "]") { i += 1; break }
                    return giveUp()
                }
            }
            skipSpace()
            guard i < bytes.count else { return giveUp() }
            if bytes[i] == UInt8(ascii: ",") { i += 1; continue }
            if bytes[i] == UInt8(ascii: "}") {
                i += 1
                read.text = Array(UnsafeBufferPointer(rebasing: bytes[start..<i]))
                return JSONNode(value: .wordPlaces(read), offset: start, cut: false)
            }
            return giveUp()
        }
    }

    mutating func literal(_ word: StaticString, _ v: JSONNode.Value, _ start: Int) -> JSONNode? {
        let n = word.utf8CodeUnitCount
        guard i + n <= bytes.count else {
            fail("expected \(word), found the end of the text")
            return nil
        }
        for k in 0..<n where bytes[i + k] != word.utf8Start[k] {
            fail("expected \(word), found \(describeHere())")
            return nil
        }
        i += n
        return JSONNode(value: v, offset: start, cut: false)
    }

    mutating func number(_ start: Int) -> JSONNode? {
        var negative = false
        if bytes[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        var intPart: UInt64 = 0
        var digits = 0
        var simple = true
        while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
            if digits < 18 { intPart = intPart * 10 + UInt64(bytes[i] - 0x30) } else { simple = false }
            digits += 1
            i += 1
        }
        guard digits > 0 else {
            fail("expected a digit, found \(describeHere())")
            return nil
        }
        if i < bytes.count, bytes[i] == UInt8(ascii: ".") || bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
            simple = false
            if bytes[i] == UInt8(ascii: ".") {
                i += 1
                let before = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                if i == before { fail("expected a digit after '.', found \(describeHere())"); return nil }
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                let before = i
                while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
                if i == before { fail("expected a digit in the exponent, found \(describeHere())"); return nil }
            }
        }
        if simple {
            let d = Double(intPart)
            return JSONNode(value: .number(negative ? -d : d), offset: start, cut: false)
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        return JSONNode(value: .number(Double(text) ?? .nan), offset: start, cut: false)
    }

    /// A string at `i` (on its opening quote).
    mutating func string() -> String? {
        let open = i
        i += 1
        let start = i
        // Fast path: no escape, plain UTF-8 (the closing quote looked for eight bytes at a time:
        // an abstract is most of a paper's bytes).
        let (quote, backslash) = (UInt8(ascii: "\""), UInt8(ascii: "\\"))
        i = ByteScan.firstOf((quote, backslash, quote, quote, quote), in: bytes, from: i, to: bytes.count)
        if i < bytes.count, bytes[i] == quote {
            let s = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
            i += 1
            return s
        }
        var out: [UInt8] = Array(bytes[start..<i])
        while i < bytes.count {
            let c = bytes[i]
            if c == UInt8(ascii: "\"") {
                i += 1
                return String(decoding: out, as: UTF8.self)
            }
            if c != UInt8(ascii: "\\") {
                out.append(c)
                i += 1
                continue
            }
            i += 1
            guard i < bytes.count else { break }
            let e = bytes[i]
            i += 1
            switch e {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard var unit = hex4() else {
                    fail("expected four hex digits after \\u", at: i)
                    return nil
                }
                var scalar: Unicode.Scalar?
                if (0xD800...0xDBFF).contains(unit), i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"), bytes[i + 1] == UInt8(ascii: "u") {
                    let save = i
                    i += 2
                    if let low = hex4(), (0xDC00...0xDFFF).contains(low) {
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        i = save
                    }
                }
                scalar = Unicode.Scalar(unit)
                out.append(contentsOf: Array(String(scalar ?? "\u{FFFD}").utf8))
            default:
                fail("unknown escape \\\(Character(Unicode.Scalar(e)))", at: i - 2)
                return nil
            }
        }
        fail("a string opened here is never closed", at: open)
        return nil
    }

    mutating func hex4() -> UInt32? {
        guard i + 4 <= bytes.count else { return nil }
        var v: UInt32 = 0
        for k in 0..<4 {
            let c = bytes[i + k]
            let d: UInt8
            switch c {
            case 0x30...0x39: d = c - 0x30
            case 0x41...0x46: d = c - 0x41 + 10
            case 0x61...0x66: d = c - 0x61 + 10
            default: return nil
            }
            v = v << 4 | UInt32(d)
        }
        i += 4
        return v
    }
}

/// Offsets to `line:column` for one text, for diagnostics (built once, on the first problem).
public struct LineTable: Sendable {
    var starts: [Int] = [0]

    public init(_ bytes: UnsafeBufferPointer<UInt8>) {
        // Found by memchr: a byte at a time, the table of a 2 MB file took a twentieth of reading it.
        guard let base = bytes.baseAddress else { return }
        var at = 0
        while at < bytes.count, let nl = memchr(base + at, 0x0A, bytes.count - at) {
            at = UnsafeRawPointer(base).distance(to: UnsafeRawPointer(nl)) + 1
            starts.append(at)
        }
    }

    public init(_ bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { LineTable($0) }
    }

    /// 1-based line and column (in bytes) of `offset`.
    public func position(of offset: Int) -> (line: Int, column: Int) {
        var lo = 0, hi = starts.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if starts[mid] <= offset { lo = mid } else { hi = mid - 1 }
        }
        return (lo + 1, offset - starts[lo] + 1)
    }
}

/// Offsets to `line:column` for a text read front to back (a multi-gigabyte XML file): it keeps
/// only where it last was, moves forward from there, and starts over only for an earlier offset.
public struct LineCounter {
    let bytes: UnsafeBufferPointer<UInt8>
    var offset = 0, line = 1, lineStart = 0

    public init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

    /// A counter that starts at `start` (the lines before it counted at once), for a part of a
    /// text read on its own.
    public init(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) {
        self.bytes = bytes
        guard start > 0, let base = bytes.baseAddress else { return }
        var k = 0
        while k < start, let nl = memchr(base + k, 0x0A, start - k) {
            k = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
            line += 1
            lineStart = k
        }
        offset = start
    }

    /// A counter that starts at `start`, the start of line `line` (the lines before it known).
    public init(_ bytes: UnsafeBufferPointer<UInt8>, atLineStart start: Int, line: Int) {
        self.bytes = bytes
        (offset, self.line, lineStart) = (start, line, start)
    }

    public mutating func position(of target: Int) -> (line: Int, column: Int) {
        let target = min(max(0, target), bytes.count)
        if target < offset { (offset, line, lineStart) = (0, 1, 0) }
        // Line ends found by memchr: a byte at a time, this walk over every byte of a DBLP dump
        // took more than reading the records' dates.
        if target > offset, let base = bytes.baseAddress {
            while let nl = memchr(base + offset, 0x0A, target - offset) {
                offset = base.distance(to: nl.assumingMemoryBound(to: UInt8.self)) + 1
                line += 1
                lineStart = offset
                if offset >= target { break }
            }
            offset = target
        }
        return (line, target - lineStart + 1)
    }
}
