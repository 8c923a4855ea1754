/// The small part of TOML a theme needs: `[tables]`, `key = value` with strings, integers,
/// booleans and arrays of those, and `#` comments. Anything else is an error naming its line.
public struct ThemeFile: Sendable {
    public enum Value: Equatable, Sendable {
        case string(String), integer(Int), bool(Bool), array([Value])
    }

    public struct Entry: Sendable {
        public var table: String
        public var key: String
        public var value: Value
        public var line: Int
    }

    public struct ParseError: Error, Equatable, Sendable, CustomStringConvertible {
        public var line: Int
        public var message: String
        public var description: String { "line \(line): \(message)" }
    }

    public var entries: [Entry] = []

    public init(parsing text: String) throws(ParseError) {
        var table = ""
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let lineNumber = i + 1
            var line = Substring(raw)
            if line.last == "\r" { line.removeLast() }
            line = ThemeFile.strippingComment(line).trimmingWhitespace()
            if line.isEmpty { continue }
            if line.first == "[" {
                guard line.last == "]", line.count > 2 else { throw ParseError(line: lineNumber, message: "expected a table name like [header]") }
                table = String(line.dropFirst().dropLast().trimmingWhitespace())
                guard table.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) else {
                    throw ParseError(line: lineNumber, message: "expected a table name of letters, digits, '-' or '_', got '\(table)'")
                }
                continue
            }
            guard let eq = line.firstIndex(of: "=") else {
                throw ParseError(line: lineNumber, message: "expected key = value")
            }
            let key = line[..<eq].trimmingWhitespace()
            guard !key.isEmpty, key.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else {
                throw ParseError(line: lineNumber, message: "expected a key of letters, digits, '-' or '_' before '='")
            }
            var rest = line[line.index(after: eq)...].trimmingWhitespace()
            let value = try ThemeFile.value(&rest, line: lineNumber)
            guard rest.trimmingWhitespace().isEmpty else {
                throw ParseError(line: lineNumber, message: "unexpected text after the value: '\(rest.trimmingWhitespace())'")
            }
            entries.append(Entry(table: table, key: String(key), value: value, line: lineNumber))
        }
    }

    static func strippingComment(_ line: Substring) -> Substring {
        var inString = false
        var escaped = false
        for i in line.indices {
            let c = line[i]
            if escaped { escaped = false; continue }
            if c == "\\" && inString { escaped = true; continue }
            if c == "\"" { inString.toggle() }
            if c == "#" && !inString { return line[..<i] }
        }
        return line
    }

    static func value(_ text: inout Substring, line: Int) throws(ParseError) -> Value {
        text = text.trimmingWhitespace()
        guard let first = text.first else { throw ParseError(line: line, message: "expected a value after '='") }
        if first == "\"" {
            var out = ""
            var i = text.index(after: text.startIndex)
            while i < text.endIndex {
                let c = text[i]
                if c == "\"" { text = text[text.index(after: i)...]; return .string(out) }
                if c == "\\" {
                    i = text.index(after: i)
                    guard i < text.endIndex else { break }
                    switch text[i] {
                    case "n": out.append("\n")
                    case "t": out.append("\t")
                    case "\"": out.append("\"")
                    case "\\": out.append("\\")
                    default: throw ParseError(line: line, message: "unknown escape '\\\(text[i])' in a string")
                    }
                } else {
                    out.append(c)
                }
                i = text.index(after: i)
            }
            throw ParseError(line: line, message: "expected a closing '\"'")
        }
        if first == "[" {
            text = text.dropFirst()
            var items: [Value] = []
            while true {
                text = text.trimmingWhitespace()
                if text.first == "]" { text = text.dropFirst(); return .array(items) }
                guard !text.isEmpty else { throw ParseError(line: line, message: "expected ']' to close the array") }
                items.append(try value(&text, line: line))
                text = text.trimmingWhitespace()
                if text.first == "," { text = text.dropFirst() } else if text.first != "]" {
                    throw ParseError(line: line, message: "expected ',' or ']' in the array")
                }
            }
        }
        let word = text.prefix { !$0.isWhitespace && $0 != "," && $0 != "]" }
        text = text[word.endIndex...]
        if word == "true" { return .bool(true) }
        if word == "false" { return .bool(false) }
        if let n = Int(word) { return .integer(n) }
        throw ParseError(line: line, message: "expected a value: a \"string\", a number, true/false or [array], got '\(word)'")
    }
}

extension Substring {
    func trimmingWhitespace() -> Substring {
        var s = self
        while let f = s.first, f == " " || f == "\t" { s.removeFirst() }
        while let l = s.last, l == " " || l == "\t" { s.removeLast() }
        return s
    }
}
