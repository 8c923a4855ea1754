/// Folding of text for matching: case, accents, compatibility forms and spacing.
public enum TextFolding {
    /// Lowercase, accents removed, compatibility forms unified (`ﬁ` → `fi`, full-width → ASCII).
    /// ASCII input takes a fast path that allocates once.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        if let latin = foldLatin(text) { return latin }
        // Each letter folded as Foundation folds it alone (`UnicodeText.folded`) and the marks
        // after it kept or taken away as Foundation's folding of a letter with its marks does
        // (CoreFoundation's `CFStringFold`): after a letter of the Latin, Greek or Cyrillic
        // scripts (or one that folds to such a letter) every mark goes; after another letter
        // left as it is, its first mark goes if it is one of those scripts' own (U+0300–U+050F);
        // the others stay. The whole is then composed again, as Foundation's compatibility
        // composition of the whole leaves it.
        let tables = UnicodeText.Tables.self
        var out = String.UnicodeScalarView()
        // The marks that stay after the letter, put in order of combining class when the next
        // letter comes, as Foundation orders them (those of class 0 first, then the others).
        var kept: [Unicode.Scalar] = []
        func flush() {
            guard !kept.isEmpty else { return }
            let first = kept.firstIndex { $0.properties.canonicalCombiningClass.rawValue != 0 } ?? kept.count
            let ordered = kept[..<first] + kept[first...].enumerated().sorted {
                let (a, b) = ($0.element.properties.canonicalCombiningClass.rawValue, $1.element.properties.canonicalCombiningClass.rawValue)
                return a != b ? a < b : $0.offset < $1.offset
            }.map(\.element)
            // Half-width kana's sound marks are the marks they stand for, as compatibility
            // composition makes them once they are in order.
            out.append(contentsOf: ordered.map { $0.value == 0xFF9E ? "\u{3099}" : $0.value == 0xFF9F ? "\u{309A}" : $0 })
            kept.removeAll(keepingCapacity: true)
        }
        var (lowBase, changedBase, marksAfter) = (false, false, -1)   // no letter yet: a mark first is one
        for s in text.unicodeScalars {
            let v = s.value
            if marksAfter >= 0, v >= 0x80, tables.marks.contains(v) {
                marksAfter += 1
                if lowBase || (marksAfter == 1 && !changedBase && v <= 0x50F) { continue }
                // A mark that stays is decomposed, not folded (Foundation folds the letter alone).
                kept.append(contentsOf: UnicodeText.decomposed(String(Character(s))).unicodeScalars)
                continue
            }
            flush()
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(UInt8(v) | 0x20) : s)
                (lowBase, changedBase, marksAfter) = (v != 0, true, 0)
                continue
            }
            (lowBase, changedBase, marksAfter) = (tables.lowBases.contains(v), tables.changed.contains(v), 0)
            if let f = UnicodeText.folded(s) { out.append(contentsOf: f.unicodeScalars) } else { out.append(s) }
        }
        flush()
        return UnicodeText.composed(String(out)).lowercased()
    }
}

/// The key that says two written names are one person: folded, with spacing and dots evened out,
/// so `Anbang  Yao`, `anbang yao` and `ANBANG YAO` agree, and `Müller` meets `Muller`.
public enum NameKey {
    /// Keys that stand for no person (`Anonymous`, `others`, `et al.`): never a coauthor or an owner.
    public static func isNobody(_ key: String) -> Bool {
        // Most keys are longer than any of these, or start otherwise: no hashing for them.
        let u = key.utf8
        guard u.count <= 15, let first = u.first, first == 0x61 || first == 0x6F || first == 0x65 || first == 0x6E || first == 0x75 || first == 0x76
        else { return false }
        return nobody.contains(key)
    }

    static let nobody: Set<String> = ["anonymous", "anon", "others", "et al", "n a", "unknown", "various", "various authors"]

    public static func make(_ name: some StringProtocol) -> String {
        // On the bytes in place (a bridged or sliced string's copied first).
        let key = name.utf8.withContiguousStorageIfAvailable { makeASCII($0) } ?? Array(name.utf8).withUnsafeBufferPointer { makeASCII($0) }
        return key ?? makeFolded(name)
    }

    /// `make` for a name with letters outside ASCII: folded first (a name that folds to ASCII,
    /// `Müller`, then takes the ASCII way).
    static func makeFolded(_ name: some StringProtocol) -> String {
        let folded = TextFolding.fold(name)
        if let key = folded.utf8.withContiguousStorageIfAvailable({ makeASCII($0) }) ?? nil { return key }
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for ch in folded.unicodeScalars {
            if ch == "." || ch == "," || (ch.value < 0x80 ? (ch.value == 0x20 || (ch.value >= 0x09 && ch.value <= 0x0D)) : ch.properties.isWhitespace) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// `make` for ASCII names (nearly all), on bytes: white space is 0x09–0x0D and space. Nil
    /// for a name with a byte outside ASCII. Written straight into the key's storage.
    static func makeASCII(_ utf8: UnsafeBufferPointer<UInt8>) -> String? {
        var ascii = true
        for b in utf8 { ascii = ascii && b < 0x80 }
        guard ascii else { return nil }
        return String(unsafeUninitializedCapacity: utf8.count) { out in
            var n = 0
            var pendingSpace = false
            for b in utf8 {
                if b == 0x2E || b == 0x2C || b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                    pendingSpace = n > 0
                    continue
                }
                if pendingSpace { out[n] = 0x20; n += 1; pendingSpace = false }
                out[n] = b >= 0x41 && b <= 0x5A ? b | 0x20 : b
                n += 1
            }
            return n
        }
    }
}

extension TextFolding {
    /// For U+00C0–U+024F: the lowercase ASCII letter a letter with diacritics folds to (`Ü` → `u`),
    /// or 0 where folding is not that simple (`ß`, `ø`, `æ`, …: those go the general way). Made from
    /// each letter's canonical decomposition (a base letter and combining marks only).
    static let latinBase: [UInt8] = [
        97, 97, 97, 97, 97, 97, 0, 99, 101, 101, 101, 101, 105, 105, 105, 105, 0, 110, 111, 111, 111, 111, 111, 0,
        0, 117, 117, 117, 117, 121, 0, 0, 97, 97, 97, 97, 97, 97, 0, 99, 101, 101, 101, 101, 105, 105, 105, 105,
        0, 110, 111, 111, 111, 111, 111, 0, 0, 117, 117, 117, 117, 121, 0, 121, 97, 97, 97, 97, 97, 97, 99, 99,
        99, 99, 99, 99, 99, 99, 100, 100, 0, 0, 101, 101, 101, 101, 101, 101, 101, 101, 101, 101, 103, 103, 103, 103,
        103, 103, 103, 103, 104, 104, 0, 0, 105, 105, 105, 105, 105, 105, 105, 105, 105, 0, 0, 0, 106, 106, 107, 107,
        0, 108, 108, 108, 108, 108, 108, 0, 0, 0, 0, 110, 110, 110, 110, 110, 110, 0, 0, 0, 111, 111, 111, 111,
        111, 111, 0, 0, 114, 114, 114, 114, 114, 114, 115, 115, 115, 115, 115, 115, 115, 115, 116, 116, 116, 116, 0, 0,
        117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 119, 119, 121, 121, 121, 122, 122, 122, 122, 122, 122, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 111, 111, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 117,
        117, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 97, 97, 105, 105, 111, 111, 117, 117, 117, 117, 117, 117, 117, 117, 117, 117, 0, 97, 97,
        97, 97, 0, 0, 0, 0, 103, 103, 107, 107, 111, 111, 111, 111, 0, 0, 106, 0, 0, 0, 103, 103, 0, 0,
        110, 110, 97, 97, 0, 0, 0, 0, 97, 97, 97, 97, 101, 101, 101, 101, 105, 105, 105, 105, 111, 111, 111, 111,
        114, 114, 114, 114, 117, 117, 117, 117, 115, 115, 116, 116, 0, 0, 104, 104, 0, 0, 0, 0, 0, 0, 97, 97,
        101, 101, 111, 111, 111, 111, 111, 111, 111, 111, 121, 121, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]

    /// For U+00C0–U+024F whose `latinBase` is 0: the one character the general way folds it to
    /// where that is not ASCII (`Ø` → `ø`, `ı` → `ı`, `Ł` → `ł`), or 0 where it folds to more
    /// than one (`ß` → `ss`). Made by folding each character alone, and checked to fold the same
    /// between ASCII letters.
    static let latinFolded: [UInt16] = [
        0, 0, 0, 0, 0, 0, 230, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        240, 0, 0, 0, 0, 0, 0, 215, 248, 0, 0, 0, 0, 0, 254, 0,
        0, 0, 0, 0, 0, 0, 230, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        240, 0, 0, 0, 0, 0, 0, 247, 248, 0, 0, 0, 0, 0, 254, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        273, 273, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 295, 295, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 305, 0, 0, 0, 0, 0, 0, 312, 0, 0, 0, 0, 0, 0, 0,
        0, 322, 322, 0, 0, 0, 0, 0, 0, 0, 331, 331, 0, 0, 0, 0,
        0, 0, 339, 339, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 359, 359, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        384, 595, 387, 387, 389, 389, 596, 392, 392, 598, 599, 396, 396, 397, 477, 601,
        603, 402, 402, 608, 611, 405, 617, 616, 409, 409, 410, 411, 623, 626, 414, 629,
        0, 0, 419, 419, 421, 421, 640, 424, 424, 643, 426, 427, 429, 429, 648, 0,
        0, 650, 651, 436, 436, 438, 438, 658, 441, 441, 442, 443, 445, 445, 446, 447,
        448, 449, 450, 451, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 477, 0, 0,
        0, 0, 230, 230, 485, 485, 0, 0, 0, 0, 0, 0, 0, 0, 658, 658,
        0, 0, 0, 0, 0, 0, 405, 447, 0, 0, 0, 0, 230, 230, 248, 248,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 541, 541, 0, 0,
        414, 545, 547, 547, 549, 549, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0, 0, 0, 564, 565, 566, 567, 568, 569, 11365, 572, 572, 410, 11366, 575,
        576, 578, 578, 384, 649, 652, 583, 583, 585, 585, 587, 587, 589, 589, 591, 591,

    ]

    /// `fold` for text whose letters outside ASCII are all from U+00C0–U+024F and fold to one
    /// character (most European names and titles); nil when another character needs the general way.
    static func foldLatin(_ text: some StringProtocol) -> String? {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars {
            let v = s.value
            if v < 0x80 {
                let b = UInt8(v)
                out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
            } else if v >= 0xC0, v < 0x250, case let b = latinBase[Int(v - 0xC0)], b != 0 {
                out.append(b)
            } else if v >= 0xC0, v < 0x250, case let f = latinFolded[Int(v - 0xC0)], f != 0 {
                UTF8.encode(Unicode.Scalar(f)!) { out.append($0) }
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// The order of names a person expects in a list (saved searches, themes): letters without regard
/// to case or accents, numbers by their value (`search 2` before `search 10`), as Foundation's
/// `localizedStandardCompare` orders them; names equal so are ordered by their text.
public enum NaturalOrder {
    public static func ascending(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(TextFolding.fold(a).unicodeScalars), Array(TextFolding.fold(b).unicodeScalars))
        var (i, j) = (0, 0)
        // Numbers of one value written with more zeros before come after (`file7`, `file007`).
        var zeros: Bool?
        func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
        while i < x.count, j < y.count {
            if isDigit(x[i]), isDigit(y[j]) {
                var (ei, ej) = (i, j)
                while ei < x.count, isDigit(x[ei]) { ei += 1 }
                while ej < y.count, isDigit(y[ej]) { ej += 1 }
                // By value: leading zeros aside, the longer run is the larger number.
                let p = x[i..<ei].drop { $0 == "0" }, q = y[j..<ej].drop { $0 == "0" }
                if p.count != q.count { return p.count < q.count }
                if let k = zip(p, q).first(where: { $0 != $1 }) { return k.0.value < k.1.value }
                if zeros == nil, ei - i != ej - j { zeros = ei - i < ej - j }
                (i, j) = (ei, ej)
                continue
            }
            if x[i] != y[j] { return x[i].value < y[j].value }
            i += 1
            j += 1
        }
        if x.count - i != y.count - j { return x.count - i < y.count - j }
        return zeros ?? (a < b)
    }
}
