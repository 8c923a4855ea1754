import FoundationEssentials

/// The 8-bit encodings older bibliographies are written in, and how a file says which it uses:
/// an Emacs `-*- coding: latin-9 -*-` line, JabRef's `% Encoding: windows-1252` header, or
/// `% !TEX encoding = ISO-8859-1`.
public enum TextEncoding: String, Sendable, CaseIterable {
    case utf8 = "UTF-8"
    case latin1 = "ISO-8859-1"
    case latin2 = "ISO-8859-2"
    case latin9 = "ISO-8859-15"
    case windows1252 = "windows-1252"

    /// The encoding a name stands for (`latin-9`, `iso8859-15`, `cp1252`, `utf-8-unix`, …).
    public init?(name: String) {
        var n = name.lowercased().replacingAll("_", with: "-")
        for suffix in ["-unix", "-dos", "-mac"] where n.hasSuffix(suffix) { n.removeLast(suffix.count) }
        switch n {
        // UTF-16 is read as UTF-8 by then (`RecordLoader` turns it so before any reader sees it).
        case "utf-8", "utf8", "unicode", "us-ascii", "ascii", "ansi_x3.4-1968", "utf-16", "utf16", "utf-16le", "utf-16be": self = .utf8
        case "latin-1", "latin1", "l1", "iso-8859-1", "iso8859-1", "iso-latin-1", "8859-1": self = .latin1
        case "latin-2", "latin2", "l2", "iso-8859-2", "iso8859-2", "iso-latin-2", "8859-2": self = .latin2
        case "latin-9", "latin9", "latin-0", "latin0", "l9", "iso-8859-15", "iso8859-15", "iso-latin-9", "8859-15": self = .latin9
        case "windows-1252", "cp1252", "windows1252", "cp-1252", "win-1252", "ansi": self = .windows1252
        default: return nil
        }
    }

    /// What the head of a file says its encoding is: the name as written and what it means (nil
    /// for a name Vita does not know). Looks at the first lines only.
    public static func stated(in bytes: some Collection<UInt8>) -> (name: String, encoding: TextEncoding?)? {
        let head = String(decoding: bytes.prefix(2_048), as: UTF8.self)
        for line in head.split(separator: "\n", maxSplits: 8, omittingEmptySubsequences: false).prefix(8) {
            // Looked for in the line itself: a range found in a lowercased copy is not one of the
            // line's (past the first line it lay before the line's start).
            for marker in ["-*- coding:", "coding:", "% encoding:", "!tex encoding ="] {
                guard let r = line.firstRange(ignoringASCIICase: marker) else { continue }
                if marker == "coding:", !line.contains("-*-") { continue }
                let rest = line[r.upperBound...].trimmingSpaces()
                let name = String(rest.prefix { !$0.isWhitespace && $0 != ";" && $0 != "\"" })
                if !name.isEmpty { return (name, TextEncoding(name: name)) }
            }
        }
        return nil
    }

    /// The bytes as UTF-8 text.
    public func decode(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .utf8:
            return bytes
        case .latin1:
            return Array(String(String.UnicodeScalarView(bytes.map { Unicode.Scalar($0) })).utf8)
        case .latin9:
            return Array(String(String.UnicodeScalarView(bytes.map { Self.latin9Differences[$0] ?? Unicode.Scalar($0) })).utf8)
        case .latin2:
            return Array((String(bytes: bytes, encoding: .isoLatin2) ?? TextEncoding.latin1.string(bytes)).utf8)
        case .windows1252:
            // Five bytes have no character in windows-1252; they are read as Latin-1 rather than lost.
            return Array(String(String.UnicodeScalarView(bytes.map { Self.windows1252Differences[$0] ?? Unicode.Scalar($0) })).utf8)
        }
    }

    func string(_ bytes: [UInt8]) -> String { String(decoding: decode(bytes), as: UTF8.self) }

    /// Whether a file's head is UTF-16 (as Windows programs save text): true for big-endian,
    /// false for little-endian, nil for neither. Told by its byte-order mark, or without one by
    /// its ASCII characters: a zero byte in every other place (at least four in five pairs of
    /// the head), never in the places between.
    public static func utf16BigEndian(_ head: some Collection<UInt8>) -> Bool? {
        let b = Array(head.prefix(1_024))
        if b.count >= 2, b[0] == 0xFF, b[1] == 0xFE { return b.count >= 4 && b[2] == 0 && b[3] == 0 ? nil : false }   // not UTF-32
        if b.count >= 2, b[0] == 0xFE, b[1] == 0xFF { return true }
        let pairs = b.count / 2
        guard pairs >= 8 else { return nil }
        var evenZeros = 0, oddZeros = 0
        for k in 0..<pairs {
            if b[2 * k] == 0 { evenZeros += 1 }
            if b[2 * k + 1] == 0 { oddZeros += 1 }
        }
        if evenZeros == 0, oddZeros * 5 >= pairs * 4 { return false }
        if oddZeros == 0, evenZeros * 5 >= pairs * 4 { return true }
        return nil
    }

    /// UTF-16 bytes (a byte-order mark dropped) as UTF-8; an unpaired surrogate or a last odd
    /// byte becomes U+FFFD.
    public static func utf8(fromUTF16 bytes: [UInt8], bigEndian: Bool) -> [UInt8] {
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var k = 0
        while k + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[k]), UInt16(bytes[k + 1]))
            units.append(bigEndian ? a << 8 | b : b << 8 | a)
            k += 2
        }
        if units.first == 0xFEFF { units.removeFirst() }
        var out = Array(String(decoding: units, as: UTF16.self).utf8)
        if bytes.count % 2 == 1 { out += [0xEF, 0xBF, 0xBD] }
        return out
    }

    /// Where ISO-8859-15 differs from ISO-8859-1.
    static let latin9Differences: [UInt8: Unicode.Scalar] = [
        0xA4: "€", 0xA6: "Š", 0xA8: "š", 0xB4: "Ž", 0xB8: "ž", 0xBC: "Œ", 0xBD: "œ", 0xBE: "Ÿ",
    ]

    /// Where windows-1252 differs from ISO-8859-1: 0x80–0x9F.
    static let windows1252Differences: [UInt8: Unicode.Scalar] = [
        0x80: "€", 0x82: "‚", 0x83: "ƒ", 0x84: "„", 0x85: "…", 0x86: "†", 0x87: "‡", 0x88: "ˆ", 0x89: "‰",
        0x8A: "Š", 0x8B: "‹", 0x8C: "Œ", 0x8E: "Ž", 0x91: "‘", 0x92: "’", 0x93: "“", 0x94: "”", 0x95: "•",
        0x96: "–", 0x97: "—", 0x98: "˜", 0x99: "™", 0x9A: "š", 0x9B: "›", 0x9C: "œ", 0x9E: "ž", 0x9F: "Ÿ",
    ]
}
