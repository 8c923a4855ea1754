/// CSL-YAML, as pandoc and Better BibTeX write it: a list of CSL items, or a document whose
/// `references:` holds them. Read by a YAML reader of the block style those writers use
/// (mappings, sequences, plain and quoted scalars, `|` and `>` block scalars, flow lists and
/// maps on one line, comments, `---` and `...`); anchors, aliases and tags are reported and
/// read as plain text. The values become the same tree as JSON, so the items are read by the
/// CSL-JSON reader, with their paths (`references[3].author[0].family`) and lines.
enum CSLYAMLReader {
    static func looksLikeYAML(_ head: ArraySlice<UInt8>) -> Bool {
        // The head's lines, spaces and tabs around them taken off, blank lines and comments left out.
        var lines: [ArraySlice<UInt8>] = []
        for raw in head.prefix(2048).split(separator: 0x0A) {
            var line = raw
            while let b = line.first, b == 0x20 || b == 0x09 || b == 0x0D { line.removeFirst() }
            while let b = line.last, b == 0x20 || b == 0x09 || b == 0x0D { line.removeLast() }
            if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
            // Most files are told by their first line: nothing else is read for them.
            if lines.isEmpty, !(line.elementsEqual("---".utf8) || line.starts(with: "references:".utf8) || line.starts(with: "- id:".utf8)) {
                return false
            }
            lines.append(line)
        }
        return lines.contains { line in ["references:", "- id:", "id:", "- title:"].contains { line.starts(with: $0.utf8) } }
    }

    static func read(_ input: [UInt8], _ context: ReadContext) -> RecordContents {
        var bytes = input
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        // Windows line ends: the CR before each LF dropped (lines and columns stay as they were).
        if bytes.contains(0x0D) {
            var lf: [UInt8] = []
            lf.reserveCapacity(bytes.count)
            for (k, b) in bytes.enumerated() where !(b == 0x0D && k + 1 < bytes.count && bytes[k + 1] == 0x0A) { lf.append(b) }
            bytes = lf
        }
        return bytes.withUnsafeBufferPointer { buffer in
            var d = JSONDiagnostics(fileName: context.fileName, bytes: buffer)
            var parser = YAMLBlocks(buffer)
            let root = parser.document()
            for p in parser.problems { d.warn(p.offset, "", p.message) }
            var contents = RecordContents()
            var items: [JSONNode] = []
            var path = ""
            if let root {
                if let refs = root["references"] {
                    items = d.array(refs, "references")
                    path = "references"
                } else if let list = root.array {
                    items = list
                } else if CSLReader.isItem(root) {
                    items = [root]
                } else {
                    d.warn(root.offset, "", "expected a list of CSL items or a references: list")
                }
            }
            for (k, item) in items.enumerated() {
                if let p = CSLReader.item(item, path: "\(path)[\(k)]", &d, format: "csl-yaml") { contents.papers.append(p) }
            }
            contents.diagnostics = d.finished()
            return contents
        }
    }
}

/// The block-style YAML reader behind `CSLYAMLReader`: lines in, `JSONNode`s out.
struct YAMLBlocks {
    struct Line {
        var indent: Int
        var text: Substring
        /// Byte offset of `text` in the document.
        var offset: Int
    }

    var lines: [Line] = []
    var i = 0
    var problems: [(offset: Int, message: String)] = []
    static let maxDepth = 256

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        var offset = 0
        var lastIndent = 0
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            defer { offset += raw.utf8.count + 1 }
            var line = raw
            if line.hasSuffix("\r") { line = line.dropLast() }
            var indent = line.prefix { $0 == " " }.count
            var content = line.dropFirst(indent)
            if content.hasPrefix("\t") {
                problems.append((offset + indent, "a tab in the indentation (YAML indents with spaces); read as indented like the line before"))
                content = content.drop { $0 == "\t" || $0 == " " }
                indent = lastIndent
            }
            content = Self.withoutComment(content)
            if content.isEmpty { lines.append(Line(indent: -1, text: "", offset: offset)); continue }
            if indent == 0, content == "---" || content == "..." { lines.append(Line(indent: -2, text: content, offset: offset)); continue }
            lines.append(Line(indent: indent, text: content, offset: offset + raw.utf8.distance(from: raw.startIndex, to: content.startIndex)))
            lastIndent = indent
        }
    }

    /// The text before a ` #` comment that is outside quotes, trailing spaces trimmed.
    static func withoutComment(_ s: Substring) -> Substring {
        var quote: Character?
        var previous: Character = " "
        var end = s.endIndex
        for idx in s.indices {
            let c = s[idx]
            if let q = quote {
                if c == q { quote = nil }
            } else if c == "\"" || c == "'", previous == " " || previous == "[" || previous == "{" || previous == "," || previous == ":" || idx == s.startIndex {
                quote = c
            } else if c == "#", previous == " " || idx == s.startIndex {
                end = idx
                break
            }
            previous = c
        }
        var out = s[s.startIndex..<end]
        while out.last == " " { out = out.dropLast() }
        return out
    }

    mutating func skipBlank() {
        while i < lines.count, lines[i].indent == -1 { i += 1 }
    }

    /// The first document (after an optional `---`), or nil when there is none.
    mutating func document() -> JSONNode? {
        skipBlank()
        if i < lines.count, lines[i].indent == -2, lines[i].text == "---" { i += 1 }
        skipBlank()
        guard i < lines.count, lines[i].indent >= 0 else { return nil }
        let node = block(indent: lines[i].indent, depth: 0)
        skipBlank()
        if i < lines.count, lines[i].indent >= 0 {
            problems.append((lines[i].offset, "text after the document's end is ignored (expected the indentation of the lines before it)"))
        }
        return node
    }

    static func isDash(_ t: Substring) -> Bool { t == "-" || t.hasPrefix("- ") }

    mutating func block(indent: Int, depth: Int) -> JSONNode {
        let line = lines[i]
        guard depth < Self.maxDepth else {
            problems.append((line.offset, "nested deeper than \(Self.maxDepth) levels; the rest is skipped"))
            while i < lines.count, lines[i].indent == -1 || lines[i].indent >= indent { i += 1 }
            return JSONNode(value: .null, offset: line.offset, cut: true)
        }
        if Self.isDash(line.text) { return sequence(indent: indent, depth: depth) }
        if Self.keySplit(line.text) != nil { return mapping(indent: indent, depth: depth) }
        i += 1
        return scalar(line.text, offset: line.offset)
    }

    mutating func sequence(indent: Int, depth: Int) -> JSONNode {
        let start = lines[i].offset
        var items: [JSONNode] = []
        while i < lines.count {
            skipBlank()
            guard i < lines.count, lines[i].indent == indent, Self.isDash(lines[i].text) else { break }
            let line = lines[i]
            let rest = line.text.dropFirst(1).drop { $0 == " " }
            if rest.isEmpty {
                i += 1
                skipBlank()
                if i < lines.count, lines[i].indent > indent { items.append(block(indent: lines[i].indent, depth: depth + 1)) }
                else { items.append(JSONNode(value: .null, offset: line.offset, cut: false)) }
                continue
            }
            // `- |-` or `- >`: a block scalar, its lines indented past the dash.
            if rest.hasPrefix("|") || rest.hasPrefix(">") {
                i += 1
                items.append(blockScalar(folded: rest.hasPrefix(">"), parent: indent, offset: line.offset + (line.text.utf8.count - rest.utf8.count)))
                continue
            }
            // `- key: value` or `- - x`: the rest is a block of its own, at its column.
            let column = indent + (line.text.count - rest.count)
            lines[i] = Line(indent: column, text: rest, offset: line.offset + (line.text.utf8.count - rest.utf8.count))
            items.append(block(indent: column, depth: depth + 1))
        }
        return JSONNode(value: .array(items), offset: start, cut: false)
    }

    /// `key: value` → (key, value); nil when the line is no mapping entry.
    static func keySplit(_ t: Substring) -> (key: Substring, value: Substring)? {
        if t.hasPrefix("\"") || t.hasPrefix("'") {
            let q = t.first!
            guard let close = t.dropFirst().firstIndex(of: q) else { return nil }
            let after = t[t.index(after: close)...]
            guard after.hasPrefix(":"), after.count == 1 || after.dropFirst().hasPrefix(" ") else { return nil }
            return (t[t.index(after: t.startIndex)..<close], after.dropFirst().drop { $0 == " " })
        }
        if t.hasPrefix("[") || t.hasPrefix("{") { return nil }
        var idx = t.startIndex
        while idx < t.endIndex {
            if t[idx] == ":" {
                let next = t.index(after: idx)
                if next == t.endIndex || t[next] == " " { return (t[t.startIndex..<idx], t[next...].drop { $0 == " " }) }
            }
            idx = t.index(after: idx)
        }
        return nil
    }

    mutating func mapping(indent: Int, depth: Int) -> JSONNode {
        let start = lines[i].offset
        var members: [(key: String, value: JSONNode)] = []
        while i < lines.count {
            skipBlank()
            guard i < lines.count, lines[i].indent == indent, !Self.isDash(lines[i].text) else { break }
            let line = lines[i]
            guard let (key, value) = Self.keySplit(line.text) else {
                problems.append((line.offset, "expected 'key: value' in this mapping; the line is ignored"))
                i += 1
                continue
            }
            i += 1
            let valueOffset = line.offset + line.text.utf8.count - value.utf8.count
            if value.isEmpty {
                skipBlank()
                if i < lines.count, lines[i].indent > indent {
                    members.append((String(key), block(indent: lines[i].indent, depth: depth + 1)))
                } else if i < lines.count, lines[i].indent == indent, Self.isDash(lines[i].text) {
                    members.append((String(key), sequence(indent: indent, depth: depth + 1)))
                } else {
                    members.append((String(key), JSONNode(value: .null, offset: valueOffset, cut: false)))
                }
            } else if value.hasPrefix("|") || value.hasPrefix(">") {
                members.append((String(key), blockScalar(folded: value.hasPrefix(">"), parent: indent, offset: valueOffset)))
            } else {
                members.append((String(key), scalar(value, offset: valueOffset)))
            }
        }
        return JSONNode(value: .object(members), offset: start, cut: false)
    }

    /// The lines of a `|` (kept) or `>` (folded) scalar: those indented past `parent`.
    mutating func blockScalar(folded: Bool, parent: Int, offset: Int) -> JSONNode {
        var parts: [String] = []
        var own: Int?
        while i < lines.count, lines[i].indent == -1 || lines[i].indent > parent {
            let line = lines[i]
            i += 1
            if line.indent == -1 { parts.append(""); continue }
            if own == nil { own = line.indent }
            parts.append(String(repeating: " ", count: max(0, line.indent - own!)) + line.text)
        }
        while parts.last == "" { parts.removeLast() }
        let text = folded ? parts.map { $0.isEmpty ? "\n" : $0 }.joined(separator: " ").replacingAll(" \n ", with: "\n")
                          : parts.joined(separator: "\n")
        return JSONNode(value: .string(text), offset: offset, cut: false)
    }

    mutating func scalar(_ t: Substring, offset: Int) -> JSONNode {
        if t.hasPrefix("[") || t.hasPrefix("{") {
            var flow = FlowParser(text: Array(t.unicodeScalars), offset: offset)
            let node = flow.value(depth: 0)
            if let p = flow.problem { problems.append((offset, p)) }
            return node
        }
        if t.hasPrefix("&") || t.hasPrefix("*") || t.hasPrefix("!") {
            problems.append((offset, "anchors, aliases and tags are not read; '\(VisibleText.singleLine(t.prefix(20)))' is kept as text"))
        }
        return Self.plain(t, offset: offset)
    }

    static func plain(_ t: Substring, offset: Int) -> JSONNode {
        if t.hasPrefix("\"") && t.hasSuffix("\"") && t.count >= 2 {
            return JSONNode(value: .string(unescape(t.dropFirst().dropLast())), offset: offset, cut: false)
        }
        if t.hasPrefix("'") && t.hasSuffix("'") && t.count >= 2 {
            return JSONNode(value: .string(t.dropFirst().dropLast().replacingAll("''", with: "'")), offset: offset, cut: false)
        }
        switch t {
        case "null", "~", "Null", "NULL": return JSONNode(value: .null, offset: offset, cut: false)
        case "true", "True": return JSONNode(value: .bool(true), offset: offset, cut: false)
        case "false", "False": return JSONNode(value: .bool(false), offset: offset, cut: false)
        default: break
        }
        if t.count <= 15, let n = Int(t) { return JSONNode(value: .number(Double(n)), offset: offset, cut: false) }
        return JSONNode(value: .string(String(t)), offset: offset, cut: false)
    }

    static func unescape(_ s: Substring) -> String {
        guard s.contains("\\") else { return String(s) }
        var out = String.UnicodeScalarView()
        var it = s.unicodeScalars.makeIterator()
        while let c = it.next() {
            guard c == "\\", let e = it.next() else { out.append(c); continue }
            switch e {
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "u":
                var hex = ""
                for _ in 0..<4 { if let h = it.next() { hex.unicodeScalars.append(h) } }
                out.append(UInt32(hex, radix: 16).flatMap(Unicode.Scalar.init) ?? "\u{FFFD}")
            default: out.append(e)
            }
        }
        return String(out)
    }
}

/// `[a, b, [1, 2]]` and `{family: Doe, given: Jane}` on one line.
struct FlowParser {
    let text: [Unicode.Scalar]
    let offset: Int
    var i = 0
    var problem: String?

    init(text: [Unicode.Scalar], offset: Int) {
        self.text = text
        self.offset = offset
    }

    mutating func skip() { while i < text.count, text[i] == " " { i += 1 } }

    mutating func value(depth: Int) -> JSONNode {
        skip()
        guard i < text.count else { return JSONNode(value: .null, offset: offset, cut: false) }
        guard depth < 64 else {
            problem = "a flow collection nested deeper than 64 levels"
            i = text.count
            return JSONNode(value: .null, offset: offset, cut: true)
        }
        if text[i] == "[" || text[i] == "{" {
            let isMap = text[i] == "{"
            let close: Unicode.Scalar = isMap ? "}" : "]"
            i += 1
            var items: [JSONNode] = []
            var members: [(key: String, value: JSONNode)] = []
            while true {
                skip()
                guard i < text.count else {
                    problem = problem ?? "a flow collection is never closed"
                    break
                }
                if text[i] == close { i += 1; break }
                let before = i
                defer {
                    // A closer of the other kind (`[a}`) or a stray character: said, and stepped over.
                    if i == before { problem = problem ?? "an unexpected '\(text[i])' in a flow collection"; i += 1 }
                }
                if isMap {
                    let keyNode = atom(stopAt: [":", ",", "}"])
                    skip()
                    if i < text.count, text[i] == ":" { i += 1 }
                    members.append((keyNode.text ?? "", value(depth: depth + 1)))
                } else {
                    items.append(value(depth: depth + 1))
                }
                skip()
                if i < text.count, text[i] == "," { i += 1 }
            }
            return JSONNode(value: isMap ? .object(members) : .array(items), offset: offset, cut: false)
        }
        return atom(stopAt: [",", "]", "}"])
    }

    mutating func atom(stopAt: Set<Unicode.Scalar>) -> JSONNode {
        skip()
        var s = String.UnicodeScalarView()
        if i < text.count, text[i] == "\"" || text[i] == "'" {
            let q = text[i]
            i += 1
            while i < text.count, text[i] != q { s.append(text[i]); i += 1 }
            i = min(text.count, i + 1)
            return JSONNode(value: .string(String(s)), offset: offset, cut: false)
        }
        while i < text.count, !stopAt.contains(text[i]) { s.append(text[i]); i += 1 }
        let t = String(s).trimmingWhitespace()
        return YAMLBlocks.plain(Substring(t), offset: offset)
    }
}
