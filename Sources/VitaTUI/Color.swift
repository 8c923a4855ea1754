/// A colour as a theme names it: the terminal's default, a palette index, or an RGB value.
public enum Color: Hashable, Sendable {
    case terminalDefault
    case index(Int)
    case rgb(UInt8, UInt8, UInt8)

    static let names: [String: Int] = [
        "black": 0, "red": 1, "green": 2, "yellow": 3, "blue": 4, "magenta": 5, "cyan": 6, "white": 7,
        "gray": 8, "grey": 8, "bright-black": 8, "bright-red": 9, "bright-green": 10, "bright-yellow": 11,
        "bright-blue": 12, "bright-magenta": 13, "bright-cyan": 14, "bright-white": 15,
    ]

    /// `default`, a name (`cyan`, `bright-red`), `0`–`255`, or `#rrggbb`.
    public init?(parsing text: String) {
        let t = text.lowercased().replacingAll("_", with: "-")
        if t == "default" || t == "none" { self = .terminalDefault; return }
        if let n = Color.names[t] ?? Color.names[t.replacingAll("bright", with: "bright-")] {
            self = .index(n); return
        }
        if let n = Int(t), (0...255).contains(n) { self = .index(n); return }
        if t.hasPrefix("#"), t.count == 7, let v = UInt32(t.dropFirst(), radix: 16) {
            self = .rgb(UInt8(v >> 16), UInt8((v >> 8) & 0xFF), UInt8(v & 0xFF)); return
        }
        return nil
    }

    /// The xterm palette's RGB value of index `n`.
    static func rgbOf(index n: Int) -> (Int, Int, Int) {
        let base16: [(Int, Int, Int)] = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
        ]
        if n < 16 { return base16[max(0, n)] }
        if n < 232 {
            let steps = [0, 95, 135, 175, 215, 255]
            let i = n - 16
            return (steps[i / 36], steps[(i / 6) % 6], steps[i % 6])
        }
        let g = 8 + (n - 232) * 10
        return (g, g, g)
    }

    /// The palette index to use on a terminal with `available` colours (8, 16, 256 …), or -1 for
    /// the terminal's default. RGB values and indices beyond the palette take the nearest colour.
    public func resolved(available: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .index(let n):
            if n < available { return n }
            let (r, g, b) = Color.rgbOf(index: n)
            return Color.nearest(r, g, b, in: 0..<min(available, 16))
        case let .rgb(r, g, b):
            // With 256 colours, the fixed cube and grey ramp: the first 16 vary with the user's palette.
            return available >= 256 ? Color.nearest(Int(r), Int(g), Int(b), in: 16..<256)
                                    : Color.nearest(Int(r), Int(g), Int(b), in: 0..<min(available, 16))
        }
    }

    static func nearest(_ r: Int, _ g: Int, _ b: Int, in candidates: Range<Int>) -> Int {
        guard !candidates.isEmpty else { return -1 }
        var best = candidates.lowerBound
        var bestDistance = Int.max
        for n in candidates {
            let (cr, cg, cb) = rgbOf(index: n)
            // Weighted for how the eye sees differences in each channel.
            let d = 3 * (r - cr) * (r - cr) + 4 * (g - cg) * (g - cg) + 2 * (b - cb) * (b - cb)
            if d < bestDistance { bestDistance = d; best = n }
        }
        return best
    }
}
