#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One element as read, with its attributes, text and children.
struct XMLElement: Sendable {
    /// Without a namespace prefix (`arxiv:doi` → `doi`); the prefix is in `prefix`.
    var name: String
    var prefix: String
    var attributes: [(name: String, value: String)]
    var children: [XMLElement] = []
    /// The element's own text (not its children's), entities replaced.
    var text: String = ""
    var offset: Int

    func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }

    func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The text of the element and everything in it, in order (`<title>On <i>x</i></title>` →
    /// `On x`).
    var allText: String {
        guard !children.isEmpty else { return text }
        var out = ""
        collect(into: &out)
        return out
    }

    private func collect(into out: inout String) {
        out += text
        for c in children { c.collect(into: &out); out += c.tail }
    }

    /// Text after this element's end tag, before the parent's next child (mixed content).
    var tail: String = ""
}

/// A small XML reader, total over any bytes: elements, attributes, text, CDATA, comments,
/// processing instructions and a doctype (skipped, internal subset included). Entities are the
/// five of XML, character references, and a fixed table of the Latin-1 names DBLP's DTD defines;
/// entities a doctype declares are never expanded (an entity bomb is one unknown name). Problems
/// (a tag never closed, a wrong end tag, an unknown entity) are diagnostics; reading goes on.
///
/// `onClose` is called as each element ends, with its depth (the root is 0). It returns whether
/// the element is kept in its parent: a streaming reader takes records as they close and keeps
/// nothing else.
struct XMLParser {
    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0
    /// Where reading stops: the end of the text, or the end of one part of it.
    var end: Int
    /// A part that ends where the next begins (`parse(continuing:)`) ran out inside a tag, a
    /// comment or another construct: the cut was not between two records.
    var ranOut = false
    var problems: [(offset: Int, message: String)] = []
    var unknownEntities: Set<String> = []
    /// The text is ISO-8859-1 (the DBLP dump): each byte is its character, made UTF-8 as strings
    /// are taken, so the whole text is never converted at once.
    var latin1 = false
    /// Elements that, starting, end the open element of their kind and what is open inside it,
    /// each said never closed (kinds by name: a DBLP record starting while a field of the last
    /// one was never closed). Without them every record after such a field was read as inside it.
    var restarts: [String: Int] = [:]
    /// The deepest nesting kept; deeper elements are skipped whole.
    static let maxDepth = 256

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes; end = bytes.count }

    mutating func problem(_ message: String, at offset: Int) {
        if problems.count < Diagnostic.maxPerFile { problems.append((offset, message)) }
    }

    @inline(__always) func at(_ s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        guard i + n <= end else { return false }
        for k in 0..<n where bytes[i + k] != s.utf8Start[k] { return false }
        return true
    }

    mutating func skip(past s: StaticString) -> Bool {
        let n = s.utf8CodeUnitCount
        let first = s.utf8Start[0]
        while i + n <= end {
            if bytes[i] == first, at(s) { i += n; return true }
            i += 1
        }
        i = end
        ranOut = true
        return false
    }

    static func isNameByte(_ c: UInt8) -> Bool {
        c >= 0x80 || (c >= 0x61 && c <= 0x7A) || (c >= 0x41 && c <= 0x5A) || (c >= 0x30 && c <= 0x39)
            || c == 0x5F || c == 0x3A || c == 0x2D || c == 0x2E
    }

    mutating func name() -> String {
        let start = skipName()
        return string(start, i)
    }

    /// Moves past a name; returns where it started.
    @inline(__always) mutating func skipName() -> Int {
        let start = i
        while i < end, Self.isNameByte(bytes[i]) { i += 1 }
        return start
    }

    /// Whether the bytes from `start` to `end` are `s`.
    @inline(__always) func matches(_ start: Int, _ end: Int, _ s: StaticString) -> Bool {
        guard end - start == s.utf8CodeUnitCount else { return false }
        for k in 0..<(end - start) where bytes[start + k] != s.utf8Start[k] { return false }
        return true
    }

    /// The text from `start` to `end` as it is written (no entities replaced).
    func string(_ start: Int, _ end: Int) -> String {
        let slice = UnsafeBufferPointer(rebasing: bytes[start..<end])
        if latin1, ByteScan.hasNonASCII(slice) {
            var out: [UInt8] = []
            out.reserveCapacity(slice.count + 8)
            for b in slice { Self.appendLatin1(b, to: &out) }
            return String(decoding: out, as: UTF8.self)
        }
        return String(decoding: slice, as: UTF8.self)
    }

    @inline(__always) static func appendLatin1(_ b: UInt8, to out: inout [UInt8]) {
        if b < 0x80 { out.append(b) } else { out.append(0xC0 | b >> 6); out.append(0x80 | b & 0x3F) }
    }

    mutating func skipSpace() {
        while i < end, bytes[i] == 0x20 || bytes[i] == 0x0A || bytes[i] == 0x0D || bytes[i] == 0x09 { i += 1 }
    }

    /// Text from `start` to `end` with entities replaced.
    mutating func decode(_ start: Int, _ end: Int) -> String {
        // The first `&` found by memchr: most text has none, and is taken as it stands.
        guard end > start, let amp = memchr(bytes.baseAddress! + start, Int32(UInt8(ascii: "&")), end - start) else {
            return string(start, end)
        }
        var out: [UInt8] = []
        out.reserveCapacity(end - start)
        let first = bytes.baseAddress!.distance(to: amp.assumingMemoryBound(to: UInt8.self))
        if latin1 {
            for b in UnsafeBufferPointer(rebasing: bytes[start..<first]) { Self.appendLatin1(b, to: &out) }
        } else {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<first]))
        }
        var k = first
        while k < end {
            let c = bytes[k]
            guard c == UInt8(ascii: "&") else {
                if latin1 { Self.appendLatin1(c, to: &out) } else { out.append(c) }
                k += 1
                continue
            }
            var semi = k + 1
            while semi < end, semi - k <= 32, bytes[semi] != UInt8(ascii: ";") { semi += 1 }
            guard semi < end, bytes[semi] == UInt8(ascii: ";") else {
                out.append(c)
                k += 1
                continue
            }
            let ref = String(decoding: UnsafeBufferPointer(rebasing: bytes[(k + 1)..<semi]), as: UTF8.self)
            if let scalar = Self.entity(ref) {
                UTF8.encode(scalar) { out.append($0) }
            } else {
                if unknownEntities.count < 100, unknownEntities.insert(ref).inserted {
                    problem("unknown entity &\(VisibleText.singleLine(ref)); kept as written (entities a doctype declares are not expanded)", at: k)
                }
                for b in bytes[k...semi] { if latin1 { Self.appendLatin1(b, to: &out) } else { out.append(b) } }
            }
            k = semi + 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func entity(_ ref: String) -> Unicode.Scalar? {
        if ref.hasPrefix("#x") || ref.hasPrefix("#X") {
            return UInt32(ref.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 }
        }
        if ref.hasPrefix("#") { return UInt32(ref.dropFirst(1)).flatMap(Unicode.Scalar.init).flatMap { $0.value == 0 ? nil : $0 } }
        return XMLEntities.table[ref]
    }

    /// Reads the whole text, calling `onClose` as each element ends.
    mutating func parse(_ onClose: (inout XMLElement, _ depth: Int) -> Bool) {
        _ = parse(continuing: [], cut: false, onClose)
    }

    /// Reads from `i` to `end` with the elements `open` already open (a part of a text cut
    /// between records). When `cut`, the text goes on past `end`: what is still open then is
    /// returned, not closed, and `ranOut` says whether the part ended inside a construct.
    ///
    /// `onOpen` is offered each element as its start tag is read (attributes and all, at `i` its
    /// content): it may read the element through its end tag itself and return true, or return
    /// false having moved nothing (a reader that knows a record's shape reads it without making
    /// the elements inside it).
    mutating func parse(continuing open: [XMLElement], cut: Bool,
                        onOpen: (inout XMLParser, XMLElement, _ depth: Int) -> Bool = { _, _, _ in false },
                        _ onClose: (inout XMLElement, _ depth: Int) -> Bool) -> [XMLElement] {
        var stack = open
        var textStart = i
        func flushText(_ p: inout XMLParser, upTo end: Int) {
            guard end > textStart, !stack.isEmpty else { return }
            let t = p.decode(textStart, end)
            if stack[stack.count - 1].children.isEmpty { stack[stack.count - 1].text += t }
            else { stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1].tail += t }
        }
        var skippedDepth = 0
        while i < end {
            guard let lt = nextLT() else { break }
            if skippedDepth == 0 { flushText(&self, upTo: lt) }
            i = lt
            let tagStart = i
            if at("<!--") {
                if !skip(past: "-->") { problem("a comment opened here is never closed", at: tagStart) }
                textStart = i
                continue
            }
            if at("<![CDATA[") {
                i += 9
                let start = i
                let closed = skip(past: "]]>")
                let textEnd = closed ? i - 3 : end
                if !stack.isEmpty, skippedDepth == 0 {
                    let t = string(start, textEnd)
                    if stack[stack.count - 1].children.isEmpty { stack[stack.count - 1].text += t }
                    else { stack[stack.count - 1].children[stack[stack.count - 1].children.count - 1].tail += t }
                }
                if !closed { problem("a CDATA section opened here is never closed", at: tagStart) }
                textStart = i
                continue
            }
            if at("<?") {
                if !skip(past: "?>") { problem("a processing instruction opened here is never closed", at: tagStart) }
                textStart = i
                continue
            }
            if at("<!") {
                skipDoctype(from: tagStart)
                textStart = i
                continue
            }
            if at("</") {
                i += 2
                let n = name()
                skipSpace()
                if i < end, bytes[i] == UInt8(ascii: ">") { i += 1 } else {
                    if i >= end { ranOut = true }
                    problem("expected '>' to end </\(VisibleText.singleLine(n))", at: tagStart)
                }
                textStart = i
                if skippedDepth > 0 { skippedDepth -= 1; continue }
                guard let open = stack.lastIndex(where: { Self.qualified($0) == n }) else {
                    problem("an end tag </\(VisibleText.singleLine(n))> with no element open to end; ignored", at: tagStart)
                    continue
                }
                while stack.count > open + 1 {
                    let inner = stack[stack.count - 1]
                    problem("<\(VisibleText.singleLine(Self.qualified(inner)))> is never closed (ended by </\(VisibleText.singleLine(n))>)", at: inner.offset)
                    close(&stack, onClose)
                }
                close(&stack, onClose)
                continue
            }
            // A start tag.
            i += 1
            let nameStart = skipName(), nameEnd = i
            let qname = string(nameStart, nameEnd)
            guard !qname.isEmpty else {
                problem("a '<' that starts no tag; read as text", at: tagStart)
                textStart = tagStart
                continue
            }
            let (attributes, selfClosing, ended) = attributes(of: qname)
            if !ended { ranOut = true }
            textStart = i
            if skippedDepth > 0 || stack.count >= Self.maxDepth {
                if stack.count >= Self.maxDepth, skippedDepth == 0 { problem("elements nested deeper than \(Self.maxDepth) levels are skipped", at: tagStart) }
                if !selfClosing { skippedDepth += 1 }
                continue
            }
            if !restarts.isEmpty, !selfClosing, let kind = restarts[qname],
               let open = stack.lastIndex(where: { $0.prefix.isEmpty && restarts[$0.name] == kind }) {
                while stack.count > open {
                    let inner = stack[stack.count - 1]
                    problem("<\(VisibleText.singleLine(Self.qualified(inner)))> is never closed (ended by <\(VisibleText.singleLine(qname))>)", at: inner.offset)
                    close(&stack, onClose)
                }
            }
            // The prefix split off in the name's bytes: a Character search cost as much as the
            // rest of the tag.
            var colon = nameStart
            while colon < nameEnd, bytes[colon] != UInt8(ascii: ":") { colon += 1 }
            var element = XMLElement(name: colon < nameEnd ? string(colon + 1, nameEnd) : qname,
                                     prefix: colon < nameEnd ? string(nameStart, colon) : "",
                                     attributes: attributes, offset: tagStart)
            if selfClosing {
                if onClose(&element, stack.count), !stack.isEmpty { stack[stack.count - 1].children.append(consume element) }
            } else if onOpen(&self, element, stack.count) {
                textStart = i
            } else {
                stack.append(consume element)
            }
        }
        if cut {
            if skippedDepth > 0 { ranOut = true }
            return stack
        }
        if skippedDepth == 0 { flushText(&self, upTo: end) }
        while let inner = stack.last {
            problem("<\(VisibleText.singleLine(Self.qualified(inner)))> is never closed: the text ends inside it", at: inner.offset)
            close(&stack, onClose)
        }
        return []
    }

    /// A start tag's attributes, read from after its name to its `>` or `/>`; `ended` is false
    /// when the text ran out first.
    mutating func attributes(of qname: String) -> (attributes: [(name: String, value: String)], selfClosing: Bool, ended: Bool) {
        var attributes: [(name: String, value: String)] = []
        var selfClosing = false
        var ended = false
        while i < end {
            skipSpace()
            guard i < end else { break }
            if bytes[i] == UInt8(ascii: ">") { i += 1; ended = true; break }
            if at("/>") { i += 2; selfClosing = true; ended = true; break }
            let attrStart = skipName()
            let attrEnd = i
            if attrEnd == attrStart {
                problem("unexpected character in <\(VisibleText.singleLine(qname))>", at: i)
                i += 1
                continue
            }
            // The name as written, made only to be said in a problem.
            var an: String { string(attrStart, attrEnd) }
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: "=") else {
                problem("the attribute \(VisibleText.singleLine(an)) has no value", at: attrStart)
                continue
            }
            i += 1
            skipSpace()
            guard i < end, bytes[i] == UInt8(ascii: "\"") || bytes[i] == UInt8(ascii: "'") else {
                problem("the value of \(VisibleText.singleLine(an)) is not quoted", at: i)
                continue
            }
            let quote = bytes[i]
            i += 1
            let vs = i
            while i < end, bytes[i] != quote { i += 1 }
            let value = decode(vs, min(i, end))
            if i < end { i += 1 } else { problem("the value of \(VisibleText.singleLine(an)) is never closed", at: attrStart) }
            // Without its prefix (`xml:lang` → `lang`), from the bytes after the first colon.
            let colon = memchr(bytes.baseAddress! + attrStart, Int32(UInt8(ascii: ":")), attrEnd - attrStart)
                .map { bytes.baseAddress!.distance(to: $0.assumingMemoryBound(to: UInt8.self)) + 1 } ?? attrStart
            attributes.append((string(colon, attrEnd), value))
        }
        return (attributes, selfClosing, ended)
    }

    mutating func close(_ stack: inout [XMLElement], _ onClose: (inout XMLElement, Int) -> Bool) {
        var element = stack.removeLast()
        if onClose(&element, stack.count), !stack.isEmpty { stack[stack.count - 1].children.append(consume element) }
    }

    func nextLT() -> Int? {
        guard i < end, let base = bytes.baseAddress, let lt = memchr(base + i, Int32(UInt8(ascii: "<")), end - i) else { return nil }
        return base.distance(to: lt.assumingMemoryBound(to: UInt8.self))
    }

    /// `<!DOCTYPE … [ … ]>`: skipped, its declarations unread.
    mutating func skipDoctype(from start: Int) {
        var depth = 0
        var quote: UInt8 = 0
        while i < end {
            let c = bytes[i]
            i += 1
            if quote != 0 { if c == quote { quote = 0 }; continue }
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "'") { quote = c; continue }
            if c == UInt8(ascii: "[") { depth += 1 }
            if c == UInt8(ascii: "]") { depth -= 1 }
            if c == UInt8(ascii: ">"), depth <= 0 { return }
        }
        ranOut = true
        problem("a declaration opened here is never closed", at: start)
    }

    static func qualified(_ e: XMLElement) -> String { e.prefix.isEmpty ? e.name : e.prefix + ":" + e.name }

    /// The encoding the declaration states (`ISO-8859-1`), if any.
    static func declaredEncoding(_ bytes: some Collection<UInt8>) -> String? {
        let head = String(decoding: bytes.prefix(200), as: UTF8.self)
        guard head.hasPrefix("<?xml"), let end = head.firstRange(of: "?>") else { return nil }
        let decl = head[..<end.lowerBound]
        guard let r = decl.firstRange(of: "encoding") else { return nil }
        let rest = decl[r.upperBound...].drop { $0 == " " || $0 == "=" }
        guard let q = rest.first, q == "\"" || q == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != q })
    }
}
