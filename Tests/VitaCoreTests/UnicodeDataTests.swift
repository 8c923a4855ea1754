import Foundation
import Testing
@testable import VitaCore

/// The Unicode tables Vita carries in place of Foundation (`UnicodeData`, read by `UnicodeText`)
/// are Foundation's own answers, character by character: this suite makes them again from
/// Foundation and compares. `VITA_RECORD_UNICODE=1` writes `UnicodeData.swift` again (after a
/// toolchain whose Unicode data is newer).
@Suite("Unicode tables")
struct UnicodeDataTests {
    /// Every assigned character outside ASCII, private use and surrogates left out.
    static let scalars: [Unicode.Scalar] = (0x80...0x10FFFF).compactMap { v in
        guard let s = Unicode.Scalar(v) else { return nil }
        switch s.properties.generalCategory {
        case .unassigned, .privateUse, .surrogate: return nil
        default: return s
        }
    }

    /// Foundation's folding for matching, as `TextFolding.fold` asked it of Foundation.
    static func foundationFold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .precomposedStringWithCompatibilityMapping
            .lowercased()
    }

    /// The ASCII letters of a citation key, as `CitationKey.ascii` asked them of Foundation.
    static func foundationKeyLetters(_ text: String) -> String {
        if text.utf8.allSatisfy({ $0 < 0x80 }) { return text }
        let special: [Character: String] = ["ß": "ss", "æ": "ae", "Æ": "AE", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L",
                                            "œ": "oe", "Œ": "OE", "đ": "d", "Đ": "D", "þ": "th", "Þ": "Th", "ı": "i"]
        let spelled = text.map { special[$0] ?? String($0) }.joined()
        var latin = spelled.folding(options: [.diacriticInsensitive, .widthInsensitive], locale: nil)
        if latin.contains(where: { !$0.isASCII }), let t = latin.applyingTransform(.toLatin, reverse: false) {
            latin = t.folding(options: [.diacriticInsensitive], locale: nil)
        }
        return String(latin.filter(\.isASCII))
    }

    struct Tables {
        var fold: [(UInt32, String)] = []
        var canonical: [(UInt32, String)] = []
        var keyLetters: [(UInt32, String)] = []
        var marks: [(UInt32, String)] = []
        var changed: [(UInt32, String)] = []
        var lowBases: [(UInt32, String)] = []
    }

    static func diacriticFold(_ scalars: [UInt32]) -> String {
        String(String.UnicodeScalarView(scalars.map { Unicode.Scalar($0)! })).folding(options: [.diacriticInsensitive], locale: nil)
    }

    static func made() -> Tables {
        var t = Tables()
        for s in scalars {
            let one = String(Character(s))
            let folded = foundationFold(one)
            if folded != one { t.fold.append((s.value, folded)) }
            // Hangul syllables decompose by arithmetic, not from the table.
            let d = one.decomposedStringWithCanonicalMapping
            if !(0xAC00..<0xAC00 + 11_172).contains(s.value), Array(d.unicodeScalars) != [s] { t.canonical.append((s.value, d)) }
            // Citation keys spell the Basic Multilingual Plane's characters: beyond it are
            // ideographs rare in names and titles, which would be a third of the table.
            let letters = s.value <= 0xFFFF ? foundationKeyLetters(one) : ""
            if !letters.isEmpty { t.keyLetters.append((s.value, letters)) }
            // The marks Foundation takes away after a letter of the Latin, Greek and Cyrillic
            // scripts (all it counts as extending a letter), and the letters its folding changes.
            if diacriticFold([0x61, s.value]) == "a" { t.marks.append((s.value, "")) }
            if one.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil) != one { t.changed.append((s.value, "")) }
        }
        // The letters after which Foundation takes away every mark it knows (U+05A6 HEBREW
        // ACCENT MERKHA KEFULA is one it takes away after these alone).
        for v in UInt32(1)...0x7F { t.lowBases.append((v, "")) }
        for s in scalars {
            let folded = String(String.UnicodeScalarView([s, "\u{5A6}"])).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            if !folded.unicodeScalars.contains("\u{5A6}") { t.lowBases.append((s.value, "")) }
        }
        return t
    }

    /// A table as the text `UnicodeText.Tables.read` reads: a line for each run of consecutive
    /// characters, `START<tab>value<tab>value…`, written in a Swift string literal (the tabs as
    /// they are: no value holds one).
    static func literal(_ entries: [(UInt32, String)]) -> String {
        var out = ""
        var previous: UInt32?
        for (v, value) in entries {
            if previous.map({ $0 + 1 }) != v {
                if previous != nil { out += "\n" }
                out += String(v, radix: 16, uppercase: true)
            }
            out += "\t"
            for s in value.unicodeScalars {
                switch s {
                case "\\": out += "\\\\"
                case "\"": out += "\\\""
                default:
                    let printable: Bool = switch s.properties.generalCategory {
                    case .control, .format, .lineSeparator, .paragraphSeparator, .spaceSeparator, .nonspacingMark,
                         .spacingMark, .enclosingMark, .unassigned, .privateUse, .surrogate: false
                    default: true
                    }
                    out += printable ? String(s) : "\\u{" + String(s.value, radix: 16, uppercase: true) + "}"
                }
            }
            previous = v
        }
        return out
    }

    static func source(_ t: Tables) -> String {
        func table(_ name: String, _ doc: String, _ entries: [(UInt32, String)]) -> String {
            "    /// \(doc)\n    static let \(name) = \"\"\"\n\(literal(entries))\n\"\"\"\n"
        }
        return """
        // Made by the test `UnicodeDataTests` from Foundation's answers for each character; not
        // written by hand. `VITA_RECORD_UNICODE=1 swift test --filter UnicodeDataTests` writes it again.

        /// Tables of characters outside ASCII, read by `UnicodeText`: lines of a first character (in
        /// hexadecimal) and the values of it and those after it, each after a tab.
        enum UnicodeData {

        """
            + table("fold", "Each character folded for matching, where that is not itself.", t.fold) + "\n"
            + table("canonical", "Each character's canonical decomposition, where it has one (Hangul syllables are arithmetic).", t.canonical) + "\n"
            + table("keyLetters", "The ASCII letters a citation key spells each character with, where there are any.", t.keyLetters) + "\n"
            + table("marks", "The marks that extend the letter before them, as folding counts them.", t.marks) + "\n"
            + table("changed", "The characters folding changes when they stand alone.", t.changed) + "\n"
            + table("lowBases", "The letters folding takes every mark after away from (Latin, Greek, Cyrillic, and their folded forms).", t.lowBases)
            + "}\n"
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/VitaCore/Text/UnicodeData.swift")

    @Test func theTablesAreFoundationsAnswers() throws {
        let made = Self.made()
        for (v, value) in made.fold + made.canonical + made.keyLetters { #expect(!value.contains("\t"), "U+\(String(v, radix: 16)) has a tab") }
        let text = Self.source(made)
        if ProcessInfo.processInfo.environment["VITA_RECORD_UNICODE"] == "1" { try Data(text.utf8).write(to: Self.file) }
        let kept = try String(contentsOf: Self.file, encoding: .utf8)
        #expect(kept == text, "UnicodeData.swift is not Foundation's answers: write it again with VITA_RECORD_UNICODE=1")
    }

    /// Text as records hold it, drawn at random: letters of every script records are written in,
    /// each followed now and then by marks of its own script (accents on Latin, Greek and
    /// Cyrillic letters, Hebrew points, Arabic vowels, Devanagari signs, kana's sound marks),
    /// precomposed letters, ligatures, compatibility and full-width forms, Hangul syllables and
    /// jamo. (Marks of one script after letters of another are not text anyone writes; there
    /// Foundation's order of several kept marks follows its own tables, and is not matched.)
    static func randomTexts(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        // (letters, the marks that follow them)
        let scripts: [(ClosedRange<UInt32>, ClosedRange<UInt32>?)] = [
            (0x41...0x7A, 0x300...0x36F), (0xC0...0x24F, 0x300...0x36F), (0x370...0x3FF, 0x300...0x36F),
            (0x400...0x4FF, 0x300...0x36F), (0x1E00...0x1FFF, 0x300...0x36F), (0x5D0...0x5EA, 0x591...0x5C7),
            (0x620...0x64A, 0x64B...0x65F), (0x904...0x939, 0x93C...0x94D), (0x3041...0x3096, 0x3099...0x309A),
            (0x30A1...0x30FA, 0x3099...0x309A), (0xFF66...0xFF9D, 0xFF9E...0xFF9F), (0x1100...0x11FF, nil),
            (0xAC00...0xD7A3, nil), (0x4E00...0x9FFF, nil), (0x2000...0x2BFF, nil), (0x3300...0x33FF, nil),
            (0xFB00...0xFB4F, nil), (0xFF01...0xFFEE, nil), (0x1D400...0x1D7FF, nil), (0x20...0x40, nil),
        ]
        return (0..<count).map { _ in
            var text = String.UnicodeScalarView()
            for _ in 0..<(1 + Int(random.next() % 10)) {
                let (letters, marks) = scripts[Int(random.next() % UInt64(scripts.count))]
                guard let s = Unicode.Scalar(letters.lowerBound + UInt32(random.next() % UInt64(letters.count))),
                      s.properties.generalCategory != .unassigned else { continue }
                text.append(s)
                if let marks, random.next() % 3 == 0 {
                    for _ in 0..<(1 + Int(random.next() % 2)) {
                        if let m = Unicode.Scalar(marks.lowerBound + UInt32(random.next() % UInt64(marks.count))),
                           m.properties.generalCategory != .unassigned { text.append(m) }
                    }
                }
            }
            return String(text)
        }
    }

    /// Any characters at all, marks anywhere: folded without a crash, whatever they fold to.
    static func anyTexts(_ count: Int, seed: UInt64) -> [String] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            String(String.UnicodeScalarView((0..<(1 + Int(random.next() % 12))).compactMap { _ in Unicode.Scalar(UInt32(random.next() % 0x30000)) }))
        }
    }

    /// Names and titles as records write them, in the scripts and forms they come in.
    static let written = [
        "Jürgen Müller", "Łódź", "ÅNGSTRÖM", "straße", "Ǆemal Ǉubić", "ﬁnite ﬂows", "Ｆｕｌｌ ｗｉｄｔｈ", "½ of x²",
        "Ἀριστοτέλης", "ΣΟΦΙΑ ΣΟΦΟΣ", "Пётр Ильич Чайковский", "Đặng Thái Sơn", "İstanbul", "ı and I", "Ørsted",
        "e\u{301}cole", "Cafe\u{301}", "한국어 논문", "ᄒ\u{1161}\u{11AB}", "日本語の論文", "カタカナ ﾊﾝｶｸ", "王小明",
        "ℌilbert ℝ ℵ₀", "Ⅻ century", "№ 5", "ǅ", "ﬀ", "ᾼ", "ǰ", "ΐ", "\u{0B47}\u{0B3E}", "क़", "fi\u{200D}x",
    ]

    @Test(arguments: 0..<4) func foldingIsFoundations(_ seed: Int) {
        for text in Self.written + Self.randomTexts(3_000, seed: UInt64(seed)) {
            #expect(TextFolding.fold(text) == Self.foundationFold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
        for text in Self.anyTexts(3_000, seed: UInt64(seed)) { _ = TextFolding.fold(text) }
    }

    @Test(arguments: 0..<4) func decompositionAndCompositionAreFoundations(_ seed: Int) {
        for text in Self.written + Self.randomTexts(3_000, seed: UInt64(seed) + 100) + Self.anyTexts(3_000, seed: UInt64(seed) + 100) {
            let codes = text.unicodeScalars.map { String($0.value, radix: 16) }
            #expect(Array(UnicodeText.decomposed(text).unicodeScalars) == Array(text.decomposedStringWithCanonicalMapping.unicodeScalars), "\(codes)")
            #expect(Array(UnicodeText.composed(text).unicodeScalars) == Array(text.precomposedStringWithCanonicalMapping.unicodeScalars), "\(codes)")
        }
    }

    /// A citation key spells names and titles as Foundation's folding and transliteration did:
    /// Latin, Greek, Cyrillic, Japanese kana, and Chinese a syllable a character, after a space.
    @Test func keyLettersAreFoundations() {
        for text in ["Jürgen Müller", "Łódź", "Æsir Ørsted", "straße", "Đặng Thái Sơn", "Ǆemal", "ﬁnite", "Ｆｕｌｌ",
                     "Пётр Ильич Чайковский", "Ἀριστοτέλης", "Σωκράτης", "カタカナ", "ひらがな",
                     "水中总有机碳", "論文", "王小明", "A中", "中 文", "Li 王", "中A"] {
            #expect(CitationKeyPattern.ascii(text) == Self.foundationKeyLetters(text), "\(text)")
        }
        // Korean without the hyphen transliteration puts between syllables that could be read
        // together (`hangug-eo`), which a key leaves out.
        #expect(CitationKeyPattern.ascii("한국어") == "hangugeo")
    }
}
