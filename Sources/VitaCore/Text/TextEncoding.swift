import Foundation

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
        var n = name.lowercased().replacingOccurrences(of: "_", with: "-")
        for suffix in ["-unix", "-dos", "-mac"] where n.hasSuffix(suffix) { n.removeLast(suffix.count) }
        switch n {
        case "utf-8", "utf8", "unicode", "us-ascii", "ascii", "ansi_x3.4-1968": self = .utf8
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
            let lower = line.lowercased()
            for marker in ["-*- coding:", "coding:", "% encoding:", "!tex encoding ="] {
                guard let r = lower.range(of: marker) else { continue }
                if marker == "coding:", !lower.contains("-*-") { continue }
                let rest = line[r.upperBound...].trimmingCharacters(in: .whitespaces)
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
