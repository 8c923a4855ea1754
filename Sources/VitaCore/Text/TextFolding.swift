import Foundation

/// Folding of text for matching: case, accents, compatibility forms and spacing.
public enum TextFolding {
    /// Lowercase, accents removed, compatibility forms unified (`ﬁ` → `fi`, full-width → ASCII).
    /// ASCII input takes a fast path that allocates once.
    public static func fold(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) {
            return String(decoding: text.utf8.map { ($0 >= 0x41 && $0 <= 0x5A) ? $0 | 0x20 : $0 }, as: UTF8.self)
        }
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
