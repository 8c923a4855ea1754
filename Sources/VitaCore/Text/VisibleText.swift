/// Text from a file on its way to a terminal: control characters are replaced by visible stand-ins,
/// so a title holding `ESC [2J` shows as `␛[2J` instead of clearing the screen.
public enum VisibleText {
    public static func make(_ text: some StringProtocol) -> String {
        // Fast path: nothing to replace.
        if !text.unicodeScalars.contains(where: isControl) { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            out.append(isControl(scalar) ? standIn(for: scalar) : scalar)
        }
        return String(out)
    }

    /// Like `make`, but tabs and newlines become single spaces first: for one-line cells.
    public static func singleLine(_ text: some StringProtocol) -> String { oneLine(text) }

    // The same for the two kinds of text views draw (code made for them, not the generic code,
    // which reads each byte through witnesses).
    public static func singleLine(_ text: String) -> String { oneLine(text) }
    public static func singleLine(_ text: Substring) -> String { oneLine(text) }

    @inline(__always) static func oneLine<T: StringProtocol>(_ text: T) -> String {
        // Fast paths (views call this for every cell of text they draw): nothing to replace.
        if ByteScan.isPrintableASCII(text) { return String(text) }
        if !text.unicodeScalars.contains(where: { isControl($0) || $0 == "\t" || $0 == "\n" }) { return String(text) }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let s: Unicode.Scalar = scalar == "\t" || scalar == "\n" || scalar == "\r" ? " " : scalar
            out.append(isControl(s) ? standIn(for: s) : s)
        }
        return String(out)
    }

    static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 && v != 0x0A && v != 0x09 || v == 0x7F || (0x80...0x9F).contains(v)
            || v == 0x2028 || v == 0x2029 || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
    }

    static func standIn(for s: Unicode.Scalar) -> Unicode.Scalar {
        switch s.value {
        case 0..<0x20: return Unicode.Scalar(0x2400 + s.value)!   // ␀ … ␟, ESC is ␛
        case 0x7F: return "\u{2421}"                               // ␡
        default: return "\u{FFFD}"                                 // C1 controls and bidi overrides
        }
    }
}
