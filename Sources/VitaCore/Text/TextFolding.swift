import Foundation

/// Folding of text for matching: case, accents, compatibility forms and spacing.
public enum TextFolding {
    /// Lowercase, accents removed, compatibility forms unified (`ﬁ` → `fi`, full-width → ASCII).
    /// ASCII input takes a fast path that allocates once.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
        if let latin = foldLatin(text) { return latin }
        return String(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
            .lowercased()
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
