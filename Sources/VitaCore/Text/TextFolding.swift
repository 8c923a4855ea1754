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
        if name.utf8.allSatisfy({ $0 < 0x80 }) { return makeASCII(name.utf8) }
        let folded = TextFolding.fold(name)
        var out = ""
        out.reserveCapacity(folded.utf8.count)
        var pendingSpace = false
        for ch in folded.unicodeScalars {
            if ch == "." || ch == "," || ch.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.unicodeScalars.append(" "); pendingSpace = false }
            out.unicodeScalars.append(ch)
        }
        return out
    }

    /// `make` for ASCII names (nearly all), on bytes: white space is 0x09–0x0D and space.
    static func makeASCII(_ utf8: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(utf8.count)
        var pendingSpace = false
        for b in utf8 {
            if b == 0x2E || b == 0x2C || b == 0x20 || (b >= 0x09 && b <= 0x0D) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(0x20); pendingSpace = false }
            out.append(b >= 0x41 && b <= 0x5A ? b | 0x20 : b)
        }
        return String(decoding: out, as: UTF8.self)
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

    /// `fold` for text whose letters outside ASCII all decompose to an ASCII letter and marks (most
    /// European names and titles); nil when another character needs the general way.
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
            } else {
                return nil
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
