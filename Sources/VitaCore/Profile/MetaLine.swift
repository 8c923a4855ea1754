/// The first line of a paper block: `[score]CATEGORY Mon D[, YYYY][Code]`,
/// e.g. `CVAug 15, 2023Code`, `62.2CVApr 14Code`, `79.2AIMar 26`, `NEJun 7, 2017`.
struct MetaLine: Equatable {
    var score: Double?
    var category: String
    /// 1...12, nil when the month word is not a month.
    var month: Int?
    var monthWord: String
    var day: Int
    var year: Int?
    var hasCode: Bool
    /// 1-based column of the month word, for diagnostics.
    var monthColumn: Int

    static let monthNames: [String: Int] = {
        var names: [String: Int] = [:]
        let full = ["january", "february", "march", "april", "may", "june", "july", "august",
                    "september", "october", "november", "december"]
        for (i, name) in full.enumerated() {
            names[name] = i + 1
            names[String(name.prefix(3))] = i + 1
        }
        names["sept"] = 9
        return names
    }()

    /// Recognises the shape of a meta line. Returns nil for anything else (a title, an abstract),
    /// so the reader can use it to find the start of each block. An unknown month word still
    /// gives a `MetaLine` (with `month == nil`) so the block is kept and the problem reported.
    static func parse(_ line: String) -> MetaLine? {
        var line = line
        return line.withUTF8 { parse(bytes: $0) }
    }

    /// The same, on a line's raw bytes (no line end). A meta line is all ASCII, so bytes that are
    /// not UTF-8 can only make it something else, as they do in the decoded line.
    static func parse(bytes u: UnsafeBufferPointer<UInt8>) -> MetaLine? {
        guard let shape = Shape(u) else { return nil }
        func text(_ range: Range<Int>) -> String { String(decoding: u[range], as: UTF8.self) }
        func number(_ range: Range<Int>) -> Int { u[range].reduce(0) { $0 * 10 + Int($1 - 0x30) } }
        let monthWord = text(shape.month)
        let key = monthWord.lowercased().filter { $0 != "." }
        return MetaLine(score: shape.score.isEmpty ? nil : Double(text(shape.score)),
                        category: text(shape.score.upperBound..<shape.month.lowerBound),
                        month: monthNames[key], monthWord: monthWord, day: number(shape.day),
                        year: shape.year.map(number), hasCode: shape.hasCode, monthColumn: shape.month.lowerBound + 1)
    }

    /// Whether a line's bytes are a meta line, without building it: how blocks are found.
    static func matches(bytes u: UnsafeBufferPointer<UInt8>) -> Bool {
        Shape(u) != nil
    }

    /// Where the parts of a meta line stand.
    private struct Shape {
        var score: Range<Int>
        var month: Range<Int>
        var day: Range<Int>
        var year: Range<Int>?
        var hasCode = false

        init?(_ u: UnsafeBufferPointer<UInt8>) {
            // Most lines are titles and abstracts: rule them out at once.
            guard u.count >= 6, u.count <= 64, u[0] < 0x80 else { return nil }
            var i = 0
            func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
            func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
            func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }

            // Optional score: digits with an optional fraction.
            while i < u.count, isDigit(u[i]) { i += 1 }
            if i < u.count, u[i] == UInt8(ascii: "."), i > 0 {
                i += 1
                while i < u.count, isDigit(u[i]) { i += 1 }
            }
            score = 0..<i

            // Category: a run of capitals; its last capital opens the month word (`CVAug` = CV + Aug).
            let catStart = i
            while i < u.count, isUpper(u[i]) { i += 1 }
            guard i - catStart >= 3, i < u.count, isLower(u[i]) else { return nil }
            let monthStart = i - 1
            while i < u.count, isLower(u[i]) { i += 1 }
            if i < u.count, u[i] == UInt8(ascii: ".") { i += 1 }   // `Sept.`
            month = monthStart..<i
            guard i - monthStart <= 10, i < u.count, u[i] == UInt8(ascii: " ") else { return nil }
            i += 1

            let dayStart = i
            while i < u.count, isDigit(u[i]) { i += 1 }
            guard i - dayStart >= 1, i - dayStart <= 2 else { return nil }
            day = dayStart..<i

            if i < u.count, u[i] == UInt8(ascii: ",") {
                i += 1
                while i < u.count, u[i] == UInt8(ascii: " ") { i += 1 }
                let yearStart = i
                while i < u.count, isDigit(u[i]) { i += 1 }
                guard i - yearStart == 4 else { return nil }
                year = yearStart..<i
            }
            if u.count - i == 4, u[i] == 0x43, u[i + 1] == 0x6F, u[i + 2] == 0x64, u[i + 3] == 0x65 {   // Code
                hasCode = true
                i += 4
            }
            while i < u.count, u[i] == UInt8(ascii: " ") { i += 1 }
            guard i == u.count else { return nil }
        }
    }
}
