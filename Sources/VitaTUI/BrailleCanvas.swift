/// A drawing surface of Braille dots: 2 x 4 dots a cell, so lines are finer than characters.
/// Each cell remembers the most important role drawn through it.
public struct BrailleCanvas {
    public let columns: Int
    public let rows: Int
    private var bits: [UInt8]
    private var roles: [(Style, Int)?]

    public init(columns: Int, rows: Int) {
        self.columns = max(0, columns)
        self.rows = max(0, rows)
        bits = Array(repeating: 0, count: self.columns * self.rows)
        roles = Array(repeating: nil, count: self.columns * self.rows)
    }

    public var dotWidth: Int { columns * 2 }
    public var dotHeight: Int { rows * 4 }

    static let glyphs: [String] = (0..<256).map { String(Character(Unicode.Scalar(0x2800 + UInt32($0))!)) }

    /// Dot bit for (column within cell, row within cell), per the Unicode Braille pattern layout.
    static let dotBits: [[UInt8]] = [[0x01, 0x02, 0x04, 0x40], [0x08, 0x10, 0x20, 0x80]]

    public mutating func set(_ x: Int, _ y: Int, style: Style, priority: Int) {
        guard x >= 0, y >= 0, x < dotWidth, y < dotHeight else { return }
        let i = (y / 4) * columns + x / 2
        bits[i] |= BrailleCanvas.dotBits[x % 2][y % 4]
        if roles[i].map({ $0.1 <= priority }) ?? true { roles[i] = (style, priority) }
    }

    /// A line from (x0, y0) to (x1, y1) in dots; `every` > 1 draws only every n-th dot (lighter lines).
    public mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, style: Style, priority: Int, every: Int = 1) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var err = dx + dy
        var n = 0
        while true {
            if n % every == 0 { set(x, y, style: style, priority: priority) }
            n += 1
            if x == x1 && y == y1 { break }
            let e2 = 2 * err
            if e2 >= dy { err += dy; x += sx }
            if e2 <= dx { err += dx; y += sy }
        }
    }

    /// Copies the dots onto the screen at (x, y); empty cells are left alone.
    public func draw(into screen: inout Screen, x: Int, y: Int) {
        for r in 0..<rows {
            for c in 0..<columns {
                let i = r * columns + c
                guard bits[i] != 0, let (style, _) = roles[i] else { continue }
                screen.putCell(BrailleCanvas.glyphs[Int(bits[i])], x: x + c, y: y + r, style: style)
            }
        }
    }
}
