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
    public static func make(_ name: some StringProtocol) -> String {
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
}
