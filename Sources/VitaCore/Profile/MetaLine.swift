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
        // Most lines are titles and abstracts: rule them out before copying anything.
        let count = line.utf8.count
        guard count >= 6, count <= 64, let head = line.utf8.first, head < 0x80 else { return nil }
        let u = Array(line.utf8)
        var i = 0
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isUpper(_ b: UInt8) -> Bool { b >= 0x41 && b <= 0x5A }
        func isLower(_ b: UInt8) -> Bool { b >= 0x61 && b <= 0x7A }
        func number(_ range: Range<Int>) -> Int? { Int(String(decoding: u[range], as: UTF8.self)) }

        // Optional score: digits with an optional fraction.
        var score: Double?
        let scoreStart = i
        while i < u.count, isDigit(u[i]) { i += 1 }
        if i < u.count, u[i] == UInt8(ascii: "."), i > scoreStart {
            i += 1
            while i < u.count, isDigit(u[i]) { i += 1 }
        }
        if i > scoreStart { score = Double(String(decoding: u[scoreStart..<i], as: UTF8.self)) }

        // Category: a run of capitals; its last capital opens the month word (`CVAug` = CV + Aug).
        let catStart = i
        while i < u.count, isUpper(u[i]) { i += 1 }
        guard i - catStart >= 3, i < u.count, isLower(u[i]) else { return nil }
        let monthStart = i - 1
        let category = String(decoding: u[catStart..<monthStart], as: UTF8.self)
        while i < u.count, isLower(u[i]) { i += 1 }
        if i < u.count, u[i] == UInt8(ascii: ".") { i += 1 }   // `Sept.`
        let monthWord = String(decoding: u[monthStart..<i], as: UTF8.self)
        guard monthWord.count <= 10, i < u.count, u[i] == UInt8(ascii: " ") else { return nil }
        i += 1

        let dayStart = i
        while i < u.count, isDigit(u[i]) { i += 1 }
        guard i - dayStart >= 1, i - dayStart <= 2, let day = number(dayStart..<i) else { return nil }

        var year: Int?
        if i < u.count, u[i] == UInt8(ascii: ",") {
            i += 1
            while i < u.count, u[i] == UInt8(ascii: " ") { i += 1 }
            let yearStart = i
            while i < u.count, isDigit(u[i]) { i += 1 }
            guard i - yearStart == 4 else { return nil }
            year = number(yearStart..<i)
        }
        var hasCode = false
        if u.count - i == 4, String(decoding: u[i...], as: UTF8.self) == "Code" {
            hasCode = true
            i += 4
        }
        while i < u.count, u[i] == UInt8(ascii: " ") { i += 1 }
        guard i == u.count else { return nil }

        let key = monthWord.lowercased().filter { $0 != "." }
        return MetaLine(score: score, category: category, month: monthNames[key], monthWord: monthWord,
                        day: day, year: year, hasCode: hasCode, monthColumn: monthStart + 1)
    }
}
