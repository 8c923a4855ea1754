/// What Vita asks of Unicode beyond the standard library: folding for matching, canonical
/// decomposition, and letters for citation keys. Answered from tables made from Foundation's own
/// answers (`UnicodeData`, checked against Foundation by a test for every character), so the
/// program does not link Foundation, whose start every command paid (DECISIONS 88).
public enum UnicodeText {
    /// The scalar folded for matching: lowercase, accents removed, compatibility forms unified
    /// (`ﬁ` → `fi`, `Ａ` → `a`, `é` → `e`, a combining accent → nothing); nil where it stays itself.
    /// As Foundation's `folding(options: [.caseInsensitive, .diacriticInsensitive,
    /// .widthInsensitive])`, then its compatibility composition and `lowercased()`, give it.
    static func folded(_ s: Unicode.Scalar) -> String? {
        s.value < 0x80 ? nil : Tables.fold[s.value]
    }

    /// Text in its canonical decomposition (NFD), as Foundation's
    /// `decomposedStringWithCanonicalMapping` gives it: each character decomposed in full and
    /// combining marks in their canonical order.
    public static func decomposed(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text) }
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        for s in text.unicodeScalars { decompose(s, into: &scalars) }
        // Canonical order: a run of marks of nonzero combining class sorted by class, stably.
        var k = 0
        while k < scalars.count {
            guard scalars[k].properties.canonicalCombiningClass.rawValue != 0 else { k += 1; continue }
            var end = k
            while end < scalars.count, scalars[end].properties.canonicalCombiningClass.rawValue != 0 { end += 1 }
            if end - k > 1 {
                let run = scalars[k..<end].enumerated().sorted {
                    let (a, b) = ($0.element.properties.canonicalCombiningClass.rawValue, $1.element.properties.canonicalCombiningClass.rawValue)
                    return a != b ? a < b : $0.offset < $1.offset
                }
                scalars.replaceSubrange(k..<end, with: run.map(\.element))
            }
            k = end
        }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars)
        return String(out)
    }

    /// Text in its canonical composition (NFC), as Foundation's
    /// `precomposedStringWithCanonicalMapping` gives it: the standard library's own.
    public static func composed(_ text: some StringProtocol) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return String(text) }
        return String(decoding: String(text)._nfcCodeUnits, as: UTF8.self)
    }

    /// The ASCII letters a citation key spells a character with (`ü` → `u`, `Æ` → `AE`, `Ж` →
    /// `Zh`, `論` → `lun`), as Foundation's folding and Latin transliteration give them for
    /// that character alone; empty where there are none.
    static func keyLetters(_ s: Unicode.Scalar) -> String {
        if s.value < 0x80 { return String(Character(s)) }
        return Tables.keyLetters[s.value] ?? ""
    }

    static func decompose(_ s: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        let v = s.value
        // Hangul syllables decompose by arithmetic (Unicode's chapter 3.12).
        if v >= 0xAC00, v < 0xAC00 + 11_172 {
            let index = v - 0xAC00
            out.append(Unicode.Scalar(0x1100 + index / 588)!)
            out.append(Unicode.Scalar(0x1161 + (index % 588) / 28)!)
            if index % 28 != 0 { out.append(Unicode.Scalar(0x11A7 + index % 28)!) }
            return
        }
        if v >= 0xC0, let d = Tables.canonical[v] { out.append(contentsOf: d.unicodeScalars) } else { out.append(s) }
    }

    /// The tables, read from `UnicodeData`'s text the first time each is asked for.
    enum Tables {
        static let fold = read(UnicodeData.fold)
        static let canonical = read(UnicodeData.canonical)
        static let keyLetters = read(UnicodeData.keyLetters)
        static let marks = Set(read(UnicodeData.marks).keys)
        static let changed = Set(read(UnicodeData.changed).keys)
        static let lowBases = Set(read(UnicodeData.lowBases).keys)

        /// Lines of `START<tab>value<tab>value…`: the values of the scalars from START (hexadecimal)
        /// on, one after another.
        static func read(_ text: String) -> [UInt32: String] {
            var table: [UInt32: String] = [:]
            let bytes = Array(text.utf8)
            var i = 0
            while i < bytes.count {
                var end = i
                while end < bytes.count, bytes[end] != 0x0A { end += 1 }
                var field = i
                while field < end, bytes[field] != 0x09 { field += 1 }
                var next = UInt32(String(decoding: bytes[i..<field], as: UTF8.self), radix: 16) ?? 0
                while field < end {
                    var stop = field + 1
                    while stop < end, bytes[stop] != 0x09 { stop += 1 }
                    table[next] = String(decoding: bytes[(field + 1)..<stop], as: UTF8.self)
                    next += 1
                    field = stop
                }
                i = end + 1
            }
            return table
        }
    }
}
