import VitaCore

/// What a cell means, not how it looks: themes map roles to colours.
public enum Role: Hashable, Sendable {
    case normal, dim, header, status, selection, mark, match, inferred, code, error, message
    case prompt, border, title, key
    /// A series colour (categories, chart stacks): the theme's list, cycled.
    case series(Int)
    case graphOwner, graphNode, graphEdge, graphEdgeLight
}

/// A role plus the attributes that show even without colour.
public struct Style: Hashable, Sendable {
    public var role: Role
    public var bold = false
    public var reverse = false
    public var underline = false
    public var dim = false

    public init(_ role: Role = .normal, bold: Bool = false, reverse: Bool = false, underline: Bool = false, dim: Bool = false) {
        self.role = role
        self.bold = bold
        self.reverse = reverse
        self.underline = underline
        self.dim = dim
    }

    public static let normal = Style()
}

/// One terminal cell. A wide character owns two cells: the second holds `""` and continues it.
public struct Cell: Hashable, Sendable {
    public var text: String
    public var style: Style

    public static let blank = Cell(text: " ", style: .normal)
    public var isContinuation: Bool { text.isEmpty }
}

/// An in-memory picture of the terminal. Views draw here; the backend copies it to the terminal
/// and tests read it as text.
public struct Screen: Sendable, Equatable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Where the terminal cursor should stand (a prompt being typed), or nil to hide it.
    public var cursor: (x: Int, y: Int)? {
        get { cursorX.map { ($0, cursorY) } }
        set { cursorX = newValue?.x; cursorY = newValue?.y ?? 0 }
    }
    private var cursorX: Int?
    private var cursorY = 0

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: .blank, count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Writes `text` from column `x` on row `y`, at most `limit` cells wide (to the right edge by
    /// default). Control characters show as `?`; a wide character that would straddle the limit
    /// becomes a space. Returns the column after the last cell written.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .normal, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return x }
        let end = min(width, limit.map { x + $0 } ?? width)
        var col = x
        // Printable ASCII: one cell a byte, strings from a table (the common case, kept cheap).
        if x >= 0, ByteScan.isPrintableASCII(text) {
            for b in text.utf8 {
                if col >= end { break }
                setNarrow(col, y, Cell(text: Screen.ascii[Int(b)], style: style))
                col += 1
            }
            return col
        }
        for ch in text {
            if col >= end { break }
            // Printable ASCII inside mixed text: no width to measure, a shared string.
            if let a = ch.asciiValue, a >= 0x20, a < 0x7F, col >= 0 {
                setNarrow(col, y, Cell(text: Screen.ascii[Int(a)], style: style))
                col += 1
                continue
            }
            var ch = ch
            // Zero-width and bidi format characters (ZWSP, LRM, RLM, ALM, a stray BOM) never reach
            // the terminal: they would draw as glyphs or reorder the line. An emoji sequence keeps
            // its joiners.
            if ch.unicodeScalars.contains(where: { $0.properties.generalCategory == .format }),
               !ch.unicodeScalars.contains(where: { $0.properties.isEmojiPresentation }) {
                let kept = String.UnicodeScalarView(ch.unicodeScalars.filter { $0.properties.generalCategory != .format })
                guard let only = String(kept).first else { continue }
                ch = only
            }
            var w = DisplayWidth.of(ch)
            if ch.unicodeScalars.first.map({ $0.value < 0x20 || (0x7F..<0xA0).contains($0.value) }) ?? false {
                ch = "?"
                w = 1
            }
            if w == 0 { continue }
            if col < 0 { col += w; continue }
            if col + w > end {
                set(col, y, Cell(text: " ", style: style))
                col += 1
                break
            }
            set(col, y, Cell(text: String(ch), style: style))
            if w == 2 { set(col + 1, y, Cell(text: "", style: style)) }
            col += w
        }
        return col
    }

    /// `put`, but text longer than `limit` cells ends in `…` instead of being cut off.
    @discardableResult
    public mutating func putShortened(_ text: String, x: Int, y: Int, style: Style = .normal, limit: Int) -> Int {
        put(DisplayWidth.truncate(text, to: max(0, limit)), x: x, y: y, style: style, limit: limit)
    }

    /// Writes one character known to take one cell (block elements, Braille, box drawing): the
    /// chart views draw thousands of these a frame.
    public mutating func putCell(_ text: String, x: Int, y: Int, style: Style) {
        guard x >= 0, y >= 0, x < width, y < height else { return }
        setNarrow(x, y, Cell(text: text, style: style))
    }

    /// Paints `count` cells from `x` on row `y` with spaces in `style`.
    public mutating func fill(x: Int = 0, y: Int, count: Int? = nil, style: Style) {
        guard y >= 0, y < height else { return }
        let end = min(width, count.map { x + $0 } ?? width)
        var col = max(0, x)
        while col < end { setNarrow(col, y, Cell(text: " ", style: style)); col += 1 }
    }

    /// Changes the style of cells already drawn (highlights, the selected row).
    public mutating func restyle(x: Int = 0, y: Int, count: Int? = nil, _ change: (inout Style) -> Void) {
        guard y >= 0, y < height else { return }
        let end = min(width, count.map { x + $0 } ?? width)
        var col = max(0, x)
        while col < end { change(&cells[y * width + col].style); col += 1 }
    }

    static let ascii: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }

    /// Writes a one-cell character: straight into the buffer unless it lands on half of a wide one.
    @inline(__always)
    private mutating func setNarrow(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        if cells[i].isContinuation || (x + 1 < width && cells[i + 1].isContinuation) { set(x, y, cell) } else { cells[i] = cell }
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        // Overwriting half of a wide character blanks its other half.
        if cells[i].isContinuation, x > 0, !cell.isContinuation { cells[i - 1] = Cell(text: " ", style: cells[i - 1].style) }
        if !cell.isContinuation, x + 1 < width, cells[i + 1].isContinuation, DisplayWidth.of(cells[i].text) == 2 {
            cells[i + 1] = Cell(text: " ", style: cells[i + 1].style)
        }
        cells[i] = cell
    }

    /// Row `y` as text, trailing spaces removed.
    public func line(_ y: Int) -> String {
        var s = ""
        for x in 0..<width { s += cells[y * width + x].text }
        while s.last == " " { s.removeLast() }
        return s
    }

    /// The whole screen as text, one line a row.
    public var text: String {
        (0..<height).map(line).joined(separator: "\n")
    }

    /// Columns of row `y` whose cells have `role` (tests check highlights with this).
    public func columns(y: Int, where match: (Style) -> Bool) -> [Int] {
        (0..<width).filter { match(cells[y * width + $0].style) }
    }

    public static func == (a: Screen, b: Screen) -> Bool {
        a.width == b.width && a.height == b.height && a.cells == b.cells && a.cursorX == b.cursorX && a.cursorY == b.cursorY
    }
}
